//! Benchmark probe (scripts/bench.sh, e2e/examples/bench.rs) for bench.html,
//! the widget page, and bench-floor.html, the same page with a static start
//! screen in the widget's place (the floor). `<html data-bench>` says which
//! page it is; on the widget page `?press=early` or `?press=ready` says when
//! Start is pressed. Everything is timed in the page with performance.now()
//! (from navigation start), so WebDriver's own latency never counts; the
//! figures land in window.__bench, and `done` says the page has finished.
//
// Every page:
// - firstScreen: navigation start -> the first frame showing a start screen
//   (`.cc-start`, taking room): in the widget's shadow root on a widget
//   page, whether the HTML (the embed snippet), the loader or the app put
//   it there; the
//   static stand-in on the floor page; boxHeight: the height of the
//   widget's box (the host, or the stand-in) then.
// - fcp: the browser's first contentful paint (anything on the page).
// - shifts: every layout-shift entry (buffered, from the page's start), and
//   whether one of its sources (up to five an entry) is inside the widget.
// - cpuLoop: a fixed JS loop timed at the very end, after everything else,
//   to show the CPU throttling took effect.
// The widget page also:
// - marks: the loader's marks, wasm-ready and mounted (the app is ready);
// - fetched: resource timing of the loader, the stylesheet (snippet) or the
//   first-screen module (element only), the glue and the wasm (requested,
//   arrived, bytes on the wire);
// - press=early: Start pressed at the first frame that shows it (pressed),
//   the first question painted (firstQuestion), and whether that press was
//   honoured (else it is pressed again once the app is ready);
// - press=ready: Start pressed 1 s after the mount (no input before it, so
//   the layout shifts up to then are the load's own) -> the first question
//   painted (start); then a whole quiz, answer -> next question painted
//   (steps; the last, to the result page, apart: toResult), each also to
//   the DOM change (stepsDom, toResultDom); then memory (heap, wasmMemory).
//
// "Painted" is the first setTimeout after the next animation frame that
// follows the DOM change (seen by a MutationObserver): the frame that shows
// the change has been produced by then (up to a frame after the change).
//
// Start is pressed with an in-page click(), not a WebDriver click: at the
// phone setting the prerendered Start exists long before the page's load
// event, and chromedriver (default page-load strategy) runs no command until
// then, so a WebDriver click could never be early; a round trip through it
// would also add its own, throttled, latency to "pressed". click() sends the
// click event a keyboard or pointer press ends with, which is what a Start
// button answers to.
"use strict";

(() => {
  const page = document.documentElement.dataset.bench;
  const press = new URLSearchParams(location.search).get("press") ?? "ready";
  const b = (window.__bench = {
    page,
    press,
    marks: {},
    fetched: {},
    shifts: [],
    steps: [],
    stepsDom: [],
    toResult: [],
    toResultDom: [],
  });

  /** Resolves with the time after the next paint. */
  const afterPaint = () =>
    new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()))));
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

  /** Resolves with `test(root)` once it is truthy, checked on every change
   * under `root` (a shadow root or the document). */
  function when(root, test) {
    return new Promise((done) => {
      const now = test(root);
      if (now) return done(now);
      const observer = new MutationObserver(() => {
        const now = test(root);
        if (now) {
          observer.disconnect();
          done(now);
        }
      });
      observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    });
  }

  // The widget's shadow root, as soon as it exists. attachShadow is wrapped
  // (same arguments, same result) because an attached root fires no event
  // and a MutationObserver on the document never sees one; a root made
  // without attachShadow (declarative shadow DOM) is found by looking every
  // 10 ms, which costs a property read.
  let foundShadow;
  const shadowRoot = new Promise((done) => (foundShadow = done));
  if (page === "widget") {
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (...args) {
      const root = attachShadow.apply(this, args);
      if (this.localName === "circulation-check") foundShadow(root);
      return root;
    };
    const look = setInterval(() => {
      const root = document.querySelector("circulation-check")?.shadowRoot;
      if (root) foundShadow(root);
    }, 10);
    shadowRoot.then(() => clearInterval(look));
  }

  // The loader's marks as they come (buffered: those made before this
  // observer too); `mounted` resolves with the app-ready mark's time.
  let foundMount;
  const mounted = new Promise((done) => (foundMount = done));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const name = e.name.replace(/^circulation-check:/, "");
      if (name === e.name) continue;
      b.marks[name] = e.startTime;
      if (name === "mounted") foundMount(e.startTime);
    }
  }).observe({ type: "mark", buffered: true });

  /** The widget's box: the host element on the widget page, the stand-in
   * on the floor page. */
  const widgetBox = () => document.querySelector(page === "floor" ? ".bench-floor" : "circulation-check");

  /** Whether a layout-shift source is inside the widget: in its shadow
   * tree or light children (the host itself moving is the page's layout).
   * Chromium gives no node for a source inside a shadow tree (nor for a
   * removed node), so such a source is told by where it is: inside the
   * widget's box. */
  function inWidget(source) {
    const box = widgetBox();
    if (!box) return false;
    const node = source.node;
    if (node) {
      if (node === box) return false;
      if (box.contains(node)) return true;
      for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
        if (root.host === box) return true;
      }
      return false;
    }
    const r = source.currentRect.height ? source.currentRect : source.previousRect;
    const b = box.getBoundingClientRect();
    return r.width > 0 && r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1;
  }
  // Read when delivered, soon after the shift, while the widget's box is
  // still where the shift left it.
  const recordShifts = (entries) => {
    for (const e of entries) {
      b.shifts.push({
        at: e.startTime,
        value: e.value,
        input: e.hadRecentInput,
        widget: e.sources.some(inWidget),
      });
    }
  };
  const shifts = new PerformanceObserver((list) => recordShifts(list.getEntries()));
  try {
    shifts.observe({ type: "layout-shift", buffered: true });
  } catch {
    b.shiftsUnsupported = true;
  }

  /** The start screen, and its Start button (the first button when the
   * screen names none: a fresh profile offers Start first). */
  const startScreen = (root) => root.querySelector(".cc-start");
  const startButton = (root) =>
    root.querySelector(".cc-start .cc-begin") ?? root.querySelector(".cc-start button");
  const question = (root) => root.querySelector("form[data-question]")?.dataset.question ?? null;

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

  /** Start pressed as early as a shopper could: at the first frame that
   * shows it. A prerendered Start is to be honoured once the app is ready;
   * if no question has come 5 s after the mount, the press was lost: it is
   * pressed again, and `honoured` says so. */
  async function pressEarly(root) {
    await when(root, startButton);
    b.pressed = performance.now();
    startButton(root).click();
    b.honoured = await Promise.race([
      when(root, question).then(() => true),
      mounted.then(() => sleep(5000)).then(() => false),
    ]);
    if (!b.honoured) {
      (await when(root, startButton)).click();
      await when(root, question);
    }
    b.firstQuestion = await afterPaint();
  }

  /** Start pressed once the app is ready (1 s after its mount), then a
   * whole quiz: answer, press Next, wait for the next question painted. */
  async function pressWhenReady(root) {
    b.shiftWindowEnd = (await mounted) + 1000;
    await sleep(b.shiftWindowEnd - performance.now());
    recordShifts(shifts.takeRecords());
    const button = await when(root, startButton);
    await afterPaint();
    let t0 = performance.now();
    button.click();
    await when(root, question);
    b.start = (await afterPaint()) - t0;

    for (let n = 0; n < 80; n++) {
      const form = root.querySelector("form[data-question]");
      if (!form) break;
      const id = form.dataset.question;
      answer(form);
      await afterPaint();
      t0 = performance.now();
      // A question the visitor cannot answer by ticking (sizes) is skipped.
      const skip = [...form.querySelectorAll("button")].find((x) => x.textContent.trim() === "Skip");
      const next = form.querySelector("button[type=submit]");
      (form.querySelector("input[type=text], input[inputmode]") && skip ? skip : next).click();
      const moved = await Promise.race([
        when(root, (r) => question(r) !== id).then(() => true),
        sleep(5000).then(() => false),
      ]);
      if (!moved) throw new Error(`stuck on ${id}`);
      // In the DOM now; painted at the next frame (up to a frame later).
      const [dom, painted] = question(root) === null ? [b.toResultDom, b.toResult] : [b.stepsDom, b.steps];
      dom.push(performance.now() - t0);
      painted.push((await afterPaint()) - t0);
    }

    b.heap = performance.memory?.usedJSHeapSize ?? null;
    // The loader's glue module is shared per URL: importing it again gives
    // the same instance, whose init returns the running wasm's exports.
    const glue = performance
      .getEntriesByType("resource")
      .map((e) => e.name)
      .findLast((n) => /\/circulation-check-[0-9a-f]+\.js$/.test(new URL(n).pathname));
    try {
      b.wasmMemory = (await (await import(glue)).default()).memory.buffer.byteLength;
    } catch {
      b.wasmMemory = null;
    }
  }

  /** Resolves once `el()` takes room on the page: an embed snippet's
   * screen is in the HTML from the start but hidden until its stylesheet
   * applies, which no MutationObserver sees, so this looks every frame. */
  const shown = (el) =>
    new Promise((done) => {
      const look = () => (el()?.getClientRects().length ? done() : requestAnimationFrame(look));
      look();
    });

  async function widget() {
    const root = await shadowRoot;
    await when(root, startScreen);
    await shown(() => startScreen(root));
    b.firstScreen = await afterPaint();
    b.boxHeight = widgetBox().getBoundingClientRect().height;
    await (press === "early" ? pressEarly(root) : pressWhenReady(root));
    // By path: a retried load asks for `?retry` URLs. The last of a kind
    // wins, so a retry's figures replace the failed try's.
    for (const e of performance.getEntriesByType("resource")) {
      const path = new URL(e.name).pathname;
      const kind = /\/circulation-check\.js$/.test(path) ? "loader"
        : /_bg\.wasm$/.test(path) ? "wasm"
        : /\/circulation-check-[0-9a-f]+\.js$/.test(path) ? "glue"
        : /\/circulation-check-first-[0-9a-f]+\.js$/.test(path) ? "first"
        : /\/circulation-check-[0-9a-f]+\.css$/.test(path) ? "css" : null;
      if (kind) b.fetched[kind] = { requested: e.startTime, arrived: e.responseEnd, wire: e.encodedBodySize };
    }
  }

  async function floor() {
    await when(document, startScreen);
    b.firstScreen = await afterPaint();
    b.boxHeight = widgetBox().getBoundingClientRect().height;
    // The same window as the widget's layout shifts: a second after it.
    await sleep(1000);
    recordShifts(shifts.takeRecords());
    b.shiftWindowEnd = performance.now();
  }

  async function run() {
    await (page === "floor" ? floor() : widget());
    b.fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
    const nav = performance.getEntriesByType("navigation")[0];
    b.html = nav ? { requested: nav.startTime, arrived: nav.responseEnd, wire: nav.encodedBodySize } : null;
    const t = performance.now();
    let x = 0;
    for (let i = 0; i < 5e6; i++) x = (x + i) % 1000003;
    b.cpuLoop = performance.now() - t;
    b.cpuLoopResult = x;
  }

  run()
    .catch((e) => (b.error = String(e)))
    .finally(() => (b.done = true));
})();
