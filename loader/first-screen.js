//! The first screen of an element pasted without the embed snippet (or
//! with a snippet edited by hand): a module of its own, named by its
//! content and checked by the loader like the glue (scripts/post-build.mjs
//! fills it in), so it arrives ahead of the glue and the wasm, and only a
//! page that shows the widget pays for it. `firstScreen` styles the shadow
//! root (the app keeps these styles) and shows the start screen the build
//! prerendered with the app's own code (src/bin/prerender.rs); a Start or
//! "Bring back saved results" pressed there is kept for the app
//! (`earlyPress`), which replaces the screen with the same DOM
//! (src/embed.rs).
export const { firstScreen, earlyPress } = (() => {
  // The prerender's output (less the snippet's screens, which only the
  // build and the embed builder use): `screens` by "<locale tag>/<heading
  // level>", each the index of its markup in `texts`, where a screen is
  // stored once for every locale and level that shows the same words, with
  // `\u0001` for its locale tag and `\u0002` for its heading level (the
  // build checks that filling them in gives back every screen exactly),
  // the `regions` table of engine/src/locale.rs, each locale's `busy`
  // words, each language's `privacy` lines (by events level), and the
  // minified `styles`.
  const FIRST = __CIRCULATION_CHECK_FIRST__;
  /** How long an early press waits before its button says "Getting
   * ready…": a moment a visitor does not notice. */
  const BUSY_AFTER = 300;

  /** One constructed stylesheet for every widget on the page, which a
   * strict CSP allows (unlike <style> or style=""). */
  let sheet;
  function style(shadow) {
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(FIRST.styles);
      }
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      console.warn("<circulation-check>: this browser cannot style the widget");
    }
  }

  // How the widget reads its settings (src/config.rs), mirrored only to
  // pick the prerendered screen; the app reads them itself, and a mismatch
  // would show only as the app's screen replacing this one.
  /** Longer values are ignored (src/config.rs MAX_ATTR_LEN). */
  const MAX_ATTR = 2048;
  const setting = (el, name) => {
    const value = el.getAttribute(name);
    return value === null || value.length > MAX_ATTR ? null : value.trim();
  };
  const region = (r) => (r && Object.hasOwn(FIRST.regions, r.toLowerCase()) ? FIRST.regions[r.toLowerCase()] : null);
  /** `data-locale` when it is English with a known region or none, or
   * "es" or "es-US"; else the page's `<html lang>`: Spanish for "es…"
   * (es-US in the US, es elsewhere), else the page's region in English,
   * else "en" (engine/src/locale.rs). */
  function locale(el) {
    const own = setting(el, "data-locale");
    if (own !== null) {
      const cut = own.search(/[-_]/);
      const language = (cut < 0 ? own : own.slice(0, cut)).toLowerCase();
      const rest = cut < 0 ? null : own.slice(cut + 1).toLowerCase();
      if (language === "en") {
        const tag = rest === null ? "en" : region(rest);
        if (tag) return tag;
      }
      if (language === "es" && (rest === null || rest === "us")) return rest ? "es-US" : "es";
    }
    const page = document.documentElement.getAttribute("lang") ?? "";
    if (page.length > MAX_ATTR) return "en";
    const parts = page.trim().split(/[-_]/);
    const part = parts.slice(1).find((p) => /^([a-z]{2}|[0-9]{3})$/i.test(p));
    const tag = region(part) ?? "en";
    if (parts[0].toLowerCase() === "es") return tag === "en-US" ? "es-US" : "es";
    return tag;
  }
  function theme(el) {
    const value = setting(el, "data-theme");
    return value === "light" || value === "dark" ? value : "system";
  }
  /** How much the page is told (src/config.rs `EventLevel`): 0 private,
   * 1 funnel, 2 result, 3 answers; only the exact documented words opt in,
   * and `data-events-include-answers="true"` is an alias of "answers". */
  function events(el) {
    const level = ["funnel", "result", "answers"].indexOf(setting(el, "data-events")) + 1;
    return setting(el, "data-events-include-answers") === "true" ? 3 : level;
  }
  function level(el) {
    const value = setting(el, "data-heading-level") ?? "";
    return /^\+?[0-9]+$/.test(value) && +value >= 2 && +value <= 6 ? +value : 2;
  }

  /** Per shadow root: the prerendered root element shown, and the press
   * kept for the app. */
  const shown = new WeakMap();
  const pressed = new WeakMap();

  /** A press on the prerendered screen, before the app replaced it: the
   * first Start or saved-results press is kept, and after a moment the
   * button says it is getting ready. */
  function press(event) {
    const shadow = event.currentTarget;
    if (!shown.get(shadow)?.isConnected || pressed.has(shadow)) return;
    const button = event.target.closest?.("button");
    const early = button?.classList.contains("cc-begin")
      ? "start"
      : button?.classList.contains("cc-history-open")
        ? "history"
        : button?.classList.contains("cc-lang")
          ? `lang:${button.lang}`
          : undefined;
    if (!early) return;
    pressed.set(shadow, early);
    // The language switch changes the words, not the button: no "Getting
    // ready…" on it.
    if (early.startsWith("lang:")) return;
    const busy = FIRST.busy[shadow.querySelector(".cc-card")?.lang] ?? FIRST.busy.en;
    setTimeout(() => {
      if (!button.isConnected) return;
      button.textContent = busy;
      button.setAttribute("aria-busy", "true");
    }, BUSY_AFTER);
  }

  return {
    /** Styles `shadow` and, unless the app or this screen is there
     * already, shows the prerendered start screen for `host`'s settings; a
     * broken snippet's screen is replaced, and `early` is a press it kept. */
    firstScreen(host, shadow, early) {
      style(shadow);
      // (A snippet's screen is the root's child with `data-for`.)
      if (shadow.querySelector(".cc-card") && !shadow.querySelector(".cc[data-for]")) return;
      try {
        // The build's own markup; a page whose Trusted Types policy
        // refuses it just waits for the app.
        let [tag, n] = [locale(host), level(host)];
        // This module holds one language's screens (the loader picked it
        // by the visitor's saved choice, which can differ from the page's):
        // the page's region in this language, as the widget does
        // (engine/src/locale.rs `in_language`).
        if (FIRST.screens[`${tag}/${n}`] === undefined) {
          const language = Object.keys(FIRST.privacy)[0];
          tag = tag.endsWith("-US") ? `${language}-US` : language;
        }
        shadow.innerHTML = FIRST.texts[FIRST.screens[`${tag}/${n}`]].replaceAll("\u0001", tag).replaceAll("\u0002", n);
      } catch {
        return;
      }
      const card = shadow.querySelector(".cc-card");
      card.setAttribute("data-theme", theme(host));
      // The privacy line for this page's events setting, before the screen
      // can paint: never the private line on a page that opted in.
      const privacy = shadow.querySelector(".cc-privacy");
      if (privacy) privacy.textContent = (FIRST.privacy[card.lang.split("-")[0]] ?? FIRST.privacy.en)[events(host)];
      if (!shown.has(shadow)) shadow.addEventListener("click", press);
      shown.set(shadow, shadow.firstElementChild);
      pressed.delete(shadow);
      if (early) pressed.set(shadow, early);
      try {
        performance.mark("circulation-check:prerendered");
      } catch {}
    },
    /** The press kept for the app mounting into `shadow` ("start",
     * "history", "lang:es", "lang:en" or undefined), handed over once. */
    earlyPress(shadow) {
      const early = pressed.get(shadow);
      pressed.delete(shadow);
      return early;
    },
  };
})();
