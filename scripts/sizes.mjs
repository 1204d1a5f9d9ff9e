//! Prints every file a storefront downloads for the widget (loader, glue,
//! wasm, and the stylesheet or the first-screen module) with raw, gzip
//! (level 9) and brotli (quality 11) sizes, and the totals of the ways a
//! visitor meets it: the embed snippet or the element alone, on an English
//! page (the English build) or a Spanish one (the Spanish build, which
//! speaks English too). Node's zlib does both compressions, so no brotli
//! CLI is needed.
//!
//! Usage: node scripts/sizes.mjs [dist-dir] [--budget KiB] [--budget-es KiB] [--target KiB]
//! With --budget, prints the larger English total against it and exits 1
//! when its gzip size is above it (test.sh counts that as a failed step,
//! not as a test); --budget-es does the same for the Spanish totals.
//! --target only prints how far the English total is from a goal below
//! the budget.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const budgetAt = args.indexOf("--budget");
const targetAt = args.indexOf("--target");
const budgetEsAt = args.indexOf("--budget-es");
const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : null;
const budgetEs = budgetEsAt >= 0 ? Number(args[budgetEsAt + 1]) : null;
const target = targetAt >= 0 ? Number(args[targetAt + 1]) : null;
const values = [budgetAt, budgetEsAt, targetAt].filter((i) => i >= 0).map((i) => i + 1);
const dist = args.find((a, i) => !a.startsWith("--") && !values.includes(i)) ?? "dist";
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
const firstEs = files.filter((f) => f.startsWith("circulation-check-first-es-"));
const first = files.filter((f) => f.startsWith("circulation-check-first-") && !firstEs.includes(f));
const css = files.filter((f) => f.endsWith(".css"));
const spanish = files.filter((f) => f.startsWith("circulation-check-es-"));
const loader = ["circulation-check.js"];
const english = files.filter((f) => ![...first, ...firstEs, ...css, ...spanish, ...loader].includes(f));
if (english.length !== 2 || spanish.length !== 2 || first.length !== 1 || firstEs.length !== 1)
  throw new Error(`expected a glue, a wasm and a first screen per language, found ${english}, ${first} and ${spanish}, ${firstEs}`);
/** The larger of a language's two totals (snippet, element alone). */
function totals(language, build, firstScreen) {
  const paths = [
    [`${language}: total with the embed snippet (loader, CSS, glue, wasm)`, sum([...loader, ...build, ...css])],
    [`${language}: total with the element alone (loader, first screen, glue, wasm)`, sum([...loader, ...build, ...firstScreen])],
  ];
  for (const [name, total] of paths) row(name, total);
  return paths.map(([, t]) => t).reduce((a, b) => (b[1] > a[1] ? b : a));
}
const total = totals("English page", english, first);
const totalEs = totals("Spanish page", spanish, firstEs);
console.log(`total gzip bytes (the larger): English ${total[1]}, Spanish ${totalEs[1]}`);
console.log(`Spanish costs a Spanish page ${((totalEs[1] - total[1]) / 1024).toFixed(1)} KiB gzip more; an English page 0`);

if (target !== null) {
  const over = total[1] / 1024 - target;
  console.log(`target: ${target} KiB gzip, ${over > 0 ? `${over.toFixed(1)} KiB still to cut` : "met"}`);
}
let ok = true;
for (const [name, limit, t] of [
  ["English", budget, total],
  ["Spanish", budgetEs, totalEs],
]) {
  if (limit === null) continue;
  const within = t[1] <= limit * 1024;
  ok &&= within;
  console.log(`budget (${name}): total gzip ${kib(t[1]).trim()} KiB ${within ? "<=" : ">"} ${limit} KiB${within ? "" : ": over budget"}`);
}
if (budget !== null || budgetEs !== null) process.exit(ok ? 0 : 1);
