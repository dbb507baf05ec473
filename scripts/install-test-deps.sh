#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK:
# - a Chromium-family browser for the real-browser tests: one already on the machine is used as it is (CHROMIUM_PATH,
#   then chromium, chromium-browser, google-chrome, google-chrome-stable on the PATH); as root, Debian's chromium is
#   installed when there is none. Playwright never downloads a browser of its own.
# - the checkers in tests/tools (html-validate, axe-core), from its committed package-lock; the tests run them offline.
set -euo pipefail
cd "$(dirname "$0")/.."

find_browser() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] && echo "$CHROMIUM_PATH"
    return
  fi
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  done
}

if [ -z "$(find_browser || true)" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
browser=$(find_browser || true)
if [ -n "$browser" ]; then
  echo "browser tests will use $browser"
else
  echo "WARNING: no Chromium-family browser found and none can be installed here; the browser tests will be skipped." >&2
fi

if ! command -v npm >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error
