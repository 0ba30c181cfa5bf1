//! Site configuration: `site.yaml` as written (`SiteFile`, strict serde) and as resolved for
//! the build (`Config`: languages, URL segments, base URL, build date).

use crate::error::{Error, Location, Problem, Problems, Result};
use crate::fs;
use crate::render::typography::Punctuation;
use crate::slug;
use jiff::civil::Date;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The name of the settings file at the site's root.
pub const SITE_FILE: &str = "site.yaml";

/// What the command line says about a build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site's root folder.
    pub root: PathBuf,
    /// The output folder; `root/public` when `None`.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` from `site.yaml` (for previews).
    pub base_url: Option<String>,
    /// Builds drafts too.
    pub drafts: bool,
    /// Builds news dated after the build date too.
    pub future: bool,
    /// The build date; from `SOURCE_DATE_EPOCH` or the clock when `None`.
    pub today: Option<Date>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteFile {
    base_url: String,
    theme: String,
    default_language: String,
    languages: Vec<LanguageFile>,
    #[serde(default)]
    markdown: MarkdownFile,
    #[serde(default)]
    home: HomeFile,
    #[serde(default)]
    french_punctuation: Punctuation,
    #[serde(default = "default_paginate")]
    paginate: usize,
    #[serde(default)]
    translations: TranslationCheck,
    #[serde(default = "default_minify")]
    minify: bool,
    #[serde(default)]
    missing_ui_strings: MissingUiStrings,
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
struct LanguageFile {
    code: String,
    locale: String,
    title: String,
    sections: Sections,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MarkdownFile {
    #[serde(default)]
    raw_html: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct HomeFile {
    upcoming_offers: usize,
    latest_news: usize,
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

fn default_paginate() -> usize {
    20
}

fn default_minify() -> bool {
    true
}

impl Sections {
    /// The segments directly under the language: the four sections and the search page.
    fn all(&self) -> [&str; 5] {
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

/// One language of the site, as declared in `site.yaml`.
#[derive(Debug, Clone)]
pub struct Language {
    /// Its code, used in file names and URLs (`fr`).
    pub code: String,
    /// Its locale, used in `lang` attributes and formats (`fr-CH`).
    pub locale: String,
    /// The site's title in this language.
    pub title: String,
    /// Localized section segments.
    pub sections: Sections,
}

/// The resolved configuration of one build.
#[derive(Debug, Clone)]
pub struct Config {
    /// The site's root folder.
    pub root: PathBuf,
    /// Where the site is written.
    pub output: PathBuf,
    /// Absolute base URL, always ending with `/`.
    pub base_url: String,
    /// The theme's folder name under `themes/`.
    pub theme: String,
    /// Languages in declaration order.
    pub languages: Vec<Language>,
    /// Index of the default language in `languages`.
    pub default_language: usize,
    /// Whether raw HTML in Markdown is passed through (off: escaped).
    pub raw_html: bool,
    /// Whether drafts are built.
    pub drafts: bool,
    /// Whether news dated after the build date are built.
    pub future: bool,
    /// The build date ("today").
    pub today: Date,
    /// How many upcoming offers the home page shows.
    pub home_upcoming_offers: usize,
    /// How many news items the home page shows.
    pub home_latest_news: usize,
    /// Spacing of French punctuation on pages in a French locale.
    pub french_punctuation: Punctuation,
    /// Items per page of long lists.
    pub paginate: usize,
    /// How `check` reports missing and outdated translations.
    pub translations: TranslationCheck,
    /// Whether HTML pages are minified (`build` and `serve` alike, so both give the same bytes).
    pub minify: bool,
    /// Whether a UI string missing from a language stops the build or falls back.
    pub missing_ui_strings: MissingUiStrings,
}

impl Config {
    /// Reads and checks `site.yaml` under `options.root`.
    pub fn load(options: &BuildOptions) -> Result<Config> {
        let path = options.root.join(SITE_FILE);
        let text = fs::read_to_string(&path)?;
        let file: SiteFile = serde_yaml::from_str(&text)
            .map_err(|e| Error::from(crate::yaml::problem(Path::new(SITE_FILE), 1, None, &e)))?;
        let today = match options.today {
            Some(d) => d,
            None => build_date()?,
        };
        resolve(file, &text, options, today)
    }

    /// The default language.
    pub fn default_lang(&self) -> &Language {
        &self.languages[self.default_language]
    }

    /// The index of a language by its code.
    pub fn lang_index(&self, code: &str) -> Option<usize> {
        self.languages.iter().position(|l| l.code == code)
    }

    /// The absolute URL of a site path (which starts with `/`).
    pub fn absolute_url(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path.trim_start_matches('/'))
    }

    /// The path of a site path under the base URL, for links (`/fr/` -> `/lausanne/fr/` when
    /// the site is published under `https://host/lausanne/`).
    pub fn link(&self, path: &str) -> String {
        let after_scheme = self.base_url.split_once("://").map_or("", |(_, rest)| rest);
        let base_path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
        format!("{}{}", base_path, path.trim_start_matches('/'))
    }

    /// The folder of the theme in use.
    pub fn theme_dir(&self) -> PathBuf {
        self.root.join("themes").join(&self.theme)
    }
}

/// The line of a top-level key in a YAML text, for errors found after parsing.
fn key_line(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| l.trim_start_matches("- ").trim_start().starts_with(&format!("{key}:")))
        .map_or(1, |i| i + 1)
}

fn resolve(file: SiteFile, text: &str, options: &BuildOptions, today: Date) -> Result<Config> {
    let mut problems = Problems::default();
    let at = |key: &str| Location::at(SITE_FILE, key_line(text, key), 1);

    let base_url = options.base_url.clone().unwrap_or(file.base_url);
    if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
        problems.push(
            Problem::new(
                at("base_url"),
                "bad-base-url",
                format!("`base_url` must be an absolute http(s) URL, not `{base_url}`"),
            )
            .with_help("for example `https://apprendre.lausanne.ch/`"),
        );
    }
    let base_url = format!("{}/", base_url.trim_end_matches('/'));

    if file.languages.is_empty() {
        problems.push(Problem::new(
            at("languages"),
            "no-language",
            "`languages` must declare at least one language",
        ));
    }
    let mut seen = BTreeMap::new();
    for lang in &file.languages {
        if !is_lang_code(&lang.code) {
            problems.push(Problem::new(
                at("code"),
                "bad-language-code",
                format!(
                    "language code `{}` is not a lowercase code such as `fr` or `en`",
                    lang.code
                ),
            ));
        }
        if seen.insert(lang.code.clone(), ()).is_some() {
            problems.push(Problem::new(
                at("code"),
                "duplicate-language",
                format!("language `{}` is declared twice", lang.code),
            ));
        }
        if lang.locale.parse::<unic_langid::LanguageIdentifier>().is_err() {
            problems.push(Problem::new(
                at("locale"),
                "bad-locale",
                format!("`{}` is not a locale such as `fr-CH`", lang.locale),
            ));
        }
        let segments = lang.sections.all();
        if !slug::is_valid_segment(&lang.sections.archive) {
            problems.push(Problem::new(
                at("archive"),
                "bad-segment",
                format!(
                    "archive segment `{}` may only use a-z, 0-9 and -",
                    lang.sections.archive
                ),
            ));
        }
        for seg in segments {
            if !slug::is_valid_segment(seg) {
                problems.push(
                    Problem::new(
                        at("sections"),
                        "bad-segment",
                        format!(
                            "section segment `{seg}` of language `{}` may only use a-z, 0-9 and -",
                            lang.code
                        ),
                    )
                    .with_help(format!("use `{}`", slug::suggest(seg))),
                );
            }
        }
        for (i, a) in segments.iter().enumerate() {
            if segments[i + 1..].contains(a) {
                problems.push(Problem::new(
                    at("sections"),
                    "duplicate-segment",
                    format!("language `{}` uses the segment `{a}` for two sections", lang.code),
                ));
            }
        }
    }
    let default_language = file.languages.iter().position(|l| l.code == file.default_language);
    if default_language.is_none() {
        let codes: Vec<&str> = file.languages.iter().map(|l| l.code.as_str()).collect();
        problems.push(
            Problem::new(
                at("default_language"),
                "unknown-language",
                format!("default language `{}` is not among `languages`", file.default_language),
            )
            .with_suggestion(crate::error::did_you_mean(&file.default_language, codes)),
        );
    }
    if file.paginate == 0 {
        problems.push(Problem::new(
            at("paginate"),
            "bad-value",
            "`paginate` must be at least 1",
        ));
    }
    if !slug::is_valid_segment(&file.theme) {
        problems.push(Problem::new(
            at("theme"),
            "bad-theme",
            format!("theme name `{}` may only use a-z, 0-9 and -", file.theme),
        ));
    }
    let output = options.output.clone().unwrap_or_else(|| options.root.join("public"));
    problems.finish(())?;
    Ok(Config {
        root: options.root.clone(),
        output,
        base_url,
        theme: file.theme,
        languages: file
            .languages
            .into_iter()
            .map(|l| Language {
                code: l.code,
                locale: l.locale,
                title: l.title,
                sections: l.sections,
            })
            .collect(),
        default_language: default_language.unwrap_or(0),
        raw_html: file.markdown.raw_html,
        drafts: options.drafts,
        future: options.future,
        today,
        home_upcoming_offers: file.home.upcoming_offers,
        home_latest_news: file.home.latest_news,
        french_punctuation: file.french_punctuation,
        paginate: file.paginate,
        translations: file.translations,
        minify: file.minify,
        missing_ui_strings: file.missing_ui_strings,
    })
}

/// A language code: 2 or 3 lowercase ASCII letters.
pub fn is_lang_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// Today's date in Lausanne, or the date of `SOURCE_DATE_EPOCH` for reproducible builds.
fn build_date() -> Result<Date> {
    let tz = jiff::tz::TimeZone::get("Europe/Zurich").unwrap_or(jiff::tz::TimeZone::UTC);
    let ts = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => {
            let secs: i64 = v.trim().parse().map_err(|_| {
                Error::from(Problem::new(
                    Location::file("SOURCE_DATE_EPOCH"),
                    "bad-source-date-epoch",
                    format!("SOURCE_DATE_EPOCH must be a number of seconds, not `{v}`"),
                ))
            })?;
            jiff::Timestamp::from_second(secs).map_err(|e| {
                Error::from(Problem::new(
                    Location::file("SOURCE_DATE_EPOCH"),
                    "bad-source-date-epoch",
                    e.to_string(),
                ))
            })?
        }
        Err(_) => jiff::Timestamp::now(),
    };
    Ok(ts.to_zoned(tz).date())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: &str = "base_url: https://example.org\ntheme: t\ndefault_language: fr\nlanguages:\n  - code: fr\n    locale: fr-CH\n    title: Site\n    sections: {offers: offres, news: actualites, pillars: piliers, neighbourhoods: quartiers}\n";

    fn load(text: &str) -> Result<Config> {
        let file: SiteFile = serde_yaml::from_str(text).unwrap();
        let options = BuildOptions::default();
        resolve(file, text, &options, Date::constant(2026, 3, 1))
    }

    #[test]
    fn base_url_gets_one_trailing_slash() {
        let c = load(SITE).unwrap();
        assert_eq!(c.base_url, "https://example.org/");
        assert_eq!(c.absolute_url("/fr/"), "https://example.org/fr/");
        assert_eq!(c.link("/fr/"), "/fr/");
        let c = load(&SITE.replace("https://example.org", "https://example.org/lausanne")).unwrap();
        assert_eq!(c.link("/fr/"), "/lausanne/fr/");
    }

    #[test]
    fn unknown_default_language_is_reported_with_its_line() {
        let err = load(&SITE.replace("default_language: fr", "default_language: frr")).unwrap_err();
        let p = &err.problems()[0];
        assert_eq!(p.code, "unknown-language");
        assert_eq!(p.location.line, 3);
        assert_eq!(p.help.as_deref(), Some("did you mean `fr`?"));
    }

    #[test]
    fn bad_segment_is_an_error() {
        let err = load(&SITE.replace("offres", "Offres Lausanne")).unwrap_err();
        assert_eq!(err.problems()[0].code, "bad-segment");
    }
}
