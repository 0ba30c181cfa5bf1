//! The quick pass after a change of content files: after a change of bodies only, the pages that
//! read the bodies are served before the full rebuild, with the bytes a cold build gives them;
//! after a change of front matter, the site model is made again and the changed files' own pages
//! are served as a cold build makes them, the rest coming with the rebuild; anything else (a
//! template, a new file, an error) is left to the full rebuild.

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
    let (changed, remade) = quick_if_any(site, inc, paths, "").expect("a quick pass for a change of bodies only");
    assert!(!remade, "a change of bodies only keeps the site model");
    changed
}

/// Runs the quick pass for `paths` when it applies (else `None`) and checks what it served: after
/// a change of bodies only (the model kept), every HTML page is the cold build's; after any other
/// (the model made again), each page is the cold build's or the one served before, and the pages
/// it changed are the cold build's. Returns the pages changed and whether the model was made
/// again.
pub(super) fn quick_if_any(
    site: &TestSite,
    inc: &mut Incremental,
    paths: &[&str],
    step: &str,
) -> Option<(Vec<String>, bool)> {
    let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
    let before = inc.files().cloned().expect("a built site");
    let quick = inc.quick(&paths)?;
    let served = inc.files().expect("served files");
    let cold = cold_pages(site);
    for (path, bytes) in &cold {
        let got = served.get(path);
        let is_cold = got.is_some_and(|got| **got == *bytes);
        let as_before = quick.model_remade && got == before.get(path);
        assert!(
            is_cold || as_before,
            "{step}: {path} after the quick pass is neither the cold build's nor the one before\n--- served:\n{}\n--- cold:\n{}",
            String::from_utf8_lossy(got.map_or(&[][..], |g| g.as_slice())),
            String::from_utf8_lossy(bytes)
        );
    }
    for path in quick.changed.iter().filter(|p| p.ends_with(".html")) {
        assert!(
            cold.contains_key(path),
            "{step}: the quick pass served {path}, which a cold build does not make"
        );
    }
    Some((quick.changed, quick.model_remade))
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
    site.edit(CHESS, "pillars: [quality]", "pillars: [qualite]");
    left(&mut inc, &[CHESS], "an unknown pillar");
    assert!(rebuild_matches_cold(&site, &mut inc, "unknown pillar").is_none());
    site.edit(CHESS, "pillars: [qualite]", "pillars: [quality]");
    rebuild_matches_cold(&site, &mut inc, "pillar mended").unwrap();

    site.edit(CHESS, "title: Club d'échecs", "draft: true\ntitle: Club d'échecs");
    left(&mut inc, &[CHESS], "a draft now");
    rebuild_matches_cold(&site, &mut inc, "draft").unwrap();
    site.edit(CHESS, "draft: true\n", "");
    rebuild_matches_cold(&site, &mut inc, "published again").unwrap();

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

    // A checkout of many files goes straight to the rebuild.
    let text = read(&site, CHESS);
    let mut many = vec![CHESS.to_string()];
    for n in 0..16 {
        let path = format!("content/offers/copy-{n}.fr.md");
        site.file(&path, text.replace("club-echecs", &format!("club-{n}")));
        many.push(path);
    }
    rebuild_matches_cold(&site, &mut inc, "copies").unwrap();
    site.edit(CHESS, "Apportez votre échiquier. Voir aussi", "Voir aussi");
    for path in &many[1..] {
        site.edit(path, "Voir aussi", "Apportez votre échiquier. Voir aussi");
    }
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    left(&mut inc, &many, "17 bodies at once");
    rebuild_matches_cold(&site, &mut inc, "17 bodies").unwrap();
}

#[test]
fn a_move_to_another_pillar_serves_the_offer_page_first_and_the_term_pages_with_the_rebuild() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    site.edit(CHESS, "pillars: [quality]", "pillars: [workplace]");
    let (changed, remade) = quick_if_any(&site, &mut inc, &[CHESS], "move").expect("a quick pass");
    assert!(remade, "the model is made again");
    assert!(
        changed.contains(&"fr/offres/club-echecs/index.html".to_string()),
        "{changed:?}"
    );
    assert!(
        changed
            .iter()
            .all(|p| p.starts_with("fr/offres/club-echecs/") || p.starts_with("en/offers/chess-club/")),
        "only the offer's own pages: {changed:?}"
    );
    let page = String::from_utf8_lossy(&inc.files().unwrap()["fr/offres/club-echecs/index.html"]).into_owned();
    assert!(
        page.contains("/fr/piliers/travail/"),
        "the new pillar is linked: {page}"
    );
    let full = rebuild_matches_cold(&site, &mut inc, "after the move").unwrap();
    for term in ["fr/piliers/qualite/index.html", "fr/piliers/travail/index.html"] {
        assert!(
            full.changed.contains(&term.to_string()),
            "{term} comes with the rebuild: {:?}",
            full.changed
        );
    }
}

#[test]
fn a_title_edit_is_served_in_every_language_of_the_offer() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    site.edit(CHESS, "title: Club d'échecs", "title: Club d'échecs du mardi");
    let (changed, remade) = quick_if_any(&site, &mut inc, &[CHESS], "title").expect("a quick pass");
    assert!(remade);
    assert!(
        changed.contains(&"fr/offres/club-echecs/index.html".to_string()),
        "{changed:?}"
    );
    rebuild_matches_cold(&site, &mut inc, "after the title").unwrap();
}

#[test]
fn after_a_change_of_front_matter_a_body_edit_waits_for_the_rebuild() {
    let site = TestSite::fixture("basic");
    let mut inc = start(&site);
    site.edit(CHESS, "pillars: [quality]", "pillars: [workplace]");
    quick_if_any(&site, &mut inc, &[CHESS], "move").expect("a quick pass");
    let before = inc.files().cloned();
    // The pages that read the body at the last render are not those of the new model.
    site.edit(CHESS, "Voir aussi", "Apportez votre échiquier. Voir aussi");
    let paths = [PathBuf::from(CHESS)];
    let quick = inc.quick(&paths).expect("the pass runs");
    assert!(
        quick.changed.is_empty(),
        "nothing served from stale readers: {:?}",
        quick.changed
    );
    assert!(before.as_ref().zip(inc.files()).is_some_and(|(a, b)| a == b));
    rebuild_matches_cold(&site, &mut inc, "rebuild").unwrap();
    site.edit(CHESS, "Apportez votre échiquier. Voir aussi", "Voir aussi");
    quick_matches_cold(&site, &mut inc, &[CHESS]);
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

#[test]
fn the_preview_serves_a_pillar_move_before_its_rebuild_and_the_term_pages_with_it() {
    let site = TestSite::fixture("basic");
    let preview = Preview::start(&site);
    site.edit(CHESS, "pillars: [quality]", "pillars: [workplace]");
    let offer = "fr/offres/club-echecs/index.html".to_string();
    let term = "fr/piliers/travail/index.html".to_string();
    eventually("the rebuild after the quick pass", || {
        let events = preview.events.lock().unwrap();
        let previewed = events.iter().position(|e| {
            matches!(e, Event::Previewed(r) if r.model_remade && r.changed.contains(&offer) && !r.changed.contains(&term))
        })?;
        events[previewed..]
            .iter()
            .any(|e| matches!(e, Event::Built(r) if r.changed.contains(&term)))
            .then_some(())
    });
    let page = preview.get("/fr/piliers/travail/");
    assert!(
        page.text().contains("/fr/offres/club-echecs/"),
        "the term lists the offer: {}",
        page.text()
    );
}
