//! Watching the site's sources: `content/`, `themes/`, `locales/`, `static/` (recursively) and
//! `site.yaml`, debounced, so that a burst of changes (an editor saving through a temporary
//! file, a `git checkout`) arrives as one batch. Editors' temporary and backup files are ignored.
//! The paths only trigger a rebuild: what is rebuilt is decided by the caches, not by them.

use notify::RecursiveMode;
use notify::event::{AccessKind, AccessMode, EventKind};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a path must be quiet before its changes are reported: short, so that a saved body
/// is served at once (see the builder's quick pass); the builder joins the batches of a longer
/// burst into one rebuild.
pub(crate) const DEBOUNCE: Duration = Duration::from_millis(15);

/// The folders watched recursively, under the site's root.
const FOLDERS: [&str; 4] = ["content", "themes", "locales", "static"];

/// What the watcher reports to the builder.
#[derive(Debug)]
pub(crate) enum Report {
    /// Relevant paths changed.
    Changed(Vec<PathBuf>),
    /// The watcher failed (the message says how).
    Failed(String),
}

/// The running watcher.
pub(crate) struct Watcher {
    debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
    root: PathBuf,
    watched: HashSet<PathBuf>,
}

impl Watcher {
    /// Starts watching the site at `root` (an absolute path); batches go to `send`.
    pub fn start(root: &Path, send: impl Fn(Report) + Send + 'static) -> notify::Result<Watcher> {
        let filter_root = root.to_path_buf();
        let debouncer = new_debouncer(
            DEBOUNCE,
            Some(Duration::from_millis(5)),
            move |result: DebounceEventResult| {
                let report = match result {
                    Ok(events) => {
                        let paths: Vec<PathBuf> = events
                            .iter()
                            .filter(|e| changes_files(&e.kind))
                            .flat_map(|e| e.paths.iter())
                            .filter(|p| is_relevant(&filter_root, p))
                            .cloned()
                            .collect();
                        if paths.is_empty() {
                            return;
                        }
                        Report::Changed(paths)
                    }
                    Err(errors) => {
                        Report::Failed(errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))
                    }
                };
                send(report);
            },
        )?;
        let mut watcher = Watcher {
            debouncer,
            root: root.to_path_buf(),
            watched: HashSet::new(),
        };
        watcher.debouncer.watch(root, RecursiveMode::NonRecursive)?;
        watcher.refresh();
        Ok(watcher)
    }

    /// Watches the folders that exist now (one may have been created since the start).
    pub fn refresh(&mut self) {
        for folder in FOLDERS {
            let dir = self.root.join(folder);
            let exists = dir.is_dir();
            if exists && !self.watched.contains(&dir) {
                if self.debouncer.watch(&dir, RecursiveMode::Recursive).is_ok() {
                    self.watched.insert(dir);
                }
            } else if !exists && self.watched.remove(&dir) {
                let _ = self.debouncer.unwatch(&dir);
            }
        }
    }
}

/// Whether an event can mean different content: not reads (the build itself opens every file).
fn changes_files(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

/// Whether a change at `path` can change the site: under one of the watched folders or
/// `site.yaml`, and not an editor's temporary or backup file.
pub(crate) fn is_relevant(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts = rel.components();
    let Some(first) = parts.next() else {
        return false;
    };
    let first = first.as_os_str();
    let top = FOLDERS.iter().any(|f| first == *f);
    if !(top || (first == crate::config::SITE_FILE && parts.next().is_none())) {
        return false;
    }
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    !is_editor_file(&name)
}

/// Temporary, swap, lock and backup files of common editors.
pub(crate) fn is_editor_file(name: &str) -> bool {
    name.ends_with('~')
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
        || [
            ".swp",
            ".swx",
            ".swo",
            ".swpx",
            ".tmp",
            ".bak",
            "___jb_tmp___",
            "___jb_old___",
        ]
        .iter()
        .any(|s| name.ends_with(s))
        || name == "4913"
        || name == ".DS_Store"
        || name.starts_with(".goutputstream-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sources_of_the_site_are_relevant() {
        let root = Path::new("/site");
        for p in [
            "/site/site.yaml",
            "/site/content/offers/a.fr.md",
            "/site/themes/plain/templates/base.html",
            "/site/locales/fr/ui.ftl",
            "/site/static/img/a.png",
            "/site/static/.htaccess",
            "/site/content",
        ] {
            assert!(is_relevant(root, Path::new(p)), "{p}");
        }
        for p in [
            "/site/public/fr/index.html",
            "/site/target/x",
            "/site/site.yaml~",
            "/site/content/offers/.a.fr.md.swp",
            "/site/content/offers/a.fr.md~",
            "/site/content/offers/.#a.fr.md",
            "/site/content/offers/#a.fr.md#",
            "/site/content/offers/4913",
            "/elsewhere/content/a.fr.md",
            "/site/README.md",
        ] {
            assert!(!is_relevant(root, Path::new(p)), "{p}");
        }
    }
}
