//! Rich-text copy: HTML together with its plain-text alternative, so that Word and WPS keep the
//! fonts and indents and Notepad gets clean text. Behind a trait so tests can read what was put.

use crate::export::{ExportOptions, html, text};
use crate::i18n::Text;
use crate::model::Report;
use std::sync::{Arc, Mutex};

/// What 复制为公文格式 puts on the clipboard: the HTML document (the body's paragraphs with
/// every style inline) and its plain-text alternative (full-width indents, the clipboard's
/// line endings).
pub fn rich_copy(report: &Report, options: &ExportOptions) -> (String, String) {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"/></head><body>{}</body></html>",
        html::clipboard_fragment(report, options)
    );
    let plain = text::write(report, &options.clipboard_text_options());
    (html, plain)
}

pub trait RichClipboard {
    /// Put `html` on the clipboard with `plain` as the text alternative.
    fn set_html(&mut self, html: &str, plain: &str) -> Result<(), Text>;
    /// The clipboard's text (for 粘贴为新草稿).
    fn get_text(&mut self) -> Result<String, Text>;
    /// The clipboard's `text/html`, when a browser or an office program put some there.
    fn get_html(&mut self) -> Option<String> {
        None
    }
}

/// The system clipboard via arboard. It is opened on first use and kept open: on X11 the
/// clipboard is served by this process, so closing it would empty the clipboard.
#[derive(Default)]
pub struct SystemClipboard {
    inner: Option<arboard::Clipboard>,
}

impl SystemClipboard {
    fn open(&mut self) -> Result<&mut arboard::Clipboard, Text> {
        if self.inner.is_none() {
            self.inner = Some(
                arboard::Clipboard::new()
                    .map_err(|e| Text::tr("无法打开系统剪贴板：{}。", &[&e]))?,
            );
        }
        self.inner
            .as_mut()
            .ok_or_else(|| Text::tr("无法打开系统剪贴板。", &[]))
    }
}

impl RichClipboard for SystemClipboard {
    fn set_html(&mut self, html: &str, plain: &str) -> Result<(), Text> {
        // Windows: arboard wraps the HTML in CF_HTML's own <html><body> and fragment markers,
        // so it is given the body's content, not a second whole document inside the first.
        let html = if cfg!(windows) { body_of(html) } else { html };
        self.open()?
            .set_html(html, Some(plain))
            .map_err(|e| Text::tr("无法写入剪贴板：{}。", &[&e]))
    }

    fn get_text(&mut self) -> Result<String, Text> {
        self.open()?
            .get_text()
            .map_err(|e| Text::tr("剪贴板里没有文字（{}）。", &[&e]))
    }

    fn get_html(&mut self) -> Option<String> {
        self.open()
            .ok()?
            .get()
            .html()
            .ok()
            .filter(|h| !h.trim().is_empty())
    }
}

/// The content of an HTML document's `<body>`, or the whole text when it has none.
pub fn body_of(html: &str) -> &str {
    let Some(open) = html.find("<body") else {
        return html;
    };
    let Some(start) = html[open..].find('>').map(|at| open + at + 1) else {
        return html;
    };
    match html[start..].rfind("</body>") {
        Some(end) => &html[start..start + end],
        None => &html[start..],
    }
}

/// A test double that keeps the last (html, plain) pair and serves `text` to pastes.
#[derive(Clone, Default)]
pub struct RecordingClipboard {
    pub last: Arc<Mutex<Option<(String, String)>>>,
    pub text: Arc<Mutex<String>>,
    /// The `text/html` served to pastes, if any.
    pub html: Arc<Mutex<Option<String>>>,
}

impl RichClipboard for RecordingClipboard {
    fn set_html(&mut self, html: &str, plain: &str) -> Result<(), Text> {
        if let Ok(mut last) = self.last.lock() {
            *last = Some((html.to_owned(), plain.to_owned()));
        }
        Ok(())
    }

    fn get_text(&mut self) -> Result<String, Text> {
        self.text
            .lock()
            .map(|t| t.clone())
            .map_err(|_| Text::tr("剪贴板不可用。", &[]))
    }

    fn get_html(&mut self) -> Option<String> {
        self.html.lock().ok()?.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::body_of;

    #[test]
    fn the_body_is_taken_out_of_a_whole_document() {
        let doc = "<html><head><meta charset=\"utf-8\"/></head><body><p>正文</p></body></html>";
        assert_eq!(body_of(doc), "<p>正文</p>");
        assert_eq!(body_of("<p>片段</p>"), "<p>片段</p>");
        assert_eq!(body_of("<body class=\"x\"><p>a</p>"), "<p>a</p>");
        assert_eq!(body_of("<body"), "<body");
    }
}
