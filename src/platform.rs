//! What the operating system needs around the program: on Windows the editor is a GUI
//! (windows-subsystem) program, so the command line attaches to the console it was started
//! from, and a fatal start-up error is shown in a message box, not on a console nobody sees.

/// Windows: write to the console of the program that started us (cmd, PowerShell), if any,
/// so that `work-summary export …`, `--help` and `--version` print there. Started from
/// Explorer there is no such console and nothing happens. Elsewhere nothing to do.
pub fn attach_parent_console() {
    #[cfg(windows)]
    {
        use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
        // SAFETY: AttachConsole takes a process id by value and touches no memory of ours;
        // failure (no parent console, or one already attached) is reported by its return
        // value, which is ignored: there is then nowhere to print to anyway.
        unsafe {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

/// Tell the user the editor could not start: on stderr, and on Windows also in a message box
/// (a windows-subsystem program started from Explorer has no console).
pub fn show_fatal_error(message: &str) {
    eprintln!("work-summary: {message}");
    #[cfg(windows)]
    {
        let _ = rfd::MessageDialog::new()
            .set_level(rfd::MessageLevel::Error)
            .set_title(crate::i18n::tr(crate::i18n::Lang::Zh, "工作总结编辑器"))
            .set_description(message)
            .set_buttons(rfd::MessageButtons::Ok)
            .show();
    }
}
