# Status: not yet checked by a native speaker. Machine-assisted draft translation, 2026-11-23.
# Language: Welsh (Cymraeg). Children are addressed as "ti"; staff-only pages use "chi".
# $officer is the council's name for the reviewing officer, for example "CISRO" or "IRO".

## chunk: first
-service = My Say

## Whole app

service-name = { -service }
noscript = Mae angen JavaScript ar { -service }. Tro fe ymlaen yng ngosodiadau dy borwr, yna ail-lwytha'r dudalen hon.
document-title = { $page } – { -service }
document-title-error = Gwall: { $page } – { -service }
skip-link = Neidio i'r prif gynnwys
nav-label = Prif ddewislen
header-signed-in-as = Wedi mewngofnodi fel { $name }
sign-out = Allgofnodi
quick-exit = Gadael y dudalen hon
quick-exit-hint = Neu pwysa Shift 3 gwaith.
quick-exit-note = Mae'r botwm 'Gadael y dudalen hon' yn mynd â ti i wefan arall yn syth ac yn dy allgofnodi. Dydy e ddim yn dileu hanes dy borwr.
quick-exit-note-dismiss = Iawn, dw i'n deall
loading = Wrthi'n llwytho…
language-name = Cymraeg
translation-unchecked = Dydy siaradwr Cymraeg iaith gyntaf ddim wedi gwirio'r cyfieithiad hwn eto.
language-menu = Iaith
language-choose = Newid
officer-title-fallback = swyddog adolygu

## Signing out after a time without use

time-out-title = Wyt ti'n dal yna?
time-out-minutes = Er mwyn dy gadw'n ddiogel, byddwn ni'n dy allgofnodi mewn { $minutes ->
    [one] 1 munud
    [two] 2 funud
   *[other] { $minutes } munud
}.
time-out-seconds = Er mwyn dy gadw'n ddiogel, byddwn ni'n dy allgofnodi mewn { $seconds ->
    [one] 1 eiliad
   *[other] { $seconds } eiliad
}.
time-out-stay = Aros wedi mewngofnodi
signed-out-timed-out = Fe wnaethon ni dy allgofnodi i gadw dy wybodaeth yn ddiogel. Mewngofnoda eto i barhau.

## Dates, written as "5 Ionawr 2027"

date = { $day } { $month } { $year }
month-january = Ionawr
month-february = Chwefror
month-march = Mawrth
month-april = Ebrill
month-may = Mai
month-june = Mehefin
month-july = Gorffennaf
month-august = Awst
month-september = Medi
month-october = Hydref
month-november = Tachwedd
month-december = Rhagfyr

## Form parts

show = Dangos
hide = Cuddio
show-passphrase = Dangos y cyfrinymadrodd
hide-passphrase = Cuddio'r cyfrinymadrodd
show-password = Dangos y cyfrinair
hide-password = Cuddio'r cyfrinair
passphrase-shown = Mae dy gyfrinymadrodd i'w weld
passphrase-hidden = Mae dy gyfrinymadrodd wedi'i guddio
password-shown = Mae eich cyfrinair i'w weld
password-hidden = Mae eich cyfrinair wedi'i guddio
error-summary-title = Mae problem
error-prefix = Gwall:
## chunk: activate carer_contribution contribution pages next_review staff_sign_in views_with_help request_decision requests_list
back = Yn ôl

## Child sign-in

## chunk: first
sign-in-title = Mewngofnodi i { -service }
sign-in-username = Enw defnyddiwr
sign-in-passphrase = Cyfrinymadrodd
sign-in-button = Mewngofnodi
sign-in-first-time = Y tro cyntaf? Defnyddia dy god
sign-in-staff-link = Mewngofnodi fel oedolyn sy'n gweithio gyda phlant

## Staff sign-in

## chunk: staff_sign_in
staff-sign-in-title = Mewngofnodi i staff a gofalwyr
staff-sign-in-email = Cyfeiriad e-bost
staff-sign-in-password = Cyfrinair
staff-sign-in-button = Mewngofnodi

## First sign-in with a code

## chunk: activate
activate-title = Dewis dy gyfrinymadrodd
activate-intro = Rhoddodd dy { $officer } enw defnyddiwr a chod i ti. Defnyddia nhw i ddewis dy gyfrinymadrodd dy hun.
activate-username = Enw defnyddiwr
activate-code = Cod gan dy { $officer }
activate-code-hint = Mae ar y llythyr neu'r neges gan dy { $officer }.
activate-passphrase = Dewisa gyfrinymadrodd
activate-passphrase-hint = Defnyddia o leiaf { $min } nod. Mae ychydig o eiriau rwyt ti'n gallu eu cofio yn gweithio'n dda.
activate-button = Parhau

## Form errors

## chunk: first
error-wrong-details-child = Dydy'r enw defnyddiwr neu'r cyfrinymadrodd ddim yn iawn. Gwiria nhw a rho gynnig arall arni. Os nad wyt ti wedi dewis cyfrinymadrodd eto, defnyddia'r cod gan dy { $officer }.
error-wrong-details-staff = Dydy'r cyfeiriad e-bost neu'r cyfrinair ddim yn iawn. Gwiriwch nhw a rhowch gynnig arall arni.
error-needs-activation = Dwyt ti ddim wedi dewis cyfrinymadrodd eto. Defnyddia'r cod gan dy { $officer } i ddewis un.
error-bad-code = Dydy'r cod ddim yn iawn, neu mae'n rhy hen. Gwiria fe, neu gofyn i dy { $officer } am un newydd.
error-too-many-tries-child = { $minutes ->
    [one] Gormod o gynigion. Aros 1 munud neu gofyn i dy { $officer }.
    [two] Gormod o gynigion. Aros 2 funud neu gofyn i dy { $officer }.
   *[other] Gormod o gynigion. Aros { $minutes } munud neu gofyn i dy { $officer }.
}
error-too-many-tries-staff = { $minutes ->
    [one] Gormod o gynigion. Arhoswch 1 munud a rhowch gynnig arall arni.
    [two] Gormod o gynigion. Arhoswch 2 funud a rhowch gynnig arall arni.
   *[other] Gormod o gynigion. Arhoswch { $minutes } munud a rhowch gynnig arall arni.
}
error-network = Doedden ni ddim yn gallu cyrraedd { -service }. Gwiria dy fod ar-lein a rho gynnig arall arni.
error-server = Aeth rhywbeth o'i le ar ein hochr ni. Rho gynnig arall arni mewn ychydig funudau.
error-form-expired = Roedd y dudalen hon ar agor am amser hir, felly doedden ni ddim yn gallu derbyn yr hyn a anfonaist. Rho gynnig arall arni nawr.
error-enter-username = Rho dy enw defnyddiwr
error-enter-passphrase = Rho dy gyfrinymadrodd
error-choose-passphrase = Dewisa gyfrinymadrodd
error-passphrase-too-short = Rhaid i dy gyfrinymadrodd fod yn { $min } nod o leiaf
error-passphrase-too-weak = Byddai'n hawdd i rywun ddyfalu'r cyfrinymadrodd yna. Rho gynnig ar dri neu bedwar gair sydd ddim fel arfer yn mynd gyda'i gilydd, fel lliw, anifail a lle.
error-too-long = Rhaid i hwn fod yn { $max } nod neu lai
error-busy = Mae llawer o bobl yn mewngofnodi ar hyn o bryd. Aros funud a rho gynnig arall arni.
error-enter-code = Rho'r cod gan dy { $officer }
error-enter-email = Rhowch eich cyfeiriad e-bost
error-enter-password = Rhowch eich cyfrinair
error-check-field = Gwiria hwn a rho gynnig arall arni

## A child's reviewing officer
# $viewer is "self" when the child is reading about themselves, "other" for an adult.
# $child is the child's first name. Welsh puts the owner after: "{ $officer } { $child }" = "Sam's IRO".

officer-title = { $viewer ->
    [self] Dy { $officer }
   *[other] { $officer } { $child }
}
officer-email = E-bost { $email }
officer-phone = Ffôn { $phone }
officer-since = { $viewer ->
    [self] Dy { $officer } ers { $date }
   *[other] { $officer } { $child } ers { $date }
}
sibling-same = { $viewer ->
    [self] Mae gan { $sibling } yr un { $officer } â ti.
   *[other] Mae gan { $sibling } yr un { $officer } â { $child }.
}
sibling-different = Mae gan { $sibling } { $officer } gwahanol.
no-officer = { $viewer ->
    [self] Does gen ti ddim { $officer } eto. Rydyn ni'n chwilio am un i ti.
   *[other] Does gan { $child } ddim { $officer } eto.
}
ask-social-worker = { $viewer ->
    [self] Gelli di ofyn i dy weithiwr cymdeithasol, { $name }.
   *[other] { $name } yw gweithiwr cymdeithasol { $child }.
}
reviews-heading = { $viewer ->
    [self] Dy adolygiadau
   *[other] Adolygiadau { $child }
}
review-explained = Cyfarfod amdanat ti a dy gynllun yw dy adolygiad.
last-review = { $viewer ->
    [self] Roedd dy adolygiad diwethaf ar { $date }.
   *[other] Roedd adolygiad diwethaf { $child } ar { $date }.
}
no-review-yet = { $viewer ->
    [self] Dwyt ti ddim wedi cael adolygiad eto.
   *[other] Dydy { $child } ddim wedi cael adolygiad eto.
}
next-review-due = { $viewer ->
    [self] Rhaid i dy adolygiad nesaf ddigwydd erbyn { $date }.
   *[other] Rhaid i adolygiad nesaf { $child } ddigwydd erbyn { $date }.
}
next-review-scheduled = { $viewer ->
    [self] Mae dy adolygiad nesaf ar { $date }.
   *[other] Mae adolygiad nesaf { $child } ar { $date }.
}
next-review-booked = { $viewer ->
    [self] { $kind ->
        [online] Mae dy adolygiad nesaf ar { $date } am { $time }. Bydd ar-lein.
        [in_person] Mae dy adolygiad nesaf ar { $date } am { $time }, yn { $place }.
       *[unknown] Mae dy adolygiad nesaf ar { $date } am { $time }.
    }
   *[other] { $kind ->
        [online] Mae adolygiad nesaf { $child } ar { $date } am { $time }. Bydd ar-lein.
        [in_person] Mae adolygiad nesaf { $child } ar { $date } am { $time }, yn { $place }.
       *[unknown] Mae adolygiad nesaf { $child } ar { $date } am { $time }.
    }
}
home-tell = Dywed wrth { $name } beth rwyt ti'n ei feddwl
home-my-meeting = Fy nghyfarfod
your-officer = dy { $officer }

## Adults: the children they work with

## chunk: caseload request_decision requests_list
caseload-title-mine = Eich plant
caseload-title-all = Pob plentyn
caseload-title-social-worker = Plant rydych chi'n weithiwr cymdeithasol iddyn nhw
caseload-empty = Does dim plant ar eich rhestr eto.
caseload-age = Oed
caseload-home = Ble maen nhw'n byw
caseload-officer = { $officer }
caseload-no-officer = Neb eto
caseload-last-review = Adolygiad diwethaf
caseload-no-review = Dim eto
caseload-next-review = Adolygiad nesaf erbyn
overdue = Yn hwyr
without-officer-title = Plant heb { $officer }
without-officer-none = Mae gan bob plentyn { $officer }.
without-officer-days = { $days ->
    [one] 1 diwrnod gwaith mewn gofal heb { $officer }
    [two] 2 ddiwrnod gwaith mewn gofal heb { $officer }
   *[other] { $days } diwrnod gwaith mewn gofal heb { $officer }
}
in-care-since = Mewn gofal ers { $date }

placement-foster = Gyda gofalwyr maeth
placement-kinship = Gyda theulu neu ffrindiau
placement-residential = Mewn cartref plant
placement-secure = Mewn cartref diogel
placement-adoptive = Gyda theulu sy'n bwriadu mabwysiadu
placement-short-breaks = Seibiannau byr
placement-independent = Byw'n annibynnol gyda chymorth
placement-other = Rhywle arall

## Pages for problems

## chunk: carer_contribution not_allowed
not-allowed-title = Dwyt ti ddim yn gallu gweld y dudalen hon
not-allowed-body = Dydy dy gyfrif ddim yn gadael i ti weld y dudalen hon.
## chunk: carer_contribution child_officer contribution next_review not_found views_with_help request_decision
not-found-title = Heb ddod o hyd i'r dudalen
not-found-body = Gwiria fod y cyfeiriad gwe yn gywir.
## chunk: carer_contribution child_officer contribution pages next_review not_allowed not_found views_with_help request_decision
go-home = Mynd i dy dudalen gartref
## chunk: first
load-failed-title = Mae'n ddrwg gennym, wnaeth y dudalen hon ddim llwytho
load-failed-body = Gwiria dy fod ar-lein a rho gynnig arall arni.
try-again = Rho gynnig arall arni

## Writing for a review: "My views" and "My meeting"
# $name is the reviewing officer's name (or "dy CISRO" when there is none yet).

## chunk: pages views_with_help
optional = { $label } (dewisol)
draft-explained = Mae beth rwyt ti'n ei ysgrifennu yn cael ei gadw wrth i ti fynd. Does neb arall yn ei weld nes i ti ei anfon.
draft-saved = Wedi'i gadw
save-draft = Cadw fy nrafft
draft-explained-save = Pwysa “Cadw fy nrafft” i gadw beth rwyt ti'n ei ysgrifennu a'i orffen wedyn. Does neb arall yn ei weld nes i ti ei anfon.
draft-retrying = Heb ei gadw eto, yn trio eto
## chunk: carer_contribution pages views_with_help
draft-too-long = Heb ei gadw eto: mae un ateb yn rhy hir. Gwna fe'n fyrrach a bydd yn cael ei gadw.
## chunk: pages views_with_help request_decision
count-limit = Gelli di ysgrifennu hyd at { $max } nod.
count-left = { $left ->
    [one] Mae gen ti 1 nod ar ôl
   *[other] Mae gen ti { $left } nod ar ôl
}
count-over = { $over ->
    [one] Mae gen ti 1 nod yn ormod
   *[other] Mae gen ti { $over } nod yn ormod
}
check-and-send = Gwirio ac anfon
check-title = Gwiria beth rwyt ti'n ei anfon
check-change = Newid
check-skipped = Wnest ti ddim ysgrifennu dim byd yma.
send-button = Anfon
send-wishes-button = Anfon fy nymuniadau
sending = Wrthi'n anfon…
share-legend = Pwy arall sy'n gallu darllen hwn? (dewisol)
share-hint = Mae { $name } yn gallu ei ddarllen bob amser. Gelli di adael i bobl eraill ei ddarllen hefyd.
share-social-worker = Dy weithiwr cymdeithasol
share-carer = Dy ofalwr
share-advocate = Dy eiriolwr
who-can-read-title = Pwy sy'n gallu darllen hwn
who-can-read-only = Dim ond { $name } sy'n gallu darllen hwn.
who-can-read-these = Mae'r bobl hyn yn gallu darllen hwn:
person-with-role = { $name } ({ $role })
role-carer = gofalwr
role-advocate = eiriolwr
role-social-worker = gweithiwr cymdeithasol
role-manager = rheolwr
role-child = ti
read-receipt = Darllenodd { $name } hwn ar { $date }
not-read-yet = Does neb wedi darllen hwn eto.
helped-by = Wedi'i ysgrifennu gyda help gan { $name } ({ $role })
sent-on = Anfonwyd ar { $date }
added-on = Ychwanegwyd ar { $date }
add-something = Dw i eisiau ychwanegu rhywbeth
add-label = Beth rwyt ti eisiau ei ychwanegu?
add-button = Ychwanegu hwn
what-you-sent = Beth anfonaist ti
sent-before-review = Bydd { $name } yn darllen hwn cyn dy adolygiad ar { $date }.
sent-before-next-review = Bydd { $name } yn darllen hwn cyn dy adolygiad nesaf.
sent-moved = Mae dy adolygiad diwethaf wedi digwydd yn barod, felly bydd hwn yn mynd i dy adolygiad nesaf.
sent-already = Roeddet ti wedi anfon hwn yn barod. Rydyn ni wedi'i gadw unwaith.
sent-see-later = Gelli di ddod yn ôl i'r dudalen hon eto. Mae'n dangos beth anfonaist ti a phwy sydd wedi'i ddarllen.
error-nothing-to-send = Dwyt ti ddim wedi ysgrifennu dim byd eto. Ysgrifenna rywbeth mewn o leiaf un rhan, yna anfona fe.
error-answer-too-long = Mae dy ateb i '{ $question }' yn rhy hir. Gall fod hyd at { $max } nod.
error-answers-too-long = Mae dy atebion yn rhy hir. Gall pob un fod hyd at { $max } nod.
error-send-offline = Doedden ni ddim yn gallu anfon hwn. Gwiria dy fod ar-lein a rho gynnig arall arni. Mae dy eiriau wedi'u cadw.
error-send-not-allowed = Dwyt ti ddim yn gallu anfon hwn o dy gyfrif.
error-add-empty = Ysgrifenna beth rwyt ti eisiau ei ychwanegu
carer-text = Cyfraniad y gofalwr

views-going-well = Beth sy'n mynd yn dda?
views-not-going-well = Beth sydd ddim yn mynd yn dda?
views-want-to-change = Beth rwyt ti eisiau ei newid?
views-anything-else = Oes unrhyw beth arall rwyt ti eisiau i { $name } ei wybod?
my-views-title = Dywed wrth { $name } beth rwyt ti'n ei feddwl
my-views-intro = Cyfarfod amdanat ti a dy gynllun yw dy adolygiad. Ysgrifenna beth rwyt ti eisiau i { $name } ei wybod. Gelli di adael unrhyw ran allan.
my-views-sent = Mae dy farn wedi'i hanfon
# A draft the child's advocate ($name) wrote with them.
helper-draft-title = Ysgrifennodd { $name } hwn gyda ti
helper-draft-hint = Os mai dyma beth rwyt ti eisiau ei ddweud, gelli di ei anfon. Bydd dy eiriau dy hun isod yn aros fel maen nhw.
helper-draft-send = Dyma beth dw i eisiau ei ddweud – anfon e
helped-by-draft = Helpodd { $name } ti i ysgrifennu hwn.

meeting-come = Wyt ti eisiau dod i dy gyfarfod?
meeting-come-yes = Ydw
meeting-come-no = Nac ydw
meeting-come-not-sure = Dw i ddim yn siŵr
meeting-chair = Wyt ti eisiau rhedeg (cadeirio) dy gyfarfod?
meeting-chair-no = Nac ydw
meeting-chair-with-help = Ydw, gyda help
meeting-chair-on-my-own = Ydw, ar fy mhen fy hun
meeting-who = Pwy rwyt ti eisiau iddyn nhw fod yno?
meeting-not-there = Oes unrhyw un dwyt ti ddim eisiau iddyn nhw fod yno am ran o'r cyfarfod?
meeting-not-there-hint = Dywed pwy, a beth rwyt ti eisiau siarad amdano hebddyn nhw. Mae'r rhan hon yn breifat.
meeting-help = Oes angen unrhyw help arnat ti yn dy gyfarfod?
meeting-help-interpreter = Rhywun i gyfieithu (cyfieithydd)
meeting-help-communication = Help i gyfathrebu
meeting-help-advocate = Eiriolwr (rhywun i siarad ar dy ran)
meeting-help-details = Dywed fwy wrthon ni am yr help sydd ei angen arnat ti
meeting-help-details-hint = Er enghraifft, pa iaith.
my-meeting-title = Fy nghyfarfod
my-meeting-intro = Dywed wrth { $name } beth rwyt ti eisiau ar gyfer cyfarfod dy adolygiad. Gelli di adael unrhyw ran allan.
my-meeting-sent = Mae dy ddymuniadau wedi'u hanfon
my-meeting-send-again = Gelli di newid dy ddymuniadau a'u hanfon eto unrhyw bryd. Y rhai mwyaf newydd sy'n cyfrif.
my-meeting-last-sent = Beth anfonaist ti y tro diwethaf

## An advocate writes a child's views with them ($child is the child's first name)

## chunk: child_officer
with-help-link = Ysgrifennu eu barn gyda nhw
## chunk: views_with_help
with-help-title = Barn { $child }, wedi'i hysgrifennu gyda { $child }
with-help-intro = Ysgrifennwch beth mae { $child } eisiau i { $name } ei wybod, yng ngeiriau { $child }. Gall { $child } ei ddarllen a'i anfon yn yr ap. Os cytunodd { $child } iddo gyda chi wyneb yn wyneb, gallwch chi ei anfon.
with-help-send = Cytunodd { $child } i hyn wyneb yn wyneb – ei anfon
with-help-sent = Mae barn { $child } wedi'i hanfon
with-help-sent-before = Anfonwyd o'r blaen

## An adult's view of a child: links to the review pages

## chunk: child_officer
child-link-review = Yr adolygiad nesaf: trefnu a beth sydd wedi cyrraedd
child-link-carer = Eich cyfraniad i'r adolygiad nesaf

## Who someone is, after their name: "Jordan Lee (eiriolwr)"
# $role is child, carer, advocate, reviewing_officer, social_worker or manager.

## chunk: carer_contribution contribution next_review
adult-person-with-role = { $name } ({ $role ->
    [child] plentyn
    [carer] gofalwr
    [advocate] eiriolwr
    [reviewing_officer] { $officer }
    [social_worker] gweithiwr cymdeithasol
   *[manager] rheolwr
})

## The officer's page for a child's next review

## chunk: next_review
review-title = Adolygiad nesaf { $child }
review-must-happen-by = Rhaid iddo ddigwydd erbyn { $date }.
review-booked-heading = Adolygiad wedi'i drefnu
## chunk: carer_contribution contribution next_review
review-booked-on = { $date } am { $time }
review-booked-on-no-time = { $date }
review-online = Ar-lein
review-where = Ble: { $place }
## chunk: next_review
review-working-days = { $days ->
    [0] Mae hynny heddiw.
    [one] Mae hynny 1 diwrnod gwaith i ffwrdd.
    [two] Mae hynny 2 ddiwrnod gwaith i ffwrdd.
   *[other] Mae hynny { $days } diwrnod gwaith i ffwrdd.
}
review-late-title = Mae'r adolygiad hwn yn hwyr
review-late = Mae wedi'i drefnu ar ôl { $date }, sef y dyddiad y mae'n rhaid iddo ddigwydd erbyn. Mae'r trefniant wedi'i gadw. Trefnwch ddyddiad cynharach os gallwch chi.
review-booked-notice = Mae'r adolygiad wedi'i drefnu.
review-held-notice = Mae'r adolygiad wedi'i gofnodi fel un a gynhaliwyd.
review-held-button = Cofnodi ei fod wedi'i gynnal
review-held-hint = Gwnewch hyn ar ôl i'r adolygiad ddigwydd.
review-not-held-yet = Gallwch gofnodi bod adolygiad wedi'i gynnal ar y diwrnod ei hun neu wedyn.
review-already-booked = Mae adolygiad wedi'i drefnu i { $child } yn barod. Cofnodwch ei fod wedi'i gynnal yn gyntaf.
review-book-heading = Trefnu'r adolygiad
review-book-date = Dyddiad
review-book-date-hint = Er enghraifft, { $example }
review-book-day = Diwrnod
review-book-month = Mis
review-book-year = Blwyddyn
review-book-time = Amser
review-book-time-hint = Defnyddiwch y cloc 24 awr, er enghraifft 14:30
review-book-place = Ble bydd yr adolygiad?
review-book-in-person = Wyneb yn wyneb
review-book-online = Ar-lein
review-book-place-name = Lle
review-book-place-hint = Er enghraifft, ysgol { $child }, ystafell 4
review-book-button = Trefnu'r adolygiad
review-error-date-required = Rhowch ddyddiad yr adolygiad
review-error-date-real = Rhowch ddyddiad go iawn
review-error-in-the-past = Rhaid i'r dyddiad fod heddiw neu yn y dyfodol
review-error-time-required = Rhowch amser yr adolygiad
review-error-not-a-time = Rhowch amser fel 14:30
review-error-place-kind = Dewiswch wyneb yn wyneb neu ar-lein
review-error-place-required = Rhowch ble bydd yr adolygiad
review-error-too-long = Rhaid i hwn fod yn { $max } nod neu lai
review-held-list = Adolygiadau a gynhaliwyd: { $count }
review-arrived-heading = Beth sydd wedi cyrraedd ar gyfer yr adolygiad hwn
review-nothing-arrived = Does dim wedi cyrraedd eto.
review-no-carer-yet = Dim cyfraniad gan ofalwr eto
review-no-carer-yet-detail = Mae'r adolygiad 10 diwrnod gwaith i ffwrdd neu lai.

## Contributions, as lists and pages show them

## chunk: carer_contribution contribution next_review
contribution-kind-my-views = Barn { $child }
contribution-kind-my-meeting = Dymuniadau { $child } ar gyfer y cyfarfod
contribution-kind-carer = Cyfraniad y gofalwr
contribution-from = Gan { $person }
contribution-sent-on = Anfonwyd ar { $date }
contribution-helped-by = Wedi'i ysgrifennu gyda help gan { $person }
contribution-agreed-in-person = Cytunodd { $child } iddo wyneb yn wyneb.
contribution-agreed-in-app = Cadarnhaodd { $child } hyn yn { -service }.
contribution-read-on = Darllenodd { $name } hwn ar { $date }
contribution-cannot-read = Gallwch weld bod hwn wedi cyrraedd, ond nid beth mae'n ei ddweud.
contribution-readers-one = Dim ond { $person } sy'n gallu darllen hwn.
contribution-readers-many = Mae'r bobl hyn yn gallu darllen hwn:
contribution-additions = Ychwanegwyd wedyn
contribution-added-on = Ychwanegwyd ar { $date }
contribution-attachments = Ffeiliau
contribution-attachment = { $name } ({ $kind }, { $size })
contribution-nothing-written = Dim wedi'i ysgrifennu
contribution-back = Yn ôl i adolygiad nesaf { $child }

file-kind-pdf = PDF
file-kind-docx = Dogfen Word
file-kind-jpeg = Delwedd JPEG
file-kind-png = Delwedd PNG
file-size-kb = { $kb } KB
file-size-mb = { $mb } MB

adult-views-going-well = Beth sy'n mynd yn dda
adult-views-not-going-well = Beth sydd ddim yn mynd yn dda
adult-views-want-to-change = Beth mae { $child } eisiau ei newid
adult-views-anything-else = Unrhyw beth arall

## The child's wishes for the meeting, as adults read them

wishes-heading = Dymuniadau { $child } ar gyfer y cyfarfod
wishes-none = Dydy { $child } ddim wedi anfon dymuniadau ar gyfer y cyfarfod eto.
wishes-come = Eisiau dod
wishes-chair = Eisiau ei gadeirio
wishes-who = Pwy mae { $child } eisiau iddyn nhw fod yno
wishes-not-there = Unrhyw un dydy { $child } ddim eisiau iddyn nhw fod yno am ran o'r cyfarfod
wishes-help = Help sydd ei angen
wishes-help-details = Am yr help
wishes-yes = Ydy
wishes-no = Nac ydy
wishes-not-sure = Ddim yn siŵr
wishes-chair-no = Nac ydy
wishes-chair-with-help = Ydy, gyda help
wishes-chair-on-own = Ydy, heb help
wishes-interpreter = Cyfieithydd
wishes-communication = Help i gyfathrebu
wishes-advocate = Eiriolwr
wishes-no-help = Dim
wishes-not-said = Heb ddweud

## The carer's contribution

## chunk: carer_contribution
carer-title = Eich cyfraniad i adolygiad { $child }
carer-intro = Dywedwch wrth { $officer } { $child } sut mae pethau'n mynd. Gallwch atodi adroddiadau neu lythyrau hefyd.
carer-review-on = Mae'r adolygiad ar { $date }.
carer-review-by = Rhaid i'r adolygiad ddigwydd erbyn { $date }.
## chunk: carer_contribution contribution
adult-carer-text = Beth rydych chi eisiau ei ddweud
## chunk: carer_contribution
carer-text-hint = Mae eich geiriau'n cael eu cadw wrth i chi deipio.
carer-count = { $left ->
    [one] Mae gennych 1 nod ar ôl
   *[other] Mae gennych { $left } nod ar ôl
}
carer-count-over = { $over ->
    [one] Mae gennych 1 nod yn ormod
   *[other] Mae gennych { $over } nod yn ormod
}
carer-saved = Wedi'i gadw
carer-not-saved = Heb ei gadw eto, yn trio eto
carer-files = Ffeiliau
carer-files-hint = PDF, Word (docx), JPEG neu PNG, hyd at { $mb } MB yr un.
carer-choose-file = Dewiswch ffeil i'w hatodi
carer-upload-button = Atodi ffeil
carer-progress = Yn anfon { $name }
carer-progress-percent = { $percent }% wedi'i anfon
carer-uploaded = Mae { $name } wedi'i atodi.
carer-no-files = Dim ffeiliau wedi'u hatodi eto.
# A file attached on an earlier visit, whose name this page does not know.
carer-earlier-file = Ffeil a atodoch chi o'r blaen
carer-retry = Ceisio anfon y ffeil eto
carer-remove = Tynnu { $name }
carer-readers = Gallwch chi, { $officer } { $child } a gweithiwr cymdeithasol { $child } ddarllen hwn.
carer-send = Anfon at y swyddog ({ $officer })
carer-sent-title = Wedi'i anfon
carer-sent-body = Bydd y swyddog ({ $officer }) yn ei ddarllen cyn yr adolygiad.
carer-sent-heading = Beth anfonoch chi
carer-error-nothing = Ysgrifennwch rywbeth neu atodwch ffeil cyn anfon
carer-error-too-long = Rhaid i'ch geiriau fod yn { $max } nod neu lai
carer-file-too-big = Mae'r ffeil hon yn rhy fawr. Rhaid i ffeiliau fod yn { $mb } MB neu'n llai.
carer-file-empty = Mae'r ffeil hon yn wag. Dewiswch ffeil arall.
carer-file-wrong-type = Dydy'r ffeil hon ddim yn PDF, dogfen Word, JPEG na PNG.
carer-file-failed = Wnaeth y ffeil ddim anfon. Gwiriwch eich bod ar-lein a rhowch gynnig arall arni.
carer-file-choose = Dewiswch ffeil yn gyntaf

## chunk: first
# More big buttons on a child's home.
home-extra-review = Dw i eisiau adolygiad ychwanegol
home-my-requests = Fy ngheisiadau

## chunk: caseload
caseload-requests-link = Ceisiadau gan blant

## chunk: pages requests_list request_decision
extra-review-reason-plan-changed = Mae fy nghynllun wedi newid
extra-review-reason-want-to-move = Dw i eisiau symud
extra-review-reason-wrong-where-i-live = Mae rhywbeth o'i le lle dw i'n byw
extra-review-when-soon = Cyn gynted â phosib
extra-review-when-weeks = Yn yr ychydig wythnosau nesaf
extra-review-when-dont-mind = Does dim ots gen i
# $name is the reviewing officer's first name (or "dy CISRO"); $date as "5 Ionawr 2027".
extra-review-answer-by = Bydd { $name } yn ateb erbyn { $date }.
extra-review-error-why = Dywed wrth { $name } pam rwyt ti eisiau adolygiad ychwanegol, neu ticia reswm
extra-review-error-why-long = Mae beth ysgrifennaist ti yn rhy hir. Gall fod hyd at { $max } nod.
extra-review-error-when = Dewisa pryd hoffet ti gael yr adolygiad
requests-kind-extra-review = adolygiad ychwanegol
requests-kind-advocate = eiriolwr
requests-state-waiting = Yn aros am ateb
requests-state-agreed = Wedi cytuno
requests-state-declined = Wedi dweud na
requests-state-advocate = Wedi dod o hyd i eiriolwr
request-step = { $step ->
    [asked] { $viewer ->
        [self] Gofynnaist ti ar { $date }
       *[other] Gofynnodd { $child } ar { $date }
    }
    [read] Darllenodd { $name } e ar { $date }
    [agreed] Cytunodd { $name } ar { $date }
    [declined] Dywedodd { $name } na ar { $date }
    [corrected] Newidiodd { $name } yr ateb ar { $date }
    [advocate] Cafwyd eiriolwr ar { $date }
    [booked] Trefnwyd yr adolygiad ar { $date }
   *[other] { $date }
}
decide-error-outcome = Dewiswch a ydych chi'n cytuno i gais { $child }
decide-error-direction = Ysgrifennwch eich cyfarwyddyd i'r tîm
decide-error-reasons = Ysgrifennwch eich rhesymau. Bydd { $child } yn eu darllen, air am air.
decide-error-too-long = Mae hwn yn rhy hir. Gall fod hyd at { $max } nod.

## chunk: pages
extra-review-title = Dw i eisiau adolygiad ychwanegol
extra-review-intro = Gelli di ofyn i { $name } am adolygiad ychwanegol unrhyw bryd. Bydd { $name } yn meddwl amdano'n ofalus ac yn rhoi'r ateb i ti.
extra-review-continue = Parhau
extra-review-reasons-legend = Pam rwyt ti eisiau adolygiad ychwanegol?
extra-review-reasons-hint = Ticia unrhyw rai sy'n wir, neu ysgrifenna fe yn dy eiriau dy hun isod.
extra-review-why = Dywed fwy wrthon ni (dewisol)
extra-review-why-hint = Dywed e yn dy eiriau dy hun.
extra-review-when = Pryd hoffet ti ei gael?
extra-review-no-reasons = Wnest ti ddim ticio dim un.
extra-review-who-reads = Bydd { $name } yn darllen hwn. Gall dy weithiwr cymdeithasol a rheolwr y tîm adolygu ei ddarllen hefyd. Dydy dy ofalwr ddim yn gallu.
extra-review-send = Anfon fy nghais
extra-review-change = Newid beth ysgrifennais i
extra-review-sent = Mae dy gais wedi'i anfon
extra-review-what-next = Os bydd { $name } yn dweud ie, bydd dy adolygiad yn cael ei drefnu. Os bydd { $name } yn dweud na, bydd { $name } yn ysgrifennu atat ti i ddweud pam.
extra-review-see-later = Gweld dy gais a'r ateb yn Fy ngheisiadau

## chunk: pages request_decision
# A decision as the child reads it. $name is the officer's first name.
my-requests-agreed = Cytunodd { $name }. Bydd dy adolygiad yn cael ei drefnu.
my-requests-booked = Mae dy adolygiad ychwanegol ar { $date }.
my-requests-declined = Dywedodd { $name } na. Dyma resymau { $name }, air am air:
my-requests-next-title = Beth gelli di ei wneud nesaf
my-requests-next-advocate = Gelli di siarad ag eiriolwr. Mae eiriolwr ar dy ochr di, ac mae am ddim.
my-requests-your-advocate = { $name } yw dy eiriolwr.
my-requests-next-complain = Os wyt ti'n meddwl bod yr ateb yn anghywir, gelli di wneud cwyn. Gall unrhyw oedolyn rwyt ti'n ymddiried ynddo dy helpu, fel dy weithiwr cymdeithasol neu dy eiriolwr.
my-requests-complain-ask = Gelli di hefyd ofyn i { $name } sut i wneud cwyn.
my-requests-steps = Beth ddigwyddodd

## chunk: pages
my-requests-title = Fy ngheisiadau
my-requests-none = Dwyt ti ddim wedi gofyn am ddim byd eto.
my-requests-extra-review = Gofynnaist ti am adolygiad ychwanegol
my-requests-advocate = Gofynnaist ti am eiriolwr
my-requests-what-you-asked = Beth ofynnaist ti

## chunk: requests_list request_decision
requests-asked-on = Gofynnwyd ar
requests-answer-by = Ateb erbyn

## chunk: requests_list
requests-title = Ceisiadau gan blant
requests-none = Does dim ceisiadau.
# $kind is "adolygiad ychwanegol" or "eiriolwr".
requests-card-title = { $child }: { $kind }
requests-state = Sefyllfa

## chunk: request_decision
# $child is the child's first name.
decide-title = Cais { $child } am adolygiad ychwanegol
decide-child-words = Yng ngeiriau { $child }
decide-nothing-written = Wnaeth { $child } ddim ysgrifennu dim byd arall.
decide-when = Pryd: { $when }
decide-advocate-request = Gofynnodd { $child } am eiriolwr.
decide-waiting = Heb ei ateb eto. Mae angen ateb erbyn { $date }.
decide-copy-title = Eich copi o'r penderfyniad
decide-decision-title = Y penderfyniad
# $name is who decided, in full.
decide-agreed-by = Cytunodd { $name } ar { $date }.
decide-declined-by = Dywedodd { $name } na ar { $date }.
decide-direction-label = Eich cyfarwyddyd i'r tîm
decide-direction-hint = Dywedwch beth sy'n rhaid i'r tîm ei drefnu. Yna trefnwch yr adolygiad.
decide-reasons-shown = Y rhesymau, fel mae { $child } yn eu darllen
decide-booked = Mae adolygiad ychwanegol { $child } wedi'i drefnu ar gyfer { $date }.
decide-book-link = Trefnu adolygiad { $child }
decide-form-title = Eich penderfyniad
decide-legend = Ydych chi'n cytuno i adolygiad ychwanegol?
decide-agree = Ydw, bydd { $child } yn cael adolygiad ychwanegol
decide-decline = Nac ydw, a bydda i'n rhoi fy rhesymau
decide-reasons-label = Eich rhesymau
decide-reasons-hint = Bydd { $child } yn darllen y rhain air am air, a bydd y gweithiwr cymdeithasol yn cael copi. Ysgrifennwch nhw ar gyfer { $child }.
decide-preview-title = Sut bydd { $child } yn ei weld
decide-who-reads = Bydd { $child } yn gweld eich ateb. Os dywedwch chi na, bydd gweithiwr cymdeithasol { $child } yn cael copi.
decide-send = Anfon fy mhenderfyniad
decide-sent = Mae eich penderfyniad wedi'i anfon.
decide-error-already = Mae rhywun eisoes wedi penderfynu ar y cais hwn. Mae'r penderfyniad hwnnw i'w weld isod. Mae beth ysgrifennoch chi yma o hyd.
decide-error-offline = Doedden ni ddim yn gallu anfon eich penderfyniad. Gwiriwch eich bod ar-lein a rhowch gynnig arall arni. Mae beth ysgrifennoch chi wedi'i gadw.
decide-error-not-allowed = Dim ond swyddog { $child } neu reolwr sy'n gallu penderfynu ar y cais hwn.
# Correcting a decision adds a new one; the old one stays on record.
decide-correct-button = Cywiro'r penderfyniad hwn
decide-correcting = Rydych chi'n cywiro'r penderfyniad uchod. Mae'n aros ar gofnod, a'ch penderfyniad newydd chi sy'n cyfrif o hyn ymlaen.
decide-keep = Cadw'r penderfyniad fel y mae
decide-corrects = Mae hwn yn cywiro'r penderfyniad cynharach a wnaed ar { $date }.

## chunk: first
# "I don't feel safe": one tap away for a child on every page, and on the
# sign-in pages. The phone numbers are real UK helplines: keep them exactly.

unsafe-button = Dw i ddim yn teimlo'n ddiogel
unsafe-title = Dw i ddim yn teimlo'n ddiogel
unsafe-sending = Rydyn ni'n dweud wrth dy { $officer }, dy weithiwr cymdeithasol a rheolwr nawr…
unsafe-sent = Rydyn ni wedi dweud wrth dy { $officer }, dy weithiwr cymdeithasol a rheolwr. Maen nhw'n gwybod bod hyn yn fater brys. Byddan nhw'n cysylltu â ti cyn gynted ag y gallan nhw.
unsafe-not-sent = Doedden ni ddim yn gallu dweud wrthyn nhw. Ffonia un o'r rhifau uchod nawr, plîs.
unsafe-not-sent-signed-out = Rwyt ti wedi allgofnodi, felly doedden ni ddim yn gallu dweud wrthyn nhw. Ffonia un o'r rhifau uchod nawr, plîs.
unsafe-try-again = Trio dweud wrthyn nhw eto
unsafe-intro = Gelli di ffonio'r rhifau hyn unrhyw bryd. Pan fyddi di wedi mewngofnodi, gelli di hefyd ddweud wrth dy { $officer }, dy weithiwr cymdeithasol a rheolwr o'r dudalen hon.
unsafe-tell-heading = Dweud wrth dy oedolion
unsafe-tell-intro = Byddwn ni'n dweud wrth dy { $officer }, dy weithiwr cymdeithasol a rheolwr yn syth. Byddan nhw'n gwybod ei fod yn fater brys.
unsafe-what-label = Beth sy'n digwydd? Does dim rhaid i ti ddweud.
unsafe-tell-button = Dweud wrth fy oedolion nawr
unsafe-you-wrote = Beth ddywedaist ti wrthyn nhw
unsafe-danger-heading = Os wyt ti mewn perygl nawr
unsafe-danger = Ffonia 999, neu Childline ar { $childline }. Mae am ddim.
unsafe-call-999 = Ffonio 999
unsafe-call-childline = Ffonio Childline: { $number }
unsafe-childline-hint = Am ddim, ddydd a nos. I unrhyw un o dan 19 oed.
unsafe-talk-heading = Rhywun i siarad â nhw
unsafe-call-coram = Ffonio Coram Voice: { $number }
unsafe-coram-hint = Am ddim. Maen nhw'n helpu plant mewn gofal i gael eu clywed.
# The link in the header to "What's new", with how many things are new.
updates-link = Beth sy'n newydd
updates-new = { $count } newydd
# A child's home: asking for an advocate, and the advocate they have.
home-advocate = Dw i eisiau eiriolwr
advocate-heading = { $viewer ->
    [self] Dy eiriolwr
   *[other] Eiriolwr { $child }
}

## chunk: caseload
# Urgent alerts at the top of an adult's list: a child pressed "I don't feel safe".

alerts-title = Brys: { $count ->
    [one] mae plentyn yn teimlo'n anniogel
    [two] mae 2 blentyn yn teimlo'n anniogel
   *[other] mae { $count } plentyn yn teimlo'n anniogel
}
alert-line = Brys: pwysodd { $child } 'Dw i ddim yn teimlo'n ddiogel' ar { $date } am { $time }.
alert-act = Cysylltwch â nhw nawr.
alert-said = Ysgrifennodd { $child }:
alert-open = Gweld tudalen { $child }
advocacy-link = Plant sy'n aros am eiriolwr

## chunk: whats_new
# "What's new": what changed since the last visit. $child is the child's first
# name; $viewer is "self" when a child reads about themselves.

updates-title = Beth sy'n newydd
updates-none = Does dim byd wedi newid eto. Pan fydd rhywbeth yn newid, bydd e yma.
updates-all-seen = Rwyt ti wedi gweld popeth yma.
update-new = Newydd
update-urgent = Brys
update-when = { $date } am { $time }
update-request-arrived = Gofynnodd { $child } am rywbeth.
update-request-agreed = { $viewer ->
    [self] Dywedodd dy { $officer } ie i beth ofynnaist ti.
   *[other] Cytunwyd i gais { $child }.
}
update-request-declined = { $viewer ->
    [self] Mae dy { $officer } wedi ateb beth ofynnaist ti. Gelli di weld pam.
   *[other] Gwrthodwyd cais { $child }.
}
update-decision-copy = Gwrthodwyd cais { $child }. Mae eich copi o'r rhesymau yma.
update-decision-corrected = { $viewer ->
    [self] Cafodd ateb i beth ofynnaist ti ei newid.
   *[other] Cafodd ateb i gais { $child } ei newid.
}
update-advocate-suggested = { $viewer ->
    [self] Mae rhywun yn meddwl y gallai eiriolwr dy helpu di.
   *[other] Awgrymodd rhywun eiriolwr i { $child }.
}
update-referral-answered = Atebodd { $child } eich awgrym o eiriolwr.
update-advocate-allocated = { $viewer ->
    [self] Mae gen ti eiriolwr nawr.
   *[other] Mae gan { $child } eiriolwr nawr.
}
update-review-booked = { $viewer ->
    [self] Mae dyddiad ar gyfer dy adolygiad ychwanegol.
   *[other] Mae dyddiad ar gyfer adolygiad ychwanegol { $child }.
}
update-unsafe-alert = Brys: pwysodd { $child } 'Dw i ddim yn teimlo'n ddiogel'.

## chunk: ask_advocate
# A child asks for an advocate: what about (optional), how to contact them, check, send.

advocate-what = Mae eiriolwr yn rhywun sydd ar dy ochr di. Maen nhw'n dy helpu i ddweud beth rwyt ti'n ei feddwl ac yn gwneud yn siŵr bod oedolion yn gwrando. Mae am ddim. Mae beth rwyt ti'n ei ddweud wrthyn nhw yn aros yn breifat, oni bai bod rhywun mewn perygl.
advocate-about-label = Gyda beth hoffet ti gael help? (dewisol)
advocate-about-hint = Does dim rhaid i ti ddweud. Gelli di ysgrifennu hyd at { $max } nod.
advocate-about-too-long = Mae beth ysgrifennaist ti yn rhy hir. Gall fod hyd at { $max } nod.
advocate-continue = Parhau
advocate-back = Yn ôl
advocate-contact-legend = Sut hoffet ti i'r eiriolwr gysylltu â ti?
contact-by-in-person = Dewch i fy ngweld i lle dw i'n byw
contact-by-phone = Ffoniwch fi
contact-by-text = Anfonwch neges destun ata i
contact-by-email = Anfonwch e-bost ata i
contact-by-officer = Drwy fy { $officer }
advocate-contact-missing = Dewisa sut hoffet ti i'r eiriolwr gysylltu â ti.
advocate-phone-label = Dy rif ffôn
advocate-email-label = Dy gyfeiriad e-bost
advocate-phone-missing = Ysgrifenna'r rhif ffôn i'w ddefnyddio, neu dewisa ffordd arall.
advocate-email-missing = Ysgrifenna'r cyfeiriad e-bost i'w ddefnyddio, neu dewisa ffordd arall.
advocate-check-title = Gwiria dy atebion
advocate-check-about = Gyda beth rwyt ti eisiau help
advocate-check-contact = Sut i gysylltu â ti
advocate-check-none = Wnest ti ddim dweud.
advocate-change = Newid
advocate-change-about = Newid gyda beth rwyt ti eisiau help
advocate-change-contact = Newid sut i gysylltu â ti
advocate-who-reads = Gall y gwasanaeth eirioli, dy { $officer } a rheolwr ddarllen hwn.
advocate-send = Anfon
advocate-sending = Wrthi'n anfon…
advocate-sent-title = Rwyt ti wedi gofyn am eiriolwr
advocate-sent-next = Bydd y gwasanaeth eirioli yn dewis eiriolwr i ti ac yn cysylltu â ti yn y ffordd y gofynnaist ti. Wedyn, bydd dy dudalen gartref yn dangos enw'r eiriolwr a sut i gysylltu â nhw.
advocate-sent-home = Mynd i fy nhudalen gartref
advocate-send-offline = Doedden ni ddim yn gallu anfon hwn. Gwiria dy fod ar-lein a rho gynnig arall arni. Mae dy atebion wedi'u cadw.
advocate-send-failed = Aeth rhywbeth o'i le ar ein hochr ni. Rho gynnig arall arni mewn ychydig funudau. Mae dy atebion wedi'u cadw.
advocate-send-signed-out = Rwyt ti wedi allgofnodi. Mewngofnoda eto, yna gofyn eto.

## chunk: advocate_offer
# On a child's home, when an adult suggested an advocate. $name is that adult's name.

advocate-offer-question = Mae { $name } yn meddwl y gallai eiriolwr dy helpu. Wyt ti eisiau un?
advocate-offer-what = Mae eiriolwr yn rhywun sydd ar dy ochr di ac sy'n dy helpu i ddweud beth rwyt ti eisiau. Mae am ddim. Ti sy'n dewis.
advocate-offer-yes = Ydw, dw i eisiau eiriolwr
advocate-offer-no = Nac ydw, dim diolch
advocate-offer-said-yes = Diolch. Bydd y gwasanaeth eirioli yn dewis eiriolwr i ti. Bydd dy dudalen gartref yn dangos pwy ydyn nhw.
advocate-offer-said-no = Mae hynny'n iawn. Gelli di ofyn am eiriolwr unrhyw bryd o dy dudalen gartref.
advocate-offer-failed = Doedden ni ddim yn gallu anfon dy ateb. Gwiria dy fod ar-lein a rho gynnig arall arni.

## chunk: child_officer
# An adult suggests an advocate for a child. Only the child can say yes.

suggest-advocate = Awgrymu eiriolwr
suggest-advocate-hint = Bydd { $child } yn cael cwestiwn: oes eisiau eiriolwr? Does dim yn digwydd oni bai bod { $child } yn dweud ie.
suggest-advocate-sent = Wedi'i wneud. Bydd tudalen gartref { $child } yn gofyn a oes eisiau eiriolwr.
suggest-advocate-asked-recently = Dywedodd { $child } na ar { $date }; gallwch ofyn eto o { $from } ymlaen.
suggest-advocate-asked-recently-undated = Dywedodd { $child } na yn ddiweddar; gallwch ofyn eto o { $from } ymlaen.
suggest-advocate-failed = Wnaeth hynny ddim gweithio. Gwiriwch eich bod ar-lein a rhowch gynnig arall arni.
suggest-advocate-not-allowed = Allwch chi ddim awgrymu eiriolwr i { $child }.

## chunk: advocacy
# The advocacy service: children who asked for an advocate and are waiting for one.

advocacy-title = Plant sy'n aros am eiriolwr
advocacy-none = Does neb yn aros am eiriolwr.
advocacy-asked = Gofynnodd { $child } ar { $date }.
advocacy-overdue = Yn aros yn rhy hir: roedd angen ateb erbyn { $date }.
advocacy-take = Cymryd hwn ymlaen i { $child }
advocacy-taken = Chi yw eiriolwr { $child } nawr.
advocacy-manager-note = Mae eiriolwr yn cymryd cais ymlaen o'r rhestr hon.
advocacy-failed = Wnaeth hynny ddim gweithio. Rhowch gynnig arall arni mewn ychydig funudau.
advocacy-already-taken = Mae rhywun arall eisoes wedi cymryd hwn ymlaen.

# Rights links, read aloud, English beside the translation.
rights-link = Gwybod dy hawliau
read-aloud = Darllen hwn i mi
read-aloud-stop = Stopio darllen
read-aloud-no-voice = Does gan y porwr hwn ddim llais ar gyfer yr iaith hon, felly dydy e ddim yn gallu darllen hwn yn uchel.
rights-english-too = Dangos hwn yn Saesneg hefyd
rights-in-english = Yn Saesneg
