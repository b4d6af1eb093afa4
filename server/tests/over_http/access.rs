//! THE ACCESS TABLE: every API route, asked by every kind of person, about
//! their own child and other children, with the status each must get.

use crate::common;

use common::{start, Who};
use reqwest::StatusCode;
use std::collections::BTreeSet;

/// Routes that are not about one child: the same answer for whoever asks
/// about whatever. Sign-in routes get an empty body, so 422 (not 401) shows
/// they are open to everyone.
#[rustfmt::skip]
const ROUTES: &[(&str, &str, [u16; 10])] = &[
    //                                    anon  sam leah  jay carer advoc priya tom   sw  mgr
    ("GET",    "/api/health",            [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("GET",    "/api/settings",          [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("POST",   "/api/session/staff",     [422, 422, 422, 422, 422, 422, 422, 422, 422, 422]),
    ("POST",   "/api/session/child",     [422, 422, 422, 422, 422, 422, 422, 422, 422, 422]),
    ("POST",   "/api/session/activate",  [422, 422, 422, 422, 422, 422, 422, 422, 422, 422]),
    ("GET",    "/api/me",                [401, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("GET",    "/api/children",          [401, 403, 403, 403, 200, 200, 200, 200, 200, 200]),
    // Everyone signed in may set their own language (the empty body is refused).
    ("PUT",    "/api/me/language",       [401, 422, 422, 422, 422, 422, 422, 422, 422, 422]),
    // Requests across children: the staff list (officers, social workers,
    // managers), and the advocacy service's (advocates, managers).
    ("GET",    "/api/requests",          [401, 403, 403, 403, 403, 403, 200, 200, 200, 200]),
    ("GET",    "/api/advocate-requests", [401, 403, 403, 403, 403, 200, 403, 403, 403, 200]),
    // `{request_id}` is no request: an advocate taking it on learns that
    // (404); a manager must first name the advocate (422).
    ("POST",   "/api/advocate-requests/{request_id}/allocation",
                                         [401, 403, 403, 403, 403, 404, 403, 403, 403, 422]),
    // "I don't feel safe" alerts: only the adults who must act on them.
    ("GET",    "/api/alerts",            [401, 403, 403, 403, 403, 403, 200, 200, 200, 200]),
    // Everyone signed in has their own updates (the empty body is refused).
    ("GET",    "/api/updates",           [401, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("POST",   "/api/updates/seen",      [401, 422, 422, 422, 422, 422, 422, 422, 422, 422]),
    // Last, because it signs each person out.
    ("DELETE", "/api/session",           [204, 204, 204, 204, 204, 204, 204, 204, 204, 204]),
];

/// The pages the server renders and their forms, asked with no form token
/// and an empty form: a GET shows anyone the page; a form without this
/// browser's token changes nothing (the alert is "not told", 503); the
/// ways out always work (303).
#[rustfmt::skip]
const PAGES: &[(&str, &str, [u16; 10])] = &[
    //                                    anon  sam leah  jay carer advoc priya tom   sw  mgr
    ("GET",    "/not-safe",              [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
    // Only a signed-in child tells anyone; adults are sent back to the page.
    ("POST",   "/not-safe",              [401, 503, 503, 503, 303, 303, 303, 303, 303, 303]),
    ("GET",    "/sign-in",               [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("GET",    "/sign-in/staff",         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("GET",    "/activate",              [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
    // Without this browser's form token nothing is tried: the form comes back.
    ("POST",   "/sign-in",               [403, 403, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("POST",   "/sign-in/staff",         [403, 403, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("POST",   "/activate",              [403, 403, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("POST",   "/quick-exit-note",       [303, 303, 303, 303, 303, 303, 303, 303, 303, 303]),
    // A child's home from the server; an adult's is the app's (not built here).
    ("GET",    "/",                      [303, 200, 200, 200, 503, 503, 503, 503, 503, 503]),
    // A child's own views and meeting wishes: the form comes back without the token, and
    // nothing is kept; adults are sent home.
    ("GET",    "/my-views",              [303, 200, 200, 200, 503, 503, 503, 503, 503, 503]),
    ("POST",   "/my-views",              [303, 403, 403, 403, 303, 303, 303, 303, 303, 303]),
    ("POST",   "/my-views/send",         [303, 403, 403, 403, 303, 303, 303, 303, 303, 303]),
    ("POST",   "/my-views/add",          [303, 403, 403, 403, 303, 303, 303, 303, 303, 303]),
    ("GET",    "/my-meeting",            [303, 200, 200, 200, 503, 503, 503, 503, 503, 503]),
    ("POST",   "/my-meeting",            [303, 403, 403, 403, 303, 303, 303, 303, 303, 303]),
    ("POST",   "/my-meeting/send",       [303, 403, 403, 403, 303, 303, 303, 303, 303, 303]),
    ("POST",   "/my-meeting/add",        [303, 403, 403, 403, 303, 303, 303, 303, 303, 303]),
    ("GET",    "/extra-review",          [303, 200, 200, 200, 503, 503, 503, 503, 503, 503]),
    ("POST",   "/extra-review",          [303, 403, 403, 403, 303, 303, 303, 303, 303, 303]),
    ("POST",   "/extra-review/send",     [303, 403, 403, 403, 303, 303, 303, 303, 303, 303]),
    ("GET",    "/updates",               [303, 200, 200, 200, 503, 503, 503, 503, 503, 503]),
    ("GET",    "/my-requests",           [303, 200, 200, 200, 503, 503, 503, 503, 503, 503]),
    ("GET",    "/rights",                [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
    // Without the token nothing is kept: home, saying it did not work.
    ("POST",   "/advocate-offer",        [303, 303, 303, 303, 303, 303, 303, 303, 303, 303]),
    // Without the token the choice is not kept: back to the page.
    ("POST",   "/language",              [303, 303, 303, 303, 303, 303, 303, 303, 303, 303]),
    ("POST",   "/leave",                 [303, 303, 303, 303, 303, 303, 303, 303, 303, 303]),
    // Last, because it signs each person out.
    ("POST",   "/sign-out",              [303, 303, 303, 303, 303, 303, 303, 303, 303, 303]),
];

/// Which children `{id}` is set to, in the order of the status arrays below.
/// Sam and Leah are sisters with carer Alex, officer Priya and social worker
/// Dana; the advocate supports Sam only; Jay is Tom's; Ruby is Priya's; Kai
/// has no officer yet; "none" is an id no child has.
const TARGETS: [&str; 6] = ["Sam", "Leah", "Jay", "Ruby", "Kai", "none"];
const NO_SUCH_CHILD: i64 = 987_654;
/// `{contribution_id}`: Sam's contribution from the demo (shared with his officer only),
/// and one each that Leah and Jay send in the test's setup (shared with
/// nobody); for the others, an id no contribution has.
const NO_SUCH_CONTRIBUTION: i64 = 987_655;
const NO_SUCH_REVIEW: i64 = 876_543;
/// The `{attachment_id}` asked for: no file has it.
const NO_SUCH_ATTACHMENT: i64 = 987_655;
/// `{request_id}`: Sam's advocate request, and Leah's and Jay's extra-review
/// requests, made in the test's setup; for the others, an id no request has.
const NO_SUCH_REQUEST: i64 = 987_656;
/// `{referral_id}`: Priya's suggestions for Sam and Leah and Tom's for Jay,
/// made in the setup; for the others, an id no suggestion has.
const NO_SUCH_REFERRAL: i64 = 987_657;

/// One row per person: the status for each of `TARGETS`.
type PerChild = [(Who, [u16; 6]); 10];

#[rustfmt::skip]
const CHILD_ROUTES: &[(&str, &str, PerChild)] = &[
    ("GET", "/api/children/{id}/officer", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [200, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 200, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 200, 403, 403, 403]),
        (Who::Carer,     [200, 200, 403, 403, 403, 403]),
        (Who::Advocate,  [200, 403, 403, 403, 403, 403]),
        (Who::Priya,     [200, 200, 403, 200, 403, 403]),
        (Who::Tom,       [403, 403, 200, 403, 403, 403]),
        (Who::SocialWorker,[200, 200, 403, 403, 403, 403]),
        (Who::Manager,   [200, 200, 200, 200, 200, 404]),
    ]),
    ("GET", "/api/children/{id}", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [403, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 403, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 403, 403, 403, 403]),
        (Who::Carer,     [200, 200, 403, 403, 403, 403]),
        (Who::Advocate,  [200, 403, 403, 403, 403, 403]),
        (Who::Priya,     [200, 200, 403, 200, 403, 403]),
        (Who::Tom,       [403, 403, 200, 403, 403, 403]),
        (Who::SocialWorker,[200, 200, 403, 403, 403, 403]),
        (Who::Manager,   [200, 200, 200, 200, 200, 404]),
    ]),
    // Contributions to a review. Requests carry `{}`: whoever may go on
    // gets 422 for the empty body; who may not, 403.
    ("GET", "/api/children/{id}/drafts", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [200, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 200, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 200, 403, 403, 403]),
        (Who::Carer,     [200, 200, 403, 403, 403, 403]),
        (Who::Advocate,  [200, 403, 403, 403, 403, 403]),
        (Who::Priya,     [403, 403, 403, 403, 403, 403]),
        (Who::Tom,       [403, 403, 403, 403, 403, 403]),
        (Who::SocialWorker,[403, 403, 403, 403, 403, 403]),
        (Who::Manager,   [403, 403, 403, 403, 403, 403]),
    ]),
    // `{kind}` is `my_views`: a carer writes only the carer's contribution.
    ("PUT", "/api/children/{id}/drafts/{kind}", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [422, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 422, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 422, 403, 403, 403]),
        (Who::Carer,     [403, 403, 403, 403, 403, 403]),
        (Who::Advocate,  [422, 403, 403, 403, 403, 403]),
        (Who::Priya,     [403, 403, 403, 403, 403, 403]),
        (Who::Tom,       [403, 403, 403, 403, 403, 403]),
        (Who::SocialWorker,[403, 403, 403, 403, 403, 403]),
        (Who::Manager,   [403, 403, 403, 403, 403, 403]),
    ]),
    ("POST", "/api/children/{id}/contributions", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [422, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 422, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 422, 403, 403, 403]),
        (Who::Carer,     [422, 422, 403, 403, 403, 403]),
        (Who::Advocate,  [422, 403, 403, 403, 403, 403]),
        (Who::Priya,     [403, 403, 403, 403, 403, 403]),
        (Who::Tom,       [403, 403, 403, 403, 403, 403]),
        (Who::SocialWorker,[403, 403, 403, 403, 403, 403]),
        (Who::Manager,   [403, 403, 403, 403, 403, 403]),
    ]),
    ("GET", "/api/children/{id}/contributions", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [200, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 200, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 200, 403, 403, 403]),
        (Who::Carer,     [200, 200, 403, 403, 403, 403]),
        (Who::Advocate,  [200, 403, 403, 403, 403, 403]),
        (Who::Priya,     [200, 200, 403, 200, 403, 403]),
        (Who::Tom,       [403, 403, 200, 403, 403, 403]),
        (Who::SocialWorker,[200, 200, 403, 403, 403, 403]),
        (Who::Manager,   [200, 200, 200, 200, 200, 404]),
    ]),
    // Shared with the officer only: the carer, advocate and social worker
    // are refused, and a manager learns only that it exists (from the list).
    ("GET", "/api/children/{id}/contributions/{contribution_id}", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [200, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 200, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 200, 403, 403, 403]),
        (Who::Carer,     [403, 403, 403, 403, 403, 403]),
        (Who::Advocate,  [403, 403, 403, 403, 403, 403]),
        (Who::Priya,     [200, 200, 403, 404, 403, 403]),
        (Who::Tom,       [403, 403, 200, 403, 403, 403]),
        (Who::SocialWorker,[403, 403, 403, 403, 403, 403]),
        (Who::Manager,   [403, 403, 403, 404, 404, 404]),
    ]),
    ("POST", "/api/children/{id}/contributions/{contribution_id}/additions", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [422, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 422, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 422, 403, 403, 403]),
        (Who::Carer,     [403, 403, 403, 403, 403, 403]),
        (Who::Advocate,  [403, 403, 403, 403, 403, 403]),
        (Who::Priya,     [403, 403, 403, 403, 403, 403]),
        (Who::Tom,       [403, 403, 403, 403, 403, 403]),
        (Who::SocialWorker,[403, 403, 403, 403, 403, 403]),
        (Who::Manager,   [403, 403, 403, 403, 403, 403]),
    ]),
    ("GET", "/api/children/{id}/reviews/next", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [403, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 403, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 403, 403, 403, 403]),
        (Who::Carer,     [403, 403, 403, 403, 403, 403]),
        (Who::Advocate,  [403, 403, 403, 403, 403, 403]),
        (Who::Priya,     [200, 200, 403, 200, 403, 403]),
        (Who::Tom,       [403, 403, 200, 403, 403, 403]),
        (Who::SocialWorker,[200, 200, 403, 403, 403, 403]),
        (Who::Manager,   [200, 200, 200, 200, 200, 404]),
    ]),
    // Reviews as records: only the child's officer. The empty body is
    // refused (422) only once the person is let through.
    ("POST", "/api/children/{id}/reviews", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [403, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 403, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 403, 403, 403, 403]),
        (Who::Carer,     [403, 403, 403, 403, 403, 403]),
        (Who::Advocate,  [403, 403, 403, 403, 403, 403]),
        (Who::Priya,     [422, 422, 403, 422, 403, 403]),
        (Who::Tom,       [403, 403, 422, 403, 403, 403]),
        (Who::SocialWorker,[403, 403, 403, 403, 403, 403]),
        (Who::Manager,   [403, 403, 403, 403, 403, 403]),
    ]),
    // `{review_id}` is the child's latest review: Sam's is booked for a day
    // still to come, the others' are held already, so the officer gets 409.
    ("POST", "/api/children/{id}/reviews/{review_id}/held", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [403, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 403, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 403, 403, 403, 403]),
        (Who::Carer,     [403, 403, 403, 403, 403, 403]),
        (Who::Advocate,  [403, 403, 403, 403, 403, 403]),
        (Who::Priya,     [409, 409, 403, 409, 403, 403]),
        (Who::Tom,       [403, 403, 409, 403, 403, 403]),
        (Who::SocialWorker,[403, 403, 403, 403, 403, 403]),
        (Who::Manager,   [403, 403, 403, 403, 403, 403]),
    ]),
    // A carer's upload: only the child's carer. The empty JSON body is no
    // file of an accepted kind, hence 415 once allowed in.
    ("POST", "/api/children/{id}/attachments", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [403, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 403, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 403, 403, 403, 403]),
        (Who::Carer,     [415, 415, 403, 403, 403, 403]),
        (Who::Advocate,  [403, 403, 403, 403, 403, 403]),
        (Who::Priya,     [403, 403, 403, 403, 403, 403]),
        (Who::Tom,       [403, 403, 403, 403, 403, 403]),
        (Who::SocialWorker,[403, 403, 403, 403, 403, 403]),
        (Who::Manager,   [403, 403, 403, 403, 403, 403]),
    ]),
    // A file no child has: those who may download a child's files learn it
    // is not there (404); everyone else is refused before any file is looked
    // up. Who reads an existing file is tested in tests/attachments.rs.
    ("GET", "/api/children/{id}/attachments/{attachment_id}", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [403, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 403, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 403, 403, 403, 403]),
        (Who::Carer,     [404, 404, 403, 403, 403, 403]),
        (Who::Advocate,  [403, 403, 403, 403, 403, 403]),
        (Who::Priya,     [404, 404, 403, 404, 403, 403]),
        (Who::Tom,       [403, 403, 404, 403, 403, 403]),
        (Who::SocialWorker,[404, 404, 403, 403, 403, 403]),
        (Who::Manager,   [403, 403, 403, 403, 403, 403]),
    ]),
    // Requests: only the child asks; carers never read one; the social
    // worker reads extra-review requests, the child's advocate advocate
    // requests. Sam's `{request_id}` is an advocate request.
    ("POST", "/api/children/{id}/requests", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [422, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 422, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 422, 403, 403, 403]),
        (Who::Carer,     [403, 403, 403, 403, 403, 403]),
        (Who::Advocate,  [403, 403, 403, 403, 403, 403]),
        (Who::Priya,     [403, 403, 403, 403, 403, 403]),
        (Who::Tom,       [403, 403, 403, 403, 403, 403]),
        (Who::SocialWorker,[403, 403, 403, 403, 403, 403]),
        (Who::Manager,   [403, 403, 403, 403, 403, 403]),
    ]),
    ("GET", "/api/children/{id}/requests", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [200, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 200, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 200, 403, 403, 403]),
        (Who::Carer,     [403, 403, 403, 403, 403, 403]),
        (Who::Advocate,  [200, 403, 403, 403, 403, 403]),
        (Who::Priya,     [200, 200, 403, 200, 403, 403]),
        (Who::Tom,       [403, 403, 200, 403, 403, 403]),
        (Who::SocialWorker,[200, 200, 403, 403, 403, 403]),
        (Who::Manager,   [200, 200, 200, 200, 200, 404]),
    ]),
    ("GET", "/api/children/{id}/requests/{request_id}", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [200, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 200, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 200, 403, 403, 403]),
        (Who::Carer,     [403, 403, 403, 403, 403, 403]),
        (Who::Advocate,  [200, 403, 403, 403, 403, 403]),
        (Who::Priya,     [200, 200, 403, 404, 403, 403]),
        (Who::Tom,       [403, 403, 200, 403, 403, 403]),
        (Who::SocialWorker,[403, 200, 403, 403, 403, 403]),
        (Who::Manager,   [200, 200, 200, 404, 404, 404]),
    ]),
    // Only the child's own officer or a manager decides; the empty body is
    // refused (422) once they are let through to a request that exists.
    ("POST", "/api/children/{id}/requests/{request_id}/decision", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [403, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 403, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 403, 403, 403, 403]),
        (Who::Carer,     [403, 403, 403, 403, 403, 403]),
        (Who::Advocate,  [403, 403, 403, 403, 403, 403]),
        (Who::Priya,     [422, 422, 403, 404, 403, 403]),
        (Who::Tom,       [403, 403, 422, 403, 403, 403]),
        (Who::SocialWorker,[403, 403, 403, 403, 403, 403]),
        (Who::Manager,   [422, 422, 422, 404, 404, 404]),
    ]),
    // Suggesting an advocate: the child's officer, carer or social worker.
    ("POST", "/api/children/{id}/referrals", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [403, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 403, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 403, 403, 403, 403]),
        (Who::Carer,     [422, 422, 403, 403, 403, 403]),
        (Who::Advocate,  [403, 403, 403, 403, 403, 403]),
        (Who::Priya,     [422, 422, 403, 422, 403, 403]),
        (Who::Tom,       [403, 403, 422, 403, 403, 403]),
        (Who::SocialWorker,[422, 422, 403, 403, 403, 403]),
        (Who::Manager,   [403, 403, 403, 403, 403, 403]),
    ]),
    ("GET", "/api/children/{id}/referrals", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [200, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 200, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 200, 403, 403, 403]),
        (Who::Carer,     [200, 200, 403, 403, 403, 403]),
        (Who::Advocate,  [403, 403, 403, 403, 403, 403]),
        (Who::Priya,     [200, 200, 403, 200, 403, 403]),
        (Who::Tom,       [403, 403, 200, 403, 403, 403]),
        (Who::SocialWorker,[200, 200, 403, 403, 403, 403]),
        (Who::Manager,   [403, 403, 403, 403, 403, 403]),
    ]),
    // Only the child answers: their advocate, or anyone else, is refused.
    ("POST", "/api/children/{id}/referrals/{referral_id}/answer", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [422, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 422, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 422, 403, 403, 403]),
        (Who::Carer,     [403, 403, 403, 403, 403, 403]),
        (Who::Advocate,  [403, 403, 403, 403, 403, 403]),
        (Who::Priya,     [403, 403, 403, 403, 403, 403]),
        (Who::Tom,       [403, 403, 403, 403, 403, 403]),
        (Who::SocialWorker,[403, 403, 403, 403, 403, 403]),
        (Who::Manager,   [403, 403, 403, 403, 403, 403]),
    ]),
    // "I don't feel safe": only the child, about themselves; no adult
    // raises it for them, not even a manager.
    ("POST", "/api/children/{id}/unsafe", [
        //               Sam  Leah  Jay Ruby  Kai none
        (Who::Anonymous, [401, 401, 401, 401, 401, 401]),
        (Who::Sam,       [422, 403, 403, 403, 403, 403]),
        (Who::Leah,      [403, 422, 403, 403, 403, 403]),
        (Who::Jay,       [403, 403, 422, 403, 403, 403]),
        (Who::Carer,     [403, 403, 403, 403, 403, 403]),
        (Who::Advocate,  [403, 403, 403, 403, 403, 403]),
        (Who::Priya,     [403, 403, 403, 403, 403, 403]),
        (Who::Tom,       [403, 403, 403, 403, 403, 403]),
        (Who::SocialWorker,[403, 403, 403, 403, 403, 403]),
        (Who::Manager,   [403, 403, 403, 403, 403, 403]),
    ]),
];

#[tokio::test]
async fn every_route_answers_every_role_as_the_table_says() {
    let server = start().await;
    let ids = server.child_ids().await;
    let mut clients = Vec::new();
    for who in Who::ALL {
        clients.push((who, server.signed_in(who).await));
    }
    let client_for = |who: Who| &clients.iter().find(|(w, _)| *w == who).unwrap().1;
    let review_ids = latest_review_ids(&server).await;
    let contribution_ids = contributions_for_the_table(&server, &ids, client_for).await;
    let (request_ids, referral_ids) = requests_for_the_table(&server, &ids, client_for).await;

    let mut failures = Vec::new();
    let mut check = |method: &str, path: &str, who: Who, got: StatusCode, want: u16| {
        if got.as_u16() != want {
            failures.push(format!(
                "{method} {path} as {who:?}: got {got}, want {want}"
            ));
        }
    };

    for (method, template, rows) in CHILD_ROUTES {
        for (who, statuses) in rows {
            for (target, want) in TARGETS.iter().zip(statuses) {
                let id = ids.get(*target).copied().unwrap_or(NO_SUCH_CHILD);
                let cid = contribution_ids
                    .get(*target)
                    .copied()
                    .unwrap_or(NO_SUCH_CONTRIBUTION);
                let review_id = review_ids.get(*target).copied().unwrap_or(NO_SUCH_REVIEW);
                let request_id = request_ids.get(*target).copied().unwrap_or(NO_SUCH_REQUEST);
                let referral_id = (referral_ids.get(*target).copied()).unwrap_or(NO_SUCH_REFERRAL);
                let path = template
                    .replace("{id}", &id.to_string())
                    .replace("{review_id}", &review_id.to_string())
                    .replace("{contribution_id}", &cid.to_string())
                    .replace("{kind}", "my_views")
                    .replace("{attachment_id}", &NO_SUCH_ATTACHMENT.to_string())
                    .replace("{request_id}", &request_id.to_string())
                    .replace("{referral_id}", &referral_id.to_string());
                let got = request(&server, client_for(*who), method, &path).await;
                check(method, &path, *who, got, *want);
            }
        }
    }
    for (method, path, statuses) in ROUTES {
        let path = &path.replace("{request_id}", &NO_SUCH_REQUEST.to_string());
        for (who, want) in Who::ALL.iter().zip(statuses) {
            let got = request(&server, client_for(*who), method, path).await;
            check(method, path, *who, got, *want);
        }
    }
    assert!(
        failures.is_empty(),
        "access table mismatches:\n{}",
        failures.join("\n")
    );

    // Every 403 in the tables is a refusal, and each one left an audit row.
    let refusals_in_tables = CHILD_ROUTES
        .iter()
        .flat_map(|(_, _, rows)| rows.iter().flat_map(|(_, statuses)| statuses))
        .chain(ROUTES.iter().flat_map(|(_, _, statuses)| statuses))
        .filter(|&&status| status == 403)
        .count();
    let path = server.dir.path().join("data/mysay.sqlite");
    let db =
        sqlx::SqlitePool::connect_with(sqlx::sqlite::SqliteConnectOptions::new().filename(path))
            .await
            .unwrap();
    let audited: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit WHERE event = 'access_refused'")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(audited as usize, refusals_in_tables);
}

/// The `{contribution_id}` of each target child (see `NO_SUCH_CONTRIBUTION`).
async fn contributions_for_the_table<'a>(
    server: &common::TestServer,
    ids: &std::collections::HashMap<String, i64>,
    client_for: impl Fn(Who) -> &'a reqwest::Client,
) -> std::collections::HashMap<&'static str, i64> {
    let mut cids = std::collections::HashMap::new();
    let sams: serde_json::Value = server
        .get(
            client_for(Who::Sam),
            &format!("/api/children/{}/contributions", ids["Sam"]),
        )
        .await
        .json()
        .await
        .unwrap();
    cids.insert("Sam", sams[0]["contribution_id"].as_i64().unwrap());
    for (who, name) in [(Who::Leah, "Leah"), (Who::Jay, "Jay")] {
        let body = serde_json::json!({
            "send_id": format!("table-{name}"),
            "body": { "kind": "my_views", "body": { "going_well": "school" } },
        });
        let path = format!("/api/children/{}/contributions", ids[name]);
        let r = server.post(client_for(who), &path, body).await;
        assert_eq!(r.status(), 201, "{name} sends");
        let sent: serde_json::Value = r.json().await.unwrap();
        let cid = sent["contribution"]["contribution_id"].as_i64().unwrap();
        cids.insert(name, cid);
    }
    cids
}

/// The `{request_id}` and `{referral_id}` of each target child (see
/// `NO_SUCH_REQUEST` and `NO_SUCH_REFERRAL`).
async fn requests_for_the_table<'a>(
    server: &common::TestServer,
    ids: &std::collections::HashMap<String, i64>,
    client_for: impl Fn(Who) -> &'a reqwest::Client,
) -> (
    std::collections::HashMap<&'static str, i64>,
    std::collections::HashMap<&'static str, i64>,
) {
    use serde_json::json;
    let extra_review =
        json!({ "extra_review": { "why": "my plan changed", "when": "as_soon_as_possible" } });
    let advocate = json!({ "advocate": { "contact_by": "in_person" } });
    let mut request_ids = std::collections::HashMap::new();
    let mut referral_ids = std::collections::HashMap::new();
    for (child, name, asking, suggester) in [
        (Who::Sam, "Sam", &advocate, Who::Priya),
        (Who::Leah, "Leah", &extra_review, Who::Priya),
        (Who::Jay, "Jay", &extra_review, Who::Tom),
    ] {
        let path = format!("/api/children/{}/requests", ids[name]);
        let body = json!({ "send_id": format!("table-{name}"), "asking": asking });
        let r = server.post(client_for(child), &path, body).await;
        assert_eq!(r.status(), 201, "{name} asks");
        let asked: serde_json::Value = r.json().await.unwrap();
        request_ids.insert(name, asked["request_id"].as_i64().unwrap());
        let path = format!("/api/children/{}/referrals", ids[name]);
        let body = json!({ "send_id": format!("table-{name}") });
        let r = server.post(client_for(suggester), &path, body).await;
        assert_eq!(r.status(), 201, "an advocate is suggested to {name}");
        let suggested: serde_json::Value = r.json().await.unwrap();
        referral_ids.insert(name, suggested["referral_id"].as_i64().unwrap());
    }
    (request_ids, referral_ids)
}

async fn request(
    server: &common::TestServer,
    client: &reqwest::Client,
    method: &str,
    path: &str,
) -> StatusCode {
    let r = match method {
        "GET" => server.get(client, path).await,
        "POST" => server.post(client, path, serde_json::json!({})).await,
        "PUT" => server.put(client, path, serde_json::json!({})).await,
        "DELETE" => server.delete(client, path).await,
        other => panic!("no request helper for {other}"),
    };
    r.status()
}

#[test]
fn the_table_lists_every_route_in_the_router() {
    let in_router: BTreeSet<(String, String)> = server::api_routes()
        .into_iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    let in_table: BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|(m, p, _)| (m.to_string(), p.to_string()))
        .chain(
            CHILD_ROUTES
                .iter()
                .map(|(m, p, _)| (m.to_string(), p.to_string())),
        )
        .collect();
    assert_eq!(
        in_router, in_table,
        "a route is missing from the access table, or the table names one that does not exist"
    );
    assert_eq!(
        in_table.len(),
        ROUTES.len() + CHILD_ROUTES.len(),
        "a route is listed twice"
    );
}

#[tokio::test]
async fn every_page_answers_every_role_as_the_table_says() {
    let server = start().await;
    let mut failures = Vec::new();
    for (method, path, wants) in PAGES {
        for (who, want) in Who::ALL.into_iter().zip(wants) {
            // A fresh browser each time: `/leave` and `/sign-out` end the session.
            let browser = reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap();
            if let Some((sign_in, body)) = who.sign_in() {
                let r = server.post(&browser, sign_in, body).await;
                assert_eq!(r.status(), StatusCode::OK, "{who:?} signs in");
            }
            let url = server.url(path);
            let asked = match *method {
                "GET" => browser.get(url),
                _ => browser.post(url).form(&[("nothing", "")]),
            };
            let got = asked.send().await.unwrap().status();
            if got.as_u16() != *want {
                failures.push(format!("{method} {path} as {who:?}: {got}, want {want}"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_page_table_lists_every_page_in_the_router() {
    let in_router: BTreeSet<(String, String)> = server::page_routes()
        .into_iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    let in_table: BTreeSet<(String, String)> = PAGES
        .iter()
        .map(|(m, p, _)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(in_router, in_table, "a page is missing from the page table");
    assert_eq!(in_table.len(), PAGES.len(), "a page is listed twice");
}

#[test]
fn each_child_route_lists_every_role_once() {
    for (_, path, rows) in CHILD_ROUTES {
        let roles: Vec<Who> = rows.iter().map(|(w, _)| *w).collect();
        assert_eq!(roles, Who::ALL, "{path}");
    }
}

#[tokio::test]
async fn an_id_that_is_not_a_number_is_not_found_and_reveals_nothing() {
    let server = start().await;
    let priya = server.signed_in(Who::Priya).await;
    let anon = common::client();
    for path in ["/api/children/abc", "/api/children/abc/officer"] {
        assert_eq!(server.get(&anon, path).await.status(), 401, "{path}");
        let r = server.get(&priya, path).await;
        assert_eq!(r.status(), 404, "{path}");
        assert_eq!(common::error_code(r).await, "not_found");
    }
}

async fn latest_review_ids(server: &common::TestServer) -> std::collections::HashMap<String, i64> {
    let path = server.dir.path().join("data/mysay.sqlite");
    let db =
        sqlx::SqlitePool::connect_with(sqlx::sqlite::SqliteConnectOptions::new().filename(path))
            .await
            .unwrap();
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT c.first_name, MAX(r.id) FROM reviews r JOIN children c ON c.id = r.child_id \
         GROUP BY c.id",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    db.close().await;
    rows.into_iter().collect()
}
