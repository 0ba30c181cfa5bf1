//! One integration-test binary over tiny fixture sites (`tests/fixtures/`), one behaviour per
//! test, driven by `support::TestSite`. See `tests/README.md` to add a test.

mod support;

/// The shipped site in headless Chromium (axe-core, keyboard, search, filters, no JavaScript)
/// and through the Nu Html Checker; skipped, saying so, without Chromium and tests/browser/node_modules.
mod browser;
/// `savoirs check`: every rule with its place, formats and exit codes.
mod check;
/// `savoirs new` (scaffolds that build once filled) and `savoirs schema` (content validates against it).
mod commands;
/// A full disk while writing: a clear error, the previous site kept.
mod disk;
/// Bad input: every problem reported with its place, previous output left intact.
mod errors;
/// `savoirs check --external`: links to other sites, against a partner site on 127.0.0.1.
mod external;
/// Hostile and broken input, and builds killed midway: clear errors, nothing lost.
mod hardening;
/// Translations: language switcher, hreflang, canonical, three languages.
mod i18n;
/// Images: width and height from their files, lazy loading, missing or unreadable files located.
mod images;
/// `minify` in site.yaml: smaller pages with the same text, JSON-LD, French spaces and `<pre>`.
mod minify;
/// Which pages a site has and where they are written.
mod pages;
/// Properties on random inputs: no panic, no escape from the output, escaping and typography.
mod properties;
/// Feeds, sitemap, calendars and structured data, read back with real parsers.
mod publish;
/// Search index and pages, list filters, offers at a glance, weight budget.
mod search;
/// `savoirs serve`: live preview over HTTP, incremental rebuilds equal to cold builds.
mod serve;
/// The shipped Lausanne site: builds cleanly, with no broken internal link.
mod shipped;
/// Pillars and neighbourhoods: term pages list exactly their entries; past offers.
mod terms;
/// `savoirs build --timings`: every stage and each template used, with its number of renders.
mod timings;
