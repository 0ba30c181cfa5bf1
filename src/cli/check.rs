//! `savoirs check`: its options (formats, limits of the external-link check) and how its
//! findings become output and an exit code.

use super::{Outcome, SiteArgs, count};
use clap::{Args, ValueEnum};
use savoirs::report::{self, Format};
use std::path::Path;

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// For people: each problem with its source line underlined.
    Human,
    /// One JSON object per line: file, line, column, severity, code, message, help.
    Json,
    /// GitHub Actions annotations, shown on the changed lines of a pull request.
    Github,
}

/// Arguments of `savoirs check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// How to print what is found.
    #[arg(long, value_enum, default_value = "human")]
    pub format: FormatArg,
    /// Exits with code 2 when there are warnings but no errors.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Warns about offers that end within this many days.
    #[arg(long, default_value_t = 14)]
    pub ends_within: i64,
    #[command(flatten)]
    pub external: ExternalArgs,
}

/// Options of `check` for links to other sites.
#[derive(Debug, Args)]
pub struct ExternalArgs {
    /// Also checks links to other sites (http and https), in bodies and in `registration` and
    /// `image`; failures are warnings.
    #[arg(long)]
    pub external: bool,
    /// Seconds one request to another site may take.
    #[arg(long, value_name = "SECONDS", default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub external_timeout: u64,
    /// Requests to other sites at once (at most 2 to any one site).
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..=64))]
    pub external_concurrency: u64,
    /// Hours a link that worked is taken from the cache (ROOT/.savoirs/link-cache.json)
    /// instead of being asked again; 0 asks every link.
    #[arg(long, value_name = "HOURS", default_value_t = 24)]
    pub external_max_age: u64,
    /// Also asks addresses on this machine and on private networks (`localhost`, 10.x,
    /// 192.168.x…), which are otherwise reported without being asked.
    #[arg(long)]
    pub external_allow_private: bool,
}

impl ExternalArgs {
    fn options(&self, root: &Path) -> Option<savoirs::check::ExternalOptions> {
        self.external.then(|| savoirs::check::ExternalOptions {
            concurrency: self.external_concurrency as usize,
            timeout: std::time::Duration::from_secs(self.external_timeout),
            cache: Some(root.join(".savoirs").join("link-cache.json")),
            max_age: std::time::Duration::from_secs(self.external_max_age.saturating_mul(3600)),
            allow_private: self.external_allow_private,
            ..Default::default()
        })
    }
}

impl CheckArgs {
    /// Checks; exit code 0 when clean, 1 with errors, 2 with warnings under `--deny-warnings`.
    pub fn run(self, color: bool) -> Outcome {
        let options = savoirs::check::CheckOptions {
            build: self.site.options(),
            ends_within_days: self.ends_within,
            external: self.external.options(&self.site.root),
        };
        let (problems, external) = match savoirs::check::run(&options) {
            Ok(r) => (r.problems, r.external),
            Err(e) => (e.to_problems(), None),
        };
        let errors = problems
            .iter()
            .filter(|p| p.severity == savoirs::Severity::Error)
            .count();
        let warnings = problems.len() - errors;
        let format = match self.format {
            FormatArg::Human => Format::Human { color },
            FormatArg::Json => Format::Json,
            FormatArg::Github => Format::Github,
        };
        let stdout = report::render(&problems, &self.site.root, format);
        let code = if errors > 0 {
            1
        } else if warnings > 0 && self.deny_warnings {
            2
        } else {
            0
        };
        let mut stderr = String::new();
        if let Some(s) = external {
            stderr.push_str(&format!(
                "external links: {} {}, {} from the cache, {} asked\n",
                s.addresses,
                if s.addresses == 1 { "address" } else { "addresses" },
                s.cached,
                s.requested
            ));
        }
        stderr.push_str(&format!(
            "check: {}, {}\n",
            count(errors, "error"),
            count(warnings, "warning")
        ));
        Outcome { stdout, stderr, code }
    }
}
