//! The write stage: puts the rendered pages and the theme's static files into a fresh folder
//! beside the output, then swaps it in, so a failed build never leaves a half-written site.

use crate::config::Config;
use crate::error::{Error, Location, Problem, Problems, Result};
use crate::fs;
use crate::render::Output;
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

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

/// The new site being written, in a fresh folder beside the output: files go in as they come
/// (the build writes each page as soon as it is rendered), and [`Staging::finish`] swaps the
/// folder in. Dropped unfinished, the folder is removed and the output left as it was.
#[derive(Debug)]
pub struct Staging<'a> {
    config: &'a Config,
    dir: PathBuf,
    /// The site's own `static/` files, copied first (a generated file may not take their place).
    copied: HashSet<String>,
    pages: AtomicUsize,
    others: AtomicUsize,
    finished: bool,
}

impl<'a> Staging<'a> {
    /// Makes the folder and copies the site's `static/` files into it.
    pub fn create(config: &'a Config) -> Result<Staging<'a>> {
        let dir = fs::staging_dir(&config.output).map_err(|e| not_written(config, None, e))?;
        let mut staging = Staging {
            config,
            dir,
            copied: HashSet::new(),
            pages: AtomicUsize::new(0),
            others: AtomicUsize::new(0),
            finished: false,
        };
        // The site's own `static/` files are copied as they are (content links to them by
        // name); the theme's are written, fingerprinted, by the render stage.
        staging.copied = fs::copy_tree(&config.root.join("static"), &staging.dir)
            .map_err(|e| staging.failed(e))?
            .into_iter()
            .map(|f| f.to_string_lossy().replace('\\', "/"))
            .collect();
        Ok(staging)
    }

    /// Writes one file of the site (`fr/offres/index.html`).
    pub fn write(&self, path: &str, bytes: &[u8]) -> Result<()> {
        if self.copied.contains(path) {
            return Err(collision(path));
        }
        fs::write(&self.dir.join(path), bytes).map_err(|e| self.failed(e))?;
        let count = if path.ends_with(".html") {
            &self.pages
        } else {
            &self.others
        };
        count.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Writes `outputs` in parallel, once none of them collides with a static file.
    pub fn write_all(&self, outputs: &[Output]) -> Result<()> {
        let mut problems = Problems::default();
        for o in outputs.iter().filter(|o| self.copied.contains(&o.path)) {
            problems.push(collision(&o.path));
        }
        problems.finish(())?;
        outputs.par_iter().try_for_each(|o| self.write(&o.path, &o.bytes))
    }

    /// A file written before, read back as text (the search index reads the pages).
    pub fn read_to_string(&self, path: &str) -> Result<String> {
        fs::read_to_string(&self.dir.join(path)).map_err(|e| self.failed(e))
    }

    /// Swaps the new site in place of the output.
    pub fn finish(mut self) -> Result<Written> {
        fs::swap_in(&self.dir, &self.config.output).map_err(|e| not_written(self.config, None, e))?;
        self.finished = true;
        Ok(Written {
            pages: self.pages.load(Ordering::Relaxed),
            other_files: self.others.load(Ordering::Relaxed),
            static_files: self.copied.len(),
        })
    }

    fn failed(&self, e: Error) -> Error {
        not_written(self.config, Some(&self.dir), e)
    }
}

impl Drop for Staging<'_> {
    fn drop(&mut self) {
        if !self.finished {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

fn collision(path: &str) -> Error {
    Problem::new(
        Location::file(format!("static/{path}")),
        "url-collision",
        format!("this static file and a generated page would both be written at `{path}`"),
    )
    .into()
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
