// savoirs: the steps of `DomParser`'s handlers (`../parser.rs`), in their order, for the tags
// the reader of `fast.rs` finds: the same operations on the same `DomParsingNode`s.

use super::super::{
    normalize_content, parse_attr_string_with, sentence_char, DomParsingNode, NodeStatus,
    ALL_SPACES, INLINE_SELECTORS, REMOVE_SELECTORS, SENTENCE_SELECTORS, SPACE_SELECTORS,
};
use super::{Open, Parser, Tag};
use crate::SearchOptions;

impl Parser<'_> {
    /// `DomParser`'s handlers for a start tag, in their order: `html`, the root selector's,
    /// the exclusions', then `script, link`.
    pub(super) fn open(&mut self, el: &Tag, void: bool) {
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
                    if value.chars().last().filter(|&c| sentence_char(c)).is_some() {
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
    pub(super) fn close(&mut self) -> Option<()> {
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
            if node.current_value.chars().last().filter(|&c| sentence_char(c)).is_some() {
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
