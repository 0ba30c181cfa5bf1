//! Checks on links found in bodies: every `#anchor` exists on the page it points to, and news
//! do not send readers to offers that are already over. Also warns about offers about to end.

use super::content::BodyLink;
use crate::document::Meta;
use crate::error::{Location, Problem};
use crate::site::{Site, last_day};
use crate::source::Section;
use std::collections::HashMap;
use std::path::Path;

/// The entry a body link points to, if it is a link to a content file.
fn target(by_path: &HashMap<&Path, usize>, from: &Path, dest: &str) -> Option<usize> {
    let path = dest.split('#').next()?;
    if !crate::markdown::is_content_link(path) {
        return None;
    }
    let resolved = crate::site::resolve_link(from, path)?;
    by_path.get(resolved.as_path()).copied()
}

fn has_id(html: &str, id: &str) -> bool {
    html.contains(&format!("id=\"{id}\""))
}

/// Broken anchors and finished offers linked from news, for one entry's links.
pub(crate) fn check(site: &Site, entry: usize, links: &[BodyLink], by_path: &HashMap<&Path, usize>) -> Vec<Problem> {
    let e = &site.entries[entry];
    let mut problems = Vec::new();
    for link in links.iter().filter(|l| !l.image) {
        let at = || Location::at(&e.doc.path, link.line, link.column);
        let linked = target(by_path, &e.doc.path, &link.dest);
        if let Some((_, anchor)) = link.dest.split_once('#') {
            let page = if link.dest.starts_with('#') {
                Some(entry)
            } else {
                linked
            };
            if let Some(page) = page
                && !anchor.is_empty()
                && !has_id(site.body(page, &Default::default()), anchor)
            {
                problems.push(
                    Problem::new(
                        at(),
                        "broken-anchor",
                        format!(
                            "`#{anchor}` is not a heading of {}",
                            site.entries[page].doc.path.display()
                        ),
                    )
                    .with_help("anchors are the headings' ids: `## Où et quand` has the anchor `#ou-et-quand`"),
                );
            }
        }
        if e.doc.section == Section::News
            && let Some(t) = linked
            && let Meta::Offer(o) = &site.entries[t].doc.meta
            && site.is_finished(o)
        {
            problems.push(
                Problem::warning(
                    at(),
                    "finished-offer-linked",
                    format!(
                        "this news item links to `{}`, which is over",
                        site.entries[t].doc.path.display()
                    ),
                )
                .with_help("link to a current offer, or say in the text that it is over"),
            );
        }
    }
    problems
}

/// Offers that end within `days` days of the build date.
pub(crate) fn ending_soon(site: &Site, days: i64) -> Vec<Problem> {
    let today = site.config.today;
    let mut problems = Vec::new();
    for e in &site.entries {
        let Meta::Offer(o) = &e.doc.meta else { continue };
        let Some(last) = last_day(o) else { continue };
        let left = (last - today).get_days() as i64;
        if last >= today && left <= days {
            let field = if o.end.is_some() { "end" } else { "sessions" };
            problems.push(
                Problem::warning(
                    e.doc.field_location(field),
                    "ends-soon",
                    format!("this offer ends on {last}, in {left} days"),
                )
                .with_help("add new dates, or let it move to the archive of finished offers"),
            );
        }
    }
    problems
}
