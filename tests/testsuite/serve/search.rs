//! The search index under the preview: rebuilt after an edit, stopped and made again when an
//! edit comes while it is being made, and in the end the bytes of a cold build's.

use super::http::{Preview, cold_build, eventually};
use crate::support::TestSite;
use savoirs::serve::Event;

/// An offer of the shipped site, and its page.
const OFFER: &str = "content/offers/aide-moniteur-camps-sportifs.fr.md";
const PAGE: &str = "/fr/offres/aide-moniteur-camps-sportifs/";

/// Search indexes the preview has put in place so far.
fn searched(p: &Preview) -> usize {
    let events = p.events.lock().unwrap();
    events.iter().filter(|e| matches!(e, Event::Searched(..))).count()
}

/// The preview of `site`, once its first search index is served.
fn started_with_its_index(site: &TestSite) -> Preview {
    let preview = Preview::start(site);
    eventually("the first search index", || (searched(&preview) >= 1).then_some(()));
    preview
}

#[test]
fn the_search_index_follows_the_pages_and_ends_equal_to_a_cold_build() {
    let site = TestSite::shipped();
    let preview = started_with_its_index(&site);
    let before = searched(&preview);
    let text = std::fs::read_to_string(site.root.join(OFFER)).unwrap();
    site.file(OFFER, format!("{text}\nMot témoin : zygomorphe.\n"));
    eventually("the edited page", || {
        preview.get(PAGE).text().contains("zygomorphe").then_some(())
    });
    eventually("the search index of the edit", || {
        (searched(&preview) > before).then_some(())
    });
    assert_bundle_is_a_cold_builds(&site, &preview);
}

/// Every file of the search bundle a cold build makes is served with the same bytes.
fn assert_bundle_is_a_cold_builds(site: &TestSite, preview: &Preview) {
    for (path, bytes) in cold_bundle(site, preview) {
        let reply = preview.get(&format!("/{path}"));
        assert_eq!(reply.status, 200, "{path}");
        assert!(reply.body == bytes, "{path} differs from a cold build");
    }
}

#[test]
fn an_edit_while_the_index_is_made_gives_the_index_of_the_last_pages() {
    let site = TestSite::shipped();
    let preview = started_with_its_index(&site);
    let text = std::fs::read_to_string(site.root.join(OFFER)).unwrap();
    // The second edit comes as soon as the first one is served, while its index is being made:
    // that index is stopped, and the one of the second edit must follow.
    site.file(OFFER, format!("{text}\nPremier mot : zygomorphe.\n"));
    eventually("the first edit", || {
        preview.get(PAGE).text().contains("zygomorphe").then_some(())
    });
    site.file(OFFER, format!("{text}\nSecond mot : ornithorynque.\n"));
    eventually("the second edit", || {
        preview.get(PAGE).text().contains("ornithorynque").then_some(())
    });
    // The first edit's index may still be published before the second one's: wait for the last.
    let cold = cold_bundle(&site, &preview);
    eventually("the search index of the second edit", || {
        cold.iter()
            .all(|(path, bytes)| preview.get(&format!("/{path}")).body == *bytes)
            .then_some(())
    });
}

/// The files of the search bundle of a cold build.
fn cold_bundle(site: &TestSite, preview: &Preview) -> Vec<(String, Vec<u8>)> {
    let bundle: Vec<(String, Vec<u8>)> = cold_build(site, preview)
        .outputs
        .into_iter()
        .filter(|o| o.path.starts_with("pagefind/"))
        .map(|o| (o.path, o.bytes))
        .collect();
    assert!(bundle.len() > 10, "the shipped theme has a search index");
    bundle
}
