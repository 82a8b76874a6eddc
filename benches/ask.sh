#!/usr/bin/env bash
# What to ask each vendor, on a large comparison: `ask` as e-mails and as JSON on generated
# offers (about 40 questions each), beside `rank -f json` on the same offers as the yardstick.
#
#   benches/ask.sh [N]      # default: 10000 offers; RUNS=5 runs each
#
# Prints the median wall time and peak memory of each, as whole processes. Needs GNU time.
# Letters are made 256 offers at a time and written as they are made: the peak stays flat as
# N grows.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
runs=${RUNS:-5}
[ -x /usr/bin/time ] || { echo "benches/ask.sh needs GNU time (/usr/bin/time)" >&2; exit 1; }
cargo build --release --quiet
cargo build --release --quiet --example make_offers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/examples/make_offers "$n" "$work" >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  local name=$1; shift
  : > "$work/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" target/release/offerlens "$@" >/dev/null 2>&1
    cat "$work/time" >> "$work/times"
  done
  wall=$(cut -d' ' -f1 "$work/times" | median)
  peak=$(cut -d' ' -f2 "$work/times" | median)
  printf '%s offers, %-14s %.2f s, %.0f MiB (median of %s runs)\n' "$n" "$name" "$wall" "$(echo "$peak / 1024" | bc -l)" "$runs"
}
measure "ask (text)" ask "$work/offers-$n.csv"
measure "ask -f json" ask "$work/offers-$n.csv" -f json
measure "rank -f json" rank "$work/offers-$n.csv" -f json --no-timestamp
