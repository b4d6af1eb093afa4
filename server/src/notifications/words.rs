//! The words of the emails, from `locales/en-GB/email.ftl` (Fluent, like
//! every other word in My Say). They are read once, at start-up: a missing
//! or broken message stops the start rather than an email going out blank.

use anyhow::{anyhow, Context};
use fluent::{FluentArgs, FluentBundle, FluentResource};

const EMAIL_FTL: &str = include_str!("../../../locales/en-GB/email.ftl");

/// A subject and body, with the link already in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    pub subject: String,
    pub body: String,
}

#[derive(Clone, Debug)]
pub struct EmailWords {
    pub normal: Email,
    pub urgent: Email,
}

impl EmailWords {
    pub fn load(link: &str) -> anyhow::Result<Self> {
        let resource = FluentResource::try_new(EMAIL_FTL.to_owned())
            .map_err(|(_, errors)| anyhow!("email.ftl does not parse: {errors:?}"))?;
        let en_gb: unic_langid::LanguageIdentifier =
            "en-GB".parse().context("the en-GB language tag")?;
        let mut bundle = FluentBundle::new(vec![en_gb]);
        // Plain text mail: Unicode isolation marks would show as junk
        // around the link in some mail programs.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errors| anyhow!("email.ftl: {errors:?}"))?;
        let mut args = FluentArgs::new();
        args.set("link", link.to_owned());
        let say = |id: &str| -> anyhow::Result<String> {
            let pattern = bundle
                .get_message(id)
                .and_then(|m| m.value())
                .with_context(|| format!("email.ftl has no message {id}"))?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            if !errors.is_empty() {
                return Err(anyhow!("email.ftl message {id}: {errors:?}"));
            }
            Ok(text.into_owned())
        };
        Ok(Self {
            normal: Email {
                subject: say("email-subject")?,
                body: say("email-body")?,
            },
            urgent: Email {
                subject: say("email-urgent-subject")?,
                body: say("email-urgent-body")?,
            },
        })
    }

    pub fn for_mail(&self, urgent: bool) -> &Email {
        if urgent {
            &self.urgent
        } else {
            &self.normal
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_email_has_its_words_and_the_link() {
        let words = EmailWords::load("https://mysay.example.org/").unwrap();
        for email in [&words.normal, &words.urgent] {
            let subject = email.subject.to_lowercase();
            assert!(
                subject.contains("you have a new message in my say"),
                "{subject}"
            );
            assert!(email
                .body
                .contains("\n\nSign in to read it: https://mysay.example.org/"));
            assert!(!email.body.contains('\u{2068}'), "no isolation marks");
        }
        assert!(words.urgent.subject.starts_with("Urgent"));
        assert_ne!(words.normal.subject, words.urgent.subject);
    }
}
