//! The window, driven through egui_kittest as a user drives it: every GUI test in one test
//! binary (one link of egui and eframe instead of seven), sharing `common` — the app in a
//! harness and the clicks, keys and typing every test uses.

mod common;
#[path = "../support/seed.rs"]
mod seed;

mod closing;
mod comforts;
mod compare;
mod editing;
mod english;
mod first_hour;
mod import_report;
mod paper;
mod proofing;
mod storage;
