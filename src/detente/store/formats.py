"""Other tools' layouts: the GDELT 2.0 event table and PLOVER/POLECAT-style JSON.

Reads rows of the store's `events` view (joined to `merged` for the mention counts);
writes nothing itself: `export.py` streams the rows these functions build.

GDELT 2.0 (http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf):
61 tab-separated columns, no header, empty where detente has no value (tone,
geocoding, ethnicity and religion codes). GLOBALEVENTID must be an integer there,
so it is detente's hex id cut to 15 digits (60 bits: fits a signed 64-bit column).
"""
from __future__ import annotations

import datetime as dt
import json

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{c}" for g in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)

# What the GDELT export reads from the store, one row per event.
GDELT_QUERY = """
SELECT e.*, a.title, g.num_mentions, g.num_sources, g.num_articles
FROM events e LEFT JOIN articles a ON a.id = e.doc_id
LEFT JOIN mentions m ON m.event_id = e.id LEFT JOIN merged g ON g.id = m.merged_id
ORDER BY e.id
"""
# Before any merge: each event counts as its own single mention.
GDELT_QUERY_UNMERGED = "SELECT e.*, a.title FROM events e LEFT JOIN articles a ON a.id = e.doc_id ORDER BY e.id"


def gdelt_id(event_id: str) -> int:
    try:
        return int(event_id[:15], 16)
    except ValueError:  # an id that is not hex (hand-made records): still a stable integer
        import hashlib

        return int(hashlib.sha1(event_id.encode()).hexdigest()[:15], 16)


def _actor(row: dict, side: str) -> list[object]:
    code = row.get(f"{side}_code")
    if not code:
        return [None] * 10
    name = (row.get(f"{side}_text") or "").upper() or None
    return [code, name, row.get(f"{side}_country"), None, None, None, None, row.get(f"{side}_agent"), None, None]


def _dates(day: dt.date | None) -> list[object]:
    if day is None:
        return [None] * 4
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365.0
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, f"{fraction:.4f}"]


def gdelt_row(row: dict) -> list[object]:
    """One event as GDELT 2.0's 61 columns, in order."""
    added = row.get("published") or row.get("date")
    counts = [row.get("num_mentions") or 1, row.get("num_sources") or 1, row.get("num_articles") or 1]
    geo_action = [None, row.get("place"), *[None] * 6]
    cells = [gdelt_id(row["id"]), *_dates(row.get("date")), *_actor(row, "source"), *_actor(row, "target"),
             int(row["sentence_index"] <= 1), row["cameo"], row["cameo"][:3], row["root"], row["quad_class"],
             row["goldstein"], *counts, None, *[None] * 16, *geo_action,
             added.strftime("%Y%m%d000000") if added else None, row.get("url")]
    assert len(cells) == len(GDELT_COLUMNS)
    return cells


def gdelt_line(row: dict) -> str:
    return "\t".join("" if v is None else str(v) for v in gdelt_row(row)) + "\n"


def plover_record(row: dict) -> dict[str, object]:
    """PLOVER/POLECAT-style JSON: the event type and mode, actors by country and sector, the story."""
    return {
        "event_id": row["id"], "story_id": row["doc_id"], "event_date": _iso(row.get("date")),
        "story_date": _iso(row.get("published")), "event_type": row.get("plover_type"),
        "event_mode": row.get("plover_mode"), "event_text": row.get("sentence_text"),
        "source_actor": row.get("source_text"), "source_country": row.get("source_country"),
        "source_sector": row.get("source_agent"), "source_code": row.get("source_code"),
        "target_actor": row.get("target_text"), "target_country": row.get("target_country"),
        "target_sector": row.get("target_agent"), "target_code": row.get("target_code"),
        "location": row.get("place"), "cameo_code": row.get("cameo"), "goldstein": row.get("goldstein"),
        "trigger": row.get("trigger"), "publisher": row.get("article_source"), "url": row.get("url"),
        "headline": row.get("title"), "num_mentions": row.get("num_mentions"),
    }


def plover_line(row: dict) -> str:
    return json.dumps(plover_record(row), ensure_ascii=False) + "\n"


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
