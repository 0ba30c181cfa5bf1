//! How the files of the indexes reach the site: each file as soon as its index is done, a file
//! that several indexes make (Pagefind's scripts, shared by the languages of a part) once, and
//! the files that list the languages of a part joined when all its indexes are done. The parts
//! after the first get only what the search page's `mergeIndex` reads from them.

use super::{BUNDLE_DIR, IndexError, PARTS, failed, jobs::Files};
use crate::error::Result;
use crate::render::Output;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::Mutex;

/// The file that lists each language's index.
const ENTRY: &str = "/pagefind-entry.json";

/// The files handed out so far.
pub(super) struct Handout {
    /// Each job's `pagefind-entry.json`, kept for the end.
    entries: Mutex<Vec<Option<Output>>>,
    /// What was written at each path (a hash of the content).
    written: Mutex<HashMap<String, u64>>,
}

/// The folder of the bundle of a part: `pagefind/`, then `pagefind/part-2/`...
pub(super) fn part_dir(part: usize) -> String {
    if part == 0 {
        BUNDLE_DIR.to_string()
    } else {
        format!("{BUNDLE_DIR}/part-{}", part + 1)
    }
}

impl Handout {
    pub(super) fn new(jobs: usize) -> Self {
        Handout {
            entries: Mutex::new(vec![None; jobs]),
            written: Mutex::new(HashMap::new()),
        }
    }

    /// Gives the files of job `job` (in part `part`) to `sink`, but its language list.
    pub(super) fn hand_out(
        &self,
        job: usize,
        part: usize,
        files: Files,
        sink: &impl Fn(Output) -> Result<()>,
    ) -> Result<()> {
        let dir = part_dir(part);
        for f in files {
            let name = f.filename.to_string_lossy().replace('\\', "/");
            if part > 0 && !merged_index_reads(&name) {
                continue;
            }
            let path = format!("{dir}/{name}");
            if path.ends_with(ENTRY) {
                if let Some(slot) = crate::lock(&self.entries).get_mut(job) {
                    *slot = Some(Output {
                        path,
                        bytes: f.contents,
                    });
                }
                continue;
            }
            let hash = xxhash_rust::xxh3::xxh3_64(&f.contents);
            match crate::lock(&self.written).entry(path.clone()) {
                Entry::Occupied(seen) if *seen.get() == hash => continue,
                // Files are named after their content, or are Pagefind's own: never expected.
                Entry::Occupied(_) => {
                    return Err(failed(IndexError(format!(
                        "two indexes made different files at {path}"
                    ))));
                }
                Entry::Vacant(slot) => {
                    slot.insert(hash);
                }
            }
            sink(Output {
                path,
                bytes: f.contents,
            })?;
        }
        Ok(())
    }

    /// The files left once every job is done: each part's language list, its jobs' lists
    /// joined in the order of the jobs, and `pagefind/parts.json`, which lists the parts after
    /// the first (`parts` in all).
    pub(super) fn finish(self, parts: usize) -> Result<Vec<Output>> {
        let entries = self
            .entries
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut joined: Vec<Output> = Vec::new();
        for entry in entries.into_iter().flatten() {
            match joined.iter_mut().find(|o| o.path == entry.path) {
                Some(o) => o.bytes = merge_entries(&o.bytes, &entry.bytes).map_err(failed)?,
                None => joined.push(entry),
            }
        }
        let others: Vec<String> = (1..parts).map(|part| format!("part-{}/", part + 1)).collect();
        let list = serde_json::to_vec(&others).map_err(|e| failed(IndexError(e.to_string())))?;
        joined.push(Output {
            path: format!("{BUNDLE_DIR}/{PARTS}"),
            bytes: list,
        });
        Ok(joined)
    }
}

/// Whether Pagefind's `mergeIndex` reads the file `name` of a bundle merged into the first: its
/// language list, each language's WebAssembly and metadata, the word index, the fragments and
/// the filters. The scripts, the worker and the UI files are the first bundle's only (the
/// worker is started once, from the first; about 0.7 MB a part otherwise written for nothing).
fn merged_index_reads(name: &str) -> bool {
    name == ENTRY.trim_start_matches('/')
        || (name.starts_with("wasm.") && name.ends_with(".pagefind"))
        || name.ends_with(".pf_meta")
        || ["index/", "fragment/", "filter/"]
            .iter()
            .any(|dir| name.starts_with(dir))
}

/// Joins two `pagefind-entry.json` files: the union of their `languages`.
fn merge_entries(a: &[u8], b: &[u8]) -> std::result::Result<Vec<u8>, IndexError> {
    let bad = |e: serde_json::Error| IndexError(format!("pagefind-entry.json: {e}"));
    let mut a: serde_json::Value = serde_json::from_slice(a).map_err(bad)?;
    let b: serde_json::Value = serde_json::from_slice(b).map_err(bad)?;
    match (
        a.get_mut("languages").and_then(|l| l.as_object_mut()),
        b.get("languages").and_then(|l| l.as_object()),
    ) {
        (Some(into), Some(from)) => into.extend(from.iter().map(|(k, v)| (k.clone(), v.clone()))),
        _ => return Err(IndexError("pagefind-entry.json has no `languages`".into())),
    }
    serde_json::to_vec(&a).map_err(bad)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pagefind::api::SyntheticFile;

    fn file(name: &str, contents: &str) -> SyntheticFile {
        SyntheticFile {
            filename: name.into(),
            contents: contents.as_bytes().to_vec(),
        }
    }

    fn entry(lang: &str) -> SyntheticFile {
        file(
            "pagefind-entry.json",
            &format!("{{\"version\":\"1\",\"languages\":{{\"{lang}\":{{\"page_count\":1}}}}}}"),
        )
    }

    #[test]
    fn shared_files_are_written_once_and_language_lists_joined_at_the_end() {
        let written = Mutex::new(Vec::new());
        let sink = |o: Output| {
            crate::lock(&written).push(o.path);
            Ok(())
        };
        let handout = Handout::new(3);
        let jobs = [
            (
                0,
                vec![
                    file("pagefind.js", "js"),
                    file("fragment/fr_1.pf_fragment", "a"),
                    entry("fr"),
                ],
            ),
            (
                0,
                vec![
                    file("pagefind.js", "js"),
                    file("fragment/en_1.pf_fragment", "b"),
                    entry("en"),
                ],
            ),
            (
                1,
                vec![
                    file("pagefind.js", "js"),
                    file("pagefind-worker.js", "worker"),
                    file("pagefind-ui.css", "css"),
                    file("wasm.fr.pagefind", "wasm"),
                    file("pagefind.fr_1.pf_meta", "meta"),
                    file("index/fr_1.pf_index", "words"),
                    file("fragment/fr_2.pf_fragment", "c"),
                    file("filter/fr_1.pf_filter", "filters"),
                    entry("fr"),
                ],
            ),
        ];
        for (job, (part, files)) in jobs.into_iter().enumerate() {
            handout.hand_out(job, part, files, &sink).unwrap();
        }
        assert_eq!(
            *crate::lock(&written),
            [
                "pagefind/pagefind.js",
                "pagefind/fragment/fr_1.pf_fragment",
                "pagefind/fragment/en_1.pf_fragment",
                "pagefind/part-2/wasm.fr.pagefind",
                "pagefind/part-2/pagefind.fr_1.pf_meta",
                "pagefind/part-2/index/fr_1.pf_index",
                "pagefind/part-2/fragment/fr_2.pf_fragment",
                "pagefind/part-2/filter/fr_1.pf_filter",
            ],
            "the language lists wait for the end; a later part gets no scripts"
        );
        let rest = handout.finish(2).unwrap();
        let paths: Vec<_> = rest.iter().map(|o| o.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "pagefind/pagefind-entry.json",
                "pagefind/part-2/pagefind-entry.json",
                "pagefind/parts.json"
            ]
        );
        let first: serde_json::Value = serde_json::from_slice(&rest[0].bytes).unwrap();
        assert_eq!(first["languages"].as_object().map(|l| l.len()), Some(2), "{first}");
        assert_eq!(rest[2].bytes, b"[\"part-2/\"]");
    }

    #[test]
    fn two_indexes_making_different_files_at_one_path_is_an_error() {
        let handout = Handout::new(2);
        let sink = |_: Output| Ok(());
        handout.hand_out(0, 0, vec![file("pagefind.js", "one")], &sink).unwrap();
        let e = handout
            .hand_out(1, 0, vec![file("pagefind.js", "two")], &sink)
            .unwrap_err();
        assert!(e.to_string().contains("pagefind/pagefind.js"), "{e}");
    }
}
