"""The grammar's word lists and code maps: packaged files load, bad lines say file:line."""
import importlib.util
from pathlib import Path

import pytest

from detente.errors import LexiconError
from detente.wordlists import FOLDER, LISTS, MAPS, load_lists, load_maps

ROOT = Path(__file__).resolve().parents[2]
LIST_HEAD = "list\tkind\twords\tnote\n"
MAP_HEAD = "map\tfrom\tto\tnote\n"


def packaged_lists() -> str:
    return (FOLDER / "word_lists.tsv").read_text(encoding="utf-8")


def test_packaged_files_hold_every_list_and_map():
    assert set(load_lists(FOLDER / "word_lists.tsv")) == set(LISTS)
    assert set(load_maps(FOLDER / "code_maps.tsv")) == set(MAPS)


@pytest.mark.parametrize("row, message", [
    ("nonsense\tword\tfoo\t", "unknown list 'nonsense'"),
    ("blockers\tagent\tMIL\t", "holds word entries"),
    ("domestic_agents\tagent\tmilitary\t", "'military' is not one of three-letter CAMEO agent codes"),
    ("visit_codes\tcode\t999\t", "unknown CAMEO code '999'"),
    ("negators\tword\tno|Never\t", "'Never' is not one of lower-case words"),
    ("negators\tword\tno|never|no\t", "given twice: no"),
])
def test_a_bad_list_row_names_its_line(tmp_path, row, message):
    path = tmp_path / "word_lists.tsv"
    path.write_text(LIST_HEAD + "# a comment\n" + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        load_lists(path)
    assert str(error.value).startswith(f"{path}:3: ") and message in str(error.value)


def test_a_missing_list_is_an_error(tmp_path):
    path = tmp_path / "word_lists.tsv"
    path.write_text("".join(line + "\n" for line in packaged_lists().splitlines() if not line.startswith("negators\t")))
    with pytest.raises(LexiconError, match="missing list\\(s\\): negators"):
        load_lists(path)


@pytest.mark.parametrize("row, message", [
    ("intent_by_root\t4\t036", "'4' is not one of two-digit CAMEO roots"),
    ("threat_by_code\t180\t9999", "unknown CAMEO code '9999'"),
    ("demand_modals\tmust\t100\ndemand_modals\tmust\t020", "'must' mapped twice"),
])
def test_a_bad_map_row_names_its_line(tmp_path, row, message):
    path = tmp_path / "code_maps.tsv"
    path.write_text(MAP_HEAD + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        load_maps(path)
    assert f"{path}:" in str(error.value) and message in str(error.value)


def test_the_lexicon_script_checks_the_grammar_files(capsys):
    spec = importlib.util.spec_from_file_location("build_event_lexicon", ROOT / "scripts" / "build_event_lexicon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.check_grammar() == 0
    assert f"{len(LISTS)} word lists" in capsys.readouterr().out


def test_the_lexicon_check_passes():
    import subprocess
    import sys

    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_event_lexicon.py"), "--check"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout[-2000:]
