#!/usr/bin/env bash
# The xlsx export of a large comparison against the floor of the workbook library.
#
#   benches/xlsx_export.sh [N]      # default: 20000 offers; RUNS=3 runs each, interleaved
#
# Writes N offers as CSV (examples/make_offers), then times, as whole processes, `offerlens
# rank FILE -f xlsx -o OUT` with the built-in sme profile (five sheets; the Breakdown sheet
# holds N × 49 rows of nine cells) and examples/bare_write N: rust_xlsxwriter writing a sheet of
# the Breakdown's shape, each cell with its format, constant-memory mode, and nothing else
# computed. Prints medians of wall time and peak memory and their ratio. Needs GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
runs=${RUNS:-3}
[ -x /usr/bin/time ] || { echo "benches/xlsx_export.sh needs GNU time (/usr/bin/time)" >&2; exit 1; }
cargo build --release --quiet
cargo build --release --quiet --example make_offers --example bare_write
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/examples/make_offers "$n" "$work" >/dev/null

measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" \
    || { echo "failed: $*" >&2; cat "$work/err" >&2; exit 1; }
  cat "$work/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: > "$work/ol" ; : > "$work/bare"
for _ in $(seq "$runs"); do
  rm -f "$work/out.xlsx" "$work/bare.xlsx"
  measure target/release/offerlens rank "$work/offers-$n.csv" -f xlsx -o "$work/out.xlsx" \
    --no-timestamp --max-rows 1000000 >> "$work/ol"
  measure target/release/examples/bare_write "$n" "$work/bare.xlsx" >> "$work/bare"
done
printf '%-8s %-24s %10s %10s\n' offers program "wall s" "peak MiB"
for who in ol bare; do
  wall=$(cut -d' ' -f1 "$work/$who" | median)
  peak=$(cut -d' ' -f2 "$work/$who" | median)
  printf -v "wall_$who" '%s' "$wall"
  name=$(case $who in ol) echo "offerlens -f xlsx";; bare) echo "bare write (library)";; esac)
  printf '%-8s %-24s %10.2f %10.0f\n' "$n" "$name" "$wall" "$(echo "$peak / 1024" | bc -l)"
done
printf '%-8s offerlens / bare write %.2f\n' "$n" "$(echo "$wall_ol / $wall_bare" | bc -l)"
