//! Which pages the site has (`Target`), where each is written, and what each shows: its view,
//! title and description. Long lists are cut into pages of `paginate` items.

use super::make_views::ViewMaker;
use super::views::{PageLink, PageView, Pagination, SwitchLink};
use crate::site::Site;
use crate::source::Section;

/// A page to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Target {
    /// The language chooser at `/`.
    Root,
    /// A 404 page: per language, or the bilingual `/404.html` (`None`).
    NotFound(Option<usize>),
    /// A language's home.
    Home(usize),
    /// A section list: section, language, page number (from 1).
    List(Section, usize, usize),
    /// The finished offers of a language: language, page number (from 1).
    Archive(usize, usize),
    /// An entry's page: entry, page number (from 1; terms are paginated).
    Entry(usize, usize),
    /// The search page of a language (when the theme has a `search.html` template).
    Search(usize),
}

impl Target {
    /// The language the page is in.
    pub fn lang(self, site: &Site) -> usize {
        match self {
            Target::Root | Target::NotFound(None) => site.config.default_language,
            Target::NotFound(Some(l))
            | Target::Home(l)
            | Target::List(_, l, _)
            | Target::Archive(l, _)
            | Target::Search(l) => l,
            Target::Entry(i, _) => site.entries[i].doc.lang,
        }
    }

    /// Whether search engines should list it.
    pub fn is_listed(self) -> bool {
        !matches!(self, Target::NotFound(_))
    }
}

/// Whether the theme has a search page (`search.html`): then each language gets one, and the
/// site a search index.
pub(super) fn has_search(site: &Site) -> bool {
    theme_has_search(&site.config)
}

/// Whether the theme has a search page (and so the site a search index).
pub fn theme_has_search(config: &crate::config::Config) -> bool {
    config.theme_dir().join("templates").join("search.html").is_file()
}

/// Number of pages for `count` items.
fn page_count(site: &Site, count: usize) -> usize {
    count.div_ceil(site.config.paginate.max(1)).max(1)
}

/// The items of page `page` (from 1).
fn page_slice(site: &Site, items: &[usize], page: usize) -> Vec<usize> {
    let size = site.config.paginate.max(1);
    items.iter().skip((page - 1) * size).take(size).copied().collect()
}

/// How many pages a list or term page has.
pub(super) fn pages_of(site: &Site, target: Target) -> usize {
    match target {
        Target::List(Section::Offers, l, _) => page_count(site, site.langs[l].current_offers.len()),
        Target::List(Section::News, l, _) => page_count(site, site.langs[l].news.len()),
        Target::Archive(l, _) => page_count(site, site.langs[l].finished_offers.len()),
        Target::Entry(i, _) => {
            let e = &site.entries[i];
            let index = &site.langs[e.doc.lang];
            let map = match e.doc.section {
                Section::Pillars => &index.by_pillar,
                Section::Neighbourhoods => &index.by_neighbourhood,
                _ => return 1,
            };
            page_count(site, map.get(&e.doc.key).map_or(0, |t| t.current_offers.len()))
        }
        _ => 1,
    }
}

/// Every page of the site.
pub(super) fn plan(site: &Site) -> Vec<Target> {
    let mut targets = vec![Target::Root, Target::NotFound(None)];
    for lang in 0..site.config.languages.len() {
        targets.extend([Target::Home(lang), Target::NotFound(Some(lang))]);
        let archive = Target::Archive(lang, 1);
        targets.extend((1..=pages_of(site, archive)).map(|p| Target::Archive(lang, p)));
        if has_search(site) {
            targets.push(Target::Search(lang));
        }
        for s in [
            Section::Offers,
            Section::News,
            Section::Pillars,
            Section::Neighbourhoods,
        ] {
            let first = Target::List(s, lang, 1);
            targets.extend((1..=pages_of(site, first)).map(|p| Target::List(s, lang, p)));
        }
    }
    for (i, e) in site.entries.iter().enumerate() {
        if e.doc.section != Section::Home {
            targets.extend(entry_pages(site, i));
        }
    }
    targets
}

/// The pages of an entry: its own (every page of a paginated term), or its language's home for
/// the home intro.
pub(super) fn entry_pages(site: &Site, entry: usize) -> impl Iterator<Item = Target> {
    let doc = &site.entries[entry].doc;
    let (home, pages) = match doc.section {
        Section::Home => (Some(Target::Home(doc.lang)), 0),
        _ => (None, pages_of(site, Target::Entry(entry, 1))),
    };
    home.into_iter()
        .chain((1..=pages).map(move |p| Target::Entry(entry, p)))
}

/// The site path of page `page` of a list whose first page is at `first`.
pub(super) fn paged(first: &str, page: usize) -> String {
    if page <= 1 {
        first.to_string()
    } else {
        format!("{first}page/{page}/")
    }
}

/// The site path of a target.
pub(super) fn url_of(site: &Site, target: Target) -> String {
    match target {
        Target::Root => "/".to_string(),
        Target::NotFound(None) => "/404.html".to_string(),
        Target::NotFound(Some(l)) => format!("/{}/404.html", site.config.languages[l].code),
        Target::Home(l) => site.home_url(l),
        Target::List(s, l, p) => paged(&site.section_url(s, l), p),
        Target::Archive(l, p) => paged(&archive_url(site, l), p),
        Target::Entry(i, p) => paged(&site.entries[i].url, p),
        Target::Search(l) => crate::site::search_url(&site.config, l),
    }
}

/// The site path of a language's archive of finished offers.
pub(super) fn archive_url(site: &Site, lang: usize) -> String {
    format!(
        "{}{}/",
        site.section_url(Section::Offers, lang),
        site.config.languages[lang].sections.archive
    )
}

/// The file a page is written to.
pub(super) fn file_of(url: &str) -> String {
    let path = url.trim_start_matches('/');
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

fn pagination(site: &Site, first: &str, current: usize, total: usize) -> Option<Pagination> {
    (total > 1).then(|| {
        let link = |p: usize| site.config.link(&paged(first, p));
        Pagination {
            current,
            total,
            prev: (current > 1).then(|| link(current - 1)),
            next: (current < total).then(|| link(current + 1)),
            // The first, the last, and the two on each side of the current one: a long list
            // must not make every one of its pages link to every page.
            pages: {
                let shown: Vec<usize> = (1..=total)
                    .filter(|&n| n == 1 || n == total || n.abs_diff(current) <= 2)
                    .collect();
                shown
                    .iter()
                    .enumerate()
                    .map(|(k, &number)| PageLink {
                        number,
                        url: link(number),
                        current: number == current,
                        gap_before: k > 0 && shown[k - 1] + 1 != number,
                    })
                    .collect()
            },
        }
    })
}

/// What a page shows: view, title, description, and its section (for navigation).
pub(super) struct Shown<'s> {
    pub view: PageView<'s>,
    pub title: String,
    pub description: Option<&'s str>,
    pub section: Option<Section>,
}

/// Builds what `target` shows; `title_of` reads a UI string, `languages` are the home links.
pub(super) fn show<'s>(
    site: &'s Site,
    maker: &ViewMaker<'s>,
    target: Target,
    title_of: &dyn Fn(&str) -> Result<String, String>,
    languages: &dyn Fn() -> Result<Vec<SwitchLink<'s>>, String>,
) -> Result<Shown<'s>, String> {
    let lang = target.lang(site);
    let index = &site.langs[lang];
    let shown = |view, title: String, description, section| {
        Ok(Shown {
            view,
            title,
            description,
            section,
        })
    };
    match target {
        Target::Root => {
            let titles: Vec<&str> = site.config.languages.iter().map(|l| l.title.as_str()).collect();
            shown(
                PageView::Root {
                    languages: languages()?,
                },
                titles.join(" · "),
                None,
                None,
            )
        }
        Target::NotFound(_) => shown(
            PageView::NotFound {
                languages: languages()?,
            },
            title_of("not-found-title")?,
            None,
            None,
        ),
        Target::Home(_) => {
            let home = index.home.map(|i| (i, &site.entries[i]));
            let upcoming = &index.upcoming_offers[..index.upcoming_offers.len().min(site.config.home_upcoming_offers)];
            let view = PageView::Home {
                body: home.map_or("", |(i, _)| maker.body(i)),
                offers: maker.offers(upcoming)?,
                news: maker.news(&index.news[..index.news.len().min(site.config.home_latest_news)])?,
                pillars: maker.terms(&index.pillars),
                neighbourhoods: maker.terms(&index.neighbourhoods),
            };
            let title = home.map_or_else(
                || site.config.languages[lang].title.clone(),
                |(_, e)| e.doc.title().to_string(),
            );
            shown(
                view,
                title,
                home.and_then(|(_, e)| e.doc.summary()),
                Some(Section::Home),
            )
        }
        Target::List(section, _, page) => {
            let first = site.section_url(section, lang);
            let total = pages_of(site, target);
            let view = match section {
                Section::Offers => PageView::Offers {
                    offers: maker.offers(&page_slice(site, &index.current_offers, page))?,
                    filter: maker.filterable(&index.current_offers, page, site.config.paginate.max(1), &first)?,
                    finished_count: index.finished_offers.len(),
                    archive: site.config.link(&archive_url(site, lang)),
                    pagination: pagination(site, &first, page, total),
                },
                Section::News => PageView::NewsList {
                    news: maker.news(&page_slice(site, &index.news, page))?,
                    pagination: pagination(site, &first, page, total),
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
            shown(
                view,
                title_of(&format!("list-title-{}", section.folder()))?,
                None,
                Some(section),
            )
        }
        Target::Search(_) => shown(
            PageView::Search {
                bundle: site.config.link(&format!("/{}/", crate::search::BUNDLE_DIR)),
            },
            title_of("search-title")?,
            None,
            None,
        ),
        Target::Archive(_, page) => {
            let first = archive_url(site, lang);
            let view = PageView::Archive {
                offers: maker.offers(&page_slice(site, &index.finished_offers, page))?,
                pagination: pagination(site, &first, page, pages_of(site, target)),
            };
            shown(view, title_of("list-title-archive")?, None, Some(Section::Offers))
        }
        Target::Entry(i, page) => {
            let e = &site.entries[i];
            let view = match e.doc.section {
                Section::Offers => PageView::Offer { offer: maker.offer(i)? },
                Section::News => PageView::News {
                    item: maker.news_item(i)?,
                },
                Section::Pillars | Section::Neighbourhoods => {
                    let pillars = e.doc.section == Section::Pillars;
                    let map = if pillars {
                        &index.by_pillar
                    } else {
                        &index.by_neighbourhood
                    };
                    // Borrowed: a term's lists hold thousands of entries on a large site, and
                    // each of its pages is rendered.
                    static NONE: crate::site::TermIndex = crate::site::TermIndex {
                        current_offers: Vec::new(),
                        finished_offers: Vec::new(),
                        news: Vec::new(),
                    };
                    let listed = map.get(&e.doc.key).unwrap_or(&NONE);
                    // The first page shows the latest of its finished offers and news, not all
                    // of them: on a large site they are thousands, and would make the page
                    // megabytes (the archive, the news list and the feeds have the rest).
                    let latest = |list: &'s [usize]| {
                        let shown = if page == 1 { site.config.paginate.max(1) } else { 0 };
                        &list[..list.len().min(shown)]
                    };
                    PageView::Term {
                        taxonomy: if pillars { "pillars" } else { "neighbourhoods" },
                        term: maker.term(i),
                        offers: maker.offers(&page_slice(site, &listed.current_offers, page))?,
                        filter: maker.filterable(&listed.current_offers, page, site.config.paginate.max(1), &e.url)?,
                        finished: maker.offers(latest(&listed.finished_offers))?,
                        finished_count: listed.finished_offers.len(),
                        archive: site.config.link(&archive_url(site, lang)),
                        news: maker.news(latest(&listed.news))?,
                        news_count: listed.news.len(),
                        news_list: site.config.link(&site.section_url(Section::News, lang)),
                        pagination: pagination(site, &e.url, page, pages_of(site, target)),
                    }
                }
                _ => PageView::Page { body: maker.body(i) },
            };
            shown(view, e.doc.title().to_string(), e.doc.summary(), Some(e.doc.section))
        }
    }
}
