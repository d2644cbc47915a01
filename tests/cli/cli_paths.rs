//! Command-line paths the other CLI tests do not take: `import` end to end, `export
//! --no-signature`, and `check` on a DOCX.

use crate::bin::run;
use std::path::Path;
use std::process::Output;
use work_summary::export::{ExportOptions, Format};
use work_summary::storage::draft;
use work_summary::{Item, Report, Signature};

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("utf-8")
}

fn signed_report() -> Report {
    let mut r = Report {
        title: "青山县农业农村局2023年工作总结".into(),
        intro: "今年以来，我局围绕粮食生产开展工作，现总结如下：".into(),
        signature: Signature {
            unit: "青山县农业农村局".into(),
            date: "2023年12月20日".into(),
        },
        ..Report::default()
    };
    r.sections[0]
        .items
        .push(Item::new("稳定粮食生产", "全年粮食播种面积12.6万亩。"));
    r
}

#[test]
fn import_writes_a_draft_that_loads_and_lists_the_junk_on_stderr() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("网页.txt");
    std::fs::write(
        &input,
        "首页 > 工作总结\n某镇2019年上半年工作总结\n上半年，我镇扎实推进各项工作。\n一、主要成效\n（一）抓好春耕生产\n完成春播面积3.2万亩。\n二、存在问题\n（一）基础设施薄弱\n三、下半年工作计划\n（一）抓好秋收\n某镇人民政府\n2019年7月5日\n上一篇：某镇2018年工作总结\n",
    )
    .expect("write");
    let out_path = dir.path().join("导入.ron");
    let out = run(&[
        "import".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        out_path.as_os_str(),
    ]);
    ok(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("首页 > 工作总结"), "{stderr}");
    assert!(stderr.contains("上一篇：某镇2018年工作总结"), "{stderr}");
    let report = draft::load(&out_path).expect("the output is a draft");
    assert_eq!(report.title, "某镇2019年上半年工作总结");
    assert_eq!(report.sections[0].items[0].heading, "抓好春耕生产");
    assert_eq!(report.signature.unit, "某镇人民政府");
    assert_eq!(report.signature.date, "2019年7月5日");
    // Without -o the draft goes to stdout, and is the same.
    let stdout = ok(&run(&["import".as_ref(), input.as_os_str()]));
    let piped = draft::from_str(&stdout, Path::new("stdout.ron")).expect("a draft");
    assert_eq!(piped, report);
}

#[test]
fn export_without_the_signature_drops_only_the_signature() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("签名.ron");
    draft::save_atomic(&signed_report(), &path).expect("saved");
    let with = ok(&run(&["export".as_ref(), path.as_os_str()]));
    let without = ok(&run(&[
        "export".as_ref(),
        path.as_os_str(),
        "--no-signature".as_ref(),
    ]));
    assert!(with.contains("青山县农业农村局\n") || with.contains("青山县农业农村局"));
    assert!(with.contains("2023年12月20日"));
    assert!(!without.contains("2023年12月20日"), "{without}");
    assert!(
        !without.lines().any(|l| l.trim() == "青山县农业农村局"),
        "{without}"
    );
    assert!(without.contains("全年粮食播种面积12.6万亩。"));
    assert!(
        without.contains("青山县农业农村局2023年工作总结"),
        "the title stays"
    );
}

#[test]
fn check_reads_a_docx() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut report = signed_report();
    report.intro = "今年以来,我局围绕粮食生产开展工作。".into();
    let options = ExportOptions {
        format: Format::Docx,
        ..ExportOptions::default()
    };
    let bytes = work_summary::export::write(&report, &options).expect("docx");
    let docx = dir.path().join("总结.docx");
    std::fs::write(&docx, bytes).expect("write");
    let out = run(&[
        "check".as_ref(),
        docx.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(1), "findings exit 1");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let findings = json["findings"].as_array().expect("list");
    assert!(
        findings
            .iter()
            .any(|f| f["rule"] == "half-width-punct" && f["found"] == ","),
        "{json}"
    );
    // A clean DOCX exits 0.
    let clean = work_summary::export::write(&signed_report(), &options).expect("docx");
    std::fs::write(&docx, clean).expect("write");
    let out = run(&["check".as_ref(), docx.as_os_str()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// A converter that never finishes (a damaged .doc, a file behind a password) is stopped at
/// the time limit with a clear message, nothing is written, and none of its processes stays.
#[cfg(unix)]
#[test]
fn a_converter_that_hangs_is_stopped_at_the_time_limit() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let marker = format!("ws-hang-{}", std::process::id());
    let fake = dir.path().join("soffice");
    // A stand-in soffice that starts a helper and waits for ever, as a stuck one does.
    std::fs::write(
        &fake,
        format!("#!/bin/sh\nsleep 300 {marker} &\nexec sleep 300\n"),
    )
    .expect("script");
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let doc = dir.path().join("旧文件.doc");
    std::fs::write(&doc, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).expect("doc");
    let out_path = dir.path().join("out.ron");
    let out = crate::bin::output(
        std::process::Command::new(crate::bin::program())
            .args([
                "import".as_ref(),
                doc.as_os_str(),
                "-o".as_ref(),
                out_path.as_os_str(),
            ])
            .env("WORK_SUMMARY_SOFFICE", &fake)
            .env("WORK_SUMMARY_CONVERT_SECONDS", "2"),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("旧文件.doc") && err.contains("2 秒"), "{err}");
    assert!(!out_path.exists(), "nothing written");
    let left = std::process::Command::new("pgrep")
        .args(["-f", &marker])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    assert!(
        left.is_empty(),
        "the converter's helper is still running: {left}"
    );
}
