//! Entry point: no subcommand opens the editor, a subcommand runs the CLI.

use clap::Parser;
use std::process::ExitCode;
use work_summary::cli::{self, Cli};

fn main() -> ExitCode {
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
            Ok(()) => ExitCode::SUCCESS,
            Err(line) => {
                eprintln!("work-summary: {line}");
                ExitCode::from(cli::EXIT_ERROR)
            }
        },
    }
}
