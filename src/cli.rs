//! Command-line arguments, parsed into one struct per command, each with a `run` that calls the
//! library and returns what to print and the exit code.

mod check;

pub use check::CheckArgs;
use clap::{Args, Parser, Subcommand, ValueEnum};
use savoirs::report::{self, Format};
use std::path::{Path, PathBuf};

/// savoirs: builds bilingual learning-city websites.
#[derive(Debug, Parser)]
#[command(name = "savoirs", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Builds the site into the output folder.
    Build(BuildArgs),
    /// Checks the site without writing anything: every error `build` would report, plus
    /// accessibility of the text, anchors, translations and offers about to end; with
    /// `--external`, links to other sites too.
    Check(CheckArgs),
    /// Writes a new offer, news item or page in every language of the site, from a commented
    /// template with every field; never replaces a file.
    New(NewArgs),
    /// Prints the JSON Schema (draft 2020-12) of offer and news front matter, for editors' tools.
    Schema(SchemaArgs),
    /// Serves a live preview: builds in memory (never writing the output folder), rebuilds on
    /// every change and reloads the open pages; problems show over the page.
    Serve(ServeArgs),
}

/// What a command prints and how it exits.
#[derive(Debug, Default)]
pub struct Outcome {
    /// For standard output.
    pub stdout: String,
    /// For standard error.
    pub stderr: String,
    /// The exit code.
    pub code: u8,
}

/// Options shared by commands that read a site.
#[derive(Debug, Args)]
pub struct SiteArgs {
    /// The site's folder (with site.yaml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Also includes drafts.
    #[arg(long)]
    pub drafts: bool,
    /// Also includes news dated after today.
    #[arg(long)]
    pub future: bool,
}

impl SiteArgs {
    fn options(&self) -> savoirs::BuildOptions {
        savoirs::BuildOptions {
            root: self.root.clone(),
            drafts: self.drafts,
            future: self.future,
            ..Default::default()
        }
    }
}

/// Arguments of `savoirs build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Where to write the site [default: ROOT/public].
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Overrides `base_url` from site.yaml, e.g. for a preview host.
    #[arg(long)]
    pub base_url: Option<String>,
    /// Also prints the time spent in each stage (load, parse, model, render, feeds, search
    /// index, write) and in each template.
    #[arg(long)]
    pub timings: bool,
}

impl BuildArgs {
    /// Builds; on failure, every problem with its source line.
    pub fn run(self, color: bool) -> Outcome {
        let options = savoirs::BuildOptions {
            output: self.output,
            base_url: self.base_url,
            ..self.site.options()
        };
        match savoirs::build(&options) {
            Ok(report) => {
                let w = report.written;
                let mut stderr = problems_text(&report.warnings, &self.site.root, color);
                stderr.push_str(&format!(
                    "built {} pages and {} feeds, calendars and other files, and copied {} static files, into {}\n",
                    w.pages,
                    w.other_files,
                    w.static_files,
                    report.output.display()
                ));
                if self.timings {
                    stderr.push('\n');
                    stderr.push_str(&report.timings.report());
                }
                Outcome {
                    stderr,
                    ..Outcome::default()
                }
            }
            Err(e) => failure(&e, &self.site.root, color, "the site was not built"),
        }
    }
}

/// Every problem of a failed command, then what did not happen; exit code 1.
fn failure(e: &savoirs::Error, root: &Path, color: bool, what: &str) -> Outcome {
    let problems = e.to_problems();
    let mut stderr = problems_text(&problems, root, color);
    stderr.push_str(&format!("error: {what} ({})\n", count(problems.len(), "problem")));
    Outcome {
        stderr,
        code: 1,
        ..Outcome::default()
    }
}

fn problems_text(problems: &[savoirs::Problem], root: &Path, color: bool) -> String {
    report::render(problems, root, Format::Human { color })
}

pub(crate) fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// What `savoirs new` writes.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum NewKind {
    /// A learning offer, in content/offers/.
    Offer,
    /// A news item, in content/news/.
    News,
    /// A free page, in content/pages/.
    Page,
}

/// Arguments of `savoirs new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// What to write.
    #[arg(value_enum)]
    pub kind: NewKind,
    /// The key the files share: `club-lecture`, or `2027/club-lecture` for an offer or news
    /// item in a folder (a-z, 0-9 and -).
    pub key: String,
    /// The site's folder (with site.yaml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

impl NewArgs {
    /// Writes one file per language; prints each path written, or why none was.
    pub fn run(self, color: bool) -> Outcome {
        let kind = match self.kind {
            NewKind::Offer => savoirs::scaffold::Kind::Offer,
            NewKind::News => savoirs::scaffold::Kind::News,
            NewKind::Page => savoirs::scaffold::Kind::Page,
        };
        let options = savoirs::scaffold::NewOptions {
            root: self.root.clone(),
            kind,
            key: self.key,
            today: None,
        };
        match savoirs::scaffold::create(&options) {
            Ok(created) => {
                let mut stdout = String::new();
                for path in &created.written {
                    stdout.push_str(&format!("created {}\n", path.display()));
                }
                let mut stderr = String::new();
                for note in &created.notes {
                    stderr.push_str(&format!("note: {note}\n"));
                }
                let blanks: Vec<String> = kind.blanks().iter().map(|f| format!("`{f}`")).collect();
                stderr.push_str(&format!(
                    "next: fill in {} in each file, then run `savoirs build`\n",
                    blanks.join(", ")
                ));
                Outcome {
                    stdout,
                    stderr,
                    code: 0,
                }
            }
            Err(e) => failure(&e, &self.root, color, "no file was written"),
        }
    }
}

/// Which schema `savoirs schema` prints.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SchemaKind {
    /// The front matter of an offer.
    Offer,
    /// The front matter of a news item.
    News,
}

/// Arguments of `savoirs schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Prints only this kind's schema [default: one document with both under `$defs`].
    #[arg(value_enum)]
    pub kind: Option<SchemaKind>,
}

impl SchemaArgs {
    /// Prints the schema as JSON.
    pub fn run(self) -> Outcome {
        let kind = self.kind.map(|k| match k {
            SchemaKind::Offer => savoirs::schema::Kind::Offer,
            SchemaKind::News => savoirs::schema::Kind::News,
        });
        let mut stdout = savoirs::schema::to_json(kind);
        stdout.push('\n');
        Outcome {
            stdout,
            ..Outcome::default()
        }
    }
}

/// Arguments of `savoirs serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// The port to listen on (0: any free port).
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// The address to listen on; the default serves this computer only.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Opens the site in the browser.
    #[arg(long)]
    pub open: bool,
}

impl ServeArgs {
    /// Serves until Ctrl-C, printing each rebuild and its problems as they come.
    pub fn run(self, color: bool) -> Outcome {
        let options = savoirs::serve::ServeOptions {
            build: self.site.options(),
            bind: self.bind,
            port: self.port,
        };
        let root = self.site.root.clone();
        let log: savoirs::serve::Log = std::sync::Arc::new(move |event| eprint!("{}", describe(&event, &root, color)));
        let server = match savoirs::serve::Server::start(options, log) {
            Ok(server) => server,
            Err(e) => {
                let problems = e.to_problems();
                let mut stderr = problems_text(&problems, &self.site.root, color);
                stderr.push_str("error: could not start the preview\n");
                return Outcome {
                    stderr,
                    code: 1,
                    ..Outcome::default()
                };
            }
        };
        eprintln!("serving {} (Ctrl-C to stop)", server.url());
        if self.open
            && let Err(e) = open::that_detached(server.url())
        {
            eprintln!("warning: could not open a browser: {e}");
        }
        let waited = server.wait_for_ctrl_c();
        server.stop();
        match waited {
            Ok(()) => Outcome::default(),
            Err(e) => Outcome {
                stderr: format!("error: {e}\n"),
                code: 1,
                ..Outcome::default()
            },
        }
    }
}

/// One line (or the problems) for each event of the preview.
fn describe(event: &savoirs::serve::Event, root: &Path, color: bool) -> String {
    use savoirs::serve::Event;
    match event {
        Event::Changed(paths) => {
            let first = paths.first().map(|p| p.display().to_string()).unwrap_or_default();
            match paths.len() {
                0 | 1 => format!("changed: {first}\n"),
                n => format!("changed: {first} and {}\n", count(n - 1, "other file")),
            }
        }
        Event::Built(r) => {
            let mut text = problems_text(&r.warnings, root, color);
            text.push_str(&format!(
                "built in {} ms: {} rendered, {} reused, {} parsed, {} changed\n",
                r.took.as_millis(),
                count(r.pages.rendered, "page"),
                r.pages.reused,
                count(r.parsed, "file"),
                count(r.changed.len(), "file"),
            ));
            text
        }
        Event::Previewed(r) => format!(
            "quick pass: {} served in {} ms, ahead of the rebuild\n",
            count(r.changed.len(), "page"),
            r.took.as_millis(),
        ),
        Event::Failed(problems) => {
            let mut text = problems_text(problems, root, color);
            text.push_str(&format!(
                "error: the site was not rebuilt ({}); the last good build is still served\n",
                count(problems.len(), "problem")
            ));
            text
        }
        Event::Searched(changed, took) => format!(
            "search index ready in {} ms: {} changed\n",
            took.as_millis(),
            count(changed.len(), "file")
        ),
        Event::WatchError(message) => format!("warning: watching the files: {message}\n"),
    }
}
