//! A child's home, `/`: who their reviewing officer is and how to reach
//! them, when their next review is, and what they can do about it. A
//! suggestion of an advocate waiting for their answer is asked here, as a
//! form with two buttons.

use domain::api::OfficerPage;
use leptos::prelude::*;

use crate::contact::contact_links;
use crate::frame::{document, form_token, Frame};
use crate::officer::{first_name, officer_name, OfficerWords, Viewer};

/// Where the answer to a suggested advocate is posted.
pub const ADVOCATE_OFFER_PATH: &str = "/advocate-offer";
pub const REFERRAL_FIELD: &str = "referral_id";
pub const ANSWER_FIELD: &str = "answer";
/// `?answered=yes|no|failed` after answering, so reloading sends nothing.
pub const ANSWERED_QUERY: &str = "answered";

/// "Priya thinks an advocate could help you": the newest suggestion not
/// yet answered.
#[derive(Clone, Debug)]
pub struct Offer {
    pub referral_id: i64,
    pub suggested_by: String,
}

/// What came of answering a suggestion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answered {
    Yes,
    No,
    Failed,
}

impl Answered {
    pub fn as_query(self) -> &'static str {
        match self {
            Answered::Yes => "yes",
            Answered::No => "no",
            Answered::Failed => "failed",
        }
    }

    pub fn from_query(text: &str) -> Option<Self> {
        match text {
            "yes" => Some(Answered::Yes),
            "no" => Some(Answered::No),
            "failed" => Some(Answered::Failed),
            _ => None,
        }
    }
}

/// The child's own home.
pub fn page(
    frame: &Frame,
    officer_page: &OfficerPage,
    offer: Option<Offer>,
    answered: Option<Answered>,
) -> String {
    let words = OfficerWords {
        frame,
        page: officer_page,
        viewer: Viewer::Myself,
    };
    let heading = words.heading();
    let name = officer_name(frame, officer_page);
    let action = |href: &'static str, text: String| {
        view! {
            <li>
                <a class="action" href=href>
                    {text}
                </a>
            </li>
        }
    };
    let main = view! {
        <h1>{heading.clone()}</h1>
        {answered.map(|answered| answered_status(frame, answered))}
        {offer.map(|offer| offer_form(frame, offer))}
        // A child's home is where they act: their next review and what they
        // can do about it come first.
        <p class="next-review">{words.next_review()}</p>
        <ul class="actions">
            {action("/my-views", frame.words.say_with("home-tell", &[("name", name.into())]))}
            {action("/my-meeting", frame.say("home-my-meeting"))}
            {action("/extra-review", frame.say("home-extra-review"))}
            {action("/my-requests", frame.say("home-my-requests"))}
            {action("/advocate", frame.say("home-advocate"))}
            {action("/rights", frame.say("rights-link"))}
        </ul>
        {who(&words)}
        {advocate(&words)}
        <h2>{words.reviews_heading()}</h2>
        <p>{frame.say("review-explained")}</p>
        <p>{words.last_review()}</p>
    };
    document(frame, &heading, false, true, main)
}

/// The officer's card, or who to ask while there is none.
fn who(words: &OfficerWords<'_>) -> AnyView {
    let frame = words.frame;
    let page = words.page;
    let siblings = page
        .siblings
        .iter()
        .map(|s| view! { <p>{words.sibling(s)}</p> })
        .collect_view();
    match (&page.officer, words.since()) {
        (Some(officer), Some(since)) => view! {
            <div class="officer-card">
                <p class="officer-name">{officer.name.clone()}</p>
                {contact_links(frame, Some(&officer.email), Some(&officer.phone))}
                <p>{since}</p>
                {siblings}
            </div>
        }
        .into_any(),
        _ => {
            let worker = page.social_worker.as_ref().map(|worker| {
                view! {
                    <p>{words.ask_social_worker(&worker.name)}</p>
                    {contact_links(frame, worker.email.as_deref(), worker.phone.as_deref())}
                }
            });
            view! {
                <div class="officer-card">
                    <p>{words.no_officer()}</p>
                    {worker}
                    {siblings}
                </div>
            }
            .into_any()
        }
    }
}

/// "Your advocate", when the child has one.
fn advocate(words: &OfficerWords<'_>) -> Option<impl IntoView> {
    let frame = words.frame;
    let advocate = words.page.advocate.as_ref()?;
    let heading = frame.words.say_with(
        "advocate-heading",
        &[
            ("viewer", "self".into()),
            ("child", words.page.child_first_name.clone().into()),
        ],
    );
    Some(view! {
        <h2>{heading}</h2>
        <div class="officer-card advocate-card">
            <p class="officer-name">{advocate.name.clone()}</p>
            {contact_links(frame, advocate.email.as_deref(), advocate.phone.as_deref())}
        </div>
    })
}

/// The question, with a button for each answer.
fn offer_form(frame: &Frame, offer: Offer) -> impl IntoView {
    let question = frame.words.say_with(
        "advocate-offer-question",
        &[("name", first_name(&offer.suggested_by).to_owned().into())],
    );
    view! {
        <form class="offer" method="post" action=ADVOCATE_OFFER_PATH>
            {form_token(frame)}
            <input type="hidden" name=REFERRAL_FIELD value=offer.referral_id.to_string() />
            <h2>{question}</h2>
            <p>{frame.say("advocate-offer-what")}</p>
            <div class="button-group">
                <button type="submit" class="button" name=ANSWER_FIELD value="yes">
                    {frame.say("advocate-offer-yes")}
                </button>
                <button type="submit" class="button button-secondary" name=ANSWER_FIELD value="no">
                    {frame.say("advocate-offer-no")}
                </button>
            </div>
        </form>
    }
}

fn answered_status(frame: &Frame, answered: Answered) -> impl IntoView {
    let said = match answered {
        Answered::Yes => "advocate-offer-said-yes",
        Answered::No => "advocate-offer-said-no",
        Answered::Failed => "advocate-offer-failed",
    };
    view! {
        <div class="panel" role="status">
            <p>{frame.say(said)}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_frame::{child, english_frame, sams_page};

    fn sams_frame() -> Frame {
        Frame {
            person: child("Sam Taylor"),
            ..english_frame("CISRO")
        }
    }

    #[test]
    fn the_next_review_and_what_to_do_come_before_the_officers_card() {
        let html = page(&sams_frame(), &sams_page(), None, None);
        let next = html
            .find("Your next review must happen by 1 March 2027.")
            .unwrap();
        let tell = html.find("Tell Priya what you think").unwrap();
        let card = html.find("officer-card").unwrap();
        assert!(next < tell && tell < card, "{html}");
        assert!(html.contains(r#"href="mailto:priya.shah@example.gov.uk""#));
        assert!(html.contains(r#"href="tel:01632960001""#));
        assert!(html.contains("Leah has the same CISRO as you."));
        assert!(html.contains("<title>Your CISRO – My Say</title>"));
    }

    #[test]
    fn a_waiting_suggestion_is_asked_with_two_buttons() {
        let offer = Offer {
            referral_id: 12,
            suggested_by: "Priya Shah".into(),
        };
        let html = page(&sams_frame(), &sams_page(), Some(offer), None);
        assert!(html.contains("Priya thinks an advocate could help you. Do you want one?"));
        assert!(html.contains(r#"name="referral_id" value="12""#), "{html}");
        assert!(html.contains(r#"value="yes""#) && html.contains(r#"value="no""#));
        let answered = page(&sams_frame(), &sams_page(), None, Some(Answered::No));
        assert!(answered.contains("That is fine."));
        assert_eq!(Answered::from_query("no"), Some(Answered::No));
        assert_eq!(Answered::from_query("maybe"), None);
    }
}
