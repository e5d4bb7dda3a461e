"""External suites pinned as floors: a fixed sample of 100 ConfliBERT quad sentences
(seed 8; the data stays in ../shared, GPL-3.0) and both PETRARCH validation suites
coded with their own actor and agent dictionaries. The full run of every suite is
benchmarks/external_suites.py (results in benchmarks/results/external_suites.txt).

Floors sit a little under the figures measured when they were set (2026-12-03):
ConfliBERT-100 accuracy 0.700, macro-F1 0.715, event precision 0.970; PETRARCH2 unit
tests dyad F1 0.397, triple F1 0.042, no-event sentences quiet 0.889; UniversalPetrarch
dyad F1 0.430, triple F1 0.052, quiet 0.880. Never lower one without writing the
reason here. The suites' triple scores are low by construction: their own verb
dictionaries give codes of their own (a condemnation as 122, a death toll as 223),
which is why the dyad is pinned too.

Changed 2026-12-03, after the argument-linking frames of issue 8 (partners on the object
noun, doers of agentless passives, nominal patients): dyad and triple floors raised
(PETRARCH2 dyad F1 0.445, triple F1 0.035 -> triple kept; UniversalPetrarch dyad F1
0.498, triple F1 0.184), and the no-event floors lowered to 0.74 and 0.72, because
three of each suite's no-event records (ERROR-02, ERROR-03, DISCARD-01: "X is about to
restore full diplomatic ties with Y ...") are empty only by PETRARCH's own mechanics
(an error input, a discard word), not because the sentence reports nothing; detente now
codes the restored ties there, as the frame asks.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED

FLOORS = {
    "conflibert_quad_sample100": {"accuracy": 0.66, "macro_f1": 0.67, "event_precision": 0.93},
    "petrarch2_unit_tests": {"dyad_f1": 0.42, "triple_f1": 0.03, "noevent_quiet": 0.74},
    "universalpetrarch_validate": {"dyad_f1": 0.47, "triple_f1": 0.16, "noevent_quiet": 0.72},
}

pytestmark = [pytest.mark.model,
              pytest.mark.skipif(not (SHARED / "reference").exists(), reason="../shared/reference is not beside the checkout")]


def _suites():
    spec = importlib.util.spec_from_file_location("external_suites", ROOT / "benchmarks" / "external_suites.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["external_suites"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def suites():
    return _suites()


def test_conflibert_sample_meets_its_floors(suites):
    score = suites.score_conflibert(100)
    for metric, floor in FLOORS[score.suite].items():
        assert score.figures[metric] >= floor, score.line()


@pytest.mark.parametrize("name", ["petrarch2_unit_tests", "universalpetrarch_validate"])
def test_petrarch_suite_loads_its_dictionaries_and_meets_its_floors(suites, name):
    score = suites.score_petrarch(name)
    assert "own dictionaries loaded" in score.notes, score.line()
    for metric, floor in FLOORS[name].items():
        assert score.figures[metric] >= floor, score.line()
