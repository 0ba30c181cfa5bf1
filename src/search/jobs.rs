//! The indexes of the search bundle made on a few threads (one Pagefind index per language and
//! part), and each index's files handed out as soon as it is done.

use super::IndexError;
use crate::error::Result;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// One index to make: the part it belongs to, and its pages (URL, path).
pub(super) struct Job<'a> {
    pub part: usize,
    pub pages: &'a [(String, String)],
}

/// Pagefind's files of one index.
pub(super) type Files = Vec<pagefind::api::SyntheticFile>;

/// Makes the index of each job on `workers` threads, each taking the next job when it is done,
/// and gives each index's files to `hand_out` (with the job's number) on the thread that made
/// them, so that they are written while the other indexes are being made instead of all at the
/// end, and are not all held in memory at once.
///
/// The first job to fail, or to be refused by `hand_out`, stops the threads from taking more;
/// the error returned is that of the failed job that comes first in `jobs`, so that the same
/// pages give the same error.
pub(super) fn run_jobs(
    jobs: &[Job<'_>],
    workers: usize,
    load: &(impl Fn(&str) -> Result<String> + Sync),
    hand_out: &(impl Fn(usize, Files) -> Result<()> + Sync),
) -> Result<()> {
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let errors: Mutex<Vec<(usize, crate::error::Error)>> = Mutex::new(Vec::new());
    let finished: Vec<AtomicBool> = jobs.iter().map(|_| AtomicBool::new(false)).collect();
    // Pagefind's API is async. Each index runs on a thread of its own with its own small
    // runtime, so that the build works the same whether or not the caller is inside a Tokio
    // runtime (the preview server rebuilds from one); the vendored Pagefind reads each page on
    // that thread, which nothing else needs meanwhile (`vendor/README.md`, change 6).
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers.max(1))
            .map(|_| {
                scope.spawn(|| {
                    while !failed.load(Ordering::Relaxed) {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let (Some(job), Some(done)) = (jobs.get(i), finished.get(i)) else {
                            break;
                        };
                        let result = run(job.pages, load)
                            .map_err(super::failed)
                            .and_then(|files| hand_out(i, files));
                        match result {
                            Ok(()) => done.store(true, Ordering::Relaxed),
                            Err(e) => {
                                failed.store(true, Ordering::Relaxed);
                                crate::lock(&errors).push((i, e));
                            }
                        }
                    }
                })
            })
            .collect();
        // A thread that panicked leaves its job unfinished (an error below), and the others
        // go on with the jobs left: joined here, its panic does not reach the caller.
        for handle in handles {
            let _ = handle.join();
        }
    });
    let mut errors = errors.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    errors.sort_by_key(|(i, _)| *i);
    if let Some((_, first)) = errors.into_iter().next() {
        return Err(first);
    }
    if finished.iter().any(|done| !done.load(Ordering::Relaxed)) {
        return Err(super::failed(IndexError(
            "the search indexer stopped unexpectedly".into(),
        )));
    }
    Ok(())
}

/// Indexes `pages` (URL, path), each read with `load`, and returns Pagefind's files.
fn run(
    pages: &[(String, String)],
    load: &(impl Fn(&str) -> Result<String> + Sync),
) -> std::result::Result<Files, IndexError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| IndexError(e.to_string()))?;
    runtime.block_on(async move {
        let options = pagefind::options::PagefindServiceConfig::builder().build();
        let mut index = pagefind::api::PagefindIndex::new(Some(options)).map_err(|e| IndexError(format!("{e:#}")))?;
        for (url, path) in pages {
            let html = load(path).map_err(|e| IndexError(e.to_string()))?;
            index
                .add_html_file(None, Some(url.clone()), html)
                .await
                .map_err(|e| IndexError(format!("{url}: {e:#}")))?;
        }
        index.into_files().await.map_err(|e| IndexError(format!("{e:#}")))
    })
}
