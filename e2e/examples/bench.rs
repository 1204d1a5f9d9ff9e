//! The load and interaction benchmark (`bash scripts/bench.sh`): what a
//! shopper feels, measured in headless Chromium against a static floor.
//! The release build in `dist/` is served over HTTP, gzip-encoded as a CDN
//! serves it, at two settings: "unthrottled" (1280x900, loopback network,
//! CPU as is) and "phone" (375x812, 4x CPU throttling, slow 4G: 150 ms
//! latency, 1.6 Mbit/s down, 750 kbit/s up). Each run of a setting opens
//! five pages, each in a fresh session (a fresh profile: cold cache, new
//! context): the floor page (`bench-floor.html`, the same product page with
//! a static start screen and no widget script), and each of two widget
//! pages, the snippet page (the embed snippet as the build writes it) and
//! the element-only page (`bench.html`), once with Start pressed as early
//! as it shows and once with Start pressed when the app is ready. Prints figures only, medians and spread, the distance
//! to the floor and a verdict per target: timings are never asserted, so a
//! slow machine cannot fail a build.
//!
//! The page measures itself (e2e/pages/bench.js documents each figure);
//! this program opens the pages, throttles them through chromedriver's CDP
//! passthrough, collects `window.__bench` and summarises.
//!
//! Environment: `BENCH_RUNS` (default 9) runs per setting;
//! `BENCH_SETTINGS=unthrottled,phone` (the default) to run only some;
//! `BENCH_DUMP=1` also prints every page's raw figures (`window.__bench`).

use std::time::{Duration, Instant};

use anyhow::{bail, Context as _};
use circulation_e2e::cdp::Cdp;
use circulation_e2e::driver::{Driver, Engine};
use circulation_e2e::server::{Server, Site};
use circulation_e2e::suite::{dist_dir, pages_dir};
use fantoccini::Client;
use serde_json::{json, Value};

/// Runs per setting unless `BENCH_RUNS` says otherwise (the issue asks for
/// at least 7).
const RUNS: usize = 9;

/// Network throttling, as Chromium's DevTools applies it per request.
struct Network {
    latency_ms: f64,
    /// Bytes per second.
    down: f64,
    up: f64,
}

/// One way of opening the pages, with the issue's target for the first
/// screen above the floor.
struct Setting {
    name: &'static str,
    about: &'static str,
    viewport: (u32, u32),
    cpu: f64,
    network: Option<Network>,
}

const SETTINGS: [Setting; 2] = [
    Setting {
        name: "unthrottled",
        about: "1x CPU, loopback network, gzip, 1280x900",
        viewport: (1280, 900),
        cpu: 1.0,
        network: None,
    },
    Setting {
        name: "phone",
        about: "4x CPU, slow 4G (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up), gzip, 375x812",
        viewport: (375, 812),
        cpu: 4.0,
        // Lighthouse's slow 4G: 1.6 Mbit/s is 200,000 bytes/s; its upload,
        // 750 kbit/s, only carries the requests here.
        network: Some(Network {
            latency_ms: 150.0,
            down: 200_000.0,
            up: 93_750.0,
        }),
    },
];

/// The two ways a shop embeds the widget, each measured on the same
/// product page against the floor, with the issue's targets for its first
/// screen above the floor (unthrottled, phone).
struct Embed {
    name: &'static str,
    /// The page, served at this path (made in `run`).
    path: &'static str,
    first_screen_target_ms: (f64, f64),
}

const EMBEDS: [Embed; 2] = [
    Embed {
        name: "snippet page (the embed snippet: the start screen in the HTML)",
        path: "/__made/bench-snippet.html",
        first_screen_target_ms: (20.0, 50.0),
    },
    Embed {
        name: "element-only page (the element and the loader, nothing else)",
        path: "/__e2e/bench.html",
        first_screen_target_ms: (50.0, 150.0),
    },
];

/// The issue's target: the first question within this of the wasm
/// arriving, when Start was pressed before it arrived.
const EARLY_START_TARGET_MS: f64 = 100.0;

/// The pages of a run: the floor, and each embed with Start pressed early
/// and when ready.
#[derive(Clone, Copy)]
enum Load {
    Floor,
    Early(usize),
    Ready(usize),
}

impl Load {
    const ALL: [Load; 5] = [
        Load::Floor,
        Load::Early(0),
        Load::Ready(0),
        Load::Early(1),
        Load::Ready(1),
    ];

    fn path(self) -> String {
        match self {
            Load::Floor => "/__e2e/bench-floor.html".into(),
            Load::Early(e) => format!("{}?press=early", EMBEDS[e].path),
            Load::Ready(e) => format!("{}?press=ready", EMBEDS[e].path),
        }
    }
}

/// The snippet page: bench.html with its element and loader replaced by
/// the embed snippet the build wrote for its locale (`en`, the page's
/// `<html lang>` having no region), as a shop would paste it.
fn snippet_page(dist: &std::path::Path) -> anyhow::Result<String> {
    let page = std::fs::read_to_string(pages_dir().join("bench.html"))?;
    let snippet = std::fs::read_to_string(dist.join("circulation-check/v1/snippet/en.html"))
        .context("no snippet/en.html in the build: the build writes it (scripts/post-build.mjs)")?;
    let element = r#"<circulation-check data-storage-key="bench"></circulation-check>"#;
    let loader =
        r#"<script type="module" async src="/circulation-check/v1/circulation-check.js"></script>"#;
    if !page.contains(element) || !page.contains(loader) {
        bail!("bench.html no longer has the element or the loader this program replaces");
    }
    Ok(page.replace(loader, "").replace(element, snippet.trim()))
}

/// Opens one page in a fresh session at `setting` and returns what the
/// page measured (`window.__bench`).
async fn open(driver: &Driver, url: &str, setting: &Setting) -> anyhow::Result<Value> {
    let client = driver
        .session(setting.viewport.0, setting.viewport.1)
        .await?;
    let result = measure(&client, url, setting).await;
    let _ = client.close().await;
    driver.sessions_closed();
    result
}

async fn measure(client: &Client, url: &str, setting: &Setting) -> anyhow::Result<Value> {
    if setting.cpu > 1.0 {
        client
            .issue_cmd(Cdp(
                "Emulation.setCPUThrottlingRate",
                json!({ "rate": setting.cpu }),
            ))
            .await
            .context("CPU throttling")?;
    }
    if let Some(net) = &setting.network {
        // Without Network.enable first, Chromium throttles the document's
        // own request but none of the page's subresources (seen with
        // Chromium 156): the wasm would arrive at loopback speed.
        client
            .issue_cmd(Cdp("Network.enable", json!({})))
            .await
            .context("Network.enable")?;
        client
            .issue_cmd(Cdp(
                "Network.emulateNetworkConditions",
                json!({
                    "offline": false,
                    "latency": net.latency_ms,
                    "downloadThroughput": net.down,
                    "uploadThroughput": net.up,
                }),
            ))
            .await
            .context("network throttling")?;
    }
    client.goto(url).await?;
    let deadline = Instant::now() + Duration::from_secs(120);
    let bench = loop {
        let bench = client
            .execute("return window.__bench ?? null;", vec![])
            .await?;
        if bench["done"] == true {
            break bench;
        }
        if Instant::now() > deadline {
            bail!("{url} did not finish: {bench}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    if let Some(e) = bench["error"].as_str() {
        bail!("{url} failed: {e}");
    }
    Ok(bench)
}

/// A number at a path of keys in a page's figures.
fn at(v: &Value, path: &[&str]) -> Option<f64> {
    path.iter().try_fold(v, |v, k| v.get(*k))?.as_f64()
}

/// One figure from every page that has it.
fn each(loads: &[Value], f: impl Fn(&Value) -> Option<f64>) -> Vec<f64> {
    loads.iter().filter_map(f).collect()
}

/// A list of numbers in a page's figures (every step of a quiz).
fn list(v: &Value, key: &str) -> Vec<f64> {
    v[key]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_f64).collect())
        .unwrap_or_default()
}

/// The sum of a page's layout shifts up to the end of its window (without
/// those right after input, as CLS counts them), all or only those with a
/// source inside the widget.
fn shift(v: &Value, widget_only: bool) -> Option<f64> {
    shift_after(v, widget_only, 0.0)
}

/// The same, counting only shifts after `from` ms: after the first screen
/// was painted, the takeover's own.
fn shift_after(v: &Value, widget_only: bool, from: f64) -> Option<f64> {
    let end = at(v, &["shiftWindowEnd"])?;
    let sum = v["shifts"]
        .as_array()?
        .iter()
        .filter(|s| s["input"] != true && s["at"].as_f64().is_some_and(|t| t > from && t <= end))
        .filter(|s| !widget_only || s["widget"] == true)
        .filter_map(|s| s["value"].as_f64())
        // From +0.0: an empty f64 sum is -0.0, printed as "-0.0000".
        .fold(0.0, |a, b| a + b);
    Some(sum)
}

/// Median, p95 (nearest rank), min and max of samples.
struct Stats {
    median: f64,
    p95: f64,
    min: f64,
    max: f64,
    n: usize,
}

fn stats(mut v: Vec<f64>) -> Option<Stats> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let quantile = |q: f64| {
        let rank = (q * v.len() as f64).ceil() as usize;
        v[rank.clamp(1, v.len()) - 1]
    };
    Some(Stats {
        median: quantile(0.5),
        p95: quantile(0.95),
        min: v[0],
        max: v[v.len() - 1],
        n: v.len(),
    })
}

/// The width of a row's label, so the figures line up in columns.
const LABEL: usize = 50;

/// A group of rows in a setting's table.
fn heading(text: &str) {
    println!("  {text}");
}

/// One table row: median, p95, min, max and the number of samples.
fn row(label: &str, samples: Vec<f64>, unit: &str, decimals: usize) -> Option<Stats> {
    let s = stats(samples);
    match &s {
        None => println!("    {label:<LABEL$} no samples"),
        Some(s) => println!(
            "    {label:<LABEL$} {:>9.d$} {:>9.d$} {:>9.d$} {:>9.d$} {:>3}  {unit}",
            s.median,
            s.p95,
            s.min,
            s.max,
            s.n,
            d = decimals
        ),
    }
    s
}

/// One setting's table for one embed; returns its verdicts, one line per
/// target.
fn report(
    setting: &Setting,
    embed: &Embed,
    floor: &[Value],
    early: &[Value],
    ready: &[Value],
) -> Vec<String> {
    let widget: Vec<Value> = early.iter().chain(ready).cloned().collect();
    println!("\n== {}, {}: {}", setting.name, embed.name, setting.about);
    println!(
        "    {:<LABEL$} {:>9} {:>9} {:>9} {:>9} {:>3}",
        "", "median", "p95", "min", "max", "n"
    );

    heading("first screen painted (navigation start -> first frame showing .cc-start)");
    let floor_screen = row(
        "floor page: static start screen",
        each(floor, |b| at(b, &["firstScreen"])),
        "ms",
        0,
    );
    let widget_screen = row(
        "widget page: widget's start screen (both loads)",
        each(&widget, |b| at(b, &["firstScreen"])),
        "ms",
        0,
    );
    let above = floor_screen.as_ref().zip(widget_screen.as_ref()).map(|(f, w)| {
        let above = w.median - f.median;
        println!(
            "    {:<LABEL$} {above:>+9.0}                                  ms (difference of the medians)",
            "widget above the floor"
        );
        above
    });
    row(
        "start screen's height: floor page",
        each(floor, |b| at(b, &["boxHeight"])),
        "px",
        0,
    );
    row(
        "start screen's height: widget page",
        each(&widget, |b| at(b, &["boxHeight"])),
        "px",
        0,
    );
    row(
        "first contentful paint: floor page",
        each(floor, |b| at(b, &["fcp"])),
        "ms",
        0,
    );
    row(
        "first contentful paint: widget page",
        each(&widget, |b| at(b, &["fcp"])),
        "ms",
        0,
    );

    heading("downloads and app ready (widget page, both loads; from navigation start)");
    row(
        "HTML arrived",
        each(&widget, |b| at(b, &["html", "arrived"])),
        "ms",
        0,
    );
    for file in ["loader", "css", "first", "glue", "wasm"] {
        row(
            &format!("{file} requested"),
            each(&widget, |b| at(b, &["fetched", file, "requested"])),
            "ms",
            0,
        );
        row(
            &format!("{file} arrived"),
            each(&widget, |b| at(b, &["fetched", file, "arrived"])),
            "ms",
            0,
        );
    }
    row(
        "wasm on the wire",
        each(&widget, |b| {
            at(b, &["fetched", "wasm", "wire"]).map(|w| w / 1024.0)
        }),
        "KiB",
        1,
    );
    row(
        "wasm instantiated (mark wasm-ready)",
        each(&widget, |b| at(b, &["marks", "wasm-ready"])),
        "ms",
        0,
    );
    row(
        "app ready (mark mounted)",
        each(&widget, |b| at(b, &["marks", "mounted"])),
        "ms",
        0,
    );

    heading("Start pressed early: in-page click() at the first frame showing Start");
    row(
        "Start pressed (from navigation start)",
        each(early, |b| at(b, &["pressed"])),
        "ms",
        0,
    );
    // The wasm's resource timing; the wasm-ready mark (later: compiled and
    // instantiated too) only should a page ever have no such entry.
    let wasm_arrived = |b: &Value| {
        at(b, &["fetched", "wasm", "arrived"]).or_else(|| at(b, &["marks", "wasm-ready"]))
    };
    let pressed_early = |b: &Value| {
        at(b, &["pressed"])
            .zip(wasm_arrived(b))
            .is_some_and(|(p, w)| p < w)
    };
    let n_early = early.iter().filter(|b| pressed_early(b)).count();
    let n_honoured = early.iter().filter(|b| b["honoured"] == true).count();
    println!(
        "    {:<LABEL$} {n_early} of {}",
        "pressed before the wasm arrived",
        early.len()
    );
    println!(
        "    {:<LABEL$} {n_honoured} of {}",
        "that press honoured (no second press needed)",
        early.len()
    );
    row(
        "Start pressed -> first question painted",
        each(early, |b| {
            Some(at(b, &["firstQuestion"])? - at(b, &["pressed"])?)
        }),
        "ms",
        0,
    );
    row(
        "navigation start -> first question painted",
        each(early, |b| at(b, &["firstQuestion"])),
        "ms",
        0,
    );
    let gap = |b: &Value| Some(at(b, &["firstQuestion"])? - wasm_arrived(b)?);
    let gap_all = row(
        "wasm arrived -> first question painted",
        each(early, gap),
        "ms",
        0,
    );
    row(
        "wasm instantiated -> first question painted",
        each(early, |b| {
            Some(at(b, &["firstQuestion"])? - at(b, &["marks", "wasm-ready"])?)
        }),
        "ms",
        0,
    );
    let first_start = stats(each(early, |b| {
        Some(at(b, &["pressed"])? - wasm_arrived(b)?)
    }));

    heading("Start pressed when ready (1 s after the mount), then a whole quiz");
    row(
        "Start pressed -> first question painted",
        each(ready, |b| at(b, &["start"])),
        "ms",
        0,
    );
    let per_quiz = ready.first().map_or(0, |b| list(b, "steps").len());
    row(
        &format!("answer -> next question painted ({per_quiz}/quiz)"),
        ready.iter().flat_map(|b| list(b, "steps")).collect(),
        "ms",
        0,
    );
    row(
        "answer -> next question in the DOM",
        ready.iter().flat_map(|b| list(b, "stepsDom")).collect(),
        "ms",
        0,
    );
    row(
        "last answer -> result page painted",
        ready.iter().flat_map(|b| list(b, "toResult")).collect(),
        "ms",
        0,
    );
    row(
        "last answer -> result in the DOM",
        ready.iter().flat_map(|b| list(b, "toResultDom")).collect(),
        "ms",
        0,
    );
    row(
        "JS heap after a quiz",
        each(ready, |b| at(b, &["heap"]).map(|v| v / 1024.0)),
        "KiB",
        0,
    );
    row(
        "wasm memory after a quiz",
        each(ready, |b| at(b, &["wasmMemory"]).map(|v| v / 1024.0)),
        "KiB",
        0,
    );

    heading("layout shift, navigation start to 1 s after the mount (press-when-ready load)");
    let shift_all = row(
        "widget page: all shifts",
        each(ready, |b| shift(b, false)),
        "",
        4,
    );
    let shift_widget = row(
        "widget page: with a source inside the widget",
        each(ready, |b| shift(b, true)),
        "",
        4,
    );
    let shift_takeover = row(
        "widget page: after the first screen painted (the takeover)",
        each(ready, |b| shift_after(b, false, at(b, &["firstScreen"])?)),
        "",
        4,
    );
    let shift_floor = row(
        "floor page (to 1 s after its start screen)",
        each(floor, |b| shift(b, false)),
        "",
        4,
    );

    heading("throttling check");
    let all: Vec<Value> = floor.iter().chain(&widget).cloned().collect();
    row(
        "a fixed JS loop (5M steps), every page",
        each(&all, |b| at(b, &["cpuLoop"])),
        "ms",
        1,
    );
    row(
        "wasm bytes on the wire / (arrived - requested)",
        each(&widget, |b| {
            let wasm = |k| at(b, &["fetched", "wasm", k]);
            let took = wasm("arrived")? - wasm("requested")?;
            Some(wasm("wire")? / took / 1.024)
        }),
        "KiB/s",
        0,
    );

    // The verdicts: figures against the issue's targets, never asserted.
    let name = format!(
        "{}, {}",
        setting.name,
        embed.name.split(" (").next().unwrap_or(embed.name)
    );
    let mut verdicts = Vec::new();
    let target = if setting.cpu > 1.0 {
        embed.first_screen_target_ms.1
    } else {
        embed.first_screen_target_ms.0
    };
    verdicts.push(match (above, &floor_screen, &widget_screen) {
        (Some(above), Some(f), Some(w)) => format!(
            "{name}: first screen within {target:.0} ms of the floor: {} (+{above:.0} ms: widget {:.0} ms, floor {:.0} ms, medians)",
            if above <= target { "met" } else { "not met" },
            w.median,
            f.median
        ),
        _ => format!("{name}: first screen within {target:.0} ms of the floor: no figures"),
    });
    let early_gaps = stats(
        early
            .iter()
            .filter(|b| pressed_early(b))
            .filter_map(gap)
            .collect(),
    );
    let start_target = format!(
        "{name}: first question within {EARLY_START_TARGET_MS:.0} ms of the wasm arriving, Start pressed early"
    );
    verdicts.push(match (early_gaps, gap_all) {
        (Some(g), _) => format!(
            "{start_target}: {} ({:.0} ms median, {:.0} ms max; pressed before the wasm arrived \
             in {n_early} of {n} runs, the press honoured in {n_honoured} of {n})",
            if g.median <= EARLY_START_TARGET_MS { "met" } else { "not met" },
            g.median,
            g.max,
            n = early.len()
        ),
        (None, Some(g)) => format!(
            "{start_target}: not met: Start could not be pressed before the wasm arrived in any run \
             (it first showed {:.0} ms after the wasm arrived, median); wasm arrived -> first question {:.0} ms",
            first_start.map_or(f64::NAN, |s| s.median),
            g.median
        ),
        (None, None) => format!("{start_target}: no figures"),
    });
    verdicts.push(match shift_takeover {
        Some(s) => format!(
            "{name}: layout shift 0 across the takeover: {} (after the first screen: median {:.4}, max {:.4}; \
             the whole load: median {:.4}, inside the widget median {:.4}; floor page max {:.4})",
            if s.max == 0.0 { "met" } else { "not met" },
            s.median,
            s.max,
            shift_all.map_or(f64::NAN, |s| s.median),
            shift_widget.map_or(f64::NAN, |s| s.median),
            shift_floor.map_or(f64::NAN, |s| s.max)
        ),
        None => format!("{name}: layout shift 0 across the takeover: no figures"),
    });
    verdicts
}

#[tokio::main]
async fn main() {
    if let Err(e) = run().await {
        eprintln!("{e:#}");
        std::process::exit(1);
    }
}

async fn run() -> anyhow::Result<()> {
    let runs = match std::env::var("BENCH_RUNS") {
        Ok(n) => n
            .parse::<usize>()
            .ok()
            .filter(|&n| n > 0)
            .context("BENCH_RUNS must be a positive number")?,
        Err(_) => RUNS,
    };
    let dump = std::env::var_os("BENCH_DUMP").is_some();
    let wanted = std::env::var("BENCH_SETTINGS").unwrap_or_else(|_| "unthrottled,phone".into());
    let settings: Vec<&Setting> = SETTINGS
        .iter()
        .filter(|s| wanted.split(',').any(|w| w.trim() == s.name))
        .collect();
    if settings.is_empty() {
        bail!("BENCH_SETTINGS names none of: unthrottled, phone");
    }
    let dist = dist_dir()?;
    let shop = Server::start(Site {
        root: dist.clone(),
        pages: Some(pages_dir()),
        // As a CDN serves them: the bytes on the wire are the gzip column
        // of scripts/sizes.mjs.
        gzip: true,
        ..Site::default()
    })
    .await?;
    shop.set_page(EMBEDS[0].path, snippet_page(&dist)?);
    let driver = Driver::start(Engine::Chromium).await?;
    println!(
        "headless Chromium; {runs} runs per setting, each run 5 pages (floor; the snippet page and \
         the element-only page, each with Start pressed early and when ready), every page in a \
         fresh session (profile, cache)"
    );
    // Discarded: the very first browser start on a machine reads Chromium
    // from disk and the first page warms the server; no setting should pay
    // for that in its first run.
    for load in [Load::Floor, Load::Early(0), Load::Early(1)] {
        let _ = open(&driver, &shop.url(&load.path()), settings[0]).await;
    }
    let mut failed = 0;
    let mut verdicts = Vec::new();
    for setting in settings {
        let mut floor = Vec::new();
        let mut early = [Vec::new(), Vec::new()];
        let mut ready = [Vec::new(), Vec::new()];
        eprint!("{}: ", setting.name);
        for _ in 0..runs {
            // Interleaved, so a machine that slows down part-way slows
            // every page alike.
            for load in Load::ALL {
                match open(&driver, &shop.url(&load.path()), setting).await {
                    Ok(b) => {
                        if dump {
                            eprintln!("\n{} {}: {b}", setting.name, load.path());
                        }
                        eprint!(".");
                        match load {
                            Load::Floor => floor.push(b),
                            Load::Early(e) => early[e].push(b),
                            Load::Ready(e) => ready[e].push(b),
                        }
                    }
                    Err(e) => {
                        eprintln!("\npage failed: {e:#}");
                        failed += 1;
                    }
                }
            }
        }
        eprintln!();
        for (e, embed) in EMBEDS.iter().enumerate() {
            verdicts.extend(report(setting, embed, &floor, &early[e], &ready[e]));
        }
    }
    println!("\n== targets (figures only, never asserted)");
    for v in verdicts {
        println!("  {v}");
    }
    if failed > 0 {
        bail!("{failed} page(s) failed to measure");
    }
    Ok(())
}
