//! .doc, .wps, .odt and .rtf (what template sites and colleagues hand out): converted to DOCX
//! by LibreOffice (`soffice --headless --convert-to docx`) when it is installed — on PATH, or
//! in its usual folders — then read as DOCX. Without it, a message says what to install.

use crate::i18n::Text;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};

/// Where LibreOffice's `soffice` is: the `WORK_SUMMARY_SOFFICE` variable, PATH, or the
/// usual install folders.
pub fn soffice() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("WORK_SUMMARY_SOFFICE") {
        let path = PathBuf::from(path);
        return path.is_file().then_some(path);
    }
    let names: &[&str] = if cfg!(windows) {
        &["soffice.exe", "soffice.com"]
    } else {
        &["soffice", "libreoffice"]
    };
    if let Some(paths) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&paths) {
            for name in names {
                let candidate = dir.join(name);
                if candidate.is_file() {
                    return Some(candidate);
                }
            }
        }
    }
    let usual: &[&str] = if cfg!(windows) {
        &[
            r"C:\Program Files\LibreOffice\program\soffice.exe",
            r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
        ]
    } else if cfg!(target_os = "macos") {
        &["/Applications/LibreOffice.app/Contents/MacOS/soffice"]
    } else {
        &[
            "/usr/lib/libreoffice/program/soffice",
            "/opt/libreoffice/program/soffice",
        ]
    };
    usual.iter().map(PathBuf::from).find(|p| p.is_file())
}

/// How long a conversion may take: 60 seconds (a large file takes a few), or
/// `WORK_SUMMARY_CONVERT_SECONDS`.
fn time_limit() -> std::time::Duration {
    let seconds = std::env::var("WORK_SUMMARY_CONVERT_SECONDS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .filter(|s| *s > 0)
        .unwrap_or(60);
    std::time::Duration::from_secs(seconds)
}

/// End a converter that ran past the limit, with the helpers of its process group.
fn stop(child: &mut std::process::Child) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if let Ok(pid) = i32::try_from(child.id()) {
        // SAFETY: a signal to the process group the converter was started in, alone.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// "Word 97–2003 (.doc, via LibreOffice)" and the like, for the import's source.
pub fn source_name(path: &Path) -> String {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("doc")
        .to_ascii_lowercase();
    format!(".{ext} → DOCX (LibreOffice)")
}

/// The file converted to DOCX bytes.
pub fn to_docx(path: &Path) -> Result<Vec<u8>, Text> {
    to_docx_until(path, &AtomicBool::new(false))
}

/// [`to_docx`], stopped (the converter with its process group) as soon as `cancel` is set:
/// the window's 取消 during an import.
pub fn to_docx_until(path: &Path, cancel: &AtomicBool) -> Result<Vec<u8>, Text> {
    let Some(soffice) = soffice() else {
        return Err(Text::tr(
            "需要 LibreOffice 才能导入（.doc、.wps、.odt 由它转换）：请安装 LibreOffice（libreoffice.org，或 Debian/Ubuntu 上 apt install libreoffice-writer）后再试，或在 WPS/Word 中另存为 .docx",
            &[],
        ));
    };
    let out = tempfile::tempdir().map_err(|e| Text::tr("无法建立临时文件夹（{}）", &[&e]))?;
    // Its own profile, so a LibreOffice window the user has open does not swallow the call.
    let profile = out.path().join("profile");
    let profile_url = format!(
        "file://{}",
        profile.display().to_string().replace('\\', "/")
    );
    let profile_url = if cfg!(windows) {
        profile_url.replacen("file://", "file:///", 1)
    } else {
        profile_url
    };
    // A copy with a plain ASCII name: soffice names its output after the input.
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("doc");
    let input = out.path().join(format!("input.{ext}"));
    std::fs::copy(path, &input).map_err(|e| Text::tr("无法复制到临时文件夹（{}）", &[&e]))?;
    // Its messages into files (a pipe nobody reads could fill and stall it).
    let log = |name: &str| std::fs::File::create(out.path().join(name)).ok();
    let mut command = Command::new(&soffice);
    command
        .arg(format!("-env:UserInstallation={profile_url}"))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "docx",
            "--outdir",
        ])
        .arg(out.path())
        .arg(&input)
        .stdin(std::process::Stdio::null());
    if let (Some(o), Some(e)) = (log("stdout.txt"), log("stderr.txt")) {
        command.stdout(o).stderr(e);
    }
    // Its own process group, so that a converter stopped at the time limit takes its helpers
    // (soffice.bin) with it.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command
        .spawn()
        .map_err(|e| Text::tr("无法启动 LibreOffice（{}：{}）", &[&soffice.display(), &e]))?;
    let limit = time_limit();
    let started = std::time::Instant::now();
    loop {
        if cancel.load(Ordering::Relaxed) {
            stop(&mut child);
            return Err(Text::tr("已取消", &[]));
        }
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if started.elapsed() < limit => {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            _ => {
                stop(&mut child);
                return Err(Text::tr(
                    "LibreOffice 转换超过 {} 秒仍未完成，已停止：文件可能已损坏或设了密码；请在 WPS 或 Word 中另存为 .docx 后再导入",
                    &[&limit.as_secs()],
                ));
            }
        }
    }
    let output_stderr = std::fs::read(out.path().join("stderr.txt")).unwrap_or_default();
    let docx = out.path().join("input.docx");
    match std::fs::read(&docx) {
        Ok(bytes) => Ok(bytes),
        Err(_) => Err(Text::tr(
            "无法由 LibreOffice 转换（{}）",
            &[&String::from_utf8_lossy(&output_stderr).trim()],
        )),
    }
}
