//! Rules on fields that every kind shares: a summary that fits a card, required texts that
//! are not blank, an image with its text alternative and a safe address.

use super::front_matter;

/// Longest summary that fits a card and a meta description.
pub const SUMMARY_MAX_CHARS: usize = 160;

pub(super) fn check_summary(f: &mut front_matter::Fields, summary: &Option<String>) {
    if let Some(s) = summary {
        let n = s.chars().count();
        if n > SUMMARY_MAX_CHARS {
            f.invalid(
                "summary",
                "summary-too-long",
                format!(
                    "the summary has {n} characters; at most {SUMMARY_MAX_CHARS} fit on cards and in search results"
                ),
                Some("keep one short sentence; say more in the text below the front matter".into()),
            );
        }
        if s.trim().is_empty() {
            f.invalid("summary", "empty-field", "the summary is empty", None);
        }
    }
}

pub(super) fn check_title(f: &mut front_matter::Fields, title: &Option<String>) {
    check_not_blank(f, "title", title);
}

/// A required text written as `""` is as missing as an absent one.
pub(super) fn check_not_blank(f: &mut front_matter::Fields, key: &str, value: &Option<String>) {
    if value.as_ref().is_some_and(|t| t.trim().is_empty()) {
        f.invalid(key, "empty-field", format!("the field `{key}` is empty"), None);
    }
}

pub(super) fn check_image(f: &mut front_matter::Fields, image: &Option<String>, alt: &Option<String>) {
    if image.is_some() && alt.as_ref().is_none_or(|a| a.trim().is_empty()) {
        f.invalid(
            "image",
            "image-without-alt",
            "an image needs `image_alt`, a text that says what it shows",
            Some("add `image_alt: ...`; it is read aloud to blind visitors".into()),
        );
    }
    if let Some(img) = image
        && !crate::url::is_safe_link(img)
    {
        f.invalid(
            "image",
            "unsafe-url",
            format!("`{img}` is not an allowed image address"),
            None,
        );
    }
}
