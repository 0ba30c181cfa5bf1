use crate::support::{TestSite, set_mtime};

fn found(problems: &[savoirs::Problem]) -> Vec<(String, String, String)> {
    problems
        .iter()
        .map(|p| {
            (
                p.severity.as_str().to_string(),
                p.code.to_string(),
                p.location.to_string(),
            )
        })
        .collect()
}

fn triples(list: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    list.iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

/// The basic fixture with every translation present, so only what a test plants is found.
fn complete() -> TestSite {
    let site = TestSite::fixture("basic");
    site.edit("site.yaml", "theme: plain", "theme: plain\ntranslations: off");
    site
}

#[test]
fn accessibility_of_the_text_is_checked_line_by_line() {
    let site = complete();
    site.file(
        "content/pages/contact.fr.md",
        "---\ntitle: Contact\n---\n# Encore un titre\n\n## Bien\n\n#### Trop bas\n\n![](plan.png)\n\n[Cliquez ici](https://www.lausanne.ch) ou [](https://x.ch).\n",
    );
    assert_eq!(
        found(&site.check()),
        triples(&[
            ("warning", "h1-in-body", "content/pages/contact.fr.md:4:1"),
            ("warning", "heading-skip", "content/pages/contact.fr.md:8:1"),
            // `plan.png` is not in `static/fr/contact/` either.
            ("warning", "missing-image", "content/pages/contact.fr.md:10:1"),
            ("error", "image-without-alt", "content/pages/contact.fr.md:10:1"),
            ("warning", "vague-link-text", "content/pages/contact.fr.md:12:1"),
            ("error", "empty-link", "content/pages/contact.fr.md:12:43"),
        ])
    );
}

#[test]
fn anchors_must_exist_on_the_linked_page() {
    let site = complete();
    site.file("content/pages/contact.fr.md", "---\ntitle: Contact\n---\n## Horaires\n\n[ici même](#horaires) et [là](#adresse)\n\n[le club](../offers/chess.fr.md#tarifs)\n");
    assert_eq!(
        found(&site.check()),
        triples(&[
            ("error", "broken-anchor", "content/pages/contact.fr.md:6:26"),
            ("error", "broken-anchor", "content/pages/contact.fr.md:8:1"),
        ])
    );
}

#[test]
fn missing_and_outdated_translations_follow_site_settings() {
    let site = TestSite::fixture("basic");
    let problems = site.check();
    let missing: Vec<String> = problems
        .iter()
        .filter(|p| p.code == "missing-translation")
        .map(|p| p.location.to_string())
        .collect();
    assert_eq!(
        missing,
        [
            "content/news/festival.fr.md",
            "content/offers/2027/workshop.fr.md",
            "content/offers/past.fr.md",
            "content/pages/contact.fr.md"
        ]
    );
    assert!(
        problems
            .iter()
            .all(|p| p.severity == savoirs::Severity::Warning || p.code != "missing-translation")
    );
    assert!(
        !problems.iter().any(|p| p.code == "outdated-translation"),
        "same times: nothing outdated"
    );

    set_mtime(
        &site.root.join("content/offers/chess.fr.md"),
        crate::support::FIXED_MTIME + 3600,
    );
    let outdated: Vec<String> = site
        .check()
        .iter()
        .filter(|p| p.code == "outdated-translation")
        .map(|p| p.location.to_string())
        .collect();
    assert_eq!(
        outdated,
        ["content/offers/chess.en.md"],
        "the English one is older than its French source"
    );

    site.edit("site.yaml", "theme: plain", "theme: plain\ntranslations: error");
    assert!(
        site.check()
            .iter()
            .any(|p| p.code == "missing-translation" && p.severity == savoirs::Severity::Error)
    );
}

#[test]
fn offers_ending_soon_and_finished_offers_linked_from_news_are_warned_about() {
    let site = complete();
    let mut options = site.options();
    options.today = Some(jiff::civil::Date::constant(2027, 1, 25));
    let problems = savoirs::check::check(&savoirs::check::CheckOptions {
        build: options,
        ends_within_days: 14,
        external: None,
    })
    .unwrap();
    assert_eq!(
        found(&problems),
        triples(&[("warning", "ends-soon", "content/offers/2027/workshop.fr.md:8:6"),])
    );
    assert!(
        problems[0].message.contains("2027-02-02, in 8 days"),
        "{:?}",
        problems[0]
    );
    site.edit(
        "content/news/joined.fr.md",
        "../offers/2027/workshop.fr.md",
        "../offers/chess.fr.md",
    );
    assert_eq!(
        found(&site.check()),
        triples(&[("warning", "finished-offer-linked", "content/news/joined.fr.md:8:6")]),
        "a news item sends readers to an offer that is over"
    );
}

#[test]
fn check_writes_nothing_and_reports_build_errors_too() {
    let site = complete();
    site.edit("content/offers/chess.fr.md", "price: 25", "price: cheap");
    let problems = site.check();
    assert_eq!(
        found(&problems),
        triples(&[("error", "bad-value", "content/offers/chess.fr.md:13:8")])
    );
    assert!(!site.output().exists());
}

#[test]
fn exit_codes_and_machine_readable_formats() {
    let site = complete();
    let (code, _, stderr) = site.run(&["check"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("check: 0 errors, 0 warnings"), "{stderr}");

    site.file(
        "content/pages/contact.fr.md",
        "---\ntitle: Contact\n---\n[cliquez ici](https://x.ch)\n",
    );
    let (code, stdout, _) = site.run(&["check"]);
    assert_eq!(code, 0, "warnings alone pass");
    assert!(
        stdout.contains("warning[vague-link-text]") && stdout.contains("--> content/pages/contact.fr.md:4:1"),
        "{stdout}"
    );
    assert_eq!(site.run(&["check", "--deny-warnings"]).0, 2);

    site.edit("content/offers/chess.fr.md", "price: 25", "price: cheap");
    let (code, stdout, _) = site.run(&["check", "--format", "json"]);
    assert_eq!(code, 1);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], "content/offers/chess.fr.md");
    assert_eq!(lines[0]["line"], 13);
    assert_eq!(lines[0]["column"], 8);
    assert_eq!(lines[0]["severity"], "error");
    assert_eq!(lines[0]["code"], "bad-value");
    assert_eq!(lines[1]["severity"], "warning");

    let (_, stdout, _) = site.run(&["check", "--format", "github"]);
    let first = stdout.lines().next().unwrap();
    assert!(
        first.starts_with("::error file=content/offers/chess.fr.md,line=13,col=8,title=bad-value::field `price`"),
        "{first}"
    );
}

#[test]
fn news_dated_in_the_future_wait_for_their_day() {
    let site = complete();
    site.edit("content/news/festival.fr.md", "date: 2025-09-20", "date: 2026-12-01");
    site.build();
    assert!(!site.exists("fr/actualites/festival/index.html"));
    assert!(!site.read("fr/actualites/atom.xml").contains("festival"));
    let mut options = site.options();
    options.future = true;
    savoirs::build(&options).unwrap();
    assert!(site.exists("fr/actualites/festival/index.html"));
}

#[test]
fn scheduled_news_are_checked_before_their_day() {
    let site = complete();
    site.edit("content/news/festival.fr.md", "date: 2025-09-20", "date: 2026-12-01");
    site.edit(
        "content/news/festival.fr.md",
        "pillars: [workplace]",
        "pillars: [workplac]",
    );
    assert_eq!(
        found(&site.check()),
        triples(&[("error", "unknown-term", "content/news/festival.fr.md:5:10")])
    );
}

#[test]
fn a_mistyped_command_line_is_a_usage_error_not_a_finding() {
    let site = complete();
    assert_eq!(site.run(&["check", "--formatt", "json"]).0, 64);
}
