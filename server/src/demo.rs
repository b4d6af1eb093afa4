//! Demo people and children, seeded into an empty store when MYSAY_DEMO=1.
//! Every date is relative to today, so the pages always look plausible: one
//! review due soon, one overdue, one child still waiting for an officer.

use crate::auth::passwords;
use crate::clock::Clock;
use crate::storage::{NewChild, NewReview, NewUser, Store};
use anyhow::Context;
use chrono::{Days, Months, NaiveDate};
use domain::api::{PlacementType, Role, ToldBy};
use domain::bank_holidays::Calendar;
use domain::working_days::{add_working_days, working_days_between};

/// The code Ruby can use to choose her passphrase in the demo. Fixed, not
/// from `new_activation_code`, so the README and the browser tests can name
/// it; it is no weaker in the demo than any other code (10 tries, then dead).
pub const RUBY_ACTIVATION_CODE: &str = "RUBY-2468";
const ACTIVATION_VALID_DAYS: i64 = 90;

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
    now_ms: i64,
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
    Ok(store.insert_user(&user, now_ms).await?)
}

/// How a demo child signs in.
enum Login {
    /// Has chosen a passphrase already.
    Passphrase(&'static str, &'static str),
    /// Has a one-time code from their officer and must choose a passphrase.
    Code(&'static str, &'static str),
    /// Too young to sign in.
    None,
}

/// Where a demo child is in their time in care.
enum Story {
    /// `reviews` held at the statutory rhythm, the last `last_days_ago` days ago.
    Reviewed { last_days_ago: u64, reviews: u64 },
    /// Came into care this many working days ago, no review yet.
    JustArrived { working_days: u32 },
}

/// An officer appointment: which adult in STAFF, how many working days after
/// coming into care, then after how many more the child was told, and how.
struct Appointment {
    officer: usize,
    after_working_days: u32,
    told_after_working_days: u32,
    told_by: ToldBy,
}

struct DemoChild {
    first_name: &'static str,
    last_name: &'static str,
    /// Age in years, plus days since the last birthday.
    age: (u32, u64),
    placement: PlacementType,
    login: Login,
    story: Story,
    officer: Option<Appointment>,
    social_worker: (&'static str, &'static str, &'static str),
}

const DANA: (&str, &str, &str) = ("Dana Price", "dana.price@example.org", "01632 960 789");
const PRIYA: usize = 0;
const TOM: usize = 1;
const CARER: usize = 2;
const ADVOCATE: usize = 3;

/// Sam and Leah came into care together and share Priya; their next review is
/// about five weeks away. Jay lives in a secure children's home, with no
/// phone: told in person. Ruby's last review was seven months ago, so her next
/// is overdue; she has a one-time code instead of a passphrase. Kai came into
/// care 9 working days ago and still has no officer: the manager is told.
const CHILDREN: [DemoChild; 5] = [
    DemoChild {
        first_name: "Sam",
        last_name: "Taylor",
        age: (13, 95),
        placement: PlacementType::Foster,
        login: Login::Passphrase("sam", "sunny-river-42"),
        story: Story::Reviewed {
            last_days_ago: 146,
            reviews: 3,
        },
        officer: Some(Appointment {
            officer: PRIYA,
            after_working_days: 3,
            told_after_working_days: 1,
            told_by: ToldBy::Email,
        }),
        social_worker: DANA,
    },
    DemoChild {
        first_name: "Leah",
        last_name: "Taylor",
        age: (10, 200),
        placement: PlacementType::Foster,
        login: Login::Passphrase("leah", "quiet-forest-17"),
        story: Story::Reviewed {
            last_days_ago: 146,
            reviews: 3,
        },
        officer: Some(Appointment {
            officer: PRIYA,
            after_working_days: 3,
            told_after_working_days: 2,
            told_by: ToldBy::InPerson,
        }),
        social_worker: DANA,
    },
    DemoChild {
        first_name: "Jay",
        last_name: "Morgan",
        age: (16, 200),
        placement: PlacementType::Secure,
        login: Login::Passphrase("jay", "blue-kite-88"),
        story: Story::Reviewed {
            last_days_ago: 60,
            reviews: 5,
        },
        officer: Some(Appointment {
            officer: TOM,
            after_working_days: 2,
            told_after_working_days: 3,
            told_by: ToldBy::InPerson,
        }),
        social_worker: ("Chris Wood", "chris.wood@example.org", "01632 960 987"),
    },
    DemoChild {
        first_name: "Ruby",
        last_name: "Khan",
        age: (15, 40),
        placement: PlacementType::Residential,
        login: Login::Code("ruby", RUBY_ACTIVATION_CODE),
        story: Story::Reviewed {
            last_days_ago: 213,
            reviews: 3,
        },
        officer: Some(Appointment {
            officer: PRIYA,
            after_working_days: 4,
            told_after_working_days: 1,
            told_by: ToldBy::Text,
        }),
        social_worker: ("Femi Adeyemi", "femi.adeyemi@example.org", "01632 960 246"),
    },
    DemoChild {
        first_name: "Kai",
        last_name: "Evans",
        age: (8, 120),
        placement: PlacementType::Foster,
        login: Login::None,
        story: Story::JustArrived { working_days: 9 },
        officer: None,
        social_worker: ("Sunita Rao", "sunita.rao@example.org", "01632 960 135"),
    },
];

async fn child_login(store: &Store, now_ms: i64, child: &DemoChild) -> anyhow::Result<Option<i64>> {
    let (username, password_hash, activation) = match child.login {
        Login::None => return Ok(None),
        Login::Passphrase(username, passphrase) => (
            username,
            Some(passwords::hash(passphrase.into()).await?),
            None,
        ),
        Login::Code(username, code) => (
            username,
            None,
            Some((
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

/// Adds one demo child with their login, officer and reviews; returns the child's id.
async fn add_child(
    store: &Store,
    calendar: &Calendar,
    d: &Dates,
    staff: &[i64],
    child: &DemoChild,
) -> anyhow::Result<i64> {
    let (since, held) = match child.story {
        Story::Reviewed {
            last_days_ago,
            reviews,
        } => d.history(d.days_ago(last_days_ago), reviews),
        Story::JustArrived { working_days } => {
            let mut since = d.today;
            while working_days_between(calendar, since, d.today) < working_days {
                since = since.pred_opt().expect("a date in range");
            }
            (since, Vec::new())
        }
    };
    let (sw_name, sw_email, sw_phone) = child.social_worker;
    let id = store
        .insert_child(&NewChild {
            user_id: child_login(store, d.now_ms, child).await?,
            first_name: child.first_name,
            last_name: child.last_name,
            date_of_birth: d.born(child.age.0, child.age.1),
            looked_after_since: since,
            placement: child.placement,
            social_worker_name: Some(sw_name),
            social_worker_email: Some(sw_email),
            social_worker_phone: Some(sw_phone),
        })
        .await?;
    if let Some(a) = &child.officer {
        let appointed = add_working_days(calendar, since, a.after_working_days);
        let told = add_working_days(calendar, appointed, a.told_after_working_days);
        store
            .appoint_officer(id, staff[a.officer], appointed, Some((told, a.told_by)))
            .await?;
    }
    for date in held {
        store.add_review(id, NewReview::Held(date)).await?;
    }
    Ok(id)
}

pub async fn seed(store: &Store, calendar: &Calendar, clock: &Clock) -> anyhow::Result<()> {
    let d = Dates {
        today: clock.today(),
        now_ms: clock.now_ms(),
    };
    seed_inner(store, calendar, &d)
        .await
        .context("seeding demo data")
}

async fn seed_inner(store: &Store, calendar: &Calendar, d: &Dates) -> anyhow::Result<()> {
    let mut ids = Vec::new();
    for adult in STAFF {
        ids.push(staff(store, d.now_ms, adult).await?);
    }
    let mut children = Vec::new();
    for child in &CHILDREN {
        children.push(add_child(store, calendar, d, &ids, child).await?);
    }
    let [sam, leah, ..] = children[..] else {
        unreachable!("one id per child in CHILDREN")
    };
    store.link_siblings(sam, leah).await?;
    for child in [sam, leah] {
        store.place_with_carer(child, ids[CARER]).await?;
    }
    store.add_advocate(sam, ids[ADVOCATE]).await?;
    // Sam's meeting is booked earlier than the limit; Leah's shows the limit.
    store
        .add_review(sam, NewReview::Scheduled(d.today + Days::new(27)))
        .await?;
    Ok(())
}
