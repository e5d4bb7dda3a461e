"""Time and memory to load the whole actor lexicon and the event lexicon, in a fresh process.

    .venv/bin/python benchmarks/lexicon_load.py [--repeat 3]

Each measurement runs in a new Python process (this script with --child), so no cache
or earlier import helps it. In the child, after the imports (and, for the spaCy
tokenizer, after building a blank English pipeline: the coder has its model loaded
already), it loads `detente.actors.lexicon.load_lexicon` over the packaged actor
folder and `detente.events.lexicon.load_event_lexicon` over the packaged event
lexicon, and reports:

* seconds (wall clock, perf_counter) for the actor lexicon, the event lexicon, both;
* tracemalloc's peak of Python allocations during the load (traced in a second load,
  since tracing slows Python down: the timed load runs untraced);
* resource.getrusage maxrss: the process's peak resident memory after the load, and
  its growth over the peak before it (what the load itself added).

Issue 3 asks under 2 seconds and under 300 MB for the whole lexicon.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(tokenizer: str) -> dict:
    import gc
    import resource
    import time
    import tracemalloc

    from detente.actors.lexicon import load_lexicon, simple_tokenize
    from detente.events.lexicon import load_event_lexicon
    from detente.settings import Settings

    settings = Settings()
    tokenize = simple_tokenize
    if tokenizer == "spacy":
        import spacy

        nlp = spacy.blank("en")
        from detente.pipeline import phrase_tokens

        tokenize = lambda text: phrase_tokens(nlp, text)  # noqa: E731 - as detente.pipeline.Coder does
    gc.collect()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux -> MiB

    start = time.perf_counter()
    actors = load_lexicon(settings.actor_folders, tokenize)
    actor_s = time.perf_counter() - start
    events = load_event_lexicon(settings.event_lexicon)
    total_s = time.perf_counter() - start
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    del actors, events
    gc.collect()
    tracemalloc.start()
    actors = load_lexicon(settings.actor_folders, tokenize)
    events = load_event_lexicon(settings.event_lexicon)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"tokenizer": tokenizer, "actor_s": actor_s, "event_s": total_s - actor_s, "total_s": total_s,
            "tracemalloc_peak_mib": peak / 2**20, "maxrss_mib": rss_after, "maxrss_growth_mib": rss_after - rss_before,
            "phrases": actors.size}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", choices=("simple", "spacy"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    print(f"{'tokenizer':<9} {'actors s':>8} {'events s':>8} {'total s':>8} {'tracemalloc MiB':>15} "
          f"{'maxrss MiB':>10} {'rss growth MiB':>14} {'phrases':>8}")
    worst_s = worst_mib = 0.0
    for tokenizer in ("simple", "spacy"):
        for _ in range(args.repeat):
            out = subprocess.run([sys.executable, __file__, "--child", tokenizer], check=True, capture_output=True,
                                 text=True, cwd=ROOT).stdout
            r = json.loads(out.strip().splitlines()[-1])
            worst_s = max(worst_s, r["total_s"])
            worst_mib = max(worst_mib, r["tracemalloc_peak_mib"], r["maxrss_growth_mib"])
            print(f"{r['tokenizer']:<9} {r['actor_s']:8.2f} {r['event_s']:8.3f} {r['total_s']:8.2f} "
                  f"{r['tracemalloc_peak_mib']:15.1f} {r['maxrss_mib']:10.1f} {r['maxrss_growth_mib']:14.1f} {r['phrases']:8d}")
    verdict = "within" if worst_s < 2 and worst_mib < 300 else "OVER"
    print(f"worst: {worst_s:.2f} s, {worst_mib:.1f} MiB: {verdict} the issue's 2 s / 300 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
