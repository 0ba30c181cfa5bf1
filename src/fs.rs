//! All file-system access of the library: every error names its path, and the output folder
//! is replaced only once a complete new site has been written beside it.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// Reads a UTF-8 text file.
pub fn read_to_string(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

/// Reads a file's bytes.
pub fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| Error::io(path, e))
}

/// Runs `read` (parallel reads of many files, with rayon) on threads kept for waiting on the
/// disk. A file whose pages the system has not cached keeps a thread waiting for the disk, not
/// busy: with one thread a core, as in the build's own pool, each core has one read in flight,
/// so reading the content of a large site from a cold cache took longer than parsing it.
/// Without such threads (the system refused them) `read` runs on the caller's pool.
pub fn with_readers<R: Send>(read: impl FnOnce() -> R + Send) -> R {
    static READERS: std::sync::OnceLock<Option<rayon::ThreadPool>> = std::sync::OnceLock::new();
    let pool = READERS.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(READER_THREADS)
            .thread_name(|i| format!("savoirs-read-{i}"))
            .build()
            .ok()
    });
    match pool {
        Some(pool) => pool.install(read),
        None => read(),
    }
}

/// How many reads [`with_readers`] keeps in flight: enough for a disk to overlap them, few
/// enough that idle threads cost nothing worth counting.
const READER_THREADS: usize = 16;

/// Writes a file, creating its parent folders.
pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        create_dir_all(parent)?;
    }
    std::fs::write(path, bytes).map_err(|e| Error::io(path, e))
}

/// Replaces a file in one step (written beside it, then renamed), so that a run stopped midway
/// leaves the old file or the new one, never half of one.
pub fn replace(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".{}.tmp", std::process::id()));
    let temporary = PathBuf::from(temporary);
    write(&temporary, bytes)?;
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        Error::io(path, e)
    })
}

/// Creates a folder and its parents.
pub fn create_dir_all(path: &Path) -> Result<()> {
    std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))
}

/// Removes a folder and everything in it, if it exists.
pub fn remove_dir_all(path: &Path) -> Result<()> {
    match std::fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// A fresh folder beside `output` to build the new site into.
pub fn staging_dir(output: &Path) -> Result<PathBuf> {
    let name = output
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    let parent = parent_of(output);
    create_dir_all(&parent)?;
    let staging = parent.join(format!(".{name}.new-{}", std::process::id()));
    remove_leftovers(output)?;
    create_dir_all(&staging)?;
    Ok(staging)
}

/// Puts the finished `staging` folder in place of `output`. On Linux the two folders are
/// exchanged in one atomic step, so a build killed at any moment leaves either the old site or
/// the new one at `output`, never neither; elsewhere the old site is moved aside first.
pub fn swap_in(staging: &Path, output: &Path) -> Result<()> {
    if !output.exists() {
        return std::fs::rename(staging, output).map_err(|e| Error::io(output, e));
    }
    if exchange(staging, output).is_ok() {
        // `staging` now holds the previous site.
        return remove_dir_all(staging);
    }
    let name = output
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    let old = parent_of(output).join(format!(".{name}.old-{}", std::process::id()));
    std::fs::rename(output, &old).map_err(|e| Error::io(output, e))?;
    if let Err(e) = std::fs::rename(staging, output) {
        // Put the previous site back: a failed build must leave it as it was.
        let _ = std::fs::rename(&old, output);
        return Err(Error::io(output, e));
    }
    remove_dir_all(&old)
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(std::io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

/// Removes what builds killed before their end left beside `output` (their staging folders).
pub fn remove_leftovers(output: &Path) -> Result<()> {
    let name = output
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    let parent = parent_of(output);
    let Ok(entries) = std::fs::read_dir(&parent) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let ours = file
            .strip_prefix(&format!(".{name}."))
            .is_some_and(|rest| rest.starts_with("new-") || rest.starts_with("old-"));
        if ours && entry.path().is_dir() {
            remove_dir_all(&entry.path())?;
        }
    }
    Ok(())
}

fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Copies the files of `from` into `to`, keeping relative paths; symlinks are refused.
pub fn copy_tree(from: &Path, to: &Path) -> Result<Vec<PathBuf>> {
    let mut copied = Vec::new();
    if !from.exists() {
        return Ok(copied);
    }
    for entry in walkdir::WalkDir::new(from).sort_by_file_name() {
        let entry = entry.map_err(|e| walk_error(from, e))?;
        let rel = entry.path().strip_prefix(from).unwrap_or(entry.path());
        if entry.path_is_symlink() {
            return Err(Error::io(
                entry.path(),
                std::io::Error::other("symbolic links are not copied from static folders"),
            ));
        }
        if entry.file_type().is_file() {
            let target = to.join(rel);
            if let Some(parent) = target.parent() {
                create_dir_all(parent)?;
            }
            std::fs::copy(entry.path(), &target).map_err(|e| Error::io(entry.path(), e))?;
            copied.push(rel.to_path_buf());
        }
    }
    Ok(copied)
}

/// Turns a walkdir error into an error naming its path.
pub fn walk_error(root: &Path, e: walkdir::Error) -> Error {
    let path = e.path().map_or_else(|| root.to_path_buf(), Path::to_path_buf);
    let io = e
        .into_io_error()
        .unwrap_or_else(|| std::io::Error::other("symbolic link loop"));
    Error::io(path, io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_run_with_more_threads_in_flight_than_cores() {
        use rayon::prelude::*;
        let threads = with_readers(rayon::current_num_threads);
        assert_eq!(threads, READER_THREADS);
        let doubled: Vec<usize> = with_readers(|| (0..100).into_par_iter().map(|n| n * 2).collect());
        assert_eq!(doubled, (0..100).map(|n| n * 2).collect::<Vec<_>>(), "in order");
    }

    #[test]
    fn swap_replaces_the_old_site_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out.join("old.html"), b"old").unwrap();
        let staging = staging_dir(&out).unwrap();
        write(&staging.join("new.html"), b"new").unwrap();
        swap_in(&staging, &out).unwrap();
        assert!(out.join("new.html").exists());
        assert!(!out.join("old.html").exists());
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no leftovers beside the output"
        );
    }

    #[test]
    fn leftovers_of_a_killed_build_are_cleaned_up() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&dir.path().join(".public.new-12345/x.html"), b"half").unwrap();
        write(&dir.path().join("other/keep.txt"), b"keep").unwrap();
        let staging = staging_dir(&out).unwrap();
        swap_in(&staging, &out).unwrap();
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["other", "public"]);
    }
}
