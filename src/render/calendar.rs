//! iCalendar files (RFC 5545): one per dated offer, and calendar feeds per language, pillar and
//! neighbourhood. Times are Lausanne local times with a Europe/Zurich VTIMEZONE; DTSTAMP is the
//! build date so that output stays reproducible.

use super::SharedOutput;
use super::cache::Hasher;
use super::emit::{Emit, Emitted, KeptFiles, Made, kept_and_emitted};
use crate::config::Config;
use crate::document::values::Status;
use crate::document::{Document, Meta};
use crate::site::Site;
use crate::source::Section;
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike, EventStatus};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// File name of a calendar beside its page.
pub const CALENDAR_FILE: &str = "calendar.ics";

/// The VTIMEZONE of Europe/Zurich (CET/CEST, EU rules since 1981), which every TZID refers to.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19810329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19961027T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

fn naive(t: jiff::civil::DateTime) -> chrono::NaiveDateTime {
    let date = chrono::NaiveDate::from_ymd_opt(t.year().into(), t.month() as u32, t.day() as u32).unwrap_or_default();
    date.and_hms_opt(t.hour() as u32, t.minute() as u32, 0)
        .unwrap_or_default()
}

fn naive_date(d: jiff::civil::Date) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(d.year().into(), d.month() as u32, d.day() as u32).unwrap_or_default()
}

/// The events of the offer in `doc`, whose page is at `url`: one per session, else one all-day
/// event over its period. It is given what it reads and nothing else, so that its text can be
/// kept by those (see [`CalendarCache`]).
fn events(doc: &Document, url: &str, config: &Config, host: &str) -> Vec<Event> {
    let Meta::Offer(o) = &doc.meta else { return Vec::new() };
    let url = config.absolute_url(url);
    let lang = &config.languages[doc.lang].code;
    let stamp = chrono::DateTime::<chrono::Utc>::from_naive_utc_and_offset(
        naive(config.today.to_datetime(jiff::civil::Time::midnight())),
        chrono::Utc,
    );
    let place = o.location.as_ref().map(|p| match &p.address {
        Some(a) => format!("{}, {a}", p.name),
        None => p.name.clone(),
    });
    let base = |uid: String| {
        let mut ev = Event::new();
        ev.uid(&uid)
            .timestamp(stamp)
            .summary(&o.title)
            .description(&format!("{}\n\n{url}", o.summary))
            .url(&url);
        if let Some(p) = &place {
            ev.location(p);
        }
        if let Some(mail) = &o.contact {
            ev.append_property(
                icalendar::Property::new("ORGANIZER", format!("mailto:{mail}"))
                    .add_parameter("CN", &o.provider)
                    .done(),
            );
        }
        match o.status {
            Status::Cancelled => ev.status(EventStatus::Cancelled),
            Status::Postponed => ev.status(EventStatus::Tentative),
            _ => ev.status(EventStatus::Confirmed),
        };
        ev
    };
    let key = doc.key.replace('/', "-");
    if !o.sessions.is_empty() {
        return o
            .sessions
            .iter()
            .enumerate()
            .map(|(n, s)| {
                let mut ev = base(format!("{key}-{}-{lang}@{host}", n + 1));
                ev.starts(CalendarDateTime::WithTimezone {
                    date_time: naive(s.start.0),
                    tzid: "Europe/Zurich".into(),
                });
                ev.ends(CalendarDateTime::WithTimezone {
                    date_time: naive(s.end.0),
                    tzid: "Europe/Zurich".into(),
                });
                ev.done()
            })
            .collect();
    }
    match (o.start, o.end.or(o.start)) {
        (Some(start), Some(end)) => {
            let mut ev = base(format!("{key}-{lang}@{host}"));
            ev.starts(naive_date(start.0));
            // DTEND of an all-day event is exclusive.
            ev.ends(naive_date(end.0.tomorrow().unwrap_or(end.0)));
            vec![ev.done()]
        }
        _ => Vec::new(),
    }
}

/// A TEXT value as RFC 5545 (3.3.11) writes it: `\\`, `\;`, `\,` and `\n` for line breaks.
fn escape_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\n")
        .replace(['\r', '\n'], "\\n")
}

/// A calendar named `name` of events already written as text (see [`events_text`]), with the
/// VTIMEZONE they refer to after the calendar's own properties.
fn calendar(name: &str, events: &[&str]) -> Vec<u8> {
    let mut cal = Calendar::new();
    // The crate escapes the text of events but writes the calendar's own name as it is: a title
    // with a line break would otherwise start a property of its own.
    cal.name(&escape_text(name));
    let head = cal.done().to_string();
    let head = head.strip_suffix("END:VCALENDAR\r\n").unwrap_or(&head);
    const END: &str = "END:VCALENDAR\r\n";
    // The size is known: one allocation (a feed of every offer is megabytes).
    let size = head.len() + VTIMEZONE.len() + events.iter().map(|e| e.len()).sum::<usize>() + END.len();
    let mut text = String::with_capacity(size);
    text.push_str(head);
    text.push_str(VTIMEZONE);
    for ev in events {
        text.push_str(ev);
    }
    text.push_str(END);
    text.into_bytes()
}

/// The events of one offer as iCalendar text (empty when it has no dates).
fn events_text(doc: &Document, url: &str, config: &Config, host: &str) -> String {
    events(doc, url, config, host)
        .iter()
        .map(|ev| ev.try_into_string().unwrap_or_default())
        .collect()
}

fn host(site: &Site) -> String {
    site.config
        .base_url
        .split("://")
        .nth(1)
        .unwrap_or("savoirs")
        .split('/')
        .next()
        .unwrap_or("savoirs")
        .to_string()
}

/// Whether an offer entry has anything to put in a calendar.
pub(crate) fn is_dated(site: &Site, entry: usize) -> bool {
    matches!(&site.entries[entry].doc.meta, Meta::Offer(o) if !o.sessions.is_empty() || o.start.is_some())
}

/// What the preview keeps of the calendars between builds: each offer's events text with the
/// parsed file (held, so that it is compared by identity), the URL and the configuration it was
/// written from, which are all [`events`] is given; and each calendar file with the hash of its
/// name and events.
#[derive(Debug, Default)]
pub(crate) struct CalendarCache {
    config: String,
    events: HashMap<PathBuf, (Arc<Document>, String, Arc<str>)>,
    files: KeptFiles,
}

/// One calendar to write: its path, name and events.
struct Planned {
    path: String,
    name: String,
    events: Vec<Arc<str>>,
}

/// The calendar of every dated offer, and the calendar feeds. With a `cache` (the preview),
/// texts and files made from the same inputs as last time are taken from it, and it is left
/// with this build's.
pub(crate) fn render_all(
    site: &Site,
    list_title: &dyn Fn(usize, Section) -> String,
    cache: Option<&mut CalendarCache>,
    out: Emit<'_>,
) -> Vec<Emitted> {
    let host = host(site);
    let mut cache = cache;
    let keep = cache.is_some();
    let fingerprint = if keep { site.config.fingerprint() } else { String::new() };
    let old = match cache.as_deref_mut() {
        Some(c) if c.config == fingerprint => std::mem::take(c),
        Some(c) => {
            *c = CalendarCache::default();
            CalendarCache::default()
        }
        None => CalendarCache::default(),
    };
    // Each offer's events are written once, then put in its own calendar and in every feed.
    let texts: Vec<Option<Arc<str>>> = (0..site.entries.len())
        .into_par_iter()
        .map(|i| {
            let e = &site.entries[i];
            if e.doc.section != Section::Offers || !is_dated(site, i) {
                return None;
            }
            match old.events.get(&e.doc.path) {
                Some((doc, url, text)) if Arc::ptr_eq(doc, &e.doc) && *url == e.url => Some(Arc::clone(text)),
                _ => Some(Arc::from(events_text(&e.doc, &e.url, &site.config, &host))),
            }
        })
        .collect();
    let mut planned: Vec<Planned> = texts
        .iter()
        .enumerate()
        .filter_map(|(i, text)| {
            let e = &site.entries[i];
            Some(Planned {
                path: format!("{}{CALENDAR_FILE}", e.url.trim_start_matches('/')),
                name: e.doc.title().to_string(),
                events: vec![Arc::clone(text.as_ref()?)],
            })
        })
        .collect();
    for (lang, index) in site.langs.iter().enumerate() {
        let mut feeds: Vec<(String, String, Vec<usize>)> = vec![(
            site.section_url(Section::Offers, lang),
            list_title(lang, Section::Offers),
            index
                .current_offers
                .iter()
                .chain(&index.finished_offers)
                .copied()
                .collect(),
        )];
        for (t, listed) in site.terms(lang) {
            let e = &site.entries[t];
            let offers = listed
                .current_offers
                .iter()
                .chain(&listed.finished_offers)
                .copied()
                .collect();
            feeds.push((e.url.clone(), e.doc.title().to_string(), offers));
        }
        planned.extend(feeds.into_iter().map(|(page, title, offers)| {
            Planned {
                path: format!("{}{CALENDAR_FILE}", page.trim_start_matches('/')),
                name: format!("{title} – {}", site.config.languages[lang].title),
                events: offers
                    .iter()
                    .filter(|&&i| !site.entries[i].doc.draft)
                    .filter_map(|&i| texts[i].clone())
                    .collect(),
            }
        }));
    }
    // Each file is given to `out` as soon as it is made; the preview's cache keeps its bytes.
    let made: Vec<Made> = planned
        .into_par_iter()
        .map(|p| {
            let events: Vec<&str> = p.events.iter().map(|e| e.as_ref()).collect();
            if !keep {
                let bytes = Arc::new(calendar(&p.name, &events));
                return (None, out.file(SharedOutput { path: p.path, bytes }));
            }
            let mut h = Hasher::new();
            h.piece(p.name.as_bytes());
            for e in &events {
                h.piece(e.as_bytes());
            }
            let key = h.finish();
            let bytes = match old.files.get(&p.path) {
                Some((k, bytes)) if *k == key => Arc::clone(bytes),
                _ => Arc::new(calendar(&p.name, &events)),
            };
            let kept = (p.path.clone(), key, Arc::clone(&bytes));
            (Some(kept), out.file(SharedOutput { path: p.path, bytes }))
        })
        .collect();
    let (files, emitted) = kept_and_emitted(made);
    if let Some(c) = cache {
        c.config = fingerprint;
        c.events = texts
            .iter()
            .enumerate()
            .filter_map(|(i, text)| {
                let e = &site.entries[i];
                let kept = (Arc::clone(&e.doc), e.url.clone(), Arc::clone(text.as_ref()?));
                Some((e.doc.path.clone(), kept))
            })
            .collect();
        c.files = files;
    }
    emitted
}
