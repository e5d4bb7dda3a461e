"""A bounded load check of the web API on loopback: requests per second and errors.

Usage: python benchmarks/web_load.py [--store DIR] [--requests 500] [--code-requests 100] [--threads 4]

Starts `detente serve` as a child process on 127.0.0.1 and a free port (over DIR, or
over the sample corpus coded into a temporary store), then sends a fixed number of
requests from a few threads, each with a timeout, to two endpoints:
  GET /api/events  with rotating filters (actor, CAMEO root, quad class, words, pages);
  POST /api/code   with sentences of news text (the coder runs one request at a time).
Nothing leaves the machine; the server is stopped at the end.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from detente.ingest.files import read_articles
from detente.interfaces.web.server import free_port
from detente.store import code_into_store

ROOT = Path(__file__).resolve().parents[1]
FILTERS = ["", "actor=RUS", "cameo=19", "quad=1", "q=ceasefire", "country=ISR", "page=2", "plover=ASSAULT",
           "date_from=2023-01-01&date_to=2023-12-31", "actor=egypt&quad=3"]
TEXTS = ["Kenyan police dispersed protesters in Nairobi on Tuesday.",
         "Egypt's foreign minister met his Turkish counterpart in Cairo on Saturday to restore ties.",
         "Pakistan carried out strikes on militant hideouts in Iran, a day after Iran struck inside Pakistan."]


def start_server(store: Path, port: int) -> subprocess.Popen:
    command = [str(Path(sys.executable).with_name("detente")), "serve", "--store", str(store), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/overview", timeout=1)
            return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start within 30 s")


def run(label: str, count: int, threads: int, send) -> None:
    """`count` calls of `send(i)` over `threads` threads; prints requests/s, errors and latency."""
    def timed(i: int) -> tuple[bool, float]:
        started = time.perf_counter()
        try:
            ok = send(i).status_code == 200
        except httpx.HTTPError:
            ok = False
        return ok, time.perf_counter() - started

    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(timed, range(count)))
    elapsed = time.perf_counter() - started
    latencies = sorted(t for _, t in results)
    errors = sum(1 for ok, _ in results if not ok)
    print(f"{label:<16} {count} requests, {threads} threads: {count / elapsed:7.1f} req/s, {errors} errors, "
          f"median {latencies[len(latencies) // 2] * 1000:.0f} ms, p95 {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--code-requests", type=int, default=100)
    parser.add_argument("--threads", type=int, default=4)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        store = options.store or Path(temp) / "store"
        if options.store is None:
            articles = [a for a in read_articles([ROOT / "samples" / "articles"], None) if not isinstance(a, Exception)]
            code_into_store(articles, store)
        port = free_port()
        server = start_server(store, port)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
                client.post("/api/code", json={"text": TEXTS[0]})  # load the model before timing
                run("GET /api/events", options.requests, options.threads,
                    lambda i: client.get(f"/api/events?{FILTERS[i % len(FILTERS)]}"))
                run("POST /api/code", options.code_requests, options.threads,
                    lambda i: client.post("/api/code", json={"text": TEXTS[i % len(TEXTS)], "published": "2024-01-20"}))
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
