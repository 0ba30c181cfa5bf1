//! The write stage: puts the rendered pages and the theme's static files into a fresh folder
//! beside the output, then swaps it in, so a failed build never leaves a half-written site.

use crate::config::Config;
use crate::error::{Location, Problem, Problems, Result};
use crate::fs;
use crate::render::Output;
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::Path;

/// What was written.
#[derive(Debug, Clone, Default)]
pub struct Written {
    /// HTML pages written.
    pub pages: usize,
    /// Feeds, calendars, sitemap and other generated files written.
    pub other_files: usize,
    /// Files copied from the site's `static/` folder.
    pub static_files: usize,
}

/// Writes `outputs` and the static files into `config.output`, replacing it whole.
pub fn write(config: &Config, outputs: &[Output]) -> Result<Written> {
    let staging = fs::staging_dir(&config.output)?;
    let result = write_into(config, outputs, &staging);
    match result {
        Ok(written) => {
            if let Err(e) = fs::swap_in(&staging, &config.output) {
                let _ = fs::remove_dir_all(&staging);
                return Err(e);
            }
            Ok(written)
        }
        Err(e) => {
            let _ = fs::remove_dir_all(&staging);
            Err(e)
        }
    }
}

fn write_into(config: &Config, outputs: &[Output], dir: &Path) -> Result<Written> {
    // The site's own `static/` files are copied as they are (content links to them by name); the
    // theme's are written, fingerprinted, by the render stage.
    let copied: HashSet<String> = fs::copy_tree(&config.root.join("static"), dir)?
        .into_iter()
        .map(|f| f.to_string_lossy().replace('\\', "/"))
        .collect();
    let mut problems = Problems::default();
    for o in outputs.iter().filter(|o| copied.contains(&o.path)) {
        problems.push(Problem::new(
            Location::file(format!("static/{}", o.path)),
            "url-collision",
            format!(
                "this static file and a generated page would both be written at `{}`",
                o.path
            ),
        ));
    }
    problems.finish(())?;
    outputs
        .par_iter()
        .try_for_each(|o| fs::write(&dir.join(&o.path), &o.bytes))?;
    let pages = outputs.iter().filter(|o| o.path.ends_with(".html")).count();
    Ok(Written {
        pages,
        other_files: outputs.len() - pages,
        static_files: copied.len(),
    })
}
