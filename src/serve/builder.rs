//! The builder thread: waits for the watcher's batches, rebuilds the site through its caches,
//! and publishes each result to the server (new files, or the problems) and to the caller.
//!
//! The search bundle takes longer than the pages (Pagefind reads every page again), so it is made
//! on a thread of its own after the pages are served, and put in place when ready, unless the
//! pages changed meanwhile: then it is made again for the new pages. A change stops the bundle
//! being made, which would otherwise take a core from the rebuild of the pages.

use super::http::{Shared, Snapshot};
use super::site::Incremental;
use super::watch::{Report, Watcher};
use super::{Event, Log, Message};
use crate::error::{Location, Problem};
use crate::report::{self, Format};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

/// How long the builder waits for more changes after a batch of one or two files (an editor's
/// save: the file, and a temporary or backup file).
const COALESCE: Duration = Duration::from_millis(15);

/// How long it waits after a batch of more files, so that the batches of one burst (a checkout,
/// a script writing many files) give one rebuild: the watcher's own wait is short, for the quick
/// pass, so a burst with a pause in it can come in several batches.
const COALESCE_BURST: Duration = Duration::from_millis(50);

pub(crate) struct Builder {
    site: Incremental,
    shared: Arc<Shared>,
    log: Log,
    watcher: Watcher,
    generation: u64,
    /// Where search threads send their bundle.
    to_self: Sender<Message>,
    /// Whether a search thread is running.
    searching: bool,
    /// Stops the running search thread.
    stop_search: Option<Arc<AtomicBool>>,
    /// Whether changes are waiting for their rebuild (a search started now would be of the
    /// pages before them).
    pending: bool,
}

impl Builder {
    pub fn new(site: Incremental, shared: Arc<Shared>, log: Log, watcher: Watcher, to_self: Sender<Message>) -> Self {
        Builder {
            site,
            shared,
            log,
            watcher,
            generation: 0,
            to_self,
            searching: false,
            stop_search: None,
            pending: false,
        }
    }

    /// Rebuilds on each batch of changes until told to stop.
    pub fn run(mut self, rx: Receiver<Message>) {
        while let Ok(message) = rx.recv() {
            let mut changed = Vec::new();
            match message {
                Message::Stop => return,
                Message::Watch(report) => self.take(report, &mut changed),
                Message::Searched(bundle, took) => self.searched(bundle, took),
            }
            if changed.is_empty() {
                continue;
            }
            self.pending = true;
            loop {
                let wait = if changed.len() > 2 { COALESCE_BURST } else { COALESCE };
                match rx.recv_timeout(wait) {
                    Ok(Message::Watch(report)) => self.take(report, &mut changed),
                    Ok(Message::Searched(bundle, took)) => self.searched(bundle, took),
                    Ok(Message::Stop) | Err(RecvTimeoutError::Disconnected) => return,
                    Err(RecvTimeoutError::Timeout) => break,
                }
            }
            self.pending = false;
            changed.sort();
            changed.dedup();
            (self.log)(Event::Changed(changed));
            self.build();
            self.watcher.refresh();
        }
    }

    /// Adds a batch of the watcher to `changed`, and serves at once the pages of the bodies it
    /// changed when that is all it changed (see [`Incremental::quick`]).
    fn take(&mut self, report: Report, changed: &mut Vec<PathBuf>) {
        match report {
            Report::Changed(paths) => {
                // The bundle being made is of pages about to change: stop it so that it does not
                // slow down their rebuild (a new one starts after it).
                if let Some(stop) = self.stop_search.as_ref().filter(|_| !paths.is_empty()) {
                    stop.store(true, Ordering::Relaxed);
                }
                let root = &self.site.options().root;
                let mut batch: Vec<PathBuf> = paths
                    .into_iter()
                    .map(|p| p.strip_prefix(root).map(PathBuf::from).unwrap_or(p))
                    .collect();
                batch.sort();
                batch.dedup();
                self.quick(&batch);
                changed.extend(batch);
            }
            Report::Failed(message) => (self.log)(Event::WatchError(message)),
        }
    }

    /// What the server shows now: the last good build, with `error` over it when the last
    /// build failed.
    fn snapshot(&self, error: Option<String>) -> Snapshot {
        Snapshot {
            files: self.site.files().cloned(),
            languages: self.site.languages().to_vec(),
            error,
            generation: self.generation,
        }
    }

    /// The quick pass: publishes the pages of changed bodies, ahead of the full rebuild.
    fn quick(&mut self, batch: &[PathBuf]) {
        let quick = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.site.quick(batch)));
        let Ok(Some(rebuilt)) = quick else {
            return;
        };
        if rebuilt.changed.is_empty() {
            return;
        }
        self.generation += 1;
        let snapshot = self.snapshot(None);
        self.shared.publish(snapshot, rebuilt.changed.clone());
        (self.log)(Event::Previewed(rebuilt));
    }

    /// Starts making the search bundle of the last good build, unless one is being made (it
    /// starts again when that one is done) or the one served is up to date.
    fn search(&mut self) {
        if self.searching {
            return;
        }
        let Some(job) = self.site.search_job() else {
            return;
        };
        self.searching = true;
        self.stop_search = Some(job.stopper());
        let tx = self.to_self.clone();
        let spawned = spawn_background("savoirs-search", move || {
            let start = std::time::Instant::now();
            let bundle = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job.run())).unwrap_or_else(|_| {
                Err(Problem::new(
                    Location::file(crate::search::BUNDLE_DIR),
                    "internal",
                    "the search indexer failed",
                )
                .into())
            });
            let _ = tx.send(Message::Searched(bundle, start.elapsed()));
        });
        if spawned.is_err() {
            self.searching = false;
        }
    }

    /// Puts a search bundle in place and publishes it; a bundle of older pages is dropped and a
    /// new one started.
    fn searched(&mut self, bundle: crate::error::Result<crate::render::SearchBundle>, took: Duration) {
        self.searching = false;
        self.stop_search = None;
        if let Err(e) = &bundle
            && e.problems().iter().any(|p| p.code == crate::search::STOPPED)
        {
            if !self.pending {
                self.search();
            }
            return;
        }
        match self.site.finish_search(bundle) {
            Ok(changed) if !changed.is_empty() => {
                let snapshot = self.snapshot(None);
                self.shared.publish(snapshot, changed.clone());
                (self.log)(Event::Searched(changed, took));
            }
            Ok(_) => {}
            Err(e) => (self.log)(Event::Failed(e.to_problems())),
        }
        self.search();
    }

    /// Builds and publishes the result: the new files, or the problems over the last good site.
    /// The search bundle follows (see [`Builder::search`]).
    pub fn build(&mut self) {
        self.build_pages();
        self.search();
    }

    fn build_pages(&mut self) {
        self.generation += 1;
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.site.rebuild_pages()));
        let result = result.unwrap_or_else(|panic| {
            // A bug, not the content: keep serving, and start the next build from empty caches.
            self.site.forget_caches();
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(Problem::new(
                Location::file(crate::config::SITE_FILE),
                "internal",
                format!("savoirs failed: {what}"),
            )
            .into())
        });
        match result {
            Ok(rebuilt) => {
                let snapshot = self.snapshot(None);
                self.shared.publish(snapshot, rebuilt.changed.clone());
                (self.log)(Event::Built(rebuilt));
            }
            Err(e) => {
                let problems = e.to_problems();
                let text = report::render(&problems, &self.site.options().root, Format::Human { color: false });
                let snapshot = self.snapshot(Some(text));
                self.shared.publish(snapshot, Vec::new());
                (self.log)(Event::Failed(problems));
            }
        }
    }
}

/// Starts `work` on a thread of its own at the lowest priority the system gives (nice 19 on
/// Linux; its own threads inherit it), so that the search index of the last build, which takes
/// longer than the pages, gives way to the next change: at equal priority it took a core from a
/// quick pass (145 ms instead of 98 ms for a pillar move at N = 10,000). When the priority cannot
/// be lowered, the work runs at the usual one.
fn spawn_background(name: &str, work: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
    std::thread::Builder::new().name(name.into()).spawn(move || {
        let _ = thread_priority::set_current_thread_priority(thread_priority::ThreadPriority::Min);
        work();
    })?;
    Ok(())
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    /// The calling thread's nice value, from `/proc` (field 19 of its `stat`, after the name).
    fn nice() -> i64 {
        let stat = std::fs::read_to_string("/proc/thread-self/stat").expect("the thread's stat");
        let after_name = &stat[stat.rfind(')').expect("a name") + 2..];
        after_name
            .split(' ')
            .nth(16)
            .and_then(|n| n.parse().ok())
            .expect("a nice value")
    }

    #[test]
    fn background_work_runs_at_the_lowest_priority() {
        let (tx, rx) = std::sync::mpsc::channel();
        super::spawn_background("test", move || {
            let _ = tx.send(nice());
        })
        .expect("a thread");
        let here = nice();
        assert!(here < 19, "the test runs above the lowest priority ({here})");
        assert_eq!(rx.recv().expect("the thread ran"), 19, "here {here}");
    }
}
