#!/usr/bin/env bash
# Install Debian's chromium for the browser tests when it is missing and we may (root).
# Browser tests skip with a clear reason when no chromium is found.
set -u
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests ..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "could not install chromium; browser tests will be skipped" >&2
else
  echo "chromium not found; browser tests will be skipped (apt-get install chromium)" >&2
fi
