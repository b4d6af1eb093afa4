# Status: not yet checked by a native speaker. Machine-assisted draft translation, 2026-11-23.
# Language: Arabic (Modern Standard Arabic, simple and friendly register), written right to left.
# $officer is the council's name for the reviewing officer, for example "CISRO" or "IRO". Never translate it.

## chunk: first
-service = My Say

## Whole app

service-name = { -service }
noscript = يحتاج { -service } إلى JavaScript. شغّله من إعدادات المتصفح، ثم أعد تحميل هذه الصفحة.
document-title = { $page } – { -service }
document-title-error = خطأ: { $page } – { -service }
skip-link = انتقل إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
header-signed-in-as = مسجّل الدخول باسم { $name }
sign-out = تسجيل الخروج
quick-exit = غادِر هذه الصفحة
quick-exit-hint = أو اضغط على Shift ثلاث مرات.
quick-exit-note = زر «غادِر هذه الصفحة» ينقلك فورًا إلى موقع آخر ويُخرجك من حسابك. لكنه لا يمسح سجلّ المتصفح.
quick-exit-note-dismiss = حسنًا، فهمت
loading = جارٍ التحميل…
language-name = العربية
translation-unchecked = لم يراجع هذه الترجمةَ متحدثٌ أصلي باللغة حتى الآن.
language-menu = اللغة
language-choose = تغيير
officer-title-fallback = مسؤول المراجعة

## Signing out after a time without use

time-out-title = هل ما زلت هنا؟
time-out-minutes = لحمايتك، سنُخرجك من حسابك بعد { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
time-out-seconds = لحمايتك، سنُخرجك من حسابك بعد { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}.
time-out-stay = أبقِني داخل حسابي
signed-out-timed-out = أخرجناك من حسابك لنحافظ على معلوماتك آمنة. سجّل الدخول مرة أخرى لتكمل.

## Dates, written as "5 January 2027"

date = { $day } { $month } { $year }
month-january = يناير
month-february = فبراير
month-march = مارس
month-april = أبريل
month-may = مايو
month-june = يونيو
month-july = يوليو
month-august = أغسطس
month-september = سبتمبر
month-october = أكتوبر
month-november = نوفمبر
month-december = ديسمبر

## Form parts

show = إظهار
hide = إخفاء
show-passphrase = إظهار عبارة المرور
hide-passphrase = إخفاء عبارة المرور
show-password = إظهار كلمة المرور
hide-password = إخفاء كلمة المرور
passphrase-shown = عبارة المرور ظاهرة الآن
passphrase-hidden = عبارة المرور مخفية الآن
password-shown = كلمة المرور ظاهرة الآن
password-hidden = كلمة المرور مخفية الآن
error-summary-title = هناك مشكلة
error-prefix = خطأ:
## chunk: activate carer_contribution contribution pages next_review staff_sign_in views_with_help request_decision requests_list
back = رجوع

## Child sign-in

## chunk: first
sign-in-title = تسجيل الدخول إلى { -service }
sign-in-username = اسم المستخدم
sign-in-passphrase = عبارة المرور
sign-in-button = دخول
sign-in-first-time = أول مرة؟ استخدم الرمز الذي معك
sign-in-staff-link = الدخول كشخص بالغ يعمل مع الأطفال

## Staff sign-in

## chunk: staff_sign_in
staff-sign-in-title = تسجيل الدخول للموظفين ومقدّمي الرعاية
staff-sign-in-email = البريد الإلكتروني
staff-sign-in-password = كلمة المرور
staff-sign-in-button = دخول

## First sign-in with a code

## chunk: activate
activate-title = اختر عبارة المرور
activate-intro = أعطاك { $officer } اسم مستخدم ورمزًا. استخدمهما لتختار عبارة المرور الخاصة بك.
activate-username = اسم المستخدم
activate-code = الرمز من { $officer }
activate-code-hint = تجده في الرسالة أو الخطاب الذي وصلك من { $officer }.
activate-passphrase = اختر عبارة مرور
activate-passphrase-hint = استخدم { $min } حرفًا على الأقل. بضع كلمات تتذكرها تكون فكرة جيدة.
activate-button = متابعة

## Form errors

## chunk: first
error-wrong-details-child = اسم المستخدم أو عبارة المرور غير صحيح. تحقّق منهما وحاول مرة أخرى. إذا لم تختر عبارة مرور بعد، فاستخدم الرمز الذي أعطاك إياه { $officer }.
error-wrong-details-staff = البريد الإلكتروني أو كلمة المرور غير صحيح. تحقّق منهما وحاول مرة أخرى.
error-needs-activation = لم تختر عبارة مرور بعد. استخدم الرمز الذي أعطاك إياه { $officer } لتختار واحدة.
error-bad-code = الرمز غير صحيح، أو أنه قديم جدًا. تحقّق منه، أو اطلب رمزًا جديدًا من { $officer }.
error-too-many-tries-child = { $minutes ->
    [zero] محاولات كثيرة جدًا. انتظر { $minutes } دقيقة أو اسأل { $officer }.
    [one] محاولات كثيرة جدًا. انتظر دقيقة واحدة أو اسأل { $officer }.
    [two] محاولات كثيرة جدًا. انتظر دقيقتين أو اسأل { $officer }.
    [few] محاولات كثيرة جدًا. انتظر { $minutes } دقائق أو اسأل { $officer }.
    [many] محاولات كثيرة جدًا. انتظر { $minutes } دقيقة أو اسأل { $officer }.
   *[other] محاولات كثيرة جدًا. انتظر { $minutes } دقيقة أو اسأل { $officer }.
}
error-too-many-tries-staff = { $minutes ->
    [zero] محاولات كثيرة جدًا. انتظر { $minutes } دقيقة ثم حاول مرة أخرى.
    [one] محاولات كثيرة جدًا. انتظر دقيقة واحدة ثم حاول مرة أخرى.
    [two] محاولات كثيرة جدًا. انتظر دقيقتين ثم حاول مرة أخرى.
    [few] محاولات كثيرة جدًا. انتظر { $minutes } دقائق ثم حاول مرة أخرى.
    [many] محاولات كثيرة جدًا. انتظر { $minutes } دقيقة ثم حاول مرة أخرى.
   *[other] محاولات كثيرة جدًا. انتظر { $minutes } دقيقة ثم حاول مرة أخرى.
}
error-network = لم نستطع الوصول إلى { -service }. تأكّد أنك متصل بالإنترنت وحاول مرة أخرى.
error-server = حدث خطأ من جهتنا. حاول مرة أخرى بعد بضع دقائق.
error-form-expired = كانت هذه الصفحة مفتوحة لوقت طويل، لذلك لم نستطع استلام ما أرسلته. حاول مرة أخرى الآن.
error-enter-username = اكتب اسم المستخدم
error-enter-passphrase = اكتب عبارة المرور
error-choose-passphrase = اختر عبارة مرور
error-passphrase-too-short = يجب أن تكون عبارة المرور { $min } حرفًا على الأقل
error-passphrase-too-weak = من السهل على أحد أن يخمّن عبارة المرور هذه. جرّب ثلاث أو أربع كلمات لا تأتي معًا عادةً، مثل لون وحيوان ومكان.
error-too-long = يجب ألا يزيد هذا عن { $max } حرفًا
error-busy = كثير من الناس يسجّلون الدخول الآن. انتظر قليلًا وحاول مرة أخرى.
error-enter-code = اكتب الرمز الذي أعطاك إياه { $officer }
error-enter-email = اكتب بريدك الإلكتروني
error-enter-password = اكتب كلمة المرور
error-check-field = تحقّق من هذا وحاول مرة أخرى

## A child's reviewing officer
# $viewer is "self" when the child is reading about themselves, "other" for an adult.
# $child is the child's first name.

officer-title = { $viewer ->
    [self] { $officer } الخاص بك
   *[other] { $officer } الخاص بـ{ $child }
}
officer-email = البريد الإلكتروني: { $email }
officer-phone = الهاتف: { $phone }
officer-since = { $viewer ->
    [self] { $officer } الخاص بك منذ { $date }
   *[other] { $officer } الخاص بـ{ $child } منذ { $date }
}
sibling-same = { $viewer ->
    [self] لدى { $sibling } نفس { $officer } الذي لديك.
   *[other] لدى { $sibling } نفس { $officer } الذي لدى { $child }.
}
sibling-different = لدى { $sibling } { $officer } مختلف.
no-officer = { $viewer ->
    [self] ليس لديك { $officer } بعد. نحن نبحث عن واحد لك.
   *[other] ليس لدى { $child } { $officer } بعد.
}
ask-social-worker = { $viewer ->
    [self] يمكنك أن تسأل الأخصائي الاجتماعي الخاص بك، { $name }.
   *[other] الأخصائي الاجتماعي الخاص بـ{ $child } هو { $name }.
}
reviews-heading = { $viewer ->
    [self] مراجعاتك
   *[other] مراجعات { $child }
}
review-explained = مراجعتك هي اجتماع عنك وعن خطتك.
last-review = { $viewer ->
    [self] كانت آخر مراجعة لك في { $date }.
   *[other] كانت آخر مراجعة لـ{ $child } في { $date }.
}
no-review-yet = { $viewer ->
    [self] لم تحصل على مراجعة بعد.
   *[other] لم يحصل { $child } على مراجعة بعد.
}
next-review-due = { $viewer ->
    [self] يجب أن تتم مراجعتك القادمة قبل { $date } أو في ذلك اليوم.
   *[other] يجب أن تتم المراجعة القادمة لـ{ $child } قبل { $date } أو في ذلك اليوم.
}
next-review-scheduled = { $viewer ->
    [self] مراجعتك القادمة في { $date }.
   *[other] المراجعة القادمة لـ{ $child } في { $date }.
}
next-review-booked = { $viewer ->
    [self] { $kind ->
        [online] مراجعتك القادمة في { $date } الساعة { $time }. ستكون عبر الإنترنت.
        [in_person] مراجعتك القادمة في { $date } الساعة { $time }، في { $place }.
       *[unknown] مراجعتك القادمة في { $date } الساعة { $time }.
    }
   *[other] { $kind ->
        [online] المراجعة القادمة لـ{ $child } في { $date } الساعة { $time }. ستكون عبر الإنترنت.
        [in_person] المراجعة القادمة لـ{ $child } في { $date } الساعة { $time }، في { $place }.
       *[unknown] المراجعة القادمة لـ{ $child } في { $date } الساعة { $time }.
    }
}
home-tell = قل لـ{ $name } رأيك
home-my-meeting = اجتماعي
your-officer = { $officer } الخاص بك

## Adults: the children they work with

## chunk: caseload request_decision requests_list
caseload-title-mine = أطفالك
caseload-title-all = كل الأطفال
caseload-title-social-worker = الأطفال الذين أنت الأخصائي الاجتماعي لهم
caseload-empty = لا يوجد أطفال في قائمتك بعد.
caseload-age = العمر
caseload-home = مكان السكن
caseload-officer = { $officer }
caseload-no-officer = لا أحد بعد
caseload-last-review = آخر مراجعة
caseload-no-review = لا توجد بعد
caseload-next-review = موعد المراجعة القادمة
overdue = متأخر
without-officer-title = أطفال بلا { $officer }
without-officer-none = لكل طفل { $officer }.
without-officer-days = { $days ->
    [zero] { $days } يوم عمل في الرعاية بلا { $officer }
    [one] يوم عمل واحد في الرعاية بلا { $officer }
    [two] يوما عمل في الرعاية بلا { $officer }
    [few] { $days } أيام عمل في الرعاية بلا { $officer }
    [many] { $days } يوم عمل في الرعاية بلا { $officer }
   *[other] { $days } يوم عمل في الرعاية بلا { $officer }
}
in-care-since = في الرعاية منذ { $date }

placement-foster = مع أسرة حاضنة
placement-kinship = مع الأقارب أو الأصدقاء
placement-residential = في دار للأطفال
placement-secure = في دار آمنة مغلقة
placement-adoptive = مع أسرة تنوي التبنّي
placement-short-breaks = إقامات قصيرة
placement-independent = يسكن وحده مع دعم
placement-other = في مكان آخر

## Pages for problems

## chunk: carer_contribution not_allowed
not-allowed-title = لا يمكنك رؤية هذه الصفحة
not-allowed-body = حسابك لا يسمح لك برؤية هذه الصفحة.
## chunk: carer_contribution child_officer contribution next_review not_found views_with_help request_decision
not-found-title = الصفحة غير موجودة
not-found-body = تأكّد أن عنوان الصفحة صحيح.
## chunk: carer_contribution child_officer contribution pages next_review not_allowed not_found views_with_help request_decision
go-home = اذهب إلى صفحتك الرئيسية
## chunk: first
load-failed-title = عذرًا، لم يتم تحميل هذه الصفحة
load-failed-body = تأكّد أنك متصل بالإنترنت وحاول مرة أخرى.
try-again = حاول مرة أخرى

## Writing for a review: "My views" and "My meeting"
# $name is the reviewing officer's name (or "your CISRO" when there is none yet).

## chunk: pages views_with_help
optional = { $label } (اختياري)
draft-explained = ما تكتبه يُحفظ وأنت تكتب. لا يراه أحد غيرك حتى ترسله.
draft-saved = تم الحفظ
save-draft = احفظ مسودتي
draft-explained-save = اضغط «احفظ مسودتي» لتحفظ ما تكتبه وتكمله لاحقًا. لا يراه أحد غيرك حتى ترسله.
draft-retrying = لم يُحفظ بعد، نحاول مرة أخرى
## chunk: carer_contribution pages views_with_help
draft-too-long = لم يُحفظ بعد: إحدى الإجابات طويلة جدًا. اجعلها أقصر وستُحفظ.
## chunk: pages views_with_help request_decision
count-limit = يمكنك أن تكتب حتى { $max } حرفًا.
count-left = { $left ->
    [zero] بقي لك { $left } حرف
    [one] بقي لك حرف واحد
    [two] بقي لك حرفان
    [few] بقي لك { $left } أحرف
    [many] بقي لك { $left } حرفًا
   *[other] بقي لك { $left } حرف
}
count-over = { $over ->
    [zero] كتبت { $over } حرف زيادة
    [one] كتبت حرفًا واحدًا زيادة
    [two] كتبت حرفين زيادة
    [few] كتبت { $over } أحرف زيادة
    [many] كتبت { $over } حرفًا زيادة
   *[other] كتبت { $over } حرف زيادة
}
check-and-send = راجِع وأرسِل
check-title = راجِع ما سترسله
check-change = تغيير
check-skipped = لم تكتب شيئًا هنا.
send-button = أرسِله
send-wishes-button = أرسِل رغباتي
sending = جارٍ الإرسال…
share-legend = من يستطيع أيضًا أن يقرأ هذا؟ (اختياري)
share-hint = يستطيع { $name } دائمًا أن يقرأه. ويمكنك أن تسمح لأشخاص آخرين بقراءته أيضًا.
share-social-worker = الأخصائي الاجتماعي الخاص بك
share-carer = الشخص الذي يعتني بك
share-advocate = المناصر الخاص بك
who-can-read-title = من يستطيع أن يقرأ هذا
who-can-read-only = { $name } فقط يستطيع أن يقرأ هذا.
who-can-read-these = هؤلاء الأشخاص يستطيعون أن يقرؤوا هذا:
person-with-role = { $name } ({ $role })
role-carer = مقدّم الرعاية
role-advocate = المناصر
role-social-worker = الأخصائي الاجتماعي
role-manager = المدير
role-child = أنت
read-receipt = قرأ { $name } هذا في { $date }
not-read-yet = لم يقرأ أحد هذا بعد.
helped-by = كُتب بمساعدة { $name } ({ $role })
sent-on = أُرسل في { $date }
added-on = أُضيف في { $date }
add-something = أريد أن أضيف شيئًا
add-label = ماذا تريد أن تضيف؟
add-button = أضِف هذا
what-you-sent = ما أرسلته
sent-before-review = سيقرأ { $name } هذا قبل مراجعتك في { $date }.
sent-before-next-review = سيقرأ { $name } هذا قبل مراجعتك القادمة.
sent-moved = مراجعتك الأخيرة حدثت بالفعل، لذلك سيذهب هذا إلى مراجعتك القادمة.
sent-already = لقد أرسلت هذا من قبل. احتفظنا به مرة واحدة فقط.
sent-see-later = يمكنك العودة إلى هذه الصفحة لاحقًا. ستجد فيها ما أرسلته ومن قرأه.
error-nothing-to-send = لم تكتب شيئًا بعد. اكتب شيئًا في جزء واحد على الأقل، ثم أرسِله.
error-answer-too-long = إجابتك عن «{ $question }» طويلة جدًا. يمكن أن تكون حتى { $max } حرفًا.
error-answers-too-long = إجاباتك طويلة جدًا. كل إجابة يمكن أن تكون حتى { $max } حرفًا.
error-send-offline = لم نستطع إرسال هذا. تأكّد أنك متصل بالإنترنت وحاول مرة أخرى. كلماتك محفوظة.
error-send-not-allowed = لا يمكنك إرسال هذا من حسابك.
error-add-empty = اكتب ما تريد أن تضيفه
carer-text = ما كتبه مقدّم الرعاية

views-going-well = ما الأشياء التي تسير بشكل جيد؟
views-not-going-well = ما الأشياء التي لا تسير بشكل جيد؟
views-want-to-change = ماذا تريد أن تغيّر؟
views-anything-else = هل هناك شيء آخر تريد أن يعرفه { $name }؟
my-views-title = قل لـ{ $name } رأيك
my-views-intro = مراجعتك هي اجتماع عنك وعن خطتك. اكتب ما تريد أن يعرفه { $name }. يمكنك أن تتخطّى أي جزء.
my-views-sent = تم إرسال آرائك
helper-draft-title = كتب { $name } هذا معك
helper-draft-hint = إذا كان هذا ما تريد أن تقوله، يمكنك أن ترسله. كلماتك أنت في الأسفل تبقى كما هي.
helper-draft-send = هذا ما أريد أن أقوله – أرسِله
helped-by-draft = ساعدك { $name } في كتابة هذا.

meeting-come = هل تريد أن تحضر اجتماعك؟
meeting-come-yes = نعم
meeting-come-no = لا
meeting-come-not-sure = لست متأكدًا
meeting-chair = هل تريد أن تدير اجتماعك (أن تترأسه)؟
meeting-chair-no = لا
meeting-chair-with-help = نعم، مع المساعدة
meeting-chair-on-my-own = نعم، وحدي
meeting-who = من تريد أن يكون هناك؟
meeting-not-there = هل هناك أحد لا تريده أن يكون موجودًا في جزء من الاجتماع؟
meeting-not-there-hint = قل من هو، وعمّ تريد أن تتكلم من دون وجوده. هذا الجزء خاص.
meeting-help = هل تحتاج إلى مساعدة في اجتماعك؟
meeting-help-interpreter = شخص يترجم لك (مترجم)
meeting-help-communication = مساعدة على التواصل
meeting-help-advocate = مناصر (شخص يتكلم من أجلك ويدعمك)
meeting-help-details = أخبرنا أكثر عن المساعدة التي تحتاجها
meeting-help-details-hint = مثلًا، أي لغة.
my-meeting-title = اجتماعي
my-meeting-intro = قل لـ{ $name } ما تريده لاجتماع مراجعتك. يمكنك أن تتخطّى أي جزء.
my-meeting-sent = تم إرسال رغباتك
my-meeting-send-again = يمكنك أن تغيّر رغباتك وترسلها مرة أخرى في أي وقت. الأحدث هي التي تُعتمد.
my-meeting-last-sent = ما أرسلته في المرة الماضية

## An advocate writes a child's views with them ($child is the child's first name)

## chunk: child_officer
with-help-link = اكتب آراءه معه
## chunk: views_with_help
with-help-title = آراء { $child }، مكتوبة مع { $child }
with-help-intro = اكتب ما يريد { $child } أن يعرفه { $name }، بكلمات { $child } نفسه. يستطيع { $child } أن يقرأه ويرسله من التطبيق. إذا وافق { $child } عليه معك وجهًا لوجه، يمكنك أنت أن ترسله.
with-help-send = وافق { $child } على هذا وجهًا لوجه – أرسِله
with-help-sent = تم إرسال آراء { $child }
with-help-sent-before = أُرسل من قبل

## An adult's view of a child: links to the review pages

## chunk: child_officer
child-link-review = المراجعة القادمة: الحجز وما وصل
child-link-carer = مساهمتك في المراجعة القادمة

## Who someone is, after their name: "Jordan Lee (advocate)"
# $role is child, carer, advocate, reviewing_officer, social_worker or manager.

## chunk: carer_contribution contribution next_review
adult-person-with-role = { $name } ({ $role ->
    [child] الطفل
    [carer] مقدّم الرعاية
    [advocate] المناصر
    [reviewing_officer] { $officer }
    [social_worker] الأخصائي الاجتماعي
   *[manager] المدير
})

## The officer's page for a child's next review

## chunk: next_review
review-title = المراجعة القادمة لـ{ $child }
review-must-happen-by = يجب أن تتم قبل { $date } أو في ذلك اليوم.
review-booked-heading = المراجعة المحجوزة
## chunk: carer_contribution contribution next_review
review-booked-on = { $date } الساعة { $time }
review-booked-on-no-time = { $date }
review-online = عبر الإنترنت
review-where = المكان: { $place }
## chunk: next_review
review-working-days = { $days ->
    [0] هذا اليوم.
    [zero] بعد { $days } يوم عمل.
    [one] بعد يوم عمل واحد.
    [two] بعد يومَي عمل.
    [few] بعد { $days } أيام عمل.
    [many] بعد { $days } يوم عمل.
   *[other] بعد { $days } يوم عمل.
}
review-late-title = هذه المراجعة متأخرة
review-late = محجوزة بعد { $date }، وهو آخر موعد يجب أن تتم فيه. تم حفظ الحجز. احجز موعدًا أبكر إن استطعت.
review-booked-notice = تم حجز المراجعة.
review-held-notice = تم تسجيل المراجعة على أنها عُقدت.
review-held-button = سجّلها على أنها عُقدت
review-held-hint = افعل هذا بعد أن تُعقد المراجعة.
review-not-held-yet = يمكنك تسجيل المراجعة على أنها عُقدت في يومها أو بعده.
review-already-booked = لدى { $child } مراجعة محجوزة بالفعل. سجّلها على أنها عُقدت أولًا.
review-book-heading = احجز المراجعة
review-book-date = التاريخ
review-book-date-hint = مثلًا، { $example }
review-book-day = اليوم
review-book-month = الشهر
review-book-year = السنة
review-book-time = الوقت
review-book-time-hint = استخدم نظام 24 ساعة، مثلًا 14:30
review-book-place = أين ستكون؟
review-book-in-person = حضوريًا
review-book-online = عبر الإنترنت
review-book-place-name = المكان
review-book-place-hint = مثلًا، مدرسة { $child }، الغرفة 4
review-book-button = احجز المراجعة
review-error-date-required = اكتب تاريخ المراجعة
review-error-date-real = اكتب تاريخًا صحيحًا
review-error-in-the-past = يجب أن يكون التاريخ اليوم أو في المستقبل
review-error-time-required = اكتب وقت المراجعة
review-error-not-a-time = اكتب وقتًا مثل 14:30
review-error-place-kind = اختر حضوريًا أو عبر الإنترنت
review-error-place-required = اكتب أين ستكون المراجعة
review-error-too-long = يجب ألا يزيد هذا عن { $max } حرفًا
review-held-list = المراجعات التي عُقدت: { $count }
review-arrived-heading = ما وصل لهذه المراجعة
review-nothing-arrived = لم يصل شيء بعد.
review-no-carer-yet = لا توجد مساهمة من مقدّم الرعاية بعد
review-no-carer-yet-detail = بقي على المراجعة 10 أيام عمل أو أقل.

## Contributions, as lists and pages show them

## chunk: carer_contribution contribution next_review
contribution-kind-my-views = آراء { $child }
contribution-kind-my-meeting = رغبات { $child } للاجتماع
contribution-kind-carer = مساهمة مقدّم الرعاية
contribution-from = من { $person }
contribution-sent-on = أُرسلت في { $date }
contribution-helped-by = كُتبت بمساعدة { $person }
contribution-agreed-in-person = وافق { $child } عليها وجهًا لوجه.
contribution-agreed-in-app = أكّدها { $child } في { -service }.
contribution-read-on = قرأ { $name } هذا في { $date }
contribution-cannot-read = يمكنك أن ترى أن هذا وصل، لكن لا يمكنك أن ترى ما فيه.
contribution-readers-one = { $person } فقط يستطيع أن يقرأ هذا.
contribution-readers-many = هؤلاء الأشخاص يستطيعون أن يقرؤوا هذا:
contribution-additions = أُضيف لاحقًا
contribution-added-on = أُضيف في { $date }
contribution-attachments = الملفات
contribution-attachment = { $name } ({ $kind }، { $size })
contribution-nothing-written = لم يُكتب شيء
contribution-back = العودة إلى المراجعة القادمة لـ{ $child }

file-kind-pdf = PDF
file-kind-docx = مستند Word
file-kind-jpeg = صورة JPEG
file-kind-png = صورة PNG
file-size-kb = { $kb } KB
file-size-mb = { $mb } MB

adult-views-going-well = ما يسير بشكل جيد
adult-views-not-going-well = ما لا يسير بشكل جيد
adult-views-want-to-change = ما يريد { $child } أن يغيّره
adult-views-anything-else = أي شيء آخر

## The child's wishes for the meeting, as adults read them

wishes-heading = رغبات { $child } للاجتماع
wishes-none = لم يرسل { $child } رغباته للاجتماع بعد.
wishes-come = يريد أن يحضر
wishes-chair = يريد أن يدير الاجتماع
wishes-who = من يريد { $child } أن يكون هناك
wishes-not-there = من لا يريد { $child } وجوده في جزء من الاجتماع
wishes-help = المساعدة المطلوبة
wishes-help-details = عن المساعدة
wishes-yes = نعم
wishes-no = لا
wishes-not-sure = غير متأكد
wishes-chair-no = لا
wishes-chair-with-help = نعم، مع المساعدة
wishes-chair-on-own = نعم، وحده
wishes-interpreter = مترجم
wishes-communication = مساعدة على التواصل
wishes-advocate = مناصر
wishes-no-help = لا شيء
wishes-not-said = لم يذكر

## The carer's contribution

## chunk: carer_contribution
carer-title = مساهمتك في مراجعة { $child }
carer-intro = أخبر { $officer } كيف تسير الأمور مع { $child }. يمكنك أيضًا إرفاق تقارير أو رسائل.
carer-review-on = المراجعة في { $date }.
carer-review-by = يجب أن تتم المراجعة قبل { $date } أو في ذلك اليوم.
## chunk: carer_contribution contribution
adult-carer-text = ما تريد أن تقوله
## chunk: carer_contribution
carer-text-hint = كلماتك تُحفظ وأنت تكتب.
carer-count = { $left ->
    [zero] بقي لك { $left } حرف
    [one] بقي لك حرف واحد
    [two] بقي لك حرفان
    [few] بقي لك { $left } أحرف
    [many] بقي لك { $left } حرفًا
   *[other] بقي لك { $left } حرف
}
carer-count-over = { $over ->
    [zero] كتبت { $over } حرف زيادة
    [one] كتبت حرفًا واحدًا زيادة
    [two] كتبت حرفين زيادة
    [few] كتبت { $over } أحرف زيادة
    [many] كتبت { $over } حرفًا زيادة
   *[other] كتبت { $over } حرف زيادة
}
carer-saved = تم الحفظ
carer-not-saved = لم يُحفظ بعد، نحاول مرة أخرى
carer-files = الملفات
carer-files-hint = PDF أو Word (docx) أو JPEG أو PNG، حتى { $mb } MB لكل ملف.
carer-choose-file = اختر ملفًا لإرفاقه
carer-upload-button = أرفِق الملف
carer-progress = جارٍ إرسال { $name }
carer-progress-percent = تم إرسال { $percent }%
carer-uploaded = تم إرفاق { $name }.
carer-no-files = لم تُرفق أي ملفات بعد.
carer-earlier-file = ملف أرفقته في وقت سابق
carer-retry = حاول إرسال الملف مرة أخرى
carer-remove = إزالة { $name }
carer-readers = أنت و{ $officer } الخاص بـ{ $child } والأخصائي الاجتماعي الخاص بـ{ $child } تستطيعون قراءة هذا.
carer-send = أرسِل إلى { $officer }
carer-sent-title = تم الإرسال
carer-sent-body = سيقرأه { $officer } قبل المراجعة.
carer-sent-heading = ما أرسلته
carer-error-nothing = اكتب شيئًا أو أرفِق ملفًا قبل أن ترسل
carer-error-too-long = يجب ألا تزيد كلماتك عن { $max } حرفًا
carer-file-too-big = هذا الملف كبير جدًا. يجب أن يكون حجم الملف { $mb } MB أو أقل.
carer-file-empty = هذا الملف فارغ. اختر ملفًا آخر.
carer-file-wrong-type = هذا الملف ليس PDF ولا مستند Word ولا JPEG ولا PNG.
carer-file-failed = لم يُرسل الملف. تأكّد أنك متصل بالإنترنت وحاول مرة أخرى.
carer-file-choose = اختر ملفًا أولًا

## chunk: first
# More big buttons on a child's home.
home-extra-review = أريد مراجعة إضافية
home-my-requests = طلباتي

## chunk: caseload
caseload-requests-link = طلبات من الأطفال

## chunk: pages requests_list request_decision
extra-review-reason-plan-changed = تغيّرت خطتي
extra-review-reason-want-to-move = أريد أن أنتقل إلى مكان آخر
extra-review-reason-wrong-where-i-live = هناك شيء غير صحيح في المكان الذي أعيش فيه
extra-review-when-soon = في أقرب وقت ممكن
extra-review-when-weeks = خلال الأسابيع القليلة القادمة
extra-review-when-dont-mind = لا يهمّني
extra-review-answer-by = سيجيبك { $name } قبل { $date } أو في ذلك اليوم.
extra-review-error-why = قل لـ{ $name } لماذا تريد مراجعة إضافية، أو اختر سببًا
extra-review-error-why-long = ما كتبته طويل جدًا. يمكن أن يكون حتى { $max } حرفًا.
extra-review-error-when = اختر متى تريد المراجعة
requests-kind-extra-review = مراجعة إضافية
requests-kind-advocate = مناصر
requests-state-waiting = ينتظر الإجابة
requests-state-agreed = تمت الموافقة
requests-state-declined = تم الرفض
requests-state-advocate = تم إيجاد مناصر
request-step = { $step ->
    [asked] { $viewer ->
        [self] طلبت في { $date }
       *[other] طلب { $child } في { $date }
    }
    [read] قرأه { $name } في { $date }
    [agreed] وافق { $name } في { $date }
    [declined] رفض { $name } في { $date }
    [corrected] غيّر { $name } الإجابة في { $date }
    [advocate] تم إيجاد مناصر في { $date }
    [booked] تم حجز المراجعة في { $date }
   *[other] { $date }
}
decide-error-outcome = اختر هل توافق على طلب { $child }
decide-error-direction = اكتب توجيهك للفريق
decide-error-reasons = اكتب أسبابك. سيقرؤها { $child } كلمة بكلمة.
decide-error-too-long = هذا طويل جدًا. يمكن أن يكون حتى { $max } حرفًا.

## chunk: pages
extra-review-title = أريد مراجعة إضافية
extra-review-intro = يمكنك أن تطلب من { $name } مراجعة إضافية في أي وقت. سيفكّر { $name } في طلبك بعناية ويخبرك بالإجابة.
extra-review-continue = متابعة
extra-review-reasons-legend = لماذا تريد مراجعة إضافية؟
extra-review-reasons-hint = اختر كل ما هو صحيح، أو اكتبه بكلماتك في الأسفل.
extra-review-why = أخبرنا أكثر (اختياري)
extra-review-why-hint = قلها بكلماتك أنت.
extra-review-when = متى تريدها؟
extra-review-no-reasons = لم تختر أي سبب.
extra-review-who-reads = سيقرأ { $name } هذا. ويستطيع أيضًا الأخصائي الاجتماعي الخاص بك ومدير فريق المراجعة أن يقرآه. أما الشخص الذي يعتني بك فلا يستطيع.
extra-review-send = أرسِل طلبي
extra-review-change = غيّر ما كتبته
extra-review-sent = تم إرسال طلبك
extra-review-what-next = إذا قال { $name } نعم، سيتم ترتيب مراجعتك. وإذا قال { $name } لا، فسيكتب لك { $name } السبب.
extra-review-see-later = شاهد طلبك وإجابته في «طلباتي»

## chunk: pages request_decision
my-requests-agreed = وافق { $name }. سيتم ترتيب مراجعتك.
my-requests-booked = مراجعتك الإضافية في { $date }.
my-requests-declined = قال { $name } لا. هذه أسباب { $name }، كلمة بكلمة:
my-requests-next-title = ماذا يمكنك أن تفعل بعد ذلك
my-requests-next-advocate = يمكنك أن تتكلم مع مناصر. المناصر يقف إلى جانبك، وهو مجاني.
my-requests-your-advocate = المناصر الخاص بك هو { $name }.
my-requests-next-complain = إذا كنت تظن أن الإجابة خطأ، يمكنك أن تقدّم شكوى. أي شخص بالغ تثق به يمكنه مساعدتك، مثل الأخصائي الاجتماعي الخاص بك أو المناصر الخاص بك.
my-requests-complain-ask = يمكنك أيضًا أن تسأل { $name } كيف تقدّم شكوى.
my-requests-steps = ماذا حدث

## chunk: pages
my-requests-title = طلباتي
my-requests-none = لم تطلب أي شيء بعد.
my-requests-extra-review = طلبت مراجعة إضافية
my-requests-advocate = طلبت مناصرًا
my-requests-what-you-asked = ما طلبته

## chunk: requests_list request_decision
requests-asked-on = تاريخ الطلب
requests-answer-by = آخر موعد للإجابة

## chunk: requests_list
requests-title = طلبات من الأطفال
requests-none = لا توجد طلبات.
requests-card-title = { $child }: { $kind }
requests-state = أين وصل الطلب

## chunk: request_decision
decide-title = طلب { $child } لمراجعة إضافية
decide-child-words = بكلمات { $child }
decide-nothing-written = لم يكتب { $child } شيئًا آخر.
decide-when = متى: { $when }
decide-advocate-request = طلب { $child } مناصرًا.
decide-waiting = لم تتم الإجابة بعد. آخر موعد للإجابة هو { $date }.
decide-copy-title = نسختك من القرار
decide-decision-title = القرار
decide-agreed-by = وافق { $name } في { $date }.
decide-declined-by = رفض { $name } في { $date }.
decide-direction-label = توجيهك للفريق
decide-direction-hint = اذكر ما يجب على الفريق ترتيبه. ثم احجز المراجعة.
decide-reasons-shown = الأسباب كما سيقرؤها { $child }
decide-booked = المراجعة الإضافية لـ{ $child } محجوزة في { $date }.
decide-book-link = احجز مراجعة { $child }
decide-form-title = قرارك
decide-legend = هل توافق على مراجعة إضافية؟
decide-agree = نعم، سيحصل { $child } على مراجعة إضافية
decide-decline = لا، وسأذكر أسبابي
decide-reasons-label = أسبابك
decide-reasons-hint = سيقرأ { $child } هذه الأسباب كلمة بكلمة، وسيحصل الأخصائي الاجتماعي على نسخة. اكتبها لـ{ $child }.
decide-preview-title = كيف سيراها { $child }
decide-who-reads = سيرى { $child } إجابتك. إذا رفضت، سيحصل الأخصائي الاجتماعي الخاص بـ{ $child } على نسخة.
decide-send = أرسِل قراري
decide-sent = تم إرسال قرارك.
decide-error-already = شخص آخر اتخذ قرارًا في هذا الطلب بالفعل. قراره ظاهر في الأسفل. ما كتبته ما زال هنا.
decide-error-offline = لم نستطع إرسال قرارك. تأكّد أنك متصل بالإنترنت وحاول مرة أخرى. ما كتبته محفوظ.
decide-error-not-allowed = فقط المسؤول عن { $child } أو مدير يستطيع أن يقرّر في هذا الطلب.
decide-correct-button = صحّح هذا القرار
decide-correcting = أنت تصحّح القرار الموجود في الأعلى. سيبقى محفوظًا في السجل، وقرارك الجديد هو الذي يُعتمد من الآن.
decide-keep = أبقِ القرار كما هو
decide-corrects = هذا يصحّح القرار السابق الذي اتُّخذ في { $date }.

## chunk: first
# "I don't feel safe": the phone numbers are real UK helplines: keep them exactly.

unsafe-button = لا أشعر بالأمان
unsafe-title = لا أشعر بالأمان
unsafe-sending = نحن نخبر الآن { $officer } الخاص بك والأخصائي الاجتماعي الخاص بك ومديرًا…
unsafe-sent = أخبرنا { $officer } الخاص بك والأخصائي الاجتماعي الخاص بك ومديرًا. هم يعرفون أن الأمر عاجل، وسيتواصلون معك بأسرع ما يمكنهم.
unsafe-not-sent = لم نستطع إخبارهم. من فضلك اتصل الآن بأحد الأرقام في الأعلى.
unsafe-not-sent-signed-out = أنت خارج حسابك، لذلك لم نستطع إخبارهم. من فضلك اتصل الآن بأحد الأرقام في الأعلى.
unsafe-try-again = حاول إخبارهم مرة أخرى
unsafe-intro = يمكنك الاتصال بهذه الأرقام في أي وقت. عندما تكون داخل حسابك، يمكنك أيضًا من هذه الصفحة إخبار { $officer } الخاص بك والأخصائي الاجتماعي الخاص بك ومديرًا.
unsafe-tell-heading = أخبر الكبار المسؤولين عنك
unsafe-tell-intro = سنخبر فورًا { $officer } الخاص بك والأخصائي الاجتماعي الخاص بك ومديرًا. سيعرفون أن الأمر عاجل.
unsafe-what-label = ماذا يحدث؟ لا يجب عليك أن تقول.
unsafe-tell-button = أخبر الكبار المسؤولين عني الآن
unsafe-you-wrote = ما أخبرتهم به
unsafe-danger-heading = إذا كنت في خطر الآن
unsafe-danger = اتصل بـ 999، أو بـ Childline على الرقم { $childline }. الاتصال مجاني.
unsafe-call-999 = اتصل بـ 999
unsafe-call-childline = اتصل بـ Childline: { $number }
unsafe-childline-hint = مجاني، في الليل والنهار. لكل من هو أصغر من 19 سنة.
unsafe-talk-heading = شخص تتكلم معه
unsafe-call-coram = اتصل بـ Coram Voice: { $number }
unsafe-coram-hint = مجاني. يساعدون الأطفال في الرعاية على أن يُسمع صوتهم.
updates-link = ما الجديد
updates-new = { $count } جديد
home-advocate = أريد مناصرًا
advocate-heading = { $viewer ->
    [self] المناصر الخاص بك
   *[other] المناصر الخاص بـ{ $child }
}

## chunk: caseload
# Urgent alerts at the top of an adult's list: a child pressed "I don't feel safe".

alerts-title = عاجل: { $count ->
    [zero] { $count } طفل لا يشعر بالأمان
    [one] طفل لا يشعر بالأمان
    [two] طفلان لا يشعران بالأمان
    [few] { $count } أطفال لا يشعرون بالأمان
    [many] { $count } طفلًا لا يشعرون بالأمان
   *[other] { $count } طفل لا يشعرون بالأمان
}
alert-line = عاجل: ضغط { $child } على «لا أشعر بالأمان» في { $date } الساعة { $time }.
alert-act = تواصل معه الآن.
alert-said = كتب { $child }:
alert-open = افتح صفحة { $child }
advocacy-link = أطفال ينتظرون مناصرًا

## chunk: whats_new

updates-title = ما الجديد
updates-none = لم يتغيّر شيء بعد. عندما يتغيّر شيء، ستجده هنا.
updates-all-seen = لقد رأيت كل شيء هنا.
update-new = جديد
update-urgent = عاجل
update-when = { $date } الساعة { $time }
update-request-arrived = طلب { $child } شيئًا.
update-request-agreed = { $viewer ->
    [self] وافق { $officer } الخاص بك على ما طلبته.
   *[other] تمت الموافقة على طلب { $child }.
}
update-request-declined = { $viewer ->
    [self] أجاب { $officer } الخاص بك عمّا طلبته. يمكنك أن ترى السبب.
   *[other] تم رفض طلب { $child }.
}
update-decision-copy = تم رفض طلب { $child }. نسختك من الأسباب هنا.
update-decision-corrected = { $viewer ->
    [self] تغيّرت إجابة عن شيء طلبته.
   *[other] تغيّرت إجابة عن طلب { $child }.
}
update-advocate-suggested = { $viewer ->
    [self] هناك شخص يظن أن مناصرًا يمكن أن يساعدك.
   *[other] اقترح شخص مناصرًا لـ{ $child }.
}
update-referral-answered = أجاب { $child } عن اقتراحك بمناصر.
update-advocate-allocated = { $viewer ->
    [self] أصبح لديك مناصر الآن.
   *[other] أصبح لدى { $child } مناصر الآن.
}
update-review-booked = { $viewer ->
    [self] أصبح لمراجعتك الإضافية موعد.
   *[other] أصبح للمراجعة الإضافية لـ{ $child } موعد.
}
update-unsafe-alert = عاجل: ضغط { $child } على «لا أشعر بالأمان».

## chunk: ask_advocate

advocate-what = المناصر شخص يقف إلى جانبك. يساعدك على أن تقول ما تفكر فيه، ويتأكد أن الكبار يستمعون إليك. هذا مجاني، وما تقوله له يبقى سرًّا إلا إذا كان أحد في خطر.
advocate-about-label = في ماذا تريد المساعدة؟ (اختياري)
advocate-about-hint = لست مضطرًا أن تقول. يمكنك أن تكتب حتى { $max } حرفًا.
advocate-about-too-long = ما كتبته طويل جدًا. يمكن أن يكون حتى { $max } حرفًا.
advocate-continue = متابعة
advocate-back = رجوع
advocate-contact-legend = كيف تريد أن يتواصل معك المناصر؟
contact-by-in-person = يأتي ليراني حيث أعيش
contact-by-phone = يتصل بي بالهاتف
contact-by-text = يرسل لي رسالة نصية
contact-by-email = يرسل لي بريدًا إلكترونيًا
contact-by-officer = عن طريق { $officer } الخاص بي
advocate-contact-missing = اختر كيف تريد أن يتواصل معك المناصر.
advocate-phone-label = رقم هاتفك
advocate-email-label = بريدك الإلكتروني
advocate-phone-missing = اكتب رقم الهاتف الذي نستخدمه، أو اختر طريقة أخرى.
advocate-email-missing = اكتب البريد الإلكتروني الذي نستخدمه، أو اختر طريقة أخرى.
advocate-check-title = راجِع إجاباتك
advocate-check-about = ما تريد المساعدة فيه
advocate-check-contact = كيف نتواصل معك
advocate-check-none = لم تقل.
advocate-change = تغيير
advocate-change-about = غيّر ما تريد المساعدة فيه
advocate-change-contact = غيّر طريقة التواصل معك
advocate-who-reads = تستطيع خدمة المناصرة و{ $officer } الخاص بك ومدير أن يقرؤوا هذا.
advocate-send = إرسال
advocate-sending = جارٍ الإرسال…
advocate-sent-title = لقد طلبت مناصرًا
advocate-sent-next = ستختار خدمة المناصرة مناصرًا لك، وستتواصل معك بالطريقة التي طلبتها. عندما يحدث ذلك، ستُظهر صفحتك الرئيسية اسمه وكيف تتواصل معه.
advocate-sent-home = اذهب إلى صفحتي الرئيسية
advocate-send-offline = لم نستطع إرسال هذا. تأكّد أنك متصل بالإنترنت وحاول مرة أخرى. إجاباتك محفوظة.
advocate-send-failed = حدث خطأ من جهتنا. حاول مرة أخرى بعد بضع دقائق. إجاباتك محفوظة.
advocate-send-signed-out = أنت خارج حسابك. سجّل الدخول مرة أخرى، ثم اطلب من جديد.

## chunk: advocate_offer

advocate-offer-question = يظن { $name } أن مناصرًا يمكن أن يساعدك. هل تريد واحدًا؟
advocate-offer-what = المناصر شخص يقف إلى جانبك ويساعدك على أن تقول ما تريد. هذا مجاني. والقرار لك.
advocate-offer-yes = نعم، أريد مناصرًا
advocate-offer-no = لا، شكرًا
advocate-offer-said-yes = شكرًا لك. ستختار خدمة المناصرة مناصرًا لك. ستُظهر صفحتك الرئيسية من هو.
advocate-offer-said-no = لا بأس. يمكنك أن تطلب مناصرًا في أي وقت من صفحتك الرئيسية.
advocate-offer-failed = لم نستطع إرسال إجابتك. تأكّد أنك متصل بالإنترنت وحاول مرة أخرى.

## chunk: child_officer

suggest-advocate = اقترح مناصرًا
suggest-advocate-hint = سيُسأل { $child } هل يريد مناصرًا. لن يحدث شيء إلا إذا قال نعم.
suggest-advocate-sent = تم. سيُسأل { $child } في صفحته الرئيسية هل يريد مناصرًا.
suggest-advocate-asked-recently = قال { $child } لا في { $date }؛ يمكنك أن تسأل مرة أخرى ابتداءً من { $from }.
suggest-advocate-asked-recently-undated = قال { $child } لا مؤخرًا؛ يمكنك أن تسأل مرة أخرى ابتداءً من { $from }.
suggest-advocate-failed = لم ينجح ذلك. تأكّد أنك متصل بالإنترنت وحاول مرة أخرى.
suggest-advocate-not-allowed = لا يمكنك أن تقترح مناصرًا لـ{ $child }.

## chunk: advocacy

advocacy-title = أطفال ينتظرون مناصرًا
advocacy-none = لا أحد ينتظر مناصرًا.
advocacy-asked = طلب { $child } في { $date }.
advocacy-overdue = انتظر وقتًا طويلًا جدًا: كان يجب الرد قبل { $date }.
advocacy-take = تولَّ هذا الطلب لـ{ $child }
advocacy-taken = أنت الآن المناصر الخاص بـ{ $child }.
advocacy-manager-note = يتولّى المناصر الطلب من هذه القائمة.
advocacy-failed = لم ينجح ذلك. حاول مرة أخرى بعد بضع دقائق.
advocacy-already-taken = شخص آخر تولّى هذا الطلب بالفعل.

# Rights links, read aloud, English beside the translation.
rights-link = اعرف حقوقك
read-aloud = اقرأ لي هذا
read-aloud-stop = أوقِف القراءة
read-aloud-no-voice = هذا المتصفح ليس فيه صوت لهذه اللغة، لذلك لا يستطيع أن يقرأ هذا بصوت عالٍ.
rights-english-too = اعرض هذا بالإنجليزية أيضًا
rights-in-english = بالإنجليزية
