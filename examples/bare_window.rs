//! The baseline of `scripts/startup-bench.sh`: a bare eframe window with the renderer the app
//! uses, a heading and a text field, nothing else. The editor's start is measured against
//! this one in the same run.

struct Bare {
    text: String,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("A bare eframe window");
            ui.text_edit_singleline(&mut self.text);
        });
    }
}

fn main() -> eframe::Result {
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
            Ok(Box::new(Bare {
                text: "bare eframe".to_owned(),
            }))
        }),
    )
}
