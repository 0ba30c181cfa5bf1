//! From `site.yaml` as written to the `Config` of a build: every check of the file's values
//! (base URL, languages, locales, URL segments, theme), located by line, and the build date.

use super::file::SiteFile;
use super::{BuildOptions, Config, Language, SITE_FILE};
use crate::error::{Error, Location, Problem, Problems, Result};
use crate::slug;
use jiff::civil::Date;
use std::collections::BTreeMap;

/// The line of a top-level key in a YAML text, for errors found after parsing.
fn key_line(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| l.trim_start_matches("- ").trim_start().starts_with(&format!("{key}:")))
        .map_or(1, |i| i + 1)
}

pub(super) fn resolve(file: SiteFile, text: &str, options: &BuildOptions, today: Date) -> Result<Config> {
    let mut problems = Problems::default();
    let at = |key: &str| Location::at(SITE_FILE, key_line(text, key), 1);

    let base_url = options.base_url.clone().unwrap_or(file.base_url);
    if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
        problems.push(
            Problem::new(
                at("base_url"),
                "bad-base-url",
                format!("`base_url` must be an absolute http(s) URL, not `{base_url}`"),
            )
            .with_help("for example `https://apprendre.lausanne.ch/`"),
        );
    }
    let base_url = format!("{}/", base_url.trim_end_matches('/'));

    if file.languages.is_empty() {
        problems.push(Problem::new(
            at("languages"),
            "no-language",
            "`languages` must declare at least one language",
        ));
    }
    let mut seen = BTreeMap::new();
    for lang in &file.languages {
        if !is_lang_code(&lang.code) {
            problems.push(Problem::new(
                at("code"),
                "bad-language-code",
                format!(
                    "language code `{}` is not a lowercase code such as `fr` or `en`",
                    lang.code
                ),
            ));
        }
        if seen.insert(lang.code.clone(), ()).is_some() {
            problems.push(Problem::new(
                at("code"),
                "duplicate-language",
                format!("language `{}` is declared twice", lang.code),
            ));
        }
        if lang.locale.parse::<unic_langid::LanguageIdentifier>().is_err() {
            problems.push(Problem::new(
                at("locale"),
                "bad-locale",
                format!("`{}` is not a locale such as `fr-CH`", lang.locale),
            ));
        }
        let segments = lang.sections.all();
        if !slug::is_valid_segment(&lang.sections.archive) {
            problems.push(Problem::new(
                at("archive"),
                "bad-segment",
                format!(
                    "archive segment `{}` may only use a-z, 0-9 and -",
                    lang.sections.archive
                ),
            ));
        }
        for seg in segments {
            if !slug::is_valid_segment(seg) {
                problems.push(
                    Problem::new(
                        at("sections"),
                        "bad-segment",
                        format!(
                            "section segment `{seg}` of language `{}` may only use a-z, 0-9 and -",
                            lang.code
                        ),
                    )
                    .with_help(format!("use `{}`", slug::suggest(seg))),
                );
            }
        }
        for (i, a) in segments.iter().enumerate() {
            if segments[i + 1..].contains(a) {
                problems.push(Problem::new(
                    at("sections"),
                    "duplicate-segment",
                    format!("language `{}` uses the segment `{a}` for two sections", lang.code),
                ));
            }
        }
    }
    let default_language = file.languages.iter().position(|l| l.code == file.default_language);
    if default_language.is_none() {
        let codes: Vec<&str> = file.languages.iter().map(|l| l.code.as_str()).collect();
        problems.push(
            Problem::new(
                at("default_language"),
                "unknown-language",
                format!("default language `{}` is not among `languages`", file.default_language),
            )
            .with_suggestion(crate::error::did_you_mean(&file.default_language, codes)),
        );
    }
    if file.paginate == 0 {
        problems.push(Problem::new(
            at("paginate"),
            "bad-value",
            "`paginate` must be at least 1",
        ));
    }
    if file.search_part_size == 0 {
        problems.push(Problem::new(
            at("search_part_size"),
            "bad-value",
            "`search_part_size` must be at least 1",
        ));
    }
    if !slug::is_valid_segment(&file.theme) {
        problems.push(Problem::new(
            at("theme"),
            "bad-theme",
            format!("theme name `{}` may only use a-z, 0-9 and -", file.theme),
        ));
    }
    let output = options.output.clone().unwrap_or_else(|| options.root.join("public"));
    problems.finish(())?;
    Ok(Config {
        root: options.root.clone(),
        output,
        base_url,
        theme: file.theme,
        languages: file
            .languages
            .into_iter()
            .map(|l| Language {
                code: l.code,
                locale: l.locale,
                title: l.title,
                sections: l.sections,
            })
            .collect(),
        default_language: default_language.unwrap_or(0),
        raw_html: file.markdown.raw_html,
        drafts: options.drafts,
        future: options.future,
        today,
        home_upcoming_offers: file.home.upcoming_offers,
        home_latest_news: file.home.latest_news,
        french_punctuation: file.french_punctuation,
        paginate: file.paginate,
        search_part_size: file.search_part_size,
        translations: file.translations,
        minify: file.minify,
        missing_ui_strings: file.missing_ui_strings,
    })
}

/// A language code: 2 or 3 lowercase ASCII letters.
pub fn is_lang_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// Today's date in Lausanne, or the date of `SOURCE_DATE_EPOCH` for reproducible builds.
pub(super) fn build_date() -> Result<Date> {
    let tz = jiff::tz::TimeZone::get("Europe/Zurich").unwrap_or(jiff::tz::TimeZone::UTC);
    let ts = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => {
            let secs: i64 = v.trim().parse().map_err(|_| {
                Error::from(Problem::new(
                    Location::file("SOURCE_DATE_EPOCH"),
                    "bad-source-date-epoch",
                    format!("SOURCE_DATE_EPOCH must be a number of seconds, not `{v}`"),
                ))
            })?;
            jiff::Timestamp::from_second(secs).map_err(|e| {
                Error::from(Problem::new(
                    Location::file("SOURCE_DATE_EPOCH"),
                    "bad-source-date-epoch",
                    e.to_string(),
                ))
            })?
        }
        Err(_) => jiff::Timestamp::now(),
    };
    Ok(ts.to_zoned(tz).date())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: &str = "base_url: https://example.org\ntheme: t\ndefault_language: fr\nlanguages:\n  - code: fr\n    locale: fr-CH\n    title: Site\n    sections: {offers: offres, news: actualites, pillars: piliers, neighbourhoods: quartiers}\n";

    fn load(text: &str) -> Result<Config> {
        let file: SiteFile = serde_yaml::from_str(text).unwrap();
        let options = BuildOptions::default();
        resolve(file, text, &options, Date::constant(2026, 3, 1))
    }

    #[test]
    fn base_url_gets_one_trailing_slash() {
        let c = load(SITE).unwrap();
        assert_eq!(c.base_url, "https://example.org/");
        assert_eq!(c.absolute_url("/fr/"), "https://example.org/fr/");
        assert_eq!(c.link("/fr/"), "/fr/");
        let c = load(&SITE.replace("https://example.org", "https://example.org/lausanne")).unwrap();
        assert_eq!(c.link("/fr/"), "/lausanne/fr/");
    }

    #[test]
    fn unknown_default_language_is_reported_with_its_line() {
        let err = load(&SITE.replace("default_language: fr", "default_language: frr")).unwrap_err();
        let p = &err.problems()[0];
        assert_eq!(p.code, "unknown-language");
        assert_eq!(p.location.line, 3);
        assert_eq!(p.help.as_deref(), Some("did you mean `fr`?"));
    }

    #[test]
    fn bad_segment_is_an_error() {
        let err = load(&SITE.replace("offres", "Offres Lausanne")).unwrap_err();
        assert_eq!(err.problems()[0].code, "bad-segment");
    }
}
