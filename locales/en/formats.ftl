# Formats of dates, times and prices (British English, 24-hour clock for a Swiss audience).

language-name = English

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

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
