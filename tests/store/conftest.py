"""Fixtures for the store tests: small lexicon settings and a generated corpus."""
from __future__ import annotations

import pytest

from corpus_support import small_settings


@pytest.fixture(scope="session")
def settings(tmp_path_factory):
    return small_settings(tmp_path_factory.mktemp("lexicon"))
