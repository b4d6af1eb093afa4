//! Demo people and children, seeded into an empty store when MYSAY_DEMO=1.
//! Every date is relative to today, so the pages always look plausible: one
//! review due soon, one overdue, one child still waiting for an officer.

use crate::clock::now_ms;
use crate::passwords;
use crate::storage::{NewChild, NewReview, NewUser, Store};
use anyhow::Context;
use chrono::{Days, Months, NaiveDate};
use domain::api::{PlacementType, Role, ToldBy};
use domain::bank_holidays::Calendar;
use domain::working_days::{add_working_days, working_days_between};

/// The code Ruby can use to choose her passphrase in the demo.
pub const RUBY_ACTIVATION_CODE: &str = "RUBY-2468";
const ACTIVATION_VALID_DAYS: i64 = 90;

struct Dates {
    today: NaiveDate,
}

impl Dates {
    fn days_ago(&self, n: u64) -> NaiveDate {
        self.today - Days::new(n)
    }

    /// A birthday `years` years and `days` days ago: `years` old today.
    fn born(&self, years: u32, days: u64) -> NaiveDate {
        self.today
            .checked_sub_months(Months::new(12 * years))
            .expect("a date in range")
            - Days::new(days)
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
}

/// The demo's adults: role, name, email, phone, password.
#[rustfmt::skip]
const STAFF: [(Role, &str, &str, Option<&str>, &str); 5] = [
    (Role::ReviewingOfficer, "Priya Shah", "priya@example.org", Some("01632 960 123"), "officer-demo-pass"),
    (Role::ReviewingOfficer, "Tom Reed", "tom@example.org", Some("01632 960 456"), "officer-demo-pass"),
    (Role::Carer, "Alex Green", "carer@example.org", Some("01632 960 321"), "carer-demo-pass"),
    (Role::Advocate, "Jordan Lee", "advocate@example.org", Some("01632 960 654"), "advocate-demo-pass"),
    (Role::Manager, "Morgan Hale", "manager@example.org", None, "manager-demo-pass"),
];

async fn staff(
    store: &Store,
    (role, name, email, phone, password): (Role, &str, &str, Option<&str>, &str),
) -> anyhow::Result<i64> {
    let user = NewUser {
        role,
        display_name: name,
        email: Some(email),
        username: None,
        phone,
        password_hash: Some(passwords::hash(password.into()).await?),
        activation: None,
    };
    Ok(store.insert_user(&user, now_ms()).await?)
}

async fn child_login(
    store: &Store,
    name: &str,
    username: &str,
    passphrase: &str,
) -> anyhow::Result<i64> {
    let user = NewUser {
        role: Role::Child,
        display_name: name,
        email: None,
        username: Some(username),
        phone: None,
        password_hash: Some(passwords::hash(passphrase.into()).await?),
        activation: None,
    };
    Ok(store.insert_user(&user, now_ms()).await?)
}

pub async fn seed(store: &Store, calendar: &Calendar, today: NaiveDate) -> anyhow::Result<()> {
    seed_inner(store, calendar, today)
        .await
        .context("seeding demo data")
}

async fn seed_inner(store: &Store, calendar: &Calendar, today: NaiveDate) -> anyhow::Result<()> {
    let d = Dates { today };
    let mut ids = Vec::new();
    for adult in STAFF {
        ids.push(staff(store, adult).await?);
    }
    let [priya, tom, carer, advocate, _manager] = ids[..] else {
        unreachable!("one id per adult in STAFF")
    };

    let dana = (
        Some("Dana Price"),
        Some("dana.price@example.org"),
        Some("01632 960 789"),
    );

    // Sam and Leah came into care together; their next review is about five weeks away.
    let (since, held) = d.history(d.days_ago(146), 3);
    let appointed = add_working_days(calendar, since, 3);
    let sam_user = child_login(store, "Sam Taylor", "sam", "sunny-river-42").await?;
    let sam = store
        .insert_child(&NewChild {
            user_id: Some(sam_user),
            first_name: "Sam",
            last_name: "Taylor",
            date_of_birth: d.born(13, 95),
            looked_after_since: since,
            placement: PlacementType::Foster,
            social_worker_name: dana.0,
            social_worker_email: dana.1,
            social_worker_phone: dana.2,
        })
        .await?;
    let leah_user = child_login(store, "Leah Taylor", "leah", "quiet-forest-17").await?;
    let leah = store
        .insert_child(&NewChild {
            user_id: Some(leah_user),
            first_name: "Leah",
            last_name: "Taylor",
            date_of_birth: d.born(10, 200),
            looked_after_since: since,
            placement: PlacementType::Foster,
            social_worker_name: dana.0,
            social_worker_email: dana.1,
            social_worker_phone: dana.2,
        })
        .await?;
    store
        .appoint_officer(
            sam,
            priya,
            appointed,
            Some((add_working_days(calendar, appointed, 1), ToldBy::Email)),
        )
        .await?;
    store
        .appoint_officer(
            leah,
            priya,
            appointed,
            Some((add_working_days(calendar, appointed, 2), ToldBy::InPerson)),
        )
        .await?;
    store.link_siblings(sam, leah).await?;
    for child in [sam, leah] {
        store.place_with_carer(child, carer).await?;
        for &date in &held {
            store.add_review(child, NewReview::Held(date)).await?;
        }
    }
    // Sam's meeting is booked earlier than the limit; Leah's shows the limit.
    store
        .add_review(sam, NewReview::Scheduled(d.today + Days::new(27)))
        .await?;
    store.add_advocate(sam, advocate).await?;

    // Jay lives in a secure children's home, with no phone: told in person.
    let (since, held) = d.history(d.days_ago(60), 5);
    let jay_user = child_login(store, "Jay Morgan", "jay", "blue-kite-88").await?;
    let jay = store
        .insert_child(&NewChild {
            user_id: Some(jay_user),
            first_name: "Jay",
            last_name: "Morgan",
            date_of_birth: d.born(16, 200),
            looked_after_since: since,
            placement: PlacementType::Secure,
            social_worker_name: Some("Chris Wood"),
            social_worker_email: Some("chris.wood@example.org"),
            social_worker_phone: Some("01632 960 987"),
        })
        .await?;
    let appointed = add_working_days(calendar, since, 2);
    store
        .appoint_officer(
            jay,
            tom,
            appointed,
            Some((add_working_days(calendar, appointed, 3), ToldBy::InPerson)),
        )
        .await?;
    for date in held {
        store.add_review(jay, NewReview::Held(date)).await?;
    }

    // Ruby's last review was seven months ago, so her next is overdue. She has
    // not chosen a passphrase yet: her officer gave her a one-time code.
    let (since, held) = d.history(d.days_ago(213), 3);
    let ruby_user = store
        .insert_user(
            &NewUser {
                role: Role::Child,
                display_name: "Ruby Khan",
                email: None,
                username: Some("ruby"),
                phone: None,
                password_hash: None,
                activation: Some((
                    passwords::hash(RUBY_ACTIVATION_CODE.into()).await?,
                    now_ms() + ACTIVATION_VALID_DAYS * 24 * 3600 * 1000,
                )),
            },
            now_ms(),
        )
        .await?;
    let ruby = store
        .insert_child(&NewChild {
            user_id: Some(ruby_user),
            first_name: "Ruby",
            last_name: "Khan",
            date_of_birth: d.born(15, 40),
            looked_after_since: since,
            placement: PlacementType::Residential,
            social_worker_name: Some("Femi Adeyemi"),
            social_worker_email: Some("femi.adeyemi@example.org"),
            social_worker_phone: Some("01632 960 246"),
        })
        .await?;
    let appointed = add_working_days(calendar, since, 4);
    store
        .appoint_officer(
            ruby,
            priya,
            appointed,
            Some((add_working_days(calendar, appointed, 1), ToldBy::Text)),
        )
        .await?;
    for date in held {
        store.add_review(ruby, NewReview::Held(date)).await?;
    }

    // Kai came into care 9 working days ago and still has no officer: the
    // manager's page flags him.
    let mut kai_since = today;
    while working_days_between(calendar, kai_since, today) < 9 {
        kai_since = kai_since.pred_opt().expect("a date in range");
    }
    store
        .insert_child(&NewChild {
            user_id: None,
            first_name: "Kai",
            last_name: "Evans",
            date_of_birth: d.born(8, 120),
            looked_after_since: kai_since,
            placement: PlacementType::Foster,
            social_worker_name: Some("Sunita Rao"),
            social_worker_email: Some("sunita.rao@example.org"),
            social_worker_phone: Some("01632 960 135"),
        })
        .await?;
    Ok(())
}
