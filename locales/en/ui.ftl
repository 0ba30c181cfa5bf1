# User interface strings of the "lausanne" theme.
# Vocabulary labels (audience, mode, status, accessibility, languages) are in vocabulary.ftl,
# dates and prices in formats.ftl.

## Shared structure

skip-link = Skip to main content
nav-label = Main menu
nav-offers = Offers
nav-news = News
nav-pillars = Pillars
nav-neighbourhoods = Neighbourhoods
switcher-label = Choose a language
# Shown in the link's language when the page has no translation in it.
switcher-untranslated = page not translated, link to the list
footer-nav-label = About this site
footer-programme = A programme of the City of Lausanne and the University of Lausanne (UNIL), member of the UNESCO Global Network of Learning Cities.

## Bilingual welcome page (at the site root)

root-title = Lausanne Learning City
root-intro = Courses, workshops and meetings for learning at any age, in every neighbourhood of Lausanne.
root-enter = Enter the site in English

## Home

home-upcoming = Upcoming offers
home-news = Latest news
home-pillars = The pillars of the learning city
home-neighbourhoods = Learning near you
offers-all = All offers
news-all = All news
pillars-all = All pillars
neighbourhoods-all = All neighbourhoods

## Lists

offers-intro = Courses, workshops, talks and meetings, soonest first.
offers-current = Upcoming and current offers
offers-none = There are no upcoming offers at the moment.
offers-finished = Finished offers
offers-finished-show = { $count ->
    [one] Show the finished offer
   *[other] Show the { $count } finished offers
}
offers-finished-show-latest = { $count ->
    [one] Show the most recently finished offer
   *[other] Show the { $count } most recently finished offers
}
offers-finished-archive = Older finished offers are in the archive
news-intro = News from Lausanne Learning City, newest first.
news-none = There is no news yet.
news-published = Published on

## Pillars and neighbourhoods

taxonomy-pillars = Pillars
taxonomy-neighbourhoods = Neighbourhoods
taxonomy-pillars-one = Pillar
taxonomy-neighbourhoods-one = Neighbourhood
taxonomy-pillars-intro = The pillars group offers by broad theme: education, families, work, digital skills, quality and a culture of learning.
taxonomy-neighbourhoods-intro = Find offers near you, neighbourhood by neighbourhood, in town, in the region or online.
term-offers-count = { $count ->
    [0] No current offers
    [one] One current offer
   *[other] { $count } current offers
}
term-offers = Current offers
term-news = Related news

## Offer

offer-when = When
offer-where = Where
offer-for-whom = Who for
offer-age = Age
offer-age-value = ages { $age }
offer-level = Level
offer-price = Price
offer-price-reduced = Reduced price: { $price }
offer-languages = Taught in
offer-mode = Format
offer-finished = Finished
offer-practical = Practical information
offer-period = Dates
offer-schedule = Schedule
offer-sessions = Sessions
offer-stop = Public transport: { $stop }
offer-accessibility = Accessibility
offer-provider = Run by
offer-registration = Registration
offer-register-link = Registration page
offer-registration-required = Registration required
offer-deadline = Registration deadline
offer-contact = Contact
offer-about = Details
offer-notice-full = This offer is full: registration is closed.
offer-notice-cancelled = This offer has been cancelled.
offer-notice-postponed = This offer has been postponed. Ask the organiser about the new dates.
offer-notice-finished = This offer has ended. It stays online for reference.
