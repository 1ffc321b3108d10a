#!/usr/bin/env bash
# Installs the Debian packages Dermaview needs to build, run and test, and
# nothing when they are all present (a quick no-op). Needs root or sudo only
# when something is missing.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build g++ pkg-config
  # libraries (README.md, "Building by hand")
  libimgui-dev libglfw3-dev libglm-dev libassimp-dev libstb-dev libpng-dev
  nlohmann-json3-dev libeigen3-dev catch2
  # glTF export (dermaview export): header-only
  libtinygltf-dev
  # glad 2 generates the GL and EGL loaders at build time
  python3-glad python3-jinja2
  # headless GL (Mesa's llvmpipe through EGL) and a virtual X server for the GUI tests
  libegl1 libegl-mesa0 libgl1-mesa-dri libgbm1 xvfb xauth
  # a readable font for the window's panel and labels
  fonts-dejavu-core
  # the default body: the MakeHuman base mesh in assimp's test models,
  # copied into the build and installed with the program
  assimp-testmodels
  # the Debian package (cpack -G DEB: dpkg-shlibdeps finds the libraries'
  # packages, file tells it which files are programs); its test unpacks it
  dpkg-dev file
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing missing Debian packages: ${missing[*]}"
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
    SUDO=(sudo)
  else
    echo "setup: error: these Debian packages are missing and this script is neither root nor able to use sudo:" >&2
    echo "  ${missing[*]}" >&2
    echo "Install them as root with:  apt-get install ${missing[*]}" >&2
    echo "or run this script again as root." >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when an install cannot find what it needs:
# 'apt-get update' is the slow part and usually not needed.
if ! "${SUDO[@]}" apt-get install -y -q "${missing[@]}"; then
  echo "setup: refreshing the package lists and trying again"
  "${SUDO[@]}" apt-get update -q
  "${SUDO[@]}" apt-get install -y -q "${missing[@]}"
fi
