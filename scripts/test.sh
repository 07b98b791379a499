#!/bin/sh
# Installs what is missing, checks the formatting, builds, and runs every
# test: the plain build, the same tests under AddressSanitizer +
# UndefinedBehaviorSanitizer, and the fuzz targets for 60 seconds in all.
# Exits non-zero on any failure.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh

echo "== formatting (clang-format, .clang-format)"
scripts/check_format.sh

# The test builds skip debug information (Release, and -g1 under the
# sanitizers) to keep the whole run well within CI's time.
echo "== build and test (plain)"
scripts/build.sh build-test -DCMAKE_BUILD_TYPE=Release -DMC_BENCH=ON
(cd build-test && ctest --output-on-failure -j2 --timeout 300)

echo "== build and test (ASan + UBSan)"
scripts/build.sh build-asan -DCMAKE_BUILD_TYPE=Debug -DMC_SANITIZE=ON -DMC_BENCH=OFF
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --output-on-failure -j2 --timeout 600)

if [ -x scripts/fuzz.sh ]; then
  echo "== fuzz every target (60 s in all)"
  scripts/fuzz.sh 60
fi
echo "== all tests passed"
