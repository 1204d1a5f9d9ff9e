//! Trunk post-build hook: writes the first-screen module
//! (loader/first-screen.js, filled with what `cargo run --features
//! prerender --bin prerender` prints: the prerendered start screens and the
//! stylesheet) and the stylesheet file, minifies the glue and the module and
//! names every file by its content, writes the hashed names and their
//! SHA-384 digests into the stable-named loader (which then refuses any
//! other bytes), minifies the loader, writes the embed snippets
//! (`snippet/<locale>.html`) and the embed builder's data, and puts the
//! snippet into index.html in place of Trunk's inline loader, so the demo
//! page embeds the widget exactly like a shop does, and fills the Shopify
//! extension (shopify/screen.mjs: its assets and start-screen snippet).
//! Build tools come from the project's own lockfile install, by path, never
//! from whatever is on PATH.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
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
// Two builds (index.html): English, and Spanish with English. Trunk
// allows one "main" build, so the Spanish one is built as its "worker",
// which Trunk leaves unhashed: its files are named by content below.
const trunkGlue = files.find((f) => /^circulation-check-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^circulation-check-[0-9a-f]+_bg\.wasm$/.test(f));
const trunkGlueEs = files.find((f) => f === "circulation-check-es.js");
const trunkWasmEs = files.find((f) => f === "circulation-check-es_bg.wasm");
if (!trunkGlue || !wasm || !trunkGlueEs || !trunkWasmEs) throw new Error(`no hashed glue or wasm of both builds in ${embedDir}: ${files.join(", ")}`);

// The first screen, rendered by the app's own code with Yew's server
// renderer, and the stylesheet. They reach a visitor one of two ways: in
// the embed snippet (the screen in the element's HTML, the stylesheet as a
// hashed file it links), or, for an element pasted alone, in a small
// module of their own that the loader fetches ahead of the glue.
const prerendered = execFileSync("cargo", ["run", "--quiet", "--features", "prerender", "--bin", "prerender"], {
  cwd: root,
  encoding: "utf8",
  maxBuffer: 16 << 20,
  stdio: ["ignore", "pipe", "inherit"],
});
const first = JSON.parse(prerendered);
if (!first.screens?.["en/2"] || !first.snippets?.["en/2"] || !first.styles) throw new Error("the prerender printed no start screen or styles");
const { snippets, screens, ...rest } = first;
// The element-only screens differ by locale tag and heading level far more
// often than by their words: each distinct markup is stored once, with
// placeholders that first-screen.js fills in (\u0001 the tag, \u0002 the
// level), checked here to give back every screen exactly.
const texts = [];
const byKey = {};
for (const [key, html] of Object.entries(screens)) {
  const [tag, level] = key.split("/");
  const text = html
    .replaceAll(`lang="${tag}"`, 'lang="\u0001"')
    .replaceAll(`<h${level} `, "<h\u0002 ")
    .replaceAll(`</h${level}>`, "</h\u0002>");
  if (text.replaceAll("\u0001", tag).replaceAll("\u0002", level) !== html || /[\u0001\u0002]/.test(html)) {
    throw new Error(`the ${key} screen does not survive its placeholders`);
  }
  byKey[key] = texts.includes(text) ? texts.indexOf(text) : texts.push(text) - 1;
}
// One module per language, so an English page never downloads the Spanish
// screen (the loader asks for the element's language's).
const firstScreen = readFileSync(join(root, "loader", "first-screen.js"), "utf8");
if (!firstScreen.includes("__CIRCULATION_CHECK_FIRST__")) throw new Error("first-screen.js lost its placeholder");
const firstTemp = {};
for (const language of ["en", "es"]) {
  const mine = (key) => key.split(/[-/]/)[0] === language;
  const pick = (table) => Object.fromEntries(Object.entries(table).filter(([key]) => mine(key)));
  const used = [...new Set(Object.values(pick(byKey)))];
  const screensOf = Object.fromEntries(Object.entries(pick(byKey)).map(([key, i]) => [key, used.indexOf(i)]));
  const elementOnly = {
    ...rest,
    busy: pick(rest.busy),
    privacy: pick(rest.privacy),
    screens: screensOf,
    texts: used.map((i) => texts[i]),
  };
  firstTemp[language] = join(embedDir, `first-screen-${language}.js`);
  writeFileSync(firstTemp[language], firstScreen.replace("__CIRCULATION_CHECK_FIRST__", () => JSON.stringify(elementOnly)));
}

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
minify(join(embedDir, trunkGlueEs));
minify(firstTemp.en);
minify(firstTemp.es);
// Named by their final bytes (Trunk named the glue before terser ran), so
// a CDN never serves a stale copy under a name.
const named = (prefix, file, ext) => {
  const name = `${prefix}-${createHash("sha256").update(readFileSync(join(embedDir, file))).digest("hex").slice(0, 16)}.${ext}`;
  renameSync(join(embedDir, file), join(embedDir, name));
  return name;
};
const glue = named("circulation-check", trunkGlue, "js");
const glueEs = named("circulation-check-es", trunkGlueEs, "js");
const wasmEs = named("circulation-check-es", trunkWasmEs, "wasm");
const firstModule = named("circulation-check-first", "first-screen-en.js", "js");
const firstModuleEs = named("circulation-check-first-es", "first-screen-es.js", "js");
writeFileSync(join(embedDir, "widget.css"), first.styles);
const css = named("circulation-check", "widget.css", "css");

// Digests of the final bytes (after wasm-opt and terser): what a CDN must serve.
const integrity = (file) => `sha384-${createHash("sha384").update(readFileSync(join(embedDir, file))).digest("base64")}`;
const loaderPath = join(embedDir, "circulation-check.js");
const fill = {
  __CIRCULATION_CHECK_FIRST_ES__: firstModuleEs,
  __CIRCULATION_CHECK_FIRST_ES_INTEGRITY__: integrity(firstModuleEs),
  __CIRCULATION_CHECK_GLUE_ES__: glueEs,
  __CIRCULATION_CHECK_WASM_ES__: wasmEs,
  __CIRCULATION_CHECK_GLUE_ES_INTEGRITY__: integrity(glueEs),
  __CIRCULATION_CHECK_WASM_ES_INTEGRITY__: integrity(wasmEs),
  __CIRCULATION_CHECK_GLUE__: glue,
  __CIRCULATION_CHECK_WASM__: wasm,
  __CIRCULATION_CHECK_FIRST__: firstModule,
  __CIRCULATION_CHECK_CSS__: css,
  __CIRCULATION_CHECK_GLUE_INTEGRITY__: integrity(glue),
  __CIRCULATION_CHECK_WASM_INTEGRITY__: integrity(wasm),
  __CIRCULATION_CHECK_FIRST_INTEGRITY__: integrity(firstModule),
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

// --- The embed snippet (loader/snippet.mjs): for each locale with the
// default settings beside the loader (the README shows the en-US one), the
// data the embed builder writes it from, and the demo page's own.
const { snippet } = await import(join(root, "loader", "snippet.mjs"));
const build = { css, cssIntegrity: integrity(css), snippets, privacy: first.privacy };
const locales = [...new Set(Object.keys(snippets).map((key) => key.split("/")[0]))];
mkdirSync(join(embedDir, "snippet"), { recursive: true });
for (const locale of locales) {
  writeFileSync(join(embedDir, "snippet", `${locale}.html`), snippet({ ...build, base: "/circulation-check/v1/" }, { locale }));
}
mkdirSync(join(staging, "builder"), { recursive: true });
writeFileSync(join(staging, "builder", "build.json"), JSON.stringify({ ...build, locales }));
copyFileSync(join(root, "loader", "snippet.mjs"), join(staging, "builder", "snippet.mjs"));

// --- The Shopify theme app extension (shopify/): the same files as its
// assets (Shopify's CDN serves them side by side, as the loader expects),
// and the start screen as the Liquid snippet its block renders. Both are
// generated, so `shopify app deploy` after this build ships what the tests
// tested (shopify/test/check.mjs compares them byte for byte).
const extension = join(root, "shopify", "extensions", "circulation-check");
const assetsDir = join(extension, "assets");
mkdirSync(assetsDir, { recursive: true });
for (const old of readdirSync(assetsDir)) if (old !== ".gitkeep") rmSync(join(assetsDir, old));
for (const file of ["circulation-check.js", glue, wasm, glueEs, wasmEs, firstModule, firstModuleEs, css]) copyFileSync(join(embedDir, file), join(assetsDir, file));
const { screenLiquid } = await import(join(root, "shopify", "screen.mjs"));
writeFileSync(join(extension, "snippets", "circulation-check-screen.liquid"), screenLiquid(build, locales));

// The demo page embeds the widget exactly as a shop does: Trunk's inline
// loader script and preloads go, and its `<circulation-check …>` becomes
// the snippet the embed builder writes for the same settings.
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8")
  .replace(/<script type="module"[^>]*>\s*import init[\s\S]*?<\/script>/g, "")
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*circulation-check\/v1\/[^>]*>/g, "");
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error("an inline script is left in index.html");
const demo = /<circulation-check data-snippet((?:\s+data-[a-z-]+="[^"]*")*)\s*><\/circulation-check>/;
const demoMatch = html.match(demo);
if (!demoMatch) throw new Error("index.html has no <circulation-check data-snippet …> to put the snippet in");
const attr = (name) => demoMatch[1].match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
html = html.replace(demo, () =>
  snippet(
    { ...build, base: "circulation-check/v1/" },
    { locale: attr("data-locale"), shopUrl: attr("data-shop-url"), catalogUrl: attr("data-catalog-url") },
  ),
);
writeFileSync(indexPath, html);
console.log(`post-build: loader -> ${glue} (${fill.__CIRCULATION_CHECK_GLUE_INTEGRITY__}), ${wasm} (${fill.__CIRCULATION_CHECK_WASM_INTEGRITY__}), ${firstModule}, ${css}; snippets for ${locales.join(", ")}`);
