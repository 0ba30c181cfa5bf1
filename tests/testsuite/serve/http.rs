//! The preview server over real HTTP: pages from memory, live-reload events, the error overlay,
//! 404 pages, redirects, methods and refused paths. Requests are written by hand on a
//! `TcpStream`, so that odd paths reach the server as sent. Every wait polls, up to 10 s.

use crate::support::{TestSite, Tree};
use savoirs::serve::{Event, ServeOptions, Server};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PATIENCE: Duration = Duration::from_secs(10);

pub(super) struct Preview {
    server: Server,
    pub(super) events: Arc<Mutex<Vec<Event>>>,
}

impl Preview {
    pub(super) fn start(site: &TestSite) -> Preview {
        let events = Arc::new(Mutex::new(Vec::new()));
        let log_events = Arc::clone(&events);
        let options = ServeOptions {
            build: site.options(),
            bind: "127.0.0.1".parse().unwrap(),
            port: 0,
        };
        let server = Server::start(options, Arc::new(move |e| log_events.lock().unwrap().push(e))).unwrap();
        Preview { server, events }
    }

    fn addr(&self) -> SocketAddr {
        self.server.addr()
    }

    pub(super) fn get(&self, path: &str) -> Reply {
        request(self.addr(), &format!("GET {path} HTTP/1.1"))
    }

    fn builds(&self) -> usize {
        let events = self.events.lock().unwrap();
        events
            .iter()
            .filter(|e| matches!(e, Event::Built(_) | Event::Failed(_)))
            .count()
    }
}

#[derive(Debug)]
pub(super) struct Reply {
    pub(super) status: u16,
    head: String,
    pub(super) body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
    pub(super) fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `line` (e.g. `GET /x HTTP/1.1`) and reads the whole reply.
fn request(addr: SocketAddr, line: &str) -> Reply {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(stream, "{line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("a complete reply");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    Reply {
        status,
        head,
        body: raw[split + 4..].to_vec(),
    }
}

/// Polls `check` until it gives a value, for up to 10 s.
pub(super) fn eventually<T>(what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = check() {
            return v;
        }
        assert!(start.elapsed() < PATIENCE, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The event stream, read as it comes.
struct Events {
    stream: TcpStream,
    pending: String,
}

impl Events {
    fn open(addr: SocketAddr) -> Events {
        let mut stream = TcpStream::connect(addr).unwrap();
        // HTTP/1.0: no chunked framing, the events come as they are.
        write!(stream, "GET /__savoirs/events HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
        stream.set_read_timeout(Some(Duration::from_millis(100))).unwrap();
        Events {
            stream,
            pending: String::new(),
        }
    }

    /// The next event (JSON) for which `wanted` holds; earlier ones are skipped.
    fn next_where(&mut self, what: &str, wanted: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
        eventually(what, || {
            let mut chunk = [0; 8192];
            if let Ok(n) = self.stream.read(&mut chunk) {
                self.pending.push_str(&String::from_utf8_lossy(&chunk[..n]));
            }
            while let Some(end) = self.pending.find('\n') {
                let line: String = self.pending.drain(..=end).collect();
                if let Some(data) = line.trim_end().strip_prefix("data: ") {
                    let event: serde_json::Value = serde_json::from_str(data).unwrap();
                    if wanted(&event) {
                        return Some(event);
                    }
                }
            }
            None
        })
    }
}

fn changed_has(event: &serde_json::Value, file: &str) -> bool {
    event["changed"].as_array().is_some_and(|c| c.iter().any(|f| f == file))
}

/// A page without the live-reload script, as a build writes it.
fn without_script(html: &str) -> String {
    match (html.find("<script src=\"/__savoirs/live.js\""), html.find("</script>")) {
        (Some(start), Some(_)) => {
            let end = start + html[start..].find("</script>").unwrap() + "</script>".len();
            format!("{}{}", &html[..start], &html[end..])
        }
        _ => html.to_string(),
    }
}

const CHESS: &str = "/fr/offres/club-echecs/";

#[test]
fn pages_are_served_from_memory_with_the_script_and_their_types() {
    let site = TestSite::fixture("basic");
    let preview = Preview::start(&site);
    let page = preview.get(CHESS);
    assert_eq!(page.status, 200, "{page:?}");
    assert_eq!(page.header("content-type").as_deref(), Some("text/html; charset=utf-8"));
    assert!(page.text().contains("<script src=\"/__savoirs/live.js\""));
    assert!(
        page.text().contains("http://127.0.0.1:"),
        "links use the preview's address"
    );
    for (path, kind) in [
        ("/fr/offres/atom.xml", "application/atom+xml; charset=utf-8"),
        ("/fr/offres/club-echecs/calendar.ics", "text/calendar; charset=utf-8"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/__savoirs/live.js", "text/javascript; charset=utf-8"),
    ] {
        let reply = preview.get(path);
        assert_eq!(
            (reply.status, reply.header("content-type").as_deref()),
            (200, Some(kind)),
            "{path}"
        );
        assert!(!reply.text().contains("__savoirs/live.js\""), "{path} got the script");
    }
    let head = request(preview.addr(), &format!("HEAD {CHESS} HTTP/1.1"));
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(head.header("content-length"), Some(page.body.len().to_string()));
    assert!(!site.output().exists(), "serve wrote public/");
}

/// What a cold build gives with the preview's address as base URL.
pub(super) fn cold_build(site: &TestSite, preview: &Preview) -> savoirs::RenderedSite {
    let options = savoirs::BuildOptions {
        base_url: Some(preview.server.url().to_string()),
        ..site.options()
    };
    savoirs::render_site(&options).unwrap()
}

#[test]
fn unknown_paths_get_the_sites_404_pages_and_folders_redirect() {
    let site = TestSite::fixture("basic");
    let preview = Preview::start(&site);
    let cold = cold_build(&site, &preview);
    let file = |p: &str| String::from_utf8(cold.outputs.iter().find(|o| o.path == p).unwrap().bytes.clone()).unwrap();
    for (path, page) in [
        ("/fr/nulle-part/", "fr/404.html"),
        ("/en/nowhere", "en/404.html"),
        ("/nowhere.html", "404.html"),
        ("/de/irgendwo/", "404.html"),
    ] {
        let reply = preview.get(path);
        assert_eq!(reply.status, 404, "{path}");
        assert!(reply.text().contains("<script src=\"/__savoirs/live.js\""), "{path}");
        assert_eq!(without_script(&reply.text()), file(page), "{path}");
    }
    let folder = preview.get("/fr/offres?page=2");
    assert_eq!(folder.status, 308);
    assert_eq!(folder.header("location").as_deref(), Some("/fr/offres/?page=2"));
}

#[test]
fn only_get_and_head_are_allowed() {
    let site = TestSite::fixture("basic");
    let preview = Preview::start(&site);
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
        let reply = request(preview.addr(), &format!("{method} {CHESS} HTTP/1.1"));
        assert_eq!(reply.status, 405, "{method}");
        assert_eq!(reply.header("allow").as_deref(), Some("GET, HEAD"), "{method}");
    }
}

#[test]
fn paths_that_try_to_leave_the_site_are_refused() {
    let site = TestSite::fixture("basic");
    site.file("secret.txt", "TOP-SECRET");
    let preview = Preview::start(&site);
    for target in [
        "/../secret.txt",
        "/fr/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/fr/..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/fr\\..\\..\\secret.txt",
        "/secret.txt%00.html",
        "//secret.txt",
        "/./secret.txt",
        "http://127.0.0.1/../secret.txt",
        "/C:/secret.txt",
        "/site.yaml",
        "/content/offers/chess.fr.md",
    ] {
        let reply = request(preview.addr(), &format!("GET {target} HTTP/1.1"));
        assert!([400, 404].contains(&reply.status), "{target}: {}", reply.status);
        assert!(
            !reply.text().contains("TOP-SECRET") && !reply.text().contains("base_url"),
            "{target}"
        );
    }
}

#[test]
fn a_symlink_out_of_the_site_is_never_served() {
    let site = TestSite::fixture("basic");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("passwd"), "TOP-SECRET").unwrap();
    std::fs::create_dir_all(site.root.join("static")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path().join("passwd"), site.root.join("static/passwd")).unwrap();
    let preview = Preview::start(&site);
    let reply = preview.get("/passwd");
    assert!([400, 404, 500].contains(&reply.status), "{}", reply.status);
    assert!(!reply.text().contains("TOP-SECRET"));
}

#[test]
fn an_edit_is_served_and_announced_to_open_pages() {
    let site = TestSite::fixture("basic");
    let around = site.root.parent().unwrap();
    let before = Tree::of(around);
    let preview = Preview::start(&site);
    let mut events = Events::open(preview.addr());
    events.next_where("the first event", |e| e["error"].is_null());
    site.edit("content/offers/chess.fr.md", "Voir aussi", "Tout nouveau. Voir aussi");
    eventually("the new page", || {
        preview.get(CHESS).text().contains("Tout nouveau").then_some(())
    });
    events.next_where("a reload of the page", |e| {
        changed_has(e, "fr/offres/club-echecs/index.html")
    });
    // Served from memory: nothing is written, so a full disk cannot touch the preview.
    let edited = std::collections::BTreeSet::from(["site/content/offers/chess.fr.md".to_string()]);
    assert_eq!(before.changed(&Tree::of(around)), edited);
}

#[test]
fn a_broken_change_shows_the_error_over_the_last_good_site_until_fixed() {
    let site = TestSite::fixture("basic");
    let preview = Preview::start(&site);
    let good = preview.get(CHESS).text();
    let mut events = Events::open(preview.addr());
    events.next_where("the first event", |e| e["error"].is_null());
    site.edit("content/offers/chess.fr.md", "pillars: [quality]", "pillars: [quality");
    let broken = events.next_where("the error", |e| e["error"].is_string());
    let text = broken["error"].as_str().unwrap();
    assert!(text.contains("--> content/offers/chess.fr.md:"), "{text}");
    let problems = savoirs::render_site(&site.options()).unwrap_err().to_problems();
    let terminal = savoirs::report::render(&problems, &site.root, savoirs::report::Format::Human { color: false });
    assert_eq!(text, terminal, "the overlay shows what the terminal shows");
    assert_eq!(without_script(&preview.get(CHESS).text()), without_script(&good));
    site.edit(
        "content/offers/chess.fr.md",
        "pillars: [quality",
        "pillars: [workplace]",
    );
    events.next_where("the error gone", |e| {
        e["error"].is_null() && changed_has(e, "fr/offres/club-echecs/index.html")
    });
    assert_ne!(without_script(&preview.get(CHESS).text()), without_script(&good));
}

#[test]
fn a_failed_first_build_is_an_error_page_until_fixed() {
    let site = TestSite::fixture("basic");
    site.edit(
        "themes/plain/templates/offer.html",
        "{% endblock content %}",
        "{% endblock content %}{% if %}",
    );
    let preview = Preview::start(&site);
    let page = preview.get(CHESS);
    assert_eq!(page.status, 500);
    assert!(
        page.text().contains("themes/plain/templates/offer.html"),
        "{}",
        page.text()
    );
    assert!(page.text().contains("__savoirs/live.js"));
    site.edit(
        "themes/plain/templates/offer.html",
        "{% endblock content %}{% if %}",
        "{% endblock content %}",
    );
    eventually("the site", || (preview.get(CHESS).status == 200).then_some(()));
}

#[test]
fn a_burst_of_changes_is_one_rebuild_and_the_result_is_a_cold_build() {
    let site = TestSite::fixture("basic");
    let preview = Preview::start(&site);
    let before = preview.builds();
    let chess = std::fs::read_to_string(site.root.join("content/offers/chess.fr.md")).unwrap();
    let front = &chess[..chess.rfind("---").unwrap()];
    for i in 0..60 {
        let text = format!(
            "{}---\nOffre {i}.\n",
            front.replace("slug: club-echecs", &format!("slug: club-{i}"))
        );
        site.file(&format!("content/offers/burst/o{i}.fr.md"), text);
    }
    eventually("the last new page", || {
        (preview.get("/fr/offres/burst/club-59/").status == 200).then_some(())
    });
    let builds = preview.builds() - before;
    assert!(builds <= 2, "{builds} rebuilds for one burst");
    let cold = cold_build(&site, &preview);
    for o in &cold.outputs {
        let reply = preview.get(&format!("/{}", o.path));
        assert_eq!(reply.status, 200, "{}", o.path);
        let served = if o.path.ends_with(".html") {
            without_script(&reply.text()).into_bytes()
        } else {
            reply.body
        };
        assert!(served == o.bytes, "{} differs from a cold build", o.path);
    }
}
