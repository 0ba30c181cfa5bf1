//! The write stage: puts the rendered pages and the theme's static files into a fresh folder
//! beside the output, then swaps it in, so a failed build never leaves a half-written site.

use crate::config::Config;
use crate::error::{Error, Location, Problem, Problems, Result};
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
    let staging = fs::staging_dir(&config.output).map_err(|e| not_written(config, None, e))?;
    let result = write_into(config, outputs, &staging);
    match result {
        Ok(written) => {
            if let Err(e) = fs::swap_in(&staging, &config.output) {
                let _ = fs::remove_dir_all(&staging);
                return Err(not_written(config, None, e));
            }
            Ok(written)
        }
        Err(e) => {
            let _ = fs::remove_dir_all(&staging);
            Err(not_written(config, Some(&staging), e))
        }
    }
}

/// A system error while writing the new site (a full disk, say), told as what it means for the
/// site: which file could not be written, and that the published one was left as it was. The
/// staging folder is named by what would have been its place in the output, since it is gone.
fn not_written(config: &Config, staging: Option<&Path>, e: Error) -> Error {
    let Error::Io { path, source } = e else {
        return e;
    };
    let full = matches!(
        source.kind(),
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
    );
    let in_staging = staging.map(|s| path.strip_prefix(s).ok());
    let file = match in_staging {
        Some(Some(rel)) => config.output.join(rel),
        // Not a file of the new site (one being read, such as a static file): a full disk is
        // still the cause to report, anything else is that file's own problem.
        Some(None) if !full => return Error::Io { path, source },
        _ => path,
    };
    let (reason, help) = if full {
        (
            "no space left on device".to_string(),
            format!(
                "free some space on the disk that holds {}, then build again",
                config.output.display()
            ),
        )
    } else {
        (
            source.to_string(),
            format!(
                "check that {} can be written, then build again",
                config.output.display()
            ),
        )
    };
    let kept = if config.output.exists() {
        "the previous site was left as it was"
    } else {
        "nothing was written"
    };
    Problem::new(
        Location::file(&config.output),
        "write-failed",
        format!("could not write {}: {reason}; {kept}", file.display()),
    )
    .with_help(help)
    .into()
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
