//! Windows test helper (scripts/windows-test.sh): opens a file with no sharing, as Word and WPS
//! hold the document they edit, and keeps it open for the given seconds. While it holds the
//! file, no other program may replace or delete it; the editor must say so and leave the file
//! as it was. Usage: hold_file FILE SECONDS READY_MARKER
//! (READY_MARKER is created once the file is held.)

#[cfg(windows)]
fn main() -> std::process::ExitCode {
    use std::os::windows::fs::OpenOptionsExt;
    let args: Vec<std::path::PathBuf> = std::env::args_os().skip(1).map(Into::into).collect();
    let [file, seconds, marker] = args.as_slice() else {
        eprintln!("usage: hold_file FILE SECONDS READY_MARKER");
        return std::process::ExitCode::from(2);
    };
    let seconds: u64 = seconds.to_str().and_then(|s| s.parse().ok()).unwrap_or(10);
    // share_mode(0): no FILE_SHARE_READ, _WRITE or _DELETE for anyone else.
    let held = match std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .share_mode(0)
        .open(file)
    {
        Ok(held) => held,
        Err(err) => {
            eprintln!("hold_file: cannot open {}: {err}", file.display());
            return std::process::ExitCode::from(1);
        }
    };
    if let Err(err) = std::fs::write(marker, b"held") {
        eprintln!("hold_file: cannot write {}: {err}", marker.display());
        return std::process::ExitCode::from(1);
    }
    std::thread::sleep(std::time::Duration::from_secs(seconds));
    drop(held);
    std::process::ExitCode::SUCCESS
}

#[cfg(not(windows))]
fn main() -> std::process::ExitCode {
    eprintln!("hold_file is a Windows test helper");
    std::process::ExitCode::from(2)
}
