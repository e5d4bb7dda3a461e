"""The behavioural matrix (CheckList style): every CAMEO root crossed with the frames
of news English and the kinds of actor, plus negations, hypotheticals and distractors
that must give nothing. The pass rate of each frame must reach the floor pinned in
tests/matrix_floors.toml; no floor is lowered without a reason written there."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.matrix.generate import NEGATIVE_FRAMES, POSITIVE_FRAMES, cases, code_cases, rates

FLOORS = Path(__file__).resolve().parents[1] / "matrix_floors.toml"
FRAMES = POSITIVE_FRAMES + NEGATIVE_FRAMES


def history() -> list[dict]:
    return tomllib.loads(FLOORS.read_text())["history"]


def test_generation_is_deterministic_and_covers_every_root_and_frame():
    first, second = cases(), cases()
    assert first == second
    assert len({c.id for c in first}) == len(first)
    assert {c.frame for c in first} == set(FRAMES)
    assert {c.root for c in first if c.expected} == {f"{r:02d}" for r in range(1, 21)}
    assert 600 <= len(first) <= 1000


def test_every_frame_has_a_floor_and_none_is_lowered_silently():
    entries = history()
    assert set(entries[-1]["floors"]) == set(FRAMES)
    for before, after in zip(entries, entries[1:]):
        lowered = [f for f in FRAMES if after["floors"].get(f, 0) < before["floors"].get(f, 0)]
        assert not lowered or "lower" in after.get("reason", "").lower(), (
            f"floors {lowered} were lowered on {after['date']} without a reason saying why they were lowered")


@pytest.fixture(scope="module")
def frame_rates():
    all_cases = cases()
    return rates(all_cases, code_cases(all_cases), "frame")


@pytest.mark.model
@pytest.mark.parametrize("frame", FRAMES)
def test_frame_meets_its_floor(frame_rates, frame):
    passed, total = frame_rates[frame]
    floor = history()[-1]["floors"][frame]
    assert passed / total >= floor, f"{frame}: {passed}/{total} = {passed / total:.3f} < floor {floor}"
