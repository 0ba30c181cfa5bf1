//! Tests of the French typography pass.

use super::*;

fn fr(s: &str) -> String {
    apply(s, Punctuation::Spaced)
}

#[test]
fn punctuation_gets_its_no_break_spaces() {
    assert_eq!(
        fr("<p>Vraiment ? Oui ! Voici : ceci ; cela.</p>"),
        "<p>Vraiment\u{202F}? Oui\u{202F}! Voici\u{A0}: ceci\u{202F}; cela.</p>"
    );
    assert_eq!(
        fr("<p>Il dit «bonjour» et « salut ».</p>"),
        "<p>Il dit «\u{202F}bonjour\u{202F}» et «\u{202F}salut\u{202F}».</p>"
    );
    assert_eq!(
        fr("<p>Prix : CHF 25.–, durée 2 h, 10 km.</p>"),
        "<p>Prix\u{A0}: CHF\u{A0}25.–, durée 2\u{A0}h, 10\u{A0}km.</p>"
    );
}

#[test]
fn leaves_code_urls_times_attributes_and_english_alone() {
    let untouched = [
        r#"<p><a href="https://x.ch/?a=b:c" title="Quoi ?">x</a></p>"#,
        r#"<p><a title="Été > hiver ?" data-x='ü>:'>x</a></p>"#,
        "<p>à 14:30 précises</p>",
        "<p>voir https://www.lausanne.ch/a:b?c=d ou écrire à info@lausanne.ch</p>",
        "<pre><code>let x = a ? b : c;</code></pre>",
        r#"<p lang="en">Really? Yes!</p>"#,
        "<script>if (a) { b(); }</script>",
    ];
    for html in untouched {
        let once = fr(html);
        assert_eq!(
            once.replace(['\u{202F}', '\u{A0}'], ""),
            html.replace('\u{202F}', ""),
            "{html} became {once}"
        );
    }
    assert!(!fr("<p>à 14:30</p>").contains('\u{A0}'));
    assert_eq!(fr("<p>Ah ?! Bon&nbsp;!</p>"), "<p>Ah\u{202F}?! Bon&nbsp;!</p>");
    assert_eq!(
        fr("<p lang=\"en\">Why? <span lang=\"fr\">Pourquoi ?</span></p>"),
        "<p lang=\"en\">Why? <span lang=\"fr\">Pourquoi\u{202F}?</span></p>"
    );
    assert_eq!(
        fr("<p>l&#x27;italien ; d&amp;b</p>"),
        "<p>l&#x27;italien\u{202F}; d&amp;b</p>"
    );
    assert_eq!(fr("<p>CHF 1 250.–</p>"), "<p>CHF\u{A0}1\u{202F}250.–</p>");
    assert_eq!(
        fr("<p>de 14 h 30 à 16 h</p>"),
        "<p>de 14\u{A0}h\u{A0}30 à 16\u{A0}h</p>"
    );
}

#[test]
fn is_idempotent() {
    let html = "<h1>Qu'est-ce qu'une ville apprenante ?</h1><p>Prix : «CHF 12.50» ; 3 ans !</p>";
    let once = fr(html);
    assert_eq!(fr(&once), once);
    let tight = apply(&once, Punctuation::Tight);
    assert_eq!(
        tight,
        "<h1>Qu'est-ce qu'une ville apprenante?</h1><p>Prix: «CHF\u{A0}12.50»; 3\u{A0}ans!</p>"
    );
    assert_eq!(apply(&tight, Punctuation::Tight), tight);
}

proptest::proptest! {
    /// The short cut of `apply` takes a text node as it is when `may_change` says no: the
    /// spacing itself must then leave it alone too (digits and punctuation are left out of
    /// the characters, the rest comes from letters, spaces, entities, URLs and e-mails).
    #[test]
    fn text_that_may_not_change_does_not(text in "[a-zA-Zéà &#;@./wCHFh\u{A0}\u{202F}«»0-9:!?-]{0,40}") {
        let mut spaced = String::new();
        space_text(&text, Punctuation::Spaced, &mut spaced);
        if !may_change(&text) {
            proptest::prop_assert_eq!(&spaced, &text);
        }
    }
}

/// Inputs found by fuzzing (`.ci/fuzz typography`) on which a second pass changed the first.
#[test]
fn stays_idempotent_on_what_fuzzing_found() {
    let once = fr("<p>Pri:`'x : 0 ans»!</p>");
    assert_eq!(
        once, "<p>Pri\u{A0}:`'x\u{A0}: 0\u{A0}ans\u{202F}»\u{202F}!</p>",
        "a unit before »"
    );
    assert_eq!(fr(&once), once);
    let once = fr("<p>5 CHF:\u{0}25</p>");
    assert_eq!(once, "<p>5\u{A0}CHF\u{A0}:\u{0}25</p>", "a unit before :");
    assert_eq!(fr(&once), once);
    let tight = apply("« www.!\u{1}« ", Punctuation::Tight);
    assert_eq!(tight, "«www.!\u{1}« ", "a URL right after «");
    assert_eq!(apply(&tight, Punctuation::Tight), tight);
    let once = fr(">\0&#\u{10}\0 ;>w");
    assert_eq!(
        once, ">\0&#\u{10}\0\u{202F};>w",
        "not an entity: its `;` is punctuation"
    );
    assert_eq!(fr(&once), once);
}

/// The spacing as it was before words without punctuation were copied at once: the rules, one
/// character at a time (kept to check [`space_text`] against).
fn reference_space_text(text: &str, style: Punctuation, page: &mut String) {
    let chars: Vec<char> = text.chars().collect();
    // The text's own output: the rules below look back at what it has written so far.
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // Leave a whole "word" untouched when it is a URL, an e-mail or an entity. A word also
        // starts right after `«`, whose following spaces a first pass may have removed.
        if i == 0 || chars[i - 1].is_whitespace() || chars[i - 1] == '«' {
            let word_end = chars[i..]
                .iter()
                .position(|c| c.is_whitespace())
                .map_or(chars.len(), |p| i + p);
            let word = &chars[i..word_end];
            let is_link = word.windows(3).any(|w| w == [':', '/', '/'])
                || word.starts_with(&['w', 'w', 'w', '.'])
                || (word.contains(&'@') && word.contains(&'.'));
            if is_link {
                out.extend(word);
                i = word_end;
                continue;
            }
        }
        if c == '&' {
            // An entity such as `&#x27;` is copied whole: its `;` is not punctuation.
            let end = chars[i..].iter().take(12).position(|&c| c == ';').filter(|&len| {
                let name = &chars[i + 1..i + len];
                let name = name.strip_prefix(&['#']).unwrap_or(name);
                !name.is_empty() && name.iter().all(char::is_ascii_alphanumeric)
            });
            if let Some(len) = end {
                out.extend(&chars[i..=i + len]);
                i += len + 1;
                continue;
            }
        }
        match c {
            ';' | '!' | '?' | ':' => {
                let is_time = c == ':'
                    && i > 0
                    && chars[i - 1].is_ascii_digit()
                    && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
                let is_entity_or_repeat = i > 0 && matches!(chars[i - 1], '!' | '?' | ';' | ':' | '&');
                let wanted = if c == ':' { NBSP } else { NNBSP };
                if !is_time && !is_entity_or_repeat && i > 0 {
                    trim_trailing_spaces(&mut out);
                    if style == Punctuation::Spaced && !out.is_empty() && !out.ends_with(['(', '[', '«']) {
                        out.push(wanted);
                    }
                }
                out.push(c);
            }
            '«' => {
                out.push(c);
                let mut j = i + 1;
                while j < chars.len() && is_space(chars[j]) {
                    j += 1;
                }
                if style == Punctuation::Spaced {
                    out.push(NNBSP);
                }
                i = j;
                continue;
            }
            '»' => {
                trim_trailing_spaces(&mut out);
                if style == Punctuation::Spaced {
                    out.push(NNBSP);
                }
                out.push(c);
            }
            ' ' | NBSP
                if (out.ends_with("CHF") || hour_before(&out))
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit) =>
            {
                out.push(NBSP)
            }
            ' ' | NBSP | NNBSP if i > 0 && chars[i - 1].is_ascii_digit() && reference_is_thousands(&chars[i + 1..]) => {
                out.push(NNBSP)
            }
            ' ' | NBSP | NNBSP if i > 0 && chars[i - 1].is_ascii_digit() && reference_starts_unit(&chars[i + 1..]) => {
                out.push(NBSP)
            }
            _ => out.push(c),
        }
        i += 1;
    }
    page.push_str(&out);
}

fn reference_starts_unit(rest: &[char]) -> bool {
    let word: String = rest
        .iter()
        .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ';' | ':' | '!' | '?' | ')' | '<' | '»' | '«'))
        .collect();
    let word = word.trim_end_matches(['.', ':', '!', '?']);
    UNITS.iter().any(|u| word == *u || word == u.trim_end_matches('.'))
}

fn reference_is_thousands(rest: &[char]) -> bool {
    rest.len() >= 3 && rest[..3].iter().all(char::is_ascii_digit) && !rest.get(3).is_some_and(char::is_ascii_digit)
}

/// The end of a tag as it was found before the search for bytes: one byte at a time.
fn reference_tag_end(after_lt: &str) -> Option<usize> {
    if let Some(comment) = after_lt.strip_prefix("!--") {
        return comment.find("-->").map(|i| i + 3 + 2);
    }
    // Quotes and `>` are ASCII, whose bytes never occur inside another character's: the bytes
    // can be read without decoding the characters (every tag of every French page comes here).
    let mut quote = None;
    for (i, b) in after_lt.bytes().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), b) if b == q => quote = None,
            (None, b'>') => return Some(i),
            _ => {}
        }
    }
    None
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

    /// Spacing a text gives what the rules one character at a time give, on texts of the
    /// characters every rule looks at.
    #[test]
    fn spacing_is_that_of_the_rules_one_character_at_a_time(
        text in "[a-zA-Zéà &#;@./wCHFhkm\u{A0}\u{202F}«»0-9:!?(\\[,-]{0,60}",
        tight in proptest::bool::ANY,
    ) {
        let style = if tight { Punctuation::Tight } else { Punctuation::Spaced };
        let mut spaced = String::new();
        space_text(&text, style, &mut spaced);
        let mut reference = String::new();
        reference_space_text(&text, style, &mut reference);
        proptest::prop_assert_eq!(spaced, reference);
    }

    /// A tag ends where the search one byte at a time found its end.
    #[test]
    fn tags_end_where_they_did(tag in "[a-z =\"'>é!-]{0,40}") {
        proptest::prop_assert_eq!(tag_end(&tag), reference_tag_end(&tag));
    }
}
