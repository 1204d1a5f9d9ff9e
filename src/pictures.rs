//! The shop's product pictures, requested so that what leaves the page is
//! the same whatever the visitor answers. A picture requested only for the
//! cards shown would tell the image host which visitors got an allowed
//! compression tip (and, by the ranking, something of their answers). So
//! every picture of every product that could ever be offered is requested
//! once, as the catalogue is read, before any answer; the cards then show
//! them from the document's list of available images, which the HTML
//! standard reuses without a new request even where HTTP caching would not
//! allow it. The loaded images are held for the page's lifetime so that
//! list keeps them.

use std::cell::RefCell;

use web_sys::HtmlImageElement;

use crate::catalogue::{offerable_pictures, Catalogue};

thread_local! {
    /// Every picture requested so far (once per URL per page).
    static HELD: RefCell<Vec<(String, HtmlImageElement)>> = const { RefCell::new(Vec::new()) };
}

/// Requests every picture `catalogue` could ever show, each once per page.
pub fn request_all(catalogue: &Catalogue) {
    HELD.with_borrow_mut(|held| {
        for url in offerable_pictures(catalogue) {
            if held.iter().any(|(u, _)| u == url) {
                continue;
            }
            if let Ok(img) = HtmlImageElement::new() {
                // Decoded off the main thread, not inserted anywhere: the
                // card's <img> with the same URL finds it loaded.
                img.set_decoding("async");
                img.set_src(url);
                held.push((url.to_owned(), img));
            }
        }
    });
}
