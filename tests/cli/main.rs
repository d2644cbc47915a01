//! The command line, run as a user runs it: export, import, check, diff, merge, follow and
//! their errors.
//!
//! One test binary for these files (each a module), so CI links the library once for them.

#[path = "../support/bin.rs"]
mod bin;

mod cli;
mod cli_compare;
mod cli_paths;
