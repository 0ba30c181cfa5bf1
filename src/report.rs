//! Problems as text for people and machines: rustc-style excerpts with the line underlined,
//! JSON (one object per line), or GitHub workflow annotations that show on the changed line of a
//! pull request. Formatting only: the binary decides where to print.

use crate::error::{Problem, Severity};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::path::Path;

/// How to present problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people, with the source line; colours when `color` is set.
    Human {
        /// Whether to use terminal colours.
        color: bool,
    },
    /// One JSON object per line: file, line, column, severity, code, message, help.
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`).
    Github,
}

/// All problems in `format`; file excerpts are read from under `root`.
pub fn render(problems: &[Problem], root: &Path, format: Format) -> String {
    match format {
        Format::Human { color } => problems
            .iter()
            .map(|p| human(p, root, color))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Json => problems.iter().map(|p| json(p) + "\n").collect(),
        Format::Github => problems.iter().map(|p| github(p) + "\n").collect(),
    }
}

fn human(p: &Problem, root: &Path, color: bool) -> String {
    let level = match p.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let path = p.location.path.to_string_lossy().replace('\\', "/");
    let source = (p.location.line > 0)
        .then(|| std::fs::read_to_string(root.join(&p.location.path)).ok())
        .flatten();
    let line_text = source
        .as_deref()
        .and_then(|s| s.lines().nth(p.location.line - 1))
        .map(|l| l.trim_end_matches('\r'));
    let title = level.clone().primary_title(p.message.as_str()).id(p.code);
    let main = match line_text {
        Some(text) => {
            let start = text
                .char_indices()
                .nth(p.location.column.saturating_sub(1))
                .map_or(0, |(i, _)| i)
                .min(text.len());
            // Underline the word (or value) that starts there, not the rest of the line.
            let word_end = text[start..]
                .find(char::is_whitespace)
                .map_or(text.len(), |i| start + i);
            let first = text[start..].chars().next().map_or(0, char::len_utf8);
            let end = word_end.max(start + first);
            title.element(
                Snippet::source(text)
                    .line_start(p.location.line)
                    .path(path.as_str())
                    .annotation(AnnotationKind::Primary.span(start..end)),
            )
        }
        None => title.element(Level::NOTE.message(format!("in {}", p.location))),
    };
    let mut report = vec![main];
    if let Some(help) = &p.help {
        report.push(Group::with_title(Level::HELP.secondary_title(help.as_str())));
    }
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    renderer.render(&report).to_string() + "\n"
}

fn json(p: &Problem) -> String {
    let value = serde_json::json!({
        "file": p.location.path.to_string_lossy().replace('\\', "/"),
        "line": p.location.line,
        "column": p.location.column,
        "severity": p.severity.as_str(),
        "code": p.code,
        "message": p.message,
        "help": p.help,
    });
    value.to_string()
}

/// Escapes the data of a workflow command (`%`, CR and LF) and, in properties, `:` and `,`.
fn escape(s: &str, property: bool) -> String {
    let mut out = s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    if property {
        out = out.replace(':', "%3A").replace(',', "%2C");
    }
    out
}

fn github(p: &Problem) -> String {
    let mut props = vec![format!(
        "file={}",
        escape(&p.location.path.to_string_lossy().replace('\\', "/"), true)
    )];
    if p.location.line > 0 {
        props.push(format!("line={}", p.location.line));
        if p.location.column > 0 {
            props.push(format!("col={}", p.location.column));
        }
    }
    props.push(format!("title={}", escape(p.code, true)));
    let mut message = p.message.clone();
    if let Some(help) = &p.help {
        message.push('\n');
        message.push_str(help);
    }
    format!(
        "::{} {}::{}",
        p.severity.as_str(),
        props.join(","),
        escape(&message, false)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Location;

    fn sample() -> Problem {
        Problem::new(
            Location::at("content/offers/a.fr.md", 3, 8),
            "bad-value",
            "field `price`: expected `free`, found `cheap`",
        )
        .with_help("write `price: 25`")
    }

    #[test]
    fn human_shows_the_line_with_the_value_underlined() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/offers")).unwrap();
        std::fs::write(
            dir.path().join("content/offers/a.fr.md"),
            "---\ntitle: A\nprice: cheap\n---\n",
        )
        .unwrap();
        let text = render(&[sample()], dir.path(), Format::Human { color: false });
        assert!(
            text.contains("error[bad-value]: field `price`: expected `free`, found `cheap`"),
            "{text}"
        );
        assert!(text.contains("--> content/offers/a.fr.md:3:8"), "{text}");
        assert!(text.contains("3 | price: cheap"), "{text}");
        assert!(text.contains("^^^^^"), "{text}");
        assert!(text.contains("help: write `price: 25`"), "{text}");
    }

    #[test]
    fn json_is_one_object_per_line() {
        let text = render(&[sample(), sample()], Path::new("."), Format::Json);
        let values: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(values.len(), 2);
        assert_eq!(values[0]["file"], "content/offers/a.fr.md");
        assert_eq!(
            (values[0]["line"].as_u64(), values[0]["column"].as_u64()),
            (Some(3), Some(8))
        );
        assert_eq!(values[0]["severity"], "error");
        assert_eq!(values[0]["code"], "bad-value");
        assert_eq!(values[0]["help"], "write `price: 25`");
    }

    #[test]
    fn github_annotations_are_escaped() {
        let p = Problem::warning(
            Location::at("content/a,b.md", 2, 1),
            "vague-link-text",
            "100% vague:\nhere",
        )
        .with_help("fix");
        assert_eq!(
            render(&[p], Path::new("."), Format::Github),
            "::warning file=content/a%2Cb.md,line=2,col=1,title=vague-link-text::100%25 vague:%0Ahere%0Afix\n"
        );
    }
}
