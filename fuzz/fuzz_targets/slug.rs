//! Any text: a suggested slug is valid, and a valid key never climbs out of its folder.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    assert!(savoirs::slug::is_valid_segment(&savoirs::slug::suggest(text)));
    if savoirs::slug::is_valid_key(text) {
        assert!(!text.split('/').any(|p| p.is_empty() || p == ".." || p == "."));
        assert!(!text.contains(['\\', '\0', ':']));
    }
});
