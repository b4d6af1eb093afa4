//! Which kind a file is, told by its content, never by its name: a program
//! renamed `report.pdf` is not a PDF.

use domain::contributions::FileKind;
use std::io::BufReader;
use std::path::Path;
use zip::read::Config;
use zip::unstable::read::ZipIterable;

/// How many bytes from the start of a file are kept to recognise it by.
pub const HEAD_BYTES: usize = 4 * 1024;

/// The kind of the file at `path`, which starts with `head`, if it is one
/// carers may attach. PDF, JPEG and PNG are told by their first bytes
/// (infer). A Word document is a zip, so a zip is only a docx when its
/// directory lists a Word document's parts; a plain zip, an xlsx and
/// a macro-enabled document are not.
pub async fn recognise(head: &[u8], path: &Path) -> anyhow::Result<Option<FileKind>> {
    Ok(if infer::archive::is_pdf(head) {
        Some(FileKind::Pdf)
    } else if infer::image::is_jpeg(head) {
        Some(FileKind::Jpeg)
    } else if infer::image::is_png(head) {
        Some(FileKind::Png)
    } else if infer::archive::is_zip(head) {
        let path = path.to_owned();
        tokio::task::spawn_blocking(move || is_word_document(&path))
            .await?
            .then_some(FileKind::Docx)
    } else {
        None
    })
}

/// Reads the zip's directory one entry at a time (`ZipIterable`), so a zip
/// listing a million tiny entries costs no more memory than one listing ten;
/// nothing is decompressed. The archive must start at the file's first
/// byte: a program with a zip appended is still a program.
fn is_word_document(path: &Path) -> bool {
    let names = || -> zip::result::ZipResult<(bool, bool, bool)> {
        let file = BufReader::new(std::fs::File::open(path)?);
        let config = Config {
            archive_offset: zip::read::ArchiveOffset::Known(0),
        };
        let mut archive = ZipIterable::try_new(file, config)?;
        let (mut types, mut document, mut macros) = (false, false, false);
        for entry in archive.files()? {
            let entry = entry?;
            match entry.name_raw() {
                b"[Content_Types].xml" => types = true,
                b"word/document.xml" => document = true,
                b"word/vbaProject.bin" => macros = true,
                _ => {}
            }
        }
        Ok((types, document, macros))
    };
    matches!(names(), Ok((true, true, false)))
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

    #[tokio::test]
    async fn programs_and_plain_zips_are_not_accepted_whatever_their_name() {
        let dir = tempfile::tempdir().unwrap();
        let kind = |head: &'static [u8]| {
            let path = dir.path().join("file");
            async move {
                std::fs::write(&path, head).unwrap();
                recognise(head, &path).await.unwrap()
            }
        };
        assert_eq!(kind(b"%PDF-1.4\n").await, Some(FileKind::Pdf));
        assert_eq!(
            kind(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]).await,
            Some(FileKind::Jpeg)
        );
        assert_eq!(kind(b"\x7fELF\x02\x01\x01\0\0\0\0\0").await, None);
        assert_eq!(kind(b"MZ\x90\0\x03\0\0\0\x04\0").await, None);
        // A zip's first header, and no directory: not a Word document.
        assert_eq!(kind(b"PK\x03\x04\x14\0\0\0\0\0").await, None);
        assert_eq!(kind(b"").await, None);
    }
}
