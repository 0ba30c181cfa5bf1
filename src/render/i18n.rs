//! UI strings: one concurrent Fluent bundle per language from `locales/<lang>/*.ftl`, with
//! syntax errors located by file and line, and every message missing from a language reported
//! (an error, or a warning and the default language's text where `site.yaml` allows it).

use crate::config::{Config, MissingUiStrings};
use crate::error::{Location, Problem, Problems, Result};
use crate::fs;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The UI strings of every language.
pub struct Locales {
    bundles: Vec<FluentBundle<FluentResource>>,
    /// The default language, when its messages stand in for those another language lacks.
    fallback: Option<usize>,
    /// A hash of every language's Fluent files (names and sources), for the render cache.
    pub fingerprint: super::Key,
    /// Each language's messages that take no arguments, formatted once: most strings of a page
    /// (labels, headings, badges), asked for again on every page and in every card.
    plain: Vec<HashMap<String, String>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Locales({} bundles)", self.bundles.len())
    }
}

/// Where a message is defined, for messages about it.
struct Defined {
    path: PathBuf,
    line: usize,
}

impl Locales {
    /// Loads and checks every language's `.ftl` files; `Ok` also gives the warnings (messages
    /// that fall back to the default language).
    pub fn load(config: &Config) -> Result<(Locales, Vec<Problem>)> {
        let mut problems = Problems::default();
        let mut bundles = Vec::new();
        let mut ids: Vec<BTreeMap<String, Defined>> = Vec::new();
        let mut hasher = super::cache::Hasher::new();
        for lang in &config.languages {
            let dir = config.root.join("locales").join(&lang.code);
            let langid = lang.locale.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            let mut defined = BTreeMap::new();
            let files = ftl_files(&dir);
            if files.is_empty() {
                problems.push(Problem::new(
                    Location::file(rel(config, &dir)),
                    "no-locale",
                    format!("no Fluent files (`*.ftl`) for language `{}`", lang.code),
                ));
            }
            for path in files {
                let shown = rel(config, &path);
                let Some(text) = problems.take(fs::read_to_string(&path)) else {
                    continue;
                };
                hasher.piece(shown.to_string_lossy().as_bytes());
                hasher.piece(text.as_bytes());
                let resource = match FluentResource::try_new(text) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            // The entry's start is where the editor must look; the parser stops further on.
                            let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                            let (line, column) = line_col(r.source(), at);
                            problems.push(Problem::new(
                                Location::at(&shown, line, column),
                                "fluent-syntax",
                                e.kind.to_string(),
                            ));
                        }
                        r
                    }
                };
                for (id, offset) in message_ids(&resource) {
                    let (line, _) = line_col(resource.source(), offset);
                    if let Some(first) = defined.get(&id) {
                        let first: &Defined = first;
                        problems.push(Problem::new(
                            Location::at(&shown, line, 1),
                            "fluent-duplicate",
                            format!(
                                "message `{id}` is already defined at {}:{}",
                                first.path.display(),
                                first.line
                            ),
                        ));
                    } else {
                        defined.insert(
                            id,
                            Defined {
                                path: shown.clone(),
                                line,
                            },
                        );
                    }
                }
                // Duplicates were reported above with their places.
                let _ = bundle.add_resource(resource);
            }
            bundles.push(bundle);
            ids.push(defined);
        }
        check_parity(config, &ids, &mut problems);
        let fallback = (config.missing_ui_strings == MissingUiStrings::Fallback).then_some(config.default_language);
        let mut locales = Locales {
            bundles,
            fallback,
            fingerprint: hasher.finish(),
            plain: Vec::new(),
        };
        // Formatted by `message` itself, so a string is the same whichever way it is asked for;
        // a message that needs an argument fails without one and is left out.
        let every_id: BTreeSet<&String> = ids.iter().flat_map(BTreeMap::keys).collect();
        locales.plain = (0..locales.bundles.len())
            .map(|lang| {
                every_id
                    .iter()
                    .filter_map(|&id| Some((id.clone(), locales.message(lang, id, None).ok()?)))
                    .collect()
            })
            .collect();
        problems.finish_with_warnings(locales)
    }

    /// Message `id` of language `lang` when it takes no argument: the text [`Locales::message`]
    /// gives it without arguments, formatted when the strings were loaded.
    pub fn plain(&self, lang: usize, id: &str) -> Option<&str> {
        self.plain.get(lang)?.get(id).map(String::as_str)
    }

    /// Formats message `id` of language `lang`; `Err` says what is wrong.
    pub fn message(&self, lang: usize, id: &str, args: Option<&FluentArgs>) -> std::result::Result<String, String> {
        let bundle = self
            .bundles
            .get(lang)
            .ok_or_else(|| format!("no language number {lang}"))?;
        // A message the language lacks was reported when loading; with a fallback the default
        // language's bundle formats it, so that its locale's plural rules match its text.
        let (bundle, message) = bundle
            .get_message(id)
            .map(|m| (bundle, m))
            .or_else(|| {
                let default = self.bundles.get(self.fallback?)?;
                default.get_message(id).map(|m| (default, m))
            })
            .ok_or_else(|| format!("no UI string `{id}` in the locale files"))?;
        let pattern = message
            .value()
            .ok_or_else(|| format!("UI string `{id}` has no value"))?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        match errors.first() {
            None => Ok(text.into_owned()),
            Some(e) => Err(format!("UI string `{id}`: {e}")),
        }
    }
}

fn rel(config: &Config, path: &Path) -> PathBuf {
    path.strip_prefix(&config.root).unwrap_or(path).to_path_buf()
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "ftl"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

/// The id and byte offset of every message in a resource.
fn message_ids(resource: &FluentResource) -> Vec<(String, usize)> {
    let source = resource.source();
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => {
                let offset = m.id.name.as_ptr() as usize - source.as_ptr() as usize;
                Some((m.id.name.to_string(), offset))
            }
            _ => None,
        })
        .collect()
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// A message present in one language must be present in all of them. Where `site.yaml` allows a
/// fallback, one that only a non-default language lacks is a warning on the file it belongs in.
fn check_parity(config: &Config, ids: &[BTreeMap<String, Defined>], problems: &mut Problems) {
    let fallback = config.missing_ui_strings == MissingUiStrings::Fallback;
    let default = config.default_language;
    for (l, defined) in ids.iter().enumerate() {
        for (id, at) in defined {
            for (other, other_ids) in ids.iter().enumerate() {
                if other == l || other_ids.contains_key(id) {
                    continue;
                }
                let lang = &config.languages[other].code;
                let belongs = counterpart(config, &at.path, l, other);
                let help = format!("add `{id} = ...` to {}", belongs.display());
                let in_default = ids.get(default).and_then(|d| d.get(id));
                match in_default {
                    // Reported once, from the default language's definition.
                    Some(_) if fallback && l != default => {}
                    Some(d) if fallback => problems.push(
                        Problem::warning(
                            Location::file(&belongs),
                            "fluent-fallback",
                            format!(
                                "UI string `{id}` has no `{lang}` translation: `{lang}` pages show the `{}` text of {}:{}",
                                config.languages[default].code,
                                d.path.display(),
                                d.line
                            ),
                        )
                        .with_help(help),
                    ),
                    _ => problems.push(
                        Problem::new(
                            Location::at(&at.path, at.line, 1),
                            "fluent-missing",
                            format!("UI string `{id}` has no `{lang}` translation"),
                        )
                        .with_help(help),
                    ),
                }
            }
        }
    }
}

/// The file of language `to` that matches `path` of language `from`: where a message missing
/// from `to` belongs (`locales/fr/ui.ftl` -> `locales/en/ui.ftl`).
fn counterpart(config: &Config, path: &Path, from: usize, to: usize) -> PathBuf {
    let dir = |l: usize| Path::new("locales").join(&config.languages[l].code);
    match path.strip_prefix(dir(from)) {
        Ok(rest) => dir(to).join(rest),
        Err(_) => dir(to),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_without_arguments_are_formatted_once_as_message_formats_them() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(
            root.join("site.yaml"),
            "base_url: https://example.org/\ntheme: t\ndefault_language: fr\nmissing_ui_strings: fallback\nlanguages:\n  - code: fr\n    locale: fr-CH\n    title: Site\n    sections: {offers: offres, news: actualites, pillars: piliers, neighbourhoods: quartiers}\n  - code: en\n    locale: en-GB\n    title: Site\n    sections: {offers: offers, news: news, pillars: pillars, neighbourhoods: neighbourhoods}\n",
        )
        .unwrap();
        for (code, ftl) in [
            (
                "fr",
                "brand = Lausanne\nhello = Bonjour de { brand }\ncount = { $n } offres\nonly-fr = Seulement\n",
            ),
            (
                "en",
                "brand = Lausanne\nhello = Hello from { brand }\ncount = { $n } offers\n",
            ),
        ] {
            std::fs::create_dir_all(root.join("locales").join(code)).unwrap();
            std::fs::write(root.join("locales").join(code).join("ui.ftl"), ftl).unwrap();
        }
        let options = crate::BuildOptions {
            root: root.to_path_buf(),
            ..Default::default()
        };
        let config = Config::load(&options).unwrap();
        let (locales, warnings) = Locales::load(&config).unwrap();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        for (lang, id) in [(0, "hello"), (1, "hello"), (1, "only-fr")] {
            assert_eq!(
                locales.plain(lang, id),
                locales.message(lang, id, None).ok().as_deref(),
                "{id}"
            );
        }
        assert_eq!(locales.plain(0, "hello"), Some("Bonjour de Lausanne"));
        assert_eq!(
            locales.plain(1, "only-fr"),
            Some("Seulement"),
            "the default language stands in"
        );
        assert_eq!(locales.plain(0, "count"), None, "needs an argument");
        assert_eq!(locales.plain(0, "missing"), None);
    }

    #[test]
    fn line_and_column_of_an_offset() {
        assert_eq!(line_col("a = 1\nb = {\n", 10), (2, 5));
    }

    #[test]
    fn message_offsets_point_at_their_ids() {
        let r = FluentResource::try_new("# c\na = 1\n\nb = 2\n".to_string()).unwrap();
        let found: Vec<(String, usize)> = message_ids(&r)
            .into_iter()
            .map(|(id, off)| (id, line_col(r.source(), off).0))
            .collect();
        assert_eq!(found, [("a".to_string(), 2), ("b".to_string(), 4)]);
    }
}
