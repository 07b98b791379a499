#!/bin/sh
# Builds the extractor fuzzer with clang (libFuzzer + ASan + UBSan) in
# build-fuzz and runs it for SECONDS (default 60) on a scratch copy of the
# seed corpus. Exits non-zero on any crash, leak, timeout, OOM or sanitizer
# report; the offending input is kept in build-fuzz/fuzz-artifacts/.
#
#   scripts/fuzz.sh [SECONDS]
set -eu

seconds=${1:-60}
case $seconds in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
build=${MC_FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${MC_JOBS:-2}

mkdir -p "$build"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DMC_FUZZ=ON -DMC_TESTS=ON -DMC_BENCH=OFF >"$build/configure.log" 2>&1 || {
  cat "$build/configure.log" >&2
  exit 1
}
cmake --build "$build" -j"$jobs" --target extract_fuzzer

work=$(mktemp -d "${TMPDIR:-/tmp}/mc-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -R "$root/tests/fuzz/corpus" "$work/corpus"
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
rm -f "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-* \
  "$artifacts"/slow-unit-*

status=0
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
"$build/extract_fuzzer" \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -dict="$root/tests/fuzz/extract.dict" -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$work/corpus" || status=$?

found=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
  -o -name 'oom-*' \) | head -n 5)
if [ "$status" -ne 0 ] || [ -n "$found" ]; then
  echo "fuzz: FAILED (exit $status)" >&2
  [ -n "$found" ] && echo "fuzz: inputs kept:" >&2 && echo "$found" >&2
  [ "$status" -ne 0 ] || status=1
  exit "$status"
fi
echo "fuzz: ok, ${seconds}s without findings"
