//! The context every page shares: its language, its translations (switcher, `hreflang`),
//! navigation, feeds, and head metadata (canonical URL, Open Graph, structured data).

use super::make_views::ViewMaker;
use super::views::{Alternate, FeedLink, Nav, PageContext, SwitchLink};
use super::{Target, calendar, feeds, i18n, structured};
use crate::error::{Error, Location, Problem, Result};
use crate::site::Site;
use crate::source::Section;

/// The site path of a target.
pub(super) fn url_of(site: &Site, target: Target) -> String {
    match target {
        Target::Root => "/".to_string(),
        Target::Home(l) => site.home_url(l),
        Target::List(s, l) => site.section_url(s, l),
        Target::Entry(i) => site.entries[i].url.clone(),
    }
}

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

/// What the page being rendered is.
pub(super) struct PageInfo<'a> {
    pub target: Target,
    pub lang: usize,
    pub url: &'a str,
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub section: Option<Section>,
}

/// The context shared by every page: language, translations, navigation, head metadata.
pub(super) fn page_context<'a>(
    site: &'a Site,
    locales: &i18n::Locales,
    maker: &ViewMaker<'a>,
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
    let translations_locales: Vec<String> = translations
        .iter()
        .enumerate()
        .filter(|(l, u)| *l != lang && u.is_some())
        .map(|(l, _)| og_locale(&config.languages[l].locale))
        .collect();
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
        feeds: feed_links(site, locales, target, lang),
        calendar: calendar_feed(site, target),
        json_ld: structured::script_body(&json_ld(site, locales, target, lang, title)),
        og_type: if matches!(target, Target::Entry(i) if site.entries[i].doc.section == Section::News) {
            "article"
        } else {
            "website"
        },
        og_locale: og_locale(&l.locale),
        og_locale_alternates: translations_locales,
    })
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

/// The page's own feed (lists and term pages), then the language's news feed.
fn feed_links(site: &Site, locales: &i18n::Locales, target: Target, lang: usize) -> Vec<FeedLink> {
    let config = &site.config;
    let link = |page: String, title: String| FeedLink {
        title,
        href: config.absolute_url(&format!("{page}{}", feeds::FEED_FILE)),
    };
    let mut links = Vec::new();
    match target {
        Target::List(s @ (Section::Offers | Section::News), l) => {
            links.push(link(site.section_url(s, l), list_title(locales, l, s)))
        }
        Target::Entry(i) if matches!(site.entries[i].doc.section, Section::Pillars | Section::Neighbourhoods) => {
            let e = &site.entries[i];
            links.push(link(e.url.clone(), e.doc.title().to_string()));
        }
        _ => {}
    }
    if !matches!(target, Target::List(Section::News, _)) {
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
        Target::List(Section::Offers, l) => site.section_url(Section::Offers, l),
        Target::Entry(i) if matches!(site.entries[i].doc.section, Section::Pillars | Section::Neighbourhoods) => {
            site.entries[i].url.clone()
        }
        _ => return None,
    };
    Some(site.config.link(&format!("{page}{}", calendar::CALENDAR_FILE)))
}

/// Breadcrumbs and the page's own structured data.
fn json_ld(site: &Site, locales: &i18n::Locales, target: Target, lang: usize, title: &str) -> serde_json::Value {
    let config = &site.config;
    let home = (
        config.languages[lang].title.clone(),
        config.absolute_url(&site.home_url(lang)),
    );
    let mut crumbs = vec![home];
    match target {
        Target::Root => structured::list(&Vec::new()),
        Target::Home(l) => structured::home(site, l, &crumbs),
        Target::List(s, l) => {
            crumbs.push((title.to_string(), config.absolute_url(&site.section_url(s, l))));
            structured::list(&crumbs)
        }
        Target::Entry(i) => {
            let e = &site.entries[i];
            if e.doc.section != Section::Pages {
                crumbs.push((
                    list_title(locales, lang, e.doc.section),
                    config.absolute_url(&site.section_url(e.doc.section, lang)),
                ));
            }
            crumbs.push((e.doc.title().to_string(), config.absolute_url(&e.url)));
            structured::entry(site, i, &crumbs)
        }
    }
}
