//! schema.org structured data (JSON-LD) for each page: offers as `Course` with a
//! `CourseInstance` (or `EducationEvent` for a one-off dated event), news as `NewsArticle`,
//! `Organization` and `WebSite` on the home page, and a `BreadcrumbList` everywhere.

use super::format::iso_local;
use crate::document::values::{Audience, Mode, Price, Status};
use crate::document::{Meta, OfferMeta};
use crate::site::Site;
use serde_json::{Value, json};

/// A JSON value as the body of a `<script type="application/ld+json">`: `<`, `>` and `&` are
/// written as `\u` escapes so no text in it can close the script.
pub(crate) fn script_body(value: &Value) -> String {
    let text = serde_json::to_string(value).unwrap_or_default();
    text.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// `(name, absolute URL)` of each step from the home page to this page.
pub(crate) type Crumbs = Vec<(String, String)>;

fn breadcrumbs(crumbs: &Crumbs) -> Value {
    let items: Vec<Value> = crumbs
        .iter()
        .enumerate()
        .map(|(i, (name, url))| json!({"@type": "ListItem", "position": i + 1, "name": name, "item": url}))
        .collect();
    json!({"@type": "BreadcrumbList", "itemListElement": items})
}

fn audience(o: &OfferMeta) -> Option<Value> {
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
    let mut a = json!({"@type": "PeopleAudience", "audienceType": types.join(", ")});
    if let Some(age) = o.age {
        a["suggestedMinAge"] = json!(age.min);
        if let Some(max) = age.max {
            a["suggestedMaxAge"] = json!(max);
        }
    }
    Some(a)
}

fn location(o: &OfferMeta, url: &str) -> Value {
    let place = o.location.as_ref().map(|p| {
        let mut place = json!({"@type": "Place", "name": p.name});
        if let Some(address) = &p.address {
            place["address"] = json!({"@type": "PostalAddress", "streetAddress": address, "addressCountry": "CH"});
        }
        place
    });
    let virtual_location = json!({"@type": "VirtualLocation", "url": o.registration.as_deref().unwrap_or(url)});
    match (o.mode, place) {
        (Mode::Online, _) | (_, None) => virtual_location,
        (Mode::Mixed, Some(place)) => json!([place, virtual_location]),
        (Mode::Onsite, Some(place)) => place,
    }
}

fn event_fields(o: &OfferMeta, url: &str, v: &mut Value) {
    let (start, end) = match (o.sessions.first(), o.sessions.last()) {
        (Some(first), Some(last)) => (Some(iso_local(first.start.0)), Some(iso_local(last.end.0))),
        _ => (o.start.map(|d| d.0.to_string()), o.end.map(|d| d.0.to_string())),
    };
    if let Some(s) = start {
        v["startDate"] = json!(s);
    }
    if let Some(e) = end {
        v["endDate"] = json!(e);
    }
    v["location"] = location(o, url);
    v["eventAttendanceMode"] = json!(match o.mode {
        Mode::Onsite => "https://schema.org/OfflineEventAttendanceMode",
        Mode::Online => "https://schema.org/OnlineEventAttendanceMode",
        Mode::Mixed => "https://schema.org/MixedEventAttendanceMode",
    });
    v["eventStatus"] = json!(match o.status {
        Status::Cancelled => "https://schema.org/EventCancelled",
        Status::Postponed => "https://schema.org/EventPostponed",
        Status::Scheduled | Status::Full => "https://schema.org/EventScheduled",
    });
    v["organizer"] = json!({"@type": "Organization", "name": o.provider});
    if let Some(price) = o.price {
        let amount = match price {
            Price::Free => "0".to_string(),
            Price::Amount(c) => format!("{}.{:02}", c.0 / 100, c.0 % 100),
        };
        let availability = if o.status == Status::Full {
            "https://schema.org/SoldOut"
        } else {
            "https://schema.org/InStock"
        };
        v["offers"] = json!({"@type": "Offer", "price": amount, "priceCurrency": "CHF", "url": o.registration.as_deref().unwrap_or(url), "availability": availability});
        v["isAccessibleForFree"] = json!(price == Price::Free);
    }
    if !o.languages.is_empty() {
        v["inLanguage"] = json!(o.languages);
    }
    if let Some(a) = audience(o) {
        v["audience"] = a;
    }
    if let Some(age) = o.age {
        v["typicalAgeRange"] = json!(age.to_string());
    }
}

/// The structured data of an entry page.
pub(crate) fn entry(site: &Site, entry: usize, crumbs: &Crumbs) -> Value {
    let e = &site.entries[entry];
    let url = site.config.absolute_url(&e.url);
    let lang = &site.config.languages[e.doc.lang].locale;
    let main = match &e.doc.meta {
        Meta::Offer(o) => {
            let one_off = o.sessions.len() == 1 || (o.sessions.is_empty() && o.start.is_some() && o.start == o.end);
            if one_off {
                let mut v = json!({"@type": "EducationEvent", "name": o.title, "description": o.summary, "url": url});
                event_fields(o, &url, &mut v);
                Some(v)
            } else {
                let mut instance = json!({"@type": "CourseInstance", "courseMode": o.mode.as_str()});
                if let Some(s) = &o.schedule {
                    instance["courseSchedule"] = json!({"@type": "Schedule", "description": s});
                }
                event_fields(o, &url, &mut instance);
                let mut course = json!({
                    "@type": "Course",
                    "name": o.title,
                    "description": o.summary,
                    "url": url,
                    "provider": {"@type": "Organization", "name": o.provider},
                    "hasCourseInstance": instance,
                });
                if let Some(level) = &o.level {
                    course["educationalLevel"] = json!(level);
                }
                if !o.languages.is_empty() {
                    course["inLanguage"] = json!(o.languages);
                }
                Some(course)
            }
        }
        Meta::News(n) => Some(json!({
            "@type": "NewsArticle",
            "headline": n.title,
            "description": n.summary,
            "datePublished": n.date.0.to_string(),
            "inLanguage": lang,
            "url": url,
            "publisher": {"@type": "Organization", "name": site.config.languages[e.doc.lang].title},
        })),
        Meta::Plain(_) => None,
    };
    graph(main.into_iter().chain([breadcrumbs(crumbs)]).collect())
}

/// The structured data of the home page.
pub(crate) fn home(site: &Site, lang: usize, crumbs: &Crumbs) -> Value {
    let l = &site.config.languages[lang];
    let url = site.config.absolute_url(&site.home_url(lang));
    graph(vec![
        json!({"@type": "Organization", "name": l.title, "url": site.config.absolute_url("/")}),
        json!({"@type": "WebSite", "name": l.title, "url": url, "inLanguage": l.locale}),
        breadcrumbs(crumbs),
    ])
}

/// The structured data of a list page.
pub(crate) fn list(crumbs: &Crumbs) -> Value {
    graph(vec![breadcrumbs(crumbs)])
}

fn graph(items: Vec<Value>) -> Value {
    json!({"@context": "https://schema.org", "@graph": items})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_body_cannot_close_its_script() {
        let v = json!({"name": "</script><script>alert(1)</script> & co"});
        let body = script_body(&v);
        assert!(!body.contains('<') && !body.contains('>') && !body.contains('&'));
        assert_eq!(serde_json::from_str::<Value>(&body).unwrap(), v, "still the same JSON");
    }
}
