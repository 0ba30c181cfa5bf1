//! The value types of front matter fields (dates, prices, age ranges, fixed vocabularies), each
//! read from YAML with a message that says what was expected.

use jiff::civil::{Date, DateTime};
use serde::{Deserialize, Deserializer, Serialize, de};
use std::fmt;

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema)]
        pub enum $name { $(#[serde(rename = $text)] #[allow(missing_docs)] $variant),+ }

        impl $name {
            /// The value as written in front matter, also the suffix of its Fluent label id.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
        }
    };
}

vocabulary!(
    /// Who an offer is for.
    Audience { Children = "children", Youth = "youth", Adults = "adults", Seniors = "seniors", Families = "families", Everyone = "everyone" }
);
vocabulary!(
    /// Where an offer takes place.
    Mode { Onsite = "onsite", Online = "online", Mixed = "mixed" }
);
vocabulary!(
    /// Whether an offer goes ahead as announced.
    Status { Scheduled = "scheduled", Full = "full", Cancelled = "cancelled", Postponed = "postponed" }
);
vocabulary!(
    /// Accessibility features of a venue or an offer.
    Access { StepFree = "step-free", HearingLoop = "hearing-loop", SignLanguage = "sign-language", EasyRead = "easy-read" }
);

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub Date);

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.trim()
            .parse::<Date>()
            .map(Day)
            .map_err(|_| de::Error::custom(format!("expected a date like `2026-03-03`, found `{s}`")))
    }
}

/// A local date and time in Lausanne, written `YYYY-MM-DDTHH:MM` (or with a space).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalTime(pub DateTime);

impl<'de> Deserialize<'de> for LocalTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.trim()
            .replacen(' ', "T", 1)
            .parse::<DateTime>()
            .map(LocalTime)
            .map_err(|_| de::Error::custom(format!("expected a date and time like `2026-03-03T14:30`, found `{s}`")))
    }
}

/// One dated occurrence of an offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// When it starts (Europe/Zurich).
    pub start: LocalTime,
    /// When it ends (Europe/Zurich).
    pub end: LocalTime,
}

/// An amount in Swiss francs, kept in centimes so it prints exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Chf(pub u64);

impl<'de> Deserialize<'de> for Chf {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_yaml::Value::deserialize(d)?;
        amount(&v).ok_or_else(|| {
            de::Error::custom(format!(
                "expected an amount in CHF such as `25` or `12.50`, found {}",
                show(&v)
            ))
        })
    }
}

fn amount(v: &serde_yaml::Value) -> Option<Chf> {
    let n = v.as_f64()?;
    let centimes = (n * 100.0).round();
    ((0.0..1e9).contains(&n) && (n * 100.0 - centimes).abs() < 1e-6).then_some(Chf(centimes as u64))
}

fn show(v: &serde_yaml::Value) -> String {
    serde_yaml::to_string(v).map_or_else(|_| "this value".into(), |s| format!("`{}`", s.trim()))
}

/// What an offer costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Price {
    /// No charge.
    Free,
    /// A price in CHF.
    Amount(Chf),
}

impl<'de> Deserialize<'de> for Price {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_yaml::Value::deserialize(d)?;
        if v.as_str().is_some_and(|s| s.trim() == "free") {
            return Ok(Price::Free);
        }
        match amount(&v) {
            Some(Chf(0)) => Ok(Price::Free),
            Some(c) => Ok(Price::Amount(c)),
            None => Err(de::Error::custom(format!(
                "expected `free` or an amount in CHF such as `25` or `12.50`, found {}",
                show(&v)
            ))),
        }
    }
}

/// An age range: `7-12`, `65+`, or a single age `16`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AgeRange {
    /// Youngest age.
    pub min: u8,
    /// Oldest age, `None` for "and over".
    pub max: Option<u8>,
}

impl fmt::Display for AgeRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.max {
            Some(max) if max == self.min => write!(f, "{}", self.min),
            Some(max) => write!(f, "{}-{max}", self.min),
            None => write!(f, "{}+", self.min),
        }
    }
}

impl<'de> Deserialize<'de> for AgeRange {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_yaml::Value::deserialize(d)?;
        let text = match &v {
            serde_yaml::Value::String(s) => s.trim().to_string(),
            serde_yaml::Value::Number(n) => n.to_string(),
            _ => String::new(),
        };
        parse_age(&text).ok_or_else(|| {
            de::Error::custom(format!(
                "expected an age range such as \"7-12\", \"65+\" or \"16\", found {}",
                show(&v)
            ))
        })
    }
}

fn parse_age(s: &str) -> Option<AgeRange> {
    if let Some(min) = s.strip_suffix('+') {
        return Some(AgeRange {
            min: min.trim().parse().ok()?,
            max: None,
        });
    }
    if let Some((a, b)) = s.split_once(['-', '–']) {
        let (min, max): (u8, u8) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
        return (min <= max).then_some(AgeRange { min, max: Some(max) });
    }
    let n: u8 = s.parse().ok()?;
    Some(AgeRange { min: n, max: Some(n) })
}

/// A venue.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Its name.
    pub name: String,
    /// Street address, postcode and town.
    #[serde(default)]
    pub address: Option<String>,
    /// The nearest public-transport stop.
    #[serde(default)]
    pub stop: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml<T: serde::de::DeserializeOwned>(s: &str) -> Result<T, String> {
        serde_yaml::from_str(s).map_err(|e| e.to_string())
    }

    #[test]
    fn prices_read_exactly() {
        assert_eq!(yaml::<Price>("free").unwrap(), Price::Free);
        assert_eq!(yaml::<Price>("12.50").unwrap(), Price::Amount(Chf(1250)));
        assert_eq!(yaml::<Price>("25").unwrap(), Price::Amount(Chf(2500)));
        assert_eq!(yaml::<Price>("0").unwrap(), Price::Free);
        assert!(
            yaml::<Price>("cheap")
                .unwrap_err()
                .contains("expected `free` or an amount")
        );
        assert!(yaml::<Price>("-3").is_err());
        assert!(yaml::<Price>("1.234").is_err());
    }

    #[test]
    fn age_ranges() {
        assert_eq!(yaml::<AgeRange>("\"7-12\"").unwrap().to_string(), "7-12");
        assert_eq!(yaml::<AgeRange>("65+").unwrap().to_string(), "65+");
        assert_eq!(yaml::<AgeRange>("16").unwrap().to_string(), "16");
        assert!(yaml::<AgeRange>("\"12-7\"").is_err());
        assert!(yaml::<AgeRange>("old").is_err());
    }

    #[test]
    fn dates_and_times() {
        assert_eq!(yaml::<Day>("2026-03-03").unwrap().0, Date::constant(2026, 3, 3));
        assert!(yaml::<Day>("03.03.2026").unwrap_err().contains("expected a date like"));
        let t = yaml::<LocalTime>("2026-03-03 14:30").unwrap();
        assert_eq!(t.0.hour(), 14);
        assert!(yaml::<LocalTime>("2026-03-03T25:00").is_err());
    }

    #[test]
    fn vocabularies_suggest_in_their_errors() {
        assert!(yaml::<Mode>("online").is_ok());
        assert!(yaml::<Mode>("onlin").unwrap_err().contains("unknown variant `onlin`"));
    }
}
