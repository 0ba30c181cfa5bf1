//! The render stage: plans every page of the site, builds its view and renders it with the
//! theme in parallel. Tera and Fluent are used here and nowhere else.

mod calendar;
mod context;
mod feeds;
mod format;
mod i18n;
mod make_views;
mod names;
mod sitemap;
mod structured;
mod templates;
pub mod typography;
pub mod views;

use crate::error::{Error, Location, Problem, Problems, Result};
use crate::site::Site;
use crate::source::Section;
use make_views::{TermLookup, ViewMaker};
use rayon::prelude::*;
use std::sync::Arc;
use views::PageView;

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Path inside the output folder, with `/` separators (`fr/offres/index.html`).
    pub path: String,
    /// Its content.
    pub bytes: Vec<u8>,
}

/// A page to render: which language and what.
#[derive(Debug, Clone, Copy)]
pub(super) enum Target {
    Root,
    Home(usize),
    List(Section, usize),
    Entry(usize),
}

/// Renders every page of the site. The theme's templates and UI strings are always checked;
/// pages are rendered only when no problem was found before (the content must be sound).
pub fn render(site: &Site, problems: &mut Problems) -> Vec<Output> {
    let Some(locales) = problems.take(i18n::Locales::load(&site.config)) else {
        return Vec::new();
    };
    let locales = Arc::new(locales);
    let Some(templates) = problems.take(templates::Templates::load(&site.config, Arc::clone(&locales))) else {
        return Vec::new();
    };
    let names: Vec<names::CalendarNames> = site
        .config
        .languages
        .iter()
        .filter_map(|l| {
            let loaded = names::CalendarNames::load(&l.locale)
                .map_err(|m| Error::from(Problem::new(Location::file(crate::config::SITE_FILE), "bad-locale", m)));
            problems.take(loaded)
        })
        .collect();
    if !problems.is_empty() {
        return Vec::new();
    }
    let lookup = TermLookup::new(site);
    let targets = plan(site);
    let results: Vec<Result<Output>> = targets
        .par_iter()
        .map(|&t| render_one(site, &locales, &names, &templates, &lookup, t))
        .collect();
    let mut outputs: Vec<Output> = results.into_iter().filter_map(|r| problems.take(r)).collect();
    let list_title = |lang: usize, section: Section| {
        locales
            .message(lang, &format!("list-title-{}", section.folder()), None)
            .unwrap_or_default()
    };
    outputs.par_extend(
        feeds::plan(site, &list_title)
            .par_iter()
            .map(|p| feeds::render(site, p)),
    );
    outputs.extend(calendar::render_all(site, &list_title));
    outputs.extend(sitemap::render(site));
    outputs
}

fn plan(site: &Site) -> Vec<Target> {
    let mut targets = vec![Target::Root];
    for lang in 0..site.config.languages.len() {
        targets.push(Target::Home(lang));
        for s in [
            Section::Offers,
            Section::News,
            Section::Pillars,
            Section::Neighbourhoods,
        ] {
            targets.push(Target::List(s, lang));
        }
    }
    targets.extend(
        site.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.doc.section != Section::Home)
            .map(|(i, _)| Target::Entry(i)),
    );
    targets
}

fn render_one(
    site: &Site,
    locales: &i18n::Locales,
    names: &[names::CalendarNames],
    templates: &templates::Templates,
    lookup: &TermLookup,
    target: Target,
) -> Result<Output> {
    let lang = match target {
        Target::Root => site.config.default_language,
        Target::Home(l) | Target::List(_, l) => l,
        Target::Entry(i) => site.entries[i].doc.lang,
    };
    let maker = ViewMaker {
        site,
        terms: lookup,
        fmt: format::Formatter {
            locales,
            names: &names[lang],
            lang,
        },
    };
    let url = context::url_of(site, target);
    let located = |message: String| -> Error {
        let location = match target {
            Target::Entry(i) => Location::file(&site.entries[i].doc.path),
            _ => Location::file(format!("locales/{}", site.config.languages[lang].code)),
        };
        Problem::new(location, "render", format!("{message} (rendering {url})")).into()
    };
    let title_of = |id: &str| locales.message(lang, id, None).map_err(&located);
    let index = &site.langs[lang];
    let (page, title, description, section): (PageView, String, Option<&str>, Option<Section>) = match target {
        Target::Root => {
            let languages = (0..site.config.languages.len())
                .map(|l| context::switch_link(site, locales, l, site.home_url(l), true))
                .collect::<Result<_>>()?;
            let titles: Vec<&str> = site.config.languages.iter().map(|l| l.title.as_str()).collect();
            (PageView::Root { languages }, titles.join(" · "), None, None)
        }
        Target::Home(_) => {
            let home = index.home.map(|i| &site.entries[i]);
            let page = PageView::Home {
                body: home.map_or("", |e| e.html.as_str()),
                offers: maker
                    .offers(&index.upcoming_offers[..index.upcoming_offers.len().min(site.config.home_upcoming_offers)])
                    .map_err(&located)?,
                news: maker
                    .news(&index.news[..index.news.len().min(site.config.home_latest_news)])
                    .map_err(&located)?,
                pillars: maker.terms(&index.pillars),
                neighbourhoods: maker.terms(&index.neighbourhoods),
            };
            let title = home.map_or_else(
                || site.config.languages[lang].title.clone(),
                |e| e.doc.title().to_string(),
            );
            (page, title, home.and_then(|e| e.doc.summary()), Some(Section::Home))
        }
        Target::List(section, _) => {
            let page = match section {
                Section::Offers => PageView::Offers {
                    offers: maker.offers(&index.current_offers).map_err(&located)?,
                    finished: maker.offers(&index.finished_offers).map_err(&located)?,
                },
                Section::News => PageView::NewsList {
                    news: maker.news(&index.news).map_err(&located)?,
                },
                Section::Pillars => PageView::Terms {
                    taxonomy: "pillars",
                    terms: maker.terms(&index.pillars),
                },
                _ => PageView::Terms {
                    taxonomy: "neighbourhoods",
                    terms: maker.terms(&index.neighbourhoods),
                },
            };
            let id = format!("list-title-{}", section.folder());
            (page, title_of(&id)?, None, Some(section))
        }
        Target::Entry(i) => {
            let e = &site.entries[i];
            let page = match e.doc.section {
                Section::Offers => PageView::Offer {
                    offer: Box::new(maker.offer(i).map_err(&located)?),
                },
                Section::News => PageView::News {
                    item: maker.news_item(i).map_err(&located)?,
                },
                Section::Pillars | Section::Neighbourhoods => {
                    let pillars = e.doc.section == Section::Pillars;
                    let map = if pillars {
                        &index.by_pillar
                    } else {
                        &index.by_neighbourhood
                    };
                    let terms = map.get(&e.doc.key).cloned().unwrap_or_default();
                    PageView::Term {
                        taxonomy: if pillars { "pillars" } else { "neighbourhoods" },
                        term: maker.term(i),
                        offers: maker.offers(&terms.current_offers).map_err(&located)?,
                        finished: maker.offers(&terms.finished_offers).map_err(&located)?,
                        news: maker.news(&terms.news).map_err(&located)?,
                    }
                }
                _ => PageView::Page { body: &e.html },
            };
            (page, e.doc.title().to_string(), e.doc.summary(), Some(e.doc.section))
        }
    };
    let info = context::PageInfo {
        target,
        lang,
        url: &url,
        title: &title,
        description,
        section,
    };
    let context = context::page_context(site, locales, &maker, &info)?;
    let mut tera_context = tera::Context::from_serialize(&context).map_err(|e| located(e.to_string()))?;
    tera_context.insert("page", &page);
    let mut html = templates.render(page.template(), &tera_context, &url)?;
    if site.config.languages[lang].locale.starts_with("fr") {
        html = typography::apply(&html, site.config.french_punctuation);
    }
    let path = format!("{}index.html", url.trim_start_matches('/'));
    Ok(Output {
        path,
        bytes: html.into_bytes(),
    })
}
