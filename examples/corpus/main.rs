//! Writes a deterministic bilingual (fr, en) benchmark site: N offers and N/5 news per language,
//! with the shipped theme, locales, pillars and neighbourhoods.
//!
//! ```sh
//! cargo run --release --example corpus -- --offers 1000 --out target/bench/1000
//! cargo run --release -- build --root target/bench/1000
//! ```
//!
//! The same N always gives the same bytes: every random choice comes from a small hand-written
//! PRNG (splitmix64) seeded from a constant and the item's number, so offer 42 is the same offer
//! whatever N is (only its links to other offers, chosen among the N, depend on N).
//! About 2% of the offers and news are drafts and about 10% of the offers ended before
//! 2026-11-21, the date the benchmark builds with (`SOURCE_DATE_EPOCH=1795305600`).

#![allow(clippy::print_stdout, clippy::print_stderr)]

mod corpus;
mod home;
mod news;
mod offer_body;
mod offer_facts;
mod offer_front_matter;
mod offers;
mod phrases;
mod random;
mod terms;
mod text;
mod topics;
mod topics_culture;
mod topics_languages;
mod topics_skills;
mod venues;
mod yaml;

use corpus::{Corpus, EN, FR, MAX_WORDS, MIN_WORDS, news_is_draft, offer_is_draft};
use home::write_home;
use news::write_news;
use offers::{offer_choice, offer_title, write_offer};
use std::fs;
use std::path::{Path, PathBuf};
use terms::Words;

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).sort_by_file_name() {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&dest).unwrap();
        } else {
            fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

fn usage() -> ! {
    eprintln!("usage: cargo run --release --example corpus -- --offers N --out DIR");
    std::process::exit(2);
}

fn main() {
    let mut offers: Option<usize> = None;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--offers" => offers = args.next().and_then(|v| v.parse().ok()),
            "--out" => out = args.next().map(PathBuf::from),
            "-h" | "--help" => usage(),
            _ => {
                eprintln!("unknown argument `{a}`");
                usage()
            }
        }
    }
    let (Some(n), Some(out)) = (offers, out) else { usage() };
    if n < 5 {
        eprintln!("--offers must be at least 5");
        std::process::exit(2);
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let started = std::time::Instant::now();

    // Start from a clean site (an existing output folder such as public/ is left alone).
    for sub in ["content", "themes", "locales"] {
        let p = out.join(sub);
        if p.exists() {
            fs::remove_dir_all(&p).unwrap();
        }
    }
    fs::create_dir_all(&out).unwrap();
    fs::copy(repo.join("site.yaml"), out.join("site.yaml")).unwrap();
    copy_tree(&repo.join("themes"), &out.join("themes"));
    copy_tree(&repo.join("locales"), &out.join("locales"));
    let content = out.join("content");
    for section in ["pillars", "neighbourhoods"] {
        copy_tree(&repo.join("content").join(section), &content.join(section));
    }
    let offers_dir = content.join("offers");
    let news_dir = content.join("news");
    fs::create_dir_all(&offers_dir).unwrap();
    fs::create_dir_all(&news_dir).unwrap();

    let words = Words::read(&content);
    let titles = (1..=n)
        .map(|i| {
            let o = offer_choice(i);
            [offer_title(&o, FR), offer_title(&o, EN)]
        })
        .collect();
    let drafts = (1..=n).map(offer_is_draft).collect();
    let mut c = Corpus {
        n,
        words,
        titles,
        drafts,
        min_words: usize::MAX,
        max_words: 0,
        total_words: 0,
        bodies: 0,
    };
    for i in 1..=n {
        write_offer(&mut c, i, &offers_dir);
    }
    let news = n / 5;
    for i in 1..=news {
        write_news(&mut c, i, &news_dir);
    }
    write_home(&c, &content, news);

    let draft_offers = c.drafts.iter().filter(|d| **d).count();
    let draft_news = (1..=news).filter(|&i| news_is_draft(i)).count();
    println!(
        "wrote {} offers ({} drafts) and {} news ({} drafts) per language into {} in {:.2?}",
        n,
        draft_offers,
        news,
        draft_news,
        out.display(),
        started.elapsed()
    );
    println!(
        "body words: min {}, max {}, mean {}",
        c.min_words,
        c.max_words,
        c.total_words / c.bodies.max(1)
    );
    if c.min_words < MIN_WORDS || c.max_words > MAX_WORDS {
        eprintln!("warning: some bodies are outside {MIN_WORDS}-{MAX_WORDS} words");
    }
}
