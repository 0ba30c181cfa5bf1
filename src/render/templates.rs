//! The theme's Tera templates, parsed once, with the `t()` function that reads UI strings from
//! Fluent, `asset()` and `cached_include()`, and the conversion of Tera's errors into problems
//! naming template, line and page.

use super::i18n::Locales;
use crate::config::Config;
use crate::error::{Error, Location, Problem, Result};
use fluent_bundle::{FluentArgs, FluentValue};
use std::collections::BTreeMap;
use std::error::Error as _;
use std::path::PathBuf;
use std::sync::Arc;
use tera::{Kwargs, State, Tera, Value};

/// The parsed templates of the theme.
pub(crate) struct Templates {
    tera: Arc<Tera>,
    cached: super::cached::CachedIncludes,
    dir: PathBuf,
    /// A hash of the template names and sources, for the render cache.
    pub fingerprint: super::Key,
}

impl Templates {
    /// Parses every `*.html` under `themes/<theme>/templates/` and registers `t()`.
    pub fn load(config: &Config, locales: Arc<Locales>, assets: &BTreeMap<String, String>) -> Result<Templates> {
        let dir = config.theme_dir().join("templates");
        let shown = dir.strip_prefix(&config.root).unwrap_or(&dir).to_path_buf();
        if !dir.is_dir() {
            return Err(Problem::new(
                Location::file(&shown),
                "no-theme",
                format!("theme `{}` has no `templates/` folder", config.theme),
            )
            .into());
        }
        let mut sources = Vec::new();
        for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
            let entry = entry.map_err(|e| crate::fs::walk_error(&dir, e))?;
            // As for the theme's static files: a link could bring in any file of the machine.
            if entry.path_is_symlink() {
                return Err(Error::io(
                    entry.path(),
                    std::io::Error::other("symbolic links are not read from themes"),
                ));
            }
            if entry.file_type().is_file() && entry.path().extension().is_some_and(|x| x == "html") {
                let name = entry
                    .path()
                    .strip_prefix(&dir)
                    .unwrap_or(entry.path())
                    .to_string_lossy()
                    .replace('\\', "/");
                sources.push((name, crate::fs::read_to_string(entry.path())?));
            }
        }
        let mut hasher = super::cache::Hasher::new();
        for (name, source) in &sources {
            hasher.piece(name.as_bytes());
            hasher.piece(source.as_bytes());
        }
        let fingerprint = hasher.finish();
        let mut tera = Tera::default();
        tera.autoescape_on([".html", ".xml"]);
        register_t(&mut tera, config, locales);
        register_asset(&mut tera, config, assets.clone());
        let cached = super::cached::CachedIncludes::default();
        cached.register(&mut tera);
        tera.add_raw_templates(sources)
            .map_err(|e| template_error(&shown, &e, None))?;
        let tera = Arc::new(tera);
        cached.attach(&tera);
        Ok(Templates {
            tera,
            cached,
            dir: shown,
            fingerprint,
        })
    }

    /// Forgets the partials `cached_include()` rendered: a new render pass shows new data.
    pub fn forget_cached(&self) {
        self.cached.forget();
    }

    /// Whether the theme has a template of that name.
    pub fn has(&self, name: &str) -> bool {
        self.tera.get_template_names().any(|n| n == name)
    }

    /// Renders `template` for the page at `url`.
    pub fn render(&self, template: &str, context: &tera::Context, url: &str) -> Result<String> {
        self.tera
            .render(template, context)
            .map_err(|e| template_error(&self.dir, &e, Some(url)))
    }
}

fn register_t(tera: &mut Tera, config: &Config, locales: Arc<Locales>) {
    let codes: Vec<String> = config.languages.iter().map(|l| l.code.clone()).collect();
    tera.register_function("t", move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
        let id: &str = kwargs.must_get("id")?;
        let lang: String = match kwargs.get::<String>("lang")? {
            Some(l) => l,
            None => state
                .get::<String>("lang")?
                .ok_or_else(|| tera::Error::message("t(): no `lang` in the page context"))?,
        };
        let index = codes
            .iter()
            .position(|c| *c == lang)
            .ok_or_else(|| tera::Error::message(format!("t(): `{lang}` is not a language of this site")))?;
        if kwargs
            .iter()
            .all(|(key, _)| matches!(key.as_str(), Some("id" | "lang")))
            && let Some(text) = locales.plain(index, id)
        {
            return Ok(text.to_string());
        }
        let mut args = FluentArgs::new();
        for (key, value) in kwargs.iter() {
            let key = key.to_string();
            if key != "id" && key != "lang" {
                args.set(key, to_fluent(value));
            }
        }
        locales.message(index, id, Some(&args)).map_err(tera::Error::message)
    });
}

/// `asset(path="style.css")`: the URL of a theme static file under its fingerprinted name.
fn register_asset(tera: &mut Tera, config: &Config, names: BTreeMap<String, String>) {
    let root = config.link("/");
    tera.register_function("asset", move |kwargs: Kwargs, _: &State| -> tera::TeraResult<String> {
        let path: &str = kwargs.must_get("path")?;
        let path = path.trim_start_matches('/');
        match names.get(path) {
            Some(name) => Ok(format!("{root}{name}")),
            None => {
                let known: Vec<&str> = names.keys().map(String::as_str).collect();
                Err(tera::Error::message(format!(
                    "asset(): the theme has no static file `{path}` (it has: {})",
                    known.join(", ")
                )))
            }
        }
    });
}

fn to_fluent(value: &Value) -> FluentValue<'static> {
    if let Some(n) = value.as_f64().filter(|_| value.is_number()) {
        FluentValue::from(n)
    } else if let Some(s) = value.as_str() {
        FluentValue::from(s.to_string())
    } else {
        FluentValue::from(value.to_string())
    }
}

/// A Tera error as a problem: the template file and line, and the page being rendered.
fn template_error(dir: &std::path::Path, err: &tera::Error, url: Option<&str>) -> Error {
    let page = url.map(|u| format!(" (rendering {u})")).unwrap_or_default();
    let mut causes = String::new();
    let mut source = err.source();
    while let Some(s) = source {
        causes.push_str(": ");
        causes.push_str(&s.to_string());
        source = s.source();
    }
    let problem = match err.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
            let span = r.span();
            Problem::new(
                Location::at(dir.join(r.filename()), span.start_line, span.start_col + 1),
                "template",
                format!("{}{causes}{page}", r.message()),
            )
        }
        _ => Problem::new(Location::file(dir), "template", format!("{err}{causes}{page}")),
    };
    problem.into()
}
