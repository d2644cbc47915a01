//! The core without the window: proofreading, comparison and follow-through, drafts on
//! disk (round trips, bad files, failing disks) and import.
//!
//! One test binary for these files (each a module), so CI links the library once for them.

#[path = "../support/bin.rs"]
mod bin;
#[path = "../support/seed.rs"]
mod seed;
#[path = "../support/tools.rs"]
mod tools;

mod bad_files;
mod check;
mod compare;
mod draft_roundtrip;
mod follow_gov;
mod follow_through;
mod import;
mod import_formats;
mod official_corpus;
mod real_import;
