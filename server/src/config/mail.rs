//! The mail settings: where the emails that say "you have a new message"
//! go out, who they come from, and the link they carry. Without an SMTP
//! host (the demo) nothing is sent and the queue keeps every email.

use anyhow::{bail, Context};
use lettre::message::Mailbox;
use std::fmt;
use std::net::SocketAddr;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct MailSettings {
    /// None: emails wait in the queue until a server is set.
    pub smtp: Option<SmtpServer>,
    /// The sender, as `My Say <mysay@council.example>`.
    pub from: Mailbox,
    /// The address of My Say the emails link to.
    pub public_url: String,
    /// The wait after a first failed try; it doubles each time, up to `retry_max`.
    pub retry_first: Duration,
    pub retry_max: Duration,
    /// How often the mailer looks for mail even when nothing woke it.
    pub check_every: Duration,
    /// How long one SMTP conversation may take before it counts as failed.
    pub smtp_timeout: Duration,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmtpServer {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
    pub credentials: Option<SmtpCredentials>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain SMTP: only for a relay on the same machine or in tests.
    None,
    /// Plain connection upgraded with STARTTLS, refusing to go on without it.
    StartTls,
    /// TLS from the first byte ("SMTPS").
    Tls,
}

impl SmtpTls {
    pub fn default_port(self) -> u16 {
        match self {
            SmtpTls::None => 25,
            SmtpTls::StartTls => 587,
            SmtpTls::Tls => 465,
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct SmtpCredentials {
    pub user: String,
    pub password: String,
}

/// The password never reaches a log, even when the whole config is printed.
impl fmt::Debug for SmtpCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpCredentials")
            .field("user", &self.user)
            .field("password", &"(hidden)")
            .finish()
    }
}

impl MailSettings {
    /// The settings with no mail server, linking to `addr`.
    pub fn queue_only(addr: SocketAddr) -> Self {
        Self {
            smtp: None,
            from: "My Say <no-reply@localhost>"
                .parse()
                .expect("a valid sender"),
            public_url: format!("http://{addr}/"),
            retry_first: Duration::from_secs(30),
            retry_max: Duration::from_secs(3600),
            check_every: Duration::from_secs(60),
            smtp_timeout: Duration::from_secs(30),
        }
    }

    /// `get` gives a trimmed, non-empty value or None.
    pub fn from_lookup(
        get: impl Fn(&str) -> Option<String>,
        addr: SocketAddr,
    ) -> anyhow::Result<Self> {
        let defaults = Self::queue_only(addr);
        let smtp = smtp_server(&get)?;
        let from = match get("MYSAY_MAIL_FROM") {
            Some(v) => v.parse::<Mailbox>().with_context(|| {
                format!(
                    "MYSAY_MAIL_FROM {v:?} is not an address like My Say <mysay@council.gov.uk>"
                )
            })?,
            None if smtp.is_some() => {
                bail!("MYSAY_MAIL_FROM must be set when MYSAY_SMTP_HOST is: the address emails come from")
            }
            None => defaults.from,
        };
        let public_url = match get("MYSAY_PUBLIC_URL") {
            Some(v) => public_url(&v)?,
            None if smtp.is_some() => {
                bail!("MYSAY_PUBLIC_URL must be set when MYSAY_SMTP_HOST is: the link emails carry, like https://mysay.council.gov.uk/")
            }
            None => defaults.public_url,
        };
        Ok(Self {
            smtp,
            from,
            public_url,
            ..defaults
        })
    }
}

fn smtp_server(get: &impl Fn(&str) -> Option<String>) -> anyhow::Result<Option<SmtpServer>> {
    let Some(host) = get("MYSAY_SMTP_HOST") else {
        for name in [
            "MYSAY_SMTP_PORT",
            "MYSAY_SMTP_TLS",
            "MYSAY_SMTP_USER",
            "MYSAY_SMTP_PASSWORD",
        ] {
            if get(name).is_some() {
                bail!("{name} is set but MYSAY_SMTP_HOST is not: set the mail server's host too");
            }
        }
        return Ok(None);
    };
    let tls = match get("MYSAY_SMTP_TLS").as_deref() {
        None | Some("starttls") => SmtpTls::StartTls,
        Some("tls") => SmtpTls::Tls,
        Some("none") => SmtpTls::None,
        Some(v) => bail!("MYSAY_SMTP_TLS must be none, starttls or tls, not {v:?}"),
    };
    let port = match get("MYSAY_SMTP_PORT") {
        None => tls.default_port(),
        Some(v) => match v.parse::<u16>() {
            Ok(n) if n > 0 => n,
            _ => bail!("MYSAY_SMTP_PORT must be a port number from 1 to 65535, not {v:?}"),
        },
    };
    let credentials = match (get("MYSAY_SMTP_USER"), get("MYSAY_SMTP_PASSWORD")) {
        (None, None) => None,
        (Some(user), Some(password)) => Some(SmtpCredentials { user, password }),
        (Some(_), None) => bail!("MYSAY_SMTP_USER is set but MYSAY_SMTP_PASSWORD is not"),
        (None, Some(_)) => bail!("MYSAY_SMTP_PASSWORD is set but MYSAY_SMTP_USER is not"),
    };
    Ok(Some(SmtpServer {
        host,
        port,
        tls,
        credentials,
    }))
}

fn public_url(v: &str) -> anyhow::Result<String> {
    let uri: axum::http::Uri = v
        .parse()
        .ok()
        .filter(|u: &axum::http::Uri| {
            matches!(u.scheme_str(), Some("http" | "https")) && u.authority().is_some()
        })
        .with_context(|| {
            format!("MYSAY_PUBLIC_URL must be a web address like https://mysay.council.gov.uk/, not {v:?}")
        })?;
    let text = uri.to_string();
    Ok(if text.ends_with('/') {
        text
    } else {
        format!("{text}/")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(pairs: &[(&str, &str)]) -> anyhow::Result<MailSettings> {
        let addr: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        MailSettings::from_lookup(
            |name| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            },
            addr,
        )
    }

    const SERVER: [(&str, &str); 3] = [
        ("MYSAY_SMTP_HOST", "smtp.example.org"),
        ("MYSAY_MAIL_FROM", "My Say <mysay@example.org>"),
        ("MYSAY_PUBLIC_URL", "https://mysay.example.org"),
    ];

    #[test]
    fn without_a_host_mail_only_queues() {
        let m = from(&[]).unwrap();
        assert_eq!(m.smtp, None);
        assert_eq!(m.public_url, "http://127.0.0.1:8080/");
    }

    #[test]
    fn a_host_with_defaults_uses_starttls_on_587() {
        let m = from(&SERVER).unwrap();
        let smtp = m.smtp.unwrap();
        assert_eq!((smtp.tls, smtp.port), (SmtpTls::StartTls, 587));
        assert_eq!(m.public_url, "https://mysay.example.org/");
        assert_eq!(m.from.email.to_string(), "mysay@example.org");
    }

    #[test]
    fn each_setting_is_read() {
        let mut pairs = SERVER.to_vec();
        pairs.extend([
            ("MYSAY_SMTP_TLS", "tls"),
            ("MYSAY_SMTP_PORT", "2465"),
            ("MYSAY_SMTP_USER", "mysay"),
            ("MYSAY_SMTP_PASSWORD", "s3cret"),
        ]);
        let smtp = from(&pairs).unwrap().smtp.unwrap();
        assert_eq!((smtp.tls, smtp.port), (SmtpTls::Tls, 2465));
        let credentials = smtp.credentials.unwrap();
        assert_eq!(credentials.user, "mysay");
        assert!(!format!("{credentials:?}").contains("s3cret"));
    }

    #[test]
    fn bad_values_stop_the_start_with_the_setting_named() {
        let cases: &[(&str, &str, &str)] = &[
            ("MYSAY_SMTP_TLS", "ssl", "MYSAY_SMTP_TLS"),
            ("MYSAY_SMTP_PORT", "0", "MYSAY_SMTP_PORT"),
            ("MYSAY_SMTP_PORT", "70000", "MYSAY_SMTP_PORT"),
            ("MYSAY_MAIL_FROM", "not an address", "MYSAY_MAIL_FROM"),
            ("MYSAY_PUBLIC_URL", "mysay.example.org", "MYSAY_PUBLIC_URL"),
            ("MYSAY_SMTP_USER", "only-the-user", "MYSAY_SMTP_PASSWORD"),
        ];
        for (name, value, named) in cases {
            let mut pairs: Vec<(&str, &str)> =
                SERVER.iter().copied().filter(|(k, _)| k != name).collect();
            pairs.push((name, value));
            let error = format!("{:#}", from(&pairs).unwrap_err());
            assert!(error.contains(named), "{name}={value}: {error}");
        }
        // A server needs a sender and a link.
        for missing in ["MYSAY_MAIL_FROM", "MYSAY_PUBLIC_URL"] {
            let pairs: Vec<(&str, &str)> = SERVER
                .iter()
                .copied()
                .filter(|(k, _)| *k != missing)
                .collect();
            let error = format!("{:#}", from(&pairs).unwrap_err());
            assert!(error.contains(missing), "{error}");
        }
        // Server settings without a server are a mistake, not ignored.
        let error = format!("{:#}", from(&[("MYSAY_SMTP_PORT", "25")]).unwrap_err());
        assert!(error.contains("MYSAY_SMTP_HOST"), "{error}");
    }
}
