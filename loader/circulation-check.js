//! Loader for <circulation-check>: defines the custom element (wasm-bindgen
//! cannot subclass HTMLElement), loads the widget's wasm relative to this
//! file's own URL, and shows a plain message if that fails. No inline code,
//! no styles injected into the host page: it runs under a strict CSP.
//! The wasm loads lazily: only once an element comes within a screen of the
//! viewport or is interacted with, so a page that never shows the widget
//! downloads this file only.

// The build puts the hashed file names here (scripts/post-build.mjs).
const GLUE = "./__CIRCULATION_CHECK_GLUE__";
const WASM = "./__CIRCULATION_CHECK_WASM__";

let loading;
/** Loads and initialises the wasm once per page, whatever the number of widgets. */
function loadWidget() {
  if (!loading) {
    // The wasm download starts beside the glue's instead of after it (the
    // glue would fetch it only once it has loaded itself). The glue's init
    // awaits this promise and reports its failure; the catch here only
    // keeps a failed fetch from also counting as an unhandled rejection.
    const wasm = fetch(new URL(WASM, import.meta.url));
    wasm.catch(() => {});
    loading = import(new URL(GLUE, import.meta.url)).then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      // Marks for a shop's performance tools and our benchmark.
      performance.mark?.("circulation-check:wasm-ready");
      return glue;
    });
  }
  return loading;
}

/** Within this distance of the viewport (one screen above or below) an
 * element starts loading, so the widget is usually ready when it scrolls in. */
const NEAR = "100% 0px";
/** Interactions with a not yet loaded element that load it at once. */
const WAKE = ["pointerdown", "pointerenter", "focusin", "touchstart"];

/** Elements waiting to load, each with its start function. */
const waiting = new Map();
/** One observer for every element: its entries come in the order the
 * elements were observed (document order), so widgets that come near
 * together mount in document order, which their storage keys depend on
 * (`key`, `key~2`, ... in src/store.rs). */
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
    for (const type of WAKE) el.removeEventListener(type, go);
  };
  const go = () => {
    if (!waiting.has(el)) return;
    stop();
    start();
  };
  waiting.set(el, go);
  observer.observe(el);
  for (const type of WAKE) el.addEventListener(type, go, { passive: true });
  return stop;
}

const FALLBACK =
  "The circulation check could not load. Please refresh the page, or try again later.";

class CirculationCheck extends HTMLElement {
  connectedCallback() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const generation = (this._generation = (this._generation ?? 0) + 1);
    this._cancel = whenNear(this, () => this._start(shadow, generation));
  }

  _start(shadow, generation) {
    loadWidget()
      .then((glue) => {
        // Removed, or removed and re-added, while the wasm was loading.
        if (!this.isConnected || generation !== this._generation) return;
        this._widget = glue.mount(this, shadow);
        performance.mark?.("circulation-check:mounted");
      })
      .catch((error) => {
        console.warn("<circulation-check> could not start:", error);
        const note = document.createElement("p");
        note.setAttribute("role", "status");
        note.textContent = FALLBACK;
        shadow.replaceChildren(note);
      });
  }

  disconnectedCallback() {
    this._cancel?.();
    this._generation = (this._generation ?? 0) + 1;
    const widget = this._widget;
    this._widget = undefined;
    if (widget) {
      widget.unmount();
      widget.free();
    }
  }
}

if (!customElements.get("circulation-check")) {
  customElements.define("circulation-check", CirculationCheck);
}
