# Titres des pages de listes.
list-title-offers = Offres
list-title-news = Actualités
list-title-pillars = Piliers
list-title-neighbourhoods = Quartiers
