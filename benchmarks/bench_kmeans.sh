#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# k-means benchmark: builds the C++ timer, then times Segmenta and scikit-learn
# (reference BLAS and OpenBLAS) on the same generated matrix and prints the ratios.
#   benchmarks/bench_kmeans.sh [BUILD_DIR] [extra bench_kmeans.py options]
set -e
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/bench}
[ $# -gt 0 ] && shift
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$here/.." -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSEGMENTA_BUILD_GUI=OFF -DSEGMENTA_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target bench_kmeans >/dev/null
exec /usr/bin/python3 "$here/bench_kmeans.py" --bin "$build/benchmarks/bench_kmeans" "$@"
