//! `savoirs check --external`: links to other sites asked over HTTP (a partner site on
//! 127.0.0.1 stands for the web), each failure reported where the link is, once per address,
//! within the limits, from the cache when fresh, and never without the option.

mod partner;

use crate::support::TestSite;
use partner::{InFlight, Partner};
use savoirs::check::{CheckOptions, ExternalOptions, ExternalStats};
use std::sync::Arc;
use std::time::Duration;

/// The basic fixture with every translation present, so only what a test plants is found.
fn complete() -> TestSite {
    let site = TestSite::fixture("basic");
    site.edit("site.yaml", "theme: plain", "theme: plain\ntranslations: off");
    site
}

/// Quick settings for a server on this machine.
fn quick(cache: Option<std::path::PathBuf>) -> ExternalOptions {
    ExternalOptions {
        timeout: Duration::from_secs(1),
        retry_wait: Duration::from_millis(20),
        cache,
        ..ExternalOptions::default()
    }
}

fn check(site: &TestSite, external: ExternalOptions) -> (Vec<(String, String, String)>, ExternalStats) {
    let report = savoirs::check::run(&CheckOptions {
        build: site.options(),
        ends_within_days: 14,
        external: Some(external),
    })
    .unwrap();
    let found = report
        .problems
        .iter()
        .map(|p| {
            (
                p.severity.as_str().to_string(),
                p.code.to_string(),
                p.location.to_string(),
            )
        })
        .collect();
    (found, report.external.unwrap())
}

fn triples(list: &[(&str, &str, String)]) -> Vec<(String, String, String)> {
    list.iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.clone()))
        .collect()
}

/// 1-based column of `needle` in `line`, in characters as editors count them.
fn column(line: &str, needle: &str) -> usize {
    line[..line.find(needle).unwrap()].chars().count() + 1
}

/// A port on which nothing listens.
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn every_kind_of_answer_is_reported_where_the_link_is() {
    let web = Partner::start();
    // Refusing HEAD changes how its host is asked next: a host of its own keeps counts exact.
    let refusing = Partner::start();
    let site = complete();
    let first = format!(
        "[Le programme]({}) et [la carte]({}).",
        web.url("/ok#horaires"),
        web.url("/missing")
    );
    let second = format!(
        "[Ancienne adresse]({}) · [Inscription]({}) · [Boucle]({})",
        web.url("/old"),
        web.url("/temporary"),
        web.url("/loop")
    );
    let third = format!(
        "[Sans HEAD]({}) · [Occupé]({}) · [Lent]({})",
        refusing.url("/no-head"),
        web.url("/busy"),
        web.url("/slow")
    );
    let picture = format!("![Plan du quartier]({})", web.url("/bad-head"));
    let closed = format!(
        "[Fermé](http://127.0.0.1:{}/) et [Courriel](mailto:info@lausanne.ch)",
        closed_port()
    );
    site.file(
        "content/pages/contact.fr.md",
        format!("---\ntitle: Contact\n---\n{first}\n\n{second}\n\n{third}\n\n{picture}\n\n{closed}\n"),
    );
    site.edit(
        "content/offers/chess.fr.md",
        "price: 25",
        &format!("price: 25\nregistration: {}", web.url("/missing")),
    );

    let (found, stats) = check(&site, quick(None));
    let page = "content/pages/contact.fr.md";
    assert_eq!(
        found,
        triples(&[
            (
                "warning",
                "broken-external-link",
                "content/offers/chess.fr.md:14:15".into()
            ),
            (
                "warning",
                "broken-external-link",
                format!("{page}:4:{}", column(&first, "[la carte]"))
            ),
            ("warning", "moved-external-link", format!("{page}:6:1")),
            (
                "warning",
                "unreachable-external-link",
                format!("{page}:6:{}", column(&second, "[Boucle]"))
            ),
            (
                "warning",
                "unreachable-external-link",
                format!("{page}:8:{}", column(&third, "[Lent]"))
            ),
            ("warning", "unreachable-external-link", format!("{page}:12:1")),
        ])
    );
    assert_eq!(
        stats,
        ExternalStats {
            addresses: 10,
            cached: 0,
            requested: 10
        }
    );
    // Once per address, however many files use it; the fragment is not part of the address.
    assert_eq!(
        web.hits("/missing"),
        ["HEAD", "GET"],
        "a failed HEAD is confirmed by GET"
    );
    assert_eq!(refusing.hits("/no-head"), ["HEAD", "GET"], "405 to HEAD: GET");
    assert_eq!(
        web.hits("/bad-head"),
        ["HEAD", "GET"],
        "a picture is checked like a link"
    );
    assert_eq!(
        web.hits("/busy"),
        ["HEAD", "HEAD"],
        "429, then asked again after a wait"
    );
    assert_eq!(web.hits("/slow").len(), 3, "a timeout is tried twice more");
    assert_eq!(web.hits("/temporary"), ["HEAD"], "temporary redirects are not reported");
}

#[test]
fn a_host_that_refuses_head_is_asked_with_get_from_then_on() {
    let web = Partner::start();
    let links: String = (1..=3)
        .map(|i| format!("[Cours {i}]({})\n\n", web.url(&format!("/no-head/{i}"))))
        .collect();
    let site = complete();
    site.file(
        "content/pages/contact.fr.md",
        format!("---\ntitle: Contact\n---\n{links}"),
    );
    let one_at_a_time = ExternalOptions {
        per_host: 1,
        ..quick(None)
    };
    let (found, _) = check(&site, one_at_a_time);
    assert!(found.is_empty(), "{found:?}");
    let methods: Vec<String> = (1..=3).flat_map(|i| web.hits(&format!("/no-head/{i}"))).collect();
    assert_eq!(methods, ["HEAD", "GET", "GET", "GET"]);
}

#[test]
fn messages_say_what_happened_and_how_to_fix_it() {
    let web = Partner::start();
    let site = complete();
    site.file(
        "content/pages/contact.fr.md",
        format!("---\ntitle: Contact\n---\n[Ancienne adresse]({})\n", web.url("/old")),
    );
    site.edit(
        "content/offers/chess.fr.md",
        "price: 25",
        &format!("price: 25\nregistration: {}", web.url("/missing")),
    );
    let problems = savoirs::check::check(&CheckOptions {
        build: site.options(),
        ends_within_days: 14,
        external: Some(quick(None)),
    })
    .unwrap();
    let texts: Vec<(String, String)> = problems
        .iter()
        .map(|p| (p.message.clone(), p.help.clone().unwrap_or_default()))
        .collect();
    assert_eq!(
        texts,
        [
            (
                format!("`{}` answers 404 Not Found", web.url("/missing")),
                "the page is gone: find its new address on the partner's site, or remove the link".to_string()
            ),
            (
                format!("`{}` has moved permanently to `{}`", web.url("/old"), web.url("/ok")),
                format!(
                    "replace the address with `{}`: the old one may stop working",
                    web.url("/ok")
                )
            ),
        ]
    );
}

#[test]
fn working_links_come_from_the_cache_until_it_expires() {
    let web = Partner::start();
    let site = complete();
    site.file(
        "content/pages/contact.fr.md",
        format!(
            "---\ntitle: Contact\n---\n[Le programme]({}) et [la carte]({}).\n",
            web.url("/ok"),
            web.url("/missing")
        ),
    );
    let cache = site.root.join(".savoirs/link-cache.json");
    let (first, stats) = check(&site, quick(Some(cache.clone())));
    assert_eq!((stats.cached, stats.requested), (0, 2));
    assert_eq!(web.hits("/ok"), ["HEAD"]);
    assert!(cache.exists());
    let ignore = std::fs::read_to_string(site.root.join(".savoirs/.gitignore")).unwrap();
    assert!(
        ignore.lines().any(|l| l == "*"),
        "the cache folder ignores itself in git"
    );

    let (second, stats) = check(&site, quick(Some(cache.clone())));
    assert_eq!(second, first, "the same findings");
    assert_eq!((stats.cached, stats.requested), (1, 1));
    assert_eq!(web.hits("/ok"), ["HEAD"], "a fresh working link is not asked again");
    assert_eq!(web.hits("/missing").len(), 4, "a broken one is, every run");

    let expired = ExternalOptions {
        max_age: Duration::ZERO,
        ..quick(Some(cache))
    };
    let (_, stats) = check(&site, expired);
    assert_eq!((stats.cached, stats.requested), (0, 2));
    assert_eq!(web.hits("/ok"), ["HEAD", "HEAD"], "an expired entry is asked again");
}

#[test]
fn requests_stay_within_the_limits_overall_and_per_host() {
    let all = Arc::new(InFlight::default());
    let (a, b) = (
        Partner::start_counting_with(Arc::clone(&all)),
        Partner::start_counting_with(Arc::clone(&all)),
    );
    let links: String = (1..=6)
        .map(|i| {
            format!(
                "[Atelier {i}]({}) [Cours {i}]({})\n\n",
                a.url(&format!("/wait/{i}")),
                b.url(&format!("/wait/{i}"))
            )
        })
        .collect();
    let site = complete();
    site.file(
        "content/pages/contact.fr.md",
        format!("---\ntitle: Contact\n---\n{links}"),
    );
    let limits = ExternalOptions {
        concurrency: 3,
        per_host: 2,
        ..quick(None)
    };
    let (found, stats) = check(&site, limits);
    assert!(found.is_empty(), "every link works: {found:?}");
    assert_eq!(stats.requested, 12);
    assert_eq!((a.total(), b.total()), (6, 6));
    assert!(all.most() <= 3, "at most 3 at once, saw {}", all.most());
    assert!(all.most() >= 2, "requests do run side by side, saw {}", all.most());
    assert!(a.in_flight.most() <= 2 && b.in_flight.most() <= 2, "at most 2 per host");
}

#[test]
fn without_the_option_no_request_is_made() {
    let web = Partner::start();
    let site = complete();
    site.file(
        "content/pages/contact.fr.md",
        format!("---\ntitle: Contact\n---\n[la carte]({})\n", web.url("/missing")),
    );
    assert!(site.check().is_empty());
    let (code, _, stderr) = site.run(&["check"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("external links"), "{stderr}");
    assert_eq!(web.total(), 0);
    assert!(!site.root.join(".savoirs").exists(), "no cache either");
}

#[test]
fn the_command_line_reports_in_json_and_keeps_a_cache() {
    let web = Partner::start();
    let site = complete();
    let body = format!(
        "Voir [le programme]({}) et [la carte]({}).",
        web.url("/ok"),
        web.url("/missing")
    );
    site.file(
        "content/pages/contact.fr.md",
        format!("---\ntitle: Contact\n---\n{body}\n"),
    );
    let args = ["check", "--external", "--external-timeout", "2", "--format", "json"];
    let (code, stdout, stderr) = site.run(&args);
    assert_eq!(code, 0, "external failures are warnings: {stderr}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    let line = &lines[0];
    assert_eq!(line["file"], "content/pages/contact.fr.md");
    assert_eq!(
        (line["line"].as_u64(), line["column"].as_u64()),
        (Some(4), Some(column(&body, "[la carte]") as u64))
    );
    assert_eq!(line["severity"], "warning");
    assert_eq!(line["code"], "broken-external-link");
    assert_eq!(
        line["message"],
        format!("`{}` answers 404 Not Found", web.url("/missing"))
    );
    assert!(
        stderr.contains("external links: 2 addresses, 0 from the cache, 2 asked\ncheck: 0 errors, 1 warning"),
        "{stderr}"
    );
    assert!(site.root.join(".savoirs/link-cache.json").exists());

    let (code, _, stderr) = site.run(&["check", "--external", "--deny-warnings"]);
    assert_eq!(code, 2, "--deny-warnings makes them count: {stderr}");
    assert!(stderr.contains("1 from the cache, 1 asked"), "{stderr}");
    assert_eq!(web.hits("/ok"), ["HEAD"], "the second run took it from the cache");
}
