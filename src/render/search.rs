//! When the search bundle must be made again, and making it: the bundle is built from the
//! rendered HTML pages (see `crate::search`), after them, so that the preview can serve a
//! changed page before its search index is ready.

use super::cache::{Hasher, Key, RenderCache, SharedOutput};
use crate::config::Config;
use crate::error::Result;
use std::sync::Arc;

/// What the search bundle is made from: the HTML files of a build, by path, and a key of them.
#[derive(Debug, Clone)]
pub struct SearchInput {
    key: Key,
    pages: Vec<(String, Arc<Vec<u8>>)>,
}

impl SearchInput {
    /// The HTML files of `files` and their key, or `None` when the theme has no search page.
    /// The key is made from the paths and the keys the pages were rendered from (their bytes
    /// for files not rendered from a key), and the theme's.
    pub fn new<'a>(
        config: &Config,
        files: impl IntoIterator<Item = (&'a String, &'a Arc<Vec<u8>>)>,
        cache: &RenderCache,
    ) -> Option<SearchInput> {
        if !super::pages::theme_has_search(config) {
            return None;
        }
        let mut pages: Vec<(String, Arc<Vec<u8>>)> = files
            .into_iter()
            .filter(|(path, _)| path.ends_with(".html"))
            .map(|(path, bytes)| (path.clone(), Arc::clone(bytes)))
            .collect();
        pages.sort_by(|a, b| a.0.cmp(&b.0));
        if cache.one_off {
            // Nothing to compare with: no key.
            return Some(SearchInput { key: [0; 16], pages });
        }
        let mut h = Hasher::new();
        h.piece(&cache.theme);
        for (path, bytes) in &pages {
            h.piece(path.as_bytes());
            match cache.pages.get(path) {
                Some((key, _)) => h.piece(key),
                None => h.piece(bytes),
            }
        }
        Some(SearchInput { key: h.finish(), pages })
    }

    /// No pages: an empty bundle.
    pub fn none() -> SearchInput {
        SearchInput {
            key: [0; 16],
            pages: Vec::new(),
        }
    }

    /// The key of what the bundle is made from.
    pub fn key(&self) -> Key {
        self.key
    }
}

/// A search bundle and the key of what it was made from.
pub type SearchBundle = (Key, Vec<SharedOutput>);

/// The search bundle of `input`: `previous` if it was made from the same input, else a new one
/// (given up when `stop` is set, see [`crate::search::index_files`]).
pub fn search_bundle(
    config: &Config,
    input: &SearchInput,
    previous: Option<SearchBundle>,
    stop: &std::sync::atomic::AtomicBool,
) -> Result<SearchBundle> {
    if let Some(previous) = previous.filter(|(key, _)| *key == input.key) {
        return Ok(previous);
    }
    let files = crate::search::index_files(
        config,
        input
            .pages
            .iter()
            .map(|(path, bytes)| (path.as_str(), bytes.as_slice())),
        stop,
    )?;
    Ok((input.key, files.into_iter().map(SharedOutput::from).collect()))
}
