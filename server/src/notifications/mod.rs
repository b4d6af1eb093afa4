//! Email that tells people to look in My Say: "You have a new message in
//! My Say" and a link, never a name or anything anyone wrote.
//!
//! One task (the mailer) does all of it, away from any request, so nothing
//! about mail can fail or slow down what a child asks or an adult decides:
//! 1. it tells the adults of any "I don't feel safe" alert whose first
//!    telling failed (the alert row is always there first);
//! 2. it queues an email for every update whose person has an email
//!    address and none yet;
//! 3. it sends what is due, urgent first; a failure is kept with the error
//!    and tried again later, waiting twice as long each time, up to a cap.
//!
//! It runs when woken (`MailWaker::wake`, after something records an
//! update) and on an interval, which catches anything else. With no SMTP
//! server set it keeps the queue, and says so once in the log.

mod smtp;
mod words;

use crate::config::MailSettings;
use crate::storage::{QueuedMail, Store};
use smtp::{NotSent, Smtp};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
use words::EmailWords;

/// How many emails the mailer takes from the queue at a time.
const BATCH: i64 = 20;
/// The most of an SMTP error kept in the queue row.
const ERROR_CHARS: usize = 500;

/// Wakes the mailer. Cheap to clone; a wake while it is busy is not lost.
#[derive(Clone, Debug, Default)]
pub struct MailWaker(Arc<Notify>);

impl MailWaker {
    /// Call after committing anything that recorded an update.
    pub fn wake(&self) {
        self.0.notify_one();
    }
}

/// Starts the mailer on the current Tokio runtime. Fails only on settings
/// that can never work (the words file, the TLS set-up).
pub fn start(store: Store, settings: &MailSettings, waker: MailWaker) -> anyhow::Result<()> {
    let words = EmailWords::load(&settings.public_url)?;
    let smtp = match &settings.smtp {
        Some(server) => Some(Smtp::new(
            server,
            settings.from.clone(),
            settings.smtp_timeout,
        )?),
        None => None,
    };
    let mailer = Mailer {
        store,
        settings: settings.clone(),
        words,
        smtp,
        said_no_server: false,
    };
    tokio::spawn(mailer.run(waker));
    Ok(())
}

struct Mailer {
    store: Store,
    settings: MailSettings,
    words: EmailWords,
    smtp: Option<Smtp>,
    said_no_server: bool,
}

impl Mailer {
    async fn run(mut self, waker: MailWaker) {
        loop {
            let wait = match self.round().await {
                Ok(wait) => wait,
                Err(e) => {
                    tracing::error!(error = %e, "the mailer could not read or write its queue; it will try again");
                    self.settings.check_every
                }
            };
            tokio::select! {
                () = waker.0.notified() => {}
                () = tokio::time::sleep(wait) => {}
            }
        }
    }

    /// One pass over the queue; answers how long to wait before the next.
    async fn round(&mut self) -> anyhow::Result<Duration> {
        for alert_id in self.store.alerts_not_yet_told().await? {
            if let Err(e) = self.store.record_alert_updates(alert_id, now_ms()).await {
                tracing::error!(alert_id, error = %e, "could not yet tell anyone of an alert; trying again");
            }
        }
        let queued = self.store.queue_mail_for_updates(now_ms()).await?;
        if queued > 0 {
            tracing::debug!(queued, "mail queued");
        }
        let Some(smtp) = &self.smtp else {
            if !self.said_no_server && self.store.unsent_mail_count().await? > 0 {
                tracing::info!("mail is queued: no SMTP server is set (MYSAY_SMTP_HOST)");
                self.said_no_server = true;
            }
            return Ok(self.settings.check_every);
        };
        // One batch a round: if more are due, the wait below is zero.
        for mail in self.store.mail_due(now_ms(), BATCH).await? {
            let email = self.words.for_mail(mail.urgent);
            match smtp.send(&mail.to_address, email).await {
                Ok(()) => self.store.mail_sent(mail.mail_id, now_ms()).await?,
                Err(not_sent) => self.failed(&mail, &not_sent).await?,
            }
        }
        let next = self.store.next_mail_due_at().await?;
        let until_next =
            next.map(|at| Duration::from_millis(u64::try_from(at - now_ms()).unwrap_or(0)));
        Ok(until_next.map_or(self.settings.check_every, |d| {
            d.min(self.settings.check_every)
        }))
    }

    async fn failed(&self, mail: &QueuedMail, not_sent: &NotSent) -> anyhow::Result<()> {
        let wait = if not_sent.permanent {
            self.settings.retry_max
        } else {
            backoff(&self.settings, mail.attempts)
        };
        let next_try_at_ms =
            now_ms().saturating_add(i64::try_from(wait.as_millis()).unwrap_or(i64::MAX));
        let reason: String = not_sent.reason.chars().take(ERROR_CHARS).collect();
        tracing::warn!(
            mail_id = mail.mail_id,
            attempts = mail.attempts + 1,
            retry_in_secs = wait.as_secs(),
            error = %reason,
            "an email could not be sent; it stays queued"
        );
        self.store
            .mail_failed(mail.mail_id, next_try_at_ms, &reason)
            .await?;
        Ok(())
    }
}

/// The wait after a failure, when `failed_before` tries had already failed:
/// `retry_first`, doubling each time, never over `retry_max`.
fn backoff(settings: &MailSettings, failed_before: i64) -> Duration {
    let doublings = u32::try_from(failed_before.clamp(0, 30)).unwrap_or(30);
    settings
        .retry_first
        .saturating_mul(1 << doublings)
        .min(settings.retry_max)
}

/// Real time: the queue's retries happen in real time even when a test
/// holds the app's clock still.
fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_its_cap() {
        let mut settings = MailSettings::queue_only("127.0.0.1:8080".parse().unwrap());
        settings.retry_first = Duration::from_secs(30);
        settings.retry_max = Duration::from_secs(3600);
        let waits: Vec<u64> = (0..10).map(|n| backoff(&settings, n).as_secs()).collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
        assert_eq!(backoff(&settings, 1_000_000).as_secs(), 3600);
    }
}
