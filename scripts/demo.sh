#!/bin/sh
# Installs what is missing, builds, and runs the main job on the bundled
# fixtures.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh build
build/marketclaims extract fixtures/pages/*.html
