//! The baseline of `scripts/startup-bench.sh`: a bare eframe window with the renderer the app
//! uses, a heading and a text field, nothing else. The editor's start is measured against
//! this one in the same run.

struct Bare {
    text: String,
    first: bool,
}

/// `WORK_SUMMARY_TRACE_STARTUP=1`: the same marks as the editor's, on stderr.
fn trace(label: &str) {
    if std::env::var_os("WORK_SUMMARY_TRACE_STARTUP").is_some() {
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        eprintln!("{label}-unix-ms {ms}");
    }
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("A bare eframe window");
            ui.text_edit_singleline(&mut self.text);
        });
        if self.first {
            self.first = false;
            trace("first-frame");
        }
    }
}

fn main() -> eframe::Result {
    trace("main");
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare")
            .with_inner_size([1180.0, 760.0]),
        ..Default::default()
    };
    eframe::run_native(
        "bare",
        options,
        Box::new(|_cc| {
            trace("window");
            Ok(Box::new(Bare {
                text: "bare eframe".to_owned(),
                first: true,
            }))
        }),
    )
}
