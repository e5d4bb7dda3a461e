"""Actor resolution on real phrases, through the statistical pipeline and the packaged lexicon.

Each case is a phrase as news prints it and the CAMEO code a person would give it on
that date (see ../shared/gold/README.md for the conventions).
"""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2021, 8, 3)


@pytest.fixture(scope="module")
def packaged():
    from detente import coder

    return coder()


def codes(c, phrase: str, on: dt.date = DAY) -> list[str]:
    return [a.code for a in c.explain_actor(phrase, on)]


def test_title_and_nationality(packaged):
    assert codes(packaged, "Indian foreign minister") == ["INDGOV"]


def test_possessive_country_owns_its_court(packaged):
    assert codes(packaged, "Israel's Supreme Court") == ["ISRJUD"]


def test_person_resolves_by_the_role_in_force_on_the_date(packaged):
    # Albin Kurti: Prime Minister of Kosovo in 2020, in opposition after June 2020, again PM from March 2021.
    assert codes(packaged, "Albin Kurti", dt.date(2020, 5, 1)) == ["XKXGOV"]
    assert codes(packaged, "Albin Kurti", dt.date(2020, 10, 1)) == ["XKXOPP"]
    assert codes(packaged, "Albin Kurti", dt.date(2022, 1, 1)) == ["XKXGOV"]


def test_role_ended_before_the_date_is_not_used(packaged):
    # Kwarteng was Chancellor until 2022-10-14, then a backbench MP.
    assert codes(packaged, "Kwasi Kwarteng", dt.date(2022, 10, 1)) == ["GBRGOV"]
    assert codes(packaged, "Kwasi Kwarteng", dt.date(2023, 6, 1)) == ["GBRLEG"]
    (actor,) = packaged.explain_actor("Kwasi Kwarteng", dt.date(2023, 6, 1))
    assert any("2022-10-14..2024-05-30" in why for why in actor.resolution)


def test_former_official_is_elite(packaged):
    assert codes(packaged, "former U.S. President Barack Obama", dt.date(2020, 1, 1)) == ["USAELI"]


def test_igo_official(packaged):
    assert codes(packaged, "UN Secretary-General Antonio Guterres") == ["IGOUNO"]
    assert codes(packaged, "NATO Secretary General Jens Stoltenberg") == ["IGOWSTNAT"]


def test_armed_group(packaged):
    assert codes(packaged, "the Houthis") == ["YEMREB"]


def test_explanation_names_the_lexicon_lines(packaged):
    (actor,) = packaged.explain_actor("Israel's Supreme Court", DAY)
    assert actor.country == "ISR" and actor.agent == "JUD"
    assert any("countries.tsv:" in why for why in actor.resolution)
    assert any("agents.tsv:" in why for why in actor.resolution)


def test_user_actor_folder_wins_over_packaged_lexicon(tmp_path, packaged):
    from detente.pipeline import Coder
    from detente.settings import Settings

    # A team that codes the Houthis as Yemen's de facto government in Sanaa.
    (tmp_path / "organizations.tsv").write_text(
        "code\tname\taliases\tkind\tcountry\nYEMGOV\tHouthis\tAnsar Allah\tarmed_group\tYEM\n", encoding="utf-8")
    user = Coder(Settings(user_actor_folders=(tmp_path,)))
    assert codes(user, "the Houthis") == ["YEMGOV"]
    assert codes(user, "Ansar Allah") == ["YEMGOV"]
    assert codes(packaged, "the Houthis") == ["YEMREB"]
    (actor,) = user.explain_actor("the Houthis", DAY)
    assert any("organizations.tsv:2" in why for why in actor.resolution)
