//! Measures the live preview's latency on a generated corpus (see `corpus/`): the time from
//! saving one offer to the changed page being served, for an edit of its body and for a move to
//! another pillar (which changes term pages, lists and the translation's page).
//!
//! ```sh
//! cargo run --release --example corpus -- --offers 10000 --out target/bench/10000
//! SOURCE_DATE_EPOCH=1795305600 cargo run --release --example serve_latency -- --root target/bench/10000/site --runs 15
//! ```
//!
//! Each run writes the file, then polls the page over HTTP (every 2 ms) until it shows the
//! change. Two figures per run: "served", from the write to the new page in an HTTP reply, which
//! includes the watcher's debounce (15 ms of quiet); the page comes from the quick pass (see
//! `serve/quick.rs`), which runs as soon as the watcher reports the file, or else from the full
//! rebuild after the builder's 15 ms wait for more changes; and "rebuild", the builder's own time
//! for the full rebuild and swap, from the event it reports, when the term pages and lists have
//! changed too. Prints the medians (and min, max), and the quick passes' own time. The corpus is
//! left as it was.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use savoirs::serve::{Event, ServeOptions, Server};

// The allocator of the `savoirs` binary, so that the figures are those of `savoirs serve`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn main() {
    let mut root = PathBuf::from("target/bench/10000/site");
    let mut runs = 15;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--root" => root = args.next().expect("--root DIR").into(),
            "--runs" => runs = args.next().and_then(|n| n.parse().ok()).expect("--runs N"),
            other => panic!("unknown argument {other} (use --root DIR --runs N)"),
        }
    }
    let offer = first_offer(&root);
    let original = std::fs::read_to_string(&offer).expect("read the offer");
    let url = offer_url(&offer, &original);
    let (tx, rx) = channel();
    let tx = Mutex::new(tx);
    let options = ServeOptions {
        build: savoirs::BuildOptions {
            root: root.clone(),
            ..Default::default()
        },
        bind: "127.0.0.1".parse().expect("address"),
        port: 0,
    };
    let started = Instant::now();
    let server = Server::start(
        options,
        Arc::new(move |e| {
            let _ = tx.lock().map(|t| t.send(e).is_ok());
        }),
    )
    .expect("start the preview");
    eprintln!(
        "first build and start: {:.1} s; offer {} at {url}",
        started.elapsed().as_secs_f64(),
        offer.display()
    );
    drain(&rx);
    let addr = server.addr();
    let pillars_line = original
        .lines()
        .find(|l| l.starts_with("pillars:"))
        .expect("the offer has pillars")
        .to_string();
    let mut body = (Vec::new(), Vec::new(), Vec::new());
    let mut quick = (Vec::new(), Vec::new());
    let mut stages: Vec<(&'static str, Vec<f64>)> = Vec::new();
    let mut moved = (Vec::new(), Vec::new(), Vec::new());
    for run in 0..runs {
        let marker = format!("mesure-{run}-{}", std::process::id());
        let text = format!("{original}\n{marker}\n");
        let (served, rebuild, rendered, timings, quick_pass) =
            measure(&offer, &text, addr, &url, &|page| page.contains(&marker), &rx);
        quick.0.push(quick_pass);
        for (stage, took) in timings.stages {
            match stages.iter_mut().find(|(name, _)| *name == stage.name()) {
                Some((_, v)) => v.push(took.as_secs_f64() * 1000.0),
                None => stages.push((stage.name(), vec![took.as_secs_f64() * 1000.0])),
            }
        }
        body.0.push(served);
        body.1.push(rebuild);
        body.2.push(rendered as f64);
        // Alternate between two pillars the offer is not in, so that each run is a move.
        let to = if run % 2 == 0 { "workplace" } else { "quality" };
        let line = format!("pillars: [{to}]");
        let text = original.replace(&pillars_line, &line);
        let before = page_body(&get(addr, &url));
        let (served, rebuild, rendered, _, quick_pass) =
            measure(&offer, &text, addr, &url, &|page| page_body(page) != before, &rx);
        quick.1.push(quick_pass);
        moved.0.push(served);
        moved.1.push(rebuild);
        moved.2.push(rendered as f64);
        // Back to the original, untimed, so that the next body edit changes the body only.
        let before = page_body(&get(addr, &url));
        measure(&offer, &original, addr, &url, &|page| page_body(page) != before, &rx);
    }
    std::fs::write(&offer, &original).expect("restore the offer");
    server.stop();
    println!("| change | served (median) | min | max | rebuild (median) | pages rendered (median) |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (name, (served, rebuild, rendered)) in [
        ("edit an offer's body", body),
        ("move an offer to another pillar", moved),
    ] {
        println!(
            "| {name} | {:.0} ms | {:.0} ms | {:.0} ms | {:.0} ms | {:.0} |",
            median(&served),
            min(&served),
            max(&served),
            median(&rebuild),
            median(&rendered)
        );
    }
    println!();
    for (name, quick) in [("a body edit", quick.0), ("a pillar move", quick.1)] {
        let quick: Vec<f64> = quick.into_iter().filter(|q| !q.is_nan()).collect();
        println!(
            "Quick pass after {name} (the offer's pages served before the rebuild): {} of {runs} runs, median {:.1} ms",
            quick.len(),
            if quick.is_empty() { f64::NAN } else { median(&quick) }
        );
    }
    println!();
    println!("Stages of the rebuild after a body edit (medians):");
    println!();
    println!("| stage | time |");
    println!("| --- | ---: |");
    for (name, took) in stages {
        println!("| {name} | {:.0} ms |", median(&took));
    }
}

/// Writes `text`, then waits until the page at `url` is `changed`; returns (served, rebuild) in
/// ms, the pages rendered and the rebuild's stage timings, and the time of the quick pass before
/// the rebuild in ms (NaN when there was none).
fn measure(
    file: &Path,
    text: &str,
    addr: SocketAddr,
    url: &str,
    changed: &dyn Fn(&str) -> bool,
    rx: &Receiver<Event>,
) -> (f64, f64, usize, savoirs::timings::Timings, f64) {
    drain(rx);
    let start = Instant::now();
    std::fs::write(file, text).expect("write the offer");
    loop {
        if changed(&get(addr, url)) {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(600), "the page never changed");
        std::thread::sleep(Duration::from_millis(2));
    }
    let served = start.elapsed().as_secs_f64() * 1000.0;
    let (mut rebuild, mut rendered, mut timings, mut quick) = (f64::NAN, 0, Default::default(), f64::NAN);
    while let Ok(e) = rx.recv_timeout(Duration::from_secs(600)) {
        match e {
            Event::Previewed(r) => quick = r.took.as_secs_f64() * 1000.0,
            Event::Built(r) => {
                rebuild = r.took.as_secs_f64() * 1000.0;
                rendered = r.pages.rendered;
                timings = r.timings;
                break;
            }
            Event::Failed(p) => panic!("the rebuild failed: {p:?}"),
            _ => {}
        }
    }
    (served, rebuild, rendered, timings, quick)
}

fn drain(rx: &Receiver<Event>) {
    while rx.try_recv().is_ok() {}
}

fn get(addr: SocketAddr, path: &str) -> String {
    let Ok(mut stream) = TcpStream::connect(addr) else {
        return String::new();
    };
    let _ = write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    );
    let mut reply = Vec::new();
    let _ = stream.read_to_end(&mut reply);
    String::from_utf8_lossy(&reply).into_owned()
}

/// The first French offer of the corpus.
fn first_offer(root: &Path) -> PathBuf {
    let mut offers: Vec<PathBuf> = std::fs::read_dir(root.join("content/offers"))
        .expect("a corpus with content/offers")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".fr.md"))
        .collect();
    offers.sort();
    offers.into_iter().next().expect("an offer")
}

/// `/fr/offres/<slug or key>/`.
fn offer_url(file: &Path, text: &str) -> String {
    let key = file
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".fr.md"))
        .expect("a French offer");
    let slug = text
        .lines()
        .find_map(|l| l.strip_prefix("slug: "))
        .unwrap_or(key)
        .trim();
    format!("/fr/offres/{slug}/")
}

/// A reply without its headers (whose date changes) nor the live-reload script's data.
fn page_body(reply: &str) -> String {
    let body = reply.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    match body.find("<script src=\"/__savoirs/live.js\"") {
        Some(at) => body[..at].to_string(),
        None => body.to_string(),
    }
}

fn median(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    s.get(s.len() / 2).copied().unwrap_or(f64::NAN)
}

fn min(v: &[f64]) -> f64 {
    v.iter().copied().fold(f64::INFINITY, f64::min)
}

fn max(v: &[f64]) -> f64 {
    v.iter().copied().fold(0.0, f64::max)
}
