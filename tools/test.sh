#!/usr/bin/env bash
# Installs what is missing, builds Dermaview with its tests (warnings are
# errors) and runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
