//! Trunk post-build hook: points the stable-named loader at the hashed glue
//! and wasm files, minifies both scripts, and strips the inline loader script
//! and preloads Trunk adds to index.html, so the demo page embeds the widget
//! exactly like a shop does.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is unset)");

const embedDir = join(staging, "circulation-check", "v1");
const files = readdirSync(embedDir);
const glue = files.find((f) => /^circulation-check-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^circulation-check-[0-9a-f]+_bg\.wasm$/.test(f));
if (!glue || !wasm) throw new Error(`no hashed glue or wasm in ${embedDir}: ${files.join(", ")}`);

const loaderPath = join(embedDir, "circulation-check.js");
const loader = readFileSync(loaderPath, "utf8");
for (const mark of ["__CIRCULATION_CHECK_GLUE__", "__CIRCULATION_CHECK_WASM__"]) {
  if (!loader.includes(mark)) throw new Error(`loader placeholder ${mark} missing`);
}
writeFileSync(
  loaderPath,
  loader.replace("__CIRCULATION_CHECK_GLUE__", glue).replace("__CIRCULATION_CHECK_WASM__", wasm),
);

// Every page that embeds the widget downloads the loader, and every visitor
// who reaches the widget the glue, so both ship minified (terser from
// package.json, on PATH through scripts/setup.sh). Exported names stay, as
// the loader imports the glue's `default` and the glue names its imports.
for (const file of [loaderPath, join(embedDir, glue)]) {
  execFileSync("terser", [file, "--module", "--compress", "--mangle", "--comments", "false", "--output", file], {
    stdio: "inherit",
  });
}

const indexPath = join(staging, "index.html");
const html = readFileSync(indexPath, "utf8")
  .replace(/<script type="module"[^>]*>\s*import init[\s\S]*?<\/script>/g, "")
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*circulation-check\/v1\/[^>]*>/g, "");
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error("an inline script is left in index.html");
writeFileSync(indexPath, html);
console.log(`post-build: loader -> ${glue}, ${wasm}`);
