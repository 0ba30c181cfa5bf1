//! The front matter of offers and news as Rust types, whose doc comments and attributes are
//! the schema's descriptions and constraints.

use crate::document::values::{Access, AgeRange, Audience, Chf, Day, Mode, Place, Price, Session, Status};
use schemars::JsonSchema;
use serde::Deserialize;

/// A slug: lowercase letters a-z, digits and inner hyphens (`crate::slug::is_valid_segment`).
const SLUG_PATTERN: &str = "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$";
/// A language code: 2 or 3 lowercase letters (`crate::config::is_lang_code`).
const LANG_PATTERN: &str = "^[a-z]{2,3}$";
/// A key of a pillar or neighbourhood file.
const KEY_PATTERN: &str = "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$";

/// The front matter of a learning offer, `content/offers/<key>.<lang>.md`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Offer front matter",
    description = "The fields between the two `---` lines of a learning offer, content/offers/<key>.<lang>.md (savoirs)."
)]
pub struct OfferFrontMatter {
    /// Name of the offer: the title of its page and of its card. Capital on the first word only.
    #[schemars(length(min = 1))]
    pub title: String,
    /// One plain sentence under the title, on cards and in search results: at most 160 characters.
    #[schemars(length(min = 1, max = 160))]
    pub summary: String,
    /// Keys of the pillars the offer belongs to (file names in content/pillars/), at least one, e.g. [inclusive-education, learning-culture].
    #[schemars(length(min = 1), inner(pattern(KEY_PATTERN)))]
    pub pillars: Vec<String>,
    /// Keys of the neighbourhoods where it takes place (file names in content/neighbourhoods/), at least one, e.g. `[centre]`; citywide, online or region when no single one fits.
    #[schemars(length(min = 1), inner(pattern(KEY_PATTERN)))]
    pub neighbourhoods: Vec<String>,
    /// The organisation that runs the offer, by its real name (the same in every language).
    #[schemars(length(min = 1))]
    pub provider: String,
    /// Who the offer is for.
    pub audience: Option<Vec<Audience>>,
    /// Age range: "7-12", "65+" (and over) or "16" (a single age).
    pub age: Option<AgeRange>,
    /// Level or prerequisites, in the file's language.
    pub level: Option<String>,
    /// First day of the period, YYYY-MM-DD.
    pub start: Option<Day>,
    /// Last day of the period, YYYY-MM-DD, not before `start`; from the next day on the offer is finished.
    pub end: Option<Day>,
    /// Each dated occurrence, with its start and end time in Lausanne.
    pub sessions: Option<Vec<Session>>,
    /// The rhythm in words for recurring offers, in the file's language, e.g. "Every Tuesday, 6-7.30 pm".
    pub schedule: Option<String>,
    /// Where it takes place: onsite (the default), online or mixed.
    #[schemars(extend("default" = "onsite"))]
    pub mode: Option<Mode>,
    /// Whether it goes ahead as announced: scheduled (the default), full, cancelled or postponed.
    #[schemars(extend("default" = "scheduled"))]
    pub status: Option<Status>,
    /// The price: free, or an amount in Swiss francs such as 25 or 12.50 (0 also means free). Leave empty when unknown.
    pub price: Option<Price>,
    /// A reduced price in Swiss francs, such as 12.50.
    pub price_reduced: Option<Chf>,
    /// Who gets the reduced price, what the price includes.
    pub price_note: Option<String>,
    /// Codes of the languages the offer is taught in (not the site's languages), e.g. `[fr]` or `[fr, sq]`.
    #[schemars(inner(pattern(LANG_PATTERN)))]
    pub languages: Option<Vec<String>>,
    /// The venue; leave empty for an offer online only.
    pub location: Option<Place>,
    /// Accessibility features.
    pub accessibility: Option<Vec<Access>>,
    /// Anything else about access, in the file's language.
    pub accessibility_note: Option<String>,
    /// Where to register: a web address starting with https:// or http://.
    #[schemars(pattern("^https?://"))]
    pub registration: Option<String>,
    /// Whether registering is required (true or false, default false).
    #[schemars(extend("default" = false))]
    pub registration_required: Option<bool>,
    /// Last day to register, YYYY-MM-DD.
    pub registration_deadline: Option<Day>,
    /// A contact e-mail address.
    #[schemars(email)]
    pub contact: Option<String>,
    /// An image: /images/... for a file in static/images/, or https://...; needs `image_alt`.
    pub image: Option<String>,
    /// What the image shows, read aloud to blind visitors; required with `image`.
    pub image_alt: Option<String>,
    /// The last part of the page's address in this language (default: the file's key): a-z, 0-9 and inner hyphens.
    #[schemars(pattern(SLUG_PATTERN), length(max = 120))]
    pub slug: Option<String>,
    /// true keeps the offer off the site (unless built with --drafts); default false.
    #[schemars(extend("default" = false))]
    pub draft: Option<bool>,
}

/// The front matter of a news item, `content/news/<key>.<lang>.md`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "News front matter",
    description = "The fields between the two `---` lines of a news item, content/news/<key>.<lang>.md (savoirs)."
)]
pub struct NewsFrontMatter {
    /// Title of the article and of its card. Capital on the first word only.
    #[schemars(length(min = 1))]
    pub title: String,
    /// Publication date, YYYY-MM-DD: shown on the article and used to sort the news, newest first; a date in the future holds the article back until that day.
    pub date: Day,
    /// The lead under the title, the text of its card and the description for search engines: at most 160 characters.
    #[schemars(length(min = 1, max = 160))]
    pub summary: String,
    /// Keys of pillars whose pages also list the article (file names in content/pillars/).
    #[schemars(inner(pattern(KEY_PATTERN)))]
    pub pillars: Option<Vec<String>>,
    /// Keys of neighbourhoods whose pages also list the article (file names in content/neighbourhoods/).
    #[schemars(inner(pattern(KEY_PATTERN)))]
    pub neighbourhoods: Option<Vec<String>>,
    /// An image: /images/... for a file in static/images/, or https://...; needs `image_alt`.
    pub image: Option<String>,
    /// What the image shows, read aloud to blind visitors; required with `image`.
    pub image_alt: Option<String>,
    /// The last part of the page's address in this language (default: the file's key): a-z, 0-9 and inner hyphens.
    #[schemars(pattern(SLUG_PATTERN), length(max = 120))]
    pub slug: Option<String>,
    /// true keeps the article off the site (unless built with --drafts); default false.
    #[schemars(extend("default" = false))]
    pub draft: Option<bool>,
}
