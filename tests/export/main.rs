//! Every export format, read back by the programs that receive it where CI has them:
//! text, Markdown, HTML, DOCX, the PDF and its pages.
//!
//! One test binary for these files (each a module), so CI links the library once for them.

#[path = "../support/tools.rs"]
mod tools;

mod export_empty;
mod export_office;
mod export_text;
mod ofd_export;
mod pdf_export;
