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

/// At most this many URLs in one sitemap file (the sitemaps.org protocol's limit).
const MAX_URLS: usize = 50_000;
/// At most this many bytes in one sitemap file, uncompressed (the protocol's 50 MB).
const MAX_BYTES: usize = 50 * 1024 * 1024;

const URLSET_OPEN: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_CLOSE: &str = "</urlset>\n";

/// The sitemap and robots.txt: every listed page (not 404 pages, not drafts built with
/// `--drafts`), with its translations and an `x-default` (the chooser for home pages, else the
/// default language's version).
///
/// Search engines read at most 50,000 URLs or 50 MB from one sitemap, and a large site has more
/// (about 150,000 pages for 50,000 offers): its pages are then listed in `sitemap-1.xml`,
/// `sitemap-2.xml`... and `sitemap.xml` is the index of those files, which is what robots.txt
/// names either way.
pub(crate) fn render(site: &Site, targets: &[Target]) -> Vec<Output> {
    let config = &site.config;
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
    let mut files = sitemaps(&urls, MAX_URLS, MAX_BYTES, &|path| config.absolute_url(path));
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        config.absolute_url("/sitemap.xml")
    );
    files.push(Output {
        path: "robots.txt".into(),
        bytes: robots.into_bytes(),
    });
    files
}

/// `sitemap.xml` listing the `<url>` entries `urls` when they fit in one file of at most
/// `max_urls` entries and `max_bytes` bytes; else the entries in as few such files as they fill
/// in order (`sitemap-1.xml`...), and `sitemap.xml` their index, whose addresses are made by
/// `absolute`.
fn sitemaps(urls: &[String], max_urls: usize, max_bytes: usize, absolute: &dyn Fn(&str) -> String) -> Vec<Output> {
    let room = max_bytes.saturating_sub(URLSET_OPEN.len() + URLSET_CLOSE.len());
    let mut groups: Vec<&[String]> = Vec::new();
    let mut rest = urls;
    while !rest.is_empty() {
        let mut size = 0;
        // At least one entry per file, so that an entry larger than a file still ends.
        let count = rest
            .iter()
            .take(max_urls.max(1))
            .take_while(|u| {
                size += u.len();
                size <= room
            })
            .count()
            .max(1);
        let (group, next) = rest.split_at(count);
        groups.push(group);
        rest = next;
    }
    let urlset = |group: &[String]| {
        let mut xml = String::with_capacity(
            URLSET_OPEN.len() + group.iter().map(String::len).sum::<usize>() + URLSET_CLOSE.len(),
        );
        xml.push_str(URLSET_OPEN);
        for u in group {
            xml.push_str(u);
        }
        xml.push_str(URLSET_CLOSE);
        xml.into_bytes()
    };
    if groups.len() <= 1 {
        return vec![Output {
            path: "sitemap.xml".into(),
            bytes: urlset(groups.first().copied().unwrap_or_default()),
        }];
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut files = Vec::with_capacity(groups.len() + 1);
    for (n, group) in groups.iter().enumerate() {
        let path = format!("sitemap-{}.xml", n + 1);
        index.push_str("  <sitemap>\n    <loc>");
        index.push_str(&xml_escape(&absolute(&format!("/{path}"))));
        index.push_str("</loc>\n  </sitemap>\n");
        files.push(Output {
            path,
            bytes: urlset(group),
        });
    }
    index.push_str("</sitemapindex>\n");
    files.push(Output {
        path: "sitemap.xml".into(),
        bytes: index.into_bytes(),
    });
    files
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

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";

    fn entries(n: usize) -> Vec<String> {
        (1..=n)
            .map(|i| format!("  <url>\n    <loc>https://example.org/p{i:03}/</loc>\n  </url>\n"))
            .collect()
    }

    fn split(urls: &[String], max_urls: usize, max_bytes: usize) -> Vec<Output> {
        sitemaps(urls, max_urls, max_bytes, &|p| {
            format!("https://example.org/lausanne{p}")
        })
    }

    /// The root element's name and the text of each `<loc>` under it, of a file that must be
    /// well-formed.
    fn read(file: &Output) -> (String, Vec<String>) {
        let text = std::str::from_utf8(&file.bytes).expect("UTF-8");
        let doc = roxmltree::Document::parse(text).expect("well-formed XML");
        let root = doc.root_element();
        assert_eq!(root.tag_name().namespace(), Some(NS));
        let locs = root
            .descendants()
            .filter(|n| n.has_tag_name((NS, "loc")))
            .filter_map(|n| n.text().map(str::to_string))
            .collect();
        (root.tag_name().name().to_string(), locs)
    }

    fn locs(urls: &[String]) -> Vec<String> {
        urls.iter()
            .filter_map(|u| Some(u.split_once("<loc>")?.1.split_once("</loc>")?.0.to_string()))
            .collect()
    }

    #[test]
    fn pages_that_fit_in_one_file_are_listed_in_sitemap_xml_itself() {
        let urls = entries(3);
        for files in [split(&urls, 3, MAX_BYTES), split(&urls, MAX_URLS, MAX_BYTES)] {
            assert_eq!(files.len(), 1);
            assert_eq!(files[0].path, "sitemap.xml");
            assert_eq!(read(&files[0]), ("urlset".to_string(), locs(&urls)));
        }
        let empty = split(&[], MAX_URLS, MAX_BYTES);
        assert_eq!(empty.len(), 1);
        assert_eq!(read(&empty[0]), ("urlset".to_string(), Vec::new()));
    }

    #[test]
    fn more_pages_than_a_file_holds_are_listed_in_files_indexed_by_sitemap_xml() {
        let urls = entries(5);
        let files = split(&urls, 2, MAX_BYTES);
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            paths,
            ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"]
        );
        let (root, listed) = read(&files[3]);
        assert_eq!(root, "sitemapindex");
        assert_eq!(
            listed,
            [1, 2, 3].map(|n| format!("https://example.org/lausanne/sitemap-{n}.xml"))
        );
        let mut all = Vec::new();
        for (file, size) in files[..3].iter().zip([2, 2, 1]) {
            let (root, listed) = read(file);
            assert_eq!((root.as_str(), listed.len()), ("urlset", size), "{}", file.path);
            all.extend(listed);
        }
        assert_eq!(all, locs(&urls), "every page once, in order");
    }

    #[test]
    fn no_file_is_larger_than_the_limit_in_bytes() {
        let urls = entries(7);
        // Room for two entries beside the urlset's own lines, not three.
        let limit = URLSET_OPEN.len() + URLSET_CLOSE.len() + urls[0].len() * 2 + 10;
        let files = split(&urls, MAX_URLS, limit);
        assert_eq!(files.len(), 5, "four files of at most two pages, and the index");
        for file in &files[..4] {
            assert!(file.bytes.len() <= limit, "{}: {} bytes", file.path, file.bytes.len());
        }
        let all: Vec<String> = files[..4].iter().flat_map(|f| read(f).1).collect();
        assert_eq!(all, locs(&urls));
        // An entry larger than a whole file still gets a file of its own.
        let files = split(&urls, MAX_URLS, 10);
        assert_eq!(files.len(), 8);
    }
}
