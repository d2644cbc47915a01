use super::*;
use crate::export::BlockKind;

fn block(kind: BlockKind, text: &str) -> Block {
    Block {
        kind,
        text: text.to_owned(),
    }
}

fn texts(page: &Page) -> Vec<&str> {
    page.text_lines().map(|l| l.text.as_str()).collect()
}

#[test]
fn body_lines_hold_26_then_28_cells() {
    let pages = paginate_blocks(
        &[block(
            BlockKind::Paragraph,
            &"一二三四五六七八九十".repeat(7),
        )],
        true,
    );
    let lines: Vec<usize> = pages[0]
        .text_lines()
        .map(|l| l.text.chars().count())
        .collect();
    assert_eq!(lines, [26, 28, 16]);
    let first = &pages[0].lines[0];
    assert!((first.x - (LEFT_PT + 2.0 * CELL_PT)).abs() < 0.01);
    // Justified lines end at the right edge of the text block.
    let second = &pages[0].lines[1];
    assert!((second.x + second.width - (LEFT_PT + BLOCK_WIDTH_PT)).abs() < 0.01);
}

#[test]
fn a_page_holds_22_lines_and_the_title_takes_its_lines_and_a_blank() {
    let mut blocks = vec![block(BlockKind::Title, "某局2024年工作总结")];
    blocks.extend(vec![block(BlockKind::Paragraph, "字"); 20]);
    let pages = paginate_blocks(&blocks, true);
    assert_eq!(pages.len(), 1, "title + blank + 20 lines = 22");
    blocks.push(block(BlockKind::Paragraph, "字"));
    let pages = paginate_blocks(&blocks, true);
    assert_eq!(pages.len(), 2);
    assert_eq!(texts(&pages[1]), ["字"]);
    // The next page starts on the first grid line.
    assert!((pages[1].lines[0].y - baseline(0, BODY_PT)).abs() < 0.01);
    assert!((pages[0].lines[1].y - baseline(2, BODY_PT)).abs() < 0.01);
}

#[test]
fn a_long_title_breaks_into_centred_lines_the_longer_first() {
    let title = "一二三四五六七八九十".repeat(3);
    let pages = paginate_blocks(&[block(BlockKind::Title, &title)], true);
    let lines: Vec<&Line> = pages[0].text_lines().collect();
    assert_eq!(lines.len(), 2);
    let (a, b) = (lines[0].text.chars().count(), lines[1].text.chars().count());
    assert_eq!(a + b, 30);
    assert!(a >= b && a <= 20, "{a} + {b}");
    for line in &lines {
        let middle = line.x + line.width / 2.0;
        assert!((middle - (LEFT_PT + BLOCK_WIDTH_PT / 2.0)).abs() < 0.01);
    }
}

#[test]
fn signature_date_starts_two_characters_right_of_the_unit_after_a_blank_line() {
    let right = LEFT_PT + BLOCK_WIDTH_PT;
    // §7.3.5.2, no seal: a long unit (the unit keeps two characters on the right), a short
    // unit and a date longer than the unit (the date keeps two, the unit moves left).
    for (unit, date, right_of) in [
        ("某县文化旅游广电体育局", "2022年7月1日", 1),
        ("某局", "2022年12月31日", 2),
        ("某某县人民政府办公室", "2026年12月6日", 2),
    ] {
        let blocks = [
            block(BlockKind::Paragraph, "正文。"),
            block(BlockKind::SignatureUnit, unit),
            block(BlockKind::SignatureDate, date),
        ];
        let pages = paginate_blocks(&blocks, true);
        let lines: Vec<&Line> = pages[0].text_lines().collect();
        let pitch = style::LINE_PITCH_PT;
        assert!(
            (lines[1].y - lines[0].y - 2.0 * pitch).abs() < 0.01,
            "blank line"
        );
        assert!(
            (lines[2].x - lines[1].x - 2.0 * CELL_PT).abs() < 0.01,
            "{unit}/{date}: the date starts 2 characters right of the unit: {} {}",
            lines[1].x,
            lines[2].x
        );
        // The line reaching further right ends about two characters from the edge (the
        // estimate of half-width digits; within half a character).
        let line = lines[right_of];
        let space = right - (line.x + line.width);
        assert!(
            (space - 2.0 * CELL_PT).abs() < 0.5 * CELL_PT,
            "{unit}/{date}: {space} pt on the right"
        );
    }
}

#[test]
fn page_numbers_alternate_sides() {
    let blocks = vec![block(BlockKind::Paragraph, "字"); 30];
    let pages = paginate_blocks(&blocks, true);
    assert_eq!(pages.len(), 2);
    let number = |p: &Page| p.lines.last().cloned().expect("page number");
    let odd = number(&pages[0]);
    let even = number(&pages[1]);
    assert_eq!((odd.text.as_str(), odd.role), ("— 1 —", Role::PageNumber));
    assert_eq!(even.text, "— 2 —");
    let right = LEFT_PT + BLOCK_WIDTH_PT;
    assert!((right - (odd.x + odd.width) - PAGE_NUMBER_PT).abs() < 0.01);
    assert!((even.x - (LEFT_PT + PAGE_NUMBER_PT)).abs() < 0.01);
    assert!(odd.y > TOP_PT + BLOCK_HEIGHT_PT && odd.y < PAGE_HEIGHT_PT);
}

#[test]
fn an_empty_report_is_one_page() {
    assert_eq!(paginate_blocks(&[], true).len(), 1);
}

#[test]
fn odd_text_never_panics() {
    for text in [
        "",
        " ",
        "\t\t",
        "（",
        "。。。。",
        &"a".repeat(500),
        "“”《》（）",
    ] {
        let pages = paginate_blocks(&[block(BlockKind::Paragraph, text)], false);
        let joined: String = pages[0].text_lines().map(|l| l.text.as_str()).collect();
        assert_eq!(joined, text, "every character is on a line");
    }
}

#[test]
fn middle_dot_is_latin_and_a_quote_holds_to_the_digits_after_it() {
    // LibreOffice sets · (U+00B7) in the Latin face: "5·18" is one run of 3 cells.
    let glyphs = measure("“5·18国", BODY_PT, true);
    let run: f32 = glyphs[1..5].iter().map(|g| g.width).sum();
    assert!((run - 3.0 * CELL_PT).abs() < 0.01, "{run}");
    // No break between ” and 20: 乡” go down together.
    let text = format!("{}共开展“送戏下乡”20场次", "字".repeat(18));
    let pages = paginate_blocks(&[block(BlockKind::Paragraph, &text)], true);
    assert_eq!(texts(&pages[0])[1], "乡”20场次");
}

/// §7.3.1: a title over two lines breaks between words, never inside a number, its lines a
/// trapezoid (the longer first); two titles joined by 及 break before it.
#[test]
fn long_titles_break_between_words_as_a_trapezoid() {
    let _ = crate::check::jieba();
    let split = |t: &str| -> Vec<String> {
        let chars: Vec<char> = t.chars().collect();
        let mut from = 0;
        let mut out = Vec::new();
        for to in title_breaks(t)
            .into_iter()
            .chain(std::iter::once(chars.len()))
        {
            out.push(chars[from..to].iter().collect());
            from = to;
        }
        out
    };
    assert_eq!(
        split("XX县交通运输局2022年工作总结及2023年工作谋划"),
        ["XX县交通运输局2022年工作总结", "及2023年工作谋划"]
    );
    assert_eq!(
        split("某局2026年上半年工作总结"),
        ["某局2026年上半年工作总结"]
    );
    for title in [
        "某某市某某区人民政府办公室关于2026年上半年全区重点工作推进情况的总结报告",
        "中共某某县委员会组织部2026年上半年基层党组织建设工作总结",
        "某某省某某市某某区文化体育广电旅游局2023年第一季度工作总结暨第二季度工作安排",
    ] {
        let lines = split(title);
        assert!(lines.len() >= 2, "{lines:?}");
        let words: Vec<usize> = crate::check::jieba()
            .cut(title, false)
            .iter()
            .map(|t| t.start)
            .collect();
        let mut at = 0;
        for line in &lines[..lines.len() - 1] {
            at += line.chars().count();
            assert!(
                words.contains(&at),
                "{title}: broken inside a word at {at}: {lines:?}"
            );
            let chars: Vec<char> = title.chars().collect();
            assert!(
                !(chars[at - 1].is_ascii_digit() && chars[at].is_ascii_digit()),
                "{lines:?}"
            );
        }
        let widths: Vec<f32> = lines
            .iter()
            .map(|l| measure(l, TITLE_PT, false).iter().map(|g| g.width).sum())
            .collect();
        assert!(
            widths.iter().all(|w| *w <= BLOCK_WIDTH_PT + 0.01),
            "{lines:?}"
        );
        let trapezoid = widths.windows(2).all(|w| w[0] + 0.01 >= w[1]);
        let diamond = widths.len() == 3 && widths[1] >= widths[0] && widths[1] >= widths[2];
        assert!(trapezoid || diamond, "{lines:?} {widths:?}");
    }
}

/// §7.3.4: an attachment name too long for its line continues under its own first character
/// — after "附件：1．" for the first, after "2．" for a later one.
#[test]
fn a_long_attachment_name_continues_under_its_first_character() {
    let long = "某县2026年上半年全县重点项目建设推进情况及资金使用明细统计汇总表";
    let blocks = [
        block(BlockKind::Paragraph, "正文。"),
        block(BlockKind::Attachment(0), &format!("附件：1．{long}")),
        block(BlockKind::Attachment(1), &format!("2．{long}")),
    ];
    let pages = paginate_blocks(&blocks, true);
    let lines: Vec<&Line> = pages[0].text_lines().collect();
    // 正文, then 附件 1 over two lines, then 附件 2 over two lines.
    assert_eq!(
        lines.len(),
        5,
        "{:?}",
        lines.iter().map(|l| &l.text).collect::<Vec<_>>()
    );
    let name_start = |line: &Line, prefix_chars: usize| line.x + line.offsets[prefix_chars];
    // The first: its name starts after 附件：1． (5 characters); the next line starts there.
    assert!(
        (lines[2].x - name_start(lines[1], 5)).abs() < 0.01,
        "{} {}",
        lines[2].x,
        name_start(lines[1], 5)
    );
    // The second: its number under the first's number, its next line under its name.
    assert!((lines[3].x - name_start(lines[1], 3)).abs() < 0.01);
    assert!((lines[4].x - name_start(lines[3], 2)).abs() < 0.01);
}

/// The signature's unit never ends a page without its date: both go over together.
#[test]
fn the_unit_and_the_date_stay_on_one_page() {
    let mut blocks: Vec<Block> = (0..19)
        .map(|_| block(BlockKind::Paragraph, "一行正文。"))
        .collect();
    blocks.push(block(BlockKind::SignatureUnit, "某县文化旅游广电体育局"));
    blocks.push(block(BlockKind::SignatureDate, "2026年6月30日"));
    // 19 lines, a blank line, the unit on line 21 and the date on line 22: one page.
    assert_eq!(paginate_blocks(&blocks, true).len(), 1);
    blocks.insert(0, block(BlockKind::Paragraph, "再一行。"));
    let pages = paginate_blocks(&blocks, true);
    assert_eq!(pages.len(), 2);
    // §7.3.5: not alone on page 2 — the body's last paragraph goes over with the signature
    // (as LibreOffice moves a paragraph the DOCX keeps with the next).
    let second: Vec<&str> = pages[1].text_lines().map(|l| l.text.as_str()).collect();
    assert_eq!(
        second,
        ["一行正文。", "某县文化旅游广电体育局", "2026年6月30日"]
    );
}

/// §7.3.5: the signature never begins a page. The last paragraph goes over with it whole
/// when it is on one page; a paragraph that began on the page before gives its last line.
#[test]
fn the_signature_takes_the_last_paragraph_to_a_new_page() {
    let unit = block(BlockKind::SignatureUnit, "某县文化旅游广电体育局");
    let date = block(BlockKind::SignatureDate, "2026年6月30日");
    let lines_of =
        |page: &Page| -> Vec<String> { page.text_lines().map(|l| l.text.clone()).collect() };
    // 17 one-line paragraphs and one of three lines (20 lines), a blank line, the signature:
    // 23 lines. The three lines go to page 2 with it.
    let three = "加强文物保护利用和非遗传承，".repeat(5);
    let mut blocks: Vec<Block> = (0..17)
        .map(|_| block(BlockKind::Paragraph, "一行正文。"))
        .collect();
    blocks.push(block(BlockKind::Paragraph, &three));
    blocks.extend([unit.clone(), date.clone()]);
    let pages = paginate_blocks(&blocks, true);
    assert_eq!(pages.len(), 2);
    let second = lines_of(&pages[1]);
    assert_eq!(second.len(), 5, "{second:?}");
    assert_eq!(second[3..], ["某县文化旅游广电体育局", "2026年6月30日"]);
    assert_eq!(lines_of(&pages[0]).len(), 17);
    // The signature's rows: a blank line after the moved paragraph.
    let rows: Vec<f32> = pages[1].text_lines().map(|l| l.y).collect();
    assert!(
        rows[3] - rows[2] > 1.9 * crate::export::style::LINE_PITCH_PT,
        "{rows:?}"
    );

    // One paragraph of 43 lines: 22 on page 1, 21 on page 2, no room for the signature; it
    // began on page 1, so only its last line goes over.
    let long = "坚持以人民为中心的发展思想，".repeat(86);
    let pages = paginate_blocks(&[block(BlockKind::Paragraph, &long), unit, date], true);
    let counts: Vec<usize> = pages.iter().map(|p| lines_of(p).len()).collect();
    let body: usize = counts.iter().sum::<usize>() - 2;
    assert!(body > 42, "{counts:?}");
    assert_eq!(counts.last(), Some(&3), "{counts:?}");
}

/// A year and its 年, a number and its unit, 第 and its numeral stay on one line (§7.3.1:
/// whole words), wherever the even break would fall.
#[test]
fn a_title_never_breaks_between_a_number_and_its_unit() {
    let _ = crate::check::jieba();
    let mut breaks_near_a_number = 0;
    for k in 0..24 {
        for tail in [
            "2026年上半年工作总结暨下半年工作安排",
            "第三季度工作总结及第四季度工作打算",
            "12个重点项目推进情况的总结报告",
        ] {
            let title = format!("{}县人民政府办公室{tail}", "某".repeat(k));
            let chars: Vec<char> = title.chars().collect();
            for at in title_breaks(&title) {
                let (a, b) = (chars[at - 1], chars[at]);
                let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
                if numeral(a) || numeral(b) {
                    breaks_near_a_number += 1;
                }
                assert!(
                    !(numeral(a) && "年月日季个项".contains(b)) && a != '第',
                    "{title}: broken at {at} between {a} and {b}"
                );
            }
        }
    }
    // Breaks next to a number are still allowed where they keep words whole (…办公室 / 2026年…).
    assert!(breaks_near_a_number > 0);
}

#[test]
fn page_count_on_the_grid() {
    let pages = |blocks: &[Block]| paginate_blocks(blocks, true).len();
    let para = |n: usize| block(BlockKind::Paragraph, &"字".repeat(n));
    assert_eq!(pages(&[para(26)]), 1);
    // 22 full lines fill a page; one more character starts the second.
    assert_eq!(pages(&vec![para(26); 22]), 1);
    assert_eq!(pages(&vec![para(26); 23]), 2);
    assert_eq!(pages(&[para(27)]), 1);
    assert_eq!(pages(&vec![para(27); 11]), 1, "27 + indent takes two lines");
    assert_eq!(pages(&vec![para(27); 12]), 2);
}
