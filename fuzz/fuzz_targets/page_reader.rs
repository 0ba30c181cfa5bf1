//! Pagefind's fast reader of well-formed pages (`vendor/pagefind/src/fossick/parser/fast.rs`)
//! against lol_html's: on any page it does not leave to lol_html, both must give the same.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(html) = std::str::from_utf8(data)
        && let Some((fast, lol_html)) = pagefind::compare_readers(html)
    {
        assert_eq!(fast, lol_html, "{html:?}");
    }
});
