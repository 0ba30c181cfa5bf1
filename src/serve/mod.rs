//! `savoirs serve`: a live preview. It builds the site into memory, serves it over HTTP, watches
//! the sources and rebuilds on every change, and reloads the open pages whose files changed.
//!
//! - Incremental and stale-free by construction: parse results are cached per file by path and
//!   text, and a page is rendered again only when the hash of what it is made from (view, page
//!   context, templates, UI strings, CLDR names, configuration) differs (see `crate::cache` and
//!   `render::RenderCache`). Everything else is recomputed, so a rebuild gives the bytes of a
//!   cold build.
//! - A save of content files is served before the full rebuild (the quick pass, see
//!   `serve/quick.rs`): when it changes only bodies, the site model is the last build's and the
//!   pages that read those bodies at the last render (noted as their views were made) are
//!   rendered again at once; otherwise the model is made again from the cached documents and the
//!   changed files' own pages (every language) are rendered. The full rebuild follows and gives
//!   the bytes of a cold build.
//! - Nothing is written: `public/` is never touched. The files of the last good build are a
//!   map in memory behind an `Arc`, swapped whole after each successful build; a broken change
//!   keeps the last good site and shows the problems over every open page.
//! - The live-reload script is added to HTML responses only, never to the built files.
//!
//! Crates, and why:
//! - `axum` 0.8 on `tokio`: the HTTP server (routing, HEAD, server-sent events, graceful
//!   shutdown) from the most used and best kept Rust web stack; only its `http1` and `tokio`
//!   features, so no JSON/form/query machinery is built in.
//! - `notify` 8 with `notify-debouncer-full`: the standard file watcher (inotify, FSEvents,
//!   ReadDirectoryChanges); the "full" debouncer joins an editor's write-to-temp-then-rename
//!   and a checkout of many files into one batch, and tracks renames by file id.
//! - `mime_guess`: content types by extension for the files we have no fixed rule for.
//! - `open` 5: opens the browser for `--open` (it only spawns the system's opener; three small
//!   dependencies).
//! - `futures-util` (no default features): the stream adaptor for the event stream.

mod builder;
mod http;
mod live;
mod paths;
mod quick;
mod site;
mod watch;

pub use site::{Files, Incremental, Rebuilt, SearchJob, changed_files};

use crate::BuildOptions;
use crate::error::{Error, Problem, Result};
use http::Shared;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::Sender;
use std::time::Duration;

/// What `savoirs serve` is asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The build (root, drafts, future); `base_url` is set to the server's address.
    pub build: BuildOptions,
    /// The address to listen on (loopback by default in the command).
    pub bind: IpAddr,
    /// The port; 0 picks a free one.
    pub port: u16,
}

/// What the preview tells its caller (the command prints it; the library never prints).
#[derive(Debug, Clone)]
pub enum Event {
    /// Files of the site changed on disk (paths relative to the site's root).
    Changed(Vec<PathBuf>),
    /// A build succeeded (its pages are served; the search index follows).
    Built(Rebuilt),
    /// The pages of changed content files are served ahead of the build that follows (the
    /// quick pass, see `serve/quick.rs`).
    Previewed(Rebuilt),
    /// The search index of the last build is served: the files that changed, and how long
    /// making it took.
    Searched(Vec<String>, Duration),
    /// A build failed: its problems; the last good site is still served.
    Failed(Vec<Problem>),
    /// The watcher reported an error.
    WatchError(String),
}

/// Where the preview's events go.
pub type Log = Arc<dyn Fn(Event) + Send + Sync>;

/// A running preview server.
pub struct Server {
    addr: SocketAddr,
    url: String,
    runtime: Option<tokio::runtime::Runtime>,
    shutdown: tokio::sync::watch::Sender<bool>,
    to_builder: Sender<Message>,
    builder: Option<std::thread::JoinHandle<()>>,
}

/// What the builder thread receives.
pub(crate) enum Message {
    /// A batch from the watcher.
    Watch(watch::Report),
    /// A search bundle made on the side (see `builder`), and how long it took.
    Searched(Result<crate::render::SearchBundle>, Duration),
    /// Time to stop.
    Stop,
}

impl Server {
    /// Binds the address, builds the site (a failed build is served as an error page) and
    /// starts serving and watching. Returns once the first build is served.
    pub fn start(options: ServeOptions, log: Log) -> Result<Server> {
        let listener = TcpListener::bind((options.bind, options.port))
            .map_err(|e| Error::io(format!("{}:{}", options.bind, options.port), e))?;
        let addr = listener.local_addr().map_err(|e| Error::io("listener", e))?;
        let shown = match addr.ip() {
            ip if ip.is_unspecified() && ip.is_ipv4() => SocketAddr::from(([127, 0, 0, 1], addr.port())),
            ip if ip.is_unspecified() => SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, addr.port())),
            _ => addr,
        };
        let url = format!("http://{shown}/");
        let root = std::path::absolute(&options.build.root).map_err(|e| Error::io(&options.build.root, e))?;
        let build = BuildOptions {
            root: root.clone(),
            base_url: Some(url.clone()),
            output: None,
            ..options.build
        };
        let (to_builder, from_watcher) = std::sync::mpsc::channel();
        let tx = to_builder.clone();
        let watcher = watch::Watcher::start(&root, move |report| {
            let _ = tx.send(Message::Watch(report));
        })
        .map_err(|e| Error::io(&root, std::io::Error::other(e.to_string())))?;
        let (shutdown, shutdown_rx) = tokio::sync::watch::channel(false);
        let shared = Arc::new(Shared::new(shutdown_rx.clone()));
        let mut builder = builder::Builder::new(
            Incremental::new(build),
            Arc::clone(&shared),
            log,
            watcher,
            to_builder.clone(),
        );
        builder.build();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("savoirs-serve")
            .enable_all()
            .build()
            .map_err(|e| Error::io("tokio runtime", e))?;
        listener.set_nonblocking(true).map_err(|e| Error::io("listener", e))?;
        let listener = runtime
            .block_on(async { tokio::net::TcpListener::from_std(listener) })
            .map_err(|e| Error::io("listener", e))?;
        let app = http::router(shared);
        let mut stop = shutdown_rx;
        runtime.spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = stop.changed().await;
                })
                .await;
        });
        let thread = std::thread::Builder::new()
            .name("savoirs-builder".into())
            .spawn(move || builder.run(from_watcher))
            .map_err(|e| Error::io("builder thread", e))?;
        Ok(Server {
            addr,
            url,
            runtime: Some(runtime),
            shutdown,
            to_builder,
            builder: Some(thread),
        })
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The site's address, e.g. `http://127.0.0.1:1111/`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Blocks until Ctrl-C.
    pub fn wait_for_ctrl_c(&self) -> std::io::Result<()> {
        match &self.runtime {
            Some(rt) => rt.block_on(tokio::signal::ctrl_c()),
            None => Ok(()),
        }
    }

    /// Stops serving and watching.
    pub fn stop(mut self) {
        self.shut_down();
    }

    fn shut_down(&mut self) {
        let _ = self.shutdown.send(true);
        let _ = self.to_builder.send(Message::Stop);
        if let Some(thread) = self.builder.take() {
            let _ = thread.join();
        }
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_timeout(Duration::from_secs(2));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shut_down();
    }
}
