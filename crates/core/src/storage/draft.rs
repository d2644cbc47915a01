//! The draft file: a report in RON inside a versioned envelope, saved atomically.
//!
//! ```text
//! (
//!     format: "work-summary-draft",
//!     version: 2,
//!     report: ( title: "…", intro: ["…"], sections: [ … ], … ),
//! )
//! ```

use super::write::{self, Access};
use crate::i18n::Text;
use crate::model::Report;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The `format` name every draft carries.
pub const FORMAT: &str = "work-summary-draft";
/// The newest draft version this build reads and the one it writes. Version 2 added the
/// report's `attachments` and `reference`, and the items' `run_in`, `source` and `hint`;
/// version-1 drafts (which have none of them) load as they are, every new field taking its
/// default.
pub const VERSION: u32 = 2;
/// Drafts are a few dozen kilobytes; anything far larger is not one of ours.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;
/// File extension of drafts.
pub const EXTENSION: &str = "ron";

/// Why a draft could not be read or written: the kind, worded by `text()` in either language.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.text().zh)]
pub enum DraftError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Writing the draft failed (the old file is as it was).
    Write(#[from] write::WriteError),
    Empty {
        path: PathBuf,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    NotText {
        path: PathBuf,
    },
    NotDraft {
        path: PathBuf,
        reason: Text,
    },
    NewerVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    Broken {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

impl DraftError {
    /// The message, in both languages.
    pub fn text(&self) -> Text {
        let p = self.path().display();
        match self {
            Self::Read { source, .. } => {
                let reason = Text::io_reason(source);
                Text::tr_lang("无法读取“{}”：{}。", |l| {
                    vec![p.to_string(), reason.get(l).to_owned()]
                })
            }
            Self::Write(err) => err.text(),
            Self::Empty { .. } => Text::tr("“{}”是空文件，不是工作总结草稿。", &[&p]),
            Self::TooLarge { size, limit, .. } => Text::tr(
                "“{}”有 {} 字节，太大，不是工作总结草稿（上限 {} 字节）。",
                &[&p, size, limit],
            ),
            Self::NotText { .. } => Text::tr(
                "“{}”不是文本文件（不是有效的 UTF-8），不是工作总结草稿。",
                &[&p],
            ),
            Self::NotDraft { reason, .. } => {
                Text::tr_lang("“{}”不是工作总结草稿：{}。", |l| {
                    vec![p.to_string(), reason.get(l).to_owned()]
                })
            }
            Self::NewerVersion {
                found, supported, ..
            } => Text::tr(
                "“{}”是更新版本的草稿（格式版本 {}），本程序只能读取版本 {} 及以前的草稿，请升级本程序。",
                &[&p, found, supported],
            ),
            Self::Broken {
                line,
                column,
                message,
                ..
            } => Text::tr_lang(
                "“{}”已损坏，无法读取：第 {} 行第 {} 列，{}。",
                |l| {
                    vec![
                        p.to_string(),
                        line.to_string(),
                        column.to_string(),
                        crate::i18n::tr(l, message).to_owned(),
                    ]
                },
            ),
        }
    }

    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::Write(err) => err.path(),
            Self::Read { path, .. }
            | Self::Empty { path }
            | Self::TooLarge { path, .. }
            | Self::NotText { path }
            | Self::NotDraft { path, .. }
            | Self::NewerVersion { path, .. }
            | Self::Broken { path, .. } => path,
        }
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    recovery: Option<&'a RecoveryInfo>,
    report: &'a Report,
}

/// Written into recovery copies (see `storage::recovery`): where the draft belongs and when
/// the copy was taken. Ordinary drafts do not carry it; older builds ignore it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecoveryInfo {
    /// The user's own file, if the draft had one.
    pub original: Option<PathBuf>,
    /// Seconds since the Unix epoch.
    pub saved_at: u64,
}

/// Read first, before the report, so that a newer or foreign file is named as such instead of
/// failing on a field this version does not know.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: String,
    #[serde(default)]
    version: u32,
}

/// Unknown fields are refused: within one format version they can only be typos or damage,
/// and silently dropping them would lose what they hold at the next save.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u32,
    #[serde(default)]
    recovery: Option<RecoveryInfo>,
    report: Report,
}

/// The draft text for a report: pretty RON, one field per line.
pub fn to_string(report: &Report) -> String {
    to_string_with(report, None)
}

/// The draft text with recovery information (for recovery copies).
pub fn to_string_with(report: &Report, recovery: Option<&RecoveryInfo>) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        version: VERSION,
        recovery,
        report,
    };
    let config = ron::ser::PrettyConfig::new()
        // LF on every system: ron's default is CRLF on Windows, and a draft must be the same
        // bytes whichever system saved it (drafts travel through shared folders and git).
        .new_line("\n")
        .indentor("    ".to_owned())
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        // Text is written as it is (raw strings where it holds quotes or backslashes):
        // readable Chinese in the file, and several times faster than escaping every char.
        .escape_strings(false);
    match ron::ser::to_string_pretty(&envelope, config) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        // The model is plain strings, lists and enums: RON can always write it.
        Err(err) => unreachable!("a report always serializes to RON: {err}"),
    }
}

/// Parse draft text; `path` only names the file in errors.
pub fn from_str(text: &str, path: &Path) -> Result<Report, DraftError> {
    from_str_with(text, path).map(|(report, _)| report)
}

/// Parse draft text, with the recovery information if the text is a recovery copy.
pub fn from_str_with(
    text: &str,
    path: &Path,
) -> Result<(Report, Option<RecoveryInfo>), DraftError> {
    let path_buf = || path.to_path_buf();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(DraftError::Empty { path: path_buf() });
    }
    let header: Header = ron::from_str(text).map_err(|err| {
        // A file that names our format near its start is one of ours, cut short or damaged.
        let head: String = text.chars().take(300).collect();
        if head.contains(&format!("\"{FORMAT}\"")) {
            DraftError::Broken {
                path: path_buf(),
                line: err.span.start.line,
                column: err.span.start.col,
                message: err.code.to_string(),
            }
        } else {
            DraftError::NotDraft {
                path: path_buf(),
                reason: Text::tr(
                    "内容不是草稿格式（第 {} 行第 {} 列：{}）",
                    &[&err.span.start.line, &err.span.start.col, &err.code],
                ),
            }
        }
    })?;
    match header.format.as_str() {
        FORMAT => {}
        "" => {
            return Err(DraftError::NotDraft {
                path: path_buf(),
                reason: Text::tr("缺少格式标记 format", &[]),
            });
        }
        other => {
            return Err(DraftError::NotDraft {
                path: path_buf(),
                reason: Text::tr("文件格式是“{}”，而不是“{}”", &[&other, &FORMAT]),
            });
        }
    }
    match header.version {
        v if v > VERSION => {
            return Err(DraftError::NewerVersion {
                path: path_buf(),
                found: v,
                supported: VERSION,
            });
        }
        0 => {
            return Err(DraftError::NotDraft {
                path: path_buf(),
                reason: Text::tr("缺少版本号 version", &[]),
            });
        }
        _ => {}
    }
    let envelope: EnvelopeIn = ron::from_str(text).map_err(|err| DraftError::Broken {
        path: path_buf(),
        line: err.span.start.line,
        column: err.span.start.col,
        message: err.code.to_string(),
    })?;
    // The parts as saved: an imported draft has only its own (the window adds one on request).
    let report = envelope.report;
    Ok((report, envelope.recovery))
}

/// What a file held when we last read or wrote it, to notice another program changing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    len: u64,
    hash: u64,
}

impl DiskStamp {
    pub fn of_bytes(bytes: &[u8]) -> Self {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Self {
            len: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }

    /// The stamp of the file as it is now; `None` when it does not exist.
    pub fn of_file(path: &Path) -> std::io::Result<Option<Self>> {
        match std::fs::read(path) {
            Ok(bytes) => Ok(Some(Self::of_bytes(&bytes))),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(err),
        }
    }
}

/// Load a draft from disk, checking its size before reading it.
pub fn load(path: &Path) -> Result<Report, DraftError> {
    load_full(path).map(|loaded| loaded.report)
}

/// A draft as read from disk.
pub struct Loaded {
    pub report: Report,
    pub recovery: Option<RecoveryInfo>,
    pub stamp: DiskStamp,
}

pub fn load_full(path: &Path) -> Result<Loaded, DraftError> {
    let read_err = |source| DraftError::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(read_err)?;
    if meta.is_dir() {
        return Err(DraftError::NotDraft {
            path: path.to_path_buf(),
            reason: Text::tr("这是一个文件夹", &[]),
        });
    }
    if meta.len() > MAX_BYTES {
        return Err(DraftError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit: MAX_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(read_err)?;
    from_bytes(&bytes, path)
}

/// Parse a draft from raw bytes (what the file holds); `path` only names it in errors.
pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Loaded, DraftError> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(DraftError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: MAX_BYTES,
        });
    }
    let stamp = DiskStamp::of_bytes(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        // Cut off inside a character: a draft that was truncated, not a binary file.
        Err(err) if err.error_len().is_none() && err.valid_up_to() > 0 => {
            let prefix = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
            from_str_with(prefix, path)?;
            let line = prefix.lines().count().max(1);
            return Err(DraftError::Broken {
                path: path.to_path_buf(),
                line,
                column: prefix.lines().last().map_or(1, |l| l.chars().count() + 1),
                message: "文件在一个字的中间被截断".to_owned(),
            });
        }
        Err(_) => {
            return Err(DraftError::NotText {
                path: path.to_path_buf(),
            });
        }
    };
    let (report, recovery) = from_str_with(text, path)?;
    Ok(Loaded {
        report,
        recovery,
        stamp,
    })
}

/// The backup kept beside a draft: `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Save atomically: write a temporary file beside the target, flush it to disk, keep the old
/// file as `NAME.ron.bak`, then rename the new one over the target. A failure at any step
/// leaves the old file as it was. Returns the stamp of what was written.
pub fn save_atomic(report: &Report, path: &Path) -> Result<DiskStamp, DraftError> {
    let text = to_string(report);
    write::replace(
        path,
        text.as_bytes(),
        Some(&backup_path(path)),
        Access::Shared,
    )?;
    Ok(DiskStamp::of_bytes(text.as_bytes()))
}

#[cfg(test)]
#[path = "draft_tests.rs"]
mod tests;
