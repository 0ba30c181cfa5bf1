//! `savoirs check --external`: links to other sites asked over HTTP (a partner site on
//! 127.0.0.1 stands for the web), each failure reported where the link is, once per address,
//! within the limits, from the cache when fresh, and never without the option.

mod partner;
mod runs;

use crate::support::TestSite;
use partner::Partner;
use savoirs::check::{CheckOptions, ExternalOptions, ExternalStats};
use std::time::Duration;

/// The basic fixture with every translation present, so only what a test plants is found.
fn complete() -> TestSite {
    let site = TestSite::fixture("basic");
    site.edit("site.yaml", "theme: plain", "theme: plain\ntranslations: off");
    site
}

/// Quick settings for a server on this machine (which is refused unless allowed).
fn quick(cache: Option<std::path::PathBuf>) -> ExternalOptions {
    ExternalOptions {
        timeout: Duration::from_secs(1),
        retry_wait: Duration::from_millis(20),
        cache,
        allow_private: true,
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
fn this_machine_and_private_networks_are_reported_not_asked() {
    let web = Partner::start();
    let site = complete();
    let by_name = web.url("/ok").replace("127.0.0.1", "localhost");
    site.file(
        "content/pages/contact.fr.md",
        format!(
            "---\ntitle: Contact\n---\n[Le programme]({})\n\n[Le plan]({by_name})\n\n[Le routeur](http://192.168.1.1/)\n",
            web.url("/ok")
        ),
    );
    let defaults = ExternalOptions {
        allow_private: false,
        ..quick(None)
    };
    let problems = savoirs::check::check(&CheckOptions {
        build: site.options(),
        ends_within_days: 14,
        external: Some(defaults),
    })
    .unwrap();
    let found: Vec<(&str, String)> = problems.iter().map(|p| (p.code, p.location.to_string())).collect();
    assert_eq!(
        found,
        [
            (
                "unreachable-external-link",
                "content/pages/contact.fr.md:4:1".to_string()
            ),
            (
                "unreachable-external-link",
                "content/pages/contact.fr.md:6:1".to_string()
            ),
            (
                "unreachable-external-link",
                "content/pages/contact.fr.md:8:1".to_string()
            ),
        ]
    );
    assert_eq!(
        problems[1].message,
        format!(
            "`{by_name}` could not be reached: `localhost` leads to a private or local network address, which visitors cannot reach; not asked"
        )
    );
    assert!(
        problems.iter().all(|p| p
            .message
            .ends_with("a private or local network address, which visitors cannot reach; not asked")),
        "{problems:?}"
    );
    assert_eq!(web.total(), 0, "nothing was asked");
}
