//! Reads each kind's fields into its typed front matter, with the rules between fields (an
//! end before the start, a session that ends before it starts) and on each value's form
//! (language codes, registration address, contact e-mail).

use super::front_matter;
use super::meta::{NewsMeta, OfferMeta, PlainMeta};
use super::rules::{check_image, check_not_blank, check_summary, check_title};
use super::values::{Day, Mode, Session, Status};

pub(super) fn read_offer(f: &mut front_matter::Fields) -> Option<OfferMeta> {
    let title = f.required::<String>("title");
    let summary = f.required::<String>("summary");
    let pillars = f.required::<Vec<String>>("pillars");
    let neighbourhoods = f.required::<Vec<String>>("neighbourhoods");
    let provider = f.required::<String>("provider");
    check_title(f, &title);
    check_summary(f, &summary);
    check_not_blank(f, "provider", &provider);
    for (key, list) in [("pillars", &pillars), ("neighbourhoods", &neighbourhoods)] {
        if list.as_ref().is_some_and(Vec::is_empty) {
            f.invalid(key, "empty-list", format!("`{key}` must name at least one key"), None);
        }
    }
    let start = f.optional::<Day>("start");
    let end = f.optional::<Day>("end");
    if let (Some(s), Some(e)) = (start, end)
        && e < s
    {
        f.invalid(
            "end",
            "end-before-start",
            format!("the offer ends ({}) before it starts ({})", e.0, s.0),
            None,
        );
    }
    let sessions = f.optional::<Vec<Session>>("sessions").unwrap_or_default();
    for s in &sessions {
        if s.end < s.start {
            f.invalid(
                "sessions",
                "end-before-start",
                format!("a session ends ({}) before it starts ({})", s.end.0, s.start.0),
                None,
            );
        }
    }
    let languages = f.optional::<Vec<String>>("languages").unwrap_or_default();
    for code in &languages {
        if !crate::config::is_lang_code(code) {
            f.invalid(
                "languages",
                "bad-language-code",
                format!("`{code}` is not a language code such as `fr`, `en` or `it`"),
                None,
            );
        }
    }
    let registration = f.optional::<String>("registration");
    if let Some(url) = &registration
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        f.invalid(
            "registration",
            "bad-url",
            format!("`registration` must be a web address starting with https://, not `{url}`"),
            None,
        );
    }
    let contact = f.optional::<String>("contact");
    if let Some(mail) = &contact
        && !crate::url::is_email(mail)
    {
        f.invalid(
            "contact",
            "bad-email",
            format!("`{mail}` is not an e-mail address"),
            None,
        );
    }
    let image = f.optional::<String>("image");
    let image_alt = f.optional::<String>("image_alt");
    check_image(f, &image, &image_alt);
    let meta = OfferMeta {
        audience: f.optional("audience").unwrap_or_default(),
        age: f.optional("age"),
        level: f.optional("level"),
        start,
        end,
        sessions,
        schedule: f.optional("schedule"),
        mode: f.optional("mode").unwrap_or(Mode::Onsite),
        status: f.optional("status").unwrap_or(Status::Scheduled),
        price: f.optional("price"),
        price_reduced: f.optional("price_reduced"),
        price_note: f.optional("price_note"),
        languages,
        location: f.optional("location"),
        accessibility: f.optional("accessibility").unwrap_or_default(),
        accessibility_note: f.optional("accessibility_note"),
        registration,
        registration_required: f.optional("registration_required").unwrap_or(false),
        registration_deadline: f.optional("registration_deadline"),
        contact,
        image,
        image_alt,
        title: title?,
        summary: summary?,
        pillars: pillars?,
        neighbourhoods: neighbourhoods?,
        provider: provider?,
    };
    Some(meta)
}

pub(super) fn read_news(f: &mut front_matter::Fields) -> Option<NewsMeta> {
    let title = f.required::<String>("title");
    let date = f.required::<Day>("date");
    let summary = f.required::<String>("summary");
    check_title(f, &title);
    check_summary(f, &summary);
    let image = f.optional::<String>("image");
    let image_alt = f.optional::<String>("image_alt");
    check_image(f, &image, &image_alt);
    Some(NewsMeta {
        pillars: f.optional("pillars").unwrap_or_default(),
        neighbourhoods: f.optional("neighbourhoods").unwrap_or_default(),
        image,
        image_alt,
        title: title?,
        date: date?,
        summary: summary?,
    })
}

pub(super) fn read_plain(f: &mut front_matter::Fields) -> Option<PlainMeta> {
    let title = f.required::<String>("title");
    let summary = f.optional::<String>("summary");
    check_title(f, &title);
    check_summary(f, &summary);
    let order = f.optional::<i64>("order");
    Some(PlainMeta {
        title: title?,
        summary,
        order,
    })
}
