//! The demo people are defined once, in `demo/people.json`; the README's
//! table of demo sign-ins must say the same.

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
