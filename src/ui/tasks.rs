//! Background work, in one place: whatever could hold up a frame (writing a DOCX or PDF,
//! printing, asking CUPS for its printers, looking up the export fonts) runs on a thread as a
//! [`Task`] and is polled by whoever holds it. A task wakes the window when it is done, and a
//! task that panics comes back as an error, never as a frozen "working…".

use crate::i18n::Text;
use poll_promise::Promise;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Work running on a thread of its own; its result, or why there is none.
pub struct Task<T: Send + 'static> {
    promise: Promise<Result<T, Text>>,
}

impl<T: Send + 'static> Task<T> {
    /// Start `work` on a thread named `name`; `ctx` is asked to repaint when it is done.
    pub fn spawn(
        ctx: &egui::Context,
        name: &str,
        work: impl FnOnce() -> Result<T, Text> + Send + 'static,
    ) -> Self {
        let ctx = ctx.clone();
        let promise = Promise::spawn_thread(name, move || {
            let result = catch_unwind(AssertUnwindSafe(work))
                .unwrap_or_else(|_| Err(Text::tr("后台任务意外中止。", &[])));
            ctx.request_repaint();
            result
        });
        Self { promise }
    }

    /// The result once the work is done (taken: the task is spent), or the task back.
    pub fn try_take(self) -> Result<Result<T, Text>, Self> {
        self.promise.try_take().map_err(|promise| Self { promise })
    }

    /// The result, when the work is done.
    pub fn ready(&self) -> Option<&Result<T, Text>> {
        self.promise.ready()
    }
}

/// Take the result out of `slot` when its task is done; `None` while it runs (or when no task
/// is there).
pub fn take_done<T: Send + 'static>(slot: &mut Option<Task<T>>) -> Option<Result<T, Text>> {
    let task = slot.take()?;
    match task.try_take() {
        Ok(result) => Some(result),
        Err(task) => {
            *slot = Some(task);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait<T: Send + 'static>(mut slot: Option<Task<T>>) -> Result<T, Text> {
        for _ in 0..500 {
            if let Some(result) = take_done(&mut slot) {
                return result;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        panic!("the task did not finish in 5 s");
    }

    #[test]
    fn a_task_gives_its_result_once() {
        let ctx = egui::Context::default();
        let task = Task::spawn(&ctx, "test", || Ok(6 * 7));
        assert_eq!(wait(Some(task)).ok(), Some(42));
        let mut none: Option<Task<i32>> = None;
        assert!(take_done(&mut none).is_none());
    }

    #[test]
    fn a_task_that_panics_is_an_error_in_both_languages() {
        let ctx = egui::Context::default();
        let task: Task<()> = Task::spawn(&ctx, "test", || panic!("boom"));
        let err = wait(Some(task)).expect_err("an error");
        assert!(err.zh.contains("后台任务"), "{}", err.zh);
        assert!(!err.en.contains("后台"), "English: {}", err.en);
    }
}
