# Status: not yet checked by a native speaker. Machine-assisted draft translation, 2026-11-23.
# Language: Polish (pl). The rights pages (/rights).
#
# Laid out exactly as locales/en-GB/rights.ftl (read its header): ten sections,
# four versions each (under-11, 11-to-15, 16-plus, easy), a title and a body.
# In a body, each line is one paragraph. { $officer_title } is the council's
# name for the reviewing officer ("IRO", "CISRO"); it is never translated and
# is treated as a masculine noun ("twój", "swojego").
# Phone numbers stay exactly as in English, after "Name: " at the end of the line.
# Service names (Childline, Coram Voice, Always Heard, Help at Hand, NYAS, Become,
# Cafcass, Ombudsman) stay in English. English legal terms a child will hear
# (care order, pathway plan, personal adviser, staying put, local offer) are
# given in brackets or kept.
# Words used: review = "przegląd", advocate = "rzecznik" (never "adwokat"),
# in care = "w pieczy zastępczej", council = "urząd (council)".

## The page around the sections

rights-page-title = Poznaj swoje prawa
rights-page-intro = To są twoje prawa, gdy jesteś w pieczy zastępczej. Wybierz tekst, który najbardziej ci pasuje.
rights-version-legend = Pokaż tekst dla
rights-version-under-11 = Poniżej 11 lat
rights-version-11-to-15 = 11–15 lat
rights-version-16-plus = 16 lat i więcej
rights-version-easy = Łatwy do czytania

## officer: your reviewing officer

rights-officer-under-11-title = Twój { $officer_title }
rights-officer-under-11-body =
    Każde dziecko w pieczy zastępczej ma swojego { $officer_title }.
    Twój { $officer_title } sprawdza, czy twój plan jest dla ciebie dobry.
    Prowadzi spotkania o tobie i twoim planie.
    To nie jest twój pracownik socjalny. Ma innego szefa.
    Musi się z tobą spotkać przed twoim pierwszym przeglądem.
    Masz prawo wiedzieć, jak ma na imię i jak się z nim skontaktować.
    Gdy zalogujesz się do My Say, zobaczysz, kto to jest.
    Bracia i siostry w pieczy zastępczej często mają tego samego { $officer_title }.
    Jeśli dostaniesz nowego, poprzedni powinien ci go przedstawić.

rights-officer-11-to-15-title = Twój { $officer_title }
rights-officer-11-to-15-body =
    Każde dziecko w pieczy zastępczej musi mieć swojego { $officer_title }. To osoba, która prowadzi twoje przeglądy (reviewing officer).
    Prowadzi twoje przeglądy. Między przeglądami sprawdza, czy twój plan działa.
    To nie jest twój pracownik socjalny. Ma innego szefa, więc może zabrać głos, gdy urząd (council) robi coś źle.
    Musi się z tobą spotkać przed twoim pierwszym przeglądem.
    Masz prawo wiedzieć, kto to jest i jak się z nim skontaktować. Może to być SMS albo e-mail.
    Gdy zalogujesz się do My Say, zobaczysz jego imię i jak się z nim skontaktować.
    Bracia i siostry w pieczy zastępczej zwykle mają tego samego.
    Jeśli twój się zmieni, poprzedni powinien przedstawić ci nowego.
    Musi też wyjaśnić ci twoje prawa. Właśnie do tego jest ta strona.

rights-officer-16-plus-title = Twój { $officer_title }
rights-officer-16-plus-body =
    Każda młoda osoba w pieczy zastępczej musi mieć wyznaczonego { $officer_title }, czyli osobę prowadzącą przeglądy (reviewing officer).
    Prowadzi twoje przeglądy. Między przeglądami pilnuje twojego planu i tego, co urząd (council) dla ciebie robi.
    To nie jest twój pracownik socjalny. Jest niezależny od osób, które prowadzą twoją sprawę i decydują o pieniądzach, i ma innego przełożonego.
    Dzięki temu może sprzeciwić się urzędowi, jeśli twój plan nie działa albo wszystko trwa za długo.
    Musi się z tobą spotkać przed twoim pierwszym przeglądem. Masz prawo wiedzieć, kto to jest i jak się z nim skontaktować, na przykład SMS-em albo e-mailem.
    Jeśli twój { $officer_title } się zmieni, poprzedni powinien przedstawić ci nowego.
    Częścią jego pracy jest wyjaśnienie ci twoich praw, także tych z tej strony.

rights-officer-easy-title = Twój { $officer_title }
rights-officer-easy-body =
    Twój { $officer_title } jest tu dla ciebie.
    Prowadzi twoje przeglądy.
    Sprawdza, czy twój plan jest dla ciebie dobry.
    To nie jest twój pracownik socjalny.
    Musi się z tobą spotkać przed pierwszym przeglądem.
    Możesz wysłać mu wiadomość.

## review: your review, how often, and your part in it

rights-review-under-11-title = Twój przegląd
rights-review-under-11-body =
    Twój przegląd (review) to spotkanie o tobie i twoim planie.
    Prowadzi je twój { $officer_title }.
    Pierwszy przegląd jest w ciągu około czterech tygodni od tego, jak trafisz do pieczy zastępczej.
    Następny jest w ciągu trzech miesięcy.
    Potem masz przegląd co najmniej raz na sześć miesięcy.
    Może być wcześniej, jeśli dużo się zmieni.
    Możesz przyjść na spotkanie i powiedzieć, co myślisz.
    Możesz też napisać, co myślisz. To dobry pomysł, jeśli nie chcesz przyjść.
    Możesz poprosić, żeby byli tam ludzie, których lubisz.
    Możesz poprosić, żeby o prywatnych sprawach rozmawiać bez niektórych osób.
    Jeśli chcesz pomocy w mówieniu albo kogoś, kto przetłumaczy twoje słowa na inny język, po prostu poproś.
    Możesz nawet prowadzić spotkanie, z pomocą twojego { $officer_title }.
    Spotkanie powinno być wtedy, kiedy możesz przyjść.

rights-review-11-to-15-title = Twój przegląd
rights-review-11-to-15-body =
    Twój przegląd (review) to spotkanie o tobie i twoim planie. Prowadzi je twój { $officer_title }.
    Pierwszy przegląd jest w ciągu około czterech tygodni od trafienia do pieczy zastępczej. Drugi jest w ciągu trzech miesięcy od pierwszego. Potem jest co najmniej raz na sześć miesięcy.
    Przegląd może być wcześniej. Duża zmiana w twoim planie powinna go przyspieszyć.
    Na każdym przeglądzie twój { $officer_title } musi zapytać, co myślisz o swoim planie. Urząd (council) musi poznać twoje zdanie i uczucia, zanim o czymś zdecyduje.
    Możesz przyjść na spotkanie i powiedzieć swoje.
    Możesz napisać swoje zdanie, zwłaszcza jeśli nie będzie cię na spotkaniu.
    Możesz poprosić, żeby kogoś zaprosić.
    Możesz poprosić, żeby o niektórych sprawach rozmawiać bez pewnych osób w pokoju.
    Możesz poprosić o tłumacza, o pomoc w porozumiewaniu się albo o rzecznika.
    Możesz też samodzielnie prowadzić spotkanie, z pomocą twojego { $officer_title }.
    Spotkanie powinno być w porze, która ci pasuje, na przykład poza lekcjami.

rights-review-16-plus-title = Twój przegląd
rights-review-16-plus-body =
    Twój przegląd (review) to spotkanie o tobie i twoim planie. Prowadzi je twój { $officer_title }.
    Pierwszy przegląd musi się odbyć w ciągu 20 dni roboczych od trafienia do pieczy zastępczej, czyli około czterech tygodni. Drugi musi się odbyć w ciągu trzech miesięcy od pierwszego. Potem przeglądy są co najmniej raz na sześć miesięcy.
    To najdłuższe dozwolone przerwy. Przegląd może być wcześniej, a duża zmiana w twoim planie powinna go przyspieszyć. Twój { $officer_title } może zdecydować, że musi być wcześniej.
    Zanim urząd (council) podejmie decyzje w twojej sprawie, musi poznać twoje życzenia i uczucia. Musi je rozważyć, biorąc pod uwagę twój wiek i to, ile rozumiesz.
    Twój { $officer_title } musi zapytać cię o twój plan na każdym przeglądzie i wtedy, gdy plan bardzo się zmienia.
    Możesz przyjść i zabrać głos albo przesłać swoje zdanie na piśmie, zwłaszcza jeśli nie będzie cię na spotkaniu.
    Możesz samodzielnie prowadzić swój przegląd, z pomocą twojego { $officer_title }.
    Możesz poprosić o zaproszenie konkretnych osób i o to, żeby niektóre sprawy omówić bez pewnych osób.
    Możesz poprosić o tłumacza, o pomoc w porozumiewaniu się albo o rzecznika.
    Termin spotkania powinien pasować do twojej szkoły, college'u albo pracy.

rights-review-easy-title = Twój przegląd
rights-review-easy-body =
    Twój przegląd to spotkanie o tobie.
    Rozmawia się na nim o twoim planie.
    Pierwszy jest około 4 tygodnie po tym, jak trafisz do pieczy zastępczej.
    Następny jest w ciągu 3 miesięcy.
    Potem jest co najmniej raz na 6 miesięcy.
    Możesz przyjść na spotkanie.
    Możesz powiedzieć, co myślisz.
    Możesz napisać, co myślisz.
    Możesz poprosić, żeby ktoś tam był.
    Możesz poprosić, żeby kogoś tam nie było.
    Możesz poprosić o kogoś, kto pomoże ci mówić.

## extra-review: asking for an extra review, and when the answer is no

rights-extra-review-under-11-title = Prośba o dodatkowy przegląd
rights-extra-review-under-11-body =
    Możesz poprosić o przegląd, zanim przyjdzie czas na następny.
    Może ci się to przydać, jeśli zmieniło się coś ważnego albo jeśli się martwisz.
    Poproś swojego { $officer_title }. Musi to dobrze przemyśleć.
    Jeśli się zgodzi, poprosi o zorganizowanie spotkania.
    Jeśli się nie zgodzi, musi do ciebie napisać i wyjaśnić dlaczego.
    Twój pracownik socjalny dostaje kopię tego listu.
    Twój następny przegląd i tak odbędzie się zgodnie z planem.
    Jeśli nie podoba ci się odpowiedź, rzecznik może ci pomóc.

rights-extra-review-11-to-15-title = Prośba o dodatkowy przegląd
rights-extra-review-11-to-15-body =
    Możesz poprosić swojego { $officer_title } o dodatkowy przegląd. Nie musisz czekać na następny.
    Musi poważnie rozważyć twoją prośbę.
    Jeśli się zgodzi, powie zespołowi, który prowadzi twoją sprawę, żeby go zorganizował.
    Jeśli się nie zgodzi, musi podać ci powody na piśmie. Twój pracownik socjalny dostaje kopię do twoich akt.
    Twój następny przegląd i tak odbędzie się zgodnie z planem.
    Jeśli nie podoba ci się odpowiedź, porozmawiaj z rzecznikiem. Pomoże ci zdecydować, co zrobić dalej, na przykład czy złożyć skargę.

rights-extra-review-16-plus-title = Prośba o dodatkowy przegląd
rights-extra-review-16-plus-body =
    W każdej chwili możesz poprosić swojego { $officer_title } o dodatkowy przegląd. Rodzic też może o niego poprosić.
    Twój { $officer_title } musi poważnie rozważyć tę prośbę.
    Jeśli się zgodzi, poleca zespołowi odpowiedzialnemu za twoją sprawę, żeby go zorganizował.
    Jeśli się nie zgodzi, musi podać ci powody na piśmie. Twój pracownik socjalny dostaje kopię do twoich akt.
    Twój następny zaplanowany przegląd i tak się odbędzie.
    Jeśli nie podoba ci się odpowiedź, rzecznik pomoże ci ustalić, co zrobić dalej, także jak złożyć skargę.

rights-extra-review-easy-title = Prośba o dodatkowy przegląd
rights-extra-review-easy-body =
    Możesz poprosić o dodatkowy przegląd.
    Twój { $officer_title } to przemyśli.
    Jeśli powie „tak”, spotkanie zostanie zorganizowane.
    Jeśli powie „nie”, napisze do ciebie.
    Wyjaśni ci dlaczego.
    Rzecznik może ci pomóc.

## advocate: having an advocate

rights-advocate-under-11-title = Rzecznik, który cię wspiera
rights-advocate-under-11-body =
    Rzecznik (advocate) to ktoś, kto pomaga ci zabrać głos.
    Jest po twojej stronie.
    To nic nie kosztuje.
    Mówi tylko to, co chcesz, żeby powiedział.
    Nie zrobi niczego, czego nie chcesz.
    To, co mu mówisz, zostaje między wami.
    Ale jeśli ktoś nie jest bezpieczny, może musieć powiedzieć o tym komuś, kto może pomóc.
    Rzecznik może przyjść z tobą na twój przegląd.
    Możesz samodzielnie poprosić o rzecznika.
    Jeśli ktoś inny poprosi o rzecznika dla ciebie, to ty decydujesz, czy go chcesz.

rights-advocate-11-to-15-title = Rzecznik, który cię wspiera
rights-advocate-11-to-15-body =
    Rzecznik (advocate) pomaga ci sprawić, żeby twoje zdanie zostało wysłuchane. Jest po twojej stronie i to nic nie kosztuje.
    To nie jest pracownik socjalny. Jest niezależny od osób, które robią dla ciebie plany.
    Mówi tylko to, co chcesz, i nie mówi niczego, czego nie chcesz.
    Może pomóc ci zrozumieć twoje prawa.
    Może chodzić z tobą na spotkania. Może pomóc ci mówić albo mówić za ciebie, jeśli chcesz.
    To, co mu mówisz, zostaje między wami, chyba że komuś grozi krzywda.
    Możesz samodzielnie poprosić o rzecznika. Inni też mogą o niego dla ciebie poprosić, ale to ty decydujesz, czy go chcesz.
    Jeśli chcesz złożyć skargę, rzecznik może ci pomóc. Urząd (council) musi go zapewnić.

rights-advocate-16-plus-title = Rzecznik, który cię wspiera
rights-advocate-16-plus-body =
    Rzecznik (advocate) to niezależna osoba, która pomaga, żeby twoje zdanie zostało wysłuchane. Pomoc rzecznika jest bezpłatna, a rzecznik jest po twojej stronie.
    Nie należy do zespołu, który prowadzi twoją sprawę. Działa tylko tak, jak chcesz, i nie mówi niczego, czego nie chcesz.
    Może pomóc ci zrozumieć twoje prawa i to, jak zapadają decyzje. Może chodzić na spotkania, pomagać ci mówić albo mówić za ciebie.
    To, co mu mówisz, zostaje między wami, chyba że komuś grozi krzywda albo prawo lub sąd każe to przekazać.
    Możesz samodzielnie poprosić o rzecznika. Inni mogą go zaproponować, ale to ty decydujesz, czy z tego skorzystać.
    Jeśli składasz skargę albo chcesz ją złożyć, urząd (council) musi zapewnić ci rzecznika, jeśli chcesz. Musi też powiedzieć ci, że możesz go mieć.

rights-advocate-easy-title = Rzecznik, który cię wspiera
rights-advocate-easy-body =
    Rzecznik pomaga ci zabrać głos.
    Jest po twojej stronie.
    To nic nie kosztuje.
    Mówi tylko to, co chcesz.
    To, co mu mówisz, zostaje między wami.
    Jeśli ktoś nie jest bezpieczny, może musieć o tym powiedzieć.
    Możesz poprosić o rzecznika.

## complaint: making a complaint
# Under 11 and 11 to 15 give the days as weeks: 10 working days is two
# weeks, 20 is four, 25 is five.

rights-complaint-under-11-title = Jak złożyć skargę
rights-complaint-under-11-body =
    Jeśli nie podoba ci się to, jak się tobą opiekują, możesz złożyć skargę.
    To znaczy, że mówisz urzędowi (council), że coś jest nie tak.
    Rzecznik może ci w tym pomóc.
    Urząd musi ci odpowiedzieć.
    Powinien odpowiedzieć w ciągu dwóch tygodni. Jeśli sprawa jest trudna, może to trwać cztery tygodnie.
    Jeśli nadal coś ci się nie podoba, możesz poprosić, żeby zajął się tym ktoś inny.

rights-complaint-11-to-15-title = Jak złożyć skargę
rights-complaint-11-to-15-body =
    Możesz złożyć skargę, jeśli nie podoba ci się to, jak się tobą opiekują, albo decyzja w twojej sprawie.
    Jeśli chcesz złożyć skargę, rzecznik może ci pomóc. Urząd (council) musi go zapewnić.
    Jeśli dorosły chce złożyć skargę za ciebie, powinien sprawdzić, czy się zgadzasz.
    Urząd powinien odpowiedzieć w ciągu dwóch tygodni. Jeśli sprawa jest trudna, może to trwać cztery tygodnie.
    Jeśli nadal coś ci się nie podoba, sprawę można zbadać dokładniej, z udziałem kogoś spoza urzędu. Może to trwać do pięciu tygodni albo dłużej, jeśli sprawa jest trudna.
    Jeśli potem nadal coś ci się nie podoba, sprawą może zająć się grupa trzech osób spoza urzędu.
    Postaraj się złożyć skargę w ciągu roku. Później też możesz, jeśli był ku temu dobry powód.
    Potem możesz poprosić Ombudsmana, żeby się tym zajął.
    Local Government and Social Care Ombudsman: 0300 061 0614

rights-complaint-16-plus-title = Jak złożyć skargę
rights-complaint-16-plus-body =
    Możesz złożyć skargę na to, jak urząd (council) się tobą opiekuje, albo na decyzję, którą podjął. Skargę mogą złożyć też rodzice, opiekunowie i młodzi ludzie, którzy już nie są w pieczy zastępczej.
    Jeśli składasz skargę albo chcesz ją złożyć, urząd musi zapewnić ci rzecznika do pomocy, jeśli chcesz.
    Dorosły, który składa skargę za ciebie, powinien sprawdzić, czy się zgadzasz.
    Etap 1: urząd powinien odpowiedzieć w ciągu 10 dni roboczych albo 20, jeśli sprawa jest złożona.
    Etap 2: jeśli nadal coś ci się nie podoba, sprawa jest badana ponownie. Bierze w tym udział niezależna osoba spoza urzędu. Trwa to 25 dni roboczych, a najwyżej 65.
    Etap 3: jeśli nadal coś ci się nie podoba, w ciągu 30 dni roboczych zbiera się komisja trzech niezależnych osób.
    Jeśli możesz, złóż skargę w ciągu roku. Późniejszą skargę też można rozpatrzyć, jeśli był dobry powód, żeby czekać.
    Potem możesz poprosić Ombudsmana, żeby się tym zajął.
    Local Government and Social Care Ombudsman: 0300 061 0614

rights-complaint-easy-title = Jak złożyć skargę
rights-complaint-easy-body =
    Możesz złożyć skargę, jeśli coś ci się nie podoba.
    Rzecznik może ci pomóc.
    Urząd (council) musi ci odpowiedzieć.
    Powinien odpowiedzieć w ciągu 2 tygodni.
    Jeśli nadal coś ci się nie podoba, możesz poprosić jeszcze raz.
    Wtedy zajmie się tym ktoś inny.

## legal: legal advice and going to court
# The words never say outright "no permission needed"; they send the child to
# a lawyer for which rule applies (see the English file's notes).

rights-legal-under-11-title = Porada prawna i sąd
rights-legal-under-11-body =
    Prawnik to ktoś, kto zna prawo.
    Możesz zapytać prawnika o radę w sprawie twojej opieki.
    Jeśli chcesz iść do sądu, twój { $officer_title } musi pomóc ci znaleźć poradę.
    Niektóre dzieci są w pieczy zastępczej, bo tak postanowił sąd. To się nazywa care order.
    Jeśli masz care order, możesz poprosić sąd o jego zakończenie.
    W niektórych innych sprawach, zanim o coś poprosisz, sąd musi się na to zgodzić.
    Prawnik powie ci, co możesz zrobić.

rights-legal-11-to-15-title = Porada prawna i sąd
rights-legal-11-to-15-body =
    Możesz dostać poradę od prawnika (solicitor) w sprawie twojej pieczy zastępczej.
    Jeśli chcesz iść do sądu, twój { $officer_title } musi pomóc ci dostać poradę prawną.
    Jeśli jesteś w pieczy zastępczej z powodu postanowienia sądu (care order), możesz poprosić sąd o jego zakończenie.
    Możesz też zwrócić się do sądu w sprawie spotkań z kimś z twojej rodziny.
    W niektórych innych sprawach najpierw potrzebujesz zgody sądu. Sąd może się zgodzić, jeśli wystarczająco rozumiesz, o co prosisz.
    Prawnik powie ci, o co możesz poprosić, i pomoże ci to zrobić.

rights-legal-16-plus-title = Porada prawna i sąd
rights-legal-16-plus-body =
    Masz prawo do porady prawnej od prawnika (solicitor) w sprawie twojej pieczy zastępczej.
    Jeśli chcesz iść do sądu, twój { $officer_title } musi pomóc ci dostać taką poradę.
    Jeśli jesteś w pieczy zastępczej z powodu postanowienia sądu (care order), możesz poprosić sąd o jego zakończenie. Możesz też zwrócić się do sądu w sprawie spotkań z konkretną osobą, na przykład kimś z twojej rodziny.
    O inne rodzaje postanowień sądu możesz wystąpić dopiero za zgodą sądu. Sąd może jej udzielić, jeśli wystarczająco rozumiesz, o co prosisz.
    Prawnik powie ci, które z tych zasad dotyczą ciebie.
    Czasem urząd (council) ciągle nie robi tego, co powinien dla ciebie robić. Wtedy, w ostateczności, twój { $officer_title } może skierować twoją sprawę do Cafcass. Cafcass to służba, która broni dzieci w sądach rodzinnych.

rights-legal-easy-title = Porada prawna i sąd
rights-legal-easy-body =
    Prawnik zna prawo.
    Możesz poprosić prawnika o radę.
    Twój { $officer_title } musi pomóc ci go znaleźć.
    Czy masz care order (postanowienie sądu)?
    Wtedy możesz poprosić sąd o jego zakończenie.

## secure: secure children's homes, secure training centres and young offender institutions
# A young person in care by agreement (section 20) who is then sentenced stops
# being looked after, so the words do not promise every child there is still in care.

rights-secure-under-11-title = Jeśli mieszkasz w zamkniętym domu dziecka
rights-secure-under-11-body =
    Niektóre dzieci mieszkają w zamkniętym domu dziecka (secure children's home). Dzieci, które tam mieszkają, nie mogą wychodzić, kiedy chcą.
    Jeśli umieścił cię tam urząd (council), nadal jesteś w pieczy zastępczej.
    Twoje przeglądy nadal się odbywają. Nadal prowadzi je twój { $officer_title }.
    Żeby zatrzymać cię tam na dłużej niż trzy dni, musi się zgodzić sąd.
    Grupa co najmniej trzech osób sprawdza, czy nadal musisz tam być.
    Możesz nie mieć własnego telefonu. Możesz tam korzystać z My Say na wspólnym ekranie.

rights-secure-11-to-15-title = Zamknięte domy dziecka, ośrodki szkoleniowe i zakłady dla młodocianych
rights-secure-11-to-15-body =
    Możesz mieszkać w zamkniętym domu dziecka (secure children's home), w zamkniętym ośrodku szkoleniowym (secure training centre) albo w zakładzie dla młodocianych (young offender institution).
    Jeśli w chwili trafienia tam był wobec ciebie care order (postanowienie sądu), nadal jesteś w pieczy zastępczej.
    Jeśli jesteś tam w areszcie, czyli czekasz na sąd, opiekuje się tobą twój urząd (council).
    Jeśli nadal jesteś w pieczy zastępczej, twoje przeglądy odbywają się tam, gdzie jesteś. Nadal prowadzi je twój { $officer_title }.
    Sprawdza też, czy po wyjściu będziesz mieć dom i wsparcie.
    Jeśli twoja piecza zastępcza była za zgodą, bez care order, a potem zapadł wobec ciebie wyrok, zasady mogą być inne. Zapytaj swojego { $officer_title } albo rzecznika.
    Żeby zatrzymać kogoś w zamkniętym domu dziecka na dłużej niż trzy dni, musi się zgodzić sąd. Grupa co najmniej trzech osób sprawdza, czy ta osoba nadal musi tam być.
    Możesz nie mieć własnego telefonu. Możesz tam korzystać z My Say na wspólnym komputerze.

rights-secure-16-plus-title = Zamknięte domy dziecka, ośrodki szkoleniowe i zakłady dla młodocianych
rights-secure-16-plus-body =
    Jeśli mieszkasz w zamkniętym domu dziecka (secure children's home), w zamkniętym ośrodku szkoleniowym (secure training centre) albo w zakładzie dla młodocianych (young offender institution), możesz nadal być w pieczy zastępczej.
    Nadal jesteś w pieczy zastępczej, jeśli w chwili trafienia tam był wobec ciebie care order. Jeśli sąd umieścił cię w areszcie dla młodzieży (youth detention), opiekę nad tobą przejmuje twój urząd (council).
    Jeśli twoja piecza zastępcza była za zgodą, bez care order, a potem zapadł wyrok pozbawienia wolności, możesz przestać być w pieczy zastępczej. Twój urząd nadal musi zaplanować, co będzie po twoim wyjściu. Zapytaj swojego { $officer_title } albo rzecznika, jak wygląda twoja sytuacja.
    Dopóki jesteś w pieczy zastępczej, twoje przeglądy odbywają się w miejscu, w którym jesteś, a prowadzi je twój { $officer_title }. Sprawdza się na nich, czy są plany na dom i wsparcie po twoim wyjściu.
    Zatrzymanie w zamkniętym domu dziecka na dłużej niż 72 godziny wymaga postanowienia sądu. Komisja co najmniej trzech osób sprawdza, czy nadal musisz tam być.
    Możesz nie mieć własnego telefonu. Możesz tam korzystać z My Say na wspólnym komputerze.

rights-secure-easy-title = Jeśli mieszkasz w zamkniętym ośrodku
rights-secure-easy-body =
    Niektórzy młodzi ludzie mieszkają w zamkniętym domu albo ośrodku.
    Tam też możesz nadal być w pieczy zastępczej.
    Jeśli tak, twoje przeglądy nadal się odbywają.
    Nadal prowadzi je twój { $officer_title }.
    Nie wiesz? Zapytaj swojego { $officer_title }.
    Możesz tam korzystać z My Say na wspólnym ekranie.

## pathway: 16 and 17, your pathway plan
# "Moving on", not "leaving care": here "życie po pieczy zastępczej".

rights-pathway-under-11-title = Gdy masz 16 i 17 lat
rights-pathway-under-11-body =
    Ta część przyda ci się później, kiedy dorośniesz.
    Młodzi ludzie w wieku 16 lub 17 lat, którzy są w pieczy zastępczej od jakiegoś czasu, dostają plan usamodzielnienia (pathway plan).
    Plan usamodzielnienia to plan na dorastanie i na życie po pieczy zastępczej.
    Dostają też osobistego doradcę (personal adviser), który im pomaga.
    Ich przeglądy dotyczą planu usamodzielnienia.
    Nadal mogą przychodzić na swoje przeglądy i mówić, co myślą.

rights-pathway-11-to-15-title = Gdy masz 16 i 17 lat
rights-pathway-11-to-15-body =
    Gdy masz 16 lub 17 lat, możesz dostać plan usamodzielnienia (pathway plan). To twój plan na życie po pieczy zastępczej.
    Dostaje go każdy, kto od swoich 14. urodzin był w pieczy zastępczej łącznie co najmniej 13 tygodni.
    Dostajesz też osobistego doradcę (personal adviser), który pomaga ci w tym planie.
    Twoje przeglądy będą dotyczyć planu usamodzielnienia. Nadal możesz brać w nich udział tak samo jak wcześniej.
    Możesz poprosić, żeby mieć osobistego doradcę do 25. roku życia.
    Być może możesz zostać u swojej rodziny zastępczej do 21. roku życia.

rights-pathway-16-plus-title = 16 i 17 lat: twój plan usamodzielnienia
rights-pathway-16-plus-body =
    Jeśli masz 16 lub 17 lat, a od twoich 14. urodzin łączny czas w pieczy zastępczej to co najmniej 13 tygodni, dostajesz plan usamodzielnienia (pathway plan) i osobistego doradcę (personal adviser).
    Plan usamodzielnienia to twój plan na życie po pieczy zastępczej.
    Twój { $officer_title } nadal prowadzi twoje przeglądy, a na nich omawia się twój plan usamodzielnienia. Możesz brać w nich udział tak samo jak wcześniej.
    Przegląd powinien być w porze, w której możesz przyjść.
    Możesz poprosić, żeby mieć osobistego doradcę do 25. roku życia.
    Być może możesz zostać u swojej rodziny zastępczej do 21. roku życia. Nazywa się to staying put.
    Każdy urząd (council) musi opublikować „local offer”. Jest tam napisane, jaką pomoc mogą dostać młodzi ludzie po pieczy zastępczej.

rights-pathway-easy-title = Gdy masz 16 i 17 lat
rights-pathway-easy-body =
    W wieku 16 lub 17 lat możesz dostać plan usamodzielnienia.
    To twój plan na życie po pieczy zastępczej.
    Możesz też dostać osobistego doradcę.
    Doradca pomaga ci w tym planie.
    Twoje przeglądy dotyczą tego planu.

## private: keeping things private, and when adults must share

rights-private-under-11-title = Twoje prywatne sprawy
rights-private-under-11-body =
    Dorośli, którzy ci pomagają, powinni zachować dla siebie to, co im mówisz.
    Powinni zapytać cię, zanim powiedzą o tym komuś innemu.
    Ale jeśli ktoś nie jest bezpieczny, mogą komuś powiedzieć bez pytania cię. To po to, żeby chronić ludzi.
    W My Say to ty wybierasz, kto jeszcze może czytać to, co piszesz.
    Twój { $officer_title } zawsze może to przeczytać.

rights-private-11-to-15-title = Twoje prywatne sprawy
rights-private-11-to-15-body =
    Dorośli, którzy z tobą pracują, powinni cię zapytać, zanim przekażą dalej to, co im mówisz.
    Jeśli komuś grozi krzywda, mogą to przekazać bez pytania cię, żeby chronić ludzi.
    W My Say to ty wybierasz, kto jeszcze może czytać to, co piszesz. Twój { $officer_title } zawsze może to przeczytać.

rights-private-16-plus-title = Twoje prywatne sprawy
rights-private-16-plus-body =
    Dorośli, którzy z tobą pracują, powinni cię zapytać, zanim przekażą dalej to, co im mówisz.
    Jeśli czyjeś bezpieczeństwo jest zagrożone, mogą to przekazać bez pytania cię.
    Rzecznik też musi coś przekazać, jeśli wymaga tego prawo albo sąd.
    W My Say to ty wybierasz, kto jeszcze może czytać to, co piszesz. Twój { $officer_title } zawsze może to przeczytać.

rights-private-easy-title = Twoje prywatne sprawy
rights-private-easy-body =
    Dorośli powinni zachować dla siebie to, co mówisz.
    Powinni zapytać cię, zanim to komuś przekażą.
    Jeśli ktoś nie jest bezpieczny, mogą to przekazać.
    To po to, żeby chronić ludzi.

## help: who else can help, with their phone numbers

rights-help-under-11-title = Kto jeszcze może pomóc
rights-help-under-11-body =
    Możesz zadzwonić do tych osób, jeśli potrzebujesz pomocy albo chcesz porozmawiać.
    Childline: 0800 1111
    Rozmowa z Childline nic nie kosztuje. Możesz dzwonić o każdej porze, w dzień i w nocy.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand, prowadzone przez Children's Commissioner: 0800 528 0731
    NYAS: 0808 808 1001
    Become, porady o pieczy zastępczej: 0800 023 2033
    Jeśli tobie albo komuś innemu grozi teraz niebezpieczeństwo, zadzwoń pod 999.

rights-help-11-to-15-title = Kto jeszcze może pomóc
rights-help-11-to-15-body =
    Możesz zadzwonić do tych osób, jeśli potrzebujesz pomocy albo chcesz porozmawiać.
    Childline: 0800 1111
    Rozmowa z Childline nic nie kosztuje. Działa cały dzień i całą noc, dla każdego, kto ma mniej niż 19 lat.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand, prowadzone przez Children's Commissioner: 0800 528 0731
    NYAS: 0808 808 1001
    Become, porady o pieczy zastępczej: 0800 023 2033
    W nagłym wypadku zadzwoń pod 999.

rights-help-16-plus-title = Kto jeszcze może pomóc
rights-help-16-plus-body =
    Możesz zadzwonić do tych osób po pomoc albo radę.
    Childline: 0800 1111
    Rozmowa z Childline nic nie kosztuje. Działa 24 godziny na dobę, dla każdego, kto ma mniej niż 19 lat.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand, prowadzone przez Children's Commissioner: 0800 528 0731
    NYAS: 0808 808 1001
    Become, porady o pieczy zastępczej: 0800 023 2033
    W nagłym wypadku zadzwoń pod 999.

rights-help-easy-title = Kto jeszcze może pomóc
rights-help-easy-body =
    Możesz zadzwonić do tych osób.
    Childline: 0800 1111
    Rozmowa z Childline nic nie kosztuje. Dzwoń o każdej porze.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand: 0800 528 0731
    NYAS: 0808 808 1001
    Become: 0800 023 2033
    Grozi ci teraz niebezpieczeństwo? Zadzwoń pod 999.
