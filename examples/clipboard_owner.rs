//! Puts a draft on the system clipboard exactly as 文件 → 复制为公文格式 does (the same
//! `rich_copy` and `SystemClipboard`), then keeps serving it until killed: on X11 the
//! clipboard empties when its owner exits. For the paste tests in real receivers
//! (`scripts/writer-paste-test.sh`, `scripts/browser-paste-test.sh`).
//!
//! Usage: clipboard_owner DRAFT.ron — prints each laid-out paragraph as "kind<TAB>text" (what
//! the tests expect of it), then "ready" once the clipboard holds the draft.

use std::io::Write;
use std::process::ExitCode;
use work_summary::export::ExportOptions;
use work_summary::storage::draft;
use work_summary::ui::clipboard::{RichClipboard, SystemClipboard, rich_copy};

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: clipboard_owner DRAFT.ron");
        return ExitCode::from(2);
    };
    let report = match draft::load(std::path::Path::new(&path)) {
        Ok(report) => report,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let options = ExportOptions::default();
    for block in work_summary::export::layout_for(&report, &options) {
        println!("{:?}\t{}", block.kind, block.text);
    }
    let (html, plain) = rich_copy(&report, &options);
    let mut clipboard = SystemClipboard::default();
    if let Err(e) = clipboard.set_html(&html, &plain) {
        eprintln!("{e}");
        return ExitCode::from(1);
    }
    println!("ready");
    let _ = std::io::stdout().flush();
    loop {
        std::thread::sleep(std::time::Duration::from_secs(3600));
    }
}
