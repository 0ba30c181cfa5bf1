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

use jiff::ToSpan;
use jiff::civil::{Date, date};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const SEED: u64 = 0x5A70_1125_2026_0042;
const LANGS: [&str; 2] = ["fr", "en"];
const FR: usize = 0;
const EN: usize = 1;
const MIN_WORDS: usize = 300;
const MAX_WORDS: usize = 600;
const SUMMARY_MAX: usize = 160;

/// The build date the corpus is written against: offers ending before it are "finished".
fn today() -> Date {
    date(2026, 11, 21)
}

// ---------------------------------------------------------------------------------------------
// PRNG

/// splitmix64: tiny, fast and good enough to pick words.
struct Rng(u64);

impl Rng {
    fn new(stream: u64, n: u64) -> Rng {
        let mut r = Rng(SEED ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03) ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        r.next();
        r
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// 0..n
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// lo..=hi
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }
    fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
    fn pick<'a, T>(&mut self, s: &'a [T]) -> &'a T {
        &s[self.below(s.len())]
    }
    /// `k` distinct indices of 0..n, in increasing order.
    fn distinct(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        while out.len() < k.min(n) {
            let i = self.below(n);
            if !out.contains(&i) {
                out.push(i);
            }
        }
        out.sort_unstable();
        out
    }
}

const STREAM_OFFER: u64 = 1;
const STREAM_NEWS: u64 = 2;
const STREAM_DRAFT_OFFER: u64 = 3;
const STREAM_DRAFT_NEWS: u64 = 4;

fn offer_is_draft(i: usize) -> bool {
    Rng::new(STREAM_DRAFT_OFFER, i as u64).chance(0.02)
}

fn news_is_draft(i: usize) -> bool {
    Rng::new(STREAM_DRAFT_NEWS, i as u64).chance(0.02)
}

fn offer_key(i: usize) -> String {
    format!("offre-{i:05}")
}

fn news_key(i: usize) -> String {
    format!("actu-{i:05}")
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const PILLARS: [&str; 6] = [
    "inclusive-education",
    "families-communities",
    "workplace",
    "learning-technologies",
    "quality",
    "learning-culture",
];

const NEIGHBOURHOODS: [&str; 21] = [
    "centre",
    "maupas-valency",
    "sebeillon-malley",
    "montoie-bourdonnette",
    "montriond-cour",
    "sous-gare-ouchy",
    "montchoisi",
    "florimont-chissiez",
    "mousquines-bellevue",
    "vallon-bethusy",
    "chailly-rovereaz",
    "sallaz-vennes-sechaud",
    "sauvabelin",
    "borde-bellevaux",
    "vinet-pontaise",
    "bossons-blecherette",
    "beaulieu-grey-boisy",
    "zones-foraines",
    "citywide",
    "online",
    "region",
];

/// A place where offers happen, and who runs them there.
struct Venue {
    name: &'static str,
    address: &'static str,
    stop: &'static str,
    neighbourhood: &'static str,
    provider: &'static str,
    web: &'static str,
    mail: &'static str,
}

const fn venue(
    name: &'static str,
    address: &'static str,
    stop: &'static str,
    neighbourhood: &'static str,
    provider: &'static str,
    web: &'static str,
    mail: &'static str,
) -> Venue {
    Venue {
        name,
        address,
        stop,
        neighbourhood,
        provider,
        web,
        mail,
    }
}

const LIB: &str = "https://www.lausanne.ch/bibliotheques";
const LIB_MAIL: &str = "bibliotheques@lausanne.ch";
const FASL: &str = "https://www.fasl.ch";

const VENUES: &[Venue] = &[
    venue(
        "Bibliothèque Chauderon",
        "Place Chauderon 11, 1003 Lausanne",
        "Chauderon",
        "centre",
        "Bibliothèque Chauderon (Bibliothèques de la Ville de Lausanne)",
        LIB,
        LIB_MAIL,
    ),
    venue(
        "Bibliothèque Jeunesse",
        "Avenue d'Echallens 2A, 1004 Lausanne",
        "Chauderon",
        "maupas-valency",
        "Bibliothèque Jeunesse (Bibliothèques de la Ville de Lausanne)",
        LIB,
        LIB_MAIL,
    ),
    venue(
        "Bibliothèque de Bellevaux",
        "Chemin d'Entre-Bois 10, 1018 Lausanne",
        "Bellevaux",
        "borde-bellevaux",
        "Bibliothèque de Bellevaux (Bibliothèques de la Ville de Lausanne)",
        LIB,
        LIB_MAIL,
    ),
    venue(
        "Bibliothèque Montriond",
        "Lausanne",
        "Montriond",
        "montriond-cour",
        "Bibliothèque Montriond (Bibliothèques de la Ville de Lausanne)",
        LIB,
        LIB_MAIL,
    ),
    venue(
        "Bibliothèque de Chailly",
        "Lausanne",
        "Chailly-Village",
        "chailly-rovereaz",
        "Bibliothèque de Chailly (Bibliothèques de la Ville de Lausanne)",
        LIB,
        LIB_MAIL,
    ),
    venue(
        "Bibliothèque de La Sallaz",
        "Lausanne",
        "La Sallaz (m2)",
        "sallaz-vennes-sechaud",
        "Bibliothèque de La Sallaz (Bibliothèques de la Ville de Lausanne)",
        LIB,
        LIB_MAIL,
    ),
    venue(
        "Casino de Montbenon, salle Paderewski",
        "Allée Ernest-Ansermet 3, 1003 Lausanne",
        "Lausanne-Flon (m1, m2)",
        "centre",
        "Connaissance 3",
        "https://www.unil.ch/connaissance3",
        "info@connaissance3.ch",
    ),
    venue(
        "Espace Riponne",
        "Place de la Riponne 5, 1005 Lausanne",
        "Riponne-M. Béjart (m2)",
        "centre",
        "Ville de Lausanne",
        "https://www.lausanne.ch",
        "apprendre@lausanne.ch",
    ),
    venue(
        "Forum de l'Hôtel de Ville",
        "Place de la Palud 2, 1003 Lausanne",
        "Riponne-M. Béjart (m2)",
        "centre",
        "Ville de Lausanne",
        "https://www.lausanne.ch",
        "apprendre@lausanne.ch",
    ),
    venue(
        "Palais de Rumine",
        "Place de la Riponne 6, 1005 Lausanne",
        "Riponne-M. Béjart (m2)",
        "centre",
        "Naturéum, Muséum cantonal des sciences naturelles",
        "https://www.natureum.ch",
        "info@natureum.ch",
    ),
    venue(
        "Musée Historique Lausanne",
        "Place de la Cathédrale 4, 1005 Lausanne",
        "Riponne-M. Béjart (m2)",
        "centre",
        "Musée Historique Lausanne",
        "https://www.lausanne.ch/mhl",
        "mhl@lausanne.ch",
    ),
    venue(
        "Collection de l'Art Brut",
        "Avenue des Bergières 11, 1004 Lausanne",
        "Beaulieu-Jomini",
        "beaulieu-grey-boisy",
        "Collection de l'Art Brut",
        "https://www.artbrut.ch",
        "art.brut@lausanne.ch",
    ),
    venue(
        "Espace des inventions",
        "Vallée de la Jeunesse 1, 1007 Lausanne",
        "Provence (m1)",
        "montoie-bourdonnette",
        "Espace des inventions",
        "https://www.espace-des-inventions.ch",
        "info@espace-des-inventions.ch",
    ),
    venue(
        "Fondation de l'Hermitage",
        "Route du Signal 2, 1018 Lausanne",
        "Hermitage (bus 16)",
        "sauvabelin",
        "Fondation de l'Hermitage",
        "https://www.fondation-hermitage.ch",
        "info@fondation-hermitage.ch",
    ),
    venue(
        "Jardin botanique cantonal de Lausanne",
        "Avenue de Cour 14bis, 1007 Lausanne",
        "Lausanne-Gare (m2)",
        "montriond-cour",
        "Musée et Jardins botaniques cantonaux",
        "https://www.botanique.vd.ch",
        "info.botanique@vd.ch",
    ),
    venue(
        "Musée de la main UNIL-CHUV",
        "Rue du Bugnon 21, 1011 Lausanne",
        "CHUV (m2)",
        "vallon-bethusy",
        "Musée de la main UNIL-CHUV",
        "https://www.museedelamain.ch",
        "info@museedelamain.ch",
    ),
    venue(
        "Maison de quartier Sous-Gare",
        "Lausanne",
        "Grancy (m2)",
        "sous-gare-ouchy",
        "FASL, Maison de quartier Sous-Gare",
        FASL,
        "info@fasl.ch",
    ),
    venue(
        "Maison de quartier de Chailly",
        "Lausanne",
        "Chailly-Village",
        "chailly-rovereaz",
        "Maison de quartier de Chailly",
        FASL,
        "info@fasl.ch",
    ),
    venue(
        "Maison de quartier de la Pontaise",
        "Lausanne",
        "Pontaise",
        "vinet-pontaise",
        "FASL, Maison de quartier de la Pontaise",
        FASL,
        "info@fasl.ch",
    ),
    venue(
        "Maison de quartier des Faverges",
        "Lausanne",
        "Faverges",
        "florimont-chissiez",
        "Pro Senectute Vaud",
        "https://vd.prosenectute.ch",
        "info@vd.prosenectute.ch",
    ),
    venue(
        "Terrain d'aventure de Malley",
        "Lausanne",
        "Malley (m1)",
        "sebeillon-malley",
        "FASL, Terrain d'aventure de Malley",
        FASL,
        "info@fasl.ch",
    ),
    venue(
        "La Cabane des Bossons",
        "Lausanne",
        "Blécherette",
        "bossons-blecherette",
        "Ville de Lausanne, Cabane des Bossons",
        "https://www.lausanne.ch",
        "apprendre@lausanne.ch",
    ),
    venue(
        "Université populaire de Lausanne",
        "Lausanne",
        "Flon (m1, m2)",
        "centre",
        "Université populaire de Lausanne",
        "https://www.uplausanne.ch",
        "info@uplausanne.ch",
    ),
    venue(
        "Université de Lausanne, site de Dorigny",
        "Université de Lausanne, 1015 Lausanne",
        "UNIL-Mouline (m1)",
        "region",
        "Université de Lausanne",
        "https://www.unil.ch",
        "info@unil.ch",
    ),
    venue(
        "EPFL, Rolex Learning Center",
        "EPFL, 1015 Lausanne",
        "EPFL (m1)",
        "region",
        "EPFL",
        "https://www.epfl.ch",
        "info@epfl.ch",
    ),
    venue(
        "Parc naturel du Jorat, point d'accueil du Chalet-à-Gobet",
        "Le Chalet-à-Gobet, 1000 Lausanne 25",
        "Chalet-à-Gobet",
        "zones-foraines",
        "Parc naturel du Jorat",
        "https://www.jorat.org",
        "info@jorat.org",
    ),
    venue(
        "Vidy-Plage",
        "Lausanne",
        "Bellerive",
        "sous-gare-ouchy",
        "Association Français en Jeu",
        "https://www.francaisenjeu.ch",
        "info@francaisenjeu.ch",
    ),
    venue(
        "APEMS de Prélaz",
        "Lausanne",
        "Prélaz",
        "montoie-bourdonnette",
        "Ville de Lausanne, accueil parascolaire",
        "https://www.lausanne.ch",
        "apprendre@lausanne.ch",
    ),
    venue(
        "Ateliers des Services industriels à Malley",
        "Lausanne",
        "Malley (m1)",
        "sebeillon-malley",
        "Services industriels de Lausanne (C-FOR!)",
        "https://www.lausanne.ch/sil",
        "cfor@lausanne.ch",
    ),
    venue(
        "Stade de la Tuilière",
        "Lausanne",
        "Blécherette",
        "bossons-blecherette",
        "Ville de Lausanne, Service des sports",
        "https://www.lausanne.ch/sports",
        "sports@lausanne.ch",
    ),
];

/// A kind of learning activity, with its words in both languages.
struct Topic {
    title: [&'static str; 2],
    slug: [&'static str; 2],
    /// "the workshop", with its article.
    kind: [&'static str; 2],
    /// What one learns, as a verb phrase: "write for pleasure".
    goal: [&'static str; 2],
    pillars: &'static [&'static str],
    audience: &'static [&'static str],
    /// Language codes it is taught in, besides French.
    taught: &'static [&'static str],
    /// What the sessions cover: list items.
    items: &'static [[&'static str; 2]],
}

const TOPICS: &[Topic] = &[
    Topic {
        title: ["Atelier d'écriture créative", "Creative writing workshop"],
        slug: ["atelier-ecriture", "creative-writing"],
        kind: ["l'atelier", "the workshop"],
        goal: [
            "écrire pour le plaisir et oser lire ses textes à voix haute",
            "write for pleasure and dare to read their texts aloud",
        ],
        pillars: &["learning-culture"],
        audience: &["adults", "seniors"],
        taught: &[],
        items: &[
            [
                "écrire un court texte à partir d'une photo",
                "write a short piece from a photograph",
            ],
            [
                "jouer avec les contraintes, comme le lipogramme",
                "play with constraints, such as the lipogram",
            ],
            [
                "relire et améliorer un texte à deux",
                "reread and improve a text in pairs",
            ],
            [
                "lire ses textes au groupe, si on le souhaite",
                "read your texts to the group, if you wish",
            ],
        ],
    },
    Topic {
        title: [
            "Cours de français langue étrangère",
            "French as a foreign language course",
        ],
        slug: ["cours-francais", "french-course"],
        kind: ["le cours", "the course"],
        goal: [
            "se débrouiller en français au quotidien",
            "get by in French in everyday life",
        ],
        pillars: &["inclusive-education"],
        audience: &["adults"],
        taught: &["fr"],
        items: &[
            [
                "se présenter et parler de sa famille",
                "introduce yourself and talk about your family",
            ],
            [
                "prendre rendez-vous chez le médecin",
                "make an appointment with a doctor",
            ],
            [
                "comprendre une lettre de l'école ou de l'administration",
                "understand a letter from the school or the authorities",
            ],
            [
                "faire ses courses et demander son chemin",
                "go shopping and ask for directions",
            ],
        ],
    },
    Topic {
        title: ["Premiers pas avec la tablette", "First steps with a tablet"],
        slug: ["tablette-premiers-pas", "tablet-first-steps"],
        kind: ["le cours", "the course"],
        goal: ["utiliser une tablette sans crainte", "use a tablet without fear"],
        pillars: &["learning-technologies", "inclusive-education"],
        audience: &["seniors"],
        taught: &[],
        items: &[
            [
                "allumer, charger et ranger sa tablette",
                "switch on, charge and put away your tablet",
            ],
            [
                "envoyer un message et une photo à ses proches",
                "send a message and a photo to your family",
            ],
            ["faire un appel vidéo", "make a video call"],
            ["reconnaître un message frauduleux", "spot a fraudulent message"],
        ],
    },
    Topic {
        title: ["Aide aux devoirs", "Homework help"],
        slug: ["aide-devoirs", "homework-help"],
        kind: ["la permanence", "the drop-in session"],
        goal: [
            "faire ses devoirs dans le calme, avec un coup de pouce",
            "do their homework in peace, with a helping hand",
        ],
        pillars: &["families-communities", "inclusive-education"],
        audience: &["children", "youth"],
        taught: &[],
        items: &[
            [
                "relire une leçon et réviser un test",
                "go over a lesson and revise for a test",
            ],
            ["s'organiser pour la semaine", "plan the week ahead"],
            [
                "trouver des livres utiles à la bibliothèque",
                "find useful books in the library",
            ],
        ],
    },
    Topic {
        title: ["Conversation en anglais", "English conversation"],
        slug: ["conversation-anglais", "english-conversation"],
        kind: ["la table de conversation", "the conversation table"],
        goal: [
            "pratiquer l'anglais dans une ambiance détendue",
            "practise English in a relaxed atmosphere",
        ],
        pillars: &["learning-culture", "inclusive-education"],
        audience: &["adults", "youth"],
        taught: &["en"],
        items: &[
            ["parler de l'actualité de la semaine", "talk about the week's news"],
            [
                "raconter un voyage ou un souvenir",
                "tell the story of a trip or a memory",
            ],
            [
                "apprendre des expressions de tous les jours",
                "learn everyday expressions",
            ],
        ],
    },
    Topic {
        title: ["Cours d'italien", "Italian course"],
        slug: ["cours-italien", "italian-course"],
        kind: ["le cours", "the course"],
        goal: [
            "comprendre et parler un italien simple",
            "understand and speak simple Italian",
        ],
        pillars: &["learning-culture"],
        audience: &["adults", "seniors"],
        taught: &["it"],
        items: &[
            ["saluer et se présenter", "greet people and introduce yourself"],
            ["commander au restaurant", "order in a restaurant"],
            ["découvrir une chanson italienne", "discover an Italian song"],
        ],
    },
    Topic {
        title: ["Contes pour les petits", "Stories for little ones"],
        slug: ["contes-petits", "stories-little-ones"],
        kind: ["l'heure du conte", "story time"],
        goal: ["découvrir le plaisir des histoires", "discover the pleasure of stories"],
        pillars: &["families-communities", "learning-culture"],
        audience: &["children", "families"],
        taught: &[],
        items: &[
            [
                "écouter des albums lus à voix haute",
                "listen to picture books read aloud",
            ],
            ["chanter des comptines", "sing nursery rhymes"],
            ["emprunter des livres pour la maison", "borrow books to take home"],
        ],
    },
    Topic {
        title: ["Atelier de robotique", "Robotics workshop"],
        slug: ["atelier-robotique", "robotics-workshop"],
        kind: ["l'atelier", "the workshop"],
        goal: [
            "programmer un petit robot et comprendre comment il fonctionne",
            "programme a small robot and understand how it works",
        ],
        pillars: &["learning-technologies"],
        audience: &["children", "youth"],
        taught: &[],
        items: &[
            [
                "assembler un robot à partir de pièces simples",
                "build a robot from simple parts",
            ],
            [
                "écrire un premier programme avec des blocs",
                "write a first program with blocks",
            ],
            ["relever un défi en équipe", "take on a challenge as a team"],
        ],
    },
    Topic {
        title: ["Conférence sur la mémoire", "Talk on memory"],
        slug: ["conference-memoire", "talk-memory"],
        kind: ["la conférence", "the talk"],
        goal: [
            "comprendre comment notre mémoire change avec l'âge",
            "understand how our memory changes with age",
        ],
        pillars: &["quality", "learning-culture"],
        audience: &["seniors", "adults"],
        taught: &[],
        items: &[
            ["ce que la recherche sait aujourd'hui", "what research knows today"],
            ["les idées reçues sur l'oubli", "common misconceptions about forgetting"],
            [
                "des conseils simples pour le quotidien",
                "simple tips for everyday life",
            ],
        ],
    },
    Topic {
        title: ["Visite commentée en langage simple", "Guided tour in plain language"],
        slug: ["visite-langage-simple", "tour-plain-language"],
        kind: ["la visite", "the tour"],
        goal: [
            "découvrir un musée avec des mots simples",
            "discover a museum in simple words",
        ],
        pillars: &["inclusive-education", "learning-culture"],
        audience: &["everyone"],
        taught: &[],
        items: &[
            [
                "regarder trois œuvres prendre le temps",
                "look at three works and take your time",
            ],
            ["poser toutes ses questions", "ask all your questions"],
            [
                "partager ses impressions autour d'un thé",
                "share impressions over a cup of tea",
            ],
        ],
    },
    Topic {
        title: ["Préparer sa candidature", "Preparing a job application"],
        slug: ["preparer-candidature", "job-application"],
        kind: ["l'atelier", "the workshop"],
        goal: [
            "rédiger un CV clair et préparer un entretien d'embauche",
            "write a clear CV and prepare for a job interview",
        ],
        pillars: &["workplace", "inclusive-education"],
        audience: &["adults", "youth"],
        taught: &[],
        items: &[
            ["mettre en valeur son expérience", "make the most of your experience"],
            ["écrire une lettre de motivation courte", "write a short cover letter"],
            ["s'entraîner à l'entretien", "practise for the interview"],
            ["chercher des offres en ligne", "look for vacancies online"],
        ],
    },
    Topic {
        title: ["Balade nature en forêt", "Nature walk in the woods"],
        slug: ["balade-nature", "nature-walk"],
        kind: ["la balade", "the walk"],
        goal: [
            "reconnaître les arbres, les oiseaux et les traces d'animaux",
            "recognise trees, birds and animal tracks",
        ],
        pillars: &["learning-culture", "families-communities"],
        audience: &["families", "everyone"],
        taught: &[],
        items: &[
            ["observer les oiseaux aux jumelles", "watch birds through binoculars"],
            [
                "reconnaître cinq arbres de la forêt",
                "recognise five trees of the forest",
            ],
            ["chercher des traces d'animaux", "look for animal tracks"],
        ],
    },
    Topic {
        title: ["Jeux de société en famille", "Family board games"],
        slug: ["jeux-famille", "family-board-games"],
        kind: ["l'après-midi jeux", "the games afternoon"],
        goal: [
            "apprendre en jouant, petits et grands ensemble",
            "learn through play, young and old together",
        ],
        pillars: &["families-communities"],
        audience: &["families", "children"],
        taught: &[],
        items: &[
            ["découvrir des jeux coopératifs", "discover cooperative games"],
            [
                "apprendre les règles d'un jeu de stratégie",
                "learn the rules of a strategy game",
            ],
            ["inventer son propre jeu", "invent your own game"],
        ],
    },
    Topic {
        title: ["Initiation à la photographie", "Introduction to photography"],
        slug: ["initiation-photo", "photography-introduction"],
        kind: ["le cours", "the course"],
        goal: [
            "réussir ses photos avec un appareil ou un téléphone",
            "take better photos with a camera or a phone",
        ],
        pillars: &["learning-culture", "learning-technologies"],
        audience: &["adults", "youth"],
        taught: &[],
        items: &[
            ["comprendre la lumière et le cadrage", "understand light and framing"],
            ["photographier son quartier", "photograph your neighbourhood"],
            ["trier et partager ses images", "sort and share your pictures"],
        ],
    },
    Topic {
        title: ["Cuisine du monde et nutrition", "World cooking and nutrition"],
        slug: ["cuisine-monde", "world-cooking"],
        kind: ["l'atelier", "the workshop"],
        goal: [
            "cuisiner des repas équilibrés avec un petit budget",
            "cook balanced meals on a small budget",
        ],
        pillars: &["families-communities", "inclusive-education"],
        audience: &["adults", "families"],
        taught: &[],
        items: &[
            ["lire une étiquette alimentaire", "read a food label"],
            ["préparer un plat de saison", "cook a seasonal dish"],
            [
                "échanger des recettes de plusieurs pays",
                "swap recipes from several countries",
            ],
        ],
    },
    Topic {
        title: ["Lire et écrire pour adultes", "Reading and writing for adults"],
        slug: ["lire-ecrire-adultes", "reading-writing-adults"],
        kind: ["le cours", "the course"],
        goal: [
            "gagner en confiance à l'écrit",
            "gain confidence in reading and writing",
        ],
        pillars: &["inclusive-education"],
        audience: &["adults"],
        taught: &["fr"],
        items: &[
            ["remplir un formulaire", "fill in a form"],
            ["écrire un message court", "write a short message"],
            ["lire un horaire de bus", "read a bus timetable"],
            ["calculer un budget simple", "work out a simple budget"],
        ],
    },
    Topic {
        title: ["Podcast pour ados", "Podcast club for teenagers"],
        slug: ["podcast-ados", "teen-podcast"],
        kind: ["l'atelier", "the workshop"],
        goal: [
            "raconter son quartier au micro",
            "tell the story of their neighbourhood on air",
        ],
        pillars: &["learning-technologies", "learning-culture"],
        audience: &["youth"],
        taught: &[],
        items: &[
            ["écrire une courte chronique", "write a short column"],
            ["enregistrer une interview", "record an interview"],
            ["monter le son sur ordinateur", "edit the sound on a computer"],
        ],
    },
    Topic {
        title: ["Philosophie pour tous", "Philosophy for everyone"],
        slug: ["philosophie-pour-tous", "philosophy-everyone"],
        kind: ["la discussion", "the discussion"],
        goal: [
            "réfléchir ensemble à de grandes questions",
            "think together about big questions",
        ],
        pillars: &["learning-culture", "quality"],
        audience: &["adults", "seniors", "everyone"],
        taught: &[],
        items: &[
            [
                "partir d'un court texte ou d'une image",
                "start from a short text or an image",
            ],
            [
                "donner son avis et écouter celui des autres",
                "give your view and listen to others",
            ],
            [
                "repartir avec une question plutôt qu'une réponse",
                "leave with a question rather than an answer",
            ],
        ],
    },
    Topic {
        title: ["Sécurité numérique au quotidien", "Everyday online safety"],
        slug: ["securite-numerique", "online-safety"],
        kind: ["l'atelier", "the workshop"],
        goal: [
            "se protéger des arnaques et gérer ses mots de passe",
            "protect themselves from scams and manage their passwords",
        ],
        pillars: &["learning-technologies"],
        audience: &["adults", "seniors"],
        taught: &[],
        items: &[
            [
                "reconnaître un faux message de la banque",
                "spot a fake message from the bank",
            ],
            ["choisir un bon mot de passe", "choose a good password"],
            [
                "régler la confidentialité de son téléphone",
                "set the privacy options of your phone",
            ],
        ],
    },
    Topic {
        title: ["Découverte des métiers techniques", "Discovering technical trades"],
        slug: ["decouverte-metiers", "technical-trades"],
        kind: ["la journée découverte", "the discovery day"],
        goal: [
            "découvrir des métiers et des apprentissages possibles",
            "discover trades and possible apprenticeships",
        ],
        pillars: &["workplace"],
        audience: &["youth"],
        taught: &[],
        items: &[
            ["visiter un atelier en activité", "visit a working workshop"],
            ["essayer quelques gestes du métier", "try some of the trade's skills"],
            ["poser ses questions à des apprentis", "ask apprentices your questions"],
        ],
    },
    Topic {
        title: ["Formation continue des bénévoles", "Training for volunteers"],
        slug: ["formation-benevoles", "volunteer-training"],
        kind: ["la formation", "the training"],
        goal: [
            "mieux accompagner les personnes qui apprennent",
            "better support people who are learning",
        ],
        pillars: &["quality", "workplace"],
        audience: &["adults"],
        taught: &[],
        items: &[
            ["accueillir un groupe très varié", "welcome a very mixed group"],
            ["adapter ses explications", "adapt your explanations"],
            [
                "évaluer une séance avec les participants",
                "review a session with the participants",
            ],
        ],
    },
    Topic {
        title: ["Histoires dans la langue de la maison", "Stories in the home language"],
        slug: ["histoires-langue-maison", "stories-home-language"],
        kind: ["la rencontre", "the session"],
        goal: [
            "garder le lien avec la langue de la famille",
            "keep in touch with the family's language",
        ],
        pillars: &["families-communities", "inclusive-education"],
        audience: &["children", "families"],
        taught: &["sq", "pt", "es", "ar", "tr", "uk", "ta", "ti", "fa"],
        items: &[
            [
                "écouter des histoires lues par des parents",
                "listen to stories read by parents",
            ],
            ["découvrir des livres bilingues", "discover bilingual books"],
            ["chanter dans plusieurs langues", "sing in several languages"],
        ],
    },
    Topic {
        title: ["Initiation à la langue des signes", "Introduction to sign language"],
        slug: ["langue-signes", "sign-language"],
        kind: ["le cours", "the course"],
        goal: ["communiquer avec des personnes sourdes", "communicate with deaf people"],
        pillars: &["inclusive-education"],
        audience: &["adults", "youth"],
        taught: &[],
        items: &[
            [
                "apprendre l'alphabet dactylologique",
                "learn the fingerspelling alphabet",
            ],
            ["se présenter en signes", "introduce yourself in sign"],
            ["découvrir la culture sourde", "discover Deaf culture"],
        ],
    },
    Topic {
        title: [
            "Intelligence artificielle expliquée",
            "Artificial intelligence explained",
        ],
        slug: ["intelligence-artificielle", "artificial-intelligence"],
        kind: ["la conférence", "the talk"],
        goal: [
            "comprendre ce que l'intelligence artificielle sait faire, et ce qu'elle ne sait pas faire",
            "understand what artificial intelligence can do, and what it cannot",
        ],
        pillars: &["learning-technologies", "quality"],
        audience: &["adults", "youth", "seniors"],
        taught: &["en"],
        items: &[
            [
                "comment une machine apprend à partir d'exemples",
                "how a machine learns from examples",
            ],
            [
                "les limites et les erreurs des outils actuels",
                "the limits and errors of today's tools",
            ],
            ["des questions d'éthique pour demain", "ethical questions for tomorrow"],
        ],
    },
];

/// Optional words after a topic, in titles.
const QUALIFIERS: &[[&str; 4]] = &[
    ["", "", "", ""],
    ["pour débutants", "for beginners", "debutants", "beginners"],
    ["en famille", "for families", "famille", "families"],
    ["pour les seniors", "for seniors", "seniors", "seniors"],
    ["du samedi", "on Saturdays", "samedi", "saturdays"],
    ["du soir", "in the evening", "soir", "evening"],
    ["en petit groupe", "in a small group", "petit-groupe", "small-group"],
    ["intensif", "(intensive)", "intensif", "intensive"],
];

/// Words in both languages, with the article-free neighbourhood title read from its file.
struct Words {
    neighbourhood: Vec<[String; 2]>,
    pillar: Vec<[String; 2]>,
}

const WEEKDAYS: [[&str; 2]; 7] = [
    ["lundi", "Monday"],
    ["mardi", "Tuesday"],
    ["mercredi", "Wednesday"],
    ["jeudi", "Thursday"],
    ["vendredi", "Friday"],
    ["samedi", "Saturday"],
    ["dimanche", "Sunday"],
];
const MONTHS: [[&str; 2]; 12] = [
    ["janvier", "January"],
    ["février", "February"],
    ["mars", "March"],
    ["avril", "April"],
    ["mai", "May"],
    ["juin", "June"],
    ["juillet", "July"],
    ["août", "August"],
    ["septembre", "September"],
    ["octobre", "October"],
    ["novembre", "November"],
    ["décembre", "December"],
];

fn long_date(d: Date, lang: usize) -> String {
    let wd = WEEKDAYS[d.weekday().to_monday_zero_offset() as usize][lang];
    let m = MONTHS[d.month() as usize - 1][lang];
    if lang == FR {
        let day = if d.day() == 1 {
            "1er".to_string()
        } else {
            d.day().to_string()
        };
        format!("{wd} {day} {m} {}", d.year())
    } else {
        format!("{wd} {} {m} {}", d.day(), d.year())
    }
}

fn clock(minutes: i64, lang: usize) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (lang, m) {
        (FR, 0) => format!("{h} h"),
        (FR, _) => format!("{h} h {m:02}"),
        _ => format!("{h:02}:{m:02}"),
    }
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A YAML scalar: plain when safe, double-quoted otherwise.
fn ys(s: &str) -> String {
    let special_start = s.starts_with([
        '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ',
    ]);
    let risky = s.contains(": ")
        || s.contains(" #")
        || s.ends_with(':')
        || s.ends_with(' ')
        || s.is_empty()
        || s.parse::<f64>().is_ok()
        || matches!(
            s.to_ascii_lowercase().as_str(),
            "yes" | "no" | "true" | "false" | "null" | "on" | "off" | "~"
        );
    if special_start || risky {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        s.to_string()
    }
}

fn yaml_list(items: &[&str]) -> String {
    format!("[{}]", items.join(", "))
}

fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(n.days()).expect("date in range")
}

// ---------------------------------------------------------------------------------------------
// Sentences: each pair is French then English. Placeholders: {kind} {Kind} {goal} {venue}
// {provider} {nb} {stop} {day} {time}.

const INTRO: &[[&str; 2]] = &[
    [
        "{Kind} s'adresse à toutes celles et ceux qui souhaitent {goal}, sans prérequis particulier.",
        "{Kind} is for anyone who would like to {goal}, with no particular prerequisites.",
    ],
    [
        "Vous avez envie de {goal} ? {Kind} vous en donne l'occasion, à votre rythme et dans un groupe bienveillant.",
        "Would you like to {goal}? {Kind} gives you the chance, at your own pace and in a friendly group.",
    ],
    [
        "Proposé par {provider}, {kind} permet de {goal}, en quelques séances et sans pression.",
        "Run by {provider}, {kind} helps you {goal}, in a few sessions and without pressure.",
    ],
    [
        "Dans le quartier {nb}, {kind} réunit des personnes de tous horizons qui veulent {goal}.",
        "In the {nb} neighbourhood, {kind} brings together people from all walks of life who want to {goal}.",
    ],
];

const INTRO_MORE: &[[&str; 2]] = &[
    [
        "On apprend *en faisant* : chaque séance commence par une activité concrète, et les explications viennent ensuite.",
        "You learn *by doing*: each session starts with a practical activity, and the explanations come afterwards.",
    ],
    [
        "L'animatrice ou l'animateur adapte le contenu aux questions du groupe, et personne n'est laissé de côté.",
        "The facilitator adapts the content to the group's questions, and nobody is left behind.",
    ],
    [
        "Il n'y a **ni examen ni note** : le but est de prendre confiance et de repartir avec des idées à essayer chez soi.",
        "There is **no exam and no mark**: the aim is to gain confidence and go home with ideas to try out.",
    ],
    [
        "Les groupes restent petits, ce qui laisse à chacune et chacun le temps de s'exprimer et de poser ses questions.",
        "Groups stay small, which leaves everyone time to speak up and ask their questions.",
    ],
    [
        "C'est aussi une belle occasion de rencontrer des voisines et des voisins, autour d'un café offert à la pause.",
        "It is also a good way to meet your neighbours, over a free coffee during the break.",
    ],
];

const WHO: &[[&str; 2]] = &[
    [
        "{Kind} convient aussi bien aux personnes qui débutent qu'à celles qui veulent rafraîchir leurs connaissances.",
        "{Kind} suits beginners as well as people who want to brush up their knowledge.",
    ],
    [
        "Aucun matériel n'est nécessaire : tout est fourni sur place. Pensez simplement à prendre de quoi noter.",
        "No equipment is needed: everything is provided on site. Just remember to bring something to write with.",
    ],
    [
        "Les personnes qui parlent encore peu le français sont les bienvenues ; on s'aide volontiers entre participants.",
        "People who speak little French yet are welcome; participants are happy to help each other.",
    ],
    [
        "Si vous avez un doute sur votre niveau, écrivez-nous : nous vous aiderons à choisir le bon groupe.",
        "If you are unsure about your level, write to us: we will help you choose the right group.",
    ],
    [
        "Les enfants de moins de dix ans viennent accompagnés d'un adulte, qui participe volontiers lui aussi.",
        "Children under ten come with an adult, who is welcome to join in too.",
    ],
];

const PRACTICAL: &[[&str; 2]] = &[
    [
        "Le rendez-vous est fixé à {venue}, à quelques pas de l'arrêt {stop}.",
        "We meet at {venue}, a few steps from the {stop} stop.",
    ],
    [
        "Venez cinq minutes en avance le premier {day} pour faire connaissance et remplir la fiche d'inscription.",
        "Come five minutes early on the first {day} to get to know each other and fill in the registration form.",
    ],
    [
        "La séance commence à {time} précises et dure environ une heure et demie, pause comprise.",
        "The session starts at {time} sharp and lasts about an hour and a half, including a break.",
    ],
    [
        "La salle est chauffée et bien éclairée ; des vestiaires et des toilettes se trouvent au rez-de-chaussée.",
        "The room is heated and well lit; cloakrooms and toilets are on the ground floor.",
    ],
    [
        "En cas d'empêchement, merci de prévenir {provider} afin qu'une autre personne puisse profiter de votre place.",
        "If you cannot come, please let {provider} know so that someone else can have your place.",
    ],
];

const FILLER: &[[&str; 2]] = &[
    [
        "Apprendre tout au long de la vie ne se limite pas aux salles de classe : cela se passe aussi à la bibliothèque, au musée, dans une maison de quartier ou au travail.",
        "Lifelong learning is not limited to classrooms: it also happens in the library, at the museum, in a community centre or at work.",
    ],
    [
        "Les participantes et participants des éditions précédentes ont souvent continué à se retrouver après la fin du programme, pour le plaisir d'apprendre ensemble.",
        "Participants in previous editions have often kept meeting after the programme ended, for the pleasure of learning together.",
    ],
    [
        "Chaque séance se termine par un court moment d'échange : qu'avez-vous appris, qu'aimeriez-vous approfondir la prochaine fois ?",
        "Each session ends with a short exchange: what have you learnt, what would you like to explore next time?",
    ],
    [
        "Les supports utilisés pendant les séances sont remis à chaque personne, en version imprimée ou par e-mail, selon sa préférence.",
        "The materials used in the sessions are given to everyone, on paper or by e-mail, as they prefer.",
    ],
    [
        "L'équipe encadrante a suivi une formation spécifique pour accueillir des publics variés, y compris des personnes qui n'ont pas été à l'école depuis longtemps.",
        "The team has had specific training to welcome a wide range of people, including those who have not been to school for a long time.",
    ],
    [
        "Vous pouvez venir seul, avec une amie ou en famille : l'important est de venir avec votre curiosité.",
        "You can come alone, with a friend or with your family: what matters is to bring your curiosity.",
    ],
    [
        "Entre deux séances, de petits exercices facultatifs sont proposés ; ils prennent rarement plus de dix minutes.",
        "Between sessions, short optional exercises are suggested; they rarely take more than ten minutes.",
    ],
    [
        "Le programme a été construit avec des habitantes et habitants du quartier, à partir de leurs envies et de leurs besoins.",
        "The programme was designed with local residents, starting from what they wanted and needed.",
    ],
    [
        "À la fin du cycle, une attestation de participation est remise à celles et ceux qui le souhaitent, utile par exemple dans un dossier de candidature.",
        "At the end of the series, a certificate of attendance is given to those who want one, useful for instance in a job application.",
    ],
    [
        "La bibliothèque voisine met à disposition une sélection de livres et de documents en lien avec le thème, à emprunter gratuitement.",
        "The nearby library offers a selection of books and documents on the topic, to borrow free of charge.",
    ],
    [
        "Les questions d'accessibilité nous tiennent à cœur : signalez-nous vos besoins à l'inscription, nous chercherons une solution avec vous.",
        "Accessibility matters to us: tell us about your needs when you register, and we will look for a solution with you.",
    ],
    [
        "Cette offre fait partie du programme « Lausanne, ville apprenante », qui rend visibles les occasions d'apprendre dans tous les quartiers.",
        "This offer is part of the Lausanne Learning City programme, which makes learning opportunities visible in every neighbourhood.",
    ],
    [
        "Les retours des participantes et participants sont recueillis à chaque fin de cycle et servent à améliorer les éditions suivantes.",
        "Feedback from participants is collected at the end of each series and used to improve the next editions.",
    ],
    [
        "Il est possible de rejoindre le groupe en cours de route, tant qu'il reste des places : chaque séance peut se suivre de manière indépendante.",
        "You can join the group along the way while places remain: each session can be followed on its own.",
    ],
    [
        "Pour les personnes qui travaillent, une partie des séances a lieu en fin de journée, afin de concilier apprentissage et vie professionnelle.",
        "For people who work, some sessions take place in the early evening, so that learning fits around working life.",
    ],
    [
        "Une collation simple est proposée pendant la pause, préparée avec des produits de saison et de la région.",
        "A simple snack is offered during the break, made with seasonal, local produce.",
    ],
];

const STEPS: &[[&str; 2]] = &[
    ["inscrivez-vous en ligne ou par e-mail", "register online or by e-mail"],
    [
        "recevez la confirmation et le plan d'accès",
        "receive the confirmation and the map",
    ],
    [
        "venez au premier rendez-vous avec votre curiosité",
        "come to the first meeting with your curiosity",
    ],
    [
        "choisissez ensuite les séances qui vous intéressent",
        "then choose the sessions that interest you",
    ],
];

const ACCESS_NOTES: &[[&str; 2]] = &[
    ["Ascenseur depuis l'entrée principale.", "Lift from the main entrance."],
    [
        "Boucle magnétique dans la salle; demandez le micro à l'accueil.",
        "Hearing loop in the room; ask for the microphone at reception.",
    ],
    [
        "Interprétation en langue des signes sur demande, deux semaines à l'avance.",
        "Sign-language interpreting on request, two weeks in advance.",
    ],
    [
        "Documents disponibles en facile à lire.",
        "Handouts available in easy-read format.",
    ],
    [
        "Accès de plain-pied par l'entrée latérale.",
        "Step-free access through the side entrance.",
    ],
];

const PRICE_NOTES: &[[&str; 2]] = &[
    [
        "Tarif réduit pour les étudiants, les AVS et avec la carte Culture.",
        "Reduced price for students, pensioners and Culture card holders.",
    ],
    [
        "Le matériel est compris dans le prix.",
        "Materials are included in the price.",
    ],
    [
        "Paiement sur place, en espèces ou par carte.",
        "Payment on site, in cash or by card.",
    ],
    [
        "Personne ne doit renoncer pour des raisons financières: parlez-nous-en.",
        "Nobody should miss out for lack of money: talk to us.",
    ],
];

const LEVELS: &[[&str; 2]] = &[
    ["Débutants complets", "Complete beginners"],
    ["Niveau A1 à A2", "Level A1 to A2"],
    ["Niveau A2 à B1", "Level A2 to B1"],
    ["Niveau B1 ou plus", "Level B1 or above"],
    ["Aucune connaissance préalable", "No previous knowledge needed"],
    ["Avoir déjà suivi une initiation", "Having taken an introduction course"],
];

const IMAGE_ALTS: &[[&str; 2]] = &[
    [
        "Des participantes et participants autour d'une table de travail",
        "Participants around a work table",
    ],
    [
        "Une animatrice montre un document à un petit groupe",
        "A facilitator shows a document to a small group",
    ],
    [
        "Des enfants et des parents assis en cercle",
        "Children and parents sitting in a circle",
    ],
    [
        "Une salle lumineuse avec des chaises et un tableau",
        "A bright room with chairs and a whiteboard",
    ],
];

struct Ctx<'a> {
    topic: &'a Topic,
    venue: &'a Venue,
    nb: &'a [String; 2],
    weekday: usize,
    time: i64,
}

fn fill(template: &str, c: &Ctx, lang: usize) -> String {
    let kind = c.topic.kind[lang];
    let nb = &c.nb[lang];
    template
        .replace("{Kind}", &cap(kind))
        .replace("{kind}", kind)
        .replace("{goal}", c.topic.goal[lang])
        .replace("{venue}", c.venue.name)
        .replace("{provider}", c.venue.provider)
        .replace("{nb}", nb)
        .replace("{stop}", c.venue.stop)
        .replace("{day}", WEEKDAYS[c.weekday][lang])
        .replace("{time}", &clock(c.time, lang))
}

// ---------------------------------------------------------------------------------------------
// Offers

struct Corpus {
    n: usize,
    words: Words,
    /// Offer titles per language (for link texts), indexed by number - 1.
    titles: Vec<[String; 2]>,
    drafts: Vec<bool>,
    min_words: usize,
    max_words: usize,
    total_words: usize,
    bodies: usize,
}

impl Corpus {
    /// A published offer other than `not`, for links.
    fn other_offer(&self, rng: &mut Rng, not: usize) -> usize {
        loop {
            let j = 1 + rng.below(self.n);
            if j != not && !self.drafts[j - 1] {
                return j;
            }
        }
    }

    fn note_words(&mut self, body: &str) {
        let w = words(body);
        self.min_words = self.min_words.min(w);
        self.max_words = self.max_words.max(w);
        self.total_words += w;
        self.bodies += 1;
    }
}

/// The per-offer choices shared by both languages.
struct Offer {
    topic: usize,
    qualifier: usize,
    venue: usize,
}

fn offer_choice(i: usize) -> Offer {
    let mut rng = Rng::new(STREAM_OFFER, i as u64);
    Offer {
        topic: rng.below(TOPICS.len()),
        qualifier: rng.below(QUALIFIERS.len()),
        venue: rng.below(VENUES.len()),
    }
}

fn offer_title(o: &Offer, lang: usize) -> String {
    let t = &TOPICS[o.topic];
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

fn offer_slug(o: &Offer, i: usize, lang: usize) -> String {
    let t = &TOPICS[o.topic];
    let q = QUALIFIERS[o.qualifier][2 + lang];
    let mut s = t.slug[lang].to_string();
    if !q.is_empty() {
        s.push('-');
        s.push_str(q);
    }
    write!(s, "-{i}").unwrap();
    s
}

fn write_offer(c: &mut Corpus, i: usize, dir: &Path) {
    let choice = offer_choice(i);
    let mut rng = Rng::new(STREAM_OFFER, i as u64);
    for _ in 0..3 {
        rng.next(); // the three choices above
    }
    let topic = &TOPICS[choice.topic];
    let draft = c.drafts[i - 1];

    // Mode and places.
    let mode = match rng.below(10) {
        0 => "online",
        1 | 2 => "mixed",
        _ => "onsite",
    };
    let venue = &VENUES[choice.venue];
    let mut neighbourhoods: Vec<&str> = Vec::new();
    if mode == "online" {
        neighbourhoods.push("online");
    } else {
        neighbourhoods.push(venue.neighbourhood);
        if mode == "mixed" {
            neighbourhoods.push("online");
        }
        if rng.chance(0.15) {
            neighbourhoods.push("citywide");
        } else if rng.chance(0.1) {
            let extra = *rng.pick(&NEIGHBOURHOODS[..18]);
            if !neighbourhoods.contains(&extra) {
                neighbourhoods.push(extra);
            }
        }
    }
    let nb_index = NEIGHBOURHOODS.iter().position(|k| *k == neighbourhoods[0]).unwrap();

    let mut pillars: Vec<&str> = topic.pillars.to_vec();
    if rng.chance(0.3) {
        let extra = *rng.pick(&PILLARS);
        if !pillars.contains(&extra) {
            pillars.push(extra);
        }
    }

    // Dates: ~10% finished before today, the rest current or upcoming.
    let past = rng.chance(0.10);
    let with_period = past || rng.chance(0.85);
    let (start, end) = if past {
        let end = add_days(date(2026, 1, 10), rng.range(0, 314));
        (add_days(end, -rng.range(0, 120)), end)
    } else {
        let start = add_days(date(2026, 9, 1), rng.range(0, 300));
        let mut end = add_days(start, rng.range(0, 240));
        if end < today() {
            end = add_days(today(), rng.range(1, 200));
        }
        (start, end)
    };
    let weekday = start.weekday().to_monday_zero_offset() as usize;
    let time = *rng.pick(&[
        9 * 60,
        10 * 60 + 30,
        14 * 60,
        14 * 60 + 30,
        16 * 60 + 15,
        18 * 60,
        19 * 60,
    ]);
    let duration = *rng.pick(&[60, 90, 120, 180]);
    let sessions: Vec<Date> = if rng.chance(0.35) {
        let count = rng.range(1, 4);
        let span = (end - start).get_days().max(0) as i64;
        let span = if with_period { span } else { 120 };
        let first = if with_period { start } else { add_days(today(), 7) };
        let mut days: Vec<i64> = (0..count).map(|_| rng.range(0, span)).collect();
        days.sort_unstable();
        days.dedup();
        days.into_iter().map(|d| add_days(first, d)).collect()
    } else {
        Vec::new()
    };

    let audience: Vec<&str> = if rng.chance(0.7) {
        topic.audience.to_vec()
    } else {
        Vec::new()
    };
    let age = if rng.chance(0.4) {
        Some(match audience.first().copied().unwrap_or("adults") {
            "children" => *rng.pick(&["3-5", "6-9", "7-12", "8-12"]),
            "youth" => *rng.pick(&["12-16", "13-18", "16-25"]),
            "seniors" => *rng.pick(&["60+", "65+"]),
            "families" => *rng.pick(&["4-10", "6-12"]),
            _ => *rng.pick(&["16+", "18+"]),
        })
    } else {
        None
    };
    let level = rng.chance(0.3).then(|| *rng.pick(LEVELS));
    let schedule = rng.chance(0.6);
    let status = match rng.below(100) {
        0..=6 => Some("full"),
        7..=10 => Some("cancelled"),
        11..=14 => Some("postponed"),
        15..=29 => None,
        _ => Some("scheduled"),
    };
    let price: Option<f64> = if rng.chance(0.08) {
        None
    } else if rng.chance(0.5) {
        Some(0.0)
    } else {
        Some(*rng.pick(&[
            5.0, 8.0, 10.0, 12.5, 15.0, 20.0, 25.0, 30.0, 45.0, 60.0, 80.0, 120.0, 180.0, 250.0,
        ]))
    };
    let price_reduced = match price {
        Some(p) if p >= 10.0 && rng.chance(0.4) => Some((p / 2.0 * 2.0).round() / 2.0),
        _ => None,
    };
    let price_note = rng.chance(0.3).then(|| *rng.pick(PRICE_NOTES));
    let mut languages: Vec<&str> = Vec::new();
    if rng.chance(0.8) {
        if topic.taught.is_empty() || rng.chance(0.3) {
            languages.push("fr");
        }
        if !topic.taught.is_empty() {
            let l = *rng.pick(topic.taught);
            if !languages.contains(&l) {
                languages.push(l);
            }
        }
        if rng.chance(0.1) && !languages.contains(&"en") {
            languages.push("en");
        }
    }
    let accessibility: Vec<&str> = if rng.chance(0.5) {
        let all = ["step-free", "hearing-loop", "sign-language", "easy-read"];
        let k = 1 + rng.below(3);
        rng.distinct(4, k).into_iter().map(|j| all[j]).collect()
    } else {
        Vec::new()
    };
    let access_note = rng.chance(0.25).then(|| *rng.pick(ACCESS_NOTES));
    let registration = rng.chance(0.5);
    let registration_required = match rng.below(10) {
        0..=3 => None,
        4..=7 => Some(true),
        _ => Some(false),
    };
    let deadline = (with_period && rng.chance(0.3)).then(|| add_days(start, -rng.range(3, 14)));
    let contact = rng.chance(0.5);
    let image = rng.chance(0.15).then(|| *rng.pick(IMAGE_ALTS));
    let explicit_not_draft = !draft && rng.chance(0.05);

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
    let links: Vec<usize> = (0..1 + rng.below(3)).map(|_| c.other_offer(&mut rng, i)).collect();
    let pillar_link = *rng.pick(&pillars);
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
    let bodies = loop {
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
    };

    for (lang, l) in LANGS.iter().enumerate() {
        let mut f = String::new();
        f.push_str("---\n");
        writeln!(f, "title: {}", ys(&c.titles[i - 1][lang])).unwrap();
        let mut summary = format!("{}.", cap(topic.goal[lang]));
        let place = if mode == "online" {
            if lang == FR { " En ligne." } else { " Online." }.to_string()
        } else if lang == FR {
            format!(" Lieu : {}, le {}.", venue.name, WEEKDAYS[weekday][FR])
        } else {
            format!(" Venue: {}, on {}s.", venue.name, WEEKDAYS[weekday][EN])
        };
        if summary.chars().count() + place.chars().count() <= SUMMARY_MAX {
            summary.push_str(&place);
        }
        assert!(summary.chars().count() <= SUMMARY_MAX, "summary too long: {summary}");
        writeln!(f, "summary: {}", ys(&summary)).unwrap();
        writeln!(f, "pillars: {}", yaml_list(&pillars)).unwrap();
        writeln!(f, "neighbourhoods: {}", yaml_list(&neighbourhoods)).unwrap();
        writeln!(f, "provider: {}", ys(venue.provider)).unwrap();
        if !audience.is_empty() {
            writeln!(f, "audience: {}", yaml_list(&audience)).unwrap();
        }
        if let Some(a) = age {
            writeln!(f, "age: \"{a}\"").unwrap();
        }
        if let Some(lv) = level {
            writeln!(f, "level: {}", ys(lv[lang])).unwrap();
        }
        if with_period {
            writeln!(f, "start: {start}").unwrap();
            writeln!(f, "end: {end}").unwrap();
        }
        if schedule {
            let wd = WEEKDAYS[weekday][lang];
            let s = if lang == FR {
                format!("Le {wd}, de {} à {}", clock(time, FR), clock(time + duration, FR))
            } else {
                format!("{}s, {} to {}", wd, clock(time, EN), clock(time + duration, EN))
            };
            writeln!(f, "schedule: {}", ys(&s)).unwrap();
        }
        if !sessions.is_empty() {
            f.push_str("sessions:\n");
            for d in &sessions {
                let (h0, h1) = (time, time + duration);
                writeln!(f, "  - start: {d}T{:02}:{:02}", h0 / 60, h0 % 60).unwrap();
                writeln!(f, "    end: {d}T{:02}:{:02}", h1 / 60, h1 % 60).unwrap();
            }
        }
        if mode != "onsite" || rng_bit(i, 1) {
            writeln!(f, "mode: {mode}").unwrap();
        }
        if let Some(s) = status {
            writeln!(f, "status: {s}").unwrap();
        }
        match price {
            Some(0.0) => f.push_str("price: free\n"),
            Some(p) if p.fract() != 0.0 => writeln!(f, "price: {p:.2}").unwrap(),
            Some(p) => writeln!(f, "price: {p}").unwrap(),
            None => {}
        }
        if let Some(r) = price_reduced {
            if r.fract() != 0.0 {
                writeln!(f, "price_reduced: {r:.2}").unwrap();
            } else {
                writeln!(f, "price_reduced: {r}").unwrap();
            }
        }
        if let Some(n) = price_note {
            writeln!(f, "price_note: {}", ys(n[lang])).unwrap();
        }
        if !languages.is_empty() {
            writeln!(f, "languages: {}", yaml_list(&languages)).unwrap();
        }
        if mode != "online" {
            f.push_str("location:\n");
            writeln!(f, "  name: {}", ys(venue.name)).unwrap();
            writeln!(f, "  address: {}", ys(venue.address)).unwrap();
            writeln!(f, "  stop: {}", ys(venue.stop)).unwrap();
        }
        if !accessibility.is_empty() {
            writeln!(f, "accessibility: {}", yaml_list(&accessibility)).unwrap();
        }
        if let Some(n) = access_note {
            writeln!(f, "accessibility_note: {}", ys(n[lang])).unwrap();
        }
        if registration {
            writeln!(f, "registration: {}", venue.web).unwrap();
        }
        if let Some(r) = registration_required {
            writeln!(f, "registration_required: {r}").unwrap();
        }
        if let Some(d) = deadline {
            writeln!(f, "registration_deadline: {d}").unwrap();
        }
        if contact {
            writeln!(f, "contact: {}", venue.mail).unwrap();
        }
        if let Some(alt) = image {
            writeln!(
                f,
                "image: https://apprendre.lausanne.ch/media/offres/{}.jpg",
                offer_key(i)
            )
            .unwrap();
            writeln!(f, "image_alt: {}", ys(alt[lang])).unwrap();
        }
        writeln!(f, "slug: {}", offer_slug(&choice, i, lang)).unwrap();
        if draft {
            f.push_str("draft: true\n");
        } else if explicit_not_draft {
            f.push_str("draft: false\n");
        }
        f.push_str("---\n");
        f.push_str(&bodies[lang]);
        c.note_words(&bodies[lang]);
        fs::write(dir.join(format!("{}.{l}.md", offer_key(i))), f).unwrap();
    }
}

/// A per-offer coin toss that does not disturb the offer's main stream.
fn rng_bit(i: usize, salt: u64) -> bool {
    Rng::new(100 + salt, i as u64).chance(0.5)
}

// ---------------------------------------------------------------------------------------------
// News

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

fn write_news(c: &mut Corpus, i: usize, dir: &Path) {
    let mut rng = Rng::new(STREAM_NEWS, i as u64);
    let draft = news_is_draft(i);
    let topic = &TOPICS[rng.below(TOPICS.len())];
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

// ---------------------------------------------------------------------------------------------
// Home, copies, main

fn write_home(c: &Corpus, dir: &Path, news: usize) {
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

fn title_of(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .find_map(|l| l.strip_prefix("title: "))
        .map(|t| t.trim().trim_matches('"').to_string())
        .unwrap_or_else(|| panic!("{}: no title", path.display()))
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

    let term_titles = |section: &str, key: &str| -> [String; 2] {
        [
            title_of(&content.join(section).join(format!("{key}.fr.md"))),
            title_of(&content.join(section).join(format!("{key}.en.md"))),
        ]
    };
    let words = Words {
        neighbourhood: NEIGHBOURHOODS
            .iter()
            .map(|k| term_titles("neighbourhoods", k))
            .collect(),
        pillar: PILLARS.iter().map(|k| term_titles("pillars", k)).collect(),
    };
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
