//! Live reload in the browser: the script added to every HTML response (never to the built
//! site), the events it listens to, the error overlay, and the page shown while there is no site.

/// The path of the event stream (server-sent events).
pub(crate) const EVENTS_PATH: &str = "/__savoirs/events";
/// The path of the script.
pub(crate) const SCRIPT_PATH: &str = "/__savoirs/live.js";

/// The script: on each event it shows or hides the error overlay, and reloads the page when one
/// of the files it was made from changed (or, on an error page, when the site builds again).
pub(crate) const SCRIPT: &str = r#"(function () {
  "use strict";
  var me = document.currentScript;
  var info = JSON.parse((me && me.getAttribute("data-savoirs")) || "{}");
  var files = info.files || [];
  var box = null;
  function show(text) {
    if (!box) {
      box = document.createElement("div");
      box.id = "savoirs-error-overlay";
      box.setAttribute("role", "alert");
      var root = box.attachShadow ? box.attachShadow({ mode: "open" }) : box;
      root.innerHTML = "<style>.o{position:fixed;inset:auto 0 0 0;max-height:70vh;overflow:auto;z-index:2147483647;" +
        "margin:0;padding:1rem 1.25rem;background:#1e1e1e;color:#f4f4f4;border-top:4px solid #e5484d;" +
        "font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 -4px 24px rgba(0,0,0,.4)}" +
        ".t{margin:0 0 .5rem;font-weight:bold;color:#ff9592}pre{margin:0;white-space:pre-wrap}" +
        "button{float:right;font:inherit;background:none;color:inherit;border:1px solid #888;cursor:pointer}</style>" +
        "<div class=o><button type=button aria-label=Close>\u00d7</button>" +
        "<p class=t>savoirs: the site could not be rebuilt; this is the last version that built.</p><pre></pre></div>";
      root.querySelector("button").onclick = function () { box.style.display = "none"; };
      document.body.appendChild(box);
    }
    var root2 = box.shadowRoot || box;
    root2.querySelector("pre").textContent = text;
    box.style.display = "";
  }
  function hide() {
    if (box) { box.remove(); box = null; }
  }
  var first = true;
  var source = new EventSource("/__savoirs/events");
  source.onmessage = function (message) {
    var event = JSON.parse(message.data);
    if (first) {
      first = false;
      if (event.generation !== info.generation) { location.reload(); return; }
    }
    if (info.errorPage) {
      if (!event.error) { location.reload(); }
      return;
    }
    if (event.error) { show(event.error); } else { hide(); }
    var changed = event.changed || [];
    for (var i = 0; i < changed.length; i++) {
      if (files.indexOf(changed[i]) >= 0) { location.reload(); return; }
    }
  };
})();
"#;

/// What the script of one response needs to know.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct PageInfo {
    /// The site files this response shows (a reload follows when one changes).
    pub files: Vec<String>,
    /// The build the response comes from.
    pub generation: u64,
    /// Whether this is the error page shown while no build has succeeded.
    #[serde(rename = "errorPage")]
    pub error_page: bool,
}

/// One event of the stream: what changed in a build, and the current error, if any.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct LiveEvent {
    pub generation: u64,
    pub changed: Vec<String>,
    pub error: Option<String>,
}

/// Escapes text for HTML content and attribute values.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn script_tag(info: &PageInfo) -> String {
    let json = serde_json::to_string(info).unwrap_or_else(|_| "{}".to_string());
    format!(
        "<script src=\"{SCRIPT_PATH}\" data-savoirs=\"{}\"></script>",
        escape_html(&json)
    )
}

/// The page with the script added just before its last `</body>` (at the end when it has none).
pub(crate) fn inject(html: &[u8], info: &PageInfo) -> Vec<u8> {
    let tag = script_tag(info);
    let at = find_last_body_end(html).unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn find_last_body_end(html: &[u8]) -> Option<usize> {
    const END: &[u8] = b"</body";
    (0..=html.len().checked_sub(END.len())?)
        .rev()
        .find(|&i| html[i..i + END.len()].eq_ignore_ascii_case(END))
}

/// The page served for every request while no build has succeeded: the problems, as in the
/// terminal, and the script, which reloads it once the site builds.
pub(crate) fn error_page(text: &str, info: &PageInfo) -> Vec<u8> {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>savoirs: the site could not be built</title>\n\
         <style>body{{margin:2rem;font:16px/1.5 system-ui,sans-serif;color:#1e1e1e}}\
         pre{{padding:1rem;background:#1e1e1e;color:#f4f4f4;overflow:auto;white-space:pre-wrap;\
         font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}}</style>\n</head>\n<body>\n\
         <h1>The site could not be built</h1>\n\
         <p>Fix the problems below and save: this page reloads by itself once the site builds.</p>\n\
         <pre>{}</pre>\n{}\n</body>\n</html>\n",
        escape_html(text),
        script_tag(info)
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info() -> PageInfo {
        PageInfo {
            files: vec!["fr/index.html".into()],
            generation: 3,
            error_page: false,
        }
    }

    #[test]
    fn the_script_goes_before_the_last_body_end() {
        let page = b"<html><body><p>x</p><!-- </body> --></BODY></html>";
        let out = String::from_utf8(inject(page, &info())).unwrap();
        let script = out.find("<script src=\"/__savoirs/live.js\"").unwrap();
        assert!(script > out.find("-->").unwrap(), "{out}");
        assert!(out.ends_with("</BODY></html>"), "{out}");
        assert!(out.contains("data-savoirs=\"{&quot;files&quot;:[&quot;fr/index.html&quot;],&quot;generation&quot;:3,&quot;errorPage&quot;:false}\""), "{out}");
    }

    #[test]
    fn a_page_without_body_gets_the_script_at_the_end() {
        let out = String::from_utf8(inject(b"<p>x</p>", &info())).unwrap();
        assert!(out.starts_with("<p>x</p><script"), "{out}");
    }

    #[test]
    fn the_error_page_escapes_the_problems() {
        let page = String::from_utf8(error_page("a <b> & \"c\"", &info())).unwrap();
        assert!(page.contains("<pre>a &lt;b&gt; &amp; &quot;c&quot;</pre>"), "{page}");
        assert!(page.contains(SCRIPT_PATH));
    }
}
