//! Schema order for the WordprocessingML parts of a DOCX package.
//!
//! docx-rs 0.4 writes many children in an order the ECMA-376 Transitional schema does not allow
//! (`w:pPr` as `rPr, jc, ind, spacing`, `w:footerReference` after `w:docGrid`, `w:settings` and
//! `w:style` children shuffled) and puts a `w:rPr` in paragraph properties where the schema
//! has none. Word repairs some of this with a warning, Word for the web refuses the file.
//! [`normalize_package`] re-serialises every `w:` part of the package with each element's
//! children in the order of [`CHILD_ORDER`], a table generated from the schema's sequences by
//! `scripts/ooxml-child-order.py`. Attributes, text and everything else are written back as
//! they were read.

use super::ooxml_order::CHILD_ORDER;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::{NsReader, Writer};
use std::io::{Cursor, Read, Write};

/// The WordprocessingML main namespace.
pub const W_NS: &[u8] = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// Children the schema allows in an element only when that element sits in a given parent:
/// (element, child, the parent it needs). Paragraph properties are `CT_PPr` in a paragraph,
/// which may hold the paragraph mark's `rPr` and a `sectPr`, but `CT_PPrGeneral` in a style,
/// a numbering level or the document defaults, which holds neither (docx-rs writes an empty
/// `w:rPr` there).
const ONLY_UNDER: &[(&str, &str, &str)] = &[("pPr", "rPr", "p"), ("pPr", "sectPr", "p")];

/// The children of a WordprocessingML element in schema order (groups of names that may come
/// in any order among themselves), or `None` when the schema gives them no order.
pub fn child_order(element: &str) -> Option<&'static [&'static [&'static str]]> {
    CHILD_ORDER
        .binary_search_by(|(name, _)| (*name).cmp(element))
        .ok()
        .map(|i| CHILD_ORDER[i].1)
}

/// The position of `child` in the order of `element`'s children.
fn rank(order: &[&[&str]], child: &str) -> Option<usize> {
    order.iter().position(|group| group.contains(&child))
}

fn allowed_in(element: &str, child: &str, parent: Option<&str>) -> bool {
    ONLY_UNDER
        .iter()
        .all(|(e, c, p)| *e != element || *c != child || parent == Some(*p))
}

/// A parsed node: an element with its children, or any other event kept as it was.
enum Node {
    Element(Element),
    Other(Event<'static>),
}

struct Element {
    start: BytesStart<'static>,
    /// The local name when the element is in the WordprocessingML namespace.
    w_name: Option<String>,
    children: Vec<Node>,
}

impl Node {
    fn w_name(&self) -> Option<&str> {
        match self {
            Node::Element(e) => e.w_name.as_deref(),
            Node::Other(_) => None,
        }
    }
}

fn w_local_name(ns: &ResolveResult, start: &BytesStart) -> Option<String> {
    match ns {
        ResolveResult::Bound(Namespace(uri)) if *uri == W_NS => {
            Some(String::from_utf8_lossy(start.local_name().as_ref()).into_owned())
        }
        _ => None,
    }
}

/// Parses a part into its top-level nodes (declaration, root element, ...).
fn parse(xml: &[u8]) -> Result<Vec<Node>, String> {
    let mut reader = NsReader::from_reader(xml);
    let mut stack: Vec<Element> = Vec::new();
    let mut top = Vec::new();
    let push = |stack: &mut Vec<Element>, top: &mut Vec<Node>, node: Node| match stack.last_mut() {
        Some(parent) => parent.children.push(node),
        None => top.push(node),
    };
    loop {
        let position = reader.buffer_position();
        let (ns, event) = reader
            .read_resolved_event()
            .map_err(|e| format!("XML error after byte {position}: {e}"))?;
        match event {
            Event::Eof => break,
            Event::Start(start) => {
                let w_name = w_local_name(&ns, &start);
                stack.push(Element {
                    start: start.into_owned(),
                    w_name,
                    children: Vec::new(),
                });
            }
            Event::Empty(start) => {
                let w_name = w_local_name(&ns, &start);
                let element = Element {
                    start: start.into_owned(),
                    w_name,
                    children: Vec::new(),
                };
                push(&mut stack, &mut top, Node::Element(element));
            }
            Event::End(_) => {
                let element = stack.pop().ok_or("unbalanced end tag")?;
                push(&mut stack, &mut top, Node::Element(element));
            }
            other => push(&mut stack, &mut top, Node::Other(other.into_owned())),
        }
    }
    if stack.is_empty() {
        Ok(top)
    } else {
        Err("unclosed element".into())
    }
}

/// Drops children the schema does not allow here and sorts the rest into schema order, then
/// does the same below. A node the table does not know (text, another namespace's element)
/// keeps its place after the node it followed.
fn normalize(element: &mut Element, parent: Option<&str>) {
    let name = element.w_name.clone();
    if let Some(name) = name.as_deref() {
        element.children.retain(|c| {
            c.w_name()
                .is_none_or(|child| allowed_in(name, child, parent))
        });
        if let Some(order) = child_order(name) {
            let mut current = 0;
            let mut keyed: Vec<(usize, Node)> = std::mem::take(&mut element.children)
                .into_iter()
                .map(|child| {
                    if let Some(r) = child.w_name().and_then(|c| rank(order, c)) {
                        current = r;
                    }
                    (current, child)
                })
                .collect();
            keyed.sort_by_key(|(r, _)| *r);
            element.children = keyed.into_iter().map(|(_, child)| child).collect();
        }
    }
    for child in &mut element.children {
        if let Node::Element(e) = child {
            normalize(e, name.as_deref());
        }
    }
}

fn write_node<W: Write>(writer: &mut Writer<W>, node: Node) -> std::io::Result<()> {
    match node {
        Node::Other(event) => writer.write_event(event),
        Node::Element(e) if e.children.is_empty() => writer.write_event(Event::Empty(e.start)),
        Node::Element(e) => {
            let end = e.start.to_end().into_owned();
            writer.write_event(Event::Start(e.start))?;
            for child in e.children {
                write_node(writer, child)?;
            }
            writer.write_event(Event::End(end))
        }
    }
}

fn root_is_wordprocessing(nodes: &[Node]) -> bool {
    nodes.iter().any(|n| n.w_name().is_some())
}

/// One XML part in schema order, or `None` when it is not a WordprocessingML part.
pub fn normalize_part(xml: &[u8]) -> Result<Option<Vec<u8>>, String> {
    let mut nodes = parse(xml)?;
    if !root_is_wordprocessing(&nodes) {
        return Ok(None);
    }
    let mut writer = Writer::new(Vec::with_capacity(xml.len()));
    for mut node in nodes.drain(..) {
        if let Node::Element(e) = &mut node {
            normalize(e, None);
        }
        write_node(&mut writer, node).map_err(|e| e.to_string())?;
    }
    Ok(Some(writer.into_inner()))
}

/// The package with every WordprocessingML part in schema order; other parts are copied as
/// they are, and the entries keep their order.
pub fn normalize_package(docx: &[u8]) -> Result<Vec<u8>, String> {
    rewrite_package(docx, |name, xml| {
        if name.ends_with(".xml") {
            normalize_part(xml)
        } else {
            Ok(None)
        }
    })
}

/// The package with `from` replaced by `to` in the part `part`; an error when the part does
/// not hold `from` exactly once (so a change in what docx-rs writes cannot go unnoticed).
pub fn replace_in_part(docx: &[u8], part: &str, from: &str, to: &str) -> Result<Vec<u8>, String> {
    let mut found = false;
    let out = rewrite_package(docx, |name, xml| {
        if name != part {
            return Ok(None);
        }
        let text = std::str::from_utf8(xml).map_err(|e| format!("{name}: {e}"))?;
        if text.matches(from).count() != 1 {
            return Err(format!("{name}: expected one {from}"));
        }
        found = true;
        Ok(Some(text.replacen(from, to, 1).into_bytes()))
    })?;
    if found {
        Ok(out)
    } else {
        Err(format!("no part {part}"))
    }
}

/// Rewrites the package's files through `edit` (new bytes, or `None` to copy the entry as it
/// is, compressed bytes and all); folders and the order of the entries are kept.
fn rewrite_package(
    docx: &[u8],
    mut edit: impl FnMut(&str, &[u8]) -> Result<Option<Vec<u8>>, String>,
) -> Result<Vec<u8>, String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).map_err(|e| e.to_string())?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(docx.len())));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| e.to_string())?;
        let name = entry.name().to_owned();
        let mut edited = None;
        if entry.is_file() {
            let mut bytes = Vec::new();
            entry
                .read_to_end(&mut bytes)
                .map_err(|e| format!("{name}: {e}"))?;
            edited = edit(&name, &bytes).map_err(|e| format!("{name}: {e}"))?;
        }
        match edited {
            Some(bytes) => {
                out.start_file(name.as_str(), options)
                    .map_err(|e| e.to_string())?;
                out.write_all(&bytes).map_err(|e| e.to_string())?;
            }
            None => {
                drop(entry);
                let entry = archive.by_index_raw(i).map_err(|e| e.to_string())?;
                out.raw_copy_file(entry).map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(out.finish().map_err(|e| e.to_string())?.into_inner())
}

/// Every place where a WordprocessingML part breaks the table: a child before one the schema
/// orders ahead of it, a child the table does not list for its parent, a child the schema
/// forbids in that context. Empty when the part is in order (or not WordprocessingML).
pub fn order_violations(xml: &[u8]) -> Result<Vec<String>, String> {
    fn check(element: &Element, parent: Option<&str>, path: &str, out: &mut Vec<String>) {
        let name = element.w_name.as_deref();
        let path = format!("{path}/{}", name.unwrap_or("*"));
        if let Some(name) = name {
            let order = child_order(name);
            let mut last: Option<(usize, &str)> = None;
            for child in element.children.iter().filter_map(Node::w_name) {
                if !allowed_in(name, child, parent) {
                    out.push(format!("{path}: w:{child} not allowed here"));
                }
                let Some(order) = order else { continue };
                match rank(order, child) {
                    None => out.push(format!("{path}: w:{child} not in the table")),
                    Some(r) => {
                        if let Some((before, previous)) = last
                            && r < before
                        {
                            out.push(format!("{path}: w:{child} after w:{previous}"));
                        }
                        last = Some((r, child));
                    }
                }
            }
        }
        for child in &element.children {
            if let Node::Element(e) = child {
                check(e, name, &path, out);
            }
        }
    }
    let mut out = Vec::new();
    for node in parse(xml)? {
        if let Node::Element(e) = &node {
            check(e, None, "", &mut out);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn fixed(xml: &str) -> String {
        let out = normalize_part(xml.as_bytes()).expect("parses");
        String::from_utf8(out.expect("a w: part")).expect("utf-8")
    }

    #[test]
    fn table_is_sorted_and_knows_the_elements_docx_rs_writes() {
        assert!(CHILD_ORDER.windows(2).all(|w| w[0].0 < w[1].0));
        for name in [
            "pPr",
            "rPr",
            "sectPr",
            "style",
            "settings",
            "lvl",
            "docDefaults",
            "compat",
            "p",
            "r",
            "body",
            "font",
        ] {
            assert!(child_order(name).is_some(), "{name}");
        }
        let ppr = child_order("pPr").expect("pPr");
        assert!(rank(ppr, "spacing") < rank(ppr, "ind"));
        assert!(rank(ppr, "ind") < rank(ppr, "jc"));
        assert!(rank(ppr, "jc") < rank(ppr, "rPr"));
        let rpr = child_order("rPr").expect("rPr");
        assert!(rank(rpr, "rFonts") < rank(rpr, "sz"));
        assert!(rank(rpr, "sz") < rank(rpr, "szCs"));
        // Header and footer references form a choice: any order among them, before the rest.
        let sect = child_order("sectPr").expect("sectPr");
        assert_eq!(rank(sect, "headerReference"), rank(sect, "footerReference"));
        assert!(rank(sect, "footerReference") < rank(sect, "pgSz"));
        // Paragraphs and tables of the body are never reordered among themselves.
        let body = child_order("body").expect("body");
        assert_eq!(rank(body, "p"), rank(body, "tbl"));
    }

    #[test]
    fn paragraph_properties_in_schema_order() {
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body><w:p><w:pPr><w:rPr><w:sz w:val="32" /><w:szCs w:val="32" /><w:rFonts w:eastAsia="仿宋" /></w:rPr><w:jc w:val="both" /><w:ind w:firstLine="640" /><w:spacing w:line="580" /></w:pPr><w:r><w:rPr><w:sz w:val="32" /><w:rFonts w:ascii="A&amp;B" /></w:rPr><w:t xml:space="preserve"> 一是 &lt;x&gt; </w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" /><w:docGrid w:linePitch="580" /><w:footerReference w:type="default" r:id="rId1" xmlns:r="urn:r" /></w:sectPr></w:body></w:document>"#
        );
        assert!(!order_violations(xml.as_bytes()).expect("parses").is_empty());
        let out = fixed(&xml);
        assert_eq!(
            out,
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body><w:p><w:pPr><w:spacing w:line="580" /><w:ind w:firstLine="640" /><w:jc w:val="both" /><w:rPr><w:rFonts w:eastAsia="仿宋" /><w:sz w:val="32" /><w:szCs w:val="32" /></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:ascii="A&amp;B" /><w:sz w:val="32" /></w:rPr><w:t xml:space="preserve"> 一是 &lt;x&gt; </w:t></w:r></w:p><w:sectPr><w:footerReference w:type="default" r:id="rId1" xmlns:r="urn:r" /><w:pgSz w:w="11906" /><w:docGrid w:linePitch="580" /></w:sectPr></w:body></w:document>"#
            )
        );
        assert_eq!(
            order_violations(out.as_bytes()).expect("parses"),
            Vec::<String>::new()
        );
        // Already in order: unchanged.
        assert_eq!(fixed(&out), out);
    }

    #[test]
    fn run_properties_are_dropped_from_style_and_level_paragraph_properties_only() {
        let xml = format!(
            r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="Normal"><w:rPr><w:sz w:val="32" /></w:rPr><w:pPr><w:rPr /><w:jc w:val="left" /></w:pPr><w:name w:val="Normal" /></w:style></w:styles>"#
        );
        let violations = order_violations(xml.as_bytes()).expect("parses");
        assert!(
            violations.iter().any(|v| v.contains("w:rPr not allowed")),
            "{violations:?}"
        );
        assert_eq!(
            fixed(&xml),
            format!(
                r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal" /><w:pPr><w:jc w:val="left" /></w:pPr><w:rPr><w:sz w:val="32" /></w:rPr></w:style></w:styles>"#
            )
        );
        // In a paragraph the paragraph mark's run properties stay.
        let p = format!(r#"<w:p {W}><w:pPr><w:rPr><w:b /></w:rPr></w:pPr></w:p>"#);
        assert_eq!(fixed(&p), p);
    }

    #[test]
    fn unknown_children_and_other_parts_are_left_alone() {
        // An element of another namespace travels with the child before it.
        let xml = format!(
            r#"<w:p {W} xmlns:x="urn:x"><w:pPr><w:jc w:val="left" /><x:ext /><w:spacing /></w:pPr><w:r><w:t>甲</w:t></w:r><w:r><w:t>乙</w:t></w:r></w:p>"#
        );
        assert_eq!(
            fixed(&xml),
            format!(
                r#"<w:p {W} xmlns:x="urn:x"><w:pPr><w:spacing /><w:jc w:val="left" /><x:ext /></w:pPr><w:r><w:t>甲</w:t></w:r><w:r><w:t>乙</w:t></w:r></w:p>"#
            )
        );
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" /></Relationships>"#;
        assert_eq!(normalize_part(rels.as_bytes()).expect("parses"), None);
        assert!(normalize_part(b"<a><b></a>").is_err());
    }
}
