//! What the pages' data says, for the demo children.

use crate::common;

use chrono::NaiveDate;
use common::{start, start_with, Who};
use domain::api::{Caseload, ChildRecord, OfficerPage, PlacementType, ToldBy};
use server::Clock;

fn names(caseload: &Caseload) -> Vec<&str> {
    caseload.children.iter().map(|r| r.name.as_str()).collect()
}

#[tokio::test]
async fn a_childs_officer_page() {
    // The server's today, fixed: the demo's dates are relative to it, and a
    // date read from the test's own clock (in UTC) could be another day.
    let today = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
    let server = start_with(move |config, _| config.clock = Clock::fixed_on(today)).await;
    let ids = server.child_ids().await;
    let sam = server.signed_in(Who::Sam).await;
    let page: OfficerPage = server
        .get(&sam, &format!("/api/children/{}/officer", ids["Sam"]))
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(page.child_first_name, "Sam");
    let officer = page.officer.unwrap();
    assert_eq!(
        (officer.name.as_str(), officer.email.as_str()),
        ("Priya Shah", "priya@example.org")
    );
    assert_eq!(officer.phone, "01632 960 123");
    assert_eq!(page.siblings.len(), 1);
    assert_eq!(page.siblings[0].first_name, "Leah");
    assert!(page.siblings[0].same_officer);
    assert_eq!(page.social_worker.unwrap().name, "Dana Price");

    let last = page.last_review.unwrap();
    assert!(last < today);
    // Sam's next meeting is booked, earlier than the legal limit, within two months.
    assert!(page.next_review_is_scheduled);
    assert!(page.next_review_due > today && page.next_review_due < today + chrono::Days::new(61));

    let leah = server.signed_in(Who::Leah).await;
    let page: OfficerPage = server
        .get(&leah, &format!("/api/children/{}/officer", ids["Leah"]))
        .await
        .json()
        .await
        .unwrap();
    assert!(!page.next_review_is_scheduled);
    // Leah's third review or later: the earlier of 183 days and 6 calendar months.
    let six_months = last.checked_add_months(chrono::Months::new(6)).unwrap();
    assert_eq!(
        page.next_review_due,
        (last + chrono::Days::new(183)).min(six_months)
    );
}

#[tokio::test]
async fn a_child_without_an_officer_is_pointed_to_their_social_worker() {
    let server = start().await;
    let ids = server.child_ids().await;
    let manager = server.signed_in(Who::Manager).await;
    let page: OfficerPage = server
        .get(&manager, &format!("/api/children/{}/officer", ids["Kai"]))
        .await
        .json()
        .await
        .unwrap();
    assert!(page.officer.is_none());
    assert!(page.last_review.is_none());
    assert_eq!(page.social_worker.unwrap().name, "Sunita Rao");
}

#[tokio::test]
async fn caseloads_for_each_kind_of_adult() {
    let server = start().await;
    let get = |who| {
        let server = &server;
        async move {
            let c = server.signed_in(who).await;
            server
                .get(&c, "/api/children")
                .await
                .json::<Caseload>()
                .await
                .unwrap()
        }
    };

    let priya = get(Who::Priya).await;
    // Ruby's review is overdue, so she comes first.
    assert_eq!(names(&priya), ["Ruby Khan", "Sam Taylor", "Leah Taylor"]);
    assert!(priya.children[0].overdue && !priya.children[1].overdue);
    assert_eq!(priya.children[0].placement, PlacementType::Residential);
    assert_eq!(priya.children[0].age, 15);
    assert!(
        priya.without_officer.is_empty(),
        "only managers see the flag"
    );
    let dues: Vec<NaiveDate> = priya.children.iter().map(|r| r.next_review_due).collect();
    assert!(dues.windows(2).all(|w| w[0] <= w[1]));

    assert_eq!(names(&get(Who::Tom).await), ["Jay Morgan"]);
    let carer = get(Who::Carer).await;
    assert_eq!(names(&carer), ["Sam Taylor", "Leah Taylor"]);
    assert_eq!(
        carer.children[1].officer_name.as_deref(),
        Some("Priya Shah")
    );
    assert_eq!(names(&get(Who::Advocate).await), ["Sam Taylor"]);
    // Dana is Sam's and Leah's social worker, and nobody else's.
    let dana = get(Who::SocialWorker).await;
    assert_eq!(names(&dana), ["Sam Taylor", "Leah Taylor"]);
    assert!(dana.without_officer.is_empty());

    let manager = get(Who::Manager).await;
    assert_eq!(manager.children.len(), 5);
    assert_eq!(manager.without_officer.len(), 1);
    let kai = &manager.without_officer[0];
    assert_eq!(kai.name, "Kai Evans");
    assert_eq!(kai.working_days_in_care, 9);
}

#[tokio::test]
async fn the_full_record_for_the_childs_officer() {
    let server = start().await;
    let ids = server.child_ids().await;
    let priya = server.signed_in(Who::Priya).await;
    let record: ChildRecord = server
        .get(&priya, &format!("/api/children/{}", ids["Sam"]))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(record.name, "Sam Taylor");
    assert_eq!(record.placement, PlacementType::Foster);
    assert_eq!(record.officer_told_by, Some(ToldBy::Email));
    assert!(record.officer_told_on.unwrap() >= record.officer.unwrap().since);
    assert_eq!(record.carers, ["Alex Green"]);
    assert_eq!(record.reviews_held.len(), 3);
    assert_eq!(record.reviews_scheduled.len(), 1);
    assert_eq!(record.next_review_due, record.reviews_scheduled[0]);
    assert!(record.looked_after_since < record.reviews_held[0]);

    // Sam's social worker has an account: the contact is hers.
    let social_worker = record.social_worker.unwrap();
    assert_eq!(social_worker.name, "Dana Price");
    assert_eq!(social_worker.email.as_deref(), Some("sw@example.org"));
    assert_eq!(social_worker.phone.as_deref(), Some("01632 960 789"));

    let tom = server.signed_in(Who::Tom).await;
    let jay: ChildRecord = server
        .get(&tom, &format!("/api/children/{}", ids["Jay"]))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(jay.placement, PlacementType::Secure);
    assert_eq!(jay.officer_told_by, Some(ToldBy::InPerson));
    assert!(jay.siblings.is_empty());
    // Jay's has none: the contact kept on his record.
    let social_worker = jay.social_worker.unwrap();
    assert_eq!(social_worker.name, "Chris Wood");
    assert_eq!(
        social_worker.email.as_deref(),
        Some("chris.wood@example.org")
    );
}

#[tokio::test]
async fn a_social_worker_sees_their_childrens_pages_and_no_others() {
    let server = start().await;
    let ids = server.child_ids().await;
    let dana = server.signed_in(Who::SocialWorker).await;
    let me: serde_json::Value = server.get(&dana, "/api/me").await.json().await.unwrap();
    assert_eq!(me["role"], "social_worker");
    let leah: ChildRecord = server
        .get(&dana, &format!("/api/children/{}", ids["Leah"]))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(leah.name, "Leah Taylor");
    let page: OfficerPage = server
        .get(&dana, &format!("/api/children/{}/officer", ids["Sam"]))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        page.social_worker.unwrap().email.as_deref(),
        Some("sw@example.org")
    );
    for other in ["Jay", "Ruby", "Kai"] {
        let r = server
            .get(&dana, &format!("/api/children/{}", ids[other]))
            .await;
        assert_eq!(r.status(), 403, "{other}");
    }
}
