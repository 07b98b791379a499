#!/bin/sh
# Installs the Debian packages the project builds and tests with, only those
# missing. Uses sudo when not root.
set -eu

packages="build-essential cmake pkg-config clang libclang-rt-dev python3
  libgumbo-dev libre2-dev libsqlitecpp-dev libsqlite3-dev sqlite3
  libcurl4-openssl-dev libtomlplusplus-dev libcpp-httplib-dev zlib1g-dev
  libgtest-dev libgmock-dev clang-format"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
echo "installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
