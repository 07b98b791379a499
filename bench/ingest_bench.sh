#!/bin/sh
# Ingest benchmark: generates N synthetic pages (N = 1000 and 5000 by
# default), then times extraction alone and extraction + storing, printing
# documents/s, MB/s and peak RSS for each. The store's goal: ingest within
# 1.3x of extract-only time, and flat peak RSS as N grows.
#
#   bench/ingest_bench.sh BUILD_DIR [N...]
set -eu
build=${1:?usage: ingest_bench.sh BUILD_DIR [N...]}
shift
[ $# -gt 0 ] || set -- 1000 5000
work=$(mktemp -d "${TMPDIR:-/tmp}/mc-ingest-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
for n in "$@"; do
  "$build/gen_pages" --count "$n" --out "$work/pages-$n" --seed 7 >/dev/null
  echo "N=$n ($(du -sh "$work/pages-$n" | cut -f1) of pages)"
  # Warm the page cache so both runs read from memory.
  cat "$work/pages-$n"/* >/dev/null 2>&1 || true
  "$build/ingest_bench" --mode extract "$work/pages-$n"
  "$build/ingest_bench" --mode ingest --db "$work/bench-$n.db" "$work/pages-$n"
  echo "  database: $(du -h "$work/bench-$n.db" | cut -f1)"
done
