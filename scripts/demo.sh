#!/bin/sh
# Installs what is missing, builds, and runs the main job on the bundled
# fixtures: `marketclaims run` crawls the fixture pages (file:// URLs),
# extracts and stores them in ./marketclaims.db and reconciles the claims;
# `marketclaims conflicts` then lists the disagreements in full. The
# database is kept, so running the demo again shows every page unchanged
# and no new conflict.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh build
build/marketclaims run
echo
build/marketclaims conflicts
