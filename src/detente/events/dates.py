"""Resolve a date expression against the publication date.

"Tuesday" is the last Tuesday on or before publication; "last week" and "last
month" step back from it; "July 31" and "in May" take the latest such day or month
not after publication; "March 2, 2020" is itself. Returns the day and its
precision (day, week, month, year), or None for durations and vague phrases.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1, "an": 1}


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    day: dt.date
    precision: str
    text: str


def _month(name: str) -> int:
    return MONTH_ABBR[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower()[:3]]


def _latest(month: int, day: int, published: dt.date) -> dt.date | None:
    for year in (published.year, published.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate <= published:
            return candidate
    return None


def resolve_date(text: str, published: dt.date | None) -> ResolvedDate | None:
    """The day a date phrase names, or None when it names none."""
    phrase = re.sub(r"\s+", " ", text.strip().lower())
    phrase = re.sub(r"^(on|in|since|from|by|at|of|as of|earlier|late|early|mid)\s+", "", phrase)
    absolute = _absolute(phrase)
    if absolute:
        return ResolvedDate(absolute[0], absolute[1], text)
    if published is None:
        return None
    relative = _relative(phrase, published)
    return ResolvedDate(relative[0], relative[1], text) if relative else None


def _absolute(phrase: str) -> tuple[dt.date, str] | None:
    m = re.search(MONTH_RE + r" (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", phrase)
    if m:
        return _safe(int(m.group(3)), _month(m.group(1)), int(m.group(2)), "day")
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH_RE + r",? (\d{4})", phrase)
    if m:
        return _safe(int(m.group(3)), _month(m.group(2)), int(m.group(1)), "day")
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", phrase)
    if m:
        return _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)), "day")
    m = re.fullmatch(MONTH_RE + r",? (\d{4})", phrase)
    if m:
        return _safe(int(m.group(2)), _month(m.group(1)), 1, "month")
    m = re.fullmatch(r"(?:the year )?(\d{4})", phrase)
    if m and 1900 < int(m.group(1)) < 2100:
        return dt.date(int(m.group(1)), 1, 1), "year"
    return None


def _safe(year: int, month: int, day: int, precision: str) -> tuple[dt.date, str] | None:
    try:
        return dt.date(year, month, day), precision
    except ValueError:
        return None


def _relative(phrase: str, published: dt.date) -> tuple[dt.date, str] | None:
    if phrase in ("today", "this morning", "this afternoon", "this evening", "tonight"):
        return published, "day"
    if phrase in ("yesterday", "last night"):
        return published - dt.timedelta(days=1), "day"
    for i, name in enumerate(WEEKDAYS):
        if re.fullmatch(rf"(?:last |this |this past |past )?{name}(?: morning| afternoon| evening| night)?", phrase):
            back = (published.weekday() - i) % 7
            if phrase.startswith("last ") and back == 0:
                back = 7
            return published - dt.timedelta(days=back), "day"
    m = re.fullmatch(MONTH_RE + r" (\d{1,2})(?:st|nd|rd|th)?", phrase) or re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH_RE, phrase)
    if m:
        a, b = m.groups()
        month, day = (_month(a), int(b)) if not a.isdigit() else (_month(b), int(a))
        found = _latest(month, day, published)
        return (found, "day") if found else None
    m = re.fullmatch(r"(?:this )?" + MONTH_RE, phrase)
    if m:
        found = _latest(_month(m.group(1)), 1, published)
        return (found, "month") if found else None
    if phrase in ("last week", "the past week", "the previous week"):
        return published - dt.timedelta(days=7), "week"
    if phrase in ("this week", "earlier this week"):
        return published, "week"
    if phrase in ("last month", "the previous month", "the past month"):
        first = published.replace(day=1) - dt.timedelta(days=1)
        return first.replace(day=1), "month"
    if phrase in ("this month", "earlier this month"):
        return published.replace(day=1), "month"
    if phrase == "last year":
        return dt.date(published.year - 1, 1, 1), "year"
    if phrase in ("this year", "earlier this year"):
        return dt.date(published.year, 1, 1), "year"
    m = re.fullmatch(r"(\w+) days? ago", phrase)
    if m and (m.group(1).isdigit() or m.group(1) in NUMBERS):
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS[m.group(1)]
        return published - dt.timedelta(days=n), "day"
    return None
