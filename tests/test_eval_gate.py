"""The evaluation gate: every gold set in tests/gold/sets.toml scores at least the floors
pinned in tests/eval_floors.toml, the files it scores are the ones hashed in
tests/gold/manifest.sha256, and no floor is lowered without a reason.

Floors are minimums; figures named `*_false_events` or `*_noisy_articles` are maximums.
The sets whose role is "scored" are never read, only scored: they are the honest gate.
"""
from __future__ import annotations

import hashlib
import tomllib

import pytest

from detente.evaluation import gold_sets, manifest_name, score_set
from tests.conftest import ROOT, SHARED

FLOORS = ROOT / "tests" / "eval_floors.toml"
LISTING = ROOT / "tests" / "gold" / "sets.toml"
MANIFEST = ROOT / "tests" / "gold" / "manifest.sha256"
SCORER = SHARED / "eval" / "score_events.py"
CEILINGS = ("_false_events", "_noisy_articles")
SETS = gold_sets(LISTING, ROOT)


def history() -> list[dict]:
    return tomllib.loads(FLOORS.read_text())["history"]


def set_of(key: str) -> str | None:
    """The set a pinned figure belongs to: the longest set name it starts with ("nonpolitical_dev_false_events")."""
    return max((s.name for s in SETS if key.startswith(s.name + "_")), key=len, default=None)


def is_ceiling(name: str) -> bool:
    return name.endswith(CEILINGS)


def loosened(before: dict, after: dict) -> list[str]:
    """Figures whose bound `after` makes easier to meet than `before` did."""
    names = [k for k, v in before.items() if isinstance(v, (int, float)) and k in after]
    return [k for k in names if (after[k] > before[k] if is_ceiling(k) else after[k] < before[k])]


def test_no_floor_is_lowered_silently():
    entries = history()
    for before, after in zip(entries, entries[1:]):
        eased = loosened(before, after)
        assert not eased or "lower" in after.get("reason", "").lower(), (
            f"floors {eased} were lowered on {after['date']} without a reason saying why they were lowered")


def test_loosened_names_a_lowered_floor_and_a_raised_ceiling():
    assert loosened({"a_f1": 0.5, "a_false_events": 3}, {"a_f1": 0.4, "a_false_events": 4}) == ["a_f1", "a_false_events"]
    assert loosened({"a_f1": 0.5, "a_false_events": 3}, {"a_f1": 0.6, "a_false_events": 2}) == []


def manifest() -> dict[str, str]:
    rows = [line.split("  ", 1) for line in MANIFEST.read_text().splitlines() if line.strip()]
    return {path: digest for digest, path in rows}


needs_shared = pytest.mark.skipif(not SCORER.exists(), reason="../shared (scorer, seed gold) is not beside the checkout")


@needs_shared
@pytest.mark.parametrize("gold_set", SETS, ids=[s.name for s in SETS])
def test_scored_files_are_the_hashed_ones(gold_set):
    pinned = manifest()
    for path in gold_set.files():
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert pinned.get(manifest_name(path, ROOT)) == digest, (
            f"{manifest_name(path, ROOT)} differs from tests/gold/manifest.sha256: a gold or article file changed "
            "(rewrite the manifest with scripts/score_sets.py --manifest and say why in the commit)")


@needs_shared
@pytest.mark.parametrize("gold_set", SETS, ids=[s.name for s in SETS])
def test_every_set_has_floors(gold_set):
    pinned = history()[-1]
    assert any(set_of(k) == gold_set.name for k in pinned), f"no floor pinned for {gold_set.name}"


@needs_shared
@pytest.mark.model
@pytest.mark.parametrize("gold_set", SETS, ids=[s.name for s in SETS])
def test_set_meets_its_floors(gold_set):
    pinned = {k: v for k, v in history()[-1].items() if set_of(k) == gold_set.name}
    figures = score_set(gold_set, SCORER)
    failed = [f"{k}: {figures.get(k)} against {'ceiling' if is_ceiling(k) else 'floor'} {v}" for k, v in pinned.items()
              if k not in figures or (figures[k] > v if is_ceiling(k) else figures[k] < v)]
    assert not failed, f"{gold_set.name}: " + "; ".join(failed)
