//! Printing: the PDF goes to a temporary file and from there to the system (the window runs
//! this on a background task, so it never waits). Linux: `lp` (CUPS) when a scheduler answers, else the
//! desktop's PDF viewer (`xdg-open`), whose print dialog takes over. Windows: the shell's
//! "print" verb on the file (the PDF viewer's print command).

use crate::i18n::Text;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// How a print job was handed over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Printed {
    /// Queued with CUPS; the text is what `lp` said (e.g. "request id is HP-12 (1 file(s))").
    Queued(String),
    /// Opened in the PDF viewer, where the user prints it; the temporary file's path.
    Opened(PathBuf),
}

/// What [`print_pdf`] reports: how the job went, or why it failed.
pub type PrintOutcome = Result<Printed, Text>;

/// Print `pdf` on `printer` (a name from [`printers`]; `None` for the default). Blocks until
/// the system has the job (`lp` returned, the viewer started): the window calls it on a
/// job (the app's `ui/jobs.rs`), never on a frame.
pub fn print_pdf(pdf: &[u8], printer: Option<&str>) -> PrintOutcome {
    print_now(pdf, printer)
}

/// Draw the PDF of `pages` (the preview's own, already laid out) and print it.
pub fn print_pages(
    pages: &[super::pages::Page],
    fonts: &super::Fonts,
    printer: Option<&str>,
) -> PrintOutcome {
    super::pdf::write_pages(pages, fonts).and_then(|pdf| print_now(&pdf, printer))
}

/// The printers CUPS knows (`lpstat -e`), in its order; empty without CUPS.
pub fn printers() -> Vec<String> {
    if !cfg!(unix) {
        return Vec::new();
    }
    let output = Command::new("lpstat")
        .arg("-e")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output();
    match output {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether a CUPS scheduler is running (`lpstat -r`).
pub fn cups_available() -> bool {
    cfg!(unix)
        && Command::new("lpstat")
            .arg("-r")
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .is_ok_and(|o| {
                o.status.success() && !String::from_utf8_lossy(&o.stdout).contains("not running")
            })
}

/// The PDF in a temporary file that outlives this call (the viewer reads it later).
fn temp_pdf(pdf: &[u8]) -> Result<PathBuf, Text> {
    let fail = |e: &dyn std::fmt::Display| Text::tr("无法写入打印用的临时文件：{}。", &[e]);
    let mut file = tempfile::Builder::new()
        .prefix("work-summary-")
        .suffix(".pdf")
        .tempfile()
        .map_err(|e| fail(&e))?;
    std::io::Write::write_all(&mut file, pdf).map_err(|e| fail(&e))?;
    let (_, path) = file.keep().map_err(|e| fail(&e))?;
    Ok(path)
}

fn print_now(pdf: &[u8], printer: Option<&str>) -> PrintOutcome {
    let path = temp_pdf(pdf)?;
    if cfg!(windows) {
        return shell_print(&path).map(|()| Printed::Opened(path));
    }
    if cups_available() {
        let queued = lp(&path, printer);
        // CUPS has its own copy once `lp` returns.
        let _ = std::fs::remove_file(&path);
        return queued.map(Printed::Queued);
    }
    open_in_viewer(&path).map(|()| Printed::Opened(path))
}

/// Run a command to its end; its stderr (or the reason it did not start) is the error.
fn run(command: &mut Command, name: &str) -> Result<String, Text> {
    let out = command
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Text::tr("无法运行 {}：{}。", &[&name, &e]))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
    } else {
        let said = String::from_utf8_lossy(&out.stderr).trim().to_owned();
        Err(Text::tr("{} 打印失败：{}", &[&name, &said]))
    }
}

fn lp(path: &Path, printer: Option<&str>) -> Result<String, Text> {
    let mut command = Command::new("lp");
    if let Some(printer) = printer.filter(|p| !p.is_empty()) {
        command.arg("-d").arg(printer);
    }
    command.arg("--").arg(path);
    run(&mut command, "lp")
}

fn open_in_viewer(path: &Path) -> Result<(), Text> {
    match Command::new("xdg-open")
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    {
        // The viewer stays open after this call; xdg-open itself is reaped on a thread.
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
            Ok(())
        }
        Err(_) => Err(Text::tr(
            "没有找到打印机（CUPS），也无法打开 PDF 阅读器。PDF 已保存在“{}”。",
            &[&path.display()],
        )),
    }
}

/// Windows: `Start-Process -Verb Print`, the shell's print verb on the file (what the
/// Explorer's 打印 does: the PDF viewer prints it to the default printer).
fn shell_print(path: &Path) -> Result<(), Text> {
    // A PowerShell single-quoted string: quotes doubled, nothing else interpreted.
    let quoted = path.display().to_string().replace('\'', "''");
    let script = format!("Start-Process -FilePath '{quoted}' -Verb Print");
    run(
        Command::new("powershell")
            .args(["-NoProfile", "-NonInteractive", "-Command"])
            .arg(script),
        "powershell",
    )
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_temporary_pdf_holds_the_bytes_and_stays() {
        let path = temp_pdf(b"%PDF-1.7 test").expect("written");
        assert_eq!(std::fs::read(&path).expect("read"), b"%PDF-1.7 test");
        assert!(path.extension().is_some_and(|e| e == "pdf"));
        std::fs::remove_file(path).expect("removed");
    }

    #[test]
    fn printers_never_fail_without_cups() {
        // No scheduler here or there: an empty list, never an error or a hang.
        let _ = printers();
    }
}
