# Pagination, archive of offers, page not found.
pagination-label = Pages of the list
pagination-prev = Previous page
pagination-next = Next page
pagination-page = Page { $number }
offers-archive-link = { $count ->
    [one] See the past offer
   *[other] See the { $count } past offers
}
archive-intro = These offers are over. Their pages stay online for reference.
archive-none = No past offers yet.
not-found-text = This page does not exist, or no longer does. Past offers stay in the archive.
not-found-home = Go to the English home page
offer-calendar = Calendar
offer-calendar-link = Add to my calendar (.ics file)
calendar-subscribe = Subscribe to the calendar of this list (.ics file)
feed-subscribe = Follow this list (Atom feed)
