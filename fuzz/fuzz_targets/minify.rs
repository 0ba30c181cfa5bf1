//! The minifier's fast path (`src/render/minify/fast.rs`) against html_minifier: on any page it
//! does not leave to html_minifier, both must give the same bytes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use savoirs::render::minify::{fast_path, with_html_minifier};

fuzz_target!(|data: &[u8]| {
    if let Ok(html) = std::str::from_utf8(data)
        && let Some(fast) = fast_path(html)
    {
        assert_eq!(Ok(fast), with_html_minifier(html), "{html:?}");
    }
});
