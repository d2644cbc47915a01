//! CPU time per frame of the real app, headless (egui_kittest, no GPU): an empty draft and a
//! 100k-character draft, idle frames and frames that process one typed character.
//! `cargo bench --bench frames` prints mean and p95 in milliseconds.

use egui::{Event, ImeEvent};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::time::{Duration, Instant};
use work_summary::sample;
use work_summary::ui::dialogs::ScriptedDialogs;
use work_summary::ui::{AppOptions, WorkSummaryApp, fonts};

/// `step_dt`: simulated seconds between frames. 1/60 s is fast typing; 0.2 s is slow enough
/// that every keystroke also recomputes the preview, findings and counts.
fn app(report: Option<work_summary::Report>, step_dt: f32) -> Harness<'static, WorkSummaryApp> {
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_step_dt(step_dt)
        .with_accessibility_check(false)
        .build_eframe(move |cc| {
            // The Chinese font the app itself would find (the system font lookup).
            assert!(
                fonts::install_system_fonts(&cc.egui_ctx).is_none(),
                "no CJK font"
            );
            let mut app = WorkSummaryApp::new(
                &cc.egui_ctx,
                AppOptions {
                    path: None,
                    dialogs: Box::new(ScriptedDialogs::default()),
                    dirs: None,
                    clipboard: None,
                    clock: None,
                },
            );
            if let Some(r) = report {
                app.edit(|report| *report = r);
            }
            app
        });
    h.run_steps(10);
    h
}

fn stats(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mean = samples.iter().map(|d| ms(*d)).sum::<f64>() / samples.len() as f64;
    let p95 = ms(samples[(samples.len() * 95 / 100).min(samples.len() - 1)]);
    (mean, p95)
}

fn typing(h: &mut Harness<'static, WorkSummaryApp>) -> (f64, f64) {
    // One character committed into the 导语 per frame.
    h.get_by_label("导语").click();
    h.run_steps(3);
    let mut samples = Vec::new();
    for _ in 0..200 {
        h.event(Event::Ime(ImeEvent::Commit("字".into())));
        let t = Instant::now();
        h.step();
        samples.push(t.elapsed());
    }
    stats(samples)
}

fn measure(
    name: &str,
    report: Option<work_summary::Report>,
) -> ((f64, f64), (f64, f64), (f64, f64)) {
    let mut h = app(report.clone(), 1.0 / 60.0);
    // Idle: nothing happens between frames.
    let mut idle = Vec::new();
    for _ in 0..200 {
        let t = Instant::now();
        h.step();
        idle.push(t.elapsed());
    }
    let idle = stats(idle);
    let fast = typing(&mut h);
    let slow = typing(&mut app(report, 0.2));
    println!(
        "{name:>6}: idle mean {:.2} ms, p95 {:.2} ms | typing mean {:.2} ms, p95 {:.2} ms | \
         typing with every view recomputed mean {:.2} ms, p95 {:.2} ms",
        idle.0, idle.1, fast.0, fast.1, slow.0, slow.1
    );
    (idle, fast, slow)
}

fn main() {
    // `cargo test --benches` runs this with --bench absent: keep that quick.
    if !std::env::args().any(|a| a == "--bench") {
        println!("frames: run with `cargo bench --bench frames`");
        return;
    }
    let empty = measure("empty", None);
    let big = measure("100k", Some(sample::generate(100_000)));
    println!(
        "ratio 100k/empty: idle {:.1}x, typing {:.1}x, typing with recompute {:.1}x",
        big.0.0 / empty.0.0,
        big.1.0 / empty.1.0,
        big.2.0 / empty.2.0
    );
}
