//! The field a rule looks at (`Ctx`): its characters, its place, and the findings it adds
//! to. Shared by the punctuation rules (`rules.rs`) and the number rules (`numbers.rs`),
//! which therefore depend on it and not on each other.

use super::rule::Rule;
use super::{Finding, Fix, Place};

/// One field (or line) being checked: its characters, where it is, and the findings so far.
pub(super) struct Ctx<'a> {
    pub chars: Vec<char>,
    pub place: &'a Place,
    pub out: &'a mut Vec<Finding>,
}

impl Ctx<'_> {
    pub(super) fn at(&self, i: isize) -> Option<char> {
        usize::try_from(i)
            .ok()
            .and_then(|i| self.chars.get(i).copied())
    }

    pub(super) fn push(
        &mut self,
        rule: Rule,
        start: usize,
        end: usize,
        fix: Option<(String, bool)>,
    ) {
        let found: String = self.chars[start..end].iter().collect();
        self.out.push(Finding {
            rule,
            severity: rule.severity(),
            place: self.place.clone(),
            range: start..end,
            found,
            fix: fix.map(|(replacement, safe)| Fix { replacement, safe }),
            note: None,
        });
    }

    /// The end of the run of `c` starting at `i`.
    pub(super) fn run_end(&self, i: usize, pred: impl Fn(char) -> bool) -> usize {
        let mut j = i;
        while j < self.chars.len() && pred(self.chars[j]) {
            j += 1;
        }
        j
    }

    /// Is `i` the first non-space character of a paragraph?
    pub(super) fn at_paragraph_start(&self, i: usize) -> bool {
        self.chars[..i]
            .iter()
            .rev()
            .take_while(|c| **c != '\n')
            .all(|c| c.is_whitespace())
    }
}
