//! Entry point: no subcommand opens the editor, a subcommand runs the CLI.

// On Windows the editor is a GUI program: started from Explorer it opens no console (which,
// closed, would kill the editor without saving settings). The CLI attaches to the console of
// the shell that started it instead (`platform::attach_parent_console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use clap::Parser;
use std::process::ExitCode;
use work_summary::cli::{self, Cli};

fn main() -> ExitCode {
    work_summary::platform::attach_parent_console();
    let args = Cli::parse();
    match args.command {
        Some(command) => match cli::run(command) {
            Ok(code) => ExitCode::from(code),
            Err(line) => {
                eprintln!("work-summary: {line}");
                ExitCode::from(cli::EXIT_ERROR)
            }
        },
        None => match work_summary::ui::run_native(args.path) {
            Ok(()) => {
                work_summary::ui::trace_startup("exit");
                ExitCode::SUCCESS
            }
            Err(line) => {
                work_summary::platform::show_fatal_error(&line);
                ExitCode::from(cli::EXIT_ERROR)
            }
        },
    }
}
