#!/usr/bin/env bash
# Install Debian's Chromium for the web tests (tests/web/test_browser.py), if it is missing.
# Playwright drives it from /usr/bin/chromium: its own browser download needs a network
# CI does not have. Idempotent: does nothing when /usr/bin/chromium is already there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    echo "setup_browser: /usr/bin/chromium present"
    exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromium --version
