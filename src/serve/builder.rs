//! The builder thread: waits for the watcher's batches, rebuilds the site through its caches,
//! and publishes each result to the server (new files, or the problems) and to the caller.

use super::http::{Shared, Snapshot};
use super::site::Incremental;
use super::watch::{Report, Watcher};
use super::{Event, Log, Message};
use crate::error::{Location, Problem};
use crate::report::{self, Format};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

/// How long the builder waits for more changes after a batch, so that batches of one burst
/// that the debouncer hands over a few milliseconds apart give one rebuild.
const COALESCE: Duration = Duration::from_millis(15);

pub(crate) struct Builder {
    site: Incremental,
    shared: Arc<Shared>,
    log: Log,
    watcher: Watcher,
    generation: u64,
}

impl Builder {
    pub fn new(site: Incremental, shared: Arc<Shared>, log: Log, watcher: Watcher) -> Self {
        Builder {
            site,
            shared,
            log,
            watcher,
            generation: 0,
        }
    }

    /// Rebuilds on each batch of changes until told to stop.
    pub fn run(mut self, rx: Receiver<Message>) {
        while let Ok(message) = rx.recv() {
            let mut changed = Vec::new();
            match message {
                Message::Stop => return,
                Message::Watch(report) => self.take(report, &mut changed),
            }
            loop {
                match rx.recv_timeout(COALESCE) {
                    Ok(Message::Watch(report)) => self.take(report, &mut changed),
                    Ok(Message::Stop) | Err(RecvTimeoutError::Disconnected) => return,
                    Err(RecvTimeoutError::Timeout) => break,
                }
            }
            if changed.is_empty() {
                continue;
            }
            changed.sort();
            changed.dedup();
            (self.log)(Event::Changed(changed));
            self.build();
            self.watcher.refresh();
        }
    }

    fn take(&self, report: Report, changed: &mut Vec<PathBuf>) {
        match report {
            Report::Changed(paths) => {
                let root = &self.site.options().root;
                changed.extend(
                    paths
                        .into_iter()
                        .map(|p| p.strip_prefix(root).map(PathBuf::from).unwrap_or(p)),
                );
            }
            Report::Failed(message) => (self.log)(Event::WatchError(message)),
        }
    }

    /// Builds and publishes the result: the new files, or the problems over the last good site.
    pub fn build(&mut self) {
        self.generation += 1;
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.site.rebuild()));
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
                let snapshot = Snapshot {
                    files: self.site.files().cloned(),
                    languages: self.site.languages().to_vec(),
                    error: None,
                    generation: self.generation,
                };
                self.shared.publish(snapshot, rebuilt.changed.clone());
                (self.log)(Event::Built(rebuilt));
            }
            Err(e) => {
                let problems = e.to_problems();
                let text = report::render(&problems, &self.site.options().root, Format::Human { color: false });
                let snapshot = Snapshot {
                    files: self.site.files().cloned(),
                    languages: self.site.languages().to_vec(),
                    error: Some(text),
                    generation: self.generation,
                };
                self.shared.publish(snapshot, Vec::new());
                (self.log)(Event::Failed(problems));
            }
        }
    }
}
