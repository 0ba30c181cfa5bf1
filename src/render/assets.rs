//! The theme's static files, with a content hash in each file name (`style.3f2a1b9c04.css`) so
//! that hosts can cache them for ever; templates find them with `asset(path="style.css")`.

use super::Output;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::fs;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// The theme's static files: their fingerprinted names, and their content.
#[derive(Debug, Default)]
pub(crate) struct Assets {
    /// Path under `static/` -> path written, both with `/` separators.
    pub names: BTreeMap<String, String>,
    /// The files to write.
    pub outputs: Vec<Output>,
}

/// `style.css` + content -> `style.<10 hex digits>.css`.
fn fingerprinted(path: &str, bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let hash: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
    let (dir, file) = path.rsplit_once('/').map_or(("", path), |(d, f)| (d, f));
    let named = match file.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{stem}.{hash}.{ext}"),
        _ => format!("{file}.{hash}"),
    };
    if dir.is_empty() {
        named
    } else {
        format!("{dir}/{named}")
    }
}

/// Reads the theme's `static/` folder.
pub(crate) fn load(config: &Config) -> Result<Assets> {
    let dir = config.theme_dir().join("static");
    let mut assets = Assets::default();
    if !dir.is_dir() {
        return Ok(assets);
    }
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.map_err(|e| fs::walk_error(&dir, e))?;
        if entry.path_is_symlink() {
            return Err(Error::io(
                entry.path(),
                std::io::Error::other("symbolic links are not copied from themes"),
            ));
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(&dir)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = fs::read(entry.path())?;
        let name = fingerprinted(&rel, &bytes);
        assets.names.insert(rel, name.clone());
        assets.outputs.push(Output { path: name, bytes });
    }
    Ok(assets)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_a_content_hash() {
        let a = fingerprinted("css/style.css", b"body{}");
        assert!(
            a.starts_with("css/style.") && a.ends_with(".css") && a.len() == "css/style..css".len() + 10,
            "{a}"
        );
        assert_ne!(a, fingerprinted("css/style.css", b"body{ }"));
        assert_eq!(a, fingerprinted("css/style.css", b"body{}"));
        assert!(fingerprinted("LICENSE", b"x").starts_with("LICENSE."));
    }
}
