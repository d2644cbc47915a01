//! 附件说明 (GB/T 9704 §7.3.4): "附件：1.…" and its forms, taken from the end of the text.

use super::*;

/// The 附件说明 near the end: "附件：1.…" then "2.…" lines, "附件：" then numbered lines,
/// "附件：name" alone, or "附件1：…" lines. Numbers must run 1, 2, 3…; after the block only a
/// signature may follow. Returns the names and removes their lines.
pub(super) fn take_attachments(lines: &mut Vec<String>) -> Vec<String> {
    let Some(start) = lines.iter().rposition(|l| {
        l.strip_prefix("附件").is_some_and(|rest| {
            let rest = rest.strip_prefix('1').unwrap_or(rest);
            rest.starts_with(['：', ':'])
        })
    }) else {
        return Vec::new();
    };
    // "1.name" → name when the number is `n` (a name may start with a digit: 1.2018年…).
    let strip_number = |line: &str, n: usize| -> Option<String> {
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 || digits > 2 || line[..digits].parse::<usize>().ok()? != n {
            return None;
        }
        let rest = line[digits..].strip_prefix(['.', '、', '．'])?.trim();
        (!rest.is_empty()).then(|| rest.to_owned())
    };
    let mut names = Vec::new();
    let first = &lines[start];
    let after_label = first["附件".len()..].trim_start_matches(|c: char| c.is_ascii_digit());
    let labelled_each = first["附件".len()..].starts_with(|c: char| c.is_ascii_digit());
    let name = after_label[after_label.chars().next().map_or(0, char::len_utf8)..].trim();
    let mut end = start + 1;
    if labelled_each {
        // 附件1：… 附件2：…
        names.push(name.to_owned());
        while let Some(line) = lines.get(end) {
            let prefix = format!("附件{}", names.len() + 1);
            let Some(rest) = line.strip_prefix(&prefix) else {
                break;
            };
            let Some(rest) = rest.strip_prefix(['：', ':']) else {
                break;
            };
            names.push(rest.trim().to_owned());
            end += 1;
        }
        if first["附件".len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            != "1"
        {
            return Vec::new();
        }
    } else {
        let first_numbered = strip_number(name, 1);
        let numbered = name.is_empty() || first_numbered.is_some();
        if !name.is_empty() {
            match first_numbered {
                Some(n) => names.push(n),
                None if item_marker(name).is_some() => return Vec::new(),
                None => names.push(name.to_owned()),
            }
        }
        if numbered {
            while let Some(n) = lines
                .get(end)
                .and_then(|l| strip_number(l, names.len() + 1))
            {
                names.push(n);
                end += 1;
            }
        }
    }
    // Only a signature (a unit and a date) may follow.
    let rest = &lines[end..];
    let signature_like = |l: &String| {
        is_date_line(l)
            || (l.chars().count() <= 30 && !ends_with_sentence_mark(l) && !is_numbered(l))
    };
    if names.is_empty()
        || names.iter().any(String::is_empty)
        || rest.len() > 2
        || !rest.iter().all(signature_like)
    {
        return Vec::new();
    }
    lines.drain(start..end);
    names
}
