//! Writes the Shopify block's start screen as Liquid
//! (extensions/circulation-check/snippets/circulation-check-screen.liquid):
//! what goes inside the element's declarative shadow root, the stylesheet
//! link and the prerendered screen, for the block's locale, heading level,
//! theme and events level. It is made from the embed snippet
//! (loader/snippet.mjs) itself, with the parts that vary put back as Liquid,
//! so the block paints exactly the screen a pasted snippet paints; the
//! Shopify check (shopify/test/check.mjs) renders every combination and
//! compares it with `snippet()`.
import { EVENTS, LEVELS, escape, snippet } from "../loader/snippet.mjs";

/** Liquid that outputs `data-for` for the snippet's settings (the loader's
 * `SCREEN_SETTINGS`: locale, heading level, theme, events, the old answers
 * switch), HTML-escaped as `snippet()` writes it. */
const MADE_FOR =
  "[&quot;{{ locale }}&quot;," +
  "{% if level == 2 %}null{% else %}&quot;{{ level }}&quot;{% endif %}," +
  "{% if theme == 'system' %}null{% else %}&quot;{{ theme }}&quot;{% endif %}," +
  "{% if events == 'private' %}null{% else %}&quot;{{ events }}&quot;{% endif %},null]";

function swap(text, from, to, what) {
  if (!text.includes(from)) throw new Error(`the snippet has no ${what}: ${from}`);
  return text.replaceAll(from, to);
}

/**
 * The snippet's template content for `locale` at heading level `level`,
 * with the varying parts as Liquid: `build` as for `snippet()` (its `base`
 * is ignored: the block names files by `asset_url`).
 */
function screenFor(build, locale, level) {
  const made = snippet({ ...build, base: "" }, { locale, level });
  const inner = made.match(/<template shadowrootmode="closed">([\s\S]*)<\/template><\/circulation-check>/)?.[1];
  if (!inner) throw new Error(`no template in the ${locale} snippet`);
  // Text that Liquid would read as its own would not come out as written.
  if (/\{\{|\{%/.test(inner)) throw new Error(`the ${locale} screen holds Liquid of its own`);
  const forNow = made.match(/data-for="([^"]*)"/)[1];
  const privacy = (build.privacy[locale.split("-")[0]] ?? build.privacy.en)[0];
  let text = inner;
  text = swap(text, `href="${escape(build.css)}"`, `href="{{ '${build.css}' | asset_url }}"`, "stylesheet link");
  text = swap(text, `data-for="${forNow}"`, `data-for="${MADE_FOR}"`, "data-for");
  text = swap(text, ' data-theme="system"', ' data-theme="{{ theme }}"', "theme");
  text = swap(text, `<li class="cc-privacy">${escape(privacy)}</li>`, '<li class="cc-privacy">{{ cc_privacy }}</li>', "privacy line");
  text = swap(text, `lang="${locale}"`, 'lang="{{ locale }}"', "lang");
  text = swap(text, `<h${level} `, "<h{{ level }} ", "heading");
  text = swap(text, `</h${level}>`, "</h{{ level }}>", "heading end");
  return text;
}

/** The whole Liquid snippet. Each distinct screen is written once, under
 * the locales that share it. */
export function screenLiquid(build, locales) {
  const texts = new Map();
  for (const locale of locales) {
    const [first, ...others] = LEVELS;
    const text = screenFor(build, locale, first);
    // Every heading level must give the same text once its level is Liquid.
    for (const level of others) {
      if (screenFor(build, locale, level) !== text) throw new Error(`the ${locale} screen differs by more than its level at ${level}`);
    }
    texts.set(text, [...(texts.get(text) ?? []), locale]);
  }
  const languages = Object.keys(build.privacy);
  const privacyCase = languages
    .map(
      (language) =>
        `{%- when '${language}' -%}{%- case events -%}` +
        EVENTS.map((events, i) => `{%- when '${events}' -%}${escape(build.privacy[language][i])}`).join("") +
        "{%- endcase -%}",
    )
    .join("");
  const screens = [...texts]
    .map(([text, tags]) => `{%- when ${tags.map((t) => `'${t}'`).join(", ")} -%}\n${text}\n`)
    .join("");
  return (
    "{%- comment -%}\n" +
    "  Written by the build (scripts/post-build.mjs with shopify/screen.mjs) from\n" +
    "  the prerendered start screens: do not edit. Inside Circulation Check's\n" +
    "  declarative shadow root: the stylesheet link and the start screen for\n" +
    "  locale, level (2-6), theme and events (the block's settings), the same\n" +
    "  bytes as the embed snippet for those settings.\n" +
    "{%- endcomment -%}\n" +
    "{%- assign cc_language = locale | split: '-' | first -%}\n" +
    `{%- capture cc_privacy -%}{%- case cc_language -%}${privacyCase}{%- else -%}{%- case events -%}` +
    EVENTS.map((events, i) => `{%- when '${events}' -%}${escape(build.privacy.en[i])}`).join("") +
    "{%- endcase -%}{%- endcase -%}{%- endcapture -%}\n" +
    "{%- case locale -%}\n" +
    screens +
    "{%- endcase -%}\n"
  );
}
