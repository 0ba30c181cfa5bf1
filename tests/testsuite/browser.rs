//! The shipped site as residents meet it: built into a temporary folder, served on 127.0.0.1 by
//! a small static server below, and driven in headless Chromium by `tests/browser/run.mjs`
//! (playwright-core, axe-core); every page also goes through the Nu Html Checker (`vnu-jar`).
//!
//! These tests need Chromium, Node.js, Java and `npm ci` in `tests/browser/`. Without them they
//! pass with a line saying they were skipped, unless `SAVOIRS_BROWSER_TESTS=required` (set by
//! `.ci/run`), which turns anything missing into a failure. Screenshots go to
//! `target/browser-artifacts/`.

use crate::support::TestSite;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn browser_dir() -> PathBuf {
    manifest_dir().join("tests/browser")
}

/// Where screenshots and reports go: `target/browser-artifacts/` (under `CARGO_TARGET_DIR` when set).
fn artifacts_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir().join("target"));
    let target = if target.is_absolute() {
        target
    } else {
        manifest_dir().join(target)
    };
    target.join("browser-artifacts")
}

/// Says something on the terminal even though the test harness captures `print!`.
fn say(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// Whether a missing tool fails the test (CI) rather than skipping it.
fn required() -> bool {
    std::env::var("SAVOIRS_BROWSER_TESTS").is_ok_and(|v| v == "required")
}

/// Skips the test with a line saying why, or fails when the browser tests are required.
fn skip(test: &str, why: &str) {
    let how = "install Chromium, Node.js and Java, and run `npm ci` in tests/browser/ (see the README)";
    assert!(
        !required(),
        "{test} cannot run, and SAVOIRS_BROWSER_TESTS=required: {why}; {how}"
    );
    say(&format!(
        "{test}: SKIPPED: {why}; {how}. Set SAVOIRS_BROWSER_TESTS=required to make this a failure."
    ));
}

/// The first of `names` found as a file, or on the `PATH`.
fn find_program(names: &[&str]) -> Option<PathBuf> {
    for name in names {
        let path = Path::new(name);
        if path.is_absolute() {
            if path.is_file() {
                return Some(path.to_path_buf());
            }
            continue;
        }
        for dir in std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SAVOIRS_CHROMIUM") {
        return Some(PathBuf::from(path)).filter(|p| p.is_file());
    }
    find_program(&["/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"])
}

/// The shipped site, built with the tests' date, and its output folder.
fn built_site() -> TestSite {
    let site = TestSite::shipped();
    // A search index in parts of 20 pages, so that searching merges them as on a large site.
    site.edit("site.yaml", "paginate: 12", "paginate: 12\nsearch_part_size: 20");
    site.build();
    let parts: Vec<String> = serde_json::from_str(&site.read("pagefind/parts.json")).unwrap();
    assert!(parts.len() >= 3, "the search index in several parts: {parts:?}");
    site
}

/// A static file server for one folder, on a free port of 127.0.0.1, for as long as the test
/// runs: `GET` and `HEAD`, `index.html` for folders, the folder's `404.html` with status 404.
struct Server {
    base: String,
}

impl Server {
    fn start(root: PathBuf) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let base = format!("http://{}/", listener.local_addr().unwrap());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                std::thread::spawn(move || {
                    let _ = serve(&root, stream);
                });
            }
        });
        Server { base }
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "ics" => "text/calendar; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

fn percent_decode(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        if let (b'%', Some(Ok(b))) = (bytes[i], hex.map(|h| u8::from_str_radix(h, 16))) {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn serve(root: &Path, stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
    }
    let mut parts = request.split_whitespace();
    let method = parts.next().unwrap_or_default();
    let target = parts.next().unwrap_or("/");
    let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"));
    let safe = !path.split('/').any(|s| s == "..");
    let mut file = root.join(path.trim_start_matches('/'));
    if file.is_dir() {
        file = file.join("index.html");
    }
    let (status, file) = if safe && file.is_file() {
        ("200 OK", file)
    } else {
        let lang_404 = path
            .trim_start_matches('/')
            .split('/')
            .next()
            .map(|l| root.join(l).join("404.html"))
            .filter(|p| p.is_file());
        ("404 Not Found", lang_404.unwrap_or_else(|| root.join("404.html")))
    };
    let body = std::fs::read(&file).unwrap_or_default();
    let mut out = stream;
    write!(
        out,
        "HTTP/1.1 {status}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        content_type(&file),
        body.len()
    )?;
    if method != "HEAD" {
        out.write_all(&body)?;
    }
    out.flush()
}

/// Every resident-facing check of `tests/browser/run.mjs`, in headless Chromium: axe-core
/// (WCAG 2.x A and AA) on home, lists, term pages, a detail page and the search page in both
/// languages, in light and dark schemes; the language switcher; search without accents and with
/// stemming; filters that narrow the list and come back from the address and the back button;
/// every control reached with Tab and a visible focus; the site with JavaScript off; reflow at
/// 320 px; print styles; the weight of a detail page; screenshots at 375 and 1280 px.
#[test]
fn residents_can_find_and_read_offers_in_a_real_browser() {
    let test = "browser::residents_can_find_and_read_offers_in_a_real_browser";
    let Some(chromium) = chromium() else {
        return skip(test, "no Chromium found (/usr/bin/chromium, or SAVOIRS_CHROMIUM)");
    };
    let Some(node) = find_program(&["node"]) else {
        return skip(test, "no `node` on the PATH");
    };
    if !browser_dir().join("node_modules/playwright-core").is_dir()
        || !browser_dir().join("node_modules/axe-core").is_dir()
    {
        return skip(
            test,
            "tests/browser/node_modules is missing (run `npm ci` in tests/browser/)",
        );
    }
    let site = built_site();
    let server = Server::start(site.output());
    let artifacts = artifacts_dir();
    std::fs::create_dir_all(&artifacts).unwrap();
    let started = std::time::Instant::now();
    let out = Command::new(node)
        .arg(browser_dir().join("run.mjs"))
        .env("SITE_URL", &server.base)
        .env("SITE_DIR", site.output())
        .env("CHROMIUM", &chromium)
        .env("ARTIFACTS", &artifacts)
        .env("BUILD_DATE", crate::support::today().to_string())
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "browser checks failed ({}):\n{stdout}\n{stderr}",
        out.status
    );
    assert!(
        stdout.contains("\nok ") || stdout.starts_with("ok "),
        "the browser script checked nothing:\n{stdout}\n{stderr}"
    );
    say(&format!(
        "{test}: {} browser checks passed in {:.1} s; screenshots in {}",
        stdout.lines().filter(|l| l.starts_with("ok ")).count(),
        started.elapsed().as_secs_f64(),
        artifacts.display()
    ));
}

/// Every page of the shipped site is valid HTML for the Nu Html Checker (errors and warnings;
/// only its note that `role="list"` repeats the element's role is let through: the theme sets
/// it on purpose, as lists styled without bullets lose their role in Safari).
#[test]
fn every_page_of_the_shipped_site_is_valid_html() {
    let test = "browser::every_page_of_the_shipped_site_is_valid_html";
    let Some(java) = find_program(&["java"]) else {
        return skip(test, "no `java` on the PATH");
    };
    let jar = browser_dir().join("node_modules/vnu-jar/build/dist/vnu.jar");
    if !jar.is_file() {
        return skip(
            test,
            "tests/browser/node_modules/vnu-jar is missing (run `npm ci` in tests/browser/)",
        );
    }
    let site = built_site();
    let pages = site.listing().iter().filter(|f| f.ends_with(".html")).count();
    assert!(pages > 150, "only {pages} pages");
    let out = Command::new(java)
        .arg("-jar")
        .arg(&jar)
        .args([
            "--skip-non-html",
            "--Werror",
            "--filterpattern",
            ".*The “list” role is unnecessary for element “[uo]l”.*",
        ])
        .arg(site.output())
        .output()
        .expect("run java");
    let report = String::from_utf8_lossy(&out.stderr).replace(&format!("file:{}/", site.output().display()), "");
    assert!(out.status.success(), "the Nu Html Checker found problems:\n{report}");
    say(&format!("{test}: {pages} pages valid"));
}

/// A page that is not in the site gets the 404 page of its language, with status 404, so that
/// the browser tests can check it: a test of the test server itself.
#[test]
fn the_test_server_serves_files_folders_and_404_pages() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("fr/a")).unwrap();
    std::fs::write(dir.path().join("fr/a/index.html"), "page a").unwrap();
    std::fs::write(dir.path().join("fr/404.html"), "introuvable").unwrap();
    std::fs::write(dir.path().join("404.html"), "not found").unwrap();
    std::fs::write(dir.path().join("x y.js"), "js").unwrap();
    let server = Server::start(dir.path().to_path_buf());
    let get = |path: &str| {
        let mut s = TcpStream::connect(server.base.trim_start_matches("http://").trim_end_matches('/')).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut s, &mut text).unwrap();
        text
    };
    let a = get("/fr/a/?q=1");
    assert!(a.starts_with("HTTP/1.1 200") && a.ends_with("page a"), "{a}");
    assert!(get("/x%20y.js").contains("text/javascript"));
    let missing = get("/fr/nope/");
    assert!(
        missing.starts_with("HTTP/1.1 404") && missing.ends_with("introuvable"),
        "{missing}"
    );
    assert!(get("/../etc/passwd").starts_with("HTTP/1.1 404"));
    assert!(get("/zz").ends_with("not found"));
}
