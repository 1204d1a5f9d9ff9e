//! Loader for <circulation-check>: defines the custom element (wasm-bindgen
//! cannot subclass HTMLElement), loads the widget's glue and wasm relative to
//! this file's own URL, refuses either one unless its bytes are the ones this
//! build made (SHA-384), and shows a plain message if loading fails. No
//! inline code, no styles injected into the host page: it runs under a
//! strict CSP, inside every shop's origin, checkout pages included.
//! The wasm loads lazily: only once an element comes within a screen of the
//! viewport or is interacted with, so a page that never shows the widget
//! downloads this file only.
//! The glue carries the first screen (loader/first-screen.js: the styles,
//! the prerendered start screen, a Start pressed early): the element shows
//! it as soon as the glue arrives, long before the wasm, and the app then
//! replaces it with the same DOM (src/embed.rs).

// The build puts the hashed file names and their SHA-384 digests here
// (scripts/post-build.mjs), so this stable-named file pins the exact bytes
// of the release it belongs to.
const GLUE = "./__CIRCULATION_CHECK_GLUE__";
const WASM = "./__CIRCULATION_CHECK_WASM__";
const GLUE_INTEGRITY = "__CIRCULATION_CHECK_GLUE_INTEGRITY__";
const WASM_INTEGRITY = "__CIRCULATION_CHECK_WASM_INTEGRITY__";

const NAME = "circulation-check";

/** A performance mark for a shop's tools and our benchmark. A page may
 * replace or break `performance`; a mark is never worth a widget. */
function mark(what) {
  try {
    performance.mark(`${NAME}:${what}`);
  } catch {}
}

/** This page's load: `glue` settles when the glue module (with the
 * prerendered screen) has loaded, `ready` when the wasm is initialised. */
let loading;
/** Loads started on this page: a failed load is tried once more. */
let tries = 0;
/** Loads the glue and initialises the wasm once per page, whatever the
 * number of widgets; refuses a glue or wasm whose bytes are not this
 * build's. */
function loadWidget() {
  if (!loading) {
    // The second try asks for other URLs: a browser remembers a failed
    // module by URL (and may have cached a bad response), so the same URL
    // could fail again without a request.
    const retry = tries++ ? "?retry" : "";
    const url = (file) => new URL(file + retry, import.meta.url);
    const src = url(GLUE);
    // The wasm download starts beside the glue's instead of after it (the
    // glue would fetch it only once it has loaded itself). The glue's init
    // awaits this promise and reports its failure; the catch here only
    // keeps a failed fetch from also counting as an unhandled rejection.
    const wasm = fetch(url(WASM), { integrity: WASM_INTEGRITY });
    wasm.catch(() => {});
    // import() takes no integrity, so a <script type=module integrity>
    // loads and checks the glue first (a mismatch fires `error` and none of
    // it runs); the import() after its load finds that module in the page's
    // module map by URL and returns the same, checked instance without
    // fetching it again.
    const glue = new Promise((onload, reject) =>
      document.head.append(
        Object.assign(document.createElement("script"), {
          type: "module",
          integrity: GLUE_INTEGRITY,
          src,
          onload,
          onerror: () => reject(src),
        }),
      ),
    ).then(() => import(src));
    loading = {
      glue,
      ready: glue.then(async (module) => {
        await module.default({ module_or_path: wasm });
        mark("wasm-ready");
        return module;
      }),
    };
  }
  return loading;
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
  if (loading || typeof IntersectionObserver !== "function" || document.visibilityState === "hidden") {
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

/** The marks session-replay and heatmap tools document for "record this
 * element as an empty box, never its content or what is typed in it"
 * (README, "Session replay and heatmaps"): rrweb, PostHog, Sentry,
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

class CirculationCheck extends HTMLElement {
  connectedCallback() {
    this.classList.add(...UNRECORDED_CLASSES);
    for (const [name, value] of Object.entries(UNRECORDED_ATTRIBUTES)) this.setAttribute(name, value);
    // Closed, so a recorder that walks open shadow roots (rrweb and the
    // tools built on it read `element.shadowRoot`) or follows an event into
    // one (`composedPath`) finds nothing of the quiz; the loader keeps the
    // one reference, also across removal and re-adding. `::part` theming
    // works the same (ARCHITECTURE.md, "Closed shadow root").
    const shadow = (this._root ??= this.attachShadow({ mode: "closed" }));
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
    this._cancel = whenNear(this, () => this._start(shadow, generation));
  }

  _start(shadow, generation) {
    const load = loadWidget();
    // Removed, or removed and re-added, while the wasm was loading.
    const stale = () => !this.isConnected || generation !== this._generation;
    load.glue.then(
      (glue) => stale() || glue.firstScreen(this, shadow),
      () => {},
    );
    load.ready
      .then((glue) => {
        if (stale()) return;
        this._widget = glue.mount_nth(this, shadow, this._held[1] + 1, glue.earlyPress(shadow));
        mark("mounted");
      })
      .catch((error) => {
        if (stale()) return;
        const note = document.createElement("p");
        note.setAttribute("role", "status");
        note.textContent = FALLBACK;
        shadow.replaceChildren(note);
        console.warn(`<${NAME}> could not start:`, error);
        // A failed load gets one more try, with fresh requests, when the
        // visitor next reaches for the element (a network hiccup, a deploy
        // caught half-way).
        if (tries < 2)
          this._cancel = onWake(this, () => {
            if (loading === load) loading = undefined;
            this._start(shadow, generation);
          });
      });
  }

  disconnectedCallback() {
    this._cancel?.();
    this._generation = (this._generation ?? 0) + 1;
    const [list, n] = this._held;
    list[n] = undefined;
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
