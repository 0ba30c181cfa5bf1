//! Full-text search: a Pagefind index of the built pages, made in-process at build time with the
//! `pagefind` crate's indexing API (no external command).
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

/// The folder of the search bundle, at the root of the site.
pub const BUNDLE_DIR: &str = "pagefind";

/// What marks a page as searchable.
const MARKER: &str = "data-pagefind-body";

/// Indexes every page of `outputs` marked with `data-pagefind-body`; returns the files of the
/// search bundle, with paths under `pagefind/`, sorted. No marked page, no files.
pub fn index(config: &Config, outputs: &[Output]) -> Result<Vec<Output>> {
    let mut pages: Vec<(String, String)> = outputs
        .iter()
        .filter(|o| o.path.ends_with(".html"))
        .filter_map(|o| {
            let html = std::str::from_utf8(&o.bytes).ok()?;
            html.contains(MARKER)
                .then(|| (page_url(config, &o.path), html.to_string()))
        })
        .collect();
    if pages.is_empty() {
        return Ok(Vec::new());
    }
    pages.sort();
    // Pagefind's API is async. It runs on a thread of its own with its own small runtime, so
    // that the build works the same whether or not the caller is inside a Tokio runtime
    // (the preview server rebuilds from one).
    let built = std::thread::scope(|scope| {
        scope
            .spawn(|| run(pages))
            .join()
            .unwrap_or_else(|_| Err(IndexError("the search indexer stopped unexpectedly".into())))
    });
    let files = built.map_err(|e| {
        Error::from(Problem::new(
            Location::file(BUNDLE_DIR),
            "search-index",
            format!("could not build the search index: {e}"),
        ))
    })?;
    let mut out: Vec<Output> = files
        .into_iter()
        .map(|f| Output {
            path: format!("{BUNDLE_DIR}/{}", f.filename.to_string_lossy().replace('\\', "/")),
            bytes: f.contents,
        })
        .collect();
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
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

/// Indexes `pages` (URL, HTML) and returns Pagefind's files.
fn run(pages: Vec<(String, String)>) -> std::result::Result<Vec<pagefind::api::SyntheticFile>, IndexError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| IndexError(e.to_string()))?;
    runtime.block_on(async move {
        let options = pagefind::options::PagefindServiceConfig::builder().build();
        let mut index = pagefind::api::PagefindIndex::new(Some(options)).map_err(|e| IndexError(format!("{e:#}")))?;
        for (url, html) in pages {
            index
                .add_html_file(None, Some(url.clone()), html)
                .await
                .map_err(|e| IndexError(format!("{url}: {e:#}")))?;
        }
        index.get_files().await.map_err(|e| IndexError(format!("{e:#}")))
    })
}
