#!/usr/bin/env bash
# Makes the Debian package of Dermaview: installs what is missing, builds the
# release (preset release, build/release) and runs CPack's DEB generator.
# Prints the path of the .deb; install it with `apt install ./FILE.deb`
# (or dpkg -i), see docs/install.md.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
cmake --preset release
cmake --build --preset release
(cd build/release && cpack -G DEB)
ls -1 "$PWD"/build/release/dermaview_*.deb
