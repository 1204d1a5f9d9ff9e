//! Binary entry for the wasm build. The widget starts when the loader
//! (`loader/circulation-check.js`) calls the exported `mount`, not here, so
//! that a page can hold several widgets and mount them when it likes.

// Re-export so the wasm-bindgen exports of the library land in this binary.
pub use circulation_check::embed::*;

fn main() {}
