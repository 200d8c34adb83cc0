#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# CSV import benchmark: generates a 1,000,000-row customer CSV (~110 MB, 18
# columns) once, then times `segmenta-cli inspect FILE --json` and pandas.read_csv
# on it in the same run (median of 3) and prints both times, the ratio and both
# peak memory figures.
#   benchmarks/bench_inspect.sh [BUILD_DIR] [--rows N] [--runs N] [--file PATH]
set -e
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/bench}
[ $# -gt 0 ] && shift
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$here/.." -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSEGMENTA_BUILD_GUI=OFF -DSEGMENTA_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target segmenta-cli bench_import >/dev/null
data=${SEGMENTA_BENCH_DATA:-${TMPDIR:-/tmp}/segmenta-bench}
exec /usr/bin/python3 "$here/bench_inspect.py" --cli "$build/app/segmenta-cli" \
  --import-bin "$build/benchmarks/bench_import" --file "$data/customers_1m.csv" "$@"
