//! Local images: which file of the site's `static/` folder an image address names, and its
//! width and height, read from the file's header (SVG: from its root element), so that pages
//! reserve the image's place before it loads. Remote images (`https://…`) have no known size.

use crate::markdown::Size;
use std::path::{Path, PathBuf};

/// Why a local image has no size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum ImageProblem {
    /// No such file in `static/` (the path as written for the editor: `static/images/a.jpg`).
    Missing(String),
    /// The file is there but its size cannot be read: path, and why.
    Unreadable(String, String),
}

impl ImageProblem {
    /// The problem, located at `location`, as a warning: the page is still built.
    pub fn into_problem(self, location: crate::error::Location, dest: &str) -> crate::error::Problem {
        use crate::error::Problem;
        match self {
            ImageProblem::Missing(path) => Problem::warning(
                location,
                "missing-image",
                format!("the image `{dest}` is not in the site: no file {path}"),
            )
            .with_help(
                "put the picture in `static/` (`/images/a.jpg` is `static/images/a.jpg`), or correct the address",
            ),
            ImageProblem::Unreadable(path, why) => Problem::warning(
                location,
                "bad-image",
                format!("the width and height of the image {path} cannot be read: {why}"),
            )
            .with_help("save the picture again as JPEG, PNG, WebP, AVIF or SVG"),
        }
    }
}

/// The site path (without the leading `/`) of the file an image address names, when it is
/// local: `/images/a.jpg`, or `a.jpg` relative to the page at `page_url`. `None` for remote
/// addresses, other schemes, and addresses that climb out of the site.
pub(super) fn local_path(dest: &str, page_url: &str) -> Option<String> {
    let path = dest.split(['?', '#']).next().unwrap_or_default();
    let before_slash = path.split('/').next().unwrap_or_default();
    if path.is_empty() || path.starts_with("//") || before_slash.contains(':') {
        return None;
    }
    let joined = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{}{path}", &page_url[..page_url.rfind('/').map_or(0, |i| i + 1)])
    };
    let mut parts: Vec<String> = Vec::new();
    for part in super::links::percent_decode(&joined).split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p if p.contains('\\') => return None,
            p => parts.push(p.to_string()),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// The size of the local image at site path `path` under the site's `root`; `Ok(None)` for an
/// SVG that declares no size (it takes the size of its box).
pub(super) fn size_of(root: &Path, path: &str) -> Result<Option<Size>, ImageProblem> {
    let file: PathBuf = root.join("static").join(path);
    let shown = format!("static/{path}");
    if !file.is_file() {
        return Err(ImageProblem::Missing(shown));
    }
    if path.to_ascii_lowercase().ends_with(".svg") {
        let text =
            crate::fs::read_to_string(&file).map_err(|e| ImageProblem::Unreadable(shown.clone(), e.to_string()))?;
        return Ok(svg_size(&text));
    }
    let size = imagesize::size(&file).map_err(|e| {
        let why = match e {
            imagesize::ImageError::NotSupported => "it is not a picture in a format browsers show".to_string(),
            imagesize::ImageError::CorruptedImage => "the file is damaged".to_string(),
            imagesize::ImageError::IoError(e) => e.to_string(),
        };
        ImageProblem::Unreadable(shown.clone(), why)
    })?;
    match (u32::try_from(size.width), u32::try_from(size.height)) {
        (Ok(w), Ok(h)) if w > 0 && h > 0 => Ok(Some((w, h))),
        _ => Err(ImageProblem::Unreadable(
            shown,
            "its header gives no width or height".to_string(),
        )),
    }
}

/// The size an SVG declares on its root element: `width` and `height` in pixels, else its
/// `viewBox` (which gives its proportions).
fn svg_size(text: &str) -> Option<Size> {
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    let attr = |name: &str| -> Option<&str> {
        let mut rest = tag;
        loop {
            let at = rest.find(name)?;
            let before = rest[..at].chars().next_back();
            let after = rest[at + name.len()..].trim_start();
            rest = &rest[at + name.len()..];
            if before.is_some_and(char::is_whitespace)
                && let Some(value) = after.strip_prefix('=')
            {
                let value = value.trim_start();
                let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'')?;
                let value = &value[1..];
                return Some(&value[..value.find(quote)?]);
            }
        }
    };
    let pixels = |v: &str| -> Option<u32> {
        let n: f64 = v.trim().trim_end_matches("px").parse().ok()?;
        (1.0..100_000.0).contains(&n).then(|| n.round() as u32)
    };
    if let (Some(w), Some(h)) = (attr("width").and_then(pixels), attr("height").and_then(pixels)) {
        return Some((w, h));
    }
    let view: Vec<&str> = attr("viewBox")?.split([' ', ',']).filter(|s| !s.is_empty()).collect();
    match view[..] {
        [_, _, w, h] => Some((pixels(w)?, pixels(h)?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_addresses_name_files_of_static() {
        let page = "/fr/offres/club/";
        assert_eq!(
            local_path("/images/a%20b.jpg?v=2#x", page).as_deref(),
            Some("images/a b.jpg")
        );
        assert_eq!(
            local_path("photo.png", page).as_deref(),
            Some("fr/offres/club/photo.png")
        );
        assert_eq!(local_path("../../img/p.png", page).as_deref(), Some("fr/img/p.png"));
        assert_eq!(local_path("../../../../x.png", page), None);
        for remote in ["https://x.org/a.jpg", "//cdn.org/a.jpg", "mailto:a@b.ch", "", "#top"] {
            assert_eq!(local_path(remote, page), None, "{remote}");
        }
    }

    #[test]
    fn svg_sizes_come_from_the_root_element() {
        assert_eq!(
            svg_size("<?xml version=\"1.0\"?>\n<svg xmlns=\"x\" width=\"120\" height='80px'>"),
            Some((120, 80))
        );
        assert_eq!(svg_size("<svg viewBox=\"0 0 24.5 12\" width=\"100%\">"), Some((25, 12)));
        assert_eq!(svg_size("<svg data-width=\"3\" stroke-width=\"2\">"), None);
        assert_eq!(svg_size("<svg width=\"1e400\" height=\"2\">"), None);
        assert_eq!(svg_size("<svg viewBox=\"0 0\">"), None);
        assert_eq!(svg_size("not an svg"), None);
    }

    #[test]
    fn missing_and_unreadable_images_are_problems() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("static")).unwrap();
        std::fs::write(dir.path().join("static/a.png"), b"not a picture").unwrap();
        assert_eq!(
            size_of(dir.path(), "b.png"),
            Err(ImageProblem::Missing("static/b.png".into()))
        );
        assert!(matches!(
            size_of(dir.path(), "a.png"),
            Err(ImageProblem::Unreadable(..))
        ));
    }
}
