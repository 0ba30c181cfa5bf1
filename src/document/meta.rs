//! The typed front matter of each kind of content file, as the later stages read it.

use super::values::{Access, AgeRange, Audience, Chf, Day, Mode, Place, Price, Session, Status};

/// A learning offer's front matter.
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct PlainMeta {
    /// Title (required).
    pub title: String,
    /// Summary for cards and meta descriptions.
    pub summary: Option<String>,
    /// Sort order.
    pub order: Option<i64>,
}

/// Typed front matter, one variant per kind of file.
#[derive(Debug, Clone, PartialEq)]
pub enum Meta {
    /// An offer.
    Offer(Box<OfferMeta>),
    /// A news item.
    News(NewsMeta),
    /// A pillar, neighbourhood, free page or the home intro.
    Plain(PlainMeta),
}
