//! Topics of language and literacy: courses, conversation, reading and writing, signing, and
//! stories in the languages spoken at home.

use crate::topics::Topic;

pub const CREATIVE_WRITING: Topic = Topic {
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
};

pub const FRENCH_COURSE: Topic = Topic {
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
};

pub const ENGLISH_CONVERSATION: Topic = Topic {
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
};

pub const ITALIAN_COURSE: Topic = Topic {
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
};

pub const READING_WRITING_ADULTS: Topic = Topic {
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
};

pub const STORIES_HOME_LANGUAGE: Topic = Topic {
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
};

pub const SIGN_LANGUAGE: Topic = Topic {
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
};
