# Titres des pages de listes.
list-title-offers = Offres
list-title-news = Actualités
list-title-pillars = Piliers
list-title-neighbourhoods = Quartiers
list-title-archive = Offres terminées
not-found-title = Page introuvable
