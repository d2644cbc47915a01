//! The core pipeline on generated summaries of 10k, 100k and 1M characters: export in every
//! format, import, check (whole, and again after a keystroke), and RON save and load; the PDF of
//! 100k characters.
//! `cargo bench --bench core` (`-- 100k-pdf` for the PDF alone).

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;
use work_summary::export::{self, ExportOptions, Format, text::TextOptions};
use work_summary::storage::draft;
use work_summary::{check, import, sample};

const SIZES: [(usize, &str); 3] = [(10_000, "10k"), (100_000, "100k"), (1_000_000, "1M")];

fn pipeline(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    for (chars, name) in SIZES {
        let report = sample::generate(chars);
        let text = export::text::write(&report, &TextOptions::default());
        let ron = draft::to_string(&report);
        let path = dir.path().join(format!("{name}.ron"));
        let mut group = c.benchmark_group(format!("core/{name}"));
        if chars >= 1_000_000 {
            group
                .sample_size(10)
                .measurement_time(Duration::from_secs(8));
        } else {
            group
                .sample_size(20)
                .measurement_time(Duration::from_secs(3));
        }
        group.warm_up_time(Duration::from_millis(500));
        for format in [Format::Text, Format::Html, Format::Markdown, Format::Docx] {
            let options = ExportOptions {
                format,
                ..ExportOptions::default()
            };
            group.bench_function(BenchmarkId::new("export", format!("{format:?}")), |b| {
                b.iter(|| export::write(black_box(&report), &options))
            });
        }
        group.bench_function("import_text", |b| {
            b.iter(|| import::import_text(black_box(&text)))
        });
        group.bench_function("check", |b| {
            b.iter(|| check::check_report(black_box(&report)))
        });
        // Typing: a checker that has seen the report checks it again after a keystroke in the
        // 导语 (only that field is read again).
        let mut checker = check::Checker::default();
        checker.check(&report);
        let mut edited = report.clone();
        let intro = report.intro.clone();
        let mut typed = false;
        group.bench_function("check_typing", |b| {
            b.iter(|| {
                typed = !typed;
                edited.intro = if typed {
                    format!("{intro}一")
                } else {
                    intro.clone()
                };
                checker.check(black_box(&edited))
            })
        });
        group.bench_function("ron_save", |b| {
            b.iter(|| draft::save_atomic(black_box(&report), &path).expect("saved"))
        });
        draft::save_atomic(&report, &path).expect("saved");
        group.bench_function("ron_load", |b| {
            b.iter(|| draft::load(black_box(Path::new(&path))).expect("loads"))
        });
        group.finish();
        eprintln!(
            "{name}: {} characters, draft {} KB, text {} KB",
            work_summary::count::report(&report),
            ron.len() / 1024,
            text.len() / 1024
        );
    }
}

fn import_10mb(c: &mut Criterion) {
    // About 10 MB of UTF-8 text (3.3M characters).
    let report = sample::generate(3_300_000);
    let text = export::text::write(&report, &TextOptions::default());
    let mut group = c.benchmark_group("core/10MB");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function(format!("import_text_{}MB", text.len() / 1_000_000), |b| {
        b.iter(|| import::import_bytes(black_box(text.as_bytes())).expect("imports"))
    });
    group.finish();
}

/// Issue 24: a 1 MB page — a summary wrapped in a site's furniture (breadcrumb, metadata,
/// spam, link list, footer) — as text and as a saved HTML page. Budget: 50 ms.
fn import_page_1mb(c: &mut Criterion) {
    let report = sample::generate(300_000);
    let body = export::text::write(&report, &TextOptions::default());
    let mut page = String::from(
        "当前位置：首页 > 工作总结 > 年终总结\n发布时间：2023-01-05 10:21 来源：本站 浏览：1532次\n",
    );
    page.push_str(&body);
    page.push_str("相关推荐：\n");
    while page.len() < 1_000_000 {
        page.push_str("- [工作总结] 某某单位年度工作总结范文（精选8篇）\n");
    }
    page.push_str("版权所有 © 某某范文网 备案号：X-ICP备00000000号\n");
    let mut html = String::from(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>工作总结_某某网</title></head><body><div class=\"nav\"><a href=\"/\">首页</a></div><div class=\"article\">",
    );
    for line in body.lines().filter(|l| !l.trim().is_empty()) {
        html.push_str("<p>");
        html.push_str(line.trim());
        html.push_str("</p>\n");
        if html.len() > 1_000_000 {
            break;
        }
    }
    html.push_str("</div><div class=\"footer\">版权所有</div></body></html>");
    let mut group = c.benchmark_group("core/page_1MB");
    group.sample_size(20);
    group.bench_function(format!("import_text_page_{}KB", page.len() / 1024), |b| {
        b.iter(|| import::import_bytes(black_box(page.as_bytes())).expect("imports"))
    });
    group.bench_function(format!("import_html_page_{}KB", html.len() / 1024), |b| {
        b.iter(|| import::import_html(black_box(&html)).expect("imports"))
    });
    group.finish();
}

/// The RON budget is for a 1 MB draft: about 170k characters. Serialising and parsing are
/// measured apart from the disk (a save also flushes the file and its backup to disk).
fn ron_1mb(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = sample::generate(170_000);
    let ron = draft::to_string(&report);
    let path = dir.path().join("1mb.ron");
    eprintln!("1MB draft: {} KB", ron.len() / 1024);
    let mut group = c.benchmark_group("core/1MB-draft");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(4));
    group.bench_function("serialize", |b| {
        b.iter(|| draft::to_string(black_box(&report)))
    });
    group.bench_function("parse", |b| {
        b.iter(|| draft::from_str(black_box(&ron), Path::new("x.ron")).expect("parses"))
    });
    group.bench_function("save", |b| {
        b.iter(|| draft::save_atomic(black_box(&report), &path).expect("saved"))
    });
    group.bench_function("load", |b| {
        b.iter(|| draft::load(black_box(&path)).expect("loads"))
    });
    group.finish();
}

/// The page layout and the PDF of a 100 000-character report (about 150 pages); the budget
/// is 200 ms. Fonts are found and read once per process, as in the app, before measuring.
fn pdf_100k(c: &mut Criterion) {
    let report = sample::generate(100_000);
    let options = ExportOptions {
        format: Format::Pdf,
        ..ExportOptions::default()
    };
    let pdf = export::write(&report, &options).expect("a Chinese font is installed");
    eprintln!(
        "100k PDF: {} pages, {} KB",
        export::pages::paginate(&report, &options).len(),
        pdf.len() / 1024
    );
    let mut group = c.benchmark_group("core/100k-pdf");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(5));
    group.bench_function("layout", |b| {
        b.iter(|| export::pages::paginate(black_box(&report), &options))
    });
    group.bench_function("pdf", |b| {
        b.iter(|| export::write(black_box(&report), &options).expect("written"))
    });
    group.finish();
}

/// Issue 13 on two drafts of 100 000 characters: the follow-through of an edited copy
/// against the original (from scratch, and again with the reference's terms and the draft's
/// unchanged items cached, as the editor calls it on each change), and their diff.
fn compare_100k(c: &mut Criterion) {
    use work_summary::compare::{diff, follow, terms};
    terms::warm_up();
    let reference = sample::generate(100_000);
    let mut draft = reference.clone();
    for (n, item) in draft.sections[0].items.iter_mut().enumerate().step_by(7) {
        item.body
            .push_str(&format!("新增投资{n}万元，接待游客{n}人次。"));
    }
    draft.sections[0]
        .items
        .retain(|i| !i.heading.contains("改革"));
    let mut group = c.benchmark_group("core/100k-compare");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    group.bench_function("follow_through_cold", |b| {
        b.iter(|| follow::follow_through(black_box(&reference), black_box(&draft)))
    });
    let mut follower = follow::Follower::new(&reference);
    let mut edited = draft.clone();
    let mut n = 0usize;
    group.bench_function("follow_through_on_change", |b| {
        b.iter(|| {
            n += 1;
            edited.sections[0].items[0].body.push('字');
            follower.run(black_box(&edited))
        })
    });
    group.bench_function("diff", |b| {
        b.iter(|| diff::diff(black_box(&reference), black_box(&draft)))
    });
    group.finish();
    eprintln!("100k compare: {n} runs on change");
}

criterion_group!(
    benches,
    pipeline,
    import_10mb,
    import_page_1mb,
    ron_1mb,
    pdf_100k
);
criterion_group!(compare, compare_100k);
criterion_main!(benches, compare);
