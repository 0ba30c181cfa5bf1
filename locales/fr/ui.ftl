# Textes de l'interface du thème « lausanne ».
# Les libellés des vocabulaires (public, format, statut, accessibilité, langues) sont dans
# vocabulary.ftl, les dates et les prix dans formats.ftl.

## Structure commune

skip-link = Aller au contenu principal
nav-label = Menu principal
nav-offers = Offres
nav-news = Actualités
nav-pillars = Piliers
nav-neighbourhoods = Quartiers
switcher-label = Choix de la langue
# Affiché dans la langue du lien, quand la page n'existe pas dans cette langue.
switcher-untranslated = page non traduite, lien vers la liste
footer-nav-label = À propos du site
footer-programme = Un programme de la Ville de Lausanne et de l'Université de Lausanne (UNIL), membre du Réseau mondial des villes apprenantes de l'UNESCO.

## Page d'accueil bilingue (à la racine du site)

root-title = Lausanne, ville apprenante
root-intro = Cours, ateliers et rencontres pour apprendre à tout âge, dans tous les quartiers de Lausanne.
root-enter = Entrer sur le site en français

## Accueil

home-upcoming = Prochaines offres
home-news = Dernières actualités
home-pillars = Les piliers de la ville apprenante
home-neighbourhoods = Apprendre près de chez vous
offers-all = Toutes les offres
news-all = Toutes les actualités
pillars-all = Tous les piliers
neighbourhoods-all = Tous les quartiers

## Listes

offers-intro = Cours, ateliers, conférences et rencontres, les plus proches dans le temps en premier.
offers-current = Offres à venir et en cours
offers-none = Aucune offre à venir pour le moment.
offers-finished = Offres terminées
offers-finished-show = { $count ->
    [one] Afficher l'offre terminée
   *[other] Afficher les { $count } offres terminées
}
offers-finished-show-latest = { $count ->
    [one] Afficher la dernière offre terminée
   *[other] Afficher les { $count } dernières offres terminées
}
offers-finished-archive = Les offres terminées plus anciennes sont dans l'archive
news-intro = Les nouvelles de Lausanne, ville apprenante, des plus récentes aux plus anciennes.
news-none = Aucune actualité pour le moment.
news-published = Publié le

## Piliers et quartiers

taxonomy-pillars = Piliers
taxonomy-neighbourhoods = Quartiers
taxonomy-pillars-one = Pilier
taxonomy-neighbourhoods-one = Quartier
taxonomy-pillars-intro = Les piliers regroupent les offres par grand thème : éducation, famille, travail, numérique, qualité et culture de l'apprentissage.
taxonomy-neighbourhoods-intro = Trouvez les offres près de chez vous, quartier par quartier, en ville, dans la région ou en ligne.
term-offers-count = { $count ->
    [0] Aucune offre en cours
    [one] Une offre en cours
   *[other] { $count } offres en cours
}
term-offers = Offres en cours
term-news = Actualités liées

## Offre

offer-when = Quand
offer-where = Où
offer-for-whom = Pour qui
offer-age = Âge
offer-age-value = { $age } ans
offer-level = Niveau
offer-price = Prix
offer-price-reduced = Tarif réduit : { $price }
offer-languages = Cours donné en
offer-mode = Format
offer-finished = Terminée
offer-practical = Informations pratiques
offer-period = Dates
offer-schedule = Horaire
offer-sessions = Séances
offer-stop = Arrêt { $stop }
offer-accessibility = Accessibilité
offer-provider = Organisé par
offer-registration = Inscription
offer-register-link = Page d'inscription
offer-registration-required = Inscription obligatoire
offer-deadline = Délai d'inscription
offer-contact = Contact
offer-about = En détail
offer-notice-full = Cette offre est complète : il n'est plus possible de s'inscrire.
offer-notice-cancelled = Cette offre est annulée.
offer-notice-postponed = Cette offre est reportée. Renseignez-vous auprès de l'organisateur sur les nouvelles dates.
offer-notice-finished = Cette offre est terminée. Elle reste en ligne pour information.
