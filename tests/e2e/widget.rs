//! `Page`: a browser tab on a page with the widget, and the few verbs the
//! scenarios use (wait, read, find inside the shadow root, screenshot).
//! Scenarios stay short and read like what a visitor does.

use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, Locator};
use serde_json::Value;

use crate::Ctx;

/// Helpers defined before every script: `widget(i)` is the i-th widget's
/// shadow root.
const PRELUDE: &str =
    "const widget = (i = 0) => document.querySelectorAll('circulation-check')[i].shadowRoot;\n";

pub struct Page<'a> {
    ctx: &'a Ctx,
    pub client: Client,
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

impl<'a> Page<'a> {
    /// Opens a fresh session at `width` x `height` and loads `url`.
    pub async fn open(
        ctx: &'a Ctx,
        url: &str,
        width: u32,
        height: u32,
    ) -> Result<Page<'a>, String> {
        let client = ctx.driver.session(width, height).await?;
        ctx.sessions.borrow_mut().push(client.clone());
        client.goto(url).await.map_err(err)?;
        Ok(Page { ctx, client })
    }

    /// Runs `body` (a function body that may `return`) with the prelude.
    pub async fn eval(&self, body: &str) -> Result<Value, String> {
        self.client
            .execute(&format!("{PRELUDE}{body}"), vec![])
            .await
            .map_err(|e| format!("script failed: {e}\n{body}"))
    }

    /// Waits up to 10 s until `selector` matches inside the first widget.
    pub async fn wait_for(&self, selector: &str) -> Result<(), String> {
        let script = format!(
            "const r = document.querySelector('circulation-check')?.shadowRoot; return !!(r && r.querySelector({}));",
            Value::from(selector)
        );
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if self.eval(&script).await? == Value::Bool(true) {
                return Ok(());
            }
            if Instant::now() > deadline {
                let _ = self.screenshot("timeout").await;
                return Err(format!("timed out waiting for {selector:?} in the widget"));
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// The text content of the first match of `selector` in the widget.
    pub async fn text(&self, selector: &str) -> Result<String, String> {
        let value = self
            .eval(&format!(
                "return widget().querySelector({})?.textContent ?? null;",
                Value::from(selector)
            ))
            .await?;
        value
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("{selector:?} not found in the widget"))
    }

    /// A WebDriver element inside the widget's shadow root, for real clicks
    /// and key presses.
    pub async fn find(&self, selector: &str) -> Result<Element, String> {
        let host = self
            .client
            .find(Locator::Css("circulation-check"))
            .await
            .map_err(err)?;
        let root = host.shadow_root().await.map_err(err)?;
        root.find(Locator::Css(selector))
            .await
            .map_err(|e| format!("{selector:?}: {e}"))
    }

    pub async fn scroll_into_view(&self, selector: &str) -> Result<(), String> {
        self.eval(&format!(
            "widget().querySelector({}).scrollIntoView({{block: 'start'}});",
            Value::from(selector)
        ))
        .await
        .map(drop)
    }

    /// Saves a PNG of the viewport as target/screenshots/<engine>-<name>.png.
    pub async fn screenshot(&self, name: &str) -> Result<(), String> {
        let png = self.client.screenshot().await.map_err(err)?;
        let file = self
            .ctx
            .screenshots
            .join(format!("{}-{name}.png", self.ctx.driver.engine.name()));
        std::fs::write(&file, png).map_err(|e| format!("{}: {e}", file.display()))
    }

    /// Passes when the page recorded no uncaught error and no console.error.
    pub async fn finish(&self) -> Result<(), String> {
        let errors = self
            .eval("return window.__ccErrors ?? ['the test hooks did not load'];")
            .await?;
        match errors.as_array() {
            Some(list) if list.is_empty() => Ok(()),
            _ => Err(format!("errors in the page: {errors}")),
        }
    }

    /// Fails the scenario with `message`, keeping a screenshot for the reader.
    pub async fn fail<T>(&self, message: impl Into<String>) -> Result<T, String> {
        let _ = self.screenshot("FAILED").await;
        Err(message.into())
    }
}
