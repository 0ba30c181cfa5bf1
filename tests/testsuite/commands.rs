//! `savoirs new` (scaffolds that build once filled, never overwriting, key validation) and
//! `savoirs schema` (the shipped content validates against it, mistakes do not).

use crate::support::{TestSite, problems, today};
use savoirs::scaffold::{self, Created, Kind, NewOptions};
use std::path::Path;

fn new(site: &TestSite, kind: Kind, key: &str) -> savoirs::Result<Created> {
    scaffold::create(&NewOptions {
        root: site.root.clone(),
        kind,
        key: key.to_string(),
        today: Some(today()),
    })
}

/// Fills the blanks a scaffold leaves, as an editor would.
fn fill(site: &TestSite, rel: &str) {
    let text = std::fs::read_to_string(site.root.join(rel)).unwrap();
    let mut out = String::new();
    for line in text.lines() {
        let line = match line {
            "title: \"\"" => "title: Club de test",
            "summary: \"\"" => "summary: Un club pour essayer savoirs new.",
            "pillars: []" => "pillars: [quality]",
            "neighbourhoods: []" => "neighbourhoods: [centre]",
            "provider: \"\"" => "provider: Bibliothèque de test",
            other => other,
        };
        out.push_str(line);
        out.push('\n');
    }
    site.file(rel, out);
}

fn rel_paths(site: &TestSite, created: &Created) -> Vec<String> {
    created
        .written
        .iter()
        .map(|p| p.strip_prefix(&site.root).unwrap().to_string_lossy().replace('\\', "/"))
        .collect()
}

#[test]
fn new_offer_once_filled_builds() {
    let site = TestSite::fixture("basic");
    let created = new(&site, Kind::Offer, "club-test").unwrap();
    assert_eq!(
        rel_paths(&site, &created),
        ["content/offers/club-test.fr.md", "content/offers/club-test.en.md"]
    );
    // The fixture has no scaffolds of its own: the built-in ones are used, and the output says so.
    assert_eq!(created.notes.len(), 2, "{:?}", created.notes);
    assert!(created.notes[0].contains("locales/fr/scaffold/offer.md"));
    let fr = std::fs::read_to_string(site.root.join("content/offers/club-test.fr.md")).unwrap();
    assert!(fr.contains("# OBLIGATOIRE."), "French comments in the French file");
    assert!(fr.contains("« club-test »"), "{{key}} is replaced");
    // Unfilled, the build says what is missing.
    let codes: Vec<String> = problems(&site.build_err()).into_iter().map(|(c, _)| c).collect();
    assert!(codes.contains(&"empty-field".to_string()), "{codes:?}");
    assert!(codes.contains(&"empty-list".to_string()), "{codes:?}");
    for rel in ["content/offers/club-test.fr.md", "content/offers/club-test.en.md"] {
        fill(&site, rel);
    }
    site.build();
    assert!(site.exists("fr/offres/club-test/index.html"));
    assert!(site.exists("en/offers/club-test/index.html"));
}

#[test]
fn new_never_overwrites_and_writes_nothing_when_one_language_exists() {
    let site = TestSite::fixture("basic");
    site.file("content/offers/club.en.md", "---\ntitle: Mine\n---\n");
    let err = new(&site, Kind::Offer, "club").unwrap_err();
    assert_eq!(
        problems(&err),
        [("file-exists".to_string(), "content/offers/club.en.md".to_string())]
    );
    assert!(!site.root.join("content/offers/club.fr.md").exists(), "no file written");
    assert_eq!(
        std::fs::read_to_string(site.root.join("content/offers/club.en.md")).unwrap(),
        "---\ntitle: Mine\n---\n"
    );
    // Through the binary: exit code 1 and the reason.
    let (code, stdout, stderr) = site.run(&["new", "offer", "club"]);
    assert_eq!(code, 1);
    assert_eq!(stdout, "");
    assert!(stderr.contains("error[file-exists]"), "{stderr}");
    assert!(stderr.contains("no file was written"), "{stderr}");
}

#[test]
fn new_validates_the_key() {
    let site = TestSite::fixture("basic");
    let err = new(&site, Kind::Offer, "Café Littéraire").unwrap_err();
    let p = err.problems()[0];
    assert_eq!(p.code, "bad-key");
    assert_eq!(p.help.as_deref(), Some("use `cafe-litteraire`"));
    let err = new(&site, Kind::News, "../../etc/passwd").unwrap_err();
    assert_eq!(err.problems()[0].code, "bad-key");
    let err = new(&site, Kind::Page, "infos/contact").unwrap_err();
    assert_eq!(err.problems()[0].code, "nested-key");
    let err = new(&site, Kind::Offer, "page/club").unwrap_err();
    assert_eq!(err.problems()[0].code, "reserved-key");
    assert!(!site.root.join("content/offers/page").exists());
    // Folders are allowed for offers and news.
    let created = new(&site, Kind::News, "2027/fete").unwrap();
    assert_eq!(
        rel_paths(&site, &created),
        ["content/news/2027/fete.fr.md", "content/news/2027/fete.en.md"]
    );
}

#[test]
fn new_news_is_dated_with_the_build_date() {
    let site = TestSite::fixture("basic");
    new(&site, Kind::News, "fete").unwrap();
    let text = std::fs::read_to_string(site.root.join("content/news/fete.en.md")).unwrap();
    assert!(text.contains("\ndate: 2026-11-21\n"), "{text}");
    // The binary takes the date from SOURCE_DATE_EPOCH (2026-11-21 in Lausanne).
    let (code, stdout, stderr) = site.run(&["new", "news", "autre"]);
    assert_eq!(code, 0, "{stderr}");
    let root = site.root.display();
    assert_eq!(
        stdout,
        format!("created {root}/content/news/autre.fr.md\ncreated {root}/content/news/autre.en.md\n")
    );
    assert!(stderr.contains("next: fill in `title`, `summary`"), "{stderr}");
    let text = std::fs::read_to_string(site.root.join("content/news/autre.fr.md")).unwrap();
    assert!(text.contains("\ndate: 2026-11-21\n"), "{text}");
}

#[test]
fn a_language_without_scaffold_gets_the_default_languages() {
    let site = TestSite::fixture("basic");
    let site_yaml = std::fs::read_to_string(site.root.join("site.yaml")).unwrap();
    site.file(
        "site.yaml",
        format!(
            "{}\n  - code: de\n    locale: de-CH\n    title: Lernstadt\n    sections: {{offers: angebote, news: aktuelles, pillars: saeulen, neighbourhoods: quartiere}}\n",
            site_yaml.trim_end()
        ),
    );
    site.file(
        "locales/fr/scaffold/page.md",
        "---\n# Page {key} ({lang})\ntitle: \"\"\n---\nTexte.\n",
    );
    let created = new(&site, Kind::Page, "aide").unwrap();
    assert_eq!(created.written.len(), 3, "one file per language of site.yaml");
    let de = std::fs::read_to_string(site.root.join("content/pages/aide.de.md")).unwrap();
    assert_eq!(de, "---\n# Page aide (de)\ntitle: \"\"\n---\nTexte.\n");
    assert!(
        created.notes.iter().any(|n| n.contains("locales/de/scaffold/page.md")
            && n.contains("default language's, locales/fr/scaffold/page.md")),
        "{:?}",
        created.notes
    );
    // English has no scaffold in this site either: the site's default one comes before the
    // one built into savoirs.
    let en = std::fs::read_to_string(site.root.join("content/pages/aide.en.md")).unwrap();
    assert_eq!(en, "---\n# Page aide (en)\ntitle: \"\"\n---\nTexte.\n");
    assert_eq!(created.notes.len(), 2, "{:?}", created.notes);
    // Without any scaffold in the site, a language savoirs has none for gets the built-in one of
    // the default language.
    site.remove("locales/fr/scaffold/page.md");
    let created = new(&site, Kind::Page, "autre").unwrap();
    let de = std::fs::read_to_string(site.root.join("content/pages/autre.de.md")).unwrap();
    assert!(de.contains("# OBLIGATOIRE."), "{de}");
    assert!(
        created
            .notes
            .iter()
            .any(|n| n.contains("locales/de/scaffold/page.md") && n.contains("the `fr` one built into savoirs")),
        "{:?}",
        created.notes
    );
}

#[test]
fn filled_scaffolds_of_every_kind_build_with_the_shipped_site() {
    let site = TestSite::shipped();
    for (kind, key) in [
        (Kind::Offer, "club-test"),
        (Kind::News, "fete-test"),
        (Kind::Page, "aide-test"),
    ] {
        let created = new(&site, kind, key).unwrap();
        assert!(
            created.notes.is_empty(),
            "the shipped site has every scaffold: {:?}",
            created.notes
        );
        for rel in rel_paths(&site, &created) {
            fill(&site, &rel);
        }
    }
    site.build();
    for page in [
        "fr/offres/club-test/index.html",
        "en/offers/club-test/index.html",
        "fr/actualites/fete-test/index.html",
        "en/news/fete-test/index.html",
        "fr/aide-test/index.html",
        "en/aide-test/index.html",
    ] {
        assert!(site.exists(page), "{page}");
    }
}

// --- savoirs schema -------------------------------------------------------------------------

fn validator(kind: savoirs::schema::Kind) -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&savoirs::schema::to_json(Some(kind))).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

/// The front matter of a content file, as JSON.
fn front_matter(text: &str) -> serde_json::Value {
    let yaml = text.strip_prefix("---\n").unwrap().split("\n---\n").next().unwrap();
    serde_yaml::from_str(yaml).unwrap()
}

fn errors(validator: &jsonschema::Validator, instance: &serde_json::Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn content_files(section: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content").join(section);
    let files: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    assert!(files.len() > 10, "content/{section} has its files");
    files
}

#[test]
fn shipped_front_matter_validates_against_the_schema() {
    let both: serde_json::Value = serde_json::from_str(&savoirs::schema::to_json(None)).unwrap();
    let both = jsonschema::options()
        .should_validate_formats(true)
        .build(&both)
        .unwrap();
    for (section, kind) in [
        ("offers", savoirs::schema::Kind::Offer),
        ("news", savoirs::schema::Kind::News),
    ] {
        let validator = validator(kind);
        for path in content_files(section) {
            let instance = front_matter(&std::fs::read_to_string(&path).unwrap());
            let errs = errors(&validator, &instance);
            assert!(errs.is_empty(), "{}: {errs:?}", path.display());
            assert!(both.is_valid(&instance), "{}: the combined schema", path.display());
        }
    }
    // The combined document accepts either kind, but not a mix of the two.
    let mixed = front_matter("---\ntitle: Club\ndate: 2026-09-08\nsummary: Lire.\nprovider: UNIL\n---\n");
    assert!(!both.is_valid(&mixed));
}

#[test]
fn schema_rejects_a_typo_a_bad_date_and_a_bad_value() {
    let news = validator(savoirs::schema::Kind::News);
    let good = front_matter("---\ntitle: Fête\ndate: 2026-09-08\nsummary: Une fête.\nimage:\n---\n");
    assert!(errors(&news, &good).is_empty(), "{:?}", errors(&news, &good));
    let typo = front_matter("---\ntitle: Fête\ndate: 2026-09-08\nsummary: Une fête.\ntitel: x\n---\n");
    assert!(!errors(&news, &typo).is_empty());
    for date in ["08.09.2026", "2026-02-30", "2026-9-8"] {
        let bad = front_matter(&format!("---\ntitle: Fête\ndate: {date}\nsummary: Une fête.\n---\n"));
        assert!(!errors(&news, &bad).is_empty(), "{date} should fail");
    }
    let missing = front_matter("---\ntitle: Fête\nsummary: Une fête.\n---\n");
    assert!(!errors(&news, &missing).is_empty(), "date is required");

    let offer = validator(savoirs::schema::Kind::Offer);
    let base = "title: Club\nsummary: Lire.\npillars: [quality]\nneighbourhoods: [centre]\nprovider: UNIL\n";
    let ok = front_matter(&format!("---\n{base}price: 12.50\nage: \"65+\"\nmode: mixed\n---\n"));
    assert!(errors(&offer, &ok).is_empty(), "{:?}", errors(&offer, &ok));
    for extra in [
        "mode: onlin",
        "price: cheap",
        "age: old",
        "sessions:\n  - start: 2026-03-03 25:00\n    end: 2026-03-03 26:00",
        "location:\n  nom: Chauderon",
        "registration: www.lausanne.ch",
        "languages: [french]",
    ] {
        let bad = front_matter(&format!("---\n{base}{extra}\n---\n"));
        assert!(!errors(&offer, &bad).is_empty(), "`{extra}` should fail");
    }
    let empty =
        front_matter("---\ntitle: Club\nsummary: Lire.\npillars: []\nneighbourhoods: [centre]\nprovider: UNIL\n---\n");
    assert!(!errors(&offer, &empty).is_empty(), "pillars needs one key");
}

#[test]
fn a_filled_scaffold_validates_against_the_schema() {
    let site = TestSite::fixture("basic");
    for (kind, schema_kind) in [
        (Kind::Offer, savoirs::schema::Kind::Offer),
        (Kind::News, savoirs::schema::Kind::News),
    ] {
        let created = new(&site, kind, "schema-test").unwrap();
        let validator = validator(schema_kind);
        for rel in rel_paths(&site, &created) {
            let unfilled = front_matter(&std::fs::read_to_string(site.root.join(&rel)).unwrap());
            assert!(
                !errors(&validator, &unfilled).is_empty(),
                "{rel}: blanks are invalid until filled"
            );
            fill(&site, &rel);
            let filled = front_matter(&std::fs::read_to_string(site.root.join(&rel)).unwrap());
            assert!(
                errors(&validator, &filled).is_empty(),
                "{rel}: {:?}",
                errors(&validator, &filled)
            );
        }
    }
}

#[test]
fn schema_command_prints_json() {
    let run = |args: &[&str]| -> serde_json::Value {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_savoirs"))
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let offer = run(&["schema", "offer"]);
    assert_eq!(offer["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(offer["title"], "Offer front matter");
    assert!(offer["properties"]["provider"]["description"].is_string());
    let news = run(&["schema", "news"]);
    assert_eq!(news["title"], "News front matter");
    let both = run(&["schema"]);
    assert!(both["$defs"]["OfferFrontMatter"].is_object());
    assert!(both["$defs"]["NewsFrontMatter"].is_object());
}
