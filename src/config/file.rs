//! `site.yaml` as written: the file's structs, read strictly by serde (an unknown key is an
//! error), with the defaults of the keys that may be left out.

use crate::render::typography::Punctuation;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SiteFile {
    pub(super) base_url: String,
    pub(super) theme: String,
    pub(super) default_language: String,
    pub(super) languages: Vec<LanguageFile>,
    #[serde(default)]
    pub(super) markdown: MarkdownFile,
    #[serde(default)]
    pub(super) home: HomeFile,
    #[serde(default)]
    pub(super) french_punctuation: Punctuation,
    #[serde(default = "default_paginate")]
    pub(super) paginate: usize,
    #[serde(default)]
    pub(super) translations: TranslationCheck,
    #[serde(default = "default_minify")]
    pub(super) minify: bool,
    #[serde(default)]
    pub(super) missing_ui_strings: MissingUiStrings,
    #[serde(default = "default_search_part_size")]
    pub(super) search_part_size: usize,
}

/// How `check` reports missing and outdated translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslationCheck {
    /// As errors: `check` fails.
    Error,
    /// As warnings.
    #[default]
    Warning,
    /// Not at all.
    Off,
}

/// What a UI string missing from a language's `locales/` does to the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MissingUiStrings {
    /// The build fails.
    #[default]
    Error,
    /// A warning; pages show the default language's text in its place.
    Fallback,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LanguageFile {
    pub(super) code: String,
    pub(super) locale: String,
    pub(super) title: String,
    pub(super) sections: Sections,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MarkdownFile {
    #[serde(default)]
    pub(super) raw_html: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct HomeFile {
    pub(super) upcoming_offers: usize,
    pub(super) latest_news: usize,
}

impl Default for HomeFile {
    fn default() -> Self {
        HomeFile {
            upcoming_offers: 6,
            latest_news: 3,
        }
    }
}

/// The localized URL segment of each section, e.g. `offres` for offers in French.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Sections {
    /// Segment of the offers section.
    pub offers: String,
    /// Segment of the news section.
    pub news: String,
    /// Segment of the pillars section.
    pub pillars: String,
    /// Segment of the neighbourhoods section.
    pub neighbourhoods: String,
    /// Segment of the archive of finished offers, under the offers section.
    #[serde(default = "default_archive")]
    pub archive: String,
    /// Segment of the search page, directly under the language (`/fr/recherche/`).
    #[serde(default = "default_search")]
    pub search: String,
}

fn default_archive() -> String {
    "archive".to_string()
}

fn default_search() -> String {
    "search".to_string()
}

fn default_search_part_size() -> usize {
    1000
}

fn default_paginate() -> usize {
    20
}

fn default_minify() -> bool {
    true
}

impl Sections {
    /// The segments directly under the language: the four sections and the search page.
    pub(super) fn all(&self) -> [&str; 5] {
        [
            &self.offers,
            &self.news,
            &self.pillars,
            &self.neighbourhoods,
            &self.search,
        ]
    }

    /// Segments that cannot be keys under a list: pages of the list, and the archive.
    pub fn reserved_keys(&self) -> [&str; 2] {
        ["page", &self.archive]
    }
}
