//! Front matter: splits a file into its YAML block and Markdown body, and reads the YAML field
//! by field, so that every bad field of a file is reported with its own line in the `.md` file.

use crate::error::{Error, Location, Problem, Problems, Result, did_you_mean};
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use std::path::Path;

/// A file cut in two: YAML (starting on file line 2) and body (starting on `body_line`).
#[derive(Debug)]
pub(crate) struct Split<'a> {
    pub yaml: &'a str,
    pub body: &'a str,
    pub body_line: usize,
}

/// Cuts `text` at its `---` fences.
pub(crate) fn split<'a>(path: &Path, text: &'a str) -> Result<Split<'a>> {
    if text.trim().is_empty() {
        return Err(Problem::new(Location::file(path), "empty-file", "this file is empty")
            .with_help("a content file starts with its fields between two lines of `---`: a first line `---`, then `title: ...` and the other fields, then `---`")
            .into());
    }
    let Some(rest) = text.strip_prefix("---\n").or_else(|| text.strip_prefix("---\r\n")) else {
        return Err(Problem::new(
            Location::at(path, 1, 1),
            "no-front-matter",
            "the file must start with a `---` line opening its front matter",
        )
        .with_help("add `---`, the fields such as `title: ...`, then `---` before the text")
        .into());
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_line = 2 + yaml.matches('\n').count() + 1;
            return Ok(Split { yaml, body, body_line });
        }
        offset += line.len();
    }
    Err(Problem::new(
        Location::at(path, 1, 1),
        "unclosed-front-matter",
        "the front matter opened here is never closed",
    )
    .with_help("add a line with `---` after the last field")
    .into())
}

/// Reads the fields of one front matter block, collecting a problem for each bad one.
pub(crate) struct Fields<'a> {
    path: &'a Path,
    map: serde_yaml::Mapping,
    lines: HashMap<String, (usize, usize)>,
    known: &'static [&'static str],
    pub(crate) problems: Problems,
}

impl<'a> Fields<'a> {
    /// Parses the YAML of `split`; `known` lists every field allowed for this kind of file.
    pub(crate) fn parse(path: &'a Path, yaml: &str, known: &'static [&'static str]) -> Result<Fields<'a>> {
        let value: serde_yaml::Value = if yaml.trim().is_empty() {
            serde_yaml::Value::Mapping(Default::default())
        } else {
            serde_yaml::from_str(yaml).map_err(|e| Error::from(crate::yaml::problem(path, 2, None, &e)))?
        };
        let map = match value {
            serde_yaml::Value::Mapping(m) => m,
            _ => {
                return Err(Problem::new(
                    Location::at(path, 2, 1),
                    "front-matter-not-fields",
                    "the front matter must be a list of `field: value` lines",
                )
                .into());
            }
        };
        Ok(Fields {
            path,
            map,
            lines: key_lines(yaml),
            known,
            problems: Problems::default(),
        })
    }

    /// Where a field's value starts in the file, for later stages' messages.
    pub(crate) fn location(&self, key: &str) -> Location {
        let (line, column) = self.lines.get(key).copied().unwrap_or((1, 1));
        Location::at(self.path, line, column)
    }

    /// A required field; a problem when missing or of the wrong type.
    pub(crate) fn required<T: DeserializeOwned>(&mut self, key: &str) -> Option<T> {
        if self.map.get(key).is_some_and(serde_yaml::Value::is_null) {
            self.invalid(key, "empty-field", format!("the required field `{key}` is empty"), None);
            return None;
        }
        if !self.map.contains_key(key) {
            self.problems.push(Problem::new(
                Location::at(self.path, 1, 1),
                "missing-field",
                format!("the required field `{key}` is missing"),
            ));
            return None;
        }
        self.optional(key)
    }

    /// An optional field: `None` when absent (or null), a problem when of the wrong type.
    pub(crate) fn optional<T: DeserializeOwned>(&mut self, key: &str) -> Option<T> {
        let value = self.map.get(key)?.clone();
        if value.is_null() {
            return None;
        }
        match serde_yaml::from_value::<T>(value) {
            Ok(v) => Some(v),
            Err(e) => {
                let at = self.lines.get(key).copied();
                let mut p = crate::yaml::problem(self.path, 2, at, &e);
                if p.code == "yaml" {
                    p.code = "bad-value";
                    p.message = format!("field `{key}`: {}", p.message);
                }
                self.problems.push(p);
                None
            }
        }
    }

    /// Records a problem about a field's value.
    pub(crate) fn invalid(&mut self, key: &str, code: &'static str, message: impl Into<String>, help: Option<String>) {
        let mut p = Problem::new(self.location(key), code, message);
        p.help = help;
        self.problems.push(p);
    }

    /// Reports fields this kind of file does not have, then every collected problem.
    pub(crate) fn finish(mut self) -> Result<HashMap<String, (usize, usize)>> {
        for key in self.map.keys() {
            let name = match key.as_str() {
                Some(s) => s.to_string(),
                None => format!("{key:?}"),
            };
            if !self.known.contains(&name.as_str()) {
                let (line, _) = self.lines.get(&name).copied().unwrap_or((2, 1));
                let suggestion = did_you_mean(&name, self.known.iter().copied());
                let help = match suggestion {
                    Some(s) => format!("did you mean `{s}`? Known fields: {}", self.known.join(", ")),
                    None => format!("known fields: {}", self.known.join(", ")),
                };
                self.problems.push(
                    Problem::new(
                        Location::at(self.path, line, 1),
                        "unknown-field",
                        format!("unknown field `{name}`"),
                    )
                    .with_help(help),
                );
            }
        }
        let lines = std::mem::take(&mut self.lines);
        self.problems.finish(lines)
    }
}

/// File line and column of each top-level key's value (YAML starts on file line 2).
fn key_lines(yaml: &str) -> HashMap<String, (usize, usize)> {
    let mut lines = HashMap::new();
    for (i, line) in yaml.lines().enumerate() {
        if line.starts_with([' ', '\t', '-', '#']) {
            continue;
        }
        if let Some((key, rest)) = line.split_once(':') {
            let key = key.trim().trim_matches(['"', '\'']);
            let value_col = key.len() + 2 + (rest.len() - rest.trim_start().len());
            lines.entry(key.to_string()).or_insert((i + 2, value_col));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: &[&str] = &["title", "order"];

    #[test]
    fn split_finds_body_and_its_first_line() {
        let s = split(Path::new("a.md"), "---\ntitle: x\n---\nBody\n").unwrap();
        assert_eq!(s.yaml, "title: x\n");
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn unclosed_and_missing_front_matter_are_errors() {
        let e = split(Path::new("a.md"), "---\ntitle: x\nBody\n").unwrap_err();
        assert_eq!(e.problems()[0].code, "unclosed-front-matter");
        let e = split(Path::new("a.md"), "title: x\n").unwrap_err();
        assert_eq!(e.problems()[0].code, "no-front-matter");
        let e = split(Path::new("a.md"), "\n").unwrap_err();
        assert_eq!(e.problems()[0].code, "empty-file");
    }

    #[test]
    fn every_bad_field_is_reported_on_its_line() {
        let path = Path::new("a.md");
        let mut f = Fields::parse(path, "title: [1, 2]\norder: many\ntitel: x\n", KNOWN).unwrap();
        let _: Option<String> = f.required("title");
        let _: Option<u32> = f.optional("order");
        let err = f.finish().unwrap_err();
        let got: Vec<(usize, &str)> = err.problems().iter().map(|p| (p.location.line, p.code)).collect();
        assert_eq!(got, [(2, "bad-value"), (3, "bad-value"), (4, "unknown-field")]);
        assert!(
            err.problems()[2]
                .help
                .as_deref()
                .unwrap()
                .starts_with("did you mean `title`?")
        );
    }

    #[test]
    fn an_empty_required_field_is_reported_on_its_line() {
        let mut f = Fields::parse(Path::new("a.md"), "order: 1\ntitle:\n", KNOWN).unwrap();
        assert_eq!(f.required::<String>("title"), None);
        let err = f.finish().unwrap_err();
        let p = &err.problems()[0];
        assert_eq!((p.code, p.location.line), ("empty-field", 3));
    }

    #[test]
    fn yaml_syntax_error_points_into_the_md_file() {
        let err = Fields::parse(Path::new("a.md"), "title: x\nbad: [\n", KNOWN)
            .err()
            .unwrap();
        assert!(err.problems()[0].location.line >= 3);
    }
}
