#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Segmenta's two quick-start commands (run as root on Debian 12; safe to repeat):
#   ./setup.sh demo   install what is missing, build the two programs, open the app on
#                     the demo data (headless: print the demo summary and save a screenshot)
#   ./setup.sh test   install what is missing, build everything, run every test headless
# Both build in build/ci (the CI preset), so `demo` then `test` compiles each object once.
set -euo pipefail
cd "$(dirname "$0")"
SOURCE_DIR=$PWD
PRESET=${SEGMENTA_PRESET:-ci}
# ccache keys on paths relative to the checkout, so clones in other folders share its cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$SOURCE_DIR}

APT_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config file dpkg-dev
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libxkbcommon-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libeigen3-dev libsqlite3-dev sqlite3 libfast-float-dev nlohmann-json3-dev libboost-dev
  xvfb xauth imagemagick fonts-dejavu-core
  python3 python3-sklearn python3-scipy python3-pandas
  postgresql libxml2-utils
)

install_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== Installing ${#missing[@]} Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# Runs one step and says how long it took.
timed() {   # $1 = what, then the command
  local what=$1 start=$SECONDS
  shift
  "$@"
  echo "== $what took $((SECONDS - start)) s"
}

build() {   # targets to build (none: everything)
  echo "== Configuring and building (preset $PRESET${1:+, targets: $*})"
  cmake --preset "$PRESET" >/dev/null
  cmake --build --preset "$PRESET" -j"$(nproc)" ${1:+--target "$@"}
}

case "${1:-}" in
  demo)
    timed "Installing packages" install_packages
    timed "Building the two programs" build segmenta segmenta-cli
    BIN=$SOURCE_DIR/build/$PRESET/app
    DEMO=$SOURCE_DIR/resources/demo/customers.csv
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      echo "== Opening Segmenta on the demo data"
      exec "$BIN/segmenta" --demo
    fi
    echo "== No display found: running the demo headless instead."
    "$BIN/segmenta-cli" inspect "$DEMO"
    SHOT=$SOURCE_DIR/build/segmenta-demo.png
    QT_QPA_PLATFORM=offscreen "$BIN/segmenta" --demo --screenshot "$SHOT"
    echo "== Screenshot of the main window: $SHOT"
    ;;
  test)
    timed "Installing packages" install_packages
    timed "Building everything" build
    echo "== Running every test headless"
    timed "Running the tests" env QT_QPA_PLATFORM=offscreen ctest --preset "$PRESET" -j"$(nproc)"
    ;;
  *)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac
