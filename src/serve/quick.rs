//! The quick pass: after a save of content files only, the pages of what changed are rendered
//! from the cached documents and the last render's templates and served at once, ahead of the
//! full rebuild, which the builder runs next and which brings (or corrects) everything else.
//!
//! A change of bodies only keeps the last site model and renders the pages that read those bodies
//! (see `render::render_readers`). Any other change of a file's text (its front matter: an offer
//! moved to another pillar) makes the site model again from every cached document, as a full
//! build would from the same files, and renders the pages of the changed files in every language
//! (see `render::render_entries`); the lists and term pages that show them come with the rebuild.

use super::site::{Files, Incremental, Rebuilt};
use crate::error::Problems;
use crate::render::RenderStats;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

/// The most files a quick pass takes: an editor's save is one or two; a larger batch (a checkout,
/// a script writing many files) goes straight to the full rebuild, which would render its pages
/// again anyway, so a pass first would only delay it.
const MOST_FILES: usize = 16;

impl Incremental {
    /// The quick pass after a change of `paths` (relative to the root), when they are all content
    /// files of the last good build that still parse, no more than 16 (`MOST_FILES`), and the site
    /// model made with them has no error. `None` when the pass does not apply; then nothing is
    /// served from it.
    pub fn quick(&mut self, paths: &[PathBuf]) -> Option<Rebuilt> {
        let start = Instant::now();
        let old = self.files.clone()?;
        self.caches.site.as_ref()?;
        let content = |p: &Path| p.starts_with("content") && p.extension().is_some_and(|e| e == "md");
        if paths.is_empty() || paths.len() > MOST_FILES || !paths.iter().all(|p| content(p)) {
            return None;
        }
        let mut docs = Vec::new();
        for path in paths {
            let text = std::fs::read_to_string(self.options.root.join(path)).ok()?;
            docs.push(self.caches.parse.reparse(path, text)?);
        }
        let kept = self.bodies_only(&docs);
        let model_remade = kept.is_none();
        let pages = match kept {
            Some(entries) => {
                let site = self.caches.site.as_ref()?;
                crate::render::render_readers(site, &self.caches.render, &entries)
            }
            None => {
                let entries = self.remake_model(&docs)?;
                let site = self.caches.site.as_ref()?;
                crate::render::render_entries(site, &mut self.caches.render, &entries)
            }
        }?
        .ok()?;
        let rendered = pages.len();
        let mut files: Files = old.as_ref().clone();
        let mut changed = Vec::new();
        for page in pages {
            if old.get(&page.path).is_none_or(|b| *b != page.bytes) {
                changed.push(page.path.clone());
            }
            files.insert(page.path, page.bytes);
        }
        changed.sort();
        self.files = Some(Arc::new(files));
        let mut timings = crate::timings::Timings::default();
        timings.add(crate::timings::Stage::Render, start.elapsed());
        Some(Rebuilt {
            pages: RenderStats { rendered, reused: 0 },
            changed,
            parsed: docs.len(),
            known: 0,
            bodies: if model_remade {
                self.caches.bodies.rendered()
            } else {
                docs.len()
            },
            model_remade,
            warnings: Vec::new(),
            took: start.elapsed(),
            timings,
        })
    }

    /// Puts each of `docs` in the place of its entry in the kept site model when they differ
    /// from those only in their bodies (see `Site::replace_body`); returns the entries, or
    /// `None` when one differs otherwise (those before it may have been replaced: the model is
    /// then made again anyway).
    fn bodies_only(&mut self, docs: &[Arc<crate::document::Document>]) -> Option<Vec<usize>> {
        let site = self.caches.site.as_mut()?;
        docs.iter()
            .map(|doc| site.replace_body(&mut self.caches.bodies, Arc::clone(doc)))
            .collect()
    }

    /// Makes the site model again from the cached documents, with the configuration of the last
    /// build, and keeps it; returns the entries of `docs`, or `None` (the kept model unchanged)
    /// when the model has an error or one of `docs` is no longer published (a draft now).
    fn remake_model(&mut self, docs: &[Arc<crate::document::Document>]) -> Option<Vec<usize>> {
        let config = self.caches.site.as_ref()?.config.clone();
        let parsed = self.caches.parse.documents()?;
        let mut problems = Problems::default();
        let site = crate::site::build_with(config, parsed, &mut problems, Some(&mut self.caches.bodies));
        if problems.has_errors() {
            return None;
        }
        let entries = docs
            .iter()
            .map(|d| site.entry_of(&d.path))
            .collect::<Option<Vec<usize>>>()?;
        self.caches.site = Some(site);
        Some(entries)
    }
}
