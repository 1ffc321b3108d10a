#!/usr/bin/env bash
# Installs what is missing, builds Dermaview with its tests and runs every
# test with ctest.
#   tools/test.sh              the CI build (preset ci: warnings are errors)
#   tools/test.sh --sanitize   the same suite built with AddressSanitizer and
#                              UndefinedBehaviorSanitizer (preset sanitize,
#                              build/sanitize; docs/sanitizers.md)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=ci
case "${1:-}" in
  "") ;;
  --sanitize) preset=sanitize ;;
  *) echo "usage: tools/test.sh [--sanitize]" >&2; exit 2 ;;
esac
tools/setup.sh
cmake --preset "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset"
# The browser version in headless Chromium, where Chromium is installed
# (tools/web-setup.sh installs it; docs/web.md).
if [ "$preset" = ci ] && command -v chromium >/dev/null 2>&1; then
  DERMAVIEW_HOST_PRESET=ci tools/web.sh test
fi
