//! Site configuration: what a build is asked to do (`BuildOptions`) and the resolved `Config`
//! (languages, URL segments, base URL, build date) with its URL helpers. `site.yaml` as written
//! is `file`; its checks and the build date are `resolve`.

mod file;
mod resolve;

pub use file::{MissingUiStrings, Sections, TranslationCheck};
pub use resolve::is_lang_code;

use crate::error::{Error, Result};
use crate::fs;
use crate::render::typography::Punctuation;
use file::SiteFile;
use jiff::civil::Date;
use resolve::{build_date, resolve};
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
    /// Pages of a language in each part of the search index (see `crate::search`).
    pub search_part_size: usize,
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

    /// Every setting as text, build date included: what the preview's caches compare to know
    /// that what they kept was made with the same configuration.
    pub fn fingerprint(&self) -> String {
        format!("{self:?}")
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
