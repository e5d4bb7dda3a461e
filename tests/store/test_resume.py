"""A run killed with SIGKILL in the middle resumes and ends with exactly the events of an uninterrupted run."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from detente.store import Store, code_into_store
from detente.store.layout import parts
from corpus_support import generated_articles

ARTICLES = 5000
RUN = """
import sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from corpus_support import generated_articles, small_settings
from detente.store import code_into_store
code_into_store(generated_articles({count}), Path({store!r}), small_settings(Path({lexicon!r})), batch=100)
"""


def _start(store: Path, lexicon: Path) -> subprocess.Popen:
    tests = str(Path(__file__).resolve().parents[1])
    script = RUN.format(tests=tests, count=ARTICLES, store=str(store), lexicon=str(lexicon))
    return subprocess.Popen([sys.executable, "-c", script])


def _rows(store: Path) -> list[tuple]:
    return [tuple(r.values()) for r in Store(store).query("SELECT id, doc_id, record FROM events ORDER BY id")]


@pytest.mark.model
def test_sigkill_mid_run_then_resume_equals_uninterrupted_run(tmp_path, settings):
    killed = tmp_path / "killed"
    process = _start(killed, tmp_path / "lexicon")
    while len(parts(killed, "articles")) < 8:  # several batches committed, the run still going
        assert process.poll() is None, "the run ended before it could be killed: raise ARTICLES"
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored = Store(killed).counts()["articles"]
    assert 0 < stored < ARTICLES

    resumed = code_into_store(generated_articles(ARTICLES), killed, settings, batch=100)
    assert resumed.skipped == stored and resumed.coded == ARTICLES - stored

    whole = tmp_path / "whole"
    code_into_store(generated_articles(ARTICLES), whole, settings, batch=100)
    assert _rows(killed) == _rows(whole)
    assert Store(killed).counts() == Store(whole).counts()
