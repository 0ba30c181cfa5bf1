//! Search index, search pages, list filters, offers at a glance and the weight of pages, read
//! from the built shipped site (no browser needed; `browser.rs` uses them for real).

use crate::support::{TestSite, problems};
use std::collections::BTreeSet;

/// The built shipped site, with the tests' date.
fn shipped() -> TestSite {
    let site = TestSite::shipped();
    site.build();
    site
}

/// The value of `attr="..."` in the first tag of `html` that contains `marker`.
fn attr_after(html: &str, marker: &str, attr: &str) -> String {
    let at = html.find(marker).unwrap_or_else(|| panic!("no {marker}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    let tag = &html[start..end];
    let key = format!("{attr}=\"");
    let from = tag.find(&key).unwrap_or_else(|| panic!("no {attr} in {tag}")) + key.len();
    tag[from..from + tag[from..].find('"').unwrap()].to_string()
}

/// The offer URLs of the filterable list of a page, in order.
fn filter_list(html: &str) -> Vec<String> {
    let start = html.find("data-filter-list").expect("no filterable list");
    let end = start + html[start..].find("</ul>").unwrap();
    card_urls(&html[start..end])
}

/// The offer URLs of cards, in order.
fn card_urls(html: &str) -> Vec<String> {
    html.split("class=\"card-title\"><a href=\"")
        .skip(1)
        .map(|t| t[..t.find('"').unwrap()].to_string())
        .collect()
}

/// The offer URLs of a list's `cards.json`, in order.
fn cards_json(site: &TestSite, path: &str) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_str(&site.read(path)).unwrap();
    let cards: Vec<&str> = json["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert!(
        cards.iter().all(|c| c.starts_with("<li>") && c.ends_with("</li>")),
        "each card is a list item"
    );
    card_urls(&cards.concat())
}

#[test]
fn each_language_has_a_search_page_and_its_own_index_of_its_pages() {
    let site = shipped();
    let entry = site.read("pagefind/pagefind-entry.json");
    let entry: serde_json::Value = serde_json::from_str(&entry).unwrap();
    let languages = entry["languages"].as_object().unwrap();
    let keys: Vec<&String> = languages.keys().collect();
    assert_eq!(
        keys,
        ["en-gb", "fr-ch"],
        "one index per language, named after <html lang>"
    );
    let files = site.listing();
    for (lang, index) in languages {
        // Every page marked as searchable in that language is in its index, and nothing else.
        let prefix = if lang == "fr-ch" { "fr/" } else { "en/" };
        let marked = files
            .iter()
            .filter(|f| f.starts_with(prefix) && f.ends_with(".html"))
            .filter(|f| site.read(f).contains("data-pagefind-body"))
            .count();
        assert!(marked >= 85, "{lang}: only {marked} searchable pages");
        assert_eq!(index["page_count"].as_u64(), Some(marked as u64), "{lang}");
        // Stemming needs the language's own search engine.
        assert_eq!(index["wasm"].as_str(), Some(lang.as_str()));
        assert!(site.exists(&format!("pagefind/wasm.{lang}.pagefind")));
    }
    for file in [
        "pagefind/pagefind.js",
        "pagefind/pagefind-worker.js",
        "pagefind/pagefind-ui.js",
    ] {
        assert!(site.exists(file), "{file}");
    }
    // Lists, home pages and the search pages are not searchable; offers, news, terms and pages are.
    for (page, searchable) in [
        ("fr/offres/index.html", false),
        ("fr/index.html", false),
        ("fr/recherche/index.html", false),
        ("fr/offres/francais-de-l-ecole-pour-les-parents/index.html", true),
        ("en/pillars/work/index.html", true),
        ("en/news/index.html", false),
        ("fr/a-propos/index.html", true),
    ] {
        assert_eq!(site.read(page).contains("data-pagefind-body"), searchable, "{page}");
    }
    // Results can show summary, pillars and neighbourhoods.
    let offer = site.read("fr/offres/francais-de-l-ecole-pour-les-parents/index.html");
    for meta in [
        "data-pagefind-meta=\"summary\"",
        "data-pagefind-meta=\"pillars:",
        "data-pagefind-meta=\"neighbourhoods:",
    ] {
        assert!(offer.contains(meta), "{meta}");
    }
    // The search pages, each in its language, load the bundle.
    for (page, lang) in [("fr/recherche/index.html", "fr-CH"), ("en/search/index.html", "en-GB")] {
        let html = site.read(page);
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{page}");
        assert_eq!(attr_after(&html, "data-bundle=", "data-bundle"), "/pagefind/");
    }
    // Each page's header searches in its own language, and links to the offers without JavaScript.
    let home = site.read("en/index.html");
    assert_eq!(attr_after(&home, "data-search-box", "action"), "/en/search/");
    assert_eq!(attr_after(&home, "data-search-fallback", "href"), "/en/offers/");
    assert!(
        home.contains(" method=\"get\" hidden data-search-box"),
        "the search box waits for the script"
    );
}

#[test]
fn the_indexer_reads_every_searchable_page_without_lol_html_to_the_same_result() {
    // The vendored Pagefind reads well-formed pages with a reader of its own, and leaves the
    // others to lol_html (`vendor/README.md`): the theme's pages must all be of the first kind
    // (or the index is slow again), and both readers must agree on each.
    let site = shipped();
    let mut read = 0;
    for file in site.listing().iter().filter(|f| f.ends_with(".html")) {
        let html = site.read(file);
        if !html.contains("data-pagefind-body") {
            continue;
        }
        let (fast, lol_html) =
            pagefind::compare_readers(&html).unwrap_or_else(|| panic!("{file} is left to lol_html: not well-formed?"));
        assert_eq!(fast, lol_html, "{file}");
        read += 1;
    }
    assert!(read >= 170, "only {read} searchable pages");
}

#[test]
fn the_search_index_is_the_same_bytes_on_every_build() {
    // Two processes (hash tables seed themselves per process): the whole site, index included.
    let site = TestSite::shipped();
    let read_all = |dir: &std::path::Path| {
        let mut files = std::collections::BTreeMap::new();
        for e in walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok) {
            if e.file_type().is_file() {
                let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                files.insert(rel, std::fs::read(e.path()).unwrap());
            }
        }
        files
    };
    let mut builds = Vec::new();
    for out in ["out-a", "out-b"] {
        let dir = site.root.join(out);
        let (code, _, err) = site.run(&["build", "--output", dir.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        builds.push(read_all(&dir));
    }
    assert!(builds[0].keys().filter(|k| k.starts_with("pagefind")).count() > 50);
    let names: BTreeSet<&String> = builds[0].keys().chain(builds[1].keys()).collect();
    let differ: Vec<&&String> = names
        .iter()
        .filter(|n| builds[0].get(**n) != builds[1].get(**n))
        .collect();
    assert!(differ.is_empty(), "files differ between two builds: {differ:?}");
}

#[test]
fn a_theme_without_a_search_page_gets_no_index() {
    let site = TestSite::fixture("basic");
    site.build();
    assert!(
        !site
            .listing()
            .iter()
            .any(|f| f.starts_with("pagefind/") || f.contains("search"))
    );
}

#[test]
fn static_files_in_the_place_of_search_bundle_files_are_all_reported() {
    // The bundle is written while it is made: one file of the first index and one written
    // once all are done, both named, and the previous site left as it was.
    let site = TestSite::shipped();
    let err = site.fails_keeping_output(|site| {
        site.file("static/pagefind/pagefind.js", "// not Pagefind");
        site.file("static/pagefind/parts.json", "[]");
    });
    let found = problems(&err);
    for name in ["pagefind.js", "parts.json"] {
        let at = format!("static/pagefind/{name}");
        assert!(
            found
                .iter()
                .any(|(code, path)| code == "url-collision" && path.ends_with(&at)),
            "{at}: {found:?}"
        );
    }
}

#[test]
fn the_search_page_address_is_set_per_language_and_reserved() {
    let site = TestSite::shipped();
    site.edit("site.yaml", "search: recherche", "search: chercher");
    site.build();
    assert!(site.exists("fr/chercher/index.html") && !site.exists("fr/recherche/index.html"));
    assert!(site.read("fr/index.html").contains("action=\"/fr/chercher/\""));

    // A free page cannot take the search page's address.
    site.edit("content/pages/contact.fr.md", "slug: contact", "slug: chercher");
    let found = problems(&site.build_err());
    assert!(
        found
            .iter()
            .any(|(code, at)| code == "url-collision" && at.contains("contact.fr.md")),
        "{found:?}"
    );

    // Nor can it be a section's segment, or an unusable one.
    let site = TestSite::shipped();
    site.edit("site.yaml", "search: recherche", "search: offres");
    let found = problems(&site.build_err());
    assert!(found.iter().any(|(code, _)| code == "duplicate-segment"), "{found:?}");
    let site = TestSite::shipped();
    site.edit("site.yaml", "search: recherche", "search: Re cherche");
    let found = problems(&site.build_err());
    assert!(found.iter().any(|(code, _)| code == "bad-segment"), "{found:?}");
}

#[test]
fn each_page_of_a_list_carries_its_own_offers_and_the_list_its_cards_for_the_filters() {
    let site = shipped();
    let all = cards_json(&site, "fr/offres/cards.json");
    let total = all.len();
    assert!(total > 24, "{total} current offers");
    let pages = total.div_ceil(12);
    let mut seen = Vec::new();
    for page in 1..=pages {
        let file = if page == 1 {
            "fr/offres/index.html".to_string()
        } else {
            format!("fr/offres/page/{page}/index.html")
        };
        let html = site.read(&file);
        let list = filter_list(&html);
        assert_eq!(
            list.len(),
            12.min(total - (page - 1) * 12),
            "{file}: its own page only, so the site grows linearly"
        );
        assert!(
            html.contains("data-cards=\"/fr/offres/cards.json\""),
            "{file}: where the whole list is"
        );
        seen.extend(list);
    }
    assert_eq!(
        seen, all,
        "the pages, one after the other, are the cards of the list in order"
    );
    let term = cards_json(&site, "fr/piliers/apprentissage-inclusif/cards.json");
    assert!(!term.is_empty() && term.len() < total);
    assert!(cards_json(&site, "fr/offres/cards.json")[0].starts_with("/fr/offres/"));
    let json = site.read("fr/offres/cards.json");
    assert!(
        json.contains("CHF\u{A0}") && !json.contains("CHF "),
        "French cards get French spacing, as the pages do"
    );
    // Term pages too, with the filters hidden until the script shows them.
    let term = site.read("fr/piliers/apprentissage-inclusif/index.html");
    assert!(!filter_list(&term).is_empty());
    assert!(term.contains("<form class=\"filters\" method=\"get\" hidden data-filters"));
    assert!(!term.contains("id=\"f-pillar\""), "no pillar filter on a pillar page");
    assert!(term.contains("id=\"f-neighbourhood\""));
    let neighbourhood = site.read("en/neighbourhoods/centre/index.html");
    assert!(neighbourhood.contains("id=\"f-pillar\"") && !neighbourhood.contains("id=\"f-neighbourhood\""));
    // The script is fingerprinted and deferred.
    let offers = site.read("en/offers/index.html");
    let script = attr_after(&offers, "defer></script>", "src");
    assert!(
        script.starts_with("/site.") && script.ends_with(".js") && site.exists(&script[1..]),
        "{script}"
    );
}

#[test]
fn offer_cards_carry_what_the_filters_read() {
    let site = TestSite::shipped();
    site.file(
        "content/offers/zz-test.fr.md",
        "---\ntitle: Atelier test\nsummary: Un atelier pour tester les filtres.\npillars: [quality]\n\
         neighbourhoods: [centre]\nprovider: Test\naudience: [children, families]\nage: 7-12\n\
         start: 2026-12-01\nend: 2026-12-15\nsessions:\n  - start: 2026-12-01T14:00\n    end: 2026-12-01T16:00\n\
         mode: mixed\nstatus: full\nprice: free\nlanguages: [fr, it]\nlocation:\n  name: Salle\n  \
         address: Rue 1, 1003 Lausanne\n  stop: Flon (m2)\naccessibility: [step-free, hearing-loop]\n\
         registration: https://example.org/inscription\nregistration_required: true\nregistration_deadline: 2026-11-28\n---\nCorps.\n",
    );
    site.build();
    let html = site.read("fr/offres/index.html");
    let card = {
        let at = html.find("Atelier test</a>").expect("the card");
        let start = html[..at].rfind("<article").unwrap();
        &html[start..start + html[start..].find("</article>").unwrap()]
    };
    for expected in [
        "data-audience=\"children families\"",
        "data-age-min=\"7\"",
        "data-age-max=\"12\"",
        "data-pillars=\"quality\"",
        "data-neighbourhoods=\"centre\"",
        "data-languages=\"fr it\"",
        "data-mode=\"mixed\"",
        " data-free",
        "data-start=\"2026-12-01\"",
        "data-end=\"2026-12-15\"",
        "data-days=\"2026-12-01\"",
        // At a glance: status in words, where with address and stop, registration, access.
        "Complet",
        "Rue 1, 1003 Lausanne",
        "Arrêt Flon (m2)",
        "obligatoire, jusqu&#39;au",
        "Accès de plain-pied, Boucle magnétique",
        "Gratuit",
        "français, italien",
    ] {
        assert!(card.contains(expected), "{expected} not in:\n{card}");
    }
    // An offer with no registration says so.
    let bus = site.read("fr/offres/contes-au-bibliobus/index.html");
    assert!(
        bus.contains("<dt>Inscription</dt>"),
        "the registration line is always there"
    );
}

/// The budget of docs/accessibility.md: a detail page with its CSS and JavaScript is under
/// 50 KB (bytes as served, uncompressed: the shipped site has no images); the offers list,
/// which carries every current offer for the filters, under 120 KB; the search page's own
/// files (without the index it loads on demand) under 50 KB too.
#[test]
fn pages_stay_within_their_weight_budget() {
    let site = shipped();
    let weight = |page: &str| {
        let html = site.read(page);
        let mut total = html.len();
        let mut parts = vec![format!("{page} {}", html.len())];
        for attr in ["<link rel=\"stylesheet\" href=\"/", "<script src=\"/"] {
            for rest in html.split(attr).skip(1) {
                let file = &rest[..rest.find('"').unwrap()];
                let size = std::fs::metadata(site.output().join(file)).unwrap().len() as usize;
                total += size;
                parts.push(format!("{file} {size}"));
            }
        }
        assert!(parts.len() >= 3, "{parts:?}");
        (total, parts)
    };
    for page in [
        "fr/offres/francais-de-l-ecole-pour-les-parents/index.html",
        "en/offers/school-french-for-parents/index.html",
        "fr/actualites/lausanne-rejoint-le-reseau-mondial/index.html",
        "fr/recherche/index.html",
    ] {
        let (total, parts) = weight(page);
        assert!(total < 50 * 1024, "{total} bytes: {parts:?}");
    }
    for page in ["fr/offres/index.html", "en/offers/index.html", "fr/index.html"] {
        let (total, parts) = weight(page);
        assert!(total < 120 * 1024, "{total} bytes: {parts:?}");
    }
    // The theme's own files, and no web fonts or framework.
    for file in site.listing().into_iter().filter(|f| !f.contains('/')) {
        let size = std::fs::metadata(site.output().join(&file)).unwrap().len();
        if file.ends_with(".css") {
            assert!(size < 20 * 1024, "{file}: {size} bytes");
            let css = site.read(&file);
            assert!(!css.contains("@font-face") && !css.contains("@import"), "{file}");
        } else if file.ends_with(".js") {
            assert!(size < 12 * 1024, "{file}: {size} bytes");
        }
    }
}
