#!/usr/bin/env bash
# Installs what is missing, builds Dermaview (Release) and starts it. Any
# arguments go to dermaview, e.g.  tools/run.sh render -o body.png
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/bin/dermaview "$@"
