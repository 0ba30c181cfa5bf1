# Formats de dates, heures et prix (français de Suisse).
# Les noms des mois et des jours viennent des données CLDR ; ces modèles assemblent les parties.

language-name = Français

# « mardi 3 mars 2026 », « dimanche 1er mars 2026 »
date-long = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
# « 3 mars 2026 »
date-short = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
# « 14 h 30 », « 14 h »
time = { $minute ->
    [0] { $hour } h
   *[other] { $hour } h { $minute_padded }
}
# « mardi 3 mars 2026, 14 h 30 »
date-time = { $date }, { $time }
# « mardi 3 mars 2026, de 14 h 30 à 16 h »
session = { $date }, de { $start } à { $end }
# « du 3 au 17 mars 2026 », « du 28 février au 3 mars 2026 », « du 1er décembre 2026 au 10 janvier 2027 »
range-same-month = du { $start_day ->
    [1] 1er
   *[other] { $start_day }
} au { $end_day } { $month } { $year }
range-same-year = du { $start_day ->
    [1] 1er
   *[other] { $start_day }
} { $start_month } au { $end_day } { $end_month } { $year }
range-other-year = du { $start } au { $end }
# « le 3 mars 2026 »
range-one-day = le { $date }

# « CHF 25.– », « CHF 12.50 »
price-whole = CHF { $francs }.–
price-cents = CHF { $francs }.{ $cents }
price-free = Gratuit
