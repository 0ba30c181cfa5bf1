//! Problems the render stage reports to editors in their own terms: a teaching language with no
//! name in the UI strings (at the offer's line), and one template mistake reported once, not
//! once per page.

use super::i18n;
use crate::error::{Error, Problem, Problems};
use crate::site::Site;

/// Every language an offer is taught in needs its name in the UI strings of the page's
/// language: say so on the offer's `languages` line rather than as a template error.
pub(super) fn check_language_labels(site: &Site, locales: &i18n::Locales, problems: &mut Problems) {
    for e in &site.entries {
        let crate::document::Meta::Offer(o) = &e.doc.meta else {
            continue;
        };
        for code in &o.languages {
            let id = format!("language-{code}");
            if locales.message(e.doc.lang, &id, None).is_err() {
                let lang = &site.config.languages[e.doc.lang].code;
                problems.push(
                    Problem::new(
                        e.doc.field_location("languages"),
                        "unknown-teaching-language",
                        format!("no name for the language `{code}` in locales/{lang}/"),
                    )
                    .with_help(format!(
                        "check the code (ISO 639-1, e.g. `it`, `sq`), or add `{id} = ...` to a file in locales/{lang}/"
                    )),
                );
            }
        }
    }
}

/// One template mistake fails every page that uses the template: report it once, naming the
/// first page and how many others, instead of once per page.
pub(super) fn group_by_template_line(errors: Vec<Error>) -> Vec<Error> {
    let mut grouped: Vec<(Problem, usize)> = Vec::new();
    let mut others = Vec::new();
    for e in errors.iter().flat_map(|e| e.to_problems()) {
        let Some(at) = e.message.rfind(" (rendering ") else {
            others.push(Error::from(e));
            continue;
        };
        let head = &e.message[..at];
        match grouped.iter_mut().find(|(p, _)| {
            p.location == e.location
                && p.code == e.code
                && p.message.starts_with(head)
                && p.message[head.len()..].starts_with(" (rendering ")
        }) {
            Some((_, n)) => *n += 1,
            None => grouped.push((e, 0)),
        }
    }
    others.extend(grouped.into_iter().map(|(mut p, n)| {
        if n > 0 {
            p.message = format!(
                "{} and {n} other page{})",
                p.message.trim_end_matches(')'),
                if n == 1 { "" } else { "s" }
            );
        }
        Error::from(p)
    }));
    others
}
