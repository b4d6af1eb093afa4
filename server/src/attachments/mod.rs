//! Carers' files for their contribution to a child's review: PDF, Word
//! (docx), JPEG and PNG, up to `Config.max_upload_bytes` each.
//!
//! Files are streamed to disk (never held whole in memory) into
//! `<data_dir>/uploads/`, a folder nothing serves, under random names;
//! their kind is told by their content. A file is read back only through
//! `download`, by the people `policy::carer_item_view` names.

mod download;
mod file_kinds;
mod file_names;
mod upload;

use crate::config::Config;
use crate::http::routes::{route, ApiRoute};
use anyhow::{bail, Context};
use axum::http::Method;
use std::path::{Path, PathBuf};

pub fn routes() -> Vec<ApiRoute> {
    vec![
        route(
            Method::POST,
            "/api/children/{id}/attachments",
            upload::upload,
        ),
        route(
            Method::GET,
            "/api/children/{id}/attachments/{attachment_id}",
            download::download,
        ),
    ]
}

/// Where uploaded files are kept: beside the database, outside any served folder.
pub fn folder(config: &Config) -> PathBuf {
    config.data_dir.join("uploads")
}

/// A file still arriving is named `<random>.part`, and only renamed to its
/// final name once it is whole and checked.
const PART: &str = "part";

/// Makes the uploads folder, removes halves of uploads a stop cut short,
/// and refuses to start if the folder would be served with the front end.
pub fn prepare_folder(config: &Config) -> anyhow::Result<()> {
    let uploads = folder(config);
    std::fs::create_dir_all(&uploads).with_context(|| format!("creating {}", uploads.display()))?;
    let uploads = uploads.canonicalize()?;
    if let Ok(dist) = config.dist_dir.canonicalize() {
        if uploads.starts_with(&dist) {
            bail!(
                "the uploads folder {} is inside the served folder {}: set MYSAY_DATA_DIR outside MYSAY_DIST_DIR",
                uploads.display(),
                dist.display()
            );
        }
    }
    for entry in std::fs::read_dir(&uploads)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == PART) {
            remove_quietly(&path);
        }
    }
    Ok(())
}

fn remove_quietly(path: &Path) {
    if let Err(e) = std::fs::remove_file(path) {
        if e.kind() != std::io::ErrorKind::NotFound {
            tracing::error!(error = %e, path = %path.display(), "could not remove an unfinished upload");
        }
    }
}
