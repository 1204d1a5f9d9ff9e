//! The catalogue's download cap, natively (`catalogue::Cap`, which
//! `fetch::read_capped` feeds chunk by chunk): a 5 MB catalogue response is
//! refused with one warning without being read whole, whether its
//! `Content-Length` says so or only its chunks do.
#![cfg(not(target_arch = "wasm32"))]

use circulation_check::catalogue::{parse, Cap, Skipped, MAX_BYTES};

const FIVE_MB: usize = 5 * 1024 * 1024;
/// A typical network chunk.
const CHUNK: usize = 64 * 1024;

/// Feeds `chunks` to a cap the way the fetch does: how many were copied,
/// how many bytes kept, and the warning if it stopped.
fn feed(
    content_length: Option<&str>,
    chunks: impl Iterator<Item = usize>,
) -> (usize, usize, Option<String>) {
    let mut cap = match Cap::start(content_length) {
        Ok(cap) => cap,
        Err(w) => return (0, 0, Some(w.message())),
    };
    let mut copied = 0;
    for len in chunks {
        if let Err(w) = cap.take(len) {
            return (copied, cap.read(), Some(w.message()));
        }
        copied += 1;
    }
    (copied, cap.read(), None)
}

#[test]
fn a_5_mb_response_stops_at_the_chunk_that_passes_512_kb() {
    let chunks = std::iter::repeat_n(CHUNK, FIVE_MB / CHUNK);
    let (copied, kept, warning) = feed(None, chunks);
    // 8 chunks make exactly 512 KB; the 9th would pass it and is never copied.
    assert_eq!((copied, kept), (8, MAX_BYTES));
    assert_eq!(
        warning.as_deref(),
        Some("catalogue: is larger than 512 KB; the catalogue is not used and the shop link is shown")
    );
}

#[test]
fn a_content_length_of_5_mb_is_refused_before_any_chunk() {
    let mut asked = 0;
    let chunks = std::iter::repeat_n(CHUNK, FIVE_MB / CHUNK).inspect(|_| asked += 1);
    let (copied, kept, warning) = feed(Some("5242880"), chunks);
    assert_eq!((copied, kept), (0, 0));
    assert!(warning.unwrap().contains("larger than 512 KB"));
    assert_eq!(asked, 0, "no chunk was read");
}

#[test]
fn one_huge_chunk_is_refused_before_it_is_copied() {
    let (copied, kept, warning) = feed(Some("not a number"), [FIVE_MB].into_iter());
    assert_eq!((copied, kept), (0, 0));
    assert!(warning.is_some());
    // An absurd length never wraps the count.
    let mut cap = Cap::start(None).unwrap();
    cap.take(10).unwrap();
    assert!(cap.take(usize::MAX).is_err());
}

#[test]
fn up_to_512_kb_is_read_whole_and_says_the_same_as_parse_when_over() {
    let (copied, kept, warning) = feed(Some(&MAX_BYTES.to_string()), [MAX_BYTES].into_iter());
    assert_eq!((copied, kept, warning), (1, MAX_BYTES, None));
    // The same one warning as a catalogue given inside the element.
    let (_, warnings) = parse(&" ".repeat(MAX_BYTES + 1));
    let fetched = Cap::start(Some("600000")).unwrap_err();
    assert_eq!(warnings, std::slice::from_ref(&fetched));
    assert_eq!(fetched.skipped, Skipped::Catalogue);
}
