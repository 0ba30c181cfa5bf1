//! Atom feeds per language: news, upcoming offers, and one per pillar and per neighbourhood,
//! with stable ids (the entries' absolute URLs), `updated` dates and `xml:lang`.

use super::Output;
use crate::document::Meta;
use crate::site::{Site, next_date};
use crate::source::Section;
use atom_syndication::{Entry, Feed, Link, Text};
use chrono::{DateTime, FixedOffset};
use jiff::civil::Date;

/// The file name of every feed, beside its list page.
pub const FEED_FILE: &str = "atom.xml";

/// One feed to write: where, its title, and which entries.
pub(crate) struct FeedPlan {
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
fn entry_date(site: &Site, entry: usize) -> Date {
    match &site.entries[entry].doc.meta {
        Meta::News(n) => n.date.0,
        Meta::Offer(o) => next_date(o, site.config.today)
            .map(|t| t.date())
            .or(o.start.map(|d| d.0))
            .unwrap_or(site.config.today),
        Meta::Plain(_) => site.config.today,
    }
}

fn timestamp(d: Date) -> DateTime<FixedOffset> {
    let iso = super::format::iso_local(d.to_datetime(jiff::civil::Time::midnight()));
    DateTime::parse_from_rfc3339(&iso).unwrap_or_default()
}

/// Writes one feed.
pub(crate) fn render(site: &Site, plan: &FeedPlan) -> Output {
    let config = &site.config;
    let lang = &config.languages[plan.lang];
    let page_url = config.absolute_url(&plan.page);
    let entries: Vec<Entry> = plan
        .entries
        .iter()
        .map(|&i| {
            let e = &site.entries[i];
            let url = config.absolute_url(&e.url);
            Entry {
                title: Text::plain(e.doc.title()),
                id: url.clone(),
                updated: timestamp(entry_date(site, i)),
                links: vec![Link {
                    href: url,
                    rel: "alternate".into(),
                    mime_type: Some("text/html".into()),
                    ..Default::default()
                }],
                summary: e.doc.summary().map(Text::plain),
                ..Default::default()
            }
        })
        .collect();
    let updated = plan
        .entries
        .iter()
        .map(|&i| entry_date(site, i))
        .max()
        .unwrap_or(config.today);
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
        entries,
        ..Default::default()
    };
    Output {
        path: format!("{}{FEED_FILE}", plan.page.trim_start_matches('/')),
        bytes: feed.to_string().into_bytes(),
    }
}

/// Every feed of the site; `list_title` gives a list's title in a language.
pub(crate) fn plan(site: &Site, list_title: &dyn Fn(usize, Section) -> String) -> Vec<FeedPlan> {
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
            entries.sort_by_key(|&i| std::cmp::Reverse((entry_date(site, i), site.entries[i].url.clone())));
            plans.push(make(e.url.clone(), e.doc.title().to_string(), entries));
        }
    }
    plans
}
