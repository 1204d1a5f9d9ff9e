//! Starts a browser engine's WebDriver server (chromedriver, geckodriver or
//! WebKitWebDriver under its own virtual display) and opens sessions on it,
//! one browser profile per session, with a viewport of an exact size; a
//! passed scenario's session is emptied and kept for the next scenario at
//! that size (`Driver::recycle`), as starting browsers was most of the
//! suite's work.

use std::cell::{Cell, RefCell};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _};
use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// A browser engine the suite runs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    /// WebKitGTK's MiniBrowser: the engine of Safari.
    WebKit,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }

    pub fn parse(name: &str) -> Option<Engine> {
        match name {
            "chromium" => Some(Engine::Chromium),
            "firefox" => Some(Engine::Firefox),
            "webkit" => Some(Engine::WebKit),
            _ => None,
        }
    }
}

/// A running WebDriver server for one engine.
pub struct Driver {
    pub engine: Engine,
    /// The main server's port; it changes if that server had to be replaced.
    port: Cell<u16>,
    // Field order is drop order: the WebDriver servers (and their browsers)
    // go before the X server they draw on.
    main: RefCell<Option<Child>>,
    /// geckodriver and WebKitWebDriver allow one session each: a scenario's
    /// second session gets a server of its own, stopped by `sessions_closed`.
    extra: RefCell<Vec<Child>>,
    /// Sessions opened since the last `sessions_closed`.
    open: Cell<usize>,
    _display: Option<Child>,
    display_number: Option<String>,
    /// The driver's own temporary directory (GTK settings), removed on drop.
    config: Option<PathBuf>,
    /// Per-session browser profiles, removed by `sessions_closed`.
    profiles: RefCell<Vec<PathBuf>>,
    /// Firefox: a profile that one browser has started on and left, copied
    /// for every session (`firefox_template`); removed on drop.
    template: Option<PathBuf>,
    /// Sessions a passed scenario left, emptied for the next (`recycle`),
    /// with their viewport and Firefox profile: at most one per viewport in
    /// Chromium, one in the engines whose server takes one session.
    idle: RefCell<Vec<Idle>>,
    /// The profile of the main server's session, which may be recycled.
    main_profile: RefCell<Option<PathBuf>>,
}

/// A browser session kept for the next scenario.
struct Idle {
    client: Client,
    size: (u32, u32),
    profile: Option<PathBuf>,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // Idle sessions are closed by `close_idle` before; their profiles
        // go here.
        for idle in self.idle.take() {
            self.profiles.borrow_mut().extend(idle.profile);
        }
        self.profiles.borrow_mut().extend(self.main_profile.take());
        self.sessions_closed();
        for dir in self.config.iter().chain(&self.template) {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// A new empty directory under the system's temporary directory.
fn scratch_dir() -> anyhow::Result<PathBuf> {
    // One counter for the process: trials may run on several threads.
    static COUNT: AtomicU32 = AtomicU32::new(0);
    let n = COUNT.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("circulation-e2e-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).with_context(|| dir.display().to_string())?;
    Ok(dir)
}

fn write(path: PathBuf, text: &str) -> anyhow::Result<()> {
    std::fs::create_dir_all(path.parent().expect("a parent"))
        .and_then(|()| std::fs::write(&path, text))
        .with_context(|| path.display().to_string())
}

/// Firefox's capabilities for a session on `profile`, its window `width` x
/// `height`.
fn firefox(profile: &Path, width: u32, height: u32) -> Value {
    json!({
        "browserName": "firefox",
        "moz:firefoxOptions": {
            "binary": env_or("FIREFOX_BIN", "/usr/bin/firefox-esr"),
            "args": [
                "-headless", "-profile", profile,
                "--width", width.to_string(), "--height", height.to_string(),
            ],
            "prefs": {
                // Overlay scrollbars, as on a phone: the page keeps its full width.
                "widget.gtk.overlay-scrollbars.enabled": true,
                "ui.useOverlayScrollbars": 1,
            },
        },
    })
}

/// Firefox's own window (`:root` of its browser chrome) has a min-width of
/// 500 px, which a userChrome.css lifts so a phone is possible; that needs
/// a profile of our own.
fn write_firefox_profile(dir: &Path) -> anyhow::Result<()> {
    write(
        dir.join("user.js"),
        "user_pref(\"toolkit.legacyUserProfileCustomizations.stylesheets\", true);\n",
    )?;
    write(
        dir.join("chrome/userChrome.css"),
        ":root { min-width: 0 !important; }\n",
    )
}

/// Copies the profile `from` into the empty directory `to`, without the
/// lock a running Firefox leaves (a stale one would make the next Firefox
/// refuse the profile).
fn copy_profile(from: &Path, to: &Path) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(from).with_context(|| from.display().to_string())? {
        let entry = entry?;
        let name = entry.file_name();
        if name == "lock" || name == ".parentlock" {
            continue;
        }
        let (source, target) = (entry.path(), to.join(&name));
        let kind = entry.file_type()?;
        if kind.is_dir() {
            std::fs::create_dir_all(&target)?;
            copy_profile(&source, &target)?;
        } else if kind.is_file() {
            std::fs::copy(&source, &target).with_context(|| source.display().to_string())?;
        }
    }
    Ok(())
}

/// How long a browser may take to start: seconds normally, Firefox up to
/// ten on a busy machine.
const SESSION_TIMEOUT: Duration = Duration::from_secs(45);

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_owned())
}

/// Where Debian's libwebkit2gtk-4.1-0 puts MiniBrowser (`dpkg -L` shows it).
const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

impl Driver {
    pub async fn start(engine: Engine) -> anyhow::Result<Driver> {
        let (mut display, mut display_number, mut config) = (None, None, None);
        if engine == Engine::WebKit {
            // MiniBrowser (GTK) has no headless mode: it draws on an X
            // display of our own, so parallel runs never share one.
            let (xvfb, number) = start_xvfb().await?;
            display = Some(xvfb);
            display_number = Some(number);
            // MiniBrowser's toolbar (address entry, buttons) will not let
            // the window be narrower than 447 px; a user GTK stylesheet
            // lets it shrink to a phone. It styles the browser's own
            // widgets only, never the page.
            let dir = scratch_dir()?;
            write(
                dir.join("gtk-3.0/gtk.css"),
                "entry, button { min-width: 0; padding-left: 0; padding-right: 0; }\n",
            )?;
            config = Some(dir);
        }
        let mut driver = Driver {
            engine,
            port: Cell::new(0),
            main: RefCell::default(),
            extra: RefCell::default(),
            open: Cell::new(0),
            _display: display,
            display_number,
            config,
            profiles: RefCell::default(),
            template: None,
            idle: RefCell::default(),
            main_profile: RefCell::default(),
        };
        let (child, port) = driver.spawn().await?;
        driver.main = RefCell::new(Some(child));
        driver.port.set(port);
        if engine == Engine::Firefox {
            driver.template = Some(driver.firefox_template().await?);
        }
        Ok(driver)
    }

    /// A Firefox profile that a browser has started on once and closed,
    /// with nothing loaded in it. Firefox spends seconds making a profile
    /// the first time it starts on it (databases, the startup cache); a
    /// copy of this one starts in about half the time (measured: 2.8 s
    /// fresh, 1.1 s copied, idle; 4 s fresh under the suite's load), and
    /// every session still gets a profile of its own that no page has
    /// touched.
    async fn firefox_template(&self) -> anyhow::Result<PathBuf> {
        let dir = scratch_dir()?;
        write_firefox_profile(&dir)?;
        let mut builder = ClientBuilder::new(HttpConnector::new());
        let Value::Object(capabilities) = firefox(&dir, 500, 500) else {
            unreachable!()
        };
        builder.capabilities(capabilities);
        let url = format!("http://127.0.0.1:{}", self.port.get());
        let client = tokio::time::timeout(SESSION_TIMEOUT, builder.connect(&url))
            .await
            .map_err(|_| anyhow!("Firefox did not start within {SESSION_TIMEOUT:?}"))?
            .context("cannot start Firefox on a new profile")?;
        client
            .close()
            .await
            .context("closing the Firefox profile's first session")?;
        Ok(dir)
    }

    /// Starts one WebDriver server on a free port; returns it and the port.
    async fn spawn(&self) -> anyhow::Result<(Child, u16)> {
        let port = free_port();
        let mut command = match self.engine {
            Engine::Chromium => {
                let mut c = Command::new(env_or("CHROMEDRIVER", "/usr/bin/chromedriver"));
                c.arg(format!("--port={port}"));
                c
            }
            Engine::Firefox => {
                let mut c = Command::new(env_or("GECKODRIVER", "geckodriver"));
                // Port 0 for Marionette and BiDi: geckodriver's fixed defaults
                // (2828, 9222) collide when two suites run on one machine.
                c.args(["--host", "127.0.0.1", "--port", &port.to_string()])
                    .args(["--marionette-port", "0", "--websocket-port", "0"]);
                c
            }
            Engine::WebKit => {
                let mut c = Command::new(env_or("WEBKIT_WEBDRIVER", "WebKitWebDriver"));
                c.arg(format!("--port={port}"))
                    .env(
                        "DISPLAY",
                        format!(":{}", self.display_number.as_deref().unwrap_or("0")),
                    )
                    .envs(self.config.iter().map(|dir| ("XDG_CONFIG_HOME", dir)))
                    // Overlay scrollbars, as on a phone: the page keeps its full width.
                    .env("GTK_OVERLAY_SCROLLING", "1");
                c
            }
        };
        // E2E_DRIVER_LOG=1 shows the driver's (and browser's) own log.
        let log = || match std::env::var_os("E2E_DRIVER_LOG") {
            Some(_) => Stdio::inherit(),
            None => Stdio::null(),
        };
        let name = self.engine.name();
        let child = command
            .stdout(log())
            .stderr(log())
            .kill_on_drop(true)
            .spawn()
            .with_context(|| format!("cannot start the {name} WebDriver"))?;
        for _ in 0..200 {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok((child, port));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        bail!("the {name} WebDriver did not start within 10 s")
    }

    /// Called once the scenario's sessions are closed: stops the extra
    /// servers and removes the sessions' profiles (each holds a browser's
    /// caches: tens of MB a session).
    pub fn sessions_closed(&self) {
        self.open.set(0);
        drop(self.extra.take());
        for dir in self.profiles.take() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }

    /// Opens a browser session whose viewport (`innerWidth` x
    /// `innerHeight`) is exactly `width` x `height` CSS pixels, or fails: a
    /// scenario's first session is one an earlier scenario left (emptied by
    /// `recycle`) where there is one, else a new one.
    pub async fn session(&self, width: u32, height: u32) -> anyhow::Result<Client> {
        if self.open.get() == 0 {
            if let Some(client) = self.reuse(width, height).await {
                self.open.set(1);
                return Ok(client);
            }
        }
        self.new_session(width, height).await
    }

    /// An idle session at exactly `width` x `height`, if there is one. (A
    /// resized one would not do: MiniBrowser's toolbars have been seen to
    /// take room again after the resize was measured. The trial list puts
    /// each lane's phone runs before its desktop runs.) In the engines whose
    /// server takes one session, an idle one of another size is closed to
    /// make room for the new one.
    async fn reuse(&self, width: u32, height: u32) -> Option<Client> {
        let found = {
            let mut idle = self.idle.borrow_mut();
            let at = idle.iter().position(|i| i.size == (width, height));
            at.map(|at| idle.remove(at))
        };
        match found {
            Some(Idle {
                client, profile, ..
            }) => {
                *self.main_profile.borrow_mut() = profile;
                Some(client)
            }
            None => {
                if self.engine != Engine::Chromium {
                    self.close_idle().await;
                }
                None
            }
        }
    }

    /// Takes back a passed scenario's first session (on the main server)
    /// for the next scenario, emptied as a new one would be: one window,
    /// no local or session storage and no cookies on `origins` (the sites
    /// the scenario reached), a blank page. A session that cannot be
    /// emptied in 15 s is closed instead.
    pub async fn recycle(&self, client: Client, size: (u32, u32), origins: &[String]) {
        let profile = self.main_profile.take();
        let emptied = tokio::time::timeout(Duration::from_secs(15), empty(&client, origins)).await;
        if matches!(emptied, Ok(Ok(()))) {
            // None of this size is idle: the scenario's first session took
            // it (`reuse`), and a scenario opens one first session.
            self.idle.borrow_mut().push(Idle {
                client,
                size,
                profile,
            });
        } else {
            // Said, so a session that can never be reused is noticed.
            let why = match emptied {
                Ok(Err(e)) => format!("{e:#}"),
                _ => "no answer in 15 s".into(),
            };
            eprintln!(
                "e2e[{}]: a session could not be emptied for the next scenario ({why}); closed",
                self.engine.name()
            );
            self.close(client, profile).await;
        }
    }

    /// Closes a scenario's first session instead of recycling it.
    pub async fn close_main(&self, client: Client) {
        let profile = self.main_profile.take();
        self.close(client, profile).await;
    }

    /// Closes a session (waiting 10 s at most) and marks its profile for
    /// removal by `sessions_closed`.
    async fn close(&self, client: Client, profile: Option<PathBuf>) {
        let _ = tokio::time::timeout(Duration::from_secs(10), client.close()).await;
        self.profiles.borrow_mut().extend(profile);
    }

    /// Closes the idle sessions (before the driver stops: a browser whose
    /// WebDriver server is killed under it may outlive the run).
    pub async fn close_idle(&self) {
        let idle = self.idle.take();
        for Idle {
            client, profile, ..
        } in idle
        {
            self.close(client, profile).await;
        }
    }

    /// Opens a new browser session at `width` x `height`.
    async fn new_session(&self, width: u32, height: u32) -> anyhow::Result<Client> {
        // Headless Chromium will not make a window narrower than 500 px, so
        // a phone is its device emulation; `mobile: false` keeps the same
        // semantics as the other engines (a narrow viewport, no touch, no
        // 980 px layout viewport for pages without a viewport meta).
        let phone = width < 500;
        let capabilities = match self.engine {
            Engine::Chromium => {
                let mut options = json!({
                    "binary": env_or("CHROME_BIN", "/usr/bin/chromium"),
                    "args": [
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--hide-scrollbars",
                        format!("--window-size={},{}", width.max(500), height),
                    ],
                });
                if phone {
                    options["mobileEmulation"] = json!({
                        "deviceMetrics": {
                            "width": width, "height": height, "pixelRatio": 1,
                            "mobile": false, "touch": false,
                        },
                    });
                }
                json!({ "browserName": "chrome", "goog:chromeOptions": options })
            }
            Engine::Firefox => {
                let profile = scratch_dir()?;
                // The main server's session may be recycled with its profile.
                match self.open.get() {
                    0 => *self.main_profile.borrow_mut() = Some(profile.clone()),
                    _ => self.profiles.borrow_mut().push(profile.clone()),
                }
                let template = self.template.as_deref().expect("made at start");
                copy_profile(template, &profile)?;
                firefox(&profile, width, height)
            }
            Engine::WebKit => json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": {
                    "binary": env_or("MINIBROWSER", MINIBROWSER),
                    "args": ["--automation"],
                },
            }),
        };
        let Value::Object(mut capabilities) = capabilities else {
            unreachable!()
        };
        // A page load that never ends fails in 30 s with a message naming
        // it, instead of the default 300 s that outlasts the scenario.
        capabilities.insert(
            "timeouts".into(),
            json!({ "pageLoad": 30_000, "script": 30_000 }),
        );
        let name = self.engine.name();
        let mut port = if self.engine != Engine::Chromium && self.open.get() > 0 {
            let (child, port) = self.spawn().await?;
            self.extra.borrow_mut().push(child);
            port
        } else {
            self.port.get()
        };
        self.open.set(self.open.get() + 1);
        let mut retried = false;
        let client = loop {
            let mut builder = ClientBuilder::new(HttpConnector::new());
            builder.capabilities(capabilities.clone());
            let url = format!("http://127.0.0.1:{port}");
            let connect = builder.connect(&url);
            match tokio::time::timeout(SESSION_TIMEOUT, connect).await {
                Ok(client) => {
                    break client.with_context(|| format!("cannot open a {name} session"))?
                }
                Err(_) if !retried && self.engine != Engine::Chromium => {
                    // Now and then (seen with MiniBrowser under load) the
                    // browser never reports back and its server waits
                    // forever. That server is retired (it would hang the
                    // next session too) and a fresh one gets one more try;
                    // the log says so, so it never passes unnoticed.
                    eprintln!(
                        "e2e[{name}]: the browser did not start within {SESSION_TIMEOUT:?}; \
                         retrying once on a fresh WebDriver server"
                    );
                    retried = true;
                    let (child, fresh) = self.spawn().await?;
                    if port == self.port.get() {
                        let old = self.main.replace(Some(child));
                        self.extra.borrow_mut().extend(old);
                        self.port.set(fresh);
                    } else {
                        self.extra.borrow_mut().push(child);
                    }
                    port = fresh;
                }
                Err(_) => {
                    bail!("cannot open a {name} session: no answer within {SESSION_TIMEOUT:?}")
                }
            }
        };
        if !(self.engine == Engine::Chromium && phone) {
            if let Err(e) = fit_viewport(&client, width, height).await {
                let _ = tokio::time::timeout(Duration::from_secs(10), client.close()).await;
                return Err(e.context(self.engine.name()));
            }
        }
        Ok(client)
    }
}

/// Empties a session for the next scenario (`Driver::recycle`).
async fn empty(client: &Client, origins: &[String]) -> anyhow::Result<()> {
    // Windows a scenario opened (a second tab) go; the first stays.
    let windows = client.windows().await?;
    if let Some((first, rest)) = windows.split_first() {
        for handle in rest {
            client.switch_to_window(handle.clone()).await?;
            client.close_window().await?;
        }
        client.switch_to_window(first.clone()).await?;
    }
    for origin in origins {
        client
            .goto(&format!("{origin}{}", crate::server::EMPTY_PAGE))
            .await?;
        // Cookies too, though no page or server here sets one (they are
        // made from the page: chromedriver's cookie command fails on a
        // page with no body).
        let left = client
            .execute(
                "localStorage.clear(); sessionStorage.clear();
                 for (const c of document.cookie.split(';')) {
                     const name = c.split('=')[0].trim();
                     if (name) document.cookie = `${name}=; max-age=0; path=/`;
                 }
                 return localStorage.length + sessionStorage.length + document.cookie.length;",
                vec![],
            )
            .await?;
        if left != json!(0) {
            bail!("storage or cookies left on {origin}: {left}");
        }
    }
    client.goto("about:blank").await?;
    Ok(())
}

/// The viewport's size in CSS pixels, as the page sees it.
pub async fn viewport(client: &Client) -> anyhow::Result<(u32, u32)> {
    let size = client
        .execute("return [window.innerWidth, window.innerHeight];", vec![])
        .await?;
    let get = |i: usize| size[i].as_u64().map(|v| v as u32);
    match (get(0), get(1)) {
        (Some(w), Some(h)) => Ok((w, h)),
        _ => Err(anyhow!("cannot read the viewport size: {size}")),
    }
}

/// Sizes the window so the viewport is `width` x `height`: a window rect
/// includes the browser's own toolbars, which differ by engine, so set it,
/// measure the viewport and add what the toolbars took.
async fn fit_viewport(client: &Client, width: u32, height: u32) -> anyhow::Result<()> {
    let target = (width, height);
    let (mut w, mut h) = target;
    for _ in 0..4 {
        let before = viewport(client).await?;
        // WebKit waits for the window to reach the size: bound the wait,
        // so an engine that will not get there fails instead of hanging.
        tokio::time::timeout(Duration::from_secs(10), client.set_window_size(w, h))
            .await
            .map_err(|_| anyhow!("sizing the window to {w}x{h} took over 10 s"))?
            .with_context(|| format!("cannot size the window to {w}x{h}"))?;
        // WebKit answers before its page has seen the resize, and may pass
        // through sizes on the way: wait (up to 2 s) for the viewport to
        // change and then read the same twice.
        let deadline = Instant::now() + Duration::from_secs(2);
        let mut now = viewport(client).await?;
        while now != target && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(40)).await;
            let again = viewport(client).await?;
            if now != before && again == now {
                break;
            }
            now = again;
        }
        if now == target {
            return Ok(());
        }
        // What the toolbars took: never negative, and at most 200 px, so a
        // stale reading can never shrink the window to nothing.
        w = width + w.saturating_sub(now.0).min(200);
        h = height + h.saturating_sub(now.1).min(200);
    }
    let (iw, ih) = viewport(client).await?;
    bail!("the viewport is {iw}x{ih}, not the {width}x{height} asked for")
}

/// Starts Xvfb on the first free display number, which Xvfb itself picks
/// and reports (`-displayfd`), so there is no race with other X servers.
async fn start_xvfb() -> anyhow::Result<(Child, String)> {
    let mut xvfb = Command::new(env_or("XVFB", "Xvfb"))
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1920x1080x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .context("cannot start Xvfb (Debian package xvfb)")?;
    let stdout = xvfb.stdout.take().expect("piped stdout");
    let mut line = String::new();
    let mut reader = BufReader::new(stdout);
    let read = reader.read_line(&mut line);
    match tokio::time::timeout(Duration::from_secs(10), read).await {
        Ok(Ok(n)) if n > 0 && !line.trim().is_empty() => Ok((xvfb, line.trim().to_owned())),
        _ => bail!("Xvfb did not report a display within 10 s"),
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}
