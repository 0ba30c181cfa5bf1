//! The quick pass after a change of bodies only: the pages that read the bodies are served
//! before the full rebuild, with the bytes a cold build gives them; any other change is left to
//! the full rebuild.

use super::http::{Preview, eventually};
use super::incremental::{read, rebuild_matches_cold, start};
use crate::support::TestSite;
use savoirs::serve::{Event, Incremental};
use std::collections::BTreeMap;
use std::path::PathBuf;

const CHESS: &str = "content/offers/chess.fr.md";

/// The HTML pages of a cold build of the site.
fn cold_pages(site: &TestSite) -> BTreeMap<String, Vec<u8>> {
    let rendered = savoirs::render_site(&site.options()).expect("a cold build");
    rendered
        .outputs
        .into_iter()
        .filter(|o| o.path.ends_with(".html"))
        .map(|o| (o.path, o.bytes))
        .collect()
}

/// Runs the quick pass for `paths` and checks that every HTML page served is then the cold
/// build's: a page that reads a changed body and was not rendered again would differ.
fn quick_matches_cold(site: &TestSite, inc: &mut Incremental, paths: &[&str]) -> Vec<String> {
    quick_if_any(site, inc, paths, "").expect("a quick pass for a change of bodies only")
}

/// [`quick_matches_cold`] when the quick pass applies; `None` when it does not.
pub(super) fn quick_if_any(site: &TestSite, inc: &mut Incremental, paths: &[&str], step: &str) -> Option<Vec<String>> {
    let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
    let quick = inc.quick(&paths)?;
    let served = inc.files().expect("served files");
    for (path, bytes) in cold_pages(site) {
        let got = served
            .get(&path)
            .unwrap_or_else(|| panic!("{step}: {path} is not served"));
        assert!(
            **got == bytes,
            "{step}: {path} after the quick pass differs from a cold build\n--- served:\n{}\n--- cold:\n{}",
            String::from_utf8_lossy(got),
            String::from_utf8_lossy(&bytes)
        );
    }
    Some(quick.changed)
}

#[test]
fn a_body_edit_is_served_by_the_quick_pass_as_a_cold_build_makes_it() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    site.edit(CHESS, "Voir aussi", "Apportez votre échiquier. Voir aussi");
    let changed = quick_matches_cold(&site, &mut inc, &[CHESS]);
    assert_eq!(changed, ["fr/offres/club-echecs/index.html"]);
    let full = rebuild_matches_cold(&site, &mut inc, "after the quick pass").unwrap();
    assert!(
        full.changed.iter().all(|p| !p.ends_with(".html")),
        "the quick pass served every page already: {:?}",
        full.changed
    );
}

#[test]
fn a_list_whose_template_shows_the_bodies_is_rendered_by_the_quick_pass() {
    let site = TestSite::fixture("basic");
    site.edit(
        "themes/plain/templates/offer_item.html",
        "</li>",
        "<div class=\"body\">{{ offer.body | safe }}</div></li>",
    );
    let mut inc = start(&site);
    site.edit(CHESS, "Voir aussi", "Apportez votre échiquier. Voir aussi");
    let changed = quick_matches_cold(&site, &mut inc, &[CHESS]);
    let lists: Vec<&String> = changed
        .iter()
        .filter(|p| !p.starts_with("fr/offres/club-echecs/"))
        .collect();
    assert!(!lists.is_empty(), "the lists show the body: {changed:?}");
}

#[test]
fn two_bodies_edited_at_once_are_both_served() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    site.edit(CHESS, "Voir aussi", "Apportez votre échiquier. Voir aussi");
    let english = "content/offers/chess.en.md";
    let text = read(&site, english);
    site.file(english, format!("{text}\nBring your own board.\n"));
    let changed = quick_matches_cold(&site, &mut inc, &[CHESS, english]);
    assert_eq!(changed.len(), 2, "{changed:?}");
}

#[test]
fn other_changes_are_left_to_the_full_rebuild() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    let left = |inc: &mut Incremental, paths: &[&str], what: &str| {
        let before = inc.files().cloned();
        let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
        assert!(inc.quick(&paths).is_none(), "{what}: no quick pass");
        assert!(
            before.as_ref().zip(inc.files()).is_some_and(|(a, b)| a == b),
            "{what}: nothing served"
        );
    };
    site.edit(CHESS, "title: Club d'échecs", "title: Club d'échecs du mardi");
    left(&mut inc, &[CHESS], "a title");
    rebuild_matches_cold(&site, &mut inc, "title").unwrap();

    site.edit(CHESS, "Voir aussi", "Voir [ailleurs](nulle-part.fr.md) et aussi");
    left(&mut inc, &[CHESS], "a broken link in the body");
    assert!(rebuild_matches_cold(&site, &mut inc, "broken link").is_none());
    site.edit(CHESS, "Voir [ailleurs](nulle-part.fr.md) et aussi", "Voir aussi");
    rebuild_matches_cold(&site, &mut inc, "mended").unwrap();

    let text = read(&site, CHESS);
    site.file("content/offers/new.fr.md", text.replace("club-echecs", "club-neuf"));
    left(&mut inc, &["content/offers/new.fr.md"], "a new file");
    rebuild_matches_cold(&site, &mut inc, "new file").unwrap();

    site.edit(CHESS, "Voir aussi", "Apportez votre échiquier. Voir aussi");
    left(
        &mut inc,
        &[CHESS, "themes/plain/templates/offer.html"],
        "a body and a template",
    );
    rebuild_matches_cold(&site, &mut inc, "body and template").unwrap();
}

#[test]
fn the_preview_serves_a_body_edit_before_its_rebuild() {
    let site = TestSite::fixture("basic");
    let preview = Preview::start(&site);
    site.edit(CHESS, "Voir aussi", "Apportez votre échiquier. Voir aussi");
    eventually("the rebuild after the quick pass", || {
        let events = preview.events.lock().unwrap();
        let previewed = events.iter().position(
            |e| matches!(e, Event::Previewed(r) if r.changed.contains(&"fr/offres/club-echecs/index.html".to_string())),
        )?;
        // The build that follows it (the first build of the preview came before).
        events[previewed..]
            .iter()
            .any(|e| matches!(e, Event::Built(_)))
            .then_some(())
    });
    let page = preview.get("/fr/offres/club-echecs/");
    assert!(page.text().contains("Apportez votre échiquier"), "{}", page.text());
}
