//! The PDF is drawn from the page layout: same pages, same lines (pdfinfo, pdftotext), A4,
//! fonts embedded as subsets (pdffonts). Needs poppler-utils and a Chinese font; skipped
//! without them, failed under CI (which installs both).

use std::path::Path;
use std::process::Command;
use work_summary::Report;
use work_summary::export::{self, ExportOptions, Format, pages};
use work_summary::storage::draft;

fn tool(name: &str, args: &[&std::ffi::OsStr]) -> Option<String> {
    let out = Command::new(name).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn have_tools() -> bool {
    let ok = tool("pdfinfo", &["-v".as_ref()]).is_some()
        || Command::new("pdfinfo").arg("-v").output().is_ok();
    let font = !export::fonts::font_report(&export::Fonts::default())
        .iter()
        .any(|(_, c)| c.is_none());
    if !(ok && font) {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI installs poppler-utils and fonts-noto-cjk"
        );
    }
    ok && font
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Exports `report`, then checks the PDF against the layout.
fn check(name: &str, report: &Report, dir: &Path) {
    let options = ExportOptions {
        format: Format::Pdf,
        ..ExportOptions::default()
    };
    let layout = pages::paginate(report, &options);
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, export::write(report, &options).expect("PDF")).expect("written");
    let info = tool("pdfinfo", &[path.as_os_str()]).expect("pdfinfo");
    assert!(
        info.contains(&format!("Pages:           {}\n", layout.len())),
        "{name}: {} pages in the layout\n{info}",
        layout.len()
    );
    assert!(info.contains("(A4)"), "{name}: {info}");
    let fonts = tool("pdffonts", &[path.as_os_str()]).expect("pdffonts");
    for row in fonts.lines().skip(2) {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(
            n >= 5 && cols[n - 5] == "yes" && cols[n - 4] == "yes",
            "{row}"
        );
    }
    for page in &layout {
        let n = page.number.to_string();
        let text = tool(
            "pdftotext",
            &[
                "-layout".as_ref(),
                "-f".as_ref(),
                n.as_ref(),
                "-l".as_ref(),
                n.as_ref(),
                path.as_os_str(),
                "-".as_ref(),
            ],
        )
        .expect("pdftotext");
        let got: Vec<String> = text
            .lines()
            .map(squeeze)
            .filter(|l| !l.is_empty())
            .collect();
        let want: Vec<String> = page.lines.iter().map(|l| squeeze(&l.text)).collect();
        assert_eq!(got, want, "{name} page {n}");
    }
}

#[test]
fn pdf_pages_and_lines_are_the_layouts() {
    if !have_tools() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut drafts = vec![root.join("examples/sample.ron")];
    let mut templates: Vec<_> = std::fs::read_dir(root.join("assets/templates"))
        .expect("templates")
        .map(|e| e.expect("entry").path())
        .collect();
    templates.sort();
    drafts.extend(templates);
    for path in drafts {
        let report = draft::load(&path).expect("loads");
        let name = path
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        check(&name, &report, dir.path());
    }
    for chars in [1_500, 7_500] {
        let report = work_summary::sample::generate(chars);
        let pages = pages::page_count(&report, &ExportOptions::default());
        assert!((2..=20).contains(&pages), "{chars}: {pages}");
        check(&format!("generated-{chars}"), &report, dir.path());
    }
}

#[test]
fn estimate_pages_is_the_layouts_page_count() {
    let report = work_summary::sample::generate(7_500);
    let options = ExportOptions::default();
    let blocks = export::layout_for(&report, &options);
    assert_eq!(
        export::style::estimate_pages(&blocks),
        pages::page_count(&report, &options)
    );
}
