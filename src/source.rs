//! The load stage: finds the content files under `content/`, works out each one's section, key
//! and language from its path, and reads its text. Nothing here looks inside the files.

use crate::config::Config;
use crate::error::{Error, Location, Problem, Problems, Result, did_you_mean};
use crate::fs;
use crate::slug;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// The kinds of content, one folder each under `content/` (the home intro is a file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// `content/home.<lang>.md`
    Home,
    /// `content/offers/`
    Offers,
    /// `content/news/`
    News,
    /// `content/pillars/`
    Pillars,
    /// `content/neighbourhoods/`
    Neighbourhoods,
    /// `content/pages/`
    Pages,
}

impl Section {
    const FOLDERS: [(&'static str, Section); 5] = [
        ("offers", Section::Offers),
        ("news", Section::News),
        ("pillars", Section::Pillars),
        ("neighbourhoods", Section::Neighbourhoods),
        ("pages", Section::Pages),
    ];

    /// The folder name under `content/`.
    pub fn folder(self) -> &'static str {
        match self {
            Section::Home => "",
            Section::Offers => "offers",
            Section::News => "news",
            Section::Pillars => "pillars",
            Section::Neighbourhoods => "neighbourhoods",
            Section::Pages => "pages",
        }
    }

    /// Whether keys in this section may contain folders (`2026/chess-club`).
    fn allows_folders(self) -> bool {
        matches!(self, Section::Offers | Section::News)
    }
}

/// Largest content file read: far above any real page, small enough that a mistaken or hostile
/// file cannot make the build slow or exhaust memory.
pub const MAX_FILE_BYTES: u64 = 5_000_000;

/// One content file, read but not parsed.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the site root, for messages (`content/offers/x.fr.md`).
    pub path: PathBuf,
    /// Its section.
    pub section: Section,
    /// Its key: the path inside the section without the language and extension.
    pub key: String,
    /// Index of its language in `Config::languages`.
    pub lang: usize,
    /// Its text: UTF-8, without a byte-order mark, with `\n` line ends. Shared with the preview's
    /// parse cache, which hands it back to the next load when the file did not change (a copy of
    /// every file's text was a third of a rebuild's load).
    pub text: std::sync::Arc<String>,
    /// What its metadata said when it was read.
    pub stamp: Stamp,
}

/// What a content file's metadata said when it was read: size, modification and change times,
/// inode. The preview reads a file again only when its stamp changed, or when it was written in
/// the seconds before it was read: a second write within the same tick of the file system's
/// clock could leave every field as it was (Git's "racily clean" rule). The change time cannot
/// be set back by tools that restore modification times.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
    /// Change time (seconds, nanoseconds), inode and device where the system has them.
    changed: (i64, i64),
    inode: (u64, u64),
    /// When the load that read it started (not compared).
    read_at: Option<std::time::SystemTime>,
}

/// How long after its last write a file's stamp is trusted.
const SETTLED: std::time::Duration = std::time::Duration::from_secs(3);

impl Stamp {
    fn of(meta: &std::fs::Metadata, read_at: std::time::SystemTime) -> Stamp {
        #[cfg(unix)]
        let (changed, inode) = {
            use std::os::unix::fs::MetadataExt;
            ((meta.ctime(), meta.ctime_nsec()), (meta.ino(), meta.dev()))
        };
        #[cfg(not(unix))]
        let (changed, inode) = ((0, 0), (0, 0));
        Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
            changed,
            inode,
            read_at: Some(read_at),
        }
    }

    /// Whether a file stamped `self` when read has the same text now that its stamp is `now`.
    pub fn vouches_for(&self, now: &Stamp) -> bool {
        let settled = match (self.modified, self.read_at) {
            (Some(modified), Some(read_at)) => read_at.duration_since(modified).is_ok_and(|d| d >= SETTLED),
            _ => false,
        };
        settled
            && (self.len, self.modified, self.changed, self.inode) == (now.len, now.modified, now.changed, now.inode)
    }
}

/// Finds and reads every content file. Misnamed or unreadable files go to `problems` and the
/// others are returned, so later stages can still report their own problems in the same run.
pub fn load(config: &Config, problems: &mut Problems) -> Result<Vec<SourceFile>> {
    load_with(config, problems, &|_, _| None)
}

/// [`load`], taking the text of a file from `known` (given its path and stamp) instead of
/// reading it when `known` has it (the preview's parse cache, see [`Stamp`]).
pub fn load_with(
    config: &Config,
    problems: &mut Problems,
    known: &(dyn Fn(&Path, &Stamp) -> Option<std::sync::Arc<String>> + Sync),
) -> Result<Vec<SourceFile>> {
    let read_at = std::time::SystemTime::now();
    let content = config.root.join("content");
    if !content.is_dir() {
        return Err(Problem::new(
            Location::file("content"),
            "no-content",
            "the site has no `content/` folder",
        )
        .into());
    }
    let root_real = std::fs::canonicalize(&config.root).map_err(|e| Error::io(&config.root, e))?;
    let mut found = Vec::new();
    let walker = walkdir::WalkDir::new(&content).sort_by_file_name().into_iter();
    for entry in walker.filter_entry(|e| !is_hidden(e.file_name())) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                problems.push(fs::walk_error(&content, e));
                continue;
            }
        };
        let rel = entry
            .path()
            .strip_prefix(&config.root)
            .unwrap_or(entry.path())
            .to_path_buf();
        if entry.path_is_symlink() {
            match std::fs::canonicalize(entry.path()) {
                Ok(target) if target.starts_with(&root_real) && target.is_file() => {}
                Ok(target) if target.starts_with(&root_real) => {
                    problems.push(Problem::new(
                        Location::file(&rel),
                        "symlink",
                        "links to folders are not followed in `content/`",
                    ));
                    continue;
                }
                Ok(_) => {
                    problems.push(
                        Problem::new(
                            Location::file(&rel),
                            "symlink-outside",
                            "this link points outside the site",
                        )
                        .with_help("copy the file into the site instead"),
                    );
                    continue;
                }
                Err(_) => {
                    problems.push(Problem::new(
                        Location::file(&rel),
                        "symlink-broken",
                        "this link leads nowhere (broken, or a loop)",
                    ));
                    continue;
                }
            }
        } else if entry.file_type().is_dir() {
            continue;
        }
        found.push((entry.path().to_path_buf(), rel));
    }
    // Each file's section, key and language are worked out with its reading, in parallel (the
    // preview loads every file again after each change), on the threads that wait for the disk;
    // problems keep the files' order.
    let read_one = |(abs, rel): (PathBuf, PathBuf)| -> Result<SourceFile> {
        let (section, key, lang) = classify(config, &rel)?;
        let meta = std::fs::metadata(&abs).map_err(|e| Error::io(&abs, e))?;
        let size = meta.len();
        if size > MAX_FILE_BYTES {
            return Err(Problem::new(
                Location::file(&rel),
                "file-too-large",
                format!(
                    "this file has {} MB; a content file may have at most {} MB",
                    size / 1_000_000,
                    MAX_FILE_BYTES / 1_000_000
                ),
            )
            .with_help("split it, or put large documents in `static/` and link to them")
            .into());
        }
        let stamp = Stamp::of(&meta, read_at);
        let text = match known(&rel, &stamp) {
            Some(text) => text,
            None => std::sync::Arc::new(decode(&rel, fs::read(&abs)?)?),
        };
        Ok(SourceFile {
            path: rel,
            section,
            key,
            lang,
            text,
            stamp,
        })
    };
    let read: Vec<Result<SourceFile>> = fs::with_readers(|| found.into_par_iter().map(read_one).collect());
    let mut files = Vec::with_capacity(read.len());
    for r in read {
        if let Some(f) = problems.take(r) {
            files.push(f);
        }
    }
    Ok(files)
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.') || name.ends_with('~') || name.starts_with('#')
}

/// Works out section, key and language from a path such as `content/offers/2026/x.fr.md`.
fn classify(config: &Config, rel: &Path) -> std::result::Result<(Section, String, usize), Problem> {
    let loc = Location::file(rel);
    let parts: Vec<String> = rel.iter().skip(1).map(|p| p.to_string_lossy().into_owned()).collect();
    let Some(file_name) = parts.last() else {
        return Err(Problem::new(loc, "bad-path", "not a content file"));
    };
    let Some(stem) = file_name.strip_suffix(".md") else {
        return Err(Problem::new(
            loc,
            "not-markdown",
            "only Markdown files (`<key>.<lang>.md`) belong in `content/`",
        )
        .with_help("files to publish as they are go in the site's `static/` folder"));
    };
    let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    let Some((name, code)) = stem.rsplit_once('.') else {
        return Err(
            Problem::new(loc, "no-language", format!("`{file_name}` does not say its language"))
                .with_help(format!("name it `{stem}.{}.md`", config.default_lang().code)),
        );
    };
    let Some(lang) = config.lang_index(code) else {
        return Err(Problem::new(
            loc,
            "unknown-language",
            format!("`{code}` is not a language of this site (it has {})", codes.join(", ")),
        )
        .with_suggestion(did_you_mean(code, codes.iter().copied())));
    };
    let (section, key_parts) = if parts.len() == 1 {
        if name != "home" {
            return Err(Problem::new(loc, "misplaced-file", format!("`{file_name}` must be in a section folder"))
                .with_help("only `home.<lang>.md` sits directly in `content/`; offers go in `content/offers/`, news in `content/news/`, pages in `content/pages/`"));
        }
        (Section::Home, vec![name.to_string()])
    } else {
        let folder = parts[0].as_str();
        let Some(&(_, section)) = Section::FOLDERS.iter().find(|(f, _)| *f == folder) else {
            let names = Section::FOLDERS.iter().map(|(f, _)| *f);
            return Err(
                Problem::new(loc, "unknown-section", format!("`content/{folder}/` is not a section"))
                    .with_suggestion(did_you_mean(folder, names)),
            );
        };
        let mut key_parts: Vec<String> = parts[1..parts.len() - 1].to_vec();
        key_parts.push(name.to_string());
        if key_parts.len() > 1 && !section.allows_folders() {
            return Err(Problem::new(
                loc,
                "nested-key",
                format!("`content/{folder}/` may not contain folders"),
            ));
        }
        (section, key_parts)
    };
    for part in &key_parts {
        if !slug::is_valid_segment(part) {
            return Err(Problem::new(
                loc,
                "bad-key",
                format!("`{part}` in the file name may only use lowercase letters a-z, digits and hyphens"),
            )
            .with_help(format!("rename it `{}`", slug::suggest(part))));
        }
    }
    Ok((section, key_parts.join("/"), lang))
}

/// Checks the encoding and normalises a file's text: a BOM is dropped and CRLF becomes LF, so
/// that line numbers and output are the same on every system.
fn decode(rel: &Path, mut bytes: Vec<u8>) -> Result<String> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) if text.contains('\r') => Ok(text.replace("\r\n", "\n").replace('\r', "\n")),
        Ok(text) => Ok(text),
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            Err(Problem::new(
                Location::at(rel, line, column),
                "not-utf8",
                "this file is not UTF-8 text",
            )
            .with_help("save it as UTF-8 in your editor")
            .into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_drops_bom_and_crlf() {
        let text = decode(Path::new("a.md"), b"\xEF\xBB\xBF---\r\ntitle: x\r\n".to_vec()).unwrap();
        assert_eq!(text, "---\ntitle: x\n");
    }

    #[test]
    fn decode_locates_invalid_bytes() {
        let err = decode(Path::new("a.md"), b"ok\nab\xFFc".to_vec()).unwrap_err();
        let p = &err.problems()[0];
        assert_eq!((p.location.line, p.location.column), (2, 3));
        assert_eq!(p.code, "not-utf8");
    }
}
