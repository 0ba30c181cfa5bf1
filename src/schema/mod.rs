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

mod fields;
mod front_matter;
mod values;

pub use front_matter::{NewsFrontMatter, OfferFrontMatter};

use fields::struct_fields;
use schemars::{Schema, generate::SchemaSettings, json_schema};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::values::{Chf, Price};

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
