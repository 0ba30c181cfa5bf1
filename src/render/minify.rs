//! Minification of the rendered HTML pages (`minify` in `site.yaml`): whitespace between tags,
//! comments and empty attribute values go; the text, `<pre>`, `<code>`, `<textarea>`, scripts
//! that are not JavaScript (JSON-LD) and every attribute stay as they were.
//!
//! Only ASCII whitespace is whitespace to the minifier: the no-break spaces of French
//! typography (U+00A0, U+202F) are text and are kept. Feeds, calendars and the sitemap are
//! never minified (they are not HTML, and have their own readers).

use html_minifier::HTMLMinifier;

/// The page minified, or why it could not be (an element or comment left open).
pub(super) fn minify(html: &str) -> Result<String, String> {
    let bytes = minify_to_bytes(html)?;
    // The minifier removes ASCII bytes and whole comments only, so UTF-8 stays UTF-8.
    String::from_utf8(bytes).map_err(|e| format!("the minified page is not UTF-8: {e}"))
}

/// [`minify`], as the bytes of the file to write (not checked again to be UTF-8).
pub(super) fn minify_to_bytes(html: &str) -> Result<Vec<u8>, String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn min(html: &str) -> String {
        minify(html).unwrap()
    }

    #[test]
    fn whitespace_between_tags_and_comments_go() {
        let out = min("<ul>\n    <li>a</li>\n    <!-- note -->\n    <li>b</li>\n</ul>\n");
        assert!(out.len() < 40, "{out:?}");
        assert!(!out.contains("note"), "{out:?}");
        assert!(out.contains("<li>a</li>") && out.contains("<li>b</li>"), "{out:?}");
    }

    #[test]
    fn french_spaces_pre_code_and_json_ld_are_kept() {
        let page = "<p>Quand\u{202f}?  Le\u{a0}1er\u{a0}mai\u{a0}: «\u{202f}oui\u{202f}»</p>\n\
                    <pre><code>a  =  1;\n    b\n</code></pre>\n<p><code>x  y</code></p>\n\
                    <script type=\"application/ld+json\">{\"name\": \"A  b\",\n \"x\": 1}</script>";
        let out = min(page);
        assert!(
            out.contains("Quand\u{202f}? Le\u{a0}1er\u{a0}mai\u{a0}: «\u{202f}oui\u{202f}»"),
            "{out:?}"
        );
        assert!(out.contains("<pre><code>a  =  1;\n    b\n</code></pre>"), "{out:?}");
        assert!(out.contains("<code>x  y</code>"), "{out:?}");
        assert!(out.contains("{\"name\": \"A  b\",\n \"x\": 1}"), "{out:?}");
    }

    #[test]
    fn attributes_used_by_scripts_are_kept() {
        let out = min("<form hidden data-filters data-count-one=\"Une  offre\"\n  aria-labelledby=\"t\">\n</form>");
        assert!(out.contains("data-filters"), "{out:?}");
        assert!(out.contains("data-count-one=\"Une  offre\""), "{out:?}");
        assert!(out.contains("aria-labelledby=\"t\""), "{out:?}");
    }

    #[test]
    fn an_open_comment_is_an_error_not_a_panic() {
        let e = minify("<p>a</p><!-- never closed").unwrap_err();
        assert!(e.contains("never closed"), "{e}");
    }

    #[test]
    fn the_same_page_gives_the_same_bytes() {
        let page = "<div>\n  <p class=\" a  b \">x</p>\n</div>";
        assert_eq!(minify(page).unwrap(), minify(page).unwrap());
    }
}
