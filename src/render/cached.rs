//! `cached_include()`, the templates' partial rendered once per render pass and key (Hugo's
//! `partialCached`): an offer's card shows on four or five list and term pages, and rendering
//! it again on each was most of the time of those pages.
//!
//! `{{ cached_include(template="partials/offer_card.html", key=offer.url ~ "|" ~ hl, offer=offer,
//! hl=hl) }}` renders the template with only the arguments other than `template` and `key`
//! (and `lang`, the page's unless given) as its context, and gives the same HTML for the same
//! template, language and key until the render pass ends: the key must name everything the
//! partial shows (here the offer, whose URL is unique, and the heading level).

use super::cache::{Hasher, Key};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock, Weak};
use tera::{Kwargs, State, Tera, Value};

/// Rendered partials by a hash of their template, language and key. The HTML is kept as a
/// template value, which Tera shares instead of copying at each use.
type Rendered = HashMap<Key, Value>;

/// The partials rendered in this render pass, and the templates that render them.
#[derive(Clone, Default)]
pub(super) struct CachedIncludes {
    /// The templates this function is registered in, set once they are parsed (a function
    /// cannot hold its own registry otherwise; weak, so that the two can be dropped).
    tera: Arc<OnceLock<Weak<Tera>>>,
    rendered: Arc<RwLock<Rendered>>,
}

impl CachedIncludes {
    /// Registers `cached_include()` in `tera`; [`Self::attach`] must follow once `tera` is
    /// shared.
    pub fn register(&self, tera: &mut Tera) {
        let this = self.clone();
        tera.register_function("cached_include", move |kwargs: Kwargs, state: &State| {
            this.call(&kwargs, state)
        });
    }

    /// Gives the function the templates it renders.
    pub fn attach(&self, tera: &Arc<Tera>) {
        let _ = self.tera.set(Arc::downgrade(tera));
    }

    /// Forgets every rendered partial (the data they show may have changed).
    pub fn forget(&self) {
        self.rendered
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clear();
    }

    fn call(&self, kwargs: &Kwargs, state: &State) -> tera::TeraResult<Value> {
        let template: &str = kwargs.must_get("template")?;
        let key: &Value = kwargs.get::<&Value>("key")?.ok_or_else(|| {
            tera::Error::message("cached_include(): `key` is required: what makes this partial differ from the others")
        })?;
        let lang: String = match kwargs.get::<String>("lang")? {
            Some(lang) => lang,
            None => state.get::<String>("lang")?.unwrap_or_default(),
        };
        let mut hasher = Hasher::new();
        hasher.piece(template.as_bytes());
        hasher.piece(lang.as_bytes());
        match key.as_str() {
            Some(key) => hasher.piece(key.as_bytes()),
            None => hasher.piece(key.to_string().as_bytes()),
        }
        let id = hasher.finish();
        let read = |rendered: &RwLock<Rendered>| {
            let rendered = rendered.read().unwrap_or_else(std::sync::PoisonError::into_inner);
            rendered.get(&id).cloned()
        };
        if let Some(html) = read(&self.rendered) {
            return Ok(html);
        }
        let tera = self
            .tera
            .get()
            .and_then(Weak::upgrade)
            .ok_or_else(|| tera::Error::message("cached_include(): the templates are not ready"))?;
        let mut context = tera::Context::new();
        for (name, value) in kwargs.iter() {
            let name = name.to_string();
            if name != "template" && name != "key" {
                context.insert_value(name, value.clone());
            }
        }
        context.insert("lang", &lang);
        let html = Value::safe_string(&tera.render(template, &context)?);
        // Two threads may render the same partial at once: the same HTML, kept once.
        let mut rendered = self.rendered.write().unwrap_or_else(std::sync::PoisonError::into_inner);
        Ok(rendered.entry(id).or_insert(html).clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn templates(page: &str) -> (Arc<Tera>, CachedIncludes) {
        let mut tera = Tera::default();
        tera.autoescape_on([".html"]);
        let cached = CachedIncludes::default();
        cached.register(&mut tera);
        tera.add_raw_templates([
            ("page.html", page),
            ("card.html", "<p>{{ lang }}: {{ name }} #{{ n }}</p>"),
        ])
        .unwrap();
        let tera = Arc::new(tera);
        cached.attach(&tera);
        (tera, cached)
    }

    fn render(tera: &Tera, lang: &str) -> Result<String, tera::Error> {
        let mut context = tera::Context::new();
        context.insert("lang", lang);
        context.insert("names", &["Ouchy & Vidy", "Flon"]);
        tera.render("page.html", &context)
    }

    const PAGE: &str = "{% for name in names %}{{ cached_include(template=\"card.html\", key=name, name=name, n=loop.index) }}{% endfor %}";

    #[test]
    fn a_partial_is_rendered_once_per_key_and_language() {
        let (tera, _) = templates(&format!("{PAGE}{PAGE}"));
        // `n` is not in the key: the second time, each card is the one rendered first.
        assert_eq!(
            render(&tera, "fr").unwrap(),
            "<p>fr: Ouchy &amp; Vidy #1</p><p>fr: Flon #2</p>".repeat(2)
        );
        assert_eq!(
            render(&tera, "en").unwrap(),
            "<p>en: Ouchy &amp; Vidy #1</p><p>en: Flon #2</p>".repeat(2)
        );
    }

    #[test]
    fn forgetting_renders_again() {
        let (tera, cached) = templates("{{ cached_include(template=\"card.html\", key=\"k\", name=names[0], n=n) }}");
        let with = |n: u8| {
            let mut context = tera::Context::new();
            context.insert("lang", "fr");
            context.insert("names", &["Flon"]);
            context.insert("n", &n);
            tera.render("page.html", &context).unwrap()
        };
        assert_eq!(with(1), "<p>fr: Flon #1</p>");
        assert_eq!(with(2), "<p>fr: Flon #1</p>");
        cached.forget();
        assert_eq!(with(2), "<p>fr: Flon #2</p>");
    }

    #[test]
    fn a_missing_key_or_template_is_an_error() {
        let (tera, _) = templates("{{ cached_include(template=\"card.html\", name=\"x\") }}");
        let e = format!("{:?}", render(&tera, "fr").unwrap_err());
        assert!(e.contains("`key` is required"), "{e}");
        let (tera, _) = templates("{{ cached_include(template=\"nope.html\", key=1) }}");
        let e = format!("{:?}", render(&tera, "fr").unwrap_err());
        assert!(e.contains("nope.html"), "{e}");
    }
}
