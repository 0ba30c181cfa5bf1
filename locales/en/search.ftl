# Search, filters of offer lists and offers at a glance ("lausanne" theme).
# Strings read by JavaScript (result counts) get { $count } and { $query } from the script.

## Search in the header and search page

search-title = Search
search-label = Search the site
search-button = Search
search-placeholder = Keywords
# Without JavaScript, the header shows this link to the offers list instead of the search box.
search-fallback = Find an offer
search-intro = Search offers, news, pillars and neighbourhoods. Accents and capitals do not matter: "ecole" finds "école".
search-field = Words to search for
search-nojs = Search needs JavaScript, which is turned off in your browser. Every offer is still one click away:
search-nojs-offers = the list of all offers
search-nojs-pillars = offers by pillar
search-nojs-neighbourhoods = offers by neighbourhood
search-loading = Searching…
search-error = Search could not load. Try the list of all offers.
search-results-none = No results for "{ $query }".
search-results-one = One result for "{ $query }".
search-results-many = { $count } results for "{ $query }".
search-results-label = Search results
search-kind-offer = Offer
search-kind-news = News
search-kind-pillar = Pillar
search-kind-neighbourhood = Neighbourhood
search-kind-page = Page

## Filters of offer lists

filters-title = Filter the offers
filters-intro = The list changes as soon as you choose a filter.
filters-audience = Who for
filters-age = Age of the learner
filters-age-hint = Offers without an age limit stay in the list.
filters-pillar = Pillar
filters-any-pillar = All pillars
filters-neighbourhood = Neighbourhood
filters-any-neighbourhood = All neighbourhoods
filters-language = Language taught
filters-any-language = All languages
filters-mode = Format
filters-any-mode = On site or online
filters-free = Free only
filters-when = When
filters-any-time = Any date
filters-week = This week
filters-month = This month
filters-reset = Clear the filters
filters-count-none = No offer matches these filters.
filters-count-one = One offer matches these filters.
filters-count-many = { $count } offers match these filters.
filters-count-all = { $count } offers in all.
offers-browse = Also browse the offers
offers-browse-pillars = by pillar
offers-browse-neighbourhoods = by neighbourhood

## Offer at a glance

offer-status = Status
registration-required-short = required
registration-required-until = required, by { $date }
registration-optional = possible, not required
registration-none = not needed
