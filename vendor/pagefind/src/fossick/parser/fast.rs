// savoirs: a faster reading of well-formed pages, giving exactly what `DomParser` gives.
//
// `DomParser` runs lol_html with handlers on every element (`html, html *`), which made HTML
// parsing the largest single cost of indexing a site. Pages written by a site generator are
// well-formed: every element is closed explicitly and in order. For such a page this module
// reads the tags itself and applies the same steps as `DomParser`'s handlers, in the same order,
// to the same `DomParsingNode`s, so the result is the same. Anything it is not certain to read
// as lol_html does (an element closed implicitly or out of order, a stray end tag, foreign
// content such as SVG, `<template>`, `<noscript>`, CDATA, a carriage return or a byte order
// mark, unusual attribute syntax, options other than the defaults...) makes it give up with
// `None`, and the page is read by `DomParser` as before. The `fast_*` tests and the
// `page_reader` fuzz target compare the two.

use std::collections::BTreeMap;

use super::{DomParserResult, DomParsingNode, NodeStatus};
use crate::SearchOptions;

// savoirs: the steps of `DomParser`'s handlers, applied to what this reader finds.
mod steps;
#[cfg(test)]
mod tests;

/// HTML's void elements, as lol_html lists them (`selectors_vm/stack.rs`).
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "input", "keygen",
    "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose content is text up to their end tag.
const RAW_TEXT: &[&str] = &["script", "style", "title"];

/// Elements read differently by HTML's tokenizer or tree builder: left to lol_html.
const UNSUPPORTED: &[&str] = &[
    "textarea", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext", "template",
    "svg", "math", "frameset", "image",
];

/// One start tag's name and attributes (names lower-cased, values as written).
struct Tag<'a> {
    name: String,
    attrs: Vec<(String, &'a str)>,
}

impl<'a> Tag<'a> {
    fn get(&self, name: &str) -> Option<String> {
        self.attrs
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.to_string())
    }
    fn has(&self, name: &str) -> bool {
        self.attrs.iter().any(|(n, _)| n.eq_ignore_ascii_case(name))
    }
}

#[derive(Default)]
struct Data {
    filters: BTreeMap<String, Vec<String>>,
    sort: BTreeMap<String, String>,
    meta: BTreeMap<String, String>,
    default_meta: BTreeMap<String, String>,
    anchor_content: BTreeMap<String, String>,
    anchor_titles: BTreeMap<String, String>,
    language: Option<String>,
    has_html_element: bool,
    has_old_bundle_reference: bool,
    has_default_ui_reference: bool,
}

/// Whether `html` has a carriage return, a NUL or a byte order mark. Searched for as bytes: every
/// page comes here, and decoding its characters to compare them took 1% of a build.
fn has_other_reading(html: &str) -> bool {
    let bytes = html.as_bytes();
    memchr::memchr2(b'\r', 0, bytes).is_some() || memchr::memmem::find(bytes, "\u{feff}".as_bytes()).is_some()
}

/// A node being read and the name of its element.
struct Open {
    node: DomParsingNode,
    tag: String,
}

/// Reads `html` as `DomParser` would, or `None` when it cannot be sure to.
pub(super) fn parse(html: &str, options: &SearchOptions) -> Option<DomParserResult> {
    if options.root_selector != "html" || !options.exclude_selectors.is_empty() {
        return None;
    }
    // lol_html's reading of these differs: carriage returns and NULs are rewritten by HTML's
    // tokenizer, and a byte order mark at the start of an attribute's value is dropped.
    if has_other_reading(html) {
        return None;
    }
    let mut p = Parser {
        data: Data::default(),
        // The root: `DomParserData::current_node`'s default.
        stack: vec![Open {
            node: DomParsingNode::default(),
            tag: String::new(),
        }],
        anchor_counter: 0,
        seen_html: false,
        options,
    };
    p.run(html)?;
    if p.stack.len() != 1 {
        return None;
    }
    let root = p.stack.pop()?.node;
    Some(super::finish(
        root.current_value,
        root.status,
        p.data.filters,
        p.data.sort,
        p.data.meta,
        p.data.default_meta,
        p.data.anchor_content,
        p.data.anchor_titles,
        p.data.language,
        p.data.has_html_element,
        p.data.has_old_bundle_reference,
        p.data.has_default_ui_reference,
    ))
}

struct Parser<'o> {
    data: Data,
    stack: Vec<Open>,
    anchor_counter: usize,
    seen_html: bool,
    options: &'o SearchOptions,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0c')
}

impl Parser<'_> {
    /// Whether text here is inside the `html` element (the text handler's selector).
    fn in_html(&self) -> bool {
        self.stack.len() > 1
    }

    fn run(&mut self, html: &str) -> Option<()> {
        let bytes = html.as_bytes();
        let mut pos = 0;
        while pos < bytes.len() {
            let Some(lt) = memchr(b'<', &bytes[pos..]).map(|i| pos + i) else {
                self.text(&html[pos..])?;
                break;
            };
            if lt > pos {
                self.text(&html[pos..lt])?;
            }
            let rest = &bytes[lt..];
            if rest.starts_with(b"<!--") {
                let body = &html[lt + 4..];
                if body.starts_with('>') || body.starts_with("->") {
                    return None;
                }
                let end = body.find("-->")?;
                if body[..end].contains("--!") {
                    return None;
                }
                pos = lt + 4 + end + 3;
            } else if rest.len() >= 9 && rest[..9].eq_ignore_ascii_case(b"<!doctype") {
                if self.stack.len() != 1 || self.seen_html {
                    return None;
                }
                let end = memchr(b'>', rest)?;
                pos = lt + end + 1;
            } else if rest.starts_with(b"</") {
                pos = self.end_tag(html, lt)?;
            } else if rest.len() > 1 && rest[1].is_ascii_alphabetic() {
                pos = self.start_tag(html, lt)?;
            } else {
                return None;
            }
        }
        Some(())
    }

    fn text(&mut self, text: &str) -> Option<()> {
        if !self.in_html() {
            // Only white space may stand outside the `html` element.
            return text.bytes().all(is_space).then_some(());
        }
        let Some(open) = self.stack.last_mut() else {
            return None;
        };
        let node = &mut open.node;
        node.current_value.push_str(text);
        let ignored = node.status == NodeStatus::Ignored || node.status == NodeStatus::Excluded;
        if !ignored {
            if let Some(anchor_ids) = &node.anchor_ids {
                for anchor_id in anchor_ids {
                    match self.data.anchor_content.get_mut(anchor_id) {
                        Some(anchor_text) => anchor_text.push_str(text),
                        None => {
                            self.data.anchor_content.insert(anchor_id.clone(), text.to_string());
                        }
                    }
                }
            }
        }
        Some(())
    }

    /// Reads `</name>` at `lt`; returns the position after it.
    fn end_tag(&mut self, html: &str, lt: usize) -> Option<usize> {
        let bytes = html.as_bytes();
        let start = lt + 2;
        let mut i = start;
        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
            i += 1;
        }
        if i == start || !bytes[start].is_ascii_alphabetic() {
            return None;
        }
        let name = html[start..i].to_ascii_lowercase();
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        if bytes.get(i) != Some(&b'>') {
            return None;
        }
        if self.stack.len() < 2 || self.stack.last()?.tag != name {
            return None;
        }
        self.close()?;
        Some(i + 1)
    }

    /// Reads a start tag at `lt` (and a raw text element's content and end tag); returns the
    /// position after it.
    fn start_tag<'h>(&mut self, html: &'h str, lt: usize) -> Option<usize> {
        let bytes = html.as_bytes();
        let start = lt + 1;
        let mut i = start;
        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
            i += 1;
        }
        let name = html[start..i].to_ascii_lowercase();
        let mut attrs: Vec<(String, &'h str)> = Vec::new();
        let self_closing;
        loop {
            let before = i;
            while i < bytes.len() && is_space(bytes[i]) {
                i += 1;
            }
            match bytes.get(i)? {
                b'>' => {
                    self_closing = false;
                    i += 1;
                    break;
                }
                b'/' => {
                    if bytes.get(i + 1) != Some(&b'>') {
                        return None;
                    }
                    self_closing = true;
                    i += 2;
                    break;
                }
                _ if i == before => return None, // no space before an attribute
                _ => {}
            }
            let name_start = i;
            while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'=' | b'>' | b'/') {
                if matches!(bytes[i], b'"' | b'\'' | b'<') {
                    return None;
                }
                i += 1;
            }
            if i == name_start {
                return None;
            }
            let attr_name = html[name_start..i].to_ascii_lowercase();
            let mut j = i;
            while j < bytes.len() && is_space(bytes[j]) {
                j += 1;
            }
            let mut value = "";
            if bytes.get(j) == Some(&b'=') {
                j += 1;
                while j < bytes.len() && is_space(bytes[j]) {
                    j += 1;
                }
                match bytes.get(j)? {
                    &q @ (b'"' | b'\'') => {
                        let end = memchr(q, &bytes[j + 1..])? + j + 1;
                        value = &html[j + 1..end];
                        i = end + 1;
                    }
                    b'>' => return None,
                    _ => {
                        let v = j;
                        while j < bytes.len() && !is_space(bytes[j]) && bytes[j] != b'>' {
                            if matches!(bytes[j], b'"' | b'\'' | b'<' | b'=' | b'`') {
                                return None;
                            }
                            j += 1;
                        }
                        value = &html[v..j];
                        i = j;
                    }
                }
            }
            attrs.push((attr_name, value));
        }
        if UNSUPPORTED.contains(&name.as_str()) {
            return None;
        }
        let void = VOID.contains(&name.as_str());
        if self_closing && !void {
            return None;
        }
        if name == "html" {
            if self.seen_html || self.stack.len() != 1 {
                return None;
            }
            self.seen_html = true;
        } else if !self.in_html() {
            return None;
        }
        let tag = Tag { name, attrs };
        self.open(&tag, void);
        if RAW_TEXT.contains(&tag.name.as_str()) {
            // Its content runs to its end tag; script data with `<!--` has states of its own.
            let content_start = i;
            let lower_close = format!("</{}", tag.name);
            let mut k = i;
            let end = loop {
                let at = k + html[k..].find("</")?;
                let after = at + lower_close.len();
                if bytes.len() >= after
                    && bytes[at..after].eq_ignore_ascii_case(lower_close.as_bytes())
                    && bytes.get(after).is_some_and(|&b| is_space(b) || b == b'>')
                {
                    break at;
                }
                k = at + 2;
            };
            let content = &html[content_start..end];
            if content.contains("<!--") {
                return None;
            }
            if !content.is_empty() {
                self.text(content)?;
            }
            return self.end_tag(html, end);
        }
        Some(i)
    }
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}
