// Test page script for hardening.html: makes the page hostile in the way
// its query names, before the loader runs.
//   ?mark   performance.mark throws (a privacy tool or a broken polyfill);
//   ?clash  another script has already defined <circulation-check>;
//   ?print  window.print returns at once without printing, as in a browser
//           whose print() does not block, and records what the page looked
//           like at that moment ([flagged elements, print rule sheets]).
"use strict";
const modes = new URLSearchParams(location.search);
if (modes.has("mark")) {
  performance.mark = () => {
    throw new DOMException("marks are blocked here", "NotAllowedError");
  };
}
if (modes.has("clash")) {
  customElements.define("circulation-check", class extends HTMLElement {});
}
if (modes.has("print")) {
  window.__ccPrintRules = () =>
    document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes("data-cc-printing")))
      .length;
  window.__ccPrinted = [];
  window.print = () =>
    window.__ccPrinted.push([document.querySelectorAll("[data-cc-printing]").length, window.__ccPrintRules()]);
}
