//! Words on adults' lists of children that are not just data.

use domain::api::{PlacementType, Role};

use crate::t;

/// The caseload's heading: whose children these are to the reader.
pub fn caseload_heading(role: Role) -> String {
    match role {
        Role::Manager => t!("caseload-title-all"),
        Role::SocialWorker => t!("caseload-title-social-worker"),
        _ => t!("caseload-title-mine"),
    }
}

/// Where a child lives, in plain words rather than care-system terms.
pub fn placement_words(placement: PlacementType) -> String {
    match placement {
        PlacementType::Foster => t!("placement-foster"),
        PlacementType::Kinship => t!("placement-kinship"),
        PlacementType::Residential => t!("placement-residential"),
        PlacementType::Secure => t!("placement-secure"),
        PlacementType::Adoptive => t!("placement-adoptive"),
        PlacementType::ShortBreaks => t!("placement-short-breaks"),
        PlacementType::Independent => t!("placement-independent"),
        PlacementType::Other => t!("placement-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_adult_has_a_heading_for_their_list() {
        assert_eq!(caseload_heading(Role::ReviewingOfficer), "Your children");
        assert_eq!(caseload_heading(Role::Manager), "All children");
        assert_eq!(
            caseload_heading(Role::SocialWorker),
            "Children you are the social worker for"
        );
    }

    #[test]
    fn placements_are_in_plain_words() {
        assert_eq!(placement_words(PlacementType::Foster), "With foster carers");
        assert_eq!(
            placement_words(PlacementType::Residential),
            "In a children's home"
        );
    }
}
