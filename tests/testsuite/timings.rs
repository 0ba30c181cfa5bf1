//! `savoirs build --timings`: every stage named, and each template used with its number of renders.

use crate::support::TestSite;

#[test]
fn build_timings_name_every_stage_and_each_template_used() {
    let site = TestSite::fixture("basic");
    let (code, _, quiet) = site.run(&["build"]);
    assert_eq!(code, 0, "{quiet}");
    assert!(!quiet.contains("search index"), "no timings unless asked: {quiet}");
    let (code, _, stderr) = site.run(&["build", "--timings"]);
    assert_eq!(code, 0, "{stderr}");
    let stages: Vec<&str> = stderr
        .lines()
        .skip_while(|l| !l.starts_with("stage "))
        .skip(1)
        .take_while(|l| !l.starts_with("total"))
        .map(|l| l.split("  ").next().unwrap_or_default())
        .collect();
    assert_eq!(
        stages,
        ["load", "parse", "model", "render", "feeds, calendars, sitemap", "write"],
        "the fixture's theme has no search page, so no search stage: {stderr}"
    );
    let templates: Vec<&str> = stderr
        .lines()
        .skip_while(|l| !l.starts_with("template "))
        .skip(1)
        .take_while(|l| !l.starts_with('('))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for t in ["offer.html", "news.html", "home.html", "term.html"] {
        assert!(templates.contains(&t), "{t} in {templates:?}");
    }
    let offer = stderr.lines().find(|l| l.starts_with("offer.html")).unwrap_or_default();
    let pages: usize = offer
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let offer_pages = site
        .listing()
        .iter()
        .filter(|p| {
            // Offer keys may have folders (`2027/workshop`); lists are `index.html`,
            // `archive/index.html` and `page/N/index.html`.
            let parts: Vec<&str> = p.split('/').collect();
            parts.len() >= 4
                && matches!(parts[1], "offres" | "offers")
                && !matches!(parts[2], "page" | "archive")
                && p.ends_with("/index.html")
        })
        .count();
    assert_eq!(pages, offer_pages, "one offer.html render per offer page: {stderr}");
}
