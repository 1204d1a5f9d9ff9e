//! Loader for <circulation-check>: defines the custom element (wasm-bindgen
//! cannot subclass HTMLElement), loads the widget's wasm relative to this
//! file's own URL, and shows a plain message if that fails. No inline code,
//! no styles injected into the host page: it runs under a strict CSP.

// The build puts the hashed file names here (scripts/post-build.mjs).
const GLUE = "./__CIRCULATION_CHECK_GLUE__";
const WASM = "./__CIRCULATION_CHECK_WASM__";

let loading;
/** Loads and initialises the wasm once per page, whatever the number of widgets. */
function loadWidget() {
  loading ??= import(new URL(GLUE, import.meta.url)).then(async (glue) => {
    await glue.default({ module_or_path: new URL(WASM, import.meta.url) });
    return glue;
  });
  return loading;
}

const FALLBACK =
  "The circulation check could not load. Please refresh the page, or try again later.";

class CirculationCheck extends HTMLElement {
  connectedCallback() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const generation = (this._generation = (this._generation ?? 0) + 1);
    loadWidget()
      .then((glue) => {
        // Removed, or removed and re-added, while the wasm was loading.
        if (!this.isConnected || generation !== this._generation) return;
        this._widget = glue.mount(this, shadow);
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
