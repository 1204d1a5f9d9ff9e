//! Binary entry for the Spanish build (English and Spanish, Cargo feature
//! `es`): the same as `src/main.rs`, under its own name so Trunk's two
//! builds never write the same file (index.html, ARCHITECTURE.md
//! "Languages").

// Re-export so the wasm-bindgen exports of the library land in this binary.
pub use circulation_check::embed::*;

fn main() {}
