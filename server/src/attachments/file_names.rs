//! The name a file was uploaded with: shown to people and offered when it
//! is downloaded, never used as a path (files are stored under random names).

use super::file_kinds;
use domain::contributions::FileKind;
use percent_encoding::{percent_decode, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Longest name kept, in characters. Longer ones lose the end of their stem
/// and keep their extension.
pub const MAX_NAME_CHARS: usize = 120;

/// Characters that can make a name lie about itself: right-to-left
/// overrides turn `report\u{202E}fdp.exe` into "reportexe.pdf" on screen.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The name sent in `x-file-name` (percent-encoded UTF-8, as the page's
/// `encodeURIComponent` writes it), made safe to show: only its last path
/// part, without control characters or bidi overrides, at most
/// `MAX_NAME_CHARS`. None when nothing is left.
pub fn from_header(raw: Option<&[u8]>) -> Option<String> {
    let decoded = percent_decode(raw?).decode_utf8_lossy();
    let last_part = decoded.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last_part
        .chars()
        .filter(|&c| !c.is_control() && !is_bidi_control(c))
        .collect();
    let cleaned = cleaned.trim().trim_matches('.').trim();
    (!cleaned.is_empty()).then(|| shorten(cleaned))
}

fn shorten(name: &str) -> String {
    if name.chars().count() <= MAX_NAME_CHARS {
        return name.to_string();
    }
    let extension = name
        .rsplit_once('.')
        .map(|(_, ext)| ext)
        .filter(|ext| ext.chars().count() <= 10);
    match extension {
        Some(ext) => {
            let stem: String = name
                .chars()
                .take(MAX_NAME_CHARS - ext.chars().count() - 1)
                .collect();
            format!("{}.{ext}", stem.trim_end())
        }
        None => name.chars().take(MAX_NAME_CHARS).collect(),
    }
}

/// The name to keep: the uploaded one, or when there was none the upload's
/// date (a name in no language) with the kind's extension.
pub fn or_default(name: Option<String>, kind: FileKind, today: chrono::NaiveDate) -> String {
    name.unwrap_or_else(|| format!("{today}.{}", file_kinds::extension(kind)))
}

/// The name a download is offered under: the uploaded name, ending in the
/// extension of what the file really is (a PNG sent as `scan.pdf` saves as
/// `scan.pdf.png`, and opens as a picture).
pub fn download_name(name: &str, kind: FileKind) -> String {
    let has = |ext: &str| {
        name.rsplit_once('.')
            .is_some_and(|(_, e)| e.eq_ignore_ascii_case(ext))
    };
    let fits = has(file_kinds::extension(kind)) || (kind == FileKind::Jpeg && has("jpeg"));
    if fits {
        name.to_string()
    } else {
        format!("{name}.{}", file_kinds::extension(kind))
    }
}

/// RFC 8187's `attr-char`: everything else is percent-encoded.
const NOT_ATTR_CHAR: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'!')
    .remove(b'#')
    .remove(b'$')
    .remove(b'&')
    .remove(b'+')
    .remove(b'-')
    .remove(b'.')
    .remove(b'^')
    .remove(b'_')
    .remove(b'`')
    .remove(b'|')
    .remove(b'~');

/// `Content-Disposition` for a download named `name`: always `attachment`
/// (never shown inside the page), the full name as UTF-8 (RFC 6266), and an
/// ASCII form for clients that read only `filename`.
pub fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| match c {
            ' '..='~' if c != '"' && c != '\\' => c,
            _ => '_',
        })
        .collect();
    format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{}",
        utf8_percent_encode(name, NOT_ATTR_CHAR)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(raw: &str) -> Option<String> {
        from_header(Some(raw.as_bytes()))
    }

    #[test]
    fn a_name_loses_its_path_control_characters_and_overrides() {
        assert_eq!(clean("..%2F..%2Fetc%2Fpasswd").as_deref(), Some("passwd"));
        assert_eq!(
            clean("C:%5CUsers%5Calex%5Cnotes.pdf").as_deref(),
            Some("notes.pdf")
        );
        assert_eq!(
            clean("report%E2%80%AEfdp.exe").as_deref(),
            Some("reportfdp.exe")
        );
        assert_eq!(clean("a%0D%0Ab%00.png").as_deref(), Some("ab.png"));
        assert_eq!(
            clean("Zo%C3%AB%27s%20school.pdf").as_deref(),
            Some("Zoë's school.pdf")
        );
        assert_eq!(clean("%2F.."), None);
        assert_eq!(clean("%E2%80%AE%20"), None);
        assert_eq!(from_header(None), None);
    }

    #[test]
    fn a_long_name_keeps_its_extension() {
        let long = format!("{}.docx", "é".repeat(300));
        let kept = clean(&utf8_percent_encode(&long, NON_ALPHANUMERIC).to_string()).unwrap();
        assert_eq!(kept.chars().count(), MAX_NAME_CHARS);
        assert!(kept.ends_with(".docx"));
    }

    #[test]
    fn no_name_becomes_the_date_and_a_download_ends_as_what_it_is() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(or_default(None, FileKind::Png, day), "2026-11-23.png");
        assert_eq!(download_name("scan.pdf", FileKind::Png), "scan.pdf.png");
        assert_eq!(download_name("Photo.JPEG", FileKind::Jpeg), "Photo.JPEG");
        assert_eq!(download_name("letter.docx", FileKind::Docx), "letter.docx");
    }

    #[test]
    fn the_disposition_is_an_attachment_in_utf8_with_an_ascii_fallback() {
        assert_eq!(
            content_disposition("Zoë \"1\".pdf"),
            "attachment; filename=\"Zo_ _1_.pdf\"; filename*=UTF-8''Zo%C3%AB%20%221%22.pdf"
        );
    }
}
