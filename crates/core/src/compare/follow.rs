//! Plan follow-through (计划落实对照): for each plan (下步计划) and problem (存在的问题) of last
//! period's draft, the items of this draft that answer it, found by the key terms they share.
//!
//! Terms are weighted by rarity (inverse document frequency over the items of both drafts),
//! so a shared 文物保护 counts for much and a shared 建设 for little. The strength of a link is
//! the share of the plan's term weight the answer covers. Links the user made or refused by
//! hand (`Reference::links`) win over the automatic ones.

use super::{Located, items_where, keys_for, similarity, terms::terms};
use crate::model::{ItemKey, ItemPath, ManualLink, Reference, Report, SectionKind};
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// An automatic link of this strength is shown whatever else answers.
pub const MIN_STRENGTH: f32 = 0.2;
/// A weaker link, down to this strength, is shown when it is one of the plan's two best
/// answers and a distinct one: `DISTINCT` times stronger than the answer is, on average, to
/// every plan of the reference. A work report's review item (深化改革开放) shares some words
/// with every task; it answers the tasks it shares more with than with the others.
const WEAK_STRENGTH: f32 = 0.1;
/// See `WEAK_STRENGTH`.
const DISTINCT: f32 = 1.3;
/// The weak links are looked for among this many best answers of a plan.
const WEAK_RANK: usize = 2;
/// Below this an answer is not counted at all, not even in its average.
const FLOOR: f32 = 0.02;
/// Answers weaker than this share of the best answer's strength are left out.
const RELATIVE_CUT: f32 = 0.6;
/// At most this many automatic answers per plan.
const MAX_ANSWERS: usize = 5;
/// Terms in a heading weigh this much more than terms in a body.
const HEADING_BOOST: f32 = 2.0;
/// An answer whose heading shares a term with the plan gets this factor.
const HEADING_BONUS: f32 = 1.15;

/// What the follow-through panel shows: one entry per plan or problem of the reference.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FollowThrough {
    pub targets: Vec<Target>,
}

impl FollowThrough {
    /// The plans and problems nothing in this draft answers (未对应).
    pub fn unanswered(&self) -> impl Iterator<Item = &Target> {
        self.targets.iter().filter(|t| t.answers.is_empty())
    }
}

/// A plan or problem of last period's draft and what answers it now.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Target {
    /// Its key, for `link` and `unlink`.
    pub key: ItemKey,
    /// Where it is in the reference (a top-level item of a 下步计划 or 存在的问题 section).
    #[serde(skip)]
    pub path: ItemPath,
    /// Its heading, or the start of its body.
    pub text: String,
    /// Set when the target is a paragraph of its part's lead-in (a part written as task
    /// paragraphs, not items): the paragraph's index; `path` then names only the section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<usize>,
    /// Strongest first; empty when nothing answers it (未对应).
    pub answers: Vec<Answer>,
}

/// An item of this draft that answers a target.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Answer {
    pub key: ItemKey,
    /// Where it is in this draft (for click-to-jump).
    #[serde(skip)]
    pub path: ItemPath,
    /// Its heading, or the start of its body.
    pub text: String,
    /// 0 to 1; a link made by hand is 1.
    pub strength: f32,
    /// The key terms both share, rarest first.
    pub terms: Vec<String>,
    /// Linked by hand (not found automatically).
    pub manual: bool,
    /// Set when the answer is a paragraph of its part's lead-in (a part written as
    /// paragraphs, not items): the paragraph's index; `path` then names only the section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<usize>,
    /// That paragraph's characters in the lead-in, for the jump to it.
    #[serde(skip)]
    pub lead_range: Option<std::ops::Range<usize>>,
}

/// An item or a lead-in paragraph of this draft that may answer a plan.
struct AnswerUnit {
    key: ItemKey,
    path: ItemPath,
    text: String,
    /// (paragraph index, its characters in the lead-in) for a paragraph.
    paragraph: Option<(usize, std::ops::Range<usize>)>,
}

/// How many shared terms are shown beside an answer: the rarest, which say why it answers
/// (a work report's task shares thirty with its review; the JSON lists them all).
pub const SHOWN_TERMS: usize = 8;

impl Answer {
    /// The rarest shared terms, joined by `sep`, "…" after them when there are more.
    pub fn shown_terms(&self, sep: &str) -> String {
        let mut out = self
            .terms
            .iter()
            .take(SHOWN_TERMS)
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(sep);
        if self.terms.len() > SHOWN_TERMS {
            out.push('…');
        }
        out
    }
}

/// The terms of an item, as ids, with a heading flag.
#[derive(Clone, Debug, Default)]
struct ItemTerms {
    /// (term id, in heading)
    terms: Vec<(u32, bool)>,
}

/// A plan or problem of the reference, segmented.
struct Unit {
    key: ItemKey,
    path: ItemPath,
    text: String,
    paragraph: Option<usize>,
    terms: ItemTerms,
}

/// Keeps the reference's terms and a cache of the draft's, so that the panel can be updated
/// on every change of the draft in a few milliseconds: only items whose text changed are
/// segmented again.
pub struct Follower {
    vocab: HashMap<String, u32>,
    words: Vec<String>,
    targets: Vec<Unit>,
    cache: HashMap<(String, String), ItemTerms>,
}

impl Follower {
    /// Segment the reference's plans and problems.
    pub fn new(reference: &Report) -> Self {
        let mut me = Self {
            vocab: HashMap::new(),
            words: Vec::new(),
            targets: Vec::new(),
            cache: HashMap::new(),
        };
        let plans_at = plans_section(reference);
        let followed = |section: usize, kind: SectionKind| match kind {
            SectionKind::Plans | SectionKind::Problems => true,
            SectionKind::Other => plans_at.is_some_and(|p| section > p),
            _ => false,
        };
        let located: Vec<Located<'_>> = items_where(reference, |k| {
            matches!(
                k,
                SectionKind::Plans | SectionKind::Problems | SectionKind::Other
            )
        })
        .into_iter()
        .filter(|l| l.indices.len() == 1)
        .filter(|l| followed(l.section, l.kind))
        .collect();
        let keys = keys_for(&located);
        let mut paragraph_keys = ParagraphKeys::default();
        let mut items = located.iter().zip(keys).peekable();
        for (s, section) in reference.sections.iter().enumerate() {
            if !followed(s, section.kind) {
                continue;
            }
            while let Some((l, key)) = items.next_if(|(l, _)| l.section == s) {
                let mut body = l.item.body.clone();
                gather_children_text(&l.item.children, &mut body);
                let terms = me.item_terms(&l.item.heading, &body);
                me.targets.push(Unit {
                    path: l.path(),
                    text: key.text.clone(),
                    key,
                    paragraph: None,
                    terms,
                });
            }
            if !section.items.is_empty() {
                continue;
            }
            for (p, heading, rest) in task_paragraphs(&section.lead) {
                let key = paragraph_keys.next(section.kind, heading);
                let terms = me.item_terms(heading, &rest);
                me.targets.push(Unit {
                    key,
                    path: ItemPath::new(s, Vec::new()),
                    text: heading.to_owned(),
                    paragraph: Some(p),
                    terms,
                });
            }
        }
        me
    }

    fn id(&mut self, word: String) -> u32 {
        if let Some(&id) = self.vocab.get(&word) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(word.clone());
        self.vocab.insert(word, id);
        id
    }

    fn item_terms(&mut self, heading: &str, body: &str) -> ItemTerms {
        let mut out: Vec<(u32, bool)> = Vec::new();
        for word in terms(heading) {
            let id = self.id(word);
            out.push((id, true));
        }
        for word in terms(body) {
            let id = self.id(word);
            if !out.iter().any(|(t, _)| *t == id) {
                out.push((id, false));
            }
        }
        ItemTerms { terms: out }
    }

    /// Terms of a draft item, from the cache when its text has not changed.
    fn cached_terms(
        &mut self,
        heading: &str,
        body: &str,
        fresh: &mut HashMap<(String, String), ItemTerms>,
    ) -> ItemTerms {
        let key = (heading.to_owned(), body.to_owned());
        if let Some(t) = fresh.get(&key) {
            return t.clone();
        }
        let t = match self.cache.remove(&key) {
            Some(t) => t,
            None => self.item_terms(heading, body),
        };
        fresh.insert(key, t.clone());
        t
    }

    /// The follow-through of `draft`, with its manual links (`draft.reference`) applied.
    pub fn run(&mut self, draft: &Report) -> FollowThrough {
        let plans_at = plans_section(draft);
        let answering = |section: usize, kind: SectionKind| match kind {
            SectionKind::Achievements => true,
            SectionKind::Other => plans_at.is_none_or(|p| section < p),
            _ => false,
        };
        let located: Vec<Located<'_>> = items_where(draft, |k| {
            matches!(k, SectionKind::Achievements | SectionKind::Other)
        })
        .into_iter()
        .filter(|l| answering(l.section, l.kind))
        .collect();
        let keys = keys_for(&located);
        let mut fresh = HashMap::new();
        let mut units: Vec<AnswerUnit> = Vec::new();
        let mut answers: Vec<ItemTerms> = Vec::new();
        let mut paragraph_keys = ParagraphKeys::default();
        let mut items = located.iter().zip(keys).peekable();
        for (s, section) in draft.sections.iter().enumerate() {
            if !answering(s, section.kind) {
                continue;
            }
            while let Some((l, key)) = items.next_if(|(l, _)| l.section == s) {
                answers.push(self.cached_terms(&l.item.heading, &l.item.body, &mut fresh));
                units.push(AnswerUnit {
                    path: l.path(),
                    text: key.text.clone(),
                    key,
                    paragraph: None,
                });
            }
            // An achievements part written as paragraphs: each paragraph answers on its own.
            // (Not other parts: a work report's five-year outlook before its tasks shares
            // their words without reporting on last year's.)
            if !section.items.is_empty() || section.kind != SectionKind::Achievements {
                continue;
            }
            for (p, range, text) in lead_paragraphs(&section.lead) {
                let name = paragraph_name(text);
                let key = paragraph_keys.next(section.kind, &name);
                answers.push(self.cached_terms("", text, &mut fresh));
                units.push(AnswerUnit {
                    key,
                    path: ItemPath::new(s, Vec::new()),
                    text: name,
                    paragraph: Some((p, range)),
                });
            }
        }
        // Keep only what this draft still has, so typing does not grow the cache.
        self.cache = fresh;
        let idf = self.idf(&answers);
        let postings = postings(&answers, self.words.len());
        let mut result = FollowThrough::default();
        let mut scratch = Scratch {
            sums: vec![0.0; answers.len()],
            touched: Vec::new(),
        };
        let scored: Vec<Vec<(usize, f32)>> = self
            .targets
            .iter()
            .map(|unit| score(&unit.terms, &answers, &postings, &idf, &mut scratch))
            .collect();
        let chosen = choose(&scored, answers.len());
        for (unit, found) in self.targets.iter().zip(chosen) {
            let answers_of = &answers;
            let answers = found
                .into_iter()
                .map(|(i, strength)| (i, strength, shared_terms(&unit.terms, &answers_of[i])))
                .map(|(i, strength, shared)| {
                    units[i].answer(strength, self.named(shared, &idf), false)
                })
                .collect();
            result.targets.push(Target {
                key: unit.key.clone(),
                path: unit.path.clone(),
                text: unit.text.clone(),
                paragraph: unit.paragraph,
                answers,
            });
        }
        if let Some(reference) = &draft.reference {
            self.apply_links(&mut result, &reference.links, &units, &answers, &idf);
        }
        result
    }

    /// Inverse document frequency of each term over the targets and the answers.
    fn idf(&self, answers: &[ItemTerms]) -> Vec<f32> {
        let mut df = vec![0u32; self.words.len()];
        let docs = self.targets.iter().map(|t| &t.terms).chain(answers.iter());
        let mut n = 0u32;
        for doc in docs {
            n += 1;
            for &(t, _) in &doc.terms {
                df[t as usize] += 1;
            }
        }
        df.iter()
            .map(|&d| (1.0 + (n as f32 + 1.0) / (d as f32 + 1.0)).ln())
            .collect()
    }

    fn named(&self, mut shared: Vec<u32>, idf: &[f32]) -> Vec<String> {
        shared.sort_by(|a, b| idf[*b as usize].total_cmp(&idf[*a as usize]));
        shared
            .into_iter()
            .map(|t| self.words[t as usize].clone())
            .collect()
    }

    fn apply_links(
        &self,
        result: &mut FollowThrough,
        links: &[ManualLink],
        units: &[AnswerUnit],
        answers: &[ItemTerms],
        idf: &[f32],
    ) {
        let keys: Vec<ItemKey> = units.iter().map(|u| u.key.clone()).collect();
        let target_keys: Vec<ItemKey> = result.targets.iter().map(|t| t.key.clone()).collect();
        for link in links {
            let (Some(ti), Some(ai)) = (
                find_key(&target_keys, &link.plan),
                find_key(&keys, &link.answer),
            ) else {
                continue;
            };
            let target = &mut result.targets[ti];
            let at = target.answers.iter().position(|a| a.key == keys[ai]);
            match (link.linked, at) {
                (false, Some(at)) => {
                    target.answers.remove(at);
                }
                (true, Some(at)) => target.answers[at].manual = true,
                (true, None) => {
                    let shared = shared_terms(&self.targets[ti].terms, &answers[ai]);
                    let answer = units[ai].answer(1.0, self.named(shared, idf), true);
                    target.answers.insert(0, answer);
                }
                (false, None) => {}
            }
        }
    }
}

/// Keys for lead-in paragraphs, numbering repeats of the same kind and name (`nth`), as
/// `keys_for` numbers items.
#[derive(Default)]
struct ParagraphKeys(HashMap<(SectionKind, String), u32>);

impl ParagraphKeys {
    fn next(&mut self, kind: SectionKind, name: &str) -> ItemKey {
        let n = self.0.entry((kind, name.to_owned())).or_insert(0);
        let key = ItemKey {
            kind,
            text: name.to_owned(),
            nth: *n,
        };
        *n += 1;
        key
    }
}

impl AnswerUnit {
    fn answer(&self, strength: f32, terms: Vec<String>, manual: bool) -> Answer {
        Answer {
            key: self.key.clone(),
            path: self.path.clone(),
            text: self.text.clone(),
            strength,
            terms,
            manual,
            paragraph: self.paragraph.as_ref().map(|(p, _)| *p),
            lead_range: self.paragraph.as_ref().map(|(_, r)| r.clone()),
        }
    }
}

/// The non-empty paragraphs of a lead-in: (index among them, characters in the lead-in, text).
fn lead_paragraphs(lead: &str) -> Vec<(usize, std::ops::Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in lead.split('\n') {
        let len = line.chars().count();
        let text = line.trim();
        if !text.is_empty() {
            // From its first character, not from the spaces before it.
            let start = at + line.chars().take_while(|c| c.is_whitespace()).count();
            out.push((out.len(), start..at + len, text));
        }
        at += len + 1;
    }
    out
}

/// How a paragraph is named: its run-in heading (the short sentence it opens with), or
/// the start of its text.
fn paragraph_name(text: &str) -> String {
    match task_paragraphs(text).first() {
        Some((_, heading, _)) => (*heading).to_owned(),
        None => text.chars().take(20).collect(),
    }
}

fn gather_children_text(children: &[crate::model::Item], out: &mut String) {
    for child in children {
        out.push('\n');
        out.push_str(&child.heading);
        out.push('\n');
        out.push_str(&child.body);
        gather_children_text(&child.children, out);
    }
}

/// The longest opening sentence a task paragraph's run-in heading has, in characters.
const RUN_IN_MAX: usize = 36;

/// The paragraphs of a part's lead-in that are tasks in their own right, for a part written
/// as paragraphs and not items (a work report's "加大简政放权、放管结合改革力度。今年再取消…"):
/// each opens with a short sentence, its run-in heading, and goes on. The part's first
/// paragraph introduces it when task paragraphs follow. When two or more of them are numbered
/// (第一，… 第二，…), only the numbered ones are tasks, and the paragraphs after one belong to
/// it (its second and third paragraphs, "积极的财政政策要加力增效。…"). (index, heading,
/// rest), in order.
fn task_paragraphs(lead: &str) -> Vec<(usize, &str, String)> {
    let paragraphs: Vec<&str> = lead
        .lines()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // (index, heading, rest, numbered)
    fn run_in(i: usize, p: &str) -> Option<(usize, &str, &str, bool)> {
        let end = p
            .char_indices()
            .take(RUN_IN_MAX + 8)
            .find(|(_, c)| matches!(c, '。' | '：' | '！' | '？'))?
            .0;
        let heading = crate::import::structure::without_marker(&p[..end]).trim();
        let numbered = heading.len() < p[..end].trim().len();
        let rest = p[end..].trim_start_matches(['。', '：', '！', '？']).trim();
        let size = heading.chars().count();
        ((4..=RUN_IN_MAX).contains(&size) && rest.chars().count() > size)
            .then_some((i, heading, rest, numbered))
    }
    let found: Vec<(usize, &str, &str, bool)> = paragraphs
        .iter()
        .enumerate()
        .filter_map(|(i, p)| run_in(i, p))
        .collect();
    if found.iter().filter(|f| f.3).count() >= 2 {
        let mut out: Vec<(usize, &str, String)> = Vec::new();
        for (i, p) in paragraphs.iter().enumerate() {
            match found.iter().find(|f| f.0 == i && f.3) {
                Some(&(i, heading, rest, _)) => out.push((i, heading, rest.to_owned())),
                None => {
                    if let Some(task) = out.last_mut() {
                        task.2.push('\n');
                        task.2.push_str(p);
                    }
                }
            }
        }
        return out;
    }
    let found: Vec<(usize, &str, String)> = found
        .into_iter()
        .map(|(i, heading, rest, _)| (i, heading, rest.to_owned()))
        .collect();
    match found.as_slice() {
        [(0, ..), rest @ ..] if rest.len() >= 2 => rest.to_vec(),
        _ => found,
    }
}

/// For each term, the answers that have it.
fn postings(answers: &[ItemTerms], words: usize) -> Vec<Vec<u32>> {
    let mut out = vec![Vec::new(); words];
    for (i, a) in answers.iter().enumerate() {
        for &(t, _) in &a.terms {
            out[t as usize].push(i as u32);
        }
    }
    out
}

fn weight(idf: &[f32], term: u32, heading: bool) -> f32 {
    idf[term as usize] * if heading { HEADING_BOOST } else { 1.0 }
}

/// Running sums of one target's shared weight per answer, reused from target to target.
struct Scratch {
    sums: Vec<f32>,
    touched: Vec<u32>,
}

/// The answers of one target: (answer index, strength), strongest first, down to `FLOOR`.
fn score(
    target: &ItemTerms,
    answers: &[ItemTerms],
    postings: &[Vec<u32>],
    idf: &[f32],
    scratch: &mut Scratch,
) -> Vec<(usize, f32)> {
    let total: f32 = target.terms.iter().map(|&(t, h)| weight(idf, t, h)).sum();
    if total <= 0.0 {
        return Vec::new();
    }
    for &(t, h) in &target.terms {
        let w = weight(idf, t, h);
        for &a in postings.get(t as usize).map_or(&[][..], Vec::as_slice) {
            let sum = &mut scratch.sums[a as usize];
            if *sum == 0.0 {
                scratch.touched.push(a);
            }
            *sum += w;
        }
    }
    // The strength: the shared weight over the geometric mean of the plan's and the answer's
    // weights (a cosine of the two term sets): a long plan (a work report's task, a paragraph
    // of 20 terms) is answered by the item that shares its main terms, not only by one that
    // repeats all of it.
    let norm = |a: usize| {
        let answer: f32 = answers[a]
            .terms
            .iter()
            .map(|&(t, h)| weight(idf, t, h))
            .sum();
        (total * answer.max(total)).sqrt()
    };
    let mut found: Vec<(usize, f32)> = Vec::new();
    for a in scratch.touched.drain(..) {
        let sum = std::mem::take(&mut scratch.sums[a as usize]) / norm(a as usize);
        if sum * HEADING_BONUS < FLOOR {
            continue;
        }
        // An answer whose heading shares a term is a stronger answer than one that only
        // mentions it in passing.
        let in_heading = answers[a as usize]
            .terms
            .iter()
            .any(|&(t, h)| h && target.terms.iter().any(|(u, _)| *u == t));
        let bonus = if in_heading { HEADING_BONUS } else { 1.0 };
        let strength = (sum * bonus).min(1.0);
        if strength >= FLOOR {
            found.push((a as usize, strength));
        }
    }
    found.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    found
}

/// The answers shown for each target, from every target's scored answers: the strong ones,
/// and the weak ones that are among a target's best and distinct to it (see `WEAK_STRENGTH`),
/// within `RELATIVE_CUT` of the best, at most `MAX_ANSWERS`.
fn choose(scored: &[Vec<(usize, f32)>], answers: usize) -> Vec<Vec<(usize, f32)>> {
    let targets = scored.len();
    let mut mean = vec![0.0f32; answers];
    for found in scored {
        for &(a, s) in found {
            mean[a] += s / targets as f32;
        }
    }
    // With one or two plans an average says nothing of what is distinct.
    let distinct = |a: usize, s: f32| targets >= 3 && s >= DISTINCT * mean[a];
    scored
        .iter()
        .map(|found| {
            let best = found.first().map_or(0.0, |f| f.1);
            found
                .iter()
                .enumerate()
                .filter(|&(rank, &(a, s))| {
                    s >= best * RELATIVE_CUT
                        && (s >= MIN_STRENGTH
                            || (s >= WEAK_STRENGTH && rank < WEAK_RANK && distinct(a, s)))
                })
                .map(|(_, &f)| f)
                .take(MAX_ANSWERS)
                .collect()
        })
        .collect()
}

fn shared_terms(a: &ItemTerms, b: &ItemTerms) -> Vec<u32> {
    a.terms
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| b.terms.iter().any(|(u, _)| u == t))
        .collect()
}

/// The index of `key` among `keys`: the same key, or else the one item of the same kind whose
/// text is most like it (a heading edited after the link was made).
fn find_key(keys: &[ItemKey], key: &ItemKey) -> Option<usize> {
    if let Some(i) = keys.iter().position(|k| k == key) {
        return Some(i);
    }
    keys.iter()
        .enumerate()
        .filter(|(_, k)| k.kind == key.kind)
        .map(|(i, k)| (i, similarity(&k.text, &key.text)))
        .filter(|(_, s)| *s >= 0.6)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// The follow-through of `draft` against `reference`, from scratch (see `Follower` to keep
/// the reference's terms between calls).
/// Where a report's plans start: its plans part, when it has items or other parts follow it
/// (a work report's 2016年重点工作 followed by one part per task, in items or in task
/// paragraphs). The other parts after it are
/// the plans' tasks, followed as plans; the other parts before it are the period's work.
fn plans_section(report: &Report) -> Option<usize> {
    let at = report
        .sections
        .iter()
        .position(|s| s.kind == SectionKind::Plans)?;
    let tasks_follow = report.sections[at + 1..].iter().any(|s| {
        s.kind == SectionKind::Other && (!s.items.is_empty() || task_paragraphs(&s.lead).len() >= 2)
    });
    (!report.sections[at].items.is_empty() || tasks_follow).then_some(at)
}

pub fn follow_through(reference: &Report, draft: &Report) -> FollowThrough {
    Follower::new(reference).run(draft)
}

/// Link `answer` (an item of `draft`) to `plan` (an item of the reference) by hand.
pub fn link(draft: &mut Report, plan: &ItemKey, answer: &ItemKey) {
    set_link(draft, plan, answer, Some(true));
}

/// Remove a link, automatic or manual, by hand.
pub fn unlink(draft: &mut Report, plan: &ItemKey, answer: &ItemKey) {
    set_link(draft, plan, answer, Some(false));
}

/// Forget what the user decided about this pair: the automatic result holds again.
pub fn reset_link(draft: &mut Report, plan: &ItemKey, answer: &ItemKey) {
    set_link(draft, plan, answer, None);
}

fn set_link(draft: &mut Report, plan: &ItemKey, answer: &ItemKey, linked: Option<bool>) {
    let reference = draft.reference.get_or_insert_with(Reference::default);
    reference
        .links
        .retain(|l| !(l.plan == *plan && l.answer == *answer));
    if let Some(linked) = linked {
        reference.links.push(ManualLink {
            plan: plan.clone(),
            answer: answer.clone(),
            linked,
        });
    }
}

/// Set `draft`'s reference to the draft at `reference_file`, keeping its manual links. The
/// path is stored relative to the draft's folder when the reference sits in that folder.
pub fn set_reference(draft: &mut Report, draft_path: Option<&Path>, reference_file: &Path) {
    let path = reference_path_for(draft_path, reference_file);
    draft.reference.get_or_insert_with(Reference::default).path = path;
}

/// How a reference file is written in a draft at `draft_path`.
pub fn reference_path_for(draft_path: Option<&Path>, reference_file: &Path) -> String {
    let folder = draft_path.and_then(Path::parent);
    if let (Some(folder), Some(name)) = (folder, reference_file.file_name())
        && reference_file.parent() == Some(folder)
    {
        return name.to_string_lossy().into_owned();
    }
    reference_file.to_string_lossy().into_owned()
}

/// Where the reference of a draft at `draft_path` is on disk.
pub fn resolve_reference(draft_path: Option<&Path>, reference: &Reference) -> PathBuf {
    let path = PathBuf::from(&reference.path);
    match draft_path.and_then(Path::parent) {
        Some(folder) if path.is_relative() => folder.join(path),
        _ => path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Section;

    #[test]
    fn task_paragraphs_open_with_a_run_in_heading_and_skip_the_intro() {
        let lead = "队伍建设是做好各项工作的基础。我们将从三个方面着手，逐项落实到位。\n\
                    第一，加强干部教育培训。全年举办专题培训班四期，覆盖全体干部职工。\n\
                    完善考核激励机制。修订绩效考核办法，把考核结果同评优评先挂钩。\n\
                    今年还要继续巩固已有成果，在稳中求进的总基调下把各项任务抓紧抓实抓好。\n\
                    严格落实。";
        let found = task_paragraphs(lead);
        let view: Vec<(usize, &str)> = found.iter().map(|(i, h, _)| (*i, *h)).collect();
        // The intro goes, the marker 第一， goes, a paragraph without a short opening
        // sentence and a one-sentence paragraph are no tasks.
        assert_eq!(view, [(1, "加强干部教育培训"), (2, "完善考核激励机制")]);
        assert!(found[0].2.starts_with("全年举办"));
        // Numbered tasks: only they are tasks; the paragraphs after one are its own.
        let numbered = concat!(
            "做好今年工作，要把握好以下三点。\n",
            "第一，稳定和完善宏观政策。继续实施积极的财政政策和稳健的货币政策。\n",
            "积极的财政政策要加力增效。今年拟安排财政赤字，比去年有所增加。\n",
            "第二，保持稳增长与调结构的平衡。既要稳住速度，又要调整结构。\n",
        );
        let found = task_paragraphs(numbered);
        let view: Vec<(usize, &str)> = found.iter().map(|(i, h, _)| (*i, *h)).collect();
        assert_eq!(
            view,
            [(1, "稳定和完善宏观政策"), (3, "保持稳增长与调结构的平衡")]
        );
        assert!(found[0].2.ends_with("比去年有所增加。"), "{:?}", found[0].2);
        // Alone, the first paragraph is a task, not an intro.
        assert_eq!(
            task_paragraphs("加强干部教育培训。全年举办专题培训班四期。").len(),
            1
        );
    }

    #[test]
    fn achievements_written_as_paragraphs_answer_paragraph_by_paragraph() {
        let mut last = Report {
            sections: vec![Section::new(SectionKind::Plans)],
            ..Report::default()
        };
        last.sections[0].items = vec![
            crate::model::Item::new("加强文物保护利用", "开展不可移动文物普查复核。"),
            crate::model::Item::new("优化政务服务流程", "推行一网通办。"),
        ];
        let mut this = Report {
            sections: vec![Section::new(SectionKind::Achievements)],
            ..Report::default()
        };
        // An empty line, and paragraphs indented by hand with full-width spaces.
        let lead = concat!(
            "今年以来，我局各项工作稳步推进。\n\n",
            "　　政务服务更加便捷。一网通办事项达到九成，审批时限压缩六成。\n",
            "　　文物保护扎实推进。完成不可移动文物普查复核，修缮古建筑三处。"
        );
        this.sections[0].lead = lead.into();
        let result = follow_through(&last, &this);
        let answers: Vec<Vec<(&str, Option<usize>)>> = result
            .targets
            .iter()
            .map(|t| {
                t.answers
                    .iter()
                    .map(|a| (a.text.as_str(), a.paragraph))
                    .collect()
            })
            .collect();
        assert_eq!(
            answers,
            [
                vec![("文物保护扎实推进", Some(2))],
                vec![("政务服务更加便捷", Some(1))]
            ]
        );
        // The jump goes to the paragraph's first character in the lead-in.
        let range = result.targets[0].answers[0]
            .lead_range
            .clone()
            .expect("range");
        let from: String = lead.chars().skip(range.start).take(4).collect();
        assert_eq!(from, "文物保护");
    }

    #[test]
    fn only_the_rarest_shared_terms_are_shown() {
        let mut answer = Answer {
            key: ItemKey {
                kind: SectionKind::Achievements,
                text: "甲".into(),
                nth: 0,
            },
            path: ItemPath::new(0, vec![0]),
            text: "甲".into(),
            strength: 0.5,
            terms: ["文物", "保护"].map(String::from).to_vec(),
            manual: false,
            paragraph: None,
            lead_range: None,
        };
        assert_eq!(answer.shown_terms("、"), "文物、保护");
        answer.terms = (0..12).map(|i| format!("词{i}")).collect();
        let shown = answer.shown_terms(", ");
        assert!(
            shown.starts_with("词0, 词1") && shown.ends_with("词7…"),
            "{shown}"
        );
    }

    #[test]
    fn a_plans_part_written_as_paragraphs_is_followed_paragraph_by_paragraph() {
        let mut last = Report {
            sections: vec![
                Section::new(SectionKind::Achievements),
                Section::new(SectionKind::Plans),
            ],
            ..Report::default()
        };
        last.sections[1].lead = "加强文物保护利用。开展不可移动文物普查复核，修缮古建筑三处。\n\
                                 优化政务服务流程。推行一网通办，压缩审批时限一半以上。"
            .into();
        let mut this = Report {
            sections: vec![Section::new(SectionKind::Achievements)],
            ..Report::default()
        };
        this.sections[0].items = vec![
            crate::model::Item::new(
                "政务服务更加便捷",
                "一网通办事项达到九成，审批时限压缩六成。",
            ),
            crate::model::Item::new(
                "文物保护扎实推进",
                "完成不可移动文物普查复核，修缮古建筑三处。",
            ),
        ];
        let result = follow_through(&last, &this);
        let view: Vec<(&str, Option<usize>, Vec<&str>)> = result
            .targets
            .iter()
            .map(|t| {
                (
                    t.text.as_str(),
                    t.paragraph,
                    t.answers.iter().map(|a| a.text.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            view,
            [
                ("加强文物保护利用", Some(0), vec!["文物保护扎实推进"]),
                ("优化政务服务流程", Some(1), vec!["政务服务更加便捷"]),
            ]
        );
    }
}
