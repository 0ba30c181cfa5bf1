//! The card of every current offer, rendered once per language with the theme's
//! `partials/offer_card.html`, and written as one `cards.json` per offer list (the offers list
//! and each pillar and neighbourhood page): the list filters load it to work on the whole list,
//! while each page of the list carries only its own cards. One file per list keeps the site's
//! size proportional to the number of offers.

use super::Output;
use super::format::Formatter;
use super::i18n::Locales;
use super::make_views::{TermLookup, ViewMaker};
use super::names::CalendarNames;
use super::templates::Templates;
use crate::error::Result;
use crate::site::Site;
use rayon::prelude::*;
use std::collections::HashMap;

/// File name of a list's cards, beside its first page.
pub const CARDS_FILE: &str = "cards.json";

/// The template of a card; a theme without it gets no `cards.json`.
const CARD_TEMPLATE: &str = "partials/offer_card.html";

/// `cards.json` of every offer list of every language.
pub(crate) fn render(
    site: &Site,
    locales: &Locales,
    names: &[CalendarNames],
    templates: &Templates,
    lookup: &TermLookup,
) -> Result<Vec<Output>> {
    if !templates.has(CARD_TEMPLATE) {
        return Ok(Vec::new());
    }
    let mut outputs = Vec::new();
    for (lang, index) in site.langs.iter().enumerate() {
        let maker = ViewMaker {
            site,
            terms: lookup,
            fmt: Formatter {
                locales,
                names: &names[lang],
                lang,
            },
        };
        let code = &site.config.languages[lang].code;
        let french = site.config.languages[lang].locale.starts_with("fr");
        let cards: Vec<(usize, String)> = index
            .current_offers
            .par_iter()
            .map(|&i| -> Result<(usize, String)> {
                let url = &site.entries[i].url;
                let offer = maker.offer(i).map_err(|m| {
                    crate::error::Problem::new(crate::error::Location::file(&site.entries[i].doc.path), "render", m)
                })?;
                let mut context = tera::Context::new();
                context.insert("lang", code);
                context.insert("hl", &3);
                context.insert("offer", &offer);
                let mut html = templates.render(CARD_TEMPLATE, &context, url)?;
                if french {
                    html = super::typography::apply(&html, site.config.french_punctuation);
                }
                if site.config.minify {
                    // The same card as in the pages of the list, which are minified too.
                    html = super::minify::minify(&html).map_err(|m| {
                        crate::error::Problem::new(crate::error::Location::file(&site.entries[i].doc.path), "render", m)
                    })?;
                }
                Ok((i, format!("<li>{}</li>", html.trim())))
            })
            .collect::<Result<_>>()?;
        let cards: HashMap<usize, String> = cards.into_iter().collect();
        let mut lists: Vec<(String, &[usize])> = vec![(
            site.section_url(crate::source::Section::Offers, lang),
            &index.current_offers,
        )];
        for (t, listed) in site.terms(lang) {
            lists.push((site.entries[t].url.clone(), &listed.current_offers));
        }
        for (page, offers) in lists {
            let html: Vec<&str> = offers.iter().filter_map(|i| cards.get(i)).map(String::as_str).collect();
            let json = serde_json::json!({ "cards": html });
            outputs.push(Output {
                path: format!("{}{CARDS_FILE}", page.trim_start_matches('/')),
                bytes: json.to_string().into_bytes(),
            });
        }
    }
    Ok(outputs)
}
