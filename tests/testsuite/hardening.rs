//! Hostile and broken input, and builds killed midway: every bad input is a clear error and
//! leaves the previous site as it was.

use crate::support::{TestSite, problems};

/// The problems of a build broken by `break_it`, after checking that it left everything as it was.
fn codes(site: &TestSite, break_it: impl FnOnce(&TestSite)) -> Vec<(String, String)> {
    problems(&site.fails_keeping_output(break_it))
}

#[test]
fn a_body_nested_ten_thousand_levels_deep_builds() {
    let site = TestSite::fixture("basic");
    let body = format!("{}deep\n\n{}x\n", "> ".repeat(10_000), "- ".repeat(5_000));
    site.file(
        "content/pages/contact.fr.md",
        format!("---\ntitle: Contact\n---\n{body}"),
    );
    site.build();
    assert!(site.read("fr/contact/index.html").contains("deep"));
}

#[test]
fn yaml_alias_bombs_are_refused_not_expanded() {
    let site = TestSite::fixture("basic");
    let mut yaml = String::from("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (i, name) in ["b", "c", "d", "e", "f", "g", "h", "i"].iter().enumerate() {
        let prev = ["a", "b", "c", "d", "e", "f", "g", "h"][i];
        yaml.push_str(&format!(
            "{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
        ));
    }
    let err = site.fails_keeping_output(|site| {
        site.file(
            "content/pages/contact.fr.md",
            format!("---\ntitle: Bombe\n{yaml}---\nx\n"),
        );
    });
    assert_eq!(
        err.problems()[0].location.path.to_str(),
        Some("content/pages/contact.fr.md"),
        "{err}"
    );
}

#[test]
fn tabs_and_very_long_strings() {
    let site = TestSite::fixture("basic");
    let found = codes(&site, |site| {
        site.file(
            "content/pages/contact.fr.md",
            "---\ntitle: Contact\n\torder: 2\n---\nx\n",
        );
    });
    assert_eq!(
        found,
        [("yaml".to_string(), "content/pages/contact.fr.md:3:1".to_string())]
    );
    site.file(
        "content/pages/contact.fr.md",
        format!("---\ntitle: {}\n---\n{}\n", "a".repeat(100_000), "mot ".repeat(200_000)),
    );
    site.build();
}

#[test]
fn an_oversized_file_is_refused_by_its_size() {
    let site = TestSite::fixture("basic");
    let found = codes(&site, |site| {
        site.file(
            "content/pages/contact.fr.md",
            format!("---\ntitle: Gros\n---\n{}", "x".repeat(50_000_000)),
        );
    });
    assert_eq!(
        found,
        [("file-too-large".to_string(), "content/pages/contact.fr.md".to_string())]
    );
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_site_and_loops_are_errors() {
    let site = TestSite::fixture("basic");
    let found = codes(&site, |site| {
        let outside = site.root.parent().unwrap().join("secret.fr.md");
        std::fs::write(&outside, "---\ntitle: Secret\n---\nsecret\n").unwrap();
        std::os::unix::fs::symlink(&outside, site.root.join("content/pages/leak.fr.md")).unwrap();
        std::os::unix::fs::symlink(
            site.root.join("content/pages/loop-b"),
            site.root.join("content/pages/loop-a"),
        )
        .unwrap();
        std::os::unix::fs::symlink(
            site.root.join("content/pages/loop-a"),
            site.root.join("content/pages/loop-b"),
        )
        .unwrap();
    });
    assert!(
        found.contains(&("symlink-outside".to_string(), "content/pages/leak.fr.md".to_string())),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(c, p)| c == "symlink-broken" && p.starts_with("content/pages/loop-")),
        "{found:?}"
    );
}

#[test]
fn windows_reserved_names_and_odd_characters_cannot_become_urls() {
    for name in ["con", "aux", "lpt1", "caf\u{e9}", "a\u{7}b", "\u{2024}\u{2024}"] {
        let site = TestSite::fixture("basic");
        let found = codes(&site, |site| {
            site.file(&format!("content/pages/{name}.fr.md"), "---\ntitle: X\n---\n");
        });
        assert_eq!(found.len(), 1, "{name:?}: {found:?}");
        assert_eq!(found[0].0, "bad-key", "{name:?}");
    }
}

#[test]
fn includes_that_recurse_are_stopped_with_an_error() {
    let site = TestSite::fixture("basic");
    let err = site.fails_keeping_output(|site| {
        site.file("themes/plain/templates/loop.html", "{% include \"loop.html\" %}");
        site.edit(
            "themes/plain/templates/page.html",
            "{% block content %}",
            "{% block content %}{% include \"loop.html\" %}",
        );
    });
    assert_eq!(err.problems()[0].code, "template", "{err}");
    assert!(err.to_string().to_lowercase().contains("include"), "{err}");
}

/// Kills builds at many moments; `public/` must always be the whole old site or the whole new
/// one, never missing, partial or mixed.
#[cfg(unix)]
#[test]
fn a_build_killed_at_any_moment_leaves_the_old_site_or_the_new_one() {
    let site = TestSite::fixture("basic");
    for n in 0..400 {
        site.file(
            &format!("content/offers/bulk-{n:03}.fr.md"),
            format!("---\ntitle: Offre {n}\nsummary: S.\npillars: [quality]\nneighbourhoods: [centre]\nprovider: P\n---\n{}\n", "Texte. ".repeat(200)),
        );
    }
    site.build();
    let listing = |site: &TestSite| site.listing();
    let old = listing(&site);
    site.edit("content/home.fr.md", "Intro FR.", "Intro FR, nouvelle version.");
    site.file(
        "content/offers/bulk-new.fr.md",
        "---\ntitle: Nouvelle\nsummary: S.\npillars: [quality]\nneighbourhoods: [centre]\nprovider: P\n---\n",
    );
    for i in 0..24u64 {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_savoirs"))
            .args(["build", "--root"])
            .arg(&site.root)
            .env("SOURCE_DATE_EPOCH", "1795262400")
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5 + i * i * 2));
        let _ = child.kill();
        let _ = child.wait();
        let now = listing(&site);
        assert!(!now.is_empty(), "kill {i}: public/ is missing");
        let home = site.read("fr/index.html");
        if now.contains(&"fr/offres/bulk-new/index.html".to_string()) {
            assert!(
                home.contains("nouvelle version"),
                "kill {i}: new pages with the old home"
            );
        } else {
            assert_eq!(now, old, "kill {i}: neither the old site nor the new one");
            assert!(!home.contains("nouvelle version"));
        }
    }
    site.build();
    assert!(listing(&site).contains(&"fr/offres/bulk-new/index.html".to_string()));
    let leftovers: Vec<_> = std::fs::read_dir(&site.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn script_and_data_urls_are_refused_in_links_images_and_registration() {
    let site = TestSite::fixture("basic");
    let found = codes(&site, |site| {
        site.edit(
            "content/offers/chess.fr.md",
            "price: 25",
            "price: 25\nregistration: \"javascript:alert(1)\"\nimage: \"data:image/svg+xml,<svg onload=alert(1)>\"\nimage_alt: Un dessin",
        );
        site.file(
            "content/pages/contact.fr.md",
            "---\ntitle: Contact\n---\nA\n\n![i](data:image/png;base64,AAA)\n\n[x](java&#9;script:alert(1))\n\n[y](<VB\tScript:msgbox>)\n",
        );
    });
    let expected = [
        ("bad-url", "content/offers/chess.fr.md:14:15"),
        ("unsafe-url", "content/offers/chess.fr.md:15:8"),
        ("unsafe-link", "content/pages/contact.fr.md:6:1"),
        ("unsafe-link", "content/pages/contact.fr.md:8:1"),
        ("unsafe-link", "content/pages/contact.fr.md:10:1"),
    ];
    let expected: Vec<(String, String)> = expected.iter().map(|(c, l)| (c.to_string(), l.to_string())).collect();
    assert_eq!(found, expected);
}

#[test]
fn a_file_that_is_not_utf8_is_named_with_its_line() {
    let site = TestSite::fixture("basic");
    let found = codes(&site, |site| {
        site.file("content/pages/latin1.fr.md", b"---\ntitle: Caf\xe9\n---\nx\n");
    });
    assert_eq!(
        found,
        [("not-utf8".to_string(), "content/pages/latin1.fr.md:2:11".to_string())]
    );
}

#[test]
fn bom_and_crlf_files_build_like_any_other() {
    let site = TestSite::fixture("basic");
    site.file(
        "content/pages/windows.fr.md",
        "\u{feff}---\r\ntitle: BOM et CRLF\r\norder: 3\r\n---\r\nPremier.\r\n\r\nSecond.\r\n",
    );
    site.build();
    let page = site.read("fr/windows/index.html");
    assert!(page.contains("<title>BOM et CRLF</title>"), "{page}");
    assert!(page.contains("<p>Premier.</p>\n<p>Second.</p>"), "{page}");
    assert!(!page.contains('\r') && !page.contains('\u{feff}'), "{page:?}");
}

#[cfg(unix)]
#[test]
fn theme_folders_may_not_hold_symbolic_links() {
    for folder in ["static", "templates"] {
        let site = TestSite::fixture("basic");
        let outside = site.root.parent().unwrap().join("secret.html");
        let link = site.root.join(format!("themes/plain/{folder}/secret.html"));
        let err = site.fails_keeping_output(|_| {
            std::fs::write(&outside, "TOP-SECRET").unwrap();
            std::fs::create_dir_all(link.parent().unwrap()).unwrap();
            std::os::unix::fs::symlink(&outside, &link).unwrap();
        });
        let text = err.to_string();
        assert!(
            text.starts_with(&format!("{}: symbolic links are not", link.display())),
            "{text}"
        );
    }
}

#[test]
fn a_template_cannot_loop_for_ever() {
    let site = TestSite::fixture("basic");
    let err = site.fails_keeping_output(|site| {
        site.edit(
            "themes/plain/templates/page.html",
            "{% block content %}",
            "{% block content %}{% for i in range(end=100000000000) %}x{% endfor %}",
        );
    });
    let p = err.problems();
    assert_eq!(p.len(), 1, "{err}");
    assert_eq!(p[0].location.to_string(), "themes/plain/templates/page.html:2:32");
    assert!(p[0].message.contains("exceeds the limit of 100000"), "{err}");
}
