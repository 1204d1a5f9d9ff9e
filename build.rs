//! Build script: minifies `styles/widget.css` into `OUT_DIR` for
//! `src/embed.rs` to embed. The source keeps its comments for readers;
//! the wasm ships without them (about a third of the stylesheet's bytes).

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=styles/widget.css");
    let css = fs::read_to_string("styles/widget.css").expect("styles/widget.css");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("widget.min.css");
    fs::write(out, minify(&css)).expect("write minified CSS");
}

/// Drops comments and collapses whitespace; removes it next to `{ } ; ,`
/// and after `:` only, so selectors like `a :focus` and `calc(a + b)` keep
/// their meaning. Quoted strings are copied untouched.
fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            '"' | '\'' => {
                flush(&mut out, &mut space, c);
                out.push(c);
                for q in chars.by_ref() {
                    out.push(q);
                    if q == c {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => space = true,
            c => {
                flush(&mut out, &mut space, c);
                out.push(c);
            }
        }
    }
    out
}

/// Writes one pending space before `next`, unless punctuation makes it
/// meaningless.
fn flush(out: &mut String, space: &mut bool, next: char) {
    let after = out.chars().last().unwrap_or('{');
    if *space && !"{};,:".contains(after) && !"{};,".contains(next) {
        out.push(' ');
    }
    *space = false;
}
