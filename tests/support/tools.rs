//! Some tests read the app's output back with the host's programs (poppler's pdftotext and
//! pdfinfo, `mount` for a tiny disk). Where such a program is missing the test cannot run:
//! under CI (`CI=true`, which installs them) that is a failure; elsewhere the test says so on
//! the terminal and returns. Under Wine (`scripts/windows-test.sh`) the programs are Linux
//! ones a Windows process cannot start, so there the test always skips: the Linux run of the
//! same test covers the output, the Windows run everything before it.

use std::io::Write;

/// Call where `test` cannot go on because `reason`; panics under CI on Linux.
pub fn unavailable(test: &str, reason: &str) {
    if cfg!(not(windows)) && std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{test} cannot run under CI: {reason}");
    }
    // Past libtest's capture, which would hide it.
    let _ = writeln!(std::io::stderr(), "\nSKIPPED {test}: {reason}");
}
