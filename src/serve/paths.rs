//! Request paths, checked strictly before anything is looked up: the site is served from a map
//! in memory, and a path that is not plainly a path inside it is refused rather than guessed at.

/// Why a request path is refused (answered with 400 Bad Request).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BadPath(pub &'static str);

/// A checked request path: its decoded segments, and whether it ended with `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SitePath {
    /// Decoded, non-empty segments, none of them `.` or `..`.
    pub segments: Vec<String>,
    /// Whether the path ends with `/` (or is `/`).
    pub dir: bool,
}

impl SitePath {
    /// The file the path names: `a/b/` -> `a/b/index.html`, `/` -> `index.html`.
    pub fn file(&self) -> String {
        let joined = self.segments.join("/");
        match (self.dir, joined.is_empty()) {
            (_, true) => "index.html".to_string(),
            (true, false) => format!("{joined}/index.html"),
            (false, false) => joined,
        }
    }

    /// The folder form of a path without its trailing slash: `a/b` -> `a/b/index.html`.
    pub fn as_dir_file(&self) -> Option<String> {
        (!self.dir && !self.segments.is_empty()).then(|| format!("{}/index.html", self.segments.join("/")))
    }
}

/// Checks and decodes the path of a request target (without its query). Refuses anything but a
/// plain absolute path: `..` or `.` segments, empty segments, backslashes, NUL and control
/// characters, encoded slashes, bad percent-encoding or UTF-8, and colons (drive letters).
pub(crate) fn parse(raw: &str) -> Result<SitePath, BadPath> {
    let Some(rest) = raw.strip_prefix('/') else {
        return Err(BadPath("the path must start with /"));
    };
    if raw.len() > 2048 {
        return Err(BadPath("the path is too long"));
    }
    let dir = rest.is_empty() || rest.ends_with('/');
    let body = rest.strip_suffix('/').unwrap_or(rest);
    let mut segments = Vec::new();
    if !body.is_empty() {
        for raw_segment in body.split('/') {
            segments.push(segment(raw_segment)?);
        }
    }
    Ok(SitePath { segments, dir })
}

fn segment(raw: &str) -> Result<String, BadPath> {
    if raw.is_empty() {
        return Err(BadPath("empty path segment (`//`)"));
    }
    let bytes = raw.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).ok_or(BadPath("bad percent-encoding"))?;
            let text = std::str::from_utf8(hex).map_err(|_| BadPath("bad percent-encoding"))?;
            let value = u8::from_str_radix(text, 16).map_err(|_| BadPath("bad percent-encoding"))?;
            decoded.push(value);
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    let text = String::from_utf8(decoded).map_err(|_| BadPath("the path is not UTF-8"))?;
    if text == "." || text == ".." {
        return Err(BadPath("`.` and `..` are not allowed in paths"));
    }
    if text.chars().any(|c| matches!(c, '/' | '\\' | ':') || c.is_control()) {
        return Err(BadPath("the path has a forbidden character"));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(raw: &str) -> String {
        parse(raw).unwrap_or_else(|e| panic!("{raw}: {e:?}")).file()
    }

    #[test]
    fn plain_paths_name_their_files() {
        assert_eq!(file("/"), "index.html");
        assert_eq!(file("/fr/offres/"), "fr/offres/index.html");
        assert_eq!(file("/style.abc.css"), "style.abc.css");
        assert_eq!(file("/fr/caf%C3%A9/"), "fr/café/index.html");
        assert_eq!(file("/a%20b"), "a b");
        let p = parse("/fr/offres").unwrap();
        assert_eq!(p.as_dir_file().as_deref(), Some("fr/offres/index.html"));
        assert_eq!(parse("/fr/").unwrap().as_dir_file(), None);
    }

    #[test]
    fn escapes_and_odd_paths_are_refused() {
        for raw in [
            "/..",
            "/../etc/passwd",
            "/fr/../../x",
            "/%2e%2e/x",
            "/%2E%2E/x",
            "/.%2e/x",
            "/./x",
            "/a%2fb",
            "/a%2F..%2Fb",
            "/a\\b",
            "/a%5cb",
            "/..%5c..%5cwindows",
            "/a%00b",
            "/a//b",
            "//etc/passwd",
            "etc/passwd",
            "",
            "/C:/windows",
            "/%zz",
            "/%c3",
            "/a%",
            "/a\u{1}b",
        ] {
            assert!(parse(raw).is_err(), "{raw:?} should be refused");
        }
    }
}
