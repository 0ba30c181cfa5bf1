//! An offer's body in both languages: the sentences it draws, the Markdown they make, and the
//! filler paragraphs that bring both languages to the drawn length.

use crate::corpus::{Corpus, EN, FR, LANGS, MAX_WORDS, offer_key};
use crate::offer_facts::Facts;
use crate::phrases::{Ctx, FILLER, INTRO, INTRO_MORE, PRACTICAL, STEPS, WHO, fill};
use crate::random::Rng;
use crate::terms::{NEIGHBOURHOODS, PILLARS};
use crate::text::{add_days, cap, clock, long_date, words};
use std::fmt::Write as _;

/// Draws the body's sentences from the offer's stream, right after its facts, and renders them.
pub fn bodies(c: &Corpus, rng: &mut Rng, i: usize, facts: &Facts) -> [String; 2] {
    let &Facts {
        topic,
        venue,
        mode,
        nb_index,
        ref pillars,
        start,
        weekday,
        time,
        duration,
        registration,
        ..
    } = facts;
    // Body choices, shared by both languages.
    let nb_names = c.words.neighbourhood[nb_index].clone();
    let ctx = Ctx {
        topic,
        venue,
        nb: &nb_names,
        weekday,
        time,
    };
    // "In the Online neighbourhood" would read oddly: keep the neighbourhood sentence for real ones.
    let real_place = nb_index < 18;
    let intro = rng.below(if real_place { INTRO.len() } else { INTRO.len() - 1 });
    let intro_more = rng.distinct(INTRO_MORE.len(), 2);
    let who = rng.distinct(WHO.len(), 2);
    let k = 2 + rng.below(2);
    let mut practical = rng.distinct(PRACTICAL.len(), k);
    if mode == "online" {
        practical.retain(|&k| k != 0); // no venue to meet at
    }
    let with_table = rng.chance(0.12);
    let with_steps = rng.chance(0.4);
    let links: Vec<usize> = (0..1 + rng.below(3)).map(|_| c.other_offer(rng, i)).collect();
    let pillar_link = *rng.pick(pillars);
    let target = rng.range(330, 470) as usize;
    let mut fillers: Vec<usize> = Vec::new();
    let filler_start = rng.below(FILLER.len());

    let render = |fillers: &[usize], lang: usize| -> String {
        let mut b = String::new();
        b.push_str(&fill(INTRO[intro][lang], &ctx, lang));
        for &k in &intro_more {
            b.push(' ');
            b.push_str(&fill(INTRO_MORE[k][lang], &ctx, lang));
        }
        b.push_str("\n\n");
        b.push_str(if lang == FR {
            "## Au programme\n\n"
        } else {
            "## What you will do\n\n"
        });
        for item in topic.items {
            writeln!(b, "- {}", cap(item[lang])).unwrap();
        }
        b.push('\n');
        if with_table {
            let head = if lang == FR {
                "| Date | Horaire | Thème |\n| --- | --- | --- |\n"
            } else {
                "| Date | Time | Topic |\n| --- | --- | --- |\n"
            };
            b.push_str(head);
            for (k, item) in topic.items.iter().enumerate() {
                let d = add_days(start, 7 * k as i64);
                let sep = if lang == FR { " à " } else { " to " };
                writeln!(
                    b,
                    "| {} | {}{sep}{} | {} |",
                    long_date(d, lang),
                    clock(time, lang),
                    clock(time + duration, lang),
                    cap(item[lang])
                )
                .unwrap();
            }
            b.push('\n');
        }
        b.push_str(if lang == FR {
            "## Pour qui\n\n"
        } else {
            "## Who it is for\n\n"
        });
        let who_text: Vec<String> = who.iter().map(|&k| fill(WHO[k][lang], &ctx, lang)).collect();
        b.push_str(&who_text.join(" "));
        b.push_str("\n\n");
        for (n, chunk) in fillers.chunks(3).enumerate() {
            if n == 1 {
                b.push_str(if lang == FR {
                    "## Bon à savoir\n\n"
                } else {
                    "## Good to know\n\n"
                });
            }
            let text: Vec<String> = chunk.iter().map(|&k| fill(FILLER[k][lang], &ctx, lang)).collect();
            b.push_str(&text.join(" "));
            b.push_str("\n\n");
        }
        b.push_str(if lang == FR {
            "## Infos pratiques\n\n"
        } else {
            "## Practical information\n\n"
        });
        let prac: Vec<String> = practical
            .iter()
            .map(|&k| fill(PRACTICAL[k][lang], &ctx, lang))
            .collect();
        b.push_str(&prac.join(" "));
        b.push_str("\n\n");
        if with_steps {
            b.push_str(if lang == FR {
                "Pour participer :\n\n"
            } else {
                "To take part:\n\n"
            });
            for (k, s) in STEPS.iter().enumerate() {
                writeln!(b, "{}. {}", k + 1, cap(s[lang])).unwrap();
            }
            b.push('\n');
        }
        let l = LANGS[lang];
        b.push_str(if lang == FR {
            "**À découvrir aussi** : "
        } else {
            "**See also**: "
        });
        let link_texts: Vec<String> = links
            .iter()
            .map(|&j| format!("[{}]({}.{l}.md)", c.titles[j - 1][lang], offer_key(j)))
            .collect();
        b.push_str(&link_texts.join(", "));
        let p = PILLARS.iter().position(|k| *k == pillar_link).unwrap();
        if lang == FR {
            write!(
                b,
                ". Cette offre fait partie du pilier [{}](../pillars/{pillar_link}.fr.md), et d'autres activités sont à découvrir sous [{}](../neighbourhoods/{}.fr.md).",
                c.words.pillar[p][FR], ctx.nb[FR], NEIGHBOURHOODS[nb_index]
            )
            .unwrap();
        } else {
            write!(
                b,
                ". This offer belongs to the [{}](../pillars/{pillar_link}.en.md) pillar, and more activities are listed under [{}](../neighbourhoods/{}.en.md).",
                c.words.pillar[p][EN], ctx.nb[EN], NEIGHBOURHOODS[nb_index]
            )
            .unwrap();
        }
        if registration {
            if lang == FR {
                write!(
                    b,
                    " Plus d'informations sur [le site de l'organisateur]({}).",
                    venue.web
                )
                .unwrap();
            } else {
                write!(b, " More information on [the organiser's website]({}).", venue.web).unwrap();
            }
        }
        b.push('\n');
        b
    };
    // Add filler paragraphs until both languages reach the target length.
    loop {
        let b = [render(&fillers, FR), render(&fillers, EN)];
        let (wf, we) = (words(&b[FR]), words(&b[EN]));
        if (wf >= target && we >= target) || fillers.len() == FILLER.len() {
            break b;
        }
        let next = (filler_start + fillers.len()) % FILLER.len();
        let add = words(FILLER[next][FR]).max(words(FILLER[next][EN]));
        if wf.max(we) + add > MAX_WORDS - 10 {
            break b;
        }
        fillers.push(next);
    }
}
