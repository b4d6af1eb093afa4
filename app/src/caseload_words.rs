//! Words on adults' lists of children that are not just data.

use domain::api::PlacementType;

use crate::t;

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
    fn placements_are_in_plain_words() {
        assert_eq!(placement_words(PlacementType::Foster), "With foster carers");
        assert_eq!(
            placement_words(PlacementType::Residential),
            "In a children's home"
        );
    }
}
