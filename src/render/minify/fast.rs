//! The minifier's fast path: the shapes of HTML that themes and Markdown write (a doctype,
//! elements with their attributes, text, `<title>`, `<script>`, `<pre>` and `<code>`) minified
//! exactly as html_minifier minifies them, in one pass that copies unchanged runs whole instead
//! of stepping a state machine through every byte. A page with anything else (a comment, a
//! stray `<`, a control character, `<style>`, `<svg>`, `<textarea>`, an end tag with
//! attributes...) is left to html_minifier whole: `None`.
//!
//! Each rule below is html_minifier's (6.0) for the options `minify.rs` sets; `minify/tests.rs`
//! and the `minify` fuzz target hold the two to the same bytes.

mod kept;

use kept::{preserved_end, raw_text_end};
use memchr::{memchr, memmem};

/// Whether a byte is HTML whitespace (html_minifier's, which is ASCII only: the no-break spaces
/// of French typography are text).
fn is_ws(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0C | b'\r' | b' ')
}

/// Bytes html_minifier removes (ASCII controls) or rewrites (CR): pages with them are left to it.
fn is_other(b: u8) -> bool {
    matches!(b, 0..=8 | 11 | 13..=31 | 127)
}

/// Elements whose content html_minifier treats in a way this path does not follow.
const LEFT_TO_HTML_MINIFIER: &[&[u8]] = &[
    b"style",
    b"textarea",
    b"plaintext",
    b"xmp",
    b"iframe",
    b"noembed",
    b"noframes",
    b"svg",
    b"math",
];

/// The page minified, or `None` when it has a shape this path leaves to html_minifier.
pub fn minify(html: &str) -> Option<Vec<u8>> {
    let s = html.as_bytes();
    // In chunks, so that the check compiles to vector code rather than a branch per byte.
    if s.chunks(64).any(|c| c.iter().fold(false, |any, &b| any | is_other(b))) {
        return None;
    }
    let mut page = Minified {
        s,
        out: Vec::with_capacity(s.len()),
        from: 0,
    };
    // The whitespace at the start of the document goes.
    let mut i = skip_ws(s, 0);
    page.from = i;
    loop {
        i = page.text(i);
        if i == s.len() {
            break;
        }
        i = page.markup(i)?;
    }
    page.out.extend_from_slice(&s[page.from..]);
    Some(page.out)
}

fn skip_ws(s: &[u8], mut i: usize) -> usize {
    while s.get(i).is_some_and(|&b| is_ws(b)) {
        i += 1;
    }
    i
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is below `n` (at most 0x80), exactly: no carry crosses
/// from one byte to the next.
fn below(x: u64, n: u8) -> u64 {
    !(((x & !HIGH) + ONES * u64::from(0x80 - n)) | x) & HIGH
}

fn equal(x: u64, b: u8) -> u64 {
    below(x ^ (ONES * u64::from(b)), 1)
}

/// From `i`, the first byte of text that may need a change (a `<`, or whitespace other than a
/// single space or line feed), looked for eight bytes at a time while nine can be read; the
/// rest is left to the byte loop. Text is mostly words between single spaces: stopping at each
/// space cost more than the rest of the fast path.
fn skip_tidy_text(s: &[u8], mut i: usize) -> usize {
    while let Some(nine) = s.get(i..i + 9) {
        // Both conversions are of eight bytes of the nine, so neither fails.
        let (Ok(x), Ok(next)) = (<[u8; 8]>::try_from(&nine[..8]), <[u8; 8]>::try_from(&nine[1..])) else {
            break;
        };
        let (x, next) = (u64::from_le_bytes(x), u64::from_le_bytes(next));
        // Past the `is_other` check, the bytes below 0x21 are whitespace.
        let ws = below(x, 0x21);
        let stops = equal(x, b'<') | (ws & below(next, 0x21)) | (ws & !(equal(x, b' ') | equal(x, b'\n')));
        if stops != 0 {
            return i + (stops.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i
}

/// The end of a tag or attribute name from `i`: the first of `stop` or whitespace, if any.
fn name_end(s: &[u8], mut i: usize, stop: impl Fn(u8) -> bool) -> Option<usize> {
    loop {
        let b = *s.get(i)?;
        if is_ws(b) || stop(b) {
            return Some(i);
        }
        i += 1;
    }
}

struct Minified<'a> {
    s: &'a [u8],
    out: Vec<u8>,
    /// The start of the input not yet copied to `out`.
    from: usize,
}

impl Minified<'_> {
    /// Copies the input up to `at`, writes `with` in place of `at..to`, and goes on from `to`.
    fn replace(&mut self, at: usize, to: usize, with: &[u8]) {
        self.out.extend_from_slice(&self.s[self.from..at]);
        self.out.extend_from_slice(with);
        self.from = to;
    }

    /// Text from `i`: a run of whitespace becomes one line feed if it has one, otherwise one
    /// space; at the end of the document it goes. Returns where a `<` is, or the end.
    fn text(&mut self, mut i: usize) -> usize {
        let s = self.s;
        loop {
            i = skip_tidy_text(s, i);
            // Once `is_other` bytes are ruled out, the bytes up to the space are whitespace.
            while s.get(i).is_some_and(|&b| b > b' ' && b != b'<') {
                i += 1;
            }
            let Some(&b) = s.get(i) else { return i };
            if b == b'<' {
                return i;
            }
            let end = skip_ws(s, i);
            if end == s.len() {
                self.replace(i, end, b"");
            } else if end > i + 1 || !matches!(b, b' ' | b'\n') {
                let kept = if s[i..end].contains(&b'\n') { b"\n" } else { b" " };
                self.replace(i, end, kept);
            }
            i = end;
        }
    }

    /// The markup at a `<`: returns where text goes on after it.
    fn markup(&mut self, lt: usize) -> Option<usize> {
        let s = self.s;
        let next = *s.get(lt + 1)?;
        let after_next = s.get(lt + 2).copied();
        if next.is_ascii_alphabetic() {
            self.start_tag(lt)
        } else if next == b'/' && after_next.is_some_and(|b| b.is_ascii_alphabetic()) {
            // An end tag is kept as written, unless it has something after its name.
            let end = name_end(s, lt + 2, |b| b == b'>')?;
            (s[end] == b'>').then_some(end + 1)
        } else if next == b'!' && after_next.is_some_and(|b| b.is_ascii_alphabetic()) {
            // A doctype is kept as written, to its first `>`.
            Some(lt + 2 + memchr(b'>', &s[lt + 2..])? + 1)
        } else {
            None
        }
    }

    /// A start tag and, for the elements whose content is not text, that content and its end
    /// tag. Whitespace between attributes becomes one space, before `>` and around `=` it goes;
    /// an empty value goes with its `=`; a `class` value's whitespace is collapsed.
    fn start_tag(&mut self, lt: usize) -> Option<usize> {
        let s = self.s;
        let end = name_end(s, lt + 1, |b| b == b'/' || b == b'>')?;
        let name = &s[lt + 1..end];
        if LEFT_TO_HTML_MINIFIER.iter().any(|n| name.eq_ignore_ascii_case(n)) {
            return None;
        }
        let mut k = end;
        // Whether a `/` after the whitespace at `k` keeps a space before it (it does after an
        // unquoted value, whose end html_minifier cannot otherwise tell).
        let mut space_before_slash = false;
        loop {
            // Between attributes (html_minifier's `StartTagIn`).
            let ws = k;
            k = skip_ws(s, k);
            match *s.get(k)? {
                b'>' => {
                    self.replace(ws, k, b"");
                    return self.content(name, k + 1);
                }
                b'/' => {
                    let kept: &[u8] = if space_before_slash { b" " } else { b"" };
                    self.replace(ws, k, kept);
                    return self.self_closing(name, k);
                }
                b'=' => return None,
                _ => {
                    if k == ws + 1 && s[ws] == b' ' {
                        // Already one space.
                    } else {
                        self.replace(ws, k, b" ");
                    }
                }
            }
            // An attribute's name.
            let name_start = k;
            k = name_end(s, k, |b| matches!(b, b'/' | b'>' | b'='))?;
            let class = s[name_start..k].eq_ignore_ascii_case(b"class");
            let after_name = k;
            k = skip_ws(s, k);
            if *s.get(k)? != b'=' {
                // No value: what follows (`>`, `/>`, another attribute) is read as after one.
                k = after_name;
                space_before_slash = false;
                continue;
            }
            if k > after_name {
                self.replace(after_name, k, b"");
            }
            // Its value.
            let equals = k;
            let value = skip_ws(s, equals + 1);
            match *s.get(value)? {
                b'>' => return None,
                quote @ (b'"' | b'\'') => {
                    let close = value + 1 + memchr(quote, &s[value + 1..])?;
                    let text = &s[value + 1..close];
                    let collapsed = if class { collapse_class(text) } else { None };
                    let empty = collapsed.as_ref().map_or(text.is_empty(), Vec::is_empty);
                    if empty {
                        self.replace(equals, close + 1, b"");
                    } else {
                        if value > equals + 1 {
                            self.replace(equals + 1, value, b"");
                        }
                        if let Some(collapsed) = collapsed {
                            self.replace(value + 1, close, &collapsed);
                        }
                    }
                    k = close + 1;
                    space_before_slash = false;
                }
                _ => {
                    if value > equals + 1 {
                        self.replace(equals + 1, value, b"");
                    }
                    k = name_end(s, value, |b| b == b'>')?;
                    space_before_slash = is_ws(s[k]);
                }
            }
        }
    }

    /// A `/` in a start tag at `slash`: kept if `>` follows, otherwise left to html_minifier.
    fn self_closing(&mut self, name: &[u8], slash: usize) -> Option<usize> {
        (*self.s.get(slash + 1)? == b'>').then_some(())?;
        self.content(name, slash + 2)
    }

    /// After the start tag of `name`, which ends before `at`: where text goes on (the elements
    /// left to html_minifier never get here: `start_tag` leaves them at their name).
    fn content(&mut self, name: &[u8], at: usize) -> Option<usize> {
        let is = |n: &[u8]| name.eq_ignore_ascii_case(n);
        if is(b"script") {
            // JSON-LD and the theme's scripts are kept as they are (`set_minify_js(false)`).
            let end = raw_text_end(self.s, at, b"script")?;
            // After `<!--` in a script, html_minifier follows the tokenizer's escaped states, in
            // which `</script>` may not end it.
            memmem::find(&self.s[at..end], b"<!").is_none().then_some(())?;
            Some(end + b"</script>".len())
        } else if is(b"title") {
            let end = raw_text_end(self.s, at, b"title")?;
            self.title(at, end);
            Some(end + b"</title>".len())
        } else if is(b"pre") || is(b"listing") || is(b"code") {
            preserved_end(self.s, at, name)
        } else {
            Some(at)
        }
    }

    /// A title's text from `at` to `end`: each run of whitespace keeps only its first byte.
    fn title(&mut self, at: usize, end: usize) {
        let s = self.s;
        let mut i = at;
        while let Some(ws) = s[i..end].iter().position(|&b| is_ws(b)).map(|p| i + p) {
            let run_end = skip_ws(s, ws).min(end);
            if run_end > ws + 1 {
                self.replace(ws + 1, run_end, b"");
            }
            i = run_end;
        }
    }
}

/// The value of a `class` attribute with its whitespace collapsed (none at either end, one
/// space between names), or `None` when it is already so.
fn collapse_class(value: &[u8]) -> Option<Vec<u8>> {
    let tidy = value.first().is_none_or(|&b| !is_ws(b))
        && value.last().is_none_or(|&b| !is_ws(b))
        && !value.windows(2).any(|w| is_ws(w[0]) && (w[0] != b' ' || is_ws(w[1])));
    if tidy {
        return None;
    }
    let mut collapsed = Vec::with_capacity(value.len());
    for name in value.split(|&b| is_ws(b)).filter(|n| !n.is_empty()) {
        if !collapsed.is_empty() {
            collapsed.push(b' ');
        }
        collapsed.extend_from_slice(name);
    }
    Some(collapsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pair of bytes, side by side both ways: a borrow or carry would show as a neighbour
    /// flagged wrongly.
    #[test]
    fn byte_masks_are_exact_beside_any_byte() {
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let bytes = [a, b, a, a, b, b, 0, 255];
                let x = u64::from_le_bytes(bytes);
                let flagged = |mask: u64, k: usize| (mask >> (8 * k + 7)) & 1 == 1;
                for (k, &v) in bytes.iter().enumerate() {
                    assert_eq!(flagged(below(x, 0x21), k), v < 0x21, "{bytes:?} {k}");
                    assert_eq!(flagged(equal(x, b'<'), k), v == b'<', "{bytes:?} {k}");
                    assert_eq!(flagged(equal(x, b'\n'), k), v == b'\n', "{bytes:?} {k}");
                }
            }
        }
    }
}
