//! Translation parity: items that exist in one language but not in another, and translations
//! whose default-language source changed after them, by git history when the site is in a git
//! repository (uncommitted files by their modification time), else by modification time.

use crate::error::{Location, Problem, Severity};
use crate::site::Site;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Seconds since 1970 of the last change of each content file.
fn change_times(site: &Site) -> HashMap<PathBuf, i64> {
    let root = &site.config.root;
    let mut times = HashMap::new();
    let committed = git_times(root).unwrap_or_default();
    let dirty = git_dirty(root);
    for e in &site.entries {
        let path = &e.doc.path;
        let from_git = committed
            .get(path)
            .copied()
            .filter(|_| dirty.as_ref().is_some_and(|d| !d.contains(path)));
        let time = from_git.or_else(|| modified(&root.join(path)));
        if let Some(t) = time {
            times.insert(path.clone(), t);
        }
    }
    times
}

fn modified(path: &Path) -> Option<i64> {
    let m = std::fs::metadata(path).ok()?.modified().ok()?;
    Some(m.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs() as i64)
}

fn git(root: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git").arg("-C").arg(root).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Paths (relative to the site root) -> time of the last commit that changed them.
fn git_times(root: &Path) -> Option<HashMap<PathBuf, i64>> {
    let prefix = git(root, &["rev-parse", "--show-prefix"])?;
    let prefix = prefix.trim();
    let log = git(
        root,
        &["log", "--format=%ct", "--name-only", "--no-renames", "--", "content"],
    )?;
    let mut times = HashMap::new();
    let mut current = None;
    for line in log.lines() {
        if let Ok(t) = line.trim().parse::<i64>() {
            current = Some(t);
        } else if let (Some(t), false) = (current, line.trim().is_empty()) {
            let rel = line.trim().strip_prefix(prefix).unwrap_or(line.trim());
            // The log is newest first: the first time seen is the last change.
            times.entry(PathBuf::from(rel)).or_insert(t);
        }
    }
    Some(times)
}

/// Content files with uncommitted changes, or `None` outside a git repository.
fn git_dirty(root: &Path) -> Option<Vec<PathBuf>> {
    let prefix = git(root, &["rev-parse", "--show-prefix"])?;
    let status = git(
        root,
        &["status", "--porcelain", "--untracked-files=all", "--", "content"],
    )?;
    Some(
        status
            .lines()
            .filter_map(|l| l.get(3..))
            .map(|p| {
                PathBuf::from(
                    p.trim()
                        .trim_matches('"')
                        .strip_prefix(prefix.trim())
                        .unwrap_or(p.trim()),
                )
            })
            .collect(),
    )
}

/// Missing and outdated translations, with the severity `site.yaml` gives them.
pub(crate) fn check(site: &Site, severity: Severity) -> Vec<Problem> {
    let config = &site.config;
    let mut problems = Vec::new();
    let times = change_times(site);
    let date = |t: i64| {
        jiff::Timestamp::from_second(t)
            .map(|ts| ts.strftime("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default()
    };
    for group in &site.groups {
        let present: Vec<usize> = group.members.iter().flatten().copied().collect();
        let Some(&first) = present.first() else { continue };
        let source = group.members[config.default_language].unwrap_or(first);
        for (lang, member) in group.members.iter().enumerate() {
            let code = &config.languages[lang].code;
            let source_doc = &site.entries[source].doc;
            match member {
                None => problems.push(
                    Problem::new(
                        Location::file(&source_doc.path),
                        "missing-translation",
                        format!("this file has no `{code}` translation"),
                    )
                    .with_help(format!("add content/{}{}.{code}.md", folder(group.section), group.key))
                    .with_severity(severity),
                ),
                Some(m) if *m != source => {
                    let doc = &site.entries[*m].doc;
                    let (Some(&t_source), Some(&t_translation)) = (times.get(&source_doc.path), times.get(&doc.path))
                    else {
                        continue;
                    };
                    // Coarse file-system clocks: a second or two apart is "the same time".
                    if t_source > t_translation + 2 {
                        problems.push(
                            Problem::new(
                                Location::file(&doc.path),
                                "outdated-translation",
                                format!(
                                    "`{}` changed after this translation ({} against {})",
                                    source_doc.path.display(),
                                    date(t_source),
                                    date(t_translation)
                                ),
                            )
                            .with_help("update this translation, then commit it (or save it) to mark it as up to date")
                            .with_severity(severity),
                        );
                    }
                }
                Some(_) => {}
            }
        }
    }
    problems
}

fn folder(section: crate::source::Section) -> String {
    match section.folder() {
        "" => String::new(),
        f => format!("{f}/"),
    }
}
