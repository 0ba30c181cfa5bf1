//! Builds the typed views of offers, news and terms from site entries, formatting dates and
//! prices for the page's language.

use super::format::Formatter;
use super::views::{Filterable, LinkView, NewsView, OfferRef, OfferView, PlaceView, SessionView, TermLink, TermView};
use crate::document::Meta;
use crate::site::BodyReads;
use crate::site::{Site, next_date};
use crate::source::Section;
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::OnceLock;

/// An image address as written, with site-absolute paths (`/images/x.jpg`) put under the base
/// URL's path so they work when the site is published in a sub-folder.
fn image_url(site: &Site, image: &str) -> String {
    if image.starts_with('/') && !image.starts_with("//") {
        site.config.link(image)
    } else {
        image.to_string()
    }
}

fn term_link(site: &Site, entry: usize) -> TermLink<'_> {
    let e = &site.entries[entry];
    TermLink {
        key: &e.doc.key,
        title: e.doc.title(),
        url: site.config.link(&e.url),
    }
}

/// Looks up pillar and neighbourhood entries by section, key and language.
pub(crate) struct TermLookup<'s> {
    by_key: HashMap<(Section, &'s str, usize), usize>,
    /// The filter values of each offer list, made once per list (and kept for a quick pass).
    pub facets: std::sync::Arc<super::facets::FacetMemo>,
}

impl<'s> TermLookup<'s> {
    pub fn new(site: &'s Site) -> Self {
        Self::with_facets(site, Default::default())
    }

    /// A lookup with the filter values of the lists of a render of the same site model.
    pub fn with_facets(site: &'s Site, facets: std::sync::Arc<super::facets::FacetMemo>) -> Self {
        let by_key = site
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.doc.section, Section::Pillars | Section::Neighbourhoods))
            .map(|(i, e)| ((e.doc.section, e.doc.key.as_str(), e.doc.lang), i))
            .collect();
        TermLookup { by_key, facets }
    }

    fn links(&self, site: &'s Site, section: Section, keys: &'s [String], lang: usize) -> Vec<TermLink<'s>> {
        keys.iter()
            .filter_map(|k| self.by_key.get(&(section, k.as_str(), lang)))
            .map(|&i| term_link(site, i))
            .collect()
    }
}

/// Everything needed to build views for one language.
pub(crate) struct ViewMaker<'s> {
    pub site: &'s Site,
    pub terms: &'s TermLookup<'s>,
    pub fmt: Formatter<'s>,
    /// The view of every offer (see [`OfferViews`]).
    pub offers: &'s OfferViews<'s>,
    /// The CLDR names of every language (a lazy [`OfferViews`] makes a view in its offer's).
    names: &'s [super::names::CalendarNames],
    /// The entries whose bodies the views made so far read.
    pub reads: BodyReads,
}

type R<T> = std::result::Result<T, String>;

/// The view of every offer of the site, made once per render in the offer's language: an offer
/// shows on its page, on the pages of its lists and terms, and in its card, and its dates and
/// sessions take most of the time of making a page's view. Each view comes with the bodies it
/// read, which a page showing it reads too.
#[derive(Default)]
pub(crate) struct OfferViews<'s> {
    views: Vec<OnceLock<Option<R<Made<'s>>>>>,
    /// Views are made when first asked for (a few pages rendered again), not all at once.
    lazy: bool,
}

/// An offer's view, its hash, and the entries whose bodies it read.
type Made<'s> = (OfferView<'s>, super::cache::Key, Vec<usize>);

impl<'s> OfferViews<'s> {
    /// The views of the offers of `site`, each made by `maker_of(language)`, with the hash of
    /// each when `keyed` (the preview's pages have keys; a single build's do not).
    pub fn make(site: &'s Site, maker_of: &(dyn Fn(usize) -> ViewMaker<'s> + Sync), keyed: bool) -> Self {
        let views = (0..site.entries.len())
            .into_par_iter()
            .map(|i| {
                OnceLock::from(match &site.entries[i].doc.meta {
                    Meta::Offer(_) => Some(maker_of(site.entries[i].doc.lang).make_offer(i, keyed)),
                    _ => None,
                })
            })
            .collect();
        OfferViews { views, lazy: false }
    }

    /// A table whose views are made by the page that first asks for one, unhashed.
    pub fn lazy(site: &Site) -> Self {
        OfferViews {
            views: (0..site.entries.len()).map(|_| OnceLock::new()).collect(),
            lazy: true,
        }
    }
}

impl<'s> ViewMaker<'s> {
    pub fn new(
        site: &'s Site,
        terms: &'s TermLookup<'s>,
        locales: &'s super::i18n::Locales,
        names: &'s [super::names::CalendarNames],
        offers: &'s OfferViews<'s>,
        lang: usize,
    ) -> Self {
        ViewMaker {
            site,
            terms,
            fmt: Formatter {
                locales,
                names: &names[lang],
                lang,
            },
            offers,
            names,
            reads: BodyReads::default(),
        }
    }

    /// The body of `entry` as HTML, noted as read by this maker's views.
    pub fn body(&self, entry: usize) -> &'s str {
        self.site.body(entry, &self.reads)
    }

    fn lang(&self) -> usize {
        self.fmt.lang
    }

    pub fn link(&self, entry: usize) -> LinkView<'s> {
        let e = &self.site.entries[entry];
        LinkView {
            title: e.doc.title(),
            url: self.site.config.link(&e.url),
        }
    }

    /// The view of the offer `entry`, made once per render (see [`OfferViews`]).
    pub fn offer(&self, entry: usize) -> R<OfferRef<'s>> {
        let e = &self.site.entries[entry];
        let cell = self.offers.views.get(entry);
        let made = match cell {
            Some(cell) if self.offers.lazy => cell.get_or_init(|| match &e.doc.meta {
                Meta::Offer(_) => {
                    // Its own language's maker (the table's views are not asked for there).
                    let maker = ViewMaker::new(
                        self.site,
                        self.terms,
                        self.fmt.locales,
                        self.names,
                        self.offers,
                        e.doc.lang,
                    );
                    Some(maker.make_offer(entry, false))
                }
                _ => None,
            }),
            Some(cell) => cell.get().unwrap_or(&None),
            None => &None,
        };
        match made {
            Some(Ok((view, digest, read))) => {
                self.reads.extend(read);
                Ok(OfferRef { view, digest })
            }
            Some(Err(e)) => Err(e.clone()),
            None => Err(format!("{} is not an offer", e.doc.path.display())),
        }
    }

    /// The view of the offer `entry` with the bodies it read, hashed when `keyed`.
    fn make_offer(&self, entry: usize, keyed: bool) -> R<Made<'s>> {
        let view = self.make_offer_view(entry)?;
        let mut digest = [0; 16];
        if keyed {
            let mut h = super::cache::Hasher::new();
            h.data(&view)?;
            digest = h.finish();
        }
        Ok((view, digest, self.reads.take()))
    }

    fn make_offer_view(&self, entry: usize) -> R<OfferView<'s>> {
        let site = self.site;
        let e = &site.entries[entry];
        let Meta::Offer(o) = &e.doc.meta else {
            return Err(format!("{} is not an offer", e.doc.path.display()));
        };
        let today = site.config.today;
        let period = match (o.start, o.end) {
            (Some(s), Some(end)) => Some(self.fmt.period(s.0, end.0)?),
            (Some(s), None) => Some(self.fmt.date_short(s.0)?),
            (None, Some(end)) => Some(self.fmt.date_short(end.0)?),
            (None, None) => None,
        };
        let next = next_date(o, today)
            .map(|t| {
                if o.sessions.is_empty() {
                    self.fmt.day(t.date())
                } else {
                    self.fmt.date_time(t)
                }
            })
            .transpose()?;
        let sessions = o
            .sessions
            .iter()
            .map(|s| {
                Ok(SessionView {
                    start: self.fmt.date_time(s.start.0)?,
                    end: self.fmt.date_time(s.end.0)?,
                    text: self.fmt.session(s.start.0, s.end.0)?,
                })
            })
            .collect::<R<Vec<_>>>()?;
        Ok(OfferView {
            key: &e.doc.key,
            title: &o.title,
            summary: &o.summary,
            url: site.config.link(&e.url),
            provider: &o.provider,
            pillars: self.terms.links(site, Section::Pillars, &o.pillars, self.lang()),
            neighbourhoods: self
                .terms
                .links(site, Section::Neighbourhoods, &o.neighbourhoods, self.lang()),
            audience: o.audience.iter().map(|a| a.as_str()).collect(),
            age: o.age.map(|a| a.to_string()),
            age_min: o.age.map(|a| a.min),
            age_max: o.age.and_then(|a| a.max),
            start: o
                .start
                .map(|d| d.0)
                .or_else(|| o.sessions.iter().map(|s| s.start.0.date()).min())
                .map(|d| d.to_string()),
            end: crate::site::last_day(o).map(|d| d.to_string()),
            days: {
                let mut days: Vec<String> = o.sessions.iter().map(|s| s.start.0.date().to_string()).collect();
                days.sort();
                days.dedup();
                days
            },
            level: o.level.as_deref(),
            period,
            next,
            sessions,
            schedule: o.schedule.as_deref(),
            mode: o.mode.as_str(),
            status: o.status.as_str(),
            finished: site.is_finished(o),
            free: matches!(o.price, Some(crate::document::values::Price::Free)),
            price: o.price.map(|p| self.fmt.price(p)).transpose()?,
            price_reduced: o.price_reduced.map(|p| self.fmt.amount(p)).transpose()?,
            price_note: o.price_note.as_deref(),
            languages: o.languages.iter().map(String::as_str).collect(),
            location: o.location.as_ref().map(|p| PlaceView {
                name: &p.name,
                address: p.address.as_deref(),
                stop: p.stop.as_deref(),
            }),
            accessibility: o.accessibility.iter().map(|a| a.as_str()).collect(),
            accessibility_note: o.accessibility_note.as_deref(),
            registration: o.registration.as_deref(),
            registration_required: o.registration_required,
            registration_deadline: o.registration_deadline.map(|d| self.fmt.day(d.0)).transpose()?,
            contact: o.contact.as_deref(),
            image: o.image.as_deref().map(|i| image_url(site, i)),
            image_alt: o.image_alt.as_deref(),
            image_width: e.image_size.map(|(w, _)| w),
            image_height: e.image_size.map(|(_, h)| h),
            calendar: super::calendar::is_dated(site, entry).then(|| {
                site.config
                    .link(&format!("{}{}", e.url, super::calendar::CALENDAR_FILE))
            }),
            body: self.body(entry),
        })
    }

    pub fn offers(&self, list: &[usize]) -> R<Vec<OfferRef<'s>>> {
        list.iter().map(|&i| self.offer(i)).collect()
    }

    /// Page `page` (from 1, of `size` offers) of the current offers `list` of the list at
    /// `first_url`, with the filter values of the whole list.
    pub fn filterable(&self, list: &[usize], page: usize, size: usize, first_url: &str) -> R<Filterable<'s>> {
        let site = self.site;
        let start = ((page.max(1) - 1) * size).min(list.len());
        let shown = &list[start..(start + size).min(list.len())];
        let offers = self.offers(shown)?;
        let facets = self.terms.facets.get(site, list, self.lang(), first_url);
        Ok(Filterable {
            cards: site.config.link(&format!("{first_url}{}", super::cards::CARDS_FILE)),
            total: list.len(),
            audiences: facets.audiences.clone(),
            pillars: facets.pillars.iter().map(|&i| term_link(site, i)).collect(),
            neighbourhoods: facets.neighbourhoods.iter().map(|&i| term_link(site, i)).collect(),
            languages: facets.languages.clone(),
            any_free: facets.any_free,
            any_age: facets.any_age,
            any_online: facets.any_online,
            any_onsite: facets.any_onsite,
            any_dated: facets.any_dated,
            offers,
        })
    }

    pub fn news_item(&self, entry: usize) -> R<NewsView<'s>> {
        let site = self.site;
        let e = &site.entries[entry];
        let Meta::News(n) = &e.doc.meta else {
            return Err(format!("{} is not a news item", e.doc.path.display()));
        };
        Ok(NewsView {
            key: &e.doc.key,
            title: &n.title,
            summary: &n.summary,
            url: site.config.link(&e.url),
            date: self.fmt.day(n.date.0)?,
            pillars: self.terms.links(site, Section::Pillars, &n.pillars, self.lang()),
            neighbourhoods: self
                .terms
                .links(site, Section::Neighbourhoods, &n.neighbourhoods, self.lang()),
            image: n.image.as_deref().map(|i| image_url(site, i)),
            image_alt: n.image_alt.as_deref(),
            image_width: e.image_size.map(|(w, _)| w),
            image_height: e.image_size.map(|(_, h)| h),
            body: self.body(entry),
        })
    }

    pub fn news(&self, list: &[usize]) -> R<Vec<NewsView<'s>>> {
        list.iter().map(|&i| self.news_item(i)).collect()
    }

    pub fn term(&self, entry: usize) -> TermView<'s> {
        let site = self.site;
        let e = &site.entries[entry];
        let index = &site.langs[self.lang()];
        let map = if e.doc.section == Section::Pillars {
            &index.by_pillar
        } else {
            &index.by_neighbourhood
        };
        TermView {
            key: &e.doc.key,
            title: e.doc.title(),
            summary: e.doc.summary(),
            url: site.config.link(&e.url),
            offer_count: map.get(&e.doc.key).map_or(0, |t| t.current_offers.len()),
            body: self.body(entry),
        }
    }

    pub fn terms(&self, list: &[usize]) -> Vec<TermView<'s>> {
        list.iter().map(|&i| self.term(i)).collect()
    }
}
