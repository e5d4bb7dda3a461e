"""Event lexicon loader: patterns parse, and every bad line names file and line."""
import pytest

from detente.errors import LexiconError
from detente.events.lexicon import load_event_lexicon

HEADER = "code\tpattern\tflags\tnote\n"


def test_pattern_parts(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text(HEADER + "041\tdiscuss/v phone|telephone >with !rumour\trecip\tby phone\n")
    (pattern,) = load_event_lexicon(path).candidates("discuss")
    assert pattern.pos == ("VERB", "AUX")
    assert pattern.required == (frozenset({"phone", "telephone"}), frozenset({"with"}))
    assert pattern.target_preps == {"with"} and pattern.forbidden == {"rumour"}
    assert pattern.flags == {"recip"} and pattern.where == "lexicon.tsv:2"


def test_more_specific_patterns_are_tried_first(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text(HEADER + "020\turge/v\t\t\n025\turge/v restraint\t\t\n")
    assert [p.code for p in load_event_lexicon(path).candidates("urge")] == ["025", "020"]


@pytest.mark.parametrize(("line", "message"), [
    ("999\tmeet/v\t\t", "unknown CAMEO code '999'"),
    ("040\tmeet/x\t\t", "unknown part of speech /x"),
    ("040\tmeet/v\tsometimes\t", "unknown flag(s) sometimes"),
    ("040\t\t\t", "empty pattern"),
])
def test_bad_lines(tmp_path, line, message):
    path = tmp_path / "lexicon.tsv"
    path.write_text(HEADER + "# fine so far\n" + line + "\n")
    with pytest.raises(LexiconError) as info:
        load_event_lexicon(path)
    assert str(info.value).startswith(f"{path}:3: ") and message in str(info.value)
