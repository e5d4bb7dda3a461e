"""The behavioural matrix: pass rate per frame, per CAMEO root and per actor kind.

    .venv/bin/python benchmarks/matrix.py [--failures FRAME] [--out FILE]

Cases come from tests/matrix/generate.py (deterministic templates; see its docstring
for what passing means). tests/matrix/test_matrix.py pins the per-frame rates as
floors in tests/matrix_floors.toml.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.matrix.generate import cases, code_cases, passes, rates  # noqa: E402


def table(title: str, counts: dict[str, tuple[int, int]]) -> list[str]:
    lines = [f"{title:<22} {'pass':>5} {'n':>5} {'rate':>6}"]
    for key, (ok, n) in counts.items():
        lines.append(f"{key:<22} {ok:>5} {n:>5} {ok / n:>6.1%}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", help="print the failing cases of this frame (or 'all')")
    parser.add_argument("--out", type=Path, help="also write the tables to this file")
    args = parser.parse_args()
    all_cases = cases()
    start = time.perf_counter()
    by_case = code_cases(all_cases)
    seconds = time.perf_counter() - start
    ok = sum(passes(c, by_case[c.id]) for c in all_cases)
    lines = [f"behavioural matrix: {len(all_cases)} cases, {ok} pass ({ok / len(all_cases):.1%}), "
             f"coded in {seconds:.0f} s (model load included)", ""]
    for title, field in (("frame", "frame"), ("CAMEO root", "root"), ("actor kind", "kind")):
        lines += table(title, rates(all_cases, by_case, field)) + [""]
    print("\n".join(lines))
    if args.out:
        args.out.write_text("\n".join(lines))
    if args.failures:
        for case in all_cases:
            if args.failures in ("all", case.frame) and not passes(case, by_case[case.id]):
                got = [(e.source.country or e.source.code, e.target and (e.target.country or e.target.code), e.cameo)
                       for e in by_case[case.id]]
                print(f"FAIL {case.id}: {case.text}\n   expected {case.expected}\n   got {got}")


if __name__ == "__main__":
    main()
