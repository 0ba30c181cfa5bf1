//! The home page in both languages: the corpus's size and a few offers to start from.

use crate::corpus::{Corpus, FR, LANGS, offer_key};
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

pub fn write_home(c: &Corpus, dir: &Path, news: usize) {
    let firsts: Vec<usize> = (1..=c.n).filter(|&j| !c.drafts[j - 1]).take(3).collect();
    for (lang, l) in LANGS.iter().enumerate() {
        let mut f = String::from("---\n");
        if lang == FR {
            f.push_str("title: Apprendre à tout âge, partout à Lausanne\n");
            writeln!(
                f,
                "summary: {} offres pour apprendre tout au long de la vie, dans les quartiers de Lausanne et en ligne.",
                c.n
            )
            .unwrap();
            f.push_str("---\n");
            writeln!(
                f,
                "Ce site rassemble **{} offres** et {news} actualités des bibliothèques, des maisons de quartier, des associations et des hautes écoles. Cherchez une activité par [pilier](pillars/quality.fr.md) ou par [quartier](neighbourhoods/centre.fr.md).\n",
                c.n
            )
            .unwrap();
            f.push_str("Pour commencer, voici quelques idées :\n\n");
        } else {
            f.push_str("title: Learning at any age, anywhere in Lausanne\n");
            writeln!(
                f,
                "summary: {} offers for learning throughout life, in Lausanne's neighbourhoods and online.",
                c.n
            )
            .unwrap();
            f.push_str("---\n");
            writeln!(
                f,
                "This site brings together **{} offers** and {news} news items from libraries, community centres, associations and universities. Look for an activity by [pillar](pillars/quality.en.md) or by [neighbourhood](neighbourhoods/centre.en.md).\n",
                c.n
            )
            .unwrap();
            f.push_str("To get started, here are a few ideas:\n\n");
        }
        for &j in &firsts {
            writeln!(f, "- [{}](offers/{}.{l}.md)", c.titles[j - 1][lang], offer_key(j)).unwrap();
        }
        fs::write(dir.join(format!("home.{l}.md")), f).unwrap();
    }
}
