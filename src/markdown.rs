//! Markdown to HTML, as a pure function: raw HTML is escaped unless allowed, heading ids are
//! added for anchors, unsafe link schemes are dropped, and links to other content files are
//! resolved through a lookup the caller supplies.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use std::collections::HashSet;

/// What went wrong with one link, and on which line of the body (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkIssue {
    /// Line in the Markdown body.
    pub line: usize,
    /// The link as written.
    pub dest: String,
    /// Whether the scheme was refused (else: the target does not exist).
    pub unsafe_scheme: bool,
}

/// The HTML of a body, and the links that could not be kept.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The HTML.
    pub html: String,
    /// Links that were refused or lead nowhere.
    pub issues: Vec<LinkIssue>,
}

/// Whether a link points to a content file (`../offers/x.fr.md`, maybe with `#anchor`).
pub fn is_content_link(dest: &str) -> bool {
    let path = dest.split('#').next().unwrap_or(dest);
    !path.contains("://") && path.ends_with(".md")
}

/// Renders `md`. `resolve` gets each content-file link (without its `#anchor`) and returns the
/// page URL, or `None` when there is no such page.
pub fn render(md: &str, raw_html: bool, resolve: &dyn Fn(&str) -> Option<String>) -> Rendered {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES;
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(md.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset);
    let mut issues = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut used_ids = HashSet::new();
    let mut heading: Option<(usize, HeadingLevel, Option<CowStr>, Vec<CowStr>)> = None;

    for (event, range) in Parser::new_ext(md, options).into_offset_iter() {
        let event = match event {
            Event::Html(s) | Event::InlineHtml(s) if !raw_html => Event::Text(s),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = checked_dest(dest_url, line_of(range.start), resolve, &mut issues);
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = checked_dest(dest_url, line_of(range.start), resolve, &mut issues);
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Heading { level, id, classes, .. }) => {
                heading = Some((events.len(), level, id, classes));
                events.push(Event::Text(CowStr::Borrowed("")));
                continue;
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some((at, _, id, classes)) = heading.take() {
                    let text: String = events[at + 1..]
                        .iter()
                        .filter_map(|e| match e {
                            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                            _ => None,
                        })
                        .collect();
                    let base = id.map_or_else(|| crate::slug::suggest(&text), |i| i.to_string());
                    let mut unique = base.clone();
                    let mut n = 1;
                    while !used_ids.insert(unique.clone()) {
                        n += 1;
                        unique = format!("{base}-{n}");
                    }
                    events[at] = Event::Start(Tag::Heading {
                        level,
                        id: Some(unique.into()),
                        classes,
                        attrs: Vec::new(),
                    });
                }
                Event::End(TagEnd::Heading(level))
            }
            other => other,
        };
        events.push(event);
    }
    let mut out = String::with_capacity(md.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    Rendered { html: out, issues }
}

fn checked_dest<'a>(
    dest: CowStr<'a>,
    line: usize,
    resolve: &dyn Fn(&str) -> Option<String>,
    issues: &mut Vec<LinkIssue>,
) -> CowStr<'a> {
    if !crate::url::is_safe_link(&dest) {
        issues.push(LinkIssue {
            line,
            dest: dest.to_string(),
            unsafe_scheme: true,
        });
        return CowStr::Borrowed("#");
    }
    if !is_content_link(&dest) {
        return dest;
    }
    let (path, anchor) = match dest.split_once('#') {
        Some((p, a)) => (p, Some(a)),
        None => (dest.as_ref(), None),
    };
    match resolve(path) {
        Some(url) => match anchor {
            Some(a) => CowStr::from(format!("{url}#{a}")),
            None => CowStr::from(url),
        },
        None => {
            issues.push(LinkIssue {
                line,
                dest: dest.to_string(),
                unsafe_scheme: false,
            });
            dest
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn raw_html_is_escaped_unless_allowed() {
        let r = render("a <b>x</b>\n\n<script>alert(1)</script>\n", false, &none);
        assert!(!r.html.contains("<script>"), "{}", r.html);
        assert!(r.html.contains("&lt;script&gt;"));
        let r = render("a <b>x</b>\n", true, &none);
        assert!(r.html.contains("<b>x</b>"));
    }

    #[test]
    fn content_links_are_resolved_or_reported_with_their_line() {
        let resolve = |p: &str| (p == "../offers/a.fr.md").then(|| "/fr/offres/a/".to_string());
        let r = render(
            "[a](../offers/a.fr.md#when)\n\n[b](../offers/b.fr.md)\n",
            false,
            &resolve,
        );
        assert!(r.html.contains("href=\"/fr/offres/a/#when\""), "{}", r.html);
        assert_eq!(
            r.issues,
            [LinkIssue {
                line: 3,
                dest: "../offers/b.fr.md".into(),
                unsafe_scheme: false
            }]
        );
    }

    #[test]
    fn script_links_are_dropped() {
        let r = render("[x](javascript:alert(1)) ![i](data:image/png;base64,AAA)", false, &none);
        assert!(!r.html.contains("javascript"), "{}", r.html);
        assert!(!r.html.contains("data:"));
        assert_eq!(r.issues.len(), 2);
    }

    #[test]
    fn headings_get_unique_ids() {
        let r = render("## Où ?\n\n## Où ?\n\n## Custom {#here}\n", false, &none);
        assert!(r.html.contains("<h2 id=\"ou\">"), "{}", r.html);
        assert!(r.html.contains("<h2 id=\"ou-2\">"));
        assert!(r.html.contains("<h2 id=\"here\">"));
    }
}
