//! Topics of digital and working skills: devices, robots, media, online safety, artificial
//! intelligence, jobs, trades and volunteering.

use crate::topics::Topic;

pub const TABLET_FIRST_STEPS: Topic = Topic {
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
};

pub const ROBOTICS_WORKSHOP: Topic = Topic {
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
};

pub const JOB_APPLICATION: Topic = Topic {
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
};

pub const PHOTOGRAPHY: Topic = Topic {
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
};

pub const TEEN_PODCAST: Topic = Topic {
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
};

pub const ONLINE_SAFETY: Topic = Topic {
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
};

pub const TECHNICAL_TRADES: Topic = Topic {
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
};

pub const VOLUNTEER_TRAINING: Topic = Topic {
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
};

pub const ARTIFICIAL_INTELLIGENCE: Topic = Topic {
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
};
