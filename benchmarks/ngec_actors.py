"""Agreement with NGEC's actor-resolution expectations (country and agent).

    .venv/bin/python benchmarks/ngec_actors.py [--out benchmarks/results/ngec_actor_disagreements.tsv]

Reads ../shared/reference/ngec/ngec_actor_resolution_expectations.jsonl (NGEC's own
test expectations, converted to rows) and keeps the `agent_to_code` rows whose field
is `country` or `code_1` with op Eq, NotEq or In. Each row's phrase (args[0]) is
resolved with `Coder.explain_actor` on its query date (args[2] or the `query_date`
keyword) when it gives one, else on today (`--today`). args[1], NGEC's context text,
is not used.
The first actor found is compared:

* country: detente's 3-letter country; for an IGO code, its first 3 letters ("IGO",
  NGEC's country for IGOs);
* code_1: the agent, the 3 letters after the country ("" when there are none).

Rows listed in benchmarks/ngec_convention_differences.tsv (NGEC's convention differs
from CAMEO's or detente's gold conventions on purpose, or the NGEC test is wrong) are
counted apart while detente still gives the value listed there. Prints the
agreement, overall and per kind of phrase, and writes every other disagreement to
--out, so that a change in agreement can be read row by row.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXPECTATIONS = ROOT.parent / "shared" / "reference" / "ngec" / "ngec_actor_resolution_expectations.jsonl"
CONVENTIONS = ROOT / "benchmarks" / "ngec_convention_differences.tsv"
OUT = ROOT / "benchmarks" / "results" / "ngec_actor_disagreements.tsv"
FIELDS = {"country", "code_1"}
OPS = {"Eq", "NotEq", "In"}
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y")


@dataclass(frozen=True)
class Check:
    test: str
    phrase: str
    day: dt.date
    field: str
    op: str
    expected: str | list[str]

    def agrees(self, got: str) -> bool:
        if self.op == "Eq":
            return got == self.expected
        if self.op == "NotEq":
            return got != self.expected
        return got in self.expected

    @property
    def expected_key(self) -> str:
        return "|".join(self.expected) if isinstance(self.expected, list) else self.expected

    @property
    def expected_text(self) -> str:
        shown = "|".join(self.expected) if isinstance(self.expected, list) else self.expected
        return {"Eq": "", "NotEq": "not ", "In": "one of "}[self.op] + (shown or '""')


def parse_day(value: object, today: dt.date) -> dt.date:
    """args[2]: an ISO or written date, else (empty, 'Today') today."""
    text = str(value or "").strip()
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return today


def read_checks(path: Path, today: dt.date) -> list[Check]:
    checks = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("method") != "agent_to_code" or row.get("field") not in FIELDS or row.get("op") not in OPS:
            continue
        args = row["args"]
        day = parse_day(args[2] if len(args) > 2 else row["kwargs"].get("query_date"), today)
        checks.append(Check(row["test"], args[0], day, row["field"], row["op"], row["expected"]))
    return checks


def read_conventions(path: Path) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(phrase, field, NGEC's expectation) -> (detente's value, reason); `""` is empty."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        unquote = {'""': ""}
        return {(r["phrase"], r["field"], unquote.get(r["ngec_expected"], r["ngec_expected"])):
                (unquote.get(r["detente"], r["detente"]), r["reason"]) for r in rows}


def split(code: str) -> tuple[str, str]:
    """Country (IGO for IGOs) and agent of a code, as NGEC's fields read them ("---" is no country)."""
    return code[:3].replace("---", ""), code[3:6]


def kind(check: Check, code: str) -> str:
    """A rough kind of phrase, for the per-kind figures."""
    words = check.phrase.split()
    if code.startswith("IGO") or (check.field == "country" and check.expected == "IGO"):
        return "igo"
    if len(words) <= 3 and all(w[:1].isupper() for w in words if w.isalpha()) and not re.search(r"(?i)ministry|party|army|court|police", check.phrase):
        return "name"
    return "description"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args()
    checks = read_checks(EXPECTATIONS, args.today)
    conventions = read_conventions(CONVENTIONS)

    from detente import coder

    c = coder()
    cache: dict[tuple[str, dt.date], tuple[str, str]] = {}
    for check in checks:
        key = (check.phrase, check.day)
        if key not in cache:
            actors = c.explain_actor(check.phrase, check.day)
            if actors and actors[0].country is None and actors[0].agent and actors[0].code == actors[0].agent:
                cache[key] = ("---" + actors[0].code, " / ".join(actors[0].resolution))  # an agent with no country
            else:
                cache[key] = (actors[0].code, " / ".join(actors[0].resolution)) if actors else ("", "no actor")

    tally: Counter = Counter()
    apart: Counter = Counter()
    wrong: list[tuple[Check, str, str, str]] = []
    for check in checks:
        code, why = cache[(check.phrase, check.day)]
        country, agent = split(code)
        got = country if check.field == "country" else agent
        bucket = kind(check, code)
        convention = conventions.get((check.phrase, check.field, check.expected_key))
        if convention is not None and convention[0] == got:
            apart["error" if convention[1].startswith("NGEC test error") else "convention", check.field] += 1
            continue
        ok = check.agrees(got)
        for scope in ("all", bucket):
            tally[(check.field, scope, "n")] += 1
            tally[(check.field, scope, "ok")] += ok
        if not ok:
            wrong.append((check, got, code, why))

    print(f"NGEC agent_to_code rows checked: {len(checks)} ({args.today} for undated rows)")
    for what, label in (("convention", "NGEC convention differences"), ("error", "NGEC test errors")):
        print(f"{label} counted apart: {apart[what, 'country'] + apart[what, 'code_1']} "
              f"(country {apart[what, 'country']}, agent {apart[what, 'code_1']}), listed in {CONVENTIONS.relative_to(ROOT)}")
    for field, label, goal in (("country", "country", 0.90), ("code_1", "agent", 0.80)):
        for scope in ("all", "name", "description", "igo"):
            n, ok = tally[(field, scope, "n")], tally[(field, scope, "ok")]
            if n:
                mark = f"  (goal {goal:.0%})" if scope == "all" else ""
                print(f"{label:<8} {scope:<12} {ok:4d}/{n:<4d} {ok / n:6.1%}{mark}")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter="\t", lineterminator="\n")
        out.writerow(["test", "phrase", "date", "field", "ngec_expected", "detente", "detente_code", "resolution"])
        for check, got, code, why in sorted(wrong, key=lambda w: (w[0].field, w[0].phrase)):
            out.writerow([check.test, check.phrase, check.day.isoformat(), check.field, check.expected_text,
                          got or '""', code, why])
    print(f"{len(wrong)} disagreements written to {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
