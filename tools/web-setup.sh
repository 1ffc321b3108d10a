#!/usr/bin/env bash
# Installs what the browser build needs, and nothing when it is all there:
# Debian's emscripten (the compiler), chromium (the browser tests), and the
# sources of Dear ImGui 1.86 from Debian's source package (libimgui-dev ships
# only the headers and a native library; the browser build compiles the
# sources). The sources go to build/web-deps/, are fetched here, at set-up
# time, never while building, and are not part of the repository.
# Needs root or sudo only when something is missing. docs/web.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DEPS=build/web-deps
IMGUI_VERSION=1.86

PACKAGES=(emscripten chromium dpkg-dev nodejs)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node from another source than Debian (nodesource) is as good.
if [[ " ${missing[*]} " == *" nodejs "* ]] && command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}")
fi
read -r -a missing <<<"${missing[*]}"

SUDO=()
need_root() {
  [ "$(id -u)" -eq 0 ] && return 0
  if command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
    SUDO=(sudo); return 0
  fi
  echo "web-setup: error: $1, and this script is neither root nor able to use sudo." >&2
  echo "Run it again as root: tools/web-setup.sh" >&2
  exit 1
}

export DEBIAN_FRONTEND=noninteractive
if [ ${#missing[@]} -gt 0 ]; then
  need_root "these Debian packages are missing: ${missing[*]}"
  echo "web-setup: installing ${missing[*]}"
  if ! "${SUDO[@]}" apt-get install -y -q "${missing[@]}"; then
    "${SUDO[@]}" apt-get update -q
    "${SUDO[@]}" apt-get install -y -q "${missing[@]}"
  fi
fi

# Dear ImGui's sources, the same version as libimgui-dev (the desktop build).
imgui_dir="$DEPS/imgui-$IMGUI_VERSION"
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
  if ! apt-get source --print-uris imgui >/dev/null 2>&1 || [ -z "$(apt-get source --print-uris imgui 2>/dev/null | grep dsc)" ]; then
    need_root "Debian's source lists are not set up (no deb-src line)"
    echo "web-setup: adding Debian's source lists (/etc/apt/sources.list.d/dermaview-deb-src.sources) for 'apt-get source imgui'"
    "${SUDO[@]}" tee /etc/apt/sources.list.d/dermaview-deb-src.sources >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    "${SUDO[@]}" apt-get update -q
  fi
  mkdir -p "$DEPS/src"
  echo "web-setup: fetching Dear ImGui's source package from Debian into $DEPS/src"
  (cd "$DEPS/src" && apt-get source -q "imgui=$IMGUI_VERSION*" >/dev/null 2>&1 || apt-get source -q imgui)
  src=$(find "$DEPS/src" -maxdepth 2 -name imgui.cpp -printf '%h\n' | head -n 1)
  if [ -z "$src" ]; then
    echo "web-setup: error: Debian's imgui source package has no imgui.cpp (see $DEPS/src)" >&2
    exit 1
  fi
  got=$(sed -n 's/^#define IMGUI_VERSION *"\(.*\)"/\1/p' "$src/imgui.h")
  if [ "$got" != "$IMGUI_VERSION" ]; then
    echo "web-setup: error: Debian's imgui source is $got, the desktop build uses $IMGUI_VERSION" >&2
    exit 1
  fi
  rm -rf "$imgui_dir" && mv "$src" "$imgui_dir" && rm -rf "$DEPS/src"
fi

# The browser tests' driver (puppeteer-core, locked in tests/web/package-lock.json);
# it drives the installed chromium and downloads no browser.
if [ ! -d tests/web/node_modules/puppeteer-core ]; then
  echo "web-setup: installing the browser tests' node modules (npm ci in tests/web)"
  (cd tests/web && npm ci --no-audit --no-fund --loglevel=error)
fi
