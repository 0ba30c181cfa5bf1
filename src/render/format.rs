//! Dates, times, periods and prices in words, by language: the patterns come from each
//! language's `formats.ftl` (a site changes them without touching code), month and weekday
//! names from CLDR.

use super::i18n::Locales;
use super::names::CalendarNames;
use crate::document::values::{Chf, Price};
use crate::render::views::When;
use fluent_bundle::{FluentArgs, FluentValue};
use jiff::civil::{Date, DateTime};

/// Formats for one language; errors (a missing message) are kept as text for the caller.
pub(crate) struct Formatter<'a> {
    pub locales: &'a Locales,
    pub names: &'a CalendarNames,
    pub lang: usize,
}

type R = std::result::Result<String, String>;

impl Formatter<'_> {
    fn msg(&self, id: &str, args: &FluentArgs) -> R {
        self.locales.message(self.lang, id, Some(args))
    }

    fn date_args(&self, d: Date) -> std::result::Result<FluentArgs<'static>, String> {
        let mut args = FluentArgs::new();
        args.set(
            "weekday",
            FluentValue::from(self.names.weekday(d.weekday().to_monday_one_offset()).to_string()),
        );
        args.set("day", FluentValue::from(d.day()));
        args.set("month", FluentValue::from(self.names.month(d.month()).to_string()));
        args.set("year", FluentValue::from(d.year().to_string()));
        Ok(args)
    }

    /// "mardi 3 mars 2026".
    pub fn date_long(&self, d: Date) -> R {
        self.msg("date-long", &self.date_args(d)?)
    }

    /// "3 mars 2026".
    pub fn date_short(&self, d: Date) -> R {
        self.msg("date-short", &self.date_args(d)?)
    }

    /// "14 h 30" / "14:30".
    pub fn time(&self, t: DateTime) -> R {
        let mut args = FluentArgs::new();
        args.set("hour", FluentValue::from(t.hour()));
        args.set("minute", FluentValue::from(t.minute()));
        args.set("minute_padded", FluentValue::from(format!("{:02}", t.minute())));
        self.msg("time", &args)
    }

    /// "mardi 3 mars 2026, 14 h 30" with its ISO form.
    pub fn date_time(&self, t: DateTime) -> std::result::Result<When, String> {
        let mut args = FluentArgs::new();
        args.set("date", FluentValue::from(self.date_long(t.date())?));
        args.set("time", FluentValue::from(self.time(t)?));
        Ok(When {
            iso: iso_local(t),
            text: self.msg("date-time", &args)?,
        })
    }

    /// A date with its ISO form.
    pub fn day(&self, d: Date) -> std::result::Result<When, String> {
        Ok(When {
            iso: d.to_string(),
            text: self.date_long(d)?,
        })
    }

    /// "mardi 3 mars 2026, de 14 h 30 à 16 h".
    pub fn session(&self, start: DateTime, end: DateTime) -> R {
        let mut args = FluentArgs::new();
        args.set("date", FluentValue::from(self.date_long(start.date())?));
        args.set("start", FluentValue::from(self.time(start)?));
        args.set("end", FluentValue::from(self.time(end)?));
        self.msg("session", &args)
    }

    /// "du 3 au 17 mars 2026", or one day when start and end are the same.
    pub fn period(&self, start: Date, end: Date) -> R {
        let mut args = FluentArgs::new();
        if start == end {
            args.set("date", FluentValue::from(self.date_short(start)?));
            return self.msg("range-one-day", &args);
        }
        args.set("start_day", FluentValue::from(start.day()));
        args.set("end_day", FluentValue::from(end.day()));
        args.set("year", FluentValue::from(end.year().to_string()));
        if start.year() != end.year() {
            args.set("start", FluentValue::from(self.date_short(start)?));
            args.set("end", FluentValue::from(self.date_short(end)?));
            self.msg("range-other-year", &args)
        } else if start.month() != end.month() {
            args.set(
                "start_month",
                FluentValue::from(self.names.month(start.month()).to_string()),
            );
            args.set(
                "end_month",
                FluentValue::from(self.names.month(end.month()).to_string()),
            );
            self.msg("range-same-year", &args)
        } else {
            args.set("month", FluentValue::from(self.names.month(start.month()).to_string()));
            self.msg("range-same-month", &args)
        }
    }

    /// "CHF 25.–", "CHF 12.50", "Gratuit".
    pub fn price(&self, price: Price) -> R {
        match price {
            Price::Free => self.locales.message(self.lang, "price-free", None),
            Price::Amount(c) => self.amount(c),
        }
    }

    /// An amount in CHF.
    pub fn amount(&self, c: Chf) -> R {
        let mut args = FluentArgs::new();
        args.set("francs", FluentValue::from((c.0 / 100).to_string()));
        if c.0.is_multiple_of(100) {
            self.msg("price-whole", &args)
        } else {
            args.set("cents", FluentValue::from(format!("{:02}", c.0 % 100)));
            self.msg("price-cents", &args)
        }
    }
}

/// ISO 8601 local date-time with Lausanne's UTC offset on that date (`2026-03-03T14:30:00+01:00`).
pub(crate) fn iso_local(t: DateTime) -> String {
    match t.to_zoned(jiff::tz::TimeZone::get("Europe/Zurich").unwrap_or(jiff::tz::TimeZone::UTC)) {
        Ok(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => t.strftime("%Y-%m-%dT%H:%M:%S").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{BuildOptions, Config};

    fn with_locales(f: impl Fn(&Formatter, &Formatter)) {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let options = BuildOptions {
            root: root.to_path_buf(),
            today: Some(Date::constant(2026, 3, 1)),
            ..Default::default()
        };
        let config = Config::load(&options).unwrap();
        let (locales, _) = Locales::load(&config).unwrap();
        let (fr_names, en_names) = (
            CalendarNames::load("fr-CH").unwrap(),
            CalendarNames::load("en-GB").unwrap(),
        );
        let fr = Formatter {
            locales: &locales,
            names: &fr_names,
            lang: config.lang_index("fr").unwrap(),
        };
        let en = Formatter {
            locales: &locales,
            names: &en_names,
            lang: config.lang_index("en").unwrap(),
        };
        f(&fr, &en);
    }

    #[test]
    fn shipped_formats_read_as_each_language_writes() {
        with_locales(|fr, en| {
            let d = Date::constant(2026, 3, 3);
            let t = d.at(14, 30, 0, 0);
            assert_eq!(fr.date_time(t).unwrap().text, "mardi 3 mars 2026, 14 h 30");
            assert_eq!(en.date_time(t).unwrap().text, "Tuesday 3 March 2026, 14:30");
            assert_eq!(
                fr.date_long(Date::constant(2026, 3, 1)).unwrap(),
                "dimanche 1er mars 2026"
            );
            assert_eq!(fr.time(d.at(14, 0, 0, 0)).unwrap(), "14 h");
            assert_eq!(en.time(d.at(9, 5, 0, 0)).unwrap(), "9:05");
            assert_eq!(
                fr.session(t, d.at(16, 0, 0, 0)).unwrap(),
                "mardi 3 mars 2026, de 14 h 30 à 16 h"
            );
            assert_eq!(
                fr.period(d, Date::constant(2026, 3, 17)).unwrap(),
                "du 3 au 17 mars 2026"
            );
            assert_eq!(en.period(d, Date::constant(2026, 3, 17)).unwrap(), "3–17 March 2026");
            assert_eq!(
                fr.period(Date::constant(2026, 12, 1), Date::constant(2027, 1, 10))
                    .unwrap(),
                "du 1er décembre 2026 au 10 janvier 2027"
            );
            assert_eq!(fr.price(Price::Amount(Chf(2500))).unwrap(), "CHF 25.–");
            assert_eq!(fr.price(Price::Amount(Chf(1250))).unwrap(), "CHF 12.50");
            assert_eq!(en.price(Price::Amount(Chf(2500))).unwrap(), "CHF 25");
            assert_eq!(fr.price(Price::Free).unwrap(), "Gratuit");
            assert_eq!(en.price(Price::Free).unwrap(), "Free");
        });
    }

    #[test]
    fn iso_times_carry_the_seasonal_offset() {
        assert_eq!(
            iso_local(Date::constant(2026, 3, 3).at(14, 30, 0, 0)),
            "2026-03-03T14:30:00+01:00"
        );
        assert_eq!(
            iso_local(Date::constant(2026, 7, 3).at(14, 30, 0, 0)),
            "2026-07-03T14:30:00+02:00"
        );
    }
}
