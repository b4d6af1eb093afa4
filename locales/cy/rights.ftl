# Status: not yet checked by a native speaker. Machine-assisted draft translation, 2026-11-23.
# Language: Welsh (Cymraeg). The child is addressed as "ti".
#
# Layout follows locales/en-GB/rights.ftl exactly, id for id (read its header).
# - Ten sections, each in four versions: under-11, 11-to-15, 16-plus, easy.
# - In a body, each line is one paragraph.
# - { $officer_title } is the council's name for the reviewing officer ("IRO",
#   "CISRO"). It is the only variable in this file.
# - Phone numbers stay exactly as in English, after "Name: " at the end of a
#   line, so the page can make them tap-to-call. Service names stay in English.

## The page around the sections

rights-page-title = Dy hawliau
rights-page-intro = Dyma dy hawliau tra rwyt ti mewn gofal. Dewisa'r geiriau sy'n dy siwtio di orau.
rights-version-legend = Dangos y geiriau ar gyfer
rights-version-under-11 = O dan 11
rights-version-11-to-15 = 11 i 15
rights-version-16-plus = 16 a hŷn
rights-version-easy = Hawdd ei ddarllen

## officer: your reviewing officer

rights-officer-under-11-title = Dy { $officer_title }
rights-officer-under-11-body =
    Mae gan bob plentyn mewn gofal { $officer_title }.
    Mae dy { $officer_title } yn gwneud yn siŵr bod dy gynllun yn iawn i ti.
    Maen nhw'n rhedeg y cyfarfodydd amdanat ti a dy gynllun.
    Nid nhw yw dy weithiwr cymdeithasol. Mae ganddyn nhw fòs gwahanol.
    Rhaid iddyn nhw gwrdd â ti cyn dy gyfarfod adolygu cyntaf.
    Dylet ti gael gwybod eu henw a sut i gysylltu â nhw.
    Pan fyddi di'n mewngofnodi i My Say, gelli di weld pwy ydyn nhw.
    Yn aml mae gan frodyr a chwiorydd mewn gofal yr un { $officer_title }.
    Os byddi di'n cael un newydd, dylai'r hen un dy gyflwyno di iddyn nhw.

rights-officer-11-to-15-title = Dy { $officer_title }
rights-officer-11-to-15-body =
    Rhaid i bob plentyn mewn gofal gael { $officer_title }. Dyma dy swyddog adolygu.
    Maen nhw'n rhedeg dy adolygiadau. Rhwng adolygiadau, maen nhw'n gwneud yn siŵr bod dy gynllun yn gweithio.
    Nid nhw yw dy weithiwr cymdeithasol. Mae ganddyn nhw fòs gwahanol, felly gallan nhw godi llais pan fydd y cyngor yn gwneud pethau'n anghywir.
    Rhaid iddyn nhw gwrdd â ti cyn dy adolygiad cyntaf.
    Dylet ti gael gwybod pwy ydyn nhw a sut i gysylltu â nhw. Mae neges destun neu e-bost yn iawn.
    Pan fyddi di'n mewngofnodi i My Say, gelli di weld eu henw a sut i gysylltu â nhw.
    Fel arfer mae brodyr a chwiorydd mewn gofal yn rhannu'r un un.
    Os bydd dy un di yn newid, dylai'r hen un dy gyflwyno di i'r un newydd.
    Rhaid iddyn nhw hefyd wneud yn siŵr dy fod ti'n gwybod dy hawliau. Dyna beth yw pwrpas y dudalen hon.

rights-officer-16-plus-title = Dy { $officer_title }
rights-officer-16-plus-body =
    Rhaid i bob person ifanc mewn gofal gael { $officer_title } wedi'i enwi, sef swyddog adolygu.
    Maen nhw'n cadeirio dy adolygiadau. Rhwng adolygiadau, maen nhw'n cadw llygad ar dy gynllun ac ar beth mae'r cyngor yn ei wneud i ti.
    Nid nhw yw dy weithiwr cymdeithasol. Maen nhw ar wahân i'r bobl sy'n rheoli dy achos a'i arian, ac mae ganddyn nhw reolwr gwahanol.
    Mae hyn yn golygu eu bod nhw'n gallu herio'r cyngor os nad yw dy gynllun yn gweithio neu os yw'n cymryd gormod o amser.
    Rhaid iddyn nhw gwrdd â ti cyn dy adolygiad cyntaf. Dylet ti gael gwybod pwy ydyn nhw a sut i gysylltu â nhw, er enghraifft drwy neges destun neu e-bost.
    Os bydd dy { $officer_title } yn newid, dylai'r hen un dy gyflwyno di i'r un newydd.
    Rhan o'u gwaith yw gwneud yn siŵr dy fod ti'n gwybod dy hawliau, gan gynnwys y rhai ar y dudalen hon.

rights-officer-easy-title = Dy { $officer_title }
rights-officer-easy-body =
    Mae dy { $officer_title } yno i ti.
    Maen nhw'n rhedeg dy gyfarfodydd adolygu.
    Maen nhw'n gwirio bod dy gynllun yn iawn i ti.
    Nid nhw yw dy weithiwr cymdeithasol.
    Rhaid iddyn nhw gwrdd â ti cyn dy adolygiad cyntaf.
    Gelli di anfon neges atyn nhw.

## review: your review, how often, and your part in it

rights-review-under-11-title = Dy adolygiad
rights-review-under-11-body =
    Cyfarfod amdanat ti a dy gynllun yw dy adolygiad.
    Dy { $officer_title } sy'n ei redeg.
    Mae dy adolygiad cyntaf o fewn tua phedair wythnos i ti ddod i ofal.
    Mae'r un nesaf o fewn tri mis.
    Ar ôl hynny, rwyt ti'n cael un o leiaf bob chwe mis.
    Gall ddigwydd yn gynt os bydd pethau'n newid llawer.
    Gelli di ddod i dy gyfarfod a dweud beth rwyt ti'n ei feddwl.
    Gelli di ysgrifennu beth rwyt ti'n ei feddwl hefyd. Mae hyn yn syniad da os nad wyt ti eisiau dod.
    Gelli di ofyn i bobl rwyt ti'n eu hoffi fod yno.
    Gelli di ofyn am gael siarad am bethau preifat heb rai pobl yno.
    Os wyt ti eisiau help i siarad, neu rywun i roi dy eiriau mewn iaith arall, gofyn.
    Gelli di hyd yn oed redeg y cyfarfod, gyda help gan dy { $officer_title }.
    Dylai'r cyfarfod fod ar amser pan fyddi di'n gallu dod.

rights-review-11-to-15-title = Dy adolygiad
rights-review-11-to-15-body =
    Cyfarfod amdanat ti a dy gynllun yw dy adolygiad. Dy { $officer_title } sy'n ei gadeirio.
    Mae dy adolygiad cyntaf o fewn tua phedair wythnos i ti ddod i ofal. Mae'r ail o fewn tri mis i'r cyntaf. Ar ôl hynny, mae o leiaf bob chwe mis.
    Gall adolygiad ddigwydd yn gynt. Dylai newid mawr i dy gynllun ddod ag ef ymlaen.
    Ym mhob adolygiad, rhaid i dy { $officer_title } ofyn beth rwyt ti'n ei feddwl am dy gynllun. Rhaid i'r cyngor ddarganfod beth rwyt ti eisiau a sut rwyt ti'n teimlo cyn penderfynu pethau.
    Gelli di ddod i'r cyfarfod a dweud dy ddweud.
    Gelli di ysgrifennu dy farn ar ei gyfer, yn enwedig os na fyddi di yno.
    Gelli di ofyn i bobl gael eu gwahodd.
    Gelli di ofyn am gael siarad am rai pethau heb bobl benodol yn yr ystafell.
    Gelli di ofyn am gyfieithydd, am help i gyfathrebu, neu am eiriolwr.
    Gelli di gadeirio'r cyfarfod dy hun, gyda help gan dy { $officer_title }.
    Dylai'r cyfarfod fod ar amser sy'n dy siwtio di, er enghraifft o gwmpas yr ysgol.

rights-review-16-plus-title = Dy adolygiad
rights-review-16-plus-body =
    Cyfarfod amdanat ti a dy gynllun yw dy adolygiad, a dy { $officer_title } sy'n ei gadeirio.
    Rhaid i'r adolygiad cyntaf fod o fewn 20 diwrnod gwaith i ti ddod i ofal, sef tua phedair wythnos. Rhaid i'r ail fod o fewn tri mis i'r cyntaf. Ar ôl hynny, mae adolygiadau o leiaf bob chwe mis.
    Dyma'r bylchau hiraf sy'n cael eu caniatáu. Gall adolygiad fod yn gynt, a dylai newid mawr i dy gynllun ddod ag ef ymlaen. Gall dy { $officer_title } benderfynu bod rhaid iddo fod yn gynt.
    Cyn i'r cyngor wneud penderfyniadau amdanat ti, rhaid iddo ddarganfod dy ddymuniadau a dy deimladau. Rhaid iddo feddwl amdanyn nhw, gan ystyried dy oed a faint rwyt ti'n ei ddeall.
    Rhaid i dy { $officer_title } ofyn i ti am dy gynllun ym mhob adolygiad, a phan fydd yn newid llawer.
    Gelli di ddod a siarad, neu anfon dy farn yn ysgrifenedig, yn enwedig os na fyddi di yno.
    Gelli di gadeirio dy adolygiad dy hun, gyda help gan dy { $officer_title }.
    Gelli di ofyn i bobl gael eu gwahodd, ac i rai pethau gael eu trafod heb bobl benodol yno.
    Gelli di ofyn am gyfieithydd, am help i gyfathrebu, neu am eiriolwr.
    Dylai amser y cyfarfod ffitio o gwmpas dy ysgol, dy goleg neu dy waith.

rights-review-easy-title = Dy adolygiad
rights-review-easy-body =
    Cyfarfod amdanat ti yw dy adolygiad.
    Mae'n edrych ar dy gynllun.
    Mae'r un cyntaf tua 4 wythnos ar ôl i ti ddod i ofal.
    Mae'r un nesaf o fewn 3 mis.
    Wedyn mae un o leiaf bob 6 mis.
    Gelli di fynd i'r cyfarfod.
    Gelli di ddweud beth rwyt ti'n ei feddwl.
    Gelli di ysgrifennu beth rwyt ti'n ei feddwl.
    Gelli di ofyn i bobl fod yno.
    Gelli di ofyn i rai pobl beidio â bod yno.
    Gelli di ofyn am rywun i dy helpu i siarad.

## extra-review: asking for an extra review, and when the answer is no

rights-extra-review-under-11-title = Gofyn am adolygiad ychwanegol
rights-extra-review-under-11-body =
    Gelli di ofyn am adolygiad cyn i'r un nesaf fod i fod.
    Efallai byddi di eisiau un os oes rhywbeth mawr wedi newid, neu os wyt ti'n poeni.
    Gofyn i dy { $officer_title }. Rhaid iddyn nhw feddwl amdano'n ofalus.
    Os byddan nhw'n dweud ie, byddan nhw'n gofyn i'r cyfarfod gael ei drefnu.
    Os byddan nhw'n dweud na, rhaid iddyn nhw ysgrifennu atat ti a dweud pam.
    Mae dy weithiwr cymdeithasol yn cael copi o'r llythyr.
    Bydd dy adolygiad nesaf yn dal i ddigwydd fel y cynllun.
    Os nad wyt ti'n hapus gyda'r ateb, gall eiriolwr dy helpu.

rights-extra-review-11-to-15-title = Gofyn am adolygiad ychwanegol
rights-extra-review-11-to-15-body =
    Gelli di ofyn i dy { $officer_title } am adolygiad ychwanegol. Does dim rhaid i ti aros am yr un nesaf.
    Rhaid iddyn nhw feddwl am dy gais o ddifrif.
    Os byddan nhw'n cytuno, byddan nhw'n dweud wrth y tîm sy'n gofalu am dy achos i'w drefnu.
    Os byddan nhw'n dweud na, rhaid iddyn nhw roi eu rhesymau i ti yn ysgrifenedig. Mae dy weithiwr cymdeithasol yn cael copi i'w gadw ar dy gofnod.
    Bydd dy adolygiad nesaf yn dal i ddigwydd fel y cynllun.
    Os nad wyt ti'n hapus gyda'r ateb, siarada ag eiriolwr. Gallan nhw dy helpu i benderfynu beth i'w wneud nesaf, fel gwneud cwyn.

rights-extra-review-16-plus-title = Gofyn am adolygiad ychwanegol
rights-extra-review-16-plus-body =
    Gelli di ofyn i dy { $officer_title } am adolygiad ychwanegol unrhyw bryd. Gall rhiant ofyn am un hefyd.
    Rhaid i dy { $officer_title } feddwl am y cais o ddifrif.
    Os byddan nhw'n cytuno, byddan nhw'n dweud wrth y tîm sy'n gyfrifol am dy achos i'w drefnu.
    Os na fyddan nhw'n cytuno, rhaid iddyn nhw roi eu rhesymau i ti yn ysgrifenedig. Mae dy weithiwr cymdeithasol yn cael copi ar gyfer dy gofnodion.
    Bydd dy adolygiad nesaf sydd wedi'i gynllunio yn dal i ddigwydd.
    Os nad wyt ti'n hapus gyda'r ateb, gall eiriolwr dy helpu i benderfynu beth i'w wneud nesaf, gan gynnwys gwneud cwyn.

rights-extra-review-easy-title = Gofyn am adolygiad ychwanegol
rights-extra-review-easy-body =
    Gelli di ofyn am adolygiad ychwanegol.
    Bydd dy { $officer_title } yn meddwl amdano.
    Os byddan nhw'n dweud ie, bydd y cyfarfod yn cael ei drefnu.
    Os byddan nhw'n dweud na, byddan nhw'n ysgrifennu atat ti.
    Byddan nhw'n dweud pam.
    Gall eiriolwr dy helpu.

## advocate: having an advocate

rights-advocate-under-11-title = Cael eiriolwr
rights-advocate-under-11-body =
    Mae eiriolwr yn rhywun sy'n dy helpu i godi llais.
    Maen nhw ar dy ochr di.
    Mae am ddim.
    Maen nhw ond yn dweud beth rwyt ti eisiau iddyn nhw ei ddweud.
    Fyddan nhw ddim yn gwneud pethau rwyt ti'n gofyn iddyn nhw beidio â'u gwneud.
    Maen nhw'n cadw beth rwyt ti'n ei ddweud wrthyn nhw yn breifat.
    Ond os nad yw rhywun yn ddiogel, efallai bydd rhaid iddyn nhw ddweud wrth rywun sy'n gallu helpu.
    Gall eiriolwr ddod i dy adolygiad gyda ti.
    Gelli di ofyn am eiriolwr dy hun.
    Os bydd rhywun arall yn gofyn am un i ti, ti sy'n dewis os wyt ti eisiau un.

rights-advocate-11-to-15-title = Cael eiriolwr
rights-advocate-11-to-15-body =
    Mae eiriolwr yn dy helpu i gael dy farn wedi'i chlywed. Maen nhw ar dy ochr di, ac mae am ddim.
    Nid gweithiwr cymdeithasol ydyn nhw. Maen nhw ar wahân i'r bobl sy'n gwneud cynlluniau ar dy gyfer.
    Maen nhw ond yn dweud beth rwyt ti eisiau iddyn nhw ei ddweud, a dim byd rwyt ti'n gofyn iddyn nhw beidio â'i ddweud.
    Gallan nhw dy helpu i ddeall dy hawliau.
    Gallan nhw ddod i gyfarfodydd gyda ti. Gallan nhw dy helpu i siarad, neu siarad ar dy ran os wyt ti eisiau.
    Maen nhw'n cadw beth rwyt ti'n ei ddweud wrthyn nhw yn breifat, oni bai bod rhywun mewn perygl o niwed.
    Gelli di ofyn am eiriolwr dy hun. Gall pobl eraill ofyn am un i ti, ond ti sy'n penderfynu os wyt ti eisiau un.
    Os wyt ti eisiau gwneud cwyn, gelli di gael eiriolwr i dy helpu. Rhaid i'r cyngor drefnu un.

rights-advocate-16-plus-title = Cael eiriolwr
rights-advocate-16-plus-body =
    Mae eiriolwr yn berson annibynnol sy'n helpu i dy farn gael ei chlywed. Mae eiriolaeth am ddim, ac mae'r eiriolwr ar dy ochr di.
    Dydyn nhw ddim yn rhan o dy dîm gwaith cymdeithasol. Maen nhw ond yn gweithredu fel rwyt ti eisiau, a dydyn nhw ddim yn dweud dim byd rwyt ti'n gofyn iddyn nhw beidio â'i ddweud.
    Gallan nhw dy helpu i ddeall dy hawliau a sut mae penderfyniadau'n cael eu gwneud. Gallan nhw ddod i gyfarfodydd, dy helpu i siarad, neu siarad ar dy ran.
    Mae beth rwyt ti'n ei ddweud wrthyn nhw yn aros yn breifat, oni bai bod rhywun mewn perygl o niwed neu fod y gyfraith neu lys yn dweud bod rhaid ei rannu.
    Gelli di ofyn am eiriolwr dy hun. Gall pobl eraill awgrymu un i ti, ond ti sy'n penderfynu a wyt ti eisiau un.
    Os wyt ti'n gwneud cwyn, neu eisiau gwneud un, rhaid i'r cyngor drefnu eiriolwr i ti os wyt ti eisiau un. Rhaid iddo hefyd ddweud wrthot ti dy fod ti'n gallu cael un.

rights-advocate-easy-title = Cael eiriolwr
rights-advocate-easy-body =
    Mae eiriolwr yn dy helpu i godi llais.
    Maen nhw ar dy ochr di.
    Mae am ddim.
    Maen nhw ond yn dweud beth rwyt ti eisiau.
    Maen nhw'n cadw beth rwyt ti'n ei ddweud yn breifat.
    Os nad yw rhywun yn ddiogel, efallai bydd rhaid iddyn nhw ddweud.
    Gelli di ofyn am eiriolwr.

## complaint: making a complaint
# Under 11 and 11 to 15 give the days as weeks: 10 working days is two weeks,
# 20 is four, 25 is five.

rights-complaint-under-11-title = Gwneud cwyn
rights-complaint-under-11-body =
    Os nad wyt ti'n hapus gyda'r ffordd mae pobl yn gofalu amdanat ti, gelli di gwyno.
    Mae hyn yn golygu dy fod ti'n dweud wrth y cyngor bod rhywbeth o'i le.
    Gall eiriolwr dy helpu i wneud hyn.
    Rhaid i'r cyngor roi ateb i ti.
    Dylen nhw ateb o fewn pythefnos. Os yw'n anodd ei ddatrys, gall gymryd pedair wythnos.
    Os nad wyt ti'n hapus o hyd, gelli di ofyn i rywun arall edrych arno.

rights-complaint-11-to-15-title = Gwneud cwyn
rights-complaint-11-to-15-body =
    Gelli di gwyno os nad wyt ti'n hapus gyda'r ffordd mae pobl yn gofalu amdanat ti, neu gyda phenderfyniad amdanat ti.
    Os wyt ti eisiau cwyno, gelli di gael eiriolwr i dy helpu. Rhaid i'r cyngor drefnu un.
    Os yw oedolyn eisiau cwyno ar dy ran, dylen nhw wirio dy fod ti'n cytuno.
    Dylai'r cyngor ateb o fewn pythefnos. Os yw'n anodd ei ddatrys, gall gymryd pedair wythnos.
    Os nad wyt ti'n hapus o hyd, gall gael ei archwilio eto, gyda rhywun o'r tu allan i'r cyngor. Gall hyn gymryd hyd at bum wythnos, neu fwy os yw'n anodd.
    Os nad wyt ti'n hapus o hyd ar ôl hynny, gall grŵp o dri pherson o'r tu allan i'r cyngor gwrdd i edrych arno.
    Ceisia gwyno o fewn blwyddyn. Gelli di gwyno yn nes ymlaen o hyd os oedd rheswm da.
    Ar ôl hynny, gelli di ofyn i'r Ombwdsmon (Ombudsman) edrych arno.
    Local Government and Social Care Ombudsman: 0300 061 0614

rights-complaint-16-plus-title = Gwneud cwyn
rights-complaint-16-plus-body =
    Gelli di gwyno am y ffordd mae'r cyngor yn gofalu amdanat ti, neu am benderfyniad a wnaeth. Gall rhieni, gofalwyr a phobl ifanc sydd wedi symud ymlaen o ofal gwyno hefyd.
    Os wyt ti'n gwneud cwyn, neu eisiau gwneud un, rhaid i'r cyngor drefnu eiriolwr i dy helpu, os wyt ti eisiau un.
    Dylai oedolyn sy'n cwyno ar dy ran wirio dy fod ti'n cytuno.
    Cam 1: dylai'r cyngor ateb o fewn 10 diwrnod gwaith, neu 20 os yw'n gymhleth.
    Cam 2: os nad wyt ti'n hapus o hyd, mae'n cael ei archwilio eto. Mae person annibynnol o'r tu allan i'r cyngor yn cymryd rhan. Mae hyn yn cymryd 25 diwrnod gwaith, a hyd at 65 ar y mwyaf.
    Cam 3: os nad wyt ti'n hapus o hyd, mae panel o dri pherson annibynnol yn cwrdd o fewn 30 diwrnod gwaith.
    Cwyna o fewn blwyddyn os gelli di. Gall cwyn hwyrach gael ei hystyried o hyd os oedd rheswm da dros aros.
    Ar ôl hynny, gelli di ofyn i'r Ombwdsmon (Ombudsman) edrych arno.
    Local Government and Social Care Ombudsman: 0300 061 0614

rights-complaint-easy-title = Gwneud cwyn
rights-complaint-easy-body =
    Gelli di gwyno os nad wyt ti'n hapus.
    Gall eiriolwr dy helpu.
    Rhaid i'r cyngor dy ateb.
    Dylen nhw ateb mewn 2 wythnos.
    Os nad wyt ti'n hapus o hyd, gelli di ofyn eto.
    Wedyn bydd rhywun arall yn edrych arno.

## legal: legal advice and going to court
# Sources: see the English file. The words never say outright "no permission
# needed"; they send the child to a lawyer for which rule applies.

rights-legal-under-11-title = Cyngor cyfreithiol a'r llys
rights-legal-under-11-body =
    Mae cyfreithiwr yn rhywun sy'n gwybod am y gyfraith.
    Gelli di gael cyngor gan gyfreithiwr am dy ofal.
    Os wyt ti eisiau mynd i'r llys, rhaid i dy { $officer_title } dy helpu i gael cyngor.
    Mae rhai plant mewn gofal achos bod llys wedi gwneud gorchymyn gofal.
    Os oes gen ti orchymyn gofal, gelli di ofyn i'r llys ddod ag ef i ben.
    Ar gyfer rhai pethau eraill, rhaid i'r llys ddweud ie cyn i ti allu gofyn.
    Gall cyfreithiwr ddweud wrthot ti beth gelli di ei wneud.

rights-legal-11-to-15-title = Cyngor cyfreithiol a'r llys
rights-legal-11-to-15-body =
    Gelli di gael cyngor gan gyfreithiwr am dy ofal.
    Os wyt ti eisiau mynd i'r llys, rhaid i dy { $officer_title } dy helpu i gael cyngor cyfreithiol.
    Os wyt ti mewn gofal achos gorchymyn gofal, gelli di ofyn i'r llys ddod ag ef i ben.
    Gelli di hefyd ofyn i'r llys am weld rhywun o dy deulu.
    Ar gyfer rhai pethau eraill, mae angen caniatâd y llys arnat ti yn gyntaf. Gall y llys ddweud ie os wyt ti'n deall digon am beth rwyt ti'n ei ofyn.
    Gall cyfreithiwr ddweud wrthot ti beth gelli di ofyn amdano, a dy helpu i wneud hynny.

rights-legal-16-plus-title = Cyngor cyfreithiol a'r llys
rights-legal-16-plus-body =
    Mae gen ti hawl i gael cyngor cyfreithiol gan gyfreithiwr am dy ofal.
    Os wyt ti eisiau mynd i'r llys, rhaid i dy { $officer_title } dy helpu i gael y cyngor hwnnw.
    Os wyt ti mewn gofal achos gorchymyn gofal, gelli di ofyn i'r llys ddod ag ef i ben. Gelli di hefyd ofyn i'r llys am weld person penodol, fel rhywun yn dy deulu.
    Mae angen caniatâd y llys ar fathau eraill o orchmynion llys cyn i ti allu gwneud cais. Gall y llys ei roi pan fyddi di'n deall digon am beth rwyt ti'n gofyn amdano.
    Gall cyfreithiwr ddweud wrthot ti pa rai o'r rhain sy'n berthnasol i ti.
    Weithiau mae'r cyngor yn methu dro ar ôl tro â gwneud beth dylai ei wneud i ti. Yna, fel cam olaf, gall dy { $officer_title } anfon dy achos at Cafcass. Mae Cafcass yn wasanaeth sy'n sefyll dros blant yn y llysoedd teulu.

rights-legal-easy-title = Cyngor cyfreithiol a'r llys
rights-legal-easy-body =
    Mae cyfreithiwr yn gwybod am y gyfraith.
    Gelli di gael cyngor gan gyfreithiwr.
    Rhaid i dy { $officer_title } dy helpu i ddod o hyd i un.
    Oes gen ti orchymyn gofal?
    Yna gelli di ofyn i lys ddod ag ef i ben.

## secure: secure children's homes, secure training centres and young offender institutions
# See the English file: a young person in care by agreement (section 20) who is
# then sentenced stops being looked after, so the words do not promise that.

rights-secure-under-11-title = Os wyt ti'n byw mewn cartref diogel
rights-secure-under-11-body =
    Mae rhai plant yn byw mewn cartref diogel i blant. Dydy plant yno ddim yn gallu gadael pan maen nhw eisiau.
    Os gwnaeth y cyngor dy roi di yno, rwyt ti'n dal mewn gofal.
    Mae dy adolygiadau'n dal i ddigwydd. Dy { $officer_title } sy'n dal i'w rhedeg.
    I dy gadw di yno am fwy na thri diwrnod, rhaid i lys gytuno.
    Mae grŵp o dri pherson o leiaf yn gwirio a oes angen i ti fod yno o hyd.
    Efallai na fydd gen ti dy ffôn dy hun. Gelli di ddefnyddio My Say ar sgrin sy'n cael ei rhannu yno.

rights-secure-11-to-15-title = Cartrefi diogel, canolfannau hyfforddi a sefydliadau troseddwyr ifanc
rights-secure-11-to-15-body =
    Efallai byddi di'n byw mewn cartref diogel i blant, canolfan hyfforddi ddiogel neu sefydliad troseddwyr ifanc.
    Os oeddet ti ar orchymyn gofal pan est ti yno, rwyt ti'n dal mewn gofal.
    Os wyt ti yno ar remand, sef aros am y llys, mae dy gyngor yn gofalu amdanat ti.
    Os wyt ti'n dal mewn gofal, mae dy adolygiadau'n parhau lle rwyt ti. Dy { $officer_title } sy'n dal i'w cadeirio.
    Maen nhw hefyd yn gwirio y bydd gen ti gartref a chymorth pan fyddi di'n gadael.
    Os oeddet ti mewn gofal drwy gytundeb, heb orchymyn gofal, a chest ti dy ddedfrydu wedyn, gall y rheolau fod yn wahanol. Gofyn i dy { $officer_title } neu i eiriolwr.
    I gadw rhywun mewn cartref diogel i blant am fwy na thri diwrnod, rhaid i lys gytuno. Mae grŵp o dri pherson o leiaf yn gwirio a oes angen iddyn nhw fod yno o hyd.
    Efallai na fydd gen ti dy ffôn dy hun. Gelli di ddefnyddio My Say ar giosg sy'n cael ei rannu yno.

rights-secure-16-plus-title = Cartrefi diogel, canolfannau hyfforddi a sefydliadau troseddwyr ifanc
rights-secure-16-plus-body =
    Os wyt ti'n byw mewn cartref diogel i blant, canolfan hyfforddi ddiogel neu sefydliad troseddwyr ifanc, efallai dy fod ti'n dal mewn gofal.
    Rwyt ti'n dal yn derbyn gofal os oeddet ti ar orchymyn gofal pan est ti yno. Os wyt ti ar remand mewn cadwad ieuenctid (youth detention), mae dy gyngor yn dechrau gofalu amdanat ti.
    Os oeddet ti mewn gofal drwy gytundeb, heb orchymyn gofal, a chest ti ddedfryd o garchar wedyn, efallai byddi di'n stopio bod yn derbyn gofal. Rhaid i dy gyngor gynllunio o hyd ar gyfer pan fyddi di'n gadael. Gofyn i dy { $officer_title } neu i eiriolwr beth mae hyn yn ei olygu i ti.
    Tra rwyt ti'n derbyn gofal, mae dy adolygiadau'n parhau yn y lle rwyt ti, gyda dy { $officer_title } yn cadeirio. Maen nhw'n gwirio bod cynlluniau ar gyfer cartref a chymorth pan fyddi di'n gadael.
    Mae angen gorchymyn llys i gadw rhywun mewn cartref diogel i blant am fwy na 72 awr. Mae panel o dri pherson o leiaf yn adolygu a oes angen i ti fod yno o hyd.
    Efallai na fydd gen ti dy ffôn dy hun. Gelli di ddefnyddio My Say ar giosg sy'n cael ei rannu yno.

rights-secure-easy-title = Os wyt ti'n byw mewn cartref diogel
rights-secure-easy-body =
    Mae rhai pobl ifanc yn byw mewn cartref neu ganolfan ddiogel.
    Efallai byddi di'n dal mewn gofal yno.
    Os wyt ti, mae dy adolygiadau'n dal i ddigwydd.
    Dy { $officer_title } sy'n dal i'w rhedeg.
    Ddim yn siŵr? Gofyn i dy { $officer_title }.
    Gelli di ddefnyddio My Say ar sgrin sy'n cael ei rhannu yno.

## pathway: 16 and 17, your pathway plan
# "Symud ymlaen" (moving on), not "gadael gofal" (leaving care).

rights-pathway-under-11-title = Pan fyddi di'n 16 a 17
rights-pathway-under-11-body =
    Mae'r rhan hon ar gyfer pan fyddi di'n hŷn.
    Mae pobl ifanc 16 neu 17 oed sydd wedi bod mewn gofal am dipyn yn cael cynllun llwybr.
    Mae cynllun llwybr yn gynllun ar gyfer symud ymlaen a thyfu i fyny.
    Maen nhw hefyd yn cael cynghorydd personol i'w helpu.
    Mae eu hadolygiadau'n edrych ar y cynllun llwybr.
    Gallan nhw ddod i'w hadolygiadau o hyd a dweud beth maen nhw'n ei feddwl.

rights-pathway-11-to-15-title = Pan fyddi di'n 16 a 17
rights-pathway-11-to-15-body =
    Pan fyddi di'n 16 neu 17, efallai byddi di'n cael cynllun llwybr. Dyma dy gynllun ar gyfer symud ymlaen o ofal.
    Rwyt ti'n cael un os wyt ti wedi bod mewn gofal am o leiaf 13 wythnos i gyd ers pan oeddet ti'n 14.
    Rwyt ti hefyd yn cael cynghorydd personol i dy helpu gyda fe.
    Bydd dy adolygiadau'n edrych ar dy gynllun llwybr. Gelli di gymryd rhan yn yr un ffyrdd o hyd.
    Gelli di ofyn am gadw cynghorydd personol nes dy fod ti'n 25.
    Efallai byddi di'n gallu aros gyda dy ofalwyr maeth nes dy fod ti'n 21.

rights-pathway-16-plus-title = 16 a 17: dy gynllun llwybr
rights-pathway-16-plus-body =
    Os wyt ti'n 16 neu 17 ac wedi bod mewn gofal am o leiaf 13 wythnos i gyd ers pan oeddet ti'n 14, rwyt ti'n cael cynllun llwybr a chynghorydd personol.
    Dy gynllun llwybr yw dy gynllun ar gyfer symud ymlaen o ofal.
    Mae dy { $officer_title } yn dal i gadeirio dy adolygiadau, ac maen nhw'n edrych ar dy gynllun llwybr. Gelli di gymryd rhan yn yr un ffyrdd ag o'r blaen.
    Dylai'r adolygiad fod ar amser sy'n gadael i ti ddod.
    Gelli di ofyn am gadw cynghorydd personol nes dy fod ti'n 25.
    Efallai byddi di'n gallu aros gyda dy ofalwyr maeth nes dy fod ti'n 21. Enw hyn yn Saesneg yw "staying put".
    Rhaid i bob cyngor gyhoeddi cynnig lleol (local offer). Mae'n dweud pa help mae pobl ifanc sy'n symud ymlaen o ofal yn gallu ei gael.

rights-pathway-easy-title = Pan fyddi di'n 16 a 17
rights-pathway-easy-body =
    Yn 16 neu 17 efallai byddi di'n cael cynllun llwybr.
    Dyma dy gynllun ar gyfer symud ymlaen.
    Efallai byddi di'n cael cynghorydd personol hefyd.
    Maen nhw'n dy helpu gyda dy gynllun.
    Mae dy adolygiadau'n edrych ar dy gynllun.

## private: keeping things private, and when adults must share

rights-private-under-11-title = Cadw pethau'n breifat
rights-private-under-11-body =
    Dylai'r oedolion sy'n dy helpu gadw beth rwyt ti'n ei ddweud wrthyn nhw yn breifat.
    Dylen nhw ofyn i ti cyn dweud wrth unrhyw un arall.
    Ond os nad yw rhywun yn ddiogel, efallai byddan nhw'n dweud wrth rywun heb ofyn i ti. Mae hyn er mwyn cadw pobl yn ddiogel.
    Yn My Say, ti sy'n dewis pwy arall sy'n gallu darllen beth rwyt ti'n ei ysgrifennu.
    Mae dy { $officer_title } yn gallu ei ddarllen bob amser.

rights-private-11-to-15-title = Cadw pethau'n breifat
rights-private-11-to-15-body =
    Dylai oedolion sy'n gweithio gyda ti ofyn i ti cyn rhannu beth rwyt ti'n ei ddweud wrthyn nhw.
    Os yw rhywun mewn perygl o niwed, gallan nhw ei rannu heb ofyn i ti, er mwyn cadw pobl yn ddiogel.
    Yn My Say, ti sy'n dewis pwy arall sy'n gallu darllen beth rwyt ti'n ei ysgrifennu. Mae dy { $officer_title } yn gallu ei ddarllen bob amser.

rights-private-16-plus-title = Cadw pethau'n breifat
rights-private-16-plus-body =
    Dylai'r oedolion sy'n gweithio gyda ti ofyn i ti cyn rhannu beth rwyt ti'n ei ddweud wrthyn nhw.
    Os yw diogelwch rhywun mewn perygl, gallan nhw ei rannu heb ofyn i ti.
    Rhaid i eiriolwr rannu hefyd os yw'r gyfraith neu lys yn dweud bod rhaid.
    Yn My Say, ti sy'n dewis pwy arall sy'n gallu darllen beth rwyt ti'n ei ysgrifennu. Mae dy { $officer_title } yn gallu ei ddarllen bob amser.

rights-private-easy-title = Cadw pethau'n breifat
rights-private-easy-body =
    Dylai oedolion gadw beth rwyt ti'n ei ddweud yn breifat.
    Dylen nhw ofyn i ti cyn ei rannu.
    Os nad yw rhywun yn ddiogel, efallai byddan nhw'n ei rannu.
    Mae hyn er mwyn cadw pobl yn ddiogel.

## help: who else can help, with their phone numbers

rights-help-under-11-title = Pwy arall sy'n gallu helpu
rights-help-under-11-body =
    Gelli di ffonio'r bobl hyn os oes angen help arnat ti neu os wyt ti eisiau siarad.
    Childline: 0800 1111
    Mae Childline am ddim. Gelli di ffonio unrhyw bryd, ddydd neu nos.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand, gan y Children's Commissioner (Comisiynydd Plant): 0800 528 0731
    NYAS: 0808 808 1001
    Llinell gyngor gofal Become: 0800 023 2033
    Os wyt ti neu rywun arall mewn perygl nawr, ffonia 999.

rights-help-11-to-15-title = Pwy arall sy'n gallu helpu
rights-help-11-to-15-body =
    Gelli di ffonio'r bobl hyn os oes angen help arnat ti neu os wyt ti eisiau siarad.
    Childline: 0800 1111
    Mae Childline am ddim ac ar agor drwy'r dydd a drwy'r nos, i unrhyw un o dan 19 oed.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand, gan y Children's Commissioner (Comisiynydd Plant): 0800 528 0731
    NYAS: 0808 808 1001
    Llinell gyngor gofal Become: 0800 023 2033
    Mewn argyfwng, ffonia 999.

rights-help-16-plus-title = Pwy arall sy'n gallu helpu
rights-help-16-plus-body =
    Gelli di ffonio'r bobl hyn am help neu gyngor.
    Childline: 0800 1111
    Mae Childline am ddim ac ar agor 24 awr y dydd, i unrhyw un o dan 19 oed.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand, gan y Children's Commissioner (Comisiynydd Plant): 0800 528 0731
    NYAS: 0808 808 1001
    Llinell gyngor gofal Become: 0800 023 2033
    Mewn argyfwng, ffonia 999.

rights-help-easy-title = Pwy arall sy'n gallu helpu
rights-help-easy-body =
    Gelli di ffonio'r bobl hyn.
    Childline: 0800 1111
    Mae Childline am ddim. Ffonia unrhyw bryd.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand: 0800 528 0731
    NYAS: 0808 808 1001
    Become: 0800 023 2033
    Mewn perygl nawr? Ffonia 999.
