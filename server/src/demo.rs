//! Demo people and children, seeded into an empty store when MYSAY_DEMO=1.
//!
//! They are defined once, in `demo/people.json`: the browser tests sign in
//! with the same file, and a server test checks the README's table against
//! it. Every date is relative to today, so the pages always look plausible:
//! one review due soon, one overdue, one child still waiting for an officer.

use crate::auth::passwords;
use crate::clock::Clock;
use crate::policy::{self, ChildAccess, Seeding};
use crate::storage::{NewBooking, NewChild, NewContribution, NewReview, NewUser, Store};
use anyhow::{bail, Context};
use chrono::{Days, Months, NaiveDate};
use domain::api::{PlacementType, Role, ToldBy};
use domain::contributions::{ContributionBody, ShareChoice};
use domain::requests::Asking;
use domain::reviews::ReviewPlace;
use domain::working_days::{add_working_days, working_days_between};
use serde::Deserialize;
use std::collections::HashMap;

/// The data file, built into the server so a demo needs nothing beside it.
const PEOPLE_JSON: &str = include_str!("../../demo/people.json");

const ACTIVATION_VALID_DAYS: i64 = 90;

/// Everyone in the demo, as `demo/people.json` lists them.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct People {
    pub adults: Vec<Adult>,
    pub children: Vec<Child>,
}

/// An adult who signs in by email: an officer, social worker, carer,
/// advocate or manager.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Adult {
    /// How the file and the tests refer to them.
    pub key: String,
    pub role: Role,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub password: String,
    pub readme: ReadmeRow,
}

/// The words of this person's row in the README's "Demo sign-ins" table.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct ReadmeRow {
    pub who: String,
    /// Where to sign in, when it is not the usual page.
    #[serde(default)]
    pub sign_in_at: Option<String>,
    pub sees: String,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Child {
    pub key: String,
    pub first_name: String,
    pub last_name: String,
    pub age: Age,
    pub placement: PlacementType,
    /// None for a child too young to sign in.
    #[serde(default)]
    pub sign_in: Option<ChildSignIn>,
    pub story: Story,
    /// A review booked this many days from today, by the child's officer...
    #[serde(default)]
    pub review_booked_in_days: Option<u64>,
    /// ...at this time (`HH:MM`)...
    #[serde(default)]
    pub review_booked_at: Option<String>,
    /// ...and here.
    #[serde(default)]
    pub review_booked_place: Option<ReviewPlace>,
    #[serde(default)]
    pub officer: Option<Appointment>,
    pub social_worker: SocialWorker,
    /// Keys of brothers and sisters (each pair listed once is enough).
    #[serde(default)]
    pub siblings: Vec<String>,
    /// Keys of the adults the child is placed with.
    #[serde(default)]
    pub carers: Vec<String>,
    /// Keys of the advocates supporting the child.
    #[serde(default)]
    pub advocates: Vec<String>,
    /// What the child has written for their booked review, so the pages look alive.
    #[serde(default)]
    pub writing: Option<Writing>,
    /// What the child asked for that nobody has answered yet (an old one
    /// shows as overdue to their officer and the manager).
    #[serde(default)]
    pub asked: Vec<Asked>,
    /// Required when the child signs in.
    #[serde(default)]
    pub readme: Option<ReadmeRow>,
}

/// A request the child made `working_days_ago` working days before today.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Asked {
    pub working_days_ago: u32,
    pub asking: Asking,
}

/// A demo child's contributions: sent ones (shared only with their officer)
/// and drafts still being written.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Writing {
    pub sent_days_ago: u64,
    #[serde(default)]
    pub sent: Vec<ContributionBody>,
    #[serde(default)]
    pub drafts: Vec<ContributionBody>,
}

/// `years` old today, `days` past the last birthday.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Age {
    pub years: u32,
    pub days: u64,
}

#[derive(Deserialize, Debug)]
#[serde(untagged)]
pub enum ChildSignIn {
    /// Has chosen a passphrase already.
    Passphrase {
        username: String,
        passphrase: String,
    },
    /// Has a one-time code from their officer and must choose a passphrase.
    Code { username: String, code: String },
}

/// Where a demo child is in their time in care.
#[derive(Deserialize, Debug)]
#[serde(untagged)]
pub enum Story {
    /// `reviews_held` at the statutory rhythm, the last so many days ago.
    Reviewed {
        reviews_held: u64,
        last_review_days_ago: u64,
    },
    /// Came into care this many working days ago, no review yet.
    JustArrived {
        came_into_care_working_days_ago: u32,
    },
}

/// An officer appointment: which adult, how many working days after coming
/// into care, then after how many more the child was told, and how.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Appointment {
    pub adult: String,
    pub after_working_days: u32,
    pub told_after_working_days: u32,
    pub told_by: ToldBy,
}

/// A child's social worker: a demo adult with an account, or only a
/// contact kept on the child's record.
#[derive(Deserialize, Debug)]
#[serde(untagged, deny_unknown_fields)]
pub enum SocialWorker {
    /// The key of an adult in the `social_worker` role.
    Account { adult: String },
    Contact {
        name: String,
        email: String,
        phone: String,
    },
}

/// The demo people, read and checked: every key used is defined once, and
/// points at someone in the right role.
pub fn people() -> anyhow::Result<People> {
    let people: People = serde_json::from_str(PEOPLE_JSON).context("reading demo/people.json")?;
    people.check()?;
    Ok(people)
}

impl People {
    fn check(&self) -> anyhow::Result<()> {
        let mut keys = std::collections::HashSet::new();
        for key in self.adults.iter().map(|a| &a.key) {
            if !keys.insert(key) {
                bail!("demo person {key:?} is defined twice");
            }
        }
        for key in self.children.iter().map(|c| &c.key) {
            if !keys.insert(key) {
                bail!("demo person {key:?} is defined twice");
            }
        }
        for child in &self.children {
            let who = &child.key;
            if child.sign_in.is_some() != child.readme.is_some() {
                bail!("{who}: a child who signs in needs a README row, and only then");
            }
            if let Some(a) = &child.officer {
                self.adult(&a.adult, Role::ReviewingOfficer)
                    .with_context(|| format!("{who}'s officer"))?;
            }
            if let SocialWorker::Account { adult } = &child.social_worker {
                self.adult(adult, Role::SocialWorker)
                    .with_context(|| format!("{who}'s social worker"))?;
            }
            for key in &child.carers {
                self.adult(key, Role::Carer)
                    .with_context(|| format!("{who}'s carer"))?;
            }
            for key in &child.advocates {
                self.adult(key, Role::Advocate)
                    .with_context(|| format!("{who}'s advocate"))?;
            }
            for key in &child.siblings {
                if key == who || !self.children.iter().any(|c| &c.key == key) {
                    bail!("{who}'s sibling {key:?} is not another demo child");
                }
            }
            let booking = (
                child.review_booked_in_days.is_some(),
                child.review_booked_at.is_some(),
                child.review_booked_place.is_some(),
            );
            if booking != (false, false, false) && booking != (true, true, true) {
                bail!("{who}: a booked review needs its day, time and place");
            }
            if booking.0 && child.officer.is_none() {
                bail!("{who}: only a child's officer books their review");
            }
            if let Story::Reviewed { reviews_held, .. } = child.story {
                if reviews_held < 2 {
                    bail!("{who}: a reviewed child's story needs at least 2 reviews");
                }
            }
        }
        Ok(())
    }

    fn adult(&self, key: &str, role: Role) -> anyhow::Result<&Adult> {
        match self.adults.iter().find(|a| a.key == key) {
            Some(a) if a.role == role => Ok(a),
            Some(a) => bail!("{key:?} is a {:?}, not a {role:?}", a.role),
            None => bail!("no demo adult {key:?}"),
        }
    }
}

struct Dates {
    today: NaiveDate,
    /// Unix milliseconds, for account creation and code expiry.
    now_ms: i64,
}

impl Dates {
    fn days_ago(&self, n: u64) -> NaiveDate {
        self.today - Days::new(n)
    }

    /// A birthday `years` years and `days` days ago: `years` old today.
    fn born(&self, age: &Age) -> NaiveDate {
        self.today
            .checked_sub_months(Months::new(12 * age.years))
            .expect("a date in range")
            - Days::new(age.days)
    }

    /// Reviews at the statutory rhythm ending with `last`: `count` of them,
    /// oldest first (first to second about 3 months, then about 6 apart),
    /// and the day the child came into care, a few weeks before the first.
    fn history(&self, last: NaiveDate, count: u64) -> (NaiveDate, Vec<NaiveDate>) {
        let mut held: Vec<NaiveDate> = (0..count.saturating_sub(1))
            .map(|i| last - Days::new(175 * i))
            .collect();
        let second = *held.last().expect("count >= 2");
        held.push(second - Days::new(85));
        held.reverse();
        (held[0] - Days::new(25), held)
    }

    /// The day a child came into care `n` working days before today.
    fn working_days_ago(&self, n: u32) -> NaiveDate {
        let mut since = self.today;
        while working_days_between(since, self.today) < n {
            since = since.pred_opt().expect("a date in range");
        }
        since
    }
}

async fn add_adult(store: &Store, now_ms: i64, adult: &Adult) -> anyhow::Result<i64> {
    let user = NewUser {
        role: adult.role,
        display_name: &adult.name,
        email: Some(&adult.email),
        username: None,
        phone: adult.phone.as_deref(),
        password_hash: Some(passwords::hash(adult.password.clone()).await?),
        activation: None,
    };
    Ok(store.insert_user(&user, now_ms).await?)
}

async fn child_login(store: &Store, now_ms: i64, child: &Child) -> anyhow::Result<Option<i64>> {
    let (username, password_hash, activation) = match &child.sign_in {
        None => return Ok(None),
        Some(ChildSignIn::Passphrase {
            username,
            passphrase,
        }) => (
            username,
            Some(passwords::hash(passphrase.clone()).await?),
            None,
        ),
        Some(ChildSignIn::Code { username, code }) => (
            username,
            None,
            Some((
                // Fixed in the data file rather than from `new_activation_code`,
                // so the README and the browser tests can name it; no weaker
                // than any other code (10 wrong tries, then dead). Stored the
                // way typed codes are checked: case, spaces and hyphens ignored.
                passwords::hash(domain::sign_in_rules::normalise_code(code)).await?,
                now_ms + ACTIVATION_VALID_DAYS * 24 * 3600 * 1000,
            )),
        ),
    };
    let name = format!("{} {}", child.first_name, child.last_name);
    let user = NewUser {
        role: Role::Child,
        display_name: &name,
        email: None,
        username: Some(username),
        phone: None,
        password_hash,
        activation,
    };
    Ok(Some(store.insert_user(&user, now_ms).await?))
}

/// Adds one demo child with their login, officer and reviews; returns the
/// proof for writing the rest of their data.
async fn add_child(
    store: &Store,
    seeding: &Seeding,
    d: &Dates,
    adults: &HashMap<&str, i64>,
    child: &Child,
) -> anyhow::Result<ChildAccess> {
    let (since, held) = match child.story {
        Story::Reviewed {
            reviews_held,
            last_review_days_ago,
        } => d.history(d.days_ago(last_review_days_ago), reviews_held),
        Story::JustArrived {
            came_into_care_working_days_ago,
        } => (
            d.working_days_ago(came_into_care_working_days_ago),
            Vec::new(),
        ),
    };
    let contact = match &child.social_worker {
        SocialWorker::Contact { name, email, phone } => Some((name, email, phone)),
        SocialWorker::Account { .. } => None,
    };
    let id = store
        .insert_child(
            seeding,
            &NewChild {
                user_id: child_login(store, d.now_ms, child).await?,
                first_name: &child.first_name,
                last_name: &child.last_name,
                date_of_birth: d.born(&child.age),
                looked_after_since: since,
                placement: child.placement,
                social_worker_name: contact.map(|c| c.0.as_str()),
                social_worker_email: contact.map(|c| c.1.as_str()),
                social_worker_phone: contact.map(|c| c.2.as_str()),
            },
        )
        .await?;
    let id = seeding.child(id);
    if let Some(a) = &child.officer {
        let appointed = add_working_days(since, a.after_working_days);
        let told = add_working_days(appointed, a.told_after_working_days);
        store
            .appoint_officer(
                &id,
                adults[a.adult.as_str()],
                appointed,
                Some((told, a.told_by)),
            )
            .await?;
    }
    if let SocialWorker::Account { adult } = &child.social_worker {
        store
            .link_social_worker(&id, adults[adult.as_str()], since)
            .await?;
    }
    for date in held {
        store.add_review(&id, NewReview::Held(date)).await?;
    }
    if let (Some(days), Some(at), Some(place), Some(officer)) = (
        child.review_booked_in_days,
        &child.review_booked_at,
        &child.review_booked_place,
        &child.officer,
    ) {
        let booking = NewBooking {
            on: d.today + Days::new(days),
            at,
            place,
            booked_by: adults[officer.adult.as_str()],
            booked_at_ms: d.now_ms,
        };
        store
            .book_review(&id, &booking)
            .await?
            .context("booking the demo review")?;
    }
    Ok(id)
}

pub async fn seed(store: &Store, clock: &Clock) -> anyhow::Result<()> {
    let d = Dates {
        today: clock.today(),
        now_ms: clock.now_ms(),
    };
    seed_inner(store, &d).await.context("seeding demo data")
}

async fn seed_inner(store: &Store, d: &Dates) -> anyhow::Result<()> {
    let seeding = policy::for_seeding(store).await?;
    let people = people()?;
    let mut adults = HashMap::new();
    for adult in &people.adults {
        adults.insert(adult.key.as_str(), add_adult(store, d.now_ms, adult).await?);
    }
    let mut children = HashMap::new();
    for child in &people.children {
        children.insert(
            child.key.as_str(),
            add_child(store, &seeding, d, &adults, child).await?,
        );
    }
    for child in &people.children {
        let id = &children[child.key.as_str()];
        for sibling in &child.siblings {
            store.link_siblings(id, &children[sibling.as_str()]).await?;
        }
        for carer in &child.carers {
            store.place_with_carer(id, adults[carer.as_str()]).await?;
        }
        for advocate in &child.advocates {
            store.add_advocate(id, adults[advocate.as_str()]).await?;
        }
    }
    for child in &people.children {
        let access = &children[child.key.as_str()];
        if let Some(writing) = &child.writing {
            add_writing(store, d, access, writing).await?;
        }
        for (n, asked) in child.asked.iter().enumerate() {
            let on = d.working_days_ago(asked.working_days_ago);
            let at_ms = d.now_ms - (d.today - on).num_days() * 24 * 3600 * 1000;
            let by = child_user(store, access).await?;
            let send_id = format!("demo-ask-{n}");
            (store.seed_past_request(&seeding, access, by, &asked.asking, &send_id, at_ms)).await?;
        }
    }
    Ok(())
}

/// The child's own account, for what they wrote or asked.
async fn child_user(store: &Store, child: &ChildAccess) -> anyhow::Result<i64> {
    Ok(store
        .child_people(child)
        .await?
        .child
        .context("a demo child who writes or asks signs in")?
        .user_id)
}

/// Sends the child's contributions to their booked review and saves their drafts.
async fn add_writing(
    store: &Store,
    d: &Dates,
    child: &ChildAccess,
    writing: &Writing,
) -> anyhow::Result<()> {
    let author_id = child_user(store, child).await?;
    let review_id = store.next_booked_review(child).await?.map(|r| r.review_id);
    let sent_at_ms = d.now_ms - i64::try_from(writing.sent_days_ago)? * 24 * 3600 * 1000;
    for (n, body) in writing.sent.iter().enumerate() {
        store
            .send_contribution(
                child,
                &NewContribution {
                    review_id,
                    by: policy::Authorship {
                        author_id,
                        helped: None,
                    },
                    body,
                    shared: ShareChoice::default(),
                    send_id: &format!("demo-{n}"),
                    now_ms: sent_at_ms,
                    clears_drafts_of: Vec::new(),
                    attachment_ids: &[],
                },
            )
            .await?;
    }
    for body in &writing.drafts {
        store
            .save_draft(child, author_id, body, ShareChoice::default(), d.now_ms)
            .await?;
    }
    Ok(())
}

/// The README's "Demo sign-ins" table as the data file says it should read.
pub fn readme_table(people: &People) -> String {
    let mut rows = vec![
        "| who | sign in with | what they see |".to_owned(),
        "|---|---|---|".to_owned(),
    ];
    for child in &people.children {
        let (Some(sign_in), Some(readme)) = (&child.sign_in, &child.readme) else {
            continue;
        };
        let with = match sign_in {
            ChildSignIn::Passphrase {
                username,
                passphrase,
            } => format!("username `{username}`, passphrase `{passphrase}`"),
            ChildSignIn::Code { username, code } => format!("username `{username}`, code `{code}`"),
        };
        rows.push(row(readme, with));
    }
    for adult in &people.adults {
        let with = format!("email `{}`, password `{}`", adult.email, adult.password);
        rows.push(row(&adult.readme, with));
    }
    rows.join("\n") + "\n"
}

fn row(readme: &ReadmeRow, sign_in_with: String) -> String {
    let at = readme
        .sign_in_at
        .as_ref()
        .map(|at| format!(" {at}"))
        .unwrap_or_default();
    format!("| {} | {sign_in_with}{at} | {} |", readme.who, readme.sees)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_reads_and_every_key_resolves() {
        let people = people().unwrap();
        assert!(people.children.iter().any(|c| c.officer.is_none()));
        assert!(people
            .children
            .iter()
            .any(|c| matches!(c.sign_in, Some(ChildSignIn::Code { .. }))));
    }

    #[test]
    fn a_key_that_points_nowhere_is_refused() {
        let mut people = people().unwrap();
        people.children[0].carers.push("nobody".into());
        assert!(people.check().is_err());
        let mut people = super::people().unwrap();
        // An officer must be a reviewing officer.
        if let Some(a) = people.children[0].officer.as_mut() {
            a.adult = people
                .adults
                .iter()
                .find(|a| a.role == Role::Carer)
                .unwrap()
                .key
                .clone();
        }
        assert!(people.check().is_err());
        // So must a social worker.
        let mut people = super::people().unwrap();
        people.children[0].social_worker = SocialWorker::Account {
            adult: "priya".into(),
        };
        assert!(people.check().is_err());
    }

    /// Someone at the advocacy service takes on a request for an advocate
    /// in the demo: an advocate who supports no child yet.
    #[test]
    fn the_advocacy_service_has_an_advocate_linked_to_nobody() {
        let people = people().unwrap();
        let free = people
            .adults
            .iter()
            .filter(|a| a.role == Role::Advocate)
            .any(|a| !people.children.iter().any(|c| c.advocates.contains(&a.key)));
        assert!(free);
    }
}
