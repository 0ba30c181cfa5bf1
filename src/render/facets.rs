//! The filter values of an offer list (audiences, pillars, neighbourhoods, languages found in
//! it): the same for every page of the list, so worked out once per list and shared by its pages
//! (per page, a term with thousands of offers made its pages cost their square).

use crate::document::OfferMeta;
use crate::document::values::{Audience, Mode, Price};
use crate::site::Site;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

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
    lists: Mutex<HashMap<String, Arc<Facets>>>,
}

impl FacetMemo {
    /// The facets of `list` (offer entries), whose first page is at `first_url`, in `lang`.
    pub fn get(&self, site: &Site, list: &[usize], lang: usize, first_url: &str) -> Arc<Facets> {
        if let Some(f) = crate::lock(&self.lists).get(first_url) {
            return Arc::clone(f);
        }
        // Made outside the lock: two pages of one list may both make it, the first one stays.
        let made = Arc::new(facets(site, list, lang));
        Arc::clone(crate::lock(&self.lists).entry(first_url.to_string()).or_insert(made))
    }
}

fn facets(site: &Site, list: &[usize], lang: usize) -> Facets {
    let metas: Vec<&OfferMeta> = list
        .iter()
        .filter_map(|&i| crate::site::offer_meta(&site.entries[i]))
        .collect();
    let index = &site.langs[lang];
    let present = |order: &[usize], used: &dyn Fn(&OfferMeta) -> &[String]| {
        let used: HashSet<&str> = metas.iter().flat_map(|o| used(o)).map(String::as_str).collect();
        order
            .iter()
            .copied()
            .filter(|&i| used.contains(site.entries[i].doc.key.as_str()))
            .collect::<Vec<_>>()
    };
    let own = site.config.languages[lang].code.as_str();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for code in metas.iter().flat_map(|o| o.languages.iter()) {
        *counts.entry(code).or_default() += 1;
    }
    let mut languages: Vec<(&str, usize)> = counts.into_iter().collect();
    languages.sort_by(|a, b| (b.0 == own).cmp(&(a.0 == own)).then(b.1.cmp(&a.1)).then(a.0.cmp(b.0)));
    Facets {
        audiences: Audience::ALL
            .iter()
            .filter(|a| metas.iter().any(|o| o.audience.contains(a)))
            .map(|a| a.as_str())
            .collect(),
        pillars: present(&index.pillars, &|o| &o.pillars),
        neighbourhoods: present(&index.neighbourhoods, &|o| &o.neighbourhoods),
        languages: languages.into_iter().map(|(c, _)| c.to_string()).collect(),
        any_free: metas.iter().any(|o| o.price == Some(Price::Free)),
        any_age: metas.iter().any(|o| o.age.is_some()),
        any_online: metas.iter().any(|o| o.mode != Mode::Onsite),
        any_onsite: metas.iter().any(|o| o.mode != Mode::Online),
        any_dated: metas
            .iter()
            .any(|o| o.start.is_some() || o.end.is_some() || !o.sessions.is_empty()),
    }
}
