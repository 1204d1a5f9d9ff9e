#!/usr/bin/env bash
#! Installs, once per machine, every tool the build and the tests need, into a
#! cache outside the clone; sourced by serve.sh and test.sh so both start with
#! the same PATH. Each step says what it does and how long it took.
#
# Why a cache outside the clone: CI clones afresh on every run, and building
# Trunk alone takes about 10 minutes on 2 cores. Override the place with
# CIRCULATION_TOOLS=/some/dir.
#
# CIRCULATION_SETUP=build (serve.sh) installs only what building and
# serving need, all without root: no browsers, no WebDriver servers.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${CIRCULATION_TOOLS:-$HOME/.cache/circulation-check}"
TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
mkdir -p "$TOOLS"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }
fail() { printf '\033[1;31m[setup] %s\033[0m\n' "$*" >&2; exit 1; }

# step NAME CMD... runs CMD and reports how long it took.
step() {
  local name="$1" t0=$SECONDS
  shift
  say "$name ..."
  "$@"
  say "$name: done in $((SECONDS - t0)) s"
}

need_cmd() {
  command -v "$1" >/dev/null 2>&1 || fail "'$1' is missing. $2"
}

need_cmd cargo "Install Rust with rustup (stable), then run this command again."
need_cmd rustup "Install Rust with rustup (stable), then run this command again."
need_cmd node "Install Node.js 20 or newer (Debian: apt-get install nodejs npm), then run this command again."
need_cmd npm "Install npm (Debian: apt-get install npm), then run this command again."

# --- Debian packages: browsers and their WebDriver servers ------------------
# Three engines: Chromium; Firefox (ESR; its driver is built below); WebKit,
# as WebKitGTK's MiniBrowser (in libwebkit2gtk-4.1-0) driven by
# WebKitWebDriver, drawing on a virtual X display (Xvfb) as it has no
# headless mode.
APT_PACKAGES=(chromium chromium-driver firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb)
FOR_TESTS=true
[ "${CIRCULATION_SETUP:-}" = build ] && FOR_TESTS=false && APT_PACKAGES=()
apt_missing=()
for p in "${APT_PACKAGES[@]+"${APT_PACKAGES[@]}"}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || apt_missing+=("$p")
done
if ((${#apt_missing[@]})); then
  if [ "$(id -u)" = 0 ]; then SUDO=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"
  else fail "Debian packages missing: ${apt_missing[*]}. Run as root: apt-get update && apt-get install -y ${apt_missing[*]}"
  fi
  install_apt() {
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_missing[@]}" >/dev/null
  }
  step "apt-get install ${apt_missing[*]}" install_apt
fi

# --- Rust: the toolchain rust-toolchain.toml pins, with its wasm target -----
# rustup picks the pin up from the project directory, so every rustup and
# cargo call here runs there: the tools built below use the pinned compiler
# too. (A subshell each: this file is sourced and must not move the caller.)
in_root() { (cd "$ROOT" && "$@"); }
RUST_PIN="$(sed -n 's/^channel *= *"\([^"]*\)".*/\1/p' "$ROOT/rust-toolchain.toml")"
[ -n "$RUST_PIN" ] || fail "Cannot read the channel from rust-toolchain.toml."
# Never a silent download: rustup would otherwise install the pin on the
# first proxy call in this directory, or fail there without saying why.
export RUSTUP_AUTO_INSTALL=0
RUST_HOST="$(rustc +stable -vV 2>/dev/null | sed -n 's/^host: //p')"
PIN_DIR="${RUSTUP_HOME:-$HOME/.rustup}/toolchains/$RUST_PIN-${RUST_HOST:-x}"
# freeze_copy FROM: makes the pinned toolchain a hard-linked copy of FROM,
# which must be exactly the pinned release. A copy, not a link: `rustup
# update stable` replaces stable's files and would turn a link named
# 1.95.0 into another compiler under the pin's name; the copy's files
# stay the pinned release (hard links cost no space).
freeze_copy() {
  rm -rf "$PIN_DIR.tmp" && cp -al "$(realpath "$1")" "$PIN_DIR.tmp"
  rm -rf "$PIN_DIR" && mv "$PIN_DIR.tmp" "$PIN_DIR"
}
if [ -L "$PIN_DIR" ] && [ "$("$PIN_DIR/bin/rustc" --version 2>/dev/null | cut -d' ' -f2)" = "$RUST_PIN" ]; then
  # An older setup linked the pin to stable: make it a copy while stable
  # still is the pinned release.
  step "Rust $RUST_PIN: a copy in place of the link to stable" freeze_copy "$PIN_DIR"
fi
if ! rustup toolchain list | grep -q "^$RUST_PIN-"; then
  if rustc +stable --version 2>/dev/null | grep -q "^rustc $RUST_PIN "; then
    # The machine's stable is the pinned release: copy it under the pinned
    # name instead of downloading it again (this network reaches package
    # registries only; rustup refuses a version number as a link name).
    step "Rust $RUST_PIN: a copy of the installed stable toolchain" freeze_copy "${RUSTUP_HOME:-$HOME/.rustup}/toolchains/stable-$RUST_HOST"
  else
    step "rustup toolchain install $RUST_PIN" in_root rustup toolchain install
  fi
fi
# Whatever answers to the pin's name must be the pinned compiler.
PIN_SEEN="$(in_root rustc --version 2>/dev/null | cut -d' ' -f2)"
[ "$PIN_SEEN" = "$RUST_PIN" ] || fail "rust-toolchain.toml pins $RUST_PIN, but the toolchain of that name is rustc $PIN_SEEN. Remove $PIN_DIR and run this command again."
if ! in_root rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown" in_root rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! in_root rustup component list --installed | grep -q "^$component-"; then
    step "rustup component add $component" in_root rustup component add "$component"
  fi
done

# --- Trunk (0.22 needs a newer rustc than the machine's) ---------------------
TRUNK_DIR="$TOOLS/trunk-$TRUNK_VERSION"
if [ ! -x "$TRUNK_DIR/bin/trunk" ]; then
  step "cargo install trunk $TRUNK_VERSION (about 10 minutes, once per machine)" \
    in_root cargo install trunk --version "$TRUNK_VERSION" --locked --root "$TRUNK_DIR" --quiet
fi

# --- geckodriver, Firefox's WebDriver server: from the crates registry -------
GECKO_DIR="$TOOLS/geckodriver-$GECKODRIVER_VERSION"
if $FOR_TESTS && [ ! -x "$GECKO_DIR/bin/geckodriver" ]; then
  install_geckodriver() {
    # --locked first (the versions geckodriver was released with); without it
    # should a locked dependency ever be missing from the registry mirror.
    in_root cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --root "$GECKO_DIR" --quiet ||
      in_root cargo install geckodriver --version "$GECKODRIVER_VERSION" --root "$GECKO_DIR" --quiet
  }
  step "cargo install geckodriver $GECKODRIVER_VERSION (about 2 minutes, once per machine)" install_geckodriver
fi

# --- wasm-bindgen-cli: must equal the wasm-bindgen in Cargo.lock exactly ----
WBG_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
[ -n "$WBG_VERSION" ] || fail "Cannot read the wasm-bindgen version from Cargo.lock."
WBG_DIR="$TOOLS/wasm-bindgen-$WBG_VERSION"
if [ ! -x "$WBG_DIR/bin/wasm-bindgen-test-runner" ]; then
  # Not --locked: one locked dependency is missing from the registry mirror.
  step "cargo install wasm-bindgen-cli $WBG_VERSION (a few minutes, once per machine)" \
    in_root cargo install wasm-bindgen-cli --version "$WBG_VERSION" --root "$WBG_DIR" --quiet
fi

# --- Node packages (binaryen's wasm-opt, axe-core), pinned by the lockfile ---
LOCK_HASH="$(cat "$ROOT/package.json" "$ROOT/package-lock.json" | sha256sum | cut -c1-16)"
NODE_DIR="$TOOLS/node-$LOCK_HASH"
if [ ! -f "$NODE_DIR/.complete" ]; then
  install_node() {
    rm -rf "$NODE_DIR" && mkdir -p "$NODE_DIR"
    cp "$ROOT/package.json" "$ROOT/package-lock.json" "$NODE_DIR/"
    (cd "$NODE_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    touch "$NODE_DIR/.complete"
  }
  step "npm ci (binaryen, axe-core)" install_node
fi

export PATH="$TRUNK_DIR/bin:$WBG_DIR/bin:$GECKO_DIR/bin:$NODE_DIR/node_modules/.bin:$PATH"
export CIRCULATION_NODE_MODULES="$NODE_DIR/node_modules"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROME_BIN="${CHROME_BIN:-/usr/bin/chromium}"
# Not GECKODRIVER: wasm-bindgen-test-runner prefers it over CHROMEDRIVER, so
# test.sh sets it for the Firefox step only.
export CIRCULATION_GECKODRIVER="$GECKO_DIR/bin/geckodriver"
export FIREFOX_BIN="${FIREFOX_BIN:-/usr/bin/firefox-esr}"
# Trunk must not try to download tools: this network reaches package registries only.
export TRUNK_OFFLINE=true
