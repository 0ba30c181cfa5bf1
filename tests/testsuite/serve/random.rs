//! Random sequences of edits, renames, deletions, restores, template, Fluent and settings
//! changes, broken files and checkouts of many files: after each step, the rebuild through the
//! caches gives the bytes (or the problems) of a cold build, and so do the pages of the quick
//! pass before it after an edit of a body, a title or pillars (see `quick.rs` for what it must
//! serve). Fixed seeds, so a failure repeats.

use super::incremental::{files_under, read, rebuild_matches_cold, start};
use crate::support::TestSite;
use std::collections::BTreeMap;

/// splitmix64: a tiny deterministic generator, so each seed is one fixed edit sequence.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// One random change; returns what it did, for the failure message.
fn random_change(site: &TestSite, rng: &mut Rng, n: usize, deleted: &mut Vec<(String, String)>) -> String {
    let content = files_under(site, "content");
    let pick = |rng: &mut Rng, list: &[String]| list[rng.below(list.len())].clone();
    match rng.below(11) {
        0 | 1 => {
            let f = pick(rng, &content);
            site.file(&f, format!("{}\nParagraphe {n}.\n", read(site, &f)));
            format!("body of {f}")
        }
        2 => {
            let f = pick(rng, &content);
            let text = read(site, &f);
            let changed: Vec<String> = text
                .lines()
                .map(|l| {
                    if l.starts_with("title:") {
                        format!("title: Titre {n}")
                    } else {
                        l.to_string()
                    }
                })
                .collect();
            site.file(&f, changed.join("\n") + "\n");
            format!("title of {f}")
        }
        3 => {
            let f = pick(
                rng,
                &[
                    "content/offers/chess.fr.md".into(),
                    "content/offers/chess.en.md".into(),
                    "content/news/festival.fr.md".into(),
                ],
            );
            let pillars = ["[quality]", "[workplace]", "[quality, workplace]"][rng.below(3)];
            if let Ok(text) = std::fs::read_to_string(site.root.join(&f)) {
                let changed: Vec<String> = text
                    .lines()
                    .map(|l| {
                        if l.starts_with("pillars:") {
                            format!("pillars: {pillars}")
                        } else {
                            l.to_string()
                        }
                    })
                    .collect();
                site.file(&f, changed.join("\n") + "\n");
            }
            format!("pillars of {f} to {pillars}")
        }
        4 => {
            let f = pick(rng, &content);
            let (dir, name) = f.rsplit_once('/').unwrap();
            let (key, rest) = name.split_once('.').unwrap();
            let to = format!("{dir}/{key}-{n}.{rest}");
            let text = read(site, &f);
            site.remove(&f).file(&to, text);
            format!("rename {f} to {to}")
        }
        5 => {
            let f = pick(rng, &content);
            deleted.push((f.clone(), read(site, &f)));
            site.remove(&f);
            format!("delete {f}")
        }
        6 => match deleted.pop() {
            Some((f, text)) => {
                site.file(&f, text);
                format!("restore {f}")
            }
            None => "nothing to restore".into(),
        },
        7 => {
            let templates = files_under(site, "themes/plain/templates");
            let f = pick(rng, &templates);
            site.file(&f, format!("{}<!-- {n} -->\n", read(site, &f)));
            format!("template {f}")
        }
        8 => {
            let lang = ["fr", "en"][rng.below(2)];
            let f = format!("locales/{lang}/ui.ftl");
            site.file(
                &f,
                format!("{}\nextra-{n} = Extra {n}\n", read(site, &f)).replace("T-offers-", &format!("T{n}-offers-")),
            );
            format!("fluent {f}")
        }
        9 => {
            let f = pick(rng, &content);
            site.file(&f, read(site, &f).replacen("title:", "title: [", 1));
            format!("break {f}")
        }
        _ => {
            let text = read(site, "site.yaml");
            let text = match text.find("paginate:") {
                Some(_) => {
                    text.lines()
                        .filter(|l| !l.starts_with("paginate:"))
                        .collect::<Vec<_>>()
                        .join("\n")
                        + "\n"
                }
                None => format!("{text}paginate: 1\n"),
            };
            site.file("site.yaml", text);
            "toggle paginate: 1".into()
        }
    }
}

/// Every source file of the site (like a commit to go back to).
fn sources(site: &TestSite) -> BTreeMap<String, Vec<u8>> {
    ["content", "themes", "locales", "static", "site.yaml"]
        .iter()
        .flat_map(|d| files_under(site, d))
        .map(|f| {
            let bytes = std::fs::read(site.root.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

/// Puts the sources back as they were (like a checkout: many files at once).
fn checkout(site: &TestSite, to: &BTreeMap<String, Vec<u8>>) {
    for f in sources(site).keys().filter(|f| !to.contains_key(*f)) {
        site.remove(f);
    }
    for (f, bytes) in to {
        if std::fs::read(site.root.join(f)).ok().as_ref() != Some(bytes) {
            site.file(f, bytes);
        }
    }
}

#[test]
fn random_edit_sequences_give_the_bytes_of_a_cold_build() {
    let (mut good, mut quick, mut remade) = (0, 0, 0);
    for seed in [1_u64, 2, 3, 5, 8, 13] {
        let site = TestSite::fixture("basic");
        let mut inc = start(&site);
        let mut rng = Rng(seed.wrapping_mul(0x2545_F491_4F6C_DD1D));
        let mut deleted = Vec::new();
        let mut done = Vec::new();
        let mut last_good = sources(&site);
        let mut failing = false;
        for n in 0..10 {
            if failing && rng.below(2) == 0 {
                checkout(&site, &last_good);
                done.push("checkout of the last good sources".to_string());
            } else {
                done.push(random_change(&site, &mut rng, n, &mut deleted));
            }
            let step = format!("seed {seed}, after {done:?}");
            let edited = done.last().and_then(|d| {
                let rest = ["body of ", "title of ", "pillars of "]
                    .iter()
                    .find_map(|p| d.strip_prefix(p))?;
                Some(rest.split(" to ").next().unwrap_or(rest))
            });
            if let Some(file) = edited {
                match super::quick::quick_if_any(&site, &mut inc, &[file], &step) {
                    Some((_, false)) => quick += 1,
                    Some((_, true)) => remade += 1,
                    None => {}
                }
            }
            let built = rebuild_matches_cold(&site, &mut inc, &step).is_some();
            failing = !built;
            if built {
                good += 1;
                last_good = sources(&site);
            }
        }
    }
    // Most steps build (broken files are fixed by later edits or deleted): the comparison is
    // about sites, not only about errors.
    assert!(good >= 30, "only {good} of 60 steps built");
    assert!(quick >= 5, "only {quick} quick passes of bodies");
    assert!(remade >= 5, "only {remade} quick passes of front matter");
}
