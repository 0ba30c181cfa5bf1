//! Accessibility of what editors write: images without a text alternative, skipped heading
//! levels, an `h1` in a body (the title is the page's h1), empty links and link texts such as
//! "cliquez ici" that say nothing out of context.

use crate::document::Document;
use crate::error::{Location, Problem};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// A link or picture in a body: its target, its text and its place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BodyLink {
    pub dest: String,
    pub text: String,
    pub line: usize,
    pub column: usize,
    /// A picture (`![…](…)`) rather than a link: its target is loaded, not followed.
    pub image: bool,
}

/// Link texts that do not say where they lead (WCAG 2.4.4), compared in lower case.
const VAGUE: &[&str] = &[
    "ici",
    "cliquez ici",
    "cliquer ici",
    "clic ici",
    "ce lien",
    "lien",
    "en savoir plus",
    "plus",
    "lire la suite",
    "suite",
    "here",
    "click here",
    "this link",
    "link",
    "read more",
    "more",
    "learn more",
    "this",
];

/// Byte offsets of line starts, to turn an offset into a file line and column.
struct Lines {
    starts: Vec<usize>,
    first_line: usize,
}

impl Lines {
    fn new(text: &str, first_line: usize) -> Lines {
        Lines {
            starts: std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
            first_line,
        }
    }

    /// File line and column (in characters, as editors count) of a byte offset in `text`.
    fn at(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = text.get(start..offset).map_or(offset - start, |s| s.chars().count()) + 1;
        (self.first_line + line - 1, column)
    }
}

/// The problems of one body, and its links for the other checks.
pub(crate) fn lint(doc: &Document) -> (Vec<Problem>, Vec<BodyLink>) {
    let lines = Lines::new(&doc.body, doc.body_line);
    let mut problems = Vec::new();
    let mut links = Vec::new();
    let at = |offset: usize| {
        let (line, column) = lines.at(&doc.body, offset);
        Location::at(&doc.path, line, column)
    };
    let mut last_level: Option<HeadingLevel> = None;
    // The links and images being read (an image may sit inside a link): start offset, target,
    // text so far, whether it is an image.
    let mut open: Vec<(usize, String, String, bool)> = Vec::new();
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES;
    for (event, range) in Parser::new_ext(&doc.body, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                if level == HeadingLevel::H1 {
                    problems.push(
                        Problem::warning(
                            at(range.start),
                            "h1-in-body",
                            "a `#` heading in the text: the title is already the page's main heading",
                        )
                        .with_help("start headings in the text at `##`"),
                    );
                } else {
                    let previous = last_level.unwrap_or(HeadingLevel::H1);
                    if level as usize > previous as usize + 1 {
                        problems.push(
                            Problem::warning(
                                at(range.start),
                                "heading-skip",
                                format!(
                                    "heading level {} follows level {}: a level is skipped",
                                    level as usize, previous as usize
                                ),
                            )
                            .with_help(format!(
                                "use {} here; screen reader users navigate by heading levels",
                                "#".repeat(previous as usize + 1)
                            )),
                        );
                    }
                }
                last_level = Some(level);
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                open.push((range.start, dest_url.to_string(), String::new(), false))
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                open.push((range.start, dest_url.to_string(), String::new(), true))
            }
            Event::Text(t) | Event::Code(t) => {
                for (_, _, text, _) in open.iter_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => {
                let Some((start, dest, text, image)) = open.pop() else {
                    continue;
                };
                let text = text.trim().to_string();
                if image {
                    if text.is_empty() {
                        problems.push(
                            Problem::new(at(start), "image-without-alt", "this image has no text alternative")
                                .with_help("write what the image shows between the brackets: ![Atelier de couture à la bibliothèque](photo.jpg)"),
                        );
                    }
                } else {
                    let plain = text.to_lowercase();
                    let plain = plain.trim_end_matches(['.', '…', '!', ':']).trim();
                    if text.is_empty() {
                        problems.push(
                            Problem::new(at(start), "empty-link", "this link has no text")
                                .with_help("write where the link leads between the brackets"),
                        );
                    } else if VAGUE.contains(&plain) {
                        problems.push(
                            Problem::warning(at(start), "vague-link-text", format!("the link text \u{ab}{text}\u{bb} does not say where it leads"))
                                .with_help("name the destination, e.g. [le programme de Connaissance 3](…) instead of [cliquez ici](…)"),
                        );
                    }
                }
                let (line, column) = lines.at(&doc.body, start);
                links.push(BodyLink {
                    dest,
                    text,
                    line,
                    column,
                    image,
                });
            }
            _ => {}
        }
    }
    (problems, links)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Meta, PlainMeta};
    use crate::source::Section;

    fn doc(body: &str) -> Document {
        Document {
            path: "content/pages/a.fr.md".into(),
            section: Section::Pages,
            key: "a".into(),
            lang: 0,
            meta: Meta::Plain(PlainMeta {
                title: "A".into(),
                summary: None,
                order: None,
            }),
            slug: None,
            draft: false,
            body: body.into(),
            body_line: 4,
            field_lines: Default::default(),
        }
    }

    fn codes(body: &str) -> Vec<(&'static str, String)> {
        lint(&doc(body))
            .0
            .into_iter()
            .map(|p| (p.code, p.location.to_string()))
            .collect()
    }

    #[test]
    fn finds_each_accessibility_problem_on_its_line() {
        let body = "# Titre\n\n## Bien\n\n#### Trop bas\n\n![](photo.jpg)\n\nVoir [cliquez ici](https://x.ch) et [](https://y.ch).\n";
        assert_eq!(
            codes(body),
            [
                ("h1-in-body", "content/pages/a.fr.md:4:1".to_string()),
                ("heading-skip", "content/pages/a.fr.md:8:1".to_string()),
                ("image-without-alt", "content/pages/a.fr.md:10:1".to_string()),
                ("vague-link-text", "content/pages/a.fr.md:12:6".to_string()),
                ("empty-link", "content/pages/a.fr.md:12:37".to_string()),
            ]
        );
    }

    #[test]
    fn a_picture_used_as_a_link_is_still_checked() {
        let (problems, links) = lint(&doc("[![Plan du quartier](plan.png)](../offers/chess.fr.md#acces)\n"));
        assert!(problems.is_empty(), "{problems:?}");
        let dests: Vec<(&str, bool)> = links.iter().map(|l| (l.dest.as_str(), l.image)).collect();
        assert_eq!(dests, [("plan.png", true), ("../offers/chess.fr.md#acces", false)]);
        assert_eq!(links[1].text, "Plan du quartier");
    }

    #[test]
    fn good_text_passes_and_links_are_collected() {
        let (problems, links) = lint(&doc(
            "## A\n\n### B\n\n![Un atelier](a.jpg) [le club d'échecs](../offers/chess.fr.md#quand)\n",
        ));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            links,
            [
                BodyLink {
                    dest: "a.jpg".into(),
                    text: "Un atelier".into(),
                    line: 8,
                    column: 1,
                    image: true
                },
                BodyLink {
                    dest: "../offers/chess.fr.md#quand".into(),
                    text: "le club d'échecs".into(),
                    line: 8,
                    column: 22,
                    image: false
                }
            ]
        );
    }
}
