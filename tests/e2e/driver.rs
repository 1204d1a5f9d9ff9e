//! Starts a browser's WebDriver server and opens sessions on it, one fresh
//! browser profile per session, so every test starts with empty storage.

use std::net::TcpStream;
use std::process::Stdio;
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Map, Value};
use tokio::process::{Child, Command};

/// A browser engine the suite runs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
        }
    }

    pub fn parse(name: &str) -> Option<Engine> {
        match name {
            "chromium" => Some(Engine::Chromium),
            _ => None,
        }
    }
}

/// A running WebDriver server for one engine.
pub struct Driver {
    pub engine: Engine,
    port: u16,
    _child: Child,
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_owned())
}

impl Driver {
    pub async fn start(engine: Engine) -> Result<Driver, String> {
        let port = free_port();
        let mut command = match engine {
            Engine::Chromium => {
                let mut c = Command::new(env_or("CHROMEDRIVER", "/usr/bin/chromedriver"));
                c.arg(format!("--port={port}"));
                c
            }
        };
        let child = command
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("cannot start the {} WebDriver: {e}", engine.name()))?;
        for _ in 0..200 {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok(Driver {
                    engine,
                    port,
                    _child: child,
                });
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Err(format!(
            "the {} WebDriver did not start within 10 s",
            engine.name()
        ))
    }

    /// Opens a new browser session with a viewport of `width` x `height`.
    pub async fn session(&self, width: u32, height: u32) -> Result<Client, String> {
        let capabilities = match self.engine {
            Engine::Chromium => json!({
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": env_or("CHROME_BIN", "/usr/bin/chromium"),
                    "args": [
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--hide-scrollbars",
                        format!("--window-size={width},{height}"),
                    ],
                },
            }),
        };
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities as Map<String, Value>)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .map_err(|e| format!("cannot open a {} session: {e}", self.engine.name()))?;
        Ok(client)
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}
