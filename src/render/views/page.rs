//! What a page shows, by kind (`PageView`), which chooses its template, and the list
//! machinery some kinds carry: the filters' data and pagination.

use super::{NewsView, OfferRef, SwitchLink, TermLink, TermView};
use serde::Serialize;

/// What a page shows, by kind; the template is chosen by kind.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PageView<'a> {
    /// `home.html`: intro, upcoming offers, latest news, pillars, neighbourhoods.
    Home {
        /// Intro HTML.
        body: &'a str,
        /// Upcoming offers.
        offers: Vec<OfferRef<'a>>,
        /// Latest news.
        news: Vec<NewsView<'a>>,
        /// All pillars.
        pillars: Vec<TermView<'a>>,
        /// All neighbourhoods.
        neighbourhoods: Vec<TermView<'a>>,
    },
    /// `offers.html`: current offers, one page of them.
    Offers {
        /// Current offers of this page, soonest first.
        offers: Vec<OfferRef<'a>>,
        /// Every current offer, for filtering in the browser.
        filter: Filterable<'a>,
        /// How many offers are finished (listed in the archive).
        finished_count: usize,
        /// Link to the archive of finished offers.
        archive: String,
        /// Links to the other pages of the list, when there are several.
        pagination: Option<Pagination>,
    },
    /// `archive.html`: finished offers, most recent first.
    Archive {
        /// The offers of this page.
        offers: Vec<OfferRef<'a>>,
        /// Links to the other pages, when there are several.
        pagination: Option<Pagination>,
    },
    /// `offer.html`.
    Offer {
        /// The offer.
        offer: OfferRef<'a>,
    },
    /// `news_list.html`.
    NewsList {
        /// News of this page, newest first.
        news: Vec<NewsView<'a>>,
        /// Links to the other pages of the list, when there are several.
        pagination: Option<Pagination>,
    },
    /// `news.html`.
    News {
        /// The item.
        item: NewsView<'a>,
    },
    /// `terms.html`: all pillars or all neighbourhoods.
    Terms {
        /// `pillars` or `neighbourhoods`.
        taxonomy: &'static str,
        /// The terms.
        terms: Vec<TermView<'a>>,
    },
    /// `term.html`: one pillar or neighbourhood with its offers and news.
    Term {
        /// `pillars` or `neighbourhoods`.
        taxonomy: &'static str,
        /// The term.
        term: TermView<'a>,
        /// Its current offers.
        offers: Vec<OfferRef<'a>>,
        /// Every current offer of the term, for filtering in the browser.
        filter: Filterable<'a>,
        /// Its most recently finished offers, at most `paginate` (first page only).
        finished: Vec<OfferRef<'a>>,
        /// How many finished offers it has; those not in `finished` are in the archive.
        finished_count: usize,
        /// Link to the language's archive of finished offers.
        archive: String,
        /// Its newest news, at most `paginate` (first page only).
        news: Vec<NewsView<'a>>,
        /// How many news items it has; the others are in the news list and the term's feed.
        news_count: usize,
        /// Link to the language's news list.
        news_list: String,
        /// Links to the other pages, when its offers fill several.
        pagination: Option<Pagination>,
    },
    /// `search.html`: the search page of a language.
    Search {
        /// URL of the search bundle's folder (`/pagefind/`), where `pagefind.js` is.
        bundle: String,
    },
    /// `page.html`: a free page.
    Page {
        /// Body HTML.
        body: &'a str,
    },
    /// `root.html`: the language chooser at `/`.
    Root {
        /// One entry per language: its home.
        languages: Vec<SwitchLink<'a>>,
    },
    /// `404.html`: page not found (per language, and a bilingual one at `/404.html`).
    NotFound {
        /// One entry per language: its home.
        languages: Vec<SwitchLink<'a>>,
    },
}

/// The current offers of one page of a list, where the cards of the whole list are (for the
/// filters), and the values found in the whole list, for the filter controls.
#[derive(Debug, Serialize)]
pub struct Filterable<'a> {
    /// The offers of this page, in list order.
    pub offers: Vec<OfferRef<'a>>,
    /// URL of `cards.json`: the card of every current offer of the list, in list order, which
    /// the filters load so that they work on the whole list (one file per list, so the site
    /// grows with the number of offers, not its square).
    pub cards: String,
    /// Number of current offers in the whole list.
    pub total: usize,
    /// Audience keys found, in vocabulary order.
    pub audiences: Vec<&'static str>,
    /// Pillars found, in the pillars' order.
    pub pillars: Vec<TermLink<'a>>,
    /// Neighbourhoods found, in the neighbourhoods' order.
    pub neighbourhoods: Vec<TermLink<'a>>,
    /// Language codes taught, the page's language first, then by number of offers.
    pub languages: Vec<String>,
    /// Whether some offer is free.
    pub any_free: bool,
    /// Whether some offer has an age range.
    pub any_age: bool,
    /// Whether some offer takes place online (or mixed), and some on site (or mixed).
    pub any_online: bool,
    /// See `any_online`.
    pub any_onsite: bool,
    /// Whether some offer has dates.
    pub any_dated: bool,
}

/// Links between the pages of a long list.
#[derive(Debug, Serialize)]
pub struct Pagination {
    /// This page's number, from 1.
    pub current: usize,
    /// Number of pages.
    pub total: usize,
    /// The previous page.
    pub prev: Option<String>,
    /// The next page.
    pub next: Option<String>,
    /// Every page.
    pub pages: Vec<PageLink>,
}

/// One page of a list.
#[derive(Debug, Serialize)]
pub struct PageLink {
    /// Its number, from 1.
    pub number: usize,
    /// Its URL.
    pub url: String,
    /// Whether it is the page shown.
    pub current: bool,
    /// Whether pages are left out between the previous link and this one (show "…").
    pub gap_before: bool,
}

impl PageView<'_> {
    /// The template that renders this kind of page.
    pub fn template(&self) -> &'static str {
        match self {
            PageView::Home { .. } => "home.html",
            PageView::Offers { .. } => "offers.html",
            PageView::Offer { .. } => "offer.html",
            PageView::NewsList { .. } => "news_list.html",
            PageView::News { .. } => "news.html",
            PageView::Terms { .. } => "terms.html",
            PageView::Term { .. } => "term.html",
            PageView::Page { .. } => "page.html",
            PageView::Search { .. } => "search.html",
            PageView::Root { .. } => "root.html",
            PageView::NotFound { .. } => "404.html",
            PageView::Archive { .. } => "archive.html",
        }
    }
}
