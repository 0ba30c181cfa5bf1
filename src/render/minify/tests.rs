//! The minifier's rules, and its fast path held to html_minifier's bytes.

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

/// The fast path's bytes for a page it reads, checked against html_minifier's.
fn fast(html: &str) -> Option<String> {
    let fast = fast_path(html)?;
    let reference = with_html_minifier(html).expect("html_minifier reads what the fast path reads");
    assert_eq!(
        String::from_utf8_lossy(&fast),
        String::from_utf8_lossy(&reference),
        "{html:?}"
    );
    Some(String::from_utf8(fast).unwrap())
}

#[test]
fn the_fast_path_reads_the_shapes_pages_have() {
    let page = "\n <!doctype html>\n<html lang=\"fr-CH\">\n<head>\n  <meta charset=\"utf-8\">\n  \
        <title>Atelier   vélo\t\t– Lausanne </title>\n  <script type=\"application/ld+json\">{\"a\":  \
        \"</b>\"}</script>\n  <script src=\"/s.js\" defer></script>\n</head>\n<body class=\"  kind-offer\n \
        wide \">\n<form class=\"filters\" hidden data-filters\n  data-count-one=\"Une  offre\"\n  \
        aria-labelledby=\"t\">\n  <select><option value=\"\">Tous</option></select>\n  \
        <input type=checkbox checked >\n  <input disabled />\n  <img src='a b.jpg' alt = \"\" >\n</form>\n\
        <p>Le\u{a0}1er\u{a0}mai  à\t18\u{202f}h &amp; <em>plus</em>\u{202f}!</p>\n<br/>\n\
        <pre><code class=\"language-rust\">let  a = \"<b>\";\n  <span class=\"k\">fn</span>\n</code></pre>\n\
        <p><code>x  <b>y</b></code> <CODE>a <code>b</code></CODE></p>\n<table>\n<tr><td>1</td></tr>\n</table>\n\
        </body>\n</html>\n\n";
    let out = fast(page).expect("the fast path reads a page as themes and Markdown write it");
    assert!(
        out.starts_with("<!doctype html>\n<html lang=\"fr-CH\">\n<head>\n<meta charset=\"utf-8\">"),
        "{out}"
    );
    assert!(out.contains("<title>Atelier vélo\t– Lausanne </title>"), "{out}");
    assert!(out.contains("<body class=\"kind-offer wide\">"), "{out}");
    assert!(out.contains("<option value>Tous"), "{out}");
    assert!(out.contains("<input type=checkbox checked>"), "{out}");
    assert!(
        out.contains("<input disabled/>") && out.contains("<img src='a b.jpg' alt>"),
        "{out}"
    );
    assert!(
        out.contains("<code class=\"language-rust\">let  a = \"<b>\";\n  <span"),
        "{out}"
    );
    assert!(out.ends_with("</body>\n</html>"), "{out}");
}

#[test]
fn the_fast_path_leaves_other_shapes_to_html_minifier() {
    for page in [
        "<p>a</p><!-- note -->",
        "<p>a\r\nb</p>",
        "<p>a\u{1}b</p>",
        "<p>a < b</p>",
        "<p>a</p ><p>b</p>",
        "<svg viewBox=\"0 0 1 1\"><path d=\"M0  0\"/></svg>",
        "<style> p { color: red } </style>",
        "<textarea> a </textarea>",
        "<script>a = '<!--';</script>",
        "<script>a</script >",
        "<title>a</title >",
        "<pre>a<!-- b --></pre>",
        "<pre><svg></svg></pre>",
        "<pre>a</pre >",
        "<code>a</code >",
        "<a b= >",
        "<a/b>",
        "<a b=\"c",
        "<p>a</p><",
        "</>",
    ] {
        assert_eq!(fast_path(page), None, "{page:?}");
        // Those html_minifier reads, the whole minifier reads with it.
        if let Ok(reference) = with_html_minifier(page) {
            assert_eq!(minify_to_bytes(page), Ok(reference), "{page:?}");
        }
    }
}

#[test]
fn the_fast_path_gives_html_minifier_s_bytes_edge_by_edge() {
    for page in [
        "",
        "   \n  ",
        "a",
        "a  \t b\n\n c \n",
        "<p>\t</p>",
        "<p>a\u{c}b</p>",
        "<A HREF=\"x\"  CLASS=\" b \">c</A>",
        "<a class=\"\">x</a><a class=\" \t\">y</a><a class=a>z</a>",
        "<a b=\"c\"d=\"e\"f>x</a>",
        "<a b='\"'>x</a>",
        "<a b=\"x > y\">x</a>",
        "<a href=x/>",
        "<a href=x />",
        "<a href=x  \n class=y>",
        "<a \n\n>",
        "<br/><br />",
        "<p/>a",
        "<a b = \"c\" >",
        "<a b\n=\nc>",
        "<x-y data-a=\"1&gt;2\" é=\"è\">ü</x-y>",
        "<scripts>a  b</scripts>",
        "<script>if (a </b) {}</script>  x",
        "<script></SCRIPT>",
        "<title></title><title>\n\na</title>",
        "<pre>\n  a\n</pre>\n\n<p>b</p>",
        "<pre>a<pre>b</pre>c</pre>",
        "<pre><a href=\"x>\" b='y' c=d e>z</a>< b</pre>",
        "<listing>a  b</listing>",
        "<!DOCTYPE html  >x",
    ] {
        assert!(fast(page).is_some(), "the fast path reads {page:?}");
    }
}

/// Pieces of HTML of the shapes the fast path reads, which the property below strings together.
const READ: &[&str] = &[
    "a",
    "Zoé",
    "&amp;",
    "&co",
    "x>y",
    "«\u{202f}",
    "\u{a0}",
    "'",
    "\"",
    "=",
    "/",
    " ",
    " ",
    "  ",
    "\n",
    " \n ",
    "\t",
    "\u{c}",
    "<p>",
    "</p>",
    "<P>",
    "<br>",
    "<br/>",
    "<br />",
    "<p/>",
    "<!doctype html>",
    "<a href=\"/x y\">",
    "<a href='x'>",
    "<a href=x>",
    "<a href=x />",
    "</a>",
    "<div class=\" a  b \">",
    "<div class=\"a b\">",
    "<div class=\"\">",
    "<div  class = \"\t\" >",
    "<input disabled>",
    "<input disabled />",
    "<img src=\"a\" alt=\"\">",
    "<a b=\"c\"d=\"e\">",
    "<x-y data-a=\"1&gt;2\">",
    "<a\n  b=\"c\"\n>",
    "<span title=\"a>b\">",
    "<script type=\"application/ld+json\">{\"a\":  \"</b>\"}</script>",
    "<title>\n A  b </title>",
    "<pre>\n a  <b class=\"c\">c</b>\n</pre>",
    "<code> x  y </code>",
    "<listing>a  b</listing>",
    "<pre><code class=\"k\">a < b</code></pre>",
];

/// Pieces of HTML the fast path leaves to html_minifier, or that are only part of an element.
const OTHER: &[&str] = &[
    "\r\n",
    "\u{1}",
    "</p >",
    "<a b= >",
    "<a/b>",
    "<a =b>",
    "<script>",
    "</script>",
    "</SCRIPT >",
    "<!--",
    "-->",
    "<title>",
    "</title>",
    "<pre>",
    "</pre>",
    "<code>",
    "</code>",
    "<style>",
    "</style>",
    "<svg>",
    "</svg>",
    "<textarea>",
    "</textarea>",
    "<!>",
    "</>",
    "<",
    "</",
    "<<",
    "<!-",
    "<?x>",
    "<plaintext>",
    "<iframe>",
    "</iframe>",
];

fn pieces() -> impl proptest::strategy::Strategy<Value = &'static str> {
    proptest::prop_oneof![
        12 => proptest::sample::select(READ),
        1 => proptest::sample::select(OTHER),
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

    /// Whatever the fast path reads, it minifies to html_minifier's bytes.
    #[test]
    fn the_fast_path_gives_html_minifier_s_bytes(
        pieces in proptest::collection::vec(pieces(), 0..40)
    ) {
        let page = pieces.concat();
        if let Some(fast) = fast_path(&page) {
            let reference = with_html_minifier(&page);
            proptest::prop_assert!(reference.is_ok(), "html_minifier rejects {:?}", page);
            let reference = reference.unwrap_or_default();
            proptest::prop_assert_eq!(
                String::from_utf8_lossy(&fast),
                String::from_utf8_lossy(&reference),
                "{:?}", page
            );
        }
    }
}

/// The property above says something only if the fast path reads many of its pages.
#[test]
fn the_fast_path_reads_a_quarter_of_the_property_s_pages_or_more() {
    use proptest::strategy::{Strategy, ValueTree};
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let pages = proptest::collection::vec(pieces(), 0..40);
    let read = (0..1000)
        .filter(|_| {
            let page = pages.new_tree(&mut runner).map(|tree| tree.current().concat());
            fast_path(&page.unwrap_or_default()).is_some()
        })
        .count();
    assert!(read > 250, "the fast path read {read} of 1000 pages");
}
