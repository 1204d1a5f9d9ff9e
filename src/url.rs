//! The one rule for URLs a shop hands the widget (`data-shop-url`, and the
//! product, image and catalogue URLs of the product catalogue), so a link
//! the widget renders can never run script or leave for a host the shop did
//! not name.

/// Longest URL or attribute value looked at: anything longer is refused, so
/// a hostile 100 KB value costs nothing downstream.
pub const MAX_URL_LEN: usize = 2048;

/// True for an absolute http(s) URL with a host, or a path on the shop's
/// own site ("/collections/compression"), at most `MAX_URL_LEN` bytes, with
/// no whitespace or quote characters; everything else (javascript:, data:,
/// "//host") is refused.
pub fn valid_shop_url(url: &str) -> bool {
    if url.len() > MAX_URL_LEN {
        return false;
    }
    let lower = url.to_ascii_lowercase();
    let host_ok = match lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    {
        Some(rest) => !rest.split(['/', '?', '#']).next().unwrap_or("").is_empty(),
        None => url.starts_with('/') && !url.starts_with("//"),
    };
    host_ok
        && !url.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
        })
}
