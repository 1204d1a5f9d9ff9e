// Runs Lighthouse (mobile, performance only) on the product page with and
// without the app block, prints medians and the score difference against
// Shopify's limit, writes them as JSON. Called by scripts/lighthouse.sh:
//   node run.mjs PAGES_DIR ASSETS_DIR PICTURES_DIR OUT_JSON
// Needs `lighthouse` on PATH and CHROME_PATH; LIGHTHOUSE_RUNS (default 5).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServers } from "./serve.mjs";

const [pagesDir, assetsDir, picturesDir, outJson] = process.argv.slice(2);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 5);
const LIMIT = 10; // Shopify: the app may lower the score by at most 10 points.
const PAGES = { without: "product-without-block.html", with: "product-with-block.html" };
const METRICS = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
  si: "speed-index",
};
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`LIGHTHOUSE_RUNS must be a whole number, 1 or more, not ${process.env.LIGHTHOUSE_RUNS}`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-runs-"));
// Headless, and no sandbox as root: Chromium refuses to start as root with it.
const chromeFlags = ["--headless=new", ...(process.getuid?.() === 0 ? ["--no-sandbox"] : [])];

// lighthouse(url, n): one run of the CLI (a fresh Chromium each time, so no
// run inherits another's caches or compiled code); its report, parsed.
function lighthouse(url, n) {
  const out = path.join(tmp, `${n}.json`);
  // Lighthouse's defaults are the mobile ones: a Moto G Power sized screen,
  // simulated slow 4G and 4x CPU slowdown, the settings PageSpeed Insights uses.
  const args = [url, "--only-categories=performance", "--output=json", `--output-path=${out}`,
    "--quiet", `--chrome-flags=${chromeFlags.join(" ")}`];
  return new Promise((ok, fail) =>
    execFile("lighthouse", args, { maxBuffer: 1 << 26 }, (err, _stdout, stderr) =>
      err ? fail(new Error(`lighthouse ${url} failed:\n${stderr || err.message}`)) : ok(JSON.parse(fs.readFileSync(out, "utf8")))));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const t0 = Date.now();
const servers = await startServers(pagesDir, assetsDir, picturesDir);
const runs = { without: [], with: [] };
const warnings = new Set();
let version = "";
try {
  for (let i = 0; i < RUNS; i++) {
    // Alternating which page goes first, so a drift in the machine's load
    // during the measurement falls on both pages alike.
    for (const page of i % 2 ? ["with", "without"] : ["without", "with"]) {
      const lhr = await lighthouse(`${servers.shopOrigin}/${PAGES[page]}`, `${page}-${i}`);
      if (lhr.runtimeError) throw new Error(`${page}, run ${i + 1}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      const score = lhr.categories.performance.score;
      if (score == null) throw new Error(`${page}, run ${i + 1}: no performance score (${lhr.runWarnings.join("; ")})`);
      version = lhr.lighthouseVersion;
      for (const w of lhr.runWarnings) warnings.add(`${page}: ${w}`);
      const run = { score: Math.round(score * 100) };
      for (const [k, id] of Object.entries(METRICS)) run[k] = lhr.audits[id].numericValue;
      runs[page].push(run);
      process.stderr.write(`[lighthouse] run ${i + 1}/${RUNS}, ${page} the block: ${run.score}\n`);
    }
  }
} finally {
  await servers.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}

const summary = {};
for (const page of ["without", "with"]) {
  const m = { score: median(runs[page].map((r) => r.score)) };
  for (const k of Object.keys(METRICS)) m[k] = median(runs[page].map((r) => r[k]));
  summary[page] = { median: m, runs: runs[page] };
}
const difference = summary.without.median.score - summary.with.median.score;
const met = difference <= LIMIT;
const seconds = Math.round((Date.now() - t0) / 1000);

const ms = (x) => `${(x / 1000).toFixed(2)} s`.padStart(8);
console.log(`Lighthouse ${version}, mobile (simulated slow 4G, 4x CPU), performance; median of ${RUNS} runs per page`);
console.log(`${"".padEnd(19)} score      FCP      LCP      TBT     CLS  Speed Index`);
for (const page of ["without", "with"]) {
  const m = summary[page].median, scores = runs[page].map((r) => r.score);
  console.log(`${`${page} the block`.padEnd(19)} ${String(m.score).padStart(5)} ${ms(m.fcp)} ${ms(m.lcp)} ${`${Math.round(m.tbt)} ms`.padStart(8)} ${m.cls.toFixed(3).padStart(7)} ${ms(m.si)}` +
    `   (scores ${Math.min(...scores)}-${Math.max(...scores)})`);
}
console.log(`difference (without - with): ${difference} points; at most ${LIMIT} points lower: ${met ? "met" : "not met"}`);
const missing = servers.missing();
if (missing.length) console.log(`odd: the pages asked for files that are not there (404): ${missing.join(", ")}`);
for (const w of warnings) console.log(`Lighthouse warning, ${w}`);
console.log(`(${seconds} s for ${2 * RUNS} Lighthouse runs)`);

fs.mkdirSync(path.dirname(outJson), { recursive: true });
fs.writeFileSync(outJson, JSON.stringify({
  lighthouse: version, formFactor: "mobile", throttling: "simulate", runsPerPage: RUNS,
  units: { score: "0-100", fcp: "ms", lcp: "ms", tbt: "ms", cls: "unitless", si: "ms" },
  without: summary.without, with: summary.with,
  difference, limit: LIMIT, met, missing, warnings: [...warnings], seconds,
}, null, 2) + "\n");
