//! The trial runner: every scenario becomes one libtest-mimic trial per
//! engine (`E2E_ENGINES`, default `chromium`) and viewport (`SIZES`),
//! labelled `e2e[engine] name @width`, so the usual test CLI works (a name
//! filter, `--exact`, `--list`, `--ignored`, `--include-ignored`,
//! `--test-threads`) and the closing line is libtest's own `test result:`.
//!
//! Trials run one at a time unless `--test-threads` says otherwise: browsers
//! are heavy on two cores, and geckodriver and WebKitWebDriver take one
//! session each. Each engine runs in one lane, or in more where
//! `E2E_ENGINES` names it more than once (a slow engine's trials shared
//! out): a lane has its own WebDriver server, started by its first trial
//! and shared by the rest, and its own servers; a trial holds its lane
//! alone while it runs, so a lane never runs two scenarios at once.

use std::cell::RefCell;
use std::future::Future;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::pin::Pin;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context as _};
use fantoccini::Client;
use libtest_mimic::{Arguments, Completion, Failed, Trial};
use tokio::runtime::Runtime;
use tokio::sync::{Mutex, OwnedMappedMutexGuard, OwnedMutexGuard};

use crate::driver::{Driver, Engine};
use crate::server::{Server, Site};

/// What a scenario returns: an error fails its trial.
pub type Outcome = anyhow::Result<()>;

/// A scenario: an async function of the trial's context.
pub type Scenario = for<'a> fn(&'a Ctx) -> Pin<Box<dyn Future<Output = Outcome> + 'a>>;

/// A scenario that does not pass in one engine yet. Its trials there are
/// reported as ignored with the reason (`--include-ignored` runs them); the
/// same reason must be listed in docs/development.md's "Known gaps".
pub struct KnownGap {
    pub scenario: &'static str,
    pub engine: Engine,
    pub reason: &'static str,
}

/// The viewports (CSS pixels) a scenario can run at: a phone (most
/// storefront visitors) and a desktop.
pub const SIZES: [(u32, u32); 2] = [(375, 812), (1280, 900)];

/// At which of `SIZES` a scenario runs. Layout is checked at both; a
/// scenario about behaviour that no viewport changes (storage, events,
/// integrity, keyboard) runs at one, so the suite stays quick.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sizes {
    Both,
    Phone,
    Desktop,
}

impl Sizes {
    pub fn list(self) -> &'static [(u32, u32)] {
        match self {
            Sizes::Both => &SIZES,
            Sizes::Phone => &SIZES[..1],
            Sizes::Desktop => &SIZES[1..],
        }
    }
}

/// The longest one scenario may take, walks of the whole quiz included.
pub const SCENARIO_TIMEOUT: Duration = Duration::from_secs(240);

/// The CSP a shop needs for the widget served from its own origin.
pub const STRICT_CSP: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/// The workspace root (this crate is `e2e/` in it).
pub fn workspace_root() -> PathBuf {
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .expect("e2e/ is inside the workspace")
        .to_owned()
}

/// The Shopify block's pages, rendered by `node shopify/test/check.mjs
/// target/shopify-pages` (a step of the test command, after the build).
pub fn shopify_pages_dir() -> PathBuf {
    workspace_root().join("target/shopify-pages")
}

/// A storefront's policy as strict as a shop may set one on Shopify: the
/// shop's own origin and Shopify's CDN only, no inline script or style,
/// wasm compiled only where allowed, no framing.
pub fn shopify_csp(cdn: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' {cdn} 'wasm-unsafe-eval'; style-src 'self' {cdn}; \
         img-src 'self' {cdn} data:; connect-src 'self' {cdn}; object-src 'none'; base-uri 'self'; \
         frame-ancestors 'none'"
    )
}

/// The test pages served under `/__e2e/`.
pub fn pages_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("pages")
}

/// The release build to serve: `$CIRCULATION_DIST`, else `dist/`; an error
/// says how to make one when there is none.
pub fn dist_dir() -> anyhow::Result<PathBuf> {
    let dist = std::env::var_os("CIRCULATION_DIST")
        .map(PathBuf::from)
        .unwrap_or(workspace_root().join("dist"));
    if !dist.join("index.html").is_file() {
        bail!(
            "no build in {}: run `trunk build --release` (after `source scripts/setup.sh`), \
             or `bash scripts/test.sh`, which builds first",
            dist.display()
        );
    }
    Ok(dist)
}

/// What a scenario can reach: the servers, the driver, where screenshots go.
pub struct Ctx {
    /// The engine's WebDriver server, held by this trial alone.
    pub driver: OwnedMappedMutexGuard<Slot, Driver>,
    /// The demo storefront and the widget files, from one origin.
    pub shop: Server,
    /// The same files, but the wasm answers 404.
    pub broken: Server,
    /// The same files, every page with a strict Content-Security-Policy.
    pub strict: Server,
    /// The widget's files only, with CORS, like a CDN on another origin.
    pub assets: Server,
    /// Test pages that load the widget from `assets` ("{{ASSETS}}").
    pub cross: Server,
    /// The Shopify app block rendered over fixture products
    /// (`shopify_pages_dir`), under a Shopify-like CSP, its files and
    /// pictures from `shopify_cdn` ("{{CDN}}").
    pub shopify: Server,
    /// The Shopify extension's assets (and the product pictures), with CORS,
    /// as Shopify's CDN serves them from another origin.
    pub shopify_cdn: Server,
    pub screenshots: PathBuf,
    /// Sessions opened by the running scenario, with their viewports;
    /// closed after it, except that a passed scenario's first one is
    /// emptied for the next (`Driver::recycle`).
    pub sessions: RefCell<Vec<(Client, (u32, u32))>>,
    /// Every server, with how many requests it had answered when the
    /// scenario began: those that answered more since are the sites whose
    /// storage a recycled session must empty.
    requested: Vec<(Server, usize)>,
    /// The viewport of this trial, one of `SIZES`: what `Page::open` uses.
    pub size: (u32, u32),
    /// The scenario's name, for the failure screenshot's file name.
    pub scenario: &'static str,
}

/// One engine's WebDriver server, started by the first trial that needs it.
pub struct Slot {
    driver: Option<Driver>,
    /// Why it could not start, so later trials fail at once with the reason.
    failure: Option<String>,
}

/// The servers of one lane's trials (they live as long as the run). Each
/// lane has its own: the lanes run side by side, and a scenario's knobs (a
/// tampered or held file, failing requests) and request counts must not
/// reach another lane's scenario.
struct Servers {
    shop: Server,
    broken: Server,
    strict: Server,
    assets: Server,
    cross: Server,
    shopify: Server,
    shopify_cdn: Server,
}

impl Servers {
    /// Every server of the lane (named field by field, so a server added
    /// to `Servers` cannot be left out of the storage a recycled session
    /// empties).
    fn all(&self) -> [&Server; 7] {
        let Servers {
            shop,
            broken,
            strict,
            assets,
            cross,
            shopify,
            shopify_cdn,
        } = self;
        [shop, broken, strict, assets, cross, shopify, shopify_cdn]
    }

    async fn start(dist: PathBuf) -> anyhow::Result<Servers> {
        let shopify_pages = shopify_pages_dir();
        let shopify_cdn = Server::start(Site {
            root: shopify_pages.join("cdn"),
            cors: true,
            gzip: true,
            ..Site::default()
        })
        .await?;
        let site = Site {
            root: dist,
            pages: Some(pages_dir()),
            ..Site::default()
        };
        let assets = Server::start(Site {
            cors: true,
            pages: None,
            ..site.clone()
        })
        .await?;
        Ok(Servers {
            shop: Server::start(site.clone()).await?,
            broken: Server::start(Site {
                missing: vec![".wasm".into()],
                ..site.clone()
            })
            .await?,
            strict: Server::start(Site {
                html_headers: vec![("Content-Security-Policy".into(), STRICT_CSP.into())],
                ..site.clone()
            })
            .await?,
            cross: Server::start(Site {
                replace: vec![("{{ASSETS}}".into(), assets.origin())],
                ..site
            })
            .await?,
            assets,
            shopify: Server::start(Site {
                root: shopify_pages.clone(),
                replace: vec![("{{CDN}}".into(), shopify_cdn.origin())],
                html_headers: vec![(
                    "Content-Security-Policy".into(),
                    shopify_csp(&shopify_cdn.origin()),
                )],
                ..Site::default()
            })
            .await?,
            shopify_cdn,
        })
    }
}

/// Everything the trials share: the async runtime they run on, the
/// servers, and one WebDriver slot per lane (`lanes[i]` is lane i's
/// engine).
struct Harness {
    runtime: Runtime,
    servers: Vec<Servers>,
    screenshots: PathBuf,
    slots: Vec<Arc<Mutex<Slot>>>,
}

impl Harness {
    fn start(lanes: &[Engine]) -> anyhow::Result<Harness> {
        let dist = dist_dir()?;
        let screenshots = workspace_root().join("target/screenshots");
        std::fs::create_dir_all(&screenshots).with_context(|| screenshots.display().to_string())?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let servers = lanes
            .iter()
            .map(|_| runtime.block_on(Servers::start(dist.clone())))
            .collect::<anyhow::Result<_>>()?;
        let slots = lanes
            .iter()
            .map(|_| {
                let slot = Slot {
                    driver: None,
                    failure: None,
                };
                Arc::new(Mutex::new(slot))
            })
            .collect();
        Ok(Harness {
            runtime,
            servers,
            screenshots,
            slots,
        })
    }

    /// Runs one trial: the scenario under its timeout, then closes every
    /// session it opened, whatever the outcome (a panic included).
    fn run(
        &self,
        lane: usize,
        engine: Engine,
        scenario: &'static str,
        run: Scenario,
        size: (u32, u32),
    ) -> Result<(), Failed> {
        let ctx = self
            .runtime
            .block_on(self.ctx(lane, engine, scenario, size))
            .map_err(|e| format!("{e:#}"))?;
        // A hung browser fails its scenario instead of the whole run.
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            // The timer is made inside the runtime (it needs its clock).
            self.runtime
                .block_on(async { tokio::time::timeout(SCENARIO_TIMEOUT, run(&ctx)).await })
        }));
        let timed_out = matches!(outcome, Ok(Err(_)));
        let passed = matches!(outcome, Ok(Ok(Ok(()))));
        let shot = self.runtime.block_on(ctx.close(timed_out, passed));
        match outcome {
            Ok(Ok(Ok(()))) => Ok(()),
            Ok(Ok(Err(e))) => Err(format!("{e:#}").into()),
            Ok(Err(_)) => Err(format!("timed out after {SCENARIO_TIMEOUT:?}{shot}").into()),
            Err(panic) => resume_unwind(panic),
        }
    }

    /// The context of one trial, once its lane's driver is free (and
    /// started, the first time).
    async fn ctx(
        &self,
        lane: usize,
        engine: Engine,
        scenario: &'static str,
        size: (u32, u32),
    ) -> anyhow::Result<Ctx> {
        let slot = Arc::clone(&self.slots[lane]);
        let mut slot = slot.lock_owned().await;
        if slot.driver.is_none() {
            if let Some(failure) = &slot.failure {
                bail!("the {} WebDriver could not start: {failure}", engine.name());
            }
            match Driver::start(engine).await {
                Ok(driver) => slot.driver = Some(driver),
                Err(e) => {
                    slot.failure = Some(format!("{e:#}"));
                    return Err(e);
                }
            }
        }
        let driver = OwnedMutexGuard::map(slot, |s| s.driver.as_mut().expect("started above"));
        let s = &self.servers[lane];
        let requested = s
            .all()
            .into_iter()
            .map(|server| (server.clone(), server.requests("")))
            .collect();
        Ok(Ctx {
            driver,
            shop: s.shop.clone(),
            broken: s.broken.clone(),
            strict: s.strict.clone(),
            assets: s.assets.clone(),
            cross: s.cross.clone(),
            shopify: s.shopify.clone(),
            shopify_cdn: s.shopify_cdn.clone(),
            screenshots: self.screenshots.clone(),
            sessions: RefCell::default(),
            requested,
            size,
            scenario,
        })
    }

    /// Stops the WebDriver servers (and their browsers, and WebKit's X
    /// server) before the process ends; the servers stop with the runtime.
    fn shutdown(self) {
        let slots = self.slots;
        self.runtime.block_on(async {
            for slot in slots {
                let driver = slot.lock().await.driver.take();
                if let Some(driver) = &driver {
                    driver.close_idle().await;
                }
            }
        });
    }
}

impl Ctx {
    /// Closes the trial's sessions and the driver's extra servers, but
    /// keeps a passed scenario's first session for the next, emptied. After
    /// a timeout, first saves what the last browser showed; returns a note
    /// naming that screenshot for the failure message.
    async fn close(self, timed_out: bool, passed: bool) -> String {
        let bounded = Duration::from_secs(10);
        let sessions = self.sessions.take();
        let mut note = String::new();
        if let (true, Some((last, _))) = (timed_out, sessions.last()) {
            let file = self.screenshots.join(format!(
                "{}-{}-TIMEOUT-{}.png",
                self.driver.engine.name(),
                self.size.0,
                self.scenario.replace("::", "-")
            ));
            if let Ok(Ok(png)) = tokio::time::timeout(bounded, last.screenshot()).await {
                if std::fs::write(&file, png).is_ok() {
                    note = format!("\n    screenshot: {}", file.display());
                }
            }
        }
        let mut sessions = sessions.into_iter();
        let first = sessions.next();
        // The others first: they hold the extra servers.
        for (session, _) in sessions {
            let _ = tokio::time::timeout(bounded, session.close()).await;
        }
        if let Some((first, size)) = first {
            if passed {
                let origins: Vec<String> = self
                    .requested
                    .iter()
                    .filter(|(server, before)| server.requests("") > *before)
                    .map(|(server, _)| server.origin())
                    .collect();
                self.driver.recycle(first, size, &origins).await;
            } else {
                self.driver.close_main(first).await;
            }
        }
        self.driver.sessions_closed();
        note
    }
}

/// The lanes `E2E_ENGINES` names (comma-separated engines, default
/// `chromium`; an engine named twice runs in two lanes, its trials shared
/// out between them).
fn lanes_from_env() -> anyhow::Result<Vec<Engine>> {
    let names = std::env::var("E2E_ENGINES").unwrap_or_else(|_| "chromium".into());
    let mut engines = Vec::new();
    for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let Some(engine) = Engine::parse(name) else {
            bail!("E2E_ENGINES: unknown engine {name:?} (chromium, firefox, webkit)");
        };
        engines.push(engine);
    }
    if engines.is_empty() {
        bail!("E2E_ENGINES names no engine");
    }
    Ok(engines)
}

/// The test binary's `main`: builds the trials and runs them with the
/// command line's arguments; the exit code is libtest's.
pub fn main(
    scenarios: &'static [(&'static str, Scenario, Sizes)],
    gaps: &'static [KnownGap],
) -> ExitCode {
    let mut args = Arguments::from_args();
    args.test_threads.get_or_insert(1);
    let lanes = match lanes_from_env() {
        Ok(lanes) => lanes,
        Err(e) => {
            eprintln!("{e:#}");
            return ExitCode::from(2);
        }
    };
    // A gap naming no scenario (a typo, a renamed scenario) would silently
    // stop doing anything: refuse it.
    if let Some(gap) = gaps
        .iter()
        .find(|g| !scenarios.iter().any(|(name, _, _)| *name == g.scenario))
    {
        eprintln!("known gap for an unknown scenario {:?}", gap.scenario);
        return ExitCode::from(2);
    }
    // Listing starts nothing (and needs no build).
    let harness = if args.list {
        None
    } else {
        match Harness::start(&lanes) {
            Ok(harness) => Some(Arc::new(harness)),
            Err(e) => {
                eprintln!("{e:#}");
                return ExitCode::from(2);
            }
        }
    };
    // A known gap is ignored with its reason unless ignored trials are
    // asked for; then it is an ignored-flagged trial, so `--ignored` picks
    // it out and runs it.
    let run_gaps = args.ignored || args.include_ignored;
    // The engines in the order first named, each with its lanes.
    let mut engines: Vec<(Engine, Vec<usize>)> = Vec::new();
    for (lane, &engine) in lanes.iter().enumerate() {
        match engines.iter_mut().find(|(e, _)| *e == engine) {
            Some((_, own)) => own.push(lane),
            None => engines.push((engine, vec![lane])),
        }
    }
    // Each lane's trials: an engine's scenarios are shared out between its
    // lanes in turn.
    let mut queues: Vec<Vec<((u32, u32), Trial)>> = lanes.iter().map(|_| Vec::new()).collect();
    let runs = scenarios.iter().flat_map(|&(scenario, run, sizes)| {
        sizes.list().iter().map(move |&size| (scenario, run, size))
    });
    for (n, (scenario, run, size)) in runs.enumerate() {
        for (engine, own) in &engines {
            let (engine, lane) = (*engine, own[n % own.len()]);
            let gap = gaps
                .iter()
                .find(|g| g.scenario == scenario && g.engine == engine);
            let label = format!("e2e[{}] {scenario} @{}", engine.name(), size.0);
            let trial = match gap {
                Some(gap) if !run_gaps => Trial::ignorable_test(label, move || {
                    Ok(Completion::ignored_with(format!(
                        "known gap: {}",
                        gap.reason
                    )))
                }),
                _ => {
                    let harness = harness.clone();
                    Trial::test(label, move || {
                        let harness = harness.as_ref().expect("a harness when not listing");
                        harness.run(lane, engine, scenario, run, size)
                    })
                    .with_ignored_flag(gap.is_some())
                }
            };
            queues[lane].push((size, trial));
        }
    }
    // Each lane's phone runs come before its desktop runs, so a session
    // left by one scenario fits the next (`Driver::session`).
    for queue in &mut queues {
        queue.sort_by_key(|(size, _)| *size);
    }
    // Lanes take turns down the list, so with one thread per lane
    // (`--test-threads`) every lane always has a trial going: a thread
    // that picks a trial whose lane is busy waits for it, and in a
    // lane-by-lane order all of them would wait on one lane.
    let mut queues: Vec<_> = queues
        .into_iter()
        .map(|q| q.into_iter().map(|(_, trial)| trial))
        .collect();
    let mut trials = Vec::new();
    loop {
        let before = trials.len();
        for queue in &mut queues {
            trials.extend(queue.next());
        }
        if trials.len() == before {
            break;
        }
    }
    let conclusion = libtest_mimic::run(&args, trials);
    // The trials (and their handles on the harness) are gone now.
    if let Some(harness) = harness.and_then(|h| Arc::try_unwrap(h).ok()) {
        harness.shutdown();
    }
    conclusion.exit_code()
}
