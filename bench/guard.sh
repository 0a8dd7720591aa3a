#!/usr/bin/env bash
# The regression guard CI runs (issue 14): CPU time per page may grow by at most 1.3x from 1,000 to 10,000 pages,
# both with the bench's 1,000 entities and auto-linking on. Whole builds of the Release binary (as bench/run.sh
# publishes it), the median of $RUNS each, interleaved, so a busy machine slows both sizes alike. CPU time (user +
# system, from bash's `time`) rather than wall time, because other processes do not add to it.
#   bash bench/guard.sh                 # prints one line, exits 1 when the growth is above the limit
#   RUNS=5 MAX_GROWTH=1.3 bash bench/guard.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh

RUNS=${RUNS:-3}
MAX_GROWTH=${MAX_GROWTH:-1.3}
work=$(mktemp -d /tmp/treatyexplainer-guard.XXXXXX)
trap 'rm -rf "$work"' EXIT

publish_release "$work/bin"
bin="$work/bin/TreatyExplainer"
for pages in 1000 10000; do
  "$bin" bench-corpus --pages "$pages" --entities 1000 --out "$work/corpus-$pages" --theme theme >/dev/null
done

# CPU seconds of one build, and the pages it wrote.
build() { # pages
  local TIMEFORMAT='%U %S' cpu written
  cpu=$( { time "$bin" build --root "$work/corpus-$1" --output "$work/out-$1" --today 2026-12-02 >"$work/build.log" 2>&1; } 2>&1 )
  written=$(sed -nE 's/^Wrote ([0-9]+) pages.*/\1/p' "$work/build.log")
  [ -n "$written" ] || { echo "the $1-page build failed:" >&2; tail -n 5 "$work/build.log" >&2; exit 1; }
  awk -v c="$cpu" -v w="$written" 'BEGIN { split(c, t, " "); printf "%.6f\n", (t[1] + t[2]) * 1000 / w }'
}

small="" large=""
for _ in $(seq "$RUNS"); do
  small="$small$(build 1000)"$'\n'
  large="$large$(build 10000)"$'\n'
done
small=$(printf '%s' "$small" | median)
large=$(printf '%s' "$large" | median)
awk -v s="$small" -v l="$large" -v max="$MAX_GROWTH" -v runs="$RUNS" 'BEGIN {
  growth = l / s
  printf "Guard: CPU per page %.3f ms at 1,000 pages, %.3f ms at 10,000 pages (median of %d): %.2fx growth, limit %.2fx: %s\n",
    s, l, runs, growth, max, growth <= max ? "passed" : "FAILED"
  exit growth <= max ? 0 : 1
}'
