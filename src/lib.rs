//! savoirs: a static site generator for bilingual learning-city websites.
//!
//! The build runs in one direction, one stage per module: `config` (site.yaml) -> `source`
//! (content files) -> `document` (front matter + Markdown) -> `site` (URLs, translations,
//! taxonomies) -> `render` (views, templates, UI strings) -> `output` (files). The library never
//! prints; the binary reports what it returns.

#![forbid(unsafe_code)]

pub mod cache;
pub mod check;
pub mod config;
pub mod document;
pub mod error;
pub mod fs;
pub mod markdown;
pub mod output;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod schema;
pub mod search;
pub mod serve;
pub mod site;
pub mod slug;
pub mod source;
pub mod timings;
pub mod url;
mod yaml;

pub use config::{BuildOptions, Config};
pub use error::{Error, Location, Problem, Result, Severity};

/// What a successful build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Where the site was written.
    pub output: std::path::PathBuf,
    /// Pages and files written.
    pub written: output::Written,
    /// Warnings found on the way (the build went through).
    pub warnings: Vec<Problem>,
    /// Where the time went.
    pub timings: timings::Timings,
}

/// A site rendered in memory.
#[derive(Debug)]
pub struct RenderedSite {
    /// The configuration it was built with.
    pub config: Config,
    /// Every file of the site.
    pub outputs: Vec<render::Output>,
    /// Warnings found on the way.
    pub warnings: Vec<Problem>,
    /// Where the time went.
    pub timings: timings::Timings,
}

/// A site rendered in memory, its files shared with the caches (for `savoirs serve`).
#[derive(Debug)]
pub struct SharedSite {
    /// The configuration it was built with.
    pub config: Config,
    /// Every file of the site.
    pub outputs: Vec<render::SharedOutput>,
    /// Warnings found on the way.
    pub warnings: Vec<Problem>,
    /// Where the time went.
    pub timings: timings::Timings,
}

/// Loads, checks and renders the site, without writing anything.
pub fn render_site(options: &BuildOptions) -> Result<RenderedSite> {
    let mut caches = cache::Caches {
        render: render::RenderCache::one_off(),
        ..Default::default()
    };
    let site = render_site_with(options, &mut caches);
    drop(caches);
    let SharedSite {
        config,
        outputs,
        warnings,
        timings,
    } = site?;
    Ok(RenderedSite {
        config,
        outputs: outputs.into_iter().map(render::SharedOutput::into_output).collect(),
        warnings,
        timings,
    })
}

/// Loads, checks and renders the site like [`render_site`], parsing again only the files
/// that changed and rendering again only the pages whose inputs changed since `caches` were
/// filled (empty caches: a cold build).
pub fn render_site_with(options: &BuildOptions, caches: &mut cache::Caches) -> Result<SharedSite> {
    let mut site = render_pages_with(options, caches)?;
    let start = std::time::Instant::now();
    let files = site.outputs.iter().map(|o| (&o.path, &o.bytes));
    if let Some(input) = render::SearchInput::new(&site.config, files, &caches.render) {
        let never = std::sync::atomic::AtomicBool::new(false);
        let bundle = render::search_bundle(&site.config, &input, caches.render.take_search(), &never)?;
        site.outputs.extend(bundle.1.iter().cloned());
        caches.render.keep_search(bundle);
        site.timings.add(timings::Stage::Search, start.elapsed());
    }
    Ok(site)
}

/// [`render_site_with`] without the search bundle, which [`render::search_bundle`] makes from
/// the pages (the preview serves the pages first).
pub fn render_pages_with(options: &BuildOptions, caches: &mut cache::Caches) -> Result<SharedSite> {
    let start = std::time::Instant::now();
    let config = Config::load(options)?;
    render_pages(config, start, caches, None)
}

/// Everything from the content files on, with `config` loaded since `start`.
fn render_pages(
    config: Config,
    start: std::time::Instant,
    caches: &mut cache::Caches,
    sink: Option<render::PageSink>,
) -> Result<SharedSite> {
    let mut timings = timings::Timings::default();
    let mut problems = error::Problems::default();
    caches.site = None;
    let files = if caches.render.is_one_off() {
        source::load(&config, &mut problems)?
    } else {
        let parse = &caches.parse;
        source::load_with(&config, &mut problems, &|path, stamp| parse.known_text(path, stamp))?
    };
    timings.add(timings::Stage::Load, start.elapsed());
    let parsed = timings.time(timings::Stage::Parse, || {
        if caches.render.is_one_off() {
            // Nothing comes after a single build: no copy of each text and document to keep.
            document::parse_all(files, &mut problems)
        } else {
            caches.parse.parse_all(files, &mut problems)
        }
    });
    let bodies = (!caches.render.is_one_off()).then_some(&mut caches.bodies);
    let site = timings.time(timings::Stage::Model, || {
        site::build_with(config, parsed, &mut problems, bodies)
    });
    let outputs = render::render_with(&site, &mut problems, &mut caches.render, &mut timings, sink);
    let config = site.config.clone();
    let ((config, outputs), warnings) = problems.finish_with_warnings((config, outputs))?;
    if !caches.render.is_one_off() {
        caches.site = Some(site);
    }
    Ok(SharedSite {
        config,
        outputs,
        warnings,
        timings,
    })
}

/// Builds the site into its output folder; on any error the previous output stays untouched.
///
/// Each page is written as soon as it is rendered, into a fresh folder that replaces the output
/// at the end (see [`output::Staging`]), so the pages are never all in memory; the search index
/// reads the searchable ones back from there.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    let start = std::time::Instant::now();
    let config = Config::load(options)?;
    let staging = output::Staging::create(&config)?;
    let searchable = std::sync::Mutex::new(Vec::new());
    // The first failed write (a full disk) is the one to report; the pages after it are not
    // written. A page in the place of a static file is a problem of its own, each reported.
    let write_failed = std::sync::Mutex::new(None);
    let sink = |path: &str, bytes: &[u8]| -> Result<()> {
        if lock(&write_failed).is_some() {
            return Ok(());
        }
        match staging.write(path, bytes) {
            Ok(()) => {
                if search::is_searchable(path, bytes) {
                    lock(&searchable).push(path.to_string());
                }
                Ok(())
            }
            Err(e) if e.problems().iter().any(|p| p.code == "url-collision") => Err(e),
            Err(e) => {
                lock(&write_failed).get_or_insert(e);
                Ok(())
            }
        }
    };
    let mut caches = cache::Caches {
        render: render::RenderCache::one_off(),
        ..Default::default()
    };
    let site = render_pages(config.clone(), start, &mut caches, Some(&sink));
    drop(caches);
    if let Some(e) = lock(&write_failed).take() {
        return Err(e);
    }
    let SharedSite {
        config: _,
        outputs,
        warnings,
        mut timings,
    } = site?;
    let outputs: Vec<render::Output> = outputs.into_iter().map(render::SharedOutput::into_output).collect();
    timings.time(timings::Stage::Write, || staging.write_all(&outputs))?;
    drop(outputs);
    if render::theme_has_search(&config) {
        let start = std::time::Instant::now();
        let pages = std::mem::take(&mut *lock(&searchable));
        // Each index's files are written as soon as it is done, while the next is being made;
        // every file of the bundle in the place of a static file is reported, not the first.
        let collisions = std::sync::Mutex::new(Vec::new());
        search::index_pages_into(
            &config,
            pages,
            |path| staging.read_to_string(path),
            |file| match staging.write(&file.path, &file.bytes) {
                Err(e) if e.problems().iter().any(|p| p.code == "url-collision") => {
                    lock(&collisions).push(e);
                    Ok(())
                }
                written => written,
            },
        )?;
        let collisions = collisions
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(e) = Error::from_list(collisions) {
            return Err(e);
        }
        timings.add(timings::Stage::Search, start.elapsed());
    }
    let written = timings.time(timings::Stage::Write, || staging.finish())?;
    Ok(BuildReport {
        output: config.output.clone(),
        written,
        warnings,
        timings,
    })
}

/// A lock whose holder panicked still holds plain data.
pub(crate) fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
