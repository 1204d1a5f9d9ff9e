//! The load and interaction benchmark (`bash scripts/bench.sh`): the release
//! build in `dist/` served over HTTP, opened in headless Chromium, a fresh
//! session (a fresh profile: cold cache, new context) for every run,
//! unthrottled and with 4x CPU throttling. Prints figures only: timings are
//! never asserted, so a slow machine cannot fail a build.
//!
//! What is measured, in the page (e2e/pages/bench.js):
//! - interactive: navigation start to the start screen painted;
//! - first question: Start pressed to the first question painted;
//! - answer to next: Next pressed to the next question painted (and to the
//!   DOM change), every step of a whole quiz;
//! - memory after the quiz: JS heap and the wasm linear memory.

use std::time::{Duration, Instant};

use anyhow::{bail, Context as _};
use circulation_e2e::cdp::Cdp;
use circulation_e2e::driver::{Driver, Engine};
use circulation_e2e::server::{Server, Site};
use circulation_e2e::suite::{dist_dir, pages_dir};
use fantoccini::Client;
use serde_json::{json, Value};

/// Runs per CPU setting (the issue asks for at least 7).
const RUNS: usize = 9;
const VIEWPORT: (u32, u32) = (1280, 900);

/// One run's figures, in milliseconds and bytes.
struct Run {
    interactive: f64,
    start: f64,
    steps: Vec<f64>,
    steps_dom: Vec<f64>,
    to_result: Vec<f64>,
    to_result_dom: Vec<f64>,
    /// The loader's marks: wasm instantiated, widget mounted.
    marks: [Option<f64>; 2],
    /// When the loader, glue and wasm were requested and had arrived.
    fetched: [Option<(f64, f64)>; 3],
    heap: Option<f64>,
    wasm: Option<f64>,
}

async fn one_run(driver: &Driver, url: &str, throttle: f64) -> anyhow::Result<Run> {
    let client = driver.session(VIEWPORT.0, VIEWPORT.1).await?;
    let result = measure(&client, url, throttle).await;
    let _ = client.close().await;
    driver.sessions_closed();
    result
}

async fn measure(client: &Client, url: &str, throttle: f64) -> anyhow::Result<Run> {
    if throttle > 1.0 {
        client
            .issue_cmd(Cdp(
                "Emulation.setCPUThrottlingRate",
                json!({ "rate": throttle }),
            ))
            .await
            .context("CPU throttling")?;
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
            bail!("the benchmark page did not finish: {bench}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    if let Some(e) = bench["error"].as_str() {
        bail!("the benchmark page failed: {e}");
    }
    let num = |k: &str| bench[k].as_f64();
    let list = |k: &str| -> Vec<f64> {
        bench[k]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_f64).collect())
            .unwrap_or_default()
    };
    Ok(Run {
        interactive: num("interactive").context("no interactive time")?,
        start: num("start").context("no first-question time")?,
        steps: list("steps"),
        steps_dom: list("stepsDom"),
        to_result: list("toResult"),
        to_result_dom: list("toResultDom"),
        marks: ["wasm-ready", "mounted"].map(|k| bench["marks"][k].as_f64()),
        fetched: ["loader", "glue", "wasm"].map(|k| {
            let at = |i: usize| bench["fetched"][k][i].as_f64();
            at(0).zip(at(1))
        }),
        heap: num("heap"),
        wasm: num("wasmMemory"),
    })
}

/// The q-quantile (0..=1) of sorted samples, nearest rank.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let rank = (q * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn summary(name: &str, mut v: Vec<f64>, unit: &str) {
    if v.is_empty() {
        println!("  {name:<34} no samples");
        return;
    }
    v.sort_by(f64::total_cmp);
    println!(
        "  {name:<34} median {:>7.1} {unit}  min {:>7.1}  max {:>7.1}  p95 {:>7.1}  (n={})",
        quantile(&v, 0.5),
        v[0],
        v[v.len() - 1],
        quantile(&v, 0.95),
        v.len()
    );
}

#[tokio::main]
async fn main() {
    let dist = match dist_dir() {
        Ok(dist) => dist,
        Err(e) => {
            eprintln!("{e:#}");
            std::process::exit(2);
        }
    };
    let started = Server::start(Site {
        root: dist,
        pages: Some(pages_dir()),
        ..Site::default()
    })
    .await;
    let shop = match started {
        Ok(shop) => shop,
        Err(e) => {
            eprintln!("{e:#}");
            std::process::exit(1);
        }
    };
    let driver = match Driver::start(Engine::Chromium).await {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e:#}");
            std::process::exit(1);
        }
    };
    let url = shop.url("/__e2e/bench.html");
    println!(
        "headless Chromium, {}x{}, {RUNS} runs per setting, a fresh session (profile, cache) per run",
        VIEWPORT.0, VIEWPORT.1
    );
    let mut failed = false;
    for throttle in [1.0, 4.0] {
        let mut runs = Vec::new();
        for _ in 0..RUNS {
            match one_run(&driver, &url, throttle).await {
                Ok(run) => runs.push(run),
                Err(e) => {
                    eprintln!("run failed: {e:#}");
                    failed = true;
                }
            }
        }
        println!(
            "\nCPU {}:",
            if throttle > 1.0 {
                "throttled 4x"
            } else {
                "unthrottled"
            }
        );
        let steps_per_quiz = runs.first().map_or(0, |r| r.steps.len());
        summary(
            "widget interactive (start screen)",
            runs.iter().map(|r| r.interactive).collect(),
            "ms",
        );
        summary(
            "Start -> first question",
            runs.iter().map(|r| r.start).collect(),
            "ms",
        );
        summary(
            "navigation -> first question",
            runs.iter().map(|r| r.interactive + r.start).collect(),
            "ms",
        );
        for (i, file) in ["loader", "glue", "wasm"].iter().enumerate() {
            summary(
                &format!("  {file} requested (from navigation)"),
                runs.iter()
                    .filter_map(|r| r.fetched[i].map(|f| f.0))
                    .collect(),
                "ms",
            );
            summary(
                &format!("  {file} arrived"),
                runs.iter()
                    .filter_map(|r| r.fetched[i].map(|f| f.1))
                    .collect(),
                "ms",
            );
        }
        for (i, mark) in ["wasm instantiated", "widget mounted"].iter().enumerate() {
            summary(
                &format!("  {mark} (from navigation)"),
                runs.iter().filter_map(|r| r.marks[i]).collect(),
                "ms",
            );
        }
        summary(
            &format!("answer -> next question ({steps_per_quiz}/quiz)"),
            runs.iter().flat_map(|r| r.steps.clone()).collect(),
            "ms",
        );
        summary(
            "answer -> next question in the DOM",
            runs.iter().flat_map(|r| r.steps_dom.clone()).collect(),
            "ms",
        );
        summary(
            "last answer -> result page",
            runs.iter().flat_map(|r| r.to_result.clone()).collect(),
            "ms",
        );
        summary(
            "last answer -> result in the DOM",
            runs.iter().flat_map(|r| r.to_result_dom.clone()).collect(),
            "ms",
        );
        let kib = |v: Option<f64>| v.map(|b| b / 1024.0);
        summary(
            "JS heap after a quiz",
            runs.iter().filter_map(|r| kib(r.heap)).collect(),
            "KiB",
        );
        summary(
            "wasm memory after a quiz",
            runs.iter().filter_map(|r| kib(r.wasm)).collect(),
            "KiB",
        );
    }
    std::process::exit(i32::from(failed));
}
