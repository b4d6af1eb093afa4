//! A real server on 127.0.0.1:0 with the demo data in a temporary SQLite
//! file, configured in-process (no environment variables), so tests can run
//! in parallel, each against its own server.

pub mod pages;
pub mod smtp_sink;
pub mod writing;

use reqwest::header::{HeaderMap, SET_COOKIE};
use reqwest::{Client, Response, StatusCode};
use serde_json::{json, Value};
use server::demo::ChildSignIn;
use server::Config;
use tempfile::TempDir;

pub const CSRF: (&str, &str) = (domain::api::CSRF_HEADER, domain::api::CSRF_VALUE);

pub struct TestServer {
    pub base: String,
    pub dir: TempDir,
}

pub async fn start() -> TestServer {
    start_with(|_, _| {}).await
}

pub async fn start_with(adjust: impl FnOnce(&mut Config, &std::path::Path)) -> TestServer {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut config = Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        data_dir: dir.path().join("data"),
        demo: true,
        dist_dir: dir.path().join("dist"),
        officer_title: "CISRO".into(),
        ..Config::default()
    };
    adjust(&mut config, dir.path());
    let server = server::start(config).await.expect("the server starts");
    let addr = server.local_addr().unwrap();
    tokio::spawn(server.serve(std::future::pending()));
    TestServer {
        base: format!("http://{addr}"),
        dir,
    }
}

/// The demo people, and a visitor who has not signed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    Anonymous,
    Sam,
    Leah,
    Jay,
    Carer,
    Advocate,
    Priya,
    Tom,
    SocialWorker,
    Manager,
}

impl Who {
    pub const ALL: [Who; 10] = [
        Who::Anonymous,
        Who::Sam,
        Who::Leah,
        Who::Jay,
        Who::Carer,
        Who::Advocate,
        Who::Priya,
        Who::Tom,
        Who::SocialWorker,
        Who::Manager,
    ];

    /// This person's key in `demo/people.json`.
    pub fn key(self) -> Option<&'static str> {
        Some(match self {
            Who::Anonymous => return None,
            Who::Sam => "sam",
            Who::Leah => "leah",
            Who::Jay => "jay",
            Who::Carer => "carer",
            Who::Advocate => "advocate",
            Who::Priya => "priya",
            Who::Tom => "tom",
            Who::SocialWorker => "dana",
            Who::Manager => "manager",
        })
    }

    /// The sign-in route and body for this person, from the demo data file
    /// the server seeds from.
    pub fn sign_in(self) -> Option<(&'static str, Value)> {
        let key = self.key()?;
        let people = server::demo::people().expect("demo/people.json reads");
        if let Some(adult) = people.adults.iter().find(|a| a.key == key) {
            let body = json!({ "email": adult.email, "password": adult.password });
            return Some(("/api/session/staff", body));
        }
        let child = people.children.iter().find(|c| c.key == key);
        match child.and_then(|c| c.sign_in.as_ref()) {
            Some(ChildSignIn::Passphrase {
                username,
                passphrase,
            }) => Some((
                "/api/session/child",
                json!({ "username": username, "passphrase": passphrase }),
            )),
            _ => panic!("{key} is not a demo person with a passphrase"),
        }
    }
}

pub fn client() -> Client {
    Client::builder().cookie_store(true).build().unwrap()
}

impl TestServer {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, client: &Client, path: &str) -> Response {
        client.get(self.url(path)).send().await.unwrap()
    }

    /// A POST as the front end sends it: JSON with the CSRF header.
    pub async fn post(&self, client: &Client, path: &str, body: Value) -> Response {
        client
            .post(self.url(path))
            .header(CSRF.0, CSRF.1)
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    /// A PUT as the front end sends it: JSON with the CSRF header.
    pub async fn put(&self, client: &Client, path: &str, body: Value) -> Response {
        client
            .put(self.url(path))
            .header(CSRF.0, CSRF.1)
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    pub async fn delete(&self, client: &Client, path: &str) -> Response {
        client
            .delete(self.url(path))
            .header(CSRF.0, CSRF.1)
            .send()
            .await
            .unwrap()
    }

    /// A client signed in as `who` (not signed in for `Anonymous`).
    pub async fn signed_in(&self, who: Who) -> Client {
        let c = client();
        if let Some((path, body)) = who.sign_in() {
            let r = self.post(&c, path, body).await;
            assert_eq!(r.status(), StatusCode::OK, "{who:?} signs in");
        }
        c
    }

    /// Child ids by first name, from the manager's list of every child.
    pub async fn child_ids(&self) -> std::collections::HashMap<String, i64> {
        let c = self.signed_in(Who::Manager).await;
        let caseload: Value = self.get(&c, "/api/children").await.json().await.unwrap();
        caseload["children"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| {
                let first = row["name"]
                    .as_str()
                    .unwrap()
                    .split(' ')
                    .next()
                    .unwrap()
                    .to_string();
                (first, row["child_id"].as_i64().unwrap())
            })
            .collect()
    }
}

/// The session token a response set, if any, under either cookie name.
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| {
            [
                domain::api::SESSION_COOKIE,
                domain::api::SESSION_COOKIE_PLAIN_HTTP,
            ]
            .iter()
            .find_map(|name| v.strip_prefix(&format!("{name}=")))
        })
        .map(|rest| rest.split(';').next().unwrap().to_string())
}

/// A request carrying only the given session token, outside any cookie jar,
/// under the name a test server (plain HTTP on loopback) uses.
pub async fn get_with_token(server: &TestServer, path: &str, token: &str) -> Response {
    Client::new()
        .get(server.url(path))
        .header(
            "cookie",
            format!("{}={token}", domain::api::SESSION_COOKIE_PLAIN_HTTP),
        )
        .send()
        .await
        .unwrap()
}

/// A client whose requests come from another loopback address, 127.0.0.`n`:
/// to the server, a different person on a different network.
pub fn client_from(n: u8) -> Client {
    Client::builder()
        .cookie_store(true)
        .local_address(std::net::IpAddr::from([127, 0, 0, n]))
        .build()
        .unwrap()
}

/// The audit trail of a test server's store, newest first.
pub async fn audit_rows(server: &TestServer) -> Vec<server::storage::AuditRow> {
    let store = server::storage::Store::open(&server.dir.path().join("data").join("mysay.sqlite"))
        .await
        .unwrap();
    store.recent_audit(1000).await.unwrap()
}

/// The `code` of an `ApiError` body.
pub async fn error_code(r: Response) -> String {
    let body: Value = r.json().await.expect("an ApiError JSON body");
    body["code"].as_str().unwrap_or_default().to_string()
}
