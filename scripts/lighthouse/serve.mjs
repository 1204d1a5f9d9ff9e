// Two static servers on loopback for scripts/lighthouse.sh: the shop (the
// rendered pages) and, on another port so another origin, the extension's CDN.
// Run alone to look at the pages in a browser:
//   node scripts/lighthouse/serve.mjs PAGES_DIR ASSETS_DIR PICTURES_DIR
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
};
// Already-compressed formats gain nothing from gzip; a CDN leaves them alone.
const PACKED = new Set([".png", ".jpg", ".webp", ".woff2"]);

// serveDir(resolve, headers, transform): a server answering GET from files.
// resolve maps a URL path to a file (or null); each body is built, gzipped
// and kept once, so the compression costs nothing during the measurement.
function serveDir(resolve, headers, transform = (b) => b) {
  const cache = new Map();
  const missing = new Set();
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(req.url.split(/[?#]/)[0]);
    const file = resolve(urlPath);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      missing.add(urlPath);
      res.writeHead(404, headers).end();
      return;
    }
    const ext = path.extname(file);
    if (!cache.has(file)) {
      const body = transform(fs.readFileSync(file), ext);
      cache.set(file, { body, gz: PACKED.has(ext) ? null : zlib.gzipSync(body, { level: 9 }) });
    }
    const { body, gz } = cache.get(file);
    const useGz = gz && /\bgzip\b/.test(req.headers["accept-encoding"] || "");
    const out = useGz ? gz : body;
    res.writeHead(200, {
      ...headers,
      "Content-Type": TYPES[ext] || "application/octet-stream",
      "Content-Length": out.length,
      Vary: "Accept-Encoding",
      ...(useGz ? { "Content-Encoding": "gzip" } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : out);
  });
  return { server, missing };
}

// inside(dir, p): the file p names under dir, or null if p climbs out of it.
function inside(dir, p) {
  const file = path.join(path.resolve(dir), p);
  return file.startsWith(path.resolve(dir) + path.sep) ? file : null;
}

const listen = (server) =>
  new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(`http://127.0.0.1:${server.address().port}`)));

// startServers: both servers on free ports. Returns their origins, the
// paths each answered 404 to (a page asking for a file we do not serve
// would measure a page that is not the real one), and close().
export async function startServers(pagesDir, assetsDir, picturesDir) {
  // The CDN: assets at its root, pictures under /pictures/. Cross-origin like
  // Shopify's CDN, so CORS on every answer (the module script, the
  // stylesheet with integrity, the wasm fetch all need it), cached for a year.
  const cdn = serveDir(
    (p) => (p.startsWith("/pictures/") ? inside(picturesDir, p.slice(9)) : inside(assetsDir, p)),
    { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=31536000, immutable" },
  );
  const cdnOrigin = await listen(cdn.server);
  // The shop: pages with {{CDN}} replaced by the CDN's origin, not cached,
  // as a storefront's HTML is not.
  const shop = serveDir(
    (p) => inside(pagesDir, p),
    { "Cache-Control": "no-cache" },
    (body, ext) => (ext === ".html" ? Buffer.from(body.toString("utf8").replaceAll("{{CDN}}", cdnOrigin)) : body),
  );
  const shopOrigin = await listen(shop.server);
  return {
    shopOrigin,
    cdnOrigin,
    // (Not /favicon.ico: Chromium asks for it on its own; a real shop has one.)
    missing: () => [...shop.missing].filter((p) => p !== "/favicon.ico").concat([...cdn.missing].map((p) => `{{CDN}}${p}`)),
    close: () => Promise.all([shop, cdn].map(({ server }) => new Promise((ok) => server.close(ok)))),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [pages, assets, pictures] = process.argv.slice(2);
  if (!pictures) {
    console.error("usage: node serve.mjs PAGES_DIR ASSETS_DIR PICTURES_DIR");
    process.exit(2);
  }
  const s = await startServers(pages, assets, pictures);
  console.log(`shop ${s.shopOrigin}/ (CDN ${s.cdnOrigin}/); Ctrl-C to stop`);
}
