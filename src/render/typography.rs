//! French typography on rendered HTML: no-break spaces before `; : ! ?`, inside « », and between
//! a number and its unit, in text nodes only: never in tags, attributes, code, scripts, URLs,
//! e-mail addresses, times such as 14:30, or passages in another language. Idempotent.

/// How French punctuation is spaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Punctuation {
    /// A narrow no-break space before `; ! ?` and inside « », a no-break space before `:`.
    #[default]
    Spaced,
    /// No space before `; : ! ?` and inside « » (as lausanne.ch writes), but no-break spaces
    /// between numbers and units still.
    Tight,
}

const NNBSP: char = '\u{202F}';
const NBSP: char = '\u{A0}';

/// Elements whose text is left alone.
const RAW: &[&str] = &["code", "pre", "kbd", "samp", "script", "style", "textarea", "var"];

/// Units after which a number is kept on the same line.
const UNITS: &[&str] = &[
    "CHF",
    "fr.",
    "francs",
    "h",
    "min",
    "km",
    "m",
    "cm",
    "mm",
    "kg",
    "g",
    "l",
    "%",
    "ans",
    "an",
    "mois",
    "jours",
    "jour",
    "semaines",
    "places",
    "personnes",
    "€",
];

/// Applies French spacing to `html`'s text. `lang` is the page's language code; elements with
/// another `lang` are skipped.
pub fn apply(html: &str, style: Punctuation) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 50);
    let mut open: Vec<Open<'_>> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('<') {
            let end = tag_end(after).map_or(rest.len(), |e| e + 2);
            let tag = &rest[..end];
            track(tag, &mut open);
            out.push_str(tag);
            rest = &rest[end..];
            continue;
        }
        let next = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..next];
        let raw = open.iter().any(|e| e.raw);
        let french = open.iter().rev().find_map(|e| e.french).unwrap_or(true);
        if raw || !french || !may_change(text) {
            out.push_str(text);
        } else {
            space_text(text, style, &mut out);
        }
        rest = &rest[next..];
    }
    out
}

/// Whether [`space_text`] could change `text`: only punctuation, « », and spaces next to digits
/// are ever spaced, and most text nodes (the space between tags, titles, words) have none.
fn may_change(text: &str) -> bool {
    // `«` and `»` end in the bytes 0xAB and 0xBB, which other characters may end in too: those
    // take the long way, which leaves them as they are.
    text.bytes()
        .any(|b| matches!(b, b';' | b'!' | b'?' | b':' | b'0'..=b'9' | 0xAB | 0xBB))
}

/// Where a tag ends (index of `>`), skipping quoted attribute values and comments.
fn tag_end(after_lt: &str) -> Option<usize> {
    if let Some(comment) = after_lt.strip_prefix("!--") {
        return comment.find("-->").map(|i| i + 3 + 2);
    }
    // Quotes and `>` are ASCII, whose bytes never occur inside another character's: the bytes
    // can be searched without decoding the characters (every tag of every French page comes
    // here, and a loop over each byte was a tenth of this pass).
    let bytes = after_lt.as_bytes();
    let mut at = 0;
    while let Some(found) = memchr::memchr3(b'"', b'\'', b'>', &bytes[at..]) {
        let i = at + found;
        match bytes[i] {
            b'>' => return Some(i),
            quote => at = i + 1 + memchr::memchr(quote, &bytes[i + 1..])?,
        }
        at += 1;
    }
    None
}

/// An open element: its name as written, whether its text is raw, and the language it sets if
/// any.
struct Open<'a> {
    name: &'a str,
    raw: bool,
    french: Option<bool>,
}

/// Keeps the stack of open elements in step with a tag.
fn track<'a>(tag: &'a str, open: &mut Vec<Open<'a>>) {
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    if inner.starts_with('!') || inner.starts_with('?') || inner.ends_with('/') {
        return;
    }
    if let Some(name) = inner.strip_prefix('/') {
        let name = name.trim();
        if let Some(pos) = open.iter().rposition(|e| e.name.eq_ignore_ascii_case(name)) {
            open.truncate(pos);
        }
        return;
    }
    let len = inner.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(inner.len());
    let name = &inner[..len];
    if is_void(name) {
        return;
    }
    let raw = RAW.iter().any(|r| r.eq_ignore_ascii_case(name));
    let french = attribute(inner, "lang")
        .map(|l| l.eq_ignore_ascii_case("fr") || l.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("fr-")));
    open.push(Open { name, raw, french });
}

fn is_void(name: &str) -> bool {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ];
    VOID.iter().any(|v| v.eq_ignore_ascii_case(name))
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut search = tag;
    while let Some(i) = search.find(name) {
        let before_ok = search[..i].ends_with(|c: char| c.is_whitespace());
        let after = &search[i + name.len()..];
        if before_ok && let Some(value) = after.strip_prefix('=') {
            let value = value.trim_start();
            let (q, v) = match value.chars().next() {
                Some(q @ ('"' | '\'')) => (q, &value[1..]),
                _ => (' ', value),
            };
            return Some(v.split(q).next().unwrap_or(v));
        }
        search = &search[i + name.len()..];
    }
    None
}

/// Spaces one text node, word by word, leaving URLs, e-mails and times alone; appends it to
/// `page`, which holds the page so far.
///
/// The text is read in place (byte offsets, each rule looking at the characters around it),
/// and a word that no rule can change is copied whole: most of a page's words.
fn space_text(text: &str, style: Punctuation, page: &mut String) {
    // The text's own output: the rules below look back at what it has written so far.
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    // The character before `i`, if any.
    let mut prev: Option<char> = None;
    while let Some(c) = text[i..].chars().next() {
        // Leave a whole "word" untouched when it is a URL, an e-mail or an entity. A word also
        // starts right after `«`, whose following spaces a first pass may have removed.
        if prev.is_none_or(|p| p.is_whitespace() || p == '«') {
            let word_end = text[i..].find(char::is_whitespace).map_or(text.len(), |p| i + p);
            let word = &text[i..word_end];
            // A word without these has no character that a rule below changes (spaces end it),
            // nor a `«` after which another word starts: it is copied as it is, at once.
            let plain = !word.contains([';', '!', '?', ':', '«', '»', '&']);
            if !word.is_empty() && (plain || is_link(word)) {
                out.push_str(word);
                prev = word.chars().next_back();
                i = word_end;
                continue;
            }
        }
        let rest = &text[i + c.len_utf8()..];
        if c == '&' {
            // An entity such as `&#x27;` is copied whole: its `;` is not punctuation.
            let end = text[i..]
                .char_indices()
                .take(12)
                .find(|&(_, c)| c == ';')
                .map(|(at, _)| at);
            let entity = end.filter(|&at| {
                let name = &text[i + 1..i + at];
                let name = name.strip_prefix('#').unwrap_or(name);
                !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric())
            });
            if let Some(at) = entity {
                out.push_str(&text[i..=i + at]);
                prev = Some(';');
                i += at + 1;
                continue;
            }
        }
        let after_digit = prev.is_some_and(|p| p.is_ascii_digit());
        match c {
            ';' | '!' | '?' | ':' => {
                let is_time = c == ':' && after_digit && rest.starts_with(|n: char| n.is_ascii_digit());
                let is_entity_or_repeat = prev.is_some_and(|p| matches!(p, '!' | '?' | ';' | ':' | '&'));
                let wanted = if c == ':' { NBSP } else { NNBSP };
                if !is_time && !is_entity_or_repeat && prev.is_some() {
                    trim_trailing_spaces(&mut out);
                    if style == Punctuation::Spaced && !out.is_empty() && !out.ends_with(['(', '[', '«']) {
                        out.push(wanted);
                    }
                }
                out.push(c);
            }
            '«' => {
                out.push(c);
                prev = Some(c);
                i += c.len_utf8();
                while let Some(space) = text[i..].chars().next().filter(|&n| is_space(n)) {
                    prev = Some(space);
                    i += space.len_utf8();
                }
                if style == Punctuation::Spaced {
                    out.push(NNBSP);
                }
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
                if (out.ends_with("CHF") || hour_before(&out)) && rest.starts_with(|n: char| n.is_ascii_digit()) =>
            {
                out.push(NBSP)
            }
            ' ' | NBSP | NNBSP if after_digit && is_thousands(rest) => out.push(NNBSP),
            ' ' | NBSP | NNBSP if after_digit && starts_unit(rest) => out.push(NBSP),
            _ => out.push(c),
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    page.push_str(&out);
}

/// Whether a word is a URL or an e-mail address.
fn is_link(word: &str) -> bool {
    word.contains("://") || word.starts_with("www.") || (word.contains('@') && word.contains('.'))
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | NBSP | NNBSP)
}

fn trim_trailing_spaces(out: &mut String) {
    while out.ends_with(is_space) {
        out.pop();
    }
}

fn starts_unit(rest: &str) -> bool {
    // Punctuation that gets a space before it ends the word, so a second pass sees the same word.
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '!' | '?' | ')' | '<' | '»' | '«'))
        .unwrap_or(rest.len());
    let word = rest[..end].trim_end_matches(['.', ':', '!', '?']);
    UNITS.iter().any(|u| word == *u || word == u.trim_end_matches('.'))
}

/// Whether the text so far ends with an hour such as `14 h`, whose minutes must stay with it.
fn hour_before(out: &str) -> bool {
    out.strip_suffix('h')
        .and_then(|s| s.strip_suffix(NBSP))
        .is_some_and(|s| s.ends_with(|c: char| c.is_ascii_digit()))
}

/// Whether a number continues with a group of three digits (`1 250`). ASCII digits are bytes
/// of their own: the bytes say what the characters would.
fn is_thousands(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 3 && b[..3].iter().all(u8::is_ascii_digit) && !b.get(3).is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests;
