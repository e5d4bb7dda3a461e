"""PETRARCH dictionaries load as they are: both validation suites' actor and agent
files, read through the user actor folder, resolve as the suites' own records say."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from detente.actors.lexicon import load_lexicon
from detente.errors import LexiconError
from detente.settings import Settings
from tests.conftest import SHARED

SUITES = SHARED / "reference" / "validation_suites"
PETRARCH2, UNIVERSAL = SUITES / "petrarch2_unit_tests", SUITES / "universalpetrarch_validate"
RECORDS = {PETRARCH2: "PETR.UnitTest.records.xml", UNIVERSAL: "PETR_Validate_records_2_02.xml"}
needs_suites = pytest.mark.skipif(not SUITES.is_dir(), reason="../shared/reference is not checked out")


def suite_expectation(suite: Path, sentence: str, field: str) -> tuple[dt.date, list[str]]:
    """The date of a suite sentence and the codes its records expect in `field`
    (sourcecode or targetcode), read from the suite's own records file."""
    text = (suite / RECORDS[suite]).read_text(encoding="utf-8", errors="replace")
    ident = re.escape(sentence).replace("AGENT\\-", "AGENTS?\\-")  # the suites write AGENT-10 and AGENTS-10
    block = re.search(rf'<Sentence [^>]*id="{ident}"[^>]*>.*?</Sentence>', text, re.S).group()
    day = re.search(r'date="(\d{8})"', block).group(1)
    codes = re.findall(rf'{field}="([^"]+)"', block)
    return dt.date(int(day[:4]), int(day[4:6]), int(day[6:])), codes


@needs_suites
@pytest.mark.parametrize("suite", [PETRARCH2, UNIVERSAL], ids=["petrarch2", "universalpetrarch"])
def test_both_suites_dictionaries_load_without_repair(suite):
    lexicon = load_lexicon([suite])
    assert lexicon.lookup(["Calenardhon"])[0].kind == "country" and "CAL" in lexicon.countries
    assert lexicon.lookup(["government"])[0].code == "GOV"
    assert lexicon.lookup(["golden", "geese"])[0].code == "GGS"  # the plural in braces
    assert lexicon.lookup(["congressmen"])[0].code == "LEG"  # CONGRESS!PERSON!
    assert lexicon.lookup(["MSF"])[0].code == "NGO"  # [NGO~]
    assert not lexicon.lookup(["Boromir"])  # [---]: named, not coded


@needs_suites
@pytest.mark.parametrize("suite", [PETRARCH2, UNIVERSAL], ids=["petrarch2", "universalpetrarch"])
@pytest.mark.parametrize(("sentence", "name"), [
    ("DATE-01", "Sam Gamgee"), ("DATE-08", "Sam Gamgee"), ("DATE-09", "Sam Gamgee"), ("DATE-13", "Sam Gamgee"),
    ("DATE-03", "Hamfast Gamgee"), ("DATE-04", "Hamfast Gamgee"),
    ("DATE-14", "Smeagol"), ("DATE-16", "Stinker"), ("DATE-20", "Zimbabwe"), ("DATE-21", "Zimbabwe"),
])
def test_dated_roles_follow_the_suite_records(suite, sentence, name):
    """8-digit, spaced and one-sided date tags, and the undated default beside them."""
    day, sources = suite_expectation(suite, sentence, "sourcecode")
    _, targets = suite_expectation(suite, sentence, "targetcode")
    role, why = load_lexicon([suite]).lookup(name.split())[0].role_on(day)
    assert role.code in sources + targets, why


@pytest.mark.model
@needs_suites
@pytest.mark.parametrize("suite", [PETRARCH2, UNIVERSAL], ids=["petrarch2", "universalpetrarch"])
@pytest.mark.parametrize(("sentence", "field", "phrase"), [
    ("AGENT-09", "sourcecode", "The Calenardhon government"),
    ("AGENT-09", "targetcode", "Osgiliath soldiers"),
    ("AGENT-01", "sourcecode", "Arnor cleric"),
    ("AGENT-05", "targetcode", "Gondor's government"),
    ("AGENT-04", "targetcode", "the Gondor main opposition group"),
    ("AGENT-10", "targetcode", "Gondor police"),
    ("AGENT-14", "sourcecode", "The Calenardhon Ministry of Silly Walks"),
    ("AGENT-21", "targetcode", "Gondor's golden geese"),
    ("ACTOR-05", "sourcecode", "The Kuwait government"),
    ("ACTOR-08", "sourcecode", "The Australian government"),
    ("ACTOR-11", "targetcode", "Zealand"),
    ("ACTOR-12", "targetcode", "Seoul"),
    ("ACTOR-10", "sourcecode", "The Hermit Kingdom"),
    ("DATE-09", "targetcode", "the Morgul Orcs"),
    ("DATE-05", "targetcode", "Michel Delving"),
    ("DATE-01", "sourcecode", "Sam Gamgee"),
    ("DATE-19", "targetcode", "Slinker"),
])
def test_suite_actors_resolve_as_the_suite_expects(suite, sentence, field, phrase):
    from detente import coder

    day, expected = suite_expectation(suite, sentence, field)
    found = coder(Settings(user_actor_folders=(suite,))).explain_actor(phrase, day)
    assert [a.code for a in found][:1] == expected[:1], [a.resolution for a in found]


def test_lower_case_codes_null_codes_and_comments(tmp_path):
    (tmp_path / "Mine_actors_2_02.txt").write_text(
        "<!-- a comment\n# over lines -->\n"
        "PALESTINIAN [pse]  # lower case\n"
        "BOROMIR  [---]\n"
        "ISILDUR [+++]\n"
        "LORIEN  [ELR/GAL]\n"
        "GROUP OF 77  [G77]\n"
        "GOLLUM  # pas 27 Apr 03\n+SMEAGOL\n"
        "\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n#\t[950601-990815] commented out\n\t[HOBREB > 990816]\n\t\n"
        "ZIMBABWE\n\t[RHO <790606]\n\t[ZBW]#jw 9/30/91\n"
        "PRINCE OF DOL AMROTH  \n\t[--- <950630] \n\t[DOL]\n")
    lexicon = load_lexicon([tmp_path])
    assert lexicon.lookup(["Palestinian"])[0].code == "PSE"
    assert not lexicon.lookup(["Boromir"]) and not lexicon.lookup(["Isildur"])
    assert lexicon.lookup(["Lorien"])[0].code == "ELR" and lexicon.lookup(["Group", "of", "77"])[0].code == "G77"
    smeagol = lexicon.lookup(["Smeagol"])[0]
    codes = [smeagol.role_on(dt.date(*d))[0].code for d in [(1995, 1, 1), (1997, 1, 1), (2001, 1, 1)]]
    assert codes == ["HOB", "HOBGOV", "HOBREB"]
    zimbabwe = lexicon.lookup(["Zimbabwe"])[0]
    assert [zimbabwe.role_on(dt.date(y, 1, 1))[0].code for y in (1978, 2001)] == ["RHO", "ZBW"]
    prince = lexicon.lookup(["Prince", "of", "Dol", "Amroth"])[0]
    assert prince.role_on(dt.date(1995, 1, 1))[0] is None and prince.role_on(dt.date(1996, 1, 1))[0].code == "DOL"
    assert not any("comment" in " ".join(key) for key in lexicon.lower)


def test_a_petrarch_name_wins_over_the_packaged_meaning(tmp_path):
    packaged, user = tmp_path / "packaged", tmp_path / "user"
    packaged.mkdir(), user.mkdir()
    (packaged / "countries.tsv").write_text("code\tname\taliases\tadjectives\tcapitals\nKOR\tSouth Korea\t\tSouth Korean\tSeoul\n")
    (user / "PETR.Validate.actors.txt").write_text("SOUTH_KOREA [KOR]\n+SEOUL\n")
    assert [e.kind for e in load_lexicon([packaged, user]).lookup(["Seoul"])] == ["country"]


@pytest.mark.parametrize(("name", "body", "line", "message"), [
    ("Bad.actors.txt", "SOMEONE_\n\t[USAGOV 1701]\n", 2, "bad code tag [USAGOV 1701]"),
    ("Bad.actors.txt", "SOMEONE_\n\t[USAGOV 20170120-20171340]\n", 2, "bad PETRARCH date '20171340'"),
    ("Bad.actors.txt", "<!-- two\nlines -->\n\t[USAGOV]\n", 3, "code line before any actor name"),
    ("Bad_agents_2_02.txt", "# agents\nSOLDIER [MIL]\n", 2, "needs a [~AGT] code"),
])
def test_bad_petrarch_lines_name_file_and_line(tmp_path, name, body, line, message):
    (tmp_path / name).write_text(body)
    with pytest.raises(LexiconError) as info:
        load_lexicon([tmp_path])
    assert str(info.value).startswith(f"{tmp_path / name}:{line}: ") and message in str(info.value)
