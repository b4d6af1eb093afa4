# My Say: every word the app shows, in British English.
# Children read most of these pages: short sentences, everyday words.
# $officer is the council's name for the reviewing officer, for example "CISRO" or "IRO".

## chunk: first
-service = My Say

## Whole app

service-name = { -service }
# Shown only when the browser runs no JavaScript; the build writes it into index.html.
noscript = { -service } needs JavaScript. Turn it on in your browser's settings, then reload this page.
# The text of the browser tab.
document-title = { $page } – { -service }
document-title-error = Error: { $page } – { -service }
skip-link = Skip to main content
nav-label = Main menu
header-signed-in-as = Signed in as { $name }
sign-out = Sign out
quick-exit = Leave this page
quick-exit-hint = Or press Shift 3 times.
# Shown once, next to the quick exit, until the child chooses "OK, got it".
quick-exit-note = The 'Leave this page' button takes you to another website straight away and signs you out. It does not delete your browser history.
quick-exit-note-dismiss = OK, got it
loading = Loading…
# This language's name in itself, as the language menu shows it to everyone
# ("Cymraeg" in the Welsh file, "Polski" in the Polish one).
language-name = English
# The label of the language menu in the header.
language-menu = Language
# The button beside the language menu, for when the page cannot change by itself.
language-choose = Change
# Used only if the council's settings could not be loaded.
officer-title-fallback = reviewing officer

## Signing out after a time without use

# The heading of the warning that comes 2 minutes before we sign someone out.
time-out-title = Are you still there?
time-out-minutes = For your security, we will sign you out in { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.
time-out-seconds = For your security, we will sign you out in { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
}.
time-out-stay = Stay signed in
# On the sign-in page, after the time ran out.
## chunk: pages
signed-out-timed-out = We signed you out to keep your information safe. Sign in again to carry on.

## Dates, written as "5 January 2027"

## chunk: first

date = { $day } { $month } { $year }
month-january = January
month-february = February
month-march = March
month-april = April
month-may = May
month-june = June
month-july = July
month-august = August
month-september = September
month-october = October
month-november = November
month-december = December

## Form parts

## chunk: pages
show = Show
hide = Hide
show-passphrase = Show passphrase
hide-passphrase = Hide passphrase
show-password = Show password
hide-password = Hide password
passphrase-shown = Your passphrase is visible
passphrase-hidden = Your passphrase is hidden
password-shown = Your password is visible
password-hidden = Your password is hidden
## chunk: first
error-summary-title = There is a problem
# Read before an inline error message by screen readers.
error-prefix = Error:
## chunk: carer_contribution contribution pages next_review views_with_help request_decision requests_list
back = Back

## Child sign-in

## chunk: pages
sign-in-title = Sign in to { -service }
sign-in-username = Username
sign-in-passphrase = Passphrase
sign-in-button = Sign in
sign-in-first-time = First time? Use your code
sign-in-staff-link = Sign in as an adult who works with children

## Staff sign-in

## chunk: pages
staff-sign-in-title = Sign in for staff and carers
staff-sign-in-email = Email address
staff-sign-in-password = Password
staff-sign-in-button = Sign in

## First sign-in with a code

## chunk: pages
activate-title = Choose your passphrase
activate-intro = Your { $officer } gave you a username and a code. Use them to choose your own passphrase.
activate-username = Username
activate-code = Code from your { $officer }
activate-code-hint = It is on the letter or message from your { $officer }.
activate-passphrase = Choose a passphrase
activate-passphrase-hint = Use at least { $min } characters. A few words you can remember works well.
activate-button = Continue

## Form errors

## chunk: pages
error-wrong-details-child = The username or passphrase is not right. Check them and try again. If you have not chosen a passphrase yet, use the code from your { $officer }.
error-wrong-details-staff = The email address or password is not right. Check them and try again.
error-needs-activation = You have not chosen a passphrase yet. Use the code from your { $officer } to choose one.
error-bad-code = The code is not right, or it is too old. Check it, or ask your { $officer } for a new one.
error-too-many-tries-child = { $minutes ->
    [one] Too many tries. Wait 1 minute or ask your { $officer }.
   *[other] Too many tries. Wait { $minutes } minutes or ask your { $officer }.
}
error-too-many-tries-staff = { $minutes ->
    [one] Too many tries. Wait 1 minute and try again.
   *[other] Too many tries. Wait { $minutes } minutes and try again.
}
error-form-expired = This page was open for a long time, so we could not take what you sent. Try again now.
error-enter-username = Enter your username
error-enter-passphrase = Enter your passphrase
error-choose-passphrase = Choose a passphrase
error-passphrase-too-short = Your passphrase must be at least { $min } characters
error-passphrase-too-weak = That passphrase would be easy for someone to guess. Try three or four words that do not usually go together, like a colour, an animal and a place.
error-too-long = This must be { $max } characters or fewer
error-busy = Lots of people are signing in just now. Wait a moment and try again.
error-enter-code = Enter the code from your { $officer }
error-enter-email = Enter your email address
error-enter-password = Enter your password
## chunk: first
error-network = We could not reach { -service }. Check you are online and try again.
error-server = Something went wrong on our side. Try again in a few minutes.
error-check-field = Check this and try again

## A child's reviewing officer
# $viewer is "self" when the child is reading about themselves, "other" for an adult.
# $child is the child's first name.

officer-title = { $viewer ->
    [self] Your { $officer }
   *[other] { $child }'s { $officer }
}
officer-email = Email { $email }
officer-phone = Phone { $phone }
officer-since = { $viewer ->
    [self] Your { $officer } since { $date }
   *[other] { $child }'s { $officer } since { $date }
}
sibling-same = { $viewer ->
    [self] { $sibling } has the same { $officer } as you.
   *[other] { $sibling } has the same { $officer } as { $child }.
}
sibling-different = { $sibling } has a different { $officer }.
no-officer = { $viewer ->
    [self] You do not have a { $officer } yet. We are finding one for you.
   *[other] { $child } does not have a { $officer } yet.
}
ask-social-worker = { $viewer ->
    [self] You can ask your social worker, { $name }.
   *[other] { $child }'s social worker is { $name }.
}
reviews-heading = { $viewer ->
    [self] Your reviews
   *[other] { $child }'s reviews
}
review-explained = Your review is a meeting about you and your plan.
last-review = { $viewer ->
    [self] Your last review was on { $date }.
   *[other] { $child }'s last review was on { $date }.
}
no-review-yet = { $viewer ->
    [self] You have not had a review yet.
   *[other] { $child } has not had a review yet.
}
next-review-due = { $viewer ->
    [self] Your next review must happen by { $date }.
   *[other] { $child }'s next review must happen by { $date }.
}
next-review-scheduled = { $viewer ->
    [self] Your next review is on { $date }.
   *[other] { $child }'s next review is on { $date }.
}
# A booked review, with its time ($time, as 10:30) and where it meets.
# $kind is "online", "in_person" (then $place is the officer's words for the place) or "unknown".
next-review-booked = { $viewer ->
    [self] { $kind ->
        [online] Your next review is on { $date } at { $time }. It is online.
        [in_person] Your next review is on { $date } at { $time }, at { $place }.
       *[unknown] Your next review is on { $date } at { $time }.
    }
   *[other] { $kind ->
        [online] { $child }'s next review is on { $date } at { $time }. It is online.
        [in_person] { $child }'s next review is on { $date } at { $time }, at { $place }.
       *[unknown] { $child }'s next review is on { $date } at { $time }.
    }
}
# The big buttons on a child's home. $name is their reviewing officer's name.
home-tell = Tell { $name } what you think
home-my-meeting = My meeting
# Used when a child has no reviewing officer yet.
your-officer = your { $officer }

## Adults: the children they work with

## chunk: caseload request_decision requests_list
caseload-title-mine = Your children
caseload-title-all = All children
caseload-title-social-worker = Children you are the social worker for
caseload-empty = There are no children on your list yet.
caseload-age = Age
caseload-home = Where they live
caseload-officer = { $officer }
caseload-no-officer = None yet
caseload-last-review = Last review
caseload-no-review = None yet
caseload-next-review = Next review due
overdue = Overdue
without-officer-title = Children without a { $officer }
without-officer-none = Every child has a { $officer }.
without-officer-days = { $days ->
    [one] 1 working day in care without a { $officer }
   *[other] { $days } working days in care without a { $officer }
}
in-care-since = In care since { $date }

placement-foster = With foster carers
placement-kinship = With family or friends
placement-residential = In a children's home
placement-secure = In a secure home
placement-adoptive = With a family who plan to adopt
placement-short-breaks = Short breaks
placement-independent = Living on their own with support
placement-other = Somewhere else

## Pages for problems

## chunk: carer_contribution not_allowed
not-allowed-title = You cannot see this page
not-allowed-body = Your account does not let you see this page.
## chunk: carer_contribution child_officer contribution next_review not_found views_with_help request_decision
not-found-title = Page not found
not-found-body = Check the web address is right.
## chunk: carer_contribution child_officer contribution pages next_review not_allowed not_found views_with_help request_decision
go-home = Go to your home page
## chunk: first
load-failed-title = Sorry, this page did not load
load-failed-body = Check you are online and try again.
try-again = Try again

## Writing for a review: "My views" and "My meeting"
# $name is the reviewing officer's name (or "your CISRO" when there is none yet).

## chunk: pages views_with_help
optional = { $label } (optional)
draft-explained = What you write is saved as you go. Nobody else sees it until you send it.
draft-saved = Saved
## chunk: pages
save-draft = Save my draft
draft-explained-save = Press “Save my draft” to keep what you write and finish it later. Nobody else sees it until you send it.
## chunk: pages views_with_help
draft-retrying = Not saved yet, trying again
## chunk: carer_contribution pages views_with_help
draft-too-long = Not saved yet: one answer is too long. Make it shorter and it will save.
## chunk: pages views_with_help request_decision
count-limit = You can write up to { $max } characters.
count-left = { $left ->
    [one] You have 1 character left
   *[other] You have { $left } characters left
}
count-over = { $over ->
    [one] You have 1 character too many
   *[other] You have { $over } characters too many
}
check-and-send = Check and send
check-title = Check what you are sending
check-change = Change
check-skipped = You did not write anything here.
send-button = Send it
send-wishes-button = Send my wishes
sending = Sending…
share-legend = Who else can read this? (optional)
share-hint = { $name } can always read it. You can let other people read it too.
share-social-worker = Your social worker
share-carer = Your carer
share-advocate = Your advocate
who-can-read-title = Who can read this
who-can-read-only = Only { $name } can read this.
who-can-read-these = These people can read this:
person-with-role = { $name } ({ $role })
role-carer = carer
role-advocate = advocate
role-social-worker = social worker
role-manager = manager
role-child = you
read-receipt = { $name } read this on { $date }
not-read-yet = Nobody has read this yet.
helped-by = Written with help from { $name } ({ $role })
sent-on = Sent on { $date }
added-on = Added on { $date }
add-something = I want to add something
add-label = What do you want to add?
add-button = Add this
what-you-sent = What you sent
sent-before-review = { $name } will read this before your review on { $date }.
sent-before-next-review = { $name } will read this before your next review.
sent-moved = Your last review has already happened, so this will go to your next review.
sent-already = You had already sent this. We have kept it once.
sent-see-later = You can come back to this page later. It shows what you sent and who has read it.
error-nothing-to-send = You have not written anything yet. Write something in at least one part, then send it.
error-answer-too-long = Your answer to '{ $question }' is too long. It can be up to { $max } characters.
error-answers-too-long = Your answers are too long. Each one can be up to { $max } characters.
error-send-offline = We could not send this. Check you are online and try again. Your words are kept.
error-send-not-allowed = You cannot send this from your account.
error-add-empty = Write what you want to add
carer-text = The carer's contribution

views-going-well = What is going well?
views-not-going-well = What is not going well?
views-want-to-change = What do you want to change?
views-anything-else = Is there anything else you want { $name } to know?
my-views-title = Tell { $name } what you think
my-views-intro = Your review is a meeting about you and your plan. Write what you want { $name } to know. You can skip any part.
my-views-sent = Your views are sent
# A draft the child's advocate ($name) wrote with them.
helper-draft-title = { $name } wrote this with you
helper-draft-hint = If this is what you want to say, you can send it. Your own words below stay as they are.
helper-draft-send = This is what I want to say – send it
helped-by-draft = { $name } helped you write this.

meeting-come = Do you want to come to your meeting?
meeting-come-yes = Yes
meeting-come-no = No
meeting-come-not-sure = I'm not sure
meeting-chair = Do you want to run (chair) your meeting?
meeting-chair-no = No
meeting-chair-with-help = Yes, with help
meeting-chair-on-my-own = Yes, on my own
meeting-who = Who do you want to be there?
meeting-not-there = Is there anyone you do not want there for some of the meeting?
meeting-not-there-hint = Say who, and what you want to talk about without them. This part is private.
meeting-help = Do you need any help at your meeting?
meeting-help-interpreter = Someone to translate (an interpreter)
meeting-help-communication = Help to communicate
meeting-help-advocate = An advocate (someone to speak up for you)
meeting-help-details = Tell us more about the help you need
meeting-help-details-hint = For example, which language.
my-meeting-title = My meeting
my-meeting-intro = Tell { $name } what you want for your review meeting. You can skip any part.
my-meeting-sent = Your wishes are sent
my-meeting-send-again = You can change your wishes and send them again at any time. The newest ones count.
my-meeting-last-sent = What you sent last time

## An advocate writes a child's views with them ($child is the child's first name)

## chunk: child_officer
with-help-link = Write their views with them
## chunk: views_with_help
with-help-title = { $child }'s views, written with { $child }
with-help-intro = Write what { $child } wants { $name } to know, in { $child }'s words. { $child } can read it and send it in the app. If { $child } agreed to it with you in person, you can send it.
with-help-send = { $child } agreed to this in person – send it
with-help-sent = { $child }'s views are sent
with-help-sent-before = Sent before

## An adult's view of a child: links to the review pages

## chunk: child_officer
child-link-review = The next review: booking and what has arrived
child-link-carer = Your contribution to the next review

## Who someone is, after their name: "Jordan Lee (advocate)"
# $role is child, carer, advocate, reviewing_officer, social_worker or manager.

## chunk: carer_contribution contribution next_review
adult-person-with-role = { $name } ({ $role ->
    [child] child
    [carer] carer
    [advocate] advocate
    [reviewing_officer] { $officer }
    [social_worker] social worker
   *[manager] manager
})

## The officer's page for a child's next review

## chunk: next_review
review-title = { $child }'s next review
review-must-happen-by = It must happen by { $date }.
review-booked-heading = Booked review
## chunk: carer_contribution contribution next_review
review-booked-on = { $date } at { $time }
review-booked-on-no-time = { $date }
review-online = Online
review-where = Where: { $place }
## chunk: next_review
review-working-days = { $days ->
    [0] That is today.
    [one] That is 1 working day away.
   *[other] That is { $days } working days away.
}
review-late-title = This review is late
review-late = It is booked for after { $date }, the date it must happen by. The booking is saved. Book an earlier date if you can.
review-booked-notice = The review is booked.
review-held-notice = The review is recorded as held.
review-held-button = Record as held
review-held-hint = Do this once the review has taken place.
review-not-held-yet = You can record a review as held on its day or after it.
review-already-booked = { $child } already has a review booked. Record it as held first.
review-book-heading = Book the review
review-book-date = Date
review-book-date-hint = For example, { $example }
review-book-day = Day
review-book-month = Month
review-book-year = Year
review-book-time = Time
review-book-time-hint = Use the 24-hour clock, for example 14:30
review-book-place = Where will it be?
review-book-in-person = In person
review-book-online = Online
review-book-place-name = Place
review-book-place-hint = For example, { $child }'s school, room 4
review-book-button = Book review
review-error-date-required = Enter the date of the review
review-error-date-real = Enter a real date
review-error-in-the-past = The date must be today or in the future
review-error-time-required = Enter the time of the review
review-error-not-a-time = Enter a time like 14:30
review-error-place-kind = Choose in person or online
review-error-place-required = Enter where the review will be
review-error-too-long = This must be { $max } characters or fewer
review-held-list = Reviews held: { $count }
review-arrived-heading = What has arrived for this review
review-nothing-arrived = Nothing has arrived yet.
review-no-carer-yet = No carer contribution yet
review-no-carer-yet-detail = The review is 10 working days away or less.

## Contributions, as lists and pages show them

## chunk: carer_contribution contribution next_review
contribution-kind-my-views = { $child }'s views
contribution-kind-my-meeting = { $child }'s wishes for the meeting
contribution-kind-carer = Carer's contribution
contribution-from = From { $person }
contribution-sent-on = Sent on { $date }
contribution-helped-by = Written with help from { $person }
contribution-agreed-in-person = { $child } agreed to it in person.
contribution-agreed-in-app = { $child } confirmed it in { -service }.
contribution-read-on = { $name } read this on { $date }
contribution-cannot-read = You can see that this has arrived, but not what it says.
contribution-readers-one = Only { $person } can read this.
contribution-readers-many = These people can read this:
contribution-additions = Added later
contribution-added-on = Added on { $date }
contribution-attachments = Files
contribution-attachment = { $name } ({ $kind }, { $size })
contribution-nothing-written = Nothing written
contribution-back = Back to { $child }'s next review

file-kind-pdf = PDF
file-kind-docx = Word document
file-kind-jpeg = JPEG image
file-kind-png = PNG image
file-size-kb = { $kb } KB
file-size-mb = { $mb } MB

adult-views-going-well = What is going well
adult-views-not-going-well = What is not going well
adult-views-want-to-change = What { $child } wants to change
adult-views-anything-else = Anything else

## The child's wishes for the meeting, as adults read them

wishes-heading = { $child }'s wishes for the meeting
wishes-none = { $child } has not sent wishes for the meeting yet.
wishes-come = Wants to come
wishes-chair = Wants to chair it
wishes-who = Who { $child } wants there
wishes-not-there = Anyone { $child } does not want there for some of it
wishes-help = Help needed
wishes-help-details = About the help
wishes-yes = Yes
wishes-no = No
wishes-not-sure = Not sure
wishes-chair-no = No
wishes-chair-with-help = Yes, with help
wishes-chair-on-own = Yes, on their own
wishes-interpreter = An interpreter
wishes-communication = Help with communication
wishes-advocate = An advocate
wishes-no-help = None
wishes-not-said = Not said

## The carer's contribution

## chunk: carer_contribution
carer-title = Your contribution to { $child }'s review
carer-intro = Tell the { $officer } how things are going for { $child }. You can attach reports or letters too.
carer-review-on = The review is on { $date }.
carer-review-by = The review must happen by { $date }.
## chunk: carer_contribution contribution
adult-carer-text = What you want to say
## chunk: carer_contribution
carer-text-hint = Your words save as you type.
carer-count = { $left ->
    [one] You have 1 character left
   *[other] You have { $left } characters left
}
carer-count-over = { $over ->
    [one] You have 1 character too many
   *[other] You have { $over } characters too many
}
carer-saved = Saved
carer-not-saved = Not saved yet, trying again
carer-files = Files
carer-files-hint = PDF, Word (docx), JPEG or PNG, up to { $mb } MB each.
carer-choose-file = Choose a file to attach
carer-upload-button = Attach file
carer-progress = Sending { $name }
carer-progress-percent = { $percent }% sent
carer-uploaded = { $name } is attached.
carer-no-files = No files attached yet.
# A file attached on an earlier visit, whose name this page does not know.
carer-earlier-file = A file you attached earlier
carer-retry = Try sending the file again
carer-remove = Remove { $name }
carer-readers = You, { $child }'s { $officer } and { $child }'s social worker can read this.
carer-send = Send to the { $officer }
carer-sent-title = Sent
carer-sent-body = The { $officer } will read it before the review.
carer-sent-heading = What you sent
carer-error-nothing = Write something or attach a file before you send
carer-error-too-long = Your words must be { $max } characters or fewer
carer-file-too-big = This file is too big. Files must be { $mb } MB or smaller.
carer-file-empty = This file is empty. Choose another file.
carer-file-wrong-type = This file is not a PDF, Word document, JPEG or PNG.
carer-file-failed = The file did not send. Check you are online and try again.
carer-file-choose = Choose a file first

## chunk: first
# More big buttons on a child's home.
home-extra-review = I want an extra review
home-my-requests = My requests

## chunk: caseload
caseload-requests-link = Requests from children

## chunk: pages requests_list request_decision
# Asking for an extra review: the quick reasons a child can tick, and when they would like it.
extra-review-reason-plan-changed = My plan changed
extra-review-reason-want-to-move = I want to move
extra-review-reason-wrong-where-i-live = Something is wrong where I live
extra-review-when-soon = As soon as possible
extra-review-when-weeks = In the next few weeks
extra-review-when-dont-mind = I don't mind
# $name is the reviewing officer's first name (or "your CISRO"); $date as "5 January 2027".
extra-review-answer-by = { $name } will answer by { $date }.
extra-review-error-why = Tell { $name } why you want an extra review, or tick a reason
extra-review-error-why-long = What you wrote is too long. It can be up to { $max } characters.
extra-review-error-when = Choose when you would like the review
requests-kind-extra-review = extra review
requests-kind-advocate = advocate
requests-state-waiting = Waiting for an answer
requests-state-agreed = Agreed
requests-state-declined = Said no
requests-state-advocate = Advocate found
# One step of a request, with its date. $viewer is "self" when the child reads it.
# $child is the child's first name, $name the first name of whoever took the step.
request-step = { $step ->
    [asked] { $viewer ->
        [self] You asked on { $date }
       *[other] { $child } asked on { $date }
    }
    [read] { $name } read it on { $date }
    [agreed] { $name } agreed on { $date }
    [declined] { $name } said no on { $date }
    [corrected] { $name } changed the answer on { $date }
    [advocate] An advocate was found on { $date }
    [booked] The review was booked on { $date }
   *[other] { $date }
}
decide-error-outcome = Choose whether you agree to { $child }'s request
decide-error-direction = Write your direction to the team
decide-error-reasons = Write your reasons. { $child } will read them, word for word.
decide-error-too-long = This is too long. It can be up to { $max } characters.

## chunk: pages
extra-review-title = I want an extra review
extra-review-intro = You can ask { $name } for an extra review at any time. { $name } will think about it carefully and tell you the answer.
extra-review-continue = Continue
extra-review-reasons-legend = Why do you want an extra review?
extra-review-reasons-hint = Tick any that are true, or write it in your own words below.
extra-review-why = Tell us more (optional)
extra-review-why-hint = Say it in your own words.
extra-review-when = When would you like it?
extra-review-no-reasons = You did not tick any.
extra-review-who-reads = { $name } will read this. Your social worker and the manager of the reviewing team can read it too. Your carer cannot.
extra-review-send = Send my request
extra-review-change = Change what I wrote
extra-review-sent = Your request is sent
extra-review-what-next = If { $name } says yes, your review will be arranged. If { $name } says no, { $name } will tell you why in writing.
extra-review-see-later = See your request and its answer in My requests

## chunk: pages request_decision
# A decision as the child reads it. $name is the officer's first name.
my-requests-agreed = { $name } agreed. Your review will be arranged.
my-requests-booked = Your extra review is on { $date }.
my-requests-declined = { $name } said no. These are { $name }'s reasons, word for word:
my-requests-next-title = What you can do next
my-requests-next-advocate = You can talk to an advocate. An advocate is on your side, and it is free.
my-requests-your-advocate = Your advocate is { $name }.
my-requests-next-complain = If you think the answer is wrong, you can make a complaint. Any adult you trust can help you do it, like your social worker or your advocate.
my-requests-complain-ask = You can also ask { $name } how to make a complaint.
my-requests-steps = What happened

## chunk: pages
my-requests-title = My requests
my-requests-none = You have not asked for anything yet.
my-requests-extra-review = You asked for an extra review
my-requests-advocate = You asked for an advocate
my-requests-what-you-asked = What you asked

## chunk: requests_list request_decision
requests-asked-on = Asked on
requests-answer-by = Answer by

## chunk: requests_list
requests-title = Requests from children
requests-none = There are no requests.
# $kind is "extra review" or "advocate".
requests-card-title = { $child }: { $kind }
requests-state = Where it is

## chunk: request_decision
# $child is the child's first name.
decide-title = { $child }'s request for an extra review
decide-child-words = In { $child }'s words
decide-nothing-written = { $child } did not write anything more.
decide-when = When: { $when }
decide-advocate-request = { $child } asked for an advocate.
decide-waiting = Not answered yet. The answer is due by { $date }.
decide-copy-title = Your copy of the decision
decide-decision-title = The decision
# $name is who decided, in full.
decide-agreed-by = { $name } agreed on { $date }.
decide-declined-by = { $name } said no on { $date }.
decide-direction-label = Your direction to the team
decide-direction-hint = Say what the team must arrange. Then book the review.
decide-reasons-shown = The reasons, as { $child } reads them
decide-booked = { $child }'s extra review is booked for { $date }.
decide-book-link = Book { $child }'s review
decide-form-title = Your decision
decide-legend = Do you agree to an extra review?
decide-agree = Yes, { $child } will have an extra review
decide-decline = No, and I will give my reasons
decide-reasons-label = Your reasons
decide-reasons-hint = { $child } will read these word for word, and the social worker gets a copy. Write them for { $child }.
decide-preview-title = How { $child } will see it
decide-who-reads = { $child } will see your answer. If you say no, { $child }'s social worker gets a copy.
decide-send = Send my decision
decide-sent = Your decision is sent.
decide-error-already = Someone has already decided this request. Their decision is shown below. What you wrote is still here.
decide-error-offline = We could not send your decision. Check you are online and try again. What you wrote is kept.
decide-error-not-allowed = Only the officer for { $child } or a manager can decide this request.
# Correcting a decision adds a new one; the old one stays on record.
decide-correct-button = Correct this decision
decide-correcting = You are correcting the decision above. It stays on record, and your new decision is the one that counts from now on.
decide-keep = Keep the decision as it is
decide-corrects = This corrects the earlier decision made on { $date }.

## chunk: first
# "I don't feel safe": one tap away for a child on every page, and on the
# sign-in pages. Its page must work even when nothing else does, so its words
# are in the first view. The phone numbers are real UK helplines: keep them
# exactly as they are in every language.

unsafe-button = I don't feel safe
## chunk: pages
unsafe-title = I don't feel safe
unsafe-sending = We are telling your { $officer }, your social worker and a manager now…
unsafe-sent = We have told your { $officer }, your social worker and a manager. They know it is urgent and will get in touch with you as soon as they can.
unsafe-not-sent = We could not tell them. Please call one of the numbers above now.
unsafe-not-sent-signed-out = You are signed out, so we could not tell them. Please call one of the numbers above now.
unsafe-try-again = Try telling them again
unsafe-intro = You can call these numbers at any time. When you are signed in, you can also tell your { $officer }, your social worker and a manager from this page.
unsafe-tell-heading = Tell your adults
unsafe-tell-intro = We will tell your { $officer }, your social worker and a manager straight away. They will know it is urgent.
# The optional box: it never stops the child from sending.
unsafe-what-label = What is happening? You don't have to say.
unsafe-tell-button = Tell my adults now
# Above the child's own words, shown back to them after sending.
unsafe-you-wrote = What you told them
unsafe-danger-heading = If you are in danger now
unsafe-danger = Call 999, or Childline on { $childline }. It is free.
unsafe-call-999 = Call 999
unsafe-call-childline = Call Childline: { $number }
unsafe-childline-hint = Free, day or night. For anyone under 19.
unsafe-talk-heading = Someone to talk to
unsafe-call-coram = Call Coram Voice: { $number }
unsafe-coram-hint = Free. They help children in care to be heard.

## chunk: first
# The link in the header to "What's new", with how many things are new.
updates-link = What's new
updates-new = { $count } new
# A child's home: asking for an advocate, and the advocate they have.
home-advocate = I want an advocate
advocate-heading = { $viewer ->
    [self] Your advocate
   *[other] { $child }'s advocate
}

## chunk: caseload
# Urgent alerts at the top of an adult's list: a child pressed "I don't feel safe".

alerts-title = Urgent: { $count ->
    [one] a child does not feel safe
   *[other] { $count } children do not feel safe
}
alert-line = Urgent: { $child } pressed 'I don't feel safe' on { $date } at { $time }.
alert-act = Get in touch with them now.
# Above what the child wrote with the alert, shown unchanged.
alert-said = { $child } wrote:
alert-open = See { $child }'s page
advocacy-link = Children waiting for an advocate

## chunk: whats_new
# "What's new": what changed since the last visit. $child is the child's first
# name; $viewer is "self" when a child reads about themselves.

updates-title = What's new
updates-none = Nothing has changed yet. When something does, it will be here.
updates-all-seen = You have seen everything here.
update-new = New
update-urgent = Urgent
update-when = { $date } at { $time }
update-request-arrived = { $child } asked for something.
update-request-agreed = { $viewer ->
    [self] Your { $officer } said yes to what you asked.
   *[other] { $child }'s request was agreed.
}
update-request-declined = { $viewer ->
    [self] Your { $officer } answered what you asked. You can see why.
   *[other] { $child }'s request was turned down.
}
update-decision-copy = { $child }'s request was turned down. Your copy of the reasons is here.
update-decision-corrected = { $viewer ->
    [self] An answer to what you asked was changed.
   *[other] An answer to { $child }'s request was changed.
}
update-advocate-suggested = { $viewer ->
    [self] Someone thinks an advocate could help you.
   *[other] Someone suggested an advocate for { $child }.
}
update-referral-answered = { $child } answered your suggestion of an advocate.
update-advocate-allocated = { $viewer ->
    [self] You have an advocate now.
   *[other] { $child } has an advocate now.
}
update-review-booked = { $viewer ->
    [self] Your extra review has a date.
   *[other] { $child }'s extra review has a date.
}
update-unsafe-alert = Urgent: { $child } pressed 'I don't feel safe'.

## chunk: ask_advocate
# A child asks for an advocate: what about (optional), how to contact them, check, send.

advocate-what = An advocate is someone on your side. They help you say what you think and make sure adults listen. It is free, and what you tell them stays private unless someone is at risk.
advocate-about-label = What would you like help with? (optional)
advocate-about-hint = You do not have to say. You can write up to { $max } characters.
advocate-about-too-long = What you wrote is too long. It can be up to { $max } characters.
advocate-continue = Continue
advocate-back = Back
advocate-contact-legend = How would you like the advocate to contact you?
contact-by-in-person = Come and see me where I live
contact-by-phone = Phone me
contact-by-text = Send me a text message
contact-by-email = Email me
contact-by-officer = Through my { $officer }
advocate-contact-missing = Choose how you would like the advocate to contact you.
advocate-phone-label = Your phone number
advocate-email-label = Your email address
advocate-phone-missing = Write the phone number to use, or choose another way.
advocate-email-missing = Write the email address to use, or choose another way.
advocate-check-title = Check your answers
advocate-check-about = What you want help with
advocate-check-contact = How to contact you
advocate-check-none = You did not say.
advocate-change = Change
advocate-change-about = Change what you want help with
advocate-change-contact = Change how to contact you
advocate-who-reads = The advocacy service, your { $officer } and a manager can read this.
advocate-send = Send
advocate-sending = Sending…
advocate-sent-title = You asked for an advocate
advocate-sent-next = The advocacy service will choose an advocate for you and get in touch the way you asked. When they do, your home page will show their name and how to reach them.
advocate-sent-home = Go to my home page
advocate-send-offline = We could not send this. Check you are online and try again. Your answers are kept.
advocate-send-failed = Something went wrong on our side. Try again in a few minutes. Your answers are kept.
advocate-send-signed-out = You are signed out. Sign in again, then ask again.

## chunk: advocate_offer
# On a child's home, when an adult suggested an advocate. $name is that adult's name.

advocate-offer-question = { $name } thinks an advocate could help you. Do you want one?
advocate-offer-what = An advocate is someone on your side who helps you say what you want. It is free. It is up to you.
advocate-offer-yes = Yes, I want an advocate
advocate-offer-no = No, thank you
advocate-offer-said-yes = Thank you. The advocacy service will choose an advocate for you. Your home page will show who they are.
advocate-offer-said-no = That is fine. You can ask for an advocate any time from your home page.
advocate-offer-failed = We could not send your answer. Check you are online and try again.

## chunk: child_officer
# An adult suggests an advocate for a child. Only the child can say yes.

suggest-advocate = Suggest an advocate
suggest-advocate-hint = { $child } will be asked if they want an advocate. Nothing happens unless they say yes.
suggest-advocate-sent = Done. { $child } will be asked on their home page if they want an advocate.
suggest-advocate-asked-recently = { $child } said no on { $date }; you can ask again from { $from }.
suggest-advocate-asked-recently-undated = { $child } said no recently; you can ask again from { $from }.
suggest-advocate-failed = That did not work. Check you are online and try again.
suggest-advocate-not-allowed = You cannot suggest an advocate for { $child }.

## chunk: advocacy
# The advocacy service: children who asked for an advocate and are waiting for one.

advocacy-title = Children waiting for an advocate
advocacy-none = Nobody is waiting for an advocate.
advocacy-asked = { $child } asked on { $date }.
advocacy-overdue = Waiting too long: an answer was due by { $date }.
advocacy-take = Take this on for { $child }
advocacy-taken = You are now { $child }'s advocate.
advocacy-manager-note = An advocate takes a request on from this list.
advocacy-failed = That did not work. Try again in a few minutes.
advocacy-already-taken = Someone else has already taken this on.

## chunk: first
# Links to the rights pages (/rights), on the sign-in pages and a child's home.
rights-link = Know your rights
# "Read this to me": the browser reads a part of the page aloud.
read-aloud = Read this to me
read-aloud-stop = Stop reading
read-aloud-no-voice = This browser has no voice for this language, so it cannot read this aloud.

## chunk: pages
# Shown in a translation that no native speaker has checked yet.
translation-unchecked = This translation has not been checked by a native speaker yet.
rights-english-too = Show this in English too
rights-in-english = In English
