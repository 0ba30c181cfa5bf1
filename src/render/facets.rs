//! The filter values of an offer list (audiences, pillars, neighbourhoods, languages found in
//! it): the same for every page of the list, so worked out once per list and shared by its pages
//! (per page, a term with thousands of offers made its pages cost their square).

use crate::document::values::{Audience, Mode, Price};
use crate::site::Site;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, OnceLock};

/// What the filters of one list offer (terms as entry numbers).
#[derive(Debug)]
pub(crate) struct Facets {
    pub audiences: Vec<&'static str>,
    pub pillars: Vec<usize>,
    pub neighbourhoods: Vec<usize>,
    pub languages: Vec<String>,
    pub any_free: bool,
    pub any_age: bool,
    pub any_online: bool,
    pub any_onsite: bool,
    pub any_dated: bool,
}

/// The facets of each list made so far in a render, by the list's first page URL.
#[derive(Debug, Default)]
pub(crate) struct FacetMemo {
    lists: Mutex<HashMap<String, Arc<OnceLock<Arc<Facets>>>>>,
}

impl FacetMemo {
    /// The facets of `list` (offer entries), whose first page is at `first_url`, in `lang`.
    pub fn get(&self, site: &Site, list: &[usize], lang: usize, first_url: &str) -> Arc<Facets> {
        let slot = Arc::clone(crate::lock(&self.lists).entry(first_url.to_string()).or_default());
        // Made outside the map's lock, once: the other pages of the list, rendered at the same
        // time on the other threads, wait for it rather than make it again.
        Arc::clone(slot.get_or_init(|| Arc::new(facets(site, list, lang))))
    }
}

/// One pass over the list's offers.
fn facets(site: &Site, list: &[usize], lang: usize) -> Facets {
    let mut audiences = [false; Audience::ALL.len()];
    let mut pillars: HashSet<&str> = HashSet::new();
    let mut neighbourhoods: HashSet<&str> = HashSet::new();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let (mut any_free, mut any_age, mut any_online, mut any_onsite, mut any_dated) =
        (false, false, false, false, false);
    for o in list.iter().filter_map(|&i| crate::site::offer_meta(&site.entries[i])) {
        for a in &o.audience {
            if let Some(at) = Audience::ALL.iter().position(|x| x == a) {
                audiences[at] = true;
            }
        }
        pillars.extend(o.pillars.iter().map(String::as_str));
        neighbourhoods.extend(o.neighbourhoods.iter().map(String::as_str));
        for code in &o.languages {
            *counts.entry(code).or_default() += 1;
        }
        any_free |= o.price == Some(Price::Free);
        any_age |= o.age.is_some();
        any_online |= o.mode != Mode::Onsite;
        any_onsite |= o.mode != Mode::Online;
        any_dated |= o.start.is_some() || o.end.is_some() || !o.sessions.is_empty();
    }
    let index = &site.langs[lang];
    let present = |order: &[usize], used: &HashSet<&str>| {
        order
            .iter()
            .copied()
            .filter(|&i| used.contains(site.entries[i].doc.key.as_str()))
            .collect::<Vec<_>>()
    };
    let own = site.config.languages[lang].code.as_str();
    let mut languages: Vec<(&str, usize)> = counts.into_iter().collect();
    languages.sort_by(|a, b| (b.0 == own).cmp(&(a.0 == own)).then(b.1.cmp(&a.1)).then(a.0.cmp(b.0)));
    Facets {
        audiences: Audience::ALL
            .iter()
            .zip(audiences)
            .filter(|(_, used)| *used)
            .map(|(a, _)| a.as_str())
            .collect(),
        pillars: present(&index.pillars, &pillars),
        neighbourhoods: present(&index.neighbourhoods, &neighbourhoods),
        languages: languages.into_iter().map(|(c, _)| c.to_string()).collect(),
        any_free,
        any_age,
        any_online,
        any_onsite,
        any_dated,
    }
}
