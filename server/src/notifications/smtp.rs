//! Handing one email to the council's mail server, with `lettre`.

use super::words::Email;
use crate::config::{SmtpServer, SmtpTls};
use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// Why one email did not go.
pub struct NotSent {
    /// Trying again later cannot help (a malformed address, or a server
    /// that refused it for good): still kept, but tried only rarely.
    pub permanent: bool,
    pub reason: String,
}

impl Smtp {
    /// Fails (at start-up) only when the TLS settings cannot be made.
    pub fn new(server: &SmtpServer, from: Mailbox, timeout: Duration) -> anyhow::Result<Self> {
        type Transport = AsyncSmtpTransport<Tokio1Executor>;
        let builder = match server.tls {
            SmtpTls::None => Transport::builder_dangerous(server.host.as_str()),
            SmtpTls::StartTls => Transport::starttls_relay(&server.host)?,
            SmtpTls::Tls => Transport::relay(&server.host)?,
        };
        let mut builder = builder.port(server.port).timeout(Some(timeout));
        if let Some(c) = &server.credentials {
            builder = builder.credentials(Credentials::new(c.user.clone(), c.password.clone()));
        }
        Ok(Self {
            transport: builder.build(),
            from,
        })
    }

    pub async fn send(&self, to: &str, email: &Email) -> Result<(), NotSent> {
        let to: Mailbox = to.parse().map_err(|e| NotSent {
            permanent: true,
            reason: format!("not an email address: {e}"),
        })?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(email.subject.as_str())
            .header(ContentType::TEXT_PLAIN)
            .body(email.body.clone())
            .map_err(|e| NotSent {
                permanent: true,
                reason: format!("could not make the email: {e}"),
            })?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(e) => Err(NotSent {
                permanent: e.is_permanent(),
                reason: e.to_string(),
            }),
        }
    }
}
