//! The JSON Schema of each value type the parser reads by hand (dates, times, prices, ages).

use crate::document::values::{AgeRange, Chf, Day, LocalTime, Price};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use std::borrow::Cow;

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
