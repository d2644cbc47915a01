//! Arbitrary bytes into the draft loader: it must return Ok or an error, never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;
use work_summary::storage::draft;

fuzz_target!(|data: &[u8]| {
    if let Ok(loaded) = draft::from_bytes(data, Path::new("fuzz.ron")) {
        let text = draft::to_string(&loaded.report);
        let back = draft::from_str(&text, Path::new("again.ron")).expect("what loads, reloads");
        assert_eq!(back, loaded.report);
    }
});
