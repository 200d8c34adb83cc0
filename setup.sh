#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Segmenta's two quick-start commands (run as root on Debian 12; safe to repeat):
#   ./setup.sh demo   install what is missing, build, open the app on the demo data
#                     (headless: print the demo summary and save a screenshot)
#   ./setup.sh test   install what is missing, build, run every test headless
set -euo pipefail
cd "$(dirname "$0")"
SOURCE_DIR=$PWD

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

build() {   # $1 = preset
  echo "== Configuring and building (preset $1)"
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1" -j"$(nproc)"
}

case "${1:-}" in
  demo)
    install_packages
    build release
    BIN=$SOURCE_DIR/build/release/app
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
    install_packages
    build "${SEGMENTA_PRESET:-ci}"
    echo "== Running every test headless"
    QT_QPA_PLATFORM=offscreen ctest --preset "${SEGMENTA_PRESET:-ci}" -j"$(nproc)"
    ;;
  *)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac
