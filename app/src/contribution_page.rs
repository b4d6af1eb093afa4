//! What a contribution page needs before it can show: who is signed in,
//! whose contribution it is and their officer's name, the drafts, and what
//! was sent already (in full, to show the words back).

use domain::api::{Me, OfficerPage, Role};
use domain::contributions::{Contribution, ContributionKind, ContributionSummary, Draft};

use crate::api::{self, Failure};
use crate::officer_words::first_name;
use crate::session::Session;
use crate::t;

/// Everything one page of kind `kind` starts from.
#[derive(Clone)]
pub struct Loaded {
    pub child_id: i64,
    pub child_first_name: String,
    /// The reviewing officer's first name, or "your CISRO" when there is none yet.
    pub officer: String,
    pub drafts: Vec<Draft>,
    /// The booked review this is written for, when one is booked.
    pub review_id: Option<i64>,
    /// Newest first.
    pub sent: Vec<Contribution>,
}

impl Loaded {
    /// The signed-in person's own draft.
    pub fn own_draft(&self) -> Option<&Draft> {
        self.drafts.iter().find(|draft| draft.mine)
    }
}

/// The page of child `child_id`, for an adult who writes with them.
pub async fn load_for(
    session: Session,
    child_id: i64,
    kind: ContributionKind,
) -> Result<Loaded, Failure> {
    let me = session.load_me().await?;
    load(me, child_id, kind, session.officer_title()).await
}

async fn load(
    me: Me,
    child_id: i64,
    kind: ContributionKind,
    title: String,
) -> Result<Loaded, Failure> {
    let base = format!("/api/children/{child_id}");
    let page = api::get::<OfficerPage>(&format!("{base}/officer")).await?;
    let drafts = api::get::<Vec<Draft>>(&format!("{base}/drafts")).await?;
    let summaries = api::get::<Vec<ContributionSummary>>(&format!("{base}/contributions")).await?;
    let mut sent = Vec::new();
    for summary in summaries
        .iter()
        // A child sees everything sent for them (their advocate may have sent
        // one they agreed in person); an adult sees what they sent.
        .filter(|s| s.kind == kind && s.can_read)
        .filter(|s| me.role == Role::Child || s.author.user_id == me.user_id)
    {
        let path = format!("{base}/contributions/{}", summary.contribution_id);
        sent.push(api::get::<Contribution>(&path).await?);
    }
    sent.sort_by_key(|c| std::cmp::Reverse(c.summary.contribution_id));
    let review_id = page.next_review_booked.as_ref().map(|r| r.review_id);
    let officer = match page.officer {
        Some(officer) => first_name(&officer.name).to_owned(),
        None => t!("your-officer", officer = title),
    };
    Ok(Loaded {
        child_id,
        child_first_name: page.child_first_name,
        officer,
        drafts: drafts
            .into_iter()
            .filter(|d| d.body.kind() == kind)
            .collect(),
        sent,
        review_id,
    })
}
