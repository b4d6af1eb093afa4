//! Deployment settings, read once from the environment at start-up. Tests
//! build a `Config` directly so they never depend on process-wide variables.

use anyhow::{bail, Context};
use chrono::NaiveDate;
use domain::api::Settings;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

mod mail;
pub use mail::{MailSettings, SmtpCredentials, SmtpServer, SmtpTls};

#[derive(Clone, Debug)]
pub struct Config {
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    /// Seed the demo people and children when the store has no users.
    pub demo: bool,
    /// The built front end; may be missing in development.
    pub dist_dir: PathBuf,
    pub officer_title: String,
    pub council_name: String,
    /// Council closure days: a review due on one is flagged, never moved.
    pub closure_days: Vec<NaiveDate>,
    pub idle_timeout: Duration,
    pub session_max: Duration,
    /// `Some(true)`: the session cookie is `Secure` (and `__Host-` named, with
    /// HSTS); `Some(false)`: never. `None` decides by `addr`: Secure unless
    /// the server listens on loopback, where it can only be plain HTTP on this
    /// machine. A trusted proxy's `X-Forwarded-Proto: https` makes it Secure too.
    pub secure_cookies: Option<bool>,
    /// Proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// How long a client has to send a request's headers (and how long an
    /// idle connection stays open).
    pub header_read_timeout: Duration,
    /// How long a client has to send a request's body, once its headers are in.
    pub body_read_timeout: Duration,
    /// Connections open at once; more wait until one closes.
    pub max_connections: usize,
    /// Passphrase hashes computed at once (each takes 19 MiB), and how many
    /// more sign-ins may wait for one before the server answers 503.
    pub hashes_at_once: usize,
    pub hash_queue: usize,
    /// The system clock, or a test's fixed one.
    pub clock: crate::clock::Clock,
    /// The most bytes one uploaded file may have.
    pub max_upload_bytes: u64,
    /// Working days an officer has to answer a request before it is overdue.
    pub answer_working_days: u32,
    /// Where the "you have a new message" emails go out (see `mail`).
    pub mail: MailSettings,
}

impl Default for Config {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        Self {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("data"),
            demo: false,
            dist_dir: PathBuf::from("dist"),
            officer_title: "IRO".into(),
            council_name: "Demo Council".into(),
            closure_days: Vec::new(),
            idle_timeout: Duration::from_secs(1800),
            session_max: Duration::from_secs(43200),
            secure_cookies: None,
            trusted_proxies: Vec::new(),
            header_read_timeout: Duration::from_secs(10),
            // A 16 KB form over a poor 2G signal, with room to spare.
            body_read_timeout: Duration::from_secs(30),
            max_connections: 512,
            hashes_at_once: cores,
            hash_queue: 16 * cores,
            clock: crate::clock::Clock::system(),
            max_upload_bytes: 20 * 1024 * 1024,
            answer_working_days: domain::requests::DEFAULT_ANSWER_WORKING_DAYS,
            mail: MailSettings::queue_only(SocketAddr::from(([127, 0, 0, 1], 8080))),
        }
    }
}

impl Config {
    pub fn from_env() -> anyhow::Result<Self> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `lookup` so the parsing is testable without
    /// touching the real environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> anyhow::Result<Self> {
        let get = |name: &str| {
            lookup(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let defaults = Self::default();
        let demo = get("MYSAY_DEMO").is_some_and(|v| v == "1");
        // The demo council calls the role CISRO, to show the title is a setting.
        let default_title = if demo {
            "CISRO"
        } else {
            defaults.officer_title.as_str()
        };
        let addr = match get("MYSAY_ADDR") {
            Some(v) => v
                .parse()
                .with_context(|| format!("MYSAY_ADDR {v:?} is not HOST:PORT"))?,
            None => defaults.addr,
        };
        Ok(Self {
            addr,
            data_dir: get("MYSAY_DATA_DIR").map_or(defaults.data_dir, PathBuf::from),
            demo,
            dist_dir: get("MYSAY_DIST_DIR").map_or(defaults.dist_dir, PathBuf::from),
            officer_title: get("MYSAY_OFFICER_TITLE").unwrap_or_else(|| default_title.into()),
            council_name: get("MYSAY_COUNCIL_NAME").unwrap_or(defaults.council_name),
            closure_days: match get("MYSAY_CLOSURE_DAYS") {
                Some(v) => parse_closure_days(&v)?,
                None => Vec::new(),
            },
            idle_timeout: secs(
                get("MYSAY_IDLE_TIMEOUT_SECS"),
                "MYSAY_IDLE_TIMEOUT_SECS",
                defaults.idle_timeout,
            )?,
            session_max: secs(
                get("MYSAY_SESSION_MAX_SECS"),
                "MYSAY_SESSION_MAX_SECS",
                defaults.session_max,
            )?,
            secure_cookies: match get("MYSAY_SECURE_COOKIES").as_deref() {
                None => None,
                Some("1") => Some(true),
                Some("0") => Some(false),
                Some(v) => bail!("MYSAY_SECURE_COOKIES must be 1 or 0, not {v:?}"),
            },
            trusted_proxies: match get("MYSAY_TRUSTED_PROXIES") {
                Some(v) => parse_proxies(&v)?,
                None => Vec::new(),
            },
            header_read_timeout: secs(
                get("MYSAY_HEADER_TIMEOUT_SECS"),
                "MYSAY_HEADER_TIMEOUT_SECS",
                defaults.header_read_timeout,
            )?,
            body_read_timeout: secs(
                get("MYSAY_BODY_TIMEOUT_SECS"),
                "MYSAY_BODY_TIMEOUT_SECS",
                defaults.body_read_timeout,
            )?,
            max_connections: match get("MYSAY_MAX_CONNECTIONS") {
                None => defaults.max_connections,
                Some(v) => match v.parse::<usize>() {
                    Ok(n) if n > 0 => n,
                    _ => bail!("MYSAY_MAX_CONNECTIONS must be a whole number above 0, not {v:?}"),
                },
            },
            hashes_at_once: defaults.hashes_at_once,
            hash_queue: defaults.hash_queue,
            clock: defaults.clock,
            max_upload_bytes: match get("MYSAY_MAX_UPLOAD_MB") {
                None => defaults.max_upload_bytes,
                Some(v) => match v.parse::<u64>() {
                    Ok(n) if (1..=1024).contains(&n) => n * 1024 * 1024,
                    _ => bail!(
                        "MYSAY_MAX_UPLOAD_MB must be a whole number from 1 to 1024, not {v:?}"
                    ),
                },
            },
            answer_working_days: match get("MYSAY_ANSWER_WORKING_DAYS") {
                None => defaults.answer_working_days,
                Some(v) => match v.parse::<u32>() {
                    Ok(n) if (1..=60).contains(&n) => n,
                    _ => bail!(
                        "MYSAY_ANSWER_WORKING_DAYS must be a whole number from 1 to 60, not {v:?}"
                    ),
                },
            },
            mail: MailSettings::from_lookup(get, addr)?,
        })
    }

    /// Whether session cookies are Secure when no trusted proxy says otherwise.
    pub fn secure_by_default(&self) -> bool {
        self.secure_cookies
            .unwrap_or_else(|| !self.addr.ip().is_loopback())
    }

    pub fn database_path(&self) -> PathBuf {
        self.data_dir.join("mysay.sqlite")
    }

    pub fn settings(&self) -> Settings {
        Settings {
            officer_title: self.officer_title.clone(),
            council_name: self.council_name.clone(),
            max_upload_bytes: self.max_upload_bytes,
            answer_working_days: self.answer_working_days,
        }
    }
}

fn parse_closure_days(list: &str) -> anyhow::Result<Vec<NaiveDate>> {
    list.split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .with_context(|| format!("MYSAY_CLOSURE_DAYS: {d:?} is not YYYY-MM-DD"))
        })
        .collect()
}

/// CIDR ranges, or single addresses meaning just that address.
fn parse_proxies(list: &str) -> anyhow::Result<Vec<ipnet::IpNet>> {
    list.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.parse::<ipnet::IpNet>()
                .or_else(|_| p.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .with_context(|| {
                    format!(
                        "MYSAY_TRUSTED_PROXIES: {p:?} is not an address or a range like 10.0.0.0/8"
                    )
                })
        })
        .collect()
}

fn secs(value: Option<String>, name: &str, default: Duration) -> anyhow::Result<Duration> {
    let Some(v) = value else { return Ok(default) };
    match v.parse::<u64>() {
        Ok(0) | Err(_) => bail!("{name} must be a whole number of seconds above 0, not {v:?}"),
        Ok(n) => Ok(Duration::from_secs(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(pairs: &[(&str, &str)]) -> anyhow::Result<Config> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn defaults() {
        let c = from(&[]).unwrap();
        assert_eq!(c.addr.to_string(), "127.0.0.1:8080");
        assert_eq!(c.officer_title, "IRO");
        assert_eq!(c.council_name, "Demo Council");
        assert_eq!(c.idle_timeout, Duration::from_secs(1800));
        assert_eq!(c.session_max, Duration::from_secs(43200));
        assert!(!c.demo);
        assert!(c.trusted_proxies.is_empty());
        assert!(!c.secure_by_default(), "plain HTTP on loopback");
        let public = from(&[("MYSAY_ADDR", "0.0.0.0:8080")]).unwrap();
        assert!(public.secure_by_default(), "anywhere else, Secure");
        let forced = from(&[
            ("MYSAY_ADDR", "0.0.0.0:8080"),
            ("MYSAY_SECURE_COOKIES", "0"),
        ]);
        assert!(!forced.unwrap().secure_by_default());
        assert!(from(&[("MYSAY_SECURE_COOKIES", "1")])
            .unwrap()
            .secure_by_default());
    }

    #[test]
    fn demo_defaults_to_cisro_unless_title_set() {
        assert_eq!(from(&[("MYSAY_DEMO", "1")]).unwrap().officer_title, "CISRO");
        let c = from(&[("MYSAY_DEMO", "1"), ("MYSAY_OFFICER_TITLE", "IRO")]).unwrap();
        assert_eq!(c.officer_title, "IRO");
    }

    #[test]
    fn closure_days_and_errors() {
        let c = from(&[("MYSAY_CLOSURE_DAYS", "2025-12-29, 2025-12-30")]).unwrap();
        assert_eq!(c.closure_days.len(), 2);
        assert!(from(&[("MYSAY_CLOSURE_DAYS", "29/12/2025")]).is_err());
        assert!(from(&[("MYSAY_IDLE_TIMEOUT_SECS", "0")]).is_err());
        assert!(from(&[("MYSAY_ADDR", "nowhere")]).is_err());
        assert!(from(&[("MYSAY_SECURE_COOKIES", "yes")]).is_err());
        assert!(from(&[("MYSAY_MAX_CONNECTIONS", "0")]).is_err());
        let c = from(&[
            ("MYSAY_HEADER_TIMEOUT_SECS", "5"),
            ("MYSAY_MAX_CONNECTIONS", "100"),
        ])
        .unwrap();
        assert_eq!(
            (c.header_read_timeout, c.max_connections),
            (Duration::from_secs(5), 100)
        );
    }

    #[test]
    fn trusted_proxies_are_ranges_or_addresses() {
        let c = from(&[("MYSAY_TRUSTED_PROXIES", "10.0.0.0/8, 192.0.2.7 ,::1")]).unwrap();
        let listed: Vec<String> = c.trusted_proxies.iter().map(ToString::to_string).collect();
        assert_eq!(listed, ["10.0.0.0/8", "192.0.2.7/32", "::1/128"]);
        assert!(from(&[("MYSAY_TRUSTED_PROXIES", "10.0.0.0/33")]).is_err());
        assert!(from(&[("MYSAY_TRUSTED_PROXIES", "proxy.local")]).is_err());
    }
}
