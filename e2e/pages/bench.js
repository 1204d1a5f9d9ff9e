// Benchmark probe for bench.html (scripts/bench.sh), measured in the page
// with performance.now() so WebDriver's own latency never counts:
//
// - interactive: navigation start -> the start screen painted.
// - start: pressing Start -> the first question painted.
// - steps: pressing Next -> the next question painted, for every question
//   of a whole quiz; stepsDom: the same to the DOM change. The last answer
//   -> the result page (a much bigger page) is apart: toResult, toResultDom.
// - fetched: when the loader, glue and wasm were requested and finished
//   downloading (resource timing startTime and responseEnd, from navigation
//   start), to show where load time goes; marks: the loader's performance
//   marks for the wasm instantiated and the widget mounted.
// - memory: JS heap (Chromium's performance.memory) and the wasm memory.
//
// "Painted" is the first setTimeout after the next animation frame that
// follows the DOM change (seen by a MutationObserver): the frame that shows
// the change has been produced by then.
"use strict";
window.__bench = { steps: [], stepsDom: [], toResult: [], toResultDom: [], fetched: {}, marks: {} };

/** Resolves with the time after the next paint. */
const afterPaint = () =>
  new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()))));

/** Resolves once `test(root)` holds, checked on every change in the shadow root. */
function when(root, test) {
  return new Promise((done) => {
    if (test(root)) return done();
    const observer = new MutationObserver(() => {
      if (test(root)) {
        observer.disconnect();
        done();
      }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

/** Options of a healthy shopper (the e2e persona in quiz.rs), so the quiz
 * runs its full length instead of ending early on a first option. */
const PREFER = ["none", "no", "40_64", "ankle", "evening", "both", "long", "min_150_300",
  "str_2plus", "still_lt4", "breaks_hourly", "up_often", "0"];

/** A plausible, healthy answer to the question on screen: a PREFER option
 * where offered, else the first option of every group; text fields empty. */
function answer(form) {
  const groups = new Map();
  for (const input of form.querySelectorAll("input[type=radio], input[type=checkbox]")) {
    if (!groups.has(input.name)) groups.set(input.name, []);
    groups.get(input.name).push(input);
  }
  for (const inputs of groups.values()) {
    const pick = PREFER.map((v) => inputs.find((i) => i.value === v)).find(Boolean) ?? inputs[0];
    if (!pick.checked) pick.click();
  }
}

const question = (root) => root.querySelector("form[data-question]")?.dataset.question ?? null;

async function run() {
  await customElements.whenDefined("circulation-check");
  const root = document.querySelector("circulation-check").shadowRoot;
  await when(root, (r) => r.querySelector(".cc-start button"));
  window.__bench.interactive = await afterPaint();

  let t0 = performance.now();
  root.querySelector(".cc-start button").click();
  await when(root, (r) => question(r) !== null);
  window.__bench.start = (await afterPaint()) - t0;

  // A whole quiz: answer, press Next, wait for the next question painted.
  for (let n = 0; n < 80; n++) {
    const form = root.querySelector("form[data-question]");
    if (!form) break;
    const id = form.dataset.question;
    answer(form);
    await afterPaint();
    t0 = performance.now();
    // A question the visitor cannot answer by ticking (sizes) is skipped.
    const skip = [...form.querySelectorAll("button")].find((b) => b.textContent.trim() === "Skip");
    const next = form.querySelector("button[type=submit]");
    (form.querySelector("input[type=text], input[inputmode]") && skip ? skip : next).click();
    const moved = await Promise.race([
      when(root, (r) => question(r) !== id).then(() => true),
      new Promise((done) => setTimeout(() => done(false), 5000)),
    ]);
    if (!moved) {
      window.__bench.error = `stuck on ${id}`;
      break;
    }
    // In the DOM now; painted at the next frame (up to a frame later).
    const b = window.__bench;
    const [dom, painted] = question(root) === null ? [b.toResultDom, b.toResult] : [b.stepsDom, b.steps];
    dom.push(performance.now() - t0);
    painted.push((await afterPaint()) - t0);
  }

  window.__bench.heap = performance.memory?.usedJSHeapSize ?? null;
  for (const name of ["wasm-ready", "mounted"]) {
    const mark = performance.getEntriesByName(`circulation-check:${name}`)[0];
    window.__bench.marks[name] = mark ? mark.startTime : null;
  }
  for (const e of performance.getEntriesByType("resource")) {
    const kind = /circulation-check\.js$/.test(e.name) ? "loader"
      : /_bg\.wasm$/.test(e.name) ? "wasm"
      : /circulation-check-[0-9a-f]+\.js$/.test(e.name) ? "glue" : null;
    if (kind) window.__bench.fetched[kind] = [e.startTime, e.responseEnd];
  }
  // The loader's glue module is shared per URL: importing it again gives
  // the same instance, whose init returns the running wasm's exports.
  const glue = performance
    .getEntriesByType("resource")
    .map((e) => e.name)
    .find((n) => /circulation-check-[0-9a-f]+\.js$/.test(n));
  try {
    window.__bench.wasmMemory = (await (await import(glue)).default()).memory.buffer.byteLength;
  } catch (e) {
    window.__bench.wasmMemory = null;
  }
  window.__bench.done = true;
}

run().catch((e) => {
  window.__bench.error = String(e);
  window.__bench.done = true;
});
