//! `savoirs check`: every validation of `build`, without writing anything, plus what editors
//! and CI need before publishing: accessibility of the text, anchors, translation parity and
//! offers about to end. Every finding is a `Problem` with its severity.

mod content;
mod links;
mod parity;

use crate::config::{BuildOptions, Config, TranslationCheck};
use crate::error::{Problem, Problems, Result, Severity};
use crate::{document, render, site, source};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::Path;

/// What `check` is asked to do.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The site and build settings.
    pub build: BuildOptions,
    /// Warn about offers that end within this many days.
    pub ends_within_days: i64,
}

/// Runs every check; `Err` only when the site cannot be read at all (no `site.yaml`, say).
/// News scheduled for later are checked too, so that they cannot break the build of the day
/// they are published: their problems are added to those of the site as it is today.
pub fn check(options: &CheckOptions) -> Result<Vec<Problem>> {
    let mut problems = check_as(options, &options.build)?;
    if !options.build.future {
        let later = BuildOptions {
            future: true,
            ..options.build.clone()
        };
        for p in check_as(options, &later)? {
            if !problems.contains(&p) {
                problems.push(p);
            }
        }
        problems.sort_by(|a, b| a.location.cmp(&b.location));
    }
    Ok(problems)
}

fn check_as(options: &CheckOptions, build: &BuildOptions) -> Result<Vec<Problem>> {
    let config = Config::load(build)?;
    let mut problems = Problems::default();
    let files = source::load(&config, &mut problems)?;
    let parsed = document::parse_all(files, &mut problems);
    let site = site::build(config, parsed, &mut problems);
    let _ = render::render(&site, &mut problems);
    let by_path: HashMap<&Path, usize> = site
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.doc.path.as_path(), i))
        .collect();
    let found: Vec<Vec<Problem>> = (0..site.entries.len())
        .into_par_iter()
        .map(|i| {
            let (mut found, body_links) = content::lint(&site.entries[i].doc);
            found.extend(links::check(&site, i, &body_links, &by_path));
            found
        })
        .collect();
    for p in found.into_iter().flatten() {
        problems.push(p);
    }
    for p in links::ending_soon(&site, options.ends_within_days) {
        problems.push(p);
    }
    let severity = match site.config.translations {
        TranslationCheck::Error => Some(Severity::Error),
        TranslationCheck::Warning => Some(Severity::Warning),
        TranslationCheck::Off => None,
    };
    if let Some(severity) = severity {
        for p in parity::check(&site, severity) {
            problems.push(p);
        }
    }
    Ok(into_list(problems))
}

/// Every collected error as a problem, I/O errors included, in report order.
fn into_list(problems: Problems) -> Vec<Problem> {
    match problems.finish(()) {
        Ok(()) => Vec::new(),
        Err(e) => e.to_problems(),
    }
}
