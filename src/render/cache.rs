//! Rendered pages kept between builds (for `savoirs serve`), and the keys that say when one can
//! be used again.
//!
//! A page's key is a hash of everything its bytes are made from: the serialized view and page
//! context (the data the template sees), the template name and URL, and a fingerprint of the
//! theme (template sources, static file names), the UI strings (Fluent sources), the CLDR names
//! and the configuration. Same key, same bytes: a page is rendered again exactly when what it is
//! made from differs, with no rule about what depends on what. A cold build goes through the
//! same code with an empty cache.

use std::collections::HashMap;
use std::sync::Arc;
use xxhash_rust::xxh3::Xxh3;

/// A hash of a page's inputs (128 bits).
pub type Key = [u8; 16];

/// One file of the built site, its bytes shared with the cache and the preview server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedOutput {
    /// Path inside the output folder, with `/` separators.
    pub path: String,
    /// Its content.
    pub bytes: Arc<Vec<u8>>,
}

impl SharedOutput {
    /// The output with its own bytes (copied only when they are still shared).
    pub fn into_output(self) -> super::Output {
        super::Output {
            path: self.path,
            bytes: Arc::try_unwrap(self.bytes).unwrap_or_else(|shared| shared.as_ref().clone()),
        }
    }
}

impl From<super::Output> for SharedOutput {
    fn from(o: super::Output) -> Self {
        SharedOutput {
            path: o.path,
            bytes: Arc::new(o.bytes),
        }
    }
}

/// What the last render did with the pages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderStats {
    /// Pages rendered with the templates.
    pub rendered: usize,
    /// Pages whose key had not changed, taken from the cache.
    pub reused: usize,
}

/// Pages by output path, with the key they were rendered from.
#[derive(Debug, Default)]
pub struct RenderCache {
    pub(super) pages: HashMap<String, (Key, Arc<Vec<u8>>)>,
    /// Offer cards and the lists' `cards.json`.
    pub(super) cards: super::cards::CardCache,
    /// The Atom feeds.
    pub(super) feeds: super::feeds::FeedCache,
    /// Each offer's events and the calendar files.
    pub(super) calendars: super::calendar::CalendarCache,
    /// The search bundle and the key it was made with.
    search: Option<super::SearchBundle>,
    pub(super) stats: RenderStats,
    /// The part of every page's key that comes from the theme, UI strings and configuration.
    pub(super) theme: Key,
    /// What a quick pass renders with (see `quick.rs`): kept by a render that is not one-off.
    pub(super) kept: Option<super::quick::Kept>,
    /// For a single build: no key is computed and no page kept, since nothing comes after.
    pub(super) one_off: bool,
}

impl RenderCache {
    /// An empty cache: every page is rendered.
    pub fn new() -> Self {
        Self::default()
    }

    /// A cache for a single build (`savoirs build`): pages are rendered without computing their
    /// keys (hashing every page's data costs a third of the rendering) and none is kept.
    pub fn one_off() -> Self {
        RenderCache {
            one_off: true,
            ..Self::default()
        }
    }

    /// What the last render did.
    pub fn stats(&self) -> RenderStats {
        self.stats
    }

    /// Whether it is for a single build (see [`RenderCache::one_off`]).
    pub fn is_one_off(&self) -> bool {
        self.one_off
    }

    /// Takes the search bundle kept from last time (see [`super::search_bundle`]).
    pub fn take_search(&mut self) -> Option<super::SearchBundle> {
        self.search.take()
    }

    /// The key of the search bundle kept from last time.
    pub fn search_key(&self) -> Option<Key> {
        self.search.as_ref().map(|(key, _)| *key)
    }

    /// Keeps a search bundle for next time.
    pub fn keep_search(&mut self, bundle: super::SearchBundle) {
        self.search = Some(bundle);
    }

    /// The bytes of a page if its key is `key`.
    pub(super) fn get(&self, path: &str, key: &Key) -> Option<Arc<Vec<u8>>> {
        self.pages
            .get(path)
            .filter(|(k, _)| k == key)
            .map(|(_, b)| Arc::clone(b))
    }
}

/// Feeds data into xxh3-128 (a cache key within one process needs no cryptographic hash);
/// `io::Write` so that serde can serialize straight into it.
///
/// Serializers write a value in many small pieces (a field's name, a string's length...), and
/// the hasher's own update has a cost per call: the pieces are gathered in a buffer and hashed
/// a few kilobytes at a time, which gives the same hash as the pieces one by one.
pub(crate) struct Hasher {
    xxh: Xxh3,
    buffer: Vec<u8>,
}

/// How many bytes the buffer gathers before they are hashed.
const BUFFER: usize = 16 * 1024;

impl Hasher {
    pub fn new() -> Self {
        Hasher {
            xxh: Xxh3::new(),
            buffer: Vec::with_capacity(BUFFER),
        }
    }

    /// Adds a labelled piece, length-prefixed so that pieces cannot run into each other.
    pub fn piece(&mut self, bytes: &[u8]) {
        self.add(&(bytes.len() as u64).to_le_bytes());
        self.add(bytes);
    }

    /// Adds a serializable value, as CBOR (self-delimiting: strings and lists carry their
    /// length, so two values cannot run into each other).
    pub fn data<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> Result<(), String> {
        ciborium::into_writer(value, &mut *self).map_err(|e| e.to_string())
    }

    pub fn finish(mut self) -> Key {
        self.xxh.update(&self.buffer);
        self.xxh.digest128().to_le_bytes()
    }

    fn add(&mut self, bytes: &[u8]) {
        if self.buffer.len() + bytes.len() > BUFFER {
            self.xxh.update(&self.buffer);
            self.buffer.clear();
        }
        if bytes.len() >= BUFFER {
            self.xxh.update(bytes);
        } else {
            self.buffer.extend_from_slice(bytes);
        }
    }
}

impl std::io::Write for Hasher {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.add(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key_of(parts: &[&[u8]]) -> Key {
        let mut h = Hasher::new();
        for p in parts {
            h.piece(p);
        }
        h.finish()
    }

    #[test]
    fn pieces_do_not_run_into_each_other() {
        assert_ne!(key_of(&[b"ab", b"c"]), key_of(&[b"a", b"bc"]));
        assert_eq!(key_of(&[b"ab", b"c"]), key_of(&[b"ab", b"c"]));
    }

    #[test]
    fn data_hashes_the_same_only_when_equal() {
        let long = "x".repeat(20_000);
        let key = |v: serde_json::Value| {
            let mut h = Hasher::new();
            h.data(&v).unwrap();
            h.finish()
        };
        let a = key(serde_json::json!({ "a": long, "b": [1, 2, 3] }));
        assert_eq!(a, key(serde_json::json!({ "a": long, "b": [1, 2, 3] })));
        assert_ne!(a, key(serde_json::json!({ "a": long, "b": [1, 2, 4] })));
        // Strings carry their length: moving a character from one to the next is a change.
        assert_ne!(key(serde_json::json!(["ab", "c"])), key(serde_json::json!(["a", "bc"])));
    }

    #[test]
    fn the_buffer_gives_the_hash_of_the_bytes_in_one_piece() {
        // Pieces of every size around the buffer's, so that some fill it, some go past it and
        // some are hashed on their own.
        let sizes = [0, 1, 7, BUFFER - 3, 5, BUFFER, 2 * BUFFER + 1, 300, BUFFER / 2];
        let mut h = Hasher::new();
        let mut all = Vec::new();
        for (i, &n) in sizes.iter().enumerate() {
            let bytes: Vec<u8> = (0..n).map(|j| (i * 31 + j) as u8).collect();
            std::io::Write::write_all(&mut h, &bytes).unwrap();
            all.extend_from_slice(&bytes);
        }
        assert_eq!(h.finish(), xxhash_rust::xxh3::xxh3_128(&all).to_le_bytes());
    }

    #[test]
    fn a_page_is_reused_only_with_its_own_key() {
        let mut cache = RenderCache::new();
        let bytes = Arc::new(b"<p>hi</p>".to_vec());
        cache.pages.insert("a/index.html".into(), ([1; 16], Arc::clone(&bytes)));
        assert_eq!(cache.get("a/index.html", &[1; 16]), Some(bytes));
        assert_eq!(cache.get("a/index.html", &[2; 16]), None);
        assert_eq!(cache.get("b/index.html", &[1; 16]), None);
    }
}
