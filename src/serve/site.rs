//! The site as the preview serves it: every file in memory, rebuilt through the caches after each
//! change, and swapped whole only when a build succeeds, so a broken change leaves the last good
//! site in place.

use crate::cache::Caches;
use crate::config::Config;
use crate::error::{Error, Location, Problem, Result};
use crate::render::{Key, RenderStats, SearchBundle, SearchInput, search_bundle};
use crate::{BuildOptions, fs};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

/// Every file of the site by path (`fr/offres/index.html`), bytes shared between builds.
pub type Files = HashMap<String, Arc<Vec<u8>>>;

/// A site rebuilt after each change, with what it keeps between builds.
#[derive(Debug)]
pub struct Incremental {
    pub(super) options: BuildOptions,
    pub(super) caches: Caches,
    pub(super) files: Option<Arc<Files>>,
    languages: Vec<String>,
    /// The configuration of the last good build (the search bundle is made with it).
    config: Option<Config>,
}

/// The search bundle to make for the pages of a build: done apart from the build (see
/// [`Incremental::search_job`]), since it takes longer than the pages.
#[derive(Debug)]
pub struct SearchJob {
    config: Config,
    input: SearchInput,
    stop: Arc<AtomicBool>,
}

impl SearchJob {
    fn new(config: Config, input: SearchInput) -> Self {
        SearchJob {
            config,
            input,
            stop: Arc::default(),
        }
    }

    /// Makes the bundle. Gives up with a [`crate::search::STOPPED`] error once
    /// [`SearchJob::stopper`] is set.
    pub fn run(self) -> Result<SearchBundle> {
        search_bundle(&self.config, &self.input, None, &self.stop)
    }

    /// The flag that stops [`SearchJob::run`].
    pub fn stopper(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.stop)
    }

    /// The key of the pages it is made from.
    pub fn key(&self) -> Key {
        self.input.key()
    }
}

/// What a successful rebuild did.
#[derive(Debug, Clone)]
pub struct Rebuilt {
    /// Files added, changed or removed since the last good build, sorted.
    pub changed: Vec<String>,
    /// Content files parsed again (the others were unchanged).
    pub parsed: usize,
    /// Content files not read again: their stamps said they had not changed (see
    /// [`crate::source::Stamp`]).
    pub known: usize,
    /// Bodies rendered again from Markdown (the others were taken from the cache).
    pub bodies: usize,
    /// Whether the site model was made again: always by a rebuild; by a quick pass unless the
    /// change was of bodies only (the last model is then kept, with the new bodies).
    pub model_remade: bool,
    /// Pages rendered again and pages reused.
    pub pages: RenderStats,
    /// Warnings of the build.
    pub warnings: Vec<Problem>,
    /// How long the build took.
    pub took: Duration,
    /// Where the time went (the search bundle is made apart, see [`Incremental::search_job`]).
    pub timings: crate::timings::Timings,
}

impl Incremental {
    /// A site not built yet.
    pub fn new(options: BuildOptions) -> Self {
        Incremental {
            options,
            caches: Caches::default(),
            files: None,
            languages: Vec::new(),
            config: None,
        }
    }

    /// The options it builds with.
    pub fn options(&self) -> &BuildOptions {
        &self.options
    }

    /// The files of the last good build, if any.
    pub fn files(&self) -> Option<&Arc<Files>> {
        self.files.as_ref()
    }

    /// The language codes of the last good build.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// Empties the caches (the next build is a cold one); the served files stay.
    pub fn forget_caches(&mut self) {
        self.caches = Caches::default();
    }

    /// Builds again from the files on disk, search bundle included. On error the last good
    /// site stays as it was.
    pub fn rebuild(&mut self) -> Result<Rebuilt> {
        let mut rebuilt = self.rebuild_pages()?;
        if let Some(job) = self.search_job() {
            let changed = self.finish_search(job.run())?;
            rebuilt.changed.extend(changed);
            rebuilt.changed.sort();
            rebuilt.changed.dedup();
        }
        Ok(rebuilt)
    }

    /// Builds every file again but the search bundle, which stays the last one made until
    /// [`Incremental::finish_search`] replaces it. On error the last good site stays as it was.
    pub fn rebuild_pages(&mut self) -> Result<Rebuilt> {
        let start = Instant::now();
        let site = crate::render_pages_with(&self.options, &mut self.caches)?;
        let statics = read_static(&site.config.root.join("static"))?;
        let mut files: Files = HashMap::with_capacity(site.outputs.len() + statics.len());
        for o in site.outputs {
            files.insert(o.path, o.bytes);
        }
        let mut collisions = Vec::new();
        for (path, bytes) in statics {
            if files.contains_key(&path) {
                collisions.push(Error::from(Problem::new(
                    Location::file(format!("static/{path}")),
                    "url-collision",
                    format!("this static file and a generated page would both be written at `{path}`"),
                )));
            }
            files.insert(path, Arc::new(bytes));
        }
        if let Some(e) = Error::from_list(collisions) {
            return Err(e);
        }
        if let Some(old) = &self.files {
            for (path, bytes) in old.iter().filter(|(p, _)| is_search_file(p)) {
                files.entry(path.clone()).or_insert_with(|| Arc::clone(bytes));
            }
        }
        let changed = match &self.files {
            Some(old) => changed_files(old, &files),
            None => {
                let mut all: Vec<String> = files.keys().cloned().collect();
                all.sort();
                all
            }
        };
        self.files = Some(Arc::new(files));
        self.languages = site.config.languages.iter().map(|l| l.code.clone()).collect();
        self.config = Some(site.config);
        Ok(Rebuilt {
            changed,
            parsed: self.caches.parse.parsed(),
            known: self.caches.parse.take_known(),
            bodies: self.caches.bodies.rendered(),
            model_remade: true,
            pages: self.caches.render.stats(),
            warnings: site.warnings,
            took: start.elapsed(),
            timings: site.timings,
        })
    }

    /// The search bundle the last good build needs, if its theme has a search page and its
    /// pages changed since the bundle served was made.
    pub fn search_job(&self) -> Option<SearchJob> {
        let config = self.config.as_ref()?;
        let files = self.files.as_ref()?;
        let input = SearchInput::new(config, files.iter(), &self.caches.render);
        let Some(input) = input else {
            let stale = files.keys().any(|p| is_search_file(p));
            // No search page any more: an empty bundle removes the old one.
            return stale.then(|| SearchJob::new(config.clone(), SearchInput::none()));
        };
        // The bundle kept stays until a new one replaces it (a job may be stopped).
        if self.caches.render.search_key() == Some(input.key()) {
            return None;
        }
        Some(SearchJob::new(config.clone(), input))
    }

    /// Puts a search bundle made by a [`SearchJob`] in place of the one served; returns the
    /// paths that changed. A bundle made from pages that are no longer the last good build's is
    /// ignored (the caller makes a new job).
    pub fn finish_search(&mut self, bundle: Result<SearchBundle>) -> Result<Vec<String>> {
        let (key, bundle) = bundle?;
        let (Some(config), Some(old)) = (&self.config, &self.files) else {
            return Ok(Vec::new());
        };
        let current = SearchInput::new(config, old.iter(), &self.caches.render).map(|i| i.key());
        if current.is_some_and(|k| k != key) {
            return Ok(Vec::new());
        }
        let mut files: Files = old
            .iter()
            .filter(|(p, _)| !is_search_file(p))
            .map(|(p, b)| (p.clone(), Arc::clone(b)))
            .collect();
        for o in &bundle {
            files.insert(o.path.clone(), Arc::clone(&o.bytes));
        }
        let changed = changed_files(old, &files);
        self.files = Some(Arc::new(files));
        if current.is_some() {
            self.caches.render.keep_search((key, bundle));
        }
        Ok(changed)
    }
}

/// A file of the search bundle.
fn is_search_file(path: &str) -> bool {
    path.strip_prefix(crate::search::BUNDLE_DIR)
        .is_some_and(|rest| rest.starts_with('/'))
}

/// The paths whose bytes differ between two builds, or that only one of them has, sorted.
pub fn changed_files(old: &Files, new: &Files) -> Vec<String> {
    let mut changed: Vec<String> = new
        .iter()
        .filter(|(path, bytes)| {
            old.get(*path)
                .is_none_or(|before| !Arc::ptr_eq(before, bytes) && before != *bytes)
        })
        .map(|(path, _)| path.clone())
        .chain(old.keys().filter(|p| !new.contains_key(*p)).cloned())
        .collect();
    changed.sort();
    changed
}

/// The site's own `static/` files, which a build copies as they are; symbolic links are refused
/// as the build refuses them.
fn read_static(dir: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    let mut found = Vec::new();
    if !dir.exists() {
        return Ok(found);
    }
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| fs::walk_error(dir, e))?;
        if entry.path_is_symlink() {
            return Err(Error::io(
                entry.path(),
                std::io::Error::other("symbolic links are not copied from static folders"),
            ));
        }
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            found.push((rel.to_string_lossy().replace('\\', "/"), fs::read(entry.path())?));
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> Files {
        list.iter()
            .map(|(p, b)| (p.to_string(), Arc::new(b.as_bytes().to_vec())))
            .collect()
    }

    #[test]
    fn changes_are_added_changed_and_removed_files() {
        let old = files(&[("a", "1"), ("b", "2"), ("c", "3")]);
        let mut new = files(&[("a", "1"), ("b", "two"), ("d", "4")]);
        assert_eq!(changed_files(&old, &new), ["b", "c", "d"]);
        new.insert("a".into(), Arc::clone(&old["a"]));
        assert_eq!(changed_files(&old, &new), ["b", "c", "d"]);
        assert!(changed_files(&new, &new).is_empty());
    }

    #[test]
    fn static_files_are_read_with_slashes() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("img")).unwrap();
        std::fs::write(dir.path().join("img/a.png"), b"png").unwrap();
        std::fs::write(dir.path().join("robots.txt"), b"x").unwrap();
        let found = read_static(dir.path()).unwrap();
        let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["img/a.png", "robots.txt"]);
        assert!(read_static(&dir.path().join("none")).unwrap().is_empty());
    }
}
