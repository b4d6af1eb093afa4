# Status: not yet checked by a native speaker. Machine-assisted draft translation, 2026-11-23.
# Language: Romanian (română). The child is addressed with "tu"; staff pages use "dumneavoastră".
# $officer is the council's name for the reviewing officer ("CISRO", "IRO"). It is used
# without a suffix, like a name: "{ $officer } al tău", "de la { $officer }".
# "advocate" = "susținător"; "review" = "evaluare"; "in care" = "în sistemul de protecție".

## chunk: first
-service = My Say

## Whole app

service-name = { -service }
noscript = { -service } are nevoie de JavaScript. Pornește JavaScript din setările browserului, apoi reîncarcă pagina.
document-title = { $page } – { -service }
document-title-error = Eroare: { $page } – { -service }
skip-link = Sari la conținutul principal
nav-label = Meniul principal
header-signed-in-as = Cont: { $name }
sign-out = Ieși din cont
quick-exit = Ieși de pe pagină
quick-exit-hint = Sau apasă Shift de 3 ori.
quick-exit-note = Butonul „Ieși de pe pagină” te duce imediat pe alt site și te scoate din cont. Nu șterge istoricul browserului.
quick-exit-note-dismiss = Bine, am înțeles
loading = Se încarcă…
language-name = Română
translation-unchecked = Această traducere nu a fost încă verificată de un vorbitor nativ.
language-menu = Limba
language-choose = Schimbă
officer-title-fallback = ofițerul de evaluare

## Signing out after a time without use

time-out-title = Mai ești aici?
time-out-minutes = Pentru siguranța ta, te vom scoate din cont în { $minutes ->
    [one] 1 minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}.
time-out-seconds = Pentru siguranța ta, te vom scoate din cont în { $seconds ->
    [one] 1 secundă
    [few] { $seconds } secunde
   *[other] { $seconds } de secunde
}.
time-out-stay = Rămân în cont
signed-out-timed-out = Te-am scos din cont ca să-ți păstrăm informațiile în siguranță. Intră din nou în cont ca să continui.

## Dates, written as "5 ianuarie 2027"

date = { $day } { $month } { $year }
month-january = ianuarie
month-february = februarie
month-march = martie
month-april = aprilie
month-may = mai
month-june = iunie
month-july = iulie
month-august = august
month-september = septembrie
month-october = octombrie
month-november = noiembrie
month-december = decembrie

## Form parts

show = Arată
hide = Ascunde
show-passphrase = Arată fraza secretă
hide-passphrase = Ascunde fraza secretă
show-password = Arată parola
hide-password = Ascunde parola
passphrase-shown = Fraza ta secretă se vede
passphrase-hidden = Fraza ta secretă este ascunsă
password-shown = Parola se vede
password-hidden = Parola este ascunsă
error-summary-title = Este o problemă
error-prefix = Eroare:
## chunk: activate carer_contribution contribution pages next_review staff_sign_in views_with_help request_decision requests_list
back = Înapoi

## Child sign-in

## chunk: first
sign-in-title = Intră în { -service }
sign-in-username = Nume de utilizator
sign-in-passphrase = Fraza secretă
sign-in-button = Intră în cont
sign-in-first-time = Prima dată aici? Folosește codul tău
sign-in-staff-link = Intrare pentru adulții care lucrează cu copii

## Staff sign-in

## chunk: staff_sign_in
staff-sign-in-title = Intrare pentru personal și îngrijitori
staff-sign-in-email = Adresa de email
staff-sign-in-password = Parola
staff-sign-in-button = Intrare în cont

## First sign-in with a code

## chunk: activate
activate-title = Alege-ți fraza secretă
activate-intro = { $officer } ți-a dat un nume de utilizator și un cod. Folosește-le ca să-ți alegi fraza ta secretă.
activate-username = Nume de utilizator
activate-code = Codul de la { $officer }
activate-code-hint = Este în scrisoarea sau în mesajul de la { $officer }.
activate-passphrase = Alege o frază secretă
activate-passphrase-hint = Număr minim de caractere: { $min }. Merge bine să pui câteva cuvinte pe care le ții minte.
activate-button = Continuă

## Form errors

## chunk: first
error-wrong-details-child = Numele de utilizator sau fraza secretă nu sunt corecte. Verifică-le și încearcă din nou. Dacă nu ți-ai ales încă o frază secretă, folosește codul de la { $officer }.
error-wrong-details-staff = Adresa de email sau parola nu sunt corecte. Verificați-le și încercați din nou.
error-needs-activation = Nu ți-ai ales încă o frază secretă. Folosește codul de la { $officer } ca să alegi una.
error-bad-code = Codul nu este corect sau este prea vechi. Verifică-l sau cere unul nou de la { $officer }.
error-too-many-tries-child = { $minutes ->
    [one] Prea multe încercări. Așteaptă 1 minut sau cere ajutor de la { $officer }.
    [few] Prea multe încercări. Așteaptă { $minutes } minute sau cere ajutor de la { $officer }.
   *[other] Prea multe încercări. Așteaptă { $minutes } de minute sau cere ajutor de la { $officer }.
}
error-too-many-tries-staff = { $minutes ->
    [one] Prea multe încercări. Așteptați 1 minut și încercați din nou.
    [few] Prea multe încercări. Așteptați { $minutes } minute și încercați din nou.
   *[other] Prea multe încercări. Așteptați { $minutes } de minute și încercați din nou.
}
error-network = Nu am putut ajunge la { -service }. Verifică dacă ai internet și încearcă din nou.
error-server = Ceva nu a mers bine la noi. Încearcă din nou peste câteva minute.
error-form-expired = Pagina a fost deschisă mult timp, așa că nu am putut primi ce ai trimis. Încearcă din nou acum.
error-enter-username = Scrie numele de utilizator
error-enter-passphrase = Scrie fraza secretă
error-choose-passphrase = Alege o frază secretă
error-passphrase-too-short = Fraza secretă este prea scurtă. Număr minim de caractere: { $min }
error-passphrase-too-weak = Această frază ar fi ușor de ghicit. Încearcă trei sau patru cuvinte care de obicei nu merg împreună, de exemplu o culoare, un animal și un loc.
error-too-long = Textul este prea lung. Număr maxim de caractere: { $max }
error-busy = Acum intră foarte mulți oameni în cont. Așteaptă puțin și încearcă din nou.
error-enter-code = Scrie codul de la { $officer }
error-enter-email = Scrieți adresa de email
error-enter-password = Scrieți parola
error-check-field = Verifică aici și încearcă din nou

## A child's reviewing officer

officer-title = { $viewer ->
    [self] { $officer } al tău
   *[other] { $officer } pentru { $child }
}
officer-email = Email: { $email }
officer-phone = Telefon: { $phone }
officer-since = { $viewer ->
    [self] { $officer } al tău de la { $date }
   *[other] { $officer } pentru { $child } de la { $date }
}
sibling-same = { $viewer ->
    [self] { $officer } este același pentru tine și pentru { $sibling }.
   *[other] { $officer } este același pentru { $child } și pentru { $sibling }.
}
sibling-different = Pentru { $sibling }, { $officer } este altă persoană.
no-officer = { $viewer ->
    [self] Încă nu ai { $officer }. Căutăm pe cineva pentru tine.
   *[other] { $child } încă nu are { $officer }.
}
ask-social-worker = { $viewer ->
    [self] Poți să întrebi asistentul tău social, { $name }.
   *[other] Asistentul social pentru { $child }: { $name }.
}
reviews-heading = { $viewer ->
    [self] Evaluările tale
   *[other] Evaluările pentru { $child }
}
review-explained = Evaluarea ta este o întâlnire despre tine și planul tău.
last-review = { $viewer ->
    [self] Ultima ta evaluare a fost pe { $date }.
   *[other] Ultima evaluare pentru { $child } a fost pe { $date }.
}
no-review-yet = { $viewer ->
    [self] Încă nu ai avut nicio evaluare.
   *[other] { $child } nu a avut încă nicio evaluare.
}
next-review-due = { $viewer ->
    [self] Următoarea ta evaluare trebuie să aibă loc până pe { $date }.
   *[other] Următoarea evaluare pentru { $child } trebuie să aibă loc până pe { $date }.
}
next-review-scheduled = { $viewer ->
    [self] Următoarea ta evaluare este pe { $date }.
   *[other] Următoarea evaluare pentru { $child } este pe { $date }.
}
next-review-booked = { $viewer ->
    [self] { $kind ->
        [online] Următoarea ta evaluare este pe { $date }, la ora { $time }. Este online.
        [in_person] Următoarea ta evaluare este pe { $date }, la ora { $time }, la { $place }.
       *[unknown] Următoarea ta evaluare este pe { $date }, la ora { $time }.
    }
   *[other] { $kind ->
        [online] Următoarea evaluare pentru { $child } este pe { $date }, la ora { $time }. Este online.
        [in_person] Următoarea evaluare pentru { $child } este pe { $date }, la ora { $time }, la { $place }.
       *[unknown] Următoarea evaluare pentru { $child } este pe { $date }, la ora { $time }.
    }
}
home-tell = Spune-i lui { $name } ce crezi
home-my-meeting = Întâlnirea mea
your-officer = { $officer }

## Adults: the children they work with

## chunk: caseload request_decision requests_list
caseload-title-mine = Copiii dumneavoastră
caseload-title-all = Toți copiii
caseload-title-social-worker = Copiii pentru care sunteți asistent social
caseload-empty = Încă nu aveți niciun copil pe listă.
caseload-age = Vârsta
caseload-home = Unde locuiește
caseload-officer = { $officer }
caseload-no-officer = Încă niciunul
caseload-last-review = Ultima evaluare
caseload-no-review = Încă niciuna
caseload-next-review = Următoarea evaluare, până pe
overdue = Termen depășit
without-officer-title = Copii fără { $officer }
without-officer-none = Fiecare copil are { $officer }.
without-officer-days = { $days ->
    [one] 1 zi lucrătoare în sistemul de protecție, fără { $officer }
    [few] { $days } zile lucrătoare în sistemul de protecție, fără { $officer }
   *[other] { $days } de zile lucrătoare în sistemul de protecție, fără { $officer }
}
in-care-since = În sistemul de protecție din { $date }

placement-foster = La asistenți maternali
placement-kinship = La rude sau prieteni
placement-residential = Într-o casă pentru copii
placement-secure = Într-un centru securizat
placement-adoptive = La o familie care vrea să adopte
placement-short-breaks = Șederi scurte
placement-independent = Locuiește independent, cu sprijin
placement-other = În alt loc

## Pages for problems

## chunk: carer_contribution not_allowed
not-allowed-title = Nu poți vedea această pagină
not-allowed-body = Contul tău nu îți permite să vezi această pagină.
## chunk: carer_contribution child_officer contribution next_review not_found views_with_help request_decision
not-found-title = Pagina nu a fost găsită
not-found-body = Verifică dacă adresa web este corectă.
## chunk: carer_contribution child_officer contribution pages next_review not_allowed not_found views_with_help request_decision
go-home = Mergi la pagina ta principală
## chunk: first
load-failed-title = Ne pare rău, pagina nu s-a încărcat
load-failed-body = Verifică dacă ai internet și încearcă din nou.
try-again = Încearcă din nou

## Writing for a review: "My views" and "My meeting"

## chunk: pages views_with_help
optional = { $label } (opțional)
draft-explained = Ce scrii se salvează pe loc. Nimeni altcineva nu vede până nu trimiți.
draft-saved = Salvat
save-draft = Salvează ciorna mea
draft-explained-save = Apasă „Salvează ciorna mea” ca să păstrezi ce scrii și să termini mai târziu. Nimeni altcineva nu vede până nu trimiți.
draft-retrying = Încă nu s-a salvat, încercăm din nou
## chunk: carer_contribution pages views_with_help
draft-too-long = Încă nu s-a salvat: un răspuns este prea lung. Scurtează-l și se va salva.
## chunk: pages views_with_help request_decision
count-limit = Număr maxim de caractere: { $max }.
count-left = { $left ->
    [one] Mai ai 1 caracter
    [few] Mai ai { $left } caractere
   *[other] Mai ai { $left } de caractere
}
count-over = { $over ->
    [one] Ai 1 caracter în plus
    [few] Ai { $over } caractere în plus
   *[other] Ai { $over } de caractere în plus
}
check-and-send = Verifică și trimite
check-title = Verifică ce trimiți
check-change = Schimbă
check-skipped = Nu ai scris nimic aici.
send-button = Trimite
send-wishes-button = Trimite dorințele mele
sending = Se trimite…
share-legend = Cine altcineva poate citi asta? (opțional)
share-hint = { $name } poate citi mereu. Poți lăsa și alte persoane să citească.
share-social-worker = Asistentul tău social
share-carer = Persoana care are grijă de tine
share-advocate = Susținătorul tău
who-can-read-title = Cine poate citi asta
who-can-read-only = Doar { $name } poate citi asta.
who-can-read-these = Aceste persoane pot citi asta:
person-with-role = { $name } ({ $role })
role-carer = îngrijitor
role-advocate = susținător
role-social-worker = asistent social
role-manager = manager
role-child = tu
read-receipt = { $name } a citit asta pe { $date }
not-read-yet = Nimeni nu a citit asta încă.
helped-by = Scris cu ajutor de la { $name } ({ $role })
sent-on = Trimis pe { $date }
added-on = Adăugat pe { $date }
add-something = Vreau să adaug ceva
add-label = Ce vrei să adaugi?
add-button = Adaugă
what-you-sent = Ce ai trimis
sent-before-review = { $name } va citi asta înainte de evaluarea ta din { $date }.
sent-before-next-review = { $name } va citi asta înainte de următoarea ta evaluare.
sent-moved = Ultima ta evaluare a avut deja loc, așa că asta va merge la următoarea ta evaluare.
sent-already = Ai trimis deja asta. Am păstrat-o o singură dată.
sent-see-later = Poți reveni mai târziu pe această pagină. Aici vezi ce ai trimis și cine a citit.
error-nothing-to-send = Încă nu ai scris nimic. Scrie ceva în cel puțin o parte, apoi trimite.
error-answer-too-long = Răspunsul tău la „{ $question }” este prea lung. Număr maxim de caractere: { $max }.
error-answers-too-long = Răspunsurile tale sunt prea lungi. Număr maxim de caractere pentru fiecare: { $max }.
error-send-offline = Nu am putut trimite. Verifică dacă ai internet și încearcă din nou. Cuvintele tale sunt păstrate.
error-send-not-allowed = Nu poți trimite asta din contul tău.
error-add-empty = Scrie ce vrei să adaugi
carer-text = Contribuția îngrijitorului

views-going-well = Ce merge bine?
views-not-going-well = Ce nu merge bine?
views-want-to-change = Ce vrei să se schimbe?
views-anything-else = Mai este ceva ce vrei să afle { $name }?
my-views-title = Spune-i lui { $name } ce crezi
my-views-intro = Evaluarea ta este o întâlnire despre tine și planul tău. Scrie ce vrei să afle { $name }. Poți sări peste orice parte.
my-views-sent = Părerile tale au fost trimise
helper-draft-title = { $name } a scris asta împreună cu tine
helper-draft-hint = Dacă asta vrei să spui, poți trimite. Cuvintele tale de mai jos rămân cum sunt.
helper-draft-send = Asta vreau să spun – trimite
helped-by-draft = { $name } te-a ajutat să scrii asta.

meeting-come = Vrei să vii la întâlnirea ta?
meeting-come-yes = Da
meeting-come-no = Nu
meeting-come-not-sure = Nu știu încă
meeting-chair = Vrei să conduci tu întâlnirea?
meeting-chair-no = Nu
meeting-chair-with-help = Da, cu ajutor
meeting-chair-on-my-own = Da, fără ajutor
meeting-who = Cine vrei să fie acolo?
meeting-not-there = Este cineva pe care nu vrei să fie acolo pentru o parte din întâlnire?
meeting-not-there-hint = Spune cine și despre ce vrei să vorbești fără acea persoană. Această parte este privată.
meeting-help = Ai nevoie de ajutor la întâlnire?
meeting-help-interpreter = Cineva care să traducă (un interpret)
meeting-help-communication = Ajutor ca să comunici
meeting-help-advocate = Un susținător (cineva care te ajută să spui ce vrei)
meeting-help-details = Spune-ne mai multe despre ajutorul de care ai nevoie
meeting-help-details-hint = De exemplu, ce limbă.
my-meeting-title = Întâlnirea mea
my-meeting-intro = Spune-i lui { $name } ce vrei pentru întâlnirea ta de evaluare. Poți sări peste orice parte.
my-meeting-sent = Dorințele tale au fost trimise
my-meeting-send-again = Poți schimba dorințele și le poți trimite din nou oricând. Contează cele mai noi.
my-meeting-last-sent = Ce ai trimis data trecută

## An advocate writes a child's views with them

## chunk: child_officer
with-help-link = Scrieți părerile împreună cu copilul
## chunk: views_with_help
with-help-title = Ce crede { $child }, scris împreună cu { $child }
with-help-intro = Scrieți ce vrea { $child } să afle { $name }, cu cuvintele copilului. { $child } poate citi și trimite textul din aplicație. Dacă { $child } a fost de acord cu textul față în față cu dumneavoastră, îl puteți trimite.
with-help-send = { $child } a fost de acord față în față – trimite
with-help-sent = Părerile copilului { $child } au fost trimise
with-help-sent-before = Trimis anterior

## An adult's view of a child: links to the review pages

## chunk: child_officer
child-link-review = Următoarea evaluare: programare și ce a sosit
child-link-carer = Contribuția dumneavoastră la următoarea evaluare

## Who someone is, after their name: "Jordan Lee (susținător)"

## chunk: carer_contribution contribution next_review
adult-person-with-role = { $name } ({ $role ->
    [child] copil
    [carer] îngrijitor
    [advocate] susținător
    [reviewing_officer] { $officer }
    [social_worker] asistent social
   *[manager] manager
})

## The officer's page for a child's next review

## chunk: next_review
review-title = Următoarea evaluare a copilului { $child }
review-must-happen-by = Trebuie să aibă loc până pe { $date }.
review-booked-heading = Evaluare programată
## chunk: carer_contribution contribution next_review
review-booked-on = { $date }, ora { $time }
review-booked-on-no-time = { $date }
review-online = Online
review-where = Unde: { $place }
## chunk: next_review
review-working-days = { $days ->
    [0] Este astăzi.
    [one] Mai este 1 zi lucrătoare.
    [few] Mai sunt { $days } zile lucrătoare.
   *[other] Mai sunt { $days } de zile lucrătoare.
}
review-late-title = Această evaluare este întârziată
review-late = Este programată după { $date }, data până la care trebuie să aibă loc. Programarea este salvată. Alegeți o dată mai devreme dacă puteți.
review-booked-notice = Evaluarea este programată.
review-held-notice = S-a înregistrat că evaluarea a avut loc.
review-held-button = Înregistrați că a avut loc
review-held-hint = Faceți asta după ce evaluarea a avut loc.
review-not-held-yet = Puteți înregistra că evaluarea a avut loc în ziua ei sau după.
review-already-booked = { $child } are deja o evaluare programată. Înregistrați mai întâi că aceea a avut loc.
review-book-heading = Programați evaluarea
review-book-date = Data
review-book-date-hint = De exemplu, { $example }
review-book-day = Ziua
review-book-month = Luna
review-book-year = Anul
review-book-time = Ora
review-book-time-hint = Folosiți formatul de 24 de ore, de exemplu 14:30
review-book-place = Unde va avea loc?
review-book-in-person = Față în față
review-book-online = Online
review-book-place-name = Locul
review-book-place-hint = De exemplu, școala copilului { $child }, sala 4
review-book-button = Programați evaluarea
review-error-date-required = Introduceți data evaluării
review-error-date-real = Introduceți o dată care există
review-error-in-the-past = Data trebuie să fie astăzi sau în viitor
review-error-time-required = Introduceți ora evaluării
review-error-not-a-time = Introduceți o oră ca 14:30
review-error-place-kind = Alegeți față în față sau online
review-error-place-required = Introduceți unde va avea loc evaluarea
review-error-too-long = Textul este prea lung. Număr maxim de caractere: { $max }
review-held-list = Evaluări care au avut loc: { $count }
review-arrived-heading = Ce a sosit pentru această evaluare
review-nothing-arrived = Nu a sosit nimic încă.
review-no-carer-yet = Încă nu există contribuția îngrijitorului
review-no-carer-yet-detail = Până la evaluare mai sunt cel mult 10 zile lucrătoare.

## Contributions, as lists and pages show them

## chunk: carer_contribution contribution next_review
contribution-kind-my-views = Părerile copilului { $child }
contribution-kind-my-meeting = Dorințele copilului { $child } pentru întâlnire
contribution-kind-carer = Contribuția îngrijitorului
contribution-from = De la { $person }
contribution-sent-on = Trimis pe { $date }
contribution-helped-by = Scris cu ajutor de la { $person }
contribution-agreed-in-person = { $child } a fost de acord față în față.
contribution-agreed-in-app = { $child } a confirmat în { -service }.
contribution-read-on = { $name } a citit asta pe { $date }
contribution-cannot-read = Puteți vedea că a sosit, dar nu și ce scrie.
contribution-readers-one = Doar { $person } poate citi asta.
contribution-readers-many = Aceste persoane pot citi asta:
contribution-additions = Adăugat mai târziu
contribution-added-on = Adăugat pe { $date }
contribution-attachments = Fișiere
contribution-attachment = { $name } ({ $kind }, { $size })
contribution-nothing-written = Nimic scris
contribution-back = Înapoi la următoarea evaluare a copilului { $child }

file-kind-pdf = PDF
file-kind-docx = Document Word
file-kind-jpeg = Imagine JPEG
file-kind-png = Imagine PNG
file-size-kb = { $kb } KB
file-size-mb = { $mb } MB

adult-views-going-well = Ce merge bine
adult-views-not-going-well = Ce nu merge bine
adult-views-want-to-change = Ce vrea { $child } să se schimbe
adult-views-anything-else = Altceva

## The child's wishes for the meeting, as adults read them

wishes-heading = Dorințele copilului { $child } pentru întâlnire
wishes-none = { $child } nu a trimis încă dorințe pentru întâlnire.
wishes-come = Vrea să vină
wishes-chair = Vrea să conducă întâlnirea
wishes-who = Cine vrea { $child } să fie acolo
wishes-not-there = Cine nu vrea { $child } să fie acolo pentru o parte din întâlnire
wishes-help = Ajutor necesar
wishes-help-details = Despre ajutor
wishes-yes = Da
wishes-no = Nu
wishes-not-sure = Nu știe încă
wishes-chair-no = Nu
wishes-chair-with-help = Da, cu ajutor
wishes-chair-on-own = Da, fără ajutor
wishes-interpreter = Un interpret
wishes-communication = Ajutor la comunicare
wishes-advocate = Un susținător
wishes-no-help = Niciunul
wishes-not-said = Nu a spus

## The carer's contribution

## chunk: carer_contribution
carer-title = Contribuția dumneavoastră la evaluarea copilului { $child }
carer-intro = Scrieți pentru { $officer } cum merg lucrurile pentru { $child }. Puteți atașa și rapoarte sau scrisori.
carer-review-on = Evaluarea este pe { $date }.
carer-review-by = Evaluarea trebuie să aibă loc până pe { $date }.
## chunk: carer_contribution contribution
adult-carer-text = Ce doriți să spuneți
## chunk: carer_contribution
carer-text-hint = Textul se salvează pe măsură ce scrieți.
carer-count = { $left ->
    [one] Mai aveți 1 caracter
    [few] Mai aveți { $left } caractere
   *[other] Mai aveți { $left } de caractere
}
carer-count-over = { $over ->
    [one] Aveți 1 caracter în plus
    [few] Aveți { $over } caractere în plus
   *[other] Aveți { $over } de caractere în plus
}
carer-saved = Salvat
carer-not-saved = Încă nu s-a salvat, încercăm din nou
carer-files = Fișiere
carer-files-hint = PDF, Word (docx), JPEG sau PNG, maximum { $mb } MB fiecare.
carer-choose-file = Alegeți un fișier de atașat
carer-upload-button = Atașați fișierul
carer-progress = Se trimite { $name }
carer-progress-percent = { $percent }% trimis
carer-uploaded = { $name } este atașat.
carer-no-files = Încă nu sunt fișiere atașate.
carer-earlier-file = Un fișier atașat mai devreme
carer-retry = Încercați din nou să trimiteți fișierul
carer-remove = Eliminați { $name }
carer-readers = Pot citi asta: dumneavoastră, { $officer } și asistentul social al copilului { $child }.
carer-send = Trimiteți către { $officer }
carer-sent-title = Trimis
carer-sent-body = { $officer } va citi înainte de evaluare.
carer-sent-heading = Ce ați trimis
carer-error-nothing = Scrieți ceva sau atașați un fișier înainte să trimiteți
carer-error-too-long = Textul este prea lung. Număr maxim de caractere: { $max }
carer-file-too-big = Fișierul este prea mare. Fiecare fișier poate avea cel mult { $mb } MB.
carer-file-empty = Fișierul este gol. Alegeți alt fișier.
carer-file-wrong-type = Acest fișier nu este PDF, document Word, JPEG sau PNG.
carer-file-failed = Fișierul nu s-a trimis. Verificați conexiunea la internet și încercați din nou.
carer-file-choose = Alegeți mai întâi un fișier

## chunk: first
home-extra-review = Vreau o evaluare în plus
home-my-requests = Cererile mele

## chunk: caseload
caseload-requests-link = Cereri de la copii

## chunk: pages requests_list request_decision
extra-review-reason-plan-changed = Planul meu s-a schimbat
extra-review-reason-want-to-move = Vreau să mă mut
extra-review-reason-wrong-where-i-live = Ceva nu e în regulă acolo unde locuiesc
extra-review-when-soon = Cât mai repede
extra-review-when-weeks = În următoarele câteva săptămâni
extra-review-when-dont-mind = Nu contează
extra-review-answer-by = { $name } va răspunde până pe { $date }.
extra-review-error-why = Spune-i lui { $name } de ce vrei o evaluare în plus sau bifează un motiv
extra-review-error-why-long = Ce ai scris este prea lung. Număr maxim de caractere: { $max }.
extra-review-error-when = Alege când ai vrea să fie evaluarea
requests-kind-extra-review = evaluare în plus
requests-kind-advocate = susținător
requests-state-waiting = Așteaptă un răspuns
requests-state-agreed = Răspuns: da
requests-state-declined = Răspuns: nu
requests-state-advocate = Susținător găsit
request-step = { $step ->
    [asked] { $viewer ->
        [self] Ai cerut pe { $date }
       *[other] { $child } a cerut pe { $date }
    }
    [read] { $name } a citit pe { $date }
    [agreed] { $name } a spus da pe { $date }
    [declined] { $name } a spus nu pe { $date }
    [corrected] { $name } a schimbat răspunsul pe { $date }
    [advocate] S-a găsit un susținător pe { $date }
    [booked] Evaluarea a fost programată pe { $date }
   *[other] { $date }
}
decide-error-outcome = Alegeți dacă sunteți de acord cu cererea copilului { $child }
decide-error-direction = Scrieți instrucțiunile pentru echipă
decide-error-reasons = Scrieți motivele. { $child } le va citi cuvânt cu cuvânt.
decide-error-too-long = Textul este prea lung. Număr maxim de caractere: { $max }.

## chunk: pages
extra-review-title = Vreau o evaluare în plus
extra-review-intro = Poți cere oricând o evaluare în plus. { $name } se va gândi cu atenție și îți va spune răspunsul.
extra-review-continue = Continuă
extra-review-reasons-legend = De ce vrei o evaluare în plus?
extra-review-reasons-hint = Bifează tot ce este adevărat sau scrie cu cuvintele tale mai jos.
extra-review-why = Spune-ne mai multe (opțional)
extra-review-why-hint = Spune cu cuvintele tale.
extra-review-when = Când ai vrea să fie?
extra-review-no-reasons = Nu ai bifat nimic.
extra-review-who-reads = { $name } va citi asta. Pot citi și asistentul tău social și managerul echipei de evaluare. Persoana care are grijă de tine nu poate citi.
extra-review-send = Trimite cererea mea
extra-review-change = Schimbă ce am scris
extra-review-sent = Cererea ta a fost trimisă
extra-review-what-next = Dacă { $name } spune da, evaluarea ta va fi organizată. Dacă { $name } spune nu, îți va scrie de ce.
extra-review-see-later = Vezi cererea ta și răspunsul în Cererile mele

## chunk: pages request_decision
my-requests-agreed = { $name } a spus da. Evaluarea ta va fi organizată.
my-requests-booked = Evaluarea ta în plus este pe { $date }.
my-requests-declined = { $name } a spus nu. Acestea sunt motivele, cuvânt cu cuvânt:
my-requests-next-title = Ce poți face mai departe
my-requests-next-advocate = Poți vorbi cu un susținător. Un susținător este de partea ta și este gratuit.
my-requests-your-advocate = Susținătorul tău este { $name }.
my-requests-next-complain = Dacă crezi că răspunsul este greșit, poți face o plângere. Orice adult în care ai încredere te poate ajuta, de exemplu asistentul tău social sau susținătorul tău.
my-requests-complain-ask = Poți cere și de la { $name } să-ți spună cum să faci o plângere.
my-requests-steps = Ce s-a întâmplat

## chunk: pages
my-requests-title = Cererile mele
my-requests-none = Încă nu ai cerut nimic.
my-requests-extra-review = Ai cerut o evaluare în plus
my-requests-advocate = Ai cerut un susținător
my-requests-what-you-asked = Ce ai cerut

## chunk: requests_list request_decision
requests-asked-on = Cerut pe
requests-answer-by = Răspuns până pe

## chunk: requests_list
requests-title = Cereri de la copii
requests-none = Nu există cereri.
requests-card-title = { $child }: { $kind }
requests-state = Stadiu

## chunk: request_decision
decide-title = Cererea copilului { $child } pentru o evaluare în plus
decide-child-words = Cu cuvintele copilului { $child }
decide-nothing-written = { $child } nu a mai scris nimic.
decide-when = Când: { $when }
decide-advocate-request = { $child } a cerut un susținător.
decide-waiting = Încă fără răspuns. Răspunsul trebuie dat până pe { $date }.
decide-copy-title = Copia dumneavoastră a deciziei
decide-decision-title = Decizia
decide-agreed-by = { $name } a spus da pe { $date }.
decide-declined-by = { $name } a spus nu pe { $date }.
decide-direction-label = Instrucțiunile dumneavoastră pentru echipă
decide-direction-hint = Spuneți ce trebuie să organizeze echipa. Apoi programați evaluarea.
decide-reasons-shown = Motivele, așa cum le citește { $child }
decide-booked = Evaluarea în plus a copilului { $child } este programată pe { $date }.
decide-book-link = Programați evaluarea copilului { $child }
decide-form-title = Decizia dumneavoastră
decide-legend = Sunteți de acord cu o evaluare în plus?
decide-agree = Da, { $child } va avea o evaluare în plus
decide-decline = Nu, și voi da motivele
decide-reasons-label = Motivele dumneavoastră
decide-reasons-hint = { $child } le va citi cuvânt cu cuvânt, iar asistentul social primește o copie. Scrieți-le pentru { $child }.
decide-preview-title = Cum va vedea { $child }
decide-who-reads = { $child } va vedea răspunsul dumneavoastră. Dacă spuneți nu, asistentul social al copilului { $child } primește o copie.
decide-send = Trimiteți decizia
decide-sent = Decizia a fost trimisă.
decide-error-already = Altcineva a decis deja această cerere. Decizia este mai jos. Ce ați scris este încă aici.
decide-error-offline = Nu am putut trimite decizia. Verificați conexiunea la internet și încercați din nou. Ce ați scris este păstrat.
decide-error-not-allowed = Doar ofițerul de evaluare al copilului { $child } sau un manager poate decide această cerere.
decide-correct-button = Corectați această decizie
decide-correcting = Corectați decizia de mai sus. Ea rămâne în evidență, iar noua decizie este cea care contează de acum înainte.
decide-keep = Păstrați decizia așa cum este
decide-corrects = Aceasta corectează decizia anterioară din { $date }.

## chunk: first
# "I don't feel safe": the phone numbers are real UK helplines: keep them exactly.

unsafe-button = Nu mă simt în siguranță
unsafe-title = Nu mă simt în siguranță
unsafe-sending = Anunțăm acum: { $officer }, asistentul tău social și un manager…
unsafe-sent = Am anunțat: { $officer }, asistentul tău social și un manager. Ei știu că este urgent și te vor contacta cât de repede pot.
unsafe-not-sent = Nu am putut să-i anunțăm. Te rog, sună acum la unul dintre numerele de mai sus.
unsafe-not-sent-signed-out = Nu ești în cont, așa că nu am putut să-i anunțăm. Te rog, sună acum la unul dintre numerele de mai sus.
unsafe-try-again = Încearcă din nou să-i anunți
unsafe-intro = Poți suna oricând la aceste numere. Când ești în cont, poți anunța de pe această pagină și pe: { $officer }, asistentul tău social și un manager.
unsafe-tell-heading = Anunță-ți adulții
unsafe-tell-intro = Îi anunțăm imediat: { $officer }, asistentul tău social și un manager. Vor ști că este urgent.
unsafe-what-label = Ce se întâmplă? Nu trebuie să spui.
unsafe-tell-button = Anunță-mi adulții acum
unsafe-you-wrote = Ce le-ai spus
unsafe-danger-heading = Dacă ești în pericol acum
unsafe-danger = Sună la 999 sau la Childline la { $childline }. Este gratuit.
unsafe-call-999 = Sună la 999
unsafe-call-childline = Sună la Childline: { $number }
unsafe-childline-hint = Gratuit, zi și noapte. Pentru oricine are sub 19 ani.
unsafe-talk-heading = Cineva cu care să vorbești
unsafe-call-coram = Sună la Coram Voice: { $number }
unsafe-coram-hint = Gratuit. Ei ajută copiii din sistemul de protecție să fie ascultați.
updates-link = Ce e nou
updates-new = Noutăți: { $count }
home-advocate = Vreau un susținător
advocate-heading = { $viewer ->
    [self] Susținătorul tău
   *[other] Susținătorul copilului { $child }
}

## chunk: caseload

alerts-title = Urgent: { $count ->
    [one] un copil nu se simte în siguranță
    [few] { $count } copii nu se simt în siguranță
   *[other] { $count } de copii nu se simt în siguranță
}
alert-line = Urgent: { $child } a apăsat „Nu mă simt în siguranță” pe { $date }, la ora { $time }.
alert-act = Contactați copilul acum.
alert-said = { $child } a scris:
alert-open = Vedeți pagina copilului { $child }
advocacy-link = Copii care așteaptă un susținător

## chunk: whats_new

updates-title = Ce e nou
updates-none = Nu s-a schimbat nimic încă. Când se schimbă ceva, vei vedea aici.
updates-all-seen = Ai văzut tot ce este aici.
update-new = Nou
update-urgent = Urgent
update-when = { $date }, ora { $time }
update-request-arrived = { $child } a cerut ceva.
update-request-agreed = { $viewer ->
    [self] { $officer } a spus da la ce ai cerut.
   *[other] Cererea copilului { $child } a fost acceptată.
}
update-request-declined = { $viewer ->
    [self] { $officer } a răspuns la ce ai cerut. Poți vedea de ce.
   *[other] Cererea copilului { $child } a fost refuzată.
}
update-decision-copy = Cererea copilului { $child } a fost refuzată. Copia dumneavoastră cu motivele este aici.
update-decision-corrected = { $viewer ->
    [self] Un răspuns la ce ai cerut a fost schimbat.
   *[other] Un răspuns la cererea copilului { $child } a fost schimbat.
}
update-advocate-suggested = { $viewer ->
    [self] Cineva crede că un susținător te-ar putea ajuta.
   *[other] Cineva a propus un susținător pentru { $child }.
}
update-referral-answered = { $child } a răspuns la propunerea dumneavoastră de susținător.
update-advocate-allocated = { $viewer ->
    [self] Acum ai un susținător.
   *[other] { $child } are acum un susținător.
}
update-review-booked = { $viewer ->
    [self] Evaluarea ta în plus are o dată.
   *[other] Evaluarea în plus a copilului { $child } are o dată.
}
update-unsafe-alert = Urgent: { $child } a apăsat „Nu mă simt în siguranță”.

## chunk: ask_advocate

advocate-what = Un susținător (în engleză „advocate”) este cineva de partea ta. Te ajută să spui ce crezi și are grijă ca adulții să te asculte. Este gratuit. Ce îi spui rămâne între voi, dacă nimeni nu este în pericol.
advocate-about-label = La ce ai vrea ajutor? (opțional)
advocate-about-hint = Nu e obligatoriu să spui. Număr maxim de caractere: { $max }.
advocate-about-too-long = Ce ai scris este prea lung. Număr maxim de caractere: { $max }.
advocate-continue = Continuă
advocate-back = Înapoi
advocate-contact-legend = Cum ai vrea să te contacteze susținătorul?
contact-by-in-person = Să vină să mă vadă acolo unde locuiesc
contact-by-phone = Să mă sune
contact-by-text = Să-mi trimită un SMS
contact-by-email = Să-mi trimită un email
contact-by-officer = Prin { $officer }
advocate-contact-missing = Alege cum ai vrea să te contacteze susținătorul.
advocate-phone-label = Numărul tău de telefon
advocate-email-label = Adresa ta de email
advocate-phone-missing = Scrie numărul de telefon sau alege alt mod.
advocate-email-missing = Scrie adresa de email sau alege alt mod.
advocate-check-title = Verifică răspunsurile
advocate-check-about = La ce vrei ajutor
advocate-check-contact = Cum să te contacteze
advocate-check-none = Nu ai spus.
advocate-change = Schimbă
advocate-change-about = Schimbă la ce vrei ajutor
advocate-change-contact = Schimbă cum să te contacteze
advocate-who-reads = Pot citi asta: serviciul de susținere, { $officer } și un manager.
advocate-send = Trimite
advocate-sending = Se trimite…
advocate-sent-title = Ai cerut un susținător
advocate-sent-next = Serviciul de susținere îți va alege un susținător și te va contacta cum ai cerut. Atunci, pe pagina ta principală vei vedea numele susținătorului și cum poți vorbi cu el sau cu ea.
advocate-sent-home = Mergi la pagina mea principală
advocate-send-offline = Nu am putut trimite. Verifică dacă ai internet și încearcă din nou. Răspunsurile tale sunt păstrate.
advocate-send-failed = Ceva nu a mers bine la noi. Încearcă din nou peste câteva minute. Răspunsurile tale sunt păstrate.
advocate-send-signed-out = Nu mai ești în cont. Intră din nou în cont, apoi cere din nou.

## chunk: advocate_offer

advocate-offer-question = { $name } crede că un susținător te-ar putea ajuta. Vrei unul?
advocate-offer-what = Un susținător este cineva de partea ta, care te ajută să spui ce vrei. Este gratuit. Tu alegi.
advocate-offer-yes = Da, vreau un susținător
advocate-offer-no = Nu, mulțumesc
advocate-offer-said-yes = Mulțumim. Serviciul de susținere îți va alege un susținător. Pe pagina ta principală vei vedea cine este.
advocate-offer-said-no = E în regulă. Poți cere un susținător oricând, de pe pagina ta principală.
advocate-offer-failed = Nu am putut trimite răspunsul tău. Verifică dacă ai internet și încearcă din nou.

## chunk: child_officer

suggest-advocate = Propuneți un susținător
suggest-advocate-hint = Copilul { $child } va fi întrebat dacă vrea un susținător. Nu se întâmplă nimic dacă nu spune da.
suggest-advocate-sent = Gata. Copilul { $child } va fi întrebat pe pagina sa principală dacă vrea un susținător.
suggest-advocate-asked-recently = { $child } a spus nu pe { $date }; puteți întreba din nou de la { $from }.
suggest-advocate-asked-recently-undated = { $child } a spus nu de curând; puteți întreba din nou de la { $from }.
suggest-advocate-failed = Nu a funcționat. Verificați conexiunea la internet și încercați din nou.
suggest-advocate-not-allowed = Nu puteți propune un susținător pentru { $child }.

## chunk: advocacy

advocacy-title = Copii care așteaptă un susținător
advocacy-none = Nimeni nu așteaptă un susținător.
advocacy-asked = { $child } a cerut pe { $date }.
advocacy-overdue = Așteaptă de prea mult timp: răspunsul trebuia dat până pe { $date }.
advocacy-take = Preluați cererea copilului { $child }
advocacy-taken = Acum sunteți susținătorul copilului { $child }.
advocacy-manager-note = Un susținător preia o cerere din această listă.
advocacy-failed = Nu a funcționat. Încercați din nou peste câteva minute.
advocacy-already-taken = Altcineva a preluat deja această cerere.

# Rights links, read aloud, English beside the translation.
rights-link = Află ce drepturi ai
read-aloud = Citește-mi asta
read-aloud-stop = Oprește citirea
read-aloud-no-voice = Acest browser nu are o voce pentru limba aceasta, așa că nu poate citi asta cu voce tare.
rights-english-too = Arată asta și în engleză
rights-in-english = În engleză
