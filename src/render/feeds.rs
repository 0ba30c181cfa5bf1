//! Atom feeds per language: news, upcoming offers, and one per pillar and per neighbourhood,
//! with stable ids (the entries' absolute URLs), `updated` dates and `xml:lang`.

use super::Output;
use super::SharedOutput;
use super::cache::Hasher;
use super::emit::{Emit, Emitted, KeptFiles, Made, kept_and_emitted};
use crate::config::Config;
use crate::document::{Document, Meta};
use crate::site::{Site, next_date};
use crate::source::Section;
use atom_syndication::{Entry, Feed, Link, Text};
use chrono::{DateTime, FixedOffset};
use jiff::civil::Date;
use rayon::prelude::*;
use std::sync::Arc;

/// The file name of every feed, beside its list page.
pub const FEED_FILE: &str = "atom.xml";

/// One feed to write: where, its title, and which entries.
struct FeedPlan {
    /// Site path of the list page the feed follows (`/fr/offres/`).
    pub page: String,
    /// Feed title.
    pub title: String,
    /// Entry indexes, in order.
    pub entries: Vec<usize>,
    /// Language index.
    pub lang: usize,
}

/// The date an entry is filed under in feeds: a news item's date; an offer's next date, else
/// its start, else the build date.
fn entry_date(config: &Config, doc: &Document) -> Date {
    match &doc.meta {
        Meta::News(n) => n.date.0,
        Meta::Offer(o) => next_date(o, config.today)
            .map(|t| t.date())
            .or(o.start.map(|d| d.0))
            .unwrap_or(config.today),
        Meta::Plain(_) => config.today,
    }
}

fn timestamp(d: Date) -> DateTime<FixedOffset> {
    let iso = super::format::iso_local(d.to_datetime(jiff::civil::Time::midnight()));
    DateTime::parse_from_rfc3339(&iso).unwrap_or_default()
}

/// Writes one feed. It reads the configuration and, of each entry, the parsed file and the URL
/// (`entries`, in the plan's order), and nothing else: [`FeedCache`] keeps feeds by those.
fn render(config: &Config, plan: &FeedPlan, entries: &[(&Document, &str)]) -> Output {
    let lang = &config.languages[plan.lang];
    let page_url = config.absolute_url(&plan.page);
    let dates: Vec<Date> = entries.iter().map(|(doc, _)| entry_date(config, doc)).collect();
    let items: Vec<Entry> = entries
        .iter()
        .zip(&dates)
        .map(|(&(doc, url), &date)| {
            let url = config.absolute_url(url);
            Entry {
                title: Text::plain(doc.title()),
                id: url.clone(),
                updated: timestamp(date),
                links: vec![Link {
                    href: url,
                    rel: "alternate".into(),
                    mime_type: Some("text/html".into()),
                    ..Default::default()
                }],
                summary: doc.summary().map(Text::plain),
                ..Default::default()
            }
        })
        .collect();
    let updated = dates.into_iter().max().unwrap_or(config.today);
    let feed = Feed {
        title: Text::plain(format!("{} – {}", plan.title, lang.title)),
        id: config.absolute_url(&format!("{}{FEED_FILE}", plan.page)),
        updated: timestamp(updated),
        links: vec![
            Link {
                href: config.absolute_url(&format!("{}{FEED_FILE}", plan.page)),
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Default::default()
            },
            Link {
                href: page_url,
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                hreflang: Some(lang.locale.clone()),
                ..Default::default()
            },
        ],
        lang: Some(lang.locale.clone()),
        entries: items,
        ..Default::default()
    };
    Output {
        path: format!("{}{FEED_FILE}", plan.page.trim_start_matches('/')),
        bytes: feed.to_string().into_bytes(),
    }
}

/// Every feed of the site; `list_title` gives a list's title in a language.
fn plan(site: &Site, list_title: &dyn Fn(usize, Section) -> String) -> Vec<FeedPlan> {
    let mut plans = Vec::new();
    for (lang, index) in site.langs.iter().enumerate() {
        let make = |page: String, title: String, entries: Vec<usize>| FeedPlan {
            page,
            title,
            entries,
            lang,
        };
        // Drafts (built with --drafts for a preview) are never announced in feeds.
        let published = |list: &[usize]| {
            list.iter()
                .copied()
                .filter(|&i| !site.entries[i].doc.draft)
                .collect::<Vec<_>>()
        };
        plans.push(make(
            site.section_url(Section::News, lang),
            list_title(lang, Section::News),
            published(&index.news),
        ));
        let offers = published(&index.upcoming_offers);
        plans.push(make(
            site.section_url(Section::Offers, lang),
            list_title(lang, Section::Offers),
            offers,
        ));
        for (t, listed) in site.terms(lang) {
            let e = &site.entries[t];
            let mut entries = published(&listed.current_offers);
            entries.extend(published(&listed.news));
            // Newest first; the key is made once per entry, not once per comparison.
            entries.sort_by_cached_key(|&i| {
                let e = &site.entries[i];
                std::cmp::Reverse((entry_date(&site.config, &e.doc), e.url.as_str()))
            });
            plans.push(make(e.url.clone(), e.doc.title().to_string(), entries));
        }
    }
    plans
}

/// The feeds of the last build of the preview, each with the hash of what it was written from:
/// the configuration, its plan, and each entry's parsed file (by identity: the files are held,
/// so that no other can take their place in memory) and URL.
#[derive(Debug, Default)]
pub(crate) struct FeedCache {
    held: Vec<Arc<Document>>,
    files: KeptFiles,
}

/// Every feed of the site (see [`plan`]); with a `cache` (the preview), a feed whose inputs are
/// those of last time is taken from it, and it is left with this build's.
pub(crate) fn render_all(
    site: &Site,
    list_title: &dyn Fn(usize, Section) -> String,
    cache: Option<&mut FeedCache>,
    out: Emit<'_>,
) -> Vec<Emitted> {
    let config = &site.config;
    let fingerprint = cache.is_some().then(|| config.fingerprint());
    let old = cache.as_ref().map(|c| &c.files);
    // Each feed is given to `out` as soon as it is made; the preview's cache keeps its bytes.
    let made: Vec<Made> = plan(site, list_title)
        .par_iter()
        .map(|p| {
            let entries: Vec<(&Document, &str)> = p
                .entries
                .iter()
                .map(|&i| (site.entries[i].doc.as_ref(), site.entries[i].url.as_str()))
                .collect();
            let path = format!("{}{FEED_FILE}", p.page.trim_start_matches('/'));
            let Some(fingerprint) = &fingerprint else {
                return (None, out.file(render(config, p, &entries).into()));
            };
            let mut h = Hasher::new();
            h.piece(fingerprint.as_bytes());
            h.piece(p.page.as_bytes());
            h.piece(p.title.as_bytes());
            h.piece(&p.lang.to_le_bytes());
            for (doc, url) in &entries {
                h.piece(&(std::ptr::from_ref(*doc) as usize).to_le_bytes());
                h.piece(url.as_bytes());
            }
            let key = h.finish();
            let file = match old.and_then(|files| files.get(&path)) {
                Some((k, bytes)) if *k == key => SharedOutput {
                    path,
                    bytes: Arc::clone(bytes),
                },
                _ => render(config, p, &entries).into(),
            };
            let kept = (file.path.clone(), key, Arc::clone(&file.bytes));
            (Some(kept), out.file(file))
        })
        .collect();
    let (files, emitted) = kept_and_emitted(made);
    if let Some(c) = cache {
        // Held until the next build has compared its files' addresses with these.
        c.held = site.entries.iter().map(|e| Arc::clone(&e.doc)).collect();
        c.files = files;
    }
    emitted
}
