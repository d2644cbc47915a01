//! .doc, .wps, .odt and .rtf (what template sites and colleagues hand out): converted to DOCX
//! by LibreOffice (`soffice --headless --convert-to docx`) when it is installed — on PATH, or
//! in its usual folders — then read as DOCX. Without it, a message says what to install.

use crate::i18n::Text;
use std::path::{Path, PathBuf};
use std::process::Command;

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
    let output = Command::new(&soffice)
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
        .output()
        .map_err(|e| Text::tr("无法启动 LibreOffice（{}：{}）", &[&soffice.display(), &e]))?;
    let docx = out.path().join("input.docx");
    match std::fs::read(&docx) {
        Ok(bytes) => Ok(bytes),
        Err(_) => Err(Text::tr(
            "无法由 LibreOffice 转换（{}）",
            &[&String::from_utf8_lossy(&output.stderr).trim()],
        )),
    }
}
