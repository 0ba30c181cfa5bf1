//! savoirs: white space in a page's text found byte by byte (`vendor/README.md`, change 11).
//!
//! Splitting each page's text into words (`str::split_whitespace`) and tidying it
//! (`normalize_content`) decoded every character of every page to ask whether it was white
//! space. White space is Unicode's White_Space, as `char::is_whitespace` has it: in ASCII, tab
//! to carriage return and the space; above it, only characters whose UTF-8 starts with one of
//! four bytes (U+0085 and U+00A0 with 0xC2, U+1680 with 0xE1, the spaces from U+2000 to
//! U+205F with 0xE2, U+3000 with 0xE3). Those are decoded and asked; every other character is
//! stepped over by its length.

/// The byte offset and length of the first white-space character of `s`.
pub fn find(s: &str) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\t'..=b'\r' | b' ' => return Some((i, 1)),
            0x00..=0x7f => i += 1,
            0xc2 | 0xe1 | 0xe2 | 0xe3 => {
                let c = s.get(i..).and_then(|rest| rest.chars().next())?;
                if c.is_whitespace() {
                    return Some((i, c.len_utf8()));
                }
                i += c.len_utf8();
            }
            // A lead byte gives its character's length; `s` is UTF-8, so no byte is stepped
            // into the middle of a character.
            0xc0..=0xdf => i += 2,
            0xe0..=0xef => i += 3,
            _ => i += 4,
        }
    }
    None
}

/// How many bytes of white space `s` starts with.
pub fn leading(s: &str) -> usize {
    let mut end = 0;
    while let Some((0, len)) = s.get(end..).and_then(find) {
        end += len;
    }
    end
}

/// The pieces `str::split_whitespace` gives.
pub fn split(s: &str) -> Split<'_> {
    Split { rest: s }
}

pub struct Split<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Split<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest.get(leading(self.rest)..).unwrap_or_default();
        if rest.is_empty() {
            self.rest = rest;
            return None;
        }
        match find(rest) {
            Some((start, len)) => {
                self.rest = rest.get(start + len..).unwrap_or_default();
                rest.get(..start)
            }
            None => {
                self.rest = "";
                Some(rest)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every White_Space character, characters of each UTF-8 length (among them some that start
    /// with the same bytes as white space), and control characters that are not white space.
    const ALPHABET: &[char] = &[
        '\t', '\n', '\u{b}', '\u{c}', '\r', ' ', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}',
        '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}',
        '\u{2008}', '\u{2009}', '\u{200a}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}',
        '\u{3000}', 'a', 'Z', '0', '_', '\u{0}', '\u{1c}', '\u{1f}', '\u{7f}', 'é', '\u{80}',
        '\u{a1}', '\u{ff}', '\u{16a0}', '\u{200b}', '\u{2010}', '\u{2030}', '\u{2060}',
        '\u{3001}', '漢', '\u{e000}', '😀', '\u{10ffff}',
    ];

    #[test]
    fn white_space_is_that_of_the_standard_library() {
        for c in '\0'..=char::MAX {
            let text = format!("a{c}b");
            let std = text.find(char::is_whitespace).map(|i| (i, c.len_utf8()));
            assert_eq!(find(&text), std, "{c:?}");
        }
        let mut state = 3u64;
        let mut next = move |n: usize| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) as usize % n
        };
        for _ in 0..20_000 {
            let text: String = (0..next(30)).map(|_| ALPHABET[next(ALPHABET.len())]).collect();
            assert_eq!(
                split(&text).collect::<Vec<_>>(),
                text.split_whitespace().collect::<Vec<_>>(),
                "{text:?}"
            );
            assert_eq!(find(&text).map(|(i, _)| i), text.find(char::is_whitespace), "{text:?}");
            let trimmed = text.trim_start_matches(char::is_whitespace);
            assert_eq!(leading(&text), text.len() - trimmed.len(), "{text:?}");
        }
    }
}
