#!/usr/bin/env bash
#! The size and load benchmark: builds the release, prints every file a
#! storefront downloads (raw, gzip, brotli, totals), then times the widget in
#! headless Chromium (e2e/examples/bench.rs): navigation to the start screen,
#! Start to the first question, answer to next question over a whole quiz,
#! memory after it; fresh session per run, unthrottled and 4x CPU throttled.
#! Prints figures; asserts nothing (the size budget is in test.sh).

set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
set +e
cd "$ROOT"

printf '\n\033[1m== build\033[0m\n'
trunk build --release || exit 1
printf '\n\033[1m== download size\033[0m\n'
node scripts/sizes.mjs dist || exit 1
printf '\n\033[1m== load and interaction\033[0m\n'
# Debug build: the harness only drives the browser, and its test build is reused.
cargo run --quiet -p circulation-e2e --example bench
