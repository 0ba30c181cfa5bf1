//! Any Markdown: rendering never panics and never lets raw HTML or script links through.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(md) = std::str::from_utf8(data) else { return };
    let out = savoirs::markdown::render(md, false, &|p| Some(format!("/{p}/")));
    let lower = out.html.to_lowercase();
    assert!(!lower.contains("<script"));
    for tag in ["<a href=\"", "<img src=\""] {
        for part in lower.split(tag).skip(1) {
            let dest: String = part.chars().take_while(|c| *c != '"').filter(|c| !c.is_whitespace()).collect();
            assert!(!dest.starts_with("javascript:") && !dest.starts_with("data:") && !dest.starts_with("vbscript:"));
        }
    }
});
