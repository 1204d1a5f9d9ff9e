//! The embed snippet a shop pastes: the element with its start screen in a
//! declarative shadow root (painted with the page, before any script), the
//! stylesheet as a link with its integrity digest, and the loader. One
//! writer for the build (scripts/post-build.mjs: the demo page and
//! `snippet/<locale>.html`) and the embed builder (demo/builder/), so the
//! snippet a shop copies is the one the tests load. The loader
//! (loader/circulation-check.js) checks the screen was made for the
//! element's settings and falls back, with a warning, when it was not.

/** The element's settings the start screen depends on, in the order the
 * loader's `SCREEN_SETTINGS` lists them; their values go into the screen's
 * `data-for`. */
const SCREEN_SETTINGS = ["data-locale", "data-heading-level", "data-theme", "data-events", "data-events-include-answers"];

/** The events levels a shop can choose (src/config.rs `EventLevel`), in the
 * order of the prerendered privacy lines. */
export const EVENTS = ["private", "funnel", "result", "answers"];
export const THEMES = ["system", "light", "dark"];
export const LEVELS = [2, 3, 4, 5, 6];

/** Text safe inside a double-quoted attribute or an element. */
export const escape = (text) =>
  String(text).replace(/[&"<>]/g, (c) => ({ "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" })[c]);

function replaceOnce(text, pattern, by, what) {
  let found = false;
  const out = text.replace(pattern, (...m) => {
    found = true;
    return typeof by === "function" ? by(...m) : by;
  });
  if (!found) throw new Error(`the prerendered screen has no ${what}`);
  return out;
}

/**
 * The snippet for one set of choices.
 * - `build`: what the build knows: `base` (the URL of the folder holding
 *   the files, ending in "/"), `css` and `cssIntegrity` (the stylesheet's
 *   hashed name and SHA-384 digest), `snippets` (the prerendered snippet
 *   screens by "<locale>/<level>") and `privacy` (each language's four
 *   privacy lines, by events level).
 * - `choice`: `locale` (a tag of `build.snippets`), `level` (2-6), `theme`,
 *   `events` (one of `EVENTS`), and optional `shopUrl`, `catalogUrl`,
 *   `storageKey`.
 */
export function snippet(build, choice) {
  const { locale, level = 2, theme = "system", events = "private" } = choice;
  const screen = build.snippets[`${locale}/${level}`];
  if (!screen) throw new Error(`no prerendered screen for ${locale} at heading level ${level}`);
  if (!THEMES.includes(theme)) throw new Error(`unknown theme ${theme}`);
  const eventsLevel = EVENTS.indexOf(events);
  if (eventsLevel < 0) throw new Error(`unknown events level ${events}`);
  // Only what differs from the widget's defaults, so the snippet reads as
  // docs/embedding.md documents the attributes.
  const attributes = [
    ["data-locale", locale],
    ["data-heading-level", level === 2 ? null : String(level)],
    ["data-theme", theme === "system" ? null : theme],
    ["data-events", eventsLevel ? events : null],
    ["data-shop-url", choice.shopUrl || null],
    ["data-catalog-url", choice.catalogUrl || null],
    ["data-storage-key", choice.storageKey || null],
  ].filter(([, value]) => value !== null);
  const value = (name) => attributes.find(([n]) => n === name)?.[1] ?? null;
  const madeFor = JSON.stringify(SCREEN_SETTINGS.map(value));
  const line = (build.privacy[locale.split("-")[0]] ?? build.privacy.en)[eventsLevel];
  let body = replaceOnce(screen, /^<div class="cc" hidden>/, `<div class="cc" hidden data-for="${escape(madeFor)}">`, "root");
  body = replaceOnce(body, / data-theme="system"/, ` data-theme="${theme}"`, "theme");
  body = replaceOnce(body, /(<li class="cc-privacy">)[^<]*(<\/li>)/, (_, open, close) => open + escape(line) + close, "privacy line");
  const attrs = attributes.map(([name, v]) => ` ${name}="${escape(v)}"`).join("");
  return (
    `<circulation-check${attrs}>` +
    `<template shadowrootmode="closed">` +
    `<link rel="stylesheet" href="${escape(build.base + build.css)}" integrity="${build.cssIntegrity}" crossorigin="anonymous">` +
    `${body}</template></circulation-check>\n` +
    `<script type="module" async src="${escape(build.base)}circulation-check.js"></script>\n`
  );
}
