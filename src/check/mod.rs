//! `savoirs check`: every validation of `build`, without writing anything, plus what editors
//! and CI need before publishing: accessibility of the text, anchors, translation parity,
//! offers about to end and, when asked, external links. Every finding is a `Problem` with its
//! severity.

mod content;
pub mod external;
mod links;
mod parity;

use crate::config::{BuildOptions, Config, TranslationCheck};
use crate::error::{Problem, Problems, Result, Severity};
use crate::{document, render, site, source};
pub use external::{ExternalOptions, ExternalStats};
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
    /// Also check external links, with these settings (`None`: no request is made).
    pub external: Option<ExternalOptions>,
}

/// What `check` found.
#[derive(Debug, Clone)]
pub struct CheckReport {
    /// Every finding, in report order.
    pub problems: Vec<Problem>,
    /// What the external check did, when it ran.
    pub external: Option<ExternalStats>,
}

/// Runs every check; `Err` only when the site cannot be read at all (no `site.yaml`, say).
pub fn check(options: &CheckOptions) -> Result<Vec<Problem>> {
    run(options).map(|r| r.problems)
}

/// Runs every check, and says what the external check did. News scheduled for later are
/// checked too, so that they cannot break the build of the day they are published: their
/// problems are added to those of the site as it is today.
pub fn run(options: &CheckOptions) -> Result<CheckReport> {
    let (mut problems, mut uses) = check_as(options, &options.build)?;
    if !options.build.future {
        let later = BuildOptions {
            future: true,
            ..options.build.clone()
        };
        let (later_problems, later_uses) = check_as(options, &later)?;
        for p in later_problems {
            if !problems.contains(&p) {
                problems.push(p);
            }
        }
        uses.extend(later_uses);
    }
    uses.sort();
    uses.dedup();
    let external = options.external.as_ref().map(|settings| {
        let (found, stats) = external::check(&uses, settings);
        problems.extend(found);
        stats
    });
    problems.sort_by(|a, b| a.location.cmp(&b.location));
    Ok(CheckReport { problems, external })
}

/// The problems of the site as `build` sees it, and its uses of web addresses.
fn check_as(options: &CheckOptions, build: &BuildOptions) -> Result<(Vec<Problem>, Vec<external::Use>)> {
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
    let found: Vec<(Vec<Problem>, Vec<external::Use>)> = (0..site.entries.len())
        .into_par_iter()
        .map(|i| {
            let doc = &site.entries[i].doc;
            let (mut found, body_links) = content::lint(doc);
            found.extend(links::check(&site, i, &body_links, &by_path));
            let uses = match options.external {
                Some(_) => external::uses(doc, &body_links),
                None => Vec::new(),
            };
            (found, uses)
        })
        .collect();
    let mut uses = Vec::new();
    for (found, file_uses) in found {
        for p in found {
            problems.push(p);
        }
        uses.extend(file_uses);
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
    Ok((into_list(problems), uses))
}

/// Every collected error as a problem, I/O errors included, in report order.
fn into_list(problems: Problems) -> Vec<Problem> {
    match problems.finish(()) {
        Ok(()) => Vec::new(),
        Err(e) => e.to_problems(),
    }
}
