//! Bodies rendered by an earlier build of the preview, each kept with the answers of the
//! lookups its rendering made (the page each link leads to, the size of each image), so that a
//! body is rendered again only when its text, its page or one of those answers changed.
//!
//! Rendering a body is a function of its text, its file and page, the configuration, and those
//! answers alone: the memo asks the same questions again and compares, with no rule about which
//! change affects which body.

use super::images::ImageProblem;
use crate::config::Config;
use crate::document::Document;
use crate::error::Problem;
use crate::markdown::Size;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

/// The bodies of the last build, by content file.
#[derive(Debug, Default)]
pub struct BodyCache {
    /// The configuration they were rendered with (its `Debug` text).
    config: String,
    bodies: HashMap<PathBuf, Memo>,
    rendered: usize,
}

impl BodyCache {
    /// How many bodies the last build rendered (the others were taken from the cache).
    pub fn rendered(&self) -> usize {
        self.rendered
    }
}

/// One body, what it was rendered from and what its rendering asked.
#[derive(Debug, Clone)]
pub(super) struct Memo {
    doc: Arc<Document>,
    url: String,
    links: Vec<(PathBuf, Option<String>)>,
    images: Vec<(String, Result<Option<Size>, ImageProblem>)>,
    html: Arc<String>,
    problems: Vec<Problem>,
}

/// A body's HTML and problems, its memo, and whether it was rendered (not taken from the cache).
/// The HTML is shared between the memo and the site's entry: the preview's model is made again
/// from the memos of every body after each change, and a copy of each would be most of its time.
pub(super) type Rendered = (Arc<String>, Vec<Problem>, Option<Memo>, bool);

/// What a build renders bodies with: the lookups, and last build's memos when there is a cache.
pub(super) struct Bodies<'a> {
    pub config: &'a Config,
    pub url_of: &'a (dyn Fn(&Path) -> Option<String> + Sync),
    pub size_of: &'a (dyn Fn(&str) -> Result<Option<Size>, ImageProblem> + Sync),
}

impl Bodies<'_> {
    /// The HTML and problems of `doc`'s body on the page `url`: `old`'s when its text, page and
    /// answers are the same, else rendered again (the flag says which); with the memo for next
    /// time when asked to `keep` one.
    pub fn render(&self, doc: &Arc<Document>, url: &str, old: Option<Memo>, keep: bool) -> Rendered {
        if let Some(memo) = old.filter(|m| self.still_valid(m, doc, url)) {
            return (Arc::clone(&memo.html), memo.problems.clone(), Some(memo), false);
        }
        if !keep {
            let (html, problems) = super::links::render_body(self.config, doc, url, self.url_of, self.size_of);
            return (Arc::new(html), problems, None, true);
        }
        let links = Mutex::new(Vec::new());
        let images = Mutex::new(Vec::new());
        let url_of = |p: &Path| {
            let found = (self.url_of)(p);
            crate::lock(&links).push((p.to_path_buf(), found.clone()));
            found
        };
        let size_of = |path: &str| {
            let found = (self.size_of)(path);
            crate::lock(&images).push((path.to_string(), found.clone()));
            found
        };
        let (html, problems) = super::links::render_body(self.config, doc, url, &url_of, &size_of);
        let html = Arc::new(html);
        let memo = Memo {
            doc: Arc::clone(doc),
            url: url.to_string(),
            links: links.into_inner().unwrap_or_else(PoisonError::into_inner),
            images: images.into_inner().unwrap_or_else(PoisonError::into_inner),
            html: Arc::clone(&html),
            problems: problems.clone(),
        };
        (html, problems, Some(memo), true)
    }

    fn still_valid(&self, memo: &Memo, doc: &Arc<Document>, url: &str) -> bool {
        let same_text = Arc::ptr_eq(&memo.doc, doc)
            || (memo.doc.path == doc.path && memo.doc.body == doc.body && memo.doc.body_line == doc.body_line);
        same_text
            && memo.url == url
            && memo.links.iter().all(|(p, found)| (self.url_of)(p) == *found)
            && memo.images.iter().all(|(path, found)| (self.size_of)(path) == *found)
    }
}

/// Last build's memos for `docs`, in their order, taken out of `cache` (emptied when the
/// configuration changed).
pub(super) fn take(cache: &mut BodyCache, config: &Config, docs: &[Arc<Document>]) -> Vec<Option<Memo>> {
    let fingerprint = config.fingerprint();
    if cache.config != fingerprint {
        cache.bodies.clear();
        cache.config = fingerprint;
    }
    docs.iter().map(|d| cache.bodies.remove(&d.path)).collect()
}

/// Keeps this build's memos for the next one.
pub(super) fn keep(cache: &mut BodyCache, memos: Vec<Memo>, rendered: usize) {
    cache.bodies = memos.into_iter().map(|m| (m.doc.path.clone(), m)).collect();
    cache.rendered = rendered;
}

impl super::Site {
    /// The entry of the file at `path`. A scan, comparing the paths' bytes (comparing them as
    /// paths, part by part, is ten times slower): a quick pass asks a few times, where a map of
    /// every entry would cost more to make.
    pub(crate) fn entry_of(&self, path: &Path) -> Option<usize> {
        let bytes = path.as_os_str();
        self.entries
            .iter()
            .position(|e| e.doc.path.as_os_str() == bytes)
            .or_else(|| self.entries.iter().position(|e| e.doc.path == path))
    }

    /// Puts `doc` in the place of the entry of the same file when it differs from it only in
    /// its body ([`Document::differs_only_in_body`]) and its new body renders with the same
    /// problems as the old one; returns the entry, or `None` (the site unchanged) otherwise.
    ///
    /// Everything in the site but the bodies is made from the rest of the documents, so such a
    /// site is the one a full build would make; and since bodies are read only through
    /// [`super::Site::body`], the pages to render again are those that read this one.
    pub fn replace_body(&mut self, cache: &mut BodyCache, doc: Arc<Document>) -> Option<usize> {
        let entry = self.entry_of(&doc.path)?;
        let old = self.entries[entry].doc.clone();
        let memo = cache.bodies.get(&doc.path)?;
        if !old.differs_only_in_body(&doc) || cache.config != self.config.fingerprint() {
            return None;
        }
        let url_of = |p: &Path| Some(self.config.link(&self.entries[self.entry_of(p)?].url));
        let size_of = |path: &str| super::images::size_of(&self.config.root, path);
        let renderer = Bodies {
            config: &self.config,
            url_of: &url_of,
            size_of: &size_of,
        };
        let url = self.entries[entry].url.clone();
        let (html, problems, new_memo, _) = renderer.render(&doc, &url, None, true);
        if problems != memo.problems {
            return None;
        }
        let new_memo = new_memo?;
        cache.bodies.insert(doc.path.clone(), new_memo);
        cache.rendered = 1;
        let e = &mut self.entries[entry];
        e.doc = doc;
        e.html = html;
        Some(entry)
    }
}
