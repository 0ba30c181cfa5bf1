//! YAML reading shared by `site.yaml` and front matter: turns serde_yaml errors into located
//! problems (lines counted in the whole file) with a did-you-mean for unknown keys.

use crate::error::{Location, Problem, did_you_mean};
use std::path::Path;

/// Converts a serde_yaml error into a problem. `first_line` is the file line of the YAML's
/// first line (1 for `site.yaml`, 2 for front matter after its `---`); `key_line` is used when
/// the error has no position of its own (errors from `from_value` carry none).
pub(crate) fn problem(
    path: &Path,
    first_line: usize,
    key_line: Option<(usize, usize)>,
    err: &serde_yaml::Error,
) -> Problem {
    let (line, column) = match err.location() {
        Some(loc) => (loc.line() + first_line - 1, loc.column()),
        None => key_line.unwrap_or((first_line, 1)),
    };
    let raw = err.to_string();
    // serde_yaml appends " at line L column C"; the location is reported separately.
    let message = match raw.find(" at line ") {
        Some(i) => raw[..i].to_string(),
        None => raw,
    };
    if let Some((field, expected)) = parse_unknown_field(&message) {
        let suggestion = did_you_mean(&field, expected.iter().map(String::as_str));
        let p = Problem::new(
            Location::at(path, line, column),
            "unknown-field",
            format!("unknown field `{field}`"),
        );
        return match suggestion {
            Some(s) => p.with_help(format!("did you mean `{s}`? Known fields: {}", expected.join(", "))),
            None => p.with_help(format!("known fields: {}", expected.join(", "))),
        };
    }
    if let Some((variant, expected)) = parse_unknown_variant(&message) {
        let suggestion = did_you_mean(&variant, expected.iter().map(String::as_str));
        let p = Problem::new(
            Location::at(path, line, column),
            "unknown-value",
            format!("unknown value `{variant}`"),
        );
        return match suggestion {
            Some(s) => p.with_help(format!("did you mean `{s}`? Expected one of: {}", expected.join(", "))),
            None => p.with_help(format!("expected one of: {}", expected.join(", "))),
        };
    }
    Problem::new(Location::at(path, line, column), "yaml", message)
}

/// Reads serde's "unknown field `x`, expected one of `a`, `b`" (or "expected `a`").
fn parse_unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.split("unknown field `").nth(1)?;
    parse_name_and_expected(rest)
}

fn parse_unknown_variant(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.split("unknown variant `").nth(1)?;
    parse_name_and_expected(rest)
}

fn parse_name_and_expected(rest: &str) -> Option<(String, Vec<String>)> {
    let (name, tail) = rest.split_once('`')?;
    let expected = tail.split('`').skip(1).step_by(2).map(str::to_string).collect();
    Some((name.to_string(), expected))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        title: String,
        summary: Option<String>,
    }

    #[test]
    fn unknown_field_is_located_in_the_file_with_a_suggestion() {
        let err = serde_yaml::from_str::<T>("title: a\ntitel: b\n").unwrap_err();
        let p = problem(Path::new("x.md"), 2, None, &err);
        assert_eq!(p.code, "unknown-field");
        assert_eq!(p.location.line, 3);
        assert_eq!(p.message, "unknown field `titel`");
        assert!(p.help.unwrap().starts_with("did you mean `title`?"));
    }

    #[test]
    fn syntax_error_line_is_shifted_by_the_first_line() {
        let err = serde_yaml::from_str::<T>("title: [a\n").unwrap_err();
        let p = problem(Path::new("x.md"), 2, None, &err);
        assert_eq!(p.code, "yaml");
        assert!(p.location.line >= 2, "{p:?}");
    }
}
