//! The documentation names only paths that exist, and the README stays short.
//!
//! README.md, ARCHITECTURE.md and every docs/*.md are read. Outside fenced code blocks, each
//! inline code span and each Markdown link target that looks like a path in this repository
//! (it holds a `/` or names a file by one of the extensions below) must exist: a code span from
//! the repository's root, a link target from the folder of the file it is in (as GitHub
//! resolves it). A trailing `:LINE` or `#anchor` is dropped first. Not paths of this
//! repository: URLs, absolute paths (`/usr/…`), `~/…`, the shared folder beside the clone
//! (`../shared…`), build output (`target/…`), and tokens with spaces, `*`, `=` or `$`.

use std::fs;
use std::path::{Path, PathBuf};

/// The README is the front door: what the program is, how to install, run and test it, and
/// links to the rest. Longer texts go into docs/.
const README_MAX_LINES: usize = 200;

/// A token without a `/` is taken as a path when it ends in one of these.
const FILE_EXTENSIONS: [&str; 8] = [".rs", ".md", ".sh", ".py", ".toml", ".ron", ".tsv", ".png"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// README.md, ARCHITECTURE.md, then docs/*.md in name order.
fn documents() -> Vec<PathBuf> {
    let mut in_docs: Vec<PathBuf> = fs::read_dir(root().join("docs"))
        .expect("docs/ can be listed")
        .map(|entry| entry.expect("an entry of docs/ can be read").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    in_docs.sort();
    let mut documents = vec![root().join("README.md"), root().join("ARCHITECTURE.md")];
    documents.extend(in_docs);
    documents
}

/// The paragraphs of `text` outside fenced code blocks (a code span never crosses a
/// paragraph's end).
fn paragraphs(text: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    let mut fence: Option<&str> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        let marker = ["```", "~~~"]
            .into_iter()
            .find(|marker| trimmed.starts_with(*marker));
        match (fence, marker) {
            (None, Some(marker)) => {
                fence = Some(marker);
                paragraphs.push(std::mem::take(&mut current));
            }
            (Some(open), Some(marker)) if open == marker => fence = None,
            (Some(_), _) => {}
            (None, None) if trimmed.is_empty() => paragraphs.push(std::mem::take(&mut current)),
            (None, None) => {
                current.push_str(line);
                current.push('\n');
            }
        }
    }
    paragraphs.push(current);
    paragraphs.retain(|paragraph| !paragraph.is_empty());
    paragraphs
}

/// Length of the run of backticks at the start of `text`.
fn backtick_run(text: &str) -> usize {
    text.len() - text.trim_start_matches('`').len()
}

/// The inline code spans of a paragraph, and its text outside them.
fn split_code(paragraph: &str) -> (Vec<String>, String) {
    let mut spans = Vec::new();
    let mut prose = String::new();
    let mut rest = paragraph;
    while let Some(start) = rest.find('`') {
        prose.push_str(&rest[..start]);
        let ticks = backtick_run(&rest[start..]);
        let body = &rest[start + ticks..];
        // The span ends at the next run of exactly as many backticks.
        let mut from = 0;
        let mut end = None;
        while let Some(found) = body[from..].find('`') {
            let at = from + found;
            let run = backtick_run(&body[at..]);
            if run == ticks {
                end = Some(at);
                break;
            }
            from = at + run;
        }
        match end {
            Some(at) => {
                spans.push(body[..at].trim().to_owned());
                rest = &body[at + ticks..];
            }
            None => {
                // No closing run: the backticks are text.
                prose.push_str(&rest[start..start + ticks]);
                rest = body;
            }
        }
    }
    prose.push_str(rest);
    (spans, prose)
}

/// The targets of the Markdown links and images in `prose`.
fn link_targets(prose: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut rest = prose;
    while let Some(start) = rest.find("](") {
        let after = &rest[start + 2..];
        let inside = after.split(')').next().unwrap_or_default();
        let target = inside.split_whitespace().next().unwrap_or_default();
        let target = target.trim_start_matches('<').trim_end_matches('>');
        if !target.is_empty() {
            targets.push(target.to_owned());
        }
        rest = after;
    }
    targets
}

/// `token` as a path of this repository (without `:LINE` or `#anchor`), or `None` when it
/// does not look like one.
fn repository_path(token: &str) -> Option<&str> {
    let token = token.split('#').next().unwrap_or_default();
    let token = match token.rsplit_once(':') {
        Some((path, line)) if !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()) => path,
        _ => token,
    };
    let foreign = token.is_empty()
        || token.contains(char::is_whitespace)
        || token.contains(['*', '=', '$', '\\'])
        || token.contains("://")
        || token.starts_with("http")
        || token.starts_with("www.")
        || token.starts_with("mailto:")
        || token.starts_with('/')
        || token.starts_with('~')
        || token.starts_with("../shared")
        || token.starts_with("target/");
    if foreign {
        return None;
    }
    let names_a_file = FILE_EXTENSIONS
        .iter()
        .any(|ext| token.len() > ext.len() && token.ends_with(*ext));
    (token.contains('/') || names_a_file).then_some(token)
}

#[test]
fn every_path_the_documentation_names_exists() {
    let mut missing = Vec::new();
    let mut checked = 0;
    for document in documents() {
        let text = fs::read_to_string(&document)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", document.display()));
        let name = document
            .strip_prefix(root())
            .expect("every document is in the repository")
            .display()
            .to_string();
        let folder = document.parent().expect("a document has a folder");
        for paragraph in paragraphs(&text) {
            let (spans, prose) = split_code(&paragraph);
            let targets = link_targets(&prose);
            // Code spans from the root, link targets from the document's folder.
            let mut tokens: Vec<(&str, &Path)> =
                spans.iter().map(|span| (span.as_str(), root())).collect();
            tokens.extend(targets.iter().map(|target| (target.as_str(), folder)));
            for (token, base) in tokens {
                let Some(path) = repository_path(token) else {
                    continue;
                };
                checked += 1;
                if !base.join(path).exists() {
                    missing.push(format!("{name}: `{token}`"));
                }
            }
        }
    }
    assert!(checked > 0, "no paths found in the documentation at all");
    assert!(
        missing.is_empty(),
        "the documentation names paths that do not exist:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_readme_stays_short() {
    let readme = fs::read_to_string(root().join("README.md")).expect("README.md can be read");
    let lines = readme.lines().count();
    assert!(
        lines <= README_MAX_LINES,
        "README.md has {lines} lines, more than {README_MAX_LINES}: move the detail into docs/"
    );
}

#[test]
fn the_path_finder_reads_markdown_as_intended() {
    let (spans, prose) =
        split_code("See `src/cli.rs:12`, ``a ` b`` and [the guide](docs/user-guide.md#export).");
    assert_eq!(spans, ["src/cli.rs:12", "a ` b"]);
    assert_eq!(link_targets(&prose), ["docs/user-guide.md#export"]);
    assert_eq!(repository_path("src/cli.rs:12"), Some("src/cli.rs"));
    assert_eq!(
        repository_path("docs/user-guide.md#export"),
        Some("docs/user-guide.md")
    );
    assert_eq!(
        repository_path("examples/sample.ron"),
        Some("examples/sample.ron")
    );
    assert_eq!(repository_path("Cargo.toml"), Some("Cargo.toml"));
    for not_a_path in [
        ".ron",
        "#anchor",
        "cargo run --release",
        "https://crates.io/crates/krilla",
        "/usr/bin/work-summary",
        "~/.config/work-summary/settings.ron",
        "../shared/ooxml",
        "target/release/work-summary",
        "*.ron",
        "SHOT=/tmp/w",
        "Vec<Page>",
    ] {
        assert_eq!(repository_path(not_a_path), None, "{not_a_path}");
    }
    let fenced = paragraphs("a `x`\n\n```sh\n`not/checked.rs`\n```\nb\n");
    assert_eq!(fenced, ["a `x`\n", "b\n"]);
}
