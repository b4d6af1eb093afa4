//! Carers' files, over real HTTP against a real server, with real files
//! written to and read from its data folder: what is accepted, what is
//! refused and why, who may download, and where the bytes end up.

use crate::common;

use common::{audit_rows, error_code, start, start_with, TestServer, Who, CSRF};
use reqwest::{Client, Response, StatusCode};
use serde_json::Value;
use std::path::PathBuf;

const MIB: u64 = 1024 * 1024;

// ---- Real files, made here -------------------------------------------------

/// A one-page PDF with a correct cross-reference table.
fn pdf() -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    out.extend_from_slice(&crc.finalize().to_be_bytes());
}

/// One grey pixel: signature, header, the pixel row as an uncompressed
/// zlib block, end.
fn png() -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    png_chunk(&mut out, b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    let row = [0u8, 0x80]; // filter type 0, one grey pixel
    let (mut a, mut b) = (1u32, 0u32);
    for byte in row {
        a = (a + u32::from(byte)) % 65521;
        b = (b + a) % 65521;
    }
    let mut zlib = vec![0x78, 0x01, 0x01, 0x02, 0x00, 0xFD, 0xFF];
    zlib.extend_from_slice(&row);
    zlib.extend_from_slice(&((b << 16) | a).to_be_bytes());
    png_chunk(&mut out, b"IDAT", &zlib);
    png_chunk(&mut out, b"IEND", &[]);
    out
}

/// An 8×8 grey baseline JPEG: every coefficient zero, with one-code Huffman
/// tables, so its whole scan is two bits.
fn jpeg() -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8];
    out.extend_from_slice(&[
        0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
    ]);
    out.extend_from_slice(&[0xFF, 0xDB, 0x00, 0x43, 0x00]);
    out.extend_from_slice(&[1; 64]);
    out.extend_from_slice(&[0xFF, 0xC0, 0x00, 0x0B, 8, 0, 8, 0, 8, 1, 1, 0x11, 0]);
    for class in [0x00, 0x10] {
        out.extend_from_slice(&[0xFF, 0xC4, 0x00, 0x14, class, 1]);
        out.extend_from_slice(&[0; 15]);
        out.push(0x00); // DC: difference 0; AC: end of block
    }
    out.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x08, 1, 1, 0x00, 0, 63, 0]);
    out.push(0x3F); // the two zero-bit codes, padded with ones
    out.extend_from_slice(&[0xFF, 0xD9]);
    out
}

/// A zip of `entries`, stored without compression.
fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = out.len() as u32;
        let crc = crc32fast::hash(data);
        let size = data.len() as u32;
        let common = |sig: &[u8]| {
            let mut h = sig.to_vec();
            h.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0]); // version, flags, stored, time, date
            h.extend_from_slice(&crc.to_le_bytes());
            h.extend_from_slice(&size.to_le_bytes());
            h.extend_from_slice(&size.to_le_bytes());
            h.extend_from_slice(&(name.len() as u16).to_le_bytes());
            h.extend_from_slice(&[0, 0]); // no extra field
            h
        };
        out.extend(common(b"PK\x03\x04"));
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        let mut entry = b"PK\x01\x02\x14\x00".to_vec();
        entry.extend(common(b""));
        entry.extend_from_slice(&[0; 10]); // comment length, disk, attributes
        entry.extend_from_slice(&offset.to_le_bytes());
        entry.extend_from_slice(name.as_bytes());
        central.extend(entry);
    }
    let central_offset = out.len() as u32;
    let count = (entries.len() as u16).to_le_bytes();
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
    out.extend_from_slice(&count);
    out.extend_from_slice(&count);
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out
}

/// A Word document as Word writes its first entries.
fn docx() -> Vec<u8> {
    zip(&[
        (
            "[Content_Types].xml",
            br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#,
        ),
        (
            "word/document.xml",
            br#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Sam has settled in well.</w:t></w:r></w:p></w:body></w:document>"#,
        ),
    ])
}

/// The start of a Linux program.
fn elf() -> Vec<u8> {
    let mut out = b"\x7fELF\x02\x01\x01\0".to_vec();
    out.resize(512, 0);
    out
}

/// The start of a Windows program.
fn exe() -> Vec<u8> {
    let mut out = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff".to_vec();
    out.resize(512, 0);
    out
}

// ---- Helpers ---------------------------------------------------------------

/// An upload as the page sends it: the file as the body, its name
/// percent-encoded in `x-file-name`, the CSRF header.
async fn upload(
    server: &TestServer,
    client: &Client,
    child_id: i64,
    name: &str,
    body: impl Into<reqwest::Body>,
) -> Response {
    let encoded: String = name
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    client
        .post(server.url(&format!("/api/children/{child_id}/attachments")))
        .header(CSRF.0, CSRF.1)
        .header("x-file-name", encoded)
        .body(body)
        .send()
        .await
        .unwrap()
}

fn download_path(child_id: i64, attachment_id: i64) -> String {
    format!("/api/children/{child_id}/attachments/{attachment_id}")
}

fn uploads_folder(server: &TestServer) -> PathBuf {
    server.dir.path().join("data/uploads")
}

/// The names of the files in the uploads folder.
fn stored_files(server: &TestServer) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(uploads_folder(server))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

async fn database(server: &TestServer) -> sqlx::SqlitePool {
    let path = server.dir.path().join("data/mysay.sqlite");
    sqlx::SqlitePool::connect_with(sqlx::sqlite::SqliteConnectOptions::new().filename(path))
        .await
        .unwrap()
}

async fn refusals(server: &TestServer) -> usize {
    audit_rows(server)
        .await
        .iter()
        .filter(|r| r.event == "access_refused")
        .count()
}

/// Sends the carer's contribution the way sending will: a `contributions`
/// row, and the file linked to it once (the database allows nothing else).
async fn link_to_a_sent_contribution(server: &TestServer, child_id: i64, attachment_id: i64) {
    let db = database(server).await;
    let carer: i64 = sqlx::query_scalar("SELECT uploader_id FROM attachments WHERE id = ?")
        .bind(attachment_id)
        .fetch_one(&db)
        .await
        .unwrap();
    let body = serde_json::json!({"kind": "carer", "body": {"text": "", "attachment_ids": [attachment_id]}});
    let contribution_id: i64 = sqlx::query_scalar(
        "INSERT INTO contributions (child_id, kind, author_id, body, share_social_worker, \
         share_carer, share_advocate, send_id, sent_at_ms) \
         VALUES (?, 'carer', ?, ?, 0, 0, 0, ?, 0) RETURNING id",
    )
    .bind(child_id)
    .bind(carer)
    .bind(body.to_string())
    .bind(format!("test-{attachment_id}"))
    .fetch_one(&db)
    .await
    .unwrap();
    sqlx::query("UPDATE attachments SET contribution_id = ? WHERE id = ?")
        .bind(contribution_id)
        .bind(attachment_id)
        .execute(&db)
        .await
        .unwrap();
}

// ---- Accepted --------------------------------------------------------------

#[tokio::test]
async fn a_real_pdf_png_jpeg_and_docx_are_accepted_and_kept_under_random_names() {
    let server = start().await;
    let sam = server.child_ids().await["Sam"];
    let carer = server.signed_in(Who::Carer).await;
    let files = [
        ("Sam's school report.pdf", pdf(), "pdf"),
        ("bedroom.png", png(), "png"),
        ("Zoë's photo.jpg", jpeg(), "jpeg"),
        ("Notes for the review.docx", docx(), "docx"),
    ];
    let db = database(&server).await;
    for (name, bytes, kind) in &files {
        let r = upload(&server, &carer, sam, name, bytes.clone()).await;
        assert_eq!(r.status(), StatusCode::CREATED, "{name}");
        let answer: Value = r.json().await.unwrap();
        assert_eq!(answer["name"], *name);
        assert_eq!(answer["file_kind"], *kind);
        assert_eq!(answer["bytes"], bytes.len() as u64);

        let stored: String = sqlx::query_scalar("SELECT stored_name FROM attachments WHERE id = ?")
            .bind(answer["attachment_id"].as_i64().unwrap())
            .fetch_one(&db)
            .await
            .unwrap();
        // 128 random bits in hex: nothing of the file's name or kind.
        assert_eq!(stored.len(), 32, "{stored}");
        assert!(stored.bytes().all(|b| b.is_ascii_hexdigit()), "{stored}");
        let on_disk = std::fs::read(uploads_folder(&server).join(&stored)).unwrap();
        assert_eq!(&on_disk, bytes, "{name} is stored as sent");
    }
    let names = stored_files(&server);
    assert_eq!(names.len(), files.len(), "{names:?}");
    // Beside the database, not in the served front end.
    assert!(!uploads_folder(&server).starts_with(server.dir.path().join("dist")));
}

#[tokio::test]
async fn a_name_is_cleaned_and_no_name_becomes_the_date() {
    let server = start().await;
    let sam = server.child_ids().await["Sam"];
    let carer = server.signed_in(Who::Carer).await;
    let r = upload(&server, &carer, sam, "../../etc/\u{202E}fdp.png", png()).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let answer: Value = r.json().await.unwrap();
    assert_eq!(answer["name"], "fdp.png");

    let r = upload(&server, &carer, sam, "", png()).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let answer: Value = r.json().await.unwrap();
    let name = answer["name"].as_str().unwrap();
    assert!(
        name.ends_with(".png")
            && chrono::NaiveDate::parse_from_str(&name[..10], "%Y-%m-%d").is_ok(),
        "{name}"
    );
}

// ---- Refused for what the file is ------------------------------------------

#[tokio::test]
async fn one_byte_over_the_limit_is_refused_and_nothing_is_kept() {
    let server = start().await;
    let limit = 20 * MIB;
    let sam = server.child_ids().await["Sam"];
    let carer = server.signed_in(Who::Carer).await;
    let mut big = pdf();
    big.resize(limit as usize + 1, b' ');

    // With its length declared up front, as a browser sends a file.
    let r = upload(&server, &carer, sam, "big.pdf", big.clone()).await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let answer: Value = r.json().await.unwrap();
    assert_eq!(answer["code"], "too_large");
    assert_eq!(answer["limit"], limit);
    assert_eq!(stored_files(&server), Vec::<String>::new());

    // Without a length: counted as it arrives, and the half written removed.
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        big.chunks(256 * 1024).map(|c| Ok(c.to_vec())).collect();
    let stream = reqwest::Body::wrap_stream(futures_util::stream::iter(chunks));
    let r = upload(&server, &carer, sam, "big.pdf", stream).await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let answer: Value = r.json().await.unwrap();
    assert_eq!(answer["limit"], limit);
    assert_eq!(stored_files(&server), Vec::<String>::new());

    // Exactly the limit is fine.
    big.truncate(limit as usize);
    let r = upload(&server, &carer, sam, "big.pdf", big).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(stored_files(&server).len(), 1);
}

#[tokio::test]
async fn the_limit_is_the_setting() {
    let server = start_with(|c, _| c.max_upload_bytes = 1000).await;
    let sam = server.child_ids().await["Sam"];
    let carer = server.signed_in(Who::Carer).await;
    let mut file = pdf();
    file.resize(1001, b' ');
    let r = upload(&server, &carer, sam, "a.pdf", file).await;
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let answer: Value = r.json().await.unwrap();
    assert_eq!(answer["limit"], 1000);
    let settings: Value = server
        .get(&common::client(), "/api/settings")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(settings["max_upload_bytes"], 1000);
}

#[tokio::test]
async fn an_empty_file_is_refused() {
    let server = start().await;
    let sam = server.child_ids().await["Sam"];
    let carer = server.signed_in(Who::Carer).await;
    let r = upload(&server, &carer, sam, "nothing.pdf", Vec::new()).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_code(r).await, "empty_file");
    assert_eq!(stored_files(&server), Vec::<String>::new());
}

#[tokio::test]
async fn programs_and_plain_zips_are_refused_whatever_their_name() {
    let server = start().await;
    let sam = server.child_ids().await["Sam"];
    let carer = server.signed_in(Who::Carer).await;
    let not_a_document = zip(&[("notes.txt", b"not a Word document")]);
    let spreadsheet = zip(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("_rels/.rels", b"<Relationships/>"),
        ("xl/workbook.xml", b"<workbook/>"),
    ]);
    let with_macros = zip(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", b"<w:document/>"),
        ("word/vbaProject.bin", b"macro"),
    ]);
    let program_with_a_document_appended = [exe(), docx()].concat();
    for (name, bytes) in [
        ("notes.docx", spreadsheet),
        ("notes.docx", with_macros),
        ("notes.docx", program_with_a_document_appended),
        ("report.pdf", elf()),
        ("report.pdf", exe()),
        ("photo.jpg", exe()),
        ("notes.docx", not_a_document),
        (
            "notes.docx",
            b"<html><script>alert(1)</script></html>".to_vec(),
        ),
    ] {
        let r = upload(&server, &carer, sam, name, bytes).await;
        assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "{name}");
        assert_eq!(error_code(r).await, "wrong_file_type");
    }
    assert_eq!(stored_files(&server), Vec::<String>::new());
    let db = database(&server).await;
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM attachments")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(rows, 0);
}

// ---- Who may upload and download -------------------------------------------

#[tokio::test]
async fn only_the_childs_carer_uploads_and_each_refusal_is_audited() {
    let server = start().await;
    let ids = server.child_ids().await;
    let (sam, jay) = (ids["Sam"], ids["Jay"]);
    let cases = [
        (Who::Sam, sam),
        (Who::Advocate, sam),
        (Who::Priya, sam),
        (Who::Tom, sam),
        (Who::SocialWorker, sam),
        (Who::Manager, sam),
        (Who::Leah, sam),
        // Alex is Sam's carer, not Jay's.
        (Who::Carer, jay),
    ];
    for (who, child) in cases {
        let client = server.signed_in(who).await;
        let before = refusals(&server).await;
        let r = upload(&server, &client, child, "report.pdf", pdf()).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{who:?}");
        assert_eq!(refusals(&server).await, before + 1, "{who:?} audited once");
        let newest = &audit_rows(&server).await[0];
        assert_eq!(newest.detail.as_deref(), Some("attach_file"));
        assert_eq!(newest.child_id, Some(child));
    }
    let r = upload(&server, &common::client(), sam, "report.pdf", pdf()).await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(stored_files(&server), Vec::<String>::new());
}

#[tokio::test]
async fn the_uploader_downloads_the_file_as_an_attachment_and_it_is_audited() {
    let server = start().await;
    let sam = server.child_ids().await["Sam"];
    let carer = server.signed_in(Who::Carer).await;
    let bytes = docx();
    let r = upload(&server, &carer, sam, "Zoë \"notes\".docx", bytes.clone()).await;
    let id = r.json::<Value>().await.unwrap()["attachment_id"]
        .as_i64()
        .unwrap();

    let r = server.get(&carer, &download_path(sam, id)).await;
    assert_eq!(r.status(), StatusCode::OK);
    let h = r.headers().clone();
    assert_eq!(
        h["content-type"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert_eq!(
        h["content-disposition"],
        "attachment; filename=\"Zo_ _notes_.docx\"; filename*=UTF-8''Zo%C3%AB%20%22notes%22.docx"
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["cache-control"], "private, no-store");
    assert_eq!(h["content-length"], bytes.len().to_string().as_str());
    assert_eq!(r.bytes().await.unwrap().as_ref(), bytes.as_slice());

    let row = audit_rows(&server)
        .await
        .into_iter()
        .find(|r| r.event == "attachment_downloaded")
        .expect("the download is audited");
    assert_eq!(row.child_id, Some(sam));
    assert_eq!(row.detail, Some(id.to_string()));
    assert_eq!(row.client.as_deref(), Some("127.0.0.1"));
}

#[tokio::test]
async fn a_file_of_another_kind_downloads_under_its_real_extension() {
    let server = start().await;
    let sam = server.child_ids().await["Sam"];
    let carer = server.signed_in(Who::Carer).await;
    let r = upload(&server, &carer, sam, "scan.pdf", png()).await;
    let id = r.json::<Value>().await.unwrap()["attachment_id"]
        .as_i64()
        .unwrap();
    let r = server.get(&carer, &download_path(sam, id)).await;
    assert_eq!(r.headers()["content-type"], "image/png");
    assert!(r.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .ends_with("''scan.pdf.png"));
}

#[tokio::test]
async fn the_officer_and_social_worker_read_a_file_once_it_is_sent_and_nobody_else_ever() {
    let server = start().await;
    let ids = server.child_ids().await;
    let (sam, leah) = (ids["Sam"], ids["Leah"]);
    let carer = server.signed_in(Who::Carer).await;
    let r = upload(&server, &carer, sam, "report.pdf", pdf()).await;
    let id = r.json::<Value>().await.unwrap()["attachment_id"]
        .as_i64()
        .unwrap();
    let path = download_path(sam, id);

    let mut clients = Vec::new();
    for who in [
        Who::Sam,
        Who::Leah,
        Who::Jay,
        Who::Advocate,
        Who::Priya,
        Who::Tom,
        Who::SocialWorker,
        Who::Manager,
    ] {
        clients.push((who, server.signed_in(who).await));
    }
    let refused_everyone = |sent: bool| {
        let server = &server;
        let clients = &clients;
        let path = &path;
        async move {
            for (who, client) in clients {
                if sent && matches!(who, Who::Priya | Who::SocialWorker) {
                    continue;
                }
                let before = refusals(server).await;
                let r = server.get(client, path).await;
                assert_eq!(r.status(), StatusCode::FORBIDDEN, "{who:?}, sent: {sent}");
                assert_eq!(refusals(server).await, before + 1, "{who:?} audited once");
                assert_eq!(
                    audit_rows(server).await[0].detail.as_deref(),
                    Some("download_attachment")
                );
            }
            let r = server.get(&common::client(), path).await;
            assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        }
    };

    // A draft's file: only its uploader.
    refused_everyone(false).await;
    assert_eq!(server.get(&carer, &path).await.status(), StatusCode::OK);

    link_to_a_sent_contribution(&server, sam, id).await;
    refused_everyone(true).await;
    let client_of = |who: Who| &clients.iter().find(|(w, _)| *w == who).unwrap().1;
    let priya = client_of(Who::Priya);
    for reader in [Who::Priya, Who::SocialWorker] {
        let r = server.get(client_of(reader), &path).await;
        assert_eq!(r.status(), StatusCode::OK, "{reader:?}");
        assert_eq!(r.bytes().await.unwrap().as_ref(), pdf().as_slice());
    }
    assert_eq!(server.get(&carer, &path).await.status(), StatusCode::OK);

    // Under another child's id the file is not there, for those who may
    // read that child's files, and refused as ever for the rest.
    let elsewhere = download_path(leah, id);
    assert_eq!(
        server.get(priya, &elsewhere).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        server.get(&carer, &elsewhere).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        server.get(client_of(Who::Tom), &elsewhere).await.status(),
        StatusCode::FORBIDDEN
    );
    // Dana is Sam's and Leah's social worker, not Jay's.
    let jay = download_path(ids["Jay"], id);
    assert_eq!(
        server
            .get(client_of(Who::SocialWorker), &jay)
            .await
            .status(),
        StatusCode::FORBIDDEN
    );

    let downloads = audit_rows(&server)
        .await
        .iter()
        .filter(|r| r.event == "attachment_downloaded")
        .count();
    assert_eq!(downloads, 4, "every download, and only downloads");
}

// ---- Where files are -------------------------------------------------------

#[tokio::test]
async fn the_uploads_folder_is_never_served() {
    let server = start_with(|c, dir| {
        std::fs::create_dir_all(dir.join("dist")).unwrap();
        std::fs::write(
            dir.join("dist/index.html"),
            "<!doctype html><title>My Say</title>",
        )
        .unwrap();
        c.dist_dir = dir.join("dist");
    })
    .await;
    let sam = server.child_ids().await["Sam"];
    let carer = server.signed_in(Who::Carer).await;
    let secret = format!("{}%secret-marker", String::from_utf8(pdf()).unwrap());
    let r = upload(
        &server,
        &carer,
        sam,
        "report.pdf",
        secret.clone().into_bytes(),
    )
    .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let stored = &stored_files(&server)[0];

    for path in [
        format!("/uploads/{stored}"),
        format!("/data/uploads/{stored}"),
        format!("/../data/uploads/{stored}"),
        format!("/%2e%2e/data/uploads/{stored}"),
        format!("/api/uploads/{stored}"),
    ] {
        let r = server.get(&carer, &path).await;
        let body = r.text().await.unwrap();
        assert!(!body.contains("secret-marker"), "{path} served the file");
    }
}

#[tokio::test]
async fn the_server_will_not_start_with_uploads_inside_the_served_folder() {
    let dir = tempfile::tempdir().unwrap();
    let config = server::Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        data_dir: dir.path().join("dist/data"),
        dist_dir: dir.path().join("dist"),
        ..server::Config::default()
    };
    std::fs::create_dir_all(&config.dist_dir).unwrap();
    let error = server::start(config).await.err().expect("refused to start");
    assert!(format!("{error:#}").contains("uploads"), "{error:#}");
}

#[tokio::test]
async fn a_half_upload_left_by_a_stop_is_removed_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let uploads = dir.path().join("data/uploads");
    std::fs::create_dir_all(&uploads).unwrap();
    std::fs::write(
        uploads.join("0123456789abcdef0123456789abcdef.part"),
        b"%PDF-",
    )
    .unwrap();
    let config = server::Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        data_dir: dir.path().join("data"),
        dist_dir: dir.path().join("dist"),
        ..server::Config::default()
    };
    let _server = server::start(config).await.unwrap();
    assert_eq!(std::fs::read_dir(&uploads).unwrap().count(), 0);
}

// ---- Slow phones -----------------------------------------------------------

/// Chunks of `file`, one every `gap`, without a declared length.
fn trickle(file: Vec<u8>, pieces: usize, gap: std::time::Duration) -> reqwest::Body {
    let size = file.len().div_ceil(pieces);
    let chunks: Vec<Vec<u8>> = file.chunks(size).map(<[u8]>::to_vec).collect();
    let stream =
        futures_util::StreamExt::then(futures_util::stream::iter(chunks), move |c| async move {
            tokio::time::sleep(gap).await;
            Ok::<_, std::io::Error>(c)
        });
    reqwest::Body::wrap_stream(stream)
}

#[tokio::test]
async fn an_upload_slower_than_the_body_timeout_succeeds_while_bytes_keep_coming() {
    let timeout = std::time::Duration::from_millis(400);
    let server = start_with(|c, _| c.body_read_timeout = timeout).await;
    let sam = server.child_ids().await["Sam"];
    let carer = server.signed_in(Who::Carer).await;
    let mut file = pdf();
    file.resize(64 * 1024, b' ');
    let started = std::time::Instant::now();
    let body = trickle(file.clone(), 8, std::time::Duration::from_millis(150));
    let r = upload(&server, &carer, sam, "slow.pdf", body).await;
    assert!(started.elapsed() > timeout * 2, "{:?}", started.elapsed());
    assert_eq!(r.status(), StatusCode::CREATED);
    let stored = &stored_files(&server)[0];
    assert_eq!(
        std::fs::read(uploads_folder(&server).join(stored)).unwrap(),
        file
    );
}

/// A session token for `who`, for requests written by hand.
async fn token(server: &TestServer, who: Who) -> String {
    let (path, body) = who.sign_in().unwrap();
    let r = server.post(&common::client(), path, body).await;
    common::session_token(r.headers()).unwrap()
}

/// Sends an upload's head and `body_start`, never the rest of the body it
/// declares, and returns the server's answer and how long it took.
async fn answer_to_an_unfinished_upload(
    server: &TestServer,
    token: &str,
    child_id: i64,
    declared_length: u64,
    body_start: &str,
) -> (String, std::time::Duration) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = server.base.trim_start_matches("http://").to_string();
    let mut unfinished = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let head = format!(
        "POST /api/children/{child_id}/attachments HTTP/1.1\r\nHost: {addr}\r\n\
         {}: {}\r\nCookie: {}={token}\r\nx-file-name: report.pdf\r\n\
         Content-Length: {declared_length}\r\n\r\n{body_start}",
        CSRF.0,
        CSRF.1,
        domain::api::SESSION_COOKIE_PLAIN_HTTP
    );
    unfinished.write_all(head.as_bytes()).await.unwrap();
    let started = std::time::Instant::now();
    let mut answer = Vec::new();
    // The bound only stops a broken server from hanging the test.
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        unfinished.read_to_end(&mut answer),
    )
    .await;
    assert!(read.is_ok(), "the unfinished upload was left open");
    (
        String::from_utf8_lossy(&answer).into_owned(),
        started.elapsed(),
    )
}

#[tokio::test]
async fn refusals_come_before_a_byte_of_the_file_is_read() {
    // With the usual 30 seconds for a body to move, an answer within a few
    // seconds to a request whose body never comes was given without it.
    let server = start().await;
    let sam = server.child_ids().await["Sam"];
    let child = token(&server, Who::Sam).await;
    let (answer, took) = answer_to_an_unfinished_upload(&server, &child, sam, 1_000_000, "").await;
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    assert!(took < std::time::Duration::from_secs(5), "{took:?}");

    let carer = token(&server, Who::Carer).await;
    let (answer, took) =
        answer_to_an_unfinished_upload(&server, &carer, sam, 20 * MIB + 1, "").await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(
        answer.contains(&format!("\"limit\":{}", 20 * MIB)),
        "{answer}"
    );
    assert!(took < std::time::Duration::from_secs(5), "{took:?}");
    assert_eq!(stored_files(&server), Vec::<String>::new());
}

#[tokio::test]
async fn an_upload_that_stalls_is_cut_off_and_its_half_removed() {
    let server =
        start_with(|c, _| c.body_read_timeout = std::time::Duration::from_millis(300)).await;
    let sam = server.child_ids().await["Sam"];
    let carer = token(&server, Who::Carer).await;
    let (answer, took) =
        answer_to_an_unfinished_upload(&server, &carer, sam, 100_000, "%PDF-1.4\n").await;
    assert!(answer.starts_with("HTTP/1.1 4"), "{answer}");
    assert!(took < std::time::Duration::from_secs(5), "{took:?}");
    assert_eq!(stored_files(&server), Vec::<String>::new());
}
