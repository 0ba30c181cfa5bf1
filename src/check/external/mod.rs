//! `check --external`: every web address the content links to (links and pictures in bodies,
//! `registration` and `image` in front matter) is asked once per run, however many files use
//! it, and each failure is reported at every place that uses it. Findings are warnings: an
//! outside server that is down for an hour must not stop a publication (`--deny-warnings`
//! makes them count).

mod cache;
mod http;
mod network;

use super::content::BodyLink;
use crate::document::{Document, Meta};
use crate::error::{Location, Problem};
use cache::Cache;
use http::{Checker, Verdict};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// How external links are checked.
#[derive(Debug, Clone)]
pub struct ExternalOptions {
    /// Requests at once, over every host.
    pub concurrency: usize,
    /// Requests at once to one host (name and port).
    pub per_host: usize,
    /// How long one request may take.
    pub timeout: Duration,
    /// How many more times a busy (429, 5xx) or silent server is asked.
    pub retries: u32,
    /// The wait before the first retry, doubled before each next one (a server's
    /// `Retry-After` takes precedence).
    pub retry_wait: Duration,
    /// The cache file; `None`: every address is asked, and nothing is kept.
    pub cache: Option<PathBuf>,
    /// How long a link that worked is taken from the cache instead of being asked again.
    pub max_age: Duration,
    /// Also ask addresses on this machine and private networks (reported, not asked, by
    /// default: content must not make the checking machine reach its own network).
    pub allow_private: bool,
}

impl Default for ExternalOptions {
    fn default() -> Self {
        ExternalOptions {
            concurrency: 8,
            per_host: 2,
            timeout: Duration::from_secs(20),
            retries: 2,
            retry_wait: Duration::from_secs(1),
            cache: None,
            max_age: Duration::from_secs(24 * 3600),
            allow_private: false,
        }
    }
}

/// What the external check did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExternalStats {
    /// Distinct addresses (without `#fragment`) used by the content.
    pub addresses: usize,
    /// Answered from the cache.
    pub cached: usize,
    /// Asked over the network.
    pub requested: usize,
}

/// One use of a web address: where, and the address as written.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Use {
    pub location: Location,
    pub url: String,
}

/// Whether a link leaves the site for the web (`http:` or `https:`, in any case).
fn is_web(dest: &str) -> bool {
    let starts = |prefix: &str| dest.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix));
    starts("http://") || starts("https://")
}

/// The web addresses of one file: its body's links and pictures (as the other checks found
/// them), then its front matter fields that hold one.
pub(crate) fn uses(doc: &Document, body_links: &[BodyLink]) -> Vec<Use> {
    let mut found: Vec<Use> = body_links
        .iter()
        .filter(|l| is_web(&l.dest))
        .map(|l| Use {
            location: Location::at(&doc.path, l.line, l.column),
            url: l.dest.clone(),
        })
        .collect();
    let fields: Vec<(&str, Option<&String>)> = match &doc.meta {
        Meta::Offer(o) => vec![("registration", o.registration.as_ref()), ("image", o.image.as_ref())],
        Meta::News(n) => vec![("image", n.image.as_ref())],
        Meta::Plain(_) => Vec::new(),
    };
    for (field, value) in fields {
        if let Some(url) = value.filter(|u| is_web(u)) {
            found.push(Use {
                location: doc.field_location(field),
                url: url.clone(),
            });
        }
    }
    found
}

/// Asks every address of `uses` (or the cache), and reports each one that does not work at
/// each of its uses.
pub(crate) fn check(uses: &[Use], options: &ExternalOptions) -> (Vec<Problem>, ExternalStats) {
    let mut by_url: BTreeMap<&str, Vec<&Location>> = BTreeMap::new();
    for u in uses {
        // The fragment is for the browser; the server sees the address without it.
        let url = u.url.split('#').next().unwrap_or(&u.url).trim();
        by_url.entry(url).or_default().push(&u.location);
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let max_age = options.max_age.as_secs() as i64;
    let mut cache = options.cache.as_deref().map(Cache::load);
    let mut stats = ExternalStats {
        addresses: by_url.len(),
        ..ExternalStats::default()
    };
    let mut verdicts: BTreeMap<&str, Verdict> = BTreeMap::new();
    let mut to_ask: Vec<String> = Vec::new();
    for &url in by_url.keys() {
        match cache.as_ref().and_then(|c| c.fresh(url, now, max_age)) {
            Some(v) => {
                verdicts.insert(url, v.clone());
                stats.cached += 1;
            }
            None => to_ask.push(url.to_string()),
        }
    }
    let mut problems = Vec::new();
    if !to_ask.is_empty() {
        stats.requested = to_ask.len();
        match ask_all(&to_ask, options) {
            Ok(asked) => {
                for (url, verdict) in to_ask.iter().zip(asked) {
                    if let Some(cache) = cache.as_mut() {
                        cache.record(url, now, &verdict);
                    }
                    if let Some((&key, _)) = by_url.get_key_value(url.as_str()) {
                        verdicts.insert(key, verdict);
                    }
                }
                if let (Some(cache), Some(path)) = (cache, &options.cache)
                    && let Err(e) = cache.save(now, max_age)
                {
                    problems.push(
                        Problem::warning(
                            Location::file(path),
                            "external-check",
                            format!("the link cache could not be written: {e}"),
                        )
                        .with_help("links will be asked again next time; check that the folder can be written"),
                    );
                }
            }
            Err(reason) => problems.push(Problem::warning(
                Location::file("."),
                "external-check",
                format!("external links were not checked: {reason}"),
            )),
        }
    }
    for (url, verdict) in &verdicts {
        for &location in by_url.get(url).into_iter().flatten() {
            problems.extend(problem(url, verdict, location));
        }
    }
    (problems, stats)
}

/// Asks each address, within the limits of `options`; verdicts in the order of `urls`.
fn ask_all(urls: &[String], options: &ExternalOptions) -> Result<Vec<Verdict>, String> {
    let work = || -> Result<Vec<Verdict>, String> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        runtime.block_on(async {
            let checker = Arc::new(Checker::new(options)?);
            let mut tasks = tokio::task::JoinSet::new();
            for (i, url) in urls.iter().enumerate() {
                let checker = Arc::clone(&checker);
                let url = url.clone();
                tasks.spawn(async move { (i, checker.check(&url).await) });
            }
            let mut verdicts: Vec<Option<Verdict>> = vec![None; urls.len()];
            while let Some(done) = tasks.join_next().await {
                if let Ok((i, verdict)) = done {
                    verdicts[i] = Some(verdict);
                }
            }
            Ok(verdicts
                .into_iter()
                .map(|v| {
                    v.unwrap_or(Verdict::Unreachable {
                        reason: "the check of this address failed".into(),
                    })
                })
                .collect())
        })
    };
    // A runtime of its own, on a thread of its own: callers may already be inside one.
    std::thread::scope(|s| s.spawn(work).join()).unwrap_or_else(|_| Err("the check failed".into()))
}

/// The warning for one use of an address, if it does not simply work.
fn problem(url: &str, verdict: &Verdict, location: &Location) -> Option<Problem> {
    let at = location.clone();
    let p = match verdict {
        Verdict::Ok => return None,
        Verdict::Moved { to } => Problem::warning(
            at,
            "moved-external-link",
            format!("`{url}` has moved permanently to `{to}`"),
        )
        .with_help(format!("replace the address with `{to}`: the old one may stop working")),
        Verdict::Status { code, at: answered } => {
            let reason = reqwest::StatusCode::from_u16(*code)
                .ok()
                .and_then(|s| s.canonical_reason())
                .map_or(String::new(), |r| format!(" {r}"));
            let after = answered
                .as_ref()
                .map_or(String::new(), |a| format!(" (after redirects to `{a}`)"));
            Problem::warning(
                at,
                "broken-external-link",
                format!("`{url}` answers {code}{reason}{after}"),
            )
            .with_help(status_help(*code))
        }
        Verdict::Unreachable { reason } => Problem::warning(
            at,
            "unreachable-external-link",
            format!("`{url}` could not be reached: {reason}"),
        )
        .with_help("check the address for typos; if it opens in a browser, the site was down or slow during the check"),
        Verdict::Invalid { reason } => Problem::warning(
            at,
            "broken-external-link",
            format!("`{url}` is not a valid web address: {reason}"),
        )
        .with_help("write the whole address, starting with https:// and without spaces"),
    };
    Some(p)
}

fn status_help(code: u16) -> &'static str {
    match code {
        404 | 410 => "the page is gone: find its new address on the partner's site, or remove the link",
        401 | 403 => {
            "the site refuses the check (some block automatic requests): if the link opens in a browser, nothing to do"
        }
        429 => "the site asked to slow down and still refused after waiting: check again later",
        500..=599 => "the partner's server has a problem: if it lasts, tell them, or remove the link",
        _ => "open the link in a browser; if it fails there too, correct or remove it",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_leave_the_site() {
        for yes in ["https://www.lausanne.ch", "http://x.ch/a#b", "HTTPS://UNIL.CH"] {
            assert!(is_web(yes), "{yes}");
        }
        for no in [
            "../offers/a.fr.md",
            "mailto:a@b.ch",
            "tel:+41",
            "#ancre",
            "/images/a.jpg",
            "https:x",
            "é",
        ] {
            assert!(!is_web(no), "{no}");
        }
    }

    #[test]
    fn each_kind_of_failure_has_its_code_and_help() {
        let at = Location::at("content/pages/a.fr.md", 4, 9);
        let code = |v: Verdict| problem("https://x.ch/a", &v, &at).map(|p| (p.code, p.severity, p.message));
        assert_eq!(code(Verdict::Ok), None);
        let (c, severity, message) = code(Verdict::Status {
            code: 404,
            at: Some("https://x.ch/b".into()),
        })
        .unwrap();
        assert_eq!((c, severity), ("broken-external-link", crate::Severity::Warning));
        assert_eq!(
            message,
            "`https://x.ch/a` answers 404 Not Found (after redirects to `https://x.ch/b`)"
        );
        let moved = code(Verdict::Moved {
            to: "https://y.ch/".into(),
        })
        .unwrap();
        assert_eq!(moved.0, "moved-external-link");
        let down = code(Verdict::Unreachable {
            reason: "no answer within 20 s".into(),
        })
        .unwrap();
        assert_eq!(down.2, "`https://x.ch/a` could not be reached: no answer within 20 s");
    }
}
