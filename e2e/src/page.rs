//! `Page`: a browser tab on a page with the widget, and the few verbs the
//! scenarios use (wait, read, find inside the shadow root, answer a
//! question, read saved data, screenshot). A failed check keeps a
//! screenshot of the page (`Page::fail`, called by `check!`). Scenarios stay
//! short and read like what a visitor does.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _, Result};
use fantoccini::elements::{Element, ElementRef};
use fantoccini::{Client, Locator};
use serde_json::Value;

use crate::{check, Ctx};

/// Helpers defined before every script: `widget(i)` is the i-th widget's
/// shadow root.
const PRELUDE: &str =
    "const widget = (i = 0) => __ccRoot(document.querySelectorAll('circulation-check')[i]);\n";

pub struct Page<'a> {
    ctx: &'a Ctx,
    pub client: Client,
    /// The viewport size, in CSS pixels, checked on opening.
    pub size: (u32, u32),
    /// The widget's button labels in the language it speaks, by their
    /// English ones (`speak`); empty for English.
    labels: std::cell::Cell<&'static [(&'static str, &'static str)]>,
}

impl<'a> Page<'a> {
    /// Opens a session at the size of the current run (`ctx.size`:
    /// every scenario runs once at a phone and once at a desktop size) and
    /// loads `url`.
    pub async fn open(ctx: &'a Ctx, url: &str) -> Result<Page<'a>> {
        let (width, height) = ctx.size;
        Page::open_at(ctx, url, width, height).await
    }

    /// Opens a session at exactly `width` x `height`, for a scenario
    /// about one size only, and loads `url`.
    pub async fn open_at(ctx: &'a Ctx, url: &str, width: u32, height: u32) -> Result<Page<'a>> {
        let client = ctx.driver.session(width, height).await?;
        ctx.sessions
            .borrow_mut()
            .push((client.clone(), (width, height)));
        client.goto(url).await?;
        let page = Page {
            ctx,
            client,
            size: (width, height),
            labels: std::cell::Cell::new(&[]),
        };
        // The size is checked on the loaded page too: a page's viewport
        // meta can change it, and a phone that is not really 375 px wide
        // would hide exactly the bugs the phone run is for.
        let actual = crate::driver::viewport(&page.client).await?;
        check!(
            page,
            actual == page.size,
            "the viewport is {}x{}, not {width}x{height}",
            actual.0,
            actual.1
        );
        // Phones draw scrollbars over the page: at phone width the page
        // must get every one of its pixels, as it would on a phone.
        if width < 500 {
            let layout = page
                .eval("return document.documentElement.clientWidth;")
                .await?;
            check!(
                page,
                layout == width,
                "the page is {layout} px wide, not {width}: a scrollbar takes room"
            );
        }
        Ok(page)
    }

    /// Runs `body` (a function body that may `return`) with the prelude.
    pub async fn eval(&self, body: &str) -> Result<Value> {
        self.eval_with(body, &[]).await
    }

    /// `eval` with `arguments` (JSON values, or elements as serialised by
    /// fantoccini).
    pub async fn eval_with(&self, body: &str, args: &[Value]) -> Result<Value> {
        self.client
            .execute(&format!("{PRELUDE}{body}"), args.to_vec())
            .await
            .with_context(|| format!("script failed:\n{body}"))
    }

    /// Waits up to 10 s until `selector` matches inside the first widget.
    pub async fn wait_for(&self, selector: &str) -> Result<()> {
        self.wait_for_in(0, selector).await
    }

    /// Waits up to 10 s until `selector` matches inside the `index`-th widget
    /// and the app has taken over from the prerendered start screen. A
    /// widget that has not rendered yet is scrolled into view, as a visitor
    /// would: the loader loads the wasm only near the viewport.
    pub async fn wait_for_in(&self, index: usize, selector: &str) -> Result<()> {
        self.wait_until_in(index, selector, false).await
    }

    /// Waits up to 10 s until `selector` matches in the `index`-th widget's
    /// prerendered start screen, before the app takes over: the one the
    /// loader shows (flagged by the hooks) or an embed snippet's
    /// (`data-for`).
    pub async fn wait_for_prerendered_in(&self, index: usize, selector: &str) -> Result<()> {
        self.wait_until_in(index, selector, true).await
    }

    async fn wait_until_in(&self, index: usize, selector: &str, prerendered: bool) -> Result<()> {
        let script = format!(
            "const h = document.querySelectorAll('circulation-check')[{index}]; const r = __ccRoot(h);
             const c = [...(r?.children ?? [])].find((e) => e.matches('.cc'));
             const pre = !!(c && (c.__ccPrerendered || c.hasAttribute('data-for')));
             if (h && (!r?.firstChild || (pre && !{prerendered}))) h.scrollIntoView({{block: 'nearest'}});
             return !!(r && r.querySelector({}) && pre === {prerendered});",
            Value::from(selector)
        );
        self.until(&format!("{selector:?} in the widget"), &script)
            .await
    }

    /// Tries `attempt` every 25 ms for up to 10 s until it gives a value;
    /// fails "timed out waiting for `what`". The one polling loop of the
    /// waits below: a screen may render a task after the press that leads
    /// to it (`moved_on`).
    async fn poll<T>(
        &self,
        what: &str,
        mut attempt: impl AsyncFnMut() -> Result<Option<T>>,
    ) -> Result<T> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(value) = attempt().await? {
                return Ok(value);
            }
            check!(
                self,
                Instant::now() <= deadline,
                "timed out waiting for {what}"
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// The text content of the first match of `selector` in the widget.
    pub async fn text(&self, selector: &str) -> Result<String> {
        let value = self
            .eval(&format!(
                "return widget().querySelector({})?.textContent ?? null;",
                Value::from(selector)
            ))
            .await?;
        value
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| anyhow!("{selector:?} not found in the widget"))
    }

    /// A WebDriver element inside the widget's shadow root, for real clicks
    /// and key presses.
    pub async fn find(&self, selector: &str) -> Result<Element> {
        self.element(
            &format!("return widget().querySelector({});", Value::from(selector)),
            &[],
        )
        .await?
        .with_context(|| format!("no {selector:?} in the widget"))
    }

    /// The element a script returns (`arguments` are `args`), or None when
    /// it returns null: one round trip where a WebDriver find in a shadow
    /// root takes three.
    async fn element(&self, body: &str, args: &[Value]) -> Result<Option<Element>> {
        // The W3C web element identifier, under which a script's element
        // comes back.
        const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
        let found = self.eval_with(body, args).await?;
        Ok(found[ELEMENT_KEY].as_str().map(|id| {
            Element::from_element_id(self.client.clone(), ElementRef::from(id.to_owned()))
        }))
    }

    pub async fn scroll_into_view(&self, selector: &str) -> Result<()> {
        self.eval(&format!(
            "widget().querySelector({}).scrollIntoView({{block: 'start'}});",
            Value::from(selector)
        ))
        .await
        .map(drop)
    }

    /// Waits until the browser has painted the page as it is now. WebKit
    /// takes a screenshot from its last painted frame, which can predate the
    /// last DOM change or scroll: two animation frames make sure it is new.
    async fn painted(&self) -> Result<()> {
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                vec![],
            )
            .await?;
        Ok(())
    }

    /// Saves a PNG of the viewport as
    /// target/screenshots/<engine>-<width>-<name>.png, so runs at other
    /// sizes and in other engines never overwrite it; returns its path.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        self.painted().await?;
        let png = self.client.screenshot().await?;
        let file = self.ctx.screenshots.join(format!(
            "{}-{}-{name}.png",
            self.ctx.driver.engine.name(),
            self.size.0
        ));
        std::fs::write(&file, png).with_context(|| file.display().to_string())?;
        Ok(file)
    }

    /// Saves the whole first widget as viewport-high PNGs, top to bottom
    /// (`name-1.png`, `name-2.png`, …; at most 6), because element
    /// screenshots are clipped to the viewport in some engines.
    pub async fn screenshot_widget(&self, name: &str) -> Result<()> {
        let parts = self
            .eval(
                "const el = document.querySelector('circulation-check');
                 el.scrollIntoView({block: 'start'});
                 return Math.min(6, Math.ceil(el.getBoundingClientRect().height / window.innerHeight));",
            )
            .await?
            .as_u64()
            .unwrap_or(1)
            .max(1);
        for part in 1..=parts {
            if part > 1 {
                self.eval("window.scrollBy(0, window.innerHeight);").await?;
            }
            self.screenshot(&format!("{name}-{part}")).await?;
        }
        Ok(())
    }

    /// The stored envelope under `key` in the page's localStorage, parsed
    /// (null when absent).
    pub async fn stored(&self, key: &str) -> Result<Value> {
        let text = self
            .eval(&format!(
                "return localStorage.getItem({});",
                Value::from(key)
            ))
            .await?;
        match text.as_str() {
            Some(t) => serde_json::from_str(t).with_context(|| key.to_owned()),
            None => Ok(Value::Null),
        }
    }

    /// Reloads the page and waits for `selector` in the widget.
    pub async fn reload(&self, selector: &str) -> Result<()> {
        self.client.refresh().await?;
        self.wait_for(selector).await
    }

    /// Types `text` into the field `selector` in one WebDriver command
    /// (long codes, typed key by key, would take minutes); the field's
    /// input events tell Yew it changed.
    pub async fn fill_in(&self, selector: &str, text: &str) -> Result<()> {
        Ok(self.find(selector).await?.send_keys(text).await?)
    }

    /// The console warnings the page logged that contain `text` (the test
    /// hooks record them; a wrong setting must warn exactly once).
    pub async fn warnings(&self, text: &str) -> Result<Vec<String>> {
        let list = self
            .eval(&format!(
                "return window.__ccWarnings.filter((w) => w.includes({}));",
                Value::from(text)
            ))
            .await?;
        Ok(list
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|w| w.as_str().map(str::to_owned))
            .collect())
    }

    /// Passes when the page recorded no uncaught error and no console.error.
    /// No screenshot: a scenario may poll this until an error arrives.
    pub async fn finish(&self) -> Result<()> {
        let errors = self
            .eval("return window.__ccErrors ?? ['the test hooks did not load'];")
            .await?;
        match errors.as_array() {
            Some(list) if list.is_empty() => Ok(()),
            _ => Err(anyhow!("errors in the page: {errors}")),
        }
    }

    /// The error that fails the scenario with `message`, after saving a
    /// screenshot of the page for the reader (`FAILED-<scenario>`), whose
    /// path the message then names. `check!` is how scenarios call it.
    pub async fn fail(&self, message: impl std::fmt::Display) -> anyhow::Error {
        let name = format!("FAILED-{}", self.ctx.scenario.replace("::", "-"));
        match self.screenshot(&name).await {
            Ok(file) => anyhow!("{message}\n    screenshot: {}", file.display()),
            Err(e) => anyhow!("{message}\n    (no screenshot: {e:#})"),
        }
    }
}

/// How a persona answers one screen.
#[derive(Clone, Copy, Debug)]
pub enum Say {
    /// Tick these checkboxes, or pick this radio (by option id).
    Pick(&'static [&'static str]),
    /// Rating items or grid rows: (row id, option id).
    Rows(&'static [(&'static str, &'static str)]),
    /// Type into inputs: (input id, text).
    Type(&'static [(&'static str, &'static str)]),
    /// Press Skip (optional questions only).
    Skip,
}

/// Mouse or keyboard: every persona is walked both ways.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    Mouse,
    Keyboard,
}

/// WebDriver key codes.
pub mod key {
    pub const TAB: char = '\u{E004}';
    pub const ENTER: char = '\u{E007}';
    pub const SHIFT: char = '\u{E008}';
    pub const SPACE: char = '\u{E00D}';
    pub const DOWN: char = '\u{E015}';
}

impl Page<'_> {
    /// The id of the question on screen, or None when another screen shows.
    pub async fn question_id(&self) -> Result<Option<String>> {
        let v = self
            .eval("return widget().querySelector('form[data-question]')?.dataset.question ?? null;")
            .await?;
        Ok(v.as_str().map(str::to_owned))
    }

    /// Polls `script` (a function body returning a value) until it returns
    /// `true`, for up to 10 s; `what` names it in the failure.
    pub async fn until(&self, what: &str, script: &str) -> Result<()> {
        self.poll(what, async || {
            Ok((self.eval(script).await? == Value::Bool(true)).then_some(()))
        })
        .await
    }

    /// Waits up to 10 s for the widget to move on from the screen it showed
    /// when a press was made there: `from` is that screen's question id, or
    /// `None` for the start screen. Returns the question now shown (`None`
    /// at an ending), or fails naming the widget's own message when it
    /// showed one and stayed. Yew runs a press's render in the same task
    /// only when its scheduler is idle; busy with an earlier render's
    /// effects (it yields to the browser every 16 ms), it renders the new
    /// screen a task later, after WebDriver has returned, so a script read
    /// at once may still see the old one.
    pub async fn moved_on(&self, from: Option<&str>) -> Result<Option<String>> {
        let script = "const w = widget(); const f = w.querySelector('form[data-question]');
             const here = w.querySelector('.cc-start') ? {start: true} : {q: f?.dataset.question ?? null};
             const error = w.querySelector('.cc-error')?.textContent.trim() || null;
             return {...here, error};";
        let at = from.unwrap_or("the start screen");
        self.poll(&format!("the widget to leave {at}"), async || {
            let now = self.eval(script).await?;
            let q = now["q"].as_str();
            let moved = now["start"] != Value::Bool(true) && (from.is_none() || q != from);
            if moved {
                return Ok(Some(q.map(str::to_owned)));
            }
            let error = now["error"].as_str().unwrap_or_default();
            check!(self, error.is_empty(), "{at} was not accepted: {error}");
            Ok(None)
        })
        .await
    }

    /// Presses one key on whatever has focus, as a person would.
    pub async fn press(&self, k: char) -> Result<()> {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: k })
            .then(KeyAction::Up { value: k });
        Ok(self.client.perform_actions(actions).await?)
    }

    /// Shift+Tab: focus moves to the control before.
    pub async fn back_tab(&self) -> Result<()> {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key::SHIFT })
            .then(KeyAction::Down { value: key::TAB })
            .then(KeyAction::Up { value: key::TAB })
            .then(KeyAction::Up { value: key::SHIFT });
        Ok(self.client.perform_actions(actions).await?)
    }

    /// Ctrl+A in the focused field, so typing replaces what was there.
    pub async fn select_all(&self) -> Result<()> {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        const CONTROL: char = '\u{E009}';
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: CONTROL })
            .then(KeyAction::Down { value: 'a' })
            .then(KeyAction::Up { value: 'a' })
            .then(KeyAction::Up { value: CONTROL });
        Ok(self.client.perform_actions(actions).await?)
    }

    /// Types text into whatever has focus, key by key.
    pub async fn type_text(&self, text: &str) -> Result<()> {
        for c in text.chars() {
            self.press(c).await?;
        }
        Ok(())
    }

    /// A description of the focused element inside the widget (or "outside").
    pub async fn focused(&self) -> Result<Value> {
        self.eval(
            "const a = document.activeElement?.tagName === 'CIRCULATION-CHECK' ? __ccRoot(document.activeElement).activeElement : null;
             if (!a) return null;
             return {tag: a.tagName.toLowerCase(), id: a.id, type: a.type ?? null, name: a.name ?? null, value: a.value ?? null,
                     text: a.textContent.trim().slice(0, 60), visible: getComputedStyle(a).outlineStyle !== 'none' || a.matches(':focus-visible')};",
        )
        .await
    }

    /// Presses Tab until `matches(focused)` holds; fails after 80 presses.
    pub async fn tab_to(&self, what: &str, matches: impl Fn(&Value) -> bool) -> Result<()> {
        let mut reached = false;
        for _ in 0..80 {
            self.press(key::TAB).await?;
            if matches(&self.focused().await?) {
                reached = true;
                break;
            }
        }
        check!(self, reached, "Tab never reached {what}");
        Ok(())
    }

    /// Clicks a button inside the widget by its visible text.
    /// From now on, `click_button`, `key_button` and `answer` look for the
    /// widget's buttons by these labels (English label, label shown), for
    /// a widget that speaks another language.
    pub fn speak(&self, labels: &'static [(&'static str, &'static str)]) {
        self.labels.set(labels);
    }

    /// A button's label as the widget shows it now (see `speak`).
    fn label<'l>(&self, label: &'l str) -> &'l str {
        self.labels
            .get()
            .iter()
            .find(|(en, _)| *en == label)
            .map_or(label, |(_, shown)| shown)
    }

    pub async fn click_button(&self, label: &str) -> Result<()> {
        let label = self.label(label);
        // The label as a visitor reads it (rendered text, so a hidden
        // button never matches), found in one script, polled for.
        let button = self
            .poll(&format!("a button {label:?}"), async || {
                self.element(
                    "return [...widget().querySelectorAll('button, a.cc-button')]
                        .find(b => b.getClientRects().length && b.innerText.trim() === arguments[0]) ?? null;",
                    &[Value::from(label)],
                )
                .await
            })
            .await?;
        self.click(&button).await
    }

    /// Activates a button by keyboard: Tab to it, then Enter.
    pub async fn key_button(&self, label: &str) -> Result<()> {
        let label = self.label(label).to_owned();
        // `summary`: the embed snippet's Start, before the app takes over.
        self.tab_to(&format!("button {label:?}"), |f| {
            (f["tag"] == "button" || f["tag"] == "summary") && f["text"] == label.as_str()
        })
        .await?;
        self.press(key::ENTER).await
    }

    pub async fn find_all(&self, selector: &str) -> Result<Vec<Element>> {
        let host = self.client.find(Locator::Css("circulation-check")).await?;
        let root = host.shadow_root().await?;
        Ok(root.find_all(Locator::Css(selector)).await?)
    }

    /// Clicks `element` as a mouse does: pressed at its centre, by
    /// viewport coordinates, after checking that nothing covers that point
    /// (a covered element fails, as WebDriver's own click would).
    ///
    /// Why not WebDriver's Element Click everywhere: chromedriver and
    /// geckodriver wait about 50 ms after each one for a navigation that
    /// never comes here (a third of the suite's time went to it), and
    /// WebKitWebDriver refuses a text or number input inside a shadow root
    /// ("element click intercepted": its hit test stops at the input's own
    /// inner shadow tree). WebKit's Element Click is quick, so there it is
    /// used first, and the pointer only for what it refuses.
    pub async fn click(&self, element: &Element) -> Result<()> {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
        use fantoccini::error::{CmdError, ErrorStatus};
        if self.ctx.driver.engine == crate::driver::Engine::WebKit {
            match element.click().await {
                Ok(()) => return Ok(()),
                Err(CmdError::Standard(w)) if w.error == ErrorStatus::ElementClickIntercepted => {}
                Err(e) => bail!("click: {e} ({e:?})"),
            }
        }
        let arg = serde_json::to_value(element)?;
        let point = self
            .eval_with(
                "const e = arguments[0];
                 e.scrollIntoView({block: 'center'});
                 const r = e.getBoundingClientRect();
                 const x = Math.round(r.left + r.width / 2), y = Math.round(r.top + r.height / 2);
                 let hit = document.elementFromPoint(x, y);
                 while (__ccRoot(hit)) {
                     const inner = __ccRoot(hit).elementFromPoint(x, y);
                     if (!inner || inner === hit) break;
                     hit = inner;
                 }
                 return (hit === e || e.contains(hit)) ? [x, y] : null;",
                &[arg],
            )
            .await?;
        let (Some(x), Some(y)) = (point[0].as_f64(), point[1].as_f64()) else {
            bail!("click: the element is covered at its centre, or not shown");
        };
        let mouse = MouseActions::new("mouse".into())
            .then(PointerAction::MoveTo {
                duration: None,
                x,
                y,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            })
            .then(PointerAction::Up {
                button: MOUSE_BUTTON_LEFT,
            });
        self.client.perform_actions(mouse).await?;
        Ok(self.client.release_actions().await?)
    }

    /// Answers the current question as `say` says, by mouse or keyboard,
    /// then presses Next (or Skip).
    pub async fn answer(&self, question: &str, say: Say, input: Input) -> Result<()> {
        // The question's screen may render a task after the press that
        // led to it (`moved_on`).
        self.wait_for(&format!("form[data-question={question}]"))
            .await?;
        // Radios and checkboxes are named by question (rows: question-row).
        let targets: Vec<(String, &str)> = match say {
            Say::Pick(options) => options.iter().map(|o| (question.to_owned(), *o)).collect(),
            Say::Rows(rows) => rows
                .iter()
                .map(|(r, o)| (format!("{question}-{r}"), *o))
                .collect(),
            Say::Skip | Say::Type(_) => Vec::new(),
        };
        for (name, option) in &targets {
            match input {
                Input::Mouse => {
                    self.click(
                        &self
                            .find(&format!("input[name='{name}'][value='{option}']"))
                            .await?,
                    )
                    .await?
                }
                Input::Keyboard => self.key_choose(name, option).await?,
            }
        }
        match (say, input) {
            (Say::Skip, Input::Mouse) => return self.click_button("Skip").await,
            (Say::Skip, Input::Keyboard) => return self.key_button("Skip").await,
            (Say::Pick(_) | Say::Rows(_), _) => {}
            (Say::Type(fields), _) => {
                for (id, text) in fields {
                    let field = self.find(&format!("#{id}")).await?;
                    if input == Input::Mouse {
                        // Clear first: WebDriver's clear also takes focus away.
                        field.clear().await?;
                        self.click(&field).await?;
                    } else {
                        let id = id.to_string();
                        self.tab_to(&id.clone(), |f| f["id"] == id.as_str()).await?;
                        self.select_all().await?;
                    }
                    self.type_text(text).await?;
                }
            }
        }
        match input {
            Input::Mouse => self.click_button("Next").await,
            Input::Keyboard => self.key_button("Next").await,
        }
    }

    /// Keyboard: Tab into the group `name`; for a checkbox press Space on
    /// the right box; for radios move with the arrow keys to `option`.
    async fn key_choose(&self, name: &str, option: &str) -> Result<()> {
        let n = name.to_owned();
        let o = option.to_owned();
        let kind = self
            .eval(&format!(
                "return widget().querySelector(\"input[name='{name}']\").type;"
            ))
            .await?;
        if kind == "checkbox" {
            self.tab_to(&format!("{name}={option}"), |f| {
                f["name"] == n.as_str() && f["value"] == o.as_str()
            })
            .await?;
            return self.press(key::SPACE).await;
        }
        self.tab_to(&format!("radio group {name}"), |f| f["name"] == n.as_str())
            .await?;
        // Arrow keys move through the group and select as they go; Space
        // selects the first one when nothing was selected yet.
        let mut reached = false;
        for _ in 0..12 {
            if self.focused().await?["value"] == o.as_str() {
                reached = true;
                break;
            }
            self.press(key::DOWN).await?;
        }
        check!(self, reached, "arrow keys never reached {name}={option}");
        self.press(key::SPACE).await
    }

    /// Whether focus sits on the new step's heading (after a step change),
    /// within a second. Yew yields to the browser between a render and its
    /// effects once a frame's 16 ms are spent, so a script may see the new
    /// step a task before the effect moves focus onto it; a visitor cannot.
    pub async fn focus_on_heading(&self) -> Result<bool> {
        let deadline = Instant::now() + Duration::from_secs(1);
        loop {
            if self.focused().await?["id"] == "cc-step-heading" {
                return Ok(true);
            }
            if Instant::now() > deadline {
                return Ok(false);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Runs axe-core on the widget (all WCAG 2.x A/AA rules) and fails on
    /// any violation, naming the rule and the first nodes.
    pub async fn axe(&self, state: &str) -> Result<()> {
        self.axe_in(state, "[['circulation-check']]").await
    }

    /// Runs axe-core, as `axe` does, on the whole page (the embed builder).
    pub async fn axe_page(&self, state: &str) -> Result<()> {
        self.axe_in(state, "document").await
    }

    async fn axe_in(&self, state: &str, context: &str) -> Result<()> {
        let source = axe_source()?;
        let loaded = self.eval("return typeof window.axe === 'object';").await?;
        if loaded != Value::Bool(true) {
            self.client
                .execute(&format!("{source}\nreturn true;"), vec![])
                .await?;
        }
        let result = self
            .client
            .execute_async(
                &format!("const done = arguments[arguments.length - 1];
                 axe.run({context}, {{
                     runOnly: {{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }},
                 }}).then(r => done(r.violations.map(v => ({{ id: v.id, impact: v.impact, help: v.help,
                     nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }}))),
                   e => done([{{ id: 'axe-error', help: String(e) }}]));"),
                vec![],
            )
            .await?;
        check!(
            self,
            result.as_array().is_some_and(Vec::is_empty),
            "axe found violations on {state}: {result:#}"
        );
        Ok(())
    }
}

/// axe-core's source from the pinned npm package, read once.
fn axe_source() -> Result<&'static str> {
    // A String error, not anyhow's: the one failure is handed to every caller.
    static SOURCE: std::sync::OnceLock<std::result::Result<String, String>> =
        std::sync::OnceLock::new();
    SOURCE
        .get_or_init(|| {
            let dir = std::env::var("CIRCULATION_NODE_MODULES").map_err(|_| {
                "CIRCULATION_NODE_MODULES is unset: run through scripts/test.sh".to_string()
            })?;
            let path = std::path::Path::new(&dir).join("axe-core/axe.min.js");
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
        })
        .as_deref()
        .map_err(|e| anyhow!("{e}"))
}
