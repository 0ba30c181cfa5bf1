//! schema.org structured data (JSON-LD) for each page: offers as `Course` with a
//! `CourseInstance` (or `EducationEvent` for a one-off dated event), news as `NewsArticle`,
//! `Organization` and `WebSite` on the home page, and a `BreadcrumbList` everywhere.

use super::format::iso_local;
use crate::document::values::{Audience, Mode, Price, Status};
use crate::document::{Meta, OfferMeta};
use crate::site::Site;
use serde::Serialize;

mod nodes;

// Typed nodes (`nodes.rs`) rather than `serde_json::Value` maps: the structured data is made for
// every page of every build, and maps of owned strings were most of the time spent on a page's
// context.
use nodes::*;

/// A JSON value as the body of a `<script type="application/ld+json">`: `<`, `>` and `&` are
/// written as `\u` escapes so no text in it can close the script.
pub(crate) fn script_body(value: &impl Serialize) -> String {
    let text = serde_json::to_string(value).unwrap_or_default();
    if !text.bytes().any(|b| matches!(b, b'<' | b'>' | b'&')) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 64);
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

/// `(name, absolute URL)` of each step from the home page to this page.
pub(crate) type Crumbs = Vec<(String, String)>;

fn organization(name: &str) -> Organization<'_> {
    Organization {
        kind: "Organization",
        name,
        url: None,
    }
}

fn breadcrumbs(crumbs: &Crumbs) -> Node<'_> {
    let items = crumbs
        .iter()
        .enumerate()
        .map(|(i, (name, url))| ListItem {
            kind: "ListItem",
            item: url,
            name,
            position: i + 1,
        })
        .collect();
    Node::Breadcrumbs(Breadcrumbs {
        kind: "BreadcrumbList",
        items,
    })
}

fn audience(o: &OfferMeta) -> Option<PeopleAudience> {
    if o.audience.is_empty() && o.age.is_none() {
        return None;
    }
    let types: Vec<&str> = o
        .audience
        .iter()
        .map(|a| match a {
            Audience::Children => "children",
            Audience::Youth => "young people",
            Audience::Adults => "adults",
            Audience::Seniors => "seniors",
            Audience::Families => "families",
            Audience::Everyone => "general public",
        })
        .collect();
    Some(PeopleAudience {
        kind: "PeopleAudience",
        audience_type: types.join(", "),
        max_age: o.age.and_then(|a| a.max),
        min_age: o.age.map(|a| a.min),
    })
}

fn location<'a>(o: &'a OfferMeta, url: &'a str) -> Location<'a> {
    let place = o.location.as_ref().map(|p| {
        Where::Place(Place {
            kind: "Place",
            address: p.address.as_deref().map(|street| PostalAddress {
                kind: "PostalAddress",
                country: "CH",
                street,
            }),
            name: &p.name,
        })
    });
    let virtual_location = Where::Virtual(VirtualLocation {
        kind: "VirtualLocation",
        url: o.registration.as_deref().unwrap_or(url),
    });
    match (o.mode, place) {
        (Mode::Online, _) | (_, None) => Location::One(virtual_location),
        (Mode::Mixed, Some(place)) => Location::Both([place, virtual_location]),
        (Mode::Onsite, Some(place)) => Location::One(place),
    }
}

/// The fields of an offer's dates, place, price and audience, for an event or course instance.
fn event<'a>(o: &'a OfferMeta, url: &'a str, kind: &'static str) -> Event<'a> {
    let (start, end) = match (o.sessions.first(), o.sessions.last()) {
        (Some(first), Some(last)) => (Some(iso_local(first.start.0)), Some(iso_local(last.end.0))),
        _ => (o.start.map(|d| d.0.to_string()), o.end.map(|d| d.0.to_string())),
    };
    let offers = o.price.map(|price| Offer {
        kind: "Offer",
        availability: if o.status == Status::Full {
            "https://schema.org/SoldOut"
        } else {
            "https://schema.org/InStock"
        },
        price: match price {
            Price::Free => "0".to_string(),
            Price::Amount(c) => format!("{}.{:02}", c.0 / 100, c.0 % 100),
        },
        currency: "CHF",
        url: o.registration.as_deref().unwrap_or(url),
    });
    Event {
        kind,
        audience: audience(o),
        end_date: end,
        attendance_mode: match o.mode {
            Mode::Onsite => "https://schema.org/OfflineEventAttendanceMode",
            Mode::Online => "https://schema.org/OnlineEventAttendanceMode",
            Mode::Mixed => "https://schema.org/MixedEventAttendanceMode",
        },
        status: match o.status {
            Status::Cancelled => "https://schema.org/EventCancelled",
            Status::Postponed => "https://schema.org/EventPostponed",
            Status::Scheduled | Status::Full => "https://schema.org/EventScheduled",
        },
        in_language: (!o.languages.is_empty()).then_some(o.languages.as_slice()),
        free: o.price.map(|p| p == Price::Free),
        location: Some(location(o, url)),
        offers,
        organizer: Some(organization(&o.provider)),
        start_date: start,
        age_range: o.age.map(|a| a.to_string()),
        ..Event::default()
    }
}

/// The structured data of an entry page.
pub(crate) fn entry<'a>(site: &'a Site, entry: usize, url: &'a str, crumbs: &'a Crumbs) -> Graph<'a> {
    let e = &site.entries[entry];
    let main = match &e.doc.meta {
        Meta::Offer(o) => {
            let one_off = o.sessions.len() == 1 || (o.sessions.is_empty() && o.start.is_some() && o.start == o.end);
            if one_off {
                Some(Node::Event(Box::new(Event {
                    description: Some(&o.summary),
                    name: Some(&o.title),
                    url: Some(url),
                    ..event(o, url, "EducationEvent")
                })))
            } else {
                let instance = Event {
                    course_mode: Some(o.mode.as_str()),
                    course_schedule: o.schedule.as_deref().map(|description| Schedule {
                        kind: "Schedule",
                        description,
                    }),
                    ..event(o, url, "CourseInstance")
                };
                Some(Node::Course(Course {
                    kind: "Course",
                    description: &o.summary,
                    educational_level: o.level.as_deref(),
                    instance: Box::new(instance),
                    in_language: (!o.languages.is_empty()).then_some(o.languages.as_slice()),
                    name: &o.title,
                    provider: organization(&o.provider),
                    url,
                }))
            }
        }
        Meta::News(n) => Some(Node::News(News {
            kind: "NewsArticle",
            date_published: n.date.0.to_string(),
            description: &n.summary,
            headline: &n.title,
            in_language: &site.config.languages[e.doc.lang].locale,
            publisher: organization(&site.config.languages[e.doc.lang].title),
            url: url.to_string(),
        })),
        Meta::Plain(_) => None,
    };
    graph(main.into_iter().chain([breadcrumbs(crumbs)]).collect())
}

/// The structured data of the home page.
pub(crate) fn home<'a>(site: &'a Site, lang: usize, crumbs: &'a Crumbs) -> Graph<'a> {
    let l = &site.config.languages[lang];
    graph(vec![
        Node::Organization(Organization {
            kind: "Organization",
            name: &l.title,
            url: Some(site.config.absolute_url("/")),
        }),
        Node::WebSite(WebSite {
            kind: "WebSite",
            in_language: &l.locale,
            name: &l.title,
            url: site.config.absolute_url(&site.home_url(lang)),
        }),
        breadcrumbs(crumbs),
    ])
}

/// The structured data of a list page.
pub(crate) fn list(crumbs: &Crumbs) -> Graph<'_> {
    graph(vec![breadcrumbs(crumbs)])
}

fn graph(items: Vec<Node<'_>>) -> Graph<'_> {
    Graph {
        context: "https://schema.org",
        graph: items,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use serde_json::{Value, json};

    #[test]
    fn script_body_cannot_close_its_script() {
        let v = json!({"name": "</script><script>alert(1)</script> & co"});
        let body = script_body(&v);
        assert!(!body.contains('<') && !body.contains('>') && !body.contains('&'));
        assert_eq!(serde_json::from_str::<Value>(&body).unwrap(), v, "still the same JSON");
    }
}
