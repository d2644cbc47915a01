//! The checker's dictionary and models are built on first use, a few hundred milliseconds of
//! work. The window has them built on a thread at start (`warm_up`) and checks once they are
//! in (`is_warm`), so that no frame waits for them; the command line simply waits.

use std::sync::atomic::{AtomicBool, Ordering};

static WARM: AtomicBool = AtomicBool::new(false);

/// Build the dictionary, the slip model and the word lists by checking a sentence that uses
/// them (a slip, a figure), then say the checker is warm.
pub fn warm_up() {
    super::check_text("今年以来，县发展和改革委员会己经认真落实各项工作，共办结12件。");
    WARM.store(true, Ordering::Release);
}

/// Whether `warm_up` has finished: a check now takes no more than its own work.
pub fn is_warm() -> bool {
    WARM.load(Ordering::Acquire)
}
