//! The checker's dictionary and models are built on first use, a few hundred milliseconds of
//! work and some 20 MB. The window checks on a job, whose first pass warms the checker up
//! (`warm_up`) once a document holds text to check, so that no frame waits for them and a new
//! empty draft does not carry them; the command line simply waits.

use std::sync::atomic::{AtomicBool, Ordering};

static WARM: AtomicBool = AtomicBool::new(false);

/// Build the dictionary, the slip model and the word lists by checking a sentence that uses
/// them (a slip, a figure), then say the checker is warm.
pub fn warm_up() {
    super::check_text("今年以来，县发展和改革委员会己经认真落实各项工作，共办结12件。");
    // Building the dictionary grows its tables by doubling; glibc keeps the buffers they
    // left behind in this thread's arena, resident, unless asked to give them back.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only hands free memory back to the system.
    unsafe {
        libc::malloc_trim(0);
    }
    WARM.store(true, Ordering::Release);
}

/// Whether `warm_up` has finished: a check now takes no more than its own work.
pub fn is_warm() -> bool {
    WARM.load(Ordering::Acquire)
}
