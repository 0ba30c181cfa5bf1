//! What `savoirs serve` keeps from one build to the next: each content file's parse result,
//! keyed by its path and text, each body's HTML (`site::BodyCache`), the rendered pages
//! (`render::RenderCache`), and the site model of the last good build (for the quick pass after
//! a save, see `serve/quick.rs`). A cold build runs the same code with empty caches, so a
//! rebuild gives the bytes a cold build would.

use crate::document::{self, Document, Parsed};
use crate::error::{Error, Problem, Problems};
use crate::render::RenderCache;
use crate::source::{SourceFile, Stamp};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The caches of one site.
#[derive(Debug, Default)]
pub struct Caches {
    /// Parsed content files.
    pub parse: ParseCache,
    /// Rendered bodies.
    pub bodies: crate::site::BodyCache,
    /// Rendered pages.
    pub render: RenderCache,
    /// The site model of the last build, when it succeeded.
    pub site: Option<crate::site::Site>,
}

/// How a file parsed: its document, or its problems.
type ParseResult = std::result::Result<Arc<Document>, Vec<Problem>>;

/// Parse results by path, each with the text it was parsed from and the file's stamp then.
#[derive(Debug, Default)]
pub struct ParseCache {
    files: HashMap<PathBuf, (Arc<String>, Stamp, ParseResult)>,
    /// The documents of the last [`ParseCache::parse_all`] in its order (the load's), `None`
    /// for a file that did not parse; with those parsed again since by [`ParseCache::reparse`].
    last: Vec<Option<Arc<Document>>>,
    parsed: usize,
    /// Files whose text was taken from the cache by the last load (see [`ParseCache::known_text`]).
    known: AtomicUsize,
}

impl ParseCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many files the last run parsed (the others were unchanged).
    pub fn parsed(&self) -> usize {
        self.parsed
    }

    /// The text of the file at `path` when its stamp `now` is the one it had when the cache got
    /// it, and that stamp can be trusted (see [`Stamp`]): the load then need not read it.
    pub fn known_text(&self, path: &Path, now: &Stamp) -> Option<Arc<String>> {
        let (text, stamp, _) = self.files.get(path)?;
        stamp.vouches_for(now).then(|| {
            self.known.fetch_add(1, Ordering::Relaxed);
            Arc::clone(text)
        })
    }

    /// How many files the loads since the last call took from [`ParseCache::known_text`]; the
    /// count starts again from zero.
    pub fn take_known(&self) -> usize {
        self.known.swap(0, Ordering::Relaxed)
    }

    /// Parses `text` as the new text of the file at `path` when the cache has the file and it
    /// parsed before, and keeps the result; `None` when it did not, when the text is the same,
    /// or when the new text does not parse (the cache is then left as it was).
    pub fn reparse(&mut self, path: &Path, text: String) -> Option<Arc<Document>> {
        let (old_text, _, Ok(old)) = self.files.get(path)? else {
            return None;
        };
        if **old_text == text {
            return None;
        }
        let text = Arc::new(text);
        let file = SourceFile {
            path: path.to_path_buf(),
            section: old.section,
            key: old.key.clone(),
            lang: old.lang,
            text: Arc::clone(&text),
            // Read apart from a load: the next load reads it again.
            stamp: Stamp::default(),
        };
        let doc = Arc::new(document::parse(file).ok()?);
        let bytes = path.as_os_str();
        if let Some(slot) = self
            .last
            .iter_mut()
            .find(|d| d.as_ref().is_some_and(|d| d.path.as_os_str() == bytes))
        {
            *slot = Some(Arc::clone(&doc));
        }
        self.files
            .insert(path.to_path_buf(), (text, Stamp::default(), Ok(Arc::clone(&doc))));
        self.parsed = 1;
        Some(doc)
    }

    /// The documents of the last [`ParseCache::parse_all`] in its order, with those parsed again
    /// since by [`ParseCache::reparse`]: what `parse_all` would give if the other files were
    /// unchanged. `None` when a file did not parse (the build would fail: no quick pass then).
    pub fn documents(&self) -> Option<Parsed> {
        Some(Parsed {
            docs: self.last.iter().cloned().collect::<Option<_>>()?,
            unreadable: Vec::new(),
        })
    }

    /// Parses every file like [`document::parse_all`], in the same order, but a file whose path
    /// and text are those of last time gets last time's result. Files gone since are forgotten.
    pub fn parse_all(&mut self, files: Vec<SourceFile>, problems: &mut Problems) -> Parsed {
        let mut old = std::mem::take(&mut self.files);
        let looked_up: Vec<(SourceFile, Option<ParseResult>)> = files
            .into_iter()
            .map(|f| {
                let hit = old
                    .remove(&f.path)
                    .filter(|(text, ..)| Arc::ptr_eq(text, &f.text) || *text == f.text);
                (f, hit.map(|(.., result)| result))
            })
            .collect();
        drop(old);
        let results: Vec<(SourceFile, ParseResult, bool)> = looked_up
            .into_par_iter()
            .map(|(f, hit)| match hit {
                Some(result) => (f, result, false),
                None => {
                    let result = document::parse(f.clone()).map(Arc::new).map_err(|e| e.to_problems());
                    (f, result, true)
                }
            })
            .collect();
        self.parsed = results.iter().filter(|(_, _, fresh)| *fresh).count();
        let mut parsed = Parsed::default();
        self.last = results.iter().map(|(_, r, _)| r.as_ref().ok().cloned()).collect();
        for (f, result, _) in results {
            match &result {
                Ok(doc) => parsed.docs.push(Arc::clone(doc)),
                Err(found) => {
                    if let Some(e) = Error::from_list(found.iter().cloned().map(Error::from).collect()) {
                        problems.push(e);
                    }
                    parsed
                        .unreadable
                        .push((f.path.clone(), f.section, f.key.clone(), f.lang));
                }
            }
            self.files.insert(f.path, (f.text, f.stamp, result));
        }
        parsed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Section;

    fn file(key: &str, text: &str) -> SourceFile {
        SourceFile {
            path: PathBuf::from(format!("content/pages/{key}.fr.md")),
            section: Section::Pages,
            key: key.to_string(),
            lang: 0,
            text: Arc::new(text.to_string()),
            stamp: Stamp::default(),
        }
    }

    #[test]
    fn only_changed_files_are_parsed_again() {
        let mut cache = ParseCache::new();
        let mut problems = Problems::default();
        let a = file("a", "---\ntitle: A\n---\nHello\n");
        let b = file("b", "---\ntitle: B\n---\n");
        let first = cache.parse_all(vec![a.clone(), b.clone()], &mut problems);
        assert_eq!((first.docs.len(), cache.parsed()), (2, 2));
        let b2 = file("b", "---\ntitle: B2\n---\n");
        let second = cache.parse_all(vec![a.clone(), b2], &mut problems);
        assert_eq!(cache.parsed(), 1);
        assert_eq!(second.docs[0].body, "Hello\n");
        assert_eq!(second.docs[1].title(), "B2");
        assert!(problems.is_empty());
    }

    #[test]
    fn a_file_parsed_again_alone_replaces_its_result_only_when_it_parses() {
        let mut cache = ParseCache::new();
        let mut problems = Problems::default();
        let a = file("a", "---\ntitle: A\n---\nHello\n");
        let first = cache.parse_all(vec![a.clone()], &mut problems);
        let path = a.path.clone();
        assert!(cache.reparse(&path, a.text.to_string()).is_none(), "same text");
        assert!(
            cache.reparse(&path, "---\ntitle: [\n---\n".into()).is_none(),
            "does not parse"
        );
        assert!(
            cache
                .reparse(Path::new("content/pages/b.fr.md"), a.text.to_string())
                .is_none(),
            "unknown"
        );
        let new = cache.reparse(&path, "---\ntitle: A\n---\nBonjour\n".into()).unwrap();
        assert!(first.docs[0].differs_only_in_body(&new));
        assert_eq!(new.body, "Bonjour\n");
        let other = file("a", "---\ntitle: B\n---\nBonjour\n");
        let renamed = document::parse(other).unwrap();
        assert!(!new.differs_only_in_body(&renamed), "the title changed");
        let moved = document::parse(file("a", "---\n\ntitle: A\n---\nBonjour!\n")).unwrap();
        assert!(!new.differs_only_in_body(&moved), "the title is on another line");
        let again = cache.parse_all(vec![file("a", "---\ntitle: A\n---\nBonjour\n")], &mut problems);
        assert_eq!(cache.parsed(), 0, "the cache has the new text");
        assert!(Arc::ptr_eq(&again.docs[0], &new));
    }

    #[test]
    fn documents_are_the_last_parse_in_order_with_files_parsed_again() {
        let mut cache = ParseCache::new();
        let mut problems = Problems::default();
        let (b, a) = (file("b", "---\ntitle: B\n---\n"), file("a", "---\ntitle: A\n---\n"));
        cache.parse_all(vec![b.clone(), a.clone()], &mut problems);
        let titles = |cache: &ParseCache| -> Vec<String> {
            let parsed = cache.documents().unwrap();
            parsed.docs.iter().map(|d| d.title().to_string()).collect()
        };
        assert_eq!(titles(&cache), ["B", "A"], "the load's order, not the paths'");
        cache.reparse(&a.path, "---\ntitle: A2\n---\n".into()).unwrap();
        assert_eq!(titles(&cache), ["B", "A2"]);
        cache.parse_all(vec![b, a, file("c", "---\ntitle: [\n---\n")], &mut problems);
        assert!(cache.documents().is_none(), "a file does not parse");
    }

    #[test]
    fn problems_are_reported_again_from_the_cache() {
        let mut cache = ParseCache::new();
        let bad = file("c", "---\ntitle: [\n---\n");
        for _ in 0..2 {
            let mut problems = Problems::default();
            let parsed = cache.parse_all(vec![bad.clone()], &mut problems);
            assert_eq!(parsed.unreadable.len(), 1);
            let e = problems.finish(()).unwrap_err();
            assert!(!e.problems().is_empty(), "{e}");
        }
        assert_eq!(cache.parsed(), 0);
    }
}
