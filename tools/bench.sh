#!/usr/bin/env bash
# Builds the Release configuration and prints the benchmark figures and the
# performance budgets (docs/performance.md), all from one run: start to first
# frame (headless, and the window), bake time of both maps, plain versus
# dermatome shading at 1280x720 and 1920x1080 with their ratio, a 4K figure
# end to end, and peak memory. Not a test: the numbers are for comparing
# machines and changes.
#   tools/bench.sh [--body FILE] [--frames N]
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release --target dermaview_bench
# The window needs a display; with none, a virtual one.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  exec xvfb-run -a -s '-screen 0 1920x1080x24' build/release/bin/dermaview_bench "$@"
fi
exec build/release/bin/dermaview_bench "$@"
