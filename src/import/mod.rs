//! Import: text (UTF-8, UTF-16, GB18030/GBK) and DOCX into a structured report, with a list of
//! the web junk that was removed. Text is kept as written; only numbering markers become
//! structure (export writes them again in their official forms).

pub mod decode;
pub mod docx;
pub mod junk;
pub mod structure;

use crate::i18n::Text;
use crate::model::Report;
use std::path::{Path, PathBuf};

/// What an import produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub report: Report,
    /// Lines removed as web junk (page furniture, "下面是小编…", link lists…), as they were,
    /// and the decorations cut from the title (".doc", "（精选8篇）").
    pub removed: Vec<String>,
    /// The encoding the text was read in (e.g. "UTF-8", "GBK"), or "DOCX".
    pub source: String,
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
}

impl ImportError {
    pub fn text(&self) -> Text {
        match self {
            Self::Read { path, source } => {
                Text::tr("无法读取“{}”：{}。", &[&path.display(), source])
            }
            Self::Unreadable { path, reason } => Text::tr_lang("“{}”{}。", |l| {
                vec![path.display().to_string(), reason.get(l).to_owned()]
            }),
        }
    }
}

/// Files larger than this are not summaries.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// How an import treats the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Remove nothing as junk (for the rare page where the scoring is wrong); the text is
    /// still read into title, sections and items.
    pub keep_junk: bool,
}

/// Import a .txt or .docx file (by content: a ZIP package is read as DOCX).
pub fn import_file(path: &Path) -> Result<Imported, ImportError> {
    import_file_with(path, ImportOptions::default())
}

/// [`import_file`] with options.
pub fn import_file_with(path: &Path, options: ImportOptions) -> Result<Imported, ImportError> {
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
    import_bytes_with(&bytes, options).map_err(|reason| ImportError::Unreadable {
        path: path.to_path_buf(),
        reason,
    })
}

/// Import from the bytes of a file. The error is the reason, for the caller to prefix with
/// the file name.
pub fn import_bytes(bytes: &[u8]) -> Result<Imported, Text> {
    import_bytes_with(bytes, ImportOptions::default())
}

/// [`import_bytes`] with options.
pub fn import_bytes_with(bytes: &[u8], options: ImportOptions) -> Result<Imported, Text> {
    if bytes.starts_with(b"PK\x03\x04") {
        let paragraphs = docx::paragraphs(bytes)?;
        let (report, removed) = structure::parse_with(&paragraphs.join("\n"), options.keep_junk);
        return Ok(Imported {
            report,
            removed,
            source: "DOCX".to_owned(),
        });
    }
    let (text, encoding) = decode::decode(bytes)?;
    Ok(import_text_as(&text, encoding, options))
}

/// Import text already in memory (a paste).
pub fn import_text(text: &str) -> Imported {
    import_text_as(text, "UTF-8", ImportOptions::default())
}

/// [`import_text`] with options.
pub fn import_text_with(text: &str, options: ImportOptions) -> Imported {
    import_text_as(text, "UTF-8", options)
}

fn import_text_as(text: &str, encoding: &str, options: ImportOptions) -> Imported {
    let (report, removed) = structure::parse_with(text, options.keep_junk);
    Imported {
        report,
        removed,
        source: encoding.to_owned(),
    }
}
