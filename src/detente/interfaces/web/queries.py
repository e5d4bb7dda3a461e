"""The questions the web app asks the store, each one parameterized SQL returning typed rows.

Reads the store's `events`, `articles`, `merged` and `mentions` views through a
`StoreReader`; writes nothing. User input only ever reaches DuckDB as a bound
parameter: no filter value is pasted into SQL text.
"""
from __future__ import annotations

import math

from detente.analytics.network import actor_network
from detente.analytics.series import dyad_series, top_actors
from detente.interfaces.web.db import StoreReader
from detente.interfaces.web.markup import spans_of
from detente.interfaces.web.models import (ArticleSummary, ArticleView, DyadCount, DyadView, EventFilter, EventPage,
                                           EventRow, Network, NetworkEdge, NetworkNode, Overview, QuadPeriod, Related)
from detente.records import Article, Event

DAY = "coalesce(e.date, e.published)"
ROW = f"""e.id, e.doc_id, a.title, e.sentence_index, e.sentence_text, {DAY} AS day, e.cameo, e.cameo_label, e.root,
          e.quad_class, e.goldstein, e.plover_type, e.source_code, e.source_text, e.target_code, e.target_text,
          e.trigger, e.confidence"""
JOINED = "events e LEFT JOIN articles a ON a.id = e.doc_id"
ACTOR = """(starts_with(e.source_code, upper(?)) OR starts_with(coalesce(e.target_code, ''), upper(?))
            OR contains(lower(coalesce(e.source_text, '')), lower(?)) OR contains(lower(coalesce(e.target_text, '')), lower(?)))"""
CLAUSES = {  # filter field: (SQL with ? for its value, how many times the value is bound)
    "actor": (ACTOR, 4),
    "country": ("(e.source_country = upper(?) OR e.target_country = upper(?))", 2),
    "source": ("e.source_code = upper(?)", 1),
    "target": ("e.target_code = upper(?)", 1),
    "cameo": ("starts_with(e.cameo, ?)", 1),
    "plover": ("upper(e.plover_type) = upper(?)", 1),
    "quad": ("e.quad_class = ?", 1),
    "date_from": (f"{DAY} >= ?", 1),
    "date_to": (f"{DAY} <= ?", 1),
    "doc_id": ("e.doc_id = ?", 1),
}
SUMMARY = "id, title, published, source, num_events"


def where(f: EventFilter) -> tuple[str, list[object]]:
    """The WHERE clause and its parameters for a filter; words in `q` must all occur."""
    clauses, params = ["TRUE"], []
    for field, (sql, times) in CLAUSES.items():
        value = getattr(f, field)
        if value not in (None, ""):
            clauses.append(sql)
            params.extend([value.strip() if isinstance(value, str) else value] * times)
    for word in (f.q or "").split():
        clauses.append("contains(lower(e.sentence_text), lower(?))")
        params.append(word)
    return " AND ".join(clauses), params


def events_page(db: StoreReader, f: EventFilter, per_page: int) -> EventPage:
    """One page of the filtered events table, newest first (the total comes with the rows: one scan)."""
    sql, params = where(f)
    rows = db.rows(f"SELECT {ROW}, count(*) OVER () AS total FROM {JOINED} WHERE {sql} ORDER BY day DESC NULLS LAST, "
                   "e.doc_id, e.sentence_index, e.id LIMIT ? OFFSET ?", [*params, per_page, (f.page - 1) * per_page])
    if rows:
        total = rows[0]["total"]
    else:  # past the last page, or nothing matches
        total = db.one(f"SELECT count(*) AS n FROM {JOINED} WHERE {sql}", params)["n"] if f.page > 1 else 0
    return EventPage(total=total, page=f.page, per_page=per_page, pages=max(1, math.ceil(total / per_page)),
                     events=[EventRow(**r) for r in rows])


def event(db: StoreReader, event_id: str) -> Event | None:
    row = db.one("SELECT record FROM events WHERE id = ?", [event_id])
    return Event.model_validate_json(row["record"]) if row else None


def overview(db: StoreReader, top: int) -> Overview:
    period = choose_period(db)
    return Overview(counts=counts(db), period=period, quad_series=quad_series(db, period), top_dyads=top_dyads(db, top),
                    top_actors=top_actors(db.cursor(), top), articles=recent_articles(db, top * 5))


def counts(db: StoreReader) -> dict[str, int]:
    tables = ["articles", "events", "actors"] + [t for t in ("merged",) if t in db.present()]
    return {t: db.one(f"SELECT count(*) AS n FROM {t}")["n"] for t in tables}


def choose_period(db: StoreReader, extra: str = "TRUE", params: list[object] | None = None) -> str:
    """Days for a month of news, weeks for a year, months beyond: about 30 to 50 bars."""
    span = db.one(f"SELECT min({DAY}) AS first, max({DAY}) AS last FROM events e WHERE {extra}", params)
    days = (span["last"] - span["first"]).days if span and span["first"] else 0
    return "day" if days <= 45 else "week" if days <= 365 else "month"


def quad_series(db: StoreReader, period: str) -> list[QuadPeriod]:
    rows = db.rows(f"""SELECT CAST(date_trunc('{period}', {DAY}) AS DATE) AS period,
                       list(quad_class) AS quads FROM events e WHERE {DAY} IS NOT NULL GROUP BY 1 ORDER BY 1""")
    return [QuadPeriod(period=r["period"], counts=[r["quads"].count(q) for q in (1, 2, 3, 4)]) for r in rows]


def top_dyads(db: StoreReader, top: int) -> list[DyadCount]:
    rows = db.rows("""SELECT source_code AS source, target_code AS target, count(*) AS events,
                      count(*) FILTER (quad_class <= 2) AS cooperation, count(*) FILTER (quad_class >= 3) AS conflict,
                      avg(goldstein) AS goldstein_mean
                      FROM events WHERE target_code IS NOT NULL GROUP BY ALL ORDER BY events DESC, 1, 2 LIMIT ?""", [top])
    return [DyadCount(**r) for r in rows]


def recent_articles(db: StoreReader, limit: int) -> list[ArticleSummary]:
    rows = db.rows(f"SELECT {SUMMARY} FROM articles ORDER BY published DESC NULLS LAST, id LIMIT ?", [limit])
    return [ArticleSummary(**r) for r in rows]


def article_view(db: StoreReader, article_id: str) -> ArticleView | None:
    row = db.one("SELECT id, title, text, published, source, url FROM articles WHERE id = ?", [article_id])
    if row is None:
        return None
    records = db.rows("SELECT record FROM events WHERE doc_id = ? ORDER BY sentence_index, id", [article_id])
    events = [Event.model_validate_json(r["record"]) for r in records]
    return ArticleView(article=Article(**row), events=events, spans=spans_of(events), related=related(db, article_id))


def related(db: StoreReader, article_id: str) -> list[Related]:
    """For each event of the article that was merged with other articles' reports: those articles."""
    rows = db.rows("""SELECT m.event_id, m.merged_id, g.num_articles, list_filter(g.doc_ids, lambda d: d <> ?) AS others
                      FROM mentions m JOIN merged g ON g.id = m.merged_id
                      WHERE m.doc_id = ? AND g.num_articles > 1 ORDER BY m.event_id""", [article_id, article_id])
    wanted = sorted({d for r in rows for d in r["others"]})
    found = db.rows(f"SELECT {SUMMARY} FROM articles WHERE list_contains(?, id) ORDER BY published, id", [wanted])
    summaries = {r["id"]: ArticleSummary(**r) for r in found}
    return [Related(event_id=r["event_id"], merged_id=r["merged_id"], num_articles=r["num_articles"],
                    articles=[summaries[d] for d in r["others"] if d in summaries]) for r in rows]


def dyad_view(db: StoreReader, source: str, target: str, page: int, per_page: int) -> DyadView:
    period = choose_period(db, "e.source_code = ? AND e.target_code = ?", [source, target])
    series = dyad_series(db.cursor(), by=period, dyad=f"{source}-{target}")
    events = events_page(db, EventFilter(source=source, target=target, page=page), per_page)
    return DyadView(source=source, target=target, series=series, events=events)


def network(db: StoreReader, min_events: int, max_nodes: int) -> Network:
    """The actor network, kept to the `max_nodes` actors in most events so that it stays readable."""
    graph = actor_network(db.cursor(), min_events)
    nodes = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["events"], n))[:max_nodes]
    kept = set(nodes)
    edges = [NetworkEdge(source=s, target=t, **{k: data[k] for k in NetworkEdge.model_fields if k in data})
             for s, t, data in graph.edges(data=True) if s in kept and t in kept]
    return Network(nodes=[NetworkNode(code=n, events=graph.nodes[n]["events"]) for n in nodes], edges=edges)

