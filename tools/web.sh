#!/usr/bin/env bash
# The browser version (docs/web.md).
#   tools/web.sh          install what is missing, build it into build/web/site
#   tools/web.sh serve    ... and serve that folder on http://127.0.0.1:PORT/
#                         (PORT from DERMAVIEW_WEB_PORT, default 8080)
#   tools/web.sh test     ... and run the browser tests (tests/web, headless
#                         Chromium) against it and the desktop build
# The site is static: copy build/web/site to any web server or static host.
set -euo pipefail
cd "$(dirname "$0")/.."
action=${1:-build}
case "$action" in
  build|serve|test) ;;
  *) echo "usage: tools/web.sh [serve|test]" >&2; exit 2 ;;
esac

tools/setup.sh
tools/web-setup.sh
# The body is prepared by a native tool from the desktop's own import; it
# comes from a desktop build (release, or DERMAVIEW_HOST_PRESET: tools/test.sh
# uses its ci build), only that target.
host=${DERMAVIEW_HOST_PRESET:-release}
[ -f "build/$host/build.ninja" ] || cmake --preset "$host" >/dev/null
cmake --build --preset "$host" --target dermaview_body_asset
cmake --preset web -DDERMAVIEW_BODY_ASSET_TOOL="$PWD/build/$host/bin/dermaview_body_asset" >/dev/null
cmake --build --preset web
site=build/web/site
echo "web: the site is $site ($(du -sh "$site" | cut -f1); $(cat "$site"/dermaview.{js,wasm,data} | gzip -c | wc -c | awk '{printf "%.1f MB", $1/1e6}') gzip-compressed)"

case "$action" in
  serve)
    port=${DERMAVIEW_WEB_PORT:-8080}
    echo "web: serving $site on http://127.0.0.1:$port/  (Ctrl+C stops)"
    exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site"
    ;;
  test)
    # The tests compare the browser's figure with the desktop's render of
    # the same scene: the desktop program comes from the same desktop build.
    cmake --build --preset "$host" --target dermaview
    DERMAVIEW_DESKTOP="$PWD/build/$host/bin/dermaview" exec node --test tests/web/
    ;;
esac
