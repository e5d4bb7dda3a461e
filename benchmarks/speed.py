"""Speed of `detente code` against the bare spaCy pipeline, side by side in one run.

    .venv/bin/python benchmarks/speed.py [--copies 100] [--batch-size 16]

Codes N copies of the seed article (1) with spaCy alone (nlp.pipe, same model and
batch size), (2) with detente in this process (parse + actors + events + records),
(3) with detente in 1 and 2 worker processes (the `--jobs` path), and prints words
per second for each and the ratios the first issue asks for (>= 0.8, >= 1.6).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core per process, so --jobs scales honestly
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from detente.ingest.files import read_articles  # noqa: E402
from detente.pipeline import Coder, code_in_processes  # noqa: E402
from detente.settings import Settings  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "samples" / "articles" / "russia_china_mideast_2021-08-03.txt"


def articles(copies: int):
    (seed,) = list(read_articles([SEED]))
    return [seed.model_copy(update={"id": f"{seed.id}-{i}"}) for i in range(copies)]


def timed(label: str, words: int, run) -> float:
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    print(f"{label:<32} {seconds:7.2f} s  {words / seconds:9.0f} words/s")
    return words / seconds


def steady(label: str, batch, settings: Settings, jobs: int, words_each: int) -> tuple[float, float]:
    """Words per second of a whole `--jobs N` run (start-up included), and in its steady
    state (from the first coded article to the last, start-up and warm-up excluded)."""
    start = time.perf_counter()
    first = None
    for count, _ in enumerate(code_in_processes(batch, settings, jobs), start=1):
        if first is None:
            first = time.perf_counter()
    end = time.perf_counter()
    whole = words_each * count / (end - start)
    settled = words_each * (count - 1) / (end - first)
    print(f"{label:<32} {end - start:7.2f} s  {whole:9.0f} words/s  (steady state {settled:.0f} words/s)")
    return whole, settled


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    settings = Settings(batch_size=args.batch_size)
    batch = articles(args.copies)
    coder = Coder(settings)
    words = sum(1 for t in coder.nlp.make_doc(batch[0].full_text) if not t.is_space) * len(batch)
    print(f"{len(batch)} articles, {words} words, model {settings.model}, batch size {args.batch_size}")
    list(coder.nlp.pipe([a.full_text for a in batch[:4]]))  # warm up
    bare = timed("spaCy alone (nlp.pipe)", words, lambda: list(coder.nlp.pipe((a.full_text for a in batch), batch_size=args.batch_size)))
    full = timed("detente, in process", words, lambda: list(coder.code(batch)))
    each = words // len(batch)
    one, one_steady = steady("detente --jobs 1", batch, settings, 1, each)
    two, two_steady = steady("detente --jobs 2", batch, settings, 2, each)
    print(f"detente / spaCy: {full / bare:.2f} (goal >= 0.8)")
    print(f"--jobs 2 / --jobs 1: {two / one:.2f} whole runs, {two_steady / one_steady:.2f} steady state (goal >= 1.6)")


if __name__ == "__main__":
    main()
