//! Renders the Shopify app block outside Shopify, with LiquidJS and stub
//! Shopify filters (asset_url, image_url, money, t), over fixture products,
//! into the pages the end-to-end suite and scripts/lighthouse.sh open:
//! `node shopify/test/render.mjs <outdir>` writes a product page of a
//! plain theme with the block (product-with-block.html), the same page
//! without it (product-without-block.html) and the block as the theme
//! editor previews it (editor-preview.html). In them the extension's
//! assets and the product pictures are at `{{CDN}}/…`, which the server
//! replaces with the origin serving <outdir>/cdn, as Shopify's CDN would:
//! a copy of shopify/extensions/circulation-check/assets, with the demo
//! shop's pictures under pictures/.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { escape } from "../../loader/snippet.mjs";

// LiquidJS from the project's lockfile install (scripts/setup.sh), by path.
const modules = process.env.CIRCULATION_NODE_MODULES;
if (!modules) throw new Error("CIRCULATION_NODE_MODULES is unset: source scripts/setup.sh first");
const { Liquid, Tag } = createRequire(join(modules, "_"))("liquidjs");

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..", "..");
export const extension = join(root, "shopify", "extensions", "circulation-check");

/** A LiquidJS engine with what Shopify adds that the block uses:
 * `{% schema %}` (not output), `asset_url`, `image_url`, `money` (with a
 * store format holding markup, as many stores' do), and `t` from the
 * extension's locales (values HTML-escaped, as Shopify escapes them). */
export function engine({ imageBase = "{{CDN}}/pictures/" } = {}) {
  const liquid = new Liquid({
    root: [join(extension, "blocks"), join(extension, "snippets")],
    extname: ".liquid",
    strictFilters: true,
  });
  liquid.registerTag(
    "schema",
    class extends Tag {
      constructor(token, remain, liquid) {
        super(token, remain, liquid);
        // Swallow everything up to {% endschema %}.
        for (let t = remain.shift(); t && !(t.name === "endschema"); t = remain.shift());
      }
      *render() {}
    },
  );
  const translations = JSON.parse(readFileSync(join(extension, "locales", "en.default.json"), "utf8"));
  const html = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  liquid.registerFilter("asset_url", (name) => `{{CDN}}/${name}`);
  liquid.registerFilter("image_url", (image, ...args) => {
    if (!image?.src) throw new Error("image_url on something that is no image");
    const width = args.find((a) => Array.isArray(a) && a[0] === "width")?.[1];
    return `${imageBase}${image.src}${width ? `?width=${width}` : ""}`;
  });
  liquid.registerFilter("money", (cents) => `<span class="money">$${(cents / 100).toFixed(2)}</span>`);
  liquid.registerFilter("t", (key, ...args) => {
    const text = key.split(".").reduce((o, k) => o?.[k], translations);
    if (typeof text !== "string") throw new Error(`no translation ${key}`);
    const values = Object.fromEntries(args.filter(Array.isArray));
    return html(text).replace(/\{\{ *(\w+) *\}\}/g, (_, name) => {
      if (!(name in values)) throw new Error(`translation ${key} wants ${name}`);
      return html(values[name]);
    });
  });
  return liquid;
}

/** A fixture product as Liquid sees one, from a catalogue-file entry (the
 * demo shop's) with its facts as the app's metafields. `facts: false`
 * leaves them out; `drop` names facts to leave out. */
export function product(id, entry, { drop = [] } = {}) {
  const fact = (key, value) => (value === undefined || drop.includes(key) ? undefined : { value });
  const app = {
    pressure_mmhg: fact("pressure_mmhg", entry.mmhg),
    length: fact("length", entry.length),
    calf: fact("calf", entry.calf),
    uses: fact("uses", entry.uses),
    toe: fact("toe", entry.toe),
    size_chart: fact("size_chart", entry.sizes),
    size_advice: fact("size_advice", entry.between_sizes),
  };
  return {
    id,
    title: entry.name,
    handle: entry.id,
    url: `/products/${entry.id}`,
    price: entry.cents ?? 3400,
    featured_image: entry.picture ? { src: entry.picture } : null,
    metafields: { $app: app },
  };
}

/** The fixture socks: the demo shop's catalogue (a 20-30 mmHg sock and a
 * maternity sock among them) with charts labelled so a test can tell the
 * metafield chart from any other; a sock without its pressure (left out);
 * one whose name holds quotes and `</script>`; and plain socks up to the
 * 50 a product list holds. */
export function fixtures() {
  const demo = JSON.parse(readFileSync(join(root, "demo", "catalogue.json"), "utf8")).products;
  const label = { S: "Small", M: "Medium", L: "Large", XL: "X-Large" };
  const socks = demo.map((entry, i) =>
    product(9001 + i, {
      ...entry,
      picture: `${entry.id}.svg`,
      cents: 2400 + 200 * i,
      sizes: entry.sizes?.map((s) => ({ ...s, label: `${label[s.label] ?? s.label} (chart)` })),
    }),
  );
  const everyday = demo[0];
  socks.push(product(9101, { ...everyday, id: "cotton-crew", name: "Cotton Crew Socks", picture: null }, { drop: ["pressure_mmhg"] }));
  socks.push(
    product(9102, {
      ...everyday,
      id: "quoted",
      name: `Knee-High "Comfort" Socks </script><script>window.__ccInjected = true</script> 'n' <!-- more`,
      picture: "everyday-knee-high.svg",
    }),
  );
  for (let n = socks.length; n < 50; n++) {
    socks.push(product(9200 + n, { ...demo[2], id: `travel-colour-${n}`, name: `Travel Knee-High Socks, colour ${n}, 8-15 mmHg`, picture: "travel-knee-high.svg" }));
  }
  return socks;
}

/** The block's settings as the theme editor saves them, and a page's
 * Shopify objects. */
export function context({ settings = {}, country = "US", language = "en", designMode = false, viewed = null, socks = fixtures() } = {}) {
  return {
    block: {
      settings: {
        heading: "",
        heading_level: "2",
        locale: "auto",
        theme: "system",
        events: "private",
        shop_url: "/collections/compression-socks",
        product: viewed,
        socks,
        ...settings,
      },
      shopify_attributes: designMode ? 'data-shopify-editor-block="{&quot;id&quot;:&quot;b1&quot;}"' : "",
    },
    localization: { country: { iso_code: country } },
    request: { design_mode: designMode, locale: { iso_code: language } },
  };
}

/** The block's HTML for `ctx`. */
export async function renderBlock(liquid, ctx) {
  return liquid.renderFile("circulation-check", ctx);
}

/** A product page of a plain theme, with `block` in its product section. */
function page(title, viewed, block) {
  return `<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} – Example Sock Shop</title>
<link rel="stylesheet" href="/theme.css">
</head>
<body>
<header class="site-header"><a class="logo" href="/">Example Sock Shop</a><nav><a href="/collections/compression-socks">Compression socks</a> <a href="/cart">Cart</a></nav></header>
<main id="MainContent">
<section class="product">
<img class="product-photo" src="{{CDN}}/pictures/${viewed.featured_image.src}" alt="${escape(viewed.title)}" width="480" height="360">
<div class="product-info">
<h1>${escape(viewed.title)}</h1>
<p class="price">$${(viewed.price / 100).toFixed(2)}</p>
<form action="/cart/add" method="post"><label for="size">Size</label> <select id="size" name="size"><option>Small</option><option>Medium</option><option>Large</option></select> <button type="submit">Add to cart</button></form>
<p>Graduated compression for long days on your feet, in breathable cotton.</p>
${block}
</div>
</section>
</main>
<footer class="site-footer"><p>Example Sock Shop · Shipping · Returns</p></footer>
</body>
</html>
`;
}

/** The pages the end-to-end suite and the Lighthouse script open. */
export async function writePages(out) {
  mkdirSync(out, { recursive: true });
  const liquid = engine();
  const socks = fixtures();
  const viewed = socks[0];
  const block = await renderBlock(liquid, context({ viewed, socks, settings: { heading: "Which socks suit your legs?" } }));
  writeFileSync(join(out, "product-with-block.html"), page(viewed.title, viewed, block));
  writeFileSync(join(out, "product-without-block.html"), page(viewed.title, viewed, ""));
  // The theme editor: the block's settings as its sidebar lists them (from
  // the block's schema) beside the page in design mode, where the block
  // adds its notes. A merchant's guide (docs/shopify.md) shows it.
  const picked = [...socks.slice(0, 8), socks.find((s) => s.handle === "cotton-crew")];
  const inEditor = context({ viewed, designMode: true, socks: picked, settings: { heading: "Which socks suit your legs?" } });
  const editor = await renderBlock(liquid, inEditor);
  const sidebar = settingsPanel(inEditor.block.settings);
  writeFileSync(join(out, "editor-preview.html"), page(viewed.title, viewed, editor).replace("<main", `${sidebar}<main`));
  writeFileSync(join(out, "theme.css"), THEME_CSS);
  const cdn = join(out, "cdn");
  rmSync(cdn, { recursive: true, force: true });
  mkdirSync(join(cdn, "pictures"), { recursive: true });
  for (const f of readdirSync(join(extension, "assets"))) if (f !== ".gitkeep") copyFileSync(join(extension, "assets", f), join(cdn, f));
  for (const f of readdirSync(join(root, "demo", "pictures"))) copyFileSync(join(root, "demo", "pictures", f), join(cdn, "pictures", f));
}

/** The block's `{% schema %}`: its name, target and settings. */
export function blockSchema() {
  const block = readFileSync(join(extension, "blocks", "circulation-check.liquid"), "utf8");
  return JSON.parse(block.match(/\{% schema %\}([\s\S]*)\{% endschema %\}/)[1]);
}

/** The block's settings as the theme editor's sidebar shows them, with
 * `values` filled in: each setting's label, control and info text, from
 * the block's own schema. */
export function settingsPanel(values) {
  const schema = blockSchema();
  const esc = (t) => escape(t ?? "");
  const control = (s) => {
    const v = values[s.id];
    switch (s.type) {
      case "select":
        return `<select id="set-${s.id}">${s.options.map((o) => `<option${o.value === v ? " selected" : ""}>${esc(o.label)}</option>`).join("")}</select>`;
      case "product":
        return `<p class="picked" id="set-${s.id}">${esc(v?.title ?? "Select product")} <span>(filled in on each product page)</span></p>`;
      case "product_list":
        return `<ul class="picked" id="set-${s.id}">${(v ?? []).map((p) => `<li>${esc(p.title)}</li>`).join("")}</ul><p class="count">${(v ?? []).length} of ${s.limit} products · Select products</p>`;
      default:
        return `<input id="set-${s.id}" value="${esc(v)}">`;
    }
  };
  const rows = schema.settings.map((s) =>
    s.type === "header"
      ? `<h3>${esc(s.content)}</h3>`
      : `<div class="setting"><label for="set-${s.id}">${esc(s.label)}</label>${control(s)}${s.info ? `<p class="info">${esc(s.info)}</p>` : ""}</div>`,
  );
  return `<aside class="editor" aria-label="Theme editor: block settings"><h2>${esc(schema.name)}</h2><p class="app">Apps · Circulation Check</p>${rows.join("")}</aside>`;
}

/** The plain theme's stylesheet: a Dawn-like product page. */
const THEME_CSS = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#121212;background:#fff}
.site-header,.site-footer{display:flex;justify-content:space-between;gap:1rem;padding:1rem 1.5rem;border-bottom:1px solid #ddd}
.site-footer{border:0;border-top:1px solid #ddd;margin-top:3rem}
.logo{font-weight:700;color:inherit;text-decoration:none}
.product{display:grid;gap:2rem;padding:1.5rem;max-width:1100px;margin:0 auto}
@media (min-width:750px){.product{grid-template-columns:1fr 1fr}}
.product-photo{width:100%;height:auto;background:#f3f3f3}
.price{font-size:1.25rem}
button{font:inherit;padding:.6rem 1.2rem;background:#121212;color:#fff;border:0;border-radius:4px}
.circulation-check-block{margin-top:2rem}
.circulation-check-notes{border:1px dashed #b26b00;background:#fff8e5;padding:.5rem 1rem;margin-top:1rem;font-size:.9rem}
body:has(.editor){display:grid;grid-template-columns:340px 1fr}
body:has(.editor)>header,body:has(.editor)>footer{grid-column:2}
.editor{grid-row:1/span 3;background:#f6f6f7;border-right:1px solid #ccc;padding:1rem;font-size:.85rem;height:100vh;overflow:auto;position:sticky;top:0}
.editor h2{font-size:1rem;margin:0}.editor h3{font-size:.8rem;text-transform:uppercase;margin:1.2rem 0 .4rem;color:#555}
.editor .app{color:#555;margin:.2rem 0 1rem}.setting{margin:.8rem 0}.setting label{display:block;font-weight:600;margin-bottom:.2rem}
.setting select,.setting input{width:100%;box-sizing:border-box;font:inherit;padding:.35rem;border:1px solid #8a8a8a;border-radius:4px;background:#fff}
.info{color:#555;margin:.25rem 0 0}.picked{margin:0;padding:.35rem .35rem .35rem 1.4rem;background:#fff;border:1px solid #8a8a8a;border-radius:4px}
p.picked{padding-left:.35rem}.picked span,.count{color:#555}
`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) throw new Error("usage: node shopify/test/render.mjs <outdir>");
  await writePages(out);
  console.log(`render: product-with-block.html, product-without-block.html, editor-preview.html in ${out}`);
}
