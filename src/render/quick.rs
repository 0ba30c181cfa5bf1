//! The preview's quick passes (see `serve/quick.rs`): pages rendered again with the last
//! render's templates, UI strings and CLDR names, without making the views of the rest of the
//! site. After a change of bodies only, the pages that read a changed body at the last render
//! ([`render_readers`]); after any other change of content files, the changed entries' own pages
//! from a site model made again ([`render_entries`]).
//!
//! Which pages read which body is noted while their views are made: a body is read only through
//! `Site::body` (the field is private to the site model), and each page's view maker notes what
//! it read, the bodies inside offer views included. So the list is what the views did, not a
//! rule of what shows where. The preview follows each quick pass with a full rebuild, which
//! brings the rest (lists, term pages, the offer cards' data, the search index) and would correct
//! any difference.

use super::make_views::{OfferViews, TermLookup, ViewMaker};
use super::pages::{Target, entry_pages};
use super::{Page, Shared, i18n, names, render_one, templates};
use crate::error::Result;
use crate::site::Site;
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// What the last render keeps for a quick pass: its templates, UI strings and CLDR names, and
/// the pages that read each entry's body.
pub(super) struct Kept {
    pub locales: Arc<i18n::Locales>,
    pub templates: templates::Templates,
    pub names: Vec<names::CalendarNames>,
    pub readers: HashMap<usize, Vec<Target>>,
    /// The filter values of each list: made from the offers' front matter, which a quick pass
    /// does not change.
    pub facets: Arc<super::facets::FacetMemo>,
}

impl std::fmt::Debug for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kept")
            .field("readers", &self.readers.len())
            .finish_non_exhaustive()
    }
}

/// Which pages read each entry's body, from the rendered pages.
pub(super) fn readers(pages: &[Page]) -> HashMap<usize, Vec<Target>> {
    let mut readers: HashMap<usize, Vec<Target>> = HashMap::new();
    for page in pages {
        for &entry in &page.reads {
            readers.entry(entry).or_default().push(page.target);
        }
    }
    readers
}

/// The pages (path, bytes) that read the body of one of `entries` at the last render of
/// `cache`, rendered again from `site`, which must be that render's site with only bodies
/// changed (see `Site::replace_body`). `None` when the cache kept no render.
pub fn render_readers(
    site: &Site,
    cache: &super::RenderCache,
    entries: &[usize],
) -> Option<Result<Vec<super::SharedOutput>>> {
    let kept = cache.kept.as_ref()?;
    let targets: Vec<Target> = entries
        .iter()
        .filter_map(|e| kept.readers.get(e))
        .flatten()
        .copied()
        .collect();
    let lookup = TermLookup::with_facets(site, Arc::clone(&kept.facets));
    Some(render_targets(site, kept, &lookup, targets))
}

/// The pages of `entries` and of their translations (see `pages::entry_pages`), rendered
/// with the templates, UI strings and CLDR names of the last render of `cache` from `site`, a
/// site model made again since from content files only (see `Incremental::quick`). `None` when
/// the cache kept no render.
///
/// The pages that noted reading a body at that render may not be those that read it in `site`
/// (an offer moved to another pillar is read by another term page): the readers kept are
/// dropped, and the quick passes until the next render have none to render.
pub fn render_entries(
    site: &Site,
    cache: &mut super::RenderCache,
    entries: &[usize],
) -> Option<Result<Vec<super::SharedOutput>>> {
    let kept = cache.kept.as_mut()?;
    kept.readers.clear();
    let targets = entries
        .iter()
        .flat_map(|&e| site.translations(e))
        .flat_map(|(_, e)| entry_pages(site, e))
        .collect();
    // The filter values kept are those of the old offers' front matter: made afresh.
    let lookup = TermLookup::new(site);
    Some(render_targets(site, kept, &lookup, targets))
}

/// Renders `targets` (each once, in order) like a full render, without a cache.
fn render_targets(
    site: &Site,
    kept: &Kept,
    lookup: &TermLookup<'_>,
    mut targets: Vec<Target>,
) -> Result<Vec<super::SharedOutput>> {
    targets.sort_unstable();
    targets.dedup();
    // The partials of the last render show the offers as they were.
    kept.templates.forget_cached();
    let offers = OfferViews::lazy(site);
    let maker_of = |lang| ViewMaker::new(site, lookup, &kept.locales, &kept.names, &offers, lang);
    let one_off = super::RenderCache::one_off();
    let shared = Shared {
        site,
        locales: &kept.locales,
        templates: &kept.templates,
        maker_of: &maker_of,
        theme: [0; 16],
        cache: &one_off,
        sink: None,
    };
    let pages: Result<Vec<Page>> = targets.par_iter().map(|&t| render_one(&shared, t)).collect();
    pages.map(|pages| {
        pages
            .into_iter()
            .map(|p| super::SharedOutput {
                path: p.path,
                bytes: p.bytes,
            })
            .collect()
    })
}
