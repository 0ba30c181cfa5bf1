//! Offers: the three choices that name one (topic, qualifier, venue), its titles and slugs, and
//! writing its file in each language.

use crate::corpus::{Corpus, FR, LANGS, offer_key};
use crate::offer_body::bodies;
use crate::offer_facts::Facts;
use crate::offer_front_matter::front_matter;
use crate::random::{Rng, STREAM_OFFER};
use crate::topics::{QUALIFIERS, TOPICS};
use crate::venues::VENUES;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// The per-offer choices shared by both languages.
pub struct Offer {
    pub topic: usize,
    pub qualifier: usize,
    pub venue: usize,
}

pub fn offer_choice(i: usize) -> Offer {
    let mut rng = Rng::new(STREAM_OFFER, i as u64);
    Offer {
        topic: rng.below(TOPICS.len()),
        qualifier: rng.below(QUALIFIERS.len()),
        venue: rng.below(VENUES.len()),
    }
}

pub fn offer_title(o: &Offer, lang: usize) -> String {
    let t = TOPICS[o.topic];
    let q = QUALIFIERS[o.qualifier][lang];
    let v = VENUES[o.venue].name;
    let mut s = t.title[lang].to_string();
    if !q.is_empty() {
        s.push(' ');
        s.push_str(q);
    }
    if lang == FR {
        s.push_str(" – ");
    } else {
        s.push_str(", ");
    }
    s.push_str(v);
    s
}

pub fn offer_slug(o: &Offer, i: usize, lang: usize) -> String {
    let t = TOPICS[o.topic];
    let q = QUALIFIERS[o.qualifier][2 + lang];
    let mut s = t.slug[lang].to_string();
    if !q.is_empty() {
        s.push('-');
        s.push_str(q);
    }
    write!(s, "-{i}").unwrap();
    s
}

pub fn write_offer(c: &mut Corpus, i: usize, dir: &Path) {
    let choice = offer_choice(i);
    let mut rng = Rng::new(STREAM_OFFER, i as u64);
    for _ in 0..3 {
        rng.next(); // the three choices above
    }
    let facts = Facts::draw(&mut rng, TOPICS[choice.topic], &VENUES[choice.venue], c.drafts[i - 1]);
    let bodies = bodies(c, &mut rng, i, &facts);
    for (lang, l) in LANGS.iter().enumerate() {
        let mut f = front_matter(c, i, &choice, &facts, lang);
        f.push_str(&bodies[lang]);
        c.note_words(&bodies[lang]);
        fs::write(dir.join(format!("{}.{l}.md", offer_key(i))), f).unwrap();
    }
}
