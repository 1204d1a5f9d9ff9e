//! The engine stays pure: no web or UI crate, no I/O, no printing, no floats
//! in its sources.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its comments (doc text may name what is banned).
fn code(src: &str) -> String {
    src.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn engine_imports_nothing_forbidden() {
    let forbidden = [
        "yew",
        "web_sys",
        "web-sys",
        "js_sys",
        "js-sys",
        "gloo",
        "wasm_bindgen",
        "wasm-bindgen",
        "std::fs",
        "std::net",
        "std::env",
        "std::process",
        "std::io",
        "println!",
        "eprintln!",
        "print!",
        "eprint!",
        "dbg!",
        "f32",
        "f64",
        "unsafe",
    ];
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() >= 10, "found only {files:?}");
    for file in &files {
        let src = fs::read_to_string(file).unwrap();
        assert!(
            src.starts_with("//!"),
            "{} must start with a //! line",
            file.display()
        );
        let code = code(&src);
        for word in forbidden {
            assert!(!code.contains(word), "{} uses {word}", file.display());
        }
    }
    let manifest =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .unwrap()
        .split("[features]")
        .next()
        .unwrap()
        .split("[dev-dependencies]")
        .next()
        .unwrap();
    for line in deps.lines().filter(|l| l.contains('=')) {
        assert!(
            line.trim_start().starts_with("serde"),
            "unexpected dependency: {line}"
        );
    }
}
