//! iCalendar files (RFC 5545): one per dated offer, and calendar feeds per language, pillar and
//! neighbourhood. Times are Lausanne local times with a Europe/Zurich VTIMEZONE; DTSTAMP is the
//! build date so that output stays reproducible.

use super::Output;
use crate::document::Meta;
use crate::document::values::Status;
use crate::site::Site;
use crate::source::Section;
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike, EventStatus};
use rayon::prelude::*;

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

/// The events of one offer entry: one per session, else one all-day event over its period.
fn events(site: &Site, entry: usize, host: &str) -> Vec<Event> {
    let e = &site.entries[entry];
    let Meta::Offer(o) = &e.doc.meta else { return Vec::new() };
    let url = site.config.absolute_url(&e.url);
    let lang = &site.config.languages[e.doc.lang].code;
    let stamp = chrono::DateTime::<chrono::Utc>::from_naive_utc_and_offset(
        naive(site.config.today.to_datetime(jiff::civil::Time::midnight())),
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
    let key = e.doc.key.replace('/', "-");
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
fn calendar<'a>(name: &str, events: impl Iterator<Item = &'a str>) -> Vec<u8> {
    let mut cal = Calendar::new();
    // The crate escapes the text of events but writes the calendar's own name as it is: a title
    // with a line break would otherwise start a property of its own.
    cal.name(&escape_text(name));
    let head = cal.done().to_string();
    let head = head.strip_suffix("END:VCALENDAR\r\n").unwrap_or(&head);
    let mut text = String::with_capacity(head.len() + VTIMEZONE.len() + 64);
    text.push_str(head);
    text.push_str(VTIMEZONE);
    for ev in events {
        text.push_str(ev);
    }
    text.push_str("END:VCALENDAR\r\n");
    text.into_bytes()
}

/// The events of one offer entry as iCalendar text (empty when it has no dates).
fn events_text(site: &Site, entry: usize, host: &str) -> String {
    events(site, entry, host)
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

/// The calendar of every dated offer, and the calendar feeds.
pub(crate) fn render_all(site: &Site, list_title: &dyn Fn(usize, Section) -> String) -> Vec<Output> {
    let host = host(site);
    // Each offer's events are written once, then put in its own calendar and in every feed.
    let texts: Vec<Option<String>> = (0..site.entries.len())
        .into_par_iter()
        .map(|i| {
            (site.entries[i].doc.section == Section::Offers && is_dated(site, i)).then(|| events_text(site, i, &host))
        })
        .collect();
    let mut out: Vec<Output> = texts
        .par_iter()
        .enumerate()
        .filter_map(|(i, text)| {
            let e = &site.entries[i];
            Some(Output {
                path: format!("{}{CALENDAR_FILE}", e.url.trim_start_matches('/')),
                bytes: calendar(e.doc.title(), std::iter::once(text.as_deref()?)),
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
        out.par_extend(feeds.into_par_iter().map(|(page, title, offers)| {
            Output {
                path: format!("{}{CALENDAR_FILE}", page.trim_start_matches('/')),
                bytes: calendar(
                    &format!("{title} – {}", site.config.languages[lang].title),
                    offers
                        .iter()
                        .filter(|&&i| !site.entries[i].doc.draft)
                        .filter_map(|&i| texts[i].as_deref()),
                ),
            }
        }));
    }
    out
}
