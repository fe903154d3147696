#!/usr/bin/env bash
# System packages the test suite needs beyond Python, all from Debian:
# - chromium (+ a font) for the browser tests: Playwright drives /usr/bin/chromium
#   (`playwright install` is never used: no browser downloads);
# - postgresql and postgresql-contrib (unaccent) for the PostgreSQL backend's tests, which start their
#   own throwaway server from /usr/lib/postgresql/*/bin in a temp folder (no system service is used);
# - a Java runtime (17+, default-jre-headless) for the Spark tests (PySpark runs local[2]).
# Idempotent: each package is installed only when what it provides is missing. CI runs it as root.
set -euo pipefail

missing=()
# need_pkg 'PATH-GLOB' PACKAGE...: the packages are needed when nothing matches the glob.
need_pkg() {
    local glob="$1"
    shift
    if compgen -G "$glob" >/dev/null; then
        echo "install-system-deps: $* present ($(compgen -G "$glob" | head -n 1))"
    else
        missing+=("$@")
    fi
}

need_pkg /usr/bin/chromium chromium fonts-dejavu-core
need_pkg '/usr/lib/postgresql/*/bin/initdb' postgresql
need_pkg '/usr/share/postgresql/*/extension/unaccent.control' postgresql-contrib
need_pkg '/usr/bin/java' default-jre-headless

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-system-deps: missing ${missing[*]} and this is not root; run: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
apt-get clean   # the downloaded .deb files are not needed once installed (CI once ran out of disk)
if [ -x /usr/bin/chromium ]; then /usr/bin/chromium --version || true; fi
