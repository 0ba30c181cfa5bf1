//! Checks on addresses written by editors: which link schemes may appear in a page, and what
//! looks like an e-mail address.

/// Whether a link or image address is safe to put in a page: no `javascript:`, `data:` or
/// other scheme that runs code or hides content; relative links and web, mail and phone links
/// are fine.
pub fn is_safe_link(dest: &str) -> bool {
    // Browsers ignore ASCII whitespace and control characters inside a scheme.
    let cleaned: String = dest
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect();
    let lower = cleaned.to_ascii_lowercase();
    match lower.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => matches!(scheme, "http" | "https" | "mailto" | "tel"),
        _ => true,
    }
}

/// A plausible e-mail address: one `@`, something before it, a dotted domain after it.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | ','))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_data_are_unsafe() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:x",
            " java\tscript:x",
            "data:text/html,x",
            "vbscript:x",
        ] {
            assert!(!is_safe_link(bad), "{bad}");
        }
        for good in [
            "https://x.ch",
            "../offers/a.fr.md",
            "/fr/",
            "#top",
            "mailto:a@b.ch",
            "a.md?x=y:z",
        ] {
            assert!(is_safe_link(good), "{good}");
        }
    }

    #[test]
    fn emails() {
        assert!(is_email("bibliotheques@lausanne.ch"));
        for bad in ["a", "a@b", "@b.ch", "a@b.ch x", "a@@b.ch", "<a@b.ch>"] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
