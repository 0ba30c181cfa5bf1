# Libellés des vocabulaires fixes du front matter.

audience-children = Enfants
audience-youth = Jeunes
audience-adults = Adultes
audience-seniors = Seniors
audience-families = Familles
audience-everyone = Tout public

mode-onsite = Sur place
mode-online = En ligne
mode-mixed = Sur place et en ligne

status-scheduled = Programmé
status-full = Complet
status-cancelled = Annulé
status-postponed = Reporté

access-step-free = Accès de plain-pied
access-hearing-loop = Boucle magnétique
access-sign-language = Langue des signes
access-easy-read = Facile à lire

# Langues d'enseignement
language-fr = français
language-en = anglais
language-de = allemand
language-it = italien
language-es = espagnol
language-pt = portugais
language-ar = arabe
language-sq = albanais
language-tr = turc
language-uk = ukrainien
language-ta = tamoul
language-ti = tigrigna
language-fa = persan
