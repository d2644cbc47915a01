//! The command line: `work-summary [PATH]` opens the editor, subcommands work without a window.

use crate::export::{self, ExportOptions, LineEnding};
use crate::storage::{draft, write};
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
    /// Export a draft as text, Markdown, HTML, DOCX or PDF (to stdout, or to a file with -o).
    Export(ExportArgs),
    /// Import a .txt (UTF-8, UTF-16, GBK) or .docx summary as a draft (RON to stdout, or to a
    /// file with -o). Removed web junk is listed on stderr.
    Import(ImportArgs),
    /// Proofread a draft (.ron), text (.txt) or Word document (.docx). Exit code 0 when clean,
    /// 1 with findings, 2 on error.
    Check(CheckArgs),
    /// Show which installed font prints each part of the page (title, body, headings, page
    /// numbers), and which are stand-ins for missing 公文 fonts.
    Fonts,
    /// Print a draft's page layout: one line per printed line, "page line role text".
    #[command(hide = true)]
    Pages {
        /// The draft (.ron).
        path: PathBuf,
        /// Leave out the signature.
        #[arg(long)]
        no_signature: bool,
    },
    /// Print a draft as the editor's 打印… does: the PDF of its pages to a CUPS printer (`lp`),
    /// or, without CUPS, to the PDF viewer. Prints what CUPS answered (the request id).
    Print {
        /// The draft (.ron).
        path: PathBuf,
        /// The printer (a queue `lpstat -e` lists); the default printer without it.
        #[arg(short = 'd', long)]
        printer: Option<String>,
    },
    /// Compare two drafts (.ron): per section the items kept, changed, added and removed, the
    /// changes inside changed text, and the figures whose value changed. Exit code 0 when
    /// the drafts say the same, 1 when they differ, 2 on error.
    Diff(DiffArgs),
    /// Which of last period's plans and problems (LAST.ron) this draft (THIS.ron) answers:
    /// each with the items that answer it, their strength and shared terms, and the ones left
    /// unanswered. Exit code 0 when every one is answered, 1 when some are not, 2 on error.
    Follow(FollowArgs),
    /// Merge department drafts (.ron) into one draft, section by section, each item tagged
    /// with its source file. The merge report (where every item went) goes to stderr, or to
    /// a file with --report.
    Merge(MergeArgs),
    /// Write a generated draft of about N characters (for benchmarks and load tests).
    #[command(hide = true)]
    Sample {
        /// Characters, e.g. 100000.
        chars: usize,
        /// Where to write the draft.
        #[arg(short, long)]
        output: PathBuf,
    },
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The file to check.
    pub path: PathBuf,
    /// Output: one line per finding, or JSON (see the README for its shape).
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Run only these rules: ids separated by commas (wrong-word,near-word,figure-total …).
    #[arg(long, value_delimiter = ',')]
    pub rules: Option<Vec<String>>,
    /// A word list (one word a line) whose words are never flagged.
    #[arg(long)]
    pub words: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
}

/// What `check` reports in JSON.
#[derive(serde::Serialize)]
struct CheckReport<'a> {
    file: String,
    count: usize,
    findings: Vec<JsonFinding<'a>>,
}

#[derive(serde::Serialize)]
struct JsonFinding<'a> {
    #[serde(flatten)]
    finding: &'a crate::check::Finding,
    location: String,
    message: String,
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The older draft.
    pub old: PathBuf,
    /// The newer draft.
    pub new: PathBuf,
    /// Output: text for a terminal, JSON for scripts, or an HTML report with changes marked.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
    Html,
}

#[derive(Debug, clap::Args)]
pub struct FollowArgs {
    /// Last period's draft, whose plans and problems are followed.
    pub last: PathBuf,
    /// This period's draft.
    pub this: PathBuf,
    /// Output: text for a terminal, JSON for scripts, or an HTML report.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// The drafts to merge, in order.
    #[arg(required = true, num_args = 1..)]
    pub paths: Vec<PathBuf>,
    /// Where to write the merged draft.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Write the merge report to this file instead of standard error.
    #[arg(long)]
    pub report: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The text or DOCX file to import.
    pub path: PathBuf,
    /// Write the draft to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Remove nothing as web junk (for a page where the junk scoring is wrong); the text is
    /// still read into title, sections and items.
    #[arg(long)]
    pub keep_junk: bool,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The draft to export (.ron).
    pub path: PathBuf,
    /// Output format; without it, taken from -o's extension (.txt .md .html .docx .pdf), and
    /// plain text on standard output.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Do not indent paragraphs with two full-width spaces.
    #[arg(long)]
    pub no_indent: bool,
    /// End lines with CRLF (Windows Notepad, some OA systems); the default on Windows.
    #[arg(long, conflicts_with = "lf")]
    pub crlf: bool,
    /// End lines with LF; the default elsewhere.
    #[arg(long)]
    pub lf: bool,
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
    Pdf,
    /// GB/T 33190 fixed layout (信创 desktops' readers).
    Ofd,
}

impl From<Format> for export::Format {
    fn from(f: Format) -> Self {
        match f {
            Format::Text => Self::Text,
            Format::Markdown => Self::Markdown,
            Format::Html => Self::Html,
            Format::Docx => Self::Docx,
            Format::Pdf => Self::Pdf,
            Format::Ofd => Self::Ofd,
        }
    }
}

/// Exit code for bad input or a failed write: one line on stderr says which file and why.
pub const EXIT_ERROR: u8 = 2;

/// Exit code for findings from `check`.
pub const EXIT_FINDINGS: u8 = 1;

/// Run a subcommand. Errors are returned as the one line to print; Ok carries the exit code.
pub fn run(command: Command) -> Result<u8, String> {
    match command {
        Command::Export(args) => export(&args).map(|()| 0),
        Command::Import(args) => import(&args).map(|()| 0),
        Command::Check(args) => check(&args),
        Command::Fonts => fonts(),
        Command::Pages { path, no_signature } => pages(&path, no_signature),
        Command::Print { path, printer } => print(&path, printer),
        Command::Diff(args) => diff(&args),
        Command::Follow(args) => follow(&args),
        Command::Merge(args) => merge(&args).map(|()| 0),
        Command::Sample { chars, output } => {
            draft::save_atomic(&crate::sample::generate(chars), &output)
                .map(|_| 0)
                .map_err(|e| e.to_string())
        }
    }
}

fn check(args: &CheckArgs) -> Result<u8, String> {
    use crate::check;
    let path = &args.path;
    let is_draft = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(draft::EXTENSION));
    let mut options = check::Options::default();
    if let Some(ids) = &args.rules {
        let mut rules = Vec::new();
        for id in ids.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
            rules.push(
                check::Rule::from_id(id).ok_or_else(|| {
                    format!("未知的规则“{id}”。可用的规则：{}。", check::rule_ids())
                })?,
            );
        }
        options = check::Options::only(&rules);
    }
    if let Some(words) = &args.words {
        let text = std::fs::read_to_string(words)
            .map_err(|e| format!("无法读取“{}”：{e}。", words.display()))?;
        options.words = check::WordList::parse(&text);
    }
    let findings = if is_draft {
        check::check_report_with(&draft::load(path).map_err(|e| e.to_string())?, &options)
    } else {
        let bytes =
            std::fs::read(path).map_err(|e| format!("无法读取“{}”：{e}。", path.display()))?;
        let text = if bytes.starts_with(b"PK\x03\x04") {
            crate::import::docx::paragraphs(&bytes)
                .map_err(|r| format!("“{}”{r}。", path.display()))?
                .join("\n")
        } else {
            crate::import::decode::decode(&bytes)
                .map_err(|r| format!("“{}”{r}。", path.display()))?
                .0
        };
        check::check_text_with(&text, &options)
    };
    let out = match args.format {
        CheckFormat::Json => {
            let report = CheckReport {
                file: path.display().to_string(),
                count: findings.len(),
                findings: findings
                    .iter()
                    .map(|f| JsonFinding {
                        finding: f,
                        location: f.place.describe(false),
                        message: f.message(false),
                    })
                    .collect(),
            };
            let mut text = serde_json::to_string_pretty(&report)
                .map_err(|e| format!("无法生成 JSON：{e}。"))?;
            text.push('\n');
            text
        }
        CheckFormat::Human => {
            let mut text = String::new();
            for f in &findings {
                let at = if f.range.end <= f.range.start + 1 {
                    format!("第{}字", f.range.start + 1)
                } else {
                    format!("第{}–{}字", f.range.start + 1, f.range.end)
                };
                text.push_str(&format!(
                    "{}: {} {at} [{}] {}\n",
                    path.display(),
                    f.place.describe(false),
                    f.rule.name(false),
                    f.message(false)
                ));
            }
            text.push_str(&if findings.is_empty() {
                format!("{}: 没有发现问题。\n", path.display())
            } else {
                format!("{}: 共 {} 处。\n", path.display(), findings.len())
            });
            text
        }
    };
    write_stdout(out.as_bytes())?;
    Ok(if findings.is_empty() {
        0
    } else {
        EXIT_FINDINGS
    })
}

fn fonts() -> Result<u8, String> {
    let mut out = String::new();
    for (role, choice) in export::fonts::font_report(&export::Fonts::default()) {
        out.push_str(&export::fonts::describe(
            role,
            choice.as_ref(),
            crate::i18n::Lang::Zh,
        ));
        out.push('\n');
    }
    write_stdout(out.as_bytes()).map(|()| 0)
}

/// The layout as text, for the page-agreement scripts: `page<TAB>line<TAB>role<TAB>text`.
fn pages(path: &std::path::Path, no_signature: bool) -> Result<u8, String> {
    let report = draft::load(path).map_err(|e| e.to_string())?;
    let options = ExportOptions {
        signature: !no_signature,
        ..ExportOptions::default()
    };
    let mut out = String::new();
    for page in export::pages::paginate(&report, &options) {
        for (n, line) in page.lines.iter().enumerate() {
            out.push_str(&format!(
                "{}\t{}\t{:?}\t{}\n",
                page.number,
                n + 1,
                line.role,
                line.text
            ));
        }
    }
    write_stdout(out.as_bytes()).map(|()| 0)
}

fn diff(args: &DiffArgs) -> Result<u8, String> {
    use crate::compare::{diff, render};
    use crate::i18n::Lang;
    let old = draft::load(&args.old).map_err(|e| e.to_string())?;
    let new = draft::load(&args.new).map_err(|e| e.to_string())?;
    let result = diff::diff(&old, &new);
    let (a, b) = (
        args.old.display().to_string(),
        args.new.display().to_string(),
    );
    let out = match args.format {
        DiffFormat::Text => render::text(&result, &a, &b, Lang::Zh),
        DiffFormat::Json => render::json(&result, &a, &b),
        DiffFormat::Html => render::html(&result, &a, &b, Lang::Zh),
    };
    match &args.output {
        Some(path) => write::write_file(path, out.as_bytes()).map_err(|e| e.to_string())?,
        None => write_stdout(out.as_bytes())?,
    }
    Ok(if result.is_empty() { 0 } else { EXIT_FINDINGS })
}

fn print(path: &std::path::Path, printer: Option<String>) -> Result<u8, String> {
    use crate::export::print::{self, Printed};
    let report = draft::load(path).map_err(|e| e.to_string())?;
    let options = ExportOptions {
        format: export::Format::Pdf,
        ..ExportOptions::default()
    };
    let pdf = export::write(&report, &options).map_err(|t| t.zh)?;
    match print::print_pdf(&pdf, printer.as_deref()).map_err(|t| t.zh)? {
        Printed::Queued(said) => println!("{said}"),
        Printed::Opened(file) => {
            println!("已在 PDF 阅读器中打开“{}”，请从那里打印。", file.display())
        }
    }
    Ok(0)
}

fn follow(args: &FollowArgs) -> Result<u8, String> {
    use crate::compare::{follow, follow_render as render};
    use crate::i18n::Lang;
    let last = draft::load(&args.last).map_err(|e| e.to_string())?;
    let this = draft::load(&args.this).map_err(|e| e.to_string())?;
    let result = follow::follow_through(&last, &this);
    let (a, b) = (
        args.last.display().to_string(),
        args.this.display().to_string(),
    );
    let out = match args.format {
        DiffFormat::Text => render::text(&result, &a, &b, Lang::Zh),
        DiffFormat::Json => render::json(&result, &a, &b, &this),
        DiffFormat::Html => render::html(&result, &a, &b, Lang::Zh),
    };
    match &args.output {
        Some(path) => write::write_file(path, out.as_bytes()).map_err(|e| e.to_string())?,
        None => write_stdout(out.as_bytes())?,
    }
    Ok(if result.unanswered().next().is_none() {
        0
    } else {
        EXIT_FINDINGS
    })
}

fn merge(args: &MergeArgs) -> Result<(), String> {
    use crate::compare::merge::{self, MergeInput};
    let mut drafts = Vec::new();
    for path in &args.paths {
        let report = draft::load(path).map_err(|e| e.to_string())?;
        let name = path.file_stem().map_or_else(
            || path.display().to_string(),
            |s| s.to_string_lossy().into_owned(),
        );
        drafts.push((name, report));
    }
    let inputs: Vec<MergeInput<'_>> = drafts
        .iter()
        .map(|(name, report)| MergeInput {
            name: name.clone(),
            report,
        })
        .collect();
    let merged = merge::merge(&inputs);
    draft::save_atomic(&merged.report, &args.output).map_err(|e| e.to_string())?;
    let log = merge::log_text(&merged.log, crate::i18n::Lang::Zh);
    match &args.report {
        Some(path) => write::write_file(path, log.as_bytes()).map_err(|e| e.to_string()),
        None => {
            eprint!("{log}");
            Ok(())
        }
    }
}

fn import(args: &ImportArgs) -> Result<(), String> {
    let options = crate::import::ImportOptions {
        keep_junk: args.keep_junk,
        ..Default::default()
    };
    let imported =
        crate::import::import_file_with(&args.path, options).map_err(|e| e.to_string())?;
    let lang = crate::i18n::Lang::Zh;
    for note in &imported.notes {
        eprintln!("{}", note.get(lang));
    }
    for removed in &imported.removed {
        eprintln!(
            "{}",
            crate::i18n::trf(
                lang,
                "已删除（第 {} 行，{}）：{}",
                &[&removed.line, &removed.why.text().get(lang), &removed.text]
            )
        );
    }
    for suspect in &imported.suspects {
        eprintln!(
            "{}",
            crate::i18n::trf(
                lang,
                "可能是网页杂项，已保留（第 {} 行，{}）：{}",
                &[&suspect.line, &suspect.why.text().get(lang), &suspect.text]
            )
        );
    }
    let text = draft::to_string(&imported.report);
    match &args.output {
        Some(path) => write::write_file(path, text.as_bytes()).map_err(|e| e.to_string()),
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

impl Format {
    /// The format a file name asks for by its extension, if it names one.
    pub fn of_extension(path: &std::path::Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Self::Text,
            "md" | "markdown" => Self::Markdown,
            "html" | "htm" => Self::Html,
            "docx" => Self::Docx,
            "pdf" => Self::Pdf,
            "ofd" => Self::Ofd,
            _ => return None,
        })
    }
}

/// `--format` when given, else -o's extension, else text on standard output; an -o whose
/// extension names no format is refused (a .odt full of plain text helps nobody).
fn export_format(args: &ExportArgs) -> Result<Format, String> {
    if let Some(format) = args.format {
        return Ok(format);
    }
    let Some(path) = &args.output else {
        return Ok(Format::Text);
    };
    Format::of_extension(path).ok_or_else(|| {
        crate::i18n::trf(
            crate::i18n::Lang::Zh,
            "不知道以什么格式写 {}：请用扩展名 .txt、.md、.html、.docx、.pdf 或 .ofd，或用 --format 指定（text、markdown、html、docx、pdf、ofd）。",
            &[&path.display()],
        )
    })
}

fn export(args: &ExportArgs) -> Result<(), String> {
    let format = export_format(args)?;
    let report = draft::load(&args.path).map_err(|e| e.to_string())?;
    let options = ExportOptions {
        format: format.into(),
        indent: !args.no_indent,
        // The system's own unless asked: the same default as the window's export.
        line_ending: match (args.crlf, args.lf) {
            (true, _) => LineEnding::CrLf,
            (_, true) => LineEnding::Lf,
            _ => LineEnding::NATIVE,
        },
        signature: !args.no_signature,
        ..ExportOptions::default()
    };
    let out = export::write(&report, &options).map_err(|t| t.zh)?;
    // A PDF embeds the faces it was drawn with: say which were stand-ins for the official ones.
    if matches!(format, Format::Pdf | Format::Ofd)
        && let Some(note) = export::fonts::stand_ins(&options.fonts)
    {
        eprintln!("{}", note.zh);
    }
    match &args.output {
        Some(path) => write::write_file(path, &out).map_err(|e| e.to_string()),
        None => write_stdout(&out),
    }
}
