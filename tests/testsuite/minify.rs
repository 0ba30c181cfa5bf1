//! `minify` in `site.yaml`: minified pages are smaller and say the same thing (text, JSON-LD,
//! French spaces, `<pre>`), other files are untouched, and the switch is read like any setting.
//! The pages are html_minifier's bytes, whether the fast path or html_minifier minified them.

use crate::support::{TestSite, problems};
use savoirs::render::minify::{fast_path, with_html_minifier};
use std::collections::BTreeMap;

/// Every file of a built site, by path.
fn files(site: &TestSite) -> BTreeMap<String, Vec<u8>> {
    site.listing()
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(site.output().join(&p)).unwrap();
            (p, bytes)
        })
        .collect()
}

/// The text of a page as a reader gets it: tags (and comments) removed, runs of ASCII
/// whitespace made one space; so a space lost between two inline elements shows. No-break
/// spaces are text, and stay.
fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// The JSON-LD block of a page.
fn json_ld(html: &str) -> serde_json::Value {
    let open = "<script type=\"application/ld+json\">";
    let start = html.find(open).expect("a JSON-LD block") + open.len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap_or_else(|e| panic!("JSON-LD does not parse: {e}"))
}

fn count(text: &str, c: char) -> usize {
    text.chars().filter(|&x| x == c).count()
}

#[test]
fn minified_pages_are_smaller_and_say_the_same() {
    let site = TestSite::shipped();
    site.edit("site.yaml", "minify: true", "minify: false");
    site.build();
    let plain = files(&site);
    site.edit("site.yaml", "minify: false", "minify: true");
    site.build();
    let minified = files(&site);
    assert_eq!(
        plain.keys().collect::<Vec<_>>(),
        minified.keys().collect::<Vec<_>>(),
        "the same files"
    );
    let (mut before, mut after) = (0, 0);
    for (path, bytes) in &plain {
        let small = &minified[path];
        if !path.ends_with(".html") {
            // Feeds, calendars, sitemap, assets and the search index are not minified; the
            // offer cards are HTML fragments for the list filters, minified like the pages.
            if !path.ends_with("cards.json") && !path.starts_with("pagefind/") {
                assert!(small == bytes, "{path} changed");
            }
            continue;
        }
        let (html, small) = (std::str::from_utf8(bytes).unwrap(), std::str::from_utf8(small).unwrap());
        assert!(small.len() < html.len(), "{path} is not smaller");
        before += html.len();
        after += small.len();
        assert_eq!(text_of(small), text_of(html), "{path}: not the same text");
        for c in ['\u{a0}', '\u{202f}'] {
            assert_eq!(count(small, c), count(html, c), "{path}: {c:?} lost");
        }
        if html.contains("application/ld+json") {
            assert_eq!(json_ld(small), json_ld(html), "{path}");
        }
        assert_eq!(small.contains("</body>"), html.contains("</body>"), "{path}");
        let reference = with_html_minifier(html).unwrap();
        assert!(small.as_bytes() == reference, "{path}: not html_minifier's bytes");
        // The shipped theme writes only what the fast path reads; if this fails, a change to the
        // theme made its pages several times slower to minify (see render/minify/fast.rs).
        assert!(fast_path(html).is_some(), "{path}: left to html_minifier");
    }
    assert!(
        after * 100 < before * 95,
        "{after} of {before} bytes: less than 5% saved"
    );
    let home = String::from_utf8(minified["fr/index.html"].clone()).unwrap();
    assert!(!home.contains("\n  <"), "no indentation left:\n{home}");
    assert!(
        count(&home, '\u{202f}') > 0,
        "the French home page has narrow no-break spaces"
    );
    let plain_home = String::from_utf8(plain["fr/index.html"].clone()).unwrap();
    assert!(
        plain_home.contains("\n  <"),
        "minify: false leaves the theme's indentation"
    );
}

#[test]
fn pages_are_minified_by_default_and_keep_pre_and_code() {
    let site = TestSite::fixture("basic");
    site.edit(
        "content/pages/contact.fr.md",
        "Écrivez-nous.",
        "Écrivez-nous : « vite » !\n\n```\nfn main() {\n    println!(\"a  b\");\n}\n```\n\nTapez `a  b`.\n",
    );
    site.build();
    let page = site.read("fr/contact/index.html");
    assert!(
        page.contains("<pre><code>fn main() {\n    println!(\"a  b\");\n}\n</code></pre>"),
        "{page}"
    );
    assert!(page.contains("<code>a  b</code>"), "{page}");
    assert!(
        page.contains("Écrivez-nous\u{a0}: «\u{202f}vite\u{202f}»\u{202f}!"),
        "{page}"
    );
    let lines = page.lines().count();
    site.edit("site.yaml", "theme: plain", "theme: plain\nminify: false");
    site.build();
    let plain = site.read("fr/contact/index.html");
    assert!(
        plain.lines().count() > lines,
        "minify: false keeps the template's lines"
    );
    assert!(plain.contains("<pre><code>fn main() {\n    println!(\"a  b\");\n}\n</code></pre>"));
}

#[test]
fn a_page_the_fast_path_leaves_is_minified_by_html_minifier() {
    let site = TestSite::fixture("basic");
    site.edit(
        "site.yaml",
        "theme: plain",
        "theme: plain\nminify: false\nmarkdown: {raw_html: true}",
    );
    let body = "Écrivez-nous.\n\n<!-- à relire -->\n\n<svg viewBox=\"0 0 2 2\"><path  d=\"M0 0\"/></svg>\n\n\
                ```\nfn main() {\n    a  b\n}\n```\n";
    site.edit("content/pages/contact.fr.md", "Écrivez-nous.", body);
    site.build();
    let plain = site.read("fr/contact/index.html");
    assert!(
        fast_path(&plain).is_none(),
        "a comment and an inline svg are left to html_minifier"
    );
    site.edit("site.yaml", "minify: false", "minify: true");
    site.build();
    let minified = site.read("fr/contact/index.html");
    assert_eq!(minified.as_bytes(), with_html_minifier(&plain).unwrap());
    assert!(
        !minified.contains("relire") && minified.contains("<path  d=\"M0 0\"/>"),
        "{minified}"
    );
}

#[test]
fn a_minify_setting_that_is_not_true_or_false_is_located() {
    let site = TestSite::fixture("basic");
    site.edit("site.yaml", "theme: plain", "theme: plain\nminify: sometimes");
    let e = site.build_err();
    let found = problems(&e);
    assert_eq!(found.len(), 1, "{e}");
    assert_eq!(found[0].1, "site.yaml:3:9", "{e}");
    assert!(e.to_string().contains("minify"), "{e}");
}

#[test]
fn an_html_comment_left_open_in_a_body_is_an_error_of_its_file() {
    let site = TestSite::fixture("basic");
    site.edit("site.yaml", "theme: plain", "theme: plain\nmarkdown: {raw_html: true}");
    site.edit(
        "content/pages/contact.fr.md",
        "Écrivez-nous.",
        "Écrivez-nous.\n\n<!-- à faire\n",
    );
    let e = site.build_err();
    let found = problems(&e);
    assert_eq!(
        found,
        [("render".to_string(), "content/pages/contact.fr.md".to_string())],
        "{e}"
    );
    assert!(e.to_string().contains("never closed"), "{e}");
    site.edit("site.yaml", "theme: plain", "theme: plain\nminify: false");
    site.build();
}
