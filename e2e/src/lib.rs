//! The end-to-end harness: the static server that serves the built widget
//! (`server`), the browsers' WebDriver servers (`driver`), a browser tab with
//! the verbs scenarios use (`page`), and the trial runner that turns every
//! scenario into one libtest trial per engine and viewport (`suite`). The
//! scenarios themselves live in `tests/browser/`; the benchmark in
//! `examples/bench.rs` uses the same server and driver.

pub mod cdp;
pub mod driver;
pub mod page;
pub mod server;
pub mod suite;

pub use suite::{Ctx, KnownGap, Outcome, Scenario, Sizes};

/// Fails the running scenario unless a condition holds: saves a screenshot
/// of `page` (`<engine>-<width>-FAILED-<scenario>.png`) and returns the
/// error, whose message names the screenshot. The message is `format!`'s.
///
/// ```text
/// check!(page, text.contains("999"), "wrong emergency number: {text}");
/// check!(page, let Some(say) = say_for(persona, &q), "no answer for {q}");
/// ```
///
/// The second form binds the pattern for the code after it (a `let … else`).
#[macro_export]
macro_rules! check {
    ($page:expr, let $pattern:pat = $value:expr, $($message:tt)+) => {
        let $pattern = $value else {
            return ::core::result::Result::Err($page.fail(::std::format!($($message)+)).await);
        };
    };
    ($page:expr, $condition:expr, $($message:tt)+) => {
        if !$condition {
            return ::core::result::Result::Err($page.fail(::std::format!($($message)+)).await);
        }
    };
}
