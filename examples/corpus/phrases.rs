//! The bilingual phrases bodies and front matter are made of, and the placeholders they fill.

use crate::text::{WEEKDAYS, cap, clock};
use crate::topics::Topic;
use crate::venues::Venue;

// Sentences: each pair is French then English. Placeholders: {kind} {Kind} {goal} {venue}
// {provider} {nb} {stop} {day} {time}.

pub const INTRO: &[[&str; 2]] = &[
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

pub const INTRO_MORE: &[[&str; 2]] = &[
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

pub const WHO: &[[&str; 2]] = &[
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

pub const PRACTICAL: &[[&str; 2]] = &[
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

pub const FILLER: &[[&str; 2]] = &[
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

pub const STEPS: &[[&str; 2]] = &[
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

pub const ACCESS_NOTES: &[[&str; 2]] = &[
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

pub const PRICE_NOTES: &[[&str; 2]] = &[
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

pub const LEVELS: &[[&str; 2]] = &[
    ["Débutants complets", "Complete beginners"],
    ["Niveau A1 à A2", "Level A1 to A2"],
    ["Niveau A2 à B1", "Level A2 to B1"],
    ["Niveau B1 ou plus", "Level B1 or above"],
    ["Aucune connaissance préalable", "No previous knowledge needed"],
    ["Avoir déjà suivi une initiation", "Having taken an introduction course"],
];

pub const IMAGE_ALTS: &[[&str; 2]] = &[
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

pub struct Ctx<'a> {
    pub topic: &'a Topic,
    pub venue: &'a Venue,
    pub nb: &'a [String; 2],
    pub weekday: usize,
    pub time: i64,
}

pub fn fill(template: &str, c: &Ctx, lang: usize) -> String {
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
