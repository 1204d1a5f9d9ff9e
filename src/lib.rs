//! Circulation Check: a leg-circulation quiz widget that a shop embeds as
//! `<circulation-check>`. The page-facing edge is [`embed`], which reads the
//! host element into a validated [`config::Config`] and mounts the Yew
//! [`app::App`] into the element's shadow root. All quiz logic lives in the
//! pure `engine` crate, which knows nothing of the browser.

pub mod app;
pub mod catalogue;
pub mod config;
pub mod embed;
pub mod env;
pub mod events;
pub mod fetch;
pub mod files;
pub mod json;
pub mod pictures;
pub mod saved;
pub mod screens;
pub mod store;
pub mod ui;
pub mod url;
pub mod wording;
