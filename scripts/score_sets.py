#!/usr/bin/env python3
"""Score detente on every gold set that tests/gold/sets.toml lists, one line a set.

    .venv/bin/python scripts/score_sets.py                 # every set
    .venv/bin/python scripts/score_sets.py final wire      # some sets
    .venv/bin/python scripts/score_sets.py --manifest      # rewrite tests/gold/manifest.sha256
    .venv/bin/python scripts/score_sets.py --misses probes_dev   # the failing probes of a tuned set

Scores only, except `--misses`, which lists the failing probes of a set whose role is
"tuned" and refuses any other: sets whose role is "scored" are never to be read (see
tests/gold/sets.toml); their figures are the honest ones for unseen news.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from detente.evaluation import code_set, gold_sets, manifest_name, probes, score_set

ROOT = Path(__file__).resolve().parents[1]
LISTING = ROOT / "tests" / "gold" / "sets.toml"
MANIFEST = ROOT / "tests" / "gold" / "manifest.sha256"
SCORER = ROOT.parent / "shared" / "eval" / "score_events.py"


def manifest_lines() -> list[str]:
    """`sha256  path` for every gold and article file of every set, paths from the repository root."""
    lines = []
    for gold_set in gold_sets(LISTING, ROOT):
        if not gold_set.gold.exists():
            continue
        for path in gold_set.files():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            lines.append(f"{digest}  {manifest_name(path, ROOT)}")
    return lines


def print_misses(name: str) -> int:
    found = [s for s in gold_sets(LISTING, ROOT) if s.name == name]
    if not found or found[0].role != "tuned" or found[0].kind != "probes":
        print(f"score_sets: --misses reads only tuned probe sets; {name!r} is not one", file=sys.stderr)
        return 2
    for probe in probes(found[0], code_set(found[0]), SCORER):
        if probe.right:
            continue
        print(f"PROBE {probe.text}")
        for g in probe.wanted:
            print(f"   gold{'' if g.get('core') else ' (optional)'}: {g.get('source')} -> {g.get('target')} {g['cameo']}  [{g.get('frame', '')}]")
        for p in probe.predicted:
            print(f"   got:  {p['source']['code']} -> {(p.get('target') or {}).get('code')} {p['cameo']['code'] if isinstance(p.get('cameo'), dict) else p.get('cameo')}  ({p['evidence']['rule']})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", help="set names (default: all)")
    parser.add_argument("--manifest", action="store_true", help="rewrite the hash manifest and exit")
    parser.add_argument("--json", action="store_true", help="one JSON object of all figures")
    parser.add_argument("--misses", metavar="SET", help="list the failing probes of this tuned probe set")
    args = parser.parse_args(argv)
    if args.misses:
        return print_misses(args.misses)
    if args.manifest:
        MANIFEST.write_text("\n".join(manifest_lines()) + "\n")
        print(f"wrote {MANIFEST.relative_to(ROOT)}")
        return 0
    figures: dict[str, float | int] = {}
    for gold_set in gold_sets(LISTING, ROOT):
        if (args.sets and gold_set.name not in args.sets) or not gold_set.gold.exists():
            continue
        mine = score_set(gold_set, SCORER)
        figures.update(mine)
        if not args.json:
            shown = "  ".join(f"{k.removeprefix(gold_set.name + '_')}={v}" for k, v in mine.items())
            print(f"{gold_set.name:<13} {gold_set.role:<7} {shown}", flush=True)
    if args.json:
        print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
