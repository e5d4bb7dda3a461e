"""Articles per second of coding into the store, against coding alone, and peak memory on a long stream.

Usage: python benchmarks/store_throughput.py [ARTICLES] [--jobs N] [--packaged]
Uses generated short articles and the tests' small lexicon (tests/corpus_support.py),
so it measures the store's cost over the pipeline; `--packaged` uses the packaged
world lexicon instead, as `detente code` does. Peak
memory (ru_maxrss of this process and its children) should stay flat as ARTICLES grows.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from corpus_support import generated_articles, small_settings  # noqa: E402

from detente.pipeline import code_in_processes  # noqa: E402
from detente.settings import Settings  # noqa: E402
from detente.store import code_into_store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("articles", type=int, nargs="?", default=2000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--packaged", action="store_true", help="the packaged lexicon, not the tests' small one")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    settings = Settings() if args.packaged else small_settings(folder / "lexicon")
    start = time.perf_counter()
    events = sum(len(e) for _, e in code_in_processes(iter(generated_articles(args.articles, 3)), settings, args.jobs))
    bare = time.perf_counter() - start
    report = code_into_store(iter(generated_articles(args.articles, 3)), folder / "store", settings, jobs=args.jobs)
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(f"{args.articles} articles, {events} events, jobs {args.jobs}")
    print(f"coding only:         {args.articles / bare:8.1f} articles/s")
    print(f"coding into store:   {report.rate:8.1f} articles/s (incl. merge of {report.merged} events)")
    print(f"ratio store/coding:  {report.rate / (args.articles / bare):8.2f}")
    print(f"peak memory (max of this process and a child): {peak / 1024:.0f} MB")


if __name__ == "__main__":
    main()
