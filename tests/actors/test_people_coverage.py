"""The people lexicon covers office holders evenly, not only those a gold article names.

For every G20 country and every country at war or in acute crisis, on each sample date,
the hand part of `people.tsv` must hold a head of state or government, a foreign minister
and a defence minister whose dated role is in force on that day. Read through the
project's TSV reader (no spaCy model). A row's office is the first office its note names
("Foreign Minister", "Prime Minister of Haiti", "acting Secretary of Defense"); a row that
held two offices is written as two rows, one per office, so that this holds.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from detente.actors.lexicon import PEOPLE_HEADER
from detente.tsv import read_rows

PEOPLE = Path(__file__).resolve().parents[2] / "src" / "detente" / "data" / "actors" / "people.tsv"
GENERATED = "# ===== GENERATED BELOW"

G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "MEX", "RUS", "SAU",
       "ZAF", "KOR", "TUR", "GBR", "USA")
CRISIS = ("UKR", "ISR", "PSE", "LBN", "IRN", "YEM", "SYR", "SDN", "ETH", "MMR", "ARM", "AZE", "COD", "RWA",
          "SOM", "HTI", "VEN", "PRK", "TWN", "AFG", "PAK")
DATES = (dt.date(2019, 6, 1), dt.date(2022, 6, 1), dt.date(2024, 6, 1))
# Offices left out, each with its reason: the Palestinian Authority has no defence ministry; Haiti's
# defence portfolio (re-created in 2017) is often held ad interim and its holders are not reliably dated.
NO_SUCH_OFFICE = {("PSE", "defence"), ("HTI", "defence")}
# Single dates left out: Sudan's Transitional Military Council (April to September 2019) named no foreign
# minister whose dates are reliably known.
GAPS = {("SDN", "foreign", dt.date(2019, 6, 1))}

PREFIX = re.compile(r"^(acting|caretaker|interim|transitional|de facto)\s+", re.I)
SUBNATIONAL = re.compile(r"\bof the (senate|.*region|.*administration|.*province|.*assembly|european)\b", re.I)
OFFICES = {
    "head": re.compile(
        r"^(president|prime minister|chancellor|premier|king|queen|emir|sultan|supreme leader|junta leader"
        r"|head of state|chief adviser|state counsellor|(chairman|head) of the (transitional )?sovereignty council"
        r"|chairman of the presidential leadership council|(coordinator|president) of the transitional"
        r" presidential council)\b", re.I),
    "foreign": re.compile(
        r"^(foreign minister|foreign secretary|secretary of state|external affairs minister"
        r"|minister of foreign affairs|foreign affairs minister)\b", re.I),
    "defence": re.compile(
        r"^(defen[cs]e minister|minister of (national )?defen[cs]e|secretary of defense|defen[cs]e secretary"
        r"|armed forces minister|minister of the armed forces|secretary of national defense)\b", re.I),
}


def first_office(note: str) -> str:
    """The office a note names first: "Foreign Minister of Venezuela (approx)" -> "Foreign Minister of Venezuela"."""
    head = re.split(r";|,| \(| to \d{4}| then | from \d{4}", note, maxsplit=1)[0].strip()
    while PREFIX.match(head):
        head = PREFIX.sub("", head, count=1)
    return head


def office_of(note: str, code: str = "") -> str | None:
    office = first_office(note)
    if SUBNATIONAL.search(office):
        return None
    if re.match(r"foreign secretary", office, re.I) and code[:3] not in ("", "GBR"):
        return None  # outside Britain a foreign secretary is the ministry's senior civil servant
    return next((name for name, pattern in OFFICES.items() if pattern.match(office)), None)


def hand_rows() -> list[tuple[int, dict[str, str]]]:
    text = PEOPLE.read_text(encoding="utf-8").split("\n")
    end = next(i for i, line in enumerate(text, start=1) if line.startswith(GENERATED))
    return [(n, row) for n, row in read_rows(PEOPLE, PEOPLE_HEADER, min_fields=3) if n < end]


def holders(rows, country: str, office: str, day: dt.date) -> list[str]:
    found = []
    for _line, row in rows:
        if row["code"] != country + "GOV" or office_of(row["note"], row["code"]) != office:
            continue
        start = dt.date.fromisoformat(row["start"]) if row["start"] else None
        end = dt.date.fromisoformat(row["end"]) if row["end"] else None
        if start is None:  # an undated row is a default role, not a dated office
            continue
        if start <= day and (end is None or day <= end):
            found.append(row["name"])
    return found


ROWS = hand_rows()
CASES = [(c, o, d) for c in G20 + CRISIS for o in OFFICES for d in DATES if (c, o) not in NO_SUCH_OFFICE and (c, o, d) not in GAPS]


@pytest.mark.parametrize(("country", "office", "day"), CASES, ids=[f"{c}-{o}-{d}" for c, o, d in CASES])
def test_office_has_a_holder_on_sample_date(country, office, day):
    assert holders(ROWS, country, office, day), f"no {office} of {country} in force on {day} in {PEOPLE.name}"


@pytest.mark.parametrize(("note", "office"), [
    ("Foreign Minister of Venezuela", "foreign"),
    ("acting Secretary of Defense", "defence"),
    ("Defence Minister (approx)", "defence"),
    ("Prime Minister; acting President 2024-12-14 to 2024-12-27", "head"),
    ("Deputy Foreign Minister and nuclear negotiator", None),
    ("Vice President", None),
    ("President of the Kurdistan Region", None),
    ("Minister of State for Foreign Affairs", None),
    ("Foreign Secretary", "foreign"),
    ("Deputy Secretary of State", None),
])
def test_office_is_read_from_the_first_office_in_the_note(note, office):
    assert office_of(note) == office


def test_a_foreign_secretary_is_a_minister_only_in_britain():
    assert office_of("Foreign Secretary", "GBRGOV") == "foreign"
    assert office_of("Foreign Secretary", "INDGOV") is None


def test_no_two_foreign_or_defence_ministers_of_one_country_overlap():
    """Two foreign ministers of one country overlapping by more than a month is a date error."""
    problems = []
    for office in ("foreign", "defence"):
        spans: dict[str, list[tuple[dt.date, dt.date, str]]] = {}
        for _line, row in ROWS:
            if not row["code"].endswith("GOV") or office_of(row["note"], row["code"]) != office or not row["start"]:
                continue
            start = dt.date.fromisoformat(row["start"])
            end = dt.date.fromisoformat(row["end"]) if row["end"] else dt.date(2026, 3, 1)
            spans.setdefault(row["code"], []).append((start, end, row["name"]))
        for code, items in spans.items():
            items.sort()
            for (s1, e1, n1), (s2, e2, n2) in zip(items, items[1:]):
                if n1 != n2 and (min(e1, e2) - s2).days > 31:
                    problems.append(f"{code} {office}: {n1} to {e1} overlaps {n2} from {s2}")
    assert not problems, "\n".join(problems)
