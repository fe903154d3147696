#!/usr/bin/env bash
# System packages the test suite needs beyond Python: Debian's Chromium for the browser tests
# (Playwright drives /usr/bin/chromium; `playwright install` is never used: no browser downloads).
# Idempotent: does nothing when everything is already there. CI runs it as root.
set -euo pipefail

# Java for the Spark tests (PySpark 4 needs Java 17+; Debian's default JRE). Its own block, before
# the Chromium check below (which exits early when Chromium is there).
if ! command -v java >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "install-system-deps: java is missing and this is not root; run: sudo apt-get install -y default-jre-headless" >&2
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends default-jre-headless
fi
echo "java: $(java -version 2>&1 | head -n 1)"

if [ -x /usr/bin/chromium ]; then
    echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-system-deps: /usr/bin/chromium is missing and this is not root; run: sudo apt-get install -y chromium" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version
