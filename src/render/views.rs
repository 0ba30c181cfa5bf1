//! What templates see: typed views borrowed from the site, one per kind of page, plus the
//! `PageContext` every page shares (language, links to translations, navigation).

use serde::Serialize;

/// A link with its text.
#[derive(Debug, Serialize, Clone)]
pub struct LinkView<'a> {
    /// The text.
    pub title: &'a str,
    /// The href (a path under the base URL).
    pub url: String,
}

/// A translation for `<link rel="alternate" hreflang>`.
#[derive(Debug, Serialize)]
pub struct Alternate<'a> {
    /// The BCP 47 tag (`fr-CH`).
    pub hreflang: &'a str,
    /// Absolute URL.
    pub href: String,
}

/// One entry of the language switcher (every language but the page's own).
#[derive(Debug, Serialize)]
pub struct SwitchLink<'a> {
    /// Language code (`en`).
    pub code: &'a str,
    /// Its locale (`en-GB`), for `hreflang` and `lang` on the link.
    pub locale: &'a str,
    /// The language's own name, in that language ("English").
    pub name: String,
    /// Where the link goes: the translation, or the section list when there is none.
    pub url: String,
    /// Whether `url` is this page's translation.
    pub translated: bool,
}

/// Main navigation links of one language.
#[derive(Debug, Serialize)]
pub struct Nav {
    /// Home page.
    pub home: String,
    /// Offers list.
    pub offers: String,
    /// News list.
    pub news: String,
    /// Pillars list.
    pub pillars: String,
    /// Neighbourhoods list.
    pub neighbourhoods: String,
    /// Search page (exists when the theme has a `search.html` template).
    pub search: String,
    /// Which of the above is the current section: `home`, `offers`, `news`, `pillars`,
    /// `neighbourhoods` or `page`.
    pub current: &'static str,
}

/// Shared by every page of a language.
#[derive(Debug, Serialize)]
pub struct PageContext<'a> {
    /// Language code (`fr`); the `t()` function reads it.
    pub lang: &'a str,
    /// Locale for `<html lang>` (`fr-CH`).
    pub locale: &'a str,
    /// The site's title in this language.
    pub site_title: &'a str,
    /// The page's title (for `<title>` and the `h1`).
    pub title: &'a str,
    /// Meta description.
    pub description: Option<&'a str>,
    /// Absolute URL of this page (`rel=canonical`).
    pub canonical: String,
    /// This page in every language it exists in, itself included.
    pub alternates: Vec<Alternate<'a>>,
    /// The other languages.
    pub switcher: Vec<SwitchLink<'a>>,
    /// Navigation.
    pub nav: Nav,
    /// Free pages, for the footer.
    pub footer_pages: Vec<LinkView<'a>>,
    /// Path prefix of theme static files (`/` or `/sub/path/`).
    pub static_root: String,
    /// The build date, ISO (`2026-11-21`).
    pub today: String,
    /// Atom feeds to announce in the head: this page's own, then the news.
    pub feeds: Vec<FeedLink>,
    /// The calendar feed of this list or term page, if any.
    pub calendar: Option<String>,
    /// Structured data, already escaped for a `<script type="application/ld+json">`.
    pub json_ld: String,
    /// Absolute URL of the previous page of a paginated list.
    pub rel_prev: Option<String>,
    /// Absolute URL of the next page of a paginated list.
    pub rel_next: Option<String>,
    /// Whether search engines should leave the page out (404 pages).
    pub noindex: bool,
    /// Open Graph type: `website` or `article`.
    pub og_type: &'static str,
    /// Open Graph locale (`fr_CH`), and those of the translations.
    pub og_locale: String,
    /// Open Graph locales of the other languages the page exists in.
    pub og_locale_alternates: Vec<String>,
}

/// An Atom feed link.
#[derive(Debug, Serialize)]
pub struct FeedLink {
    /// Its title.
    pub title: String,
    /// Its URL (absolute).
    pub href: String,
}

/// A date or date-time as machine and human text.
#[derive(Debug, Serialize, Clone)]
pub struct When {
    /// ISO 8601, for `<time datetime>`.
    pub iso: String,
    /// Localized text ("mardi 3 mars 2026, 14 h 30").
    pub text: String,
}

/// A pillar or neighbourhood as a link.
#[derive(Debug, Serialize, Clone)]
pub struct TermLink<'a> {
    /// Its key.
    pub key: &'a str,
    /// Its title.
    pub title: &'a str,
    /// Its page.
    pub url: String,
}

/// A venue.
#[derive(Debug, Serialize)]
pub struct PlaceView<'a> {
    /// Name.
    pub name: &'a str,
    /// Address.
    pub address: Option<&'a str>,
    /// Nearest public-transport stop.
    pub stop: Option<&'a str>,
}

/// One dated session.
#[derive(Debug, Serialize)]
pub struct SessionView {
    /// Start.
    pub start: When,
    /// End.
    pub end: When,
    /// Localized "mardi 3 mars 2026, de 14 h 30 à 16 h".
    pub text: String,
}

/// An offer, as card and as page.
#[derive(Debug, Serialize)]
pub struct OfferView<'a> {
    /// Key.
    pub key: &'a str,
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub summary: &'a str,
    /// Its page.
    pub url: String,
    /// Who runs it.
    pub provider: &'a str,
    /// Pillars.
    pub pillars: Vec<TermLink<'a>>,
    /// Neighbourhoods.
    pub neighbourhoods: Vec<TermLink<'a>>,
    /// Audience keys (`children`...); label: `t(id="audience-" ~ a)`.
    pub audience: Vec<&'static str>,
    /// Age range text (`7-12`, `65+`).
    pub age: Option<String>,
    /// Youngest age of the range.
    pub age_min: Option<u8>,
    /// Oldest age of the range (`None`: no upper limit, or no range).
    pub age_max: Option<u8>,
    /// First day of the period, ISO (`2026-03-03`).
    pub start: Option<String>,
    /// Last day of the period (or of the last session), ISO.
    pub end: Option<String>,
    /// The days of its sessions, ISO, in order, each once.
    pub days: Vec<String>,
    /// Level.
    pub level: Option<&'a str>,
    /// The period in words ("du 3 au 17 mars 2026").
    pub period: Option<String>,
    /// The next date on or after the build date.
    pub next: Option<When>,
    /// Dated sessions.
    pub sessions: Vec<SessionView>,
    /// Recurring schedule in words.
    pub schedule: Option<&'a str>,
    /// `onsite`, `online` or `mixed`; label: `t(id="mode-" ~ mode)`.
    pub mode: &'static str,
    /// `scheduled`, `full`, `cancelled` or `postponed`; label: `t(id="status-" ~ status)`.
    pub status: &'static str,
    /// Whether the period is over.
    pub finished: bool,
    /// Whether it is free.
    pub free: bool,
    /// The price in words ("CHF 25.–", "Gratuit").
    pub price: Option<String>,
    /// The reduced price in words.
    pub price_reduced: Option<String>,
    /// Note on prices.
    pub price_note: Option<&'a str>,
    /// Language codes it is taught in; label: `t(id="language-" ~ code)`.
    pub languages: Vec<&'a str>,
    /// Venue.
    pub location: Option<PlaceView<'a>>,
    /// Accessibility keys; label: `t(id="access-" ~ a)`.
    pub accessibility: Vec<&'static str>,
    /// Accessibility note.
    pub accessibility_note: Option<&'a str>,
    /// Registration URL.
    pub registration: Option<&'a str>,
    /// Whether registering is required.
    pub registration_required: bool,
    /// Registration deadline.
    pub registration_deadline: Option<When>,
    /// Contact e-mail.
    pub contact: Option<&'a str>,
    /// Image URL.
    pub image: Option<String>,
    /// Image text alternative.
    pub image_alt: Option<&'a str>,
    /// Image width in pixels, when it is a local file.
    pub image_width: Option<u32>,
    /// Image height in pixels, when it is a local file.
    pub image_height: Option<u32>,
    /// The offer's calendar file, when it has dates ("add to calendar").
    pub calendar: Option<String>,
    /// Body HTML (already safe).
    pub body: &'a str,
}

/// A news item, as card and as page.
#[derive(Debug, Serialize)]
pub struct NewsView<'a> {
    /// Key.
    pub key: &'a str,
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub summary: &'a str,
    /// Its page.
    pub url: String,
    /// Publication date.
    pub date: When,
    /// Pillars.
    pub pillars: Vec<TermLink<'a>>,
    /// Neighbourhoods.
    pub neighbourhoods: Vec<TermLink<'a>>,
    /// Image URL.
    pub image: Option<String>,
    /// Image text alternative.
    pub image_alt: Option<&'a str>,
    /// Image width in pixels, when it is a local file.
    pub image_width: Option<u32>,
    /// Image height in pixels, when it is a local file.
    pub image_height: Option<u32>,
    /// Body HTML (already safe).
    pub body: &'a str,
}

/// A pillar or neighbourhood, as card and as page.
#[derive(Debug, Serialize)]
pub struct TermView<'a> {
    /// Key.
    pub key: &'a str,
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub summary: Option<&'a str>,
    /// Its page.
    pub url: String,
    /// Number of current offers.
    pub offer_count: usize,
    /// Intro HTML (already safe).
    pub body: &'a str,
}

/// What a page shows, by kind; the template is chosen by kind.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PageView<'a> {
    /// `home.html`: intro, upcoming offers, latest news, pillars, neighbourhoods.
    Home {
        /// Intro HTML.
        body: &'a str,
        /// Upcoming offers.
        offers: Vec<OfferView<'a>>,
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
        offers: Vec<OfferView<'a>>,
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
        offers: Vec<OfferView<'a>>,
        /// Links to the other pages, when there are several.
        pagination: Option<Pagination>,
    },
    /// `offer.html`.
    Offer {
        /// The offer.
        offer: Box<OfferView<'a>>,
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
        offers: Vec<OfferView<'a>>,
        /// Every current offer of the term, for filtering in the browser.
        filter: Filterable<'a>,
        /// Its finished offers.
        finished: Vec<OfferView<'a>>,
        /// Its news (first page only).
        news: Vec<NewsView<'a>>,
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
    pub offers: Vec<OfferView<'a>>,
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
    pub languages: Vec<&'a str>,
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
