//! The render stage: plans every page of the site, builds its view and renders it with the
//! theme in parallel. Tera and Fluent are used here and nowhere else.

mod calendar;
mod feeds;
mod format;
mod i18n;
mod make_views;
mod sitemap;
mod templates;
pub mod typography;
pub mod views;

use crate::error::{Error, Location, Problem, Problems, Result};
use crate::site::Site;
use crate::source::Section;
use make_views::{TermLookup, ViewMaker};
use rayon::prelude::*;
use std::sync::Arc;
use views::{Alternate, Nav, PageContext, PageView, SwitchLink};

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
enum Target {
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
    if !problems.is_empty() {
        return Vec::new();
    }
    let lookup = TermLookup::new(site);
    let targets = plan(site);
    let results: Vec<Result<Output>> = targets
        .par_iter()
        .map(|&t| render_one(site, &locales, &templates, &lookup, t))
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
        fmt: format::Formatter { locales, lang },
    };
    let url = url_of(site, target);
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
                .map(|l| switch_link(site, locales, l, site.home_url(l), true))
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
    let context = page_context(site, locales, &maker, target, lang, &url, &title, description, section)?;
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

/// The site path of a target.
fn url_of(site: &Site, target: Target) -> String {
    match target {
        Target::Root => "/".to_string(),
        Target::Home(l) => site.home_url(l),
        Target::List(s, l) => site.section_url(s, l),
        Target::Entry(i) => site.entries[i].url.clone(),
    }
}

fn switch_link<'s>(
    site: &'s Site,
    locales: &i18n::Locales,
    lang: usize,
    path: String,
    translated: bool,
) -> Result<SwitchLink<'s>> {
    let l = &site.config.languages[lang];
    let name = locales
        .message(lang, "language-name", None)
        .map_err(|m| Error::from(Problem::new(Location::file(format!("locales/{}", l.code)), "render", m)))?;
    Ok(SwitchLink {
        code: &l.code,
        locale: &l.locale,
        name,
        url: site.config.link(&path),
        translated,
    })
}

#[allow(clippy::too_many_arguments)]
fn page_context<'a>(
    site: &'a Site,
    locales: &i18n::Locales,
    maker: &ViewMaker<'a>,
    target: Target,
    lang: usize,
    url: &str,
    title: &'a str,
    description: Option<&'a str>,
    section: Option<Section>,
) -> Result<PageContext<'a>> {
    let config = &site.config;
    let n = config.languages.len();
    // Where this page is in each language, `None` when it has no translation there.
    let translations: Vec<Option<String>> = match target {
        Target::Root => vec![None; n],
        Target::Home(_) => (0..n).map(|l| Some(site.home_url(l))).collect(),
        Target::List(s, _) => (0..n).map(|l| Some(site.section_url(s, l))).collect(),
        Target::Entry(i) => {
            let members = &site.groups[site.entries[i].group].members;
            members.iter().map(|m| m.map(|e| site.entries[e].url.clone())).collect()
        }
    };
    let mut alternates: Vec<Alternate> = translations
        .iter()
        .enumerate()
        .filter_map(|(l, u)| {
            u.as_ref().map(|u| Alternate {
                hreflang: &config.languages[l].locale,
                href: config.absolute_url(u),
            })
        })
        .collect();
    if matches!(target, Target::Root | Target::Home(_)) {
        if matches!(target, Target::Root) {
            alternates = (0..n)
                .map(|l| Alternate {
                    hreflang: &config.languages[l].locale,
                    href: config.absolute_url(&site.home_url(l)),
                })
                .collect();
        }
        alternates.push(Alternate {
            hreflang: "x-default",
            href: config.absolute_url("/"),
        });
    }
    let mut switcher = Vec::new();
    if !matches!(target, Target::Root) {
        for (l, translation) in translations.into_iter().enumerate() {
            if l == lang {
                continue;
            }
            let fallback = site.section_url(section.unwrap_or(Section::Home), l);
            let translated = translation.is_some();
            switcher.push(switch_link(
                site,
                locales,
                l,
                translation.unwrap_or(fallback),
                translated,
            )?);
        }
    }
    let current = match section {
        Some(Section::Home) => "home",
        Some(Section::Offers) => "offers",
        Some(Section::News) => "news",
        Some(Section::Pillars) => "pillars",
        Some(Section::Neighbourhoods) => "neighbourhoods",
        Some(Section::Pages) => "page",
        None => "root",
    };
    let nav = Nav {
        home: config.link(&site.home_url(lang)),
        offers: config.link(&site.section_url(Section::Offers, lang)),
        news: config.link(&site.section_url(Section::News, lang)),
        pillars: config.link(&site.section_url(Section::Pillars, lang)),
        neighbourhoods: config.link(&site.section_url(Section::Neighbourhoods, lang)),
        current,
    };
    let l = &config.languages[lang];
    Ok(PageContext {
        lang: &l.code,
        locale: &l.locale,
        site_title: &l.title,
        title,
        description,
        canonical: config.absolute_url(url),
        alternates,
        switcher,
        nav,
        footer_pages: site.langs[lang].pages.iter().map(|&i| maker.link(i)).collect(),
        static_root: config.link("/"),
        today: config.today.to_string(),
    })
}
