"""The evaluation gate: the seed article and the development set score at least the
floors pinned in tests/eval_floors.toml, and no floor is lowered without a reason."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from detente.evaluation import score
from tests.conftest import ROOT, SHARED

FLOORS = ROOT / "tests" / "eval_floors.toml"
SCORER = SHARED / "eval" / "score_events.py"
METRICS = ("seed_precision", "seed_recall", "seed_agents", "seed_dates", "dev_f1", "dev_precision", "dev_recall")


def history() -> list[dict]:
    return tomllib.loads(FLOORS.read_text())["history"]


def floors() -> dict:
    return history()[-1]


def test_no_floor_is_lowered_silently():
    entries = history()
    for before, after in zip(entries, entries[1:]):
        lowered = [m for m in METRICS if after.get(m, 0) < before.get(m, 0)]
        assert not lowered or "lower" in after.get("reason", "").lower(), (
            f"floors {lowered} were lowered on {after['date']} without a reason saying why they were lowered")


needs_shared = pytest.mark.skipif(not SCORER.exists(), reason="../shared (scorer, seed gold) is not beside the checkout")


@pytest.fixture(scope="module")
def seed_score():
    return score([SHARED / "gold" / "russia_china_mideast_2021-08-03.yaml"], [SHARED / "corpus"], SCORER)


@pytest.fixture(scope="module")
def dev_score():
    dev = ROOT / "tests" / "gold" / "dev"
    return score(sorted(dev.glob("*.yaml")), [dev / "corpus"], SCORER)


@needs_shared
@pytest.mark.model
def test_seed_article_meets_its_floors(seed_score):
    floor = floors()
    assert seed_score.precision >= floor["seed_precision"], seed_score.report
    assert seed_score.recall >= floor["seed_recall"], seed_score.report
    right, checked = seed_score.agents
    assert right / checked >= floor["seed_agents"], seed_score.report
    right, checked = seed_score.dates
    assert right / checked >= floor["seed_dates"], seed_score.report


@needs_shared
@pytest.mark.model
def test_development_set_meets_its_floors(dev_score):
    floor = floors()
    assert dev_score.f1 >= floor["dev_f1"], dev_score.report
    assert dev_score.precision >= floor["dev_precision"], dev_score.report
    assert dev_score.recall >= floor["dev_recall"], dev_score.report
