# My Say: the rights pages (/rights), in British English.
#
# How this file is laid out (every language copies it exactly, id for id):
#
# - The page lists ten sections, always in this order:
#     officer, review, extra-review, advocate, complaint, legal, secure,
#     pathway, private, help
# - Each section is written four times: one version per age and one easy-read
#   version. The version part of an id is one of:
#     under-11   children under 11
#     11-to-15   children aged 11 to 15
#     16-plus    young people aged 16 and over
#     easy       easy read: shorter sentences, one idea per line (any age)
# - So every section has 8 messages:
#     rights-<section>-<version>-title   the section's heading
#     rights-<section>-<version>-body    the section's words
#   for example rights-advocate-11-to-15-title and rights-advocate-11-to-15-body.
# - In a body, each line is one paragraph (easy read: one idea per line). The
#   page shows each line as its own paragraph and reads each section aloud.
# - { $officer_title } is the council's name for the reviewing officer, for
#   example "IRO" or "CISRO". It is the only variable in this file.
# - A phone number is written as digit groups with single spaces, after
#   "Name: " at the end of its line ("Childline: 0800 1111"). The page turns
#   each number into a tap-to-call link, so keep the digits exactly as here.
# - The facts come from ../../shared/DOMAIN.md ("Rights facts for the rights
#   pages") and its sources. Change a fact only after checking it there.
# - `cargo test -p readability` measures every English body: Flesch–Kincaid
#   grade at most 5 (under-11, 11-to-15), 7 (16-plus) and 4 (easy read), and at
#   most 15 words a sentence (10 for easy read). The figures are in
#   docs/readability.md.

## The page around the sections

rights-page-title = Know your rights
rights-page-intro = These are your rights while you are in care. Choose the words that suit you best.
rights-version-legend = Show the words for
rights-version-under-11 = Under 11
rights-version-11-to-15 = 11 to 15
rights-version-16-plus = 16 and over
rights-version-easy = Easy read

## officer: your reviewing officer

rights-officer-under-11-title = Your { $officer_title }
rights-officer-under-11-body =
    Every child in care has a { $officer_title }.
    Your { $officer_title } checks that your plan is right for you.
    They run the meetings about you and your plan.
    They are not your social worker. They have a different boss.
    They must meet you before your first review meeting.
    You should be told their name and how to reach them.
    When you sign in to My Say, you can see who they are.
    Brothers and sisters in care often have the same { $officer_title }.
    If you get a new one, the old one should introduce them to you.

rights-officer-11-to-15-title = Your { $officer_title }
rights-officer-11-to-15-body =
    Every child in care must have a { $officer_title }. This is your reviewing officer.
    They run your reviews. Between reviews, they check that your plan is working.
    They are not your social worker. They have a different boss, so they can speak up when the council gets things wrong.
    They must meet you before your first review.
    You should be told who they are and how to reach them. A text or an email is fine.
    When you sign in to My Say, you can see their name and how to contact them.
    Brothers and sisters in care usually share the same one.
    If yours changes, the old one should introduce the new one to you.
    They must also make sure you know your rights. That is what this page is for.

rights-officer-16-plus-title = Your { $officer_title }
rights-officer-16-plus-body =
    Every young person in care must have a named { $officer_title }, or reviewing officer.
    They chair your reviews. Between reviews, they keep an eye on your plan and on what the council does for you.
    They are not your social worker. They are separate from the people who manage your case and its money, and they have a different manager.
    This means they can challenge the council if your plan is not working or is taking too long.
    They must meet you before your first review. You should be told who they are and how to contact them, for example by text or email.
    If your { $officer_title } changes, the old one should introduce the new one to you.
    Part of their job is to make sure you know your rights, including the ones on this page.

rights-officer-easy-title = Your { $officer_title }
rights-officer-easy-body =
    Your { $officer_title } is there for you.
    They run your review meetings.
    They check your plan is right for you.
    They are not your social worker.
    They must meet you before your first review.
    You can send them a message.

## review: your review, how often, and your part in it

rights-review-under-11-title = Your review
rights-review-under-11-body =
    Your review is a meeting about you and your plan.
    Your { $officer_title } runs it.
    Your first review is within about four weeks of you coming into care.
    The next one is within three months.
    After that, you have one at least every six months.
    It can happen sooner if things change a lot.
    You can come to your meeting and say what you think.
    You can write what you think, too. This is a good idea if you do not want to come.
    You can ask for people you like to be there.
    You can ask to talk about private things without some people there.
    If you want help to talk, or someone to put your words into another language, just ask.
    You can even run the meeting, with help from your { $officer_title }.
    The meeting should be at a time when you can come.

rights-review-11-to-15-title = Your review
rights-review-11-to-15-body =
    Your review is a meeting about you and your plan. Your { $officer_title } chairs it.
    Your first review is within about four weeks of coming into care. The second is within three months of the first. After that, it is at least every six months.
    A review can happen sooner. A big change to your plan should bring it forward.
    At every review, your { $officer_title } must ask what you think about your plan. The council must find out what you want and feel before it decides things.
    You can come to the meeting and have your say.
    You can write your views for it, most of all if you will not be there.
    You can ask for people to be invited.
    You can ask to talk about some things without certain people in the room.
    You can ask for an interpreter, for help to communicate, or for an advocate.
    You can chair the meeting yourself, with help from your { $officer_title }.
    The meeting should be at a time that fits around you, like school.

rights-review-16-plus-title = Your review
rights-review-16-plus-body =
    Your review is a meeting about you and your plan, chaired by your { $officer_title }.
    The first review must be within 20 working days of coming into care, which is about four weeks. The second must be within three months of the first. After that, reviews happen at least every six months.
    These are the longest gaps allowed. A review can be sooner, and a big change to your plan should bring it forward. Your { $officer_title } can decide that it must be sooner.
    Before the council makes decisions about you, it must find out your wishes and feelings. It must think about them, taking account of your age and understanding.
    Your { $officer_title } must ask you about your plan at every review, and when it changes a lot.
    You can come and speak, or send your views in writing, most of all if you will not be there.
    You can chair your own review, with help from your { $officer_title }.
    You can ask for people to be invited, and for some things to be talked about without certain people there.
    You can ask for an interpreter, for help to communicate, or for an advocate.
    The time of the meeting should fit around your school, college or work.

rights-review-easy-title = Your review
rights-review-easy-body =
    Your review is a meeting about you.
    It looks at your plan.
    The first one is about 4 weeks after you come into care.
    The next one is within 3 months.
    Then there is one at least every 6 months.
    You can go to the meeting.
    You can say what you think.
    You can write what you think.
    You can ask for people to be there.
    You can ask for some people not to be there.
    You can ask for someone to help you talk.

## extra-review: asking for an extra review, and when the answer is no

rights-extra-review-under-11-title = Asking for an extra review
rights-extra-review-under-11-body =
    You can ask for a review before the next one is due.
    You might want one if something big has changed, or if you are worried.
    Ask your { $officer_title }. They must think about it carefully.
    If they say yes, they will ask for the meeting to be set up.
    If they say no, they must write to you and tell you why.
    Your social worker gets a copy of the letter.
    Your next review will still happen as planned.
    If you are not happy with the answer, an advocate can help you.

rights-extra-review-11-to-15-title = Asking for an extra review
rights-extra-review-11-to-15-body =
    You can ask your { $officer_title } for an extra review. You do not have to wait for the next one.
    They must think about your request seriously.
    If they agree, they tell the team who look after your case to set it up.
    If they say no, they must give you their reasons in writing. Your social worker gets a copy to keep on your record.
    Your next review still goes ahead as planned.
    If you are not happy with the answer, talk to an advocate. They can help you decide what to do next, such as making a complaint.

rights-extra-review-16-plus-title = Asking for an extra review
rights-extra-review-16-plus-body =
    You can ask your { $officer_title } for an extra review at any time. A parent can ask for one too.
    Your { $officer_title } must think about the request seriously.
    If they agree, they tell the team responsible for your case to arrange it.
    If they do not agree, they must give you their reasons in writing. Your social worker gets a copy for your records.
    Your next planned review still goes ahead.
    If you are not happy with the answer, an advocate can help you work out what to do next, including making a complaint.

rights-extra-review-easy-title = Asking for an extra review
rights-extra-review-easy-body =
    You can ask for an extra review.
    Your { $officer_title } will think about it.
    If they say yes, the meeting will be set up.
    If they say no, they will write to you.
    They will tell you why.
    An advocate can help you.

## advocate: having an advocate

rights-advocate-under-11-title = Having an advocate
rights-advocate-under-11-body =
    An advocate is someone who helps you speak up.
    They are on your side.
    It is free.
    They only say what you want them to say.
    They will not do things you ask them not to do.
    They keep what you tell them private.
    But if someone is not safe, they may have to tell someone who can help.
    An advocate can come to your review with you.
    You can ask for an advocate yourself.
    If someone else asks for one for you, you choose if you want one.

rights-advocate-11-to-15-title = Having an advocate
rights-advocate-11-to-15-body =
    An advocate helps you get your views heard. They are on your side, and it is free.
    They are not a social worker. They are separate from the people who make plans for you.
    They only say what you want said, and nothing you ask them not to say.
    They can help you understand your rights.
    They can come to meetings with you. They can help you speak, or speak for you if you want.
    They keep what you tell them private, unless someone is at risk of harm.
    You can ask for an advocate yourself. Other people can ask for one for you, but you decide if you want one.
    If you want to make a complaint, you can have an advocate to help you. The council must arrange one.

rights-advocate-16-plus-title = Having an advocate
rights-advocate-16-plus-body =
    An advocate is an independent person who helps your views be heard. Advocacy is free, and the advocate is on your side.
    They are not part of your social work team. They act only as you want, and say nothing you ask them not to say.
    They can help you understand your rights and how decisions are made. They can come to meetings, help you speak, or speak for you.
    What you tell them stays private, unless someone is at risk of harm or the law or a court says it must be shared.
    You can ask for an advocate yourself. Others can suggest one for you, but you decide whether to take it up.
    If you make a complaint, or want to, the council must arrange an advocate for you if you want one. It must also tell you that you can have one.

rights-advocate-easy-title = Having an advocate
rights-advocate-easy-body =
    An advocate helps you speak up.
    They are on your side.
    It is free.
    They only say what you want.
    They keep what you say private.
    If someone is not safe, they may have to tell.
    You can ask for an advocate.

## complaint: making a complaint
# Sources: DOMAIN.md "Complaints" (stages and working days) and "Advocacy"
# (s26A). Under 11 and 11 to 15 give the days as weeks: 10 working days is two
# weeks, 20 is four, 25 is five.

rights-complaint-under-11-title = Making a complaint
rights-complaint-under-11-body =
    If you are not happy with how you are looked after, you can complain.
    This means you tell the council that something is wrong.
    An advocate can help you do it.
    The council must give you an answer.
    They should answer within two weeks. If it is hard to sort out, it can take four weeks.
    If you are still not happy, you can ask for someone else to look at it.

rights-complaint-11-to-15-title = Making a complaint
rights-complaint-11-to-15-body =
    You can complain if you are not happy with how you are looked after, or with a decision about you.
    If you want to complain, you can have an advocate to help you. The council must arrange one.
    If an adult wants to complain for you, they should check that you agree.
    The council should answer within two weeks. If it is hard to sort out, it can take four weeks.
    If you are still not happy, it can be looked into more, with someone from outside the council. This can take up to five weeks, or longer if it is hard.
    If you are still not happy after that, a group of three people from outside the council can meet to look at it.
    Try to complain within a year. You can still complain later if there was a good reason.
    After that, you can ask the Ombudsman to look at it.
    Local Government and Social Care Ombudsman: 0300 061 0614

rights-complaint-16-plus-title = Making a complaint
rights-complaint-16-plus-body =
    You can complain about how the council looks after you, or about a decision it made. Parents, carers and young people who have moved on from care can complain too.
    If you make a complaint, or want to, the council must arrange an advocate to help you, if you want one.
    An adult who complains for you should check that you agree.
    Stage 1: the council should answer within 10 working days, or 20 if it is complex.
    Stage 2: if you are still unhappy, it is looked into again. An independent person from outside the council takes part. This takes 25 working days, and up to 65 at most.
    Stage 3: if you are still unhappy, a panel of three independent people meets within 30 working days.
    Complain within a year if you can. A later complaint can still be looked at if there was a good reason for the wait.
    After that, you can ask the Ombudsman to look at it.
    Local Government and Social Care Ombudsman: 0300 061 0614

rights-complaint-easy-title = Making a complaint
rights-complaint-easy-body =
    You can complain if you are not happy.
    An advocate can help you.
    The council must answer you.
    They should answer in 2 weeks.
    If you are still not happy, you can ask again.
    Then someone else will look at it.

## legal: legal advice and going to court
# Sources: DOMAIN.md "Court" (Children Act 1989 s39: a child may apply to end
# a care order without permission; other section 8 orders need the court's
# permission; s34(2) family time). The East Riding procedure says "with leave"
# for both, and the issue says "with the court's permission": the words follow
# DOMAIN.md (checked against the Act) but never say outright "no permission
# needed"; they send the child to a lawyer for which rule applies.
# The officer must help the child get advice (procedure, section 4 and 12).

rights-legal-under-11-title = Legal advice and court
rights-legal-under-11-body =
    A lawyer is someone who knows the law.
    You can get advice from a lawyer about your care.
    If you want to go to court, your { $officer_title } must help you find advice.
    Some children are in care because a court made a care order.
    If you have a care order, you can ask the court to end it.
    For some other things, the court has to say yes before you can ask.
    A lawyer can tell you what you can do.

rights-legal-11-to-15-title = Legal advice and court
rights-legal-11-to-15-body =
    You can get advice from a lawyer (a solicitor) about your care.
    If you want to go to court, your { $officer_title } must help you get legal advice.
    If you are in care because of a care order, you can ask the court to end it.
    You can also ask the court about seeing someone from your family.
    For some other things, you need the court's permission first. The court can say yes if you understand enough about what you are asking.
    A lawyer can tell you what you can ask for, and help you do it.

rights-legal-16-plus-title = Legal advice and court
rights-legal-16-plus-body =
    You have the right to get legal advice from a solicitor about your care.
    If you want to go to court, your { $officer_title } must help you get that advice.
    If you are in care because of a care order, you can ask the court to end it. You can also ask the court about seeing a named person, such as someone in your family.
    Other kinds of court orders need the court's permission before you can apply. The court can give it when you understand enough about what you are asking for.
    A solicitor can tell you which of these apply to you.
    Sometimes the council keeps failing to do what it should for you. Then, as a last step, your { $officer_title } can send your case to Cafcass. Cafcass is a service that stands up for children in family courts.

rights-legal-easy-title = Legal advice and court
rights-legal-easy-body =
    A lawyer knows about the law.
    You can get advice from a lawyer.
    Your { $officer_title } must help you find one.
    Do you have a care order?
    Then you can ask a court to end it.

## secure: secure children's homes, secure training centres and young offender institutions
# Sources: DOMAIN.md "Custody" and rule 12; the procedure's section 10. A young
# person accommodated by agreement (section 20) who is then sentenced stops
# being looked after, so the words do not promise every child there is still
# in care (the issue's shorter wording would be wrong for them).

rights-secure-under-11-title = If you live in a secure home
rights-secure-under-11-body =
    Some children live in a secure children's home. Children there cannot leave when they want to.
    If the council placed you there, you are still in care.
    Your reviews still happen. Your { $officer_title } still runs them.
    To keep you there for more than three days, a court must agree.
    A group of at least three people checks if you still need to be there.
    You may not have your own phone. You can use My Say on a shared screen there.

rights-secure-11-to-15-title = Secure homes, training centres and young offender institutions
rights-secure-11-to-15-body =
    You might live in a secure children's home, a secure training centre or a young offender institution.
    If you were on a care order when you went there, you are still in care.
    If you are there on remand, which means waiting for court, your council looks after you.
    If you are still in care, your reviews go on where you are. Your { $officer_title } still chairs them.
    They also check that you will have a home and support when you leave.
    If you were in care by agreement, without a care order, and you were then sentenced, the rules can be different. Ask your { $officer_title } or an advocate.
    To keep someone in a secure children's home for more than three days, a court must agree. A group of at least three people checks if they still need to be there.
    You may not have your own phone. You can use My Say on a shared kiosk there.

rights-secure-16-plus-title = Secure homes, training centres and young offender institutions
rights-secure-16-plus-body =
    If you live in a secure children's home, a secure training centre or a young offender institution, you may still be in care.
    You are still looked after if you were on a care order when you went there. If you are remanded to youth detention, you become looked after by your council.
    If you were in care by agreement, without a care order, and then got a custody sentence, you may stop being looked after. Your council must still plan for when you leave. Ask your { $officer_title } or an advocate where you stand.
    While you are looked after, your reviews carry on inside the place where you are, chaired by your { $officer_title }. They check there are plans for a home and support when you leave.
    Being kept in a secure children's home for more than 72 hours needs a court order. A panel of at least three people reviews whether you still need to be there.
    You may not have your own phone. You can use My Say on a shared kiosk there.

rights-secure-easy-title = If you live in a secure home
rights-secure-easy-body =
    Some young people live in a secure home or centre.
    You may still be in care there.
    If you are, your reviews still happen.
    Your { $officer_title } still runs them.
    Not sure? Ask your { $officer_title }.
    You can use My Say on a shared screen there.

## pathway: 16 and 17, your pathway plan
# Sources: DOMAIN.md "Leaving care" (eligible: 16 or 17, looked after for 13
# weeks in total since 14). "Moving on", not "leaving care" (DOMAIN.md's
# words children prefer).

rights-pathway-under-11-title = When you are 16 and 17
rights-pathway-under-11-body =
    This part is for when you are older.
    Young people aged 16 or 17 who have been in care for a while get a pathway plan.
    A pathway plan is a plan for moving on and growing up.
    They also get a personal adviser to help them.
    Their reviews look at the pathway plan.
    They can still come to their reviews and say what they think.

rights-pathway-11-to-15-title = When you are 16 and 17
rights-pathway-11-to-15-body =
    When you are 16 or 17, you may get a pathway plan. It is your plan for moving on from care.
    You get one if you have been in care for at least 13 weeks in total since you were 14.
    You also get a personal adviser to help you with it.
    Your reviews will look at your pathway plan. You can still take part in the same ways.
    You can ask to keep a personal adviser until you are 25.
    You may be able to stay with your foster carers until you are 21.

rights-pathway-16-plus-title = 16 and 17: your pathway plan
rights-pathway-16-plus-body =
    If you are 16 or 17 and have been in care for at least 13 weeks in total since you were 14, you get a pathway plan and a personal adviser.
    Your pathway plan is your plan for moving on from care.
    Your { $officer_title } keeps chairing your reviews, and they look at your pathway plan. You can take part in all the same ways as before.
    The review should be at a time that lets you come.
    You can ask to keep a personal adviser until you are 25.
    You may be able to stay with your foster carers until you are 21. This is called staying put.
    Every council must publish a local offer. It says what help young people moving on from care can get.

rights-pathway-easy-title = When you are 16 and 17
rights-pathway-easy-body =
    At 16 or 17 you may get a pathway plan.
    It is your plan for moving on.
    You may get a personal adviser too.
    They help you with your plan.
    Your reviews look at your plan.

## private: keeping things private, and when adults must share

rights-private-under-11-title = Keeping things private
rights-private-under-11-body =
    The adults who help you should keep what you tell them private.
    They should ask you before they tell anyone else.
    But if someone is not safe, they may tell someone without asking you. This is to keep people safe.
    In My Say, you choose who else can read what you write.
    Your { $officer_title } can always read it.

rights-private-11-to-15-title = Keeping things private
rights-private-11-to-15-body =
    Adults who work with you should ask you before they share what you tell them.
    If someone is at risk of harm, they can share it without asking you, to keep people safe.
    In My Say, you choose who else can read what you write. Your { $officer_title } can always read it.

rights-private-16-plus-title = Keeping things private
rights-private-16-plus-body =
    The adults who work with you should ask you before they share what you tell them.
    If someone's safety is at risk, they can share it without asking you.
    An advocate also has to share if the law or a court says they must.
    In My Say, you choose who else can read what you write. Your { $officer_title } can always read it.

rights-private-easy-title = Keeping things private
rights-private-easy-body =
    Adults should keep what you say private.
    They should ask you before they share it.
    If someone is not safe, they may share it.
    This is to keep people safe.

## help: who else can help, with their phone numbers

rights-help-under-11-title = Who else can help
rights-help-under-11-body =
    You can call these people if you need help or want to talk.
    Childline: 0800 1111
    Childline is free. You can call any time, day or night.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand, from the Children's Commissioner: 0800 528 0731
    NYAS: 0808 808 1001
    Become care advice line: 0800 023 2033
    If you or someone else is in danger now, call 999.

rights-help-11-to-15-title = Who else can help
rights-help-11-to-15-body =
    You can call these people if you need help or want to talk.
    Childline: 0800 1111
    Childline is free and open all day and all night, for anyone under 19.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand, from the Children's Commissioner: 0800 528 0731
    NYAS: 0808 808 1001
    Become care advice line: 0800 023 2033
    In an emergency, call 999.

rights-help-16-plus-title = Who else can help
rights-help-16-plus-body =
    You can call these people for help or advice.
    Childline: 0800 1111
    Childline is free and open 24 hours a day, for anyone under 19.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand, from the Children's Commissioner: 0800 528 0731
    NYAS: 0808 808 1001
    Become care advice line: 0800 023 2033
    In an emergency, call 999.

rights-help-easy-title = Who else can help
rights-help-easy-body =
    You can call these people.
    Childline: 0800 1111
    Childline is free. Call any time.
    Coram Voice Always Heard: 0808 800 5792
    Help at Hand: 0800 528 0731
    NYAS: 0808 808 1001
    Become: 0800 023 2033
    In danger now? Call 999.
