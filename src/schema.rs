//! The front matter of offers and news as Rust types, and the JSON Schema (draft 2020-12)
//! generated from them for editors' tools (`savoirs schema`).
//!
//! `OfferFrontMatter` and `NewsFrontMatter` use the value types the parser reads fields with
//! (`document::values`), and the parser's lists of known fields are read from them
//! (`offer_fields`, `news_fields`), so the schema cannot name a field the parser refuses or miss
//! one it accepts. Every optional field may also be written empty (YAML null), as the parser
//! reads an empty field as an absent one. The schema checks each field on its own; rules between
//! fields or against the site (an `end` before `start`, `image_alt` with `image`, known pillar
//! keys) are left to `savoirs build`.

use crate::document::values::{Access, AgeRange, Audience, Chf, Day, LocalTime, Mode, Place, Price, Session, Status};
use schemars::{JsonSchema, Schema, SchemaGenerator, generate::SchemaSettings, json_schema};
use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Visitor};
use std::borrow::Cow;

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
    /// Keys of the neighbourhoods where it takes place (file names in content/neighbourhoods/), at least one, e.g. [centre]; citywide, online or region when no single one fits.
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
    /// Codes of the languages the offer is taught in (not the site's languages), e.g. [fr] or [fr, sq].
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

/// The kinds of front matter that have a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `content/offers/`
    Offer,
    /// `content/news/`
    News,
}

/// The fields an offer may have, in the order of `OfferFrontMatter`.
pub fn offer_fields() -> &'static [&'static str] {
    struct_fields::<OfferFrontMatter>()
}

/// The fields a news item may have, in the order of `NewsFrontMatter`.
pub fn news_fields() -> &'static [&'static str] {
    struct_fields::<NewsFrontMatter>()
}

/// The schema of one kind of front matter, as a standalone document.
pub fn schema(kind: Kind) -> Schema {
    let generator = SchemaSettings::draft2020_12().into_generator();
    match kind {
        Kind::Offer => generator.into_root_schema_for::<OfferFrontMatter>(),
        Kind::News => generator.into_root_schema_for::<NewsFrontMatter>(),
    }
}

/// Both schemas in one document: `OfferFrontMatter` and `NewsFrontMatter` (and the value types
/// they share) under `$defs`, and a root that accepts either.
pub fn combined() -> Schema {
    let mut generator = SchemaSettings::draft2020_12().into_generator();
    let offer = generator.subschema_for::<OfferFrontMatter>();
    let news = generator.subschema_for::<NewsFrontMatter>();
    let defs = generator.take_definitions(true);
    json_schema!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "savoirs front matter",
        "description": "The front matter of an offer or of a news item (savoirs). For one kind of file, use $defs/OfferFrontMatter or $defs/NewsFrontMatter, or `savoirs schema offer|news`.",
        "anyOf": [offer, news],
        "$defs": defs,
    })
}

/// The JSON text printed by `savoirs schema`: one kind, or both in one document.
pub fn to_json(kind: Option<Kind>) -> String {
    let schema = match kind {
        Some(k) => schema(k),
        None => combined(),
    };
    // A `Schema` is a JSON value: serializing it cannot fail.
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

// The value types are read from YAML by hand-written `Deserialize` impls; their schemas say
// the same in JSON Schema terms.

impl JsonSchema for Day {
    fn schema_name() -> Cow<'static, str> {
        "Day".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date written YYYY-MM-DD, e.g. 2026-03-03.",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        })
    }
}

impl JsonSchema for LocalTime {
    fn schema_name() -> Cow<'static, str> {
        "LocalTime".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date and time in Lausanne, written YYYY-MM-DDTHH:MM or YYYY-MM-DD HH:MM, e.g. 2026-03-03T14:30.",
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$",
        })
    }
}

impl JsonSchema for Chf {
    fn schema_name() -> Cow<'static, str> {
        "Chf".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An amount in Swiss francs, at most two decimals, e.g. 25 or 12.50.",
            "type": "number",
            "minimum": 0,
            "exclusiveMaximum": 1_000_000_000,
        })
    }
}

impl JsonSchema for Price {
    fn schema_name() -> Cow<'static, str> {
        "Price".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "free, or an amount in Swiss francs such as 25 or 12.50 (0 also means free).",
            "anyOf": [
                { "const": "free" },
                { "type": "number", "minimum": 0, "exclusiveMaximum": 1_000_000_000 },
            ],
        })
    }
}

impl JsonSchema for AgeRange {
    fn schema_name() -> Cow<'static, str> {
        "AgeRange".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An age range: \"7-12\", \"65+\" (and over) or a single age, 16.",
            "anyOf": [
                { "type": "string", "pattern": "^ *[0-9]{1,3} *([-–] *[0-9]{1,3} *|\\+ *)?$" },
                { "type": "integer", "minimum": 0, "maximum": 255 },
            ],
        })
    }
}

/// The names serde gives a struct's fields, in declaration order: `T`'s derived `Deserialize`
/// asks a deserializer for a struct with these fields, and this one records them.
fn struct_fields<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut fields: &'static [&'static str] = &[];
    // The deserializer always fails after recording the fields: the error is expected.
    let _ = T::deserialize(FieldNames(&mut fields));
    fields
}

struct FieldNames<'a>(&'a mut &'static [&'static str]);

impl<'de> de::Deserializer<'de> for FieldNames<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(de::Error::custom("fields recorded"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn properties(schema: &Schema) -> Vec<String> {
        let mut names: Vec<String> = schema
            .get("properties")
            .and_then(|p| p.as_object())
            .expect("properties")
            .keys()
            .cloned()
            .collect();
        names.sort();
        names
    }

    fn sorted(fields: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = fields.iter().map(|s| s.to_string()).collect();
        v.sort();
        v
    }

    #[test]
    fn parser_fields_are_the_schema_properties() {
        assert_eq!(properties(&schema(Kind::Offer)), sorted(offer_fields()));
        assert_eq!(properties(&schema(Kind::News)), sorted(news_fields()));
    }

    #[test]
    fn fields_keep_the_documented_order() {
        assert_eq!(
            offer_fields(),
            [
                "title",
                "summary",
                "pillars",
                "neighbourhoods",
                "provider",
                "audience",
                "age",
                "level",
                "start",
                "end",
                "sessions",
                "schedule",
                "mode",
                "status",
                "price",
                "price_reduced",
                "price_note",
                "languages",
                "location",
                "accessibility",
                "accessibility_note",
                "registration",
                "registration_required",
                "registration_deadline",
                "contact",
                "image",
                "image_alt",
                "slug",
                "draft",
            ]
        );
        assert_eq!(
            news_fields(),
            [
                "title",
                "date",
                "summary",
                "pillars",
                "neighbourhoods",
                "image",
                "image_alt",
                "slug",
                "draft",
            ]
        );
    }

    #[test]
    fn required_fields_are_those_the_parser_requires() {
        let required = |s: &Schema| -> Vec<String> {
            let mut v: Vec<String> = s
                .get("required")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect();
            v.sort();
            v
        };
        assert_eq!(
            required(&schema(Kind::Offer)),
            ["neighbourhoods", "pillars", "provider", "summary", "title"]
        );
        assert_eq!(required(&schema(Kind::News)), ["date", "summary", "title"]);
    }

    #[test]
    fn schemas_are_draft_2020_12_and_strict() {
        for kind in [Kind::Offer, Kind::News] {
            let s = schema(kind);
            assert_eq!(
                s.get("$schema").and_then(|v| v.as_str()),
                Some("https://json-schema.org/draft/2020-12/schema")
            );
            assert_eq!(s.get("additionalProperties"), Some(&serde_json::Value::Bool(false)));
        }
        let both: serde_json::Value = serde_json::from_str(&to_json(None)).unwrap();
        assert!(both["$defs"]["OfferFrontMatter"]["properties"]["provider"].is_object());
        assert!(both["$defs"]["NewsFrontMatter"]["properties"]["date"].is_object());
        assert_eq!(both["anyOf"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn the_struct_reads_what_the_parser_reads() {
        let yaml = "title: Club\nsummary: Lire.\npillars: [quality]\nneighbourhoods: [centre]\nprovider: Bibliothèque\nage: \"7-12\"\nprice: 12.50\nmode:\nsessions:\n  - start: 2026-03-03 14:30\n    end: 2026-03-03T16:00\n";
        let offer: OfferFrontMatter = serde_yaml::from_str(yaml).unwrap();
        assert_eq!(offer.price, Some(Price::Amount(Chf(1250))));
        assert_eq!(offer.mode, None);
        let typo = format!("{yaml}titel: x\n");
        assert!(serde_yaml::from_str::<OfferFrontMatter>(&typo).is_err());
    }
}
