//! `sitemap.xml` with every published page and its translations (`xhtml:link hreflang`, plus
//! `x-default`), and `robots.txt` pointing to it.

use super::Output;
use super::context;
use super::pages::{self, Target};
use crate::site::Site;
use crate::source::Section;
use rayon::prelude::*;

/// Escapes text for XML.
pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}

/// The sitemap and robots.txt: every listed page (not 404 pages, not drafts built with
/// `--drafts`), with its translations and an `x-default` (the chooser for home pages, else the
/// default language's version).
pub(crate) fn render(site: &Site, targets: &[Target]) -> Vec<Output> {
    let config = &site.config;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let is_draft = |t: &Target| matches!(t, Target::Entry(i, _) if site.entries[*i].doc.draft || site.entries[*i].doc.section == Section::Home);
    // Pages of drafts built for a preview, looked up once rather than for every translation.
    let drafts: std::collections::HashSet<&str> = site
        .entries
        .iter()
        .filter(|e| e.doc.draft)
        .map(|e| e.url.as_str())
        .collect();
    // Each page's entry is made on its own, in parallel (30,000 pages at N = 10,000).
    let urls: Vec<String> = targets
        .par_iter()
        .filter(|t| t.is_listed() && !is_draft(t))
        .map(|&target| url_entry(site, target, &drafts))
        .collect();
    xml.reserve(urls.iter().map(String::len).sum::<usize>() + 16);
    for u in &urls {
        xml.push_str(u);
    }
    xml.push_str("</urlset>\n");
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        config.absolute_url("/sitemap.xml")
    );
    vec![
        Output {
            path: "sitemap.xml".into(),
            bytes: xml.into_bytes(),
        },
        Output {
            path: "robots.txt".into(),
            bytes: robots.into_bytes(),
        },
    ]
}

/// The `<url>` entry of one page, with its translations.
fn url_entry(site: &Site, target: Target, drafts: &std::collections::HashSet<&str>) -> String {
    use std::fmt::Write;
    let config = &site.config;
    let mut out = String::with_capacity(512);
    let loc = config.absolute_url(&pages::url_of(site, target));
    // Writing to a String cannot fail.
    let _ = write!(out, "  <url>\n    <loc>{}</loc>\n", xml_escape(&loc));
    let alternates: Vec<(usize, String)> = match target {
        Target::Root => (0..config.languages.len()).map(|l| (l, site.home_url(l))).collect(),
        _ => context::translations(site, target)
            .into_iter()
            .enumerate()
            .filter_map(|(l, u)| u.map(|u| (l, u)))
            .filter(|(_, u)| !drafts.contains(u.as_str()))
            .collect(),
    };
    if alternates.len() > 1 {
        for (l, href) in &alternates {
            let (lang, href) = (&config.languages[*l].locale, config.absolute_url(href));
            let _ = writeln!(
                out,
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                xml_escape(lang),
                xml_escape(&href)
            );
        }
        let x_default = match target {
            Target::Root | Target::Home(_) => config.absolute_url("/"),
            _ => alternates
                .iter()
                .find(|(l, _)| *l == config.default_language)
                .or(alternates.first())
                .map_or(loc.clone(), |(_, u)| config.absolute_url(u)),
        };
        let _ = writeln!(
            out,
            "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
            xml_escape(&x_default)
        );
    }
    out.push_str("  </url>\n");
    out
}
