//! Windows only: the icon and version information (from Cargo.toml) embedded in the .exe.
//! Elsewhere nothing is done; the build script has no other job.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=assets/icons/work-summary.ico");
    #[cfg(windows)]
    windows_resources();
}

/// winresource is a build dependency on Windows hosts only (see Cargo.toml); it fills the
/// version fields from the CARGO_PKG_* variables, writes a UTF-8 .rc file
/// (`#pragma code_page(65001)`) and compiles it with rc.exe or windres.
#[cfg(windows)]
fn windows_resources() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icons/work-summary.ico")
        .set("ProductName", "工作总结编辑器 (work-summary)")
        // Explorer and Task Manager show the FileDescription as the program's name.
        .set("FileDescription", "工作总结编辑器");
    if let Err(err) = res.compile() {
        // A missing resource compiler costs the icon, not the build.
        println!("cargo::warning=no icon or version information in the .exe: {err}");
    }
}
