#!/usr/bin/env bash
# Install Debian's chromium for the browser tests when it is missing and we may (root).
# Browser tests (tests/test_browser_*.py) drive it through Playwright with executable_path;
# they never download a browser ('playwright install' is not needed), and skip with a clear
# reason when no chromium is found.
set -u
for name in chromium chromium-browser; do
  if command -v "$name" >/dev/null 2>&1; then
    echo "browser tests will use $(command -v "$name") ($("$name" --version 2>/dev/null | head -1))" >&2
    exit 0
  fi
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests ..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "could not install chromium; browser tests will be skipped" >&2
else
  echo "chromium not found; browser tests will be skipped (apt-get install chromium)" >&2
fi
