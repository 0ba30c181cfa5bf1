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

/// The JSON-LD block of a page, parsed.
fn json_ld(html: &str) -> serde_json::Value {
    let start = html
        .find(r#"<script type="application/ld+json">"#)
        .expect("a JSON-LD block")
        + 35;
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).expect("valid JSON")
}

fn typed<'a>(ld: &'a serde_json::Value, kind: &str) -> &'a serde_json::Value {
    ld["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["@type"] == kind)
        .unwrap_or_else(|| panic!("no {kind} in {ld:#}"))
}

#[test]
fn offers_news_and_home_carry_schema_org_data() {
    let site = TestSite::fixture("basic");
    site.build();
    let ld = json_ld(&site.read("fr/offres/club-echecs/index.html"));
    assert_eq!(ld["@context"], "https://schema.org");
    let event = typed(&ld, "EducationEvent");
    assert_eq!(event["name"], "Club d'échecs");
    assert_eq!(event["startDate"], "2026-03-03T14:30:00+01:00");
    assert_eq!(event["offers"]["price"], "25.00");
    assert_eq!(event["offers"]["priceCurrency"], "CHF");
    assert_eq!(event["isAccessibleForFree"], false);
    assert_eq!(event["organizer"]["name"], "Bibliothèque Chauderon");
    let crumbs = typed(&ld, "BreadcrumbList")["itemListElement"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["item"].as_str().unwrap())
        .collect::<Vec<_>>();
    assert_eq!(
        crumbs,
        [
            "https://example.org/fr/",
            "https://example.org/fr/offres/",
            "https://example.org/fr/offres/club-echecs/"
        ]
    );

    let ld = json_ld(&site.read("fr/offres/2027/workshop/index.html"));
    let course = typed(&ld, "Course");
    assert_eq!(course["hasCourseInstance"]["@type"], "CourseInstance");
    assert_eq!(course["hasCourseInstance"]["startDate"], "2027-01-12");
    assert_eq!(course["hasCourseInstance"]["isAccessibleForFree"], true);
    assert_eq!(course["provider"]["name"], "Bibliothèque Bellevaux");

    let news = site.read("en/news/lausanne-joins/index.html");
    assert_eq!(typed(&json_ld(&news), "NewsArticle")["datePublished"], "2022-09-02");
    assert!(news.contains(r#"<meta property="og:type" content="article">"#));
    let home = json_ld(&site.read("en/index.html"));
    typed(&home, "Organization");
    assert_eq!(typed(&home, "WebSite")["inLanguage"], "en-GB");
}

#[test]
fn html_in_titles_cannot_break_out_of_structured_data_or_feeds() {
    let site = TestSite::fixture("basic");
    site.edit(
        "content/offers/chess.fr.md",
        "title: Club d'échecs",
        "title: \"</script><script>alert(1)</script>\"",
    );
    site.build();
    let page = site.read("fr/offres/club-echecs/index.html");
    assert!(!page.contains("<script>alert(1)"), "{page}");
    assert_eq!(
        typed(&json_ld(&page), "EducationEvent")["name"],
        "</script><script>alert(1)</script>"
    );
    site.edit(
        "content/news/joined.fr.md",
        "title: Lausanne rejoint le réseau",
        "title: \"<b>x</b> & <i>y</i>\"",
    );
    site.build();
    let feed = feed_rs::parser::parse(site.read("fr/actualites/atom.xml").as_bytes()).unwrap();
    assert!(
        feed.entries
            .iter()
            .any(|e| e.title.as_ref().unwrap().content == "<b>x</b> & <i>y</i>"),
        "escaped, read back as text"
    );
}

#[test]
fn pages_announce_their_feeds() {
    let site = TestSite::fixture("basic");
    site.build();
    let term = site.read("fr/piliers/qualite/index.html");
    assert!(term.contains(r#"<link rel="alternate" type="application/atom+xml" title="Qualité" href="https://example.org/fr/piliers/qualite/atom.xml">"#), "{term}");
    assert!(
        term.contains(r#"href="https://example.org/fr/actualites/atom.xml""#),
        "and the news feed"
    );
}

#[test]
fn drafts_built_for_a_preview_stay_out_of_feeds_calendars_and_the_sitemap() {
    let site = TestSite::fixture("basic");
    site.edit(
        "content/news/festival.fr.md",
        "pillars: [workplace]",
        "pillars: [workplace]\ndraft: true",
    );
    site.edit(
        "content/offers/2027/workshop.fr.md",
        "price: free",
        "price: free\ndraft: true",
    );
    let mut options = site.options();
    options.drafts = true;
    savoirs::build(&options).unwrap();
    assert!(
        site.exists("fr/actualites/festival/index.html"),
        "built for the preview"
    );
    for feed in [
        "fr/actualites/atom.xml",
        "fr/offres/atom.xml",
        "fr/piliers/travail/atom.xml",
    ] {
        let text = site.read(feed);
        assert!(
            !text.contains("festival") && !text.contains("workshop"),
            "{feed}: {text}"
        );
    }
    assert!(!site.read("fr/piliers/travail/calendar.ics").contains("Atelier"));
    assert!(!site.read("sitemap.xml").contains("festival"));
}

/// HTML and line breaks in an offer's title and summary, on the shipped theme: escaped in every
/// output as that output's format wants (pages, meta tags, JSON-LD, list cards, feeds), and no
/// line break can start a property of its own in a calendar. The search index holds plain text,
/// which the theme's search script inserts as text only.
#[test]
fn html_and_line_breaks_in_titles_and_summaries_are_escaped_in_every_output() {
    let site = TestSite::shipped();
    let title = "Camp <img src=x onerror=alert(1)> \"q\" & co, a;b\r\nATTENDEE:mailto:evil@example.org";
    let summary = "<b>alert(2)</b> Deux samedis.";
    let file = "content/offers/aide-moniteur-camps-sportifs.fr.md";
    site.edit(
        file,
        "title: Devenir aide-moniteur des camps sportifs",
        &format!("title: {}", serde_json::to_string(title).unwrap()),
    );
    site.edit(
        file,
        "summary: Deux samedis de formation pour les 16-20 ans qui souhaitent encadrer des enfants pendant les semaines sportives de vacances de la Ville.",
        &format!("summary: {}", serde_json::to_string(summary).unwrap()),
    );
    site.build();
    let mut calendars = 0;
    for path in site.listing() {
        if path.starts_with("pagefind/") || path.ends_with(".woff2") || path.ends_with(".svg") {
            continue;
        }
        let text = site.read(&path);
        if path.ends_with(".ics") {
            calendars += usize::from(text.contains("onerror"));
            assert!(!text.lines().any(|l| l.starts_with("ATTENDEE")), "{path}:\n{text}");
        } else {
            assert!(!text.contains("<img src=x") && !text.contains("<b>alert"), "{path}");
        }
    }
    assert!(calendars >= 3, "the offer's, its list's and its terms' calendars");
    let page = site.read("fr/offres/aide-moniteur-camps-sportifs/index.html");
    assert!(page.contains("<meta name=\"description\" content=\"&lt;b&gt;alert(2)&lt;/b&gt; Deux samedis.\">"));
    assert_eq!(typed(&json_ld(&page), "Course")["description"], summary);
    let feed = feed_rs::parser::parse(site.read("fr/offres/atom.xml").as_bytes()).unwrap();
    let titles: Vec<&str> = feed
        .entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.as_str())
        .collect();
    assert!(titles.contains(&title), "read back as text: {titles:?}");
    let ics = site.read("fr/offres/aide-moniteur-camps-sportifs/calendar.ics");
    assert!(
        ics.contains("NAME:Camp <img src=x onerror=alert(1)> \"q\" & co\\, a\\;b\\nATTENDEE:"),
        "{ics}"
    );
}

#[test]
fn a_build_writes_exactly_the_files_of_the_site_rendered_in_memory() {
    // `build` writes each page as it is rendered and indexes the searchable ones read back from
    // disk; the preview keeps everything in memory. Both must give the same files.
    let site = TestSite::shipped();
    site.build();
    let rendered = savoirs::render_site(&site.options()).unwrap();
    let mut expected: Vec<(String, Vec<u8>)> = rendered.outputs.into_iter().map(|o| (o.path, o.bytes)).collect();
    expected.sort();
    let written: Vec<(String, Vec<u8>)> = site
        .listing()
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(site.output().join(&p)).unwrap();
            (p, bytes)
        })
        .collect();
    let paths = |files: &[(String, Vec<u8>)]| files.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(paths(&written), paths(&expected));
    assert!(written.iter().any(|(p, _)| p == "pagefind/pagefind-entry.json"));
    for ((path, bytes), (_, want)) in written.iter().zip(&expected) {
        assert!(bytes == want, "{path} differs between build and render_site");
    }
}
