//! Structural edits of a report's items (add, insert, delete, move, indent and outdent, with
//! their `can_…` rules), and find and replace over every field (`Report::fields`).
//!
//! Each takes an [`ItemPath`] and returns the item's new path (or `None` when the edit does
//! not apply, e.g. moving the first item up), so the UI can keep the selection on it.

use crate::model::{Item, ItemPath, MAX_ITEM_DEPTH, Place, Report};
use std::ops::Range;

/// The list an item at `path` lives in (its parent's children or the section's items).
fn siblings_mut<'a>(report: &'a mut Report, path: &ItemPath) -> Option<&'a mut Vec<Item>> {
    let (_, parents) = path.indices.split_last()?;
    let mut list = &mut report.sections.get_mut(path.section)?.items;
    for &i in parents {
        list = &mut list.get_mut(i)?.children;
    }
    Some(list)
}

pub fn item<'a>(report: &'a Report, path: &ItemPath) -> Option<&'a Item> {
    report.item(path)
}

pub fn item_mut<'a>(report: &'a mut Report, path: &ItemPath) -> Option<&'a mut Item> {
    report.item_mut(path)
}

/// Append a new empty item to a section (`parent` = None) or as the last child of `parent`.
pub fn add(report: &mut Report, section: usize, parent: Option<&ItemPath>) -> Option<ItemPath> {
    let (list, mut indices) = match parent {
        None => (&mut report.sections.get_mut(section)?.items, Vec::new()),
        Some(parent) => {
            if !can_add_child(parent) {
                return None;
            }
            let parent_item = item_mut(report, parent)?;
            (&mut parent_item.children, parent.indices.clone())
        }
    };
    list.push(Item::default());
    indices.push(list.len() - 1);
    Some(ItemPath::new(section, indices))
}

/// Insert a new empty item right after `path`, at the same level.
pub fn insert_after(report: &mut Report, path: &ItemPath) -> Option<ItemPath> {
    let list = siblings_mut(report, path)?;
    let at = *path.indices.last()? + 1;
    if at > list.len() {
        return None;
    }
    list.insert(at, Item::default());
    let mut indices = path.indices.clone();
    *indices.last_mut()? = at;
    Some(ItemPath::new(path.section, indices))
}

/// Remove the item (and its children). Returns the removed item.
pub fn delete(report: &mut Report, path: &ItemPath) -> Option<Item> {
    let last = *path.indices.last()?;
    let list = siblings_mut(report, path)?;
    (last < list.len()).then(|| list.remove(last))
}

pub fn move_up(report: &mut Report, path: &ItemPath) -> Option<ItemPath> {
    let last = *path.indices.last()?;
    let list = siblings_mut(report, path)?;
    if last == 0 || last >= list.len() {
        return None;
    }
    list.swap(last - 1, last);
    let mut indices = path.indices.clone();
    *indices.last_mut()? = last - 1;
    Some(ItemPath::new(path.section, indices))
}

pub fn move_down(report: &mut Report, path: &ItemPath) -> Option<ItemPath> {
    let last = *path.indices.last()?;
    let list = siblings_mut(report, path)?;
    if last + 1 >= list.len() {
        return None;
    }
    list.swap(last, last + 1);
    let mut indices = path.indices.clone();
    *indices.last_mut()? = last + 1;
    Some(ItemPath::new(path.section, indices))
}

/// Make the item the last child of the item above it, one level deeper — unless that would
/// nest deeper than the four levels of GB/T 9704.
pub fn can_indent(report: &Report, path: &ItemPath) -> bool {
    item(report, path).is_some_and(|it| can_indent_item(path, it))
}

/// `can_indent` for the item `it` found at `path`.
pub fn can_indent_item(path: &ItemPath, it: &Item) -> bool {
    path.indices.last().is_some_and(|&last| last > 0)
        && path.indices.len() + it.depth() <= MAX_ITEM_DEPTH
}

/// Whether the item at `path` may have children (GB/T 9704 has four levels).
pub fn can_add_child(path: &ItemPath) -> bool {
    path.indices.len() < MAX_ITEM_DEPTH
}

pub fn indent(report: &mut Report, path: &ItemPath) -> Option<ItemPath> {
    if !can_indent(report, path) {
        return None;
    }
    let last = *path.indices.last()?;
    let list = siblings_mut(report, path)?;
    let moved = list.remove(last);
    let new_parent = list.get_mut(last - 1)?;
    new_parent.children.push(moved);
    let child_index = new_parent.children.len() - 1;
    let mut indices = path.indices.clone();
    *indices.last_mut()? = last - 1;
    indices.push(child_index);
    Some(ItemPath::new(path.section, indices))
}

pub fn can_outdent(path: &ItemPath) -> bool {
    path.indices.len() > 1
}

/// Move the item out of its parent, to just after the parent, one level up.
pub fn outdent(report: &mut Report, path: &ItemPath) -> Option<ItemPath> {
    if !can_outdent(path) {
        return None;
    }
    let moved = delete(report, path)?;
    let parent = ItemPath::new(
        path.section,
        path.indices[..path.indices.len() - 1].to_vec(),
    );
    let parent_index = *parent.indices.last()?;
    let list = siblings_mut(report, &parent)?;
    list.insert(parent_index + 1, moved);
    let mut indices = parent.indices.clone();
    *indices.last_mut()? = parent_index + 1;
    Some(ItemPath::new(path.section, indices))
}

// ---- find and replace ----

/// Where `query` occurs in the report: (place, character range), in reading order.
pub fn find(report: &Report, query: &str) -> Vec<(Place, Range<usize>)> {
    if query.is_empty() {
        return Vec::new();
    }
    let len = query.chars().count();
    let mut out = Vec::new();
    for (place, text) in report.fields() {
        for (byte, _) in text.match_indices(query) {
            let start = text[..byte].chars().count();
            out.push((place.clone(), start..start + len));
        }
    }
    out
}

/// Replace the characters `range` of a field; false if the field or range is gone.
pub fn replace_range(report: &mut Report, place: &Place, range: Range<usize>, with: &str) -> bool {
    let Some(text) = place.text_mut(report) else {
        return false;
    };
    let mut chars: Vec<char> = text.chars().collect();
    if range.end > chars.len() || range.start > range.end {
        return false;
    }
    chars.splice(range, with.chars());
    *text = chars.into_iter().collect();
    true
}

/// Replace every occurrence in every field; returns how many.
pub fn replace_all(report: &mut Report, query: &str, with: &str) -> usize {
    if query.is_empty() {
        return 0;
    }
    let places: Vec<Place> = report.fields().into_iter().map(|(p, _)| p).collect();
    let mut n = 0;
    for place in places {
        if let Some(text) = place.text_mut(report) {
            let found = text.matches(query).count();
            if found > 0 {
                *text = text.replace(query, with);
                n += found;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headings(list: &[Item]) -> Vec<&str> {
        list.iter().map(|i| i.heading.as_str()).collect()
    }

    fn report_with(headings: &[&str]) -> Report {
        let mut r = Report::default();
        r.sections[0].items = headings.iter().map(|h| Item::new(*h, "")).collect();
        r
    }

    #[test]
    fn add_move_delete() {
        let mut r = report_with(&["a", "b", "c"]);
        let p = add(&mut r, 0, None).expect("added");
        assert_eq!(p.indices, vec![3]);
        let up = move_up(&mut r, &ItemPath::new(0, vec![2])).expect("moved");
        assert_eq!(up.indices, vec![1]);
        assert_eq!(headings(&r.sections[0].items), ["a", "c", "b", ""]);
        assert!(move_up(&mut r, &ItemPath::new(0, vec![0])).is_none());
        assert!(move_down(&mut r, &ItemPath::new(0, vec![3])).is_none());
        let removed = delete(&mut r, &ItemPath::new(0, vec![0])).expect("deleted");
        assert_eq!(removed.heading, "a");
        assert_eq!(headings(&r.sections[0].items), ["c", "b", ""]);
        let after = insert_after(&mut r, &ItemPath::new(0, vec![0])).expect("inserted");
        assert_eq!(after.indices, vec![1]);
        assert_eq!(headings(&r.sections[0].items), ["c", "", "b", ""]);
    }

    #[test]
    fn indent_and_outdent() {
        let mut r = report_with(&["a", "b", "c"]);
        assert!(
            indent(&mut r, &ItemPath::new(0, vec![0])).is_none(),
            "first item has no parent"
        );
        let p = indent(&mut r, &ItemPath::new(0, vec![1])).expect("indented");
        assert_eq!(p.indices, vec![0, 0]);
        assert_eq!(headings(&r.sections[0].items), ["a", "c"]);
        assert_eq!(headings(&r.sections[0].items[0].children), ["b"]);
        let back = outdent(&mut r, &p).expect("outdented");
        assert_eq!(back.indices, vec![1]);
        assert_eq!(headings(&r.sections[0].items), ["a", "b", "c"]);
    }

    #[test]
    fn nesting_stops_at_four_levels() {
        let mut r = report_with(&["a", "b", "c", "d"]);
        let b = indent(&mut r, &ItemPath::new(0, vec![1])).expect("level 3");
        assert_eq!(b.indices, vec![0, 0]);
        // c is now at [1]; indent under a, then under b.
        let c = indent(&mut r, &ItemPath::new(0, vec![1])).expect("level 3");
        assert_eq!(c.indices, vec![0, 1]);
        let c = indent(&mut r, &c).expect("level 4");
        assert_eq!(c.indices, vec![0, 0, 0]);
        assert!(!can_indent(&r, &ItemPath::new(0, vec![0, 0, 0])));
        // An item with children cannot go where its children would pass level 4.
        assert!(add(&mut r, 0, Some(&c)).is_none());
        // d (with a child of its own) fits under a, but not one level further under b.
        add(&mut r, 0, Some(&ItemPath::new(0, vec![1]))).expect("child of d");
        let d = indent(&mut r, &ItemPath::new(0, vec![1])).expect("d under a");
        assert_eq!(d.indices, vec![0, 1]);
        assert!(!can_indent(&r, &d), "d's child would reach level 5");
        assert!(indent(&mut r, &d).is_none());
        assert_eq!(r.sections[0].items[0].depth(), 3);
    }
}
