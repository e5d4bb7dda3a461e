"""Check the actor lexicon TSV files in src/detente/data/actors/ line by line.

Rules checked (the format the loader expects):
  * UTF-8, '\\n' line ends, the exact header as the first line;
  * '#' lines are comments, blank lines are allowed;
  * every other line has exactly the header's number of tab-separated fields;
  * no cell starts with a double quote (there is no quoting);
  * codes are upper-case letters only, 3 to 9 long (country codes exactly 3);
  * dates are YYYY-MM-DD and start <= end;
  * organizations.tsv: kind is one of the allowed kinds, country is empty or a country code;
  * agents.tsv: terms are lower case and not repeated; codes are 3-letter parts.

Prints `file:line: what is wrong` for each problem and a row count per file.
Exit status 1 when anything is wrong.

Example:
  python scripts/check_actor_lexicon.py
  python scripts/check_actor_lexicon.py --dir src/detente/data/actors
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "src" / "detente" / "data" / "actors"
HEADERS = {
    "countries.tsv": "code\tname\taliases\tadjectives\tcapitals",
    "organizations.tsv": "code\tname\taliases\tkind\tcountry",
    "people.tsv": "name\taliases\tcode\tstart\tend\tnote",
    "agents.tsv": "term\tagent\tnote",
}
KINDS = {"igo", "igo_body", "ngo", "armed_group", "party", "government_body", "company", "media"}
CODE = re.compile(r"[A-Z]{3,9}")

Row = tuple[int, list[str]]


def rows(path: Path, problems: list[str]) -> Iterator[Row]:
    raw = path.read_bytes()
    if b"\r" in raw:
        problems.append(f"{path.name}: has \\r line ends")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        problems.append(f"{path.name}: not UTF-8 ({err})")
        return
    lines = text.split("\n")
    if lines[0] != HEADERS[path.name]:
        problems.append(f"{path.name}:1: header is {lines[0]!r}, expected {HEADERS[path.name]!r}")
    width = len(HEADERS[path.name].split("\t"))
    for number, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != width:
            problems.append(f"{path.name}:{number}: {len(cells)} fields, expected {width}")
            continue
        if any(c.startswith('"') for c in cells):
            problems.append(f"{path.name}:{number}: a cell starts with a double quote")
        if any(c != c.strip() for c in cells):
            problems.append(f"{path.name}:{number}: a cell has leading or trailing spaces")
        if any(part == "" for c in cells if "|" in c for part in c.split("|")):
            problems.append(f"{path.name}:{number}: empty item in a '|' list")
        yield number, cells


def check_code(code: str, where: str, problems: list[str], exact3: bool = False) -> None:
    if not CODE.fullmatch(code) or (exact3 and len(code) != 3):
        problems.append(f"{where}: bad code {code!r}")


def parse_date(text: str, where: str, problems: list[str]) -> dt.date | None:
    if not text:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        problems.append(f"{where}: bad date {text!r}")
        return None


def check_countries(path: Path, problems: list[str]) -> tuple[int, set[str]]:
    codes: set[str] = set()
    count = 0
    for number, (code, name, *_rest) in rows(path, problems):
        where = f"{path.name}:{number}"
        check_code(code, where, problems, exact3=True)
        if code in codes:
            problems.append(f"{where}: code {code} repeated")
        if not name:
            problems.append(f"{where}: empty name")
        codes.add(code)
        count += 1
    return count, codes


def check_organizations(path: Path, problems: list[str], countries: set[str]) -> int:
    count = 0
    for number, (code, name, _aliases, kind, country) in rows(path, problems):
        where = f"{path.name}:{number}"
        check_code(code, where, problems)
        if not name:
            problems.append(f"{where}: empty name")
        if kind not in KINDS:
            problems.append(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
        if country and country not in countries:
            problems.append(f"{where}: country {country!r} is not in countries.tsv")
        count += 1
    return count


def check_people(path: Path, problems: list[str], _countries: set[str]) -> int:
    count = 0
    for number, (name, _aliases, code, start, end, _note) in rows(path, problems):
        where = f"{path.name}:{number}"
        check_code(code, where, problems)
        if not name:
            problems.append(f"{where}: empty name")
        first, last = parse_date(start, where, problems), parse_date(end, where, problems)
        if first and last and first > last:
            problems.append(f"{where}: start {start} is after end {end}")
        count += 1
    return count


def check_agents(path: Path, problems: list[str], _countries: set[str]) -> int:
    seen: dict[str, int] = {}
    count = 0
    for number, (term, agent, _note) in rows(path, problems):
        where = f"{path.name}:{number}"
        if not term or term != term.lower():
            problems.append(f"{where}: term {term!r} must be non-empty lower case")
        if term in seen:
            problems.append(f"{where}: term {term!r} already on line {seen[term]}")
        seen[term] = number
        check_code(agent, where, problems)
        if len(agent) % 3:
            problems.append(f"{where}: agent {agent!r} is not made of 3-letter parts")
        count += 1
    return count


CHECKS: dict[str, Callable[[Path, list[str], set[str]], int]] = {
    "organizations.tsv": check_organizations,
    "people.tsv": check_people,
    "agents.tsv": check_agents,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args(argv)
    problems: list[str] = []
    count, countries = check_countries(args.dir / "countries.tsv", problems)
    counts = {"countries.tsv": count}
    for name, check in CHECKS.items():
        counts[name] = check(args.dir / name, problems, countries)
    for problem in problems:
        print(problem)
    for name, n in counts.items():
        print(f"{name}: {n} rows")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
