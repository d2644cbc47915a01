//! The window's widgets as a map for scripts that drive the real window (the recorded walk,
//! `scripts/walk-test.py`): with `WORK_SUMMARY_UI_MAP=FILE` set, after every frame FILE holds
//! one line per widget on screen — role, its rectangle in window pixels, label, value —
//! read from the accessibility tree egui builds for screen readers. Unset, nothing is built.

use egui::accesskit::{self, NodeId};
use std::collections::HashMap;
use std::path::PathBuf;

pub struct UiMap {
    file: PathBuf,
    last: String,
}

impl UiMap {
    /// Build the tree every frame and map it to `file`.
    pub fn install(ctx: &egui::Context, file: PathBuf) {
        ctx.enable_accesskit();
        ctx.add_plugin(Self {
            file,
            last: String::new(),
        });
    }
}

/// One line a widget: role, x0, y0, x1, y1 (window pixels), label, value; tab-separated.
fn lines(update: &accesskit::TreeUpdate, pixels_per_point: f32) -> String {
    let nodes: HashMap<NodeId, &accesskit::Node> =
        update.nodes.iter().map(|(i, n)| (*i, n)).collect();
    let clean = |s: &str| s.replace(['\t', '\n'], " ");
    let mut out = String::new();
    for (_, node) in &update.nodes {
        let Some(b) = node.bounds() else { continue };
        let label = node.label().map(str::to_owned).or_else(|| {
            node.labelled_by()
                .first()
                .and_then(|id| nodes.get(id))
                .and_then(|n| n.label().or(n.value()))
                .map(str::to_owned)
        });
        let s = f64::from(pixels_per_point);
        out.push_str(&format!(
            "{:?}\t{:.0}\t{:.0}\t{:.0}\t{:.0}\t{}\t{}\n",
            node.role(),
            b.x0 * s,
            b.y0 * s,
            b.x1 * s,
            b.y1 * s,
            clean(label.as_deref().unwrap_or("")),
            clean(node.value().unwrap_or("")),
        ));
    }
    out
}

impl egui::Plugin for UiMap {
    fn debug_name(&self) -> &'static str {
        "ui-map"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        let Some(update) = &output.platform_output.accesskit_update else {
            return;
        };
        let text = lines(update, output.pixels_per_point);
        if text != self.last {
            // Written whole, then renamed: a reader never sees half a map.
            let tmp = self.file.with_extension("tmp");
            if std::fs::write(&tmp, &text).is_ok() {
                let _ = std::fs::rename(&tmp, &self.file);
            }
            self.last = text;
        }
    }
}
