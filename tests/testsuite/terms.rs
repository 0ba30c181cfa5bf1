use crate::support::{TestSite, keys_in};

#[test]
fn term_pages_list_exactly_their_offers_and_news() {
    let site = TestSite::fixture("basic");
    site.build();
    let quality = site.read("fr/piliers/qualite/index.html");
    assert_eq!(keys_in(&quality, "current"), ["2027/workshop"]);
    assert_eq!(keys_in(&quality, "finished"), ["chess"]);
    assert_eq!(keys_in(&quality, "term-news"), ["joined"]);
    let work = site.read("fr/piliers/travail/index.html");
    assert_eq!(keys_in(&work, "current"), ["2027/workshop"]);
    assert_eq!(keys_in(&work, "finished"), ["past"]);
    assert_eq!(keys_in(&work, "term-news"), ["festival"]);
    let centre = site.read("fr/quartiers/centre/index.html");
    assert_eq!(keys_in(&centre, "current"), Vec::<String>::new());
    assert_eq!(keys_in(&centre, "finished"), ["chess", "past"]);
    assert!(
        centre.contains("<p>Le centre.</p>"),
        "the term file's body is the intro"
    );
    let en = site.read("en/pillars/quality/index.html");
    assert_eq!(
        keys_in(&en, "finished"),
        ["chess"],
        "each language lists its own entries"
    );
    assert_eq!(keys_in(&en, "current"), Vec::<String>::new());
}

#[test]
fn past_offers_leave_current_lists_but_keep_their_page() {
    let site = TestSite::fixture("basic");
    site.build();
    let list = site.read("fr/offres/index.html");
    assert_eq!(keys_in(&list, "current"), ["2027/workshop"]);
    assert!(
        list.contains(r#"<a class="archive" href="/fr/offres/archive/">2</a>"#),
        "{list}"
    );
    let archive = site.read("fr/offres/archive/index.html");
    assert_eq!(keys_in(&archive, "archive"), ["chess", "past"], "most recent first");
    assert!(
        site.read("fr/offres/past/index.html")
            .contains(r#"<p class="finished">finished</p>"#)
    );
}

#[test]
fn today_decides_what_is_current() {
    let site = TestSite::fixture("basic");
    let mut options = site.options();
    options.today = Some(jiff::civil::Date::constant(2026, 3, 10));
    savoirs::build(&options).unwrap();
    let list = site.read("fr/offres/index.html");
    assert_eq!(
        keys_in(&list, "current"),
        ["2027/workshop", "chess"],
        "dated offers first, ongoing ones after"
    );
    assert_eq!(keys_in(&site.read("fr/offres/archive/index.html"), "archive"), ["past"]);
}

#[test]
fn moving_an_offer_to_another_pillar_moves_it_between_term_pages() {
    let site = TestSite::fixture("basic");
    site.edit(
        "content/offers/2027/workshop.fr.md",
        "pillars: [workplace, quality]",
        "pillars: [workplace]",
    );
    site.build();
    assert_eq!(
        keys_in(&site.read("fr/piliers/qualite/index.html"), "current"),
        Vec::<String>::new()
    );
    assert_eq!(
        keys_in(&site.read("fr/piliers/travail/index.html"), "current"),
        ["2027/workshop"]
    );
}

#[test]
fn a_long_list_links_the_first_last_and_nearby_pages_only() {
    let site = TestSite::fixture("basic");
    site.edit("site.yaml", "theme: plain", "theme: plain\npaginate: 1");
    for n in 1..=8 {
        site.file(
            &format!("content/offers/more-{n}.fr.md"),
            format!("---\ntitle: Plus {n}\nsummary: S.\npillars: [quality]\nneighbourhoods: [centre]\nprovider: P\nstart: 2027-04-0{n}\n---\n"),
        );
    }
    site.build();
    let page = site.read("fr/offres/page/5/index.html");
    let start = page.find("<nav class=\"pagination\">").unwrap();
    let nav = &page[start..start + page[start..].find("</nav>").unwrap()];
    let numbers: Vec<&str> = nav
        .split("\">")
        .skip(1)
        .filter_map(|s| s.split('<').next())
        .filter(|s| s.parse::<usize>().is_ok())
        .collect();
    assert_eq!(numbers, ["1", "3", "4", "5", "6", "7", "9"], "{nav}");
}

#[test]
fn the_archive_is_paginated_like_the_lists() {
    let site = TestSite::fixture("basic");
    site.edit("site.yaml", "theme: plain", "theme: plain\npaginate: 2");
    for n in 1..=4 {
        site.file(
            &format!("content/offers/old-{n}.fr.md"),
            format!("---\ntitle: Ancien {n}\nsummary: S.\npillars: [quality]\nneighbourhoods: [centre]\nprovider: P\nstart: 2025-03-0{n}\nend: 2025-04-0{n}\n---\n"),
        );
    }
    site.build();
    // Six finished offers (the fixture's two and four more), two per page: three pages.
    let mut keys = Vec::new();
    for rel in [
        "fr/offres/archive/index.html",
        "fr/offres/archive/page/2/index.html",
        "fr/offres/archive/page/3/index.html",
    ] {
        let page = site.read(rel);
        let on_page = keys_in(&page, "archive");
        assert_eq!(on_page.len(), 2, "{rel}: {on_page:?}");
        keys.extend(on_page);
    }
    keys.sort();
    assert_eq!(keys, ["chess", "old-1", "old-2", "old-3", "old-4", "past"]);
    assert!(!site.exists("fr/offres/archive/page/4/index.html"));
    let second = site.read("fr/offres/archive/page/2/index.html");
    assert!(
        second.contains("rel=\"prev\" href=\"https://example.org/fr/offres/archive/\""),
        "{second}"
    );
    assert!(
        second.contains("rel=\"next\" href=\"https://example.org/fr/offres/archive/page/3/\""),
        "{second}"
    );
    // The English archive has one finished offer: one page, no link to a French-only page 2.
    assert!(!site.exists("en/offers/archive/page/2/index.html"));
    assert!(!second.contains("/en/offers/archive/page/2/"), "{second}");
}

#[test]
fn the_filters_of_a_list_offer_the_values_of_the_whole_list_on_every_page() {
    let site = TestSite::shipped();
    site.edit("site.yaml", "paginate: 12", "paginate: 2");
    for n in 1..=5 {
        site.file(
            &format!("content/offers/tamoul-{n}.fr.md"),
            format!("---\ntitle: Conversation en tamoul {n}\nsummary: Un groupe de conversation.\npillars: [families-communities]\nneighbourhoods: [centre]\nprovider: Bibliothèque\nlanguages: [ta]\nstart: 2027-03-0{n}\n---\n"),
        );
    }
    site.build();
    let languages = |rel: &str| {
        let page = site.read(rel);
        let start = page
            .find("<select id=\"f-language\"")
            .unwrap_or_else(|| panic!("{rel} has no language filter"));
        let select = &page[start..start + page[start..].find("</select>").unwrap()];
        select
            // The first option (any language) has an empty value, written `value` once minified.
            .split("<option value=\"")
            .skip(1)
            .filter_map(|o| o.split('"').next())
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let first = languages("fr/offres/index.html");
    // The page's own language, then the most taught: five offers in Tamil.
    assert_eq!(first[..2], ["fr", "ta"], "{first:?}");
    assert!(first.contains(&"sq".to_string()), "{first:?}");
    // A later page lists the values of the whole list, not of its own two offers.
    assert_eq!(languages("fr/offres/page/3/index.html"), first);
}

/// A term's lists come in the order of the language's whole lists: current offers soonest
/// first, then those without a coming date by title (in any case); finished offers latest
/// first; news newest first. Entries are added so that their files' order is none of those.
#[test]
fn term_lists_are_sorted_like_the_whole_lists() {
    let site = TestSite::fixture("basic");
    add_dated_entries(&site);
    site.build();
    let current = ["a-soon", "2027/workshop", "c-ongoing", "b-ongoing"];
    let quality = site.read("fr/piliers/qualite/index.html");
    assert_eq!(keys_in(&quality, "current"), current);
    assert_eq!(keys_in(&quality, "finished"), ["chess", "f-recent", "d-old", "e-older"]);
    assert_eq!(keys_in(&quality, "term-news"), ["b-new", "joined", "a-old"]);
    let centre = site.read("fr/quartiers/centre/index.html");
    assert_eq!(keys_in(&centre, "current"), ["a-soon", "c-ongoing", "b-ongoing"]);
    assert_eq!(
        keys_in(&centre, "finished"),
        ["chess", "f-recent", "past", "d-old", "e-older"]
    );
    assert_eq!(keys_in(&centre, "term-news"), ["b-new", "joined", "a-old"]);
    let list = site.read("fr/offres/index.html");
    assert_eq!(keys_in(&list, "current"), current, "the whole list, in the same order");
}

/// A term's first page shows its `paginate` latest finished offers and news, not all of them
/// (thousands on a large site), with their numbers and the lists that have the rest; its other
/// pages show neither.
#[test]
fn a_term_s_first_page_shows_its_latest_finished_offers_and_news() {
    let site = TestSite::fixture("basic");
    site.edit("site.yaml", "theme: plain", "theme: plain\npaginate: 2");
    add_dated_entries(&site);
    site.build();
    let first = site.read("fr/piliers/qualite/index.html");
    assert_eq!(
        keys_in(&first, "finished"),
        ["chess", "f-recent"],
        "the latest two of four"
    );
    assert_eq!(
        keys_in(&first, "term-news"),
        ["b-new", "joined"],
        "the newest two of three"
    );
    assert!(
        first.contains(r#"<p class="older">4 /fr/offres/archive/ 3 /fr/actualites/</p>"#),
        "{first}"
    );
    // Four current offers, two per page: a second page, without finished offers or news.
    let second = site.read("fr/piliers/qualite/page/2/index.html");
    assert_eq!(keys_in(&second, "current"), ["c-ongoing", "b-ongoing"]);
    assert_eq!(keys_in(&second, "finished"), Vec::<String>::new());
    assert_eq!(keys_in(&second, "term-news"), Vec::<String>::new());
}

/// The shipped theme says so: the summary of the folded list names the latest offers, and
/// links lead to the archive and to the news list. With room for all, neither link is there.
#[test]
fn the_shipped_term_page_links_to_the_archive_and_the_news_when_it_shows_the_latest() {
    let site = TestSite::shipped();
    site.edit("site.yaml", "paginate: 12", "paginate: 1");
    site.build();
    let page = site.read("fr/piliers/qualite/index.html");
    for expected in [
        "<summary>Afficher la dernière offre terminée</summary>",
        r#"<p class="archive-link"><a href="/fr/offres/archives/">Les offres terminées plus anciennes sont dans l&#39;archive</a></p>"#,
        r#"<a class="more" href="/fr/actualites/">Toutes les actualités</a>"#,
    ] {
        assert!(page.contains(expected), "{expected} not in:\n{page}");
    }
    let en = site.read("en/pillars/quality/index.html");
    assert!(
        en.contains("<summary>Show the most recently finished offer</summary>"),
        "{en}"
    );
    assert!(en.contains(r#"<a href="/en/offers/archive/">Older finished offers are in the archive</a>"#));
    let site = TestSite::shipped();
    site.build();
    let page = site.read("fr/piliers/qualite/index.html");
    assert!(page.contains("<summary>Afficher les "), "{page}");
    assert!(!page.contains("archive-link") && !page.contains(r#"class="more" href="/fr/actualites/""#));
}

/// Offers of the quality pillar and the centre, current (one dated, two ongoing) and finished
/// (three, none in the order of their files), and two news items, an old and a new one.
fn add_dated_entries(site: &TestSite) {
    let offer = |title: &str, dates: &str| {
        format!(
            "---\ntitle: {title}\nsummary: Un résumé.\npillars: [quality]\nneighbourhoods: [centre]\nprovider: UPL\n{dates}---\nTexte.\n"
        )
    };
    site.file(
        "content/offers/a-soon.fr.md",
        offer("Bientôt", "start: 2026-12-01\nend: 2026-12-20\n"),
    )
    .file("content/offers/b-ongoing.fr.md", offer("Zèbre", ""))
    .file("content/offers/c-ongoing.fr.md", offer("abeille", ""))
    .file(
        "content/offers/d-old.fr.md",
        offer("Ancien", "start: 2024-03-01\nend: 2024-05-01\n"),
    )
    .file(
        "content/offers/e-older.fr.md",
        offer("Plus ancien", "start: 2023-03-01\nend: 2023-05-01\n"),
    )
    .file(
        "content/offers/f-recent.fr.md",
        offer("Récent", "start: 2025-03-01\nend: 2025-06-01\n"),
    )
    .file(
        "content/news/a-old.fr.md",
        "---\ntitle: Vieille\ndate: 2021-01-01\nsummary: S.\npillars: [quality]\nneighbourhoods: [centre]\n---\nT.\n",
    )
    .file(
        "content/news/b-new.fr.md",
        "---\ntitle: Neuve\ndate: 2026-10-01\nsummary: S.\npillars: [quality]\nneighbourhoods: [centre]\n---\nT.\n",
    );
}
