// savoirs: the fast reader against lol_html's (`DomParser`), on the same pages.

use super::super::DomParser;
use super::*;
use crate::SearchOptions;

fn options() -> SearchOptions {
    use clap::CommandFactory;
    let config_args = vec![twelf::Layer::Clap(
        crate::PagefindInboundConfig::command().get_matches_from(vec![
            "pagefind",
            "--source",
            "not_important",
        ]),
    )];
    SearchOptions::load(crate::PagefindInboundConfig::with_layers(&config_args).unwrap())
        .unwrap()
}

/// What `DomParser` gives, fed in small pieces as Pagefind feeds it.
fn lol(html: &str, options: &SearchOptions) -> String {
    let mut parser = DomParser::new(options);
    for chunk in html.as_bytes().chunks(7) {
        parser.write(chunk).unwrap();
    }
    format!("{:?}", parser.wrap())
}

fn fast(html: &str, options: &SearchOptions) -> Option<String> {
    parse(html, options).map(|r| format!("{r:?}"))
}

#[track_caller]
fn same(html: &str) {
    let options = options();
    let fast = fast(html, &options).unwrap_or_else(|| panic!("not read: {html}"));
    assert_eq!(fast, lol(html, &options), "{html}");
}

#[track_caller]
fn left(html: &str) {
    assert!(fast(html, &options()).is_none(), "read: {html}");
}

fn page(body: &str) -> String {
    format!("<!doctype html>\n<html lang=\"fr-CH\">\n<head>\n<meta charset=\"utf-8\">\n<title>Cours &amp; ateliers – Lausanne</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n<script src=\"/site.js\" defer></script>\n</head>\n<body>\n<header><nav aria-label=\"Menu\"><ul><li><a href=\"/fr/\">Accueil</a></li></ul></nav></header>\n{body}\n<footer><p>Ville de Lausanne</p></footer>\n</body>\n</html>\n")
}

#[test]
fn fast_matches_lol_html_on_pages() {
    same(&page("<main id=\"main\"><div class=\"wrap\"><article data-pagefind-body data-pagefind-meta=\"kind:Offre\"><h1 id=\"t\">Atelier <em>vélo</em></h1><p data-pagefind-meta=\"summary\">Réparer son vélo, à Chauderon.</p><h2 id=\"quand\">Quand ?</h2><p>Le <time datetime=\"2027-03-02\">2 mars</time><br>à 18 h</p><ul><li data-pagefind-filter=\"pillar\"><a href=\"/p/\">Au travail</a></li><li data-pagefind-filter=\"neighbourhood:Centre\">x</li></ul><img src=\"/a.jpg\" alt=\"Un vélo\"><table><tr><td>1</td><td>CHF 20.–</td></tr></table><p data-pagefind-ignore>Caché</p><div data-pagefind-ignore=\"all\"><span data-pagefind-filter=\"hidden\">non</span></div></article></div></main>"));
    // No body: the whole page, metadata from the head and the first image after a title.
    same(&page("<main><h1>Titre</h1><p>Texte <strong>gras</strong> &lt;ici&gt;.</p><img src='/b.png' alt='B'><p data-pagefind-sort=\"date:2027-01-02\" data-pagefind-weight=\"3\">Poids</p></main>"));
    // Attributes read into metadata, filters, sort keys, and indexed.
    same(&page("<div data-pagefind-body><img data-pagefind-meta=\"image[src], image_alt[alt]\" src=\"/c.jpg\" alt=\"C\"><span data-pagefind-filter=\"author[data-author]\" data-author=\"Ana\">Ana</span><span data-pagefind-sort=\"weight[data-w]\" data-w=\"10\"></span><a data-pagefind-index-attrs=\"title,data-x\" title=\"Titre\" data-x=\"plus\">lien</a><section id=\"s1\" data-pagefind-title=\"Section un\"><p>Un</p></section><span data-pagefind-default-meta=\"lang:fr\"></span></div>"));
    // Two bodies, content around them dropped; anchors before and after.
    same(&page("<p id=\"before\">Avant</p><div data-pagefind-body><p id=\"a\">A</p></div><p id=\"mid\">Milieu</p><div data-pagefind-body><h3 id=\"b\">B</h3></div><p>Après</p>"));
    // An invalid ignore value, upper case, unquoted and valueless attributes, comments.
    same(&page("<DIV Data-Pagefind-Body><!-- note --><P ID=x>Un</P><p data-pagefind-ignore=\"nope\">Deux</p><input type=checkbox checked><label for=x>Étiquette</label><form><p>Formulaire</p></form><script>var a = '<p>';</script><style>p{}</style></DIV>"));
    same("<html><body><p>Sans doctype ni titre</p></body></html>");
    same("<!DOCTYPE html><html lang=\"EN-GB\"><head><title>T</title></head><body><h1>Hello</h1><p>World</p></body></html>");
}

#[test]
fn fast_leaves_what_it_cannot_be_sure_of() {
    left(&page("<p>Un<p>Deux</p>")); // implied end tag
    left(&page("<div><span></div></span>")); // out of order
    left(&page("</p><p>x</p>")); // stray end tag
    left(&page("<svg><circle r=\"1\"/></svg>"));
    left(&page("<template><p>x</p></template>"));
    left(&page("<noscript><p>x</p></noscript>"));
    left(&page("<textarea><p></textarea>"));
    left(&page("<p><![CDATA[x]]></p>"));
    left(&page("<p>a < b</p>"));
    left(&page("<p a=\"x\"b=\"y\">x</p>"));
    left(&page("<div/>"));
    left(&page("<script>if (a) { /* <!-- */ }</script>"));
    left(&page("<script>x</script/>"));
    left(&page("<!---->").replace("<!---->", "<!-->"));
    left("<html><body><p>x</p></body></html>\r\n");
    left(&page("<p>a\0b</p>"));
    // lol_html drops a byte order mark at the start of an attribute's value (found by
    // fuzzing).
    left(&page("<li data-pagefind-filter=\"\u{feff}pillar\">x</li>"));
    left("<html><body><p>x</p></body></html>trailing text");
    left("<html><body><p>x</p></body>"); // unclosed
    left("<p>outside</p>");
}

/// The byte search finds what the search for characters did, and nothing else: the byte
/// order mark's bytes end other characters' too (U+FEFE, U+FFBF, U+10FFBF).
#[test]
fn other_readings_are_found_as_the_characters_were() {
    let pieces = ["a", "é", "\r", "\0", "\u{feff}", "\u{fefe}", "\u{ffbf}", "\u{10ffbf}", "\u{efbb}", "<p>"];
    for a in pieces {
        for b in pieces {
            for c in pieces {
                let html = format!("{a}{b}{c}{}", "x".repeat(40));
                let chars = html.contains(['\r', '\0', '\u{feff}']);
                assert_eq!(super::has_other_reading(&html), chars, "{html:?}");
            }
        }
    }
}

/// A small deterministic generator of well-formed pages from the constructs above, each
/// read both ways; then the same pages cut at random places, which `fast` must either leave
/// or read as lol_html does.
#[test]
fn fast_matches_lol_html_on_generated_pages() {
    let options = options();
    let mut seed = 0x9e3779b97f4a7c15_u64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    const TAGS: &[&str] = &[
        "div", "p", "span", "a", "h1", "h2", "h3", "li", "ul", "section", "article", "em",
        "nav", "footer", "label", "form", "td", "time", "strong", "main",
    ];
    const ATTRS: &[&str] = &[
        "", "", "", " id=\"x1\"", " id=\"y 2\"", " data-pagefind-body",
        " data-pagefind-ignore", " data-pagefind-ignore=\"all\"", " data-pagefind-meta=\"m\"",
        " data-pagefind-meta=\"k:v\"", " data-pagefind-filter=\"f\"",
        " data-pagefind-filter=\"g[title]\" title=\"T\"", " data-pagefind-sort=\"s\"",
        " data-pagefind-weight=\"2\"", " data-pagefind-title=\"Titre\" id=\"z\"",
        " data-pagefind-index-attrs=\"title\" title=\"Plus\"",
        " data-pagefind-default-meta=\"d\"",
    ];
    const TEXTS: &[&str] = &["", "Lausanne", " école ", "Ouchy.", "a&amp;b", "?", "vélo)", "\n"];
    fn build(next: &mut dyn FnMut(usize) -> usize, depth: usize, out: &mut String) {
        for _ in 0..next(4) {
            match next(10) {
                0 => out.push_str("<br>"),
                1 => out.push_str("<img src=\"/i.jpg\" alt=\"I\">"),
                2 => out.push_str("<!-- c -->"),
                3..=5 => out.push_str(TEXTS[next(TEXTS.len())]),
                _ if depth < 6 => {
                    let tag = TAGS[next(TAGS.len())];
                    out.push('<');
                    out.push_str(tag);
                    out.push_str(ATTRS[next(ATTRS.len())]);
                    out.push('>');
                    build(next, depth + 1, out);
                    out.push_str("</");
                    out.push_str(tag);
                    out.push('>');
                }
                _ => {}
            }
        }
    }
    let mut read = 0;
    for _ in 0..1500 {
        let mut body = String::new();
        build(&mut next, 0, &mut body);
        let html = page(&body);
        let fast_result = fast(&html, &options).unwrap_or_else(|| panic!("not read: {html}"));
        assert_eq!(fast_result, lol(&html, &options), "{html}");
        let boundary = |mut i: usize| {
            while !html.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let cut = boundary(next(html.len()));
        let resume = boundary((cut + 1 + next(8)).min(html.len()));
        let cut_html = format!("{}{}", &html[..cut], &html[resume..]);
        if let Some(fast_result) = fast(&cut_html, &options) {
            read += 1;
            assert_eq!(fast_result, lol(&cut_html, &options), "{cut_html}");
        }
    }
    assert!(read > 0);
}
