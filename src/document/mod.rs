//! The parse stage: turns each source file into a `Document`, its typed front matter (one type
//! per section) and its Markdown body, checking every field on its own line.

mod front_matter;
mod meta;
mod read;
mod rules;
pub mod values;

pub use meta::{Meta, NewsMeta, OfferMeta, PlainMeta};
pub use rules::SUMMARY_MAX_CHARS;

use crate::error::{Problems, Result};
use crate::source::{Section, SourceFile};
use rayon::prelude::*;
use read::{read_news, read_offer, read_plain};
use std::collections::HashMap;
use std::path::PathBuf;

/// One parsed content file.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path relative to the site root.
    pub path: PathBuf,
    /// Its section.
    pub section: Section,
    /// Its key (shared by its translations).
    pub key: String,
    /// Index of its language.
    pub lang: usize,
    /// Its front matter.
    pub meta: Meta,
    /// Localized slug, if given.
    pub slug: Option<String>,
    /// Whether it is a draft.
    pub draft: bool,
    /// Its Markdown body.
    pub body: String,
    /// File line on which the body starts.
    pub body_line: usize,
    /// File line and column of each front matter field, for later stages' messages.
    pub field_lines: HashMap<String, (usize, usize)>,
}

impl Document {
    /// The title, whatever the kind.
    pub fn title(&self) -> &str {
        match &self.meta {
            Meta::Offer(o) => &o.title,
            Meta::News(n) => &n.title,
            Meta::Plain(p) => &p.title,
        }
    }

    /// The summary, whatever the kind.
    pub fn summary(&self) -> Option<&str> {
        match &self.meta {
            Meta::Offer(o) => Some(&o.summary),
            Meta::News(n) => Some(&n.summary),
            Meta::Plain(p) => p.summary.as_deref(),
        }
    }

    /// Whether `other` is this file with another body: the same path, front matter (field by
    /// field, and each on the same line) and body line. The site model is made from everything
    /// but the body, so such a change leaves it as it was.
    pub fn differs_only_in_body(&self, other: &Document) -> bool {
        self.path == other.path
            && self.section == other.section
            && self.key == other.key
            && self.lang == other.lang
            && self.meta == other.meta
            && self.slug == other.slug
            && self.draft == other.draft
            && self.body_line == other.body_line
            && self.field_lines == other.field_lines
            && self.body != other.body
    }

    /// Where a front matter field is in the file.
    pub fn field_location(&self, key: &str) -> crate::error::Location {
        let (line, column) = self.field_lines.get(key).copied().unwrap_or((1, 1));
        crate::error::Location::at(&self.path, line, column)
    }
}

const TERM_FIELDS: &[&str] = &["title", "order", "slug", "summary", "draft"];
const PAGE_FIELDS: &[&str] = &["title", "summary", "slug", "order", "draft"];
const HOME_FIELDS: &[&str] = &["title", "summary"];

/// The documents that parsed, and which files did not.
#[derive(Debug, Default)]
pub struct Parsed {
    /// Parsed documents (shared with the preview's parse cache).
    pub docs: Vec<std::sync::Arc<Document>>,
    /// Path, section, key and language of each file that could not be parsed: it exists, so
    /// other files naming or linking to it must not be told it is unknown.
    pub unreadable: Vec<(PathBuf, Section, String, usize)>,
}

/// Parses every source file in parallel; the problems of all files go to `problems`.
pub fn parse_all(files: Vec<SourceFile>, problems: &mut Problems) -> Parsed {
    let results: Vec<(PathBuf, Section, String, usize, Result<Document>)> = files
        .into_par_iter()
        .map(|f| (f.path.clone(), f.section, f.key.clone(), f.lang, parse(f)))
        .collect();
    let mut parsed = Parsed::default();
    for (path, section, key, lang, r) in results {
        match r {
            Ok(d) => parsed.docs.push(std::sync::Arc::new(d)),
            Err(e) => {
                problems.push(e);
                parsed.unreadable.push((path, section, key, lang));
            }
        }
    }
    parsed
}

/// Parses one source file.
pub fn parse(file: SourceFile) -> Result<Document> {
    let split = front_matter::split(&file.path, &file.text)?;
    let known = match file.section {
        // Offers and news: the fields of their schema types, so the two cannot drift apart.
        Section::Offers => crate::schema::offer_fields(),
        Section::News => crate::schema::news_fields(),
        Section::Pillars | Section::Neighbourhoods => TERM_FIELDS,
        Section::Pages => PAGE_FIELDS,
        Section::Home => HOME_FIELDS,
    };
    let mut f = front_matter::Fields::parse(&file.path, split.yaml, known)?;
    let meta = match file.section {
        Section::Offers => read_offer(&mut f).map(|o| Meta::Offer(Box::new(o))),
        Section::News => read_news(&mut f).map(Meta::News),
        _ => read_plain(&mut f).map(Meta::Plain),
    };
    let slug: Option<String> = if known.contains(&"slug") {
        f.optional("slug")
    } else {
        None
    };
    if let Some(s) = &slug
        && !crate::slug::is_valid_segment(s)
    {
        f.invalid(
            "slug",
            "bad-slug",
            format!("slug `{s}` may only use lowercase letters a-z, digits and hyphens"),
            Some(format!("use `{}`", crate::slug::suggest(s))),
        );
    }
    let draft = if known.contains(&"draft") {
        f.optional("draft").unwrap_or(false)
    } else {
        false
    };
    let body = split.body.to_string();
    let body_line = split.body_line;
    let field_lines = f.finish()?;
    let Some(meta) = meta else {
        return Err(unreachable_meta());
    };
    Ok(Document {
        path: file.path,
        section: file.section,
        key: file.key,
        lang: file.lang,
        meta,
        slug,
        draft,
        body,
        body_line,
        field_lines,
    })
}

/// `finish` reports the missing required field that made `meta` `None`; this keeps the
/// function total if that ever changed.
fn unreachable_meta() -> crate::error::Error {
    crate::error::Problem::new(
        crate::error::Location::file("content"),
        "internal",
        "front matter could not be read",
    )
    .into()
}
