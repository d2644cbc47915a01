//! The icon and version information (from Cargo.toml) embedded in the .exe when the target is
//! Windows, whatever the host: a native Windows build uses rc.exe or windres, a cross build from
//! Linux mingw's `x86_64-w64-mingw32-windres`. For other targets nothing is done.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=assets/icons/work-summary.ico");
    // The target, not the host: `cfg(windows)` in a build script describes the machine that
    // builds, so a cross-built .exe would get no resources.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows_resources();
    }
}

/// winresource fills the version fields from the CARGO_PKG_* variables, writes a UTF-8 .rc file
/// (`#pragma code_page(65001)`) and compiles it; when cross-compiling from Linux it calls the
/// resource compiler with the target's prefix (`x86_64-w64-mingw32-windres`).
fn windows_resources() {
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icons/work-summary.ico")
        .set("ProductName", "工作总结编辑器 (work-summary)")
        // Explorer and Task Manager show the FileDescription as the program's name.
        .set("FileDescription", "工作总结编辑器")
        .set("CompanyName", "work-summary developers")
        .set("LegalCopyright", "MIT OR Apache-2.0");
    if let Err(err) = res.compile() {
        // A missing resource compiler costs the icon, not the build; the Windows CI checks
        // that the resources are there (scripts/windows-test.sh).
        println!("cargo::warning=no icon or version information in the .exe: {err}");
    }
}
