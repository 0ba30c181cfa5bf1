# Recherche, filtres des listes d'offres et résumé des offres en un coup d'œil (thème « lausanne »).
# Les textes lus par JavaScript (nombres de résultats) reçoivent { $count } et { $query } du
# script ; ils vont dans des attributs, où la typographie française n'est pas appliquée : les
# espaces insécables y sont écrites telles quelles.

## Recherche dans l'en-tête et page de recherche

search-title = Rechercher
search-label = Rechercher sur le site
search-button = Rechercher
search-placeholder = Mots-clés
# Sans JavaScript, l'en-tête montre ce lien vers la liste des offres à la place du champ de recherche.
search-fallback = Trouver une offre
search-intro = Cherchez parmi les offres, les actualités, les piliers et les quartiers. Les accents et les majuscules ne comptent pas : « ecole » trouve « école ».
search-field = Mots à chercher
search-nojs = La recherche a besoin de JavaScript, qui est désactivé dans votre navigateur. Toutes les offres restent accessibles :
search-nojs-offers = la liste de toutes les offres
search-nojs-pillars = les offres par pilier
search-nojs-neighbourhoods = les offres par quartier
search-loading = Recherche en cours…
search-error = La recherche n'a pas pu se charger. Essayez la liste de toutes les offres.
search-results-none = Aucun résultat pour « { $query } ».
search-results-one = Un résultat pour « { $query } ».
search-results-many = { $count } résultats pour « { $query } ».
search-results-label = Résultats de la recherche
search-kind-offer = Offre
search-kind-news = Actualité
search-kind-pillar = Pilier
search-kind-neighbourhood = Quartier
search-kind-page = Page

## Filtres des listes d'offres

filters-title = Filtrer les offres
filters-intro = Les offres affichées changent dès que vous choisissez un filtre.
filters-audience = Pour qui
filters-age = Âge de la personne
filters-age-hint = Les offres sans limite d'âge restent affichées.
filters-pillar = Pilier
filters-any-pillar = Tous les piliers
filters-neighbourhood = Quartier
filters-any-neighbourhood = Tous les quartiers
filters-language = Langue du cours
filters-any-language = Toutes les langues
filters-mode = Format
filters-any-mode = Sur place ou en ligne
filters-free = Gratuites seulement
filters-when = Quand
filters-any-time = À toutes les dates
filters-week = Cette semaine
filters-month = Ce mois-ci
filters-reset = Effacer les filtres
filters-count-none = Aucune offre ne correspond à ces filtres.
filters-count-one = Une offre correspond à ces filtres.
filters-count-many = { $count } offres correspondent à ces filtres.
filters-count-all = { $count } offres en tout.
offers-browse = Parcourir aussi les offres
offers-browse-pillars = par pilier
offers-browse-neighbourhoods = par quartier

## Offre en un coup d'œil

offer-status = Statut
registration-required-short = obligatoire
registration-required-until = obligatoire, jusqu'au { $date }
registration-optional = possible, pas obligatoire
registration-none = sans inscription
