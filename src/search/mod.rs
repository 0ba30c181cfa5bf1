//! Full-text search: a Pagefind index of the built pages, made in-process at build time with the
//! `pagefind` crate's indexing API (no external command). The crate is built from
//! `vendor/pagefind/`, Pagefind 1.6.0 with changes that make its indexing faster
//! (`vendor/README.md`).
//!
//! A page takes part when its template marks the searchable part with `data-pagefind-body`
//! (offer, news, pillar, neighbourhood and free pages in the Lausanne theme); lists, the home
//! page and the search page itself do not. Templates add what results show with
//! `data-pagefind-meta` (summary, pillars, neighbourhoods...) and `data-pagefind-filter`.
//!
//! Pagefind builds one index per language, from each page's `<html lang>` (`fr-ch`, `en-gb`),
//! with that language's stemmer, and the search page loads the index of its own `lang`. Words
//! are indexed lower-cased and without their accents as well as with them, so that `ecole` finds
//! `école`. Everything is written under `pagefind/` at the root of the site: the index, the
//! WebAssembly search engine of each language and Pagefind's own JavaScript and UI files.
//!
//! The same pages give the same bytes: pages are added in path order, and Pagefind names its
//! files after their content and gzips them without a time stamp (a test checks it).

use crate::config::Config;
use crate::error::{Error, Location, Problem, Result};
use crate::render::Output;
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, Ordering};

mod bundle;
mod jobs;

/// The folder of the search bundle, at the root of the site.
pub const BUNDLE_DIR: &str = "pagefind";

/// What marks a page as searchable.
const MARKER: &str = "data-pagefind-body";

/// Indexes every page of `outputs` marked with `data-pagefind-body`; returns the files of the
/// search bundle, with paths under `pagefind/`, sorted. No marked page, no files.
pub fn index(config: &Config, outputs: &[Output]) -> Result<Vec<Output>> {
    let files = outputs.iter().map(|o| (o.path.as_str(), o.bytes.as_slice()));
    index_files(config, files, &AtomicBool::new(false))
}

/// The code of the error [`index_files`] returns when told to stop.
pub const STOPPED: &str = "search-stopped";

/// [`index`] over (path, content) pairs, for callers that keep their files otherwise. Setting
/// `stop` makes it give up before the next page with a [`STOPPED`] error (the preview stops a
/// bundle whose pages are about to change rather than let it slow down their rebuild).
pub fn index_files<'a>(
    config: &Config,
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    stop: &AtomicBool,
) -> Result<Vec<Output>> {
    let stopped = || {
        Error::from(Problem::new(
            Location::file(BUNDLE_DIR),
            STOPPED,
            "the search index was stopped",
        ))
    };
    // Each page is checked once (UTF-8 and the marker, as `is_searchable` asks), and the scan
    // of a large site's pages gives way to `stop` too.
    let mut marked: HashMap<&str, &str> = HashMap::new();
    for (n, (path, bytes)) in files.into_iter().enumerate() {
        if n % 256 == 0 && stop.load(Ordering::Relaxed) {
            return Err(stopped());
        }
        if !path.ends_with(".html") {
            continue;
        }
        if let Some(html) = std::str::from_utf8(bytes).ok().filter(|html| html.contains(MARKER)) {
            marked.insert(path, html);
        }
    }
    let paths = marked.keys().map(|p| p.to_string()).collect();
    let indexed = index_pages(config, paths, |path| {
        if stop.load(Ordering::Relaxed) {
            return Err(stopped());
        }
        Ok(marked.get(path).copied().unwrap_or_default().to_string())
    });
    // The indexer reports the error of `load` as its own: say it was stopped, not broken.
    indexed.map_err(|e| if stop.load(Ordering::Relaxed) { stopped() } else { e })
}

/// Whether a file of the site is a page the search index takes.
pub fn is_searchable(path: &str, bytes: &[u8]) -> bool {
    // The marker is searched for in the bytes first: most files are pages, and a fifth of those
    // are not marked, which need not be read as text at all.
    path.ends_with(".html")
        && memchr::memmem::find(bytes, MARKER.as_bytes()).is_some()
        && std::str::from_utf8(bytes).is_ok()
}

/// Indexes the pages at `paths` (marked pages, see [`is_searchable`]), each read with `load`
/// when its turn comes, so that only the page being indexed is held as text; returns the files
/// of the search bundle, with paths under `pagefind/`, sorted.
pub fn index_pages(
    config: &Config,
    paths: Vec<String>,
    load: impl Fn(&str) -> Result<String> + Sync,
) -> Result<Vec<Output>> {
    let files = std::sync::Mutex::new(Vec::new());
    index_pages_into(config, paths, load, |file| {
        crate::lock(&files).push(file);
        Ok(())
    })?;
    let mut files = files.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// [`index_pages`], giving each file of the bundle to `sink` as soon as it is made, on the
/// thread that made it (the build writes it then: the files are not all held until the end).
///
/// Pagefind holds every page's words in memory until it writes its index, about 60 KB a page
/// and twice that while writing: a language's pages are therefore indexed in parts of
/// `search_part_size` pages (`site.yaml`), so that memory stays the same whatever the size of
/// the site. The first part is the bundle at `pagefind/`; the others are bundles at
/// `pagefind/part-2/`, `pagefind/part-3/`..., listed in `pagefind/parts.json`, which the search
/// page merges into the first (Pagefind's `mergeIndex`); they hold only the files that reads,
/// not Pagefind's scripts.
///
/// Each language of a part gets an index of its own, and the bundles of a part are merged:
/// their files are named after their content, so only `pagefind-entry.json`, which lists the
/// languages, has to be joined (it is given last). Pagefind indexes one page at a time, so the
/// indexes (one per language and part) are made on a few threads, each taking the next index
/// as soon as it is done with one: a language whose pages are longer does not leave the other
/// threads waiting.
pub fn index_pages_into(
    config: &Config,
    paths: Vec<String>,
    load: impl Fn(&str) -> Result<String> + Sync,
    sink: impl Fn(Output) -> Result<()> + Sync,
) -> Result<()> {
    let mut groups: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for path in paths {
        let lang = path.split_once('/').map_or("", |(first, _)| first).to_string();
        groups.entry(lang).or_default().push((page_url(config, &path), path));
    }
    if groups.is_empty() {
        return Ok(());
    }
    let size = config.search_part_size.max(1);
    for pages in groups.values_mut() {
        pages.sort();
    }
    let parts = groups.values().map(|p| p.len().div_ceil(size)).max().unwrap_or(1);
    // Part by part, language by language: the order the language lists are joined in.
    let jobs: Vec<jobs::Job<'_>> = (0..parts)
        .flat_map(|part| {
            groups
                .values()
                .filter_map(move |p| p.chunks(size).nth(part))
                .map(move |pages| jobs::Job { part, pages })
        })
        .collect();
    // As many indexes at once as there are languages (at least two), as before parts were
    // shared out: more would hold more parts in memory at once.
    let threads = std::thread::available_parallelism().map_or(2, usize::from);
    let workers = threads.min(groups.len().max(2)).min(jobs.len());
    let handout = bundle::Handout::new(jobs.len());
    jobs::run_jobs(&jobs, workers, &load, &|i, files| {
        let part = jobs.get(i).map_or(0, |job| job.part);
        handout.hand_out(i, part, files, &sink)
    })?;
    for file in handout.finish(parts)? {
        sink(file)?;
    }
    Ok(())
}

/// The file listing the parts of the index after the first, relative to `pagefind/`.
pub const PARTS: &str = "parts.json";

fn failed(e: IndexError) -> Error {
    Error::from(Problem::new(
        Location::file(BUNDLE_DIR),
        "search-index",
        format!("could not build the search index: {e}"),
    ))
}

/// `fr/offres/x/index.html` -> `/fr/offres/x/` under the base URL's path.
fn page_url(config: &Config, path: &str) -> String {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    config.link(&format!("/{path}"))
}

/// What went wrong in Pagefind (its `anyhow` errors, as text).
#[derive(Debug)]
struct IndexError(String);

impl std::fmt::Display for IndexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(base_url: &str) -> (tempfile::TempDir, Config) {
        config_with(base_url, "")
    }

    fn config_with(base_url: &str, more: &str) -> (tempfile::TempDir, Config) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("site.yaml"),
            format!(
                "base_url: {base_url}\ntheme: t\ndefault_language: fr\nlanguages:\n  - code: fr\n    locale: fr-CH\n    title: Site\n    sections: {{offers: offres, news: actualites, pillars: piliers, neighbourhoods: quartiers}}\n{more}"
            ),
        )
        .unwrap();
        let options = crate::BuildOptions {
            root: dir.path().to_path_buf(),
            ..Default::default()
        };
        let config = Config::load(&options).unwrap();
        (dir, config)
    }

    fn page(path: &str, html: &str) -> Output {
        Output {
            path: path.into(),
            bytes: html.as_bytes().to_vec(),
        }
    }

    #[test]
    fn pages_are_found_at_their_address_under_the_base_path() {
        let (_dir, root) = config("https://example.org/");
        assert_eq!(page_url(&root, "fr/offres/x/index.html"), "/fr/offres/x/");
        assert_eq!(page_url(&root, "404.html"), "/404.html");
        let (_dir, sub) = config("https://example.org/ville/");
        assert_eq!(page_url(&sub, "fr/offres/x/index.html"), "/ville/fr/offres/x/");
    }

    #[test]
    fn a_stopped_index_says_so_and_an_unstopped_one_is_made() {
        let (_dir, config) = config("https://example.org/");
        let html = "<html lang=fr><body><main data-pagefind-body><p>Atelier de couture</p></main></body></html>";
        let files = [("fr/a/index.html", html.as_bytes())];
        let stopped = index_files(&config, files, &AtomicBool::new(true)).unwrap_err();
        assert_eq!(stopped.problems()[0].code, STOPPED);
        let made = index_files(&config, files, &AtomicBool::new(false)).unwrap();
        assert!(
            made.iter().any(|f| f.path.ends_with(".pf_meta")),
            "{:?}",
            made.iter().map(|f| &f.path).collect::<Vec<_>>()
        );
    }

    #[test]
    fn only_marked_pages_are_indexed_one_index_per_language() {
        let (_dir, config) = config("https://example.org/");
        let none = index(
            &config,
            &[page(
                "fr/index.html",
                "<html lang=\"fr-CH\"><body><h1>Accueil</h1></body></html>",
            )],
        )
        .unwrap();
        assert!(none.is_empty(), "no page marked, no bundle");
        let outputs = [
            page(
                "fr/offres/a/index.html",
                "<html lang=\"fr-CH\"><body><main data-pagefind-body><h1>L'école des parents</h1></main></body></html>",
            ),
            page(
                "en/offers/a/index.html",
                "<html lang=\"en-GB\"><body><main data-pagefind-body><h1>School for parents</h1></main></body></html>",
            ),
            page(
                "fr/offres/index.html",
                "<html lang=\"fr-CH\"><body><h1>Offres</h1></body></html>",
            ),
            page("style.css", "body { content: 'data-pagefind-body' }"),
        ];
        let files = index(&config, &outputs).unwrap();
        assert!(files.iter().all(|f| f.path.starts_with("pagefind/")));
        assert!(files.windows(2).all(|w| w[0].path < w[1].path), "sorted");
        let entry = files.iter().find(|f| f.path == "pagefind/pagefind-entry.json").unwrap();
        let entry: serde_json::Value = serde_json::from_slice(&entry.bytes).unwrap();
        assert_eq!(entry["languages"]["fr-ch"]["page_count"], 1);
        assert_eq!(entry["languages"]["en-gb"]["page_count"], 1);
        for file in [
            "pagefind/pagefind.js",
            "pagefind/wasm.fr-ch.pagefind",
            "pagefind/wasm.en-gb.pagefind",
        ] {
            assert!(files.iter().any(|f| f.path == file), "{file}");
        }
        assert_eq!(files, index(&config, &outputs).unwrap(), "same pages, same bytes");
    }

    #[test]
    fn of_several_failed_indexes_the_first_is_reported() {
        let (_dir, parted) = config_with("https://example.org/", "search_part_size: 1\n");
        let paths: Vec<String> = ["fr/c/index.html", "fr/a/index.html", "fr/b/index.html"]
            .map(String::from)
            .into();
        let load = |path: &str| -> Result<String> {
            Err(Problem::new(Location::file(path), "unreadable", "cannot read").into())
        };
        for _ in 0..5 {
            let e = index_pages(&parted, paths.clone(), load).unwrap_err();
            assert!(e.to_string().contains("fr/a/index.html"), "{e}");
        }
    }

    #[test]
    fn a_language_with_more_pages_than_a_part_holds_is_indexed_in_parts() {
        let (_dir, parted) = config_with("https://example.org/", "search_part_size: 2\n");
        let page = |path: &str, lang: &str, title: &str| {
            page(
                path,
                &format!("<html lang=\"{lang}\"><body><main data-pagefind-body><h1>{title}</h1></main></body></html>"),
            )
        };
        let outputs = [
            page("fr/offres/a/index.html", "fr-CH", "Atelier"),
            page("fr/offres/b/index.html", "fr-CH", "Bibliothèque"),
            page("fr/offres/c/index.html", "fr-CH", "Cuisine"),
            page("en/offers/a/index.html", "en-GB", "Workshop"),
        ];
        let files = index(&parted, &outputs).unwrap();
        let json = |path: &str| -> serde_json::Value {
            let f = files
                .iter()
                .find(|f| f.path == path)
                .unwrap_or_else(|| panic!("{path}"));
            serde_json::from_slice(&f.bytes).unwrap()
        };
        assert_eq!(json("pagefind/parts.json"), serde_json::json!(["part-2/"]));
        let first = json("pagefind/pagefind-entry.json");
        assert_eq!(first["languages"]["fr-ch"]["page_count"], 2);
        assert_eq!(first["languages"]["en-gb"]["page_count"], 1);
        let second = json("pagefind/part-2/pagefind-entry.json");
        assert_eq!(second["languages"]["fr-ch"]["page_count"], 1, "the third French page");
        assert!(
            second["languages"].get("en-gb").is_none(),
            "English fits in the first part"
        );
        assert!(files.iter().any(|f| f.path == "pagefind/part-2/wasm.fr-ch.pagefind"));
        assert!(
            files.iter().all(|f| !f.path.starts_with("pagefind/part-2/pagefind")
                || f.path.ends_with(".pf_meta")
                || f.path.ends_with("/pagefind-entry.json")),
            "the scripts are the first part's only"
        );
        let (_dir, whole) = config("https://example.org/");
        let one = index(&whole, &outputs).unwrap();
        assert!(one.iter().all(|f| !f.path.contains("part-2")));
        assert!(one.iter().any(|f| f.path == "pagefind/parts.json" && f.bytes == b"[]"));
    }
}
