# Status: not yet checked by a native speaker. Machine-assisted draft translation, 2026-11-23.
# Language: Romanian (română). Same layout as ../en-GB/rights.ftl (read its header).
# Each line of a body is one paragraph. Keep "Name: 0800 1111" at the end of its line.
# { $officer_title } is used like a name, without a suffix.
# "advocate" = "susținător"; "lawyer/solicitor" = "avocat"; "in care" = "în sistemul de protecție".

## The page around the sections

rights-page-title = Drepturile tale
rights-page-intro = Acestea sunt drepturile tale cât timp ești în sistemul de protecție. Alege textul care ți se potrivește cel mai bine.
rights-version-legend = Arată textul pentru
rights-version-under-11 = Sub 11 ani
rights-version-11-to-15 = 11–15 ani
rights-version-16-plus = 16 ani și peste
rights-version-easy = Ușor de citit

## officer: your reviewing officer

rights-officer-under-11-title = { $officer_title } al tău
rights-officer-under-11-body =
    Fiecare copil din sistemul de protecție are un ofițer de evaluare: { $officer_title }.
    { $officer_title } verifică dacă planul tău este bun pentru tine.
    Conduce întâlnirile despre tine și planul tău.
    Nu este asistentul tău social. Are alt șef.
    Trebuie să te cunoască înainte de prima ta întâlnire de evaluare.
    Trebuie să afli cum se numește și cum poți vorbi cu el sau cu ea.
    Când intri în My Say, poți vedea cine este.
    Frații și surorile din sistemul de protecție au adesea același ofițer de evaluare.
    Dacă primești unul nou, cel vechi ar trebui să ți-l prezinte.

rights-officer-11-to-15-title = { $officer_title } al tău
rights-officer-11-to-15-body =
    Fiecare copil din sistemul de protecție trebuie să aibă un { $officer_title }. Este ofițerul tău de evaluare.
    Conduce evaluările tale. Între evaluări, verifică dacă planul tău funcționează.
    Nu este asistentul tău social. Are alt șef, așa că poate spune când consiliul local greșește.
    Trebuie să te cunoască înainte de prima ta evaluare.
    Trebuie să afli cine este și cum poți vorbi cu el sau cu ea. Un SMS sau un email este în regulă.
    Când intri în My Say, poți vedea numele și cum poți lua legătura.
    Frații și surorile din sistemul de protecție au de obicei același ofițer de evaluare.
    Dacă al tău se schimbă, cel vechi ar trebui să ți-l prezinte pe cel nou.
    Trebuie să aibă grijă și ca tu să îți cunoști drepturile. Pentru asta este această pagină.

rights-officer-16-plus-title = { $officer_title } al tău
rights-officer-16-plus-body =
    Fiecare tânăr din sistemul de protecție trebuie să aibă un { $officer_title } anume, adică un ofițer de evaluare.
    Conduce evaluările tale. Între evaluări, urmărește planul tău și ce face consiliul local pentru tine.
    Nu este asistentul tău social. Este separat de cei care se ocupă de cazul tău și de banii pentru el și are alt manager.
    Asta înseamnă că poate contesta ce face consiliul local dacă planul tău nu funcționează sau durează prea mult.
    Trebuie să te cunoască înainte de prima ta evaluare. Trebuie să afli cine este și cum poți lua legătura, de exemplu prin SMS sau email.
    Dacă ți se schimbă { $officer_title }, cel vechi ar trebui să ți-l prezinte pe cel nou.
    Face parte din rolul său să aibă grijă să îți cunoști drepturile, inclusiv pe cele de pe această pagină.

rights-officer-easy-title = { $officer_title } al tău
rights-officer-easy-body =
    { $officer_title } este acolo pentru tine.
    Conduce întâlnirile tale de evaluare.
    Verifică dacă planul tău este bun pentru tine.
    Nu este asistentul tău social.
    Trebuie să te cunoască înainte de prima evaluare.
    Îi poți trimite un mesaj.

## review: your review, how often, and your part in it

rights-review-under-11-title = Evaluarea ta
rights-review-under-11-body =
    Evaluarea ta este o întâlnire despre tine și planul tău.
    { $officer_title } conduce întâlnirea.
    Prima ta evaluare este cam în primele patru săptămâni după ce intri în sistemul de protecție.
    Următoarea este în cel mult trei luni.
    După aceea, ai una cel puțin o dată la șase luni.
    Poate fi și mai devreme, dacă se schimbă multe lucruri.
    Poți veni la întâlnire și poți spune ce crezi.
    Poți și să scrii ce crezi. E o idee bună dacă nu vrei să vii.
    Poți cere să fie acolo oameni care îți plac.
    Poți cere să vorbești despre lucruri private fără unele persoane de față.
    Dacă vrei ajutor ca să vorbești sau pe cineva care să traducă ce spui în altă limbă, doar cere.
    Poți chiar să conduci tu întâlnirea, cu ajutor de la { $officer_title }.
    Întâlnirea ar trebui să fie la o oră la care poți veni.

rights-review-11-to-15-title = Evaluarea ta
rights-review-11-to-15-body =
    Evaluarea ta este o întâlnire despre tine și planul tău. { $officer_title } conduce întâlnirea.
    Prima evaluare este cam în primele patru săptămâni după ce intri în sistemul de protecție. A doua este în cel mult trei luni după prima. După aceea, este cel puțin o dată la șase luni.
    O evaluare poate avea loc și mai devreme. O schimbare mare în planul tău ar trebui să o aducă mai devreme.
    La fiecare evaluare, { $officer_title } trebuie să te întrebe ce crezi despre planul tău. Consiliul local trebuie să afle ce vrei și ce simți înainte să decidă ceva.
    Poți veni la întâlnire și poți spune ce crezi.
    Poți să scrii părerile tale pentru întâlnire, mai ales dacă nu vei fi acolo.
    Poți cere să fie invitate anumite persoane.
    Poți cere să vorbești despre unele lucruri fără anumite persoane în cameră.
    Poți cere un interpret, ajutor ca să comunici sau un susținător.
    Poți conduce tu întâlnirea, cu ajutor de la { $officer_title }.
    Întâlnirea ar trebui să fie la o oră potrivită pentru tine, de exemplu să nu fie în timpul școlii.

rights-review-16-plus-title = Evaluarea ta
rights-review-16-plus-body =
    Evaluarea ta este o întâlnire despre tine și planul tău, condusă de { $officer_title }.
    Prima evaluare trebuie să aibă loc în cel mult 20 de zile lucrătoare după ce intri în sistemul de protecție, adică cam patru săptămâni. A doua trebuie să fie în cel mult trei luni după prima. După aceea, evaluările au loc cel puțin o dată la șase luni.
    Acestea sunt cele mai lungi pauze permise. O evaluare poate fi mai devreme, iar o schimbare mare în planul tău ar trebui să o aducă mai devreme. { $officer_title } poate decide că trebuie să fie mai devreme.
    Înainte să ia decizii despre tine, consiliul local trebuie să afle ce dorești și ce simți. Trebuie să țină cont de asta, în funcție de vârsta ta și de cât înțelegi.
    { $officer_title } trebuie să te întrebe despre planul tău la fiecare evaluare și atunci când planul se schimbă mult.
    Poți veni și vorbi sau poți trimite părerile tale în scris, mai ales dacă nu vei fi acolo.
    Poți conduce propria ta evaluare, cu ajutor de la { $officer_title }.
    Poți cere să fie invitate anumite persoane și ca unele lucruri să fie discutate fără anumite persoane de față.
    Poți cere un interpret, ajutor ca să comunici sau un susținător.
    Ora întâlnirii ar trebui să se potrivească cu școala, cursurile sau munca ta.

rights-review-easy-title = Evaluarea ta
rights-review-easy-body =
    Evaluarea ta este o întâlnire despre tine.
    Acolo se vorbește despre planul tău.
    Prima este cam la 4 săptămâni după ce intri în sistemul de protecție.
    Următoarea este în cel mult 3 luni.
    Apoi este una cel puțin o dată la 6 luni.
    Poți merge la întâlnire.
    Poți spune ce crezi.
    Poți scrie ce crezi.
    Poți cere să fie acolo anumite persoane.
    Poți cere ca unele persoane să nu fie acolo.
    Poți cere pe cineva care să te ajute să vorbești.

## extra-review: asking for an extra review, and when the answer is no

rights-extra-review-under-11-title = Cum ceri o evaluare în plus
rights-extra-review-under-11-body =
    Poți cere o evaluare înainte de data următoarei evaluări.
    Poate vrei una dacă s-a schimbat ceva important sau dacă ceva te îngrijorează.
    Vorbește cu { $officer_title }. Trebuie să se gândească bine la cererea ta.
    Dacă spune da, va cere să fie organizată întâlnirea.
    Dacă spune nu, trebuie să îți scrie și să îți spună de ce.
    Asistentul tău social primește o copie a scrisorii.
    Următoarea ta evaluare va avea loc oricum, cum era planificat.
    Dacă răspunsul nu îți convine, un susținător te poate ajuta.

rights-extra-review-11-to-15-title = Cum ceri o evaluare în plus
rights-extra-review-11-to-15-body =
    Poți cere de la { $officer_title } o evaluare în plus. Nu trebuie să aștepți următoarea evaluare.
    Trebuie să se gândească serios la cererea ta.
    Dacă spune da, le cere celor din echipa care se ocupă de cazul tău să o organizeze.
    Dacă spune nu, trebuie să îți dea motivele în scris. Asistentul tău social primește o copie, care rămâne în dosarul tău.
    Următoarea ta evaluare are loc oricum, cum era planificat.
    Dacă răspunsul nu îți convine, vorbește cu un susținător. Te poate ajuta să decizi ce faci mai departe, de exemplu să faci o plângere.

rights-extra-review-16-plus-title = Cum ceri o evaluare în plus
rights-extra-review-16-plus-body =
    Poți cere oricând de la { $officer_title } o evaluare în plus. Și un părinte poate cere una.
    { $officer_title } trebuie să se gândească serios la cerere.
    Dacă este de acord, cere echipei care răspunde de cazul tău să o organizeze.
    Dacă nu este de acord, trebuie să îți dea motivele în scris. Asistentul tău social primește o copie pentru dosarul tău.
    Următoarea evaluare planificată are loc oricum.
    Dacă răspunsul nu îți convine, un susținător te poate ajuta să vezi ce poți face mai departe, inclusiv să faci o plângere.

rights-extra-review-easy-title = Cum ceri o evaluare în plus
rights-extra-review-easy-body =
    Poți cere o evaluare în plus.
    { $officer_title } se va gândi la asta.
    Dacă spune da, întâlnirea va fi organizată.
    Dacă spune nu, îți va scrie.
    Îți va spune de ce.
    Un susținător te poate ajuta.

## advocate: having an advocate

rights-advocate-under-11-title = Să ai un susținător
rights-advocate-under-11-body =
    Un susținător (în engleză „advocate”) este cineva care te ajută să spui ce gândești.
    Este de partea ta.
    Este gratuit.
    Spune doar ce vrei tu să spună.
    Nu face lucruri pe care îi ceri să nu le facă.
    Păstrează secret ce îi spui.
    Dar dacă cineva nu este în siguranță, poate trebui să spună cuiva care poate ajuta.
    Un susținător poate veni cu tine la evaluare.
    Poți cere tu un susținător.
    Dacă altcineva cere unul pentru tine, tu alegi dacă vrei.

rights-advocate-11-to-15-title = Să ai un susținător
rights-advocate-11-to-15-body =
    Un susținător (în engleză „advocate”) te ajută ca părerile tale să fie auzite. Este de partea ta și este gratuit.
    Nu este asistent social. Este separat de cei care fac planuri pentru tine.
    Spune doar ce vrei tu să fie spus și nimic din ce îi ceri să nu spună.
    Te poate ajuta să îți înțelegi drepturile.
    Poate veni cu tine la întâlniri. Te poate ajuta să vorbești sau poate vorbi în locul tău, dacă vrei.
    Păstrează secret ce îi spui, în afară de cazul în care cineva riscă să fie rănit.
    Poți cere tu un susținător. Și alte persoane pot cere unul pentru tine, dar tu decizi dacă vrei.
    Dacă vrei să faci o plângere, poți avea un susținător care să te ajute. Consiliul local trebuie să se ocupe de asta.

rights-advocate-16-plus-title = Să ai un susținător
rights-advocate-16-plus-body =
    Un susținător (în engleză „advocate”) este o persoană independentă care te ajută să îți faci auzite părerile. Serviciul este gratuit, iar susținătorul este de partea ta.
    Nu face parte din echipa ta de asistență socială. Acționează doar cum vrei tu și nu spune nimic din ce îi ceri să nu spună.
    Te poate ajuta să îți înțelegi drepturile și cum se iau deciziile. Poate veni la întâlniri, te poate ajuta să vorbești sau poate vorbi în locul tău.
    Ce îi spui rămâne secret, în afară de cazul în care cineva riscă să fie rănit sau legea ori o instanță cere să fie spus.
    Poți cere tu un susținător. Alții pot propune unul pentru tine, dar tu decizi dacă accepți.
    Dacă faci o plângere sau vrei să faci una, consiliul local trebuie să îți asigure un susținător, dacă vrei. Trebuie să îți spună și că ai acest drept.

rights-advocate-easy-title = Să ai un susținător
rights-advocate-easy-body =
    Un susținător te ajută să spui ce gândești.
    Este de partea ta.
    Este gratuit.
    Spune doar ce vrei tu.
    Păstrează secret ce îi spui.
    Dacă cineva nu e în siguranță, poate trebui să spună.
    Poți cere un susținător.

## complaint: making a complaint

rights-complaint-under-11-title = Cum faci o plângere
rights-complaint-under-11-body =
    Dacă nu îți place cum se are grijă de tine, poți face o plângere.
    Asta înseamnă că îi spui consiliului local că ceva nu este în regulă.
    Un susținător te poate ajuta să faci asta.
    Consiliul local trebuie să îți dea un răspuns.
    Ar trebui să răspundă în două săptămâni. Dacă e greu de rezolvat, poate dura patru săptămâni.
    Dacă tot nu îți convine, poți cere ca altcineva să se uite la plângere.

rights-complaint-11-to-15-title = Cum faci o plângere
rights-complaint-11-to-15-body =
    Poți face o plângere dacă nu îți place cum se are grijă de tine sau o decizie despre tine.
    Dacă vrei să faci o plângere, poți avea un susținător care să te ajute. Consiliul local trebuie să se ocupe de asta.
    Dacă un adult vrea să facă plângere în numele tău, ar trebui să verifice dacă ești de acord.
    Consiliul local ar trebui să răspundă în două săptămâni. Dacă e greu de rezolvat, poate dura patru săptămâni.
    Dacă tot nu îți convine, plângerea poate fi cercetată mai departe, cu cineva din afara consiliului. Asta poate dura până la cinci săptămâni sau mai mult, dacă e greu.
    Dacă nici după aceea nu îți convine, un grup de trei persoane din afara consiliului se poate întâlni ca să analizeze plângerea.
    Încearcă să faci plângerea în cel mult un an. Poți face plângere și mai târziu, dacă ai avut un motiv bun.
    După aceea, poți cere Ombudsmanului să analizeze plângerea.
    Local Government and Social Care Ombudsman: 0300 061 0614

rights-complaint-16-plus-title = Cum faci o plângere
rights-complaint-16-plus-body =
    Poți face o plângere despre cum are grijă consiliul local de tine sau despre o decizie pe care a luat-o. Pot face plângere și părinții, îngrijitorii și tinerii care nu mai sunt în sistemul de protecție.
    Dacă faci o plângere sau vrei să faci una, consiliul local trebuie să îți asigure un susținător care să te ajute, dacă vrei.
    Un adult care face plângere în numele tău ar trebui să verifice dacă ești de acord.
    Etapa 1: consiliul local ar trebui să răspundă în 10 zile lucrătoare sau în 20, dacă plângerea este complicată.
    Etapa 2: dacă tot nu îți convine, plângerea este cercetată din nou. Participă și o persoană independentă din afara consiliului. Asta durează 25 de zile lucrătoare și cel mult 65.
    Etapa 3: dacă tot nu îți convine, un grup de trei persoane independente se întâlnește în cel mult 30 de zile lucrătoare.
    Fă plângerea în cel mult un an, dacă poți. O plângere mai târzie poate fi totuși analizată dacă ai avut un motiv bun să aștepți.
    După aceea, poți cere Ombudsmanului să analizeze plângerea.
    Local Government and Social Care Ombudsman: 0300 061 0614

rights-complaint-easy-title = Cum faci o plângere
rights-complaint-easy-body =
    Poți face o plângere dacă ceva nu îți place.
    Un susținător te poate ajuta.
    Consiliul local trebuie să îți răspundă.
    Ar trebui să răspundă în 2 săptămâni.
    Dacă tot nu îți convine, poți cere din nou.
    Atunci altcineva se va uita la plângere.

## legal: legal advice and going to court

rights-legal-under-11-title = Sfatul unui avocat și instanța
rights-legal-under-11-body =
    Un avocat este cineva care cunoaște legea.
    Poți cere sfatul unui avocat despre viața ta în sistemul de protecție.
    Dacă vrei să mergi la instanță, { $officer_title } trebuie să te ajute să primești sfaturi.
    Unii copii sunt în sistemul de protecție pentru că o instanță a dat un ordin de îngrijire (în engleză „care order”).
    Dacă ai un ordin de îngrijire, poți cere instanței să îl anuleze.
    Pentru alte lucruri, instanța trebuie mai întâi să spună da, ca să poți cere.
    Un avocat îți poate spune ce poți face.

rights-legal-11-to-15-title = Sfatul unui avocat și instanța
rights-legal-11-to-15-body =
    Poți cere sfaturi de la un avocat (în engleză „solicitor”) despre viața ta în sistemul de protecție.
    Dacă vrei să mergi la instanță, { $officer_title } trebuie să te ajute să primești sfaturi juridice.
    Dacă ești în sistemul de protecție din cauza unui ordin de îngrijire („care order”), poți cere instanței să îl anuleze.
    Te poți adresa instanței și ca să vezi pe cineva din familia ta.
    Pentru alte lucruri, ai nevoie mai întâi de permisiunea instanței. Instanța poate spune da dacă înțelegi destul de bine ce ceri.
    Un avocat îți poate spune ce poți cere și te poate ajuta să faci asta.

rights-legal-16-plus-title = Sfatul unui avocat și instanța
rights-legal-16-plus-body =
    Ai dreptul să primești sfaturi juridice de la un avocat (în engleză „solicitor”) despre viața ta în sistemul de protecție.
    Dacă vrei să mergi la instanță, { $officer_title } trebuie să te ajute să primești aceste sfaturi.
    Dacă ești în sistemul de protecție din cauza unui ordin de îngrijire („care order”), poți cere instanței să îl anuleze. Te poți adresa instanței și ca să vezi o anumită persoană, de exemplu pe cineva din familia ta.
    Pentru alte tipuri de ordine ale instanței ai nevoie de permisiunea instanței înainte să faci cererea. Instanța o poate da când înțelegi destul de bine ce ceri.
    Un avocat îți poate spune care dintre aceste reguli se aplică în cazul tău.
    Uneori, consiliul local nu face, din nou și din nou, ce ar trebui pentru tine. Atunci, ca ultim pas, { $officer_title } poate trimite cazul tău la Cafcass. Cafcass este un serviciu care apără interesele copiilor la instanțele de familie.

rights-legal-easy-title = Sfatul unui avocat și instanța
rights-legal-easy-body =
    Un avocat cunoaște legea.
    Poți cere sfatul unui avocat.
    { $officer_title } trebuie să te ajute să găsești unul.
    Ai un ordin de îngrijire („care order”)?
    Atunci poți cere instanței să îl anuleze.

## secure: secure children's homes, secure training centres and young offender institutions

rights-secure-under-11-title = Dacă locuiești într-un centru securizat
rights-secure-under-11-body =
    Unii copii locuiesc într-un centru securizat pentru copii. Copiii de acolo nu pot pleca atunci când vor.
    Dacă te-a dus acolo consiliul local, ești tot în sistemul de protecție.
    Evaluările tale au loc în continuare. { $officer_title } le conduce în continuare.
    Ca să rămâi acolo mai mult de trei zile, trebuie să fie de acord o instanță.
    Un grup de cel puțin trei persoane verifică dacă mai trebuie să fii acolo.
    Poate nu ai telefonul tău. Acolo poți folosi My Say pe un ecran comun.

rights-secure-11-to-15-title = Centre securizate și locuri de detenție pentru tineri
rights-secure-11-to-15-body =
    Poate locuiești într-un centru securizat pentru copii, într-un centru securizat de formare („secure training centre”) sau într-o instituție de detenție pentru tineri („young offender institution”).
    Dacă aveai un ordin de îngrijire când ai ajuns acolo, ești tot în sistemul de protecție.
    Dacă ești acolo în arest preventiv, adică aștepți decizia instanței, consiliul local are grijă de tine.
    Dacă ești tot în sistemul de protecție, evaluările tale continuă acolo unde ești. { $officer_title } le conduce în continuare.
    Verifică și dacă vei avea o casă și sprijin când pleci de acolo.
    Dacă erai în sistemul de protecție printr-o înțelegere, fără ordin de îngrijire, și apoi ai primit o pedeapsă, regulile pot fi diferite. Vorbește cu { $officer_title } sau cu un susținător.
    Ca un copil să rămână într-un centru securizat pentru copii mai mult de trei zile, trebuie să fie de acord o instanță. Un grup de cel puțin trei persoane verifică dacă mai trebuie să fie acolo.
    Poate nu ai telefonul tău. Acolo poți folosi My Say pe un terminal comun.

rights-secure-16-plus-title = Centre securizate și locuri de detenție pentru tineri
rights-secure-16-plus-body =
    Dacă locuiești într-un centru securizat pentru copii, într-un centru securizat de formare („secure training centre”) sau într-o instituție de detenție pentru tineri („young offender institution”), poate ești încă în sistemul de protecție.
    Ești în continuare în grija consiliului local dacă aveai un ordin de îngrijire când ai ajuns acolo. Dacă ești în arest preventiv pentru tineri, consiliul local începe să aibă grijă de tine.
    Dacă erai în sistemul de protecție printr-o înțelegere, fără ordin de îngrijire, și apoi ai primit o pedeapsă cu închisoarea, poate nu mai ești în grija consiliului local. Consiliul trebuie totuși să facă planuri pentru momentul în care pleci. Vorbește cu { $officer_title } sau cu un susținător ca să afli care este situația ta.
    Cât timp ești în grija consiliului local, evaluările tale continuă în locul unde ești, conduse de { $officer_title }. La evaluări se verifică dacă există planuri pentru o casă și sprijin când pleci.
    Pentru ca un tânăr să fie ținut într-un centru securizat pentru copii mai mult de 72 de ore, este nevoie de o hotărâre a instanței. Un grup de cel puțin trei persoane verifică dacă mai trebuie să stai acolo.
    Poate nu ai telefonul tău. Acolo poți folosi My Say pe un terminal comun.

rights-secure-easy-title = Dacă locuiești într-un centru securizat
rights-secure-easy-body =
    Unii tineri locuiesc într-un centru securizat.
    Poate ești încă în sistemul de protecție acolo.
    Dacă da, evaluările tale au loc în continuare.
    { $officer_title } le conduce în continuare.
    Nu știi? Vorbește cu { $officer_title }.
    Acolo poți folosi My Say pe un ecran comun.

## pathway: 16 and 17, your pathway plan

rights-pathway-under-11-title = Când ai 16 și 17 ani
rights-pathway-under-11-body =
    Această parte este pentru când vei fi mai mare.
    Tinerii de 16 sau 17 ani care sunt de ceva timp în sistemul de protecție primesc un plan de drum (în engleză „pathway plan”).
    Planul de drum este un plan pentru a merge mai departe și a crește.
    Primesc și un consilier personal care să îi ajute.
    La evaluările lor se vorbește despre planul de drum.
    Pot să vină în continuare la evaluări și să spună ce cred.

rights-pathway-11-to-15-title = Când ai 16 și 17 ani
rights-pathway-11-to-15-body =
    Când ai 16 sau 17 ani, poți primi un plan de drum (în engleză „pathway plan”). Este planul tău pentru a merge mai departe după sistemul de protecție.
    Îl primești dacă ai fost în sistemul de protecție cel puțin 13 săptămâni în total de când ai împlinit 14 ani.
    Primești și un consilier personal care să te ajute cu planul.
    La evaluările tale se va vorbi despre planul de drum. Poți participa în continuare în aceleași feluri.
    Poți cere să ai un consilier personal până la 25 de ani.
    Poate poți rămâne la asistenții tăi maternali până la 21 de ani.

rights-pathway-16-plus-title = 16 și 17 ani: planul tău de drum
rights-pathway-16-plus-body =
    Dacă ai 16 sau 17 ani și ai fost în sistemul de protecție cel puțin 13 săptămâni în total de când ai împlinit 14 ani, primești un plan de drum (în engleză „pathway plan”) și un consilier personal.
    Planul de drum este planul tău pentru a merge mai departe după sistemul de protecție.
    { $officer_title } conduce în continuare evaluările tale, iar la ele se vorbește despre planul de drum. Poți participa în aceleași feluri ca înainte.
    Evaluarea ar trebui să fie la o oră la care poți veni.
    Poți cere să ai un consilier personal până la 25 de ani.
    Poate poți rămâne la asistenții tăi maternali până la 21 de ani. Asta se numește „staying put” (a rămâne pe loc).
    Fiecare consiliu local trebuie să publice o „ofertă locală” („local offer”). Ea spune ce ajutor pot primi tinerii care merg mai departe după sistemul de protecție.

rights-pathway-easy-title = Când ai 16 și 17 ani
rights-pathway-easy-body =
    La 16 sau 17 ani poți primi un plan de drum.
    Este planul tău pentru a merge mai departe.
    Poți primi și un consilier personal.
    Consilierul te ajută cu planul tău.
    La evaluări se vorbește despre planul tău.

## private: keeping things private, and when adults must share

rights-private-under-11-title = Lucrurile private
rights-private-under-11-body =
    Adulții care te ajută ar trebui să păstreze secret ce le spui.
    Ar trebui să te întrebe înainte să spună altcuiva.
    Dar dacă cineva nu este în siguranță, pot spune cuiva fără să te întrebe. Asta ca toată lumea să fie în siguranță.
    În My Say, tu alegi cine altcineva poate citi ce scrii.
    { $officer_title } poate citi mereu.

rights-private-11-to-15-title = Lucrurile private
rights-private-11-to-15-body =
    Adulții care lucrează cu tine ar trebui să te întrebe înainte să spună altcuiva ce le-ai spus.
    Dacă cineva riscă să fie rănit, pot spune altcuiva fără să te întrebe, ca toată lumea să fie în siguranță.
    În My Say, tu alegi cine altcineva poate citi ce scrii. { $officer_title } poate citi mereu.

rights-private-16-plus-title = Lucrurile private
rights-private-16-plus-body =
    Adulții care lucrează cu tine ar trebui să te întrebe înainte să spună altcuiva ce le-ai spus.
    Dacă siguranța cuiva este în pericol, pot spune altcuiva fără să te întrebe.
    Un susținător trebuie să spună și atunci când legea sau o instanță îi cere asta.
    În My Say, tu alegi cine altcineva poate citi ce scrii. { $officer_title } poate citi mereu.

rights-private-easy-title = Lucrurile private
rights-private-easy-body =
    Adulții ar trebui să păstreze secret ce le spui.
    Ar trebui să te întrebe înainte să spună altcuiva.
    Dacă cineva nu e în siguranță, pot spune.
    Asta ca toți să fie în siguranță.

## help: who else can help, with their phone numbers

rights-help-under-11-title = Cine te mai poate ajuta
rights-help-under-11-body =
    Poți suna la acești oameni dacă ai nevoie de ajutor sau vrei să vorbești cu cineva.
    Childline: 0800 1111
    Childline este gratuit. Poți suna oricând, zi și noapte.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand, de la Children's Commissioner (comisarul pentru copii): 0800 528 0731
    NYAS: 0808 808 1001
    Become, sfaturi pentru copiii din sistemul de protecție: 0800 023 2033
    Dacă tu sau altcineva sunteți în pericol acum, sună la 999.

rights-help-11-to-15-title = Cine te mai poate ajuta
rights-help-11-to-15-body =
    Poți suna la acești oameni dacă ai nevoie de ajutor sau vrei să vorbești cu cineva.
    Childline: 0800 1111
    Childline este gratuit și deschis zi și noapte, pentru oricine are sub 19 ani.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand, de la Children's Commissioner (comisarul pentru copii): 0800 528 0731
    NYAS: 0808 808 1001
    Become, sfaturi pentru copiii din sistemul de protecție: 0800 023 2033
    În caz de urgență, sună la 999.

rights-help-16-plus-title = Cine te mai poate ajuta
rights-help-16-plus-body =
    Poți suna la acești oameni pentru ajutor sau sfaturi.
    Childline: 0800 1111
    Childline este gratuit și deschis 24 de ore din 24, pentru oricine are sub 19 ani.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand, de la Children's Commissioner (comisarul pentru copii): 0800 528 0731
    NYAS: 0808 808 1001
    Become, sfaturi pentru copiii din sistemul de protecție: 0800 023 2033
    În caz de urgență, sună la 999.

rights-help-easy-title = Cine te mai poate ajuta
rights-help-easy-body =
    Poți suna la acești oameni.
    Childline: 0800 1111
    Childline este gratuit. Sună oricând.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand: 0800 528 0731
    NYAS: 0808 808 1001
    Become: 0800 023 2033
    Ești în pericol acum? Sună la 999.
