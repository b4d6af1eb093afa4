//! Writing records with nobody signed in, for the demo seed alone.

use super::ChildAccess;
use crate::storage::Store;

/// Permission to write records with nobody signed in: the demo seed, and
/// tests of the store itself. It is a narrow, separate path rather than a
/// `ChildAccess` for a made-up user, because seeding has no person to check;
/// it is granted only while the store has no users, so it can never be a
/// way round `authorize` to real records, and only `demo` asks for it (a
/// test below checks that by reading the source).
#[derive(Debug)]
pub struct Seeding(());

impl Seeding {
    /// A proof for writing one seeded child's data. It reads no item a
    /// child wrote: seeding has nobody to show them to.
    pub fn child(&self, child_id: i64) -> ChildAccess {
        ChildAccess {
            child_id,
            relation: None,
        }
    }
}

impl Seeding {
    /// For tests (in `tests/`) that add children the demo does not have to
    /// a store the demo has filled. Never for the server: a test below fails
    /// if code in `src/` asks for it outside `#[cfg(test)]`.
    #[doc(hidden)]
    pub fn for_test_fixtures() -> Self {
        Seeding(())
    }
}

/// Seeding permission for an empty store; an error for one with anyone in it.
pub(crate) async fn for_seeding(store: &Store) -> anyhow::Result<Seeding> {
    anyhow::ensure!(
        store.user_count().await? == 0,
        "demo data is only ever written into an empty store"
    );
    Ok(Seeding(()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{ItemView, SharedWith};

    #[test]
    fn a_seeding_proof_reads_no_item() {
        let everyone = SharedWith {
            social_worker: true,
            carer: true,
            advocate: true,
        };
        assert_eq!(Seeding(()).child(7).item_view(everyone), ItemView::Nothing);
    }

    #[tokio::test]
    async fn a_store_with_anyone_in_it_is_never_seeded() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("mysay.sqlite")).await.unwrap();
        assert!(for_seeding(&store).await.is_ok());
        let manager = crate::storage::NewUser {
            role: domain::api::Role::Manager,
            display_name: "A Manager",
            email: Some("manager@council.example"),
            username: None,
            phone: None,
            password_hash: None,
            activation: None,
        };
        store.insert_user(&manager, 0).await.unwrap();
        assert!(for_seeding(&store).await.is_err());
    }

    /// Outside `demo`, `for_seeding` may appear only in tests (of the
    /// store, which have nobody to check), never in the server itself; and
    /// `for_test_fixtures` only in tests.
    #[test]
    fn only_the_demo_seed_asks_to_write_without_a_user() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut outside_tests = Vec::new();
        let mut dirs = vec![src.clone()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                let name = path.strip_prefix(&src).unwrap().to_string_lossy();
                let name = name.replace('\\', "/");
                if name == "policy/seeding.rs" {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let server_code = &text[..text.find("#[cfg(test)]").unwrap_or(text.len())];
                let seeds = name != "demo.rs" && server_code.contains("for_seeding(");
                if seeds || server_code.contains("for_test_fixtures(") {
                    outside_tests.push(name);
                }
            }
        }
        assert_eq!(outside_tests, Vec::<String>::new());
        let demo = std::fs::read_to_string(src.join("demo.rs")).unwrap();
        assert!(demo.contains("for_seeding("), "the demo seeds through it");
    }
}
