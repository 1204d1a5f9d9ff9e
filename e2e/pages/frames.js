// Test page script for the embed snippet scenario (e2e/tests/browser/snippet.rs):
// in every animation frame from the page's start, whether the widget's
// start screen is displayed and the Start button's background, so the
// scenario can tell that no frame showed the screen unstyled. A classic
// script from the page's own origin, so a strict CSP runs it.
"use strict";
window.__ccFrames = [];
(function sample() {
  const root = window.__ccRoot?.(document.querySelector("circulation-check"));
  const screen = root && [...root.children].find((el) => el.matches(".cc"));
  if (screen) {
    const start = screen.querySelector(".cc-begin");
    window.__ccFrames.push([
      getComputedStyle(screen).display !== "none",
      start ? getComputedStyle(start).backgroundColor : null,
    ]);
  }
  if (window.__ccFrames.length < 5000) requestAnimationFrame(sample);
})();
