//! Word's list numbering (`numbering.xml`): the levels of each list, the counters as the
//! paragraphs go, and each number in its format (decimal, letters, roman, Chinese).

use super::*;

/// One level of a list definition.
#[derive(Clone, Debug, Default)]
struct Level {
    start: usize,
    format: String,
    text: String,
}

/// `numbering.xml`: the levels of each numbering instance (`numId`).
#[derive(Debug, Default)]
pub(super) struct Numbering {
    /// numId → (abstractNumId, start overrides per level).
    nums: HashMap<String, (String, HashMap<usize, usize>)>,
    abstracts: HashMap<String, HashMap<usize, Level>>,
}

pub(super) fn read_numbering(xml: &str) -> Numbering {
    let mut n = Numbering::default();
    let mut reader = Reader::from_str(xml);
    let mut abstract_id: Option<String> = None;
    let mut level: Option<(usize, Level)> = None;
    let mut num_id: Option<String> = None;
    let mut override_level: Option<usize> = None;
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(e) => e,
        };
        match event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"w:abstractNum" => abstract_id = attr(&e, b"w:abstractNumId"),
                b"w:lvl" if abstract_id.is_some() => {
                    let ilvl = attr(&e, b"w:ilvl")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                    level = Some((
                        ilvl,
                        Level {
                            start: 1,
                            ..Level::default()
                        },
                    ));
                }
                b"w:start" => {
                    let start = val(&e).and_then(|v| v.parse().ok()).unwrap_or(1);
                    if let Some((_, l)) = &mut level {
                        l.start = start;
                    }
                }
                b"w:numFmt" => {
                    if let Some((_, l)) = &mut level {
                        l.format = val(&e).unwrap_or_default();
                    }
                }
                b"w:lvlText" => {
                    if let Some((_, l)) = &mut level {
                        l.text = val(&e).unwrap_or_default();
                    }
                }
                b"w:num" => num_id = attr(&e, b"w:numId"),
                b"w:abstractNumId" => {
                    if let (Some(id), Some(abs)) = (&num_id, val(&e)) {
                        n.nums.insert(id.clone(), (abs, HashMap::new()));
                    }
                }
                b"w:lvlOverride" => {
                    override_level = attr(&e, b"w:ilvl").and_then(|v| v.parse().ok());
                }
                b"w:startOverride" => {
                    if let (Some(id), Some(ilvl), Some(start)) = (
                        &num_id,
                        override_level,
                        val(&e).and_then(|v| v.parse().ok()),
                    ) && let Some((_, overrides)) = n.nums.get_mut(id)
                    {
                        overrides.insert(ilvl, start);
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"w:lvl" => {
                    if let (Some(abs), Some((ilvl, l))) = (&abstract_id, level.take()) {
                        n.abstracts.entry(abs.clone()).or_default().insert(ilvl, l);
                    }
                }
                b"w:abstractNum" => abstract_id = None,
                b"w:num" => num_id = None,
                _ => {}
            },
            _ => {}
        }
    }
    n
}

/// A heading level from a style's name or id: "heading 1", "标题 1", "Heading2".
/// The number `n` in a Word number format.
pub fn format_number(n: usize, format: &str) -> String {
    let chinese = crate::numbering::chinese;
    let letters = |base: u8| {
        let mut s = String::new();
        let mut k = n;
        while k > 0 {
            k -= 1;
            s.insert(0, char::from(base + (k % 26) as u8));
            k /= 26;
        }
        s
    };
    match format {
        "chineseCounting"
        | "chineseCountingThousand"
        | "japaneseCounting"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "ideographDigital" => chinese(n),
        "chineseLegalSimplified" => chinese(n)
            .chars()
            .map(|c| match c {
                '一' => '壹',
                '二' => '贰',
                '三' => '叁',
                '四' => '肆',
                '五' => '伍',
                '六' => '陆',
                '七' => '柒',
                '八' => '捌',
                '九' => '玖',
                '十' => '拾',
                c => c,
            })
            .collect(),
        "ideographTraditional" => "甲乙丙丁戊己庚辛壬癸"
            .chars()
            .nth(n.saturating_sub(1))
            .map_or_else(|| n.to_string(), String::from),
        "ideographZodiac" => "子丑寅卯辰巳午未申酉戌亥"
            .chars()
            .nth(n.saturating_sub(1))
            .map_or_else(|| n.to_string(), String::from),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x2460 + n as u32 - 1).map_or_else(|| n.to_string(), String::from)
        }
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .filter_map(|c| char::from_u32(c as u32 - '0' as u32 + 0xff10))
            .collect(),
        "decimalZero" if n < 10 => format!("0{n}"),
        "upperLetter" => letters(b'A'),
        "lowerLetter" => letters(b'a'),
        "upperRoman" | "lowerRoman" => {
            let mut k = n;
            let mut s = String::new();
            for (v, r) in [
                (1000, "M"),
                (900, "CM"),
                (500, "D"),
                (400, "CD"),
                (100, "C"),
                (90, "XC"),
                (50, "L"),
                (40, "XL"),
                (10, "X"),
                (9, "IX"),
                (5, "V"),
                (4, "IV"),
                (1, "I"),
            ] {
                while k >= v {
                    s.push_str(r);
                    k -= v;
                }
            }
            if format == "lowerRoman" {
                s.to_lowercase()
            } else {
                s
            }
        }
        "none" => String::new(),
        _ => n.to_string(),
    }
}

/// Counters of the lists met so far, and the text of each paragraph's number.
#[derive(Default)]
pub(super) struct Counters {
    /// (abstractNumId) → counters per level.
    counts: HashMap<String, [usize; 9]>,
    /// numIds whose start overrides were applied.
    started: Vec<String>,
}

impl Counters {
    pub(super) fn label(
        &mut self,
        numbering: &Numbering,
        num_id: &str,
        ilvl: usize,
    ) -> Option<String> {
        let (abs, overrides) = numbering.nums.get(num_id)?;
        let levels = numbering.abstracts.get(abs)?;
        let ilvl = ilvl.min(8);
        let level = levels.get(&ilvl)?;
        if level.format == "bullet" || level.format == "none" {
            return None;
        }
        let counts = self.counts.entry(abs.clone()).or_insert([0; 9]);
        // A numbering instance with start overrides begins its own count.
        if !overrides.is_empty() && !self.started.iter().any(|s| s == num_id) {
            self.started.push(num_id.to_owned());
            for (l, start) in overrides {
                if *l < 9 {
                    counts[*l] = start.saturating_sub(1);
                }
            }
        }
        let start_of = |l: usize| levels.get(&l).map_or(1, |lv| lv.start);
        counts[ilvl] = if counts[ilvl] == 0 {
            start_of(ilvl)
        } else {
            counts[ilvl] + 1
        };
        // Deeper levels restart.
        for c in counts.iter_mut().skip(ilvl + 1) {
            *c = 0;
        }
        let mut text = level.text.clone();
        for (l, &count) in counts.iter().enumerate().take(ilvl + 1) {
            let placeholder = format!("%{}", l + 1);
            if text.contains(&placeholder) {
                let n = if count == 0 { start_of(l) } else { count };
                let format = levels.get(&l).map_or("decimal", |lv| lv.format.as_str());
                text = text.replace(&placeholder, &format_number(n, format));
            }
        }
        Some(text)
    }
}
