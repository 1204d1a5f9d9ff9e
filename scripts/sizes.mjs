//! Prints every file a storefront downloads for the widget (loader, glue,
//! wasm, and the stylesheet or the first-screen module) with raw, gzip
//! (level 9) and brotli (quality 11) sizes, and the totals of the two ways
//! a visitor meets it (the embed snippet, the element alone). Node's zlib does both
//! compressions, so no brotli CLI is needed.
//!
//! Usage: node scripts/sizes.mjs [dist-dir] [--budget KiB] [--target KiB]
//! With --budget, prints the larger total against it and exits 1 when its
//! gzip size is above it (test.sh counts that as a failed step, not as a
//! test). --target only prints how far the total is from a goal below the
//! budget.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const budgetAt = args.indexOf("--budget");
const targetAt = args.indexOf("--target");
const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : null;
const target = targetAt >= 0 ? Number(args[targetAt + 1]) : null;
const dist = args.find((a, i) => !a.startsWith("--") && i !== budgetAt + 1 && i !== targetAt + 1) ?? "dist";
const dir = join(dist, "circulation-check", "v1");

// The loader first (every page pays for it), then what it loads. A visitor
// downloads one of two sets: with the embed snippet, the stylesheet it
// links; with the element alone, the first-screen module (styles and
// screens); the glue and the wasm either way. The snippets themselves are
// the shop's page, not a download of ours.
const files = readdirSync(dir)
  .filter((f) => /\.(js|wasm|css)$/.test(f))
  .sort((a, b) => (a === "circulation-check.js" ? -1 : b === "circulation-check.js" ? 1 : a.localeCompare(b)));
const kib = (n) => (n / 1024).toFixed(1).padStart(7);
const row = (name, [r, g, b]) => console.log(`${name.padEnd(48)} ${kib(r)} ${kib(g)} ${kib(b)}`);
console.log(`${"file (KiB)".padEnd(48)} ${"raw".padStart(7)} ${"gzip".padStart(7)} ${"brotli".padStart(7)}`);
const sizes = {};
for (const f of files) {
  const body = readFileSync(join(dir, f));
  sizes[f] = [
    body.length,
    gzipSync(body, { level: 9 }).length,
    brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  ];
  row(f, sizes[f]);
}
const sum = (names) => names.reduce((t, f) => t.map((n, i) => n + sizes[f][i]), [0, 0, 0]);
const first = files.filter((f) => f.startsWith("circulation-check-first-"));
const css = files.filter((f) => f.endsWith(".css"));
const common = files.filter((f) => !first.includes(f) && !css.includes(f));
const paths = [
  ["total with the embed snippet (loader, CSS, glue, wasm)", sum([...common, ...css])],
  ["total with the element alone (loader, first screen, glue, wasm)", sum([...common, ...first])],
];
for (const [name, total] of paths) row(name, total);
const total = paths.map(([, t]) => t).reduce((a, b) => (b[1] > a[1] ? b : a));
console.log(`total gzip bytes (the larger): ${total[1]}`);

if (target !== null) {
  const over = total[1] / 1024 - target;
  console.log(`target: ${target} KiB gzip, ${over > 0 ? `${over.toFixed(1)} KiB still to cut` : "met"}`);
}
if (budget !== null) {
  const ok = total[1] <= budget * 1024;
  console.log(`budget: total gzip ${kib(total[1]).trim()} KiB ${ok ? "<=" : ">"} ${budget} KiB${ok ? "" : ": over budget"}`);
  process.exit(ok ? 0 : 1);
}
