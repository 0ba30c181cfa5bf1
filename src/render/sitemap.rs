//! `sitemap.xml` with every published page and its translations (`xhtml:link hreflang`, plus
//! `x-default`), and `robots.txt` pointing to it.

use super::Output;
use crate::site::Site;
use crate::source::Section;

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

/// One page of the sitemap: its URL and its versions by language (locale, site path).
struct Url {
    loc: String,
    alternates: Vec<(String, String)>,
    x_default: String,
}

/// The sitemap and robots.txt. Drafts (built with `--drafts`) are left out.
pub(crate) fn render(site: &Site) -> Vec<Output> {
    let config = &site.config;
    let n = config.languages.len();
    let locale = |l: usize| config.languages[l].locale.clone();
    let mut urls = Vec::new();
    let root = config.absolute_url("/");
    urls.push(Url {
        loc: root.clone(),
        alternates: (0..n)
            .map(|l| (locale(l), config.absolute_url(&site.home_url(l))))
            .collect(),
        x_default: root.clone(),
    });
    for l in 0..n {
        let all = |f: &dyn Fn(usize) -> String| {
            (0..n)
                .map(|o| (locale(o), config.absolute_url(&f(o))))
                .collect::<Vec<_>>()
        };
        urls.push(Url {
            loc: config.absolute_url(&site.home_url(l)),
            alternates: all(&|o| site.home_url(o)),
            x_default: root.clone(),
        });
        for s in [
            Section::Offers,
            Section::News,
            Section::Pillars,
            Section::Neighbourhoods,
        ] {
            let alternates = all(&|o| site.section_url(s, o));
            let x_default = config.absolute_url(&site.section_url(s, config.default_language));
            urls.push(Url {
                loc: config.absolute_url(&site.section_url(s, l)),
                alternates,
                x_default,
            });
        }
    }
    for e in site
        .entries
        .iter()
        .filter(|e| e.doc.section != Section::Home && !e.doc.draft)
    {
        let members = &site.groups[e.group].members;
        let published = |m: &Option<usize>| m.filter(|&i| !site.entries[i].doc.draft);
        let alternates: Vec<(String, String)> = members
            .iter()
            .enumerate()
            .filter_map(|(l, m)| published(m).map(|i| (locale(l), config.absolute_url(&site.entries[i].url))))
            .collect();
        let x_default = published(&members[config.default_language])
            .or_else(|| members.iter().find_map(published))
            .map_or_else(
                || config.absolute_url(&e.url),
                |i| config.absolute_url(&site.entries[i].url),
            );
        urls.push(Url {
            loc: config.absolute_url(&e.url),
            alternates,
            x_default,
        });
    }
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for u in &urls {
        xml.push_str(&format!("  <url>\n    <loc>{}</loc>\n", xml_escape(&u.loc)));
        if u.alternates.len() > 1 {
            for (lang, href) in &u.alternates {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                    xml_escape(lang),
                    xml_escape(href)
                ));
            }
            xml.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n",
                xml_escape(&u.x_default)
            ));
        }
        xml.push_str("  </url>\n");
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
