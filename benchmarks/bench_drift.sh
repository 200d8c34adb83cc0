#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Drift benchmark: exact drift between two generated 1,000,000-row files on 13
# columns (10 numeric, 3 categorical), Segmenta vs SciPy/numpy in the same run
# (both timed after reading the files, median of RUNS), then recording a
# snapshot against importing the same file.
#   benchmarks/bench_drift.sh [BUILD_DIR] [ROWS] [RUNS]
set -e
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/bench}
rows=${2:-1000000}
runs=${3:-3}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$here/.." -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSEGMENTA_BUILD_GUI=OFF -DSEGMENTA_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target bench_drift >/dev/null
data=${TMPDIR:-/tmp}/segmenta_bench_drift_$rows
[ -f "$data/cur.csv" ] || "$build/benchmarks/bench_drift" --gen "$data" "$rows"
ours=$("$build/benchmarks/bench_drift" --drift "$data/ref.csv" "$data/cur.csv" "$runs")
peer=$(/usr/bin/python3 "$here/bench_drift.py" "$data/ref.csv" "$data/cur.csv" "$runs")
rec=$("$build/benchmarks/bench_drift" --record "$data/ref.csv" "$runs")
o=$(echo "$ours" | awk '/^drift_seconds/ {print $2}')
oc=$(echo "$ours" | awk '/^drift_cpu_seconds/ {print $2}')
p=$(echo "$peer" | awk '/^scipy_seconds/ {print $2}')
pc=$(echo "$peer" | awk '/^scipy_cpu_seconds/ {print $2}')
i=$(echo "$rec" | awk '/^import_seconds/ {print $2}')
r=$(echo "$rec" | awk '/^record_seconds/ {print $2}')
b=$(echo "$rec" | awk '/^db_bytes/ {print $2}')
echo "rows per file:            $rows (13 columns)"
echo "Segmenta exact drift:     ${o} s (median of $runs)"
echo "SciPy/numpy same tests:   ${p} s (median of $runs)"
awk -v o="$o" -v p="$p" 'BEGIN { printf "speed-up (wall clock):    %.1fx\n", p / o }'
echo "CPU time: Segmenta ${oc} s (both cores), SciPy ${pc} s"
awk -v o="$oc" -v p="$pc" 'BEGIN { printf "speed-up (CPU time):      %.1fx\n", p / o }'
echo "import the file:          ${i} s"
echo "record a snapshot:        ${r} s (history file ${b} bytes)"
awk -v i="$i" -v r="$r" 'BEGIN { printf "recording adds:           %.1f %% to the import\n", 100 * r / i }'
