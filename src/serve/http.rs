//! The HTTP side of the preview (axum): files from the last good build in memory, the site's own
//! 404 pages, redirects of folder URLs to their slash form, content types, the live-reload script
//! and event stream, and nothing but GET and HEAD.

use super::live::{self, LiveEvent, PageInfo};
use super::paths::{self, SitePath};
use super::site::Files;
use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::Stream;
use std::convert::Infallible;
use std::sync::{Arc, RwLock};
use std::time::Duration;
use tokio::sync::{broadcast, watch};

/// What the server shows: the last good build, the current error, and a build number.
#[derive(Debug, Default)]
pub(crate) struct Snapshot {
    /// The files of the last good build; `None` until a build succeeds.
    pub files: Option<Arc<Files>>,
    /// The site's language codes (for language-specific 404 pages).
    pub languages: Vec<String>,
    /// The problems of the last build, as printed in the terminal, when it failed.
    pub error: Option<String>,
    /// Incremented on every build, good or bad.
    pub generation: u64,
}

/// State shared by the builder and the request handlers.
pub(crate) struct Shared {
    snapshot: RwLock<Arc<Snapshot>>,
    events: broadcast::Sender<Arc<String>>,
    shutdown: watch::Receiver<bool>,
}

impl Shared {
    pub fn new(shutdown: watch::Receiver<bool>) -> Self {
        Shared {
            snapshot: RwLock::new(Arc::new(Snapshot::default())),
            events: broadcast::channel(256).0,
            shutdown,
        }
    }

    pub fn snapshot(&self) -> Arc<Snapshot> {
        Arc::clone(&self.snapshot.read().unwrap_or_else(|e| e.into_inner()))
    }

    /// Swaps in a new snapshot, then tells every open page what changed.
    pub fn publish(&self, snapshot: Snapshot, changed: Vec<String>) {
        let event = LiveEvent {
            generation: snapshot.generation,
            changed,
            error: snapshot.error.clone(),
        };
        *self.snapshot.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(snapshot);
        if let Ok(json) = serde_json::to_string(&event) {
            // No open page is not an error.
            let _ = self.events.send(Arc::new(json));
        }
    }
}

/// The routes of the preview.
pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(live::EVENTS_PATH, get(events))
        .route(live::SCRIPT_PATH, get(script))
        .fallback(site_file)
        .with_state(shared)
}

async fn script() -> Response {
    let mut response = live::SCRIPT.into_response();
    set_type(&mut response, "text/javascript; charset=utf-8");
    response
}

async fn events(State(shared): State<Arc<Shared>>) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let rx = shared.events.subscribe();
    let snapshot = shared.snapshot();
    let first = serde_json::to_string(&LiveEvent {
        generation: snapshot.generation,
        changed: Vec::new(),
        error: snapshot.error.clone(),
    })
    .ok();
    let shutdown = shared.shutdown.clone();
    let stream = futures_util::stream::unfold((first, rx, shutdown), |(first, mut rx, mut shutdown)| async move {
        if let Some(data) = first {
            return Some((Ok(Event::default().data(data)), (None, rx, shutdown)));
        }
        loop {
            tokio::select! {
                received = rx.recv() => match received {
                    Ok(data) => return Some((Ok(Event::default().data(data.as_str())), (None, rx, shutdown))),
                    Err(broadcast::error::RecvError::Lagged(_)) => continue,
                    Err(broadcast::error::RecvError::Closed) => return None,
                },
                _ = shutdown.changed() => return None,
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}

async fn site_file(State(shared): State<Arc<Shared>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        let mut response = text(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD are allowed\n");
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let path = match paths::parse(uri.path()) {
        Ok(p) => p,
        Err(paths::BadPath(why)) => return text(StatusCode::BAD_REQUEST, &format!("bad request: {why}\n")),
    };
    let snapshot = shared.snapshot();
    let Some(files) = &snapshot.files else {
        let info = PageInfo {
            files: candidates(&path),
            generation: snapshot.generation,
            error_page: true,
        };
        let body = live::error_page(snapshot.error.as_deref().unwrap_or("building..."), &info);
        return bytes(StatusCode::INTERNAL_SERVER_ERROR, "text/html; charset=utf-8", body);
    };
    let file = path.file();
    if let Some(found) = files.get(&file) {
        return page(StatusCode::OK, &file, found, vec![file.clone()], snapshot.generation);
    }
    if let Some(dir) = path.as_dir_file()
        && files.contains_key(&dir)
    {
        let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
        let location = format!("{}/{query}", uri.path());
        let mut response = text(StatusCode::PERMANENT_REDIRECT, &format!("see {location}\n"));
        if let Ok(value) = HeaderValue::from_str(&location) {
            response.headers_mut().insert(header::LOCATION, value);
        }
        return response;
    }
    let lang = path.segments.first().filter(|first| snapshot.languages.contains(first));
    let not_found = match lang {
        Some(code) => format!("{code}/404.html"),
        None => "404.html".to_string(),
    };
    match files.get(&not_found).or_else(|| files.get("404.html")) {
        Some(found) => {
            let mut watched = candidates(&path);
            watched.push(not_found.clone());
            page(StatusCode::NOT_FOUND, &not_found, found, watched, snapshot.generation)
        }
        None => text(StatusCode::NOT_FOUND, "not found\n"),
    }
}

/// The files that could answer a path (a reload follows when one appears).
fn candidates(path: &SitePath) -> Vec<String> {
    std::iter::once(path.file()).chain(path.as_dir_file()).collect()
}

/// A file of the site; HTML gets the live-reload script.
fn page(status: StatusCode, file: &str, found: &Arc<Vec<u8>>, watched: Vec<String>, generation: u64) -> Response {
    let kind = content_type(file);
    if kind.starts_with("text/html") {
        let info = PageInfo {
            files: watched,
            generation,
            error_page: false,
        };
        bytes(status, &kind, live::inject(found, &info))
    } else {
        bytes(status, &kind, found.as_ref().clone())
    }
}

fn bytes(status: StatusCode, kind: &str, body: Vec<u8>) -> Response {
    let mut response = (status, Body::from(body)).into_response();
    set_type(&mut response, kind);
    response
}

fn text(status: StatusCode, message: &str) -> Response {
    bytes(status, "text/plain; charset=utf-8", message.as_bytes().to_vec())
}

fn set_type(response: &mut Response, kind: &str) {
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(kind) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
}

/// The content type of a site file, with the charset of text.
pub(crate) fn content_type(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let kind = match ext.as_str() {
        "html" | "htm" => "text/html",
        "xml" if name == crate::render::FEED_FILE => "application/atom+xml",
        "xml" => "application/xml",
        "ics" => "text/calendar",
        "css" => "text/css",
        "js" | "mjs" => "text/javascript",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "txt" => "text/plain",
        _ => {
            return mime_guess::from_path(name)
                .first_or_octet_stream()
                .essence_str()
                .to_string();
        }
    };
    if kind.starts_with("text/") || kind.ends_with("xml") || kind.ends_with("json") {
        format!("{kind}; charset=utf-8")
    } else {
        kind.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types_fit_the_files() {
        assert_eq!(content_type("fr/index.html"), "text/html; charset=utf-8");
        assert_eq!(
            content_type("fr/offres/atom.xml"),
            "application/atom+xml; charset=utf-8"
        );
        assert_eq!(content_type("sitemap.xml"), "application/xml; charset=utf-8");
        assert_eq!(content_type("fr/offres/x/calendar.ics"), "text/calendar; charset=utf-8");
        assert_eq!(content_type("style.0123456789.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("robots.txt"), "text/plain; charset=utf-8");
        assert_eq!(content_type("img/a.png"), "image/png");
        assert_eq!(content_type("pagefind/x.pf_index"), "application/octet-stream");
        assert_eq!(content_type("LICENSE"), "application/octet-stream");
    }
}
