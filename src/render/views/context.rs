//! What every page of a language shares (`PageContext`): its language, links to its
//! translations, the navigation, feeds and metadata for the head.

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
