#!/usr/bin/env bash
# Seeds the fuzzing corpora from the fixtures and the shipped content.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/front_matter corpus/markdown corpus/typography corpus/slug
for f in ../tests/fixtures/*/content/**/*.md ../content/*/*.md ../content/*.md; do
  [ -f "$f" ] || continue
  name=$(echo "$f" | tr '/.' '__')
  cp "$f" "corpus/front_matter/$name"
  sed '1,/^---$/d' "$f" | sed '1,/^---$/d' > "corpus/markdown/$name"
done
printf '<p>Prix : CHF 25.– ; « ici » ! <code>a ? b</code> 14:30</p>' > corpus/typography/sample
printf 'Café Littéraire' > corpus/slug/a; printf '../../etc' > corpus/slug/b; printf '2026/club' > corpus/slug/c
echo "seeded: $(find corpus -type f | wc -l) files"
