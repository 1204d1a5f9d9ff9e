//! The Shopify extension's checks, run by the test command after the build
//! (`node shopify/test/check.mjs <outdir>`): Shopify's linter with its
//! theme-app-extension profile (0 errors), the block schema against
//! Shopify's setting types, Shopify's size limits (printed), the assets
//! byte for byte what the build served, the block's start screen the embed
//! snippet's for every setting, and the block rendered over fixture
//! products (which products, the theme editor's notes, escaping). It ends
//! by writing the pages the end-to-end suite opens into <outdir>. Each check
//! prints "ok" or "FAIL"; the closing line counts them like libtest's, so
//! the test command adds them to its total.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { blockSchema, context, engine, extension, fixtures, product, renderBlock, root, writePages } from "./render.mjs";
import { EVENTS, LEVELS, THEMES, snippet } from "../../loader/snippet.mjs";

const require = createRequire(join(process.env.CIRCULATION_NODE_MODULES, "_"));
const out = process.argv[2];
if (!out) throw new Error("usage: node shopify/test/check.mjs <outdir>");

let passed = 0;
let failed = 0;
/** Runs one named check; a thrown error or a false result fails it. */
async function check(name, body) {
  try {
    const problem = await body();
    if (problem) throw new Error(problem);
    passed++;
    console.log(`test shopify::${name} ... ok`);
  } catch (e) {
    failed++;
    console.log(`test shopify::${name} ... FAILED\n    ${String(e.message ?? e).replaceAll("\n", "\n    ")}`);
  }
}

const read = (...parts) => readFileSync(join(...parts), "utf8");
const schema = blockSchema();
const dist = join(root, "dist", "circulation-check", "v1");
const build = JSON.parse(read(root, "dist", "builder", "build.json"));
const liquidFiles = ["blocks", "snippets"].flatMap((dir) => readdirSync(join(extension, dir)).map((f) => join(extension, dir, f)));
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

await check("theme_check_app_extension_profile_has_no_errors", async () => {
  const { themeCheckRun } = require("@shopify/theme-check-node");
  // Quiet: offline, the linter says it falls back to the Liquid docs in
  // its package (the network here reaches package registries only).
  const run = await themeCheckRun(extension, join(extension, ".theme-check.yml"), () => {});
  const profile = run.config.checks.map((c) => c.meta.code);
  if (!profile.includes("AppBlockValidTags") || !profile.includes("AssetSizeAppBlockJavaScript")) {
    return `not the theme-app-extension profile: ${profile.join(" ")}`;
  }
  const lines = run.offenses.map((o) => `${["error", "warning", "info"][o.severity]} ${o.check} ${o.uri.split("/circulation-check/").pop()}:${o.start.line + 1} ${o.message}`);
  console.log(`    theme-check: ${profile.length} checks, ${lines.length} offenses${lines.length ? `\n    ${lines.join("\n    ")}` : ""}`);
  return run.offenses.some((o) => o.severity === 0) && "theme-check found errors";
});

await check("block_schema_follows_shopifys_setting_types", async () => {
  // Each setting against Shopify's own JSON schema for settings (from the
  // linter's package), with the JSON language service the linter uses.
  const { getLanguageService } = require("vscode-json-languageservice");
  const { TextDocument } = require("vscode-languageserver-textdocument");
  const settingSchema = JSON.parse(read(require.resolve("@shopify/theme-check-docs-updater/package.json"), "..", "data", "setting.json"));
  const service = getLanguageService({});
  service.configure({ validate: true, schemas: [{ uri: "shopify://setting.json", fileMatch: ["*.json"], schema: settingSchema }] });
  const problems = [];
  for (const setting of schema.settings) {
    // `autofill` exists for app blocks only (the product or collection
    // being viewed), so the themes' schema does not list it.
    const { autofill, ...themed } = setting;
    if (autofill !== undefined && !(autofill === true && ["product", "collection"].includes(setting.type))) {
      problems.push(`${setting.id}: autofill is for product and collection settings, and true`);
    }
    const doc = TextDocument.create(`file:///${setting.id ?? setting.type}.json`, "json", 1, JSON.stringify(themed));
    for (const d of await service.doValidation(doc, service.parseJSONDocument(doc), { schemaValidation: "error" })) {
      problems.push(`${setting.id ?? setting.type}: ${d.message}`);
    }
  }
  // What an app block adds to a section's rules.
  const ids = schema.settings.filter((s) => s.id).map((s) => s.id);
  if (new Set(ids).size !== ids.length) problems.push("setting ids repeat");
  if (schema.target !== "section") problems.push(`target ${schema.target}: an app block for any section is "section"`);
  if (!schema.name || schema.name.length > 25) problems.push("the block's name must be 1-25 characters");
  for (const s of schema.settings.filter((s) => s.type === "select")) {
    if (!s.options.some((o) => o.value === s.default)) problems.push(`${s.id}: default ${s.default} is no option`);
  }
  const socks = schema.settings.find((s) => s.type === "product_list");
  if (socks?.limit !== 50) problems.push("the sock picker must take up to 50 products");
  if (!schema.settings.some((s) => s.type === "product" && s.autofill === true)) problems.push("no autofilled product setting");
  // The block's settings are the ones the snippet takes, value for value.
  const values = (id) => schema.settings.find((s) => s.id === id).options.map((o) => o.value);
  if (String(values("events")) !== String(EVENTS)) problems.push(`events ${values("events")} are not ${EVENTS}`);
  if (String(values("theme")) !== String(THEMES)) problems.push(`themes ${values("theme")} are not ${THEMES}`);
  if (String(values("heading_level")) !== String(LEVELS)) problems.push(`levels ${values("heading_level")} are not ${LEVELS}`);
  if (String(values("locale").filter((v) => v !== "auto").sort()) !== String([...build.locales].sort())) problems.push("the locales differ from the build's");
  console.log(`    ${schema.settings.length} settings checked against Shopify's setting schema`);
  return problems.join("\n");
});

await check("sizes_within_shopifys_limits", () => {
  const liquid = liquidFiles.reduce((n, f) => n + readFileSync(f).length, 0);
  const loader = readFileSync(join(extension, "assets", "circulation-check.js"));
  const gz = gzipSync(loader, { level: 9 }).length;
  const br = brotliCompressSync(loader).length;
  console.log(`    Liquid in all: ${kib(liquid)} of 100 KiB (${liquidFiles.length} files); the block's JavaScript (the loader): ${kib(loader.length)}, ${kib(gz)} gzip, ${kib(br)} brotli, of 10 KiB compressed`);
  return (liquid > 100 * 1000 && `${liquid} bytes of Liquid`) || (gz > 10 * 1000 && `the loader is ${gz} bytes gzip`);
});

await check("assets_are_the_built_files", () => {
  const assets = readdirSync(join(extension, "assets")).filter((f) => f !== ".gitkeep").sort();
  const built = readdirSync(dist).filter((f) => f !== "snippet").sort();
  if (String(assets) !== String(built)) return `assets ${assets} but the build served ${built}`;
  const allowed = /\.(js|css|json|svg|png|jpg|wasm)$/;
  for (const f of assets) {
    if (!allowed.test(f)) return `${f}: Shopify takes only .js .css .json .svg .png .jpg .wasm assets`;
    if (!readFileSync(join(extension, "assets", f)).equals(readFileSync(join(dist, f)))) return `${f} differs from the build's`;
  }
});

const liquid = engine();

await check("start_screen_is_the_snippets_for_every_setting", async () => {
  let n = 0;
  for (const locale of build.locales) {
    for (const level of LEVELS) {
      for (const theme of THEMES) {
        for (const events of EVENTS) {
          const made = await liquid.renderFile("circulation-check-screen", { locale, level, theme, events });
          const want = snippet({ ...build, base: "{{CDN}}/" }, { locale, level, theme, events }).match(
            /<template shadowrootmode="closed">([\s\S]*)<\/template>/,
          )[1];
          if (made !== want) return `${locale} h${level} ${theme} ${events}:\n  block:   ${made}\n  snippet: ${want}`;
          n++;
        }
      }
    }
  }
  console.log(`    ${n} settings, each the snippet's screen byte for byte`);
});

/** The block's HTML for settings, and its parts. */
async function block(options) {
  const html = await renderBlock(liquid, context(options));
  const element = html.match(/<circulation-check([^>]*)>/)?.[1] ?? "";
  const json = html.match(/<script type="application\/json">([\s\S]*?)<\/script>/)?.[1];
  return { html, element, json, catalogue: json && JSON.parse(json) };
}

await check("locale_follows_the_market_and_language_and_heading_levels_nest", async () => {
  const cases = [
    [{ country: "US" }, 'data-locale="en-US"'],
    [{ country: "GB" }, 'data-locale="en-GB"'],
    [{ country: "DE" }, 'data-locale="en"'],
    [{ country: "US", settings: { locale: "en-AU" } }, 'data-locale="en-AU"'],
    // The store's language picks the words; the market the number.
    [{ country: "US", language: "es" }, 'data-locale="es-US"'],
    [{ country: "MX", language: "es" }, 'data-locale="es"'],
    [{ country: "GB", language: "es-ES" }, 'data-locale="es"'],
    [{ country: "US", language: "fr" }, 'data-locale="en-US"'],
    [{ country: "US", language: "es", settings: { locale: "en-US" } }, 'data-locale="en-US"'],
  ];
  for (const [options, want] of cases) {
    const { element } = await block(options);
    if (!element.includes(want)) return `${JSON.stringify(options)}: ${element}`;
  }
  const plain = await block({ settings: { heading_level: "3" } });
  const headed = await block({ settings: { heading_level: "3", heading: "Socks & you" } });
  const deepest = await block({ settings: { heading_level: "6", heading: "Socks" } });
  if (!plain.element.includes('data-heading-level="3"') || plain.html.includes("circulation-check-heading")) return `no heading: ${plain.element}`;
  if (!headed.html.includes('<h3 class="circulation-check-heading">Socks &amp; you</h3>') || !headed.element.includes('data-heading-level="4"')) {
    return `with a heading: ${headed.html.slice(0, 300)}`;
  }
  if (!deepest.element.includes('data-heading-level="6"')) return `at level 6: ${deepest.element}`;
  const opted = await block({ settings: { events: "result", theme: "dark", shop_url: "/collections/a?b=1&c=2" } });
  if (!opted.element.includes(' data-theme="dark" data-events="result" data-shop-url="/collections/a?b=1&amp;c=2"')) return opted.element;
  const quiet = await block({});
  if (/data-events|data-theme/.test(quiet.element)) return `defaults tell more than the snippet's: ${quiet.element}`;
});

await check("picked_socks_with_their_facts_make_the_catalogue", async () => {
  const socks = fixtures();
  const { catalogue, json, html } = await block({ viewed: socks[0], socks });
  const names = catalogue.products.map((p) => p.name);
  const problems = [];
  if (catalogue.version !== 1) problems.push("no version 1");
  if (catalogue.products.length !== socks.length - 1) problems.push(`${catalogue.products.length} products of ${socks.length} (one lacks its pressure)`);
  if (names.includes("Cotton Crew Socks")) problems.push("the sock without its pressure is in");
  if (new Set(catalogue.products.map((p) => p.id)).size !== catalogue.products.length) problems.push("the viewed sock is in twice");
  if (catalogue.products[0].id !== String(socks[0].id)) problems.push("the viewed sock is not first");
  const firm = catalogue.products.find((p) => p.url === "/products/medical-knee-high-20-30");
  if (String(firm?.mmhg) !== "20,30") problems.push("the 20-30 mmHg sock is not listed as such (the widget must be the one to hold it back)");
  const quoted = socks.find((s) => s.handle === "quoted");
  if (!names.includes(quoted.title)) problems.push(`the quoted name did not survive: ${names.filter((n) => n.includes("Comfort"))}`);
  if (json.includes("<")) problems.push("a '<' is left in the data block");
  if ((html.match(/<\/script>/g) ?? []).length !== 2) problems.push("a product name ended a script element");
  if (catalogue.products.some((p) => p.price !== p.price.replace(/<[^>]*>/g, ""))) problems.push("markup in a price");
  if (!catalogue.products[0].sizes?.[1]?.label.includes("(chart)")) problems.push("the size chart is not the metafield's");
  const shopImage = await renderBlock(engine({ imageBase: "//cdn.shopify.com/s/files/1/0001/" }), context({ socks: [socks[0]] }));
  if (!shopImage.includes('"image":"https://cdn.shopify.com/s/files/1/0001/everyday-knee-high.svg?width=320"')) problems.push("a Shopify image address is not made https");
  const none = await block({ socks: [] });
  if (none.json !== undefined) problems.push("an empty data block without socks");
  return problems.join("\n");
});

await check("theme_editor_notes_name_the_product_and_the_fact", async () => {
  const socks = fixtures();
  const everyday = JSON.parse(read(root, "demo", "catalogue.json")).products[0];
  const noChart = product(9300, { ...everyday, id: "no-chart", name: "Chartless Socks", sizes: undefined });
  const noUses = product(9301, { ...everyday, id: "no-uses", name: "Useless <Socks>" }, { drop: ["uses", "length"] });
  const editor = await block({ designMode: true, socks: [...socks, noChart, noUses] });
  const shop = await block({ designMode: false, socks: [...socks, noChart, noUses] });
  const notes = editor.html.match(/<div class="circulation-check-notes"[\s\S]*?<\/div>/)?.[0] ?? "";
  const want = [
    "Cotton Crew Socks is left out: its pressure (two numbers, such as 15 and 20) is missing",
    "Useless &lt;Socks&gt; is left out: its length, uses is missing",
    "Chartless Socks has no size chart",
  ];
  const missing = want.filter((w) => !notes.includes(w));
  if (missing.length) return `notes lack ${missing.join(" | ")}:\n${notes}`;
  if (shop.html.includes("circulation-check-notes")) return "visitors see the editor's notes";
  const empty = await block({ designMode: true, socks: [] });
  if (!empty.html.includes("No sock with its sock facts is picked")) return "no note without socks";
});

await writePages(out);
console.log(`\ntest result: ${failed ? "FAILED" : "ok"}. ${passed} passed; ${failed} failed; 0 ignored; 0 measured; 0 filtered out`);
process.exit(failed ? 1 : 0);
