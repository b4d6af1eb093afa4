//! The demo people are defined once, in `demo/people.json`; the README's
//! table of demo sign-ins must say the same.

use crate::common;

use std::path::Path;

#[test]
fn the_readme_table_of_demo_sign_ins_matches_the_data_file() {
    let people = server::demo::people().expect("demo/people.json reads");
    let table = server::demo::readme_table(&people);
    let readme = Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md");
    let readme = std::fs::read_to_string(&readme).expect("README.md reads");
    assert!(
        readme.contains(&table),
        "README.md's \"Demo sign-ins\" table does not match demo/people.json. It should read:\n\n{table}"
    );
}

/// The demo shows an overdue request: Leah asked for an extra review eight
/// working days ago and nobody has answered, so her officer and the manager
/// see it flagged.
#[tokio::test]
async fn leahs_unanswered_request_shows_as_overdue() {
    let server = common::start().await;
    let ids = server.child_ids().await;
    for who in [common::Who::Priya, common::Who::Manager] {
        let client = server.signed_in(who).await;
        let list: serde_json::Value = server
            .get(&client, "/api/requests")
            .await
            .json()
            .await
            .unwrap();
        let leahs: Vec<&serde_json::Value> = list
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["child_id"] == ids["Leah"])
            .collect();
        assert_eq!(leahs.len(), 1, "{who:?}: {list}");
        assert_eq!(leahs[0]["overdue"], true, "{who:?}");
        assert_eq!(leahs[0]["state"], "waiting", "{who:?}");
    }
}
