//! CPU time per frame of the real app, headless (egui_kittest, no GPU): an empty draft and a
//! 100k-character draft, idle frames and frames that process one typed character; and with the
//! 100k draft, the longest frame while a PDF and a DOCX are exported and a job is printed
//! (export and print run on background tasks: no frame may wait for them). The print goes to
//! stand-in `lpstat` and `lp` programs (put first on PATH) whose `lp` takes 300 ms, as a
//! busy print server does. `cargo bench --bench frames` prints milliseconds.

use egui::{Event, ImeEvent};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::time::{Duration, Instant};
use work_summary::sample;
use work_summary::ui::dialogs::{DialogOutcome, ScriptedDialogs};
use work_summary::ui::{AppOptions, WorkSummaryApp, fonts};

/// `step_dt`: simulated seconds between frames. 1/60 s is fast typing; 0.2 s is slow enough
/// that every keystroke also recomputes the preview, findings and counts.
fn app(report: Option<work_summary::Report>, step_dt: f32) -> Harness<'static, WorkSummaryApp> {
    app_with(report, step_dt, ScriptedDialogs::default())
}

fn app_with(
    report: Option<work_summary::Report>,
    step_dt: f32,
    dialogs: ScriptedDialogs,
) -> Harness<'static, WorkSummaryApp> {
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_step_dt(step_dt)
        .with_accessibility_check(false)
        .build_eframe(move |cc| {
            // The Chinese font the app itself would find (the system font lookup).
            assert!(
                fonts::install_system_fonts(&cc.egui_ctx, None).is_none(),
                "no CJK font"
            );
            let mut app = WorkSummaryApp::new(
                &cc.egui_ctx,
                AppOptions {
                    path: None,
                    dialogs: Box::new(dialogs),
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
    // The checker warms up on a thread, the preview's faces load on another: measure after.
    let start = Instant::now();
    while h.state().busy() && start.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
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

/// Step frames until the app is no longer busy; the longest frame, and how many there were.
fn longest_frame_until_done(h: &mut Harness<'static, WorkSummaryApp>) -> (f64, usize) {
    let start = Instant::now();
    let mut worst = Duration::ZERO;
    let mut frames = 0;
    loop {
        let t = Instant::now();
        h.step();
        worst = worst.max(t.elapsed());
        frames += 1;
        if (!h.state().busy() && frames > 3) || start.elapsed() > Duration::from_secs(60) {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    (worst.as_secs_f64() * 1000.0, frames)
}

/// Stand-in `lpstat` (a running scheduler, one printer) and `lp` (300 ms, then a request id)
/// in a folder put first on PATH.
fn fake_print_system() -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let scripts = [
        (
            "lpstat",
            "#!/bin/sh\ncase \"$1\" in -r) echo 'scheduler is running';; -e) echo probe;; esac\n",
        ),
        (
            "lp",
            "#!/bin/sh\nsleep 0.3\necho 'request id is probe-1 (1 file(s))'\n",
        ),
    ];
    for (name, body) in scripts {
        let path = dir.path().join(name);
        std::fs::write(&path, body).expect("script");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut paths = vec![dir.path().to_path_buf()];
    paths.extend(std::env::split_paths(&path));
    // SAFETY: set before the app or any thread of this bench reads the environment.
    unsafe { std::env::set_var("PATH", std::env::join_paths(paths).expect("PATH")) };
    dir
}

/// The longest frames while the 100k draft is exported as PDF and DOCX and printed.
fn export_and_print(report: work_summary::Report) {
    let out = tempfile::tempdir().expect("tempdir");
    let dialogs = ScriptedDialogs::default();
    let mut h = app_with(Some(report), 1.0 / 60.0, dialogs.clone());
    for (label, ext) in [("PDF (.pdf)", "pdf"), ("Word 公文 (.docx)", "docx")] {
        let target = out.path().join(format!("100k.{ext}"));
        dialogs.answer(DialogOutcome::Picked(target.clone()));
        h.get_by_label("文件").click();
        h.run_steps(2);
        h.get_by_label_contains("导出…").click();
        let (open_ms, _) = longest_frame_until_done(&mut h);
        h.get_by_label(label).click();
        h.run_steps(2);
        h.get_by_label("导出到文件…").click();
        let (export_ms, frames) = longest_frame_until_done(&mut h);
        let size = std::fs::metadata(&target).map_or(0, |m| m.len());
        println!(
            "  100k {ext}: longest frame opening the dialog {open_ms:.2} ms; while exporting \
             {export_ms:.2} ms over {frames} frames ({size} bytes written)"
        );
        assert!(size > 0, "{ext} written");
    }
    h.get_by_label("文件").click();
    h.run_steps(2);
    h.get_by_label_contains("打印…").click();
    let (open_ms, _) = longest_frame_until_done(&mut h);
    h.get_by_role_and_label(egui::accesskit::Role::Button, "打印")
        .click();
    let (print_ms, frames) = longest_frame_until_done(&mut h);
    let status = h.state().status().text.clone();
    println!(
        "  100k print: longest frame opening the dialog {open_ms:.2} ms; while printing \
         {print_ms:.2} ms over {frames} frames ({status})"
    );
    assert!(status.contains("probe-1"), "printed: {status}");
}

fn main() {
    // `cargo test --benches` runs this with --bench absent: keep that quick.
    if !std::env::args().any(|a| a == "--bench") {
        println!("frames: run with `cargo bench --bench frames`");
        return;
    }
    let _print_system = fake_print_system();
    let empty = measure("empty", None);
    let big = measure("100k", Some(sample::generate(100_000)));
    println!(
        "ratio 100k/empty: idle {:.1}x, typing {:.1}x, typing with recompute {:.1}x",
        big.0.0 / empty.0.0,
        big.1.0 / empty.1.0,
        big.2.0 / empty.2.0
    );
    export_and_print(sample::generate(100_000));
}
