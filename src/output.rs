//! The write stage: puts the rendered pages and the theme's static files into a fresh folder
//! beside the output, then swaps it in, so a failed build never leaves a half-written site.

use crate::config::Config;
use crate::error::{Location, Problem, Problems, Result};
use crate::fs;
use crate::render::Output;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::Path;

/// What was written.
#[derive(Debug, Clone, Default)]
pub struct Written {
    /// HTML pages written.
    pub pages: usize,
    /// Feeds, calendars, sitemap and other generated files written.
    pub other_files: usize,
    /// Static files copied.
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
    let mut problems = Problems::default();
    let mut copied: HashMap<String, &str> = HashMap::new();
    let mut static_files = 0;
    for (source, label) in [
        (config.theme_dir().join("static"), "theme"),
        (config.root.join("static"), "site"),
    ] {
        let files = fs::copy_tree(&source, dir)?;
        static_files += files.len();
        for f in files {
            let key = f.to_string_lossy().replace('\\', "/");
            if let Some(first) = copied.insert(key.clone(), label) {
                if first != label {
                    // The site's own file wins over the theme's: that is how a site overrides a theme file.
                    continue;
                }
            }
        }
    }
    for o in outputs {
        if copied.contains_key(&o.path) {
            problems.push(Problem::new(
                Location::file(&o.path),
                "url-collision",
                format!("a static file and a page would both be written at `{}`", o.path),
            ));
        }
    }
    problems.finish(())?;
    outputs
        .par_iter()
        .try_for_each(|o| fs::write(&dir.join(&o.path), &o.bytes))?;
    let pages = outputs.iter().filter(|o| o.path.ends_with(".html")).count();
    Ok(Written {
        pages,
        other_files: outputs.len() - pages,
        static_files,
    })
}
