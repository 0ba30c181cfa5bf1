//! savoirs: a static site generator for bilingual learning-city websites.
//!
//! The build runs in one direction, one stage per module: `config` (site.yaml) -> `source`
//! (content files) -> `document` (front matter + Markdown) -> `site` (URLs, translations,
//! taxonomies) -> `render` (views, templates, UI strings) -> `output` (files). The library never
//! prints; the binary reports what it returns.

pub mod config;
pub mod document;
pub mod error;
pub mod fs;
pub mod markdown;
pub mod output;
pub mod render;
pub mod site;
pub mod slug;
pub mod source;
pub mod url;
mod yaml;

pub use config::{BuildOptions, Config};
pub use error::{Error, Location, Problem, Result};

/// What a successful build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Where the site was written.
    pub output: std::path::PathBuf,
    /// Pages and files written.
    pub written: output::Written,
}

/// Loads, checks and renders the site, without writing anything.
pub fn render_site(options: &BuildOptions) -> Result<(Config, Vec<render::Output>)> {
    let config = Config::load(options)?;
    let mut problems = error::Problems::default();
    let files = source::load(&config, &mut problems)?;
    let parsed = document::parse_all(files, &mut problems);
    let site = site::build(config, parsed, &mut problems);
    let outputs = render::render(&site, &mut problems);
    problems.finish((site.config, outputs))
}

/// Builds the site into its output folder; on any error the previous output stays untouched.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    let (config, outputs) = render_site(options)?;
    let written = output::write(&config, &outputs)?;
    Ok(BuildReport {
        output: config.output,
        written,
    })
}
