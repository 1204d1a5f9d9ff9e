#!/usr/bin/env bash
#! How much the Shopify app block lowers a product page's Lighthouse score:
#! renders the same product page with and without the block
#! (shopify/test/render.mjs), serves it on loopback with the extension's
#! assets on a second, CDN-like origin (CORS, gzip), runs Lighthouse's
#! mobile performance audit on each page LIGHTHOUSE_RUNS times (default 5,
#! alternating pages) in the machine's Chromium, and prints the median score,
#! FCP, LCP, TBT, CLS and Speed Index per page, the difference, and whether
#! it meets Shopify's "at most 10 points lower". Figures also go to
#! target/lighthouse.json. Measures, asserts nothing, builds nothing: build
#! first. About 12 s per Lighthouse run on 2 cores: 2 minutes at 5 runs.
#! LIGHTHOUSE_PAGES=DIR measures the two pages already in DIR instead of
#! rendering them; LIGHTHOUSE_ASSETS=DIR serves other built assets (such as
#! dist/circulation-check/v1).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${CIRCULATION_TOOLS:-$HOME/.cache/circulation-check}"
ASSETS="${LIGHTHOUSE_ASSETS:-$ROOT/shopify/extensions/circulation-check/assets}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

say() { printf '\033[1m[lighthouse]\033[0m %s\n' "$*" >&2; }
fail() { printf '\033[1;31m[lighthouse] %s\033[0m\n' "$*" >&2; exit 1; }

command -v node >/dev/null || fail "'node' is missing: install Node.js 20 or newer."
command -v npm >/dev/null || fail "'npm' is missing: install npm."
[ -x "$CHROME_PATH" ] || fail "No Chromium at $CHROME_PATH: apt-get install chromium (scripts/setup.sh does), or set CHROME_PATH."
[ -f "$ASSETS/circulation-check.js" ] || fail "No $ASSETS/circulation-check.js: build first: trunk build --release (through scripts/setup.sh)."

# Lighthouse, pinned by its own lockfile, installed once per machine into
# the tools cache outside the clone, as setup.sh does for its Node packages.
# No browser comes with it: CHROME_PATH above is the one it starts.
LOCK_HASH="$(cat "$ROOT/scripts/lighthouse/package.json" "$ROOT/scripts/lighthouse/package-lock.json" | sha256sum | cut -c1-16)"
LH_DIR="$TOOLS/lighthouse-$LOCK_HASH"
if [ ! -f "$LH_DIR/.complete" ]; then
  say "npm ci (lighthouse) into $LH_DIR ..."
  rm -rf "$LH_DIR" && mkdir -p "$LH_DIR"
  cp "$ROOT/scripts/lighthouse/package.json" "$ROOT/scripts/lighthouse/package-lock.json" "$LH_DIR/"
  (cd "$LH_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  touch "$LH_DIR/.complete"
fi
export PATH="$LH_DIR/node_modules/.bin:$PATH"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
if [ -n "${LIGHTHOUSE_PAGES:-}" ]; then
  PAGES="$LIGHTHOUSE_PAGES"
else
  [ -f "$ROOT/shopify/test/render.mjs" ] ||
    fail "No shopify/test/render.mjs, which renders the product pages to measure. Set LIGHTHOUSE_PAGES=DIR to measure product-with-block.html and product-without-block.html from DIR instead."
  # render.mjs takes LiquidJS from the project's Node packages, which
  # setup.sh installs; found here as setup.sh names them (lockfile hash), so
  # this script need not source setup.sh (it checks the whole toolchain).
  if [ -z "${CIRCULATION_NODE_MODULES:-}" ]; then
    NODE_DIR="$TOOLS/node-$(cat "$ROOT/package.json" "$ROOT/package-lock.json" | sha256sum | cut -c1-16)"
    [ -f "$NODE_DIR/.complete" ] || fail "The project's Node packages (LiquidJS, for render.mjs) are not installed: run bash scripts/setup.sh first."
    export CIRCULATION_NODE_MODULES="$NODE_DIR/node_modules"
  fi
  PAGES="$WORK/pages"
  node "$ROOT/shopify/test/render.mjs" "$PAGES" >/dev/null || fail "shopify/test/render.mjs failed."
fi
for page in product-with-block.html product-without-block.html; do
  [ -f "$PAGES/$page" ] || fail "No $PAGES/$page to measure."
done
# The CDN: the copy the renderer makes next to its pages (assets, pictures/),
# else the assets folder with the demo shop's pictures.
if [ -d "$PAGES/cdn" ] && [ -z "${LIGHTHOUSE_ASSETS:-}" ]; then
  ASSETS="$PAGES/cdn" PICTURES="$PAGES/cdn/pictures"
else
  PICTURES="$ROOT/demo/pictures"
fi

say "measuring the pages in $PAGES, CDN files from $ASSETS"
node "$ROOT/scripts/lighthouse/run.mjs" "$PAGES" "$ASSETS" "$PICTURES" "$ROOT/target/lighthouse.json"
say "figures written to target/lighthouse.json"
