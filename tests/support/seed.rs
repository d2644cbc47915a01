//! The real page the project started from lives outside the repository (`../shared/seed/`).
//! Tests of its exact shape run when it is there; a fresh clone skips them and says so on
//! the terminal, and under CI (`CI=true`, which always has it) a missing seed is a failure.
//! `tests/data/seed-like.txt`, our own text in its shape, is tested everywhere.

use std::io::Write;
use std::path::{Path, PathBuf};

pub fn shared_seed() -> Option<PathBuf> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/000_d3fd888ec9178503.txt");
    if path.exists() {
        return Some(path);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{} is missing under CI", path.display());
    }
    // Past libtest's capture, which would hide it.
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED: {} is not here (a fresh clone); tests/data/seed-like.txt is tested instead",
        path.display()
    );
    None
}

/// A folder of real material under `../shared/data` (`real-import`, `gov-reports/texts`…):
/// skipped with a line on the terminal in a fresh clone, a failure under CI.
#[allow(dead_code)]
pub fn shared_data(dir: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(dir);
    if path.is_dir() {
        return Some(path);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{} is missing under CI", path.display());
    }
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED: {} is not here (a fresh clone)",
        path.display()
    );
    None
}

#[allow(dead_code)]
pub fn seed_like() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seed-like.txt")
}
