//! The render stage: plans every page of the site, builds its view and renders it with the
//! theme in parallel. Tera and Fluent are used here and nowhere else.

mod assets;
mod cache;
mod cached;
mod calendar;
mod cards;
mod context;
mod emit;
mod facets;
mod feeds;
mod format;
mod i18n;
mod make_views;
pub mod minify;
mod names;
mod pages;
mod problems;
mod quick;
mod search;
mod sitemap;
mod structured;
mod templates;
pub mod typography;
pub mod views;

use crate::error::{Error, Location, Problem, Problems, Result};
use crate::site::Site;
use crate::source::Section;
use crate::timings::{Stage, Timings};
use make_views::{OfferViews, TermLookup, ViewMaker};
use pages::Target;
use rayon::prelude::*;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use cache::{Key, RenderCache, RenderStats, SharedOutput};
pub use feeds::FEED_FILE;
pub use pages::theme_has_search;
pub use quick::{render_entries, render_readers};
pub use search::{SearchBundle, SearchInput, search_bundle};

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Path inside the output folder, with `/` separators (`fr/offres/index.html`).
    pub path: String,
    /// Its content.
    pub bytes: Vec<u8>,
}

/// Where a build puts each file as soon as it is made (path in the site, bytes), so that files
/// need not all be held in memory; such files are not among the outputs returned.
pub type PageSink<'a> = &'a (dyn Fn(&str, &[u8]) -> Result<()> + Sync);

/// Renders every page of the site. The theme's templates and UI strings are always checked;
/// pages are rendered only when no error was found before (the content must be sound).
pub fn render(site: &Site, problems: &mut Problems) -> Vec<Output> {
    let mut cache = RenderCache::one_off();
    let shared = render_with(site, problems, &mut cache, &mut Timings::default(), None);
    drop(cache);
    shared.into_iter().map(SharedOutput::into_output).collect()
}

/// Renders every page like [`render`], taking from `cache` each page whose key (see
/// [`RenderCache`]) is the one it was rendered with, and keeping the pages for next time.
/// Adds the time of each stage and template to `timings`. With a `sink`, each page and file
/// goes there as soon as it is made instead of into the returned outputs.
pub fn render_with(
    site: &Site,
    problems: &mut Problems,
    cache: &mut RenderCache,
    timings: &mut Timings,
    sink: Option<PageSink>,
) -> Vec<SharedOutput> {
    let start = Instant::now();
    cache.kept = None;
    let Some((locales, warnings)) = problems.take(i18n::Locales::load(&site.config)) else {
        return Vec::new();
    };
    for w in warnings {
        problems.push(w);
    }
    let locales = Arc::new(locales);
    let Some(assets) = problems.take(assets::load(&site.config)) else {
        return Vec::new();
    };
    let Some(templates) = problems.take(templates::Templates::load(
        &site.config,
        Arc::clone(&locales),
        &assets.names,
    )) else {
        return Vec::new();
    };
    let names: Vec<names::CalendarNames> = site
        .config
        .languages
        .iter()
        .filter_map(|l| {
            let loaded = names::CalendarNames::load(&l.locale)
                .map_err(|m| Error::from(Problem::new(Location::file(crate::config::SITE_FILE), "bad-locale", m)));
            problems.take(loaded)
        })
        .collect();
    problems::check_language_labels(site, &locales, problems);
    // Warnings (an image without a known size) do not stop the pages; errors do.
    if problems.has_errors() {
        return Vec::new();
    }
    let theme = theme_key(site, &locales, &templates, &names, &assets.names);
    let lookup = TermLookup::new(site);
    // No view yet: the table of the makers that make the table.
    let none = OfferViews::default();
    let offer_views = OfferViews::make(
        site,
        &|lang| ViewMaker::new(site, &lookup, &locales, &names, &none, lang),
        !cache.one_off,
    );
    let maker_of = |lang| ViewMaker::new(site, &lookup, &locales, &names, &offer_views, lang);
    let targets = pages::plan(site);
    let shared = Shared {
        site,
        locales: &locales,
        templates: &templates,
        maker_of: &maker_of,
        theme,
        cache,
        sink,
    };
    let results: Vec<Result<Page>> = targets.par_iter().map(|&t| render_one(&shared, t)).collect();
    let mut stats = RenderStats::default();
    let mut kept = std::collections::HashMap::with_capacity(results.len());
    let mut outputs = Vec::with_capacity(results.len());
    let (pages, failed): (Vec<_>, Vec<_>) = results.into_iter().partition(Result::is_ok);
    for e in problems::group_by_template_line(failed.into_iter().filter_map(Result::err).collect()) {
        problems.push(e);
    }
    let pages: Vec<Page> = pages.into_iter().filter_map(|r| problems.take(r)).collect();
    let readers = (!cache.one_off).then(|| quick::readers(&pages));
    for page in pages {
        if page.took.is_some() {
            stats.rendered += 1;
        } else {
            stats.reused += 1;
        }
        timings.page(page.template, page.took);
        if page.sunk {
            continue;
        }
        if !cache.one_off {
            kept.insert(page.path.clone(), (page.key, Arc::clone(&page.bytes)));
        }
        outputs.push(SharedOutput {
            path: page.path,
            bytes: page.bytes,
        });
    }
    cache.pages = kept;
    cache.stats = stats;
    timings.sort();
    timings.add(Stage::Render, start.elapsed());
    let start = Instant::now();
    let list_title = |lang: usize, section: Section| {
        locales
            .message(lang, &format!("list-title-{}", section.folder()), None)
            .unwrap_or_default()
    };
    // With a sink, each file goes there as soon as it is made (see `emit::Emit`).
    let out = emit::Emit::new(sink);
    let mut others: Vec<SharedOutput> = Vec::new();
    let feed_cache = (!cache.one_off).then_some(&mut cache.feeds);
    emit::collect(
        feeds::render_all(site, &list_title, feed_cache, out),
        &mut others,
        problems,
    );
    let calendars = (!cache.one_off).then_some(&mut cache.calendars);
    emit::collect(
        calendar::render_all(site, &list_title, calendars, out),
        &mut others,
        problems,
    );
    let cards = cards::render(
        site,
        &maker_of,
        &templates,
        (!cache.one_off).then_some(&theme),
        &mut cache.cards,
        out,
    );
    if let Some(cards) = problems.take(cards) {
        emit::collect(cards, &mut others, problems);
    }
    emit::collect(out.all(sitemap::render(site, &targets)), &mut others, problems);
    emit::collect(out.all(assets.outputs), &mut others, problems);
    outputs.extend(others);
    timings.add(Stage::Feeds, start.elapsed());
    cache.theme = theme;
    if let Some(readers) = readers {
        // The cards this pass rendered are not used again (a quick pass forgets them before
        // it renders): the preview need not hold every card's HTML until the next change.
        templates.forget_cached();
        cache.kept = Some(quick::Kept {
            locales,
            templates,
            names,
            readers,
            facets: lookup.facets,
        });
    }
    outputs
}

/// What every page's render shares.
struct Shared<'a, 's> {
    site: &'a Site,
    locales: &'a i18n::Locales,
    templates: &'a templates::Templates,
    maker_of: &'a (dyn Fn(usize) -> ViewMaker<'s> + Sync),
    theme: Key,
    cache: &'a RenderCache,
    sink: Option<PageSink<'a>>,
}

/// A rendered (or reused) page.
struct Page {
    target: Target,
    /// The entries whose bodies its view read.
    reads: Vec<usize>,
    path: String,
    key: Key,
    bytes: Arc<Vec<u8>>,
    template: &'static str,
    /// How long its template took; `None` when taken from the cache.
    took: Option<Duration>,
    /// Given to the sink (its bytes are not kept).
    sunk: bool,
}

/// The part of every page's key that is the same for all pages: configuration, template
/// sources, static file names, UI strings and CLDR names.
fn theme_key(
    site: &Site,
    locales: &i18n::Locales,
    templates: &templates::Templates,
    names: &[names::CalendarNames],
    assets: &std::collections::BTreeMap<String, String>,
) -> Key {
    let mut h = cache::Hasher::new();
    h.piece(site.config.fingerprint().as_bytes());
    h.piece(&templates.fingerprint);
    h.piece(&locales.fingerprint);
    h.piece(format!("{names:?}").as_bytes());
    h.piece(format!("{assets:?}").as_bytes());
    h.finish()
}

fn render_one(shared: &Shared<'_, '_>, target: Target) -> Result<Page> {
    let Shared {
        site,
        locales,
        templates,
        maker_of,
        ..
    } = *shared;
    let lang = target.lang(site);
    let maker = maker_of(lang);
    let url = pages::url_of(site, target);
    let located = |message: String| -> Error {
        let location = match target {
            Target::Entry(i, _) => Location::file(&site.entries[i].doc.path),
            _ => Location::file(format!("locales/{}", site.config.languages[lang].code)),
        };
        Problem::new(location, "render", format!("{message} (rendering {url})")).into()
    };
    let title_of = |id: &str| locales.message(lang, id, None);
    let languages = || {
        (0..site.config.languages.len())
            .map(|l| context::switch_link(maker.site, locales, l, site.home_url(l), true).map_err(|e| e.to_string()))
            .collect()
    };
    let shown = pages::show(maker.site, &maker, target, &title_of, &languages).map_err(&located)?;
    let reads = maker.reads.take();
    let info = context::PageInfo {
        target,
        lang,
        url: &url,
        title: &shown.title,
        description: shown.description,
        section: shown.section,
    };
    let context = context::page_context(site, locales, &maker, &info)?;
    let path = pages::file_of(&url);
    let template = shown.view.template();
    let key = if shared.cache.one_off {
        [0; 16]
    } else {
        let mut hasher = cache::Hasher::new();
        hasher.piece(&shared.theme);
        hasher.piece(url.as_bytes());
        hasher.piece(template.as_bytes());
        hasher.data(&context).map_err(&located)?;
        hasher.data(&shown.view).map_err(&located)?;
        let key = hasher.finish();
        if let Some(bytes) = shared.cache.get(&path, &key) {
            return Ok(Page {
                target,
                reads,
                path,
                key,
                bytes,
                template,
                took: None,
                sunk: false,
            });
        }
        key
    };
    let start = Instant::now();
    let mut tera_context = tera::Context::from_serialize(&context).map_err(|e| located(e.to_string()))?;
    tera_context.insert("page", &shown.view);
    let mut html = templates.render(template, &tera_context, &url)?;
    if site.config.languages[lang].locale.starts_with("fr") {
        html = typography::apply(&html, site.config.french_punctuation);
    }
    let bytes = if site.config.minify {
        minify::minify_to_bytes(&html).map_err(&located)?
    } else {
        html.into_bytes()
    };
    let took = Some(start.elapsed());
    if let Some(sink) = shared.sink {
        sink(&path, &bytes)?;
        return Ok(Page {
            target,
            reads,
            path,
            key,
            bytes: Arc::new(Vec::new()),
            template,
            took,
            sunk: true,
        });
    }
    Ok(Page {
        target,
        reads,
        path,
        key,
        bytes: Arc::new(bytes),
        template,
        took,
        sunk: false,
    })
}
