//! `savoirs new`: writes a new offer, news item or page in every language of the site, each from
//! the commented scaffold of its language (`locales/<lang>/scaffold/<kind>.md`), and never over
//! an existing file.
//!
//! A scaffold is the text of a content file with every field of its kind present, a comment
//! on each in the file's language, the required ones left blank for the editor to fill. The
//! placeholders `{key}`, `{lang}` and `{date}` (the build date, `YYYY-MM-DD`) are replaced. A
//! language without a scaffold in the site gets the default language's; a site without any gets
//! the scaffolds built into savoirs (French or English).

use crate::config::{BuildOptions, Config};
use crate::error::{Error, Location, Problem, Problems, Result};
use crate::slug;
use crate::source::Section;
use jiff::civil::Date;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What `savoirs new` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A learning offer, `content/offers/`.
    Offer,
    /// A news item, `content/news/`.
    News,
    /// A free page, `content/pages/`.
    Page,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 3] = [Kind::Offer, Kind::News, Kind::Page];

    /// Its name, as typed on the command line and in the scaffold's file name.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Offer => "offer",
            Kind::News => "news",
            Kind::Page => "page",
        }
    }

    /// The section its files go in.
    pub fn section(self) -> Section {
        match self {
            Kind::Offer => Section::Offers,
            Kind::News => Section::News,
            Kind::Page => Section::Pages,
        }
    }

    /// The fields a scaffold leaves blank and the editor must fill.
    pub fn blanks(self) -> &'static [&'static str] {
        match self {
            Kind::Offer => &["title", "summary", "pillars", "neighbourhoods", "provider"],
            Kind::News => &["title", "summary"],
            Kind::Page => &["title"],
        }
    }
}

/// The scaffolds shipped with savoirs, used when a site has none of its own.
const BUILT_IN: [(&str, Kind, &str); 6] = [
    ("fr", Kind::Offer, include_str!("../locales/fr/scaffold/offer.md")),
    ("fr", Kind::News, include_str!("../locales/fr/scaffold/news.md")),
    ("fr", Kind::Page, include_str!("../locales/fr/scaffold/page.md")),
    ("en", Kind::Offer, include_str!("../locales/en/scaffold/offer.md")),
    ("en", Kind::News, include_str!("../locales/en/scaffold/news.md")),
    ("en", Kind::Page, include_str!("../locales/en/scaffold/page.md")),
];

fn built_in(lang: &str, kind: Kind) -> Option<&'static str> {
    BUILT_IN
        .iter()
        .find(|(l, k, _)| *l == lang && *k == kind)
        .map(|(_, _, text)| *text)
}

/// What `savoirs new` is asked to do.
#[derive(Debug, Clone)]
pub struct NewOptions {
    /// The site's root folder.
    pub root: PathBuf,
    /// What to write.
    pub kind: Kind,
    /// The key the files share, e.g. `club-lecture` or `2027/club-lecture`.
    pub key: String,
    /// The date put in `{date}`; the build date (`SOURCE_DATE_EPOCH` or today in Lausanne)
    /// when `None`.
    pub today: Option<Date>,
}

/// What `savoirs new` did.
#[derive(Debug, Clone, Default)]
pub struct Created {
    /// The files written, one per language, in the order of `site.yaml` (under the root).
    pub written: Vec<PathBuf>,
    /// Which languages got another language's scaffold, or the built-in one, and why.
    pub notes: Vec<String>,
}

/// Writes the new files, or none of them: any problem (a bad key, a file that already exists in
/// one language) is reported before anything is written.
pub fn create(options: &NewOptions) -> Result<Created> {
    let kind = options.kind;
    let folder = kind.section().folder();
    check_key(kind, &options.key)?;
    let config = Config::load(&BuildOptions {
        root: options.root.clone(),
        today: options.today,
        ..Default::default()
    })?;
    check_reserved(&config, kind, &options.key)?;

    let rel = |code: &str| PathBuf::from(format!("content/{folder}/{}.{code}.md", options.key));
    let mut problems = Problems::default();
    for lang in &config.languages {
        let path = rel(&lang.code);
        if config.root.join(&path).symlink_metadata().is_ok() {
            problems.push(
                Problem::new(
                    Location::file(&path),
                    "file-exists",
                    "this file already exists; `savoirs new` never replaces a file",
                )
                .with_help("choose another key, or edit the existing file"),
            );
        }
    }
    problems.finish(())?;

    let today = config.today.to_string();
    let mut created = Created::default();
    let mut texts = Vec::with_capacity(config.languages.len());
    for lang in &config.languages {
        let (text, note) = scaffold(&config, kind, &lang.code)?;
        created.notes.extend(note);
        let text = text
            .replace("{key}", &options.key)
            .replace("{lang}", &lang.code)
            .replace("{date}", &today);
        texts.push((rel(&lang.code), text));
    }
    for (path, text) in texts {
        let full = config.root.join(&path);
        write_new(&full, text.as_bytes())?;
        created.written.push(full);
    }
    Ok(created)
}

/// Refuses a key that the build would refuse, with a valid one to use instead.
fn check_key(kind: Kind, key: &str) -> Result<()> {
    let folder = kind.section().folder();
    let at = Location::file(format!("content/{folder}"));
    if kind == Kind::Page && key.contains('/') {
        return Err(Problem::new(
            at,
            "nested-key",
            format!("`{key}`: pages may not be in folders, so their key has no `/`"),
        )
        .with_help(format!("use `{}`", slug::suggest(key)))
        .into());
    }
    if !slug::is_valid_key(key) {
        let parts: Vec<String> = key
            .split('/')
            .filter(|part| part.chars().any(char::is_alphanumeric))
            .map(slug::suggest)
            .collect();
        let suggestion = if parts.is_empty() {
            slug::suggest(key)
        } else {
            parts.join("/")
        };
        let what = if kind == Kind::Page {
            "lowercase letters a-z, digits and hyphens"
        } else {
            "lowercase letters a-z, digits and hyphens, with `/` between folders"
        };
        return Err(Problem::new(
            at,
            "bad-key",
            format!("`{key}` is not a valid key: it may only use {what}"),
        )
        .with_help(format!("use `{suggestion}`"))
        .into());
    }
    Ok(())
}

/// Refuses a key whose address the site keeps for itself in some language: the pages of a list
/// and the archive for offers and news, a section's list for pages.
fn check_reserved(config: &Config, kind: Kind, key: &str) -> Result<()> {
    let folder = kind.section().folder();
    let first = key.split('/').next().unwrap_or_default();
    for lang in &config.languages {
        let s = &lang.sections;
        let taken = match kind {
            Kind::Offer | Kind::News => s.reserved_keys().contains(&first),
            Kind::Page => [
                s.offers.as_str(),
                s.news.as_str(),
                s.pillars.as_str(),
                s.neighbourhoods.as_str(),
            ]
            .contains(&key),
        };
        if taken {
            return Err(Problem::new(
                Location::file(format!("content/{folder}/{key}.{}.md", lang.code)),
                "reserved-key",
                format!(
                    "`{first}` is a word the site uses in its own addresses in `{}`",
                    lang.code
                ),
            )
            .with_help("choose another key")
            .into());
        }
    }
    Ok(())
}

/// The scaffold of `kind` for language `code`, and a note when it is not that language's own.
fn scaffold(config: &Config, kind: Kind, code: &str) -> Result<(String, Option<String>)> {
    let name = format!("{}.md", kind.name());
    let rel = |lang: &str| PathBuf::from("locales").join(lang).join("scaffold").join(&name);
    if let Some(text) = read_if_exists(&config.root.join(rel(code)))? {
        return Ok((text, None));
    }
    let missing = rel(code);
    let default = &config.default_lang().code;
    if default != code
        && let Some(text) = read_if_exists(&config.root.join(rel(default)))?
    {
        let note = format!(
            "no scaffold {} for `{code}`: used the default language's, {} (its comments are in `{default}`)",
            missing.display(),
            rel(default).display()
        );
        return Ok((text, Some(note)));
    }
    if let Some(text) = built_in(code, kind) {
        let note = format!(
            "no scaffold {} in the site: used the one built into savoirs",
            missing.display()
        );
        return Ok((text.to_string(), Some(note)));
    }
    let (lang, text) = match built_in(default, kind) {
        Some(text) => (default.as_str(), text),
        None => ("en", built_in("en", kind).unwrap_or_default()),
    };
    let note = format!(
        "no scaffold {} in the site: used the `{lang}` one built into savoirs (its comments are in `{lang}`)",
        missing.display()
    );
    Ok((text.to_string(), Some(note)))
}

fn read_if_exists(path: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Writes a file that must not exist yet, creating its folders.
fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        crate::fs::create_dir_all(parent)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    file.write_all(bytes).map_err(|e| Error::io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_keys_are_refused_with_a_valid_suggestion() {
        let err = check_key(Kind::Offer, "2027/Club Lecture").unwrap_err();
        let p = err.problems()[0];
        assert_eq!(p.code, "bad-key");
        assert_eq!(p.help.as_deref(), Some("use `2027/club-lecture`"));
        let err = check_key(Kind::News, "../../etc").unwrap_err();
        assert_eq!(err.problems()[0].help.as_deref(), Some("use `etc`"));
        let err = check_key(Kind::Page, "a/b").unwrap_err();
        assert_eq!(err.problems()[0].code, "nested-key");
        assert_eq!(err.problems()[0].help.as_deref(), Some("use `a-b`"));
        assert!(check_key(Kind::Offer, "2027/club-lecture").is_ok());
        assert!(check_key(Kind::Page, "a-propos").is_ok());
    }

    #[test]
    fn every_built_in_scaffold_has_every_field_of_its_kind() {
        let fields = |kind: Kind| -> Vec<&'static str> {
            match kind {
                Kind::Offer => crate::schema::offer_fields().to_vec(),
                Kind::News => crate::schema::news_fields().to_vec(),
                Kind::Page => vec!["title", "summary", "slug", "order", "draft"],
            }
        };
        for (lang, kind, text) in BUILT_IN {
            let yaml = text.strip_prefix("---\n").unwrap().split("\n---\n").next().unwrap();
            let yaml = yaml.replace("{date}", "2026-11-21");
            let map: serde_yaml::Mapping =
                serde_yaml::from_str(&yaml).unwrap_or_else(|e| panic!("{lang} {}: {e}", kind.name()));
            let keys: Vec<&str> = map.keys().filter_map(|k| k.as_str()).collect();
            assert_eq!(keys, fields(kind), "{lang} {} scaffold", kind.name());
            // Each field is explained by a comment on the line before it.
            let lines: Vec<&str> = yaml.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                if !line.starts_with([' ', '#', '-']) && line.contains(':') {
                    assert!(
                        i > 0 && lines[i - 1].starts_with('#'),
                        "{lang} {}: `{line}` has no comment above it",
                        kind.name()
                    );
                }
            }
        }
    }

    #[test]
    fn blanks_are_the_required_fields_the_scaffold_leaves_empty() {
        for kind in [crate::schema::Kind::Offer, crate::schema::Kind::News] {
            let schema = crate::schema::schema(kind);
            let mut required: Vec<&str> = schema
                .get("required")
                .and_then(|r| r.as_array())
                .unwrap()
                .iter()
                .filter_map(|v| v.as_str())
                .filter(|f| *f != "date")
                .collect();
            required.sort();
            let ours = if kind == crate::schema::Kind::Offer {
                Kind::Offer
            } else {
                Kind::News
            };
            let mut blanks = ours.blanks().to_vec();
            blanks.sort();
            assert_eq!(required, blanks);
        }
    }
}
