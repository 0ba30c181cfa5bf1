# Formats of dates, times and prices (British English, 24-hour clock for a Swiss audience).
# Month and weekday names come from CLDR data; these patterns put the parts together.

language-name = English

# "Tuesday 3 March 2026"
date-long = { $weekday } { $day } { $month } { $year }
# "3 March 2026"
date-short = { $day } { $month } { $year }
# "14:30", "14:00"
time = { $hour }:{ $minute_padded }
# "Tuesday 3 March 2026, 14:30"
date-time = { $date }, { $time }
# "Tuesday 3 March 2026, 14:30–16:00"
session = { $date }, { $start }–{ $end }
# "3–17 March 2026", "28 February – 3 March 2026", "1 December 2026 – 10 January 2027"
range-same-month = { $start_day }–{ $end_day } { $month } { $year }
range-same-year = { $start_day } { $start_month } – { $end_day } { $end_month } { $year }
range-other-year = { $start } – { $end }
range-one-day = { $date }

# "CHF 25", "CHF 12.50"
price-whole = CHF { $francs }
price-cents = CHF { $francs }.{ $cents }
price-free = Free
