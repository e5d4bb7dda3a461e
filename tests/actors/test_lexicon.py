"""Actor lexicon loaders: every bad line is reported as file:line, roles follow dates."""
import datetime as dt

import pytest

from detente.actors.lexicon import load_lexicon
from detente.errors import LexiconError

HEADERS = {
    "countries.tsv": "code\tname\taliases\tadjectives\tcapitals\n",
    "people.tsv": "name\taliases\tcode\tstart\tend\tnote\n",
    "agents.tsv": "term\tagent\tnote\n",
    "organizations.tsv": "code\tname\taliases\tkind\tcountry\n",
}


def folder_with(tmp_path, name, body):
    (tmp_path / name).write_text(HEADERS[name] + body)
    return tmp_path


@pytest.mark.parametrize(("name", "body", "line", "message"), [
    ("countries.tsv", "RUS\tRussia\t\tRussian\tMoscow\nru\tbad\t\t\t\n", 3, "bad actor code 'ru'"),
    ("people.tsv", "# a comment\nJoe Biden\t\tUSAGOV\t2021-01-20\t2021-13-40\tPresident\n", 3, "bad date '2021-13-40'"),
    ("people.tsv", "Joe Biden\t\tUSAGOV\t2021-01-20\t2017-01-20\tPresident\n", 2, "ends (2017-01-20) before it starts"),
    ("agents.tsv", "soldier\tMILITARY\t\n", 2, "bad actor code 'MILITARY'"),
    ("agents.tsv", "soldier\tMIL\tnote\textra\n", 2, "expected 3 tab-separated fields, found 4"),
])
def test_bad_lines_are_reported_with_file_and_line(tmp_path, name, body, line, message):
    folder = folder_with(tmp_path, name, body)
    with pytest.raises(LexiconError) as info:
        load_lexicon([folder])
    assert str(info.value).startswith(f"{folder / name}:{line}: ")
    assert message in str(info.value)


def test_wrong_header_is_reported_on_its_line(tmp_path):
    (tmp_path / "agents.tsv").write_text("# agents\nword\tcode\n")
    with pytest.raises(LexiconError, match=r"agents.tsv:2: header should be"):
        load_lexicon([tmp_path])


def test_role_that_ended_before_the_date_is_not_used(tmp_path):
    body = "Donald Trump\t\tUSAGOV\t2017-01-20\t2021-01-20\tPresident\nDonald Trump\t\tUSAGOV\t2025-01-20\t\tPresident\n"
    lexicon = load_lexicon([folder_with(tmp_path, "people.tsv", body)])
    trump = lexicon.lookup(["Donald", "Trump"])[0]
    assert trump.role_on(dt.date(2019, 5, 1))[0].code == "USAGOV"
    former, why = trump.role_on(dt.date(2022, 5, 1))
    assert former.code == "USAELI" and "ended 2021-01-20" in why
    assert trump.role_on(dt.date(2025, 3, 1))[0].code == "USAGOV"


def test_user_folder_wins_over_packaged_entries(tmp_path):
    packaged, user = tmp_path / "packaged", tmp_path / "user"
    packaged.mkdir(), user.mkdir()
    folder_with(packaged, "organizations.tsv", "SDNREB\tRapid Support Forces\tRSF\tarmed_group\tSDN\n")
    folder_with(user, "organizations.tsv", "SDNMIL\tRapid Support Forces\tRSF\tarmed_group\tSDN\n")
    lexicon = load_lexicon([packaged, user])
    assert [e.code for e in lexicon.lookup(["RSF"])] == ["SDNMIL"]


def test_acronyms_match_case_sensitively(tmp_path):
    lexicon = load_lexicon([folder_with(tmp_path, "organizations.tsv", "IGOAFRAU\tAfrican Union\tAU\tigo\t\n")])
    assert lexicon.lookup(["AU"]) and not lexicon.lookup(["au"])
    assert lexicon.lookup(["african", "union"])


def test_petrarch_dictionaries_load_as_they_are(tmp_path):
    (tmp_path / "Team.actors.txt").write_text(
        "VLADIMIR_PUTIN_  # a comment\n+PUTIN_\n\t[RUSGOV 991231-080507]\n\t[RUSGOV >120507]\n"
        "HAMAS_ [PSEREBHMS]\n+ISLAMIC_RESISTANCE_MOVEMENT\n")
    (tmp_path / "Team.agents.txt").write_text("!PERSON! = MAN, MEN\nSOLDIER [~MIL]\nPOLICE!PERSON! [~COP]\n")
    lexicon = load_lexicon([tmp_path])
    putin = lexicon.lookup(["Putin"])[0]
    assert putin.role_on(dt.date(2015, 1, 1))[0].code == "RUSGOV"
    assert putin.role_on(dt.date(2010, 1, 1))[0].code == "RUSELI"
    assert lexicon.lookup(["Islamic", "Resistance", "Movement"])[0].code == "PSEREBHMS"
    assert lexicon.lookup(["policeman"])[0].code == "COP"


def test_petrarch_bad_tag_names_file_and_line(tmp_path):
    (tmp_path / "Bad.actors.txt").write_text("SOMEONE_\n\t[USAGOV 1701]\n")
    with pytest.raises(LexiconError, match=r"Bad.actors.txt:2: bad code tag \[USAGOV 1701\]"):
        load_lexicon([tmp_path])
