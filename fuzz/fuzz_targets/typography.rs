//! Any HTML: French typography never panics and is idempotent.
#![no_main]
use libfuzzer_sys::fuzz_target;
use savoirs::render::typography::{Punctuation, apply};

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else { return };
    for style in [Punctuation::Spaced, Punctuation::Tight] {
        let once = apply(html, style);
        assert_eq!(apply(&once, style), once);
    }
});
