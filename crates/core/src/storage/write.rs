//! Writing a file whole: a temporary file beside the target, flushed to disk, then renamed over
//! it. A failure at any step leaves the old file as it was.
//!
//! Who may read the result: a file the user sees (draft, export) gets what every editor gives,
//! 0666 less the umask when new and the old file's mode when replaced; the app's own files
//! (recovery copies, settings) are private, 0600, whatever was there before.

use crate::i18n::Text;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Who may read the written file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// The user's own documents: 0666 less the umask, or the mode of the file replaced.
    Shared,
    /// The app's own files: the owner only (0600).
    Private,
}

/// Why a whole-file write failed; the old file is as it was in every case. Worded by
/// `text()` in either language.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.text().zh)]
pub enum WriteError {
    /// Writing the temporary file, flushing it, or renaming it over the target failed.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Windows: another program (Word, WPS, a sync client, a virus scanner) holds the file.
    InUse {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The target is a folder, a device (/dev/full) or a pipe: never renamed over.
    NotAFile { path: PathBuf },
}

impl WriteError {
    /// The message, in both languages: the file, the cause, and that the old file is as it was.
    pub fn text(&self) -> Text {
        let p = self.path().display();
        match self {
            Self::Io { source, .. } => {
                let reason = Text::io_reason(source);
                Text::tr_lang(
                    "无法保存“{}”：{}。原文件未被改动。",
                    |l| vec![p.to_string(), reason.get(l).to_owned()],
                )
            }
            Self::InUse { source, .. } => Text::tr(
                "无法保存“{}”：另一个程序（如 Word、WPS、网盘同步或杀毒软件）可能正打开着这个文件（{}）。请关闭它后再保存。原文件未被改动。",
                &[&p, source],
            ),
            Self::NotAFile { .. } => Text::tr(
                "无法保存“{}”：它不是普通文件（是文件夹或设备）。原文件未被改动。",
                &[&p],
            ),
        }
    }

    /// The file that was being written.
    pub fn path(&self) -> &Path {
        match self {
            Self::Io { path, .. } | Self::InUse { path, .. } | Self::NotAFile { path } => path,
        }
    }
}

/// Write one of the user's files (an export, a comparison, the word list) whole, without a
/// backup.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    replace(path, bytes, None, Access::Shared)
}

/// Write one of the app's own files (a recovery copy, the settings) whole, readable by the
/// owner only.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    replace(path, bytes, None, Access::Private)
}

/// Pauses between tries when another program holds the target open (Windows).
const BUSY_PAUSES: [Duration; 4] = [
    Duration::from_millis(100),
    Duration::from_millis(250),
    Duration::from_millis(500),
    Duration::from_millis(1000),
];

/// Write `bytes` to `path`, keeping the old file as `backup` when one is given. On Windows a
/// target held open by Word, WPS, a sync client or a virus scanner is tried again a few times.
pub fn replace(
    path: &Path,
    bytes: &[u8],
    backup: Option<&Path>,
    access: Access,
) -> Result<(), WriteError> {
    let attempt = || replace_once(path, bytes, backup, access);
    retry_while(attempt, is_busy, &BUSY_PAUSES, std::thread::sleep).map_err(|err| match err {
        WriteError::Io { path, source } if is_busy_io(&source) => {
            WriteError::InUse { path, source }
        }
        other => other,
    })
}

/// Run `attempt`; while it fails with an error `busy` accepts, pause and try again.
fn retry_while<T, E>(
    mut attempt: impl FnMut() -> Result<T, E>,
    busy: impl Fn(&E) -> bool,
    pauses: &[Duration],
    mut sleep: impl FnMut(Duration),
) -> Result<T, E> {
    let mut pauses = pauses.iter();
    loop {
        match attempt() {
            Err(err) if busy(&err) => match pauses.next() {
                Some(pause) => sleep(*pause),
                None => return Err(err),
            },
            done => return done,
        }
    }
}

/// Windows' "access denied" (5), "sharing violation" (32) and "lock violation" (33): what a
/// rename over a file another program has open fails with. The same numbers mean other things
/// on Unix, where an open file never blocks a rename.
fn is_busy_io(err: &std::io::Error) -> bool {
    cfg!(windows) && matches!(err.raw_os_error(), Some(5 | 32 | 33))
}

fn is_busy(err: &WriteError) -> bool {
    matches!(err, WriteError::Io { source, .. } if is_busy_io(source))
}

fn replace_once(
    path: &Path,
    bytes: &[u8],
    backup: Option<&Path>,
    access: Access,
) -> Result<(), WriteError> {
    let write_err = |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let old = std::fs::metadata(path).ok();
    if let Some(meta) = &old
        && !meta.is_file()
    {
        // Never rename over a folder, a device (/dev/full) or a pipe.
        return Err(WriteError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    let new_file = temp_copy(&dir, bytes, access).map_err(write_err)?;
    if let Some(meta) = &old {
        if access == Access::Shared {
            // Keep the permissions of the file being replaced.
            let _ = std::fs::set_permissions(new_file.path(), meta.permissions());
        }
        if let Some(backup) = backup {
            // The backup is itself written whole and renamed, so it is never half a file.
            let previous = std::fs::read(path).map_err(write_err)?;
            let bak = temp_copy(&dir, &previous, access).map_err(write_err)?;
            bak.persist(backup).map_err(|e| write_err(e.error))?;
        }
    }
    new_file.persist(path).map_err(|e| write_err(e.error))?;
    sync_dir(&dir);
    Ok(())
}

/// A temporary file in `dir` holding `bytes`, flushed to disk.
fn temp_copy(dir: &Path, bytes: &[u8], access: Access) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".work-summary-").suffix(".tmp");
    // A shared file gets the usual 0666 less the umask (tempfile's default is 0600): a
    // colleague on the same machine or share can read an exported summary.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = match access {
            Access::Shared => 0o666,
            Access::Private => 0o600,
        };
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = access;
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// Make the rename itself durable (Unix); a failure here cannot be acted on, so it is ignored.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn busy_targets_are_tried_again_then_given_up() {
        let mut tries = 0;
        let mut slept = Vec::new();
        let result: Result<(), u32> = retry_while(
            || {
                tries += 1;
                Err(32)
            },
            |e| *e == 32,
            &BUSY_PAUSES,
            |d| slept.push(d),
        );
        assert_eq!(result, Err(32));
        assert_eq!(tries, 1 + BUSY_PAUSES.len());
        assert_eq!(slept, BUSY_PAUSES);

        let mut tries = 0;
        let result: Result<u8, u32> = retry_while(
            || {
                tries += 1;
                if tries < 3 { Err(5) } else { Ok(7) }
            },
            |e| *e == 5,
            &BUSY_PAUSES,
            |_| {},
        );
        assert_eq!(
            (result, tries),
            (Ok(7), 3),
            "succeeds once the other program lets go"
        );

        let mut tries = 0;
        let result: Result<(), u32> = retry_while(
            || {
                tries += 1;
                Err(2)
            },
            |e| *e == 5,
            &BUSY_PAUSES,
            |_| panic!("no pause for other errors"),
        );
        assert_eq!((result, tries), (Err(2), 1));
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).expect("meta").permissions().mode() & 0o777
    }

    #[cfg(unix)]
    #[test]
    fn overwriting_keeps_the_existing_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("shared.txt");
        std::fs::write(&path, "old").expect("write");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        replace(&path, b"new", None, Access::Shared).expect("written");
        assert_eq!(std::fs::read(&path).expect("read"), b"new");
        assert_eq!(mode(&path), 0o640);
    }

    #[cfg(unix)]
    #[test]
    fn private_files_are_0600_new_or_replaced() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("own.ron");
        replace(&path, b"one", None, Access::Private).expect("new");
        assert_eq!(mode(&path), 0o600);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        replace(&path, b"two", None, Access::Private).expect("replaced");
        assert_eq!(mode(&path), 0o600, "a widened mode is not kept");
    }
}
