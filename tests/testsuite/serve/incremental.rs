//! Rebuilds through the caches give the bytes of a cold build (or its problems), after named
//! changes: an edit, a move to another pillar, a rename, a deleted translation, a template and a
//! Fluent string, a broken file, the `minify` setting, a linked page that moves, an image that
//! changes size; and on the shipped site with its search index, including a stopped index job.

use crate::support::TestSite;
use savoirs::serve::Incremental;
use std::collections::BTreeMap;

type Site = BTreeMap<String, Vec<u8>>;

/// The site as a cold build makes it (in memory), with the site's `static/` files; or its
/// problems as text.
fn cold(site: &TestSite) -> Result<Site, Vec<String>> {
    let rendered = savoirs::render_site(&site.options()).map_err(|e| problems(&e))?;
    let mut files: Site = rendered.outputs.into_iter().map(|o| (o.path, o.bytes)).collect();
    let statics = site.root.join("static");
    for entry in walkdir::WalkDir::new(&statics).into_iter().filter_map(Result::ok) {
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(&statics).unwrap();
            files.insert(
                rel.to_string_lossy().replace('\\', "/"),
                std::fs::read(entry.path()).unwrap(),
            );
        }
    }
    Ok(files)
}

fn problems(e: &savoirs::Error) -> Vec<String> {
    e.to_problems()
        .iter()
        .map(|p| format!("{}: {}", p.location, p.message))
        .collect()
}

fn served(inc: &Incremental) -> Site {
    let files = inc.files().expect("a good build");
    files.iter().map(|(p, b)| (p.clone(), b.as_ref().clone())).collect()
}

/// Rebuilds, and checks the result is what a cold build of the same files gives.
pub(super) fn rebuild_matches_cold(
    site: &TestSite,
    inc: &mut Incremental,
    step: &str,
) -> Option<savoirs::serve::Rebuilt> {
    let rebuilt = inc.rebuild();
    match (cold(site), rebuilt) {
        (Ok(expected), Ok(rebuilt)) => {
            let got = served(inc);
            let paths = |s: &Site| s.keys().cloned().collect::<Vec<_>>();
            assert_eq!(paths(&got), paths(&expected), "{step}: not the same files");
            for (path, bytes) in &expected {
                if got[path] != *bytes {
                    panic!(
                        "{step}: {path} differs from a cold build\n--- served:\n{}\n--- cold:\n{}",
                        String::from_utf8_lossy(&got[path]),
                        String::from_utf8_lossy(bytes)
                    );
                }
            }
            Some(rebuilt)
        }
        (Err(expected), Err(e)) => {
            assert_eq!(problems(&e), expected, "{step}: not the same problems");
            None
        }
        (Ok(_), Err(e)) => panic!("{step}: the rebuild failed but a cold build works:\n{e}"),
        (Err(expected), Ok(_)) => panic!("{step}: the rebuild worked but a cold build fails:\n{expected:#?}"),
    }
}

pub(super) fn files_under(site: &TestSite, dir: &str) -> Vec<String> {
    let mut found: Vec<String> = walkdir::WalkDir::new(site.root.join(dir))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(&site.root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    found.sort();
    found
}

pub(super) fn read(site: &TestSite, rel: &str) -> String {
    std::fs::read_to_string(site.root.join(rel)).unwrap()
}

/// The first French offer of a site.
fn a_french_offer(site: &TestSite) -> String {
    files_under(site, "content/offers")
        .into_iter()
        .find(|f| f.ends_with(".fr.md"))
        .expect("an offer")
}

pub(super) fn start(site: &TestSite) -> Incremental {
    let mut inc = Incremental::new(site.options());
    rebuild_matches_cold(site, &mut inc, "first build").expect("the fixture builds");
    inc
}

#[test]
fn an_unchanged_site_renders_no_page_again() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    let again = rebuild_matches_cold(&site, &mut inc, "again").unwrap();
    assert_eq!(
        (again.pages.rendered, again.parsed, again.bodies),
        (0, 0, 0),
        "{again:?}"
    );
    assert!(again.pages.reused > 10);
    assert!(again.changed.is_empty(), "{:?}", again.changed);
}

#[test]
fn editing_a_body_renders_only_the_pages_that_show_it() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    site.edit("content/offers/chess.fr.md", "Voir aussi", "Nouveau texte. Voir aussi");
    let r = rebuild_matches_cold(&site, &mut inc, "body").unwrap();
    assert_eq!((r.parsed, r.bodies), (1, 1));
    assert!(
        r.changed.contains(&"fr/offres/club-echecs/index.html".to_string()),
        "{:?}",
        r.changed
    );
    assert!(r.pages.rendered < r.pages.reused, "{:?}", r.pages);
}

#[test]
fn moving_an_offer_to_another_pillar_updates_both_term_pages() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    site.edit(
        "content/offers/chess.fr.md",
        "pillars: [quality]",
        "pillars: [workplace]",
    );
    site.edit(
        "content/offers/chess.en.md",
        "pillars: [quality]",
        "pillars: [workplace]",
    );
    let r = rebuild_matches_cold(&site, &mut inc, "move").unwrap();
    for page in [
        "fr/piliers/qualite/index.html",
        "fr/piliers/travail/index.html",
        "en/pillars/quality/index.html",
        "en/pillars/work/index.html",
        "fr/offres/club-echecs/index.html",
        "en/offers/chess-club/index.html",
    ] {
        assert!(r.changed.iter().any(|c| c == page), "{page} not in {:?}", r.changed);
    }
}

#[test]
fn renaming_a_file_moves_its_page() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    let text = std::fs::read_to_string(site.root.join("content/pages/contact.fr.md")).unwrap();
    site.remove("content/pages/contact.fr.md")
        .file("content/pages/joindre.fr.md", text);
    rebuild_matches_cold(&site, &mut inc, "rename").unwrap();
}

#[test]
fn deleting_a_translation_updates_the_switchers() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    site.remove("content/offers/chess.en.md");
    let r = rebuild_matches_cold(&site, &mut inc, "delete").unwrap();
    assert!(
        r.changed.iter().any(|p| p.starts_with("fr/offres/club-echecs/")),
        "{:?}",
        r.changed
    );
    assert!(
        r.changed.iter().any(|p| p == "en/offers/chess-club/index.html"),
        "{:?}",
        r.changed
    );
}

#[test]
fn changing_a_template_renders_its_pages_again() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    site.edit("themes/plain/templates/offer.html", "<dl>", "<dl class=\"facts\">");
    let r = rebuild_matches_cold(&site, &mut inc, "template").unwrap();
    assert!(r.pages.rendered > 0);
    assert!(r.changed.contains(&"fr/offres/club-echecs/index.html".to_string()));
}

#[test]
fn changing_a_fluent_string_renders_its_pages_again() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    site.edit(
        "locales/fr/ui.ftl",
        "list-title-offers = T-offers-fr",
        "list-title-offers = Les offres",
    );
    let r = rebuild_matches_cold(&site, &mut inc, "fluent").unwrap();
    assert!(
        r.changed.contains(&"fr/offres/index.html".to_string()),
        "{:?}",
        r.changed
    );
}

#[test]
fn a_broken_file_fails_like_a_cold_build_and_the_last_good_site_stays() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    let good = served(&inc);
    site.edit("content/offers/chess.fr.md", "pillars: [quality]", "pillars: [quality");
    assert!(rebuild_matches_cold(&site, &mut inc, "broken").is_none());
    assert_eq!(served(&inc), good);
    site.edit("content/offers/chess.fr.md", "pillars: [quality", "pillars: [quality]");
    let r = rebuild_matches_cold(&site, &mut inc, "fixed").unwrap();
    assert!(r.changed.is_empty(), "{:?}", r.changed);
}

#[test]
fn the_shipped_site_with_its_search_index_rebuilds_like_a_cold_build() {
    let site = TestSite::shipped();
    let mut inc = start(&site);
    let offer = a_french_offer(&site);
    site.file(
        &offer,
        format!("{}\nUn mot à trouver : cerf-volant.\n", read(&site, &offer)),
    );
    let r = rebuild_matches_cold(&site, &mut inc, "body of a shipped offer").unwrap();
    assert!(r.changed.iter().any(|p| p.starts_with("pagefind/")), "{:?}", r.changed);
    let again = rebuild_matches_cold(&site, &mut inc, "no change").unwrap();
    assert!(again.changed.is_empty(), "{:?}", again.changed);
}

#[test]
fn switching_minify_off_and_on_rebuilds_like_a_cold_build() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    let lines = |inc: &Incremental| String::from_utf8_lossy(&served(inc)["fr/index.html"]).lines().count();
    let minified = lines(&inc);
    site.edit("site.yaml", "theme: plain", "theme: plain\nminify: false");
    let r = rebuild_matches_cold(&site, &mut inc, "minify off").unwrap();
    assert!(lines(&inc) > minified, "the pages are no longer minified");
    assert!(r.changed.contains(&"fr/index.html".to_string()), "{:?}", r.changed);
    site.edit("site.yaml", "minify: false", "minify: true");
    rebuild_matches_cold(&site, &mut inc, "minify on").unwrap();
    assert_eq!(lines(&inc), minified);
}

#[test]
fn a_body_is_rendered_again_when_a_page_it_links_to_moves() {
    let site = TestSite::fixture("basic");
    site.file(
        "content/news/lien.fr.md",
        "---\ntitle: Un lien\ndate: 2026-03-01\nsummary: S.\n---\nVoir le [club](../offers/chess.fr.md).\n",
    );
    let mut inc = start(&site);
    site.edit("content/offers/chess.fr.md", "slug: club-echecs", "slug: club-d-echecs");
    // The news item's own file did not change: its body must still link to the new address.
    rebuild_matches_cold(&site, &mut inc, "linked page moved").unwrap();
    let news = String::from_utf8_lossy(&served(&inc)["fr/actualites/lien/index.html"]).into_owned();
    assert!(news.contains("/fr/offres/club-d-echecs/"), "{news}");
}

#[test]
fn a_body_is_rendered_again_when_its_image_changes_size() {
    let png = |w: u8, h: u8| {
        let mut b = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
        b.extend_from_slice(b"IHDR");
        b.extend_from_slice(&[0, 0, 0, w, 0, 0, 0, h, 8, 2, 0, 0, 0, 0, 0, 0, 0]);
        b
    };
    let site = TestSite::fixture("basic");
    site.file("static/images/plan.png", png(3, 2));
    site.edit(
        "content/pages/contact.fr.md",
        "\n---\n",
        "\n---\n![Le plan](/images/plan.png)\n\n",
    );
    let mut inc = start(&site);
    let page = |inc: &Incremental| String::from_utf8_lossy(&served(inc)["fr/contact/index.html"]).into_owned();
    assert!(page(&inc).contains("width=\"3\" height=\"2\""), "{}", page(&inc));
    site.file("static/images/plan.png", png(40, 30));
    rebuild_matches_cold(&site, &mut inc, "image resized").unwrap();
    assert!(page(&inc).contains("width=\"40\" height=\"30\""), "{}", page(&inc));
}

#[test]
fn a_stopped_search_job_keeps_the_bundle_that_is_served() {
    let site = TestSite::shipped();
    let mut inc = start(&site);
    let offer = a_french_offer(&site);
    let text = read(&site, &offer);
    site.file(&offer, format!("{text}\nUn mot : cerf-volant.\n"));
    inc.rebuild_pages().expect("the edit builds");
    let job = inc.search_job().expect("the pages changed: a new index is needed");
    job.stopper().store(true, std::sync::atomic::Ordering::Relaxed);
    let stopped = job.run().expect_err("a stopped job gives no bundle");
    assert!(
        stopped.problems().iter().any(|p| p.code == savoirs::search::STOPPED),
        "{stopped}"
    );
    // Back to the pages the served index was made from: it is still known to be theirs.
    site.file(&offer, text);
    inc.rebuild_pages().expect("the undo builds");
    assert!(inc.search_job().is_none(), "the served index is the one of these pages");
    rebuild_matches_cold(&site, &mut inc, "after the stopped job").unwrap();
}

#[test]
fn a_file_is_read_again_when_its_stamp_changed_even_with_its_old_size_and_time() {
    let site = TestSite::fixture("basic");
    let content = files_under(&site, "content");
    // Files written long ago: their stamps can be trusted.
    for f in &content {
        crate::support::set_mtime(&site.root.join(f), 1_700_000_000);
    }
    let mut inc = start(&site);
    let again = rebuild_matches_cold(&site, &mut inc, "unchanged").unwrap();
    assert_eq!((again.known, again.parsed), (content.len(), 0), "no file read again");
    // The same size and modification time: only the change time tells.
    let chess = "content/offers/chess.fr.md";
    let text = read(&site, chess);
    site.file(chess, text.replace("Voir aussi", "Voir ausso"));
    crate::support::set_mtime(&site.root.join(chess), 1_700_000_000);
    let r = rebuild_matches_cold(&site, &mut inc, "same size and time").unwrap();
    assert_eq!((r.known, r.parsed), (content.len() - 1, 1));
    assert!(r.changed.contains(&"fr/offres/club-echecs/index.html".to_string()));
}

#[test]
fn a_file_written_just_before_a_build_is_read_again_at_the_next() {
    let site = TestSite::fixture("basic");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    for f in files_under(&site, "content") {
        crate::support::set_mtime(&site.root.join(f), now);
    }
    let mut inc = start(&site);
    // Written a moment ago: a second write in the same clock tick could keep its stamp.
    let again = rebuild_matches_cold(&site, &mut inc, "unchanged").unwrap();
    assert_eq!(again.known, 0, "fresh files are read again");
}

#[test]
fn changing_an_offers_session_updates_its_calendars_and_no_other() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    site.edit(
        "content/offers/chess.fr.md",
        "start: 2026-03-03T14:30",
        "start: 2026-03-03T15:00",
    );
    let r = rebuild_matches_cold(&site, &mut inc, "session").unwrap();
    let calendars: Vec<&String> = r.changed.iter().filter(|p| p.ends_with("calendar.ics")).collect();
    assert!(
        calendars.contains(&&"fr/offres/club-echecs/calendar.ics".to_string()),
        "{calendars:?}"
    );
    assert!(
        calendars.iter().all(|p| p.starts_with("fr/")),
        "the English calendars did not change: {calendars:?}"
    );
}
