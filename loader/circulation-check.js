//! Loader for <circulation-check>: defines the custom element (wasm-bindgen
//! cannot subclass HTMLElement), loads the widget's files relative to this
//! file's own URL, refuses any of them unless its bytes are the ones this
//! build made (SHA-384), and shows a plain message if loading fails. No
//! inline code, no styles injected into the host page: it runs under a
//! strict CSP, inside every shop's origin, checkout pages included.
//! The wasm loads lazily: only once an element comes within a screen of the
//! viewport or is interacted with, so a page that never shows the widget
//! downloads this file only.
//! Two ways in (README and docs/embedding.md):
//! - the embed snippet: the element holds a declarative shadow root with
//!   the start screen and a stylesheet link (loader/snippet.mjs), painted
//!   with the page before any script; the loader takes that root over as it
//!   is, reads a Start pressed before it ran, and falls back to the second
//!   way, with one warning, when the snippet was edited by hand;
//! - the element alone: a small first-screen module (loader/first-screen.js:
//!   the styles, the prerendered start screen, a Start pressed early)
//!   arrives ahead of the glue and shows the screen.
//! Either way the app then replaces the screen with the same DOM
//! (src/embed.rs).

// The build puts the hashed file names and their SHA-384 digests here
// (scripts/post-build.mjs), so this stable-named file pins the exact bytes
// of the release it belongs to.
const CSS = "__CIRCULATION_CHECK_CSS__";
/** The widget's two builds, by language: English, and Spanish (which
 * speaks English too, for a visitor who switches back and for the doctor's
 * English copy of the summary). An English page never downloads Spanish
 * (ARCHITECTURE.md, "Languages"). */
const BUILDS = {
  // [first-screen module, its digest, glue, its digest, wasm, its digest]
  en: [
    "./__CIRCULATION_CHECK_FIRST__",
    "__CIRCULATION_CHECK_FIRST_INTEGRITY__",
    "./__CIRCULATION_CHECK_GLUE__",
    "__CIRCULATION_CHECK_GLUE_INTEGRITY__",
    "./__CIRCULATION_CHECK_WASM__",
    "__CIRCULATION_CHECK_WASM_INTEGRITY__",
  ],
  es: [
    "./__CIRCULATION_CHECK_FIRST_ES__",
    "__CIRCULATION_CHECK_FIRST_ES_INTEGRITY__",
    "./__CIRCULATION_CHECK_GLUE_ES__",
    "__CIRCULATION_CHECK_GLUE_ES_INTEGRITY__",
    "./__CIRCULATION_CHECK_WASM_ES__",
    "__CIRCULATION_CHECK_WASM_ES_INTEGRITY__",
  ],
};

const NAME = "circulation-check";

/** A performance mark for a shop's tools and our benchmark. A page may
 * replace or break `performance`; a mark is never worth a widget. */
function mark(what) {
  try {
    performance.mark(`${NAME}:${what}`);
  } catch {}
}

/** Loads the module `file` once its bytes are checked: import() takes no
 * integrity, so a <script type=module integrity> loads and checks it first
 * (a mismatch fires `error` and none of it runs); the import() after its
 * load finds that module in the page's module map by URL and returns the
 * same, checked instance without fetching it again. */
function checked(src, integrity) {
  return new Promise((onload, reject) =>
    document.head.append(
      Object.assign(document.createElement("script"), {
        type: "module",
        integrity,
        src,
        onload,
        onerror: () => reject(src),
      }),
    ),
  ).then(() => import(src));
}

/** This page's loads, by language: `ready` settles when that build's
 * wasm is initialised. */
const loading = {};
/** The first-screen modules by language, once asked for (only elements
 * without a working snippet need one). */
const first = {};
/** Whether this page's load failed and is being tried again: a failed
 * load gets one more try. */
let retrying = false;
/** The second try asks for other URLs: a browser remembers a failed module
 * by URL (and may have cached a bad response), so the same URL could fail
 * again without a request. */
const url = (file) => new URL(file + (retrying ? "?retry" : ""), import.meta.url);
/** Loads a language's glue and initialises its wasm once per page,
 * whatever the number of widgets; refuses a glue or wasm whose bytes are
 * not this release's. */
function loadWidget(language) {
  const [, , GLUE, GLUE_INTEGRITY, WASM, WASM_INTEGRITY] = BUILDS[language];
  if (!loading[language]) {
    // The wasm download starts beside the glue's instead of after it (the
    // glue would fetch it only once it has loaded itself). The glue's init
    // awaits this promise and reports its failure; the catch here only
    // keeps a failed fetch from also counting as an unhandled rejection.
    const wasm = fetch(url(WASM), { integrity: WASM_INTEGRITY });
    wasm.catch(() => {});
    const glue = checked(url(GLUE), GLUE_INTEGRITY);
    loading[language] = {
      ready: glue.then(async (module) => {
        await module.default({ module_or_path: wasm });
        mark("wasm-ready");
        return module;
      }),
    };
  }
  return loading[language];
}

/** The language an element's widget starts in: the visitor's own pick
 * with the language switch, saved with their progress under `key` (the
 * widget's storage, src/saved/codec.rs: `"language":{"at":…,"lang":"es"}`);
 * else as the widget reads its settings (engine/src/locale.rs): a
 * `data-locale` it knows ("en", "en-<region>" for its regions, "es",
 * "es-US"), else the page's `<html lang>`: Spanish for "es…". */
function languageOf(el, key) {
  try {
    // The first "language" field and a few characters after it, never a
    // pattern run over the whole text: a planted, huge one costs one scan.
    const saved = localStorage.getItem(`${key}:v1`) ?? "";
    const at = saved.indexOf('"language":{');
    const pick = at < 0 ? null : saved.slice(at, at + 64).match(/^"language":\{[^}]*"lang":"(en|es)"/)?.[1];
    if (pick) return pick;
  } catch {}
  const own = (el.getAttribute("data-locale") ?? "").trim().toLowerCase().replace("_", "-");
  if (/^es(-us)?$/.test(own)) return "es";
  if (/^en(-(us|gb|uk|ca|au|ie|nz))?$/.test(own)) return "en";
  const page = (document.documentElement.getAttribute("lang") ?? "").trim().toLowerCase();
  return /^es([-_]|$)/.test(page) ? "es" : "en";
}
/** Whether the first-screen module failed to load (the retry asks again). */
let firstFailed = false;
function loadFirst(language) {
  const [FIRST, FIRST_INTEGRITY] = BUILDS[language];
  first[language] ??= checked(url(FIRST), FIRST_INTEGRITY).catch((error) => {
    firstFailed = true;
    throw error;
  });
  return first[language];
}

/** Within this distance of the viewport (one screen above or below) an
 * element starts loading, so the widget is usually ready when it scrolls in. */
const NEAR = "100% 0px";
/** Interactions with an element that load it at once (or, after a failed
 * load, try again). */
const WAKE = ["pointerdown", "pointerenter", "focusin", "touchstart"];

/** Calls `go` once, on the first interaction with `el`. Returns a function
 * that cancels the wait. */
function onWake(el, go) {
  const stop = () => {
    for (const type of WAKE) el.removeEventListener(type, wake);
  };
  const wake = () => {
    stop();
    go();
  };
  for (const type of WAKE) el.addEventListener(type, wake, { passive: true });
  return stop;
}

/** Elements waiting to load, each with its start function. */
const waiting = new Map();
/** One observer for every element, so widgets that come near together
 * start in document order. */
let observer;

/** Calls `start` once, when `el` comes near the viewport or is interacted
 * with (at once without IntersectionObserver, or when the wasm is already
 * loading for another element). Returns a function that cancels the wait. */
function whenNear(el, start) {
  // A hidden page (a background tab) may never run the observer (WebKit):
  // load at once there too.
  if (Object.keys(loading).length || typeof IntersectionObserver !== "function" || document.visibilityState === "hidden") {
    start();
    return () => {};
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) waiting.get(e.target)?.();
    },
    { rootMargin: NEAR },
  );
  const stop = () => {
    waiting.delete(el);
    observer.unobserve(el);
    stopWake();
  };
  const go = () => {
    stop();
    start();
  };
  const stopWake = onWake(el, go);
  waiting.set(el, go);
  observer.observe(el);
  return stop;
}

/** For each storage key, the elements holding `key`, `key~2`, … (index 0,
 * 1, …). Elements take the first free number as they join the page, which
 * is document order for those in the HTML, and keep it until they leave:
 * which widget loads first (the one scrolled to) cannot swap their saved
 * data, and an element added later never takes an earlier one's number. */
const holders = new Map();

const FALLBACK =
  "The circulation check could not load. Please refresh the page, or try again later.";
/** Under the widget when the switch to Spanish could not load the Spanish
 * build (the English widget stays): said in Spanish, to whom it is for. */
const NO_SPANISH = "No se pudo cargar el español. El chequeo sigue en inglés; inténtelo de nuevo más tarde.";

/** The marks session-replay and heatmap tools document for "record this
 * element as an empty box, never its content or what is typed in it"
 * (docs/events-and-privacy.md, "What leaves the page"): rrweb, PostHog, Sentry,
 * FullStory and Smartlook read classes; LogRocket, Hotjar, Microsoft
 * Clarity, Sentry and Smartlook read attributes. */
const UNRECORDED_CLASSES = ["rr-block", "ph-no-capture", "sentry-block", "fs-exclude", "smartlook-hide"];
const UNRECORDED_ATTRIBUTES = {
  "data-private": "",
  "data-hj-suppress": "",
  "data-clarity-mask": "true",
  "data-sentry-block": "",
  "data-recording-sensitive": "",
};

/** The element's settings that its start screen depends on. The snippet's
 * screen names their values, as it was made for them, in `data-for`
 * (loader/snippet.mjs keeps the same list): a snippet whose element was
 * edited afterwards shows the app's own screen instead, so its privacy
 * line and language are never the wrong ones for longer than it takes
 * this file to run. */
const SCREEN_SETTINGS = ["data-locale", "data-heading-level", "data-theme", "data-events", "data-events-include-answers"];
const settingsOf = (el) => JSON.stringify(SCREEN_SETTINGS.map((name) => el.getAttribute(name)));

/** What is wrong with the embed snippet in `shadow`, if anything: an empty
 * list for a snippet as the build or the embed builder wrote it, `null`
 * for a root that holds no snippet's screen. */
/** The child of `shadow` that matches `selector` (`:scope >` matches
 * nothing in a shadow root, which is no element). */
const child = (shadow, selector) => [...shadow.children].find((el) => el.matches(selector));

function snippetProblems(host, shadow) {
  const screen = child(shadow, ".cc[data-for]");
  if (!screen) return null;
  const problems = [];
  const link = child(shadow, "link[rel=stylesheet]");
  if (!link) problems.push("has no stylesheet link");
  else if (!link.href.split(/[?#]/)[0].endsWith(`/${CSS}`)) problems.push("links a stylesheet of another release");
  else if (document.readyState === "complete" && getComputedStyle(screen).display === "none")
    problems.push("has a stylesheet that did not load");
  if (screen.getAttribute("data-for") !== settingsOf(host)) problems.push("holds a start screen made for other settings");
  return problems;
}

class CirculationCheck extends HTMLElement {
  connectedCallback() {
    // Run early (`async`), the loader can meet an element whose children
    // the parser has not reached yet (nothing follows it yet): a
    // declarative shadow root may still be to come, and attaching one here
    // would make the parser drop the snippet's. Decide once the document
    // is parsed.
    if (!this._root && !this._declared() && !this.nextSibling && document.readyState === "loading") {
      if (!this._parsing) {
        this._parsing = true;
        document.addEventListener(
          "DOMContentLoaded",
          () => {
            this._parsing = false;
            if (this.isConnected) this.connectedCallback();
          },
          { once: true },
        );
      }
      return;
    }
    this.classList.add(...UNRECORDED_CLASSES);
    for (const [name, value] of Object.entries(UNRECORDED_ATTRIBUTES)) this.setAttribute(name, value);
    // Closed, so a recorder that walks open shadow roots (rrweb and the
    // tools built on it read `element.shadowRoot`) or follows an event into
    // one (`composedPath`) finds nothing of the quiz; the loader keeps the
    // one reference, also across removal and re-adding. `::part` theming
    // works the same (ARCHITECTURE.md, "Closed shadow root"). A snippet's
    // root, declared in the HTML, is reached through the element's
    // internals: attachShadow would return it emptied.
    const shadow = (this._root ??= this._declared() ?? this.attachShadow({ mode: "closed" }));
    const generation = (this._generation = (this._generation ?? 0) + 1);
    // The storage key as the widget reads it (src/config.rs: trimmed, 1 to
    // 64 of A-Z a-z 0-9 _ . -, else the default).
    let key = (this.getAttribute("data-storage-key") ?? "").trim();
    if (!/^[\w.-]{1,64}$/.test(key)) key = NAME;
    const list = holders.get(key) ?? [];
    holders.set(key, list);
    let n = 0;
    while (list[n]) n++;
    list[n] = this;
    this._held = [list, n];
    this._key = n ? `${key}~${n + 1}` : key;
    this._snippet(shadow);
    // The language switch (`.cc-lang`), heard on the root for the
    // element's whole life: pressed before the app runs, or in the English
    // build, which has no Spanish, it takes the Spanish build.
    if (!this._switch) {
      this._switch = true;
      shadow.addEventListener("click", (event) => {
        const to = event.target.closest?.(".cc-lang")?.lang;
        if (to !== "es" || this._language === "es") return;
        child(shadow, ".cc-lang-failed")?.remove();
        if (!this._loading) this._language = "es";
        else if (this._widget && !this._handing) {
          // Outside the wasm's own click handler: unmounting the app there
          // would pull it out from under itself.
          this._handing = true;
          this._language = "es";
          this._early = shadow.querySelector(".cc-start") ? "lang:es" : "continue:es";
          setTimeout(() => this._start(shadow, this._generation));
        }
      });
    }
    const start = () => this._start(shadow, generation);
    // A Start pressed on the snippet before this file ran: load at once.
    if (shadow.querySelector(".cc-early[open]")) start();
    else this._cancel = whenNear(this, start);
  }

  /** The shadow root the HTML declared for this element, if any (read
   * through its internals, which can be asked for once). */
  _declared() {
    try {
      this._internals ??= this.attachInternals();
    } catch {
      return null;
    }
    return this._internals.shadowRoot;
  }

  /** Decides, once per element (its root stays across removal and
   * re-adding), whether `shadow` holds a snippet as it was written
   * (`_ok`), keeping a press on it for the app; else (a snippet edited by
   * hand) warns once and sends the element the element-only way.
   * `_settled` resolves once the snippet's stylesheet has loaded or
   * failed. */
  _snippet(shadow) {
    if (this._ok !== undefined) return;
    const problems = snippetProblems(this, shadow);
    this._ok = problems?.length === 0;
    if (problems === null) return;
    if (problems.length) return this._broken(problems);
    shadow.addEventListener("click", (event) => {
      if (!this._ok || this._widget) return;
      if (event.target.closest?.(".cc-history-open")) this._early ??= "history";
      const pick = event.target.closest?.(".cc-lang")?.lang;
      if (pick) this._early ??= `lang:${pick}`;
    });
    // A stylesheet still loading may yet fail (a wrong integrity hash).
    // The test is whether it applies: the screen it shows takes room
    // (Firefox makes a `sheet` even for a stylesheet it refused). A
    // failure before this file ran left no event to hear, so the page's
    // load event, which waits for the sheet, settles it too.
    const link = child(shadow, "link[rel=stylesheet]");
    const screen = child(shadow, ".cc[data-for]");
    const applies = () => getComputedStyle(screen).display !== "none";
    if (applies()) return;
    this._settled = new Promise((done) => {
      const settle = () => {
        if (this._ok && !applies()) this._broken(["has a stylesheet that did not load"]);
        done();
      };
      link.addEventListener("load", settle, { once: true });
      link.addEventListener("error", settle, { once: true });
      addEventListener("load", () => setTimeout(settle), { once: true });
    });
  }

  _broken(problems) {
    this._ok = false;
    console.warn(
      `<${NAME}>: the embed snippet ${problems.join(", ")}; the widget starts without it. Copy the snippet again from the embed builder (README, "Embedding").`,
    );
    // Already loading: show the right screen now.
    if (Object.keys(loading).length) this._first(this._root, this._generation);
  }

  /** The language this element's widget starts in, read once and only
   * when first needed (a widget never near the viewport reads no storage). */
  _lang() {
    return (this._language ??= languageOf(this, this._key));
  }

  /** Shows the first-screen module's start screen: on an element alone,
   * or in place of a broken snippet's screen, with its press kept. */
  _first(shadow, generation) {
    const early = shadow.querySelector(".cc-early[open]") ? "start" : this._early;
    return loadFirst(this._lang()).then((module) => {
      // Not over the failure message of a load that failed meanwhile.
      if (this.isConnected && generation === this._generation && !this._failed)
        module.firstScreen(this, shadow, early);
      return module;
    });
  }

  async _start(shadow, generation) {
    this._failed = false;
    // The visitor picked the other language with the switch (saved with
    // their progress): a snippet's screen is in the page's, so the
    // element-only screen in theirs takes its place, with no warning (the
    // snippet is as it was written).
    if (this._ok && !this._widget && !child(shadow, ".cc[data-for]")?.querySelector(`.cc-card[lang^="${this._lang()}"]`))
      this._ok = false;
    // Element-only: the first screen (with the styles the app needs too)
    // comes in its own small file, asked for ahead of the glue and wasm.
    // (A handover keeps the running app's screen and styles.)
    const styled = this._ok || this._widget ? null : this._first(shadow, generation);
    styled?.catch(() => {});
    const language = this._lang();
    this._loading = true;
    const load = loadWidget(language);
    // Removed, or removed and re-added, while the wasm was loading.
    const stale = () => !this.isConnected || generation !== this._generation;
    try {
      const glue = await load.ready;
      await this._settled;
      // A snippet found broken while the wasm loaded: its replacement
      // screen and styles come first.
      const module = await (styled ?? (this._ok || this._widget ? null : this._first(shadow, generation)));
      if (stale()) return;
      const early =
        (module ? module.earlyPress(shadow) : shadow.querySelector(".cc-early[open]") ? "start" : undefined) ??
        this._early;
      this._early = undefined;
      // A handover (below): the English app stays usable until the Spanish
      // build is ready, then makes way; its screen stays on view and focus
      // on the same control until the new app's first render replaces it.
      const old = this._widget;
      if (old) {
        const root = child(shadow, ".cc");
        const controls = () => [...shadow.querySelectorAll("button, a[href], input, select, textarea")];
        const focused = controls().indexOf(shadow.activeElement);
        const shown = root?.cloneNode(true);
        old.unmount();
        old.free();
        if (shown) root.replaceWith(shown);
        controls()[focused]?.focus();
      }
      this._widget = glue.mount_nth(this, shadow, this._held[1] + 1, early);
      this._handing = false;
      mark("mounted");
      // Spanish picked on the screen before the app ran, after the English
      // build was on its way: the Spanish build takes over, and saves it.
      if (early === "lang:es" && language === "en") {
        this._handing = true;
        this._language = "es";
        this._early = early;
        this._start(shadow, generation);
      }
    } catch (error) {
      if (stale()) return;
      if (this._handing) {
        // The Spanish build could not load: the English one stays, says so
        // under the card, and a press on the switch asks again.
        this._handing = false;
        this._language = "en";
        if (loading.es === load) delete loading.es;
        const note = Object.assign(document.createElement("p"), { className: "cc-lang-failed", lang: "es", textContent: NO_SPANISH });
        note.setAttribute("role", "status");
        shadow.append(note);
        return console.warn(`<${NAME}> could not change the language:`, error);
      }
      const note = document.createElement("p");
      note.setAttribute("role", "status");
      note.textContent = FALLBACK;
      this._failed = true;
      shadow.replaceChildren(note);
      // The message replaced a snippet's stylesheet link too: a retry
      // takes the element-only way, whose module brings the styles.
      this._ok = false;
      console.warn(`<${NAME}> could not start:`, error);
      // A failed load gets one more try, with fresh requests, when the
      // visitor next reaches for the element (a network hiccup, a deploy
      // caught half-way).
      if (!retrying)
        this._cancel = onWake(this, () => {
          retrying = true;
          if (loading[language] === load) delete loading[language];
          if (firstFailed) [first.en, first.es, firstFailed] = [undefined, undefined, false];
          this._start(shadow, generation);
        });
    }
  }

  disconnectedCallback() {
    if (!this._held) return;
    this._cancel?.();
    this._generation = (this._generation ?? 0) + 1;
    const [list, n] = this._held;
    list[n] = undefined;
    this._held = undefined;
    const widget = this._widget;
    this._widget = undefined;
    if (widget) {
      widget.unmount();
      widget.free();
    }
  }
}

if (customElements.get(NAME)) {
  // Doing nothing silently would leave a shop guessing why its settings or
  // version are not the ones running.
  console.warn(`<${NAME}> is already defined (another copy of this loader, or another script): this copy does nothing.`);
} else {
  customElements.define(NAME, CirculationCheck);
}
