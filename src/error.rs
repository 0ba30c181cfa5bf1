//! The one error type of the crate: every user-facing problem carries where it happened
//! (path, line, column), and a run collects them all into `Error::Many` instead of stopping at
//! the first one.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where a problem is: a file, and a line and column in it when known (both 1-based).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// The file, as given to the user (relative to the site root where possible).
    pub path: PathBuf,
    /// 1-based line, 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub column: usize,
}

impl Location {
    /// A problem about a whole file.
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Location {
            path: path.into(),
            line: 0,
            column: 0,
        }
    }

    /// A problem at a line and column of a file.
    pub fn at(path: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        Location {
            path: path.into(),
            line,
            column,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        Ok(())
    }
}

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Stops the build.
    #[default]
    Error,
    /// Reported; stops `check --deny-warnings` only.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A problem in the site's files, written for an editor: what is wrong, where, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// Where the problem is.
    pub location: Location,
    /// A stable short code, e.g. `unknown-field`, for documentation and machine output.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
    /// How to fix it, e.g. a did-you-mean.
    pub help: Option<String>,
}

impl Problem {
    /// A problem without help text.
    pub fn new(location: Location, code: &'static str, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            location,
            code,
            message: message.into(),
            help: None,
        }
    }

    /// A warning: reported, but the site is still built.
    pub fn warning(location: Location, code: &'static str, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Problem::new(location, code, message)
        }
    }

    /// Sets the severity (builder style).
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Adds help text (builder style).
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a did-you-mean, when there is a suggestion.
    pub fn with_suggestion(self, suggestion: Option<&str>) -> Self {
        match suggestion {
            Some(s) => self.with_help(format!("did you mean `{s}`?")),
            None => self,
        }
    }
}

/// Every error the library returns.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// One problem in the site's files.
    #[error("{}", display_problem(.0))]
    Problem(Box<Problem>),
    /// Several errors, from one run; never nested, never empty.
    #[error("{}", display_many(.0))]
    Many(Vec<Error>),
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An I/O error naming its path.
    pub fn io(path: impl AsRef<Path>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.as_ref().to_path_buf(),
            source,
        }
    }

    /// Builds an error from a list of errors; `None` when the list is empty.
    pub fn from_list(mut errors: Vec<Error>) -> Option<Error> {
        match errors.len() {
            0 => None,
            1 => errors.pop(),
            _ => {
                let mut flat = Vec::with_capacity(errors.len());
                for e in errors {
                    match e {
                        Error::Many(inner) => flat.extend(inner),
                        other => flat.push(other),
                    }
                }
                flat.sort_by_key(Error::sort_key);
                Some(Error::Many(flat))
            }
        }
    }

    /// The individual errors, in report order.
    pub fn iter(&self) -> impl Iterator<Item = &Error> {
        let list: Vec<&Error> = match self {
            Error::Many(inner) => inner.iter().collect(),
            other => vec![other],
        };
        list.into_iter()
    }

    /// Every error as a problem, I/O errors included (code `io`), in report order.
    pub fn to_problems(&self) -> Vec<Problem> {
        self.iter()
            .map(|e| match e {
                Error::Problem(p) => (**p).clone(),
                Error::Io { path, source } => Problem::new(Location::file(path), "io", source.to_string()),
                Error::Many(_) => Problem::new(Location::file("."), "internal", e.to_string()),
            })
            .collect()
    }

    /// The problems among these errors (for tests and machine-readable output).
    pub fn problems(&self) -> Vec<&Problem> {
        self.iter()
            .filter_map(|e| match e {
                Error::Problem(p) => Some(p.as_ref()),
                _ => None,
            })
            .collect()
    }

    fn sort_key(&self) -> (Option<Location>, String) {
        match self {
            Error::Problem(p) => (Some(p.location.clone()), p.message.clone()),
            Error::Io { path, .. } => (Some(Location::file(path)), String::new()),
            Error::Many(_) => (None, String::new()),
        }
    }
}

impl From<Problem> for Error {
    fn from(p: Problem) -> Self {
        Error::Problem(Box::new(p))
    }
}

fn display_problem(p: &Problem) -> String {
    let mut s = format!("{}: {}[{}]: {}", p.location, p.severity.as_str(), p.code, p.message);
    if let Some(help) = &p.help {
        s.push_str("\n  = help: ");
        s.push_str(help);
    }
    s
}

fn display_many(errors: &[Error]) -> String {
    let mut s = String::new();
    for (i, e) in errors.iter().enumerate() {
        if i > 0 {
            s.push('\n');
        }
        s.push_str(&e.to_string());
    }
    s
}

/// Collects problems during a stage, so a run reports all of them at once.
#[derive(Debug, Default)]
pub struct Problems(Vec<Error>);

impl Problems {
    /// Records one error.
    pub fn push(&mut self, e: impl Into<Error>) {
        self.0.push(e.into());
    }

    /// Records every error of a finished sub-step.
    pub fn extend(&mut self, other: Problems) {
        self.0.extend(other.0);
    }

    /// Keeps the value, or records the error.
    pub fn take<T>(&mut self, r: Result<T>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.0.push(e);
                None
            }
        }
    }

    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// True when something other than a warning was recorded.
    pub fn has_errors(&self) -> bool {
        self.0
            .iter()
            .any(|e| !matches!(e, Error::Problem(p) if p.severity == Severity::Warning))
    }

    /// `Ok(value)` when nothing went wrong, else every recorded error.
    pub fn finish<T>(self, value: T) -> Result<T> {
        match Error::from_list(self.0) {
            None => Ok(value),
            Some(e) => Err(e),
        }
    }

    /// `Ok` with the value and the warnings when no error was recorded; else every problem,
    /// warnings included, so a failed run still reports everything.
    pub fn finish_with_warnings<T>(self, value: T) -> Result<(T, Vec<Problem>)> {
        let is_warning = |e: &Error| matches!(e, Error::Problem(p) if p.severity == Severity::Warning);
        if self.0.iter().all(is_warning) {
            let mut warnings: Vec<Problem> = self
                .0
                .into_iter()
                .filter_map(|e| match e {
                    Error::Problem(p) => Some(*p),
                    _ => None,
                })
                .collect();
            warnings.sort_by(|a, b| a.location.cmp(&b.location));
            return Ok((value, warnings));
        }
        self.finish(value).map(|v| (v, Vec::new()))
    }
}

/// The closest candidate to `word`, when one is close enough to be a likely typo.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_prints_like_a_compiler() {
        assert_eq!(Location::at("a/b.md", 3, 7).to_string(), "a/b.md:3:7");
        assert_eq!(Location::file("a/b.md").to_string(), "a/b.md");
    }

    #[test]
    fn suggests_close_words_only() {
        let known = ["title", "summary", "pillars"];
        assert_eq!(did_you_mean("titel", known), Some("title"));
        assert_eq!(did_you_mean("pilars", known), Some("pillars"));
        assert_eq!(did_you_mean("zzz", known), None);
    }

    #[test]
    fn many_errors_are_flattened_and_sorted() {
        let p = |path: &str, line| Error::from(Problem::new(Location::at(path, line, 1), "x", "m"));
        let e = Error::from_list(vec![p("b.md", 1), Error::Many(vec![p("a.md", 2), p("a.md", 1)])]).unwrap();
        let lines: Vec<_> = e.problems().iter().map(|p| p.location.to_string()).collect();
        assert_eq!(lines, ["a.md:1:1", "a.md:2:1", "b.md:1:1"]);
    }
}
