#!/bin/sh
# Lists the tracked C++ sources (*.cc, *.h) that clang-format would change
# under the repository's .clang-format, and exits 1 if there are any (0 when
# all are formatted, 2 when clang-format is missing). Generated files, marked
# "@generated" or "DO NOT EDIT" in their first lines, are left out.
# To format: clang-format-14 -i FILE...
set -eu
cd "$(dirname "$0")/.."

# Formatting differs between clang-format releases; the tree is formatted
# with 14, the Debian bookworm one.
if command -v clang-format-14 >/dev/null 2>&1; then
  format=clang-format-14
elif command -v clang-format >/dev/null 2>&1; then
  format=clang-format
  case "$($format --version)" in
    *" version 14."*) ;;
    *) echo "check_format: $($format --version) is not clang-format 14; results may differ" >&2 ;;
  esac
else
  echo "check_format: clang-format not found (apt-get install clang-format-14)" >&2
  exit 2
fi

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  files=$(git ls-files -- '*.cc' '*.h')
else
  files=$(find . -path ./build -prune -o -path './build-*' -prune -o \
    \( -name '*.cc' -o -name '*.h' \) -print | sed 's|^\./||' | sort)
fi

unformatted=0
for f in $files; do
  [ -f "$f" ] || continue
  if head -n 5 "$f" | grep -q -e '@generated' -e 'DO NOT EDIT'; then continue; fi
  if ! "$format" --style=file "$f" | cmp -s - "$f"; then
    echo "$f"
    unformatted=$((unformatted + 1))
  fi
done

if [ "$unformatted" -gt 0 ]; then
  echo "check_format: $unformatted file(s) not formatted; run $format -i on them" >&2
  exit 1
fi
