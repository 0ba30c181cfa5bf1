#!/usr/bin/env bash
# Seeds the fuzzing corpora from the fixtures and the shipped content.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/front_matter corpus/markdown corpus/typography corpus/slug corpus/page_reader corpus/minify
for f in ../tests/fixtures/*/content/**/*.md ../content/*/*.md ../content/*.md; do
  [ -f "$f" ] || continue
  name=$(echo "$f" | tr '/.' '__')
  cp "$f" "corpus/front_matter/$name"
  sed '1,/^---$/d' "$f" | sed '1,/^---$/d' > "corpus/markdown/$name"
done
printf '<p>Prix : CHF 25.– ; « ici » ! <code>a ? b</code> 14:30</p>' > corpus/typography/sample
printf 'Café Littéraire' > corpus/slug/a; printf '../../etc' > corpus/slug/b; printf '2026/club' > corpus/slug/c
# Pages as themes write them, for the page reader (fast reader against lol_html).
printf '<!doctype html>\n<html lang="fr-CH"><head><meta charset="utf-8"><title>Atelier – Lausanne</title><script src="/s.js" defer></script></head><body><nav><a href="/">Accueil</a></nav><main id="main"><article data-pagefind-body data-pagefind-meta="kind:Offre"><h1 id="t">Atelier <em>vélo</em></h1><p data-pagefind-meta="summary">Réparer, à Chauderon.</p><ul><li data-pagefind-filter="pillar"><a href="/p/">Travail</a></li></ul><img src="/a.jpg" alt="A"><p data-pagefind-ignore>x</p></article></main><footer><p>Ville</p></footer></body></html>\n' > corpus/page_reader/offer
printf '<html><body><div data-pagefind-body><h2 data-pagefind-weight="3">Quand ?</h2><p>Le 2 mars<br>à 18 h &amp; plus</p><span data-pagefind-sort="date[data-d]" data-d="2027">x</span><a data-pagefind-index-attrs="title" title="T">l</a></div><!-- c --></body></html>' > corpus/page_reader/body
# Pages as themes write them, for the minifier (its fast path against html_minifier).
cp corpus/page_reader/offer corpus/page_reader/body corpus/minify/
printf '<!doctype html>\n<html lang="fr">\n<head>\n  <title>Cours   de\tfrançais </title>\n  <script type="application/ld+json">{"a":  1}</script>\n</head>\n<body class=" a  b ">\n  <form hidden data-f\n    data-one="Une  offre">\n    <option value="">Tous</option>\n    <input type=checkbox checked >\n    <br />\n  </form>\n  <pre><code class="language-sh">ls  -l\n  <b>x</b></code></pre>\n  <p>a  <code>b  c</code>\t d</p>\n</body>\n</html>\n' > corpus/minify/page
echo "seeded: $(find corpus -type f | wc -l) files"
