//! Topics of culture and family life: stories, games, walks, cooking, museums, talks and
//! discussions.

use crate::topics::Topic;

pub const HOMEWORK_HELP: Topic = Topic {
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
};

pub const STORIES_LITTLE_ONES: Topic = Topic {
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
};

pub const TALK_MEMORY: Topic = Topic {
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
};

pub const TOUR_PLAIN_LANGUAGE: Topic = Topic {
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
};

pub const NATURE_WALK: Topic = Topic {
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
};

pub const FAMILY_BOARD_GAMES: Topic = Topic {
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
};

pub const WORLD_COOKING: Topic = Topic {
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
};

pub const PHILOSOPHY: Topic = Topic {
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
};
