//! The embed builder: a shop picks the widget's settings, sees it live and
//! copies the exact snippet (loader/snippet.mjs, the writer the build uses
//! for the demo page) with the integrity digest of this release's
//! stylesheet (build.json, written by scripts/post-build.mjs).
import { snippet } from "./snippet.mjs";

/** Where each locale's visitors are, as the picker names it. */
const PLACES = {
  "en-US": "United States (911, US units)",
  "en-GB": "United Kingdom (999, NHS 111)",
  "en-CA": "Canada (911, 811)",
  "en-AU": "Australia (000, healthdirect)",
  "en-IE": "Ireland (112 or 999)",
  "en-NZ": "New Zealand (111, Healthline)",
  en: "Anywhere, or not known (the local emergency number, several listed)",
  "es-US": "United States, in Spanish (911, US units)",
  es: "Anywhere, in Spanish (the local emergency number, several listed)",
};

const $ = (id) => document.getElementById(id);
const form = $("settings");
/** The preview's own saved data, apart from the demo shop's widget. */
const PREVIEW_KEY = "embed-builder-preview";

/** An address the widget accepts (src/config.rs): http(s), or a path from
 * the site's root; empty is allowed where the setting is optional. */
function address(id, optional) {
  const input = $(id);
  const error = $(`${id}-error`);
  const value = input.value.trim();
  let message = "";
  if (!value) {
    if (!optional) message = "Give the folder's address.";
  } else if (!(value.startsWith("/") && !value.startsWith("//"))) {
    try {
      const url = new URL(value);
      if (url.protocol !== "https:" && url.protocol !== "http:") message = "Use an address starting with https://.";
    } catch {
      message = "This is not a web address: start it with https:// or with /.";
    }
  }
  error.textContent = message;
  error.hidden = !message;
  input.setAttribute("aria-invalid", String(!!message));
  return message ? null : value;
}

function choice() {
  const data = new FormData(form);
  return {
    locale: data.get("locale"),
    level: Number(data.get("level")),
    theme: data.get("theme"),
    events: data.get("events"),
    shopUrl: address("shop-url", true),
    catalogUrl: address("catalog-url", true),
    base: address("base", false),
  };
}

/** Puts a widget made from `html` (a snippet without its script) in the
 * preview. setHTMLUnsafe parses the declarative shadow root, as a page
 * load would; where it is missing the element takes the element-only
 * path, as it would on such a browser. */
function preview(build, picked) {
  const html = snippet({ ...build, base: new URL("../circulation-check/v1/", location.href).href }, {
    ...picked,
    storageKey: PREVIEW_KEY,
  }).replace(/<script[^>]*><\/script>\n?/, "");
  const box = $("preview");
  if (typeof box.setHTMLUnsafe === "function") box.setHTMLUnsafe(html);
  else box.innerHTML = html;
}

let last = "";
function update(build) {
  const picked = choice();
  if (picked.shopUrl === null || picked.catalogUrl === null || !picked.base) return;
  const base = picked.base.endsWith("/") ? picked.base : `${picked.base}/`;
  const text = snippet({ ...build, base }, picked);
  $("snippet").value = text;
  $("copied").textContent = "";
  // The preview restarts only when what it shows changes.
  const key = JSON.stringify([picked.locale, picked.level, picked.theme, picked.events, picked.shopUrl, picked.catalogUrl]);
  if (key !== last) {
    last = key;
    preview(build, picked);
  }
}

async function copy() {
  const text = $("snippet").value;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard permission (an embedded page, an older browser): the
    // text is selected for the visitor's own copy command.
    $("snippet").select();
    $("copied").textContent = "Selected: press Ctrl+C (⌘C on a Mac) to copy.";
    return;
  }
  $("copied").textContent = "Copied.";
}

async function main() {
  let build;
  try {
    const response = await fetch("build.json");
    if (!response.ok) throw new Error(response.statusText);
    build = await response.json();
  } catch {
    $("loading").textContent = "The settings could not load. Refresh the page to try again.";
    return;
  }
  for (const locale of build.locales) {
    $("locale").append(new Option(PLACES[locale] ?? locale, locale, locale === "en-US", locale === "en-US"));
  }
  for (const level of [2, 3, 4, 5, 6]) {
    $("level").append(new Option(`Heading ${level} (h${level})`, String(level)));
  }
  $("base").value = new URL("../circulation-check/v1/", location.href).href;
  $("loading").remove();
  form.addEventListener("input", () => update(build));
  form.addEventListener("change", () => update(build));
  form.addEventListener("submit", (event) => event.preventDefault());
  $("copy").addEventListener("click", copy);
  update(build);
}

main();
