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

/// Writes a file, creating its parent folders.
pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        create_dir_all(parent)?;
    }
    std::fs::write(path, bytes).map_err(|e| Error::io(path, e))
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
    remove_dir_all(&staging)?;
    create_dir_all(&staging)?;
    Ok(staging)
}

/// Puts the finished `staging` folder in place of `output`. The previous site stays in place
/// until the new one is complete, and is removed only after the swap.
pub fn swap_in(staging: &Path, output: &Path) -> Result<()> {
    let name = output
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    let old = parent_of(output).join(format!(".{name}.old-{}", std::process::id()));
    let had_old = output.exists();
    if had_old {
        std::fs::rename(output, &old).map_err(|e| Error::io(output, e))?;
    }
    if let Err(e) = std::fs::rename(staging, output) {
        if had_old {
            // Put the previous site back: a failed build must leave it as it was.
            let _ = std::fs::rename(&old, output);
        }
        return Err(Error::io(output, e));
    }
    if had_old {
        remove_dir_all(&old)?;
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
                std::io::Error::other("symbolic links are not copied from themes"),
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
}
