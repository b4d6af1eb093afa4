//! Which kind a file is, told by its content (magic bytes), never by its
//! name: a program renamed `report.pdf` is not a PDF.

use domain::contributions::FileKind;

/// How many bytes from the start of a file are enough to recognise it. A
/// docx is a zip whose first entries name `word/`; the zip headers that say
/// so sit within the first few kilobytes.
pub const HEAD_BYTES: usize = 64 * 1024;

/// The kind of a file that starts with `head`, if it is one carers may attach.
/// A plain zip, an xlsx and every program are None.
pub fn recognise(head: &[u8]) -> Option<FileKind> {
    if infer::archive::is_pdf(head) {
        Some(FileKind::Pdf)
    } else if infer::doc::is_docx(head) {
        Some(FileKind::Docx)
    } else if infer::image::is_jpeg(head) {
        Some(FileKind::Jpeg)
    } else if infer::image::is_png(head) {
        Some(FileKind::Png)
    } else {
        None
    }
}

/// What a download says it is.
pub fn content_type(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Pdf => "application/pdf",
        FileKind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind::Jpeg => "image/jpeg",
        FileKind::Png => "image/png",
    }
}

/// The file name ending a download of this kind must have, so the file
/// opens in the program for what it really is.
pub fn extension(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Pdf => "pdf",
        FileKind::Docx => "docx",
        FileKind::Jpeg => "jpg",
        FileKind::Png => "png",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_and_plain_zips_are_not_accepted_whatever_their_name() {
        assert_eq!(recognise(b"%PDF-1.4\n"), Some(FileKind::Pdf));
        assert_eq!(
            recognise(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]),
            Some(FileKind::Jpeg)
        );
        assert_eq!(recognise(b"\x7fELF\x02\x01\x01\0\0\0\0\0"), None);
        assert_eq!(recognise(b"MZ\x90\0\x03\0\0\0\x04\0"), None);
        assert_eq!(recognise(b"PK\x03\x04\x14\0\0\0\0\0"), None);
        assert_eq!(recognise(b""), None);
    }
}
