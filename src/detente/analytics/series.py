"""Dyad by period series and actor rankings, computed in DuckDB.

Reads the `events` view (source_code, target_code, date, quad_class, goldstein);
returns typed rows. Quad classes follow CAMEO: 1 verbal cooperation, 2 material
cooperation, 3 verbal conflict, 4 material conflict.
"""
from __future__ import annotations

import datetime as dt

import duckdb
from pydantic import BaseModel

PERIODS = ("day", "week", "month", "year")


class DyadPeriod(BaseModel):
    source: str
    target: str | None
    period: dt.date
    events: int
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float | None
    goldstein_mean: float | None


class ActorCount(BaseModel):
    code: str
    as_source: int
    as_target: int
    total: int


def parse_dyad(dyad: str) -> tuple[str, str | None]:
    """"RUS-UKR" (or "RUS:UKR") as (source, target); "RUS-" or "RUS" alone has no target filter."""
    source, _, target = dyad.replace(":", "-").partition("-")
    return source.strip().upper(), target.strip().upper() or None


def dyad_series(con: duckdb.DuckDBPyConnection, by: str = "month", dyad: str | None = None,
                min_events: int = 1) -> list[DyadPeriod]:
    """Events per dyad and period: counts per quad class, Goldstein sum and mean."""
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}: use {', '.join(PERIODS)}")
    where, params = _dyad_filter(dyad)
    sql = f"""
        SELECT source_code AS source, target_code AS target, CAST(date_trunc('{by}', date) AS DATE) AS period,
               count(*) AS events,
               count(*) FILTER (quad_class = 1) AS verbal_coop, count(*) FILTER (quad_class = 2) AS material_coop,
               count(*) FILTER (quad_class = 3) AS verbal_conflict, count(*) FILTER (quad_class = 4) AS material_conflict,
               sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean
        FROM events WHERE date IS NOT NULL {where}
        GROUP BY ALL HAVING count(*) >= ? ORDER BY source, target NULLS FIRST, period"""
    return [DyadPeriod(**row) for row in _dicts(con.execute(sql, [*params, min_events]))]


def _dyad_filter(dyad: str | None) -> tuple[str, list[object]]:
    if not dyad:
        return "", []
    source, target = parse_dyad(dyad)
    if target is None:
        return "AND source_code = ?", [source]
    return "AND source_code = ? AND target_code = ?", [source, target]


def top_actors(con: duckdb.DuckDBPyConnection, top: int = 20, role: str = "any") -> list[ActorCount]:
    """Actor codes by how many events they take part in (as source, target, or either)."""
    order = {"any": "total", "source": "as_source", "target": "as_target"}[role]
    sql = f"""
        WITH sides AS (SELECT source_code AS code, 1 AS s, 0 AS t FROM events
                       UNION ALL SELECT target_code, 0, 1 FROM events WHERE target_code IS NOT NULL)
        SELECT code, sum(s)::BIGINT AS as_source, sum(t)::BIGINT AS as_target, count(*) AS total
        FROM sides GROUP BY code ORDER BY {order} DESC, code LIMIT ?"""
    return [ActorCount(**row) for row in _dicts(con.execute(sql, [top]))]


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
