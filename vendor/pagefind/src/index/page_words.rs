//! savoirs: one page's words on their way into the word index (`vendor/README.md`, change 9).
//!
//! Pagefind made a map of `PackedWord`s for each page, each word with a list holding that one
//! page, then merged every page's map into the index's. A page's words are already distinct
//! (the keys of its fossicked words), so here they are a plain list, each with its page's
//! entry by value: no map to hash them into, no list of one to allocate on one thread and free
//! on another. The index is the same, byte for byte.

use super::index_words::{PackedPage, PackedVariant, PackedWord};
use super::{meta_positions_to_packed, positions_to_packed_page};
use crate::fossick::{FossickedWord, MetaFossickedWord};
use hashbrown::hash_map::Entry;
use hashbrown::HashMap;
use std::collections::BTreeMap;

/// One word of one page: its locations without diacritics (`page`), and those of each form of
/// the word with diacritics, in the order Pagefind gave them.
pub(super) struct PageWord {
    word: String,
    page: Option<PackedPage>,
    variants: Vec<(String, PackedPage)>,
}

/// The words of the page numbered `page_number`, from its text and its metadata. The metadata's
/// field numbers are the page's own: `field_id_map` gives the index's number of each.
pub(super) fn page_words(
    mut word_data: HashMap<String, Vec<FossickedWord>>,
    meta_word_data: HashMap<String, Vec<MetaFossickedWord>>,
    field_id_map: &[u16],
    page_number: usize,
) -> Vec<PageWord> {
    let mut words = Vec::with_capacity(word_data.len() + meta_word_data.len());
    // A word in the metadata shares the entry of the same word in the text: taken out of the
    // text's words first, it is not met again below.
    for (word, meta_positions) in meta_word_data {
        let positions = word_data.remove(&word).unwrap_or_default();
        let mut page_word = from_text(word, positions, page_number);
        add_meta(&mut page_word, meta_positions, field_id_map, page_number);
        words.push(page_word);
    }
    words.extend(
        word_data
            .into_iter()
            .map(|(word, positions)| from_text(word, positions, page_number)),
    );
    words
}

fn from_text(word: String, positions: Vec<FossickedWord>, page_number: usize) -> PageWord {
    // Most words have no diacritics: their positions are the page's entry as they are.
    if positions.iter().all(|p| p.original_word.is_none()) {
        let page = (!positions.is_empty()).then(|| positions_to_packed_page(positions, page_number));
        return PageWord {
            word,
            page,
            variants: Vec::new(),
        };
    }
    let mut normalized = Vec::new();
    let mut variants: BTreeMap<String, Vec<FossickedWord>> = BTreeMap::new();
    for mut fossicked in positions {
        match fossicked.original_word.take() {
            None => normalized.push(fossicked),
            Some(form) => variants.entry(form).or_default().push(fossicked),
        }
    }
    PageWord {
        word,
        page: (!normalized.is_empty()).then(|| positions_to_packed_page(normalized, page_number)),
        variants: variants
            .into_iter()
            .map(|(form, positions)| (form, positions_to_packed_page(positions, page_number)))
            .collect(),
    }
}

fn add_meta(
    page_word: &mut PageWord,
    positions: Vec<MetaFossickedWord>,
    field_id_map: &[u16],
    page_number: usize,
) {
    let mut normalized = Vec::new();
    let mut variants: BTreeMap<String, Vec<MetaFossickedWord>> = BTreeMap::new();
    for mut meta in positions {
        meta.field_id = field_id_map[meta.field_id as usize];
        match meta.original_word.take() {
            None => normalized.push(meta),
            Some(form) => variants.entry(form).or_default().push(meta),
        }
    }
    if !normalized.is_empty() {
        let meta_locs = meta_positions_to_packed(normalized);
        match &mut page_word.page {
            Some(page) => page.meta_locs = meta_locs,
            None => page_word.page = Some(packed(page_number, meta_locs)),
        }
    }
    for (form, positions) in variants {
        let meta_locs = meta_positions_to_packed(positions);
        match page_word.variants.iter_mut().find(|(f, _)| *f == form) {
            Some((_, page)) => page.meta_locs = meta_locs,
            None => page_word.variants.push((form, packed(page_number, meta_locs))),
        }
    }
}

fn packed(page_number: usize, meta_locs: Vec<i32>) -> PackedPage {
    PackedPage {
        page_number,
        locs: Vec::new(),
        meta_locs,
    }
}

/// Adds a page's words to the index's. Pages come in order, so each word's pages stay sorted.
/// A word new to the index gets an empty `word`: the map's key is the word until
/// `chunk_index` puts it there.
pub(super) fn merge(word_map: &mut HashMap<String, PackedWord>, words: Vec<PageWord>) {
    for PageWord {
        word,
        page,
        variants,
    } in words
    {
        match word_map.entry(word) {
            Entry::Occupied(mut entry) => {
                let existing = entry.get_mut();
                existing.pages.extend(page);
                for (form, page) in variants {
                    match existing.additional_variants.iter_mut().find(|v| v.form == form) {
                        Some(variant) => variant.pages.push(page),
                        None => existing.additional_variants.push(PackedVariant {
                            form,
                            pages: vec![page],
                        }),
                    }
                }
            }
            Entry::Vacant(entry) => {
                entry.insert(PackedWord {
                    word: String::new(),
                    pages: page.into_iter().collect(),
                    additional_variants: variants
                        .into_iter()
                        .map(|(form, page)| PackedVariant {
                            form,
                            pages: vec![page],
                        })
                        .collect(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pagefind's own code for a page's words and their merge, as it was before this module.
    fn reference(pages: Vec<Page>, field_id_map: &[u16]) -> HashMap<String, PackedWord> {
        let mut word_map: HashMap<String, PackedWord> = HashMap::new();
        for (page_number, (word_data, meta_word_data)) in pages.into_iter().enumerate() {
            let mut local: HashMap<String, PackedWord> = HashMap::new();
            let empty = || PackedWord {
                word: String::new(),
                pages: Vec::new(),
                additional_variants: Vec::new(),
            };
            for (word, positions) in word_data {
                let mut normalized = Vec::new();
                let mut variants: BTreeMap<String, Vec<FossickedWord>> = BTreeMap::new();
                for f in positions {
                    match f.original_word.clone() {
                        None => normalized.push(f),
                        Some(form) => variants.entry(form).or_default().push(f),
                    }
                }
                let packed = local.entry(word).or_insert_with(empty);
                if !normalized.is_empty() {
                    packed.pages.push(positions_to_packed_page(normalized, page_number));
                }
                for (form, positions) in variants {
                    let page = positions_to_packed_page(positions, page_number);
                    packed.additional_variants.push(PackedVariant {
                        form,
                        pages: vec![page],
                    });
                }
            }
            for (word, positions) in meta_word_data {
                let mut normalized = Vec::new();
                let mut variants: BTreeMap<String, Vec<MetaFossickedWord>> = BTreeMap::new();
                for mut m in positions {
                    m.field_id = field_id_map[m.field_id as usize];
                    match m.original_word.clone() {
                        None => normalized.push(m),
                        Some(form) => variants.entry(form).or_default().push(m),
                    }
                }
                let packed = local.entry(word).or_insert_with(empty);
                if !normalized.is_empty() {
                    let meta_locs = meta_positions_to_packed(normalized);
                    match packed.pages.iter_mut().find(|p| p.page_number == page_number) {
                        Some(page) => page.meta_locs = meta_locs,
                        None => packed.pages.push(super::packed(page_number, meta_locs)),
                    }
                }
                for (form, positions) in variants {
                    let meta_locs = meta_positions_to_packed(positions);
                    match packed.additional_variants.iter_mut().find(|v| v.form == form) {
                        Some(v) => match v.pages.iter_mut().find(|p| p.page_number == page_number) {
                            Some(page) => page.meta_locs = meta_locs,
                            None => v.pages.push(super::packed(page_number, meta_locs)),
                        },
                        None => packed.additional_variants.push(PackedVariant {
                            form,
                            pages: vec![super::packed(page_number, meta_locs)],
                        }),
                    }
                }
            }
            for (word, packed) in local {
                match word_map.entry(word) {
                    Entry::Occupied(mut entry) => {
                        let existing = entry.get_mut();
                        existing.pages.extend(packed.pages);
                        for variant in packed.additional_variants {
                            match existing.additional_variants.iter_mut().find(|v| v.form == variant.form) {
                                Some(v) => v.pages.extend(variant.pages),
                                None => existing.additional_variants.push(variant),
                            }
                        }
                    }
                    Entry::Vacant(entry) => {
                        entry.insert(packed);
                    }
                }
            }
        }
        word_map
    }

    type Page = (
        HashMap<String, Vec<FossickedWord>>,
        HashMap<String, Vec<MetaFossickedWord>>,
    );

    /// Pages of words from a small vocabulary, some with diacritics in one or two forms, some
    /// in the metadata too or only there, at several weights.
    fn pages(seed: u64, count: usize) -> Vec<Page> {
        let mut state = seed;
        let mut next = move |n: u64| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        let form = |word: usize, f: u64| match f {
            0 => None,
            f => Some(format!("w{word}-form{f}")),
        };
        (0..count)
            .map(|_| {
                let mut text: HashMap<String, Vec<FossickedWord>> = HashMap::new();
                let mut meta: HashMap<String, Vec<MetaFossickedWord>> = HashMap::new();
                for position in 0..next(40) as u32 {
                    let word = next(25) as usize;
                    let weight = [25, 25, 25, 7, 12][next(5) as usize];
                    text.entry(format!("w{word}")).or_default().push(FossickedWord {
                        position,
                        weight,
                        original_word: form(word, next(3)),
                    });
                }
                for position in 0..next(6) as u32 {
                    let word = next(30) as usize;
                    meta.entry(format!("w{word}")).or_default().push(MetaFossickedWord {
                        field_id: next(3) as u16,
                        position,
                        original_word: form(word, next(3)),
                    });
                }
                (text, meta)
            })
            .collect()
    }

    fn sorted(map: HashMap<String, PackedWord>) -> Vec<String> {
        let mut words: Vec<String> = map.into_iter().map(|(k, w)| format!("{k}: {w:?}")).collect();
        words.sort();
        words
    }

    #[test]
    fn the_words_are_those_of_pagefinds_own_merge() {
        let field_id_map = [2, 0, 1];
        for seed in 0..20 {
            let mut merged = HashMap::new();
            for (page_number, (text, meta)) in pages(seed, 60).into_iter().enumerate() {
                merge(&mut merged, page_words(text, meta, &field_id_map, page_number));
            }
            let expected = sorted(reference(pages(seed, 60), &field_id_map));
            assert!(expected.iter().any(|w| w.contains("form") && w.contains("meta_locs: [-")));
            assert_eq!(sorted(merged), expected, "seed {seed}");
        }
    }
}
