#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the screenshots of the four pages (docs/images/page-*.png) from an
# already built segmenta; it builds nothing. Each page is rendered offscreen on the
# bundled demo file (resources/demo), in English, with fresh settings and a fresh history in a
# temporary folder (the Drift page records the demo's months there).
#   docs/make_screenshots.sh [BUILD_DIR]      (default build/ci)
# Build the program first: cmake --build build/ci --target segmenta segmenta-cli
# Then look at every PNG before committing it.
set -eu
cd "$(dirname "$0")/.."
APP=${1:-build/ci}/app/segmenta
if [ ! -x "$APP" ]; then
    echo "make_screenshots: $APP not found; build it first (cmake --build ${1:-build/ci} --target segmenta)" >&2
    exit 2
fi
OUT=docs/images
mkdir -p "$OUT"
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT INT TERM

for page in data segments slices drift; do
    extra=""
    # The Segments page shows its results only after a run.
    [ "$page" = segments ] && extra="--find-segments"
    HOME=$SCRATCH/home XDG_CONFIG_HOME=$SCRATCH/config XDG_DATA_HOME=$SCRATCH/data \
    XDG_CACHE_HOME=$SCRATCH/cache XDG_RUNTIME_DIR=$SCRATCH/runtime QT_QPA_PLATFORM=offscreen \
    SEGMENTA_DEMO_DIR=$PWD/resources/demo \
        "$APP" --open "$PWD/resources/demo/customers.csv" --lang en --page "$page" $extra \
               --screenshot "$OUT/page-$page.png" 2>"$SCRATCH/stderr" || status=$?
    # The offscreen platform's note about size hints is noise; anything else is shown.
    grep -v 'does not support propagateSizeHints' "$SCRATCH/stderr" >&2 || true
    if [ "${status:-0}" -ne 0 ]; then echo "make_screenshots: segmenta failed on the $page page" >&2; exit 1; fi
    echo "make_screenshots: $OUT/page-$page.png"
done
