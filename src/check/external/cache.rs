//! The link cache (`.savoirs/link-cache.json` in the site's folder): addresses that worked, with
//! when they were checked, so that runs within the cache's lifetime do not ask partner sites
//! again. Failures are never kept: a broken link is asked again on every run, so a repaired one
//! stops being reported at once. The folder ignores itself in git.

use super::http::Verdict;
use crate::error::Result;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Changes when the file's meaning does; a file of another version is ignored.
const VERSION: u32 = 1;

#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct CacheFile {
    version: u32,
    /// Sorted by address, so that the file changes little from run to run.
    links: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Entry {
    /// When it was checked, in seconds since 1970.
    checked: i64,
    #[serde(flatten)]
    verdict: Verdict,
}

/// The cache of one run: read at the start, written once at the end.
#[derive(Debug)]
pub(crate) struct Cache {
    path: PathBuf,
    links: BTreeMap<String, Entry>,
}

impl Cache {
    /// The cache at `path`; empty when the file is missing, unreadable or of another version
    /// (it is only a cache: the links are then checked again).
    pub(crate) fn load(path: &Path) -> Cache {
        let links = std::fs::read_to_string(path)
            .ok()
            .and_then(|text| serde_json::from_str::<CacheFile>(&text).ok())
            .filter(|file| file.version == VERSION)
            .map(|file| file.links)
            .unwrap_or_default();
        Cache {
            path: path.to_path_buf(),
            links,
        }
    }

    /// The verdict on `url` if it was checked less than `max_age` seconds before `now`.
    pub(crate) fn fresh(&self, url: &str, now: i64, max_age: i64) -> Option<&Verdict> {
        let entry = self.links.get(url)?;
        let age = now - entry.checked;
        (0..max_age).contains(&age).then_some(&entry.verdict)
    }

    /// Keeps a verdict that is worth keeping (the address works, maybe from a new place), and
    /// forgets an older one that is not.
    pub(crate) fn record(&mut self, url: &str, now: i64, verdict: &Verdict) {
        if matches!(verdict, Verdict::Ok | Verdict::Moved { .. }) {
            self.links.insert(
                url.to_string(),
                Entry {
                    checked: now,
                    verdict: verdict.clone(),
                },
            );
        } else {
            self.links.remove(url);
        }
    }

    /// Writes the cache without its expired entries; creates the folder, which ignores itself
    /// in git, the first time.
    pub(crate) fn save(mut self, now: i64, max_age: i64) -> Result<()> {
        self.links.retain(|_, e| now - e.checked <= max_age && e.checked <= now);
        if let Some(folder) = self.path.parent() {
            let ignore = folder.join(".gitignore");
            if !ignore.exists() {
                crate::fs::write(&ignore, b"# Written by savoirs: a cache, never committed.\n*\n")?;
            }
        }
        let file = CacheFile {
            version: VERSION,
            links: self.links,
        };
        let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
        text.push('\n');
        crate::fs::replace(&self.path, text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400;

    #[test]
    fn working_links_are_kept_for_their_lifetime_and_failures_never() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".savoirs/link-cache.json");
        let mut cache = Cache::load(&path);
        let moved = Verdict::Moved {
            to: "https://b.ch/".into(),
        };
        cache.record("https://a.ch/", 1000, &Verdict::Ok);
        cache.record("https://old.ch/", 1000, &moved);
        cache.record("https://gone.ch/", 1000, &Verdict::Status { code: 404, at: None });
        cache.save(1000, DAY).unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.path().join(".savoirs/.gitignore"))
                .unwrap()
                .lines()
                .last(),
            Some("*")
        );

        let cache = Cache::load(&path);
        assert_eq!(cache.fresh("https://a.ch/", 1000 + DAY - 1, DAY), Some(&Verdict::Ok));
        assert_eq!(cache.fresh("https://old.ch/", 2000, DAY), Some(&moved));
        assert_eq!(cache.fresh("https://a.ch/", 1000 + DAY, DAY), None, "expired");
        assert_eq!(cache.fresh("https://a.ch/", 1000, 0), None, "no lifetime: always asked");
        assert_eq!(cache.fresh("https://gone.ch/", 1000, DAY), None);
        assert_eq!(cache.fresh("https://a.ch/", 10, DAY), None, "checked in the future");

        cache.save(1000 + 2 * DAY, DAY).unwrap();
        assert_eq!(Cache::load(&path).links.len(), 0, "expired entries are dropped");
    }

    #[test]
    fn a_broken_or_foreign_file_is_an_empty_cache() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.json");
        std::fs::write(&path, "{ not json").unwrap();
        assert!(Cache::load(&path).links.is_empty());
        std::fs::write(&path, r#"{"version": 99, "links": {}}"#).unwrap();
        assert!(Cache::load(&path).links.is_empty());
    }
}
