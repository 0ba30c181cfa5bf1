//! `TestSite`: copies a fixture site into a temporary folder, lets a test change files, builds
//! it with a fixed date, and reads the output.

use savoirs::{BuildOptions, Error};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The build date of every test: fixtures are written relative to it.
pub fn today() -> jiff::civil::Date {
    jiff::civil::Date::constant(2026, 11, 21)
}

/// Modification time of every copied fixture file (seconds since 1970).
pub const FIXED_MTIME: u64 = 1_767_225_600;

/// Sets a file's modification time.
pub fn set_mtime(path: &Path, seconds: u64) {
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(seconds))
        .unwrap();
}

pub struct TestSite {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
}

impl TestSite {
    /// A copy of `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> TestSite {
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
        Self::copy_of(&source, &[])
    }

    /// A copy of the shipped Lausanne site (without its output).
    pub fn shipped() -> TestSite {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        Self::copy_of(root, &["site.yaml", "content", "themes", "locales"])
    }

    fn copy_of(source: &Path, only: &[&str]) -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().join("site");
        for entry in walkdir::WalkDir::new(source).sort_by_file_name() {
            let entry = entry.expect("walk fixture");
            let rel = entry.path().strip_prefix(source).unwrap();
            if !only.is_empty() && !only.iter().any(|o| rel.starts_with(o)) {
                continue;
            }
            let target = root.join(rel);
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else {
                std::fs::create_dir_all(target.parent().unwrap()).unwrap();
                std::fs::copy(entry.path(), &target).unwrap();
                // One modification time for every copied file, so that checks comparing
                // translations by time see no difference the test did not make.
                set_mtime(&target, FIXED_MTIME);
            }
        }
        TestSite { _dir: dir, root }
    }

    /// Writes (or replaces) a file of the site.
    pub fn file(&self, rel: &str, text: impl AsRef<[u8]>) -> &Self {
        let path = self.root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }

    /// Replaces `from` by `to` in a file, which must contain it.
    pub fn edit(&self, rel: &str, from: &str, to: &str) -> &Self {
        let text = std::fs::read_to_string(self.root.join(rel)).unwrap();
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.file(rel, text.replacen(from, to, 1))
    }

    /// Runs `savoirs check` through the library with the tests' date.
    pub fn check(&self) -> Vec<savoirs::Problem> {
        let options = savoirs::check::CheckOptions {
            build: self.options(),
            ends_within_days: 14,
            external: None,
        };
        savoirs::check::check(&options).unwrap_or_else(|e| panic!("check could not run: {e}"))
    }

    /// Runs the `savoirs` binary with `args` (then `--root <site>`); returns exit code, stdout, stderr.
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_savoirs"))
            .args(args)
            .arg("--root")
            .arg(&self.root)
            .env("SOURCE_DATE_EPOCH", "1795262400")
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Deletes a file of the site.
    pub fn remove(&self, rel: &str) -> &Self {
        std::fs::remove_file(self.root.join(rel)).unwrap();
        self
    }

    pub fn options(&self) -> BuildOptions {
        BuildOptions {
            root: self.root.clone(),
            today: Some(today()),
            ..Default::default()
        }
    }

    pub fn output(&self) -> PathBuf {
        self.root.join("public")
    }

    /// Builds; panics with the report if it fails.
    pub fn build(&self) -> &Self {
        if let Err(e) = savoirs::build(&self.options()) {
            panic!("build failed:\n{e}");
        }
        self
    }

    /// Builds, expecting failure; returns the error.
    pub fn build_err(&self) -> Error {
        match savoirs::build(&self.options()) {
            Ok(_) => panic!("build should have failed"),
            Err(e) => e,
        }
    }

    /// Builds the site as it is (it must build), lets `break_it` spoil its input, and records
    /// every file and folder around the site for [`TestSite::assert_untouched`].
    pub fn build_then_break(&self, break_it: impl FnOnce(&TestSite)) -> Tree {
        self.build();
        assert!(!self.listing().is_empty(), "the good build wrote no output");
        break_it(self);
        Tree::of(self._dir.path())
    }

    /// Asserts that nothing changed since `before`: the previous `public/` is byte-identical,
    /// no staging folder is left, and nothing was written anywhere else around the site.
    pub fn assert_untouched(&self, before: &Tree) {
        let changed = before.changed(&Tree::of(self._dir.path()));
        assert!(changed.is_empty(), "a failed build changed: {changed:?}");
    }

    /// The whole hardening contract of bad input: a good build, then `break_it`, then a build
    /// that fails and leaves everything as it was. Returns the error to check what it says.
    pub fn fails_keeping_output(&self, break_it: impl FnOnce(&TestSite)) -> Error {
        let before = self.build_then_break(break_it);
        let err = self.build_err();
        self.assert_untouched(&before);
        err
    }

    /// A file of the output, as text.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.output().join(rel))
            .unwrap_or_else(|e| panic!("{rel}: {e}; output has:\n{}", self.listing().join("\n")))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.output().join(rel).exists()
    }

    /// Every file of the output, sorted, with `/` separators.
    pub fn listing(&self) -> Vec<String> {
        let out = self.output();
        let mut files: Vec<String> = walkdir::WalkDir::new(&out)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                e.path()
                    .strip_prefix(&out)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        files.sort();
        files
    }
}

/// Every file, folder and symbolic link under a folder, with the bytes of each file (a link's
/// target, not followed), keyed by relative path.
#[derive(Debug, PartialEq, Eq)]
pub struct Tree(BTreeMap<String, Vec<u8>>);

impl Tree {
    pub fn of(dir: &Path) -> Tree {
        let mut all = BTreeMap::new();
        for entry in walkdir::WalkDir::new(dir).min_depth(1) {
            let entry = entry.unwrap_or_else(|e| panic!("walk {}: {e}", dir.display()));
            let rel = entry.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            let bytes = if entry.path_is_symlink() {
                let target = std::fs::read_link(entry.path()).unwrap();
                format!("-> {}", target.display()).into_bytes()
            } else if entry.file_type().is_dir() {
                b"<dir>".to_vec()
            } else {
                std::fs::read(entry.path()).unwrap()
            };
            all.insert(rel, bytes);
        }
        Tree(all)
    }

    /// The paths that differ between two trees (added, removed or changed).
    pub fn changed(&self, other: &Tree) -> std::collections::BTreeSet<String> {
        self.0
            .keys()
            .chain(other.0.keys())
            .filter(|k| self.0.get(*k) != other.0.get(*k))
            .cloned()
            .collect()
    }
}

/// The `data-key`s of the items of the list with class `class` in a page of the test theme.
pub fn keys_in(html: &str, class: &str) -> Vec<String> {
    let start = html
        .find(&format!("<ul class=\"{class}\">"))
        .unwrap_or_else(|| panic!("no list {class} in:\n{html}"));
    let end = start + html[start..].find("</ul>").unwrap();
    html[start..end]
        .split("data-key=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].to_string())
        .collect()
}

/// (code, location) of every problem, as `path:line:col`.
pub fn problems(e: &Error) -> Vec<(String, String)> {
    e.problems()
        .iter()
        .map(|p| (p.code.to_string(), p.location.to_string()))
        .collect()
}
