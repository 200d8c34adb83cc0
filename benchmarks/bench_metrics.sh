#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Per-slice metrics benchmark: generates a 1,000,000-row file with 12 slices once,
# then times Segmenta (all metrics overall and per slice) and scikit-learn's
# functions in the same run (median of 3) and prints the ratio.
#   benchmarks/bench_metrics.sh [BUILD_DIR] [--rows N] [--runs N] [--file PATH]
set -e
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/bench}
[ $# -gt 0 ] && shift
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$here/.." -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSEGMENTA_BUILD_GUI=OFF -DSEGMENTA_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target bench_metrics >/dev/null
data=${SEGMENTA_BENCH_DATA:-${TMPDIR:-/tmp}/segmenta-bench}
exec /usr/bin/python3 "$here/bench_metrics.py" --bin "$build/benchmarks/bench_metrics" \
  --file "$data/metrics_1m.csv" "$@"
