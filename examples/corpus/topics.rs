//! The kinds of learning activity offers are about, and the words their titles may add.

use crate::{topics_culture, topics_languages, topics_skills};

/// A kind of learning activity, with its words in both languages.
pub struct Topic {
    pub title: [&'static str; 2],
    pub slug: [&'static str; 2],
    /// "the workshop", with its article.
    pub kind: [&'static str; 2],
    /// What one learns, as a verb phrase: "write for pleasure".
    pub goal: [&'static str; 2],
    pub pillars: &'static [&'static str],
    pub audience: &'static [&'static str],
    /// Language codes it is taught in, besides French.
    pub taught: &'static [&'static str],
    /// What the sessions cover: list items.
    pub items: &'static [[&'static str; 2]],
}

/// Offers and news pick a topic by its index here: appending keeps every earlier item the same,
/// reordering changes them all.
pub const TOPICS: &[&Topic] = &[
    &topics_languages::CREATIVE_WRITING,
    &topics_languages::FRENCH_COURSE,
    &topics_skills::TABLET_FIRST_STEPS,
    &topics_culture::HOMEWORK_HELP,
    &topics_languages::ENGLISH_CONVERSATION,
    &topics_languages::ITALIAN_COURSE,
    &topics_culture::STORIES_LITTLE_ONES,
    &topics_skills::ROBOTICS_WORKSHOP,
    &topics_culture::TALK_MEMORY,
    &topics_culture::TOUR_PLAIN_LANGUAGE,
    &topics_skills::JOB_APPLICATION,
    &topics_culture::NATURE_WALK,
    &topics_culture::FAMILY_BOARD_GAMES,
    &topics_skills::PHOTOGRAPHY,
    &topics_culture::WORLD_COOKING,
    &topics_languages::READING_WRITING_ADULTS,
    &topics_skills::TEEN_PODCAST,
    &topics_culture::PHILOSOPHY,
    &topics_skills::ONLINE_SAFETY,
    &topics_skills::TECHNICAL_TRADES,
    &topics_skills::VOLUNTEER_TRAINING,
    &topics_languages::STORIES_HOME_LANGUAGE,
    &topics_languages::SIGN_LANGUAGE,
    &topics_skills::ARTIFICIAL_INTELLIGENCE,
];

/// Optional words after a topic, in titles.
pub const QUALIFIERS: &[[&str; 4]] = &[
    ["", "", "", ""],
    ["pour débutants", "for beginners", "debutants", "beginners"],
    ["en famille", "for families", "famille", "families"],
    ["pour les seniors", "for seniors", "seniors", "seniors"],
    ["du samedi", "on Saturdays", "samedi", "saturdays"],
    ["du soir", "in the evening", "soir", "evening"],
    ["en petit groupe", "in a small group", "petit-groupe", "small-group"],
    ["intensif", "(intensive)", "intensif", "intensive"],
];
