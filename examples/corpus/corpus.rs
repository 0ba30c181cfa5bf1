//! The corpus as a whole: its languages, body lengths and build date, the keys and draft status
//! of its items, and what writing one item needs to know about the others.

use crate::random::{Rng, STREAM_DRAFT_NEWS, STREAM_DRAFT_OFFER};
use crate::terms::Words;
use crate::text::words;
use jiff::civil::{Date, date};

pub const LANGS: [&str; 2] = ["fr", "en"];
pub const FR: usize = 0;
pub const EN: usize = 1;
pub const MIN_WORDS: usize = 300;
pub const MAX_WORDS: usize = 600;
pub const SUMMARY_MAX: usize = 160;

/// The build date the corpus is written against: offers ending before it are "finished".
pub fn today() -> Date {
    date(2026, 11, 21)
}

pub fn offer_is_draft(i: usize) -> bool {
    Rng::new(STREAM_DRAFT_OFFER, i as u64).chance(0.02)
}

pub fn news_is_draft(i: usize) -> bool {
    Rng::new(STREAM_DRAFT_NEWS, i as u64).chance(0.02)
}

pub fn offer_key(i: usize) -> String {
    format!("offre-{i:05}")
}

pub fn news_key(i: usize) -> String {
    format!("actu-{i:05}")
}

pub struct Corpus {
    pub n: usize,
    pub words: Words,
    /// Offer titles per language (for link texts), indexed by number - 1.
    pub titles: Vec<[String; 2]>,
    pub drafts: Vec<bool>,
    pub min_words: usize,
    pub max_words: usize,
    pub total_words: usize,
    pub bodies: usize,
}

impl Corpus {
    /// A published offer other than `not`, for links.
    pub fn other_offer(&self, rng: &mut Rng, not: usize) -> usize {
        loop {
            let j = 1 + rng.below(self.n);
            if j != not && !self.drafts[j - 1] {
                return j;
            }
        }
    }

    pub fn note_words(&mut self, body: &str) {
        let w = words(body);
        self.min_words = self.min_words.min(w);
        self.max_words = self.max_words.max(w);
        self.total_words += w;
        self.bodies += 1;
    }
}
