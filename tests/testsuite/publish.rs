use crate::support::TestSite;

#[test]
fn news_and_offer_feeds_are_valid_atom_with_absolute_links() {
    let site = TestSite::fixture("basic");
    site.build();
    let feed = feed_rs::parser::parse(site.read("fr/actualites/atom.xml").as_bytes()).expect("valid Atom");
    assert_eq!(feed.language.as_deref(), Some("fr-CH"));
    let ids: Vec<&str> = feed.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "https://example.org/fr/actualites/festival/",
            "https://example.org/fr/actualites/joined/"
        ]
    );
    let first = &feed.entries[0];
    assert_eq!(first.title.as_ref().unwrap().content, "Fête de l'apprendre");
    assert_eq!(first.links[0].href, "https://example.org/fr/actualites/festival/");
    assert_eq!(
        first.updated.unwrap().to_rfc3339(),
        "2025-09-19T22:00:00+00:00",
        "midnight in Lausanne"
    );
    let offers = feed_rs::parser::parse(site.read("en/offers/atom.xml").as_bytes()).unwrap();
    assert!(offers.entries.is_empty(), "the only English offer is over");
    let term = feed_rs::parser::parse(site.read("fr/piliers/qualite/atom.xml").as_bytes()).unwrap();
    let ids: Vec<&str> = term.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "https://example.org/fr/offres/2027/workshop/",
            "https://example.org/fr/actualites/joined/"
        ]
    );
}

#[test]
fn sitemap_lists_every_page_with_its_translations() {
    let site = TestSite::fixture("basic");
    site.edit("content/pages/contact.fr.md", "order: 2", "order: 2\ndraft: true");
    let mut options = site.options();
    options.drafts = true;
    savoirs::build(&options).unwrap();
    let xml = site.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    assert_eq!(doc.root_element().tag_name().namespace(), Some(ns));
    let urls: Vec<roxmltree::Node> = doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name((ns, "url")))
        .collect();
    let locs: Vec<&str> = urls
        .iter()
        .map(|u| {
            u.children()
                .find(|c| c.has_tag_name((ns, "loc")))
                .unwrap()
                .text()
                .unwrap()
        })
        .collect();
    let html_pages = site.listing().into_iter().filter(|p| p.ends_with("index.html")).count();
    assert_eq!(locs.len(), html_pages - 1, "every page but the draft");
    assert!(!locs.contains(&"https://example.org/fr/contact/"));
    let chess = urls
        .iter()
        .find(|u| {
            u.children()
                .any(|c| c.text() == Some("https://example.org/fr/offres/club-echecs/"))
        })
        .unwrap();
    let links: Vec<(&str, &str)> = chess
        .children()
        .filter(|c| c.has_tag_name(("http://www.w3.org/1999/xhtml", "link")))
        .map(|l| (l.attribute("hreflang").unwrap(), l.attribute("href").unwrap()))
        .collect();
    assert_eq!(
        links,
        [
            ("fr-CH", "https://example.org/fr/offres/club-echecs/"),
            ("en-GB", "https://example.org/en/offers/chess-club/"),
            ("x-default", "https://example.org/fr/offres/club-echecs/"),
        ]
    );
    assert_eq!(
        site.read("robots.txt"),
        "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n"
    );
}

#[test]
fn dated_offers_have_valid_calendars_in_lausanne_time() {
    let site = TestSite::fixture("basic");
    site.build();
    let text = site.read("fr/offres/club-echecs/calendar.ics");
    assert!(text.lines().all(|l| l.len() <= 76), "lines folded at 75 octets");
    assert!(
        text.contains("\r\n") && !text.replace("\r\n", "").contains('\n'),
        "CRLF line ends"
    );
    let cal: icalendar::Calendar = text.parse().expect("valid iCalendar");
    let events: Vec<&icalendar::Event> = cal.events().collect();
    assert_eq!(events.len(), 1);
    use icalendar::Component;
    let ev = events[0];
    assert_eq!(ev.get_uid(), Some("chess-1-fr@example.org"));
    assert_eq!(ev.get_summary(), Some("Club d'échecs"));
    assert!(
        text.contains("DTSTART;TZID=Europe/Zurich:20260303T143000\r\n"),
        "{text}"
    );
    assert!(text.contains("DTEND;TZID=Europe/Zurich:20260303T160000\r\n"));
    assert!(
        text.contains("DTSTAMP:20261121T000000Z\r\n"),
        "the build date, for reproducible output"
    );
    assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich\r\n"));
    let workshop = site.read("fr/offres/2027/workshop/calendar.ics");
    assert!(
        workshop.contains("DTSTART;VALUE=DATE:20270112\r\n") && workshop.contains("DTEND;VALUE=DATE:20270203\r\n"),
        "all-day period, end exclusive: {workshop}"
    );
    let feed: icalendar::Calendar = site.read("fr/piliers/qualite/calendar.ics").parse().unwrap();
    assert_eq!(feed.events().count(), 2, "the workshop and the chess club");
    assert!(
        site.exists("fr/offres/past/calendar.ics"),
        "finished offers keep their calendar"
    );
    site.file(
        "content/offers/open.fr.md",
        "---\ntitle: Ouvert\nsummary: Toujours.\npillars: [quality]\nneighbourhoods: [centre]\nprovider: X\n---\n",
    );
    site.build();
    assert!(
        site.exists("fr/offres/open/index.html") && !site.exists("fr/offres/open/calendar.ics"),
        "no dates, no calendar"
    );
}
