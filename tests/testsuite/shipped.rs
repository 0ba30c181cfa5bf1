use crate::support::TestSite;
use std::collections::BTreeSet;

/// Every `href` and `src` under `prefix` in the built site's pages that leads to no file.
fn broken_links(site: &TestSite, prefix: &str) -> Vec<String> {
    let files: BTreeSet<String> = site.listing().into_iter().collect();
    let mut broken = Vec::new();
    for page in files.iter().filter(|f| f.ends_with(".html")) {
        let html = site.read(page);
        for attr in ["href=\"", "src=\""] {
            for link in html.split(attr).skip(1).map(|s| &s[..s.find('"').unwrap()]) {
                let Some(path) = link.strip_prefix(prefix) else {
                    assert!(!link.starts_with('/'), "{page}: {link} is outside {prefix}");
                    continue;
                };
                let path = path.split('#').next().unwrap_or_default();
                let target = if path.is_empty() || path.ends_with('/') {
                    format!("{path}index.html")
                } else {
                    path.to_string()
                };
                if !files.contains(&target) {
                    broken.push(format!("{page} -> {link}"));
                }
            }
        }
    }
    broken
}

#[test]
fn the_shipped_site_builds_with_no_broken_internal_link() {
    let site = TestSite::shipped();
    site.build();
    let broken = broken_links(&site, "/");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_shipped_site_works_under_a_sub_path() {
    let site = TestSite::shipped();
    let mut options = site.options();
    options.base_url = Some("https://www.lausanne.ch/ville-apprenante/".into());
    savoirs::build(&options).unwrap();
    let broken = broken_links(&site, "/ville-apprenante/");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("<loc>https://www.lausanne.ch/ville-apprenante/fr/offres/</loc>"));
    assert!(
        site.read("robots.txt")
            .contains("Sitemap: https://www.lausanne.ch/ville-apprenante/sitemap.xml")
    );
}

/// The shipped site as the library models it, on the tests' build date.
fn shipped_site() -> savoirs::site::Site {
    let site = TestSite::shipped();
    let config = savoirs::Config::load(&site.options()).unwrap();
    let mut problems = savoirs::error::Problems::default();
    let files = savoirs::source::load(&config, &mut problems).unwrap();
    let parsed = savoirs::document::parse_all(files, &mut problems);
    let model = savoirs::site::build(config, parsed, &mut problems);
    problems.finish(()).unwrap();
    model
}

#[test]
fn the_shipped_content_keeps_what_the_showcase_promises() {
    use savoirs::document::Meta;
    use savoirs::document::values::{Audience, Mode, Price, Status};
    use savoirs::source::Section;
    use std::collections::BTreeMap;

    let site = shipped_site();
    let n_langs = site.config.languages.len();
    let full_groups = |section: Section| {
        site.groups
            .iter()
            .filter(|g| g.section == section && g.members.iter().all(Option::is_some))
            .count()
    };
    assert!(
        full_groups(Section::Offers) >= 40,
        "at least 40 offers in every language"
    );
    assert!(
        full_groups(Section::News) >= 12,
        "at least 12 news items in every language"
    );
    assert_eq!(full_groups(Section::Pillars), 6, "UNESCO's six building blocks");
    assert_eq!(
        full_groups(Section::Neighbourhoods),
        21,
        "18 quartiers + citywide, online, region"
    );
    for group in site.groups.iter() {
        assert!(
            group.members.iter().all(Option::is_some),
            "{:?} {} is not in every language",
            group.section,
            group.key
        );
    }
    let page_keys: Vec<&str> = site
        .groups
        .iter()
        .filter(|g| g.section == Section::Pages)
        .map(|g| g.key.as_str())
        .collect();
    for key in ["about", "learning-city", "contact", "accessibility", "legal-notice"] {
        assert!(page_keys.contains(&key), "page {key}");
    }

    let fr = site.config.lang_index("fr").unwrap();
    let offers: Vec<_> = site
        .entries
        .iter()
        .filter(|e| e.doc.lang == fr)
        .filter_map(|e| match &e.doc.meta {
            Meta::Offer(o) => Some(o.as_ref()),
            _ => None,
        })
        .collect();
    let mut per_pillar: BTreeMap<&str, usize> = BTreeMap::new();
    for o in &offers {
        for p in &o.pillars {
            *per_pillar.entry(p).or_default() += 1;
        }
    }
    assert_eq!(per_pillar.len(), 6);
    assert!(
        per_pillar.values().all(|&n| n >= 5),
        "every pillar has five offers: {per_pillar:?}"
    );
    for a in Audience::ALL {
        assert!(offers.iter().any(|o| o.audience.contains(a)), "audience {a:?}");
    }
    for m in Mode::ALL {
        assert!(offers.iter().any(|o| o.mode == *m), "mode {m:?}");
    }
    for s in Status::ALL {
        assert!(offers.iter().any(|o| o.status == *s), "status {s:?}");
    }
    assert!(
        offers.iter().filter(|o| o.sessions.len() >= 2).count() >= 3,
        "several sessions"
    );
    assert!(
        offers.iter().filter(|o| o.schedule.is_some()).count() >= 3,
        "weekly schedules"
    );
    assert!(
        offers.iter().filter(|o| o.price == Some(Price::Free)).count() >= 5,
        "free offers"
    );
    assert!(
        offers.iter().filter(|o| o.price_reduced.is_some()).count() >= 3,
        "reduced prices"
    );
    assert!(
        offers.iter().filter(|o| o.languages.iter().any(|l| l != "fr")).count() >= 3,
        "taught in other languages"
    );
    let finished = offers.iter().filter(|o| site.is_finished(o)).count();
    assert!((2..=8).contains(&finished), "a few past offers, not many: {finished}");
    for o in &offers {
        let years: Vec<i16> = o.start.iter().chain(o.end.iter()).map(|d| d.0.year()).collect();
        assert!(
            years.iter().all(|y| (2026..=2027).contains(y)),
            "{} dated {years:?}",
            o.title
        );
    }

    let news_years: Vec<i16> = site
        .entries
        .iter()
        .filter_map(|e| match &e.doc.meta {
            Meta::News(n) if e.doc.lang == fr => Some(n.date.0.year()),
            _ => None,
        })
        .collect();
    for year in 2022..=2026 {
        assert!(news_years.contains(&year), "news from {year}");
    }

    for lang in 0..n_langs {
        let index = &site.langs[lang];
        for (key, terms) in index.by_pillar.iter().chain(index.by_neighbourhood.iter()) {
            assert!(
                !terms.current_offers.is_empty(),
                "{key} lists no current offer in language {lang}"
            );
        }
        assert_eq!(index.by_pillar.len(), 6);
        assert_eq!(index.by_neighbourhood.len(), 21);
    }
}

#[test]
fn the_shipped_site_checks_clean_and_a_broken_copy_reports_every_planted_problem() {
    let site = TestSite::shipped();
    let problems = site.check();
    assert!(problems.is_empty(), "{problems:#?}");

    site.edit(
        "content/offers/italien-debutants-upl.fr.md",
        "price: 340",
        "price: 340.-",
    );
    site.edit("content/offers/italien-debutants-upl.en.md", "provider:", "providr:");
    site.edit(
        "content/news/lausanne-rejoint-le-reseau.fr.md",
        "pillars: [learning-culture]",
        "pillars: [learning-cultur]",
    );
    site.edit(
        "content/pages/contact.fr.md",
        "order: 3\n---\n",
        "order: 3\n---\n[cliquez ici](https://www.lausanne.ch)\n\n",
    );
    site.remove("content/pages/legal-notice.en.md");
    let found: Vec<(&str, String)> = site
        .check()
        .iter()
        .map(|p| (p.code, p.location.path.display().to_string()))
        .collect();
    for planted in [
        ("bad-value", "content/offers/italien-debutants-upl.fr.md"),
        ("unknown-field", "content/offers/italien-debutants-upl.en.md"),
        ("unknown-term", "content/news/lausanne-rejoint-le-reseau.fr.md"),
        ("vague-link-text", "content/pages/contact.fr.md"),
        ("missing-translation", "content/pages/legal-notice.fr.md"),
    ] {
        assert!(
            found.contains(&(planted.0, planted.1.to_string())),
            "{planted:?} not in {found:#?}"
        );
    }
}
