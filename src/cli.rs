//! The command line: `work-summary [PATH]` opens the editor, subcommands work without a window.

use crate::export::{self, ExportOptions, LineEnding};
use crate::storage::draft;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "work-summary",
    version,
    about = "工作总结编辑器 — write work summaries in official-document style",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A draft (.ron) to open in the editor; if it does not exist yet, a new draft that
    /// Ctrl+S saves there.
    pub path: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Export a draft as text, Markdown, HTML or DOCX (to stdout, or to a file with -o).
    Export(ExportArgs),
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The draft to export (.ron).
    pub path: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Do not indent paragraphs with two full-width spaces.
    #[arg(long)]
    pub no_indent: bool,
    /// End lines with CRLF (Windows Notepad, some OA systems).
    #[arg(long)]
    pub crlf: bool,
    /// Leave out the signature (unit and date).
    #[arg(long)]
    pub no_signature: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Docx,
}

impl From<Format> for export::Format {
    fn from(f: Format) -> Self {
        match f {
            Format::Text => Self::Text,
            Format::Markdown => Self::Markdown,
            Format::Html => Self::Html,
            Format::Docx => Self::Docx,
        }
    }
}

/// Exit code for bad input or a failed write: one line on stderr says which file and why.
pub const EXIT_ERROR: u8 = 2;

/// Run a subcommand. Errors are returned as the one line to print.
pub fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Export(args) => export(&args),
    }
}

fn export(args: &ExportArgs) -> Result<(), String> {
    let report = draft::load(&args.path).map_err(|e| e.to_string())?;
    let options = ExportOptions {
        format: args.format.into(),
        indent: !args.no_indent,
        line_ending: if args.crlf {
            LineEnding::CrLf
        } else {
            LineEnding::Lf
        },
        signature: !args.no_signature,
        ..ExportOptions::default()
    };
    let out = export::write(&report, &options)?;
    match &args.output {
        Some(path) => draft::write_atomic(path, &out).map_err(|e| e.to_string()),
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(&out)
                .and_then(|()| stdout.flush())
                .map_err(|e| format!("无法写到标准输出：{e}。"))
        }
    }
}
