//! Pages that cannot both be written: two files at one address, a free page at the address of
//! a section list, and offer or news keys that would take the place of a list's own pages.

use super::{search_url, section_url};
use crate::config::Config;
use crate::document::Document;
use crate::error::{Location, Problem, Problems};
use crate::source::Section;
use std::collections::HashMap;

/// Two files that would write the same page are both named; so is a page that would take the
/// place of a section index.
pub(super) fn check(config: &Config, docs: &[std::sync::Arc<Document>], urls: &[String], problems: &mut Problems) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let reserved: Vec<String> = (0..config.languages.len())
        .flat_map(|l| {
            [
                Section::Offers,
                Section::News,
                Section::Pillars,
                Section::Neighbourhoods,
            ]
            .map(|s| section_url(config, s, l))
            .into_iter()
            .chain([search_url(config, l)])
        })
        .collect();
    // Each list's address, made once: asked for every offer and news item.
    let lists: Vec<[String; 2]> = (0..config.languages.len())
        .map(|l| [Section::Offers, Section::News].map(|s| section_url(config, s, l)))
        .collect();
    for (i, url) in urls.iter().enumerate() {
        let d = &docs[i];
        if matches!(d.section, Section::Offers | Section::News) {
            let list = &lists[d.lang][usize::from(d.section == Section::News)];
            let below = url.strip_prefix(list.as_str()).unwrap_or_default();
            let first = below.split('/').next().unwrap_or_default();
            if config.languages[d.lang].sections.reserved_keys().contains(&first) {
                problems.push(
                    Problem::new(
                        Location::file(&d.path),
                        "reserved-key",
                        format!("`{first}` is reserved for the pages of the list and the archive"),
                    )
                    .with_help("rename the file or its folder"),
                );
            }
        }
        if d.section == Section::Pages && reserved.contains(url) {
            problems.push(
                Problem::new(
                    d.field_location("slug"),
                    "url-collision",
                    format!("this page's address {url} is already the address of a section list"),
                )
                .with_help("choose another `slug`"),
            );
        }
        if let Some(&j) = seen.get(url.as_str()) {
            let other = &docs[j];
            problems.push(
                Problem::new(
                    Location::file(&d.path),
                    "url-collision",
                    format!(
                        "this file and `{}` would both be published at {url}",
                        other.path.display()
                    ),
                )
                .with_help("give one of them a different `slug` or file name"),
            );
        } else {
            seen.insert(url, i);
        }
    }
}
