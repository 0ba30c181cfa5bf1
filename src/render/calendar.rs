//! iCalendar files (RFC 5545): one per dated offer, and calendar feeds per language, pillar and
//! neighbourhood. Times are Lausanne local times with a Europe/Zurich VTIMEZONE; DTSTAMP is the
//! build date so that output stays reproducible.

use super::Output;
use crate::document::Meta;
use crate::document::values::Status;
use crate::site::Site;
use crate::source::Section;
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike, EventStatus};

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

fn calendar(name: &str, events: Vec<Event>) -> Vec<u8> {
    let mut cal = Calendar::new();
    // The crate escapes the text of events but writes the calendar's own name as it is: a title
    // with a line break would otherwise start a property of its own.
    cal.name(&escape_text(name));
    for ev in events {
        cal.push(ev);
    }
    let text = cal.done().to_string();
    // The VTIMEZONE goes right after the calendar's own properties, before the first event.
    let text = match text.find("BEGIN:VEVENT") {
        Some(i) => format!("{}{VTIMEZONE}{}", &text[..i], &text[i..]),
        None => text.replacen("END:VCALENDAR", &format!("{VTIMEZONE}END:VCALENDAR"), 1),
    };
    text.into_bytes()
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
    let mut out = Vec::new();
    for (i, e) in site.entries.iter().enumerate() {
        if e.doc.section == Section::Offers && is_dated(site, i) {
            out.push(Output {
                path: format!("{}{CALENDAR_FILE}", e.url.trim_start_matches('/')),
                bytes: calendar(e.doc.title(), events(site, i, &host)),
            });
        }
    }
    for (lang, index) in site.langs.iter().enumerate() {
        let feed = |page: String, title: String, offers: &[usize]| Output {
            path: format!("{}{CALENDAR_FILE}", page.trim_start_matches('/')),
            bytes: calendar(
                &format!("{title} – {}", site.config.languages[lang].title),
                offers
                    .iter()
                    .filter(|&&i| !site.entries[i].doc.draft)
                    .flat_map(|&i| events(site, i, &host))
                    .collect(),
            ),
        };
        let all: Vec<usize> = index
            .current_offers
            .iter()
            .chain(&index.finished_offers)
            .copied()
            .collect();
        out.push(feed(
            site.section_url(Section::Offers, lang),
            list_title(lang, Section::Offers),
            &all,
        ));
        for (t, listed) in site.terms(lang) {
            let e = &site.entries[t];
            let offers: Vec<usize> = listed
                .current_offers
                .iter()
                .chain(&listed.finished_offers)
                .copied()
                .collect();
            out.push(feed(e.url.clone(), e.doc.title().to_string(), &offers));
        }
    }
    out
}
