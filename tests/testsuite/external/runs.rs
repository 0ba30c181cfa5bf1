//! Whole runs of the external check: the cache across runs, the limits on requests at once,
//! nothing asked without the option, and the command line's output and exit codes.

use super::partner::{InFlight, Partner};
use super::{check, column, complete, quick};
use savoirs::check::ExternalOptions;
use std::sync::Arc;
use std::time::Duration;

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
    let args = [
        "check",
        "--external",
        "--external-allow-private",
        "--external-timeout",
        "2",
        "--format",
        "json",
    ];
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

    let (code, _, stderr) = site.run(&["check", "--external", "--external-allow-private", "--deny-warnings"]);
    assert_eq!(code, 2, "--deny-warnings makes them count: {stderr}");
    assert!(stderr.contains("1 from the cache, 1 asked"), "{stderr}");
    assert_eq!(web.hits("/ok"), ["HEAD"], "the second run took it from the cache");
}
