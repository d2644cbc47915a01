//! Proofreading (校对) to GB/T 15834-2011 (punctuation) and GB/T 15835-2011 (numbers): rules
//! over each text field of a report, or over raw text line by line, returning findings with
//! their exact place and, where the fix is certain, the replacement.

mod dedi;
mod field;
mod figures;
mod lexical;
mod lexicon;
mod names;
mod numbers;
mod present;
mod rule;
mod rules;
mod short_words;
mod slips;
pub mod terms;
mod warm;
mod wordlist;
mod words;

use crate::model::{Report, Section};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::collections::BTreeSet;
use std::ops::Range;

pub use crate::model::Place;
pub use figures::Figure;
pub(crate) use figures::read_numbers;
pub(crate) use lexicon::{jieba, jieba_if_loaded};

/// Do two characters make a word of the dictionary (街道, 资助)?
pub(crate) fn is_word_pair(a: char, b: char) -> bool {
    lexicon::pairs().is_word(a, b)
}
pub use present::{context, group, sentence_number, where_in};
pub use rule::Rule;
pub use warm::{is_warm, warm_up};
pub use wordlist::WordList;
pub use words::{WordEntry, entries as word_list_entries};

/// What the user chose: rules switched off, and words never to flag.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub disabled: BTreeSet<Rule>,
    pub words: WordList,
}

impl Options {
    /// Only these rules on (`check --rules`).
    pub fn only(rules: &[Rule]) -> Self {
        Self {
            disabled: Rule::ALL
                .into_iter()
                .filter(|r| !rules.contains(r))
                .collect(),
            words: WordList::default(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed before the document goes out: masks, garbled characters.
    Error,
    /// Against the standard: half-width punctuation, wrong numbering.
    Warning,
    /// Worth a look: template placeholders like 某局.
    Info,
}

/// A certain replacement for the finding's range.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub replacement: String,
    /// Applied by 全部安全修正; otherwise the user confirms it one by one (修正).
    pub safe: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub place: Place,
    /// Character (not byte) range in the field or line.
    pub range: Range<usize>,
    /// The text at the range.
    pub found: String,
    pub fix: Option<Fix>,
    /// What the finding was compared with, in digits (a sum, a computed rate, the value
    /// elsewhere); only the figure rules set it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Finding {
    pub fn message(&self, english: bool) -> String {
        // An empty part is found at its title, which is there: the message names the part.
        if self.rule == Rule::Empty {
            let part = matches!(self.place, Place::SectionTitle { .. });
            return match (part, english) {
                (true, false) => "这一部分只有标题，还没有内容".to_owned(),
                (true, true) => "this part has a title but no text yet".to_owned(),
                (false, false) => "这一条还没有内容".to_owned(),
                (false, true) => "this item has no text yet".to_owned(),
            };
        }
        self.rule.message(
            &self.found,
            self.fix.as_ref(),
            self.note.as_deref(),
            english,
        )
    }
}

/// Check every field of a report.
pub fn check_report(report: &Report) -> Vec<Finding> {
    Checker::default().check(report)
}

/// Check every field of a report with the user's options.
pub fn check_report_with(report: &Report, options: &Options) -> Vec<Finding> {
    let mut checker = Checker::default();
    checker.set_options(options.clone());
    checker.check(report)
}

/// Every figure of a report (数据核对), in reading order, with its label.
pub fn figures(report: &Report) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut sentence = 0;
    for (place, text) in fields(report) {
        let (found, sentences) = field_figures(&place, text, true);
        out.extend(found.into_iter().map(|mut f| {
            f.sentence += sentence;
            f
        }));
        sentence += sentences;
    }
    out
}

/// The figures of one field, their sentences counted from 0, and how many sentences the field
/// counts for (figures of the next field start a new one).
fn field_figures(place: &Place, text: &str, labelled: bool) -> (Vec<Figure>, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut sentence = 0;
    let mut found = figures::extract(&chars, place, &mut sentence);
    if labelled {
        for f in &mut found {
            f.label = figures::label(&chars, &f.range);
        }
    }
    (found, sentence + 1)
}

/// The figures of a document in order (`Checker::figures`), and where each field's lie.
#[derive(Default)]
struct FigureList {
    all: Vec<Figure>,
    fields: Vec<FigureField>,
}

/// A field's figures in `FigureList::all`: its text when read (None: not yet), how many
/// figures and sentences it holds, and the number of its first sentence in the document.
struct FigureField {
    place: Place,
    text: Option<String>,
    len: usize,
    sentences: usize,
    offset: usize,
}

/// Checks a report again and again as it is edited, re-checking only the fields whose text
/// changed since the last call (typing changes one field at a time).
pub struct Checker {
    cache: FxHashMap<Place, (String, Vec<Finding>)>,
    /// The figures of the document as last read.
    figures: FigureList,
    options: Options,
    protector: wordlist::Protector,
}

impl Default for Checker {
    fn default() -> Self {
        Self {
            cache: FxHashMap::default(),
            figures: FigureList::default(),
            options: Options::default(),
            protector: wordlist::Protector::new(&WordList::default()),
        }
    }
}

impl Checker {
    /// Take new options (disabled rules, word list); the next check starts afresh.
    pub fn set_options(&mut self, options: Options) {
        if options != self.options {
            self.protector = wordlist::Protector::new(&options.words);
            self.options = options;
        }
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    pub fn check(&mut self, report: &Report) -> Vec<Finding> {
        let mut out = self.check_fields(report);
        for (s, section) in report.sections.iter().enumerate() {
            numbers::check_structure(section, s, &mut out);
        }
        if Rule::ALL
            .iter()
            .any(|r| r.is_figure_rule() && !self.options.disabled.contains(r))
        {
            let figures = self.figures(report);
            figures::check(figures, &mut out);
        }
        self.finish(report, out)
    }

    /// The findings of a blank draft (`Report::is_blank`: a new draft's section titles
    /// alone), which come from its structure only (parts still empty): worked out without the
    /// dictionary, so that a new draft does not load it. `None` for any other report.
    pub fn check_blank(&self, report: &Report) -> Option<Vec<Finding>> {
        if !report.is_blank() {
            return None;
        }
        let mut out = Vec::new();
        for (s, section) in report.sections.iter().enumerate() {
            numbers::check_structure(section, s, &mut out);
        }
        Some(self.finish(report, out))
    }

    /// Drop what the options switch off or protect, and near-words the document repeats
    /// (a name used twice is meant).
    fn finish(&self, report: &Report, mut out: Vec<Finding>) -> Vec<Finding> {
        out.retain(|f| !self.options.disabled.contains(&f.rule));
        let texts = fields(report);
        // In the order of the document, as a reader goes through it.
        let order: FxHashMap<&Place, usize> = texts
            .iter()
            .enumerate()
            .map(|(i, (place, _))| (place, i))
            .collect();
        // A key each, looked up once (a place is hashed whole: its item path).
        out.sort_by_cached_key(|f| {
            (
                order.get(&f.place).copied().unwrap_or(usize::MAX),
                f.range.start,
                f.range.end,
            )
        });
        if out.iter().any(|f| repeat_means_meant(f.rule)) {
            // Each form counted once, however many findings it has.
            let mut uses: FxHashMap<String, usize> = FxHashMap::default();
            for f in out.iter().filter(|f| repeat_means_meant(f.rule)) {
                if !uses.contains_key(&f.found) {
                    let n = texts.iter().map(|(_, t)| t.matches(&f.found).count()).sum();
                    uses.insert(f.found.clone(), n);
                }
            }
            out.retain(|f| {
                !repeat_means_meant(f.rule) || uses.get(&f.found).is_none_or(|n| *n < 2)
            });
        }
        if !self.options.words.is_empty() {
            let mut ranges: FxHashMap<&Place, Vec<(usize, usize)>> = FxHashMap::default();
            for (place, text) in &texts {
                ranges.insert(place, self.protector.ranges(text));
            }
            out.retain(|f| {
                ranges.get(&f.place).is_none_or(|r| {
                    !r.iter()
                        .any(|(s, e)| *s < f.range.end && f.range.start < *e)
                })
            });
        }
        out
    }

    /// Every figure of the report, reading again only the fields whose text changed: their
    /// figures are put in place of the old ones in the document's list, and the sentences of
    /// the figures after them are renumbered (no figure of an unchanged field is copied).
    fn figures(&mut self, report: &Report) -> &[Figure] {
        let list = fields(report);
        let kept = &mut self.figures;
        let same_fields = list.len() == kept.fields.len()
            && list
                .iter()
                .zip(&kept.fields)
                .all(|((p, _), f)| *p == f.place);
        if !same_fields {
            *kept = FigureList::default();
        }
        let (mut at, mut offset) = (0, 0);
        for (k, (place, text)) in list.into_iter().enumerate() {
            if kept.fields.len() == k {
                kept.fields.push(FigureField {
                    place,
                    text: None,
                    len: 0,
                    sentences: 0,
                    offset,
                });
            }
            let field = &mut kept.fields[k];
            if field.text.as_deref() != Some(text) {
                let (mut found, n) = field_figures(&field.place, text, false);
                for f in &mut found {
                    f.sentence += offset;
                }
                let len = found.len();
                kept.all.splice(at..at + field.len, found);
                field.text = Some(text.to_owned());
                (field.len, field.sentences, field.offset) = (len, n, offset);
            } else if field.offset != offset {
                for f in &mut kept.all[at..at + field.len] {
                    f.sentence = f.sentence - field.offset + offset;
                }
                field.offset = offset;
            }
            at += field.len;
            offset += field.sentences;
        }
        &kept.all
    }

    fn check_fields(&mut self, report: &Report) -> Vec<Finding> {
        let list = fields(report);
        let fresh: Vec<usize> = (0..list.len())
            .filter(|&k| {
                let (place, text) = &list[k];
                self.cache
                    .get(place)
                    .is_none_or(|(cached, _)| cached != text)
            })
            .collect();
        for (k, findings) in check_each(&list, &fresh) {
            let (place, text) = &list[k];
            self.cache
                .insert(place.clone(), ((*text).to_owned(), findings));
        }
        let mut out = Vec::new();
        let mut seen = FxHashSet::default();
        for (place, _) in list {
            if let Some((_, findings)) = self.cache.get(&place) {
                out.extend(findings.iter().cloned());
            }
            seen.insert(place);
        }
        // Fields that no longer exist (deleted items) leave the cache.
        self.cache.retain(|place, _| seen.contains(place));
        out
    }
}

/// Characters of fields to check from which the work is shared among the processor's cores.
const PARALLEL_FROM: usize = 20_000;

/// The findings of the fields `which` of `list`, each field by the rules on one field; a long
/// stretch of text is split among the cores (the fields are independent).
fn check_each(list: &[(Place, &str)], which: &[usize]) -> Vec<(usize, Vec<Finding>)> {
    let one = |k: usize| {
        let (place, text) = &list[k];
        let mut findings = Vec::new();
        rules::check_field(text, field_kind(place), place, &mut findings);
        (k, findings)
    };
    let size: usize = which.iter().map(|&k| list[k].1.len()).sum::<usize>() / 3;
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    if cores < 2 || size < PARALLEL_FROM {
        return which.iter().map(|&k| one(k)).collect();
    }
    // Contiguous shares of about equal length, in order.
    let share = size.div_ceil(cores);
    let mut shares: Vec<&[usize]> = Vec::new();
    let (mut from, mut len) = (0, 0);
    for (i, &k) in which.iter().enumerate() {
        len += list[k].1.len() / 3;
        if len >= share {
            shares.push(&which[from..=i]);
            (from, len) = (i + 1, 0);
        }
    }
    if from < which.len() {
        shares.push(&which[from..]);
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = shares
            .iter()
            .map(|share| scope.spawn(move || share.iter().map(|&k| one(k)).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

fn field_kind(place: &Place) -> rules::FieldKind {
    match place {
        Place::Title => rules::FieldKind::Title,
        Place::SectionTitle { .. } | Place::ItemHeading { .. } | Place::Attachment { .. } => {
            rules::FieldKind::Heading
        }
        Place::SignatureUnit => rules::FieldKind::Signature,
        Place::SignatureDate => rules::FieldKind::Date,
        _ => rules::FieldKind::Paragraphs,
    }
}

/// Rules whose findings are dropped when the document writes the same thing twice (a name
/// used twice is meant).
fn repeat_means_meant(rule: Rule) -> bool {
    matches!(rule, Rule::NearWord | Rule::NameSlip)
}

/// Check raw text (a .txt file as it is), line by line; numbering is checked across lines.
pub fn check_text(text: &str) -> Vec<Finding> {
    check_text_with(text, &Options::default())
}

/// Every figure of raw text, line by line, with its label.
pub fn text_figures(text: &str) -> Vec<Figure> {
    text_figure_list(text, true)
}

fn text_figure_list(text: &str, labelled: bool) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut sentence = 0;
    for (n, line) in text.lines().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let mut found = figures::extract(&chars, &Place::Line { line: n + 1 }, &mut sentence);
        if labelled {
            for f in &mut found {
                f.label = figures::label(&chars, &f.range);
            }
        }
        out.extend(found);
        sentence += 1;
    }
    out
}

/// Check raw text with the user's options.
pub fn check_text_with(text: &str, options: &Options) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut first = true;
    for (n, line) in text.lines().enumerate() {
        let place = Place::Line { line: n + 1 };
        let kind = if first && !line.trim().is_empty() {
            first = false;
            rules::FieldKind::Title
        } else {
            rules::FieldKind::Paragraphs
        };
        rules::check_field(line, kind, &place, &mut out);
    }
    numbers::check_text_numbering(text, &mut out);
    figures::check(&text_figure_list(text, false), &mut out);
    let protector = wordlist::Protector::new(&options.words);
    out.retain(|f| !options.disabled.contains(&f.rule));
    let lines: Vec<&str> = text.lines().collect();
    if out.iter().any(|f| repeat_means_meant(f.rule)) {
        out.retain(|f| !repeat_means_meant(f.rule) || text.matches(&f.found).count() < 2);
    }
    if !options.words.is_empty() {
        out.retain(|f| {
            let Place::Line { line } = f.place else {
                return true;
            };
            let Some(l) = lines.get(line.wrapping_sub(1)) else {
                return true;
            };
            !protector
                .ranges(l)
                .iter()
                .any(|(s, e)| *s < f.range.end && f.range.start < *e)
        });
    }
    out
}

/// Every text field of a report with its place, in reading order.
pub fn fields(report: &Report) -> Vec<(Place, &str)> {
    report.fields()
}

/// All rule ids, comma-separated (for `check --rules` help and errors).
pub fn rule_ids() -> String {
    Rule::ALL.map(Rule::id).join(",")
}

/// Findings of a report grouped by rule, with counts, in rule order.
pub fn counts(findings: &[Finding]) -> Vec<(Rule, usize)> {
    let mut counts: Vec<(Rule, usize)> = Vec::new();
    for f in findings {
        match counts.iter_mut().find(|(r, _)| *r == f.rule) {
            Some((_, n)) => *n += 1,
            None => counts.push((f.rule, 1)),
        }
    }
    counts.sort();
    counts
}

/// Apply the fixes of `findings` (those with a fix) to the report. Overlapping fixes in one
/// field are applied once (the first wins). Returns how many were applied.
pub fn apply(report: &mut Report, findings: &[&Finding]) -> usize {
    let mut by_place: Vec<(&Place, Vec<&Finding>)> = Vec::new();
    for f in findings.iter().filter(|f| f.fix.is_some()) {
        match by_place.iter_mut().find(|(p, _)| *p == &f.place) {
            Some((_, list)) => list.push(f),
            None => by_place.push((&f.place, vec![f])),
        }
    }
    let mut applied = 0;
    for (place, mut list) in by_place {
        let Some(text) = place.text_mut(report) else {
            continue;
        };
        list.sort_by_key(|f| std::cmp::Reverse(f.range.start));
        let mut chars: Vec<char> = text.chars().collect();
        let mut limit = usize::MAX;
        for f in list {
            let Some(fix) = &f.fix else { continue };
            if f.range.end > limit || f.range.end > chars.len() {
                continue;
            }
            let found: String = chars[f.range.clone()].iter().collect();
            if found != f.found {
                continue;
            }
            chars.splice(f.range.clone(), fix.replacement.chars());
            limit = f.range.start;
            applied += 1;
        }
        *text = chars.into_iter().collect();
    }
    applied
}

/// Apply every safe fix; returns how many were applied. Fixes that overlap (、, is both a
/// half-width comma and a clash) are settled over a few rounds.
pub fn apply_safe(report: &mut Report) -> usize {
    let mut total = 0;
    for _ in 0..4 {
        let findings = check_report(report);
        let safe: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.fix.as_ref().is_some_and(|fix| fix.safe))
            .collect();
        let applied = apply(report, &safe);
        total += applied;
        if applied == 0 {
            break;
        }
    }
    total
}

/// Sections with no content; used by the structure rule.
pub(crate) fn section_is_empty(section: &Section) -> bool {
    section.lead.trim().is_empty() && section.items.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_checked_on_several_cores_give_the_findings_of_one_in_order() {
        let mut report = crate::sample::generate(60_000);
        // A few findings to keep, spread over the document.
        for (k, item) in report.sections[0].items.iter_mut().enumerate().step_by(7) {
            item.body.push_str(if k % 2 == 0 {
                "我们己经完成,"
            } else {
                "再接再励。"
            });
        }
        let list = fields(&report);
        let all: Vec<usize> = (0..list.len()).collect();
        let shared = check_each(&list, &all);
        let alone: Vec<(usize, Vec<Finding>)> = all
            .iter()
            .map(|&k| {
                let mut found = Vec::new();
                rules::check_field(list[k].1, field_kind(&list[k].0), &list[k].0, &mut found);
                (k, found)
            })
            .collect();
        assert!(alone.iter().map(|(_, f)| f.len()).sum::<usize>() > 10);
        assert_eq!(shared, alone);
    }

    /// The window checks a blank draft without the dictionary (none loaded at start): that
    /// must be what the whole check says, whatever the options.
    #[test]
    fn a_blank_draft_is_checked_without_the_dictionary_as_in_full() {
        use crate::model::{Item, Report, Section, SectionKind};
        let mut report = Report::default();
        report
            .sections
            .extend([SectionKind::Other, SectionKind::Achievements].map(Section::new));
        report.sections.swap(0, 2);
        assert!(report.is_blank());
        let full = Checker::default().check(&report);
        assert_eq!(full.len(), 4, "the four titled parts are empty: {full:?}");
        assert_eq!(Checker::default().check_blank(&report), Some(full));
        let mut quiet = Checker::default();
        quiet.set_options(Options {
            disabled: [Rule::Empty].into_iter().collect(),
            ..Options::default()
        });
        assert_eq!(quiet.check_blank(&report), Some(Vec::new()));
        assert_eq!(quiet.check(&report), Vec::new());
        assert!(figures(&report).is_empty());

        let mut typed = report.clone();
        typed.intro = " ".into();
        assert!(!typed.is_blank(), "a space is text to check");
        let mut titled = report.clone();
        titled.sections[1].title = "存在问题".into();
        assert!(!titled.is_blank());
        let mut item = report;
        item.sections[0].items.push(Item::default());
        assert!(!item.is_blank());
    }
}
