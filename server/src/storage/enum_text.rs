//! The text stored for each enum. Spelled out rather than derived from serde
//! so that renaming a JSON value can never silently change stored data.

use anyhow::bail;
use domain::api::{PlacementType, Role, ToldBy};

pub fn role_to_db(role: Role) -> &'static str {
    match role {
        Role::Child => "child",
        Role::Carer => "carer",
        Role::Advocate => "advocate",
        Role::ReviewingOfficer => "reviewing_officer",
        Role::SocialWorker => "social_worker",
        Role::Manager => "manager",
    }
}

pub fn role_from_db(s: &str) -> anyhow::Result<Role> {
    Ok(match s {
        "child" => Role::Child,
        "carer" => Role::Carer,
        "advocate" => Role::Advocate,
        "reviewing_officer" => Role::ReviewingOfficer,
        "social_worker" => Role::SocialWorker,
        "manager" => Role::Manager,
        other => bail!("unknown role {other:?} in the database"),
    })
}

pub fn placement_to_db(p: PlacementType) -> &'static str {
    match p {
        PlacementType::Foster => "foster",
        PlacementType::Kinship => "kinship",
        PlacementType::Residential => "residential",
        PlacementType::Secure => "secure",
        PlacementType::Adoptive => "adoptive",
        PlacementType::ShortBreaks => "short_breaks",
        PlacementType::Independent => "independent",
        PlacementType::Other => "other",
    }
}

pub fn placement_from_db(s: &str) -> anyhow::Result<PlacementType> {
    Ok(match s {
        "foster" => PlacementType::Foster,
        "kinship" => PlacementType::Kinship,
        "residential" => PlacementType::Residential,
        "secure" => PlacementType::Secure,
        "adoptive" => PlacementType::Adoptive,
        "short_breaks" => PlacementType::ShortBreaks,
        "independent" => PlacementType::Independent,
        "other" => PlacementType::Other,
        other => bail!("unknown placement {other:?} in the database"),
    })
}

pub fn told_by_to_db(t: ToldBy) -> &'static str {
    match t {
        ToldBy::Email => "email",
        ToldBy::Text => "text",
        ToldBy::InPerson => "in_person",
    }
}

pub fn told_by_from_db(s: &str) -> anyhow::Result<ToldBy> {
    Ok(match s {
        "email" => ToldBy::Email,
        "text" => ToldBy::Text,
        "in_person" => ToldBy::InPerson,
        other => bail!("unknown told_by {other:?} in the database"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for r in [
            Role::Child,
            Role::Carer,
            Role::Advocate,
            Role::ReviewingOfficer,
            Role::Manager,
        ] {
            assert_eq!(role_from_db(role_to_db(r)).unwrap(), r);
        }
        use PlacementType::*;
        for p in [
            Foster,
            Kinship,
            Residential,
            Secure,
            Adoptive,
            ShortBreaks,
            Independent,
            Other,
        ] {
            assert_eq!(placement_from_db(placement_to_db(p)).unwrap(), p);
        }
        for t in [ToldBy::Email, ToldBy::Text, ToldBy::InPerson] {
            assert_eq!(told_by_from_db(told_by_to_db(t)).unwrap(), t);
        }
    }
}
