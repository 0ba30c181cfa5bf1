use crate::support::{TestSite, keys_in};

#[test]
fn builds_every_page_at_its_pretty_url() {
    let site = TestSite::fixture("basic");
    site.build();
    let pages: Vec<String> = site.listing().into_iter().filter(|p| p.ends_with(".html")).collect();
    assert_eq!(
        pages,
        [
            "404.html",
            "en/404.html",
            "en/about/index.html",
            "en/index.html",
            "en/neighbourhoods/borde-bellevaux/index.html",
            "en/neighbourhoods/centre/index.html",
            "en/neighbourhoods/index.html",
            "en/news/index.html",
            "en/news/lausanne-joins/index.html",
            "en/offers/archive/index.html",
            "en/offers/chess-club/index.html",
            "en/offers/index.html",
            "en/pillars/index.html",
            "en/pillars/quality/index.html",
            "en/pillars/work/index.html",
            "fr/404.html",
            "fr/a-propos/index.html",
            "fr/actualites/festival/index.html",
            "fr/actualites/index.html",
            "fr/actualites/joined/index.html",
            "fr/contact/index.html",
            "fr/index.html",
            "fr/offres/2027/workshop/index.html",
            "fr/offres/archive/index.html",
            "fr/offres/club-echecs/index.html",
            "fr/offres/index.html",
            "fr/offres/past/index.html",
            "fr/piliers/index.html",
            "fr/piliers/qualite/index.html",
            "fr/piliers/travail/index.html",
            "fr/quartiers/borde-bellevaux/index.html",
            "fr/quartiers/centre/index.html",
            "fr/quartiers/index.html",
            "index.html",
        ]
    );
    let css: Vec<String> = site
        .listing()
        .into_iter()
        .filter(|p| p.starts_with("style.") && p.ends_with(".css"))
        .collect();
    assert_eq!(css.len(), 1, "the theme's stylesheet, fingerprinted");
    assert_ne!(css[0], "style.css");
}

#[test]
fn root_is_a_language_chooser_with_x_default() {
    let site = TestSite::fixture("basic");
    site.build();
    let root = site.read("index.html");
    assert!(
        root.contains(r#"<a class="lang" lang="fr-CH" href="/fr/">Français</a>"#),
        "{root}"
    );
    assert!(root.contains(r#"<a class="lang" lang="en-GB" href="/en/">English</a>"#));
    assert!(root.contains(r#"hreflang="x-default" href="https://example.org/""#));
}

#[test]
fn home_lists_upcoming_offers_latest_news_pillars_and_neighbourhoods() {
    let site = TestSite::fixture("basic");
    site.build();
    let home = site.read("fr/index.html");
    assert!(home.contains("<p>Intro FR.</p>"));
    assert_eq!(
        keys_in(&home, "upcoming"),
        ["2027/workshop"],
        "only offers with a date to come"
    );
    assert_eq!(keys_in(&home, "latest"), ["festival", "joined"], "newest first");
    assert_eq!(keys_in(&home, "pillars"), ["workplace", "quality"], "by order");
    assert_eq!(keys_in(&home, "neighbourhoods"), ["centre", "borde-bellevaux"]);
}

#[test]
fn offer_page_shows_dates_and_price_in_the_page_language() {
    let site = TestSite::fixture("basic");
    site.build();
    let fr = site.read("fr/offres/club-echecs/index.html");
    assert!(fr.contains(r#"<dd class="period">du 3 au 17 mars 2026</dd>"#), "{fr}");
    assert!(
        fr.contains(
            "<time datetime=\"2026-03-03T14:30:00+01:00\">mardi 3 mars 2026, de 14\u{A0}h\u{A0}30 à 16\u{A0}h</time>"
        ),
        "{fr}"
    );
    assert!(
        fr.contains("<dd class=\"price\">CHF\u{A0}25.–</dd>"),
        "French typography keeps CHF with its amount"
    );
    let en = site.read("en/offers/chess-club/index.html");
    assert!(en.contains(r#"<dd class="period">3–17 March 2026</dd>"#), "{en}");
    assert!(en.contains(r#"<dd class="price">CHF 25</dd>"#));
}

#[test]
fn french_pages_get_french_punctuation_spacing_unless_tight() {
    let site = TestSite::fixture("basic");
    site.file(
        "content/pages/contact.fr.md",
        "---\ntitle: Une question ?\n---\nÉcrivez : « ici » !\n\n`a ? b : c` et https://x.ch/a:b\n",
    );
    site.file(
        "content/pages/contact.en.md",
        "---\ntitle: A question?\n---\nWrite: here!\n",
    );
    site.build();
    let fr = site.read("fr/contact/index.html");
    assert!(fr.contains("<h1>Une question\u{202F}?</h1>"), "{fr}");
    assert!(
        fr.contains("<p>Écrivez\u{A0}: «\u{202F}ici\u{202F}»\u{202F}!</p>"),
        "{fr}"
    );
    assert!(fr.contains("<code>a ? b : c</code> et https://x.ch/a:b"), "{fr}");
    assert!(site.read("en/contact/index.html").contains("<p>Write: here!</p>"));
    site.edit("site.yaml", "theme: plain", "theme: plain\nfrench_punctuation: tight");
    site.build();
    assert!(site.read("fr/contact/index.html").contains("<p>Écrivez: «ici»!</p>"));
}

#[test]
fn links_between_content_files_become_page_urls() {
    let site = TestSite::fixture("basic");
    site.build();
    let offer = site.read("fr/offres/club-echecs/index.html");
    assert!(
        offer.contains(r#"<a href="/fr/offres/2027/workshop/">l'atelier</a>"#),
        "{offer}"
    );
    assert!(offer.contains(r#"<a href="/fr/quartiers/centre/#acces">le centre</a>"#));
    let news = site.read("fr/actualites/joined/index.html");
    assert!(
        news.contains(r#"<a href="/fr/offres/2027/workshop/">l'atelier</a>"#),
        "{news}"
    );
}

#[test]
fn a_sub_path_base_url_prefixes_every_link() {
    let site = TestSite::fixture("basic");
    let mut options = site.options();
    options.base_url = Some("https://example.org/lausanne".into());
    savoirs::build(&options).unwrap();
    let offer = site.read("fr/offres/club-echecs/index.html");
    assert!(
        offer.contains(r#"href="/lausanne/fr/offres/2027/workshop/""#),
        "{offer}"
    );
    assert!(offer.contains(r#"<link rel="canonical" href="https://example.org/lausanne/fr/offres/club-echecs/">"#));
}

#[test]
fn raw_html_is_escaped_by_default_and_allowed_by_the_site() {
    let site = TestSite::fixture("basic");
    site.file(
        "content/pages/contact.fr.md",
        "---\ntitle: Contact\n---\n<script>alert(1)</script>\n\nx <b>gras</b>\n",
    );
    site.build();
    let page = site.read("fr/contact/index.html");
    assert!(!page.contains("<script>alert"), "{page}");
    assert!(page.contains("&lt;script&gt;"));
    site.edit("site.yaml", "theme: plain", "theme: plain\nmarkdown:\n  raw_html: true");
    site.build();
    assert!(site.read("fr/contact/index.html").contains("<b>gras</b>"));
}

#[test]
fn titles_and_summaries_are_escaped() {
    let site = TestSite::fixture("basic");
    site.edit(
        "content/offers/chess.fr.md",
        "title: Club d'échecs",
        "title: \"<img src=x onerror=alert(1)>\"",
    );
    site.build();
    let page = site.read("fr/offres/club-echecs/index.html");
    assert!(!page.contains("<img src=x"), "{page}");
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn drafts_are_built_only_when_asked() {
    let site = TestSite::fixture("basic");
    site.edit("content/pages/contact.fr.md", "order: 2", "order: 2\ndraft: true");
    site.build();
    assert!(!site.exists("fr/contact/index.html"));
    assert!(
        !site.read("fr/index.html").contains("/fr/contact/"),
        "not in the footer either"
    );
    let mut options = site.options();
    options.drafts = true;
    savoirs::build(&options).unwrap();
    assert!(site.exists("fr/contact/index.html"));
}

#[test]
fn output_is_the_same_bytes_on_every_build() {
    let a = TestSite::fixture("basic");
    a.build();
    let first: Vec<(String, Vec<u8>)> = a
        .listing()
        .into_iter()
        .map(|p| (p.clone(), std::fs::read(a.output().join(&p)).unwrap()))
        .collect();
    a.build();
    let second: Vec<(String, Vec<u8>)> = a
        .listing()
        .into_iter()
        .map(|p| (p.clone(), std::fs::read(a.output().join(&p)).unwrap()))
        .collect();
    assert_eq!(first, second);
}

#[test]
fn theme_assets_are_fingerprinted_and_site_static_files_copied_as_they_are() {
    let site = TestSite::fixture("basic");
    site.edit(
        "themes/plain/templates/base.html",
        "<meta charset=\"utf-8\">",
        "<meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"{{ asset(path='style.css') }}\">",
    );
    site.file("static/docs/programme.pdf", "%PDF-1.4");
    site.build();
    let css = site.listing().into_iter().find(|p| p.starts_with("style.")).unwrap();
    assert!(
        site.read("fr/index.html")
            .contains(&format!(r#"<link rel="stylesheet" href="/{css}">"#))
    );
    assert_eq!(site.read("docs/programme.pdf"), "%PDF-1.4");
    site.file("themes/plain/static/style.css", "body { color: black; }");
    site.build();
    assert!(!site.exists(&css), "a changed file gets a new name");
    site.edit(
        "themes/plain/templates/base.html",
        "asset(path='style.css')",
        "asset(path='missing.css')",
    );
    let err = site.build_err();
    assert!(
        err.to_string()
            .contains("asset(): the theme has no static file `missing.css` (it has: style.css)"),
        "{err}"
    );
}
