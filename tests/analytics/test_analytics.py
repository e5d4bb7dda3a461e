"""Dyad series, top actors, the network and charts on a hand-built store; the CLI commands over it."""
from __future__ import annotations

import datetime as dt

import networkx as nx
import pytest
from typer.testing import CliRunner

from corpus_support import make_event
from detente.analytics.network import actor_network
from detente.analytics.series import dyad_series, top_actors
from detente.interfaces.cli.main import app
from detente.records import Article
from detente.store import connect, rebuild_merged
from detente.store.writer import StoreWriter

DAY = dt.date(2024, 3, 4)  # a Monday


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("store")
    events = [make_event("a1", "RUS", "UKR", "190", DAY, "attacked"),
              make_event("a2", "RUS", "UKR", "111", DAY + dt.timedelta(days=2), "criticized", quad=3, goldstein=-2.0),
              make_event("a3", "RUS", "UKR", "042", DAY + dt.timedelta(days=9), "visited", quad=1, goldstein=1.9),
              make_event("a4", "CHN", "RUS", "042", DAY, "visited", quad=1, goldstein=1.9)]
    with StoreWriter(path) as writer:
        writer.write([(Article(id=e.doc_id, text="x"), [e]) for e in events])
    rebuild_merged(path)
    return path


def test_weekly_series_counts_quad_classes_and_goldstein(store):
    rows = dyad_series(connect(store), "week", "RUS-UKR")
    assert [(r.period, r.events, r.material_conflict, r.verbal_conflict, r.verbal_coop) for r in rows] == [
        (DAY, 2, 1, 1, 0), (DAY + dt.timedelta(days=7), 1, 0, 0, 1)]
    assert rows[0].goldstein_sum == -12.0 and rows[0].goldstein_mean == -6.0


def test_top_actors_and_network(store):
    ranking = top_actors(connect(store), 2)
    assert [(a.code, a.as_source, a.as_target) for a in ranking] == [("RUS", 3, 1), ("UKR", 0, 3)]
    graph = actor_network(connect(store))
    assert graph["RUS"]["UKR"]["events"] == 3 and graph["RUS"]["UKR"]["conflict"] == 2


def test_cli_commands(store, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["dyads", "--store", str(store), "--by", "month"])
    assert result.exit_code == 0 and "RUS" in result.output and "-6.0" not in result.output
    assert "RUS" in runner.invoke(app, ["top-actors", "--store", str(store), "--top", "3"]).output
    for name in ("chart.png", "chart.svg"):
        assert runner.invoke(app, ["plot", "RUS-UKR", "--store", str(store), "-o", str(tmp_path / name)]).exit_code == 0
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG" and b"<svg" in (tmp_path / "chart.svg").read_bytes()
    assert runner.invoke(app, ["network", "--store", str(store), "-o", str(tmp_path / "n.graphml")]).exit_code == 0
    assert nx.read_graphml(tmp_path / "n.graphml").number_of_edges() == 2
    result = runner.invoke(app, ["export", str(tmp_path / "g.tsv"), "--format", "gdelt", "--store", str(store)])
    assert result.exit_code == 0 and "4 rows" in result.output
    assert runner.invoke(app, ["merge", "--store", str(store)]).output.startswith("4 merged")


def test_commands_are_documented_with_an_example():
    from detente.interfaces.cli import corpus

    for command in (corpus.merge, corpus.dyads, corpus.top_actors, corpus.plot, corpus.network, corpus.export):
        assert "Example: detente" in command.__doc__
