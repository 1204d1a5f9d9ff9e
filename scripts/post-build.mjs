//! Trunk post-build hook: appends the first screen to the glue
//! (loader/first-screen.js, filled with what `cargo run --features
//! prerender --bin prerender` prints: the prerendered start screen and the
//! stylesheet), minifies it and names it by its content, writes the hashed glue and wasm
//! names and their SHA-384 digests into the stable-named loader (which then
//! refuses any other bytes), minifies the loader, and strips the inline
//! loader script and preloads Trunk adds to index.html, so the demo page
//! embeds the widget exactly like a shop does. Build tools come from the
//! project's own lockfile install, by path, never from whatever is on PATH.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is unset)");
const root = new URL("..", import.meta.url).pathname;

// --- Tools: the node_modules that scripts/setup.sh installed from
// package-lock.json (npm ci), checked against this checkout's lockfile.
const modules = process.env.CIRCULATION_NODE_MODULES;
if (!modules) throw new Error("CIRCULATION_NODE_MODULES is unset: build through scripts/setup.sh (source it first)");
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
for (const name of ["terser", "binaryen"]) {
  const want = lock.packages[`node_modules/${name}`]?.version;
  const have = JSON.parse(readFileSync(join(modules, name, "package.json"), "utf8")).version;
  if (!want || want !== have) throw new Error(`${name} ${have} in ${modules}, package-lock.json pins ${want}`);
}
const terser = join(modules, "terser", "bin", "terser");
// Trunk runs wasm-opt itself and finds it on PATH (it has no setting for a
// path), checking only its version. So the build fails unless the one it
// found, the first on PATH, is the lockfile's: another wasm-opt of the same
// version number would otherwise optimise every shop's wasm unnoticed.
const pinnedWasmOpt = realpathSync(join(modules, "binaryen", "bin", "wasm-opt"));
const onPath = (process.env.PATH ?? "")
  .split(delimiter)
  .map((dir) => join(dir, "wasm-opt"))
  .find((file) => existsSync(file));
if (!onPath || realpathSync(onPath) !== pinnedWasmOpt) {
  throw new Error(`Trunk used wasm-opt from ${onPath}, not the lockfile's ${pinnedWasmOpt}: source scripts/setup.sh`);
}

const embedDir = join(staging, "circulation-check", "v1");
const files = readdirSync(embedDir);
const trunkGlue = files.find((f) => /^circulation-check-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^circulation-check-[0-9a-f]+_bg\.wasm$/.test(f));
if (!trunkGlue || !wasm) throw new Error(`no hashed glue or wasm in ${embedDir}: ${files.join(", ")}`);

// The first screen, rendered by the app's own code with Yew's server
// renderer, and the stylesheet: they come with the glue, which arrives long
// before the wasm, so the loader can show the start screen at once.
const prerendered = execFileSync("cargo", ["run", "--quiet", "--features", "prerender", "--bin", "prerender"], {
  cwd: root,
  encoding: "utf8",
  maxBuffer: 16 << 20,
  stdio: ["ignore", "pipe", "inherit"],
});
const first = JSON.parse(prerendered);
if (!first.screens?.["en/2"] || !first.styles) throw new Error("the prerender printed no start screen or styles");
const firstScreen = readFileSync(join(root, "loader", "first-screen.js"), "utf8");
if (!firstScreen.includes("__CIRCULATION_CHECK_FIRST__")) throw new Error("first-screen.js lost its placeholder");
writeFileSync(
  join(embedDir, trunkGlue),
  `${readFileSync(join(embedDir, trunkGlue), "utf8")}\n${firstScreen.replace("__CIRCULATION_CHECK_FIRST__", () => prerendered.trim())}`,
);

// Every page that embeds the widget downloads the loader, and every visitor
// who reaches the widget the glue, so both ship minified. Exported names
// stay, as the loader imports the glue's `default`, `mount_nth`,
// `firstScreen` and `earlyPress`.
const minify = (file, ...more) =>
  execFileSync(
    process.execPath,
    [terser, file, "--module", "--compress", "--mangle", ...more, "--comments", "false", "--output", file],
    { stdio: "inherit" },
  );
minify(join(embedDir, trunkGlue));
// Trunk named the glue before the first screen and the styles were added:
// name it by its final bytes, so a CDN never serves a stale copy under it.
const glue = `circulation-check-${createHash("sha256").update(readFileSync(join(embedDir, trunkGlue))).digest("hex").slice(0, 16)}.js`;
renameSync(join(embedDir, trunkGlue), join(embedDir, glue));

// Digests of the final bytes (after wasm-opt and terser): what a CDN must serve.
const integrity = (file) => `sha384-${createHash("sha384").update(readFileSync(join(embedDir, file))).digest("base64")}`;
const loaderPath = join(embedDir, "circulation-check.js");
const fill = {
  __CIRCULATION_CHECK_GLUE__: glue,
  __CIRCULATION_CHECK_WASM__: wasm,
  __CIRCULATION_CHECK_GLUE_INTEGRITY__: integrity(glue),
  __CIRCULATION_CHECK_WASM_INTEGRITY__: integrity(wasm),
};
let loader = readFileSync(loaderPath, "utf8");
for (const [mark, value] of Object.entries(fill)) {
  if (!loader.includes(mark)) throw new Error(`loader placeholder ${mark} missing`);
  loader = loader.replaceAll(mark, value);
}
writeFileSync(loaderPath, loader);
// The loader's own element fields start with `_`; nothing else reads them.
minify(loaderPath, "--mangle-props", "regex=/^_/");
for (const [mark, value] of Object.entries(fill)) {
  if (!readFileSync(loaderPath, "utf8").includes(value)) throw new Error(`the minified loader lost ${mark}`);
}

const indexPath = join(staging, "index.html");
const html = readFileSync(indexPath, "utf8")
  .replace(/<script type="module"[^>]*>\s*import init[\s\S]*?<\/script>/g, "")
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*circulation-check\/v1\/[^>]*>/g, "");
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error("an inline script is left in index.html");
writeFileSync(indexPath, html);
console.log(`post-build: loader -> ${glue} (${fill.__CIRCULATION_CHECK_GLUE_INTEGRITY__}), ${wasm} (${fill.__CIRCULATION_CHECK_WASM_INTEGRITY__})`);
