#!/usr/bin/env bash
# offerlens against the ranking a user would script in pandas, on generated offers.
#
#   benches/peers.sh [N ...]        # default: 100000; RUNS=5 runs each, interleaved
#
# For each size: writes N offers as CSV and xlsx (examples/make_offers), then times, as whole
# processes, `offerlens rank FILE -f csv -o OUT --max-rows 1000000` with the built-in sme profile, the pandas
# pipeline in benches/peers/pandas_pipeline.py (when python3 with pandas, numpy and
# python-calamine is there) and the bare read of the file (examples/bare_read: calamine's
# worksheet_range, or the csv crate's records). Prints medians of wall time and peak memory
# and the ratios offerlens / pandas and offerlens / bare read. Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-100000}")
runs=${RUNS:-5}
[ -x /usr/bin/time ] || { echo "benches/peers.sh needs GNU time (/usr/bin/time)" >&2; exit 1; }
cargo build --release --quiet
cargo build --release --quiet --example make_offers --example bare_read
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
have_pandas=0
python3 -c 'import pandas, numpy, python_calamine' 2>/dev/null && have_pandas=1

# One run: prints "seconds peak_kib".
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" \
    || { echo "failed: $*" >&2; cat "$work/err" >&2; exit 1; }
  cat "$work/time"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-8s %-5s %-10s %10s %10s\n' offers input program "wall s" "peak MiB"
for n in "${sizes[@]}"; do
  target/release/examples/make_offers "$n" "$work"
  for input in csv xlsx; do
    file="$work/offers-$n.$input"
    : > "$work/ol" ; : > "$work/pd" ; : > "$work/bare"
    for _ in $(seq "$runs"); do
      rm -f "$work/out.csv"
      measure target/release/offerlens rank "$file" -f csv -o "$work/out.csv" --no-timestamp --max-rows 1000000 >> "$work/ol"
      if [ "$have_pandas" = 1 ]; then
        measure python3 benches/peers/pandas_pipeline.py "$file" "$work/pandas.csv" >> "$work/pd"
      fi
      measure target/release/examples/bare_read "$file" >> "$work/bare"
    done
    for who in ol pd bare; do
      [ -s "$work/$who" ] || continue
      wall=$(cut -d' ' -f1 "$work/$who" | median)
      peak=$(cut -d' ' -f2 "$work/$who" | median)
      printf -v "wall_$who" '%s' "$wall"
      name=$(case $who in ol) echo offerlens;; pd) echo pandas;; bare) echo bare-read;; esac)
      printf '%-8s %-5s %-10s %10.2f %10.0f\n' "$n" "$input" "$name" "$wall" "$(echo "$peak / 1024" | bc -l)"
    done
    if [ "$have_pandas" = 1 ]; then
      printf '%-8s %-5s offerlens / pandas    %.2f\n' "$n" "$input" "$(echo "$wall_ol / $wall_pd" | bc -l)"
    fi
    printf '%-8s %-5s offerlens / bare read %.2f\n' "$n" "$input" "$(echo "$wall_ol / $wall_bare" | bc -l)"
  done
done
[ "$have_pandas" = 1 ] || echo "(pandas, numpy or python-calamine missing: the pandas pipeline was not run)"
