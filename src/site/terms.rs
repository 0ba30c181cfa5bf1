//! Pillars and neighbourhoods as taxonomies: checking that every key used exists, and listing,
//! per language, the offers and news of each term and the section lists.

use super::{Entry, LangIndex, last_day, next_date};
use crate::config::Config;
use crate::document::{Document, Meta};
use crate::error::{Problem, Problems, did_you_mean};
use crate::source::Section;
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};

/// The offers and news of one term in one language, sorted for display.
#[derive(Debug, Default, Clone)]
pub struct TermIndex {
    /// Current offers, soonest first.
    pub current_offers: Vec<usize>,
    /// Finished offers, most recent first.
    pub finished_offers: Vec<usize>,
    /// News, newest first.
    pub news: Vec<usize>,
}

/// Every pillar or neighbourhood key an offer or news item names must be a term file in the
/// same language; otherwise an error on the field's line with a did-you-mean.
pub(super) fn check_references(
    config: &Config,
    docs: &[std::sync::Arc<Document>],
    unreadable: &[(std::path::PathBuf, Section, String, usize)],
    problems: &mut Problems,
) {
    let mut terms: HashMap<(Section, usize), BTreeSet<&str>> = HashMap::new();
    let mut any_lang: HashMap<Section, BTreeSet<&str>> = HashMap::new();
    for d in docs {
        if matches!(d.section, Section::Pillars | Section::Neighbourhoods) {
            terms.entry((d.section, d.lang)).or_default().insert(&d.key);
            any_lang.entry(d.section).or_default().insert(&d.key);
        }
    }
    for (_, section, key, lang) in unreadable {
        if matches!(section, Section::Pillars | Section::Neighbourhoods) {
            terms.entry((*section, *lang)).or_default().insert(key);
            any_lang.entry(*section).or_default().insert(key);
        }
    }
    let empty = BTreeSet::new();
    // Each file's problems apart (in parallel: the preview's quick pass runs this for every
    // file after a change of one), then reported in the files' order.
    let found: Vec<Problem> = docs
        .par_iter()
        .flat_map_iter(|d| {
            let mut found = Vec::new();
            let (pillars, neighbourhoods) = match &d.meta {
                Meta::Offer(o) => (&o.pillars, &o.neighbourhoods),
                Meta::News(n) => (&n.pillars, &n.neighbourhoods),
                Meta::Plain(_) => return found,
            };
            for (field, section, keys) in [
                ("pillars", Section::Pillars, pillars),
                ("neighbourhoods", Section::Neighbourhoods, neighbourhoods),
            ] {
                let here = terms.get(&(section, d.lang)).unwrap_or(&empty);
                let anywhere = any_lang.get(&section).unwrap_or(&empty);
                for key in keys.iter().filter(|k| !here.contains(k.as_str())) {
                    found.push(unknown_term(config, d, field, section, key, here, anywhere));
                }
            }
            found
        })
        .collect();
    for p in found {
        problems.push(p);
    }
}

/// The problem of a pillar or neighbourhood `key` named in `field` of `d` that is not a term
/// file in `d`'s language (`here`), with the files in other languages in mind (`anywhere`).
fn unknown_term(
    config: &Config,
    d: &Document,
    field: &str,
    section: Section,
    key: &str,
    here: &BTreeSet<&str>,
    anywhere: &BTreeSet<&str>,
) -> Problem {
    let kind = if section == Section::Pillars {
        "pillar"
    } else {
        "neighbourhood"
    };
    if anywhere.contains(key) {
        Problem::new(
            d.field_location(field),
            "untranslated-term",
            format!("the {kind} `{key}` has no {} file", config.languages[d.lang].code),
        )
        .with_help(format!(
            "add content/{}/{key}.{}.md",
            section.folder(),
            config.languages[d.lang].code
        ))
    } else {
        let p = Problem::new(
            d.field_location(field),
            "unknown-term",
            format!("unknown {kind} `{key}`"),
        );
        match did_you_mean(key, here.iter().copied()) {
            Some(s) => p.with_help(format!("did you mean `{s}`?")),
            None => p.with_help(format!(
                "known {kind}s: {}",
                here.iter().copied().collect::<Vec<_>>().join(", ")
            )),
        }
    }
}

/// Builds the sorted lists of one language.
pub(super) fn index_language(config: &Config, entries: &[Entry], lang: usize) -> LangIndex {
    let today = config.today;
    let mut idx = LangIndex::default();
    let mut pillar_keys: Vec<&str> = Vec::new();
    let mut neighbourhood_keys: Vec<&str> = Vec::new();
    for (i, e) in entries.iter().enumerate().filter(|(_, e)| e.doc.lang == lang) {
        match (&e.doc.meta, e.doc.section) {
            (Meta::Offer(o), _) => {
                let finished = last_day(o).is_some_and(|d| d < today);
                if finished {
                    idx.finished_offers.push(i);
                } else {
                    idx.current_offers.push(i);
                    if next_date(o, today).is_some() {
                        idx.upcoming_offers.push(i);
                    }
                }
                for (keys, map) in [
                    (&o.pillars, &mut idx.by_pillar),
                    (&o.neighbourhoods, &mut idx.by_neighbourhood),
                ] {
                    for k in keys {
                        let t = map.entry(k.clone()).or_default();
                        if finished {
                            t.finished_offers.push(i)
                        } else {
                            t.current_offers.push(i)
                        }
                    }
                }
            }
            (Meta::News(n), _) => {
                idx.news.push(i);
                for (keys, map) in [
                    (&n.pillars, &mut idx.by_pillar),
                    (&n.neighbourhoods, &mut idx.by_neighbourhood),
                ] {
                    for k in keys {
                        map.entry(k.clone()).or_default().news.push(i);
                    }
                }
            }
            (Meta::Plain(_), Section::Home) => idx.home = Some(i),
            (Meta::Plain(_), Section::Pillars) => {
                idx.pillars.push(i);
                pillar_keys.push(&e.doc.key);
            }
            (Meta::Plain(_), Section::Neighbourhoods) => {
                idx.neighbourhoods.push(i);
                neighbourhood_keys.push(&e.doc.key);
            }
            (Meta::Plain(_), _) => idx.pages.push(i),
        }
    }
    // Every term gets a (possibly empty) index, so its page lists nothing rather than failing.
    for k in pillar_keys {
        idx.by_pillar.entry(k.to_string()).or_default();
    }
    for k in neighbourhood_keys {
        idx.by_neighbourhood.entry(k.to_string()).or_default();
    }
    sort_current(entries, today, &mut idx.current_offers);
    sort_finished(entries, &mut idx.finished_offers);
    sort_news(entries, &mut idx.news);
    for list in [&mut idx.pillars, &mut idx.neighbourhoods, &mut idx.pages] {
        sort_by_order(entries, list);
    }
    // Every other list is part of one of the language's three (upcoming and each term's offers
    // of its current or finished offers, each term's news of its news), which the sorts above
    // ordered with each entry's key made once: a part is put in the same order by each entry's
    // place in the whole, instead of making every key again for every list an entry is in.
    // Equal keys keep the order of the entries in both, so the order is the same.
    let mut place = vec![0u32; entries.len()];
    for list in [&idx.current_offers, &idx.finished_offers, &idx.news] {
        for (at, &i) in list.iter().enumerate() {
            place[i] = at as u32;
        }
    }
    let by_place = |list: &mut Vec<usize>| list.sort_by_key(|&i| place[i]);
    by_place(&mut idx.upcoming_offers);
    for t in idx.by_pillar.values_mut().chain(idx.by_neighbourhood.values_mut()) {
        by_place(&mut t.current_offers);
        by_place(&mut t.finished_offers);
        by_place(&mut t.news);
    }
    idx
}

fn offer(e: &Entry) -> Option<&crate::document::OfferMeta> {
    super::offer_meta(e)
}

/// Soonest next date first; offers without a coming date (ongoing) after, by title.
fn sort_current(entries: &[Entry], today: jiff::civil::Date, list: &mut [usize]) {
    list.sort_by_cached_key(|&i| {
        let next = offer(&entries[i]).and_then(|o| next_date(o, today));
        (
            next.is_none(),
            next,
            entries[i].doc.title().to_lowercase(),
            entries[i].doc.key.clone(),
        )
    });
}

fn sort_finished(entries: &[Entry], list: &mut [usize]) {
    list.sort_by_cached_key(|&i| {
        let last = offer(&entries[i]).and_then(last_day);
        (std::cmp::Reverse(last), entries[i].doc.key.clone())
    });
}

fn sort_news(entries: &[Entry], list: &mut [usize]) {
    list.sort_by_cached_key(|&i| {
        let date = match &entries[i].doc.meta {
            Meta::News(n) => Some(n.date),
            _ => None,
        };
        (std::cmp::Reverse(date), entries[i].doc.key.clone())
    });
}

fn sort_by_order(entries: &[Entry], list: &mut [usize]) {
    list.sort_by_cached_key(|&i| {
        let order = match &entries[i].doc.meta {
            Meta::Plain(p) => p.order,
            _ => None,
        };
        (
            order.unwrap_or(i64::MAX),
            entries[i].doc.title().to_lowercase(),
            entries[i].doc.key.clone(),
        )
    });
}
