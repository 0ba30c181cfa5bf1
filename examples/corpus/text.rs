//! Text in both languages: long dates, clock times, capitals and word counts.

use crate::corpus::FR;
use jiff::ToSpan;
use jiff::civil::Date;

pub const WEEKDAYS: [[&str; 2]; 7] = [
    ["lundi", "Monday"],
    ["mardi", "Tuesday"],
    ["mercredi", "Wednesday"],
    ["jeudi", "Thursday"],
    ["vendredi", "Friday"],
    ["samedi", "Saturday"],
    ["dimanche", "Sunday"],
];
pub const MONTHS: [[&str; 2]; 12] = [
    ["janvier", "January"],
    ["février", "February"],
    ["mars", "March"],
    ["avril", "April"],
    ["mai", "May"],
    ["juin", "June"],
    ["juillet", "July"],
    ["août", "August"],
    ["septembre", "September"],
    ["octobre", "October"],
    ["novembre", "November"],
    ["décembre", "December"],
];

pub fn long_date(d: Date, lang: usize) -> String {
    let wd = WEEKDAYS[d.weekday().to_monday_zero_offset() as usize][lang];
    let m = MONTHS[d.month() as usize - 1][lang];
    if lang == FR {
        let day = if d.day() == 1 {
            "1er".to_string()
        } else {
            d.day().to_string()
        };
        format!("{wd} {day} {m} {}", d.year())
    } else {
        format!("{wd} {} {m} {}", d.day(), d.year())
    }
}

pub fn clock(minutes: i64, lang: usize) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (lang, m) {
        (FR, 0) => format!("{h} h"),
        (FR, _) => format!("{h} h {m:02}"),
        _ => format!("{h:02}:{m:02}"),
    }
}

pub fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

pub fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

pub fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(n.days()).expect("date in range")
}
