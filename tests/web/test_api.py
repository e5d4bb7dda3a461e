"""The JSON API, endpoint by endpoint, with its filters and limits (FastAPI's TestClient, no model)."""
from __future__ import annotations

import pytest

from web_support import HOSTILE_TITLE


def test_overview(client):
    view = client.get("/api/overview").json()
    assert view["counts"] == {"articles": 4, "events": 7, "actors": 14, "merged": 6}
    assert sum(sum(p["counts"]) for p in view["quad_series"]) == 7 and view["period"] == "month"
    assert view["top_dyads"][0] == {"source": "RUS", "target": "ISR", "events": 2, "cooperation": 0, "conflict": 2,
                                    "goldstein_mean": -2.0}
    assert view["top_actors"][0]["code"] in {"IND", "PAK", "RUS", "ISR", "KEN", "EGY"}
    assert [a["id"] for a in view["articles"]][:2] == ["a-moscow", "b-kremlin"]


@pytest.mark.parametrize(("query", "expected"), [
    ("", 7),
    ("actor=RUS", 2),              # code prefix, either side
    ("actor=egyptian%20off", 1),   # words of the actor's text
    ("actor=pak", 2),
    ("country=ISR", 2),
    ("cameo=11", 2),               # root
    ("cameo=190", 1),              # code
    ("plover=assault", 1),
    ("quad=1", 4),
    ("quad=4", 1),
    ("date_from=2023-01-01&date_to=2023-12-31", 4),
    ("date_to=2022-12-31", 3),
    ("q=criticized%20raid", 2),    # every word
    ("q=criticized%20mediation", 0),
    ("source=RUS&target=ISR", 2),
    ("doc_id=d-talks", 2),
    ("actor=RUS&quad=1", 0),
    ("q=%27%20OR%201%3D1%20--", 0),  # an injection attempt is a word like any other
    ("actor=%25", 0),                # LIKE wildcards mean nothing here
])
def test_event_filters(client, query, expected):
    answer = client.get(f"/api/events?{query}")
    assert answer.status_code == 200
    assert answer.json()["total"] == expected


def test_event_paging(client):
    pages = [client.get(f"/api/events?page={n}").json() for n in (1, 2, 3)]
    assert [len(p["events"]) for p in pages] == [3, 3, 1] and pages[0]["pages"] == 3
    ids = [e["id"] for p in pages for e in p["events"]]
    assert len(set(ids)) == 7
    days = [e["day"] for p in pages for e in p["events"]]
    assert days == sorted(days, reverse=True)
    assert client.get("/api/events?per_page=1000").json()["per_page"] == 200  # capped by the server
    assert client.get("/api/events?page=9").json()["events"] == []


@pytest.mark.parametrize("query", ["quad=5", "cameo=1%3B%20DROP", "country=ISRAEL", "date_from=yesterday", "page=0",
                                   "per_page=0", "unknown=1", "source=RUS%27"])
def test_event_filters_are_validated(client, query):
    answer = client.get(f"/api/events?{query}")
    assert answer.status_code == 422
    assert answer.json()["detail"]


def test_one_event(client):
    event = client.get("/api/events/a-moscow-e0").json()
    assert event["cameo"] == "111" and event["evidence"]["triggers"][0]["text"] == "criticized"
    assert client.get("/api/events/nope").status_code == 404


def test_article(client):
    view = client.get("/api/articles/a-moscow").json()
    assert view["article"]["title"].startswith("Russia criticizes") and len(view["events"]) == 2
    full = view["article"]["title"] + "\n\n" + view["article"]["text"]
    assert {full[s["start"]:s["end"]] for s in view["spans"]} == {"Russia", "criticized", "Israel", "China", "praised", "Egypt"}
    (related,) = view["related"]
    assert related["event_id"] == "a-moscow-e0" and [a["id"] for a in related["articles"]] == ["b-kremlin"]
    assert client.get("/api/articles/missing").status_code == 404


def test_hostile_article_is_data_in_json(client):
    view = client.get("/api/articles/c-hostile").json()
    assert view["article"]["title"] == HOSTILE_TITLE


def test_dyad(client):
    view = client.get("/api/dyads/RUS/ISR").json()
    assert view["events"]["total"] == 2 and sum(p["events"] for p in view["series"]) == 2
    assert view["series"][0]["verbal_conflict"] == 2
    assert client.get("/api/dyads/rus/isr").json()["events"]["total"] == 2
    assert client.get("/api/dyads/RUS/NOBODY").json()["events"]["total"] == 0
    assert client.get("/api/dyads/RUS%3B/ISR").status_code == 422


def test_network(client):
    net = client.get("/api/network").json()
    assert {(e["source"], e["target"]) for e in net["edges"]} >= {("RUS", "ISR"), ("IND", "PAK"), ("PAK", "IND")}
    assert len(net["nodes"]) == 9
    small = client.get("/api/network?min_events=2").json()
    assert [(e["source"], e["target"], e["events"]) for e in small["edges"]] == [("RUS", "ISR", 2)]
    assert len(client.get("/api/network?max_nodes=2").json()["nodes"]) == 2
    assert client.get("/api/network?min_events=0").status_code == 422


def test_code_refuses_text_past_the_limit(client):
    answer = client.post("/api/code", json={"text": "x" * 2_001})
    assert answer.status_code == 413
    assert "at most 2,000 characters" in answer.json()["detail"]


def test_code_refuses_a_body_past_the_limit_before_reading_it(client):
    huge = b'{"text": "' + b"x" * 20_000 + b'"}'
    answer = client.post("/api/code", content=huge, headers={"content-type": "application/json"})
    assert answer.status_code == 413 and "Text too long" in answer.json()["detail"]


def test_code_validates_its_body(client):
    assert client.post("/api/code", json={"text": ""}).status_code == 422
    assert client.post("/api/code", json={"title": "no text"}).status_code == 422
    assert client.post("/api/code", json={"text": "a", "published": "someday"}).status_code == 422


@pytest.mark.model
def test_code_text(client):
    answer = client.post("/api/code", json={"title": "Clash", "text": "Russia attacked Japan on Monday.",
                                            "published": "2023-05-03"})
    assert answer.status_code == 200
    result = answer.json()
    assert [(e["source"]["code"], e["cameo"], e["target"]["code"]) for e in result["events"]] == [("RUS", "190", "JPN")]
    assert result["events"][0]["date"] == "2023-05-01"
    marked = {result["full_text"][s["start"]:s["end"]] for s in result["spans"]}
    assert marked == {"Russia", "attacked", "Japan"}


def test_openapi_documents_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths) == {"/api/overview", "/api/events", "/api/events/{event_id}", "/api/articles/{article_id}",
                          "/api/dyads/{source}/{target}", "/api/network", "/api/code"}
    assert "413" in paths["/api/code"]["post"]["responses"]
    docs = client.get("/docs").text
    assert all(path.replace("{", "").split("}")[0] in docs.replace("{", "") for path in paths)


def test_empty_form_fields_mean_no_filter(client):
    answer = client.get("/api/events?actor=RUS&country=&cameo=&plover=&quad=&date_from=&date_to=&q=")
    assert answer.status_code == 200 and answer.json()["total"] == 2
