//! The taxonomy terms offers and news are filed under (pillars, neighbourhoods), and their titles
//! in both languages, read from the shipped content.

use std::fs;
use std::path::Path;

pub const PILLARS: [&str; 6] = [
    "inclusive-education",
    "families-communities",
    "workplace",
    "learning-technologies",
    "quality",
    "learning-culture",
];

pub const NEIGHBOURHOODS: [&str; 21] = [
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

/// Words in both languages, with the article-free neighbourhood title read from its file.
pub struct Words {
    pub neighbourhood: Vec<[String; 2]>,
    pub pillar: Vec<[String; 2]>,
}

impl Words {
    /// The titles of the terms copied into `content`, in both languages.
    pub fn read(content: &Path) -> Words {
        let term_titles = |section: &str, key: &str| -> [String; 2] {
            [
                title_of(&content.join(section).join(format!("{key}.fr.md"))),
                title_of(&content.join(section).join(format!("{key}.en.md"))),
            ]
        };
        Words {
            neighbourhood: NEIGHBOURHOODS
                .iter()
                .map(|k| term_titles("neighbourhoods", k))
                .collect(),
            pillar: PILLARS.iter().map(|k| term_titles("pillars", k)).collect(),
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
