//! The fast path's reading of content kept as written: where the raw text of a `<script>` or
//! `<title>` ends, and where a `<pre>`, `<listing>` or `<code>` ends, the tags inside it counted.

use super::{LEFT_TO_HTML_MINIFIER, is_ws, name_end};
use memchr::{memchr, memmem};

/// Where the end tag `</name>` of raw text from `at` starts: the first `</name` followed by
/// `>` (the end tags that carry more, which html_minifier trims, are left to it).
pub(super) fn raw_text_end(s: &[u8], at: usize, name: &[u8]) -> Option<usize> {
    let mut k = at;
    loop {
        let lt = k + memmem::find(&s[k..], b"</")?;
        let after = lt + 2 + name.len();
        if s.get(lt + 2..after).is_some_and(|n| n.eq_ignore_ascii_case(name)) {
            match *s.get(after)? {
                b'>' => return Some(lt),
                b if is_ws(b) || b == b'/' => return None,
                _ => {}
            }
        }
        k = lt + 2;
    }
}

/// The end of a `<pre>`, `<listing>` or `<code>` (`root`) whose content, kept as written,
/// starts at `at`: the end of the `</root>` that closes it, counting the same elements nested
/// in it. Tags inside may have attributes; comments, raw text and foreign elements may not.
pub(super) fn preserved_end(s: &[u8], at: usize, root: &[u8]) -> Option<usize> {
    let mut depth = 1usize;
    let mut k = at;
    loop {
        let lt = k + memchr(b'<', &s[k..])?;
        let next = *s.get(lt + 1)?;
        let end_tag = next == b'/';
        let name_start = if end_tag { lt + 2 } else { lt + 1 };
        if !s.get(name_start)?.is_ascii_alphabetic() {
            if end_tag || matches!(next, b'!' | b'?' | b'<') {
                return None;
            }
            // A `<` that starts no tag is text.
            k = lt + 1;
            continue;
        }
        let end = name_end(s, name_start, |b| b == b'/' || b == b'>')?;
        let name = &s[name_start..end];
        if name.eq_ignore_ascii_case(root) {
            if !end_tag {
                depth += 1;
            } else if depth == 1 {
                return (s[end] == b'>').then_some(end + 1);
            } else {
                depth -= 1;
            }
        } else if !end_tag
            && (LEFT_TO_HTML_MINIFIER.iter().any(|n| name.eq_ignore_ascii_case(n))
                || [b"script".as_slice(), b"title"]
                    .iter()
                    .any(|n| name.eq_ignore_ascii_case(n)))
        {
            return None;
        }
        k = tag_end(s, end)?;
    }
}

/// The end of a tag inside preserved content whose name ends at `at` (html_minifier follows
/// its attributes so that a `>` in a quoted value does not end it).
fn tag_end(s: &[u8], at: usize) -> Option<usize> {
    #[derive(PartialEq)]
    enum Step {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        Quoted(u8),
        Unquoted,
    }
    if s[at] == b'>' {
        return Some(at + 1);
    }
    let mut step = Step::BeforeName;
    for (i, &b) in s.iter().enumerate().skip(at + 1) {
        let ws = is_ws(b);
        step = match step {
            Step::Quoted(q) if b == q => Step::BeforeName,
            Step::Quoted(q) => Step::Quoted(q),
            _ if b == b'>' => return Some(i + 1),
            Step::BeforeName if ws || b == b'/' => Step::BeforeName,
            Step::BeforeName => Step::Name,
            Step::Name | Step::AfterName if b == b'/' => Step::BeforeName,
            Step::Name | Step::AfterName if b == b'=' => Step::BeforeValue,
            Step::Name | Step::AfterName if ws => Step::AfterName,
            Step::Name => Step::Name,
            Step::AfterName => Step::Name,
            Step::BeforeValue if b == b'"' || b == b'\'' => Step::Quoted(b),
            Step::BeforeValue if ws => Step::BeforeValue,
            Step::BeforeValue => Step::Unquoted,
            Step::Unquoted if ws => Step::BeforeName,
            Step::Unquoted => Step::Unquoted,
        };
    }
    None
}
