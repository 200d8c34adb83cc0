#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Drift benchmark: exact drift between two generated 1,000,000-row files on 13
# columns (10 numeric, 3 categorical), Segmenta vs SciPy/numpy in the same run
# (both timed after reading the files, median of RUNS), then recording a
# snapshot against importing the same file.
#   benchmarks/bench_drift.sh [--record] [BUILD_DIR] [ROWS] [RUNS]
# --record: only the recording part. Recording is timed in max(RUNS, 7) rounds
# of import alone, import + fingerprint and import + record back to back, in a
# rotating order; the verdict is the median of each round's own overhead.
set -e
only_record=0
if [ "$1" = "--record" ]; then only_record=1; shift; fi
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/bench}
rows=${2:-1000000}
runs=${3:-3}
recruns=$runs
[ "$recruns" -lt 7 ] && recruns=7
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$here/.." -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSEGMENTA_BUILD_GUI=OFF -DSEGMENTA_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target bench_drift >/dev/null
data=${TMPDIR:-/tmp}/segmenta_bench_drift_$rows
[ -f "$data/cur.csv" ] || "$build/benchmarks/bench_drift" --gen "$data" "$rows"
rec=$("$build/benchmarks/bench_drift" --record "$data/ref.csv" "$recruns")
val() { echo "$rec" | awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }'; }
i=$(echo "$rec" | awk '/^import_seconds/ {print $2}')
r=$(echo "$rec" | awk '/^record_seconds/ {print $2}')
b=$(echo "$rec" | awk '/^db_bytes/ {print $2}')
f=$(echo "$rec" | awk '/^fingerprint_seconds/ {print $2}')
w=$(echo "$rec" | awk '/^summaries_and_write_seconds/ {print $2}')
op=$(echo "$rec" | awk '/^open_seconds/ {print $2}')
cl=$(echo "$rec" | awk '/^close_seconds/ {print $2}')
ex=$(echo "$rec" | awk '/^open_record_close_existing_seconds/ {print $2}')
exc=$(echo "$rec" | awk '/^open_record_close_existing_cpu_seconds/ {print $2}')
sha=$(echo "$rec" | awk '/^sha256/ {print $2}')
ic=$(echo "$rec" | awk '/^import_cpu_seconds/ {print $2}')
rc=$(echo "$rec" | awk '/^record_cpu_seconds/ {print $2}')
rp=$(echo "$rec" | awk '/^record_paired_seconds/ {print $2}')
rpc=$(echo "$rec" | awk '/^record_paired_cpu_seconds/ {print $2}')
rpp=$(val record_paired_percent)
rpcp=$(val record_paired_cpu_percent)
each=$(val record_paired_percent_each)
mid=$(val record_paired_percent_middle_half)
irc=$(val import_and_record_cpu_seconds)
fps=$(val fingerprint_paired_seconds)
fpc=$(val fingerprint_paired_cpu_seconds)
pi=$(val phase_import_seconds)
pw=$(val phase_open_wait_seconds)
pr=$(val phase_record_seconds)
pcl=$(val phase_close_seconds)
prc=$(val phase_record_cpu_seconds)
pclc=$(val phase_close_cpu_seconds)
eo=$(val existing_open_seconds)
er=$(val existing_record_seconds)
report_record() {
  echo "import the file:          ${i} s (median of $recruns)"
  echo "record a snapshot:        ${r} s more than importing alone (as segmenta-cli record: SHA-256 of the import's bytes while it parses, open, summaries, write, close; history file ${b} bytes)"
  echo "  on their own: SHA-256 (${sha}) reading the file ${f} s, open a new history ${op} s, summaries + SQLite ${w} s, close ${cl} s"
  echo "  inside the record runs: import + SHA-256 ${pi} s, waiting for the open ${pw} s, summaries + SQLite ${pr} s (CPU ${prc} s), close ${pcl} s (CPU ${pclc} s)"
  echo "  the SHA-256 beside the import alone adds ${fps} s (CPU ${fpc} s), median of each round's pair"
  echo "  a further month into that history (its drift judged and stored too): open + record + close ${ex} s (CPU ${exc} s; open ${eo} s, record ${er} s)"
  awk -v i="$i" -v r="$r" 'BEGIN { printf "recording adds:           %.1f %% to the import\n", 100 * r / i }'
  awk -v i="$i" -v r="$rp" -v c="$rpc" 'BEGIN { printf "  per-run pairs:          %.4f s (%.1f %%), CPU %.4f s (median of each run'"'"'s own difference)\n", r, 100 * r / i, c }'
  echo "recording adds, median of $recruns rounds' own pairs: ${rpp} % wall (${rp} s), ${rpcp} % CPU (${rpc} s); middle half of the rounds from ${mid% *} to ${mid#* } %; each round: ${each} %"
  echo "CPU time (user+sys, both cores): import ${ic} s, import + record ${irc} s, recording adds ${rc} s"
  awk -v i="$ic" -v r="$rc" 'BEGIN { printf "recording adds (CPU):     %.1f %% to the import\n", 100 * r / i }'
  echo "load average:             $(cut -d' ' -f1-3 /proc/loadavg)"
}
if [ "$only_record" = 1 ]; then report_record; exit 0; fi
ours=$("$build/benchmarks/bench_drift" --drift "$data/ref.csv" "$data/cur.csv" "$runs")
peer=$(/usr/bin/python3 "$here/bench_drift.py" "$data/ref.csv" "$data/cur.csv" "$runs")
o=$(echo "$ours" | awk '/^drift_seconds/ {print $2}')
oc=$(echo "$ours" | awk '/^drift_cpu_seconds/ {print $2}')
p=$(echo "$peer" | awk '/^scipy_seconds/ {print $2}')
pc=$(echo "$peer" | awk '/^scipy_cpu_seconds/ {print $2}')
echo "rows per file:            $rows (13 columns)"
echo "Segmenta exact drift:     ${o} s (median of $runs)"
echo "SciPy/numpy same tests:   ${p} s (median of $runs)"
awk -v o="$o" -v p="$p" 'BEGIN { printf "speed-up (wall clock):    %.1fx\n", p / o }'
echo "CPU time: Segmenta ${oc} s (both cores), SciPy ${pc} s"
awk -v o="$oc" -v p="$pc" 'BEGIN { printf "speed-up (CPU time):      %.1fx\n", p / o }'
report_record
