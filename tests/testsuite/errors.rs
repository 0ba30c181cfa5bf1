use crate::support::{TestSite, problems};

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn every_problem_of_a_run_is_reported_with_file_line_and_column() {
    let site = TestSite::fixture("basic");
    let err = site.fails_keeping_output(|site| {
        site.edit("content/offers/chess.fr.md", "price: 25", "price: 25\ntitel: doublon");
        site.edit(
            "content/offers/2027/workshop.fr.md",
            "pillars: [workplace, quality]",
            "pillars: [workplace, qualty]",
        );
        site.edit("content/news/joined.en.md", "date: 2022-09-02", "date: 02.09.2022");
        site.edit("content/pages/about.en.md", "title: About\n", "");
        site.edit(
            "themes/plain/templates/page.html",
            "{% block content %}",
            "{% block content %}{% if %}",
        );
    });
    assert_eq!(
        problems(&err),
        pairs(&[
            ("bad-value", "content/news/joined.en.md:3:7"),
            ("unknown-term", "content/offers/2027/workshop.fr.md:4:10"),
            ("unknown-field", "content/offers/chess.fr.md:14:1"),
            ("missing-field", "content/pages/about.en.md:1:1"),
            ("template", "themes/plain/templates/page.html:2:26"),
        ]),
        "{err}"
    );
    let unknown = err.problems().into_iter().find(|p| p.code == "unknown-field").unwrap();
    assert!(
        unknown.help.as_deref().unwrap().starts_with("did you mean `title`?"),
        "{unknown:?}"
    );
    let term = err.problems().into_iter().find(|p| p.code == "unknown-term").unwrap();
    assert_eq!(term.help.as_deref(), Some("did you mean `quality`?"));
}

#[test]
fn a_term_file_that_fails_to_parse_is_not_called_unknown() {
    let site = TestSite::fixture("basic");
    let err = site.fails_keeping_output(|site| {
        site.edit("content/pillars/quality.fr.md", "order: 2", "order: deux");
    });
    assert_eq!(
        problems(&err),
        pairs(&[("bad-value", "content/pillars/quality.fr.md:3:8")]),
        "{err}"
    );
}

#[test]
fn a_yaml_error_points_to_its_line_in_the_markdown_file() {
    let site = TestSite::fixture("basic");
    let err = site.fails_keeping_output(|site| {
        site.edit(
            "content/offers/chess.fr.md",
            "audience: [children, adults]",
            "audience: [children, adults",
        );
    });
    let p = &err.problems()[0];
    assert_eq!(p.code, "yaml");
    assert_eq!(p.location.path.to_str(), Some("content/offers/chess.fr.md"));
    assert!((7..=9).contains(&p.location.line), "{err}");
}

#[test]
fn two_files_with_one_url_are_both_named() {
    let site = TestSite::fixture("basic");
    let err = site.fails_keeping_output(|site| {
        site.file(
            "content/offers/club-echecs.fr.md",
            std::fs::read_to_string(site.root.join("content/offers/past.fr.md")).unwrap(),
        );
    });
    let p = &err.problems()[0];
    assert_eq!(p.code, "url-collision");
    assert!(
        p.message.contains("content/offers/chess.fr.md") || p.location.path.ends_with("chess.fr.md"),
        "{err}"
    );
    assert!(err.to_string().contains("club-echecs.fr.md"), "{err}");
}

#[test]
fn slugs_and_file_names_cannot_leave_the_output_folder() {
    // Double-quoted YAML, so that escapes give NUL and control characters.
    for slug in [
        r#""../../etc""#,
        r#""/abs""#,
        r#""a/b""#,
        r#""con\\x""#,
        r#""C:\\x""#,
        r#""Zürich""#,
        r#""a b""#,
        r#""a\0b""#,
        r#""a\x07b""#,
        r#""ｃlub""#,
        r#""con""#,
        r#"".""#,
    ] {
        let site = TestSite::fixture("basic");
        let err = site.fails_keeping_output(|site| {
            site.edit(
                "content/offers/chess.fr.md",
                "slug: club-echecs",
                &format!("slug: {slug}"),
            );
        });
        assert_eq!(
            problems(&err),
            pairs(&[("bad-slug", "content/offers/chess.fr.md:14:7")]),
            "{slug}: {err}"
        );
    }
    let site = TestSite::fixture("basic");
    let err = site.fails_keeping_output(|site| {
        site.file("content/offers/Cours Été.fr.md", "---\ntitle: x\n---\n");
        site.file("content/offers/x.de.md", "---\ntitle: x\n---\n");
        site.file("content/offer/y.fr.md", "---\ntitle: x\n---\n");
        site.file("content/notes.txt", "x");
    });
    let codes: Vec<&str> = err.problems().iter().map(|p| p.code).collect();
    assert_eq!(
        codes,
        ["not-markdown", "unknown-section", "bad-key", "unknown-language"],
        "{err}"
    );
    assert!(err.to_string().contains("rename it `cours-ete`"), "{err}");
    assert!(err.to_string().contains("did you mean `offers`?"), "{err}");
}

#[test]
fn unsafe_and_broken_links_are_errors_on_their_line() {
    let site = TestSite::fixture("basic");
    let err = site.fails_keeping_output(|site| {
        site.file(
            "content/pages/contact.fr.md",
            "---\ntitle: Contact\n---\nA\n\n[x](javascript:alert(1))\n\n[y](../offers/nothing.fr.md)\n",
        );
    });
    assert_eq!(
        problems(&err),
        pairs(&[
            ("unsafe-link", "content/pages/contact.fr.md:6:1"),
            ("broken-link", "content/pages/contact.fr.md:8:1")
        ]),
        "{err}"
    );
}

#[test]
fn a_template_error_names_the_template_line_and_page() {
    let site = TestSite::fixture("basic");
    let err = site.fails_keeping_output(|site| {
        site.edit(
            "themes/plain/templates/offer.html",
            "<p class=\"summary\">{{ o.summary }}</p>",
            "<p>{{ o.nonexistent.field }}</p>",
        );
    });
    let p = &err.problems()[0];
    assert_eq!(p.code, "template");
    assert_eq!(
        p.location.to_string().split(':').take(2).collect::<Vec<_>>(),
        ["themes/plain/templates/offer.html", "2"],
        "{err}"
    );
    assert!(p.message.contains("(rendering /"), "{err}");
    assert_eq!(
        err.problems().len(),
        1,
        "one mistake, reported once for the four offer pages: {err}"
    );
    assert!(p.message.ends_with("and 3 other pages)"), "{err}");
}

#[test]
fn a_missing_or_broken_ui_string_is_reported_by_file_and_line() {
    let site = TestSite::fixture("basic");
    let err = site.fails_keeping_output(|site| {
        site.edit("locales/en/ui.ftl", "untranslated = U-en\n", "");
        site.edit(
            "locales/fr/ui.ftl",
            "list-title-news = T-news-fr",
            "list-title-news = { $oops",
        );
    });
    assert_eq!(
        problems(&err),
        pairs(&[
            ("fluent-missing", "locales/en/ui.ftl:2:1"),
            ("fluent-syntax", "locales/fr/ui.ftl:2:1"),
            ("fluent-missing", "locales/fr/ui.ftl:5:1"),
        ]),
        "{err}"
    );
}

#[test]
fn empty_files_and_unclosed_front_matter_are_explained() {
    let site = TestSite::fixture("basic");
    let err = site.fails_keeping_output(|site| {
        site.file("content/pages/empty.fr.md", "");
        site.file("content/pages/open.fr.md", "---\ntitle: Ouvert\n\nText\n");
        site.file(
            "content/pages/bom.fr.md",
            "\u{feff}---\r\ntitle: BOM et CRLF\r\n---\r\nOk\r\n",
        );
    });
    assert_eq!(
        problems(&err),
        pairs(&[
            ("empty-file", "content/pages/empty.fr.md"),
            ("unclosed-front-matter", "content/pages/open.fr.md:1:1")
        ]),
        "{err}"
    );
}

#[test]
fn the_cli_exits_non_zero_and_prints_every_problem_with_its_line() {
    let site = TestSite::fixture("basic");
    let before = site.build_then_break(|site| {
        site.edit("content/offers/chess.fr.md", "price: 25", "price: cheap");
        site.edit("content/news/joined.fr.md", "date: 2022-09-02", "date: hier");
    });
    let (code, _, stderr) = site.run(&["build"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("error[bad-value]: field `date`: expected a date like `2026-03-03`, found `hier`\n --> content/news/joined.fr.md:3:7"),
        "{stderr}"
    );
    assert!(
        stderr.contains("13 | price: cheap\n   |        ^^^^^"),
        "the value is underlined: {stderr}"
    );
    assert!(
        stderr.contains("error: the site was not built (2 problems)"),
        "{stderr}"
    );
    site.assert_untouched(&before);
}
