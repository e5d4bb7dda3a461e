"""The actor network: actors as nodes, dyads as weighted directed edges, for Gephi or networkx.

Reads the `events` view; writes GraphML. Edge attributes: events, cooperation and
conflict counts (quad classes 1-2 and 3-4), Goldstein sum and mean.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import networkx as nx

EDGES = """
SELECT source_code, target_code, count(*) AS events,
       count(*) FILTER (quad_class <= 2) AS cooperation, count(*) FILTER (quad_class >= 3) AS conflict,
       coalesce(sum(goldstein), 0) AS goldstein_sum, coalesce(avg(goldstein), 0) AS goldstein_mean
FROM events WHERE target_code IS NOT NULL GROUP BY ALL HAVING count(*) >= ? ORDER BY 1, 2
"""


def actor_network(con: duckdb.DuckDBPyConnection, min_events: int = 1) -> nx.DiGraph:
    graph = nx.DiGraph()
    cursor = con.execute(EDGES, [min_events])
    names = [d[0] for d in cursor.description]
    for values in cursor.fetchall():
        row = dict(zip(names, values))
        source, target = row.pop("source_code"), row.pop("target_code")
        graph.add_edge(source, target, weight=row["events"], **row)
    for node in graph.nodes:
        graph.nodes[node]["country"] = node[:3]
        graph.nodes[node]["events"] = int(graph.degree(node, weight="weight"))
    return graph


def write_network(con: duckdb.DuckDBPyConnection, path: Path, min_events: int = 1) -> nx.DiGraph:
    graph = actor_network(con, min_events)
    nx.write_graphml(graph, path)
    return graph
