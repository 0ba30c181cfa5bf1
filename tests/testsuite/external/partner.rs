//! A partner site on 127.0.0.1 for the external-link tests: one path per kind of answer, and a
//! record of every request (method and path) and of how many were in flight at once.

use axum::extract::State;
use axum::http::{Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Requests in flight, now and at most, shared by the servers of one test.
#[derive(Debug, Default)]
pub struct InFlight {
    now: AtomicUsize,
    most: AtomicUsize,
}

impl InFlight {
    pub fn most(&self) -> usize {
        self.most.load(Ordering::SeqCst)
    }
}

#[derive(Clone)]
struct Shared {
    hits: Arc<Mutex<Vec<(String, String)>>>,
    mine: Arc<InFlight>,
    all: Arc<InFlight>,
}

/// Leaves the in-flight count when the request ends, even when the client gave up.
struct Flying(Vec<Arc<InFlight>>);

impl Flying {
    fn enter(counters: Vec<Arc<InFlight>>) -> Flying {
        for c in &counters {
            let now = c.now.fetch_add(1, Ordering::SeqCst) + 1;
            c.most.fetch_max(now, Ordering::SeqCst);
        }
        Flying(counters)
    }
}

impl Drop for Flying {
    fn drop(&mut self) {
        for c in &self.0 {
            c.now.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

pub struct Partner {
    pub addr: SocketAddr,
    hits: Arc<Mutex<Vec<(String, String)>>>,
    pub in_flight: Arc<InFlight>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl Partner {
    pub fn start() -> Partner {
        Self::start_counting_with(Arc::new(InFlight::default()))
    }

    /// A server whose requests also count in `all` (shared with other servers).
    pub fn start_counting_with(all: Arc<InFlight>) -> Partner {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let shared = Shared {
            hits: Arc::default(),
            mine: Arc::default(),
            all,
        };
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
        let addr = listener.local_addr().unwrap();
        let app = axum::Router::new().fallback(answer).with_state(shared.clone());
        runtime.spawn(async move { axum::serve(listener, app).await });
        Partner {
            addr,
            hits: shared.hits,
            in_flight: shared.mine,
            runtime: Some(runtime),
        }
    }

    /// `http://127.0.0.1:<port><path>`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// The methods of the requests for `path`, in order.
    pub fn hits(&self, path: &str) -> Vec<String> {
        self.hits
            .lock()
            .unwrap()
            .iter()
            .filter(|(_, p)| p == path)
            .map(|(m, _)| m.clone())
            .collect()
    }

    /// How many requests arrived, for any path.
    pub fn total(&self) -> usize {
        self.hits.lock().unwrap().len()
    }
}

impl Drop for Partner {
    fn drop(&mut self) {
        // Slow handlers may still be sleeping: do not wait for them.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

async fn answer(State(shared): State<Shared>, method: Method, uri: Uri) -> Response {
    let _flying = Flying::enter(vec![Arc::clone(&shared.mine), Arc::clone(&shared.all)]);
    let path = uri.path().to_string();
    let earlier = {
        let mut hits = shared.hits.lock().unwrap();
        let earlier = hits.iter().filter(|(_, p)| *p == path).count();
        hits.push((method.to_string(), path.clone()));
        earlier
    };
    let head = method == Method::HEAD;
    match path.as_str() {
        "/ok" => (StatusCode::OK, "a page").into_response(),
        "/missing" => StatusCode::NOT_FOUND.into_response(),
        "/old" => (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, "/ok")]).into_response(),
        "/temporary" => (StatusCode::FOUND, [(header::LOCATION, "/ok")]).into_response(),
        "/loop" => (StatusCode::FOUND, [(header::LOCATION, "/loop")]).into_response(),
        p if p.starts_with("/no-head") && head => StatusCode::METHOD_NOT_ALLOWED.into_response(),
        p if p.starts_with("/no-head") => (StatusCode::OK, "a page").into_response(),
        "/bad-head" if head => StatusCode::NOT_FOUND.into_response(),
        "/bad-head" => (StatusCode::OK, "a page").into_response(),
        "/busy" if earlier == 0 => StatusCode::TOO_MANY_REQUESTS.into_response(),
        "/busy" => (StatusCode::OK, "a page").into_response(),
        "/slow" => {
            tokio::time::sleep(Duration::from_secs(3)).await;
            (StatusCode::OK, "too late").into_response()
        }
        p if p.starts_with("/wait/") => {
            tokio::time::sleep(Duration::from_millis(300)).await;
            (StatusCode::OK, "a page").into_response()
        }
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}
