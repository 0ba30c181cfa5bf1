//! Asks one web address whether it works, politely: a bounded number of requests at once (over
//! all hosts, and per host), `HEAD` first and `GET` when a server refuses or mishandles `HEAD`,
//! redirects followed one hop at a time so that a permanent move can be reported, and a few
//! retries, with growing waits, when a server is busy or slow.

use super::ExternalOptions;
use super::network::{self, PublicOnly};
use reqwest::{StatusCode, Url, header};
use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Semaphore;

/// Redirect hops followed before giving up (browsers stop at about 20; 10 is plenty for links).
const MAX_REDIRECTS: usize = 10;
/// Longest wait a server's `Retry-After` may impose, so that one slow host cannot stall a run.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(10);

/// What became of one address.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "result", rename_all = "kebab-case")]
pub(crate) enum Verdict {
    /// It answers with a page.
    Ok,
    /// It answers, through one or more permanent redirects, from this address.
    Moved {
        /// Where the permanent redirects lead.
        to: String,
    },
    /// The server answered with an error status, maybe after redirects.
    Status {
        /// The HTTP status code.
        code: u16,
        /// The address that answered it, when redirects led elsewhere.
        at: Option<String>,
    },
    /// No answer: unknown host, refused connection, TLS failure, timeout, redirect loop.
    Unreachable {
        /// What went wrong, in a few words.
        reason: String,
    },
    /// The address cannot be requested at all.
    Invalid {
        /// Why it is not a valid address.
        reason: String,
    },
}

/// One answer to one request: its status, and where a redirect points.
struct Answer {
    status: StatusCode,
    location: Option<String>,
    retry_after: Option<Duration>,
}

/// A failed request: what to tell the editor, and whether trying again may help.
struct Failure {
    reason: String,
    transient: bool,
}

/// Checks addresses with one HTTP client, sharing its limits across every check of a run.
pub(crate) struct Checker {
    client: reqwest::Client,
    all: Semaphore,
    per_host: usize,
    hosts: Mutex<HashMap<String, Arc<Semaphore>>>,
    /// Hosts that refused `HEAD` once: asked with `GET` from then on, saving a request each.
    get_only: Mutex<HashSet<String>>,
    options: ExternalOptions,
}

impl Checker {
    /// A checker with `options`' limits; `Err` when no HTTP client can be made.
    pub(crate) fn new(options: &ExternalOptions) -> Result<Checker, String> {
        // reqwest is built without a default TLS provider (aws-lc needs a long C build): use
        // ring's, unless the program already chose one.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut headers = header::HeaderMap::new();
        headers.insert(
            header::ACCEPT,
            header::HeaderValue::from_static("text/html,application/xhtml+xml,*/*;q=0.8"),
        );
        let mut builder = reqwest::Client::builder();
        if !options.allow_private {
            builder = builder.dns_resolver(PublicOnly);
        }
        let client = builder
            .user_agent(concat!("savoirs/", env!("CARGO_PKG_VERSION"), " (link check)"))
            .default_headers(headers)
            .redirect(reqwest::redirect::Policy::none())
            .timeout(options.timeout)
            .connect_timeout(options.timeout.min(Duration::from_secs(10)))
            .pool_max_idle_per_host(options.per_host.max(1))
            .build()
            .map_err(|e| describe(&e, options.timeout))?;
        Ok(Checker {
            client,
            all: Semaphore::new(options.concurrency.max(1)),
            per_host: options.per_host.max(1),
            hosts: Mutex::new(HashMap::new()),
            get_only: Mutex::new(HashSet::new()),
            options: options.clone(),
        })
    }

    /// Follows `url` to a page, an error or a dead end.
    pub(crate) async fn check(&self, url: &str) -> Verdict {
        let start = match Url::parse(url) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => u,
            Ok(_) => {
                return Verdict::Invalid {
                    reason: "not an http or https address with a host".into(),
                };
            }
            Err(e) => return Verdict::Invalid { reason: e.to_string() },
        };
        let mut current = start.clone();
        // The address after the leading permanent redirects: what the link should say now.
        let mut moved_to: Option<Url> = None;
        let mut only_permanent = true;
        for _ in 0..=MAX_REDIRECTS {
            // Names are filtered by the resolver; addresses written as numbers never reach it.
            let literal = current
                .host_str()
                .and_then(|h| h.trim_start_matches('[').trim_end_matches(']').parse::<IpAddr>().ok());
            if !self.options.allow_private && literal.is_some_and(|ip| !network::is_public(ip)) {
                return Verdict::Unreachable {
                    reason: network::PRIVATE.into(),
                };
            }
            let answer = match self.ask_with_retries(&current).await {
                Ok(a) => a,
                Err(f) => return Verdict::Unreachable { reason: f.reason },
            };
            let status = answer.status;
            if status.is_redirection() {
                let Some(next) = answer.location.as_deref().and_then(|l| current.join(l).ok()) else {
                    return Verdict::Status {
                        code: status.as_u16(),
                        at: (current != start).then(|| current.to_string()),
                    };
                };
                let permanent = matches!(status, StatusCode::MOVED_PERMANENTLY | StatusCode::PERMANENT_REDIRECT);
                if permanent && only_permanent {
                    moved_to = Some(next.clone());
                } else {
                    only_permanent = false;
                }
                current = next;
                continue;
            }
            if status.is_success() {
                return match moved_to {
                    Some(to) if to != start => Verdict::Moved { to: to.to_string() },
                    _ => Verdict::Ok,
                };
            }
            return Verdict::Status {
                code: status.as_u16(),
                at: (current != start).then(|| current.to_string()),
            };
        }
        Verdict::Unreachable {
            reason: format!("more than {MAX_REDIRECTS} redirects"),
        }
    }

    /// One hop, tried again after a wait when the server is busy (429, 5xx) or slow.
    async fn ask_with_retries(&self, url: &Url) -> Result<Answer, Failure> {
        let mut wait = self.options.retry_wait;
        let mut attempt = 0;
        loop {
            let result = self.ask(url).await;
            let hint = match &result {
                Ok(a) if busy(a.status) => Some(a.retry_after),
                Err(f) if f.transient => Some(None),
                _ => None,
            };
            match hint {
                Some(hint) if attempt < self.options.retries => {
                    // Waits hold no permit: other hosts go on meanwhile.
                    tokio::time::sleep(hint.unwrap_or(wait).min(MAX_RETRY_AFTER)).await;
                    wait = wait.saturating_mul(2);
                    attempt += 1;
                }
                _ => return result,
            }
        }
    }

    /// One request for one hop, within the run's limits: `HEAD`, then `GET` if `HEAD` fails.
    async fn ask(&self, url: &Url) -> Result<Answer, Failure> {
        let host = authority(url);
        let host_slots = {
            let mut hosts = self.hosts.lock().unwrap_or_else(|e| e.into_inner());
            Arc::clone(
                hosts
                    .entry(host.clone())
                    .or_insert_with(|| Arc::new(Semaphore::new(self.per_host))),
            )
        };
        // The host's slot first: a request waiting for its host must not hold one of the run's.
        let Ok(_host_permit) = host_slots.acquire().await else {
            return Err(closed());
        };
        let Ok(_permit) = self.all.acquire().await else {
            return Err(closed());
        };
        let get_only = self.get_only.lock().unwrap_or_else(|e| e.into_inner()).contains(&host);
        if !get_only {
            let answer = self.send(self.client.head(url.clone())).await?;
            let status = answer.status;
            let not_now = matches!(status, StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE);
            if !(status.is_client_error() || status.is_server_error()) || not_now {
                return Ok(answer);
            }
            // 405 and 501 say "no HEAD here"; other errors to HEAD are often wrong (servers that
            // route HEAD badly): either way, `GET` decides.
            if matches!(status, StatusCode::METHOD_NOT_ALLOWED | StatusCode::NOT_IMPLEMENTED) {
                self.get_only.lock().unwrap_or_else(|e| e.into_inner()).insert(host);
            }
        }
        self.send(self.client.get(url.clone())).await
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> Result<Answer, Failure> {
        // The body is never read: dropping the response closes the connection early.
        match request.send().await {
            Ok(response) => Ok(Answer {
                status: response.status(),
                location: response
                    .headers()
                    .get(header::LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string),
                retry_after: response
                    .headers()
                    .get(header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .map(Duration::from_secs),
            }),
            Err(e) => Err(Failure {
                transient: e.is_timeout(),
                reason: describe(&e, self.options.timeout),
            }),
        }
    }
}

/// A status that says "not now": worth asking again after a wait.
fn busy(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::TOO_MANY_REQUESTS
            | StatusCode::INTERNAL_SERVER_ERROR
            | StatusCode::BAD_GATEWAY
            | StatusCode::SERVICE_UNAVAILABLE
            | StatusCode::GATEWAY_TIMEOUT
    )
}

/// Host and port: the unit of politeness (two ports are two servers).
fn authority(url: &Url) -> String {
    format!(
        "{}:{}",
        url.host_str().unwrap_or(""),
        url.port_or_known_default().unwrap_or(0)
    )
}

fn closed() -> Failure {
    Failure {
        reason: "the check was stopped".into(),
        transient: false,
    }
}

/// A request error in a few words: its innermost cause says what happened
/// ("Connection refused", "failed to lookup address information", "invalid peer certificate").
fn describe(e: &reqwest::Error, timeout: Duration) -> String {
    if e.is_timeout() {
        return format!("no answer within {} s", timeout.as_secs_f64());
    }
    let mut cause: &dyn std::error::Error = e;
    while let Some(inner) = cause.source() {
        cause = inner;
    }
    let cause = cause.to_string();
    let cause = cause.split(" (os error").next().unwrap_or(&cause).trim();
    if e.is_connect() && !cause.ends_with(network::PRIVATE) {
        format!("could not connect: {cause}")
    } else {
        cause.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn politeness_is_per_host_and_port() {
        let a = Url::parse("https://www.lausanne.ch/a").unwrap();
        let b = Url::parse("https://www.lausanne.ch:443/b").unwrap();
        let c = Url::parse("http://www.lausanne.ch/c").unwrap();
        assert_eq!(authority(&a), authority(&b));
        assert_ne!(authority(&a), authority(&c));
    }

    #[test]
    fn verdicts_round_trip_through_json() {
        let v = Verdict::Moved {
            to: "https://www.unil.ch/".into(),
        };
        let text = serde_json::to_string(&v).unwrap();
        assert_eq!(text, r#"{"result":"moved","to":"https://www.unil.ch/"}"#);
        assert_eq!(serde_json::from_str::<Verdict>(&text).unwrap(), v);
    }

    #[test]
    fn bad_addresses_are_invalid_without_a_request() {
        let checker = Checker::new(&ExternalOptions::default()).unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        for url in ["https://", "http://exa mple.org/", "ftp://example.org/"] {
            let verdict = runtime.block_on(checker.check(url));
            assert!(matches!(verdict, Verdict::Invalid { .. }), "{url}: {verdict:?}");
        }
    }
}
