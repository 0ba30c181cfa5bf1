# Titles of list pages.
list-title-offers = Offers
list-title-news = News
list-title-pillars = Pillars
list-title-neighbourhoods = Neighbourhoods
list-title-archive = Past offers
not-found-title = Page not found
