//! News items: their titles and paragraphs, and writing each one in both languages.

use crate::corpus::{Corpus, EN, FR, LANGS, MAX_WORDS, SUMMARY_MAX, news_is_draft, news_key, offer_key};
use crate::phrases::{Ctx, FILLER, IMAGE_ALTS, fill};
use crate::random::{Rng, STREAM_NEWS};
use crate::terms::NEIGHBOURHOODS;
use crate::text::{add_days, cap, words};
use crate::topics::TOPICS;
use crate::venues::VENUES;
use crate::yaml::{yaml_list, ys};
use jiff::civil::date;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

const NEWS_TITLES: &[[&str; 2]] = &[
    [
        "{topic} : une nouvelle saison à {venue}",
        "{topic}: a new season at {venue}",
    ],
    ["{topic} : un bilan réjouissant", "{topic}: encouraging results"],
    [
        "{topic} : davantage de places cette année",
        "{topic}: more places this year",
    ],
    ["Apprendre ensemble dans le quartier {nb}", "Learning together in {nb}"],
    ["{venue} cherche des bénévoles", "{venue} is looking for volunteers"],
];

const NEWS_PARAS: &[[&str; 2]] = &[
    [
        "Depuis plusieurs années, {provider} propose des occasions d'apprendre ouvertes à toutes et à tous. Cette saison, l'offre s'étoffe avec de nouveaux horaires et des groupes supplémentaires.",
        "For several years, {provider} has offered learning opportunities open to everyone. This season the programme grows, with new times and extra groups.",
    ],
    [
        "Les premiers retours sont très positifs : les participantes et participants apprécient *l'ambiance chaleureuse* et la possibilité d'avancer à leur rythme.",
        "Early feedback is very positive: participants appreciate *the friendly atmosphere* and the chance to progress at their own pace.",
    ],
    [
        "Le projet est mené en collaboration avec des habitantes et habitants du quartier {nb}, qui ont participé à la définition des thèmes et des horaires.",
        "The project is run together with residents of {nb}, who helped choose the topics and times.",
    ],
    [
        "Pour la Ville, il s'agit de rendre l'apprentissage **visible et accessible**, au plus près des lieux de vie, et de toucher des personnes qui participent rarement aux offres de formation.",
        "For the City, the aim is to make learning **visible and accessible**, close to where people live, and to reach people who rarely take part in courses.",
    ],
    [
        "Les responsables tirent un premier bilan : davantage de familles, plus de personnes âgées et une forte demande pour des séances en fin de journée.",
        "Those in charge draw a first conclusion: more families, more older people and strong demand for early-evening sessions.",
    ],
    [
        "Les personnes intéressées peuvent s'inscrire dès maintenant ; les places sont attribuées dans l'ordre d'arrivée des demandes.",
        "Anyone interested can register now; places are given in the order requests arrive.",
    ],
    [
        "Une soirée de présentation aura lieu à {venue}, l'occasion de rencontrer l'équipe et de poser toutes ses questions.",
        "An information evening will take place at {venue}, a chance to meet the team and ask any questions.",
    ],
    [
        "L'expérience montre qu'apprendre en groupe donne confiance : plusieurs participants se sont ensuite inscrits à d'autres cours ou ont repris une formation.",
        "Experience shows that learning in a group builds confidence: several participants have gone on to other courses or back into training.",
    ],
];

pub fn write_news(c: &mut Corpus, i: usize, dir: &Path) {
    let mut rng = Rng::new(STREAM_NEWS, i as u64);
    let draft = news_is_draft(i);
    let topic = TOPICS[rng.below(TOPICS.len())];
    let venue = &VENUES[rng.below(VENUES.len())];
    let nb_index = NEIGHBOURHOODS.iter().position(|k| *k == venue.neighbourhood).unwrap();
    let date = add_days(date(2022, 9, 1), rng.range(0, 1541)); // up to 2026-11-20
    let title_k = rng.below(NEWS_TITLES.len());
    let pillars = rng.chance(0.8).then(|| topic.pillars.to_vec());
    let neighbourhoods = rng.chance(0.6).then(|| {
        let mut v = vec![venue.neighbourhood];
        if rng.chance(0.3) {
            v.push("citywide");
        }
        v
    });
    let image = rng.chance(0.1).then(|| *rng.pick(IMAGE_ALTS));
    let explicit_not_draft = !draft && rng.chance(0.05);
    let links: Vec<usize> = (0..2 + rng.below(3)).map(|_| c.other_offer(&mut rng, 0)).collect();
    let with_table = rng.chance(0.1);
    let target = rng.range(330, 480) as usize;
    let start = rng.below(NEWS_PARAS.len());
    let nb_names = c.words.neighbourhood[nb_index].clone();
    let ctx = Ctx {
        topic,
        venue,
        nb: &nb_names,
        weekday: date.weekday().to_monday_zero_offset() as usize,
        time: 18 * 60,
    };

    let render = |paras: usize, fillers: usize, lang: usize| -> String {
        let l = LANGS[lang];
        let mut b = String::new();
        for k in 0..paras {
            b.push_str(&fill(NEWS_PARAS[(start + k) % NEWS_PARAS.len()][lang], &ctx, lang));
            b.push_str("\n\n");
            if k == 1 {
                b.push_str(if lang == FR {
                    "## Ce qui change\n\n"
                } else {
                    "## What is new\n\n"
                });
                for item in topic.items {
                    writeln!(b, "- {}", cap(item[lang])).unwrap();
                }
                b.push('\n');
            }
        }
        if with_table {
            if lang == FR {
                b.push_str("| Année | Groupes | Participants |\n| --- | ---: | ---: |\n");
            } else {
                b.push_str("| Year | Groups | Participants |\n| --- | ---: | ---: |\n");
            }
            for (k, y) in (2023..=2026).enumerate() {
                writeln!(b, "| {y} | {} | {} |", 2 + k + i % 3, 18 + 9 * k + i % 7).unwrap();
            }
            b.push('\n');
        }
        let filler: Vec<usize> = (0..fillers).map(|k| (start + k) % FILLER.len()).collect();
        for chunk in filler.chunks(3) {
            let text: Vec<String> = chunk.iter().map(|&k| fill(FILLER[k][lang], &ctx, lang)).collect();
            b.push_str(&text.join(" "));
            b.push_str("\n\n");
        }
        b.push_str(if lang == FR {
            "## Pour aller plus loin\n\n"
        } else {
            "## Find out more\n\n"
        });
        for &j in &links {
            writeln!(b, "- [{}](../offers/{}.{l}.md)", c.titles[j - 1][lang], offer_key(j)).unwrap();
        }
        b
    };
    let (mut paras, mut fillers) = (3, 0);
    let bodies = loop {
        let b = [render(paras, fillers, FR), render(paras, fillers, EN)];
        let (wf, we) = (words(&b[FR]), words(&b[EN]));
        if (wf >= target && we >= target) || wf.max(we) + 70 > MAX_WORDS {
            break b;
        }
        if paras < 6 {
            paras += 1;
        } else {
            fillers += 1;
        }
    };

    for (lang, l) in LANGS.iter().enumerate() {
        let t = NEWS_TITLES[title_k][lang]
            .replace("{topic}", topic.title[lang])
            .replace("{venue}", venue.name)
            .replace("{nb}", &ctx.nb[lang]);
        let title = cap(&t);
        let summary = if lang == FR {
            format!("{} : ce qu'il faut savoir pour participer.", cap(topic.title[FR]))
        } else {
            format!("{}: what you need to know to take part.", cap(topic.title[EN]))
        };
        assert!(summary.chars().count() <= SUMMARY_MAX);
        let mut f = String::from("---\n");
        writeln!(f, "title: {}", ys(&title)).unwrap();
        writeln!(f, "date: {date}").unwrap();
        writeln!(f, "summary: {}", ys(&summary)).unwrap();
        if let Some(p) = &pillars {
            writeln!(f, "pillars: {}", yaml_list(p)).unwrap();
        }
        if let Some(n) = &neighbourhoods {
            writeln!(f, "neighbourhoods: {}", yaml_list(n)).unwrap();
        }
        if let Some(alt) = image {
            writeln!(
                f,
                "image: https://apprendre.lausanne.ch/media/actualites/{}.jpg",
                news_key(i)
            )
            .unwrap();
            writeln!(f, "image_alt: {}", ys(alt[lang])).unwrap();
        }
        let slug_words: Vec<&str> = if lang == FR { vec!["actualite"] } else { vec!["news"] };
        writeln!(f, "slug: {}-{}-{i}", slug_words[0], topic.slug[lang]).unwrap();
        if draft {
            f.push_str("draft: true\n");
        } else if explicit_not_draft {
            f.push_str("draft: false\n");
        }
        f.push_str("---\n");
        f.push_str(&bodies[lang]);
        c.note_words(&bodies[lang]);
        fs::write(dir.join(format!("{}.{l}.md", news_key(i))), f).unwrap();
    }
}
