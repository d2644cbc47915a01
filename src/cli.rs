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
    /// Import a .txt (UTF-8, UTF-16, GBK) or .docx summary as a draft (RON to stdout, or to a
    /// file with -o). Removed web junk is listed on stderr.
    Import(ImportArgs),
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The text or DOCX file to import.
    pub path: PathBuf,
    /// Write the draft to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
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
        Command::Import(args) => import(&args),
    }
}

fn import(args: &ImportArgs) -> Result<(), String> {
    let imported = crate::import::import_file(&args.path).map_err(|e| e.to_string())?;
    for line in &imported.removed {
        eprintln!("已删除：{line}");
    }
    let text = draft::to_string(&imported.report);
    match &args.output {
        Some(path) => draft::write_atomic(path, text.as_bytes()).map_err(|e| e.to_string()),
        None => write_stdout(text.as_bytes()),
    }
}

fn write_stdout(bytes: &[u8]) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(|e| format!("无法写到标准输出：{e}。"))
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
        None => write_stdout(&out),
    }
}
