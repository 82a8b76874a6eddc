#!/usr/bin/env bash
# The reports of a large comparison: `rank -f html` and `rank -f md` on generated offers, with
# "how sure is this?" worked out (the reports do that up to 1 000 ranked offers).
#
#   benches/report.sh [N]      # default: 1000 offers; RUNS=5 runs each
#
# Prints the median wall time and peak memory of each, as whole processes. Needs GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
runs=${RUNS:-5}
[ -x /usr/bin/time ] || { echo "benches/report.sh needs GNU time (/usr/bin/time)" >&2; exit 1; }
cargo build --release --quiet
cargo build --release --quiet --example make_offers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/examples/make_offers "$n" "$work" >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for format in html md; do
  : > "$work/times"
  for _ in $(seq "$runs"); do
    rm -f "$work/report.$format"
    /usr/bin/time -f "%e %M" -o "$work/time" target/release/offerlens rank "$work/offers-$n.csv" \
      -f "$format" -o "$work/report.$format" --no-timestamp >/dev/null 2>&1
    cat "$work/time" >> "$work/times"
  done
  wall=$(cut -d' ' -f1 "$work/times" | median)
  peak=$(cut -d' ' -f2 "$work/times" | median)
  printf '%s offers, -f %-4s %.2f s, %.0f MiB (median of %s runs)\n' "$n" "$format" "$wall" "$(echo "$peak / 1024" | bc -l)" "$runs"
done
