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
pub mod language;
pub mod pictures;
pub mod saved;
pub mod screens;
pub mod store;
pub mod ui;
pub mod url;
pub mod wording;

/// The wasm's allocator: talc instead of the standard library's dlmalloc,
/// which is about 7 KB of wasm for features a single-threaded widget does
/// not use. Talc's `new_wasm_dynamic_allocator` is its documented
/// drop-in for single-threaded wasm (no atomics): it grows the memory with
/// `memory.grow` as dlmalloc does. Native builds (tests, the prerender)
/// keep the system allocator.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
