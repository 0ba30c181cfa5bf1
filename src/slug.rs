//! What a key, slug or URL segment may contain, so that no content file can write outside the
//! output folder or produce a URL that differs across systems.

/// Names Windows will not create as files or folders, whatever the extension.
const WINDOWS_RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2",
    "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// A URL segment: lowercase ASCII letters, digits and inner hyphens (`club-lecture`, `2026`),
/// and not a name that Windows reserves (the output must check out anywhere).
pub fn is_valid_segment(s: &str) -> bool {
    !s.is_empty()
        && !WINDOWS_RESERVED.contains(&s)
        && s.len() <= 120
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A key: valid segments joined by `/` (`2026/chess-club`).
pub fn is_valid_key(key: &str) -> bool {
    key.split('/').all(is_valid_segment)
}

/// A valid segment close to `s`, to suggest in an error (`Café Littéraire` -> `cafe-litteraire`).
pub fn suggest(s: &str) -> String {
    let ascii = deunicode::deunicode(s).to_lowercase();
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    // Within the length a segment may have, cut at a hyphen rather than in a word.
    if out.len() > 120 {
        let cut = out[..=120].rfind('-').filter(|&i| i > 0).unwrap_or(120);
        out.truncate(cut);
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "page".to_string()
    } else if WINDOWS_RESERVED.contains(&out.as_str()) {
        format!("{out}-1")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_are_valid_even_for_reserved_names_and_long_titles() {
        assert_eq!(suggest("CON"), "con-1");
        assert_eq!(suggest("\u{f}\0\0con\0\0"), "con-1", "found by fuzzing");
        let long = suggest(&"mot ".repeat(100));
        assert!(long.len() <= 120 && long.ends_with("mot"), "{long}");
        assert_eq!(suggest(&"a".repeat(200)).len(), 120);
    }

    #[test]
    fn accepts_plain_segments_and_keys() {
        assert!(is_valid_segment("club-lecture"));
        assert!(is_valid_segment("2026"));
        assert!(is_valid_key("2026/chess-club"));
    }

    #[test]
    fn rejects_anything_that_could_escape_or_vary() {
        for bad in [
            "", "..", ".", "a.b", "con", "lpt1", "nul", "a\\b", "/etc", "Café", "a b", "-a", "a-", "con\u{0}", "ｃlub",
            "a.b",
        ] {
            assert!(!is_valid_segment(bad), "{bad:?} should be rejected");
        }
        for bad in ["../x", "a//b", "/a", "a/", "a/../b"] {
            assert!(!is_valid_key(bad), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn suggests_a_valid_segment() {
        assert_eq!(suggest("Café Littéraire"), "cafe-litteraire");
        assert_eq!(suggest("../../etc"), "etc");
        assert!(is_valid_segment(&suggest("!!!")));
    }
}
