//! The app's binary, started as a user starts it from a terminal.
//!
//! Under Wine (`scripts/windows-test.sh`) starting a process now and then fails before the
//! program runs at all, with Windows error 1359 ("Internal error"): Wine's process creation
//! gave up, and no line of ours had run. Only that error, only on Windows, is tried again
//! (a few times, said on the terminal); any other failure to start, and everything the
//! program itself does, fails the test as before.

use std::ffi::OsStr;
use std::io::Write;
use std::process::{Command, Output};

/// `ERROR_INTERNAL_ERROR`, what Wine 8's `CreateProcessW` returns when it gives up.
const WINE_SPAWN_FAILED: i32 = 1359;

/// The program the tests start: this build's binary, or `WORK_SUMMARY_TEST_BIN` (the arm64
/// build under qemu-user, `scripts/arm64-run.sh`, in CI: the same CLI tests on that binary).
#[allow(dead_code)]
pub fn program() -> std::path::PathBuf {
    std::env::var_os("WORK_SUMMARY_TEST_BIN")
        .filter(|p| !p.is_empty())
        .map_or_else(|| env!("CARGO_BIN_EXE_work-summary").into(), Into::into)
}

/// `work-summary` with `args`, run to the end.
#[allow(dead_code)]
pub fn run(args: &[&OsStr]) -> Output {
    let mut command = Command::new(program());
    command.args(args);
    output(&mut command)
}

/// `command` run to the end; panics if it cannot be started.
pub fn output(command: &mut Command) -> Output {
    let mut tries = 0;
    loop {
        match command.output() {
            Ok(out) => return out,
            Err(e) if cfg!(windows) && e.raw_os_error() == Some(WINE_SPAWN_FAILED) && tries < 4 => {
                tries += 1;
                // Past libtest's capture, which would hide it.
                let _ = writeln!(
                    std::io::stderr(),
                    "\n{:?} could not be started ({e}); try {} of 4 more",
                    command.get_program(),
                    tries
                );
                std::thread::sleep(std::time::Duration::from_millis(200 * tries));
            }
            Err(e) => panic!("{:?} could not be started: {e}", command.get_program()),
        }
    }
}
