#!/usr/bin/env bash
#! The size and load benchmark: builds the release, prints every file a
#! storefront downloads (raw, gzip, brotli, totals), then measures in headless
#! Chromium what a shopper feels (e2e/examples/bench.rs): the first screen
#! painted against a static floor page, Start pressed early and when the app
#! is ready, layout shift across the load, answer to next question, memory;
#! unthrottled and at a phone setting (4x CPU, slow 4G), files gzip-encoded.
#! Prints figures and a verdict per target; asserts nothing (the size budget
#! is in test.sh). BENCH_RUNS=N changes the 9 runs per setting,
#! BENCH_SETTINGS=phone (or unthrottled) runs one setting.

set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
set +e
cd "$ROOT"

printf '\n\033[1m== build\033[0m\n'
trunk build --release || exit 1
printf '\n\033[1m== download size\033[0m\n'
node scripts/sizes.mjs dist || exit 1
printf '\n\033[1m== load and interaction\033[0m\n'
# The harness's server gzips every file on the fly, as the browser asks for
# it; built for debugging, that compression alone took about 250 ms for the
# wasm. So the harness gets a profile of its own (target/bench-harness/):
# the test build's settings with every dependency optimised. The first run
# builds it (a few minutes on 2 cores); later runs reuse it, and the test
# build in target/debug/ is never touched.
cargo run --quiet -p circulation-e2e --example bench \
  --config 'profile.bench-harness.inherits="dev"' \
  --config 'profile.bench-harness.debug=false' \
  --config 'profile.bench-harness.package."*".opt-level=3' \
  --profile bench-harness
