//! An offer's facts: mode, places, pillars, dates, audience, price, languages, access and
//! registration, the things its front matter says in both languages.

use crate::corpus::today;
use crate::phrases::{ACCESS_NOTES, IMAGE_ALTS, LEVELS, PRICE_NOTES};
use crate::random::Rng;
use crate::terms::{NEIGHBOURHOODS, PILLARS};
use crate::text::add_days;
use crate::topics::Topic;
use crate::venues::Venue;
use jiff::civil::{Date, date};

/// What an offer's front matter says, drawn once for both languages.
pub struct Facts {
    pub topic: &'static Topic,
    pub venue: &'static Venue,
    pub draft: bool,
    pub mode: &'static str,
    pub neighbourhoods: Vec<&'static str>,
    /// The first neighbourhood, as an index of `NEIGHBOURHOODS`.
    pub nb_index: usize,
    pub pillars: Vec<&'static str>,
    pub with_period: bool,
    pub start: Date,
    pub end: Date,
    pub weekday: usize,
    /// Minutes after midnight.
    pub time: i64,
    pub duration: i64,
    pub sessions: Vec<Date>,
    pub audience: Vec<&'static str>,
    pub age: Option<&'static str>,
    pub level: Option<[&'static str; 2]>,
    pub schedule: bool,
    pub status: Option<&'static str>,
    pub price: Option<f64>,
    pub price_reduced: Option<f64>,
    pub price_note: Option<[&'static str; 2]>,
    pub languages: Vec<&'static str>,
    pub accessibility: Vec<&'static str>,
    pub access_note: Option<[&'static str; 2]>,
    pub registration: bool,
    pub registration_required: Option<bool>,
    pub deadline: Option<Date>,
    pub contact: bool,
    pub image: Option<[&'static str; 2]>,
    pub explicit_not_draft: bool,
}

impl Facts {
    /// Draws the facts from the offer's stream, after its three naming choices: the order of the
    /// draws is part of the corpus, so they keep the order they always had.
    pub fn draw(rng: &mut Rng, topic: &'static Topic, venue: &'static Venue, draft: bool) -> Facts {
        // Mode and places.
        let mode = match rng.below(10) {
            0 => "online",
            1 | 2 => "mixed",
            _ => "onsite",
        };
        let mut neighbourhoods: Vec<&str> = Vec::new();
        if mode == "online" {
            neighbourhoods.push("online");
        } else {
            neighbourhoods.push(venue.neighbourhood);
            if mode == "mixed" {
                neighbourhoods.push("online");
            }
            if rng.chance(0.15) {
                neighbourhoods.push("citywide");
            } else if rng.chance(0.1) {
                let extra = *rng.pick(&NEIGHBOURHOODS[..18]);
                if !neighbourhoods.contains(&extra) {
                    neighbourhoods.push(extra);
                }
            }
        }
        let nb_index = NEIGHBOURHOODS.iter().position(|k| *k == neighbourhoods[0]).unwrap();

        let mut pillars: Vec<&str> = topic.pillars.to_vec();
        if rng.chance(0.3) {
            let extra = *rng.pick(&PILLARS);
            if !pillars.contains(&extra) {
                pillars.push(extra);
            }
        }

        // Dates: ~10% finished before today, the rest current or upcoming.
        let past = rng.chance(0.10);
        let with_period = past || rng.chance(0.85);
        let (start, end) = if past {
            let end = add_days(date(2026, 1, 10), rng.range(0, 314));
            (add_days(end, -rng.range(0, 120)), end)
        } else {
            let start = add_days(date(2026, 9, 1), rng.range(0, 300));
            let mut end = add_days(start, rng.range(0, 240));
            if end < today() {
                end = add_days(today(), rng.range(1, 200));
            }
            (start, end)
        };
        let weekday = start.weekday().to_monday_zero_offset() as usize;
        let time = *rng.pick(&[
            9 * 60,
            10 * 60 + 30,
            14 * 60,
            14 * 60 + 30,
            16 * 60 + 15,
            18 * 60,
            19 * 60,
        ]);
        let duration = *rng.pick(&[60, 90, 120, 180]);
        let sessions: Vec<Date> = if rng.chance(0.35) {
            let count = rng.range(1, 4);
            let span = (end - start).get_days().max(0) as i64;
            let span = if with_period { span } else { 120 };
            let first = if with_period { start } else { add_days(today(), 7) };
            let mut days: Vec<i64> = (0..count).map(|_| rng.range(0, span)).collect();
            days.sort_unstable();
            days.dedup();
            days.into_iter().map(|d| add_days(first, d)).collect()
        } else {
            Vec::new()
        };

        let audience: Vec<&str> = if rng.chance(0.7) {
            topic.audience.to_vec()
        } else {
            Vec::new()
        };
        let age = if rng.chance(0.4) {
            Some(match audience.first().copied().unwrap_or("adults") {
                "children" => *rng.pick(&["3-5", "6-9", "7-12", "8-12"]),
                "youth" => *rng.pick(&["12-16", "13-18", "16-25"]),
                "seniors" => *rng.pick(&["60+", "65+"]),
                "families" => *rng.pick(&["4-10", "6-12"]),
                _ => *rng.pick(&["16+", "18+"]),
            })
        } else {
            None
        };
        let level = rng.chance(0.3).then(|| *rng.pick(LEVELS));
        let schedule = rng.chance(0.6);
        let status = match rng.below(100) {
            0..=6 => Some("full"),
            7..=10 => Some("cancelled"),
            11..=14 => Some("postponed"),
            15..=29 => None,
            _ => Some("scheduled"),
        };
        let price: Option<f64> = if rng.chance(0.08) {
            None
        } else if rng.chance(0.5) {
            Some(0.0)
        } else {
            Some(*rng.pick(&[
                5.0, 8.0, 10.0, 12.5, 15.0, 20.0, 25.0, 30.0, 45.0, 60.0, 80.0, 120.0, 180.0, 250.0,
            ]))
        };
        let price_reduced = match price {
            Some(p) if p >= 10.0 && rng.chance(0.4) => Some((p / 2.0 * 2.0).round() / 2.0),
            _ => None,
        };
        let price_note = rng.chance(0.3).then(|| *rng.pick(PRICE_NOTES));
        let mut languages: Vec<&str> = Vec::new();
        if rng.chance(0.8) {
            if topic.taught.is_empty() || rng.chance(0.3) {
                languages.push("fr");
            }
            if !topic.taught.is_empty() {
                let l = *rng.pick(topic.taught);
                if !languages.contains(&l) {
                    languages.push(l);
                }
            }
            if rng.chance(0.1) && !languages.contains(&"en") {
                languages.push("en");
            }
        }
        let accessibility: Vec<&str> = if rng.chance(0.5) {
            let all = ["step-free", "hearing-loop", "sign-language", "easy-read"];
            let k = 1 + rng.below(3);
            rng.distinct(4, k).into_iter().map(|j| all[j]).collect()
        } else {
            Vec::new()
        };
        let access_note = rng.chance(0.25).then(|| *rng.pick(ACCESS_NOTES));
        let registration = rng.chance(0.5);
        let registration_required = match rng.below(10) {
            0..=3 => None,
            4..=7 => Some(true),
            _ => Some(false),
        };
        let deadline = (with_period && rng.chance(0.3)).then(|| add_days(start, -rng.range(3, 14)));
        let contact = rng.chance(0.5);
        let image = rng.chance(0.15).then(|| *rng.pick(IMAGE_ALTS));
        let explicit_not_draft = !draft && rng.chance(0.05);
        Facts {
            topic,
            venue,
            draft,
            mode,
            neighbourhoods,
            nb_index,
            pillars,
            with_period,
            start,
            end,
            weekday,
            time,
            duration,
            sessions,
            audience,
            age,
            level,
            schedule,
            status,
            price,
            price_reduced,
            price_note,
            languages,
            accessibility,
            access_note,
            registration,
            registration_required,
            deadline,
            contact,
            image,
            explicit_not_draft,
        }
    }
}
