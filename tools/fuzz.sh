#!/usr/bin/env bash
# Builds one libFuzzer target and runs it for a while (tests/fuzz/README.md).
#   tools/fuzz.sh TARGET SECONDS [extra libFuzzer flags]
#   tools/fuzz.sh --list
# Targets: the files tests/fuzz/fuzz_<TARGET>.cpp. Opt-in: this is the only
# script that needs clang; it installs Debian's clang and its runtime
# libraries (libFuzzer, sanitizers) when they are missing. The build lives in
# build/fuzz; new inputs go to build/fuzz/corpus/TARGET and crashes to
# build/fuzz/crashes/TARGET. The seed corpus in tests/fuzz/corpus/TARGET (and
# the folders listed in tests/fuzz/corpus/TARGET.seeds) is read, never written.
set -euo pipefail
cd "$(dirname "$0")/.."

targets() { ls tests/fuzz/fuzz_*.cpp | sed 's|.*/fuzz_||; s|\.cpp$||'; }
usage() {
  echo "usage: tools/fuzz.sh TARGET SECONDS [libFuzzer flags]   (tools/fuzz.sh --list for the targets)" >&2
  exit 2
}
[ "${1:-}" = "--list" ] && { targets; exit 0; }
[ $# -ge 2 ] || usage
target=$1 seconds=$2
shift 2
if ! targets | grep -qx "$target"; then
  echo "fuzz.sh: no fuzz target '$target'; the targets are: $(targets | tr '\n' ' ')" >&2
  exit 2
fi
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "fuzz.sh: SECONDS must be a whole number of seconds, at least 1 (got '$seconds')" >&2
  exit 2
fi

tools/setup.sh
# clang with its libFuzzer and sanitizer runtimes, from Debian.
fuzz_packages=(clang libclang-rt-dev)
missing=()
for p in "${fuzz_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "fuzz.sh: installing ${missing[*]} (for fuzzing only)"
  SUDO=()
  [ "$(id -u)" -ne 0 ] && SUDO=(sudo)
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q "${missing[@]}" ||
    { "${SUDO[@]}" apt-get update -q && DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q "${missing[@]}"; }
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "fuzz_$target"

# The longest input worth trying, per target: a little over the largest real
# file of its kind (maps are 15-19 kB, the landmark file 64 kB).
case "$target" in
  map_file) max_len=24000 ;;
  landmark_file) max_len=70000 ;;
  png_text) max_len=8192 ;;
  command_line) max_len=1024 ;;
  scene) max_len=4096 ;;
  *) max_len=16384 ;;
esac
dict=()
[ -f "tests/fuzz/dict/$target.dict" ] && dict=(-dict="tests/fuzz/dict/$target.dict")
work=build/fuzz/corpus/$target crashes=build/fuzz/crashes/$target
mkdir -p "$work" "$crashes"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
echo "fuzz.sh: $target for $seconds s; new inputs in $work, crashes in $crashes/"
# Extra seed folders: the project's real files (tests/fuzz/corpus/TARGET.seeds).
seeds=("tests/fuzz/corpus/$target")
if [ -f "tests/fuzz/corpus/$target.seeds" ]; then
  while read -r d; do seeds+=("$d"); done < <(grep -v '^#' "tests/fuzz/corpus/$target.seeds")
fi
exec "build/fuzz/bin/fuzz_$target" "$work" "${seeds[@]}" \
  -max_total_time="$seconds" -max_len="$max_len" -timeout=30 -rss_limit_mb=2048 \
  -artifact_prefix="$crashes/" -print_final_stats=1 "${dict[@]}" "$@"
