//! Properties that must hold for any input, checked on random inputs (proptest): parsing and
//! rendering never panic, raw HTML and script links never get through, generated URLs stay
//! inside the output folder, escaping round-trips, French typography is idempotent and never
//! touches code, URLs or attributes. `PROPTEST_CASES=100000 cargo test --test testsuite
//! properties` runs them longer; `fuzz/` has the same targets for coverage-guided fuzzing.

use proptest::prelude::*;
use savoirs::render::typography::{self, Punctuation};
use savoirs::source::{Section, SourceFile};
use std::path::PathBuf;

/// 300 cases per property in `cargo test`; `PROPTEST_CASES` runs more.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300)
}

fn source(section: Section, text: String) -> SourceFile {
    SourceFile {
        path: PathBuf::from("content/offers/x.fr.md"),
        section,
        key: "x".into(),
        lang: 0,
        text: text.into(),
        stamp: Default::default(),
    }
}

/// Front matter made of plausible and implausible lines.
fn front_matter() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("title: Titre".to_string()),
        Just("summary: Résumé court.".to_string()),
        Just("pillars: [quality]".to_string()),
        Just("neighbourhoods: [centre]".to_string()),
        Just("provider: UPL".to_string()),
        Just("price: 12.50".to_string()),
        Just("sessions:\n  - start: 2026-03-03T14:30\n    end: 2026-03-03T16:00".to_string()),
        Just("age: \"7-12\"".to_string()),
        Just("a: &a [1, *a]".to_string()),
        "[a-z_]{1,12}: [^\n]{0,40}".prop_map(|s| s),
        "[^\n]{0,60}".prop_map(|s| s),
    ];
    (proptest::collection::vec(line, 0..12), any::<bool>(), "[^\u{0}]{0,200}").prop_map(|(lines, closed, body)| {
        let mut s = String::from("---\n");
        s.push_str(&lines.join("\n"));
        s.push('\n');
        if closed {
            s.push_str("---\n");
        }
        s.push_str(&body);
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn parsing_any_file_returns_a_document_or_located_problems(text in front_matter(), raw in "\\PC{0,300}") {
        for t in [text, raw] {
            for section in [Section::Offers, Section::News, Section::Pages, Section::Home] {
                if let Err(e) = savoirs::document::parse(source(section, t.clone())) {
                    for p in e.problems() {
                        prop_assert_eq!(p.location.path.to_str(), Some("content/offers/x.fr.md"));
                    }
                }
            }
        }
    }

    #[test]
    fn markdown_never_lets_raw_html_or_script_links_through(md in "(\\PC|[<>\\[\\]()!`*#:\n ])*{0,400}", url in "(javascript|JAVASCRIPT|data|vbscript|java\\tscript):[a-z(),]{0,20}") {
        let text = format!("{md}\n\n[x]({url}) ![y]({url}) <script>alert(1)</script> <a href=\"{url}\">z</a>");
        let out = savoirs::markdown::render(&text, false, &|_| None);
        let lower = out.html.to_lowercase();
        prop_assert!(!lower.contains("<script"), "{}", out.html);
        // Only real tags count: escaped text such as `&lt;a href="javascript:"&gt;` is harmless.
        for tag in ["<a href=\"", "<img src=\""] {
            for part in lower.split(tag).skip(1) {
                let dest: String = part.chars().take_while(|c| *c != '"').filter(|c| !c.is_whitespace()).collect();
                prop_assert!(!["javascript:", "data:", "vbscript:"].iter().any(|s| dest.starts_with(s)), "{}", out.html);
            }
        }
    }

    #[test]
    fn keys_that_pass_validation_cannot_leave_the_output_folder(
        key in "\\PC{0,40}",
        // Reserved names and long titles were found by fuzzing.
        any_text in prop_oneof!["\\PC{0,40}", "[a-z ]{100,300}", Just("\u{f}\0con\0".to_string())],
    ) {
        if savoirs::slug::is_valid_key(&key) {
            let url = format!("/fr/offres/{key}/");
            let path = std::path::Path::new(&url);
            prop_assert!(path.components().all(|c| matches!(c, std::path::Component::RootDir | std::path::Component::Normal(_))));
            prop_assert!(!key.contains('\\') && !key.contains('\0') && !key.split('/').any(|p| p == ".." || p == "." || p.is_empty()));
        }
        let suggested = savoirs::slug::suggest(&any_text);
        prop_assert!(savoirs::slug::is_valid_segment(&suggested), "{} -> {}", any_text, suggested);
    }

    #[test]
    fn html_escaping_round_trips(text in "\\PC{0,200}") {
        // The escaping every template value goes through.
        let mut buf = Vec::new();
        tera::escape_html(&text, &mut buf).unwrap();
        let escaped = String::from_utf8(buf).unwrap();
        prop_assert!(!escaped.contains(['<', '>', '"']));
        let back = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
        prop_assert_eq!(back, text);
    }

    #[test]
    fn typography_is_idempotent_and_leaves_code_urls_and_attributes_alone(
        words in proptest::collection::vec(prop_oneof![
            "[a-zà-ü]{1,8}".prop_map(|s| s),
            Just("?".to_string()), Just("!".to_string()), Just(":".to_string()), Just(";".to_string()),
            Just("«".to_string()), Just("»".to_string()), Just("14:30".to_string()), Just("25 CHF".to_string()),
            Just("&amp;".to_string()), Just("&#x27;".to_string()), Just("12 h".to_string()),
            // Found by fuzzing: units before punctuation, a URL after «, a `;` that is no entity's.
            Just("0 ans»!".to_string()), Just("5 CHF:\u{0}25".to_string()), Just("« www.!«".to_string()),
            Just("&#\u{10} ;".to_string()),
        ], 0..30),
        code in "[a-z ?:;!]{0,20}",
        href in "https://[a-z]{1,8}\\.ch/[a-z?:=&;]{0,12}",
    ) {
        let text = words.join(" ");
        let html = format!("<p>{text} <code>{code}</code> <a href=\"{href}\" title=\"{code}\">{href}</a> <span lang=\"en\">{text}</span></p>");
        for style in [Punctuation::Spaced, Punctuation::Tight] {
            let once = typography::apply(&html, style);
            prop_assert_eq!(typography::apply(&once, style), once.clone(), "not idempotent");
            let code_part = format!("<code>{code}</code>");
            let link_part = format!("<a href=\"{href}\" title=\"{code}\">{href}</a>");
            let english_part = format!("<span lang=\"en\">{text}</span>");
            prop_assert!(once.contains(&code_part), "code changed: {}", once);
            prop_assert!(once.contains(&link_part), "link changed: {}", once);
            prop_assert!(once.contains(&english_part), "English changed: {}", once);
        }
    }
}
