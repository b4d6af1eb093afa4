# Status: not yet checked by a native speaker. Machine-assisted draft translation, 2026-11-23.
# Language: Polish (pl). The child is addressed informally ("ty"); staff pages use a neutral register.
# $officer is the council's name for the reviewing officer, for example "CISRO" or "IRO" (never translated).
# Words used: review = "przegląd", advocate = "rzecznik" (never "adwokat", which means a lawyer),
# carer = "opiekun", social worker = "pracownik socjalny", in care = "w pieczy zastępczej".

## chunk: first
-service = My Say

## Whole app

service-name = { -service }
# Shown only when the browser runs no JavaScript; the build writes it into index.html.
noscript = { -service } potrzebuje JavaScriptu. Włącz go w ustawieniach przeglądarki, a potem odśwież tę stronę.
# The text of the browser tab.
document-title = { $page } – { -service }
document-title-error = Błąd: { $page } – { -service }
skip-link = Przejdź do głównej treści
nav-label = Menu główne
header-signed-in-as = Zalogowano jako { $name }
sign-out = Wyloguj się
quick-exit = Opuść tę stronę
quick-exit-hint = Albo naciśnij Shift 3 razy.
# Shown once, next to the quick exit, until the child chooses "OK, got it".
quick-exit-note = Przycisk „Opuść tę stronę” od razu przenosi cię na inną stronę i cię wylogowuje. Nie usuwa historii przeglądarki.
quick-exit-note-dismiss = OK, rozumiem
loading = Wczytywanie…
# This language's name in itself, as the language menu shows it to everyone.
language-name = Polski
translation-unchecked = Tego tłumaczenia nie sprawdziła jeszcze osoba, dla której polski jest językiem ojczystym.
# The label of the language menu in the header.
language-menu = Język
language-choose = Zmień
# Used only if the council's settings could not be loaded.
officer-title-fallback = koordynator przeglądów

## Signing out after a time without use

# The heading of the warning that comes 2 minutes before we sign someone out.
time-out-title = Czy nadal tu jesteś?
time-out-minutes = Dla twojego bezpieczeństwa wylogujemy cię za { $minutes ->
    [one] 1 minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}.
time-out-seconds = Dla twojego bezpieczeństwa wylogujemy cię za { $seconds ->
    [one] 1 sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
}.
time-out-stay = Nie wylogowuj mnie
# On the sign-in page, after the time ran out.
signed-out-timed-out = Wylogowaliśmy cię, żeby chronić twoje dane. Zaloguj się ponownie, żeby kontynuować.

## Dates, written as "5 stycznia 2027" (month names in the genitive case)

date = { $day } { $month } { $year }
month-january = stycznia
month-february = lutego
month-march = marca
month-april = kwietnia
month-may = maja
month-june = czerwca
month-july = lipca
month-august = sierpnia
month-september = września
month-october = października
month-november = listopada
month-december = grudnia

## Form parts

show = Pokaż
hide = Ukryj
show-passphrase = Pokaż hasło
hide-passphrase = Ukryj hasło
show-password = Pokaż hasło
hide-password = Ukryj hasło
passphrase-shown = Twoje hasło jest widoczne
passphrase-hidden = Twoje hasło jest ukryte
password-shown = Twoje hasło jest widoczne
password-hidden = Twoje hasło jest ukryte
error-summary-title = Jest problem
# Read before an inline error message by screen readers.
error-prefix = Błąd:
## chunk: activate carer_contribution contribution pages next_review staff_sign_in views_with_help request_decision requests_list
back = Wstecz

## Child sign-in

## chunk: first
sign-in-title = Zaloguj się do { -service }
sign-in-username = Nazwa użytkownika
sign-in-passphrase = Hasło
sign-in-button = Zaloguj się
sign-in-first-time = Pierwszy raz? Użyj swojego kodu
sign-in-staff-link = Zaloguj się jako osoba dorosła, która pracuje z dziećmi

## Staff sign-in

## chunk: staff_sign_in
staff-sign-in-title = Logowanie dla personelu i opiekunów
staff-sign-in-email = Adres e-mail
staff-sign-in-password = Hasło
staff-sign-in-button = Zaloguj się

## First sign-in with a code

## chunk: activate
activate-title = Wybierz swoje hasło
activate-intro = Masz nazwę użytkownika i kod od swojego { $officer }. Użyj ich, żeby wybrać własne hasło.
activate-username = Nazwa użytkownika
activate-code = Kod od twojego { $officer }
activate-code-hint = Jest w liście albo w wiadomości od twojego { $officer }.
activate-passphrase = Wybierz hasło
activate-passphrase-hint = Użyj co najmniej { $min } znaków. Dobrze sprawdza się kilka słów, które łatwo zapamiętasz.
activate-button = Dalej

## Form errors

## chunk: first
error-wrong-details-child = Nazwa użytkownika lub hasło są niepoprawne. Sprawdź je i spróbuj ponownie. Jeśli nie masz jeszcze hasła, użyj kodu od swojego { $officer }.
error-wrong-details-staff = Adres e-mail lub hasło są niepoprawne. Sprawdź je i spróbuj ponownie.
error-needs-activation = Nie masz jeszcze hasła. Użyj kodu od swojego { $officer }, żeby je wybrać.
error-bad-code = Kod jest niepoprawny albo za stary. Sprawdź go albo poproś swojego { $officer } o nowy.
error-too-many-tries-child = { $minutes ->
    [one] Za dużo prób. Poczekaj 1 minutę albo zapytaj swojego { $officer }.
    [few] Za dużo prób. Poczekaj { $minutes } minuty albo zapytaj swojego { $officer }.
    [many] Za dużo prób. Poczekaj { $minutes } minut albo zapytaj swojego { $officer }.
   *[other] Za dużo prób. Poczekaj { $minutes } minuty albo zapytaj swojego { $officer }.
}
error-too-many-tries-staff = { $minutes ->
    [one] Za dużo prób. Poczekaj 1 minutę i spróbuj ponownie.
    [few] Za dużo prób. Poczekaj { $minutes } minuty i spróbuj ponownie.
    [many] Za dużo prób. Poczekaj { $minutes } minut i spróbuj ponownie.
   *[other] Za dużo prób. Poczekaj { $minutes } minuty i spróbuj ponownie.
}
error-network = Nie udało się połączyć z { -service }. Sprawdź, czy masz internet, i spróbuj ponownie.
error-server = Coś poszło nie tak po naszej stronie. Spróbuj ponownie za kilka minut.
error-form-expired = Ta strona była otwarta bardzo długo, więc nie mogliśmy przyjąć tego, co wysłałeś. Spróbuj ponownie teraz.
error-enter-username = Wpisz swoją nazwę użytkownika
error-enter-passphrase = Wpisz swoje hasło
error-choose-passphrase = Wybierz hasło
error-passphrase-too-short = Twoje hasło musi mieć co najmniej { $min } znaków
error-passphrase-too-weak = Takie hasło łatwo zgadnąć. Spróbuj trzech lub czterech słów, które zwykle do siebie nie pasują, na przykład kolor, zwierzę i miejsce.
error-too-long = Może mieć najwyżej { $max } znaków
error-busy = Właśnie loguje się bardzo dużo osób. Poczekaj chwilę i spróbuj ponownie.
error-enter-code = Wpisz kod od swojego { $officer }
error-enter-email = Wpisz swój adres e-mail
error-enter-password = Wpisz swoje hasło
error-check-field = Sprawdź to i spróbuj ponownie

## A child's reviewing officer
# $viewer is "self" when the child is reading about themselves, "other" for an adult.
# $child is the child's first name.

officer-title = { $viewer ->
    [self] Twój { $officer }
   *[other] { $officer } dziecka { $child }
}
officer-email = E-mail: { $email }
officer-phone = Telefon: { $phone }
officer-since = { $viewer ->
    [self] Twój { $officer } od { $date }
   *[other] { $officer } dziecka { $child } od { $date }
}
sibling-same = { $viewer ->
    [self] { $sibling } ma tego samego { $officer } co ty.
   *[other] { $sibling } ma tego samego { $officer } co { $child }.
}
sibling-different = { $sibling } ma innego { $officer }.
no-officer = { $viewer ->
    [self] Nie masz jeszcze swojego { $officer }. Szukamy kogoś dla ciebie.
   *[other] { $child } nie ma jeszcze { $officer }.
}
ask-social-worker = { $viewer ->
    [self] Możesz zapytać swojego pracownika socjalnego: { $name }.
   *[other] Pracownik socjalny dziecka { $child }: { $name }.
}
reviews-heading = { $viewer ->
    [self] Twoje przeglądy
   *[other] Przeglądy dziecka { $child }
}
review-explained = Twój przegląd (review) to spotkanie o tobie i twoim planie.
last-review = { $viewer ->
    [self] Twój ostatni przegląd odbył się { $date }.
   *[other] Ostatni przegląd dziecka { $child } odbył się { $date }.
}
no-review-yet = { $viewer ->
    [self] Nie było jeszcze twojego przeglądu.
   *[other] { $child } nie ma jeszcze za sobą żadnego przeglądu.
}
next-review-due = { $viewer ->
    [self] Twój następny przegląd musi się odbyć do { $date }.
   *[other] Następny przegląd dziecka { $child } musi się odbyć do { $date }.
}
next-review-scheduled = { $viewer ->
    [self] Twój następny przegląd odbędzie się { $date }.
   *[other] Następny przegląd dziecka { $child } odbędzie się { $date }.
}
# A booked review, with its time ($time, as 10:30) and where it meets.
# $kind is "online", "in_person" (then $place is the officer's words for the place) or "unknown".
next-review-booked = { $viewer ->
    [self] { $kind ->
        [online] Twój następny przegląd odbędzie się { $date } o { $time }. Będzie online.
        [in_person] Twój następny przegląd odbędzie się { $date } o { $time }. Miejsce: { $place }.
       *[unknown] Twój następny przegląd odbędzie się { $date } o { $time }.
    }
   *[other] { $kind ->
        [online] Następny przegląd dziecka { $child } odbędzie się { $date } o { $time }. Będzie online.
        [in_person] Następny przegląd dziecka { $child } odbędzie się { $date } o { $time }. Miejsce: { $place }.
       *[unknown] Następny przegląd dziecka { $child } odbędzie się { $date } o { $time }.
    }
}
# The big buttons on a child's home. $name is their reviewing officer's name.
home-tell = Co myślisz? Napisz do: { $name }
home-my-meeting = Moje spotkanie
# Used when a child has no reviewing officer yet.
your-officer = twój { $officer }

## Adults: the children they work with

## chunk: caseload request_decision requests_list
caseload-title-mine = Twoje dzieci
caseload-title-all = Wszystkie dzieci
caseload-title-social-worker = Dzieci, dla których jesteś pracownikiem socjalnym
caseload-empty = Na twojej liście nie ma jeszcze dzieci.
caseload-age = Wiek
caseload-home = Gdzie mieszka
caseload-officer = { $officer }
caseload-no-officer = Jeszcze brak
caseload-last-review = Ostatni przegląd
caseload-no-review = Jeszcze brak
caseload-next-review = Termin następnego przeglądu
overdue = Po terminie
without-officer-title = Dzieci bez { $officer }
without-officer-none = Każde dziecko ma { $officer }.
without-officer-days = { $days ->
    [one] 1 dzień roboczy w pieczy zastępczej bez { $officer }
    [few] { $days } dni robocze w pieczy zastępczej bez { $officer }
    [many] { $days } dni roboczych w pieczy zastępczej bez { $officer }
   *[other] { $days } dnia roboczego w pieczy zastępczej bez { $officer }
}
in-care-since = W pieczy zastępczej od { $date }

placement-foster = W rodzinie zastępczej
placement-kinship = U rodziny lub przyjaciół
placement-residential = W domu dziecka
placement-secure = W ośrodku zamkniętym (secure home)
placement-adoptive = W rodzinie, która planuje adopcję
placement-short-breaks = Krótkie pobyty (short breaks)
placement-independent = Mieszka samodzielnie ze wsparciem
placement-other = Gdzie indziej

## Pages for problems

## chunk: carer_contribution not_allowed
not-allowed-title = Nie możesz zobaczyć tej strony
not-allowed-body = Twoje konto nie ma dostępu do tej strony.
## chunk: carer_contribution child_officer contribution next_review not_found views_with_help request_decision
not-found-title = Nie znaleziono strony
not-found-body = Sprawdź, czy adres strony jest poprawny.
## chunk: carer_contribution child_officer contribution pages next_review not_allowed not_found views_with_help request_decision
go-home = Przejdź do strony głównej
## chunk: first
load-failed-title = Przepraszamy, ta strona się nie wczytała
load-failed-body = Sprawdź, czy masz internet, i spróbuj ponownie.
try-again = Spróbuj ponownie

## Writing for a review: "My views" and "My meeting"
# $name is the reviewing officer's name (or "twój CISRO" when there is none yet).

## chunk: pages views_with_help
optional = { $label } (nieobowiązkowe)
draft-explained = To, co piszesz, zapisuje się na bieżąco. Nikt inny tego nie zobaczy, dopóki tego nie wyślesz.
draft-saved = Zapisano
save-draft = Zapisz mój szkic
draft-explained-save = Naciśnij „Zapisz mój szkic”, aby zachować to, co piszesz, i dokończyć później. Nikt inny tego nie zobaczy, dopóki tego nie wyślesz.
draft-retrying = Jeszcze nie zapisano, próbujemy ponownie
## chunk: carer_contribution pages views_with_help
draft-too-long = Jeszcze nie zapisano: jedna odpowiedź jest za długa. Skróć ją, a wtedy się zapisze.
## chunk: pages views_with_help request_decision
count-limit = Możesz napisać do { $max } znaków.
count-left = { $left ->
    [one] Został ci 1 znak
    [few] Zostały ci { $left } znaki
    [many] Zostało ci { $left } znaków
   *[other] Zostało ci { $left } znaku
}
count-over = { $over ->
    [one] Masz 1 znak za dużo
    [few] Masz { $over } znaki za dużo
    [many] Masz { $over } znaków za dużo
   *[other] Masz { $over } znaku za dużo
}
check-and-send = Sprawdź i wyślij
check-title = Sprawdź, co wysyłasz
check-change = Zmień
check-skipped = Ta część jest pusta.
send-button = Wyślij
send-wishes-button = Wyślij moje życzenia
sending = Wysyłanie…
share-legend = Kto jeszcze może to przeczytać? (nieobowiązkowe)
share-hint = { $name } zawsze może to przeczytać. Możesz pozwolić przeczytać to też innym osobom.
share-social-worker = Twój pracownik socjalny
share-carer = Twój opiekun
share-advocate = Twój rzecznik
who-can-read-title = Kto może to przeczytać
who-can-read-only = Tylko { $name } może to przeczytać.
who-can-read-these = Te osoby mogą to przeczytać:
person-with-role = { $name } ({ $role })
role-carer = opiekun
role-advocate = rzecznik
role-social-worker = pracownik socjalny
role-manager = kierownik
role-child = ty
read-receipt = { $name } – przeczytano { $date }
not-read-yet = Nikt jeszcze tego nie przeczytał.
helped-by = Napisane z pomocą: { $name } ({ $role })
sent-on = Wysłano { $date }
added-on = Dodano { $date }
add-something = Chcę coś dodać
add-label = Co chcesz dodać?
add-button = Dodaj to
what-you-sent = Twoja wysłana wiadomość
sent-before-review = { $name } przeczyta to przed twoim przeglądem { $date }.
sent-before-next-review = { $name } przeczyta to przed twoim następnym przeglądem.
sent-moved = Twój ostatni przegląd już się odbył, więc to trafi na następny przegląd.
sent-already = To zostało już wysłane wcześniej. Zachowaliśmy to tylko raz.
sent-see-later = Możesz wrócić na tę stronę później. Zobaczysz tu, co wysłano i kto to przeczytał.
error-nothing-to-send = Tu jeszcze nic nie ma. Napisz coś w co najmniej jednej części, a potem wyślij.
error-answer-too-long = Twoja odpowiedź na pytanie „{ $question }” jest za długa. Może mieć do { $max } znaków.
error-answers-too-long = Twoje odpowiedzi są za długie. Każda może mieć do { $max } znaków.
error-send-offline = Nie udało się tego wysłać. Sprawdź, czy masz internet, i spróbuj ponownie. Twoje słowa są zachowane.
error-send-not-allowed = Nie możesz tego wysłać ze swojego konta.
error-add-empty = Napisz, co chcesz dodać
carer-text = Informacje od opiekuna

views-going-well = Co idzie dobrze?
views-not-going-well = Co nie idzie dobrze?
views-want-to-change = Co chcesz zmienić?
views-anything-else = Czy { $name } ma wiedzieć coś jeszcze?
my-views-title = Co myślisz? Napisz do: { $name }
my-views-intro = Twój przegląd to spotkanie o tobie i twoim planie. Napisz, co { $name } ma wiedzieć. Możesz pominąć każdą część.
my-views-sent = Twoje zdanie jest wysłane
# A draft the child's advocate ($name) wrote with them.
helper-draft-title = Napisane razem z tobą: { $name }
helper-draft-hint = Jeśli właśnie to chcesz powiedzieć, możesz to wysłać. Twoje własne słowa poniżej się nie zmienią.
helper-draft-send = Właśnie to chcę powiedzieć – wyślij
helped-by-draft = Napisane z pomocą: { $name }.

meeting-come = Czy chcesz przyjść na swoje spotkanie?
meeting-come-yes = Tak
meeting-come-no = Nie
meeting-come-not-sure = Nie wiem
meeting-chair = Czy chcesz prowadzić swoje spotkanie?
meeting-chair-no = Nie
meeting-chair-with-help = Tak, z pomocą
meeting-chair-on-my-own = Tak, samodzielnie
meeting-who = Kogo chcesz na spotkaniu?
meeting-not-there = Czy jest ktoś, kogo nie chcesz na części spotkania?
meeting-not-there-hint = Napisz, kto to jest i o czym chcesz porozmawiać bez tej osoby. Ta część jest prywatna.
meeting-help = Czy potrzebujesz pomocy na spotkaniu?
meeting-help-interpreter = Ktoś, kto przetłumaczy (tłumacz)
meeting-help-communication = Pomoc w porozumiewaniu się
meeting-help-advocate = Rzecznik (ktoś, kto pomoże ci zabrać głos)
meeting-help-details = Napisz więcej o pomocy, której potrzebujesz
meeting-help-details-hint = Na przykład, w jakim języku.
my-meeting-title = Moje spotkanie
my-meeting-intro = Napisz, czego chcesz na swoim spotkaniu (przeglądzie). Przeczyta to { $name }. Możesz pominąć każdą część.
my-meeting-sent = Twoje życzenia są wysłane
my-meeting-send-again = W każdej chwili możesz zmienić swoje życzenia i wysłać je ponownie. Liczą się najnowsze.
my-meeting-last-sent = Co wysłano ostatnio

## An advocate writes a child's views with them ($child is the child's first name)

## chunk: child_officer
with-help-link = Zapisz zdanie dziecka razem z dzieckiem
## chunk: views_with_help
with-help-title = Zdanie dziecka { $child }, zapisane razem z dzieckiem
with-help-intro = Zapisz słowami dziecka, co { $child } chce przekazać. Przeczyta to { $name }. { $child } może to przeczytać i wysłać w aplikacji. Jeśli { $child } zgodzi się na to przy tobie, możesz to wysłać.
with-help-send = { $child } zgadza się na to osobiście – wyślij
with-help-sent = Zdanie dziecka { $child } jest wysłane
with-help-sent-before = Wysłano wcześniej

## An adult's view of a child: links to the review pages

## chunk: child_officer
child-link-review = Następny przegląd: termin i to, co już przyszło
child-link-carer = Twoje informacje na następny przegląd

## Who someone is, after their name: "Jordan Lee (rzecznik)"
# $role is child, carer, advocate, reviewing_officer, social_worker or manager.

## chunk: carer_contribution contribution next_review
adult-person-with-role = { $name } ({ $role ->
    [child] dziecko
    [carer] opiekun
    [advocate] rzecznik
    [reviewing_officer] { $officer }
    [social_worker] pracownik socjalny
   *[manager] kierownik
})

## The officer's page for a child's next review

## chunk: next_review
review-title = Następny przegląd dziecka { $child }
review-must-happen-by = Musi się odbyć do { $date }.
review-booked-heading = Zaplanowany przegląd
## chunk: carer_contribution contribution next_review
review-booked-on = { $date } o { $time }
review-booked-on-no-time = { $date }
review-online = Online
review-where = Miejsce: { $place }
## chunk: next_review
review-working-days = { $days ->
    [0] To dzisiaj.
    [one] To za 1 dzień roboczy.
    [few] To za { $days } dni robocze.
    [many] To za { $days } dni roboczych.
   *[other] To za { $days } dnia roboczego.
}
review-late-title = Ten przegląd jest po terminie
review-late = Jest zaplanowany po { $date }, czyli po dniu, do którego musi się odbyć. Termin jest zapisany. Jeśli możesz, zaplanuj wcześniejszą datę.
review-booked-notice = Przegląd jest zaplanowany.
review-held-notice = Przegląd jest zapisany jako odbyty.
review-held-button = Zapisz jako odbyty
review-held-hint = Zrób to, gdy przegląd już się odbędzie.
review-not-held-yet = Przegląd można zapisać jako odbyty w dniu przeglądu albo później.
review-already-booked = { $child } ma już zaplanowany przegląd. Najpierw zapisz go jako odbyty.
review-book-heading = Zaplanuj przegląd
review-book-date = Data
review-book-date-hint = Na przykład { $example }
review-book-day = Dzień
review-book-month = Miesiąc
review-book-year = Rok
review-book-time = Godzina
review-book-time-hint = Użyj zegara 24-godzinnego, na przykład 14:30
review-book-place = Gdzie się odbędzie?
review-book-in-person = Osobiście
review-book-online = Online
review-book-place-name = Miejsce
review-book-place-hint = Na przykład szkoła dziecka { $child }, sala 4
review-book-button = Zaplanuj przegląd
review-error-date-required = Wpisz datę przeglądu
review-error-date-real = Wpisz prawdziwą datę
review-error-in-the-past = Data musi być dzisiejsza albo przyszła
review-error-time-required = Wpisz godzinę przeglądu
review-error-not-a-time = Wpisz godzinę w formacie 14:30
review-error-place-kind = Wybierz: osobiście albo online
review-error-place-required = Wpisz, gdzie odbędzie się przegląd
review-error-too-long = Może mieć najwyżej { $max } znaków
review-held-list = Odbyte przeglądy: { $count }
review-arrived-heading = Co już przyszło na ten przegląd
review-nothing-arrived = Nic jeszcze nie przyszło.
review-no-carer-yet = Brak jeszcze informacji od opiekuna
review-no-carer-yet-detail = Do przeglądu zostało 10 dni roboczych lub mniej.

## Contributions, as lists and pages show them

## chunk: carer_contribution contribution next_review
contribution-kind-my-views = Zdanie dziecka { $child }
contribution-kind-my-meeting = Życzenia dziecka { $child } dotyczące spotkania
contribution-kind-carer = Informacje od opiekuna
contribution-from = Od: { $person }
contribution-sent-on = Wysłano { $date }
contribution-helped-by = Napisane z pomocą: { $person }
contribution-agreed-in-person = Zgoda dziecka { $child } wyrażona osobiście.
contribution-agreed-in-app = Zgoda dziecka { $child } potwierdzona w { -service }.
contribution-read-on = { $name } – przeczytano { $date }
contribution-cannot-read = Widzisz, że to przyszło, ale nie widzisz treści.
contribution-readers-one = Tylko { $person } może to przeczytać.
contribution-readers-many = Te osoby mogą to przeczytać:
contribution-additions = Dodane później
contribution-added-on = Dodano { $date }
contribution-attachments = Pliki
contribution-attachment = { $name } ({ $kind }, { $size })
contribution-nothing-written = Nic nie napisano
contribution-back = Wróć do następnego przeglądu dziecka { $child }

file-kind-pdf = PDF
file-kind-docx = Dokument Word
file-kind-jpeg = Obraz JPEG
file-kind-png = Obraz PNG
file-size-kb = { $kb } KB
file-size-mb = { $mb } MB

adult-views-going-well = Co idzie dobrze
adult-views-not-going-well = Co nie idzie dobrze
adult-views-want-to-change = Co { $child } chce zmienić
adult-views-anything-else = Coś jeszcze

## The child's wishes for the meeting, as adults read them

wishes-heading = Życzenia dziecka { $child } dotyczące spotkania
wishes-none = Brak jeszcze życzeń dziecka { $child } dotyczących spotkania.
wishes-come = Chce przyjść
wishes-chair = Chce prowadzić spotkanie
wishes-who = Kogo { $child } chce na spotkaniu
wishes-not-there = Kogo { $child } nie chce na części spotkania
wishes-help = Potrzebna pomoc
wishes-help-details = O pomocy
wishes-yes = Tak
wishes-no = Nie
wishes-not-sure = Nie wie
wishes-chair-no = Nie
wishes-chair-with-help = Tak, z pomocą
wishes-chair-on-own = Tak, samodzielnie
wishes-interpreter = Tłumacz
wishes-communication = Pomoc w porozumiewaniu się
wishes-advocate = Rzecznik
wishes-no-help = Brak
wishes-not-said = Nie podano

## The carer's contribution

## chunk: carer_contribution
carer-title = Twoje informacje na przegląd dziecka { $child }
carer-intro = Napisz do: { $officer }, jak sprawy mają się u dziecka { $child }. Możesz też dołączyć raporty lub listy.
carer-review-on = Przegląd odbędzie się { $date }.
carer-review-by = Przegląd musi się odbyć do { $date }.
## chunk: carer_contribution contribution
adult-carer-text = Co chcesz przekazać
## chunk: carer_contribution
carer-text-hint = Twój tekst zapisuje się podczas pisania.
carer-count = { $left ->
    [one] Został ci 1 znak
    [few] Zostały ci { $left } znaki
    [many] Zostało ci { $left } znaków
   *[other] Zostało ci { $left } znaku
}
carer-count-over = { $over ->
    [one] Masz 1 znak za dużo
    [few] Masz { $over } znaki za dużo
    [many] Masz { $over } znaków za dużo
   *[other] Masz { $over } znaku za dużo
}
carer-saved = Zapisano
carer-not-saved = Jeszcze nie zapisano, próbujemy ponownie
carer-files = Pliki
carer-files-hint = PDF, Word (docx), JPEG lub PNG, każdy do { $mb } MB.
carer-choose-file = Wybierz plik do dołączenia
carer-upload-button = Dołącz plik
carer-progress = Wysyłanie: { $name }
carer-progress-percent = Wysłano { $percent }%
carer-uploaded = Dołączono: { $name }.
carer-no-files = Nie dołączono jeszcze plików.
# A file attached on an earlier visit, whose name this page does not know.
carer-earlier-file = Plik dołączony wcześniej
carer-retry = Spróbuj ponownie wysłać plik
carer-remove = Usuń { $name }
carer-readers = Mogą to przeczytać: ty, { $officer } dziecka { $child } i pracownik socjalny dziecka.
carer-send = Wyślij do: { $officer }
carer-sent-title = Wysłano
carer-sent-body = { $officer } przeczyta to przed przeglądem.
carer-sent-heading = Co wysłano
carer-error-nothing = Zanim wyślesz, napisz coś lub dołącz plik
carer-error-too-long = Tekst może mieć najwyżej { $max } znaków
carer-file-too-big = Ten plik jest za duży. Pliki mogą mieć najwyżej { $mb } MB.
carer-file-empty = Ten plik jest pusty. Wybierz inny plik.
carer-file-wrong-type = Ten plik nie jest plikiem PDF, dokumentem Word, JPEG ani PNG.
carer-file-failed = Nie udało się wysłać pliku. Sprawdź połączenie z internetem i spróbuj ponownie.
carer-file-choose = Najpierw wybierz plik

## chunk: first
# More big buttons on a child's home.
home-extra-review = Chcę dodatkowy przegląd
home-my-requests = Moje prośby

## chunk: caseload
caseload-requests-link = Prośby od dzieci

## chunk: pages requests_list request_decision
# Asking for an extra review: the quick reasons a child can tick, and when they would like it.
extra-review-reason-plan-changed = Mój plan się zmienił
extra-review-reason-want-to-move = Chcę się przeprowadzić
extra-review-reason-wrong-where-i-live = Coś jest nie tak tam, gdzie mieszkam
extra-review-when-soon = Jak najszybciej
extra-review-when-weeks = W ciągu kilku najbliższych tygodni
extra-review-when-dont-mind = Jest mi wszystko jedno
# $name is the reviewing officer's first name (or "twój CISRO"); $date as "5 stycznia 2027".
extra-review-answer-by = { $name } odpowie do { $date }.
extra-review-error-why = Zaznacz powód albo napisz, dlaczego chcesz dodatkowy przegląd. Przeczyta to { $name }.
extra-review-error-why-long = Twój tekst jest za długi. Może mieć do { $max } znaków.
extra-review-error-when = Wybierz, kiedy chcesz mieć przegląd
requests-kind-extra-review = dodatkowy przegląd
requests-kind-advocate = rzecznik
requests-state-waiting = Czeka na odpowiedź
requests-state-agreed = Odpowiedź: tak
requests-state-declined = Odpowiedź: nie
requests-state-advocate = Znaleziono rzecznika
# One step of a request, with its date. $viewer is "self" when the child reads it.
# $child is the child's first name, $name the first name of whoever took the step.
request-step = { $step ->
    [asked] { $viewer ->
        [self] Twoja prośba: { $date }
       *[other] Prośba dziecka { $child }: { $date }
    }
    [read] { $name } – przeczytano { $date }
    [agreed] { $name } – zgoda { $date }
    [declined] { $name } – odmowa { $date }
    [corrected] { $name } – zmiana odpowiedzi { $date }
    [advocate] Znaleziono rzecznika { $date }
    [booked] Przegląd zaplanowano { $date }
   *[other] { $date }
}
decide-error-outcome = Wybierz, czy zgadzasz się na prośbę dziecka { $child }
decide-error-direction = Napisz polecenie dla zespołu
decide-error-reasons = Napisz uzasadnienie. { $child } przeczyta je słowo w słowo.
decide-error-too-long = To jest za długie. Może mieć najwyżej { $max } znaków.

## chunk: pages
extra-review-title = Chcę dodatkowy przegląd
extra-review-intro = W każdej chwili możesz poprosić o dodatkowy przegląd. { $name } dobrze to przemyśli i da ci odpowiedź.
extra-review-continue = Dalej
extra-review-reasons-legend = Dlaczego chcesz dodatkowy przegląd?
extra-review-reasons-hint = Zaznacz wszystko, co jest prawdą, albo napisz to własnymi słowami poniżej.
extra-review-why = Napisz więcej (nieobowiązkowe)
extra-review-why-hint = Powiedz to własnymi słowami.
extra-review-when = Kiedy chcesz, żeby się odbył?
extra-review-no-reasons = Nic nie zaznaczono.
extra-review-who-reads = { $name } to przeczyta. Twój pracownik socjalny i kierownik zespołu od przeglądów też mogą to przeczytać. Twój opiekun nie może.
extra-review-send = Wyślij moją prośbę
extra-review-change = Zmień to, co napisałem
extra-review-sent = Twoja prośba jest wysłana
extra-review-what-next = Jeśli { $name } powie „tak”, twój przegląd zostanie zorganizowany. Jeśli { $name } powie „nie”, wyjaśni ci na piśmie dlaczego.
extra-review-see-later = Swoją prośbę i odpowiedź zobaczysz w części Moje prośby

## chunk: pages request_decision
# A decision as the child reads it. $name is the officer's first name.
my-requests-agreed = { $name } się zgadza. Twój przegląd zostanie zorganizowany.
my-requests-booked = Twój dodatkowy przegląd odbędzie się { $date }.
my-requests-declined = { $name } się nie zgadza. Oto powody, słowo w słowo:
my-requests-next-title = Co możesz zrobić dalej
my-requests-next-advocate = Możesz porozmawiać z rzecznikiem. Rzecznik jest po twojej stronie i to nic nie kosztuje.
my-requests-your-advocate = Twój rzecznik to { $name }.
my-requests-next-complain = Jeśli uważasz, że odpowiedź jest zła, możesz złożyć skargę. Może ci w tym pomóc każdy dorosły, któremu ufasz, na przykład twój pracownik socjalny albo rzecznik.
my-requests-complain-ask = { $name } też może ci powiedzieć, jak złożyć skargę.
my-requests-steps = Co się wydarzyło

## chunk: pages
my-requests-title = Moje prośby
my-requests-none = Nie masz jeszcze żadnych próśb.
my-requests-extra-review = Prośba o dodatkowy przegląd
my-requests-advocate = Prośba o rzecznika
my-requests-what-you-asked = Twoja prośba

## chunk: requests_list request_decision
requests-asked-on = Data prośby
requests-answer-by = Odpowiedź do

## chunk: requests_list
requests-title = Prośby od dzieci
requests-none = Nie ma żadnych próśb.
# $kind is "dodatkowy przegląd" or "rzecznik".
requests-card-title = { $child }: { $kind }
requests-state = Na jakim etapie

## chunk: request_decision
# $child is the child's first name.
decide-title = Prośba dziecka { $child } o dodatkowy przegląd
decide-child-words = Słowami dziecka { $child }
decide-nothing-written = Brak dodatkowego tekstu od dziecka { $child }.
decide-when = Kiedy: { $when }
decide-advocate-request = { $child } prosi o rzecznika.
decide-waiting = Jeszcze bez odpowiedzi. Termin odpowiedzi: { $date }.
decide-copy-title = Twoja kopia decyzji
decide-decision-title = Decyzja
# $name is who decided, in full.
decide-agreed-by = { $name } – zgoda, { $date }.
decide-declined-by = { $name } – odmowa, { $date }.
decide-direction-label = Twoje polecenie dla zespołu
decide-direction-hint = Napisz, co zespół musi zorganizować. Potem zaplanuj przegląd.
decide-reasons-shown = Uzasadnienie, tak jak zobaczy je { $child }
decide-booked = Dodatkowy przegląd dziecka { $child } jest zaplanowany na { $date }.
decide-book-link = Zaplanuj przegląd dziecka { $child }
decide-form-title = Twoja decyzja
decide-legend = Czy zgadzasz się na dodatkowy przegląd?
decide-agree = Tak, { $child } będzie mieć dodatkowy przegląd
decide-decline = Nie – podam uzasadnienie
decide-reasons-label = Twoje uzasadnienie
decide-reasons-hint = { $child } przeczyta je słowo w słowo, a pracownik socjalny dostanie kopię. Pisz językiem zrozumiałym dla dziecka.
decide-preview-title = Jak zobaczy to { $child }
decide-who-reads = { $child } zobaczy twoją odpowiedź. Jeśli odmówisz, pracownik socjalny dziecka dostanie kopię.
decide-send = Wyślij decyzję
decide-sent = Decyzja jest wysłana.
decide-error-already = Ktoś już podjął decyzję w sprawie tej prośby. Ta decyzja jest widoczna poniżej. Twój tekst nadal tu jest.
decide-error-offline = Nie udało się wysłać decyzji. Sprawdź połączenie z internetem i spróbuj ponownie. Twój tekst jest zachowany.
decide-error-not-allowed = Tylko osoba prowadząca przeglądy dziecka { $child } albo kierownik może podjąć decyzję w sprawie tej prośby.
# Correcting a decision adds a new one; the old one stays on record.
decide-correct-button = Popraw tę decyzję
decide-correcting = Poprawiasz decyzję powyżej. Zostanie ona w dokumentacji, a od teraz liczy się twoja nowa decyzja.
decide-keep = Zostaw decyzję bez zmian
decide-corrects = To poprawia wcześniejszą decyzję z { $date }.

## chunk: first
# "I don't feel safe": one tap away for a child on every page, and on the
# sign-in pages. Its page must work even when nothing else does, so its words
# are in the first view. The phone numbers are real UK helplines: keep them
# exactly as they are in every language.

unsafe-button = Nie czuję się bezpiecznie
unsafe-title = Nie czuję się bezpiecznie
unsafe-sending = Właśnie informujemy twojego { $officer }, twojego pracownika socjalnego i kierownika…
unsafe-sent = Poinformowaliśmy twojego { $officer }, twojego pracownika socjalnego i kierownika. Wiedzą, że to pilne, i skontaktują się z tobą najszybciej, jak mogą.
unsafe-not-sent = Nie udało się ich poinformować. Zadzwoń teraz pod jeden z numerów powyżej.
unsafe-not-sent-signed-out = Wylogowano cię, więc nie udało się ich poinformować. Zadzwoń teraz pod jeden z numerów powyżej.
unsafe-try-again = Spróbuj jeszcze raz ich poinformować
unsafe-intro = Pod te numery możesz dzwonić o każdej porze. Gdy się zalogujesz, możesz też z tej strony powiadomić twojego { $officer }, twojego pracownika socjalnego i kierownika.
unsafe-tell-heading = Powiadom swoich dorosłych
unsafe-tell-intro = Od razu powiadomimy twojego { $officer }, twojego pracownika socjalnego i kierownika. Będą wiedzieć, że to pilne.
unsafe-what-label = Co się dzieje? Nie musisz mówić.
unsafe-tell-button = Powiadom teraz moich dorosłych
unsafe-you-wrote = Co im napisałeś
unsafe-danger-heading = Jeśli teraz grozi ci niebezpieczeństwo
unsafe-danger = Zadzwoń pod 999 albo do Childline pod numer { $childline }. To nic nie kosztuje.
unsafe-call-999 = Zadzwoń pod 999
unsafe-call-childline = Zadzwoń do Childline: { $number }
unsafe-childline-hint = Bezpłatnie, w dzień i w nocy. Dla każdego, kto ma mniej niż 19 lat.
unsafe-talk-heading = Ktoś, z kim możesz porozmawiać
unsafe-call-coram = Zadzwoń do Coram Voice: { $number }
unsafe-coram-hint = Bezpłatnie. Pomagają dzieciom w pieczy zastępczej, żeby ich głos był słyszany.
# The link in the header to "What's new", with how many things are new.
updates-link = Co nowego
updates-new = Nowe: { $count }
# A child's home: asking for an advocate, and the advocate they have.
home-advocate = Chcę mieć rzecznika
advocate-heading = { $viewer ->
    [self] Twój rzecznik
   *[other] Rzecznik dziecka { $child }
}

## chunk: caseload
# Urgent alerts at the top of an adult's list: a child pressed "I don't feel safe".

alerts-title = Pilne: { $count ->
    [one] dziecko nie czuje się bezpiecznie
    [few] { $count } dzieci nie czuje się bezpiecznie
    [many] { $count } dzieci nie czuje się bezpiecznie
   *[other] { $count } dzieci nie czuje się bezpiecznie
}
alert-line = Pilne: { $child } – przycisk „Nie czuję się bezpiecznie”, { $date } o { $time }.
alert-act = Skontaktuj się z tym dzieckiem teraz.
alert-said = { $child } napisał(a):
alert-open = Zobacz stronę dziecka { $child }
advocacy-link = Dzieci czekające na rzecznika

## chunk: whats_new
# "What's new": what changed since the last visit. $child is the child's first
# name; $viewer is "self" when a child reads about themselves.

updates-title = Co nowego
updates-none = Jeszcze nic się nie zmieniło. Gdy coś się zmieni, zobaczysz to tutaj.
updates-all-seen = Nie ma tu nic nowego.
update-new = Nowe
update-urgent = Pilne
update-when = { $date } o { $time }
update-request-arrived = { $child } o coś prosi.
update-request-agreed = { $viewer ->
    [self] Twój { $officer } zgadza się na twoją prośbę.
   *[other] Prośba dziecka { $child } została przyjęta.
}
update-request-declined = { $viewer ->
    [self] Jest odpowiedź od twojego { $officer } na twoją prośbę. Możesz zobaczyć dlaczego.
   *[other] Prośba dziecka { $child } została odrzucona.
}
update-decision-copy = Prośba dziecka { $child } została odrzucona. Tu jest twoja kopia uzasadnienia.
update-decision-corrected = { $viewer ->
    [self] Odpowiedź na twoją prośbę została zmieniona.
   *[other] Odpowiedź na prośbę dziecka { $child } została zmieniona.
}
update-advocate-suggested = { $viewer ->
    [self] Ktoś uważa, że rzecznik mógłby ci pomóc.
   *[other] Ktoś proponuje rzecznika dla dziecka { $child }.
}
update-referral-answered = Jest odpowiedź dziecka { $child } na twoją propozycję rzecznika.
update-advocate-allocated = { $viewer ->
    [self] Masz teraz rzecznika.
   *[other] { $child } ma teraz rzecznika.
}
update-review-booked = { $viewer ->
    [self] Twój dodatkowy przegląd ma już datę.
   *[other] Dodatkowy przegląd dziecka { $child } ma już datę.
}
update-unsafe-alert = Pilne: { $child } – przycisk „Nie czuję się bezpiecznie”.

## chunk: ask_advocate
# A child asks for an advocate: what about (optional), how to contact them, check, send.

advocate-what = Rzecznik (advocate) to ktoś po twojej stronie. Pomaga ci powiedzieć, co myślisz, i pilnuje, żeby dorośli słuchali. To nic nie kosztuje. To, co mu powiesz, zostaje między wami, chyba że ktoś jest w niebezpieczeństwie.
advocate-about-label = W czym potrzebujesz pomocy? (nieobowiązkowe)
advocate-about-hint = Nie musisz mówić. Możesz napisać do { $max } znaków.
advocate-about-too-long = Twój tekst jest za długi. Może mieć do { $max } znaków.
advocate-continue = Dalej
advocate-back = Wstecz
advocate-contact-legend = Jak rzecznik ma się z tobą skontaktować?
contact-by-in-person = Spotkanie tam, gdzie mieszkam
contact-by-phone = Telefon
contact-by-text = SMS
contact-by-email = E-mail
contact-by-officer = Przez mojego { $officer }
advocate-contact-missing = Wybierz, jak rzecznik ma się z tobą skontaktować.
advocate-phone-label = Twój numer telefonu
advocate-email-label = Twój adres e-mail
advocate-phone-missing = Wpisz numer telefonu albo wybierz inny sposób.
advocate-email-missing = Wpisz adres e-mail albo wybierz inny sposób.
advocate-check-title = Sprawdź swoje odpowiedzi
advocate-check-about = W czym potrzebujesz pomocy
advocate-check-contact = Jak się z tobą skontaktować
advocate-check-none = Nie podano.
advocate-change = Zmień
advocate-change-about = Zmień, w czym potrzebujesz pomocy
advocate-change-contact = Zmień sposób kontaktu
advocate-who-reads = Mogą to przeczytać: służba rzeczników (advocacy service), twój { $officer } i kierownik.
advocate-send = Wyślij
advocate-sending = Wysyłanie…
advocate-sent-title = Prośba o rzecznika jest wysłana
advocate-sent-next = Służba rzeczników wybierze dla ciebie rzecznika i skontaktuje się z tobą tak, jak chcesz. Wtedy na twojej stronie głównej zobaczysz jego imię i jak się z nim skontaktować.
advocate-sent-home = Przejdź do mojej strony głównej
advocate-send-offline = Nie udało się tego wysłać. Sprawdź, czy masz internet, i spróbuj ponownie. Twoje odpowiedzi są zachowane.
advocate-send-failed = Coś poszło nie tak po naszej stronie. Spróbuj ponownie za kilka minut. Twoje odpowiedzi są zachowane.
advocate-send-signed-out = Wylogowano cię. Zaloguj się ponownie i poproś jeszcze raz.

## chunk: advocate_offer
# On a child's home, when an adult suggested an advocate. $name is that adult's name.

advocate-offer-question = { $name } uważa, że rzecznik mógłby ci pomóc. Chcesz mieć rzecznika?
advocate-offer-what = Rzecznik to ktoś po twojej stronie, kto pomaga ci powiedzieć, czego chcesz. To nic nie kosztuje. Decyzja należy do ciebie.
advocate-offer-yes = Tak, chcę mieć rzecznika
advocate-offer-no = Nie, dziękuję
advocate-offer-said-yes = Dziękujemy. Służba rzeczników wybierze dla ciebie rzecznika. Na twojej stronie głównej zobaczysz, kto to jest.
advocate-offer-said-no = Nie ma sprawy. O rzecznika możesz poprosić w każdej chwili na swojej stronie głównej.
advocate-offer-failed = Nie udało się wysłać twojej odpowiedzi. Sprawdź, czy masz internet, i spróbuj ponownie.

## chunk: child_officer
# An adult suggests an advocate for a child. Only the child can say yes.

suggest-advocate = Zaproponuj rzecznika
suggest-advocate-hint = { $child } dostanie pytanie, czy chce mieć rzecznika. Nic się nie stanie, jeśli dziecko się nie zgodzi.
suggest-advocate-sent = Gotowe. { $child } dostanie na swojej stronie głównej pytanie, czy chce mieć rzecznika.
suggest-advocate-asked-recently = Odmowa dziecka { $child }: { $date }. Możesz zapytać ponownie od { $from }.
suggest-advocate-asked-recently-undated = Dziecko ({ $child }) niedawno odmówiło. Możesz zapytać ponownie od { $from }.
suggest-advocate-failed = Nie udało się. Sprawdź połączenie z internetem i spróbuj ponownie.
suggest-advocate-not-allowed = Nie możesz zaproponować rzecznika dla dziecka { $child }.

## chunk: advocacy
# The advocacy service: children who asked for an advocate and are waiting for one.

advocacy-title = Dzieci czekające na rzecznika
advocacy-none = Nikt nie czeka na rzecznika.
advocacy-asked = Prośba dziecka { $child }: { $date }.
advocacy-overdue = Czeka za długo: odpowiedź była potrzebna do { $date }.
advocacy-take = Zajmij się sprawą dziecka { $child }
advocacy-taken = Jesteś teraz rzecznikiem dziecka { $child }.
advocacy-manager-note = Rzecznik przyjmuje prośbę z tej listy.
advocacy-failed = Nie udało się. Spróbuj ponownie za kilka minut.
advocacy-already-taken = Ktoś inny już się tym zajął.

# Rights links, read aloud, English beside the translation.
rights-link = Poznaj swoje prawa
read-aloud = Przeczytaj mi to
read-aloud-stop = Przestań czytać
read-aloud-no-voice = Ta przeglądarka nie ma głosu dla tego języka, więc nie może przeczytać tego na głos.
rights-english-too = Pokaż to też po angielsku
rights-in-english = Po angielsku
