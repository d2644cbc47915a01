//! Import: text (UTF-8, UTF-16, GB18030/GBK) and DOCX into a structured report, with a list of
//! the web junk that was removed. Text is kept as written; only numbering markers become
//! structure (export writes them again in their official forms).

pub mod decode;
pub mod docx;
pub mod html;
pub mod junk;
pub mod markdown;
pub mod office;
pub mod structure;

use crate::i18n::Text;
use crate::model::Report;
use std::path::{Path, PathBuf};

/// What an import produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub report: Report,
    /// Lines removed as web junk (page furniture, "下面是小编…", link lists…), as they were,
    /// and the decorations cut from the title (".doc", "（精选8篇）"), each with its reason and
    /// place.
    pub removed: Vec<Removed>,
    /// The encoding the text was read in (e.g. "UTF-8", "GBK"), or "DOCX", "HTML"….
    pub source: String,
    /// The text the structure pass read (after decoding, DOCX, HTML or Markdown), so that a
    /// removed line can be kept by reading it again ([`Imported::keeping`]).
    pub text: String,
    /// Lines kept inside the summary that look like site furniture (可能是网页杂项): the user
    /// may delete each with one click ([`Imported::dropping`]).
    pub suspects: Vec<Removed>,
    /// Things the user should know about the file (a DOCX with unaccepted tracked changes).
    pub notes: Vec<Text>,
    forced: Vec<(usize, junk::Why)>,
    protected: Vec<usize>,
    title: Option<String>,
    source_lines: Vec<usize>,
    options: ImportOptions,
}

/// A line the import removed: its words, why, and where it stood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    pub text: String,
    pub why: junk::Why,
    /// The line of the text read (1-based) it was, or was part of.
    pub line: usize,
    /// Its index among the pieces the structure pass read: the key to keep it.
    pub at: usize,
}

impl Imported {
    /// The words of the removed lines, in order.
    pub fn removed_lines(&self) -> Vec<&str> {
        self.removed.iter().map(|r| r.text.as_str()).collect()
    }

    /// The same import with the removed line `at` kept where it stood (the text is read
    /// again, so it lands in the part it belongs to).
    pub fn keeping(&self, at: usize) -> Imported {
        let mut options = self.options.clone();
        if !options.keep.contains(&at) {
            options.keep.push(at);
        }
        options.drop.retain(|d| *d != at);
        self.again(options)
    }

    /// The same import with the kept line `at` (a suspect) deleted after all.
    pub fn dropping(&self, at: usize) -> Imported {
        let mut options = self.options.clone();
        if !options.drop.contains(&at) {
            options.drop.push(at);
        }
        options.keep.retain(|k| *k != at);
        self.again(options)
    }

    fn again(&self, options: ImportOptions) -> Imported {
        let prepared = Prepared {
            text: self.text.clone(),
            forced: self.forced.clone(),
            protected: self.protected.clone(),
            title: self.title.clone(),
            notes: self.notes.clone(),
            source_lines: self.source_lines.clone(),
        };
        finish(prepared, self.source.clone(), options)
    }
}

/// Why a file could not be imported: the kind, worded by `text()` in either language.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.text().zh)]
pub enum ImportError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// `reason` continues the file's name: “a.txt” 是二进制文件….
    Unreadable { path: PathBuf, reason: Text },
    /// The user stopped the import (a LibreOffice conversion) before it was done.
    Cancelled { path: PathBuf },
}

impl ImportError {
    pub fn text(&self) -> Text {
        match self {
            Self::Read { path, source } => {
                let reason = Text::io_reason(source);
                Text::tr_lang("无法读取“{}”：{}。", |l| {
                    vec![path.display().to_string(), reason.get(l).to_owned()]
                })
            }
            Self::Unreadable { path, reason } => Text::tr_lang("“{}”{}。", |l| {
                vec![path.display().to_string(), reason.get(l).to_owned()]
            }),
            Self::Cancelled { path } => Text::tr("已取消导入“{}”。", &[&path.display()]),
        }
    }
}

/// Files larger than this are not summaries.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// How an import treats the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Remove nothing as junk (for the rare page where the scoring is wrong); the text is
    /// still read into title, sections and items.
    pub keep_junk: bool,
    /// Pieces ([`Removed::at`]) the user chose to keep.
    pub keep: Vec<usize>,
    /// Pieces the user chose to delete (kept lines that looked like site furniture).
    pub drop: Vec<usize>,
    /// The file's name, when it reads as a summary's title (年度总结.docx): the title of a
    /// text that has none of its own, said in the import's notes. Set by [`import_file`].
    pub file_title: Option<String>,
}

/// What a file is, by its extension first and its content second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Docx,
    Markdown,
    Html,
    /// .doc, .wps, .odt, .rtf: converted to DOCX by LibreOffice.
    Office,
}

impl Format {
    /// The format of `bytes` named `path` (the extension decides where it is known).
    pub fn of(path: Option<&Path>, bytes: &[u8]) -> Self {
        let ext = path
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("md" | "markdown" | "mdown") => return Self::Markdown,
            // A page with no tag at all is text that was given the name of a page.
            Some("html" | "htm" | "xhtml") if has_tags(bytes) => return Self::Html,
            Some("html" | "htm" | "xhtml") => return Self::Text,
            Some("doc" | "wps" | "odt" | "rtf" | "wpt" | "dot") => return Self::Office,
            Some("docx" | "docm") => return Self::Docx,
            _ => {}
        }
        if bytes.starts_with(b"PK\x03\x04") {
            // An OpenDocument package names its type first; anything else zipped is a DOCX.
            if bytes.len() > 38 && bytes[30..38] == *b"mimetype" {
                return Self::Office;
            }
            return Self::Docx;
        }
        if bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) || bytes.starts_with(b"{\\rtf") {
            return Self::Office;
        }
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
        let head = head.trim_start_matches('\u{feff}').trim_start();
        if head.starts_with("<!doctype html") || head.starts_with("<html") {
            return Self::Html;
        }
        Self::Text
    }
}

/// Does the text hold an HTML tag (`<p`, `</div>`, `<br>`, `<!--`)?
fn has_tags(bytes: &[u8]) -> bool {
    bytes
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

/// Import a file: text, DOCX, Markdown, HTML, or (through LibreOffice) .doc, .wps, .odt.
pub fn import_file(path: &Path) -> Result<Imported, ImportError> {
    import_file_with(path, ImportOptions::default())
}

/// [`import_file`] with options.
pub fn import_file_with(path: &Path, options: ImportOptions) -> Result<Imported, ImportError> {
    import_file_until(path, options, &std::sync::atomic::AtomicBool::new(false))
}

/// [`import_file_with`] that the user can stop: when `cancel` is set, a LibreOffice
/// conversion is stopped with its helpers and the import ends as [`ImportError::Cancelled`].
pub fn import_file_until(
    path: &Path,
    options: ImportOptions,
    cancel: &std::sync::atomic::AtomicBool,
) -> Result<Imported, ImportError> {
    let read_err = |source| ImportError::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(read_err)?;
    if meta.len() > MAX_BYTES {
        return Err(ImportError::Unreadable {
            path: path.to_path_buf(),
            reason: Text::tr("有 {} 字节，太大，不像一份工作总结", &[&meta.len()]),
        });
    }
    let bytes = std::fs::read(path).map_err(read_err)?;
    let mut options = options;
    if options.file_title.is_none() {
        options.file_title = title_of_file_name(path);
    }
    let unreadable = |reason| ImportError::Unreadable {
        path: path.to_path_buf(),
        reason,
    };
    let format = Format::of(Some(path), &bytes);
    // Word saves a document with a password as an encrypted OLE container, whatever its
    // extension; no converter opens it without the password.
    if format != Format::Text && is_encrypted_office(&bytes) {
        return Err(unreadable(Text::tr(
            "是加密（设了密码）的 Word 文档：请在 Word 或 WPS 中取消密码、另存为 .docx 后再导入",
            &[],
        )));
    }
    match format {
        Format::Office => {
            let docx = office::to_docx_until(path, cancel).map_err(|reason| {
                if cancel.load(std::sync::atomic::Ordering::Relaxed) {
                    ImportError::Cancelled {
                        path: path.to_path_buf(),
                    }
                } else {
                    unreadable(reason)
                }
            })?;
            let mut imported = import_as(&docx, Format::Docx, options).map_err(unreadable)?;
            imported.source = office::source_name(path);
            Ok(imported)
        }
        format => import_as(&bytes, format, options).map_err(unreadable),
    }
}

/// An OLE compound file holding an encrypted OOXML package (the streams EncryptionInfo and
/// EncryptedPackage, named in UTF-16 in its directory).
fn is_encrypted_office(bytes: &[u8]) -> bool {
    if !bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) {
        return false;
    }
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    bytes.windows(name.len()).any(|w| w == name.as_slice())
}

/// Import from the bytes of a file. The error is the reason, for the caller to prefix with
/// the file name.
pub fn import_bytes(bytes: &[u8]) -> Result<Imported, Text> {
    import_bytes_with(bytes, ImportOptions::default())
}

/// [`import_bytes`] with options (the format by content).
pub fn import_bytes_with(bytes: &[u8], options: ImportOptions) -> Result<Imported, Text> {
    import_as(bytes, Format::of(None, bytes), options)
}

/// What the structure pass reads: the text, the lines a format pass already knows are
/// metadata (1-based line, reason), and notes for the user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prepared {
    pub text: String,
    pub forced: Vec<(usize, junk::Why)>,
    /// Lines that are the author's whatever they look like (a Markdown code block's): never
    /// removed as junk.
    pub protected: Vec<usize>,
    /// The title the format marks as such (a Markdown file's single top heading), if any.
    pub title: Option<String>,
    pub notes: Vec<Text>,
    /// The source line of each line of `text` (Markdown's own lines), for the import report;
    /// empty when they are the same.
    pub source_lines: Vec<usize>,
}

/// Import bytes in a known format.
pub fn import_as(bytes: &[u8], format: Format, options: ImportOptions) -> Result<Imported, Text> {
    let (prepared, source) = match format {
        Format::Docx => (docx::read(bytes)?, "DOCX".to_owned()),
        Format::Office => {
            return Err(Text::tr(
                "是 .doc、.wps 或 .odt 文件，须从文件导入（经 LibreOffice 转换）",
                &[],
            ));
        }
        Format::Html => {
            let (text, _) = decode::decode(bytes)?;
            (html::read(&text)?, "HTML".to_owned())
        }
        Format::Markdown => {
            let (text, encoding) = decode::decode(bytes)?;
            (markdown::read(&text), format!("Markdown, {encoding}"))
        }
        Format::Text => {
            let (text, encoding) = decode::decode(bytes)?;
            // Markdown saved as .txt (a blog post, notes): read by its content.
            if markdown::looks_like(&text) {
                (markdown::read(&text), format!("Markdown, {encoding}"))
            } else {
                (
                    Prepared {
                        text,
                        ..Prepared::default()
                    },
                    encoding.to_owned(),
                )
            }
        }
    };
    Ok(finish(prepared, source, options))
}

/// Import text already in memory (a paste).
pub fn import_text(text: &str) -> Imported {
    import_text_with(text, ImportOptions::default())
}

/// [`import_text`] with options.
pub fn import_text_with(text: &str, options: ImportOptions) -> Imported {
    let prepared = if markdown::looks_like(text) {
        markdown::read(text)
    } else {
        Prepared {
            text: text.to_owned(),
            ..Prepared::default()
        }
    };
    finish(prepared, "UTF-8".to_owned(), options)
}

/// Import the `text/html` a browser puts on the clipboard (粘贴为新草稿 from a page).
pub fn import_html(html: &str) -> Result<Imported, Text> {
    Ok(finish(
        html::read(html)?,
        "HTML".to_owned(),
        ImportOptions::default(),
    ))
}

/// Words a file name holds when it names a summary (工作总结.docx, 周报.txt, 述职报告.doc).
const SUMMARY_NAME_WORDS: [&str; 8] = [
    "总结", "报告", "周报", "月报", "述职", "汇报", "小结", "计划",
];

/// A file's name as a summary's title: its stem without a copy's mark (“ - 副本”, “(1)”), when
/// it holds a word that names a summary and is not a new document's default name
/// (新建 Microsoft Word 文档). Chinese writers name the file after the summary; a text
/// without a title of its own (a weekly log, a .docx whose title was a text box) gets it.
pub fn title_of_file_name(path: &Path) -> Option<String> {
    let mut stem = path.file_stem()?.to_str()?.trim().to_owned();
    loop {
        let before = stem.len();
        for mark in ["副本", "- ", "-", "_", " "] {
            if let Some(rest) = stem.strip_suffix(mark) {
                stem = rest.trim_end().to_owned();
            }
        }
        // A copy's number: “(1)”, “（2）”.
        for (open, close) in [('(', ')'), ('（', '）')] {
            if stem.ends_with(close)
                && let Some(at) = stem.rfind(open)
                && stem[at + open.len_utf8()..stem.len() - close.len_utf8()]
                    .chars()
                    .all(|c| c.is_ascii_digit())
            {
                stem.truncate(at);
                stem = stem.trim_end().to_owned();
            }
        }
        if stem.len() == before {
            break;
        }
    }
    // A running number in front ("03_周报", "1.年度总结"); a year ("2024年度总结") stays.
    let digits = stem.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits)
        && let Some(rest) = stem[digits..].strip_prefix(['_', '-', '.', ' ', '、'])
    {
        stem = rest.trim_start().to_owned();
    }
    let chars = stem.chars().count();
    ((2..=40).contains(&chars)
        && !stem.starts_with("新建")
        && SUMMARY_NAME_WORDS.iter().any(|w| stem.contains(w)))
    .then_some(stem)
}

fn finish(prepared: Prepared, source: String, options: ImportOptions) -> Imported {
    let (mut report, removed, suspects) = structure::parse_prepared(&prepared, &options);
    let mut notes = prepared.notes;
    if report.title.trim().is_empty()
        && let Some(name) = &options.file_title
    {
        report.title = name.clone();
        notes.push(Text::tr(
            "文中没有标题：标题取自文件名“{}”，请核对。",
            &[name],
        ));
    }
    Imported {
        report,
        removed,
        suspects,
        source,
        text: prepared.text,
        notes,
        forced: prepared.forced,
        protected: prepared.protected,
        title: prepared.title,
        source_lines: prepared.source_lines,
        options,
    }
}
