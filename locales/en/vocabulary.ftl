# Labels of the fixed front matter vocabularies.

audience-children = Children
audience-youth = Young people
audience-adults = Adults
audience-seniors = Seniors
audience-families = Families
audience-everyone = Everyone

mode-onsite = On site
mode-online = Online
mode-mixed = On site and online

status-scheduled = Scheduled
status-full = Full
status-cancelled = Cancelled
status-postponed = Postponed

access-step-free = Step-free access
access-hearing-loop = Hearing loop
access-sign-language = Sign language
access-easy-read = Easy read

# Languages an offer is taught in
language-fr = French
language-en = English
language-de = German
language-it = Italian
language-es = Spanish
language-pt = Portuguese
language-ar = Arabic
language-sq = Albanian
language-tr = Turkish
language-uk = Ukrainian
language-ta = Tamil
language-ti = Tigrinya
language-fa = Persian
