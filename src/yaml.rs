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
    // serde names what it did not know and lists what it expected: turn that into a
    // did-you-mean, for field names and for values of fixed vocabularies alike.
    let unknown = [
        ("unknown field `", "unknown-field", "unknown field", "known fields"),
        ("unknown variant `", "unknown-value", "unknown value", "expected one of"),
    ];
    for (marker, code, what, listed) in unknown {
        let Some((name, expected)) = message.split(marker).nth(1).and_then(parse_name_and_expected) else {
            continue;
        };
        let p = Problem::new(Location::at(path, line, column), code, format!("{what} `{name}`"));
        let list = expected.join(", ");
        return match did_you_mean(&name, expected.iter().map(String::as_str)) {
            Some(s) => p.with_help(format!(
                "did you mean `{s}`? {}{}: {list}",
                listed[..1].to_uppercase(),
                &listed[1..]
            )),
            None => p.with_help(format!("{listed}: {list}")),
        };
    }
    Problem::new(Location::at(path, line, column), "yaml", message)
}

/// Reads what follows serde's "unknown field `" (or variant): the name, then "expected one of
/// `a`, `b`" or "expected `a`".
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
