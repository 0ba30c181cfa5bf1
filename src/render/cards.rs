//! The card of every current offer, rendered once per language with the theme's
//! `partials/offer_card.html`, and written as one `cards.json` per offer list (the offers list
//! and each pillar and neighbourhood page): the list filters load it to work on the whole list,
//! while each page of the list carries only its own cards. One file per list keeps the site's
//! size proportional to the number of offers.

use super::SharedOutput;
use super::cache::{Hasher, Key};
use super::emit::{Emit, Emitted, Made, kept_and_emitted};
use super::make_views::ViewMaker;
use super::templates::Templates;
use crate::error::Result;
use crate::site::Site;
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// File name of a list's cards, beside its first page.
pub const CARDS_FILE: &str = "cards.json";

/// The template of a card; a theme without it gets no `cards.json`.
const CARD_TEMPLATE: &str = "partials/offer_card.html";

/// A card's HTML and the lists' files, kept between builds of the preview by key (see
/// [`super::RenderCache`]): the key of a card is a hash of its view, URL, language and the
/// theme's; the key of a list's file, a hash of its cards' keys.
#[derive(Debug, Default)]
pub(crate) struct CardCache {
    cards: HashMap<String, (Key, Arc<str>)>,
    lists: super::emit::KeptFiles,
}

/// `cards.json` of every offer list of every language; cards and files whose key is the one
/// in `cache` are taken from it, and `cache` is left with this build's. `theme` is the theme's
/// part of the keys; `None` for a single build, which computes no key and keeps nothing.
pub(crate) fn render<'s>(
    site: &'s Site,
    maker_of: &(dyn Fn(usize) -> ViewMaker<'s> + Sync),
    templates: &Templates,
    theme: Option<&Key>,
    cache: &mut CardCache,
    out: Emit<'_>,
) -> Result<Vec<Emitted>> {
    let one_off = theme.is_none();
    if !templates.has(CARD_TEMPLATE) {
        *cache = CardCache::default();
        return Ok(Vec::new());
    }
    let mut outputs = Vec::new();
    let mut kept = CardCache::default();
    for (lang, index) in site.langs.iter().enumerate() {
        let maker = maker_of(lang);
        let code = &site.config.languages[lang].code;
        let french = site.config.languages[lang].locale.starts_with("fr");
        let cards: Vec<(usize, Key, Arc<str>)> = index
            .current_offers
            .par_iter()
            .map(|&i| -> Result<(usize, Key, Arc<str>)> {
                let url = &site.entries[i].url;
                let located = |m: String| {
                    crate::error::Problem::new(crate::error::Location::file(&site.entries[i].doc.path), "render", m)
                };
                let offer = maker.offer(i).map_err(located)?;
                let key = if let Some(theme) = theme {
                    let mut h = Hasher::new();
                    h.piece(theme);
                    h.piece(url.as_bytes());
                    h.piece(code.as_bytes());
                    h.data(&offer).map_err(located)?;
                    let key = h.finish();
                    if let Some((k, html)) = cache.cards.get(url)
                        && *k == key
                    {
                        return Ok((i, key, Arc::clone(html)));
                    }
                    key
                } else {
                    [0; 16]
                };
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
                    html = super::minify::minify(&html).map_err(located)?;
                }
                Ok((i, key, Arc::from(format!("<li>{}</li>", html.trim()))))
            })
            .collect::<Result<_>>()?;
        let cards: HashMap<usize, (Key, Arc<str>)> = cards.into_iter().map(|(i, k, html)| (i, (k, html))).collect();
        let mut lists: Vec<(String, &[usize])> = vec![(
            site.section_url(crate::source::Section::Offers, lang),
            &index.current_offers,
        )];
        for (t, listed) in site.terms(lang) {
            lists.push((site.entries[t].url.clone(), &listed.current_offers));
        }
        // Each file is given to `out` as soon as it is made; only the preview keeps its bytes.
        let files: Vec<Made> = lists
            .par_iter()
            .map(|(page, offers)| {
                let path = format!("{}{CARDS_FILE}", page.trim_start_matches('/'));
                let listed = || offers.iter().filter_map(|i| cards.get(i));
                let made = || {
                    let file = CardsFile {
                        cards: listed().map(|(_, html)| &**html).collect(),
                    };
                    Arc::new(file.to_json())
                };
                if one_off {
                    return (None, out.file(SharedOutput { path, bytes: made() }));
                }
                let mut h = Hasher::new();
                for (k, _) in listed() {
                    h.piece(k);
                }
                let key = h.finish();
                let bytes = match cache.lists.get(&path) {
                    Some((k, bytes)) if *k == key => Arc::clone(bytes),
                    _ => made(),
                };
                let kept = (path.clone(), key, Arc::clone(&bytes));
                (Some(kept), out.file(SharedOutput { path, bytes }))
            })
            .collect();
        let (lists, emitted) = kept_and_emitted(files);
        kept.lists.extend(lists);
        outputs.extend(emitted);
        if !one_off {
            for (i, card) in cards {
                kept.cards.insert(site.entries[i].url.clone(), card);
            }
        }
    }
    *cache = kept;
    Ok(outputs)
}

/// A list's `cards.json`: `{"cards":["<li>…</li>",…]}`, the cards in the list's order.
#[derive(serde::Serialize)]
struct CardsFile<'a> {
    cards: Vec<&'a str>,
}

impl CardsFile<'_> {
    /// Written from the borrowed cards (a `serde_json::Value` copied every card of every list
    /// first: megabytes for the offers list of a large site).
    fn to_json(&self) -> Vec<u8> {
        // Strings in a struct cannot fail to serialize; an empty file would only empty the list.
        serde_json::to_vec(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_cards_file_is_the_json_object_of_its_cards() {
        let cards = vec![
            "<li>Atelier \"vélo\" à Malley</li>",
            "<li>\n\t<a href=\"/x/\">x</a></li>",
            "",
        ];
        let file = super::CardsFile { cards: cards.clone() };
        let expected = serde_json::json!({ "cards": cards }).to_string();
        assert_eq!(String::from_utf8(file.to_json()).unwrap(), expected);
        assert!(
            expected.starts_with("{\"cards\":[\"<li>Atelier \\\"vélo\\\""),
            "{expected}"
        );
    }
}
