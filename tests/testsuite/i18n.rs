use crate::support::TestSite;

#[test]
fn translations_link_to_each_other_both_ways_with_hreflang() {
    let site = TestSite::fixture("basic");
    site.build();
    let fr = site.read("fr/offres/club-echecs/index.html");
    let en = site.read("en/offers/chess-club/index.html");
    for page in [&fr, &en] {
        assert!(
            page.contains(
                r#"<link rel="alternate" hreflang="fr-CH" href="https://example.org/fr/offres/club-echecs/">"#
            ),
            "{page}"
        );
        assert!(
            page.contains(
                r#"<link rel="alternate" hreflang="en-GB" href="https://example.org/en/offers/chess-club/">"#
            )
        );
    }
    assert!(fr.contains(r#"<link rel="canonical" href="https://example.org/fr/offres/club-echecs/">"#));
    assert!(fr.contains(r#"<html lang="fr-CH">"#));
    assert!(en.contains(r#"<html lang="en-GB">"#));
    assert!(
        fr.contains(
            r#"<a class="switch" hreflang="en-GB" href="/en/offers/chess-club/" data-translated="true">English</a>"#
        ),
        "{fr}"
    );
    assert!(
        en.contains(
            r#"<a class="switch" hreflang="fr-CH" href="/fr/offres/club-echecs/" data-translated="true">Français</a>"#
        ),
        "{en}"
    );
}

#[test]
fn untranslated_page_switches_to_the_section_list_and_says_so() {
    let site = TestSite::fixture("basic");
    site.build();
    let fr = site.read("fr/actualites/festival/index.html");
    assert!(
        fr.contains(r#"<a class="switch" hreflang="en-GB" href="/en/news/" data-translated="false">English</a>U-fr"#),
        "{fr}"
    );
    assert!(
        !fr.contains("hreflang=\"en-GB\" href=\"https://"),
        "no hreflang to a translation that does not exist"
    );
    let page = site.read("fr/contact/index.html");
    assert!(
        page.contains(r#"href="/en/" data-translated="false""#),
        "a free page falls back to the home: {page}"
    );
}

#[test]
fn list_pages_link_to_the_same_list_in_other_languages() {
    let site = TestSite::fixture("basic");
    site.build();
    let list = site.read("fr/offres/index.html");
    assert!(list.contains(r#"<link rel="alternate" hreflang="en-GB" href="https://example.org/en/offers/">"#));
    assert!(
        list.contains("<title>T-offers-fr</title>"),
        "list titles come from the locale files"
    );
}

#[test]
fn three_languages_need_no_code_change() {
    let site = TestSite::fixture("basic");
    site.edit(
        "site.yaml",
        "  - code: en",
        "  - code: de\n    locale: de-CH\n    title: Lernstadt\n    sections: {offers: angebote, news: aktuelles, pillars: saeulen, neighbourhoods: quartiere}\n  - code: en",
    );
    site.file(
        "locales/de/ui.ftl",
        std::fs::read_to_string(site.root.join("locales/en/ui.ftl"))
            .unwrap()
            .replace("English", "Deutsch")
            .replace("-en", "-de"),
    );
    site.file(
        "locales/de/formats.ftl",
        std::fs::read_to_string(site.root.join("locales/en/formats.ftl"))
            .unwrap()
            .replace("CHF", "Fr."),
    );
    site.file("content/home.de.md", "---\ntitle: Willkommen\n---\nHallo.\n");
    site.file(
        "content/offers/chess.de.md",
        std::fs::read_to_string(site.root.join("content/offers/chess.en.md"))
            .unwrap()
            .replace("slug: chess-club", "slug: schachklub"),
    );
    for (section, key) in [("pillars", "quality"), ("neighbourhoods", "centre")] {
        site.file(&format!("content/{section}/{key}.de.md"), "---\ntitle: Term\n---\n");
    }
    site.build();
    let de = site.read("de/angebote/schachklub/index.html");
    assert!(de.contains(r#"<html lang="de-CH">"#));
    assert!(de.contains("3–17 März 2026"), "{de}");
    for page in [
        de.as_str(),
        &site.read("fr/offres/club-echecs/index.html"),
        &site.read("en/offers/chess-club/index.html"),
    ] {
        for (lang, url) in [
            ("fr-CH", "fr/offres/club-echecs/"),
            ("en-GB", "en/offers/chess-club/"),
            ("de-CH", "de/angebote/schachklub/"),
        ] {
            assert!(
                page.contains(&format!(r#"hreflang="{lang}" href="https://example.org/{url}""#)),
                "{lang} missing in {page}"
            );
        }
    }
    assert!(
        site.read("de/index.html")
            .contains(r#"href="/fr/" data-translated="true">Français"#)
    );
    assert!(site.exists("de/saeulen/quality/index.html"));
    assert!(site.exists("de/quartiere/index.html"));
}

#[test]
fn removing_a_translation_updates_the_other_language() {
    let site = TestSite::fixture("basic");
    site.remove("content/offers/chess.en.md");
    site.build();
    let fr = site.read("fr/offres/club-echecs/index.html");
    assert!(fr.contains(r#"href="/en/offers/" data-translated="false""#), "{fr}");
    assert!(!fr.contains("hreflang=\"en-GB\" href=\"https://"));
    assert!(!site.exists("en/offers/chess-club/index.html"));
}

#[test]
fn a_ui_string_missing_from_english_stops_the_build_unless_site_yaml_allows_the_french_one() {
    let site = TestSite::fixture("basic");
    let err = site.fails_keeping_output(|site| {
        site.edit("locales/en/ui.ftl", "list-title-news = T-news-en\n", "");
    });
    let p = err.problems();
    assert_eq!(p.len(), 1, "{err}");
    assert_eq!(
        (
            p[0].severity,
            p[0].code,
            p[0].location.to_string(),
            p[0].message.as_str()
        ),
        (
            savoirs::Severity::Error,
            "fluent-missing",
            "locales/fr/ui.ftl:2:1".to_string(),
            "UI string `list-title-news` has no `en` translation"
        )
    );
    assert_eq!(
        p[0].help.as_deref(),
        Some("add `list-title-news = ...` to locales/en/ui.ftl")
    );

    site.edit(
        "site.yaml",
        "theme: plain",
        "theme: plain\nmissing_ui_strings: fallback",
    );
    let report = savoirs::build(&site.options()).unwrap_or_else(|e| panic!("{e}"));
    let w = &report.warnings;
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(
        (
            w[0].severity,
            w[0].code,
            w[0].location.to_string(),
            w[0].message.as_str()
        ),
        (
            savoirs::Severity::Warning,
            "fluent-fallback",
            "locales/en/ui.ftl".to_string(),
            "UI string `list-title-news` has no `en` translation: `en` pages show the `fr` text of locales/fr/ui.ftl:2"
        )
    );
    assert_eq!(
        w[0].help.as_deref(),
        Some("add `list-title-news = ...` to locales/en/ui.ftl")
    );
    assert!(site.read("en/news/index.html").contains("T-news-fr"));
    assert!(site.read("fr/actualites/index.html").contains("T-news-fr"));
    let (code, _, stderr) = site.run(&["build"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("warning[fluent-fallback]: UI string `list-title-news` has no `en` translation"),
        "{stderr}"
    );
    assert!(
        site.check().iter().any(|p| p.code == "fluent-fallback"),
        "check reports it too"
    );
}

#[test]
fn a_ui_string_missing_from_the_default_language_has_nothing_to_fall_back_to() {
    let site = TestSite::fixture("basic");
    site.edit(
        "site.yaml",
        "theme: plain",
        "theme: plain\nmissing_ui_strings: fallback",
    );
    let err = site.fails_keeping_output(|site| {
        site.edit("locales/fr/ui.ftl", "list-title-news = T-news-fr\n", "");
    });
    let found: Vec<(savoirs::Severity, &str, String)> = err
        .problems()
        .iter()
        .map(|p| (p.severity, p.code, p.location.to_string()))
        .collect();
    assert_eq!(
        found,
        [(
            savoirs::Severity::Error,
            "fluent-missing",
            "locales/en/ui.ftl:2:1".to_string()
        )],
        "{err}"
    );
}
