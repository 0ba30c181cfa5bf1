//! The search index under the preview: rebuilt after an edit, and in the end the bytes of a
//! cold build's.

use super::http::{Preview, cold_build, eventually};
use crate::support::TestSite;
use savoirs::serve::Event;

#[test]
fn the_search_index_follows_the_pages_and_ends_equal_to_a_cold_build() {
    let site = TestSite::shipped();
    let preview = Preview::start(&site);
    let searched = |p: &Preview| {
        let events = p.events.lock().unwrap();
        events.iter().filter(|e| matches!(e, Event::Searched(..))).count()
    };
    eventually("the first search index", || (searched(&preview) >= 1).then_some(()));
    let before = searched(&preview);
    let rel = "content/offers/aide-moniteur-camps-sportifs.fr.md";
    let text = std::fs::read_to_string(site.root.join(rel)).unwrap();
    site.file(rel, format!("{text}\nMot témoin : zygomorphe.\n"));
    let page = "/fr/offres/aide-moniteur-camps-sportifs/";
    eventually("the edited page", || {
        preview.get(page).text().contains("zygomorphe").then_some(())
    });
    eventually("the search index of the edit", || {
        (searched(&preview) > before).then_some(())
    });
    let cold = cold_build(&site, &preview);
    let bundle: Vec<_> = cold
        .outputs
        .iter()
        .filter(|o| o.path.starts_with("pagefind/"))
        .collect();
    assert!(bundle.len() > 10, "the shipped theme has a search index");
    for o in bundle {
        let reply = preview.get(&format!("/{}", o.path));
        assert_eq!(reply.status, 200, "{}", o.path);
        assert!(reply.body == o.bytes, "{} differs from a cold build", o.path);
    }
}
