//! Renders one entry's Markdown body, resolving links to other content files relative to the
//! file that contains them and sizing its local images, and turns each bad link or image into
//! a located problem.

use crate::config::Config;
use crate::document::Document;
use crate::error::{Location, Problem};
use std::path::{Component, Path, PathBuf};

/// The body's HTML and the problems of its links and images; `url` is the entry's page,
/// `url_of` the page of a content file, `size_of` the size of a local image (see `bodies.rs`,
/// which records their answers).
pub(super) fn render_body(
    config: &Config,
    doc: &Document,
    url: &str,
    url_of: &dyn Fn(&Path) -> Option<String>,
    size_of: &dyn Fn(&str) -> Result<Option<crate::markdown::Size>, super::images::ImageProblem>,
) -> (String, Vec<Problem>) {
    let resolve = |dest: &str| {
        if crate::markdown::is_content_link(dest) {
            resolve_link(&doc.path, dest).and_then(|p| url_of(&p))
        } else {
            // An address at the root of the site: under the base URL's path when it has one.
            Some(config.link(dest))
        }
    };
    let image_problems = std::cell::RefCell::new(Vec::new());
    let size = |at: &crate::markdown::ImageAt| {
        let path = super::images::local_path(at.dest, url)?;
        size_of(&path)
            .map_err(|found| {
                let loc = Location::at(&doc.path, doc.body_line + at.line - 1, at.column);
                image_problems.borrow_mut().push(found.into_problem(loc, at.dest));
            })
            .ok()
            .flatten()
    };
    let rendered = crate::markdown::render_with_images(&doc.body, config.raw_html, &resolve, &size);
    let mut problems: Vec<Problem> = rendered
        .issues
        .into_iter()
        .map(|issue| {
            let loc = Location::at(&doc.path, doc.body_line + issue.line - 1, 1);
            if issue.unsafe_scheme {
                Problem::new(loc, "unsafe-link", format!("the link `{}` uses a scheme that is not allowed", shorten(&issue.dest)))
                    .with_help("links may use https:, http:, mailto: or tel:, or point to another content file")
            } else {
                Problem::new(loc, "broken-link", format!("the link `{}` leads to no page", issue.dest))
                    .with_help("link to another content file by its path from this file, e.g. `../offers/club.fr.md`; drafts are not published")
            }
        })
        .collect();
    problems.extend(image_problems.into_inner());
    (rendered.html, problems)
}

/// The content file a link in `from` points to (`../offers/x.fr.md` from `content/news/y.fr.md`
/// is `content/offers/x.fr.md`), or `None` when it climbs out of the site.
pub fn resolve_link(from: &Path, dest: &str) -> Option<PathBuf> {
    let dir = from.parent().unwrap_or(Path::new(""));
    normalize(&dir.join(percent_decode(dest)))
}

fn shorten(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s.to_string()
    }
}

/// Resolves `.` and `..` without touching the disk; `None` if it climbs above the site root.
fn normalize(path: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::Normal(p) => out.push(p),
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(out)
}

/// `%20` and friends in a Markdown link target name the file's real characters.
pub(super) fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let hex = |b: u8| (b as char).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_stays_inside() {
        assert_eq!(
            normalize(Path::new("content/news/../offers/a.fr.md")),
            Some(PathBuf::from("content/offers/a.fr.md"))
        );
        assert_eq!(normalize(Path::new("content/../../etc/passwd")), None);
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b.md"), "a b.md");
        assert_eq!(percent_decode("100%"), "100%");
    }
}
