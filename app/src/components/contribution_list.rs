//! What has arrived for a review, as cards: what each is, who sent it and
//! when, who helped, and a link to open it for those who may read it.

use domain::contributions::{ContributionSummary, ReadReceipt};
use leptos::prelude::*;

use crate::dates::long_date;
use crate::review_words::{helped_by, kind, person};
use crate::t;

/// One card per contribution; a reader who may not read one (a manager)
/// sees that it exists, never a link to what it says.
#[component]
pub fn ContributionList(
    child_id: i64,
    child: String,
    officer: String,
    contributions: Vec<ContributionSummary>,
) -> impl IntoView {
    view! {
        <ul class="cards">
            {contributions
                .into_iter()
                .map(|summary| card(child_id, &child, &officer, summary))
                .collect_view()}
        </ul>
    }
}

fn card(child_id: i64, child: &str, officer: &str, summary: ContributionSummary) -> impl IntoView {
    let title = kind(summary.kind, child);
    let heading = if summary.can_read {
        let href = format!(
            "/children/{child_id}/contributions/{}",
            summary.contribution_id
        );
        view! { <a href=href>{title}</a> }.into_any()
    } else {
        view! { <span>{title}</span> }.into_any()
    };
    let from = t!(
        "contribution-from",
        person = person(&summary.author, officer)
    );
    let sent = t!("contribution-sent-on", date = long_date(summary.sent_on));
    let helper = helped_by(&summary, officer);
    let reads = summary
        .read_by
        .iter()
        .map(read_line)
        .map(|line| view! { <p>{line}</p> })
        .collect_view();
    let locked =
        (!summary.can_read).then(|| view! { <p class="hint">{t!("contribution-cannot-read")}</p> });
    view! {
        <li class="card">
            <h3 class="card-title">{heading}</h3>
            <p>{from}</p>
            <p>{sent}</p>
            {helper.map(|line| view! { <p>{line}</p> })}
            {reads}
            {locked}
        </li>
    }
}

/// "Priya Shah read this on 3 March 2027".
pub fn read_line(receipt: &ReadReceipt) -> String {
    t!(
        "contribution-read-on",
        name = receipt.reader.name.as_str(),
        date = long_date(receipt.read_on)
    )
}
