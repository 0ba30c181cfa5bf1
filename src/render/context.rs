//! The context every page shares: its language, its translations (switcher, `hreflang`),
//! navigation, feeds, and head metadata (canonical URL, pagination, Open Graph, structured data).

use super::make_views::ViewMaker;
use super::pages::{self, Target};
use super::views::{Alternate, FeedLink, Nav, PageContext, SwitchLink};
use super::{calendar, feeds, i18n, structured};
use crate::error::{Error, Location, Problem, Result};
use crate::site::Site;
use crate::source::Section;

/// What the page being rendered is.
pub(super) struct PageInfo<'a> {
    pub target: Target,
    pub lang: usize,
    pub url: &'a str,
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub section: Option<Section>,
}

/// A language's entry in the switcher or chooser.
pub(super) fn switch_link<'s>(
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

/// Where a page is in each language (site paths), `None` where it has no translation.
pub(super) fn translations(site: &Site, target: Target) -> Vec<Option<String>> {
    let n = site.config.languages.len();
    let same = |f: &dyn Fn(usize) -> Target| (0..n).map(|l| Some(pages::url_of(site, f(l)))).collect();
    match target {
        Target::Root | Target::NotFound(None) => vec![None; n],
        Target::NotFound(Some(_)) => same(&|l| Target::NotFound(Some(l))),
        Target::Home(_) => same(&|l| Target::Home(l)),
        Target::Archive(_, page) => (0..n)
            .map(|l| {
                let other = Target::Archive(l, page);
                (page <= pages::pages_of(site, other)).then(|| pages::url_of(site, other))
            })
            .collect(),
        Target::Search(_) => same(&|l| Target::Search(l)),
        Target::List(s, _, page) => (0..n)
            .map(|l| {
                let other = Target::List(s, l, page);
                (page <= pages::pages_of(site, other)).then(|| pages::url_of(site, other))
            })
            .collect(),
        Target::Entry(i, page) => site.groups[site.entries[i].group]
            .members
            .iter()
            .map(|m| {
                m.map(|e| Target::Entry(e, page))
                    .filter(|&t| page <= pages::pages_of(site, t))
                    .map(|t| pages::url_of(site, t))
            })
            .collect(),
    }
}

/// The context shared by every page: language, translations, navigation, head metadata.
pub(super) fn page_context<'a, 's: 'a>(
    site: &'a Site,
    locales: &i18n::Locales,
    maker: &ViewMaker<'s>,
    info: &PageInfo<'a>,
) -> Result<PageContext<'a>> {
    let PageInfo {
        target,
        lang,
        url,
        title,
        description,
        section,
    } = *info;
    let config = &site.config;
    let n = config.languages.len();
    let translations = translations(site, target);
    let mut alternates: Vec<Alternate> = match target {
        Target::Root => (0..n)
            .map(|l| Alternate {
                hreflang: &config.languages[l].locale,
                href: config.absolute_url(&site.home_url(l)),
            })
            .collect(),
        _ => translations
            .iter()
            .enumerate()
            .filter_map(|(l, u)| {
                u.as_ref().map(|u| Alternate {
                    hreflang: &config.languages[l].locale,
                    href: config.absolute_url(u),
                })
            })
            .collect(),
    };
    if matches!(target, Target::Root | Target::Home(_)) {
        alternates.push(Alternate {
            hreflang: "x-default",
            href: config.absolute_url("/"),
        });
    }
    let og_locale_alternates = translations
        .iter()
        .enumerate()
        .filter(|(l, u)| *l != lang && u.is_some())
        .map(|(l, _)| og_locale(&config.languages[l].locale))
        .collect();
    let mut switcher = Vec::new();
    if !matches!(target, Target::Root | Target::NotFound(None)) {
        for (l, translation) in translations.into_iter().enumerate() {
            if l != lang {
                let translated = translation.is_some();
                let fallback = || site.section_url(section.unwrap_or(Section::Home), l);
                switcher.push(switch_link(
                    site,
                    locales,
                    l,
                    translation.unwrap_or_else(fallback),
                    translated,
                )?);
            }
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
        search: config.link(&crate::site::search_url(config, lang)),
        current,
    };
    let (rel_prev, rel_next) = neighbours(site, target);
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
        feeds: feed_links(site, locales, target, lang),
        calendar: calendar_feed(site, target),
        json_ld: json_ld(site, locales, target, lang, title),
        rel_prev,
        rel_next,
        noindex: !target.is_listed(),
        og_type: if matches!(target, Target::Entry(i, _) if site.entries[i].doc.section == Section::News) {
            "article"
        } else {
            "website"
        },
        og_locale: og_locale(&l.locale),
        og_locale_alternates,
    })
}

/// Absolute URLs of the previous and next pages of a paginated list.
fn neighbours(site: &Site, target: Target) -> (Option<String>, Option<String>) {
    let (first, page) = match target {
        Target::List(s, l, p) => (site.section_url(s, l), p),
        Target::Entry(i, p) => (site.entries[i].url.clone(), p),
        Target::Archive(l, p) => (pages::archive_url(site, l), p),
        _ => return (None, None),
    };
    let total = pages::pages_of(site, target);
    let at = |p: usize| site.config.absolute_url(&pages::paged(&first, p));
    ((page > 1).then(|| at(page - 1)), (page < total).then(|| at(page + 1)))
}

/// `fr-CH` -> `fr_CH`, as Open Graph writes locales.
fn og_locale(locale: &str) -> String {
    locale.replace('-', "_")
}

fn list_title(locales: &i18n::Locales, lang: usize, section: Section) -> String {
    locales
        .message(lang, &format!("list-title-{}", section.folder()), None)
        .unwrap_or_default()
}

fn is_term(site: &Site, entry: usize) -> bool {
    matches!(
        site.entries[entry].doc.section,
        Section::Pillars | Section::Neighbourhoods
    )
}

/// The page's own feed (lists and term pages), then the language's news feed.
fn feed_links(site: &Site, locales: &i18n::Locales, target: Target, lang: usize) -> Vec<FeedLink> {
    let config = &site.config;
    let link = |page: String, title: String| FeedLink {
        title,
        href: config.absolute_url(&format!("{page}{}", feeds::FEED_FILE)),
    };
    let mut links = Vec::new();
    match target {
        Target::List(s @ (Section::Offers | Section::News), l, _) => {
            links.push(link(site.section_url(s, l), list_title(locales, l, s)))
        }
        Target::Entry(i, _) if is_term(site, i) => {
            let e = &site.entries[i];
            links.push(link(e.url.clone(), e.doc.title().to_string()));
        }
        _ => {}
    }
    if !matches!(target, Target::List(Section::News, _, _)) {
        links.push(link(
            site.section_url(Section::News, lang),
            list_title(locales, lang, Section::News),
        ));
    }
    links
}

/// The calendar feed of the offers list and of term pages.
fn calendar_feed(site: &Site, target: Target) -> Option<String> {
    let page = match target {
        Target::List(Section::Offers, l, _) => site.section_url(Section::Offers, l),
        Target::Entry(i, _) if is_term(site, i) => site.entries[i].url.clone(),
        _ => return None,
    };
    Some(site.config.link(&format!("{page}{}", calendar::CALENDAR_FILE)))
}

/// Breadcrumbs and the page's own structured data, as the body of its JSON-LD script.
fn json_ld(site: &Site, locales: &i18n::Locales, target: Target, lang: usize, title: &str) -> String {
    let config = &site.config;
    let mut crumbs = vec![(
        config.languages[lang].title.clone(),
        config.absolute_url(&site.home_url(lang)),
    )];
    let section_crumb = |s: Section| {
        (
            list_title(locales, lang, s),
            config.absolute_url(&site.section_url(s, lang)),
        )
    };
    let entry_url;
    let graph = match target {
        Target::Root | Target::NotFound(_) => {
            crumbs.clear();
            structured::list(&crumbs)
        }
        Target::Home(l) => structured::home(site, l, &crumbs),
        Target::List(..) | Target::Archive(..) | Target::Search(_) => {
            if matches!(target, Target::Archive(..)) {
                crumbs.push(section_crumb(Section::Offers));
            }
            crumbs.push((title.to_string(), config.absolute_url(&pages::url_of(site, target))));
            structured::list(&crumbs)
        }
        Target::Entry(i, _) => {
            let e = &site.entries[i];
            if e.doc.section != Section::Pages {
                crumbs.push(section_crumb(e.doc.section));
            }
            entry_url = config.absolute_url(&e.url);
            crumbs.push((e.doc.title().to_string(), entry_url.clone()));
            structured::entry(site, i, &entry_url, &crumbs)
        }
    };
    structured::script_body(&graph)
}
