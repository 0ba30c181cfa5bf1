# Pagination, archive des offres, page introuvable.
pagination-label = Pages de la liste
pagination-prev = Page précédente
pagination-next = Page suivante
pagination-page = Page { $number }
offers-archive-link = { $count ->
    [one] Voir l'offre terminée
   *[other] Voir les { $count } offres terminées
}
archive-intro = Ces offres sont terminées. Leurs pages restent en ligne pour mémoire.
archive-none = Aucune offre terminée pour l'instant.
not-found-text = Cette page n'existe pas ou n'existe plus. Les offres terminées restent dans l'archive.
not-found-home = Aller à l'accueil en français
offer-calendar = Agenda
offer-calendar-link = Ajouter à mon agenda (fichier .ics)
calendar-subscribe = S'abonner à l'agenda de cette liste (fichier .ics)
feed-subscribe = Suivre les nouveautés de cette liste (flux Atom)
