//! An offer's front matter in one language, from the facts drawn for both.

use crate::corpus::{Corpus, EN, FR, SUMMARY_MAX, offer_key};
use crate::offer_facts::Facts;
use crate::offers::{Offer, offer_slug};
use crate::random::rng_bit;
use crate::text::{WEEKDAYS, cap, clock};
use crate::yaml::{yaml_list, ys};
use std::fmt::Write as _;

pub fn front_matter(c: &Corpus, i: usize, choice: &Offer, facts: &Facts, lang: usize) -> String {
    let &Facts {
        topic,
        venue,
        draft,
        mode,
        ref neighbourhoods,
        ref pillars,
        with_period,
        start,
        end,
        weekday,
        time,
        duration,
        ref sessions,
        ref audience,
        age,
        level,
        schedule,
        status,
        price,
        price_reduced,
        price_note,
        ref languages,
        ref accessibility,
        access_note,
        registration,
        registration_required,
        deadline,
        contact,
        image,
        explicit_not_draft,
        nb_index: _,
    } = facts;
    let mut f = String::new();
    f.push_str("---\n");
    writeln!(f, "title: {}", ys(&c.titles[i - 1][lang])).unwrap();
    let mut summary = format!("{}.", cap(topic.goal[lang]));
    let place = if mode == "online" {
        if lang == FR { " En ligne." } else { " Online." }.to_string()
    } else if lang == FR {
        format!(" Lieu : {}, le {}.", venue.name, WEEKDAYS[weekday][FR])
    } else {
        format!(" Venue: {}, on {}s.", venue.name, WEEKDAYS[weekday][EN])
    };
    if summary.chars().count() + place.chars().count() <= SUMMARY_MAX {
        summary.push_str(&place);
    }
    assert!(summary.chars().count() <= SUMMARY_MAX, "summary too long: {summary}");
    writeln!(f, "summary: {}", ys(&summary)).unwrap();
    writeln!(f, "pillars: {}", yaml_list(pillars)).unwrap();
    writeln!(f, "neighbourhoods: {}", yaml_list(neighbourhoods)).unwrap();
    writeln!(f, "provider: {}", ys(venue.provider)).unwrap();
    if !audience.is_empty() {
        writeln!(f, "audience: {}", yaml_list(audience)).unwrap();
    }
    if let Some(a) = age {
        writeln!(f, "age: \"{a}\"").unwrap();
    }
    if let Some(lv) = level {
        writeln!(f, "level: {}", ys(lv[lang])).unwrap();
    }
    if with_period {
        writeln!(f, "start: {start}").unwrap();
        writeln!(f, "end: {end}").unwrap();
    }
    if schedule {
        let wd = WEEKDAYS[weekday][lang];
        let s = if lang == FR {
            format!("Le {wd}, de {} à {}", clock(time, FR), clock(time + duration, FR))
        } else {
            format!("{}s, {} to {}", wd, clock(time, EN), clock(time + duration, EN))
        };
        writeln!(f, "schedule: {}", ys(&s)).unwrap();
    }
    if !sessions.is_empty() {
        f.push_str("sessions:\n");
        for d in sessions {
            let (h0, h1) = (time, time + duration);
            writeln!(f, "  - start: {d}T{:02}:{:02}", h0 / 60, h0 % 60).unwrap();
            writeln!(f, "    end: {d}T{:02}:{:02}", h1 / 60, h1 % 60).unwrap();
        }
    }
    if mode != "onsite" || rng_bit(i, 1) {
        writeln!(f, "mode: {mode}").unwrap();
    }
    if let Some(s) = status {
        writeln!(f, "status: {s}").unwrap();
    }
    match price {
        Some(0.0) => f.push_str("price: free\n"),
        Some(p) if p.fract() != 0.0 => writeln!(f, "price: {p:.2}").unwrap(),
        Some(p) => writeln!(f, "price: {p}").unwrap(),
        None => {}
    }
    if let Some(r) = price_reduced {
        if r.fract() != 0.0 {
            writeln!(f, "price_reduced: {r:.2}").unwrap();
        } else {
            writeln!(f, "price_reduced: {r}").unwrap();
        }
    }
    if let Some(n) = price_note {
        writeln!(f, "price_note: {}", ys(n[lang])).unwrap();
    }
    if !languages.is_empty() {
        writeln!(f, "languages: {}", yaml_list(languages)).unwrap();
    }
    if mode != "online" {
        f.push_str("location:\n");
        writeln!(f, "  name: {}", ys(venue.name)).unwrap();
        writeln!(f, "  address: {}", ys(venue.address)).unwrap();
        writeln!(f, "  stop: {}", ys(venue.stop)).unwrap();
    }
    if !accessibility.is_empty() {
        writeln!(f, "accessibility: {}", yaml_list(accessibility)).unwrap();
    }
    if let Some(n) = access_note {
        writeln!(f, "accessibility_note: {}", ys(n[lang])).unwrap();
    }
    if registration {
        writeln!(f, "registration: {}", venue.web).unwrap();
    }
    if let Some(r) = registration_required {
        writeln!(f, "registration_required: {r}").unwrap();
    }
    if let Some(d) = deadline {
        writeln!(f, "registration_deadline: {d}").unwrap();
    }
    if contact {
        writeln!(f, "contact: {}", venue.mail).unwrap();
    }
    if let Some(alt) = image {
        writeln!(
            f,
            "image: https://apprendre.lausanne.ch/media/offres/{}.jpg",
            offer_key(i)
        )
        .unwrap();
        writeln!(f, "image_alt: {}", ys(alt[lang])).unwrap();
    }
    writeln!(f, "slug: {}", offer_slug(choice, i, lang)).unwrap();
    if draft {
        f.push_str("draft: true\n");
    } else if explicit_not_draft {
        f.push_str("draft: false\n");
    }
    f.push_str("---\n");
    f
}
