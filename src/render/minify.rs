//! Minification of the rendered HTML pages (`minify` in `site.yaml`): each run of whitespace
//! in the text becomes one space or line feed; comments, the extra whitespace inside tags and
//! empty attribute values go, and `class` values are collapsed. The words of the text, `<pre>`,
//! `<code>`, `<textarea>`, scripts that are not JavaScript (JSON-LD) and the other attribute
//! values stay as they were.
//!
//! Only ASCII whitespace is whitespace to the minifier: the no-break spaces of French
//! typography (U+00A0, U+202F) are text and are kept. Feeds, calendars and the sitemap are
//! never minified (they are not HTML, and have their own readers).
//!
//! The rules are html_minifier's. Most pages go through [`fast_path`], which gives the same
//! bytes several times faster for the shapes of HTML the themes and Markdown write; a page it
//! does not read (a comment in a body, an inline `<svg>`...) is minified by html_minifier.

mod fast;
#[cfg(test)]
mod tests;

use html_minifier::HTMLMinifier;

/// The page minified, or why it could not be (an element or comment left open).
pub(super) fn minify(html: &str) -> Result<String, String> {
    let bytes = minify_to_bytes(html)?;
    // The minifier removes ASCII bytes and whole comments only, so UTF-8 stays UTF-8.
    String::from_utf8(bytes).map_err(|e| format!("the minified page is not UTF-8: {e}"))
}

/// [`minify`], as the bytes of the file to write (not checked again to be UTF-8).
pub(super) fn minify_to_bytes(html: &str) -> Result<Vec<u8>, String> {
    fast_path(html).map_or_else(|| with_html_minifier(html), Ok)
}

/// The page minified by the fast path alone, or `None` when it has a shape the fast path
/// leaves to html_minifier. Public for the fuzz target that holds it to html_minifier's bytes.
pub fn fast_path(html: &str) -> Option<Vec<u8>> {
    fast::minify(html)
}

/// The page minified by html_minifier with the site's options: the reference of the rules.
pub fn with_html_minifier(html: &str) -> Result<Vec<u8>, String> {
    let mut minifier = HTMLMinifier::new();
    minifier.set_remove_comments(true);
    // Inline `<code>` keeps its spaces as written; `<pre>` is always kept.
    minifier.set_minify_code(false);
    // The theme's scripts are files; a script in a page is JSON-LD, which is kept as it is.
    minifier.set_minify_js(false);
    minifier.set_minify_css(true);
    let minified = minifier.digest(html).and_then(|()| minifier.into_html());
    minified.map_err(|e| match e {
        html_minifier::HTMLMinifierError::IncompleteInput => {
            "the page ends inside an element or comment that is never closed (a `<!--`, `<script>`, \
             `<style>` or `<pre>` left open, perhaps by raw HTML in a body), so it cannot be minified"
                .to_string()
        }
        other => format!("the page could not be minified: {other}"),
    })
}
