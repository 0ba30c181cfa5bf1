//! Command-line arguments, parsed into one struct per command, each with a `run` that calls the
//! library and returns what to report.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// savoirs: builds bilingual learning-city websites.
#[derive(Debug, Parser)]
#[command(name = "savoirs", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Builds the site into the output folder.
    Build(BuildArgs),
}

/// Arguments of `savoirs build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The site's folder (with site.yaml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Where to write the site [default: ROOT/public].
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Overrides `base_url` from site.yaml, e.g. for a preview host.
    #[arg(long)]
    pub base_url: Option<String>,
    /// Also builds drafts.
    #[arg(long)]
    pub drafts: bool,
}

impl BuildArgs {
    /// Builds, and returns the summary line to print.
    pub fn run(self) -> savoirs::Result<String> {
        let options = savoirs::BuildOptions {
            root: self.root,
            output: self.output,
            base_url: self.base_url,
            drafts: self.drafts,
            today: None,
        };
        let report = savoirs::build(&options)?;
        let w = report.written;
        Ok(format!(
            "built {} pages and {} feeds, calendars and other files, and copied {} static files, into {}",
            w.pages,
            w.other_files,
            w.static_files,
            report.output.display()
        ))
    }
}
