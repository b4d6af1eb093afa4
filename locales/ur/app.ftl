# Status: not yet checked by a native speaker. Machine-assisted draft translation, 2026-11-23.
# Language: Urdu (اردو), written right to left. The child is addressed as آپ, in simple everyday words.
# $officer is the council's name for the reviewing officer, for example "CISRO" or "IRO".

## chunk: first
-service = My Say

## Whole app

service-name = { -service }
noscript = { -service } کو JavaScript کی ضرورت ہے۔ اپنے براؤزر کی سیٹنگز میں اسے آن کریں، پھر یہ صفحہ دوبارہ کھولیں۔
document-title = { $page } – { -service }
document-title-error = غلطی: { $page } – { -service }
skip-link = سیدھے اصل حصے پر جائیں
nav-label = مین مینو
header-signed-in-as = { $name } کے نام سے سائن اِن ہیں
sign-out = سائن آؤٹ
quick-exit = یہ صفحہ چھوڑیں
quick-exit-hint = یا Shift کا بٹن 3 بار دبائیں۔
quick-exit-note = 'یہ صفحہ چھوڑیں' کا بٹن آپ کو فوراً کسی دوسری ویب سائٹ پر لے جاتا ہے اور آپ کو سائن آؤٹ کر دیتا ہے۔ یہ آپ کے براؤزر کی ہسٹری نہیں مٹاتا۔
quick-exit-note-dismiss = ٹھیک ہے، سمجھ آ گئی
loading = لوڈ ہو رہا ہے…
language-name = اردو
translation-unchecked = اس ترجمے کو ابھی تک کسی اردو بولنے والے نے چیک نہیں کیا۔
language-menu = زبان
language-choose = تبدیل کریں
officer-title-fallback = ریویو کرنے والے افسر

## Signing out after a time without use

time-out-title = کیا آپ ابھی یہاں ہیں؟
time-out-minutes = آپ کی حفاظت کے لیے، ہم آپ کو { $minutes ->
    [one] 1 منٹ
   *[other] { $minutes } منٹ
} میں سائن آؤٹ کر دیں گے۔
time-out-seconds = آپ کی حفاظت کے لیے، ہم آپ کو { $seconds ->
    [one] 1 سیکنڈ
   *[other] { $seconds } سیکنڈ
} میں سائن آؤٹ کر دیں گے۔
time-out-stay = سائن اِن رہیں
signed-out-timed-out = آپ کی معلومات محفوظ رکھنے کے لیے ہم نے آپ کو سائن آؤٹ کر دیا۔ آگے چلنے کے لیے دوبارہ سائن اِن کریں۔

## Dates, written as "5 January 2027"

date = { $day } { $month } { $year }
month-january = جنوری
month-february = فروری
month-march = مارچ
month-april = اپریل
month-may = مئی
month-june = جون
month-july = جولائی
month-august = اگست
month-september = ستمبر
month-october = اکتوبر
month-november = نومبر
month-december = دسمبر

## Form parts

show = دکھائیں
hide = چھپائیں
show-passphrase = پاس فریز دکھائیں
hide-passphrase = پاس فریز چھپائیں
show-password = پاس ورڈ دکھائیں
hide-password = پاس ورڈ چھپائیں
passphrase-shown = آپ کا پاس فریز نظر آ رہا ہے
passphrase-hidden = آپ کا پاس فریز چھپا ہوا ہے
password-shown = آپ کا پاس ورڈ نظر آ رہا ہے
password-hidden = آپ کا پاس ورڈ چھپا ہوا ہے
error-summary-title = ایک مسئلہ ہے
error-prefix = غلطی:
## chunk: activate carer_contribution contribution pages next_review staff_sign_in views_with_help request_decision requests_list
back = واپس

## Child sign-in

## chunk: first
sign-in-title = { -service } میں سائن اِن کریں
sign-in-username = یوزر نیم
sign-in-passphrase = پاس فریز
sign-in-button = سائن اِن
sign-in-first-time = پہلی بار؟ اپنا کوڈ استعمال کریں
sign-in-staff-link = بچوں کے ساتھ کام کرنے والے بڑے یہاں سائن اِن کریں

## Staff sign-in

## chunk: staff_sign_in
staff-sign-in-title = عملے اور کیئررز کے لیے سائن اِن
staff-sign-in-email = ای میل ایڈریس
staff-sign-in-password = پاس ورڈ
staff-sign-in-button = سائن اِن

## First sign-in with a code

## chunk: activate
activate-title = اپنا پاس فریز چنیں
activate-intro = آپ کے { $officer } نے آپ کو ایک یوزر نیم اور ایک کوڈ دیا ہے۔ ان سے اپنا پاس فریز (اپنے خفیہ الفاظ) چنیں۔
activate-username = یوزر نیم
activate-code = آپ کے { $officer } کا دیا ہوا کوڈ
activate-code-hint = یہ آپ کے { $officer } کے خط یا پیغام میں لکھا ہے۔
activate-passphrase = ایک پاس فریز چنیں
activate-passphrase-hint = کم سے کم { $min } حروف لکھیں۔ چند ایسے الفاظ جو آپ کو یاد رہیں، اچھے رہتے ہیں۔
activate-button = آگے چلیں

## Form errors

## chunk: first
error-wrong-details-child = یوزر نیم یا پاس فریز ٹھیک نہیں۔ انہیں دیکھیں اور پھر کوشش کریں۔ اگر آپ نے ابھی پاس فریز نہیں چنا، تو اپنے { $officer } کا دیا ہوا کوڈ استعمال کریں۔
error-wrong-details-staff = ای میل ایڈریس یا پاس ورڈ ٹھیک نہیں۔ انہیں دیکھیں اور پھر کوشش کریں۔
error-needs-activation = آپ نے ابھی پاس فریز نہیں چنا۔ پاس فریز چننے کے لیے اپنے { $officer } کا دیا ہوا کوڈ استعمال کریں۔
error-bad-code = کوڈ ٹھیک نہیں، یا بہت پرانا ہے۔ اسے دیکھیں، یا اپنے { $officer } سے نیا کوڈ مانگیں۔
error-too-many-tries-child = { $minutes ->
    [one] بہت زیادہ کوششیں ہو گئیں۔ 1 منٹ انتظار کریں یا اپنے { $officer } سے پوچھیں۔
   *[other] بہت زیادہ کوششیں ہو گئیں۔ { $minutes } منٹ انتظار کریں یا اپنے { $officer } سے پوچھیں۔
}
error-too-many-tries-staff = { $minutes ->
    [one] بہت زیادہ کوششیں ہو گئیں۔ 1 منٹ انتظار کریں اور پھر کوشش کریں۔
   *[other] بہت زیادہ کوششیں ہو گئیں۔ { $minutes } منٹ انتظار کریں اور پھر کوشش کریں۔
}
error-network = ہم { -service } تک نہیں پہنچ سکے۔ دیکھیں کہ آپ کا انٹرنیٹ چل رہا ہے، اور پھر کوشش کریں۔
error-server = ہماری طرف کچھ گڑبڑ ہو گئی۔ چند منٹ بعد پھر کوشش کریں۔
error-form-expired = یہ صفحہ کافی دیر سے کھلا تھا، اس لیے ہم آپ کا بھیجا ہوا نہیں لے سکے۔ اب دوبارہ کوشش کریں۔
error-enter-username = اپنا یوزر نیم لکھیں
error-enter-passphrase = اپنا پاس فریز لکھیں
error-choose-passphrase = ایک پاس فریز چنیں
error-passphrase-too-short = آپ کا پاس فریز کم سے کم { $min } حروف کا ہونا چاہیے
error-passphrase-too-weak = یہ پاس فریز کوئی آسانی سے بوجھ سکتا ہے۔ تین یا چار ایسے الفاظ لکھیں جو عام طور پر ساتھ نہیں آتے، جیسے ایک رنگ، ایک جانور اور ایک جگہ۔
error-too-long = یہ { $max } حروف یا اس سے کم ہونا چاہیے
error-busy = اس وقت بہت سے لوگ سائن اِن کر رہے ہیں۔ تھوڑا انتظار کریں اور پھر کوشش کریں۔
error-enter-code = اپنے { $officer } کا دیا ہوا کوڈ لکھیں
error-enter-email = اپنا ای میل ایڈریس لکھیں
error-enter-password = اپنا پاس ورڈ لکھیں
error-check-field = اسے دیکھیں اور پھر کوشش کریں

## A child's reviewing officer
# $viewer is "self" when the child is reading about themselves, "other" for an adult.
# $child is the child's first name.

officer-title = { $viewer ->
    [self] آپ کے { $officer }
   *[other] { $child } کے { $officer }
}
officer-email = ای میل { $email }
officer-phone = فون { $phone }
officer-since = { $viewer ->
    [self] { $date } سے آپ کے { $officer }
   *[other] { $date } سے { $child } کے { $officer }
}
sibling-same = { $viewer ->
    [self] { $sibling } کے { $officer } بھی وہی ہیں جو آپ کے ہیں۔
   *[other] { $sibling } کے { $officer } بھی وہی ہیں جو { $child } کے ہیں۔
}
sibling-different = { $sibling } کے { $officer } کوئی اور ہیں۔
no-officer = { $viewer ->
    [self] ابھی آپ کا کوئی { $officer } نہیں ہے۔ ہم آپ کے لیے کسی کو ڈھونڈ رہے ہیں۔
   *[other] ابھی { $child } کا کوئی { $officer } نہیں ہے۔
}
ask-social-worker = { $viewer ->
    [self] آپ اپنے سوشل ورکر { $name } سے پوچھ سکتے ہیں۔
   *[other] { $child } کے سوشل ورکر { $name } ہیں۔
}
reviews-heading = { $viewer ->
    [self] آپ کے ریویو
   *[other] { $child } کے ریویو
}
review-explained = آپ کا ریویو ایک میٹنگ ہے، آپ کے اور آپ کے پلان کے بارے میں۔
last-review = { $viewer ->
    [self] آپ کا پچھلا ریویو { $date } کو ہوا تھا۔
   *[other] { $child } کا پچھلا ریویو { $date } کو ہوا تھا۔
}
no-review-yet = { $viewer ->
    [self] ابھی تک آپ کا کوئی ریویو نہیں ہوا۔
   *[other] ابھی تک { $child } کا کوئی ریویو نہیں ہوا۔
}
next-review-due = { $viewer ->
    [self] آپ کا اگلا ریویو { $date } تک ضرور ہونا چاہیے۔
   *[other] { $child } کا اگلا ریویو { $date } تک ضرور ہونا چاہیے۔
}
next-review-scheduled = { $viewer ->
    [self] آپ کا اگلا ریویو { $date } کو ہے۔
   *[other] { $child } کا اگلا ریویو { $date } کو ہے۔
}
next-review-booked = { $viewer ->
    [self] { $kind ->
        [online] آپ کا اگلا ریویو { $date } کو { $time } بجے ہے۔ یہ آن لائن ہے۔
        [in_person] آپ کا اگلا ریویو { $date } کو { $time } بجے، { $place } میں ہے۔
       *[unknown] آپ کا اگلا ریویو { $date } کو { $time } بجے ہے۔
    }
   *[other] { $kind ->
        [online] { $child } کا اگلا ریویو { $date } کو { $time } بجے ہے۔ یہ آن لائن ہے۔
        [in_person] { $child } کا اگلا ریویو { $date } کو { $time } بجے، { $place } میں ہے۔
       *[unknown] { $child } کا اگلا ریویو { $date } کو { $time } بجے ہے۔
    }
}
home-tell = { $name } کو بتائیں کہ آپ کیا سوچتے ہیں
home-my-meeting = میری میٹنگ
your-officer = آپ کے { $officer }

## Adults: the children they work with

## chunk: caseload request_decision requests_list
caseload-title-mine = آپ کے بچے
caseload-title-all = سب بچے
caseload-title-social-worker = وہ بچے جن کے آپ سوشل ورکر ہیں
caseload-empty = ابھی آپ کی فہرست میں کوئی بچہ نہیں ہے۔
caseload-age = عمر
caseload-home = کہاں رہتے ہیں
caseload-officer = { $officer }
caseload-no-officer = ابھی کوئی نہیں
caseload-last-review = پچھلا ریویو
caseload-no-review = ابھی کوئی نہیں
caseload-next-review = اگلا ریویو کب تک
overdue = وقت گزر گیا
without-officer-title = وہ بچے جن کا کوئی { $officer } نہیں
without-officer-none = ہر بچے کا ایک { $officer } ہے۔
without-officer-days = { $days ->
    [one] کیئر میں 1 کام کا دن، کسی { $officer } کے بغیر
   *[other] کیئر میں { $days } کام کے دن، کسی { $officer } کے بغیر
}
in-care-since = { $date } سے کیئر میں

placement-foster = فوسٹر کیئررز کے ساتھ
placement-kinship = رشتہ داروں یا دوستوں کے ساتھ
placement-residential = بچوں کے گھر (چلڈرنز ہوم) میں
placement-secure = سیکیور ہوم میں
placement-adoptive = ایسے خاندان کے ساتھ جو گود لینا چاہتا ہے
placement-short-breaks = شارٹ بریکس (تھوڑے وقت کے لیے رہنا)
placement-independent = مدد کے ساتھ اکیلے رہتے ہیں
placement-other = کہیں اور

## Pages for problems

## chunk: carer_contribution not_allowed
not-allowed-title = آپ یہ صفحہ نہیں دیکھ سکتے
not-allowed-body = آپ کا اکاؤنٹ آپ کو یہ صفحہ دیکھنے نہیں دیتا۔
## chunk: carer_contribution child_officer contribution next_review not_found views_with_help request_decision
not-found-title = صفحہ نہیں ملا
not-found-body = دیکھیں کہ ویب ایڈریس ٹھیک ہے۔
## chunk: carer_contribution child_officer contribution pages next_review not_allowed not_found views_with_help request_decision
go-home = اپنے ہوم پیج پر جائیں
## chunk: first
load-failed-title = معاف کیجیے، یہ صفحہ نہیں کھلا
load-failed-body = دیکھیں کہ آپ کا انٹرنیٹ چل رہا ہے، اور پھر کوشش کریں۔
try-again = پھر کوشش کریں

## Writing for a review: "My views" and "My meeting"
# $name is the reviewing officer's name (or "your CISRO" when there is none yet).

## chunk: pages views_with_help
optional = { $label } (اگر چاہیں)
draft-explained = آپ جو لکھتے ہیں وہ ساتھ ساتھ محفوظ ہوتا جاتا ہے۔ جب تک آپ اسے بھیجیں نہیں، کوئی اور اسے نہیں دیکھتا۔
draft-saved = محفوظ ہو گیا
save-draft = میرا مسودہ محفوظ کریں
draft-explained-save = جو آپ لکھیں اسے رکھنے اور بعد میں مکمل کرنے کے لیے “میرا مسودہ محفوظ کریں” دبائیں۔ جب تک آپ اسے بھیجیں نہیں، کوئی اور اسے نہیں دیکھتا۔
draft-retrying = ابھی محفوظ نہیں ہوا، پھر کوشش ہو رہی ہے
## chunk: carer_contribution pages views_with_help
draft-too-long = ابھی محفوظ نہیں ہوا: ایک جواب بہت لمبا ہے۔ اسے چھوٹا کریں تو یہ محفوظ ہو جائے گا۔
## chunk: pages views_with_help request_decision
count-limit = آپ { $max } حروف تک لکھ سکتے ہیں۔
count-left = { $left ->
    [one] آپ کے پاس 1 حرف باقی ہے
   *[other] آپ کے پاس { $left } حروف باقی ہیں
}
count-over = { $over ->
    [one] آپ نے 1 حرف زیادہ لکھا ہے
   *[other] آپ نے { $over } حروف زیادہ لکھے ہیں
}
check-and-send = دیکھیں اور بھیجیں
check-title = دیکھ لیں کہ آپ کیا بھیج رہے ہیں
check-change = بدلیں
check-skipped = آپ نے یہاں کچھ نہیں لکھا۔
send-button = بھیج دیں
send-wishes-button = میری خواہشیں بھیجیں
sending = بھیجا جا رہا ہے…
share-legend = اور کون یہ پڑھ سکتا ہے؟ (اگر چاہیں)
share-hint = { $name } اسے ہمیشہ پڑھ سکتے ہیں۔ آپ دوسرے لوگوں کو بھی پڑھنے دے سکتے ہیں۔
share-social-worker = آپ کے سوشل ورکر
share-carer = آپ کی دیکھ بھال کرنے والے (کیئرر)
share-advocate = آپ کے ایڈووکیٹ
who-can-read-title = یہ کون پڑھ سکتا ہے
who-can-read-only = صرف { $name } یہ پڑھ سکتے ہیں۔
who-can-read-these = یہ لوگ اسے پڑھ سکتے ہیں:
person-with-role = { $name } ({ $role })
role-carer = کیئرر
role-advocate = ایڈووکیٹ
role-social-worker = سوشل ورکر
role-manager = مینیجر
role-child = آپ
read-receipt = { $name } نے اسے { $date } کو پڑھا
not-read-yet = ابھی کسی نے اسے نہیں پڑھا۔
helped-by = { $name } ({ $role }) کی مدد سے لکھا گیا
sent-on = { $date } کو بھیجا گیا
added-on = { $date } کو جوڑا گیا
add-something = مجھے کچھ اور جوڑنا ہے
add-label = آپ کیا جوڑنا چاہتے ہیں؟
add-button = یہ جوڑ دیں
what-you-sent = آپ نے کیا بھیجا
sent-before-review = { $name } آپ کے { $date } والے ریویو سے پہلے اسے پڑھیں گے۔
sent-before-next-review = { $name } آپ کے اگلے ریویو سے پہلے اسے پڑھیں گے۔
sent-moved = آپ کا پچھلا ریویو ہو چکا ہے، اس لیے یہ آپ کے اگلے ریویو کے لیے جائے گا۔
sent-already = آپ یہ پہلے ہی بھیج چکے تھے۔ ہم نے اسے ایک ہی بار رکھا ہے۔
sent-see-later = آپ بعد میں اس صفحے پر واپس آ سکتے ہیں۔ یہاں نظر آئے گا کہ آپ نے کیا بھیجا اور کس نے پڑھا۔
error-nothing-to-send = آپ نے ابھی کچھ نہیں لکھا۔ کم سے کم ایک حصے میں کچھ لکھیں، پھر بھیجیں۔
error-answer-too-long = '{ $question }' کا آپ کا جواب بہت لمبا ہے۔ یہ { $max } حروف تک ہو سکتا ہے۔
error-answers-too-long = آپ کے جواب بہت لمبے ہیں۔ ہر جواب { $max } حروف تک ہو سکتا ہے۔
error-send-offline = ہم یہ نہیں بھیج سکے۔ دیکھیں کہ آپ کا انٹرنیٹ چل رہا ہے، اور پھر کوشش کریں۔ آپ کے الفاظ محفوظ ہیں۔
error-send-not-allowed = آپ اپنے اکاؤنٹ سے یہ نہیں بھیج سکتے۔
error-add-empty = لکھیں کہ آپ کیا جوڑنا چاہتے ہیں
carer-text = کیئرر کی طرف سے لکھی گئی بات

views-going-well = کیا اچھا چل رہا ہے؟
views-not-going-well = کیا اچھا نہیں چل رہا؟
views-want-to-change = آپ کیا بدلنا چاہتے ہیں؟
views-anything-else = کیا کوئی اور بات ہے جو آپ { $name } کو بتانا چاہتے ہیں؟
my-views-title = { $name } کو بتائیں کہ آپ کیا سوچتے ہیں
my-views-intro = آپ کا ریویو ایک میٹنگ ہے، آپ کے اور آپ کے پلان کے بارے میں۔ وہ لکھیں جو آپ { $name } کو بتانا چاہتے ہیں۔ آپ کوئی بھی حصہ چھوڑ سکتے ہیں۔
my-views-sent = آپ کی باتیں بھیج دی گئیں
helper-draft-title = { $name } نے یہ آپ کے ساتھ مل کر لکھا
helper-draft-hint = اگر آپ یہی کہنا چاہتے ہیں، تو آپ اسے بھیج سکتے ہیں۔ نیچے آپ کے اپنے الفاظ ویسے ہی رہیں گے۔
helper-draft-send = مجھے یہی کہنا ہے – اسے بھیج دیں
helped-by-draft = { $name } نے یہ لکھنے میں آپ کی مدد کی۔

meeting-come = کیا آپ اپنی میٹنگ میں آنا چاہتے ہیں؟
meeting-come-yes = ہاں
meeting-come-no = نہیں
meeting-come-not-sure = مجھے پکا نہیں پتا
meeting-chair = کیا آپ اپنی میٹنگ خود چلانا (چیئر کرنا) چاہتے ہیں؟
meeting-chair-no = نہیں
meeting-chair-with-help = ہاں، مدد کے ساتھ
meeting-chair-on-my-own = ہاں، خود اکیلے
meeting-who = آپ میٹنگ میں کس کو بلانا چاہتے ہیں؟
meeting-not-there = کیا کوئی ایسا ہے جسے آپ میٹنگ کے کچھ حصے میں نہیں چاہتے؟
meeting-not-there-hint = بتائیں کون، اور ان کے بغیر آپ کس بات پر بات کرنا چاہتے ہیں۔ یہ حصہ پرائیویٹ ہے۔
meeting-help = کیا آپ کو اپنی میٹنگ میں کوئی مدد چاہیے؟
meeting-help-interpreter = کوئی جو ترجمہ کرے (ترجمان)
meeting-help-communication = بات کرنے اور سمجھانے میں مدد
meeting-help-advocate = ایک ایڈووکیٹ (کوئی جو آپ کی طرف سے بولے)
meeting-help-details = ہمیں اپنی ضرورت کی مدد کے بارے میں اور بتائیں
meeting-help-details-hint = مثلاً، کون سی زبان۔
my-meeting-title = میری میٹنگ
my-meeting-intro = { $name } کو بتائیں کہ آپ اپنی ریویو میٹنگ کے لیے کیا چاہتے ہیں۔ آپ کوئی بھی حصہ چھوڑ سکتے ہیں۔
my-meeting-sent = آپ کی خواہشیں بھیج دی گئیں
my-meeting-send-again = آپ جب چاہیں اپنی خواہشیں بدل کر دوبارہ بھیج سکتے ہیں۔ سب سے نئی والی مانی جاتی ہیں۔
my-meeting-last-sent = آپ نے پچھلی بار کیا بھیجا تھا

## An advocate writes a child's views with them ($child is the child's first name)

## chunk: child_officer
with-help-link = ان کی باتیں ان کے ساتھ مل کر لکھیں
## chunk: views_with_help
with-help-title = { $child } کی باتیں، { $child } کے ساتھ مل کر لکھی گئیں
with-help-intro = وہ لکھیں جو { $child } { $name } کو بتانا چاہتا/چاہتی ہے، { $child } کے اپنے الفاظ میں۔ { $child } اسے ایپ میں پڑھ کر بھیج سکتا/سکتی ہے۔ اگر { $child } نے آپ کے سامنے اس سے اتفاق کیا ہے، تو آپ اسے بھیج سکتے ہیں۔
with-help-send = { $child } نے سامنے بیٹھ کر اس سے اتفاق کیا – اسے بھیج دیں
with-help-sent = { $child } کی باتیں بھیج دی گئیں
with-help-sent-before = پہلے بھیجا گیا

## An adult's view of a child: links to the review pages

## chunk: child_officer
child-link-review = اگلا ریویو: بکنگ اور جو کچھ آ چکا ہے
child-link-carer = اگلے ریویو کے لیے آپ کی بات

## Who someone is, after their name: "Jordan Lee (advocate)"
# $role is child, carer, advocate, reviewing_officer, social_worker or manager.

## chunk: carer_contribution contribution next_review
adult-person-with-role = { $name } ({ $role ->
    [child] بچہ
    [carer] کیئرر
    [advocate] ایڈووکیٹ
    [reviewing_officer] { $officer }
    [social_worker] سوشل ورکر
   *[manager] مینیجر
})

## The officer's page for a child's next review

## chunk: next_review
review-title = { $child } کا اگلا ریویو
review-must-happen-by = یہ { $date } تک ضرور ہونا چاہیے۔
review-booked-heading = بُک کیا ہوا ریویو
## chunk: carer_contribution contribution next_review
review-booked-on = { $date } کو { $time } بجے
review-booked-on-no-time = { $date }
review-online = آن لائن
review-where = کہاں: { $place }
## chunk: next_review
review-working-days = { $days ->
    [0] یہ آج ہے۔
    [one] یہ 1 کام کے دن بعد ہے۔
   *[other] یہ { $days } کام کے دن بعد ہے۔
}
review-late-title = یہ ریویو دیر سے ہے
review-late = یہ { $date } کے بعد بُک ہے، جبکہ اسے اس تاریخ تک ہو جانا چاہیے۔ بکنگ محفوظ ہو گئی ہے۔ اگر ہو سکے تو پہلے کی تاریخ بُک کریں۔
review-booked-notice = ریویو بُک ہو گیا ہے۔
review-held-notice = ریویو کو ہو چکا لکھ دیا گیا ہے۔
review-held-button = ہو چکا لکھیں
review-held-hint = یہ تب کریں جب ریویو ہو چکا ہو۔
review-not-held-yet = آپ ریویو کو اس کے دن یا اس کے بعد ہی ہو چکا لکھ سکتے ہیں۔
review-already-booked = { $child } کا ایک ریویو پہلے ہی بُک ہے۔ پہلے اسے ہو چکا لکھیں۔
review-book-heading = ریویو بُک کریں
review-book-date = تاریخ
review-book-date-hint = مثلاً، { $example }
review-book-day = دن
review-book-month = مہینہ
review-book-year = سال
review-book-time = وقت
review-book-time-hint = 24 گھنٹے والی گھڑی استعمال کریں، مثلاً 14:30
review-book-place = یہ کہاں ہوگا؟
review-book-in-person = آمنے سامنے
review-book-online = آن لائن
review-book-place-name = جگہ
review-book-place-hint = مثلاً، { $child } کا اسکول، کمرہ 4
review-book-button = ریویو بُک کریں
review-error-date-required = ریویو کی تاریخ لکھیں
review-error-date-real = اصل تاریخ لکھیں
review-error-in-the-past = تاریخ آج کی یا آگے کی ہونی چاہیے
review-error-time-required = ریویو کا وقت لکھیں
review-error-not-a-time = وقت ایسے لکھیں، جیسے 14:30
review-error-place-kind = آمنے سامنے یا آن لائن چنیں
review-error-place-required = لکھیں کہ ریویو کہاں ہوگا
review-error-too-long = یہ { $max } حروف یا اس سے کم ہونا چاہیے
review-held-list = ہو چکے ریویو: { $count }
review-arrived-heading = اس ریویو کے لیے کیا آ چکا ہے
review-nothing-arrived = ابھی کچھ نہیں آیا۔
review-no-carer-yet = ابھی کیئرر کی طرف سے کچھ نہیں آیا
review-no-carer-yet-detail = ریویو میں 10 کام کے دن یا اس سے کم رہ گئے ہیں۔

## Contributions, as lists and pages show them

## chunk: carer_contribution contribution next_review
contribution-kind-my-views = { $child } کی باتیں
contribution-kind-my-meeting = میٹنگ کے لیے { $child } کی خواہشیں
contribution-kind-carer = کیئرر کی بات
contribution-from = { $person } کی طرف سے
contribution-sent-on = { $date } کو بھیجا گیا
contribution-helped-by = { $person } کی مدد سے لکھا گیا
contribution-agreed-in-person = { $child } نے سامنے بیٹھ کر اس سے اتفاق کیا۔
contribution-agreed-in-app = { $child } نے { -service } میں اس کی تصدیق کی۔
contribution-read-on = { $name } نے اسے { $date } کو پڑھا
contribution-cannot-read = آپ دیکھ سکتے ہیں کہ یہ آ گیا ہے، لیکن اس میں کیا لکھا ہے، یہ نہیں۔
contribution-readers-one = صرف { $person } یہ پڑھ سکتے ہیں۔
contribution-readers-many = یہ لوگ اسے پڑھ سکتے ہیں:
contribution-additions = بعد میں جوڑا گیا
contribution-added-on = { $date } کو جوڑا گیا
contribution-attachments = فائلیں
contribution-attachment = { $name } ({ $kind }، { $size })
contribution-nothing-written = کچھ نہیں لکھا گیا
contribution-back = { $child } کے اگلے ریویو پر واپس

file-kind-pdf = PDF
file-kind-docx = Word ڈاکیومنٹ
file-kind-jpeg = JPEG تصویر
file-kind-png = PNG تصویر
file-size-kb = { $kb } KB
file-size-mb = { $mb } MB

adult-views-going-well = کیا اچھا چل رہا ہے
adult-views-not-going-well = کیا اچھا نہیں چل رہا
adult-views-want-to-change = { $child } کیا بدلنا چاہتا/چاہتی ہے
adult-views-anything-else = کوئی اور بات

## The child's wishes for the meeting, as adults read them

wishes-heading = میٹنگ کے لیے { $child } کی خواہشیں
wishes-none = { $child } نے ابھی میٹنگ کے لیے خواہشیں نہیں بھیجیں۔
wishes-come = آنا چاہتے ہیں
wishes-chair = میٹنگ خود چلانا چاہتے ہیں
wishes-who = { $child } کس کو وہاں چاہتا/چاہتی ہے
wishes-not-there = کوئی جسے { $child } میٹنگ کے کچھ حصے میں نہیں چاہتا/چاہتی
wishes-help = کون سی مدد چاہیے
wishes-help-details = مدد کے بارے میں
wishes-yes = ہاں
wishes-no = نہیں
wishes-not-sure = پکا نہیں پتا
wishes-chair-no = نہیں
wishes-chair-with-help = ہاں، مدد کے ساتھ
wishes-chair-on-own = ہاں، خود اکیلے
wishes-interpreter = ترجمان
wishes-communication = بات کرنے اور سمجھانے میں مدد
wishes-advocate = ایک ایڈووکیٹ
wishes-no-help = کوئی نہیں
wishes-not-said = نہیں بتایا

## The carer's contribution

## chunk: carer_contribution
carer-title = { $child } کے ریویو کے لیے آپ کی بات
carer-intro = { $officer } کو بتائیں کہ { $child } کے لیے حالات کیسے چل رہے ہیں۔ آپ رپورٹیں یا خط بھی لگا سکتے ہیں۔
carer-review-on = ریویو { $date } کو ہے۔
carer-review-by = ریویو { $date } تک ضرور ہونا چاہیے۔
## chunk: carer_contribution contribution
adult-carer-text = آپ کیا کہنا چاہتے ہیں
## chunk: carer_contribution
carer-text-hint = آپ کے الفاظ لکھتے لکھتے محفوظ ہوتے جاتے ہیں۔
carer-count = { $left ->
    [one] آپ کے پاس 1 حرف باقی ہے
   *[other] آپ کے پاس { $left } حروف باقی ہیں
}
carer-count-over = { $over ->
    [one] آپ نے 1 حرف زیادہ لکھا ہے
   *[other] آپ نے { $over } حروف زیادہ لکھے ہیں
}
carer-saved = محفوظ ہو گیا
carer-not-saved = ابھی محفوظ نہیں ہوا، پھر کوشش ہو رہی ہے
carer-files = فائلیں
carer-files-hint = PDF، Word (docx)، JPEG یا PNG، ہر فائل { $mb } MB تک۔
carer-choose-file = لگانے کے لیے فائل چنیں
carer-upload-button = فائل لگائیں
carer-progress = { $name } بھیجی جا رہی ہے
carer-progress-percent = { $percent }% بھیجا گیا
carer-uploaded = { $name } لگ گئی ہے۔
carer-no-files = ابھی کوئی فائل نہیں لگی۔
carer-earlier-file = ایک فائل جو آپ نے پہلے لگائی تھی
carer-retry = فائل دوبارہ بھیجنے کی کوشش کریں
carer-remove = { $name } ہٹائیں
carer-readers = آپ، { $child } کے { $officer } اور { $child } کے سوشل ورکر یہ پڑھ سکتے ہیں۔
carer-send = { $officer } کو بھیجیں
carer-sent-title = بھیج دیا گیا
carer-sent-body = { $officer } ریویو سے پہلے اسے پڑھیں گے۔
carer-sent-heading = آپ نے کیا بھیجا
carer-error-nothing = بھیجنے سے پہلے کچھ لکھیں یا کوئی فائل لگائیں
carer-error-too-long = آپ کے الفاظ { $max } حروف یا اس سے کم ہونے چاہییں
carer-file-too-big = یہ فائل بہت بڑی ہے۔ فائل { $mb } MB یا اس سے چھوٹی ہونی چاہیے۔
carer-file-empty = یہ فائل خالی ہے۔ کوئی اور فائل چنیں۔
carer-file-wrong-type = یہ فائل PDF، Word ڈاکیومنٹ، JPEG یا PNG نہیں ہے۔
carer-file-failed = فائل نہیں گئی۔ دیکھیں کہ آپ کا انٹرنیٹ چل رہا ہے، اور پھر کوشش کریں۔
carer-file-choose = پہلے ایک فائل چنیں

## chunk: first
home-extra-review = مجھے ایک اضافی ریویو چاہیے
home-my-requests = میری درخواستیں

## chunk: caseload
caseload-requests-link = بچوں کی درخواستیں

## chunk: pages requests_list request_decision
extra-review-reason-plan-changed = میرا پلان بدل گیا ہے
extra-review-reason-want-to-move = مجھے کہیں اور جا کر رہنا ہے
extra-review-reason-wrong-where-i-live = جہاں میرا گھر ہے، وہاں کچھ ٹھیک نہیں
extra-review-when-soon = جتنا جلدی ہو سکے
extra-review-when-weeks = اگلے چند ہفتوں میں
extra-review-when-dont-mind = مجھے کوئی فرق نہیں پڑتا
extra-review-answer-by = { $date } تک { $name } کا جواب آ جائے گا۔
extra-review-error-why = { $name } کو بتائیں کہ آپ کو اضافی ریویو کیوں چاہیے، یا کوئی وجہ چنیں
extra-review-error-why-long = آپ نے جو لکھا وہ بہت لمبا ہے۔ یہ { $max } حروف تک ہو سکتا ہے۔
extra-review-error-when = چنیں کہ آپ ریویو کب چاہتے ہیں
requests-kind-extra-review = اضافی ریویو
requests-kind-advocate = ایڈووکیٹ
requests-state-waiting = جواب کا انتظار ہے
requests-state-agreed = مان لی گئی
requests-state-declined = جواب: نہیں
requests-state-advocate = ایڈووکیٹ مل گیا
request-step = { $step ->
    [asked] { $viewer ->
        [self] آپ نے { $date } کو مانگا
       *[other] { $child } نے { $date } کو مانگا
    }
    [read] { $name } نے { $date } کو پڑھا
    [agreed] { $name } نے { $date } کو ہاں کہا
    [declined] { $name } نے { $date } کو نہیں کہا
    [corrected] { $name } نے { $date } کو جواب بدلا
    [advocate] { $date } کو ایک ایڈووکیٹ مل گیا
    [booked] { $date } کو ریویو بُک ہو گیا
   *[other] { $date }
}
decide-error-outcome = چنیں کہ کیا آپ { $child } کی درخواست مانتے ہیں
decide-error-direction = ٹیم کے لیے اپنی ہدایت لکھیں
decide-error-reasons = اپنی وجوہات لکھیں۔ یہ { $child } کو لفظ بہ لفظ دکھائی جائیں گی۔
decide-error-too-long = یہ بہت لمبا ہے۔ یہ { $max } حروف تک ہو سکتا ہے۔

## chunk: pages
extra-review-title = مجھے ایک اضافی ریویو چاہیے
extra-review-intro = آپ کسی بھی وقت { $name } سے ایک اضافی ریویو مانگ سکتے ہیں۔ { $name } اس کے بارے میں دھیان سے سوچیں گے اور آپ کو جواب بتائیں گے۔
extra-review-continue = آگے چلیں
extra-review-reasons-legend = آپ کو اضافی ریویو کیوں چاہیے؟
extra-review-reasons-hint = جو باتیں سچ ہیں ان پر نشان لگائیں، یا نیچے اپنے الفاظ میں لکھیں۔
extra-review-why = ہمیں اور بتائیں (اگر چاہیں)
extra-review-why-hint = اپنے الفاظ میں بتائیں۔
extra-review-when = آپ یہ کب چاہتے ہیں؟
extra-review-no-reasons = آپ نے کسی پر نشان نہیں لگایا۔
extra-review-who-reads = { $name } یہ پڑھیں گے۔ آپ کے سوشل ورکر اور ریویو ٹیم کے مینیجر بھی اسے پڑھ سکتے ہیں۔ آپ کے کیئرر نہیں پڑھ سکتے۔
extra-review-send = میری درخواست بھیجیں
extra-review-change = جو میں نے لکھا اسے بدلیں
extra-review-sent = آپ کی درخواست بھیج دی گئی
extra-review-what-next = اگر { $name } ہاں کہاں، تو آپ کا ریویو رکھا جائے گا۔ اگر { $name } نہیں کہاں، تو { $name } آپ کو لکھ کر بتائیں گے کہ کیوں۔
extra-review-see-later = اپنی درخواست اور اس کا جواب 'میری درخواستیں' میں دیکھیں

## chunk: pages request_decision
my-requests-agreed = { $name } نے ہاں کہا۔ آپ کا ریویو رکھا جائے گا۔
my-requests-booked = آپ کا اضافی ریویو { $date } کو ہے۔
my-requests-declined = { $name } نے نہیں کہا۔ یہ { $name } کی وجوہات ہیں، لفظ بہ لفظ:
my-requests-next-title = آپ آگے کیا کر سکتے ہیں
my-requests-next-advocate = آپ کسی ایڈووکیٹ سے بات کر سکتے ہیں۔ ایڈووکیٹ آپ کی طرف ہوتا ہے، اور یہ مفت ہے۔
my-requests-your-advocate = آپ کے ایڈووکیٹ { $name } ہیں۔
my-requests-next-complain = اگر آپ کو لگتا ہے کہ جواب غلط ہے، تو آپ شکایت کر سکتے ہیں۔ کوئی بھی بڑا جس پر آپ بھروسا کرتے ہیں اس میں آپ کی مدد کر سکتا ہے، جیسے آپ کے سوشل ورکر یا آپ کے ایڈووکیٹ۔
my-requests-complain-ask = آپ { $name } سے بھی پوچھ سکتے ہیں کہ شکایت کیسے کرتے ہیں۔
my-requests-steps = کیا کیا ہوا

## chunk: pages
my-requests-title = میری درخواستیں
my-requests-none = آپ نے ابھی تک کچھ نہیں مانگا۔
my-requests-extra-review = آپ نے اضافی ریویو مانگا
my-requests-advocate = آپ نے ایڈووکیٹ مانگا
my-requests-what-you-asked = آپ نے کیا مانگا

## chunk: requests_list request_decision
requests-asked-on = کب مانگا
requests-answer-by = جواب کب تک

## chunk: requests_list
requests-title = بچوں کی درخواستیں
requests-none = کوئی درخواست نہیں ہے۔
requests-card-title = { $child }: { $kind }
requests-state = کہاں تک پہنچی

## chunk: request_decision
decide-title = اضافی ریویو کے لیے { $child } کی درخواست
decide-child-words = { $child } کے اپنے الفاظ میں
decide-nothing-written = { $child } نے اور کچھ نہیں لکھا۔
decide-when = کب: { $when }
decide-advocate-request = { $child } نے ایک ایڈووکیٹ مانگا ہے۔
decide-waiting = ابھی جواب نہیں دیا گیا۔ جواب { $date } تک دینا ہے۔
decide-copy-title = فیصلے کی آپ کی کاپی
decide-decision-title = فیصلہ
decide-agreed-by = { $name } نے { $date } کو ہاں کہا۔
decide-declined-by = { $name } نے { $date } کو نہیں کہا۔
decide-direction-label = ٹیم کے لیے آپ کی ہدایت
decide-direction-hint = بتائیں کہ ٹیم کو کیا انتظام کرنا ہے۔ پھر ریویو بُک کریں۔
decide-reasons-shown = وجوہات، جیسے { $child } کو نظر آئیں گی
decide-booked = { $child } کا اضافی ریویو { $date } کے لیے بُک ہے۔
decide-book-link = { $child } کا ریویو بُک کریں
decide-form-title = آپ کا فیصلہ
decide-legend = کیا آپ اضافی ریویو سے اتفاق کرتے ہیں؟
decide-agree = ہاں، { $child } کا اضافی ریویو ہوگا
decide-decline = نہیں، اور میں اپنی وجوہات بتاؤں گا/گی
decide-reasons-label = آپ کی وجوہات
decide-reasons-hint = یہ { $child } کو لفظ بہ لفظ دکھائی جائیں گی، اور سوشل ورکر کو ایک کاپی ملتی ہے۔ انہیں { $child } کے لیے لکھیں۔
decide-preview-title = { $child } کو یہ کیسا نظر آئے گا
decide-who-reads = { $child } کو آپ کا جواب دکھایا جائے گا۔ اگر آپ نہیں کہاں، تو { $child } کے سوشل ورکر کو ایک کاپی ملتی ہے۔
decide-send = میرا فیصلہ بھیجیں
decide-sent = آپ کا فیصلہ بھیج دیا گیا ہے۔
decide-error-already = کسی نے اس درخواست کا فیصلہ پہلے ہی کر دیا ہے۔ ان کا فیصلہ نیچے دکھایا گیا ہے۔ آپ نے جو لکھا وہ ابھی یہیں ہے۔
decide-error-offline = ہم آپ کا فیصلہ نہیں بھیج سکے۔ دیکھیں کہ آپ کا انٹرنیٹ چل رہا ہے، اور پھر کوشش کریں۔ آپ نے جو لکھا وہ محفوظ ہے۔
decide-error-not-allowed = اس درخواست کا فیصلہ صرف { $child } کے افسر یا کوئی مینیجر کر سکتے ہیں۔
decide-correct-button = یہ فیصلہ درست کریں
decide-correcting = آپ اوپر والا فیصلہ درست کر رہے ہیں۔ وہ ریکارڈ میں رہے گا، اور اب سے آپ کا نیا فیصلہ ہی مانا جائے گا۔
decide-keep = فیصلہ جیسا ہے ویسا رہنے دیں
decide-corrects = یہ { $date } کو کیے گئے پچھلے فیصلے کو درست کرتا ہے۔

## chunk: first
# "I don't feel safe": one tap away for a child on every page. The phone
# numbers are real UK helplines: keep them exactly as they are.

unsafe-button = مجھے محفوظ محسوس نہیں ہو رہا
unsafe-title = مجھے محفوظ محسوس نہیں ہو رہا
unsafe-sending = ہم ابھی آپ کے { $officer }، آپ کے سوشل ورکر اور ایک مینیجر کو بتا رہے ہیں…
unsafe-sent = ہم نے آپ کے { $officer }، آپ کے سوشل ورکر اور ایک مینیجر کو بتا دیا ہے۔ وہ جانتے ہیں کہ یہ فوری ہے، اور جتنی جلدی ہو سکے آپ سے رابطہ کریں گے۔
unsafe-not-sent = ہم انہیں نہیں بتا سکے۔ مہربانی کر کے ابھی اوپر دیے گئے کسی نمبر پر فون کریں۔
unsafe-not-sent-signed-out = آپ سائن آؤٹ ہیں، اس لیے ہم انہیں نہیں بتا سکے۔ مہربانی کر کے ابھی اوپر دیے گئے کسی نمبر پر فون کریں۔
unsafe-try-again = انہیں دوبارہ بتانے کی کوشش کریں
unsafe-intro = آپ کسی بھی وقت ان نمبروں پر فون کر سکتے ہیں۔ جب آپ سائن اِن ہوں تو آپ اس صفحے سے اپنے { $officer }، اپنے سوشل ورکر اور ایک مینیجر کو بھی بتا سکتے ہیں۔
unsafe-tell-heading = اپنے بڑوں کو بتائیں
unsafe-tell-intro = ہم فوراً آپ کے { $officer }، آپ کے سوشل ورکر اور ایک مینیجر کو بتائیں گے۔ انہیں پتا ہوگا کہ یہ فوری ہے۔
unsafe-what-label = کیا ہو رہا ہے؟ بتانا ضروری نہیں۔
unsafe-tell-button = ابھی میرے بڑوں کو بتائیں
unsafe-you-wrote = آپ نے انہیں کیا بتایا
unsafe-danger-heading = اگر آپ ابھی خطرے میں ہیں
unsafe-danger = 999 پر فون کریں، یا Childline کو { $childline } پر۔ یہ مفت ہے۔
unsafe-call-999 = 999 پر فون کریں
unsafe-call-childline = Childline کو فون کریں: { $number }
unsafe-childline-hint = مفت، دن ہو یا رات۔ 19 سال سے کم عمر ہر کسی کے لیے۔
unsafe-talk-heading = کوئی جس سے بات کر سکیں
unsafe-call-coram = Coram Voice کو فون کریں: { $number }
unsafe-coram-hint = مفت۔ یہ کیئر میں رہنے والے بچوں کی بات سنوانے میں مدد کرتے ہیں۔
updates-link = نیا کیا ہے
updates-new = { $count } نئے
home-advocate = مجھے ایک ایڈووکیٹ چاہیے
advocate-heading = { $viewer ->
    [self] آپ کے ایڈووکیٹ
   *[other] { $child } کے ایڈووکیٹ
}

## chunk: caseload

alerts-title = فوری: { $count ->
    [one] ایک بچہ محفوظ محسوس نہیں کر رہا
   *[other] { $count } بچے محفوظ محسوس نہیں کر رہے
}
alert-line = فوری: { $child } نے { $date } کو { $time } بجے 'مجھے محفوظ محسوس نہیں ہو رہا' دبایا۔
alert-act = ابھی ان سے رابطہ کریں۔
alert-said = { $child } نے لکھا:
alert-open = { $child } کا صفحہ دیکھیں
advocacy-link = ایڈووکیٹ کے انتظار میں بچے

## chunk: whats_new

updates-title = نیا کیا ہے
updates-none = ابھی کچھ نہیں بدلا۔ جب کچھ بدلے گا، تو یہاں نظر آئے گا۔
updates-all-seen = آپ یہاں سب کچھ دیکھ چکے ہیں۔
update-new = نیا
update-urgent = فوری
update-when = { $date } کو { $time } بجے
update-request-arrived = { $child } نے کچھ مانگا ہے۔
update-request-agreed = { $viewer ->
    [self] آپ کے { $officer } نے آپ کی مانگی ہوئی بات پر ہاں کہا۔
   *[other] { $child } کی درخواست مان لی گئی۔
}
update-request-declined = { $viewer ->
    [self] آپ کے { $officer } نے آپ کی مانگی ہوئی بات کا جواب دیا۔ آپ دیکھ سکتے ہیں کیوں۔
   *[other] { $child } کی درخواست نہیں مانی گئی۔
}
update-decision-copy = { $child } کی درخواست نہیں مانی گئی۔ وجوہات کی آپ کی کاپی یہاں ہے۔
update-decision-corrected = { $viewer ->
    [self] آپ کی مانگی ہوئی بات کا ایک جواب بدل گیا ہے۔
   *[other] { $child } کی درخواست کا ایک جواب بدل گیا ہے۔
}
update-advocate-suggested = { $viewer ->
    [self] کسی کا خیال ہے کہ ایک ایڈووکیٹ آپ کی مدد کر سکتا ہے۔
   *[other] کسی نے { $child } کے لیے ایڈووکیٹ کا مشورہ دیا ہے۔
}
update-referral-answered = { $child } نے ایڈووکیٹ کے بارے میں آپ کے مشورے کا جواب دیا۔
update-advocate-allocated = { $viewer ->
    [self] اب آپ کا ایک ایڈووکیٹ ہے۔
   *[other] اب { $child } کا ایک ایڈووکیٹ ہے۔
}
update-review-booked = { $viewer ->
    [self] آپ کے اضافی ریویو کی تاریخ طے ہو گئی ہے۔
   *[other] { $child } کے اضافی ریویو کی تاریخ طے ہو گئی ہے۔
}
update-unsafe-alert = فوری: { $child } نے 'مجھے محفوظ محسوس نہیں ہو رہا' دبایا۔

## chunk: ask_advocate

advocate-what = ایڈووکیٹ ایک ایسا شخص ہے جو آپ کی طرف ہوتا ہے۔ وہ آپ کو اپنی بات کہنے میں مدد دیتا ہے اور دیکھتا ہے کہ بڑے آپ کی بات سنیں۔ یہ مفت ہے۔ آپ جو انہیں بتاتے ہیں وہ پرائیویٹ رہتا ہے، سوائے اس کے کہ کسی کو خطرہ ہو۔
advocate-about-label = آپ کو کس چیز میں مدد چاہیے؟ (اگر چاہیں)
advocate-about-hint = بتانا ضروری نہیں۔ آپ { $max } حروف تک لکھ سکتے ہیں۔
advocate-about-too-long = آپ نے جو لکھا وہ بہت لمبا ہے۔ یہ { $max } حروف تک ہو سکتا ہے۔
advocate-continue = آگے چلیں
advocate-back = واپس
advocate-contact-legend = آپ چاہتے ہیں کہ ایڈووکیٹ آپ سے کیسے رابطہ کرے؟
contact-by-in-person = میرے گھر آ کر مجھ سے ملیں
contact-by-phone = مجھے فون کریں
contact-by-text = مجھے ٹیکسٹ میسج بھیجیں
contact-by-email = مجھے ای میل کریں
contact-by-officer = میرے { $officer } کے ذریعے
advocate-contact-missing = چنیں کہ آپ چاہتے ہیں ایڈووکیٹ آپ سے کیسے رابطہ کرے۔
advocate-phone-label = آپ کا فون نمبر
advocate-email-label = آپ کا ای میل ایڈریس
advocate-phone-missing = وہ فون نمبر لکھیں جس پر رابطہ کرنا ہے، یا کوئی اور طریقہ چنیں۔
advocate-email-missing = وہ ای میل ایڈریس لکھیں جس پر رابطہ کرنا ہے، یا کوئی اور طریقہ چنیں۔
advocate-check-title = اپنے جواب دیکھ لیں
advocate-check-about = آپ کو کس چیز میں مدد چاہیے
advocate-check-contact = آپ سے کیسے رابطہ کریں
advocate-check-none = آپ نے نہیں بتایا۔
advocate-change = بدلیں
advocate-change-about = بدلیں کہ آپ کو کس چیز میں مدد چاہیے
advocate-change-contact = بدلیں کہ آپ سے کیسے رابطہ کریں
advocate-who-reads = ایڈووکیسی سروس، آپ کے { $officer } اور ایک مینیجر یہ پڑھ سکتے ہیں۔
advocate-send = بھیجیں
advocate-sending = بھیجا جا رہا ہے…
advocate-sent-title = آپ نے ایک ایڈووکیٹ مانگا ہے
advocate-sent-next = ایڈووکیسی سروس آپ کے لیے ایک ایڈووکیٹ چنے گی اور اسی طرح رابطہ کرے گی جیسے آپ نے کہا۔ جب وہ رابطہ کریں گے، تو آپ کے ہوم پیج پر ان کا نام اور ان تک پہنچنے کا طریقہ نظر آئے گا۔
advocate-sent-home = میرے ہوم پیج پر جائیں
advocate-send-offline = ہم یہ نہیں بھیج سکے۔ دیکھیں کہ آپ کا انٹرنیٹ چل رہا ہے، اور پھر کوشش کریں۔ آپ کے جواب محفوظ ہیں۔
advocate-send-failed = ہماری طرف کچھ گڑبڑ ہو گئی۔ چند منٹ بعد پھر کوشش کریں۔ آپ کے جواب محفوظ ہیں۔
advocate-send-signed-out = آپ سائن آؤٹ ہو گئے ہیں۔ دوبارہ سائن اِن کریں، پھر دوبارہ مانگیں۔

## chunk: advocate_offer

advocate-offer-question = { $name } کا خیال ہے کہ ایک ایڈووکیٹ آپ کی مدد کر سکتا ہے۔ کیا آپ کو ایڈووکیٹ چاہیے؟
advocate-offer-what = ایڈووکیٹ ایک ایسا شخص ہے جو آپ کی طرف ہوتا ہے اور آپ کو اپنی بات کہنے میں مدد دیتا ہے۔ یہ مفت ہے۔ فیصلہ آپ کا ہے۔
advocate-offer-yes = ہاں، مجھے ایک ایڈووکیٹ چاہیے
advocate-offer-no = نہیں، شکریہ
advocate-offer-said-yes = شکریہ۔ ایڈووکیسی سروس آپ کے لیے ایک ایڈووکیٹ چنے گی۔ آپ کے ہوم پیج پر نظر آئے گا کہ وہ کون ہیں۔
advocate-offer-said-no = کوئی بات نہیں۔ آپ جب چاہیں اپنے ہوم پیج سے ایڈووکیٹ مانگ سکتے ہیں۔
advocate-offer-failed = ہم آپ کا جواب نہیں بھیج سکے۔ دیکھیں کہ آپ کا انٹرنیٹ چل رہا ہے، اور پھر کوشش کریں۔

## chunk: child_officer

suggest-advocate = ایڈووکیٹ کا مشورہ دیں
suggest-advocate-hint = { $child } سے پوچھا جائے گا کہ کیا انہیں ایڈووکیٹ چاہیے۔ جب تک وہ ہاں نہ کہیں، کچھ نہیں ہوگا۔
suggest-advocate-sent = ہو گیا۔ { $child } سے ان کے ہوم پیج پر پوچھا جائے گا کہ کیا انہیں ایڈووکیٹ چاہیے۔
suggest-advocate-asked-recently = { $child } نے { $date } کو نہیں کہا تھا؛ آپ { $from } سے دوبارہ پوچھ سکتے ہیں۔
suggest-advocate-asked-recently-undated = { $child } نے حال ہی میں نہیں کہا تھا؛ آپ { $from } سے دوبارہ پوچھ سکتے ہیں۔
suggest-advocate-failed = یہ نہیں ہو سکا۔ دیکھیں کہ آپ کا انٹرنیٹ چل رہا ہے، اور پھر کوشش کریں۔
suggest-advocate-not-allowed = آپ { $child } کے لیے ایڈووکیٹ کا مشورہ نہیں دے سکتے۔

## chunk: advocacy

advocacy-title = ایڈووکیٹ کے انتظار میں بچے
advocacy-none = کوئی ایڈووکیٹ کا انتظار نہیں کر رہا۔
advocacy-asked = { $child } نے { $date } کو مانگا۔
advocacy-overdue = بہت دیر ہو گئی: جواب { $date } تک دینا تھا۔
advocacy-take = { $child } کے لیے یہ ذمہ داری لیں
advocacy-taken = اب آپ { $child } کے ایڈووکیٹ ہیں۔
advocacy-manager-note = ایڈووکیٹ اس فہرست سے کوئی درخواست اپنے ذمے لیتا ہے۔
advocacy-failed = یہ نہیں ہو سکا۔ چند منٹ بعد پھر کوشش کریں۔
advocacy-already-taken = کوئی اور پہلے ہی یہ ذمہ داری لے چکا ہے۔

# Rights links, read aloud, English beside the translation.
rights-link = اپنے حقوق جانیں
read-aloud = یہ مجھے پڑھ کر سنائیں
read-aloud-stop = پڑھنا بند کریں
read-aloud-no-voice = اس براؤزر میں اس زبان کی آواز نہیں ہے، اس لیے یہ اسے پڑھ کر نہیں سنا سکتا۔
rights-english-too = یہ انگریزی میں بھی دکھائیں
rights-in-english = انگریزی میں
