#!/usr/bin/env bash
# Builds the Release configuration and prints the benchmark figures: body
# import, time to the first headless frame, and frame times. Not a test: the
# numbers are for comparing machines and changes, measured in one run.
#   tools/bench.sh [--body FILE] [--frames N]
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release --target dermaview_bench dermaview_data
exec build/release/bin/dermaview_bench "$@"
