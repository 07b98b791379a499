#!/bin/sh
# Builds the libFuzzer targets with clang (libFuzzer + ASan + UBSan) in
# build-fuzz and runs each in turn on a scratch copy of its seed corpus,
# SECONDS (default 60) split evenly among them (at least 1 s each). Exits
# non-zero on any crash, leak, timeout, OOM or sanitizer report; the
# offending input is kept in build-fuzz/fuzz-artifacts/<target>/.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     # TARGET: extract robots url crawl_config
set -eu

seconds=${1:-60}
case $seconds in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS] [TARGET...]" >&2; exit 2 ;;
esac
[ $# -gt 0 ] && shift
targets=${*:-extract robots url crawl_config}

root=$(cd "$(dirname "$0")/.." && pwd)
build=${MC_FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${MC_JOBS:-2}

# Per target: seed corpus, dictionary ("" for none), -max_len.
corpus_of() {
  case $1 in
    extract) echo "$root/tests/fuzz/corpus" ;;
    robots|url|crawl_config) echo "$root/tests/fuzz/corpus_$1" ;;
    *) echo "fuzz: unknown target $1" >&2; exit 2 ;;
  esac
}
dict_of() { [ "$1" = extract ] && echo "$root/tests/fuzz/extract.dict" || true; }
max_len_of() { [ "$1" = extract ] && echo 65536 || echo 8192; }

count=0
build_targets=
for t in $targets; do
  corpus_of "$t" >/dev/null
  count=$((count + 1))
  build_targets="$build_targets ${t}_fuzzer"
done
each=$((seconds / count))
[ "$each" -ge 1 ] || each=1

mkdir -p "$build"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DMC_FUZZ=ON -DMC_TESTS=ON -DMC_BENCH=OFF >"$build/configure.log" 2>&1 || {
  cat "$build/configure.log" >&2
  exit 1
}
# shellcheck disable=SC2086
cmake --build "$build" -j"$jobs" --target $build_targets

work=$(mktemp -d "${TMPDIR:-/tmp}/mc-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

failed=
for t in $targets; do
  artifacts="$build/fuzz-artifacts/$t"
  mkdir -p "$artifacts"
  rm -f "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-* \
    "$artifacts"/slow-unit-*
  cp -R "$(corpus_of "$t")" "$work/$t"
  dict=$(dict_of "$t")
  echo "fuzz: $t for ${each}s"
  status=0
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
  "$build/${t}_fuzzer" \
    -max_total_time="$each" -max_len="$(max_len_of "$t")" -timeout=10 -rss_limit_mb=2048 \
    ${dict:+-dict="$dict"} -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$work/$t" || status=$?
  found=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
    -o -name 'oom-*' \) | head -n 5)
  if [ "$status" -ne 0 ] || [ -n "$found" ]; then
    echo "fuzz: $t FAILED (exit $status)" >&2
    [ -n "$found" ] && echo "fuzz: inputs kept:" >&2 && echo "$found" >&2
    failed="$failed $t"
  fi
done
if [ -n "$failed" ]; then
  echo "fuzz: FAILED:$failed" >&2
  exit 1
fi
echo "fuzz: ok, ${each}s each for $targets without findings"
