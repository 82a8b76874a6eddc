#!/usr/bin/env bash
# A folder of filled questionnaires, the way a buyer collects them: offerlens ranking it.
#
#   benches/folder.sh [COPIES]      # default: 72 copies of the 7 sample questionnaires (504 files)
#
# Copies samples/questionnaires/* COPIES times into a temporary folder (each copy its own file
# name, so every file is read) and times, as a whole process, `offerlens rank FOLDER -f csv -o
# OUT`, and the floor: every sheet of every file read whole with calamine, one file after
# another, nothing else done (examples/bare_read FOLDER). Prints the median wall time and peak
# memory of RUNS=5 runs of each. Needs GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-72}
runs=${RUNS:-5}
[ -x /usr/bin/time ] || { echo "benches/folder.sh needs GNU time (/usr/bin/time)" >&2; exit 1; }
cargo build --release --quiet
cargo build --release --quiet --example bare_read
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/offers"
for i in $(seq "$copies"); do
  for f in samples/questionnaires/*; do
    cp "$f" "$work/offers/$i-$(basename "$f")"
  done
done
files=$(find "$work/offers" -type f | wc -l)
: > "$work/times"
: > "$work/bare"
for _ in $(seq "$runs"); do
  rm -f "$work/out.csv"
  # The samples hold answers offerlens reports as errors: the ranking is still written.
  /usr/bin/time -f "%e %M" -o "$work/time" target/release/offerlens rank "$work/offers" \
    -f csv -o "$work/out.csv" --no-timestamp >/dev/null 2>&1 || true
  [ -s "$work/out.csv" ] || { echo "no ranking written" >&2; exit 1; }
  cat "$work/time" >> "$work/times"
  /usr/bin/time -f "%e %M" -o "$work/time" target/release/examples/bare_read "$work/offers" >/dev/null
  cat "$work/time" >> "$work/bare"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wall=$(cut -d' ' -f1 "$work/times" | median)
peak=$(cut -d' ' -f2 "$work/times" | median)
bare=$(cut -d' ' -f1 "$work/bare" | median)
printf '%s questionnaires: %.3f s, %.0f MiB (median of %s runs)\n' "$files" "$wall" "$(echo "$peak / 1024" | bc -l)" "$runs"
printf 'bare read (calamine, every sheet, one file after another): %.3f s; offerlens / bare read %.2f\n' "$bare" "$(echo "$wall / $bare" | bc -l)"
