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

use super::{
    normalize_content, parse_attr_string_with, DomParserResult, DomParsingNode, NodeStatus,
    ALL_SPACES, INLINE_SELECTORS, REMOVE_SELECTORS, SENTENCE_SELECTORS, SPACE_SELECTORS,
};
use crate::SearchOptions;

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
    if html.contains(['\r', '\0', '\u{feff}']) {
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

    /// `DomParser`'s handlers for a start tag, in their order: `html`, the root selector's,
    /// the exclusions', then `script, link`.
    fn open(&mut self, el: &Tag, void: bool) {
        let options = self.options;
        if el.name == "html" {
            self.data.has_html_element = true;
            if let Some(lang) = el.get("lang") {
                self.data.language = Some(lang.to_lowercase());
            }
        }
        self.root_handler(el, void, options);
        if el.name != "html" && REMOVE_SELECTORS.contains(&el.name.as_str()) {
            if let Some(open) = self.stack.last_mut() {
                open.node.status = NodeStatus::Ignored;
            }
        }
        if el.name == "script" {
            if let Some(src) = el.get("src") {
                if src.starts_with("_pagefind") || src.contains("/_pagefind") {
                    self.data.has_old_bundle_reference = true;
                }
                if src.contains("pagefind-ui.js") || src.contains("pagefind-modular-ui.js") {
                    self.data.has_default_ui_reference = true;
                }
            }
        } else if el.name == "link" {
            if let Some(href) = el.get("href") {
                if href.starts_with("_pagefind") || href.contains("/_pagefind") {
                    self.data.has_old_bundle_reference = true;
                }
                if href.contains("pagefind-ui.css") || href.contains("pagefind-modular-ui.css") {
                    self.data.has_default_ui_reference = true;
                }
            }
        }
    }

    fn root_handler(&mut self, el: &Tag, void: bool, options: &SearchOptions) {
        let lookup = |name: &str| el.get(name);
        let explicit_ignore_flag = el.get("data-pagefind-ignore").map(|attr| {
            match attr.to_ascii_lowercase().as_str() {
                "" | "index" | "true" => NodeStatus::Ignored,
                "all" => NodeStatus::Excluded,
                _ => {
                    options.logger.warn(format!("data-pagefind-ignore value of \"{}\" is not valid. Expected no value, or one of: [index, all]. Assuming 'all' and excluding this element entirely.", attr));
                    NodeStatus::Excluded
                }
            }
        });
        let treat_as_body = el.has("data-pagefind-body");
        let weight = el.get("data-pagefind-weight");
        let filter = el.get("data-pagefind-filter").map(|attr| parse_attr_string_with(attr, &lookup));
        let element_id = el.get("id").map(|e| ALL_SPACES.replace_all(&e, "").to_string());
        let pagefind_title = el
            .get("data-pagefind-title")
            .map(|title| normalize_content(&title))
            .filter(|title| !title.is_empty());
        let meta = el.get("data-pagefind-meta").map(|attr| parse_attr_string_with(attr, &lookup));
        let default_meta = el
            .get("data-pagefind-default-meta")
            .map(|attr| parse_attr_string_with(attr, &lookup));
        let sort = el.get("data-pagefind-sort").map(|attr| parse_attr_string_with(attr, &lookup));
        let index_attrs: Option<Vec<String>> = el
            .get("data-pagefind-index-attrs")
            .map(|attr| attr.split(',').map(|a| a.trim().to_string()).collect());
        let tag_name = el.name.as_str();

        let status = if treat_as_body {
            NodeStatus::Body
        } else if let Some(explicit_ignore_flag) = explicit_ignore_flag {
            explicit_ignore_flag
        } else {
            NodeStatus::Indexing
        };

        let Some(parent) = self.stack.last_mut() else {
            return;
        };
        let mut anchor_id = None;
        if status != NodeStatus::Excluded && status != NodeStatus::Ignored {
            if let Some(element_id) = element_id {
                let parent = &mut parent.node;
                if !(parent.status == NodeStatus::ParentOfBody
                    && status != NodeStatus::Body
                    && status != NodeStatus::ParentOfBody)
                {
                    let counter = self.anchor_counter;
                    parent
                        .current_value
                        .push_str(&format!(" ___PAGEFIND_ANCHOR___{tag_name}:{counter}:{element_id} "));
                    anchor_id = Some(format!("{counter}:{element_id}"));
                    self.anchor_counter += 1;
                }
            }
        }

        if let (Some(anchor_id), Some(title)) = (&anchor_id, pagefind_title) {
            self.data.anchor_titles.insert(anchor_id.clone(), title);
        }

        if status != NodeStatus::Excluded {
            if let Some(attrs) = index_attrs {
                for attr in attrs {
                    let mut value = el.get(attr.trim()).unwrap_or_default();
                    if value.chars().last().filter(|&c| super::sentence_char(c)).is_some() {
                        value.push('.');
                    }
                    parent.node.current_value.push(' ');
                    parent.node.current_value.push_str(&value);
                    parent.node.current_value.push(' ');
                }
            }
            if SPACE_SELECTORS.contains(&tag_name) {
                parent.node.current_value.push(' ');
            }
        }

        let parent_status = parent.node.status;
        let mut node_anchors = if parent.node.anchor_ids.is_some() && INLINE_SELECTORS.contains(&tag_name) {
            parent.node.anchor_ids.clone()
        } else {
            None
        };
        if let Some(this_node_anchor_id) = anchor_id {
            if let Some(existing) = node_anchors.as_mut() {
                existing.push(this_node_anchor_id);
            } else {
                node_anchors = Some(vec![this_node_anchor_id]);
            }
        }
        let node = DomParsingNode {
            parent: None,
            status: match parent_status {
                NodeStatus::Excluded => parent_status,
                _ => status,
            },
            filter,
            meta,
            default_meta,
            sort,
            anchor_ids: node_anchors,
            current_value: String::default(),
            weight,
        };
        if !void {
            self.stack.push(Open {
                node,
                tag: el.name.clone(),
            });
            return;
        }
        // A void element has no end tag: lol_html gives no end-tag handler, and
        // `DomParser` does this at once (its `!can_have_content` branch).
        if node.status == NodeStatus::Excluded {
            return;
        }
        self.collect(&node);
        let data = &mut self.data;
        if tag_name == "img"
            && !data.meta.contains_key("auto_image")
            && (data.meta.contains_key("auto_title") || data.meta.contains_key("title"))
        {
            if let Some(src) = el.get("src") {
                data.meta.insert("auto_image".into(), normalize_content(&src));
                if let Some(alt) = el.get("alt") {
                    data.meta.insert("auto_image_alt".into(), normalize_content(&alt));
                }
            }
        }
    }

    /// A node's filters, sort keys and metadata, as `DomParser` collects them.
    fn collect(&mut self, node: &DomParsingNode) {
        let data = &mut self.data;
        if let Some(filters) = &node.filter {
            for filter in filters {
                if let Some((filter, value)) = node.get_attribute_pair(filter) {
                    match data.filters.get_mut(&filter) {
                        Some(filter_arr) => filter_arr.push(normalize_content(&value)),
                        None => {
                            data.filters.insert(filter, vec![normalize_content(&value)]);
                        }
                    }
                }
            }
        }
        if let Some(sorts) = &node.sort {
            for sort in sorts {
                if let Some((sort, value)) = node.get_attribute_pair(sort) {
                    data.sort.insert(sort, value);
                }
            }
        }
        if let Some(metas) = &node.meta {
            for meta in metas {
                if let Some((meta, value)) = node.get_attribute_pair(meta) {
                    data.meta.insert(meta, value);
                }
            }
        }
        if let Some(metas) = &node.default_meta {
            for meta in metas {
                if let Some((meta, value)) = node.get_attribute_pair(meta) {
                    data.default_meta.insert(meta, value);
                }
            }
        }
    }

    /// `DomParser`'s end-tag handler for the element on top of the stack.
    fn close(&mut self) -> Option<()> {
        let Open { mut node, tag } = self.stack.pop()?;
        if node.status == NodeStatus::Excluded {
            return Some(());
        }
        self.collect(&node);
        let data = &mut self.data;
        if tag == "h1" && !data.meta.contains_key("auto_title") && !node.current_value.trim().is_empty() {
            data.meta.insert("auto_title".into(), normalize_content(&node.current_value));
        }
        if tag == "title" && !data.meta.contains_key("auto_page_title") {
            data.meta.insert("auto_page_title".into(), normalize_content(&node.current_value));
        }
        if node.status == NodeStatus::Ignored {
            return Some(());
        }
        if SENTENCE_SELECTORS.contains(&tag.as_str()) {
            node.current_value.insert(0, ' ');
            if node.current_value.chars().last().filter(|&c| super::sentence_char(c)).is_some() {
                node.current_value.push('.');
            }
            node.current_value.push(' ');
        }
        if let Some(weight) = &node.weight {
            node.current_value = [
                " ___PAGEFIND_WEIGHT___",
                weight,
                " ",
                &node.current_value,
                " ___END_PAGEFIND_WEIGHT___ ",
            ]
            .concat();
        } else if let Some(auto_weight) = match tag.as_str() {
            "h1" => Some("7"),
            "h2" => Some("6"),
            "h3" => Some("5"),
            "h4" => Some("4"),
            "h5" => Some("3"),
            "h6" => Some("2"),
            _ => None,
        } {
            node.current_value = [
                " ___PAGEFIND_AUTO_WEIGHT___",
                auto_weight,
                " ",
                &node.current_value,
                " ___END_PAGEFIND_WEIGHT___ ",
            ]
            .concat();
        }
        let parent = &mut self.stack.last_mut()?.node;
        if parent.status == NodeStatus::ParentOfBody
            && node.status != NodeStatus::Body
            && node.status != NodeStatus::ParentOfBody
        {
            return Some(());
        }
        match node.status {
            NodeStatus::Ignored | NodeStatus::Excluded => {}
            NodeStatus::Indexing => parent.current_value.push_str(&node.current_value),
            NodeStatus::Body | NodeStatus::ParentOfBody => {
                if parent.status != NodeStatus::ParentOfBody {
                    parent.current_value.clear();
                }
                parent.current_value.push_str(&node.current_value);
                parent.status = NodeStatus::ParentOfBody;
            }
        }
        Some(())
    }
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

#[cfg(test)]
mod tests {
    use super::super::DomParser;
    use super::*;

    fn options() -> SearchOptions {
        use clap::CommandFactory;
        let config_args = vec![twelf::Layer::Clap(
            crate::PagefindInboundConfig::command().get_matches_from(vec![
                "pagefind",
                "--source",
                "not_important",
            ]),
        )];
        SearchOptions::load(crate::PagefindInboundConfig::with_layers(&config_args).unwrap())
            .unwrap()
    }

    /// What `DomParser` gives, fed in small pieces as Pagefind feeds it.
    fn lol(html: &str, options: &SearchOptions) -> String {
        let mut parser = DomParser::new(options);
        for chunk in html.as_bytes().chunks(7) {
            parser.write(chunk).unwrap();
        }
        format!("{:?}", parser.wrap())
    }

    fn fast(html: &str, options: &SearchOptions) -> Option<String> {
        parse(html, options).map(|r| format!("{r:?}"))
    }

    #[track_caller]
    fn same(html: &str) {
        let options = options();
        let fast = fast(html, &options).unwrap_or_else(|| panic!("not read: {html}"));
        assert_eq!(fast, lol(html, &options), "{html}");
    }

    #[track_caller]
    fn left(html: &str) {
        assert!(fast(html, &options()).is_none(), "read: {html}");
    }

    fn page(body: &str) -> String {
        format!("<!doctype html>\n<html lang=\"fr-CH\">\n<head>\n<meta charset=\"utf-8\">\n<title>Cours &amp; ateliers – Lausanne</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n<script src=\"/site.js\" defer></script>\n</head>\n<body>\n<header><nav aria-label=\"Menu\"><ul><li><a href=\"/fr/\">Accueil</a></li></ul></nav></header>\n{body}\n<footer><p>Ville de Lausanne</p></footer>\n</body>\n</html>\n")
    }

    #[test]
    fn fast_matches_lol_html_on_pages() {
        same(&page("<main id=\"main\"><div class=\"wrap\"><article data-pagefind-body data-pagefind-meta=\"kind:Offre\"><h1 id=\"t\">Atelier <em>vélo</em></h1><p data-pagefind-meta=\"summary\">Réparer son vélo, à Chauderon.</p><h2 id=\"quand\">Quand ?</h2><p>Le <time datetime=\"2027-03-02\">2 mars</time><br>à 18 h</p><ul><li data-pagefind-filter=\"pillar\"><a href=\"/p/\">Au travail</a></li><li data-pagefind-filter=\"neighbourhood:Centre\">x</li></ul><img src=\"/a.jpg\" alt=\"Un vélo\"><table><tr><td>1</td><td>CHF 20.–</td></tr></table><p data-pagefind-ignore>Caché</p><div data-pagefind-ignore=\"all\"><span data-pagefind-filter=\"hidden\">non</span></div></article></div></main>"));
        // No body: the whole page, metadata from the head and the first image after a title.
        same(&page("<main><h1>Titre</h1><p>Texte <strong>gras</strong> &lt;ici&gt;.</p><img src='/b.png' alt='B'><p data-pagefind-sort=\"date:2027-01-02\" data-pagefind-weight=\"3\">Poids</p></main>"));
        // Attributes read into metadata, filters, sort keys, and indexed.
        same(&page("<div data-pagefind-body><img data-pagefind-meta=\"image[src], image_alt[alt]\" src=\"/c.jpg\" alt=\"C\"><span data-pagefind-filter=\"author[data-author]\" data-author=\"Ana\">Ana</span><span data-pagefind-sort=\"weight[data-w]\" data-w=\"10\"></span><a data-pagefind-index-attrs=\"title,data-x\" title=\"Titre\" data-x=\"plus\">lien</a><section id=\"s1\" data-pagefind-title=\"Section un\"><p>Un</p></section><span data-pagefind-default-meta=\"lang:fr\"></span></div>"));
        // Two bodies, content around them dropped; anchors before and after.
        same(&page("<p id=\"before\">Avant</p><div data-pagefind-body><p id=\"a\">A</p></div><p id=\"mid\">Milieu</p><div data-pagefind-body><h3 id=\"b\">B</h3></div><p>Après</p>"));
        // An invalid ignore value, upper case, unquoted and valueless attributes, comments.
        same(&page("<DIV Data-Pagefind-Body><!-- note --><P ID=x>Un</P><p data-pagefind-ignore=\"nope\">Deux</p><input type=checkbox checked><label for=x>Étiquette</label><form><p>Formulaire</p></form><script>var a = '<p>';</script><style>p{}</style></DIV>"));
        same("<html><body><p>Sans doctype ni titre</p></body></html>");
        same("<!DOCTYPE html><html lang=\"EN-GB\"><head><title>T</title></head><body><h1>Hello</h1><p>World</p></body></html>");
    }

    #[test]
    fn fast_leaves_what_it_cannot_be_sure_of() {
        left(&page("<p>Un<p>Deux</p>")); // implied end tag
        left(&page("<div><span></div></span>")); // out of order
        left(&page("</p><p>x</p>")); // stray end tag
        left(&page("<svg><circle r=\"1\"/></svg>"));
        left(&page("<template><p>x</p></template>"));
        left(&page("<noscript><p>x</p></noscript>"));
        left(&page("<textarea><p></textarea>"));
        left(&page("<p><![CDATA[x]]></p>"));
        left(&page("<p>a < b</p>"));
        left(&page("<p a=\"x\"b=\"y\">x</p>"));
        left(&page("<div/>"));
        left(&page("<script>if (a) { /* <!-- */ }</script>"));
        left(&page("<script>x</script/>"));
        left(&page("<!---->").replace("<!---->", "<!-->"));
        left("<html><body><p>x</p></body></html>\r\n");
        // lol_html drops a byte order mark at the start of an attribute's value (found by
        // fuzzing).
        left(&page("<li data-pagefind-filter=\"\u{feff}pillar\">x</li>"));
        left("<html><body><p>x</p></body></html>trailing text");
        left("<html><body><p>x</p></body>"); // unclosed
        left("<p>outside</p>");
    }

    /// A small deterministic generator of well-formed pages from the constructs above, each
    /// read both ways; then the same pages cut at random places, which `fast` must either leave
    /// or read as lol_html does.
    #[test]
    fn fast_matches_lol_html_on_generated_pages() {
        let options = options();
        let mut seed = 0x9e3779b97f4a7c15_u64;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        const TAGS: &[&str] = &[
            "div", "p", "span", "a", "h1", "h2", "h3", "li", "ul", "section", "article", "em",
            "nav", "footer", "label", "form", "td", "time", "strong", "main",
        ];
        const ATTRS: &[&str] = &[
            "", "", "", " id=\"x1\"", " id=\"y 2\"", " data-pagefind-body",
            " data-pagefind-ignore", " data-pagefind-ignore=\"all\"", " data-pagefind-meta=\"m\"",
            " data-pagefind-meta=\"k:v\"", " data-pagefind-filter=\"f\"",
            " data-pagefind-filter=\"g[title]\" title=\"T\"", " data-pagefind-sort=\"s\"",
            " data-pagefind-weight=\"2\"", " data-pagefind-title=\"Titre\" id=\"z\"",
            " data-pagefind-index-attrs=\"title\" title=\"Plus\"",
            " data-pagefind-default-meta=\"d\"",
        ];
        const TEXTS: &[&str] = &["", "Lausanne", " école ", "Ouchy.", "a&amp;b", "?", "vélo)", "\n"];
        fn build(next: &mut dyn FnMut(usize) -> usize, depth: usize, out: &mut String) {
            for _ in 0..next(4) {
                match next(10) {
                    0 => out.push_str("<br>"),
                    1 => out.push_str("<img src=\"/i.jpg\" alt=\"I\">"),
                    2 => out.push_str("<!-- c -->"),
                    3..=5 => out.push_str(TEXTS[next(TEXTS.len())]),
                    _ if depth < 6 => {
                        let tag = TAGS[next(TAGS.len())];
                        out.push('<');
                        out.push_str(tag);
                        out.push_str(ATTRS[next(ATTRS.len())]);
                        out.push('>');
                        build(next, depth + 1, out);
                        out.push_str("</");
                        out.push_str(tag);
                        out.push('>');
                    }
                    _ => {}
                }
            }
        }
        let mut read = 0;
        for _ in 0..1500 {
            let mut body = String::new();
            build(&mut next, 0, &mut body);
            let html = page(&body);
            let fast_result = fast(&html, &options).unwrap_or_else(|| panic!("not read: {html}"));
            assert_eq!(fast_result, lol(&html, &options), "{html}");
            let boundary = |mut i: usize| {
                while !html.is_char_boundary(i) {
                    i -= 1;
                }
                i
            };
            let cut = boundary(next(html.len()));
            let resume = boundary((cut + 1 + next(8)).min(html.len()));
            let cut_html = format!("{}{}", &html[..cut], &html[resume..]);
            if let Some(fast_result) = fast(&cut_html, &options) {
                read += 1;
                assert_eq!(fast_result, lol(&cut_html, &options), "{cut_html}");
            }
        }
        assert!(read > 0);
    }
}
