//! Any bytes as a content file: parsing returns a document or located problems, never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;
use savoirs::source::{Section, SourceFile};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for section in [Section::Offers, Section::News, Section::Pillars, Section::Pages, Section::Home] {
        let file = SourceFile { path: "content/x.fr.md".into(), section, key: "x".into(), lang: 0, text: std::sync::Arc::new(text.to_string()), stamp: Default::default() };
        let _ = savoirs::document::parse(file);
    }
});
