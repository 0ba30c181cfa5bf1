//! Where a build spends its time (`savoirs build --timings`): wall time per stage, and the
//! rendering time of each template, summed over the pages that use it, so a theme author sees
//! which template is slow.

use std::time::{Duration, Instant};

/// A stage of the build, in the order it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Reading site.yaml and the content files.
    Load,
    /// Front matter and Markdown of each file.
    Parse,
    /// URLs, translations, terms: the site model.
    Model,
    /// Theme, UI strings and the pages, through the templates.
    Render,
    /// Feeds, calendars, filter data and the sitemap.
    Feeds,
    /// The search index.
    Search,
    /// Files written and swapped in.
    Write,
}

impl Stage {
    /// Its name in the report.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Load => "load",
            Stage::Parse => "parse",
            Stage::Model => "model",
            Stage::Render => "render",
            Stage::Feeds => "feeds, calendars, sitemap",
            Stage::Search => "search index",
            Stage::Write => "write",
        }
    }
}

/// Rendering time of one template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateTime {
    /// The template's file name.
    pub template: &'static str,
    /// Pages rendered with it.
    pub pages: usize,
    /// Pages taken from the cache (unchanged since the last build of `serve`).
    pub reused: usize,
    /// Time in the template engine, the typography pass and minification, summed over its pages (on all
    /// threads, so it can exceed the stage's wall time).
    pub total: Duration,
    /// Its slowest page.
    pub slowest: Duration,
}

/// The timings of one build.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timings {
    /// Wall time of each stage that ran, in order.
    pub stages: Vec<(Stage, Duration)>,
    /// Templates, slowest in total first.
    pub templates: Vec<TemplateTime>,
}

impl Timings {
    /// Runs `f` as `stage`, adding its wall time.
    pub fn time<T>(&mut self, stage: Stage, f: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let out = f();
        self.add(stage, start.elapsed());
        out
    }

    /// Adds `took` to `stage`.
    pub fn add(&mut self, stage: Stage, took: Duration) {
        match self.stages.iter_mut().find(|(s, _)| *s == stage) {
            Some((_, d)) => *d += took,
            None => {
                self.stages.push((stage, took));
                self.stages.sort_by_key(|(s, _)| *s);
            }
        }
    }

    /// Counts one page of `template`: rendered in `took`, or reused from the cache (`None`).
    pub fn page(&mut self, template: &'static str, took: Option<Duration>) {
        let i = match self.templates.iter().position(|t| t.template == template) {
            Some(i) => i,
            None => {
                self.templates.push(TemplateTime {
                    template,
                    pages: 0,
                    reused: 0,
                    total: Duration::ZERO,
                    slowest: Duration::ZERO,
                });
                self.templates.len() - 1
            }
        };
        let t = &mut self.templates[i];
        match took {
            Some(d) => {
                t.pages += 1;
                t.total += d;
                t.slowest = t.slowest.max(d);
            }
            None => t.reused += 1,
        }
    }

    /// Sorts the templates, slowest first (then by name, for a stable report).
    pub fn sort(&mut self) {
        self.templates
            .sort_by(|a, b| b.total.cmp(&a.total).then(a.template.cmp(b.template)));
    }

    /// Wall time of all stages.
    pub fn total(&self) -> Duration {
        self.stages.iter().map(|(_, d)| *d).sum()
    }

    /// The report printed by `--timings`: one line per stage, then one per template.
    pub fn report(&self) -> String {
        let total = self.total();
        let mut out = String::from("stage                         time   share\n");
        for (stage, took) in &self.stages {
            out.push_str(&format!(
                "{:<26} {:>9} {:>6.1}%\n",
                stage.name(),
                millis(*took),
                share(*took, total)
            ));
        }
        out.push_str(&format!("{:<26} {:>9}\n", "total", millis(total)));
        if !self.templates.is_empty() {
            out.push_str("\ntemplate                 pages  reused      total    per page    slowest\n");
            for t in &self.templates {
                let per_page = if t.pages == 0 {
                    Duration::ZERO
                } else {
                    t.total / t.pages as u32
                };
                out.push_str(&format!(
                    "{:<22} {:>7} {:>7} {:>10} {:>11} {:>10}\n",
                    t.template,
                    t.pages,
                    t.reused,
                    millis(t.total),
                    micros(per_page),
                    millis(t.slowest)
                ));
            }
            out.push_str("(template times are summed over all threads)\n");
        }
        out
    }
}

fn millis(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn micros(d: Duration) -> String {
    format!("{:.0} µs", d.as_secs_f64() * 1e6)
}

fn share(d: Duration, total: Duration) -> f64 {
    if total.is_zero() {
        0.0
    } else {
        d.as_secs_f64() * 100.0 / total.as_secs_f64()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_add_up_in_build_order_and_templates_sort_slowest_first() {
        let mut t = Timings::default();
        t.add(Stage::Write, Duration::from_millis(5));
        t.add(Stage::Load, Duration::from_millis(2));
        t.add(Stage::Load, Duration::from_millis(1));
        assert_eq!(
            t.stages,
            vec![
                (Stage::Load, Duration::from_millis(3)),
                (Stage::Write, Duration::from_millis(5))
            ]
        );
        assert_eq!(t.total(), Duration::from_millis(8));
        t.page("offer.html", Some(Duration::from_micros(300)));
        t.page("offer.html", Some(Duration::from_micros(100)));
        t.page("offer.html", None);
        t.page("home.html", Some(Duration::from_millis(2)));
        t.sort();
        assert_eq!(t.templates[0].template, "home.html");
        let offer = &t.templates[1];
        assert_eq!((offer.pages, offer.reused), (2, 1));
        assert_eq!(offer.total, Duration::from_micros(400));
        assert_eq!(offer.slowest, Duration::from_micros(300));
        let report = t.report();
        assert!(report.contains("load"), "{report}");
        assert!(
            report.contains("offer.html                   2       1     0.4 ms      200 µs     0.3 ms"),
            "{report}"
        );
        assert!(report.contains("62.5%"), "write is 5 of 8 ms: {report}");
    }
}
