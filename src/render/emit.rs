//! Where the files made after the pages (feeds, calendars, filter data, the sitemap, the
//! theme's static files) go: to the build's sink as soon as each is made, else kept to be
//! returned with the pages.

use super::cache::Key;
use super::{PageSink, SharedOutput};
use crate::error::{Error, Problems};
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// The files the preview keeps between builds: by path, the key each was made from and its bytes.
pub(crate) type KeptFiles = HashMap<String, (Key, Arc<Vec<u8>>)>;

/// A file made and emitted: what the preview keeps of it (path, key, bytes; `None` in a single
/// build, which keeps nothing), and what became of it.
pub(crate) type Made = (Option<(String, Key, Arc<Vec<u8>>)>, Emitted);

/// The files to keep of `made`, and what became of each, in order.
pub(crate) fn kept_and_emitted(made: Vec<Made>) -> (KeptFiles, Vec<Emitted>) {
    let mut kept = HashMap::new();
    let mut emitted = Vec::with_capacity(made.len());
    for (keep, e) in made {
        if let Some((path, key, bytes)) = keep {
            kept.insert(path, (key, bytes));
        }
        emitted.push(e);
    }
    (kept, emitted)
}

/// Gives each file to the sink when there is one. A large site has hundreds of thousands of
/// these files and some of tens of megabytes (the calendar of every offer, the filter data of
/// the offers list): each is written by the thread that made it, while the others are being
/// made, and dropped at once, rather than all made, held and then written (at N = 50,000 that
/// held nearly a gigabyte at once and set the build's peak memory: 2.6 GB, now 2.1 GB).
#[derive(Clone, Copy)]
pub(crate) struct Emit<'a> {
    sink: Option<PageSink<'a>>,
}

/// What became of one file.
#[derive(Debug)]
pub(crate) enum Emitted {
    /// Written by the sink.
    Written,
    /// Kept, for want of a sink.
    Kept(SharedOutput),
    /// The sink could not write it.
    Failed(Error),
}

impl<'a> Emit<'a> {
    pub(crate) fn new(sink: Option<PageSink<'a>>) -> Self {
        Emit { sink }
    }

    /// Gives `file` to the sink, or keeps it without one.
    pub(crate) fn file(&self, file: SharedOutput) -> Emitted {
        match self.sink {
            Some(sink) => match sink(&file.path, &file.bytes) {
                Ok(()) => Emitted::Written,
                Err(e) => Emitted::Failed(e),
            },
            None => Emitted::Kept(file),
        }
    }

    /// [`Emit::file`] for files already made, on every thread.
    pub(crate) fn all<F: Into<SharedOutput> + Send>(&self, files: Vec<F>) -> Vec<Emitted> {
        files.into_par_iter().map(|f| self.file(f.into())).collect()
    }
}

/// Adds the kept files to `kept`, and the files that could not be written to `problems`, in
/// the files' order (the same files give the same report).
pub(crate) fn collect(emitted: Vec<Emitted>, kept: &mut Vec<SharedOutput>, problems: &mut Problems) {
    for e in emitted {
        match e {
            Emitted::Written => {}
            Emitted::Kept(file) => kept.push(file),
            Emitted::Failed(e) => problems.push(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Location, Problem, Result};
    use std::sync::Mutex;

    fn file(path: &str) -> SharedOutput {
        SharedOutput {
            path: path.into(),
            bytes: Arc::new(path.as_bytes().to_vec()),
        }
    }

    #[test]
    fn the_preview_keeps_what_it_was_given_and_every_file_is_emitted_in_order() {
        let made: Vec<Made> = vec![
            (
                Some(("a".into(), [1; 16], Arc::new(b"A".to_vec()))),
                Emitted::Kept(file("a")),
            ),
            (None, Emitted::Written),
            (
                Some(("c".into(), [3; 16], Arc::new(b"C".to_vec()))),
                Emitted::Kept(file("c")),
            ),
        ];
        let (kept, emitted) = kept_and_emitted(made);
        let mut paths: Vec<(&str, Key, &[u8])> =
            kept.iter().map(|(p, (k, b))| (p.as_str(), *k, b.as_slice())).collect();
        paths.sort();
        assert_eq!(paths, [("a", [1; 16], &b"A"[..]), ("c", [3; 16], &b"C"[..])]);
        let shapes: Vec<String> = emitted
            .iter()
            .map(|e| match e {
                Emitted::Kept(f) => f.path.clone(),
                Emitted::Written => "written".into(),
                Emitted::Failed(_) => "failed".into(),
            })
            .collect();
        assert_eq!(shapes, ["a", "written", "c"]);
    }

    #[test]
    fn without_a_sink_files_are_kept_in_order() {
        let emit = Emit::new(None);
        let mut kept = Vec::new();
        let mut problems = Problems::default();
        collect(
            emit.all(vec![file("a"), file("b"), file("c")]),
            &mut kept,
            &mut problems,
        );
        let paths: Vec<&str> = kept.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["a", "b", "c"]);
        assert!(!problems.has_errors());
    }

    #[test]
    fn with_a_sink_files_are_written_and_failures_reported_in_the_files_order() {
        let written = Mutex::new(Vec::new());
        let sink = |path: &str, bytes: &[u8]| -> Result<()> {
            if path.starts_with("bad") {
                return Err(Problem::new(Location::file(path), "write-failed", "no room").into());
            }
            crate::lock(&written).push((path.to_string(), bytes.to_vec()));
            Ok(())
        };
        let emit = Emit::new(Some(&sink));
        let files: Vec<SharedOutput> = ["a", "bad-1", "b", "bad-2", "c"].into_iter().map(file).collect();
        let mut kept = Vec::new();
        let mut problems = Problems::default();
        collect(emit.all(files), &mut kept, &mut problems);
        assert!(kept.is_empty());
        let mut written = written.into_inner().unwrap();
        written.sort();
        assert_eq!(
            written,
            [("a", "a"), ("b", "b"), ("c", "c")].map(|(p, b)| (p.to_string(), b.as_bytes().to_vec()))
        );
        let report = problems.finish(()).unwrap_err();
        let failed: Vec<String> = report
            .problems()
            .iter()
            .map(|p| p.location.path.display().to_string())
            .collect();
        assert_eq!(failed, ["bad-1", "bad-2"]);
    }
}
