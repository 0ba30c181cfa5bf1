//! Markdown to HTML, as a pure function: raw HTML is escaped unless allowed, heading ids are
//! added for anchors, unsafe link schemes are dropped, links to other content files are
//! resolved through a lookup the caller supplies, and images get the width and height the
//! caller knows, `loading="lazy"` and `decoding="async"`.

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

/// An image of the body, as the caller's size lookup sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageAt<'a> {
    /// Its address as written (a refused scheme never gets here).
    pub dest: &'a str,
    /// Line in the Markdown body (1-based).
    pub line: usize,
    /// Column of its `!` in that line, in characters (1-based).
    pub column: usize,
}

/// Width and height of an image, in pixels.
pub type Size = (u32, u32);

/// Whether an address starts at the root of the site (`/fr/offres/`, not `//host/x`).
fn is_site_path(dest: &str) -> bool {
    dest.starts_with('/') && !dest.starts_with("//")
}

/// Whether a link points to a content file (`../offers/x.fr.md`, maybe with `#anchor`).
pub fn is_content_link(dest: &str) -> bool {
    let path = dest.split('#').next().unwrap_or(dest);
    !path.contains("://") && path.ends_with(".md")
}

/// Renders `md`. `resolve` gets each content-file link (without its `#anchor`) and returns the
/// page URL, or `None` when there is no such page; it also gets each address that starts at the
/// site's root (`/fr/offres/`, `/images/a.png`) and returns it as published (under the base
/// URL's path), `None` keeping it as written.
pub fn render(md: &str, raw_html: bool, resolve: &dyn Fn(&str) -> Option<String>) -> Rendered {
    render_with_images(md, raw_html, resolve, &|_| None)
}

/// Renders `md` like [`render`]; `size` gets each image and returns its width and height when
/// known (they become its `width` and `height` attributes).
pub fn render_with_images(
    md: &str,
    raw_html: bool,
    resolve: &dyn Fn(&str) -> Option<String>,
    size: &dyn Fn(&ImageAt) -> Option<Size>,
) -> Rendered {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES;
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(md.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset);
    let mut issues = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut used_ids = HashSet::new();
    let mut heading: Option<(usize, HeadingLevel, Option<CowStr>, Vec<CowStr>)> = None;
    // Images being read (their alt text is the events up to their end): where each starts in
    // `events`, its address, title and size.
    let mut images: Vec<(usize, CowStr, CowStr, Option<Size>)> = Vec::new();

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
            Event::Start(Tag::Image { dest_url, title, .. }) => {
                let line = line_of(range.start);
                let safe = crate::url::is_safe_link(&dest_url);
                // The size is read from the address as written (`/images/a.png` is a file of the
                // site), before it gets the base URL's path.
                let at = ImageAt {
                    dest: &dest_url,
                    line,
                    column: md[line_starts[line - 1]..range.start].chars().count() + 1,
                };
                let found = if safe { size(&at) } else { None };
                let dest_url = checked_dest(dest_url, line, resolve, &mut issues);
                images.push((events.len(), dest_url, title, found));
                events.push(Event::Text(CowStr::Borrowed("")));
                continue;
            }
            Event::End(TagEnd::Image) => {
                if let Some((at, dest, title, found)) = images.pop() {
                    let alt = events
                        .drain(at..)
                        .filter_map(alt_text)
                        .fold(String::new(), |mut alt, t| {
                            alt.push_str(&t);
                            alt
                        });
                    events.push(Event::InlineHtml(img_tag(&dest, &alt, &title, found).into()));
                }
                continue;
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

/// The part of an event that goes into an image's alt text.
fn alt_text(event: Event) -> Option<CowStr> {
    match event {
        Event::Text(t) | Event::Code(t) => Some(t),
        Event::SoftBreak | Event::HardBreak => Some(CowStr::Borrowed(" ")),
        _ => None,
    }
}

/// The `<img>` of an image of the body.
fn img_tag(dest: &str, alt: &str, title: &str, size: Option<Size>) -> String {
    let mut tag = String::from("<img src=\"");
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_href(&mut tag, dest);
    tag.push_str("\" alt=\"");
    let _ = pulldown_cmark_escape::escape_html(&mut tag, alt);
    tag.push('"');
    if !title.is_empty() {
        tag.push_str(" title=\"");
        let _ = pulldown_cmark_escape::escape_html(&mut tag, title);
        tag.push('"');
    }
    if let Some((width, height)) = size {
        tag.push_str(&format!(" width=\"{width}\" height=\"{height}\""));
    }
    tag.push_str(" loading=\"lazy\" decoding=\"async\">");
    tag
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
        if is_site_path(&dest) {
            return resolve(&dest).map_or(dest, CowStr::from);
        }
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

    #[test]
    fn images_get_their_size_lazy_loading_and_their_place() {
        let size = |at: &ImageAt| (at.dest == "/a.png").then_some((40, 30));
        let seen = std::cell::RefCell::new(Vec::new());
        let size_seen = |at: &ImageAt| {
            seen.borrow_mut().push((at.dest.to_string(), at.line, at.column));
            size(at)
        };
        let md = "Texte\n\nvoir  ![Un *chat* « noir »](/a.png \"Titre\") et ![b](https://x.org/b.jpg)\n";
        let r = render_with_images(md, false, &none, &size_seen);
        assert!(
            r.html.contains(
                "<img src=\"/a.png\" alt=\"Un chat « noir »\" title=\"Titre\" width=\"40\" height=\"30\" loading=\"lazy\" decoding=\"async\">"
            ),
            "{}",
            r.html
        );
        assert!(
            r.html
                .contains("<img src=\"https://x.org/b.jpg\" alt=\"b\" loading=\"lazy\" decoding=\"async\">"),
            "{}",
            r.html
        );
        assert_eq!(
            *seen.borrow(),
            [("/a.png".to_string(), 3, 7), ("https://x.org/b.jpg".to_string(), 3, 48)]
        );
    }

    #[test]
    fn image_addresses_and_alt_texts_are_escaped() {
        let r = render("![a \"b\" <c>](/x\"y.png)\n", false, &none);
        assert!(
            r.html
                .contains("<img src=\"/x%22y.png\" alt=\"a &quot;b&quot; &lt;c&gt;\""),
            "{}",
            r.html
        );
    }
}
