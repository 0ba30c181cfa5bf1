//! The parse stage: turns each source file into a `Document`, its typed front matter (one type
//! per section) and its Markdown body, checking every field on its own line.

mod front_matter;
pub mod values;

use crate::error::{Problems, Result};
use crate::source::{Section, SourceFile};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;
use values::{Access, AgeRange, Audience, Chf, Day, Mode, Place, Price, Session, Status};

/// A learning offer's front matter.
#[derive(Debug, Clone)]
pub struct OfferMeta {
    /// Title (required).
    pub title: String,
    /// Plain-language summary (required).
    pub summary: String,
    /// Pillar keys (required, one or more).
    pub pillars: Vec<String>,
    /// Neighbourhood keys (required, one or more).
    pub neighbourhoods: Vec<String>,
    /// Who runs it (required).
    pub provider: String,
    /// Who it is for.
    pub audience: Vec<Audience>,
    /// Age range.
    pub age: Option<AgeRange>,
    /// Level or prerequisites.
    pub level: Option<String>,
    /// First day of the period.
    pub start: Option<Day>,
    /// Last day of the period.
    pub end: Option<Day>,
    /// Dated occurrences.
    pub sessions: Vec<Session>,
    /// Recurring schedule in words.
    pub schedule: Option<String>,
    /// Onsite, online or mixed.
    pub mode: Mode,
    /// Scheduled, full, cancelled or postponed.
    pub status: Status,
    /// The price.
    pub price: Option<Price>,
    /// A reduced price.
    pub price_reduced: Option<Chf>,
    /// A note on prices.
    pub price_note: Option<String>,
    /// Language codes it is taught in.
    pub languages: Vec<String>,
    /// Where it takes place.
    pub location: Option<Place>,
    /// Accessibility features.
    pub accessibility: Vec<Access>,
    /// A note on accessibility.
    pub accessibility_note: Option<String>,
    /// Registration URL.
    pub registration: Option<String>,
    /// Whether registering is required.
    pub registration_required: bool,
    /// Last day to register.
    pub registration_deadline: Option<Day>,
    /// Contact e-mail.
    pub contact: Option<String>,
    /// Image path or URL.
    pub image: Option<String>,
    /// The image's text alternative.
    pub image_alt: Option<String>,
}

/// A news item's front matter.
#[derive(Debug, Clone)]
pub struct NewsMeta {
    /// Title (required).
    pub title: String,
    /// Publication date (required).
    pub date: Day,
    /// Summary (required).
    pub summary: String,
    /// Pillar keys.
    pub pillars: Vec<String>,
    /// Neighbourhood keys.
    pub neighbourhoods: Vec<String>,
    /// Image path or URL.
    pub image: Option<String>,
    /// The image's text alternative.
    pub image_alt: Option<String>,
}

/// A pillar's, neighbourhood's, page's or the home page's front matter.
#[derive(Debug, Clone)]
pub struct PlainMeta {
    /// Title (required).
    pub title: String,
    /// Summary for cards and meta descriptions.
    pub summary: Option<String>,
    /// Sort order.
    pub order: Option<i64>,
}

/// Typed front matter, one variant per kind of file.
#[derive(Debug, Clone)]
pub enum Meta {
    /// An offer.
    Offer(Box<OfferMeta>),
    /// A news item.
    News(NewsMeta),
    /// A pillar, neighbourhood, free page or the home intro.
    Plain(PlainMeta),
}

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

    /// Where a front matter field is in the file.
    pub fn field_location(&self, key: &str) -> crate::error::Location {
        let (line, column) = self.field_lines.get(key).copied().unwrap_or((1, 1));
        crate::error::Location::at(&self.path, line, column)
    }
}

const TERM_FIELDS: &[&str] = &["title", "order", "slug", "summary", "draft"];
const PAGE_FIELDS: &[&str] = &["title", "summary", "slug", "order", "draft"];
const HOME_FIELDS: &[&str] = &["title", "summary"];

/// Longest summary that fits a card and a meta description.
pub const SUMMARY_MAX_CHARS: usize = 160;

/// The documents that parsed, and which files did not.
#[derive(Debug, Default)]
pub struct Parsed {
    /// Parsed documents.
    pub docs: Vec<Document>,
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
            Ok(d) => parsed.docs.push(d),
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

fn check_summary(f: &mut front_matter::Fields, summary: &Option<String>) {
    if let Some(s) = summary {
        let n = s.chars().count();
        if n > SUMMARY_MAX_CHARS {
            f.invalid(
                "summary",
                "summary-too-long",
                format!(
                    "the summary has {n} characters; at most {SUMMARY_MAX_CHARS} fit on cards and in search results"
                ),
                Some("keep one short sentence; say more in the text below the front matter".into()),
            );
        }
        if s.trim().is_empty() {
            f.invalid("summary", "empty-field", "the summary is empty", None);
        }
    }
}

fn check_title(f: &mut front_matter::Fields, title: &Option<String>) {
    check_not_blank(f, "title", title);
}

/// A required text written as `""` is as missing as an absent one.
fn check_not_blank(f: &mut front_matter::Fields, key: &str, value: &Option<String>) {
    if value.as_ref().is_some_and(|t| t.trim().is_empty()) {
        f.invalid(key, "empty-field", format!("the field `{key}` is empty"), None);
    }
}

fn check_image(f: &mut front_matter::Fields, image: &Option<String>, alt: &Option<String>) {
    if image.is_some() && alt.as_ref().is_none_or(|a| a.trim().is_empty()) {
        f.invalid(
            "image",
            "image-without-alt",
            "an image needs `image_alt`, a text that says what it shows",
            Some("add `image_alt: ...`; it is read aloud to blind visitors".into()),
        );
    }
    if let Some(img) = image
        && !crate::url::is_safe_link(img)
    {
        f.invalid(
            "image",
            "unsafe-url",
            format!("`{img}` is not an allowed image address"),
            None,
        );
    }
}

fn read_offer(f: &mut front_matter::Fields) -> Option<OfferMeta> {
    let title = f.required::<String>("title");
    let summary = f.required::<String>("summary");
    let pillars = f.required::<Vec<String>>("pillars");
    let neighbourhoods = f.required::<Vec<String>>("neighbourhoods");
    let provider = f.required::<String>("provider");
    check_title(f, &title);
    check_summary(f, &summary);
    check_not_blank(f, "provider", &provider);
    for (key, list) in [("pillars", &pillars), ("neighbourhoods", &neighbourhoods)] {
        if list.as_ref().is_some_and(Vec::is_empty) {
            f.invalid(key, "empty-list", format!("`{key}` must name at least one key"), None);
        }
    }
    let start = f.optional::<Day>("start");
    let end = f.optional::<Day>("end");
    if let (Some(s), Some(e)) = (start, end)
        && e < s
    {
        f.invalid(
            "end",
            "end-before-start",
            format!("the offer ends ({}) before it starts ({})", e.0, s.0),
            None,
        );
    }
    let sessions = f.optional::<Vec<Session>>("sessions").unwrap_or_default();
    for s in &sessions {
        if s.end < s.start {
            f.invalid(
                "sessions",
                "end-before-start",
                format!("a session ends ({}) before it starts ({})", s.end.0, s.start.0),
                None,
            );
        }
    }
    let languages = f.optional::<Vec<String>>("languages").unwrap_or_default();
    for code in &languages {
        if !crate::config::is_lang_code(code) {
            f.invalid(
                "languages",
                "bad-language-code",
                format!("`{code}` is not a language code such as `fr`, `en` or `it`"),
                None,
            );
        }
    }
    let registration = f.optional::<String>("registration");
    if let Some(url) = &registration
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        f.invalid(
            "registration",
            "bad-url",
            format!("`registration` must be a web address starting with https://, not `{url}`"),
            None,
        );
    }
    let contact = f.optional::<String>("contact");
    if let Some(mail) = &contact
        && !crate::url::is_email(mail)
    {
        f.invalid(
            "contact",
            "bad-email",
            format!("`{mail}` is not an e-mail address"),
            None,
        );
    }
    let image = f.optional::<String>("image");
    let image_alt = f.optional::<String>("image_alt");
    check_image(f, &image, &image_alt);
    let meta = OfferMeta {
        audience: f.optional("audience").unwrap_or_default(),
        age: f.optional("age"),
        level: f.optional("level"),
        start,
        end,
        sessions,
        schedule: f.optional("schedule"),
        mode: f.optional("mode").unwrap_or(Mode::Onsite),
        status: f.optional("status").unwrap_or(Status::Scheduled),
        price: f.optional("price"),
        price_reduced: f.optional("price_reduced"),
        price_note: f.optional("price_note"),
        languages,
        location: f.optional("location"),
        accessibility: f.optional("accessibility").unwrap_or_default(),
        accessibility_note: f.optional("accessibility_note"),
        registration,
        registration_required: f.optional("registration_required").unwrap_or(false),
        registration_deadline: f.optional("registration_deadline"),
        contact,
        image,
        image_alt,
        title: title?,
        summary: summary?,
        pillars: pillars?,
        neighbourhoods: neighbourhoods?,
        provider: provider?,
    };
    Some(meta)
}

fn read_news(f: &mut front_matter::Fields) -> Option<NewsMeta> {
    let title = f.required::<String>("title");
    let date = f.required::<Day>("date");
    let summary = f.required::<String>("summary");
    check_title(f, &title);
    check_summary(f, &summary);
    let image = f.optional::<String>("image");
    let image_alt = f.optional::<String>("image_alt");
    check_image(f, &image, &image_alt);
    Some(NewsMeta {
        pillars: f.optional("pillars").unwrap_or_default(),
        neighbourhoods: f.optional("neighbourhoods").unwrap_or_default(),
        image,
        image_alt,
        title: title?,
        date: date?,
        summary: summary?,
    })
}

fn read_plain(f: &mut front_matter::Fields) -> Option<PlainMeta> {
    let title = f.required::<String>("title");
    let summary = f.optional::<String>("summary");
    check_title(f, &title);
    check_summary(f, &summary);
    let order = f.optional::<i64>("order");
    Some(PlainMeta {
        title: title?,
        summary,
        order,
    })
}
