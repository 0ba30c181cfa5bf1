//! Month and weekday names of each language, from CLDR locale data (through ICU4X), so that no
//! name is typed by hand; the site's own patterns in `formats.ftl` put them together.

use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::enums::DateFieldSet;
use icu_datetime::pattern::{DateTimePattern, FixedCalendarDateTimeNames, MonthNameLength, WeekdayNameLength};
use writeable::TryWriteable;

/// The names of one language.
#[derive(Debug, Clone)]
pub(crate) struct CalendarNames {
    months: Vec<String>,
    weekdays: Vec<String>,
}

impl CalendarNames {
    /// Loads the names for a locale such as `fr-CH`; `Err` says why they are not available.
    pub fn load(locale: &str) -> Result<CalendarNames, String> {
        let parsed: icu_locale_core::Locale = locale.parse().map_err(|e| format!("locale `{locale}`: {e}"))?;
        let mut names: FixedCalendarDateTimeNames<Gregorian, DateFieldSet> =
            FixedCalendarDateTimeNames::try_new(parsed.into())
                .map_err(|e| format!("no CLDR data for `{locale}`: {e}"))?;
        names
            .include_month_names(MonthNameLength::Wide)
            .map_err(|e| format!("month names for `{locale}`: {e}"))?
            .include_weekday_names(WeekdayNameLength::Wide)
            .map_err(|e| format!("weekday names for `{locale}`: {e}"))?;
        let month_pattern: DateTimePattern = "MMMM".parse().map_err(|e| format!("{e}"))?;
        let weekday_pattern: DateTimePattern = "EEEE".parse().map_err(|e| format!("{e}"))?;
        let format = |pattern: &DateTimePattern, (y, m, d): (i32, u8, u8)| -> Result<String, String> {
            let date = Date::try_new_gregorian(y, m, d).map_err(|e| format!("{e}"))?;
            let mut out = String::new();
            names
                .with_pattern_unchecked(pattern)
                .format(&date)
                .try_write_to(&mut out)
                .map_err(|e| format!("{e}"))?
                .map_err(|e| format!("{e:?}"))?;
            Ok(out)
        };
        // 2024-01-01 was a Monday: days 1 to 7 of January 2024 are Monday to Sunday.
        let weekdays = (1..=7)
            .map(|d| format(&weekday_pattern, (2024, 1, d)))
            .collect::<Result<_, _>>()?;
        let months = (1..=12)
            .map(|m| format(&month_pattern, (2024, m, 1)))
            .collect::<Result<_, _>>()?;
        Ok(CalendarNames { months, weekdays })
    }

    /// The name of a month, 1 to 12, as used inside a date ("mars", "March").
    pub fn month(&self, month: i8) -> &str {
        self.months
            .get((month as usize).wrapping_sub(1))
            .map_or("", String::as_str)
    }

    /// The name of a weekday, 1 (Monday) to 7 (Sunday).
    pub fn weekday(&self, day: i8) -> &str {
        self.weekdays
            .get((day as usize).wrapping_sub(1))
            .map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_cldr() {
        let fr = CalendarNames::load("fr-CH").unwrap();
        assert_eq!((fr.month(3), fr.weekday(2), fr.month(8)), ("mars", "mardi", "août"));
        let en = CalendarNames::load("en-GB").unwrap();
        assert_eq!((en.month(3), en.weekday(7)), ("March", "Sunday"));
        let de = CalendarNames::load("de-CH").unwrap();
        assert_eq!(de.month(3), "März");
    }
}
