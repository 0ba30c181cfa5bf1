//! The model stage: from parsed documents to the site: each entry's URL, its translations,
//! which offers and news belong to each pillar and neighbourhood, what is current or finished,
//! and every body rendered to HTML with its links resolved.

mod bodies;
mod collisions;
mod images;
mod links;
mod terms;

use crate::config::Config;
use crate::document::{Document, Meta, OfferMeta, Parsed};
use crate::error::Problems;
use crate::source::Section;
pub use bodies::BodyCache;
use jiff::civil::{Date, DateTime};
use rayon::prelude::*;
use std::collections::HashMap;

pub use links::resolve_link;
pub use terms::TermIndex;

/// One published content file with its place in the site.
#[derive(Debug)]
pub struct Entry {
    /// The parsed file (shared with the preview's parse cache, which keeps it for the next build).
    pub doc: std::sync::Arc<Document>,
    /// Its site path, e.g. `/fr/offres/club-lecture/`.
    pub url: String,
    /// Its body as HTML: read through [`Site::body`], which notes who read it.
    html: std::sync::Arc<String>,
    /// Its translation group, an index into `Site::groups`.
    pub group: usize,
    /// Width and height of its `image` (offers and news), when it is a local file.
    pub image_size: Option<(u32, u32)>,
}

/// The entries whose bodies were read, in the order read (see [`Site::body`]).
#[derive(Debug, Default)]
pub struct BodyReads(std::sync::Mutex<Vec<usize>>);

impl BodyReads {
    /// The entries read, sorted, each once; the list starts again empty.
    pub fn take(&self) -> Vec<usize> {
        let mut read = std::mem::take(&mut *crate::lock(&self.0));
        read.sort_unstable();
        read.dedup();
        read
    }

    /// Notes the reads of `other` as reads of this one.
    pub fn extend(&self, other: &[usize]) {
        crate::lock(&self.0).extend_from_slice(other);
    }
}

/// The files that translate one another: one section and key, one entry per language at most.
#[derive(Debug)]
pub struct Group {
    /// The section.
    pub section: Section,
    /// The shared key.
    pub key: String,
    /// The entry in each language, by language index.
    pub members: Vec<Option<usize>>,
}

/// Per-language lists, each sorted for display.
#[derive(Debug, Default)]
pub struct LangIndex {
    /// The home intro.
    pub home: Option<usize>,
    /// Offers still running or to come, soonest first.
    pub current_offers: Vec<usize>,
    /// Offers whose period is over, most recent first.
    pub finished_offers: Vec<usize>,
    /// Offers with a date still to come, soonest first (home page).
    pub upcoming_offers: Vec<usize>,
    /// News, newest first.
    pub news: Vec<usize>,
    /// Pillars by `order`, then title.
    pub pillars: Vec<usize>,
    /// Neighbourhoods by `order`, then title.
    pub neighbourhoods: Vec<usize>,
    /// Free pages by `order`, then title.
    pub pages: Vec<usize>,
    /// Offers and news of each pillar, by pillar key.
    pub by_pillar: HashMap<String, TermIndex>,
    /// Offers and news of each neighbourhood, by neighbourhood key.
    pub by_neighbourhood: HashMap<String, TermIndex>,
}

/// The whole site, ready to render.
#[derive(Debug)]
pub struct Site {
    /// The configuration.
    pub config: Config,
    /// Every published entry.
    pub entries: Vec<Entry>,
    /// Translation groups.
    pub groups: Vec<Group>,
    /// Lists per language, by language index.
    pub langs: Vec<LangIndex>,
}

impl Site {
    /// The site path of a language's home page.
    pub fn home_url(&self, lang: usize) -> String {
        format!("/{}/", self.config.languages[lang].code)
    }

    /// The site path of a section's index page in a language (`/fr/offres/`); home and free
    /// pages have none and give the language's home.
    pub fn section_url(&self, section: Section, lang: usize) -> String {
        section_url(&self.config, section, lang)
    }

    /// Each pillar, then each neighbourhood, of a language (in display order) with what it lists.
    pub fn terms(&self, lang: usize) -> impl Iterator<Item = (usize, &TermIndex)> + '_ {
        let index = &self.langs[lang];
        let pillars = index.pillars.iter().map(|&t| (t, &index.by_pillar));
        let neighbourhoods = index.neighbourhoods.iter().map(|&t| (t, &index.by_neighbourhood));
        pillars
            .chain(neighbourhoods)
            .filter_map(|(t, map)| map.get(&self.entries[t].doc.key).map(|listed| (t, listed)))
    }

    /// Whether an offer is over on the build date.
    pub fn is_finished(&self, offer: &OfferMeta) -> bool {
        last_day(offer).is_some_and(|d| d < self.config.today)
    }

    /// The body of `entry` as HTML, noted in `reads`: what the preview needs to know which pages
    /// to render again when only a body changed (see [`Site::replace_body`]).
    pub fn body(&self, entry: usize, reads: &BodyReads) -> &str {
        crate::lock(&reads.0).push(entry);
        &self.entries[entry].html
    }

    /// The translations of an entry, in language order, itself included.
    pub fn translations(&self, entry: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.groups[self.entries[entry].group]
            .members
            .iter()
            .enumerate()
            .filter_map(|(l, m)| m.map(|e| (l, e)))
    }
}

fn section_url(config: &Config, section: Section, lang: usize) -> String {
    let l = &config.languages[lang];
    let seg = match section {
        Section::Offers => &l.sections.offers,
        Section::News => &l.sections.news,
        Section::Pillars => &l.sections.pillars,
        Section::Neighbourhoods => &l.sections.neighbourhoods,
        Section::Home | Section::Pages => return format!("/{}/", l.code),
    };
    format!("/{}/{seg}/", l.code)
}

/// The site path of a language's search page (`/fr/recherche/`).
pub fn search_url(config: &Config, lang: usize) -> String {
    let l = &config.languages[lang];
    format!("/{}/{}/", l.code, l.sections.search)
}

/// The last day an offer runs: its `end`, else its last session's day.
pub fn last_day(offer: &OfferMeta) -> Option<Date> {
    offer
        .end
        .map(|d| d.0)
        .or_else(|| offer.sessions.iter().map(|s| s.end.0.date()).max())
}

/// The next time an offer happens on or after `today`: a session, else its start date.
pub fn next_date(offer: &OfferMeta, today: Date) -> Option<DateTime> {
    let session = offer
        .sessions
        .iter()
        .map(|s| s.start.0)
        .filter(|t| t.date() >= today)
        .min();
    session.or_else(|| {
        offer
            .start
            .map(|d| d.0.to_datetime(jiff::civil::Time::midnight()))
            .filter(|t| t.date() >= today)
    })
}

/// Builds the site from every parsed document; every problem found goes to `problems`.
pub fn build(config: Config, parsed: Parsed, problems: &mut Problems) -> Site {
    build_with(config, parsed, problems, None)
}

/// [`build`], taking from `bodies` each body rendered by the last build whose text and
/// lookups are the same (see `bodies.rs`), and leaving it with this build's.
pub fn build_with(config: Config, parsed: Parsed, problems: &mut Problems, bodies: Option<&mut BodyCache>) -> Site {
    // Drafts, and news dated after the build date ("scheduled"), are published only when asked.
    let scheduled = |d: &Document| matches!(&d.meta, Meta::News(n) if n.date.0 > config.today);
    let docs: Vec<std::sync::Arc<Document>> = parsed
        .docs
        .into_iter()
        .filter(|d| (config.drafts || !d.draft) && (config.future || !scheduled(d)))
        .collect();

    let urls: Vec<String> = docs.par_iter().map(|d| entry_url(&config, d)).collect();
    collisions::check(&config, &docs, &urls, problems);

    let mut group_of: HashMap<(Section, &str), usize> = HashMap::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut entry_group = Vec::with_capacity(docs.len());
    for (i, d) in docs.iter().enumerate() {
        let g = *group_of.entry((d.section, d.key.as_str())).or_insert_with(|| {
            groups.push(Group {
                section: d.section,
                key: d.key.clone(),
                members: vec![None; config.languages.len()],
            });
            groups.len() - 1
        });
        groups[g].members[d.lang] = Some(i);
        entry_group.push(g);
    }

    terms::check_references(&config, &docs, &parsed.unreadable, problems);

    // Files that failed to parse still exist: links to them are not reported as broken.
    let mut by_path: HashMap<&std::path::Path, &str> = parsed
        .unreadable
        .iter()
        .map(|(path, ..)| (path.as_path(), "/"))
        .collect();
    by_path.extend(docs.iter().zip(&urls).map(|(d, u)| (d.path.as_path(), u.as_str())));
    let url_of = |p: &std::path::Path| by_path.get(p).map(|u| config.link(u));
    let size_of = |path: &str| images::size_of(&config.root, path);
    let renderer = bodies::Bodies {
        config: &config,
        url_of: &url_of,
        size_of: &size_of,
    };
    let mut bodies = bodies;
    let old = match bodies.as_deref_mut() {
        Some(cache) => bodies::take(cache, &config, &docs),
        None => vec![None; docs.len()],
    };
    let keep = bodies.is_some();
    let rendered: Vec<bodies::Rendered> = docs
        .par_iter()
        .zip(&urls)
        .zip(old)
        .map(|((d, url), old)| renderer.render(d, url, old, keep))
        .collect();
    let mut htmls = Vec::with_capacity(docs.len());
    let mut memos = Vec::new();
    let fresh = rendered.iter().filter(|r| r.3).count();
    for (html, found, memo, _) in rendered {
        for p in found {
            problems.push(p);
        }
        htmls.push(html);
        memos.extend(memo);
    }
    if let Some(cache) = bodies {
        bodies::keep(cache, memos, fresh);
    }
    drop(by_path);
    let image_sizes: Vec<Option<(u32, u32)>> = docs
        .iter()
        .zip(&urls)
        .map(|(d, url)| field_image_size(&config, d, url, problems))
        .collect();

    let entries: Vec<Entry> = docs
        .into_iter()
        .zip(urls)
        .zip(htmls)
        .zip(entry_group)
        .zip(image_sizes)
        .map(|((((doc, url), html), group), image_size)| Entry {
            doc,
            url,
            html,
            group,
            image_size,
        })
        .collect();
    let langs = (0..config.languages.len())
        .into_par_iter()
        .map(|l| terms::index_language(&config, &entries, l))
        .collect();
    Site {
        config,
        entries,
        groups,
        langs,
    }
}

/// The size of the `image` of an offer or news item, when it is a local file whose size can
/// be read; a missing or unreadable one is a warning at its `image` line.
fn field_image_size(config: &Config, d: &Document, url: &str, problems: &mut Problems) -> Option<(u32, u32)> {
    let image = match &d.meta {
        Meta::Offer(o) => o.image.as_deref(),
        Meta::News(n) => n.image.as_deref(),
        _ => None,
    }?;
    let path = images::local_path(image, url)?;
    match images::size_of(&config.root, &path) {
        Ok(size) => size,
        Err(found) => {
            problems.push(found.into_problem(d.field_location("image"), image));
            None
        }
    }
}

/// The site path of a document: language, section segment, then the key with its last part
/// replaced by the localized slug.
fn entry_url(config: &Config, d: &Document) -> String {
    let base = section_url(config, d.section, d.lang);
    if d.section == Section::Home {
        return base;
    }
    let mut parts: Vec<&str> = d.key.split('/').collect();
    if let (Some(slug), Some(last)) = (d.slug.as_deref(), parts.last_mut()) {
        *last = slug;
    }
    format!("{base}{}/", parts.join("/"))
}

/// Convenience for views: the offer front matter of an entry, if it is one.
pub fn offer_meta(entry: &Entry) -> Option<&OfferMeta> {
    match &entry.doc.meta {
        Meta::Offer(o) => Some(o),
        _ => None,
    }
}
