<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>Areas</name>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="666"/>
        <source>Partners</source>
        <translation>شراکت دار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="705"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="760"/>
        <source>Events</source>
        <translation>تقریبات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="791"/>
        <source>Delegates</source>
        <extracomment>A delegate&apos;s ticket code as people read it (codes.grouped: abcd-efgh-jkmn), in SQL.</extracomment>
        <translation>مندوبین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="839"/>
        <source>Competitions</source>
        <translation>مقابلے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="865"/>
        <source>Skill tracks</source>
        <translation>مہارت کے شعبے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="986"/>
        <source>Entries</source>
        <extracomment>The key of an entry row&apos;s medal check (domain.rules.medal_conflicts): a MedalConflict, or absent.</extracomment>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="1033"/>
        <source>Agreements</source>
        <translation>معاہدے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="652"/>
        <source>Check-in</source>
        <translation>چیک اِن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/marking.py" line="20"/>
        <source>Marks</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="503"/>
        <source>Results</source>
        <translation>نتائج</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="82"/>
        <source>This is not a meeting report we can read: no header with a name and a join time or a duration was found (Zoom, Teams, Tencent Meeting / VooV, or a table with such columns).</source>
        <extracomment>The share of the meeting that counts as attended when no threshold is given.</extracomment>
        <translation>یہ ایسی اجلاس رپورٹ نہیں جو ہم پڑھ سکیں: نام اور شمولیت کے وقت یا دورانیے والا کوئی سرنامہ نہیں ملا (Zoom، Teams، Tencent Meeting / VooV، یا ایسے کالموں والا جدول)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="87"/>
        <source>The report holds no participant rows.</source>
        <translation>رپورٹ میں شرکاء کی کوئی قطار نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="88"/>
        <source>The file has more than {limit} rows: this is not one meeting&apos;s report.</source>
        <translation>فائل میں {limit} سے زیادہ قطاریں ہیں: یہ ایک اجلاس کی رپورٹ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="91"/>
        <source>Line {line}: the row has neither a name nor an e-mail.</source>
        <translation>سطر {line}: اس قطار میں نہ نام ہے نہ ای میل۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="92"/>
        <source>Line {line}: “{value}” is not a date and time (for example 6/24/2025 9:02:11 AM).</source>
        <translation>سطر {line}: “{value}” تاریخ اور وقت نہیں (مثلاً 6/24/2025 9:02:11 AM)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="95"/>
        <source>Line {line}: the leave time {leave} is before the join time {join}.</source>
        <translation>سطر {line}: رخصت کا وقت {leave} شمولیت کے وقت {join} سے پہلے ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="98"/>
        <source>Line {line}: “{value}” is not a duration (for example 62, 1h 2m 5s or 1:02:05).</source>
        <translation>سطر {line}: “{value}” دورانیہ نہیں (مثلاً 62، 1h 2m 5s یا 1:02:05)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="101"/>
        <source>Line {line}: the row has no join and leave time and no duration.</source>
        <translation>سطر {line}: اس قطار میں نہ شمولیت و رخصت کا وقت ہے نہ دورانیہ۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="104"/>
        <source>Give the threshold in minutes or as a share of the meeting, not both.</source>
        <translation>حد منٹوں میں دیں یا اجلاس کے حصے کے طور پر، دونوں نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="107"/>
        <source>The share of the meeting must be from 0 to 100%, not {value}.</source>
        <translation>اجلاس کا حصہ 0 سے 100% تک ہونا چاہیے، {value} نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="108"/>
        <source>The minutes must be 0 or more, not {value}.</source>
        <translation>منٹ 0 یا زیادہ ہونے چاہییں، {value} نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="109"/>
        <source>The report has no column {column}.</source>
        <translation>رپورٹ میں {column} کا کالم نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="110"/>
        <source>Choose the column of the name, and that of the join time or of the duration.</source>
        <translation>نام کا کالم منتخب کریں، اور شمولیت کے وقت یا دورانیے کا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="113"/>
        <source>The chosen delegate is not registered for this event.</source>
        <translation>منتخب مندوب اس تقریب کے لیے درج نہیں۔</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="72"/>
        <source>Import attendance</source>
        <extracomment>The columns of the participants table. (plan, threshold, choices): the window applies them (Controller.run).</extracomment>
        <translation>حاضری درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="82"/>
        <source>A Zoom, Teams or Tencent Meeting / VooV report (CSV or .xlsx)</source>
        <translation>Zoom، Teams یا Tencent Meeting / VooV کی رپورٹ (CSV یا ‎.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="85"/>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="101"/>
        <source>% of the meeting</source>
        <translation>% اجلاس کا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="102"/>
        <source>minutes</source>
        <translation>منٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="111"/>
        <source>File:</source>
        <translation>فائل:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="112"/>
        <source>Event:</source>
        <translation>تقریب:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="113"/>
        <source>Attended from:</source>
        <translation>حاضر شمار، کم از کم:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="117"/>
        <source>Columns of the report</source>
        <translation>رپورٹ کے کالم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="122"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="123"/>
        <source>E-mail:</source>
        <translation>ای میل:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="124"/>
        <source>Phone:</source>
        <translation>فون:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="125"/>
        <source>Join time:</source>
        <translation>شمولیت کا وقت:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="126"/>
        <source>Leave time:</source>
        <translation>رخصت کا وقت:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="127"/>
        <source>Duration:</source>
        <translation>دورانیہ:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="147"/>
        <source>Participant</source>
        <translation>شریک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="148"/>
        <source>E-mail or phone</source>
        <translation>ای میل یا فون</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="149"/>
        <source>Minutes</source>
        <translation>منٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="150"/>
        <source>Share</source>
        <translation>حصہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="151"/>
        <source>Delegate</source>
        <translation>مندوب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="152"/>
        <source>Attended</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="166"/>
        <source>Import</source>
        <translation>درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="210"/>
        <source>Choose a meeting report</source>
        <translation>اجلاس کی رپورٹ منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="212"/>
        <source>Reports (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>رپورٹیں (*.csv *.txt *.tsv *.xlsx *.xlsm);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="297"/>
        <source>Choose the report of the meeting, or drop it here.</source>
        <translation>اجلاس کی رپورٹ منتخب کریں، یا اسے یہاں چھوڑیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="300"/>
        <source>There is no event to import attendance into. Add the event first.</source>
        <translation>کوئی تقریب نہیں جس میں حاضری درآمد ہو۔ پہلے تقریب شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="342"/>
        <source>Zoom participant report</source>
        <translation>Zoom شرکاء کی رپورٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="343"/>
        <source>Microsoft Teams attendance report</source>
        <translation>Microsoft Teams حاضری کی رپورٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="344"/>
        <source>Meeting report (columns recognised by their names)</source>
        <translation>اجلاس کی رپورٹ (کالم ان کے ناموں سے پہچانے گئے)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="348"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n شریک</numerusform>
            <numerusform>%n شرکاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="349"/>
        <source>meeting of %n minutes</source>
        <translation>
            <numerusform>%n منٹ کا اجلاس</numerusform>
            <numerusform>%n منٹ کا اجلاس</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="351"/>
        <source>%1 — %2, %3.</source>
        <translation>%1 — %2، %3۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="353"/>
        <source>%n rows could not be read:</source>
        <translation>
            <numerusform>%n قطار پڑھی نہ جا سکی:</numerusform>
            <numerusform>%n قطاریں پڑھی نہ جا سکیں:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="369"/>
        <source>by e-mail</source>
        <translation>ای میل سے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="370"/>
        <source>by phone</source>
        <translation>فون سے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="371"/>
        <source>by name</source>
        <translation>نام سے</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="391"/>
        <source>Review: %n possible delegates — leave</source>
        <translation>
            <numerusform>جائزہ: %n ممکنہ مندوب — چھوڑ دیں</numerusform>
            <numerusform>جائزہ: %n ممکنہ مندوبین — چھوڑ دیں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="393"/>
        <source>Unmatched — leave</source>
        <translation>غیر مماثل — چھوڑ دیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="396"/>
        <source>Add as a walk-in (online)</source>
        <translation>بغیر پیشگی اندراج شامل کریں (آن لائن)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="435"/>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="435"/>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="442"/>
        <source>in person (not changed)</source>
        <translation>بالمشافہ (تبدیل نہیں)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="452"/>
        <source>%n delegates will be marked attended</source>
        <translation>
            <numerusform>%n مندوب حاضر درج ہوگا</numerusform>
            <numerusform>%n مندوبین حاضر درج ہوں گے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="453"/>
        <source>%n online delegates get their minutes</source>
        <translation>
            <numerusform>%n آن لائن مندوب کے منٹ درج ہوں گے</numerusform>
            <numerusform>%n آن لائن مندوبین کے منٹ درج ہوں گے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="454"/>
        <source>%n walk-ins added</source>
        <translation>
            <numerusform>%n بغیر پیشگی اندراج شامل</numerusform>
            <numerusform>%n بغیر پیشگی اندراج شامل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="455"/>
        <source>%n participants left unmatched</source>
        <translation>
            <numerusform>%n شریک غیر مماثل رہا</numerusform>
            <numerusform>%n شرکاء غیر مماثل رہے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="458"/>
        <source>%n registered in person (reported, not changed)</source>
        <translation>
            <numerusform>%n بالمشافہ درج (رپورٹ، تبدیل نہیں)</numerusform>
            <numerusform>%n بالمشافہ درج (رپورٹ، تبدیل نہیں)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="489"/>
        <source>Attendance imported: %1 attended; walk-ins added: %2.</source>
        <translation>حاضری درآمد ہو گئی: %1 حاضر؛ بغیر پیشگی اندراج شامل: %2۔</translation>
    </message>
</context>
<context>
    <name>CertificateActions</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="161"/>
        <source>%n certificates saved to %1</source>
        <translation>
            <numerusform>%n سرٹیفکیٹ %1 میں محفوظ ہوا</numerusform>
            <numerusform>%n سرٹیفکیٹ %1 میں محفوظ ہوئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="163"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n نیا</numerusform>
            <numerusform>%n نئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="165"/>
        <source>%n printed again with the same code</source>
        <translation>
            <numerusform>%n اسی کوڈ کے ساتھ دوبارہ چھپا</numerusform>
            <numerusform>%n اسی کوڈ کے ساتھ دوبارہ چھپے</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="168"/>
        <source>Results not confirmed yet, no certificates: %1</source>
        <translation>نتائج کی ابھی تصدیق نہیں ہوئی، سرٹیفکیٹ نہیں: %1</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="64"/>
        <source>Type or scan the verification code printed on the certificate.</source>
        <extracomment>The medals a certificate of achievement is issued for, best first (stored codes, never labels). Entries that take part: a competed entry, or one holding a medal whatever its status says.</extracomment>
        <translation>سرٹیفکیٹ پر چھپا ہوا تصدیقی کوڈ ٹائپ یا اسکین کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="67"/>
        <source>Say why the certificate is revoked: the reason is kept with it.</source>
        <translation>بتائیں کہ سرٹیفکیٹ کیوں منسوخ کیا جا رہا ہے: وجہ اس کے ساتھ محفوظ رہتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="70"/>
        <source>No certificate has the code {shown}.</source>
        <translation>کسی سرٹیفکیٹ کا کوڈ {shown} نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="71"/>
        <source>The certificate {shown} was revoked already, on {when}.</source>
        <translation>سرٹیفکیٹ {shown} پہلے ہی {when} کو منسوخ ہو چکا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="74"/>
        <source>Nothing to print: no one holds a certificate that is not revoked. Certificates of attendance go to delegates marked attended; a competition&apos;s to the members of entries with a medal.</source>
        <translation>چھاپنے کو کچھ نہیں: کسی کے پاس غیر منسوخ سرٹیفکیٹ نہیں۔ حاضری کے سرٹیفکیٹ ان مندوبین کو ملتے ہیں جن کی حاضری درج ہے؛ مقابلے کے سرٹیفکیٹ تمغہ جیتنے والی انٹریوں کے ارکان کو۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="79"/>
        <source>The entry no longer holds this medal ({old}); it now has: {now}.</source>
        <translation>اس انٹری کے پاس اب یہ تمغہ ({old}) نہیں؛ اب اس کے پاس ہے: {now}۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="82"/>
        <source>The entry was {now} after this certificate was issued.</source>
        <translation>اس سرٹیفکیٹ کے جاری ہونے کے بعد انٹری {now} ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="83"/>
        <source>The medal changed from {old} to {new}: a new certificate was issued.</source>
        <translation>تمغہ {old} سے {new} میں بدل گیا: نیا سرٹیفکیٹ جاری کیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="90"/>
        <source>Certificate of Attendance</source>
        <extracomment>What a certificate is, in English (the ``Certificates`` context) and in Chinese (printed as is).</extracomment>
        <translation>سرٹیفکیٹ برائے حاضری</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="91"/>
        <source>Certificate of Achievement</source>
        <translation>سرٹیفکیٹ برائے کامیابی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="93"/>
        <source>Certificate of Participation</source>
        <translation>سرٹیفکیٹ برائے شرکت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="99"/>
        <source>Gold medal</source>
        <extracomment>A medal as a certificate names it (by the medal&apos;s code, never its label).</extracomment>
        <translation>طلائی تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="100"/>
        <source>Silver medal</source>
        <translation>چاندی کا تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="101"/>
        <source>Bronze medal</source>
        <translation>کانسی کا تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="102"/>
        <source>Medallion for Excellence</source>
        <translation>میڈلین برائے امتیاز</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="126"/>
        <source>Valid certificate</source>
        <extracomment>What each status says, in English (the ``Certificates`` context), with ``{shown}`` and, for a revoked certificate, ``{when}`` and ``{reason}``.</extracomment>
        <translation>درست سرٹیفکیٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="127"/>
        <source>This certificate was revoked on {when}: {reason}</source>
        <translation>یہ سرٹیفکیٹ {when} کو منسوخ کیا گیا: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="128"/>
        <source>Unknown code: no certificate has the code {shown}. It may be forged.</source>
        <translation>نامعلوم کوڈ: کسی سرٹیفکیٹ کا کوڈ {shown} نہیں۔ یہ جعلی ہو سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="131"/>
        <source>This code has a typing mistake: one of its characters is not the one printed (its last character checks the others). Compare each character with the certificate.</source>
        <translation>اس کوڈ میں ٹائپنگ کی غلطی ہے: اس کا ایک حرف چھپے ہوئے حرف سے مختلف ہے (آخری حرف باقی حروف کی جانچ کرتا ہے)۔ ہر حرف کو سرٹیفکیٹ سے ملائیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="136"/>
        <source>This is not a certificate code: a code has 10 letters and digits (grouped as abcd-efgh-jk), never 0, 1, o, i or l.</source>
        <translation>یہ سرٹیفکیٹ کا کوڈ نہیں: کوڈ میں 10 حروف اور ہندسے ہوتے ہیں (abcd-efgh-jk کی طرح گروپ میں)، کبھی 0، 1، o، i یا l نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="518"/>
        <source>The event is not in the database.</source>
        <extracomment>Revoked certificates left revoked (not printed, not replaced). Certificates revoked because the entry&apos;s medal changed since they were issued (replaced). Certificates revoked because their entry lost its medal or was withdrawn or disqualified. Entries that would get certificates but list no member. Tracks left out: marked by a scheme, their results not confirmed yet (names, sorted).</extracomment>
        <translation>یہ تقریب ڈیٹا بیس میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="594"/>
        <source>The competition is not in the database.</source>
        <translation>یہ مقابلہ ڈیٹا بیس میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="783"/>
        <source>The competition has no track called {name}.</source>
        <translation>اس مقابلے میں {name} نام کا کوئی شعبہ نہیں۔</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="287"/>
        <source>Certificates</source>
        <extracomment>The person asked to issue and save: (request, the PDF&apos;s path). The person confirmed revoking: (the certificate&apos;s code, the reason).</extracomment>
        <translation>سرٹیفکیٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="293"/>
        <source>Also those who took part &amp;without a medal</source>
        <translation>بغیر تمغے کے شرکت کرنے والے بھی (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="299"/>
        <source>&amp;For:</source>
        <translation>برائے (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="300"/>
        <source>Skill &amp;track:</source>
        <translation>مہارت کا شعبہ (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="309"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="310"/>
        <source>Native name</source>
        <translation>مقامی نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="311"/>
        <source>Certificate</source>
        <translation>سرٹیفکیٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="312"/>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="313"/>
        <source>Issued</source>
        <translation>جاری ہوا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="314"/>
        <source>Printed</source>
        <translation>چھپا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="315"/>
        <source>Revoked</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="336"/>
        <source>&amp;Issue and save PDF…</source>
        <translation>جاری کریں اور PDF محفوظ کریں (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="340"/>
        <source>Save the &amp;selected one…</source>
        <translation>منتخب سرٹیفکیٹ محفوظ کریں (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="342"/>
        <source>Print the selected certificate again, with the same code</source>
        <translation>منتخب سرٹیفکیٹ اسی کوڈ کے ساتھ دوبارہ چھاپیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="344"/>
        <source>&amp;Revoke…</source>
        <translation>منسوخ کریں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="381"/>
        <source>%1 (competition)</source>
        <translation>%1 (مقابلہ)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="413"/>
        <source>All tracks</source>
        <translation>تمام شعبے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="469"/>
        <source>There is no event or competition yet.</source>
        <translation>ابھی کوئی تقریب یا مقابلہ نہیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="471"/>
        <source>%n delegates attended.</source>
        <translation>
            <numerusform>%n مندوب حاضر ہوا۔</numerusform>
            <numerusform>%n مندوبین حاضر ہوئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="473"/>
        <source>%n competitors to certify.</source>
        <translation>
            <numerusform>%n مقابلہ کنندہ سرٹیفکیٹ کا حقدار۔</numerusform>
            <numerusform>%n مقابلہ کنندگان سرٹیفکیٹ کے حقدار۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="475"/>
        <source>%n certificates issued</source>
        <translation>
            <numerusform>%n سرٹیفکیٹ جاری ہوا</numerusform>
            <numerusform>%n سرٹیفکیٹ جاری ہوئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="477"/>
        <source>%n revoked</source>
        <translation>
            <numerusform>%n منسوخ</numerusform>
            <numerusform>%n منسوخ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="487"/>
        <source>No certificate issued yet.</source>
        <translation>ابھی کوئی سرٹیفکیٹ جاری نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="537"/>
        <source>Save the certificates</source>
        <translation>سرٹیفکیٹ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="539"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../tvet_alliance/services/checkin.py" line="439"/>
        <source>There is no such check-in.</source>
        <extracomment>At most this many matches are listed for a search with several.</extracomment>
        <translation>ایسا کوئی چیک اِن نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/checkin.py" line="440"/>
        <source>This check-in was undone already.</source>
        <translation>یہ چیک اِن پہلے ہی واپس لیا جا چکا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/checkin.py" line="496"/>
        <source>A walk-in needs a name.</source>
        <translation>موقع پر اندراج کے لیے نام ضروری ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/checkin.py" line="497"/>
        <source>The event is not there any more.</source>
        <translation>یہ تقریب اب موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/checkin.py" line="621"/>
        <source>This delegate is not there any more.</source>
        <translation>یہ مندوب اب موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="98"/>
        <source>Check in (or the match picked)</source>
        <extracomment>The result panel&apos;s colours: (background, border, text), by what it says. The walk-in form was opened (tests fill it through this).</extracomment>
        <translation>چیک اِن کریں (یا چنا ہوا نتیجہ)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="99"/>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="100"/>
        <source>Pick among the matches</source>
        <translation>ملنے والوں میں سے چنیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="101"/>
        <source>Clear the search field</source>
        <translation>تلاش کا خانہ خالی کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="125"/>
        <source>Eve&amp;nt</source>
        <translation>تقریب (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="127"/>
        <source>&amp;Desk</source>
        <translation>ڈیسک (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="154"/>
        <source>Scan a ticket, or type a name, organisation, e-mail or phone</source>
        <translation>ٹکٹ اسکین کریں، یا نام، ادارہ، ای میل یا فون لکھیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="195"/>
        <source>Register as walk-in… (%1)</source>
        <translation>موقع پر اندراج… (%1)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="216"/>
        <source>Undo the selected check-in…</source>
        <translation>چنا ہوا چیک اِن واپس لیں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="222"/>
        <source>Undo last check-in… (%1)</source>
        <translation>آخری چیک اِن واپس لیں… (%1)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="228"/>
        <source>Walk-in…</source>
        <translation>موقع پر اندراج…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="232"/>
        <source>Register someone not on the list (%1)</source>
        <translation>فہرست سے باہر کسی کا اندراج کریں (%1)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="248"/>
        <source>Register a walk-in</source>
        <translation>موقع پر اندراج کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="249"/>
        <source>Undo the last check-in</source>
        <translation>آخری چیک اِن واپس لیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="306"/>
        <source>Registered: %1</source>
        <translation>اندراج شدہ: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="307"/>
        <source>Checked in: %1</source>
        <translation>چیک اِن: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="308"/>
        <source>In person: %1</source>
        <translation>بالمشافہ: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="309"/>
        <source>Online: %1</source>
        <translation>آن لائن: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="310"/>
        <source>Walk-ins: %1</source>
        <translation>موقع پر اندراج: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="315"/>
        <source>To review (%1)</source>
        <translation>جانچ کے لیے (%1)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="319"/>
        <source>%1 — checked in again at %2 at %3 (first at %4 at %5)</source>
        <translation>%1 — دوبارہ چیک اِن %2 بجے، %3 پر (پہلی بار %4 بجے، %5 پر)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="399"/>
        <source>Choose the event first.</source>
        <translation>پہلے تقریب چنیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="501"/>
        <source>Checked in</source>
        <translation>چیک اِن ہو گیا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="502"/>
        <source>Not registered</source>
        <translation>اندراج نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="503"/>
        <source>Registration cancelled</source>
        <translation>اندراج منسوخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="504"/>
        <source>%1 delegates match: pick one with ↑ ↓ and Enter</source>
        <translation>%1 مندوب ملے: ↑ ↓ اور Enter سے ایک چنیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="511"/>
        <source>Already checked in at %1 at %2</source>
        <translation>پہلے ہی %1 بجے %2 پر چیک اِن ہو چکے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="516"/>
        <source>Already checked in at %1</source>
        <translation>پہلے ہی %1 بجے چیک اِن ہو چکے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="518"/>
        <source>This ticket was replaced</source>
        <translation>یہ ٹکٹ بدل دیا گیا ہے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="529"/>
        <source>Ask for the badge again, or search by name.</source>
        <translation>نیا بیج مانگیں، یا نام سے تلاش کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="584"/>
        <source>Already on record: registered to the person found.</source>
        <translation>ریکارڈ میں پہلے سے موجود: ملنے والے شخص کے نام اندراج ہوا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="595"/>
        <source>No check-in at this desk to undo.</source>
        <translation>اس ڈیسک پر واپس لینے کو کوئی چیک اِن نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="620"/>
        <source>Undo the check-in of %1?</source>
        <translation>%1 کا چیک اِن واپس لیں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="621"/>
        <source>Undo check-in</source>
        <translation>چیک اِن واپس لیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="634"/>
        <source>Check-in undone</source>
        <translation>چیک اِن واپس لے لیا گیا</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1456"/>
        <source>Check</source>
        <translation>جانچ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1459"/>
        <source>Every row is checked; nothing is written yet. Type over a cell to fix it, then Check again.</source>
        <translation>ہر قطار جانچی گئی ہے؛ ابھی کچھ محفوظ نہیں ہوا۔ کسی خانے کو درست کرنے کے لیے اس پر لکھیں، پھر دوبارہ جانچیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1471"/>
        <source>Check &amp;again</source>
        <translation>دوبارہ جانچیں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1473"/>
        <source>Check every row again with your fixes (F5)</source>
        <translation>اپنی درستیوں کے ساتھ ہر قطار دوبارہ جانچیں (F5)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1483"/>
        <source>Leave &amp;empty…</source>
        <translation>خالی چھوڑیں (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1485"/>
        <source>Leave a field empty in every row with the same problem</source>
        <translation>ایک ہی مسئلے والی ہر قطار میں یہ خانہ خالی چھوڑیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1491"/>
        <source>Errors and warnings</source>
        <translation>غلطیاں اور انتباہات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1492"/>
        <source>Errors</source>
        <translation>غلطیاں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1493"/>
        <source>Warnings</source>
        <translation>انتباہات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1497"/>
        <source>S&amp;how:</source>
        <translation>دکھائیں (&amp;H):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1511"/>
        <source>Row</source>
        <translation>قطار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1511"/>
        <source>Column</source>
        <translation>کالم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1511"/>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1531"/>
        <source>&amp;Rows with problems or warnings (type over a cell to fix it):</source>
        <extracomment>the last check and the duplicates&apos; decisions made for it (kept when checking again)</extracomment>
        <translation>مسائل یا انتباہات والی قطاریں (درست کرنے کے لیے خانے پر لکھیں) (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1539"/>
        <source>&amp;Problems and warnings (Enter goes to the cell):</source>
        <translation>مسائل اور انتباہات (Enter خانے پر لے جاتا ہے) (&amp;P):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1632"/>
        <source>%n rows kept with warnings (amber)</source>
        <translation>
            <numerusform>%n قطار انتباہ کے ساتھ رکھی گئی (نارنجی)</numerusform>
            <numerusform>%n قطاریں انتباہ کے ساتھ رکھی گئیں (نارنجی)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1656"/>
        <source>The grid shows the first %1 rows; save the rejected rows for the rest.</source>
        <translation>جدول پہلی %1 قطاریں دکھاتا ہے؛ باقی کے لیے مسترد قطاریں محفوظ کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1742"/>
        <source>Changed since the check: press Check again (F5) to see the result.</source>
        <translation>جانچ کے بعد تبدیلی ہوئی ہے: نتیجہ دیکھنے کے لیے دوبارہ جانچیں (F5) دبائیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1782"/>
        <source>%1: %2 (%n rows)</source>
        <translation>
            <numerusform>%1: %2 (%n قطار)</numerusform>
            <numerusform>%1: %2 (%n قطاریں)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1787"/>
        <source>— needed in every row: fix the cells</source>
        <translation>— ہر قطار میں ضروری ہے: خانے درست کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1816"/>
        <source>Leave empty in every row with this problem:</source>
        <translation>اس مسئلے والی ہر قطار میں خالی چھوڑیں:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1837"/>
        <source>Checked again with your changes; press Next to go on.</source>
        <translation>آپ کی تبدیلیوں کے ساتھ دوبارہ جانچ لیا گیا؛ آگے بڑھنے کے لیے اگلا دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1586"/>
        <source>Checking…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1593"/>
        <source>Checking the rows…</source>
        <translation>قطاریں جانچی جا رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1607"/>
        <source>The check was cancelled. Press Check again to run it.</source>
        <translation>جانچ منسوخ کر دی گئی۔ دوبارہ چلانے کے لیے &quot;دوبارہ جانچیں&quot; دبائیں۔</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="110"/>
        <source>Not chosen</source>
        <translation>منتخب نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="111"/>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="174"/>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="112"/>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="175"/>
        <source>Laptop</source>
        <translation>لیپ ٹاپ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="113"/>
        <source>Edit…</source>
        <translation>ترمیم…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="153"/>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="405"/>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="422"/>
        <source>Conflicts</source>
        <extracomment>The widest each column starts (in average character widths); longer texts wrap onto a second line and are elided after it, the tooltip has them whole. Emitted with the number of conflicts resolved after Apply.</extracomment>
        <translation>تضادات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="159"/>
        <source>These fields were changed at the office and on a laptop. The office value stands until you choose: keep it, take the laptop&apos;s, or type the right value. Rows without a choice stay on the list.</source>
        <translation>یہ خانے دفتر میں بھی اور لیپ ٹاپ پر بھی تبدیل کیے گئے۔ جب تک آپ انتخاب نہ کریں دفتر کی قدر برقرار رہتی ہے: اسے رکھیں، لیپ ٹاپ کی قدر لیں، یا درست قدر لکھیں۔ جن قطاروں کا انتخاب نہ ہو وہ فہرست میں رہتی ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="170"/>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="171"/>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="172"/>
        <source>Why</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="173"/>
        <source>Before</source>
        <translation>پہلے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="176"/>
        <source>From</source>
        <translation>کہاں سے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="177"/>
        <source>Choice</source>
        <translation>انتخاب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="178"/>
        <source>Result</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="183"/>
        <source>The value both sides started from</source>
        <translation>وہ قدر جس سے دونوں طرف نے آغاز کیا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="194"/>
        <source>No conflicts to resolve.</source>
        <translation>حل کرنے کے لیے کوئی تضاد نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="202"/>
        <source>Sets the choice of the selected rows, or of every row when none is selected.</source>
        <translation>منتخب قطاروں کا انتخاب طے کرتا ہے، یا کوئی قطار منتخب نہ ہو تو تمام قطاروں کا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="203"/>
        <source>Take all from &amp;laptop</source>
        <translation>سب لیپ ٹاپ سے لیں (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="207"/>
        <source>Take all from &amp;office</source>
        <translation>سب دفتر سے لیں (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="212"/>
        <source>&amp;Apply</source>
        <translation>لاگو کریں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="214"/>
        <source>Record every choice made; rows without one stay open</source>
        <translation>ہر کیا گیا انتخاب محفوظ کریں؛ بغیر انتخاب والی قطاریں کھلی رہتی ہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="326"/>
        <source>Type the value to keep (empty clears it)</source>
        <translation>رکھنے والی قدر لکھیں (خالی چھوڑنے سے مٹ جاتی ہے)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="333"/>
        <source>Not chosen yet: the office value stands</source>
        <translation>ابھی منتخب نہیں: دفتر کی قدر برقرار ہے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="334"/>
        <source>Keeps the office value</source>
        <translation>دفتر کی قدر رکھتا ہے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="335"/>
        <source>Takes the laptop&apos;s value</source>
        <translation>لیپ ٹاپ کی قدر لیتا ہے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="336"/>
        <source>Keeps the value typed here</source>
        <translation>یہاں لکھی گئی قدر رکھتا ہے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="378"/>
        <source>Chosen: %1 of %2.</source>
        <translation>منتخب: %2 میں سے %1۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="406"/>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="408"/>
        <source>Nothing was changed.</source>
        <translation>کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="413"/>
        <source>Resolved %n conflicts</source>
        <translation>
            <numerusform>%n تضاد حل ہوا</numerusform>
            <numerusform>%n تضادات حل ہوئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="413"/>
        <source>; %n still open.</source>
        <translation>
            <numerusform>؛ %n ابھی باقی ہے۔</numerusform>
            <numerusform>؛ %n ابھی باقی ہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="424"/>
        <source>Choices made for %n conflicts have not been applied. Close without applying them?</source>
        <translation>
            <numerusform>%n تضاد کے لیے کیے گئے انتخاب ابھی لاگو نہیں ہوئے۔ انہیں لاگو کیے بغیر بند کریں؟</numerusform>
            <numerusform>%n تضادات کے لیے کیے گئے انتخاب ابھی لاگو نہیں ہوئے۔ انہیں لاگو کیے بغیر بند کریں؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/data.py" line="271"/>
        <source>Exported %Ln records to %1</source>
        <translation>
            <numerusform>%Ln ریکارڈ %1 میں برآمد ہو گیا</numerusform>
            <numerusform>%Ln ریکارڈ %1 میں برآمد ہو گئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/data.py" line="316"/>
        <source>Loaded %Ln records from %1</source>
        <translation>
            <numerusform>%1 سے %Ln ریکارڈ لوڈ ہو گیا</numerusform>
            <numerusform>%1 سے %Ln ریکارڈ لوڈ ہو گئے</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="180"/>
        <source>Pick from a calendar</source>
        <translation>کیلنڈر سے منتخب کریں</translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="650"/>
        <source>How the file is read</source>
        <translation>فائل کیسے پڑھی جاتی ہے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="651"/>
        <source>Check the preview. If the text looks wrong, choose another encoding.</source>
        <translation>پیش منظر دیکھیں۔ اگر متن غلط لگے تو کوئی اور انکوڈنگ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="666"/>
        <source>Comma ,</source>
        <translation>کوما ,</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="667"/>
        <source>Semicolon ;</source>
        <translation>سیمی کولن ;</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="668"/>
        <source>Tab</source>
        <translation>ٹیب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="669"/>
        <source>Vertical bar |</source>
        <translation>عمودی لکیر |</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="682"/>
        <source>&amp;Encoding:</source>
        <translation>انکوڈنگ (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="684"/>
        <source>&amp;Delimiter:</source>
        <translation>حد بندی علامت (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="686"/>
        <source>&amp;Header row:</source>
        <translation>سرخی کی قطار (&amp;H):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="688"/>
        <source>&amp;Sheet:</source>
        <translation>شیٹ (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="780"/>
        <source>Rows above the header, not imported:</source>
        <translation>سرخی سے اوپر کی قطاریں، درآمد نہیں ہوں گی:</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="448"/>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="575"/>
        <source>Possible duplicates</source>
        <extracomment>Emitted after a pair was merged or marked as different.</extracomment>
        <translation>ممکنہ دہرے ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="456"/>
        <source>&amp;Pairs to review:</source>
        <translation>جانچنے کے لیے جوڑے (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="462"/>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="462"/>
        <source>From the laptop</source>
        <translation>لیپ ٹاپ سے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="462"/>
        <source>In the office</source>
        <translation>دفتر میں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="472"/>
        <source>No possible duplicates to review.</source>
        <translation>جانچنے کے لیے کوئی ممکنہ دہرا ریکارڈ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="480"/>
        <source>Merge (keep &amp;office record)</source>
        <translation>ضم کریں (دفتر کا ریکارڈ رکھیں) (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="483"/>
        <source>One record stays: the office&apos;s, filled in with what only the laptop&apos;s has</source>
        <translation>ایک ریکارڈ رہتا ہے: دفتر کا، جس میں وہ معلومات شامل کی جاتی ہیں جو صرف لیپ ٹاپ والے میں ہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="486"/>
        <source>Merge (keep &amp;laptop record)</source>
        <translation>ضم کریں (لیپ ٹاپ کا ریکارڈ رکھیں) (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="489"/>
        <source>One record stays: the laptop&apos;s, filled in with what only the office&apos;s has</source>
        <translation>ایک ریکارڈ رہتا ہے: لیپ ٹاپ کا، جس میں وہ معلومات شامل کی جاتی ہیں جو صرف دفتر والے میں ہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="492"/>
        <source>&amp;Not the same</source>
        <translation>ایک جیسے نہیں (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="494"/>
        <source>Keep both records and take the pair off this list</source>
        <translation>دونوں ریکارڈ رکھیں اور اس جوڑے کو فہرست سے ہٹا دیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="535"/>
        <source>%1 (from the laptop) and %2 (in the office): %3</source>
        <translation>%1 (لیپ ٹاپ سے) اور %2 (دفتر میں): %3</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="590"/>
        <source>Merged into “%1”.</source>
        <translation>“%1” میں ضم کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="596"/>
        <source>Marked as different records.</source>
        <translation>الگ الگ ریکارڈ کے طور پر نشان زد کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/duplicates.py" line="46"/>
        <source>Possibly a duplicate</source>
        <translation>ممکنہ طور پر دہرا اندراج</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/duplicates.py" line="50"/>
        <source>Possibly the same as:</source>
        <translation>ممکنہ طور پر اس جیسا:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/duplicates.py" line="52"/>
        <source>Possibly the same as %1</source>
        <translation>ممکنہ طور پر %1 جیسا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/duplicates.py" line="68"/>
        <source>Open shows that record; what you typed here stays in your form.</source>
        <translation>&quot;کھولیں&quot; وہ ریکارڈ دکھاتا ہے؛ جو آپ نے یہاں لکھا وہ آپ کے فارم میں رہتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/duplicates.py" line="73"/>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/duplicates.py" line="76"/>
        <source>Save anyway</source>
        <translation>پھر بھی محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../tvet_alliance/services/duplicates.py" line="30"/>
        <source>same name</source>
        <translation>ایک جیسا نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/duplicates.py" line="31"/>
        <source>same e-mail</source>
        <translation>ایک جیسی ای میل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/duplicates.py" line="32"/>
        <source>same phone</source>
        <translation>ایک جیسا فون</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1968"/>
        <source>Duplicates</source>
        <translation>دہرے اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1971"/>
        <source>These rows match records already there (or earlier rows). Decide for each, and for each field whether the file&apos;s value replaces the stored one.</source>
        <translation>یہ قطاریں پہلے سے موجود ریکارڈ (یا پچھلی قطاروں) سے ملتی ہیں۔ ہر ایک کے لیے فیصلہ کریں، اور ہر خانے کے لیے کہ آیا فائل کی قدر محفوظ قدر کی جگہ لے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1978"/>
        <source>Row</source>
        <translation>قطار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1979"/>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2028"/>
        <source>In the file</source>
        <translation>فائل میں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1980"/>
        <source>Already there</source>
        <translation>پہلے سے موجود</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1981"/>
        <source>Why</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1982"/>
        <source>Fields to change</source>
        <translation>بدلنے والے خانے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1983"/>
        <source>Decision</source>
        <translation>فیصلہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1995"/>
        <source>No duplicates found.</source>
        <translation>کوئی دہرا اندراج نہیں ملا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1998"/>
        <source>For all:</source>
        <translation>سب کے لیے:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2017"/>
        <source>&amp;Decision for this row:</source>
        <translation>اس قطار کا فیصلہ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2028"/>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2028"/>
        <source>Stored</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2028"/>
        <source>Take the file&apos;s</source>
        <translation>فائل کی قدر لیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2034"/>
        <source>F&amp;ields that differ (Space: take the file&apos;s value or keep the stored one):</source>
        <translation>مختلف خانے (اسپیس: فائل کی قدر لیں یا محفوظ قدر رکھیں) (&amp;I):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2082"/>
        <source>%1 (row %2 of this file)</source>
        <translation>%1 (اس فائل کی قطار %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2123"/>
        <source>%n of %1</source>
        <translation>
            <numerusform>%1 میں سے %n</numerusform>
            <numerusform>%1 میں سے %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2158"/>
        <source>Row %1: %2 matches %3</source>
        <translation>قطار %1: %2، جو %3 سے ملتا ہے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2186"/>
        <source>The file has nothing that differs from the stored record.</source>
        <translation>فائل میں محفوظ ریکارڈ سے مختلف کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2189"/>
        <source>Choose “Fill empty fields only” or “Update the existing record” to take values from the file.</source>
        <translation>فائل سے قدریں لینے کے لیے “صرف خالی خانے بھریں” یا “موجودہ ریکارڈ کو اپ ڈیٹ کریں” منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2192"/>
        <source>Fill empty fields only takes the file&apos;s value where nothing is stored.</source>
        <translation>“صرف خالی خانے بھریں” فائل کی قدر صرف وہاں لیتا ہے جہاں کچھ محفوظ نہ ہو۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2199"/>
        <source>take</source>
        <translation>لیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2199"/>
        <source>keep</source>
        <translation>رکھیں</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="104"/>
        <source>Add %1</source>
        <extracomment>Records changed (saved, deleted, restored, undone), with the :class:`Changes` (the tables written): the window refreshes what shows them. The editor that is open now (tests and keyboard users reach it through this).</extracomment>
        <translation>%1 شامل کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="190"/>
        <source>Fields changed by you: %1</source>
        <translation>آپ کے تبدیل کردہ خانے: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="207"/>
        <source>Edit %1</source>
        <translation>%1 میں ترمیم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="259"/>
        <location filename="../../tvet_alliance/ui/editing.py" line="359"/>
        <source> and %1 more</source>
        <translation> اور %1 مزید</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="261"/>
        <source>Delete %1?</source>
        <translation>%1 حذف کریں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="264"/>
        <source>Still linked to it: %1. They are kept.</source>
        <translation>اس سے اب بھی منسلک: %1۔ یہ برقرار رہیں گے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="265"/>
        <source>Deleted records can be shown with “Show deleted” and restored.</source>
        <translation>حذف شدہ ریکارڈ “حذف شدہ دکھائیں” سے دیکھے اور بحال کیے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="266"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="273"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n فرد</numerusform>
            <numerusform>%n افراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="274"/>
        <source>%n competition entries</source>
        <translation>
            <numerusform>%n مقابلہ جاتی اندراج</numerusform>
            <numerusform>%n مقابلہ جاتی اندراجات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="275"/>
        <source>%n event registrations</source>
        <translation>
            <numerusform>%n تقریب کا اندراج</numerusform>
            <numerusform>%n تقریبات کے اندراجات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="276"/>
        <source>%n delegates</source>
        <translation>
            <numerusform>%n مندوب</numerusform>
            <numerusform>%n مندوبین</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="277"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n حاضری کا اندراج</numerusform>
            <numerusform>%n حاضری کے اندراجات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="278"/>
        <source>%n skill tracks</source>
        <translation>
            <numerusform>%n مہارت کا شعبہ</numerusform>
            <numerusform>%n مہارت کے شعبے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="279"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n اندراج</numerusform>
            <numerusform>%n اندراجات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="280"/>
        <source>%n agreements</source>
        <translation>
            <numerusform>%n معاہدہ</numerusform>
            <numerusform>%n معاہدے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="298"/>
        <source>Delete %n records (%1)</source>
        <translation>
            <numerusform>%1 کا %n ریکارڈ حذف کریں</numerusform>
            <numerusform>%1 کے %n ریکارڈ حذف کریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="300"/>
        <source>Restore %n records (%1)</source>
        <translation>
            <numerusform>%1 کا %n ریکارڈ بحال کریں</numerusform>
            <numerusform>%1 کے %n ریکارڈ بحال کریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="314"/>
        <source>Set %1 of %n records</source>
        <translation>
            <numerusform>%n ریکارڈ میں %1 مقرر کریں</numerusform>
            <numerusform>%n ریکارڈز میں %1 مقرر کریں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="338"/>
        <source>Give %1 a new ticket code?

The old code stops working at the check-in desk: print the badge again after this.</source>
        <translation>%1 کو نیا ٹکٹ کوڈ دیں؟

پرانا کوڈ چیک اِن ڈیسک پر کام نہیں کرے گا: اس کے بعد بیج دوبارہ چھاپیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="341"/>
        <source>Re-issue ticket</source>
        <translation>نیا ٹکٹ جاری کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="362"/>
        <source>Someone else changed %1 of these records after your change: %2. The other records are done. Overwrite their changes to these too? (No leaves them as they are.)</source>
        <translation>آپ کی تبدیلی کے بعد کسی اور نے ان میں سے %1 ریکارڈ بدلے: %2۔ باقی ریکارڈ ہو گئے۔ کیا ان پر بھی ان کی تبدیلیاں مٹا دیں؟ (نہیں سے وہ جیسے ہیں ویسے رہیں گے۔)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="370"/>
        <source>Someone else changed “%1” after your change. Overwrite their change? (No leaves it as they made it.)</source>
        <translation>آپ کی تبدیلی کے بعد کسی اور نے “%1” بدلا۔ کیا ان کی تبدیلی مٹا دیں؟ (نہیں سے ان کی تبدیلی رہے گی۔)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="373"/>
        <source>Records changed by someone else</source>
        <translation>کسی اور کے بدلے ہوئے ریکارڈ</translation>
    </message>
</context>
<context>
    <name>EncodingAlternatives</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/encoding_alternatives.py" line="87"/>
        <source>Other code pages would read some words of this file differently. Look at the words: if those of another column are right, read the file that way.</source>
        <extracomment>Words shown per code page: enough to judge, few enough to leave room for the preview.</extracomment>
        <translation>دوسرے کوڈ پیج اس فائل کے کچھ الفاظ مختلف پڑھیں گے۔ الفاظ دیکھیں: اگر کسی دوسرے کالم کے الفاظ درست ہیں تو فائل اسی طرح پڑھیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/encoding_alternatives.py" line="91"/>
        <source>As read now:</source>
        <translation>ابھی کی پڑھائی:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/encoding_alternatives.py" line="110"/>
        <source>Read as %1 (Alt+%2)</source>
        <translation>%1 کے طور پر پڑھیں (Alt+%2)</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="150"/>
        <location filename="../../tvet_alliance/domain/models.py" line="234"/>
        <source>Partner</source>
        <translation>شراکت دار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="207"/>
        <location filename="../../tvet_alliance/domain/models.py" line="308"/>
        <source>Person</source>
        <extracomment>&quot;&quot; when the partner has only a name in its own script (NOT NULL kept: see migration 0012) the partner&apos;s contact person (migration 0012) Derived from the names (changelog.DERIVED, domain/search_keys): never edited nor logged. The party links are logged once, on their owning side (Agreement.parties), for audit and sync.</extracomment>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="249"/>
        <location filename="../../tvet_alliance/domain/models.py" line="370"/>
        <source>Event</source>
        <extracomment>Derived from the names (changelog.DERIVED, domain/search_keys): never edited nor logged.</extracomment>
        <translation>تقریب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="268"/>
        <location filename="../../tvet_alliance/domain/models.py" line="398"/>
        <source>Delegate</source>
        <translation>مندوب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="446"/>
        <source>Check-in</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="606"/>
        <source>Marking aspect</source>
        <extracomment>The judges of a judgement aspect (each scores 0-3); a measurement aspect has one mark, judge 1. The highest score a judge gives on a judgement aspect.</extracomment>
        <translation>نمبر دینے کا پہلو</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="638"/>
        <source>Mark</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="749"/>
        <source>Certificate</source>
        <translation>سرٹیفکیٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="288"/>
        <location filename="../../tvet_alliance/domain/models.py" line="467"/>
        <source>Competition</source>
        <translation>مقابلہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="308"/>
        <location filename="../../tvet_alliance/domain/models.py" line="505"/>
        <source>Skill track</source>
        <translation>مہارت کا شعبہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="326"/>
        <location filename="../../tvet_alliance/domain/models.py" line="538"/>
        <source>Entry</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="355"/>
        <location filename="../../tvet_alliance/domain/models.py" line="701"/>
        <source>Agreement</source>
        <translation>معاہدہ</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="184"/>
        <source>TVET college</source>
        <translation>TVET کالج</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="185"/>
        <source>Polytechnic</source>
        <translation>پولی ٹیکنک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="186"/>
        <source>University</source>
        <translation>یونیورسٹی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="187"/>
        <source>Enterprise</source>
        <translation>کمپنی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="188"/>
        <source>Government authority</source>
        <translation>سرکاری ادارہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="189"/>
        <source>Association</source>
        <translation>ایسوسی ایشن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="190"/>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="191"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="204"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="192"/>
        <source>Chair</source>
        <translation>چیئر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="193"/>
        <source>Vice chair</source>
        <translation>وائس چیئر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="194"/>
        <source>Lead partner</source>
        <translation>مرکزی شراکت دار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="195"/>
        <source>Founding member</source>
        <translation>بانی رکن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="196"/>
        <source>Member</source>
        <translation>رکن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="197"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="219"/>
        <source>Observer</source>
        <translation>مبصر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="198"/>
        <source>Prospective</source>
        <translation>متوقع</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="199"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="253"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="200"/>
        <source>Suspended</source>
        <translation>معطل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="201"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="235"/>
        <source>Withdrawn</source>
        <translation>دستبردار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="202"/>
        <source>Female</source>
        <translation>خاتون</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="203"/>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="205"/>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="206"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="207"/>
        <source>Not asked</source>
        <translation>نہیں پوچھا گیا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="208"/>
        <source>Seminar</source>
        <translation>سیمینار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="209"/>
        <source>Workshop</source>
        <translation>ورکشاپ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="210"/>
        <source>Training</source>
        <translation>تربیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="211"/>
        <source>Meeting</source>
        <translation>اجلاس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="212"/>
        <source>Competition</source>
        <translation>مقابلہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="213"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="225"/>
        <source>In person</source>
        <translation>بالمشافہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="214"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="226"/>
        <source>Online</source>
        <translation>آن لائن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="215"/>
        <source>Hybrid</source>
        <translation>ہائبرڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="216"/>
        <source>Speaker</source>
        <translation>مقرر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="217"/>
        <source>Delegate</source>
        <translation>مندوب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="218"/>
        <source>Official</source>
        <translation>عہدیدار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="220"/>
        <source>Organizer</source>
        <translation>منتظم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="221"/>
        <source>Judge</source>
        <translation>جج</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="222"/>
        <source>Expert</source>
        <translation>ماہر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="223"/>
        <source>Competitor</source>
        <translation>مقابلہ کنندہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="224"/>
        <source>Staff</source>
        <translation>عملہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="227"/>
        <source>Invited</source>
        <translation>مدعو</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="228"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="233"/>
        <source>Registered</source>
        <translation>رجسٹرڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="229"/>
        <source>Confirmed</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="230"/>
        <source>Attended</source>
        <translation>شریک ہوئے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="231"/>
        <source>No-show</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="232"/>
        <source>Cancelled</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="234"/>
        <source>Competed</source>
        <translation>مقابلے میں شریک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="236"/>
        <source>Disqualified</source>
        <translation>نااہل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="237"/>
        <source>Gold</source>
        <translation>طلائی تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="238"/>
        <source>Silver</source>
        <translation>نقرئی تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="239"/>
        <source>Bronze</source>
        <translation>کانسی کا تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="240"/>
        <source>Excellence</source>
        <translation>امتیازی اعزاز</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="241"/>
        <source>No medal</source>
        <translation>کوئی تمغہ نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="242"/>
        <source>Attendance</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="243"/>
        <source>Medal</source>
        <translation>تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="244"/>
        <source>Participation</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="245"/>
        <source>Measurement</source>
        <translation>پیمائش</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="246"/>
        <source>Judgement</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="247"/>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="248"/>
        <source>MOA</source>
        <translation>MOA</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="249"/>
        <source>Partnership</source>
        <translation>شراکت داری</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="250"/>
        <source>TNE programme</source>
        <translation>TNE پروگرام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="251"/>
        <source>Draft</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="252"/>
        <source>Signed</source>
        <translation>دستخط شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="254"/>
        <source>Expired</source>
        <translation>میعاد ختم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="255"/>
        <source>Terminated</source>
        <translation>ختم شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="256"/>
        <source>Curriculum development</source>
        <translation>نصاب سازی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="257"/>
        <source>Quality assurance</source>
        <translation>معیار کی یقین دہانی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="258"/>
        <source>Teacher training</source>
        <translation>اساتذہ کی تربیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="259"/>
        <source>Infrastructure</source>
        <translation>بنیادی ڈھانچہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="260"/>
        <source>Community engagement</source>
        <translation>کمیونٹی کی شمولیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="261"/>
        <source>Policy advocacy</source>
        <translation>پالیسی کی وکالت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="262"/>
        <source>Research</source>
        <translation>تحقیق</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="263"/>
        <source>Student exchange</source>
        <translation>طلبہ کا تبادلہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="264"/>
        <source>Digital skills</source>
        <translation>ڈیجیٹل مہارتیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="265"/>
        <source>Office database</source>
        <translation>دفتری ڈیٹا بیس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="266"/>
        <source>Offline copy</source>
        <translation>آف لائن نقل</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../tvet_alliance/domain/errors.py" line="63"/>
        <source>The record is not valid: {details}</source>
        <extracomment>The translation context of ``message``.</extracomment>
        <translation>ریکارڈ درست نہیں: {details}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="40"/>
        <source>Backups from inside the program are for SQLite files; back up a PostgreSQL database with pg_dump.</source>
        <extracomment>How many automatic backups of one database are kept.</extracomment>
        <translation>پروگرام کے اندر سے بیک اپ صرف SQLite فائلوں کے لیے ہے؛ PostgreSQL ڈیٹا بیس کا بیک اپ pg_dump سے لیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="63"/>
        <source>A backup cannot overwrite the database it copies.</source>
        <translation>بیک اپ اُسی ڈیٹا بیس کی جگہ محفوظ نہیں ہو سکتا جس کی نقل بنائی جا رہی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="66"/>
        <source>The folder {folder} does not exist.</source>
        <translation>فولڈر {folder} موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="81"/>
        <location filename="../../tvet_alliance/services/maintenance.py" line="97"/>
        <source>Cannot write the backup to {path}: {reason}</source>
        <translation>بیک اپ {path} میں محفوظ نہیں ہو سکا: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/restore.py" line="33"/>
        <source>There is no file at {path}.</source>
        <translation>{path} پر کوئی فائل نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/restore.py" line="37"/>
        <source>{path} is not a backup (it is not a SQLite file).</source>
        <translation>{path} بیک اپ نہیں ہے (یہ SQLite فائل نہیں)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/restore.py" line="53"/>
        <source>{path} is not a TVET Alliance Manager backup ({reason}).</source>
        <translation>{path} TVET Alliance Manager کا بیک اپ نہیں ہے ({reason})۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/restore.py" line="61"/>
        <source>{path} is not a backup of this program, or is from a newer version.</source>
        <translation>{path} اس پروگرام کا بیک اپ نہیں، یا کسی نئے ورژن کا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/restore.py" line="48"/>
        <location filename="../../tvet_alliance/persistence/restore.py" line="68"/>
        <source>{path} is damaged: {reason}</source>
        <translation>{path} خراب ہے: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/restore.py" line="111"/>
        <location filename="../../tvet_alliance/persistence/restore.py" line="153"/>
        <source>Cannot restore from {path}: {reason}</source>
        <translation>{path} سے بحال نہیں ہو سکا: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="48"/>
        <source>The database {path} is damaged ({reason}). The newest automatic backup is {backup}; put it back with “restore” on the command line.</source>
        <translation>ڈیٹا بیس {path} خراب ہے ({reason})۔ تازہ ترین خودکار بیک اپ {backup} ہے؛ اسے کمانڈ لائن پر “restore” سے واپس لائیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="58"/>
        <source>The database {path} is damaged ({reason}), and there is no automatic backup of it.</source>
        <translation>ڈیٹا بیس {path} خراب ہے ({reason})، اور اس کا کوئی خودکار بیک اپ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="72"/>
        <source>The database is busy with another change (an import, a merge or someone else&apos;s save). Nothing was saved; try again in a moment.</source>
        <translation>ڈیٹا بیس ایک اور تبدیلی میں مصروف ہے (امپورٹ، ادغام یا کسی اور کا محفوظ کرنا)۔ کچھ محفوظ نہیں ہوا؛ تھوڑی دیر بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="124"/>
        <source>“{value}” is not a database address.</source>
        <extracomment>SQLite&apos;s &quot;busy&quot; and &quot;locked&quot; result codes (the primary code, without extended bits). PostgreSQL: deadlock detected, lock not available, serialization failure.</extracomment>
        <translation>“{value}” ڈیٹا بیس کا پتہ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="204"/>
        <source>There is no database at {path}.</source>
        <extracomment>Whether the SQLite full-text index of people is there (searches use it instead of scans). What opening found broken and repaired (a search index out of step), for ``check`` to report.</extracomment>
        <translation>{path} پر کوئی ڈیٹا بیس نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="208"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} فولڈر ہے، ڈیٹا بیس فائل نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="212"/>
        <source>{path} is not a database file (it is not SQLite).</source>
        <translation>{path} ڈیٹا بیس فائل نہیں (یہ SQLite نہیں)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="217"/>
        <source>{path} is an empty file, not a database; make a new one with “init” or File → New database…</source>
        <translation>{path} خالی فائل ہے، ڈیٹا بیس نہیں؛ “init” یا فائل ← نیا ڈیٹا بیس… سے نیا بنائیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="235"/>
        <location filename="../../tvet_alliance/persistence/database.py" line="252"/>
        <source>Cannot open the database {name}: {reason}</source>
        <translation>ڈیٹا بیس {name} نہیں کھل سکا: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="119"/>
        <source>The schema upgrade would break {count} references (first in table {table}).</source>
        <extracomment>The newest revision in ``migrations/versions``: change it in the same commit as a new migration (tests/core/test_migrations.py asserts it is Alembic&apos;s head, so it cannot drift unnoticed).</extracomment>
        <translation>اسکیما اپ گریڈ سے {count} حوالے ٹوٹ جائیں گے (پہلا ٹیبل {table} میں)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="164"/>
        <source>This database has tables but was not made by TVET Alliance Manager; it was left unchanged.</source>
        <translation>اس ڈیٹا بیس میں ٹیبل موجود ہیں لیکن یہ TVET Alliance Manager نے نہیں بنایا؛ اس میں کوئی تبدیلی نہیں کی گئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="171"/>
        <source>This database was made by a newer version of TVET Alliance Manager (schema {revision}); please update the program.</source>
        <translation>یہ ڈیٹا بیس TVET Alliance Manager کے نئے ورژن (اسکیما {revision}) سے بنایا گیا ہے؛ براہِ کرم پروگرام اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="278"/>
        <source>The schema upgrade from {revision} failed ({reason}); the database was left as it was.</source>
        <translation>{revision} سے اسکیما کی اپ گریڈ ناکام ہوئی ({reason})؛ ڈیٹا بیس جیسا تھا ویسا ہی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="325"/>
        <source>The upgraded database failed its checks ({reason}); the database was left as it was.</source>
        <translation>اپ گریڈ شدہ ڈیٹا بیس جانچ میں ناکام رہا ({reason})؛ ڈیٹا بیس جیسا تھا ویسا ہی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="110"/>
        <source>Sample data files are missing: {files}</source>
        <translation>نمونہ ڈیٹا کی فائلیں موجود نہیں: {files}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="113"/>
        <source>The sample data is already in this database.</source>
        <translation>نمونہ ڈیٹا پہلے ہی اس ڈیٹا بیس میں موجود ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="271"/>
        <source>The sample data does not pass validation: {details}</source>
        <translation>نمونہ ڈیٹا جانچ میں درست ثابت نہیں ہوا: {details}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="159"/>
        <source>Someone else changed this record after you opened it (now version {version}). Reload their version, or overwrite it with yours?</source>
        <extracomment>What the form shows but nobody types: (key, English label in the &quot;Fields&quot; context, text), e.g. a delegate&apos;s ticket code, grouped for reading (re-issued from the delegates list).</extracomment>
        <translation>آپ کے کھولنے کے بعد کسی اور نے یہ ریکارڈ تبدیل کر دیا (اب ورژن {version})۔ ان کا ورژن دوبارہ لوڈ کریں، یا اپنے ورژن سے اسے بدل دیں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="178"/>
        <source>The record no longer exists.</source>
        <translation>یہ ریکارڈ اب موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="351"/>
        <location filename="../../tvet_alliance/services/records.py" line="377"/>
        <source>This person is already registered for this event.</source>
        <translation>یہ فرد اس تقریب کے لیے پہلے ہی رجسٹرڈ ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="354"/>
        <source>The record clashes with another one: {reason}</source>
        <translation>یہ ریکارڈ کسی دوسرے ریکارڈ سے متصادم ہے: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="370"/>
        <source>This person was registered for this event and deleted; restore that registration (Show deleted) instead.</source>
        <translation>یہ فرد اس تقریب کے لیے رجسٹرڈ تھا اور وہ اندراج حذف کر دیا گیا؛ اس کے بجائے وہی اندراج بحال کریں (حذف شدہ دکھائیں)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/text.py" line="216"/>
        <source>{field}: {problem}</source>
        <extracomment>The languages the window speaks: (setting, name in that language).</extracomment>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="91"/>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>فائل {path} لکھی نہیں جا سکتی: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="92"/>
        <source>{encoding} cannot hold these characters: {chars} (in {count} cells). Choose UTF-8, or replace them.</source>
        <translation>{encoding} یہ حروف نہیں رکھ سکتی: {chars} ({count} خانوں میں)۔ UTF-8 منتخب کریں، یا انہیں بدل دیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="96"/>
        <source>A full export can only be loaded into an empty database.</source>
        <translation>مکمل برآمد صرف خالی ڈیٹا بیس میں لوڈ کی جا سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="97"/>
        <source>{path} is not a full export of this program: {reason}</source>
        <translation>{path} اس پروگرام کی مکمل برآمد نہیں ہے: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="98"/>
        <source>Unknown columns: {columns}. Choose from: {choices}.</source>
        <translation>نامعلوم کالم: {columns}۔ ان میں سے منتخب کریں: {choices}۔</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="69"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="70"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="76"/>
        <source>UTF-8 (Excel, recommended)</source>
        <translation>UTF-8 (Excel، تجویز کردہ)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="77"/>
        <source>GB18030 (old Chinese Excel)</source>
        <translation>GB18030 (پرانا چینی Excel)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="78"/>
        <source>GBK</source>
        <translation>GBK</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="100"/>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="453"/>
        <source>Export</source>
        <translation>برآمد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="112"/>
        <source>&amp;List:</source>
        <translation>فہرست (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="122"/>
        <source>Rows</source>
        <translation>قطاریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="131"/>
        <source>&amp;Format:</source>
        <translation>فارمیٹ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="137"/>
        <source>Enco&amp;ding:</source>
        <translation>انکوڈنگ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="139"/>
        <source>&amp;Headers in English and Chinese</source>
        <translation>سرخیاں انگریزی اور چینی میں (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="142"/>
        <source>&amp;Share with partners: leave out e-mail, phone, WeChat and WhatsApp</source>
        <translation>شراکت داروں کے ساتھ شیئر کریں: ای میل، فون، WeChat اور WhatsApp شامل نہ کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="155"/>
        <source>&amp;Columns:</source>
        <translation>کالم (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="157"/>
        <source>&amp;All</source>
        <translation>سب (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="159"/>
        <source>&amp;None</source>
        <translation>کوئی نہیں (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="175"/>
        <source>&amp;Export…</source>
        <translation>برآمد کریں (&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="287"/>
        <source>&amp;What is shown (%Ln+ rows, in this order)</source>
        <translation>
            <numerusform>جو دکھایا جا رہا ہے (%Ln+ قطار، اسی ترتیب میں) (&amp;W)</numerusform>
            <numerusform>جو دکھایا جا رہا ہے (%Ln+ قطاریں، اسی ترتیب میں) (&amp;W)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="289"/>
        <source>&amp;What is shown (%Ln rows, in this order)</source>
        <translation>
            <numerusform>جو دکھایا جا رہا ہے (%Ln قطار، اسی ترتیب میں) (&amp;W)</numerusform>
            <numerusform>جو دکھایا جا رہا ہے (%Ln قطاریں، اسی ترتیب میں) (&amp;W)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="462"/>
        <source>Exporting %Ln rows…</source>
        <translation>
            <numerusform>%Ln قطار برآمد ہو رہی ہے…</numerusform>
            <numerusform>%Ln قطاریں برآمد ہو رہی ہیں…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="479"/>
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>%Ln قطار %1 میں برآمد ہو گئی</numerusform>
            <numerusform>%Ln قطاریں %1 میں برآمد ہو گئیں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="293"/>
        <source>The selected &amp;rows (%1)</source>
        <translation>منتخب قطاریں (%1) (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="147"/>
        <source>Unticks the personal contact columns below; you can tick any of them again. The office&apos;s notes are never shared, and countries and provinces are written by name.</source>
        <translation>نیچے ذاتی رابطے کے کالموں سے نشان ہٹا دیتا ہے؛ آپ ان میں سے کسی پر دوبارہ نشان لگا سکتے ہیں۔ دفتر کے نوٹس کبھی شیئر نہیں ہوتے، اور ممالک اور صوبے نام سے لکھے جاتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="312"/>
        <source>Personal contact detail</source>
        <translation>ذاتی رابطے کی تفصیل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="314"/>
        <source>The office&apos;s own notes: never shared with partners</source>
        <translation>دفتر کے اپنے نوٹس: شراکت داروں کے ساتھ کبھی شیئر نہیں ہوتے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="374"/>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="375"/>
        <source>Tick at least one column.</source>
        <translation>کم از کم ایک کالم پر نشان لگائیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="399"/>
        <source>Export to</source>
        <translation>یہاں برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="401"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="401"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="450"/>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="452"/>
        <source>Nothing was exported.</source>
        <translation>کچھ برآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="457"/>
        <source>Cancelled; no file was written.</source>
        <translation>منسوخ کر دیا گیا؛ کوئی فائل نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="482"/>
        <source>(%1 written as ?)</source>
        <translation>(%1 کو ? لکھا گیا)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="315"/>
        <source>Name in Chinese</source>
        <translation>چینی میں نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="316"/>
        <source>Skill track in Chinese</source>
        <translation>چینی میں مہارت کا شعبہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="1003"/>
        <source>Medal check</source>
        <translation>تمغے کی جانچ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="155"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="51"/>
        <source>Name (English)</source>
        <translation>نام (انگریزی)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="144"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="44"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="52"/>
        <source>Name (Chinese or Urdu)</source>
        <translation>نام (چینی یا اردو)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="166"/>
        <source>Short name</source>
        <translation>مختصر نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="168"/>
        <source>Other names</source>
        <translation>دیگر نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="135"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="53"/>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="172"/>
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="141"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="54"/>
        <source>City</source>
        <translation>شہر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="145"/>
        <source>Name in Chinese or Urdu</source>
        <translation>چینی یا اردو میں نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="146"/>
        <source>Native name</source>
        <translation>مقامی نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="156"/>
        <source>Name in English</source>
        <translation>انگریزی میں نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="177"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="181"/>
        <source>Role in the alliance</source>
        <translation>الائنس میں کردار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="183"/>
        <source>Membership</source>
        <translation>رکنیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="186"/>
        <source>Joined on</source>
        <translation>شمولیت کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="186"/>
        <source>Joined</source>
        <translation>شمولیت کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="188"/>
        <source>Website</source>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="142"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="47"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="55"/>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="143"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="48"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="198"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="200"/>
        <source>Tags</source>
        <translation>ٹیگز</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="134"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="109"/>
        <source>people</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="110"/>
        <source>competition entries</source>
        <translation>مقابلہ جاتی اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="211"/>
        <source>Name (Latin script)</source>
        <translation>نام (لاطینی رسم الخط)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="138"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="45"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="190"/>
        <source>Contact person</source>
        <translation>رابطہ شخص</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="222"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="46"/>
        <source>Position</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="225"/>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="227"/>
        <source>Gender</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="235"/>
        <source>WeChat ID</source>
        <translation>WeChat آئی ڈی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="235"/>
        <location filename="../../tvet_alliance/domain/catalog.py" line="236"/>
        <source>WeChat</source>
        <translation>وی چیٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="237"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="112"/>
        <source>event registrations</source>
        <translation>تقریبات کے اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="133"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="137"/>
        <source>Kind</source>
        <translation>نوعیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="255"/>
        <source>Mode</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="139"/>
        <source>Starts</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="140"/>
        <source>Ends</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="239"/>
        <source>Consent to share contact details</source>
        <translation>رابطے کی تفصیلات شیئر کرنے کی رضامندی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="240"/>
        <source>Consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="258"/>
        <source>Venue</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="261"/>
        <source>Organisers</source>
        <translation>منتظمین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="113"/>
        <source>delegates</source>
        <translation>مندوبین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="253"/>
        <location filename="../../tvet_alliance/domain/catalog.py" line="272"/>
        <source>Event</source>
        <translation>تقریب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="273"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="182"/>
        <location filename="../../tvet_alliance/domain/catalog.py" line="274"/>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="276"/>
        <source>Attends</source>
        <translation>شرکت کا طریقہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="136"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="114"/>
        <source>check-ins</source>
        <translation>حاضری کے اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="293"/>
        <source>Edition</source>
        <translation>ایڈیشن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="294"/>
        <source>Held during</source>
        <translation>کس تقریب کے دوران</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="297"/>
        <source>Host city</source>
        <translation>میزبان شہر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="115"/>
        <source>skill tracks</source>
        <translation>مہارت کے شعبے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="292"/>
        <location filename="../../tvet_alliance/domain/catalog.py" line="312"/>
        <source>Competition</source>
        <translation>مقابلہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="319"/>
        <source>Team size</source>
        <translation>ٹیم کا سائز</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="320"/>
        <source>Maximum score</source>
        <translation>زیادہ سے زیادہ اسکور</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="116"/>
        <source>entries</source>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="277"/>
        <source>Attendance</source>
        <translation>شرکت کا طریقہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="299"/>
        <source>Medallion threshold (standard score)</source>
        <translation>میڈلین کی حد (معیاری اسکور)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="301"/>
        <source>Tie margin (mark points)</source>
        <translation>برابری کا فرق (نمبر)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="313"/>
        <location filename="../../tvet_alliance/domain/catalog.py" line="330"/>
        <source>Skill track</source>
        <translation>مہارت کا شعبہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="320"/>
        <source>Max score</source>
        <translation>زیادہ سے زیادہ اسکور</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="337"/>
        <source>Team name</source>
        <translation>ٹیم کا نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="337"/>
        <source>Team</source>
        <translation>ٹیم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="339"/>
        <source>Members</source>
        <translation>ارکان</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="345"/>
        <source>Score</source>
        <translation>اسکور</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="347"/>
        <source>Medal</source>
        <translation>تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="359"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="362"/>
        <source>Parties</source>
        <translation>فریقین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="363"/>
        <source>Areas of collaboration</source>
        <translation>تعاون کے شعبے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="364"/>
        <source>Areas</source>
        <translation>تعاون کے شعبے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="365"/>
        <source>Signed on</source>
        <translation>دستخط کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="365"/>
        <source>Signed</source>
        <translation>دستخط کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="366"/>
        <source>Expires on</source>
        <translation>میعاد ختم ہونے کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="366"/>
        <source>Expires</source>
        <translation>میعاد ختم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="367"/>
        <source>Document link</source>
        <translation>دستاویز کا لنک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="510"/>
        <source>agreements</source>
        <translation>معاہدے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="878"/>
        <location filename="../../tvet_alliance/services/records.py" line="613"/>
        <source>Results confirmed</source>
        <extracomment>Labels of logged fields that no form shows (confirmed results: services/results.py).</extracomment>
        <translation>نتائج کی تصدیق</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="614"/>
        <source>Results confirmed by</source>
        <translation>نتائج کی تصدیق از</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="615"/>
        <source>Reason for unlocking the results</source>
        <translation>نتائج کھولنے کی وجہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="616"/>
        <source>Standard score</source>
        <translation>معیاری اسکور</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="656"/>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="134"/>
        <source>Deleted</source>
        <extracomment>Logged fields no form shows that hold a moment (shown like the When column).</extracomment>
        <translation>حذف شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="849"/>
        <source>People</source>
        <extracomment>Each line&apos;s values as they are (texts, enum members, dates, decimals): the form shows them in the person&apos;s language (an agreement&apos;s status, a medal), as a list&apos;s cells are.</extracomment>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="855"/>
        <source>Agreements</source>
        <translation>معاہدے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="861"/>
        <source>Competition entries</source>
        <translation>مقابلوں کے اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="43"/>
        <source>Full name</source>
        <extracomment>Fields shown side by side, per table: (attribute, English label in the &quot;Fields&quot; context).</extracomment>
        <translation>پورا نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="660"/>
        <source>Entries</source>
        <extracomment>A word starting at least this many keys, or in this many names, is found by walking the name index (measured on 100,000 people: below it, sorting the matches is faster).</extracomment>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="773"/>
        <source>Delegates</source>
        <translation>مندوبین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="875"/>
        <source>Marked</source>
        <translation>نمبر لگ چکے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="173"/>
        <location filename="../../tvet_alliance/services/listing.py" line="819"/>
        <source>Checked in</source>
        <translation>حاضری درج</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="180"/>
        <location filename="../../tvet_alliance/services/listing.py" line="820"/>
        <location filename="../../tvet_alliance/services/records.py" line="216"/>
        <source>Ticket code</source>
        <extracomment>The code on the delegate&apos;s badge, as stored (a mail-merge of tickets prints it, or its QR code). It lets its holder in: a &quot;share with partners&quot; export leaves it out unless asked for.</extracomment>
        <translation>ٹکٹ کوڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="848"/>
        <source>Tracks</source>
        <translation>شعبے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="169"/>
        <location filename="../../tvet_alliance/services/listing.py" line="1010"/>
        <source>Rank</source>
        <extracomment>The language of the second name in a bilingual header, read from its .ts file. Columns that are not a record&apos;s field: derived values a person expects beside the fields (the rank of an entry, a delegate&apos;s event and check-in), with their labels in the &quot;Fields&quot; context.</extracomment>
        <translation>پوزیشن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="1042"/>
        <source>Expiring within</source>
        <translation>میعاد ختم ہونے کی مدت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="641"/>
        <source>Mark</source>
        <extracomment>Labels of the fields a conflict review shows (&quot;Fields&quot; context): a mark has no form.</extracomment>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="642"/>
        <source>Judge</source>
        <translation>جج</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="532"/>
        <source>File and contents</source>
        <translation>فائل اور مواد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="533"/>
        <source>Choose the CSV or Excel file, and what its rows are.</source>
        <translation>CSV یا Excel فائل منتخب کریں، اور بتائیں کہ اس کی قطاریں کیا ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="536"/>
        <source>A .csv, .txt or .xlsx file</source>
        <translation>کوئی ‎.csv، ‎.txt یا ‎.xlsx فائل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="538"/>
        <source>&amp;Browse…</source>
        <translation>براؤز کریں (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="540"/>
        <source>Choose the file (Ctrl+O)</source>
        <translation>فائل منتخب کریں (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="561"/>
        <source>&amp;Event:</source>
        <translation>تقریب (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="563"/>
        <source>C&amp;ompetition:</source>
        <translation>مقابلہ (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="568"/>
        <source>&amp;File:</source>
        <translation>فائل (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="571"/>
        <source>&amp;Rows are:</source>
        <translation>قطاریں ہیں (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="615"/>
        <source>Import from a file</source>
        <translation>فائل سے درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="618"/>
        <source>Tables (*.csv *.txt *.xlsx *.xlsm);;CSV or text (*.csv *.txt);;Excel (*.xlsx *.xlsm);;All files (*)</source>
        <translation>جدولیں (*.csv *.txt *.xlsx *.xlsm);;CSV یا متن (*.csv *.txt);;Excel (*.xlsx *.xlsm);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="629"/>
        <source>There is no file %1.</source>
        <translation>فائل %1 موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="632"/>
        <source>Add the event first: delegates are imported into an event.</source>
        <translation>پہلے تقریب شامل کریں: مندوبین کسی تقریب میں درآمد ہوتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="634"/>
        <source>Add the competition first: entries are imported into a competition.</source>
        <translation>پہلے مقابلہ شامل کریں: اندراجات کسی مقابلے میں درآمد ہوتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>FilterCombo</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="173"/>
        <source>%1: %2</source>
        <extracomment>The keys a search box keeps for its own text even where a window action has the same shortcut (Delete deletes a character there, not the selected record).</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="161"/>
        <source>The register is empty. Start here:</source>
        <extracomment>The suggested actions, by their name in :attr:`PageContext.actions`, in order.</extracomment>
        <translation>رجسٹر خالی ہے۔ یہاں سے شروع کریں:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="166"/>
        <source>Load the sample data to look around, import the spreadsheets you have, or add the first partner by hand.</source>
        <translation>جائزہ لینے کے لیے نمونہ ڈیٹا لوڈ کریں، اپنی اسپریڈشیٹس درآمد کریں، یا پہلا شراکت دار خود شامل کریں۔</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../tvet_alliance/render/fonts.py" line="152"/>
        <source>No Simplified Chinese font is installed (such as Noto Sans CJK SC, Microsoft YaHei or SimSun): Chinese names will print as empty boxes. Install one and print again.</source>
        <extracomment>Simplified Chinese families, best first (Linux, then Windows and macOS names). CJK families that hold Han glyphs in another region&apos;s shapes: used only when no SC one is there. ``QCoreApplication.translate`` or the like: (context, English text) -&gt; translated text.</extracomment>
        <translation>کوئی سادہ چینی فونٹ (جیسے Noto Sans CJK SC، Microsoft YaHei یا SimSun) انسٹال نہیں ہے: چینی نام خالی خانوں کی صورت میں چھپیں گے۔ ایک فونٹ انسٹال کر کے دوبارہ پرنٹ کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/fonts.py" line="157"/>
        <source>No Simplified Chinese font is installed: Chinese names will print in {family}, whose characters have Japanese, Korean or Traditional shapes. Install Noto Sans CJK SC (or Microsoft YaHei) for Simplified Chinese.</source>
        <translation>کوئی سادہ چینی فونٹ انسٹال نہیں ہے: چینی نام {family} میں چھپیں گے، جس کے حروف جاپانی، کوریائی یا روایتی شکل کے ہیں۔ سادہ چینی کے لیے Noto Sans CJK SC (یا Microsoft YaHei) انسٹال کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/fonts.py" line="163"/>
        <source>The Urdu font {family} that comes with the program could not be loaded: Urdu names may print unjoined or as boxes. Reinstall the program.</source>
        <translation>پروگرام کے ساتھ آنے والا اردو فونٹ {family} لوڈ نہیں ہو سکا: اردو نام الگ الگ حروف یا خانوں کی صورت میں چھپ سکتے ہیں۔ پروگرام دوبارہ انسٹال کریں۔</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="25"/>
        <source>History — %1</source>
        <translation>تاریخچہ — %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="30"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="30"/>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="30"/>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="30"/>
        <source>Before</source>
        <translation>پہلے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="30"/>
        <source>After</source>
        <translation>بعد میں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="37"/>
        <source>Deleted</source>
        <translation>حذف شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="37"/>
        <source>Restored</source>
        <translation>بحال شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="40"/>
        <source>Created</source>
        <translation>بنایا گیا</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="244"/>
        <source>China–Pakistan TVET Alliance</source>
        <translation>پاک چین TVET الائنس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="251"/>
        <source>Partners</source>
        <translation>شراکت دار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="252"/>
        <source>Delegates</source>
        <translation>مندوبین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="253"/>
        <source>Competition entries</source>
        <translation>مقابلوں کے اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="254"/>
        <source>Agreements</source>
        <translation>معاہدے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/home.py" line="19"/>
        <source>Home</source>
        <translation>ہوم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="299"/>
        <source>Live figures from the register. Partners by country, seminar delegates by how they attend, competition medals and the state of agreements.</source>
        <translation>رجسٹر سے تازہ ترین اعداد و شمار: ملک کے لحاظ سے شراکت دار، شرکت کے طریقے کے لحاظ سے سیمینار کے مندوبین، مقابلوں کے تمغے اور معاہدوں کی صورتحال۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="305"/>
        <source>Active members: %1</source>
        <translation>فعال ارکان: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="310"/>
        <source>Attended: %1</source>
        <translation>شریک ہوئے: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="330"/>
        <source>Medals won: %1</source>
        <translation>جیتے گئے تمغے: %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="83"/>
        <source>Choose the event the delegates come to.</source>
        <extracomment>Duplicates kept for review (per-row decisions); beyond them the default decision applies and only the count grows, so a million-row file does not fill the memory. The decisions that write the file&apos;s values into the existing record.</extracomment>
        <translation>وہ تقریب منتخب کریں جس میں مندوبین آ رہے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="84"/>
        <source>Choose the competition of the entries.</source>
        <translation>اندراجات کا مقابلہ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="85"/>
        <source>There is no event called {name}.</source>
        <translation>{name} نام کی کوئی تقریب نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="86"/>
        <source>There is no competition called {name}.</source>
        <translation>{name} نام کا کوئی مقابلہ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="87"/>
        <source>No column is mapped to {fields}, which every row needs.</source>
        <translation>{fields} کے لیے کوئی کالم مقرر نہیں، جو ہر قطار کے لیے ضروری ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="88"/>
        <source>This row has {cells} cells but the header has {columns}.</source>
        <translation>اس قطار میں {cells} خانے ہیں لیکن سرخی میں {columns} ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="89"/>
        <source>The new organisation {name} needs a country: add a country or nationality column.</source>
        <translation>نئے ادارے {name} کے لیے ملک درکار ہے: ملک یا قومیت کا کالم شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="92"/>
        <source>The partner chosen for the organisation {name} no longer exists: choose again.</source>
        <translation>ادارے {name} کے لیے چنا گیا شراکت دار اب موجود نہیں: دوبارہ چنیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="95"/>
        <source>There is no partner called {name}, and this import creates none.</source>
        <translation>{name} نام کا کوئی شراکت دار نہیں، اور یہ درآمد کوئی نیا نہیں بناتی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="102"/>
        <source>An invisible control character ({chars}) was taken out of this cell; the rest was imported.</source>
        <translation>اس خانے سے ایک نظر نہ آنے والا کنٹرول حرف ({chars}) نکال دیا گیا؛ باقی درآمد ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="110"/>
        <source>This import was already reverted on {at}.</source>
        <extracomment>C0 controls but tab and line ends, DEL and C1: never text (``validation.check_text`` refuses them) those that stood between words (vertical tab, form feed, next line): a space</extracomment>
        <translation>یہ درآمد {at} کو پہلے ہی واپس لی جا چکی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="111"/>
        <source>There is no import with the id {id}.</source>
        <translation>{id} شناخت والی کوئی درآمد نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="112"/>
        <source>Left empty, as chosen: {problem}</source>
        <translation>آپ کی پسند کے مطابق خالی چھوڑا گیا: {problem}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="113"/>
        <source>{field} is needed in every row: it cannot be left empty. Fix the cells instead.</source>
        <translation>{field} ہر قطار میں ضروری ہے: اسے خالی نہیں چھوڑا جا سکتا۔ اس کے بجائے خانے درست کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1523"/>
        <source>People</source>
        <extracomment>What the dependent records of each table are called (the &quot;Import&quot; context).</extracomment>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1524"/>
        <source>Registrations</source>
        <translation>رجسٹریشنز</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1525"/>
        <source>Competition entries</source>
        <translation>مقابلے کے اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1526"/>
        <source>Agreements</source>
        <translation>معاہدے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1527"/>
        <source>Events they organise</source>
        <translation>ان کے منعقد کردہ پروگرام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1528"/>
        <source>Certificates</source>
        <translation>سرٹیفکیٹس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1529"/>
        <source>Check-ins</source>
        <translation>چیک اِن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1530"/>
        <source>Marking schemes</source>
        <translation>نمبر دینے کی اسکیمیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1531"/>
        <source>Judges&apos; marks</source>
        <translation>ججوں کے نمبر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1533"/>
        <source>{what} ({count}): {names} — pointing to {targets}</source>
        <translation>{what} ({count}): {names} — {targets} سے منسلک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1534"/>
        <source>Records added since the import depend on records it created, so it was not reverted: {list}. Reverting anyway keeps the records they depend on and removes the rest.</source>
        <translation>درآمد کے بعد شامل کیے گئے ریکارڈ اس کے بنائے ہوئے ریکارڈ پر منحصر ہیں، اس لیے اسے واپس نہیں لیا گیا: {list}۔ پھر بھی واپس لینے سے وہ ریکارڈ رکھے جاتے ہیں جن پر یہ منحصر ہیں اور باقی ہٹا دیے جاتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="27"/>
        <source>{value} is not a date (for example 2024-06-25, 25.06.2024 or 2024年6月25日).</source>
        <translation>{value} تاریخ نہیں ہے (مثلاً 2024-06-25، 25.06.2024 یا 2024年6月25日)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="30"/>
        <source>{value} is not a number.</source>
        <translation>{value} عدد نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="31"/>
        <source>{value} is not a country we know (write it in English or Chinese, or as a code like PK).</source>
        <translation>{value} کوئی معلوم ملک نہیں (انگریزی یا چینی میں لکھیں، یا PK جیسا کوڈ استعمال کریں)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="34"/>
        <source>{value} could be any of these countries: {candidates}. Write one of them, or its code.</source>
        <translation>{value} ان میں سے کوئی بھی ملک ہو سکتا ہے: {candidates}۔ ان میں سے ایک لکھیں، یا اس کا کوڈ۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="37"/>
        <source>{value} is not a province of {country}.</source>
        <translation>{value}، {country} کا صوبہ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="38"/>
        <source>{value} could be any of these provinces of {country}: {candidates}. Write one of them.</source>
        <translation>{value} {country} کے ان صوبوں میں سے کوئی بھی ہو سکتا ہے: {candidates}۔ ان میں سے ایک لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="41"/>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} ان میں سے نہیں ہے: {choices}۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="42"/>
        <source>{value} could be any of: {candidates}. Write one of them.</source>
        <translation>{value} ان میں سے کوئی بھی ہو سکتا ہے: {candidates}۔ ان میں سے ایک لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="45"/>
        <source>The text is {length} characters long; at most {limit} fit.</source>
        <translation>متن {length} حروف کا ہے؛ زیادہ سے زیادہ {limit} کی گنجائش ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="82"/>
        <source>The file {path} does not exist.</source>
        <extracomment>The longest cell reading accepts at all (Excel&apos;s own limit): a longer one is a broken or hostile file, refused with its line and column before it can fill the memory. The longest line (record) read: every cell of a wide sheet at the cell limit is far below it.</extracomment>
        <translation>فائل {path} موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="83"/>
        <source>The file is empty.</source>
        <translation>فائل خالی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="84"/>
        <source>This is not a text file (it contains NUL bytes). Save it as CSV or .xlsx and try again.</source>
        <translation>یہ متنی فائل نہیں ہے (اس میں NUL بائٹس ہیں)۔ اسے CSV یا ‎.xlsx کے طور پر محفوظ کر کے دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="87"/>
        <source>The file cannot be read as {encoding} on line {line} (byte {offset}). Choose another encoding; if the lines before it read right, the file mixes encodings: save it all in one (UTF-8).</source>
        <translation>فائل کی سطر {line} (بائٹ {offset}) {encoding} کے طور پر نہیں پڑھی جا سکتی۔ کوئی اور انکوڈنگ چنیں؛ اگر اس سے پہلے کی سطریں ٹھیک پڑھی جاتی ہیں تو فائل میں انکوڈنگز ملی ہوئی ہیں: پوری فائل ایک انکوڈنگ (UTF-8) میں محفوظ کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="92"/>
        <source>The text encoding of this file could not be recognised. Choose the encoding.</source>
        <translation>اس فائل کی انکوڈنگ پہچانی نہیں جا سکی۔ انکوڈنگ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="95"/>
        <source>Unknown encoding: {encoding}.</source>
        <translation>نامعلوم انکوڈنگ: {encoding}۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="96"/>
        <source>The file has no rows of data.</source>
        <translation>فائل میں ڈیٹا کی کوئی قطار نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="97"/>
        <source>The Excel file cannot be opened: {reason}</source>
        <translation>Excel فائل نہیں کھل سکتی: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="98"/>
        <source>The workbook has no sheet named {sheet}.</source>
        <translation>ورک بک میں {sheet} نام کی کوئی شیٹ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="99"/>
        <source>The header names the column {name} twice (columns {first} and {second}).</source>
        <translation>سرخی میں کالم {name} دو بار ہے (کالم {first} اور {second})۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="102"/>
        <source>The delimiter must be one character, not {delimiter}.</source>
        <translation>حد بندی علامت ایک حرف ہونی چاہیے، {delimiter} نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="103"/>
        <source>The file cannot be read: {reason}</source>
        <translation>فائل نہیں پڑھی جا سکتی: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="104"/>
        <source>The file changes its text encoding on line {line}: the lines before it are {first}, the lines from it on are {second}. Save the whole file in one encoding (UTF-8) and try again.</source>
        <translation>فائل سطر {line} پر اپنی انکوڈنگ بدلتی ہے: اس سے پہلے کی سطریں {first} ہیں، اس سے آگے {second}۔ پوری فائل ایک انکوڈنگ (UTF-8) میں محفوظ کر کے دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="109"/>
        <source>Line {line}, column {column} of the file holds a cell of {length} characters; a cell can hold at most {limit} (as in Excel). Correct the file and try again.</source>
        <translation>فائل کی سطر {line}، کالم {column} کے خانے میں {length} حروف ہیں؛ ایک خانے میں زیادہ سے زیادہ {limit} حروف آ سکتے ہیں (جیسے Excel میں)۔ فائل درست کر کے دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="114"/>
        <source>Line {line} of the file is longer than {limit} characters: this is not a table of records.</source>
        <translation>فائل کی سطر {line} میں {limit} سے زیادہ حروف ہیں: یہ ریکارڈز کی جدول نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="358"/>
        <source>Western European</source>
        <extracomment>How sure detection is about the encoding: &quot;bom&quot;, &quot;utf-8&quot;, &quot;gb18030&quot;, &quot;guess&quot; or &quot;chosen&quot;. Other single-byte code pages the file reads in, with the words they read differently (Windows-1250&apos;s &quot;Muńoz&quot; for Windows-1252&apos;s &quot;Muñoz&quot;), those reading best first. The first bytes of files that are not text whatever their name: pictures, PDF, archives, old Excel/Word (OLE2), executables. A zip is read as a workbook only when it holds one (:func:`detect`). Control characters a text file does not hold (tab, line ends, form feed and escape are text). A sample with more of them than this share is binary; fewer are single rows&apos; problems. The single-byte code pages of Latin text, Windows&apos; Western first, and the letters (beyond ASCII) each one&apos;s languages write, a word&apos;s letters all of one language. A word read by a code page is plausible when it holds only letters, ASCII digits and in-word marks, no capital after a small letter, and the non-ASCII letters of one of its languages. How a person knows them (the codec names are Python&apos;s).</extracomment>
        <translation>مغربی یورپی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="359"/>
        <source>Central European</source>
        <translation>وسطی یورپی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="360"/>
        <source>Baltic</source>
        <translation>بالٹک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="361"/>
        <source>Turkish</source>
        <translation>ترکی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="362"/>
        <source>old Mac Excel</source>
        <translation>پرانا Mac Excel</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/mapping.py" line="201"/>
        <source>There is no field {name} in this import; the fields are: {fields}.</source>
        <extracomment>How like a known column name a header must be to be guessed: the share of its characters left as they are by the fewest typing edits (a letter missed, added or changed, two letters swapped; rapidfuzz&apos;s OSA distance over the longer length). 0.8 allows one edit in five characters (&quot;Emial&quot; for &quot;email&quot;), never a word added (&quot;address&quot; is not &quot;email address&quot;: 0.58). How much better than the next field a guess must be: two fields about as like the header is no guess at all. A header shorter than this (after :func:`header_key`) is never guessed. How a column was matched to its field, as ``ColumnMapping.how`` says it. Columns partners send that are no field of ours (a father&apos;s name and an identity card number on Pakistani lists, 序号 and 民族 on Chinese ones): never guessed to be one. Names a field takes only when the file has no column by one of its own names: 职称 (a professional title, such as 副教授) is the person&apos;s position only when there is no 职务.</extracomment>
        <translation>اس درآمد میں {name} نام کا کوئی خانہ نہیں؛ خانے یہ ہیں: {fields}۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/mapping.py" line="204"/>
        <source>The file has no column {name}; its columns are: {columns}.</source>
        <translation>فائل میں {name} کالم نہیں؛ اس کے کالم یہ ہیں: {columns}۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/mapping.py" line="205"/>
        <source>{field} tells one record from another: it cannot be the same in every row.</source>
        <translation>{field} ایک ریکارڈ کو دوسرے سے الگ کرتا ہے: یہ ہر قطار میں ایک جیسا نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/mapping.py" line="208"/>
        <source>{field} for every row: the value is empty.</source>
        <translation>ہر قطار کے لیے {field}: قدر خالی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/mapping.py" line="209"/>
        <source>{field} for every row: {problem}</source>
        <translation>ہر قطار کے لیے {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/values.py" line="41"/>
        <source>{field} is not a field of this import; fields: {fields}.</source>
        <extracomment>The kinds whose values a person maps to a choice. Distinct refused values listed per field; beyond them only ``FieldValues.more`` grows. Row numbers kept per value (the first ones). Distinct values counted beyond the limit: then the field is no longer read (a column of free text mapped to a choice must neither fill the memory nor ask the parsers a million times). Cells and parser answers remembered per field (a parser is asked again for the others). How often progress is reported, in rows.</extracomment>
        <translation>{field} اس درآمد کا خانہ نہیں؛ خانے: {fields}۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/values.py" line="42"/>
        <source>{field} has no choices to map (only choice, country and province fields have).</source>
        <translation>{field} میں جوڑنے کے لیے کوئی انتخاب نہیں (صرف انتخاب، ملک اور صوبے کے خانوں میں ہوتے ہیں)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/values.py" line="45"/>
        <source>{choice} is not a choice of {field}; choices: {choices}.</source>
        <translation>{choice} {field} کا انتخاب نہیں؛ انتخابات: {choices}۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/values.py" line="46"/>
        <source>{choice} is not a province: write its ISO code, for example CN-XJ or PK-PB.</source>
        <translation>{choice} صوبہ نہیں: اس کا ISO کوڈ لکھیں، مثلاً CN-XJ یا PK-PB۔</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="84"/>
        <source>Partners</source>
        <extracomment>What each import kind fills, in the order the mapping step lists it. A delegate&apos;s notes are the registration&apos;s; a team needs its members; an entry&apos;s track can come with its Chinese name. Fields of which each row needs one, not each: a partner&apos;s name in English OR in its own script.</extracomment>
        <translation>شراکت دار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="85"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="86"/>
        <source>Delegates of an event</source>
        <translation>کسی تقریب کے مندوبین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="87"/>
        <source>Entries of a competition</source>
        <translation>کسی مقابلے کے اندراجات</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2251"/>
        <source>Import</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2253"/>
        <source>Test the import to see what it would do, then press Import. It can be reverted later.</source>
        <translation>پہلے آزمائشی درآمد سے دیکھیں کہ کیا ہوگا، پھر &quot;درآمد&quot; دبائیں۔ اسے بعد میں واپس لیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2258"/>
        <source>&amp;Test import</source>
        <translation>آزمائشی درآمد (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2266"/>
        <source>Save &amp;rejected rows…</source>
        <translation>مسترد قطاریں محفوظ کریں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2286"/>
        <source>File: %1</source>
        <translation>فائل: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2287"/>
        <source>Rows are: %1</source>
        <translation>قطاریں ہیں: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2299"/>
        <source>Rows with problems are not imported; save them to fix and import again.</source>
        <translation>مسائل والی قطاریں درآمد نہیں ہوں گی؛ انہیں محفوظ کر کے درست کریں اور دوبارہ درآمد کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2315"/>
        <source>Imported:</source>
        <translation>درآمد ہو گیا:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2315"/>
        <source>A test import would give:</source>
        <translation>آزمائشی درآمد کا نتیجہ:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2293"/>
        <source>Duplicates skipped: %1; imported as you decided: %2.</source>
        <translation>چھوڑے گئے دہرے اندراجات: %1؛ آپ کے فیصلے کے مطابق درآمد: %2۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2302"/>
        <source>Rows with warnings are imported as they are; Back lists the warnings.</source>
        <translation>انتباہ والی قطاریں جیسی ہیں ویسی درآمد ہوتی ہیں؛ پیچھے جا کر انتباہات دیکھیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2319"/>
        <source>%1 created, %2 updated, %3 skipped</source>
        <translation>%1 نئے، %2 تازہ کیے گئے، %3 چھوڑے گئے</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2323"/>
        <source>, %n rows with problems not imported</source>
        <translation>
            <numerusform>، مسائل والی %n قطار درآمد نہیں ہوئی</numerusform>
            <numerusform>، مسائل والی %n قطاریں درآمد نہیں ہوئیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2325"/>
        <source>, %n rows with warnings imported</source>
        <translation>
            <numerusform>، %n قطار انتباہ کے ساتھ درآمد ہوئی</numerusform>
            <numerusform>، %n قطاریں انتباہ کے ساتھ درآمد ہوئیں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2334"/>
        <source>Testing…</source>
        <translation>آزمائش ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2336"/>
        <source>Testing the import…</source>
        <translation>درآمد کی آزمائش ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2351"/>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2353"/>
        <source>Importing…</source>
        <translation>درآمد ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2363"/>
        <source>Imported</source>
        <translation>درآمد مکمل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2364"/>
        <source>File → Revert an import… undoes it.</source>
        <translation>&quot;فائل ← درآمد واپس لیں…&quot; سے اسے واپس لیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2367"/>
        <source>A backup of the database before the import: %1</source>
        <translation>درآمد سے پہلے ڈیٹا بیس کا بیک اپ: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2380"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>منسوخ؛ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2399"/>
        <source>Save rejected rows</source>
        <translation>مسترد قطاریں محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2401"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV فائلیں (*.csv *.txt);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2409"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 محفوظ نہیں ہو سکی: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2413"/>
        <source>Saved %n rows to %1 (%2).</source>
        <translation>
            <numerusform>%n قطار %1 میں محفوظ ہو گئی (%2)۔</numerusform>
            <numerusform>%n قطاریں %1 میں محفوظ ہو گئیں (%2)۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="182"/>
        <source>Import from a file</source>
        <extracomment>Files the Values page&apos;s scan reads at once, without the background runner (bytes) How a list of names is written in the reader&apos;s language: 职业院校、大学; Urdu&apos;s comma. Emitted after the import was written, with its report.</extracomment>
        <translation>فائل سے درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="237"/>
        <source>&amp;Import</source>
        <extracomment>The value map of the saved mapping chosen, and what the Values page chose (field key -&gt; {mapping.value_key(text) -&gt; code, or None: leave empty}); the page&apos;s choices win. The file&apos;s values no map knows (the Values page&apos;s scan) and what the scan was of. row -&gt; {field key: take the file&apos;s value}: the Duplicates page&apos;s per-field choices the automatic backup taken before the import was written (SQLite), shown on the last page</extracomment>
        <translation>درآمد کریں (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="344"/>
        <source>Nothing was imported: the automatic backup before it failed. %1</source>
        <translation>کچھ درآمد نہیں ہوا: اس سے پہلے کا خودکار بیک اپ ناکام رہا۔ %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="417"/>
        <source>Reading the values was cancelled; press Next to read them again.</source>
        <translation>قدریں پڑھنا منسوخ ہو گیا؛ دوبارہ پڑھنے کے لیے ”آگے“ دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="421"/>
        <source>Reading the values of the file…</source>
        <translation>فائل کی قدریں پڑھی جا رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="506"/>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1896"/>
        <source>; %n partners created</source>
        <translation>
            <numerusform>؛ %n شراکت دار بنایا گیا</numerusform>
            <numerusform>؛ %n شراکت دار بنائے گئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1903"/>
        <source>%n rows: %1 valid, %2 with problems</source>
        <translation>
            <numerusform>%n قطار: %1 درست، %2 میں مسائل</numerusform>
            <numerusform>%n قطاریں: %1 درست، %2 میں مسائل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1904"/>
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n دہرا</numerusform>
            <numerusform>%n دہرے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1908"/>
        <source>%n kept with warnings</source>
        <translation>
            <numerusform>%n انتباہ کے ساتھ رکھی گئی</numerusform>
            <numerusform>%n انتباہ کے ساتھ رکھی گئیں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1922"/>
        <source>Skip</source>
        <translation>چھوڑ دیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1923"/>
        <source>Update the existing record</source>
        <translation>موجودہ ریکارڈ تازہ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1924"/>
        <source>Create a new record</source>
        <translation>نیا ریکارڈ بنائیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1925"/>
        <source>Fill empty fields only</source>
        <translation>صرف خالی خانے بھریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1931"/>
        <source>Same name</source>
        <translation>ایک جیسا نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1932"/>
        <source>Same as another name</source>
        <translation>کسی دوسرے نام جیسا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1933"/>
        <source>Same e-mail</source>
        <translation>ایک جیسی ای میل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1934"/>
        <source>Same phone</source>
        <translation>ایک جیسا فون</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1935"/>
        <source>Already registered</source>
        <translation>پہلے سے رجسٹرڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2423"/>
        <source>row</source>
        <translation>قطار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2424"/>
        <source>reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_grid.py" line="167"/>
        <source>(column %1)</source>
        <extracomment>rows the grid shows at most (the rest are counted, and all are in the rejected-rows file) the file&apos;s own text of a cell (item data) &quot;error&quot; / &quot;warning&quot; / &quot;fixed&quot; / &quot;&quot; (item data), for tests and the filter the message of the current cell changed (for the line under the grid)</extracomment>
        <translation>(کالم %1)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_grid.py" line="213"/>
        <source>In the file: “%1”</source>
        <translation>فائل میں: “%1”</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_grid.py" line="218"/>
        <source>Fixed.</source>
        <translation>درست کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_grid.py" line="220"/>
        <source>Fixed; Check again (F5) to confirm.</source>
        <translation>درست کر دیا گیا؛ تصدیق کے لیے دوبارہ جانچیں (F5)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_grid.py" line="242"/>
        <source>This column is not imported.</source>
        <translation>یہ کالم درآمد نہیں ہوتا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_grid.py" line="268"/>
        <source>This reads well.</source>
        <translation>یہ درست پڑھا جاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>LineField</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="90"/>
        <source>中文 / اردو</source>
        <translation>中文 / اردو</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="77"/>
        <source>Cannot open database</source>
        <translation>ڈیٹا بیس نہیں کھل سکا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="86"/>
        <source>Opened %1</source>
        <translation>%1 کھول دیا گیا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="137"/>
        <source>Load sample data?</source>
        <translation>نمونہ ڈیٹا لوڈ کریں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="138"/>
        <source>This database is empty. Load the sample partners, seminar delegates, competition and agreements to try the program? You can delete them later.</source>
        <translation>یہ ڈیٹا بیس خالی ہے۔ پروگرام آزمانے کے لیے نمونے کے شراکت دار، سیمینار کے مندوبین، مقابلہ اور معاہدے لوڈ کریں؟ آپ انہیں بعد میں حذف کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="186"/>
        <source>&amp;File</source>
        <translation>فائل (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="25"/>
        <source>&amp;New database…</source>
        <translation>نیا ڈیٹا بیس (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="28"/>
        <source>&amp;Open database…</source>
        <translation>ڈیٹا بیس کھولیں (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="32"/>
        <source>Open &amp;recent</source>
        <translation>حالیہ کھولیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="34"/>
        <source>&amp;Backup…</source>
        <translation>بیک اپ (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="40"/>
        <source>Load &amp;sample data</source>
        <translation>نمونہ ڈیٹا لوڈ کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="38"/>
        <source>&amp;Import…</source>
        <translation>درآمد کریں (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="41"/>
        <source>Import a&amp;ttendance…</source>
        <translation>حاضری درآمد کریں (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="44"/>
        <source>Mark online delegates attended from a Zoom, Teams or Tencent Meeting / VooV report</source>
        <translation>Zoom، Teams یا Tencent Meeting / VooV رپورٹ سے آن لائن مندوبین کو حاضر درج کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="50"/>
        <source>Re&amp;vert an import…</source>
        <translation>درآمد واپس لیں (&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="53"/>
        <source>&amp;Export…</source>
        <translation>برآمد کریں (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="59"/>
        <source>&amp;Load a full export…</source>
        <translation>مکمل برآمد لوڈ کریں (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="43"/>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="107"/>
        <source>Add a &amp;partner…</source>
        <extracomment>Emitted when a database was opened (or switched to) and every page shows it. Emitted after long work (sample data, restore, backup) finished, with a message for the status bar. Emitted when long work failed, with the message shown to the person. Emitted with a page&apos;s key each time that page read the database again. Set by the program&apos;s start-up: shows the window in another language at once (View → Language); returns False when it cannot now (work running). Pages whose data may be out of date: read again when next shown. Unbuilt pages count as stale, so they are filled when first shown.</extracomment>
        <translation>شراکت دار &amp;شامل کریں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="207"/>
        <source>&amp;Edit</source>
        <translation>ترمیم (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="209"/>
        <source>&amp;Undo</source>
        <translation>واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="211"/>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="214"/>
        <source>Undo the last change</source>
        <translation>آخری تبدیلی واپس لیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="215"/>
        <source>Redo the change undone last</source>
        <translation>آخری واپس لی گئی تبدیلی دوبارہ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="221"/>
        <source>&amp;New record…</source>
        <translation>نیا ریکارڈ (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="224"/>
        <source>&amp;Edit record…</source>
        <translation>ریکارڈ میں ترمیم (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="227"/>
        <source>&amp;Delete record</source>
        <translation>ریکارڈ حذف کریں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="230"/>
        <source>Re&amp;store record</source>
        <translation>ریکارڈ بحال کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="233"/>
        <source>&amp;History of record</source>
        <translation>ریکارڈ کا تاریخچہ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="236"/>
        <source>&amp;Find</source>
        <translation>تلاش کریں (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="249"/>
        <source>&amp;View</source>
        <translation>منظر (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="261"/>
        <source>Re&amp;fresh</source>
        <translation>تازہ کریں (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="267"/>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="269"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="273"/>
        <source>&amp;About</source>
        <translation>تعارف (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="287"/>
        <source>&amp;Language</source>
        <translation>زبان (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="322"/>
        <source>The program will be in %1 when you next start it. Close it and start it again.</source>
        <translation>اگلی بار شروع کرنے پر پروگرام %1 میں ہوگا۔ اسے بند کر کے دوبارہ شروع کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="328"/>
        <source>Restart to apply</source>
        <translation>لاگو کرنے کے لیے دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="61"/>
        <source>Offline s&amp;ync</source>
        <extracomment>What says whether the open database is an offline copy, and what it has sent. What the review counts (open conflicts, possible duplicates) count. What the open offline copy knows about itself (None: an office database, or none open).</extracomment>
        <translation>آف لائن ہم آہنگی (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="64"/>
        <source>&amp;Take offline copy…</source>
        <translation>آف لائن نقل بنائیں (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="67"/>
        <source>Write a copy of this database for a laptop at a seminar (all records or one event)</source>
        <translation>سیمینار میں لیپ ٹاپ کے لیے اس ڈیٹا بیس کی نقل لکھیں (تمام ریکارڈ یا ایک تقریب)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="73"/>
        <source>&amp;Merge sync package…</source>
        <translation>سنک پیکج ضم کریں (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="78"/>
        <source>Bring a laptop&apos;s changes into this database</source>
        <translation>لیپ ٹاپ کی تبدیلیاں اس ڈیٹا بیس میں لائیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="81"/>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="192"/>
        <source>&amp;Conflicts…</source>
        <translation>تضادات (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="84"/>
        <source>Fields changed at the office and on a laptop: choose the value to keep</source>
        <translation>دفتر اور لیپ ٹاپ دونوں پر تبدیل ہونے والے خانے: رکھنے والی قدر چنیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="89"/>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="199"/>
        <source>Possible &amp;duplicates…</source>
        <translation>ممکنہ دہرے ریکارڈ (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="92"/>
        <source>People and partners a laptop added that look like records already here</source>
        <translation>لیپ ٹاپ پر شامل کیے گئے افراد اور شراکت دار جو یہاں پہلے سے موجود ریکارڈ جیسے لگتے ہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="97"/>
        <source>&amp;Create sync package…</source>
        <translation>سنک پیکج بنائیں (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="102"/>
        <source>Write the changes made on this copy since the last package, to merge at the office</source>
        <translation>پچھلے پیکج کے بعد اس نقل پر کی گئی تبدیلیاں لکھیں، تاکہ دفتر میں ضم کی جا سکیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="108"/>
        <source>Send &amp;everything again…</source>
        <translation>سب کچھ دوبارہ بھیجیں (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="112"/>
        <source>A package with every change made on this copy (the office skips what it merged already)</source>
        <translation>اس نقل پر کی گئی ہر تبدیلی والا پیکج (دفتر پہلے سے ضم شدہ حصہ چھوڑ دیتا ہے)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="118"/>
        <source>&amp;Replace with a fresh copy…</source>
        <translation>تازہ نقل سے بدلیں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="122"/>
        <source>Open a newer copy taken at the office instead of this one (once this copy&apos;s changes are merged)</source>
        <translation>اس کی جگہ دفتر میں بنائی گئی نئی نقل کھولیں (جب اس نقل کی تبدیلیاں ضم ہو چکی ہوں)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="94"/>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="104"/>
        <source>New database</source>
        <translation>نیا ڈیٹا بیس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="105"/>
        <source>%1 already exists. Use Open to work with it.</source>
        <translation>%1 پہلے سے موجود ہے۔ اس پر کام کرنے کے لیے “کھولیں” استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="115"/>
        <source>Open database</source>
        <translation>ڈیٹا بیس کھولیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="543"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>منسوخ کر دیا گیا؛ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="37"/>
        <source>Restore &amp;from backup…</source>
        <translation>بیک اپ سے بحال کریں (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="162"/>
        <source>Loading sample data…</source>
        <translation>نمونہ ڈیٹا لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="164"/>
        <source>Sample data loaded: %1 records.</source>
        <translation>نمونہ ڈیٹا لوڈ ہو گیا: %1 ریکارڈ۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="178"/>
        <source>Back up the database</source>
        <translation>ڈیٹا بیس کا بیک اپ لیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="191"/>
        <source>Backing up…</source>
        <translation>بیک اپ لیا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="193"/>
        <source>Backed up to %1</source>
        <translation>بیک اپ %1 میں محفوظ ہو گیا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="205"/>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="213"/>
        <source>Restore from backup</source>
        <translation>بیک اپ سے بحال کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="214"/>
        <source>Replace everything in %1 with the backup %2?

What is in the database now is saved as an automatic backup first.</source>
        <translation>%1 کا تمام مواد بیک اپ %2 سے تبدیل کریں؟

ڈیٹا بیس کا موجودہ مواد پہلے خودکار بیک اپ کے طور پر محفوظ کر لیا جائے گا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="233"/>
        <source>Restoring…</source>
        <translation>بحال کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="235"/>
        <source>Restored. The previous content was saved to %1</source>
        <translation>بحال ہو گیا۔ پچھلا مواد %1 میں محفوظ کر دیا گیا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="56"/>
        <source>Export everything (.&amp;zip)…</source>
        <translation>سب کچھ برآمد کریں (.zip) (&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="100"/>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>درآمد مکمل: %1 نئے، %2 تازہ کیے گئے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="138"/>
        <source>Importing attendance…</source>
        <translation>حاضری درآمد ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="209"/>
        <source>Open a list to export it: partners, people, events, competitions or agreements.</source>
        <translation>برآمد کے لیے کوئی فہرست کھولیں: شراکت دار، افراد، تقریبات، مقابلے یا معاہدے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="251"/>
        <source>Export everything</source>
        <translation>سب کچھ برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="253"/>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="302"/>
        <source>Full export (*.zip);;All files (*)</source>
        <translation>مکمل برآمد (*.zip);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="269"/>
        <source>Exporting everything…</source>
        <translation>سب کچھ برآمد ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="275"/>
        <source>Cancelled; no file was written.</source>
        <translation>منسوخ کر دیا گیا؛ کوئی فائل نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="290"/>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="300"/>
        <source>Load a full export</source>
        <translation>مکمل برآمد لوڈ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="293"/>
        <source>Use File → New database… first, then load the export into it.</source>
        <translation>پہلے فائل ← نیا ڈیٹا بیس… استعمال کریں، پھر برآمد اس میں لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="314"/>
        <source>Loading the full export…</source>
        <translation>مکمل برآمد لوڈ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="325"/>
        <source>Nothing was loaded.</source>
        <translation>کچھ لوڈ نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="190"/>
        <source>&amp;Conflicts (%1)…</source>
        <translation>تضادات (%1) (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="195"/>
        <source>Possible &amp;duplicates (%1)…</source>
        <translation>ممکنہ دہرے ریکارڈ (%1) (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="229"/>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="238"/>
        <source>Take offline copy</source>
        <translation>آف لائن نقل بنائیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="234"/>
        <source>Writing the offline copy…</source>
        <translation>آف لائن نقل لکھی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="240"/>
        <source>Cancelled; no offline copy was written.</source>
        <translation>منسوخ کر دیا گیا؛ کوئی آف لائن نقل نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="377"/>
        <source>Create sync package</source>
        <translation>سنک پیکج بنائیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="382"/>
        <source>Nothing new to send: every change made on this copy is in a sync package already.</source>
        <translation>بھیجنے کے لیے کچھ نیا نہیں: اس نقل پر کی گئی ہر تبدیلی پہلے ہی کسی سنک پیکج میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="387"/>
        <source>Nothing to send: no change has been made on this copy yet.</source>
        <translation>بھیجنے کے لیے کچھ نہیں: اس نقل پر ابھی کوئی تبدیلی نہیں ہوئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="412"/>
        <source>Take it to the office and merge it there with File → Offline sync → Merge sync package….</source>
        <translation>اسے دفتر لے جائیں اور وہاں فائل ← آف لائن ہم آہنگی ← سنک پیکج ضم کریں… سے ضم کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="427"/>
        <source>Writing the sync package…</source>
        <translation>سنک پیکج لکھا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="431"/>
        <source>Cancelled; no package was written.</source>
        <translation>منسوخ کر دیا گیا؛ کوئی پیکج نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="250"/>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="292"/>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="305"/>
        <source>Merge sync package</source>
        <translation>سنک پیکج ضم کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="270"/>
        <source>Checking the sync package…</source>
        <translation>سنک پیکج جانچا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="296"/>
        <source>Merging the sync package…</source>
        <translation>سنک پیکج ضم کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="300"/>
        <source>Cancelled; nothing was merged.</source>
        <translation>منسوخ کر دیا گیا؛ کچھ ضم نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="309"/>
        <source>Conflicts: %1. These fields were changed at the office and on the laptop; the office values stand for now. Choose between them now?</source>
        <translation>تضادات: %1۔ یہ خانے دفتر اور لیپ ٹاپ دونوں پر تبدیل ہوئے؛ فی الحال دفتر کی قدریں برقرار ہیں۔ کیا ابھی ان میں سے انتخاب کریں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="322"/>
        <source>Possible duplicates: %1. The laptop added people or partners that look like records already here. Review them now?</source>
        <translation>ممکنہ دہرے ریکارڈ: %1۔ لیپ ٹاپ نے ایسے افراد یا شراکت دار شامل کیے جو یہاں پہلے سے موجود ریکارڈ جیسے لگتے ہیں۔ کیا ابھی جانچیں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="350"/>
        <source>Conflicts resolved: %1</source>
        <translation>حل شدہ تضادات: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="440"/>
        <source>Replace with a fresh copy</source>
        <translation>تازہ نقل سے بدلیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="448"/>
        <source>Replace this offline copy (%1) with the fresh copy %2? The current file is kept beside it.</source>
        <translation>اس آف لائن نقل (%1) کو تازہ نقل %2 سے بدلیں؟ موجودہ فائل اسی فولڈر میں محفوظ رکھی جاتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="460"/>
        <source>The fresh copy is open. The previous copy was kept as %1.</source>
        <translation>تازہ نقل کھل گئی ہے۔ پچھلی نقل %1 کے طور پر محفوظ رکھی گئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="471"/>
        <source>This copy was left as it was and is open again.</source>
        <translation>یہ نقل جوں کی توں ہے اور دوبارہ کھول دی گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="476"/>
        <source>Replacing the offline copy…</source>
        <translation>آف لائن نقل بدلی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="352"/>
        <source>About %1</source>
        <translation>%1 کا تعارف</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="354"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;The register of the China–Pakistan digital-education alliance for TVET: partners, people, seminars, skills competitions and agreements.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;TVET کے لیے پاک چین ڈیجیٹل تعلیمی اتحاد کا رجسٹر: شراکت دار، افراد، سیمینار، مہارتوں کے مقابلے اور معاہدے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="583"/>
        <source>No database open</source>
        <translation>کوئی ڈیٹا بیس کھلا نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="610"/>
        <source>Please wait until the current work has finished.</source>
        <translation>براہِ کرم موجودہ کام مکمل ہونے تک انتظار کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="36"/>
        <source>&amp;Certificates…</source>
        <translation>سرٹیفکیٹ (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="41"/>
        <source>&amp;Verify a certificate…</source>
        <translation>سرٹیفکیٹ کی تصدیق کریں (&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="112"/>
        <source>Fonts missing for printing</source>
        <translation>چھپائی کے لیے فونٹ موجود نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="113"/>
        <source>Print the certificates anyway?</source>
        <translation>کیا پھر بھی سرٹیفکیٹ چھاپیں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="174"/>
        <source>Printing certificates…</source>
        <translation>سرٹیفکیٹ چھپ رہے ہیں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="178"/>
        <source>Certificates</source>
        <translation>سرٹیفکیٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="180"/>
        <source>Cancelled; no certificate was issued and no file was written.</source>
        <translation>منسوخ کر دیا گیا؛ نہ کوئی سرٹیفکیٹ جاری ہوا نہ کوئی فائل لکھی گئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="198"/>
        <source>Revoke a certificate</source>
        <translation>سرٹیفکیٹ منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="206"/>
        <source>Certificate %1 of %2 revoked.</source>
        <translation>%2 کا سرٹیفکیٹ %1 منسوخ کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="55"/>
        <source>&amp;Print</source>
        <extracomment>What the last printing left out (cancelled registrations), for the status message.</extracomment>
        <translation>&amp;پرنٹ</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="838"/>
        <source>Columns</source>
        <translation>کالم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="841"/>
        <source>Which column of the file fills each field, or one value for every row. Fields marked * are needed.</source>
        <translation>فائل کا کون سا کالم کس خانے میں جائے، یا ہر قطار کے لیے ایک ہی قدر۔ * والے خانے ضروری ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="860"/>
        <source>Save mapping &amp;as…</source>
        <extracomment>the person chose a column, a value for every row or a saved mapping on this page the saved mapping whose values for every row the page shows (&quot;&quot; when the person&apos;s own), and the person&apos;s own, given back when &quot;— none —&quot; is chosen again</extracomment>
        <translation>میپنگ اس نام سے محفوظ کریں (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="864"/>
        <source>Sa&amp;ved mapping:</source>
        <translation>محفوظ میپنگ (&amp;V):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="875"/>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="876"/>
        <source>Column of the file</source>
        <translation>فائل کا کالم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="877"/>
        <source>Matched by</source>
        <translation>کس طرح ملا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="878"/>
        <source>Or for every row</source>
        <translation>یا ہر قطار کے لیے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="885"/>
        <source>One value for every row, as if a column held it (Country = China for a list of Chinese colleges). Where a column is chosen too, its cells with a value win.</source>
        <translation>ہر قطار کے لیے ایک ہی قدر، گویا کوئی کالم اسے رکھتا ہو (چینی کالجوں کی فہرست کے لیے ملک = چین)۔ اگر کالم بھی منتخب ہو تو اس کے بھرے ہوئے خانے مقدم ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="924"/>
        <source>— none —</source>
        <translation>— کوئی نہیں —</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="950"/>
        <source>— not imported —</source>
        <translation>— درآمد نہیں —</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="952"/>
        <source>(column %1)</source>
        <translation>(کالم %1)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1059"/>
        <source>Save mapping</source>
        <translation>میپنگ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1060"/>
        <source>Name of the mapping (for example the partner):</source>
        <translation>میپنگ کا نام (مثلاً شراکت دار کا نام):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1070"/>
        <source>A mapping called “%1” is saved already (%2). Replace it with this one?</source>
        <translation>“%1” نام کی میپنگ پہلے سے محفوظ ہے (%2)۔ کیا اسے اس سے بدل دیں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1073"/>
        <source>Replace the saved mapping?</source>
        <translation>محفوظ شدہ میپنگ بدل دیں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1110"/>
        <source>%1 or %2</source>
        <translation>%1 یا %2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1121"/>
        <source>Choose the column for %1: every row needs it.</source>
        <translation>%1 کے لیے کالم منتخب کریں: ہر قطار کے لیے یہ ضروری ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1128"/>
        <source>Choose the column for %1, or give it a value for every row: every row needs it.</source>
        <translation>%1 کے لیے کالم منتخب کریں، یا ہر قطار کے لیے ایک قدر دیں: ہر قطار کے لیے یہ ضروری ہے۔</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="73"/>
        <location filename="../../tvet_alliance/domain/marking.py" line="76"/>
        <source>“{text}” is not a mark.</source>
        <extracomment>The precision of a mark and of an entry&apos;s computed score. Judges&apos; scores on a judgement aspect further apart than this are flagged. Marks by (aspect id, judge).</extracomment>
        <translation>“{text}” نمبر نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="87"/>
        <source>Aspect {aspect} is a measurement: it has one mark, judge 1&apos;s.</source>
        <translation>پہلو {aspect} پیمائش ہے: اس کا ایک ہی نمبر ہے، جج 1 کا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="94"/>
        <source>{mark} refused: a judgement score of {aspect} is a whole number from 0 to 3.</source>
        <translation>{mark} رد: {aspect} کا جائزہ نمبر 0 سے 3 تک پورا عدد ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="105"/>
        <source>{mark} refused: a mark of {aspect} is from 0 to {max}.</source>
        <translation>{mark} رد: {aspect} کا نمبر 0 سے {max} تک ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="113"/>
        <source>{mark} refused: a mark has at most 2 decimals.</source>
        <translation>{mark} رد: نمبر میں زیادہ سے زیادہ 2 اعشاری ہندسے ہوتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="195"/>
        <source>An aspect has no code.</source>
        <translation>ایک پہلو کا کوڈ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="201"/>
        <source>Aspect code {aspect} is used twice.</source>
        <translation>پہلو کا کوڈ {aspect} دو بار استعمال ہوا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="211"/>
        <source>The maximum of aspect {aspect} must be more than 0.</source>
        <translation>پہلو {aspect} کے زیادہ سے زیادہ نمبر 0 سے زیادہ ہونے چاہئیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="221"/>
        <source>The aspects&apos; maxima total {total}, not the track&apos;s {max}: marks are scaled to {max}.</source>
        <translation>پہلوؤں کے زیادہ سے زیادہ نمبروں کا مجموعہ {total} ہے، مقابلے کا {max} نہیں: نمبر {max} کے تناسب میں بدلے جاتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="123"/>
        <source>The skill track is not in this database.</source>
        <translation>یہ مہارتی مقابلہ اس ڈیٹا بیس میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="217"/>
        <location filename="../../tvet_alliance/services/marking.py" line="488"/>
        <source>That entry or aspect is not in this track any more.</source>
        <translation>یہ اندراج یا پہلو اب اس مقابلے میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="428"/>
        <source>No competition is named “{name}”.</source>
        <extracomment>this judge&apos;s marks, by aspect id judgement aspects whose judges&apos; scores are more than 1 apart The track&apos;s results are confirmed: its marks are locked until unlocked with a reason.</extracomment>
        <translation>“{name}” نام کا کوئی مقابلہ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="430"/>
        <source>Several competitions are named “{name}”.</source>
        <translation>کئی مقابلوں کا نام “{name}” ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="444"/>
        <source>The competition has no skill track “{name}”.</source>
        <translation>اس مقابلے میں “{name}” نام کا کوئی مہارتی مقابلہ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="478"/>
        <source>An aspect judges have marked cannot be removed; clear its marks first.</source>
        <translation>جس پہلو پر ججوں نے نمبر دیے ہوں اسے ہٹایا نہیں جا سکتا؛ پہلے اس کے نمبر مٹائیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="496"/>
        <source>Aspect {aspect} has marks: its type cannot change.</source>
        <translation>پہلو {aspect} کے نمبر موجود ہیں: اس کی قسم نہیں بدل سکتی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="525"/>
        <source>That track has no marking scheme to copy.</source>
        <translation>اس مقابلے کی نقل کرنے کے لیے کوئی نمبر دینے کی اسکیم نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking_files.py" line="105"/>
        <source>The file has no column “{column}”.</source>
        <extracomment>Column names people use, folded (case, spaces), for each column of a scheme or marks file.</extracomment>
        <translation>فائل میں “{column}” کالم نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking_files.py" line="129"/>
        <source>Row {row}: “{value}” is neither measurement nor judgement.</source>
        <translation>قطار {row}: “{value}” نہ پیمائش ہے نہ جائزہ۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking_files.py" line="138"/>
        <source>Row {row}: the maximum “{value}” is not a number.</source>
        <translation>قطار {row}: زیادہ سے زیادہ نمبر “{value}” عدد نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking_files.py" line="154"/>
        <source>The file holds no aspect.</source>
        <translation>فائل میں کوئی پہلو نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>MarkingCard</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="202"/>
        <source>Marking progress</source>
        <translation>نمبر لگانے کی پیش رفت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="222"/>
        <source>%1 of %2</source>
        <translation>%2 میں سے %1</translation>
    </message>
</context>
<context>
    <name>MarksModel</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="123"/>
        <source>Entry</source>
        <extracomment>The background of a judgement cell whose judges&apos; scores are more than 1 apart. The background of the computed mark column. Marks change the grid, the entries (their scores) and what shows them.</extracomment>
        <translation>اندراج</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="125"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="128"/>
        <source>Mark</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="167"/>
        <source>The judges&apos; scores are more than 1 apart.</source>
        <translation>ججوں کے نمبروں میں 1 سے زیادہ فرق ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="170"/>
        <source>%1 of %2 marks given</source>
        <translation>%2 میں سے %1 نمبر دیے گئے</translation>
    </message>
</context>
<context>
    <name>MarksTable</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="318"/>
        <source>Marks: save the mark and move right</source>
        <extracomment>The grid&apos;s keys (key, &quot;MarksTable&quot; context, what it does), listed in Help → Keyboard shortcuts.</extracomment>
        <translation>نمبر: نمبر محفوظ کریں اور دائیں جائیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="319"/>
        <source>Marks: save the mark and move down</source>
        <translation>نمبر: نمبر محفوظ کریں اور نیچے جائیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="320"/>
        <source>Marks: leave the cell as it was</source>
        <translation>نمبر: خانہ جیسا تھا ویسا رہنے دیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="321"/>
        <source>Marks: clear the mark</source>
        <translation>نمبر: نمبر مٹائیں</translation>
    </message>
</context>
<context>
    <name>MarksView</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="396"/>
        <source>Judge %1</source>
        <translation>جج %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="397"/>
        <source>Marking &amp;scheme…</source>
        <translation>نمبر دینے کی اسکیم (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="428"/>
        <source>&amp;Competition</source>
        <translation>مقابلہ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="429"/>
        <source>Skill &amp;track</source>
        <translation>مہارتی مقابلہ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="430"/>
        <source>&amp;Judge</source>
        <translation>جج (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="439"/>
        <source>This track has no marking scheme: its entries keep a typed score. Make one with “Marking scheme…” to mark it here.</source>
        <translation>اس مقابلے کی نمبر دینے کی اسکیم نہیں ہے: اس کے اندراجات کا اسکور ہاتھ سے لکھا جاتا ہے۔ یہاں نمبر دینے کے لیے “نمبر دینے کی اسکیم…” سے ایک بنائیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="519"/>
        <source>Marked: %1 · to mark: %2</source>
        <translation>نمبر دیے گئے: %1 · باقی: %2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="522"/>
        <source>Judges more than 1 apart: %1</source>
        <translation>1 سے زیادہ فرق والے جج: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="528"/>
        <source>Results confirmed: the marks are locked (Unlock… on the Results page)</source>
        <translation>نتائج کی تصدیق ہو چکی: نمبر مقفل ہیں (نتائج کے صفحے پر کھولیں…)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="540"/>
        <source>%1 is a measurement: judge 1 gives its one mark.</source>
        <translation>%1 پیمائش ہے: اس کا ایک ہی نمبر جج 1 دیتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="544"/>
        <source>The cell was left as it was.</source>
        <translation>خانہ جیسا تھا ویسا رہا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="571"/>
        <source>Mark %1 of %2</source>
        <translation>%2 کا %1 نمبر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="575"/>
        <source>Saved %1: %2</source>
        <translation>محفوظ %1: %2</translation>
    </message>
</context>
<context>
    <name>MasterDetailPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="770"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MedalGlance</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="395"/>
        <source>Medal table</source>
        <translation>تمغوں کی جدول</translation>
    </message>
</context>
<context>
    <name>MedalTable</name>
    <message>
        <location filename="../../tvet_alliance/ui/pages/competitions.py" line="13"/>
        <source>Medal table</source>
        <extracomment>The title of the competition&apos;s medal table tab, after its entries and tracks.</extracomment>
        <translation>تمغوں کی جدول</translation>
    </message>
</context>
<context>
    <name>MedalTableModel</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="105"/>
        <source>Unknown</source>
        <extracomment>The table&apos;s columns: what each shows of a :class:`medals.MedalRow`, and the medal it counts. Medal columns headed by their colour alone (the name in the tooltip), to fit a card.</extracomment>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="124"/>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="124"/>
        <source>Institution</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="125"/>
        <source>Rank</source>
        <translation>پوزیشن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="125"/>
        <source>Total</source>
        <translation>کل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="125"/>
        <source>Points</source>
        <translation>پوائنٹس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="143"/>
        <source>Medallions for Excellence: counted apart, not in the total</source>
        <translation>امتیازی اعزاز الگ گنے جاتے ہیں، کل میں شامل نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="145"/>
        <source>Gold, silver and bronze (medallions are counted apart)</source>
        <translation>طلائی، نقرئی اور کانسی کے تمغے (امتیازی اعزاز الگ گنے جاتے ہیں)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="147"/>
        <source>Gold 4, silver 3, bronze 2, medallion 1</source>
        <translation>طلائی 4، نقرئی 3، کانسی 2، امتیازی اعزاز 1</translation>
    </message>
</context>
<context>
    <name>MedalTableView</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="197"/>
        <source>By country</source>
        <extracomment>The table was read again (after a refresh or a choice).</extracomment>
        <translation>ملک کے لحاظ سے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="198"/>
        <source>By institution</source>
        <translation>ادارے کے لحاظ سے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="201"/>
        <source>Equal rows share a rank; the next rank skips (1, 2, 2, 4)</source>
        <translation>برابر قطاروں کی پوزیشن ایک ہوتی ہے؛ اگلی پوزیشن چھوٹ جاتی ہے (1، 2، 2، 4)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="202"/>
        <source>Gold first</source>
        <translation>پہلے طلائی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="203"/>
        <source>Total medals</source>
        <translation>کل تمغے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="204"/>
        <source>Medal points</source>
        <translation>تمغوں کے پوائنٹس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="205"/>
        <source>Export…</source>
        <translation>برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="207"/>
        <source>Ceremony order…</source>
        <translation>تقریب کی ترتیب…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="211"/>
        <source>Track by track: medallions, then bronze, silver and gold, with the names in both scripts</source>
        <translation>شعبہ وار: پہلے امتیازی اعزاز، پھر کانسی، نقرئی اور طلائی، نام دونوں رسم الخط میں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="232"/>
        <source>Total: gold, silver and bronze (medallions are counted apart). Points: gold 4, silver 3, bronze 2, medallion 1. A team counts once; withdrawn and disqualified entries count nothing.</source>
        <translation>کل: طلائی، نقرئی اور کانسی (امتیازی اعزاز الگ گنے جاتے ہیں)۔ پوائنٹس: طلائی 4، نقرئی 3، کانسی 2، امتیازی اعزاز 1۔ ٹیم ایک بار گنی جاتی ہے؛ دستبردار اور نااہل اندراجات شمار نہیں ہوتے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="304"/>
        <source>Choose a competition to see its medal table.</source>
        <translation>تمغوں کی جدول دیکھنے کے لیے کوئی مقابلہ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="306"/>
        <source>No medals yet.</source>
        <translation>ابھی کوئی تمغہ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="330"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel ورک بک (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="352"/>
        <source>Export the medal table</source>
        <translation>تمغوں کی جدول برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="352"/>
        <source>medals</source>
        <translation>تمغے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="364"/>
        <source>Save the ceremony order</source>
        <translation>تقریب کی ترتیب محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="364"/>
        <source>ceremony</source>
        <translation>تقریب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="379"/>
        <source>Could not write the file</source>
        <translation>فائل نہیں لکھی جا سکی</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="376"/>
        <source>Merge sync package</source>
        <translation>سنک پیکج ضم کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="382"/>
        <source>Package from “%1”, changes %2–%3</source>
        <translation>“%1” کا پیکج، تبدیلیاں %2–%3</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="404"/>
        <source>This package was merged already — nothing to do.</source>
        <translation>یہ پیکج پہلے ہی ضم ہو چکا ہے — کچھ کرنے کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="412"/>
        <source>Nothing has been changed yet. Merge writes these changes into this database in one step; an automatic backup is taken first.</source>
        <translation>ابھی کچھ تبدیل نہیں ہوا۔ ضم کرنے سے یہ تبدیلیاں ایک ہی قدم میں اس ڈیٹا بیس میں لکھی جاتی ہیں؛ پہلے خودکار بیک اپ لیا جاتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="430"/>
        <source>By kind of record:</source>
        <translation>ریکارڈ کی قسم کے لحاظ سے:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="435"/>
        <source>&amp;Merge</source>
        <translation>ضم کریں (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="449"/>
        <source>Records</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="449"/>
        <source>Added</source>
        <translation>شامل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="449"/>
        <source>Changed</source>
        <translation>تبدیل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="449"/>
        <source>Deleted</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="69"/>
        <source>Organisations</source>
        <extracomment>The combo&apos;s data for &quot;leave empty&quot; (None is no data in a QComboBox)</extracomment>
        <translation>ادارے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="72"/>
        <source>These organisations in the file are not partners yet. For each, create a new partner, choose the partner it is, or leave the people&apos;s organisation empty.</source>
        <translation>فائل کے یہ ادارے ابھی شراکت دار نہیں۔ ہر ایک کے لیے نیا شراکت دار بنائیں، وہ شراکت دار چنیں جو یہ ہے، یا لوگوں کا ادارہ خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="104"/>
        <source>For all:</source>
        <extracomment>the person&apos;s choice per unknown name (its first spelling) per listed name: its label (the file&apos;s spelling) and its count of rows a new partner needs a country, which a row without country, nationality or phone lacks</extracomment>
        <translation>سب کے لیے:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="105"/>
        <source>&amp;Create new partners</source>
        <translation>نئے شراکت دار بنائیں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="108"/>
        <source>&amp;Leave empty</source>
        <translation>خالی چھوڑیں (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="190"/>
        <source>Looking for organisations that are not partners yet…</source>
        <translation>وہ ادارے تلاش ہو رہے ہیں جو ابھی شراکت دار نہیں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="230"/>
        <source>Organisation in the file</source>
        <translation>فائل میں ادارہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="230"/>
        <source>Rows</source>
        <translation>قطاریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="230"/>
        <source>Partner</source>
        <translation>شراکت دار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="237"/>
        <source>%1 (and other spellings)</source>
        <translation>%1 (اور دوسرے املا)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="250"/>
        <source>Create new partner</source>
        <translation>نیا شراکت دار بنائیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="254"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="257"/>
        <source>Leave empty</source>
        <translation>خالی چھوڑیں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="267"/>
        <source>%n more organisations are not listed; they are created as new partners.</source>
        <translation>
            <numerusform>%n مزید ادارہ درج نہیں؛ اسے نئے شراکت دار کے طور پر بنایا جائے گا۔</numerusform>
            <numerusform>%n مزید ادارے درج نہیں؛ انہیں نئے شراکت دار کے طور پر بنایا جائے گا۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="305"/>
        <source>A new partner needs a country, and no column of this file gives one (country, nationality or phone): its rows would be rejected. Choose the partner each one is, leave it empty, or go Back and give a Nationality for every row.</source>
        <translation>نئے شراکت دار کے لیے ملک درکار ہے، اور اس فائل کا کوئی کالم ملک نہیں بتاتا (ملک، قومیت یا فون): اس کی قطاریں مسترد ہو جائیں گی۔ ہر ایک کے لیے وہ شراکت دار چنیں جو وہ ہے، اسے خالی چھوڑیں، یا پیچھے جا کر ہر قطار کے لیے قومیت دیں۔</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="26"/>
        <source>Print badges</source>
        <translation>بیجز پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="27"/>
        <source>Print the delegate list</source>
        <translation>مندوبین کی فہرست پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="28"/>
        <source>Print a sign-in sheet</source>
        <translation>حاضری شیٹ پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="73"/>
        <source>&amp;Event:</source>
        <translation>&amp;تقریب:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="76"/>
        <source>A6, one badge a page</source>
        <translation>A6، ہر صفحے پر ایک بیج</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="77"/>
        <source>A4, eight badges a page (cut marks)</source>
        <translation>A4، ہر صفحے پر آٹھ بیج (کاٹنے کے نشانات)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="79"/>
        <source>&amp;Layout:</source>
        <translation>&amp;ترتیب:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="82"/>
        <source>&amp;Delegates:</source>
        <translation>&amp;مندوبین:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="85"/>
        <source>By name</source>
        <translation>نام کے لحاظ سے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="86"/>
        <source>By organisation</source>
        <translation>ادارے کے لحاظ سے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="87"/>
        <source>&amp;Order:</source>
        <translation>&amp;ترتیبِ فہرست:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="88"/>
        <source>Cancelled registrations are left out.</source>
        <translation>منسوخ رجسٹریشنز شامل نہیں کی جاتیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="92"/>
        <source>&amp;Preview</source>
        <translation>&amp;پیش منظر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="94"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF کے طور پر &amp;محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="112"/>
        <source>All delegates of the event</source>
        <translation>تقریب کے تمام مندوبین</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="117"/>
        <source>Those shown in the list (%n)</source>
        <translation>
            <numerusform>فہرست میں دکھائے گئے (%n)</numerusform>
            <numerusform>فہرست میں دکھائے گئے (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="120"/>
        <source>The selected delegates (%n)</source>
        <translation>
            <numerusform>منتخب مندوب (%n)</numerusform>
            <numerusform>منتخب مندوبین (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="55"/>
        <source>Print preview: %1</source>
        <translation>پرنٹ کا پیش منظر: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="67"/>
        <source>Zoom out</source>
        <translation>چھوٹا کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="68"/>
        <source>Zoom in</source>
        <translation>بڑا کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="69"/>
        <source>Whole page</source>
        <translation>پورا صفحہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="73"/>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="77"/>
        <source>Print…</source>
        <translation>پرنٹ…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="80"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="108"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n صفحہ</numerusform>
            <numerusform>%n صفحات</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="120"/>
        <source>Save as PDF</source>
        <translation>PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="120"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="131"/>
        <source>Print</source>
        <translation>پرنٹ</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../tvet_alliance/render/badges.py" line="48"/>
        <source>Badges: %1</source>
        <extracomment>The badges of an ``a4-8`` sheet (mm): two columns, four rows, centred on the page.</extracomment>
        <translation>بیجز: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/render/lists.py" line="26"/>
        <source>%n delegates</source>
        <translation>
            <numerusform>%n مندوب</numerusform>
            <numerusform>%n مندوبین</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="33"/>
        <source>No.</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="34"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="35"/>
        <source>Name in Latin</source>
        <translation>لاطینی حروف میں نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="38"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="40"/>
        <source>Signature</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="43"/>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="44"/>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="70"/>
        <source>Sign-in sheet</source>
        <translation>حاضری شیٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="72"/>
        <source>Delegate list</source>
        <translation>مندوبین کی فہرست</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/pdf.py" line="138"/>
        <source>The page could not be drawn.</source>
        <extracomment>The resolution PDFs are drawn at (device units per inch): fine enough for QR modules and cut marks.</extracomment>
        <translation>صفحہ نہیں بنایا جا سکا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/table.py" line="171"/>
        <source>%1 (continued)</source>
        <translation>%1 (جاری)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/table.py" line="199"/>
        <source>Printed %1</source>
        <translation>طباعت: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/table.py" line="203"/>
        <source>Page %1 of %2</source>
        <translation>صفحہ %1 از %2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/printing.py" line="33"/>
        <source>No delegate of {event} is called {name}.</source>
        <translation>{event} میں {name} نام کا کوئی مندوب نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/printing.py" line="34"/>
        <source>Several delegates of {event} are called {name}: {names}. Give the whole name.</source>
        <translation>{event} کے کئی مندوبین کا نام {name} ہے: {names}۔ پورا نام لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/printing.py" line="37"/>
        <source>The registration of {name} for {event} is cancelled: no badge is printed.</source>
        <translation>{event} کے لیے {name} کی رجسٹریشن منسوخ ہے: کوئی بیج نہیں چھپے گا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/printing.py" line="40"/>
        <source>No organisation</source>
        <translation>کوئی ادارہ نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/printing.py" line="122"/>
        <source>The event is not in the database.</source>
        <translation>یہ تقریب ڈیٹا بیس میں نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>PrintingActions</name>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="57"/>
        <source>&amp;Badges…</source>
        <translation>&amp;بیجز…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="59"/>
        <source>&amp;Reprint badge (selected delegate)</source>
        <translation>بیج &amp;دوبارہ پرنٹ کریں (منتخب مندوب)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="61"/>
        <source>&amp;Delegate list…</source>
        <translation>&amp;مندوبین کی فہرست…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="62"/>
        <source>&amp;Sign-in sheet…</source>
        <translation>&amp;حاضری شیٹ…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="63"/>
        <source>Print pre&amp;view</source>
        <translation>پرنٹ کا &amp;پیش منظر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="65"/>
        <source>Preview what the page on screen prints (an event&apos;s delegate list)</source>
        <translation>اسکرین پر موجود صفحے کی طباعت کا پیش منظر (کسی تقریب کے مندوبین کی فہرست)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="122"/>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="201"/>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="208"/>
        <source>Print</source>
        <translation>پرنٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="122"/>
        <source>There is no event to print for. Add an event first.</source>
        <translation>پرنٹ کرنے کے لیے کوئی تقریب نہیں ہے۔ پہلے ایک تقریب شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="141"/>
        <source>Reprint badge</source>
        <translation>بیج دوبارہ پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="143"/>
        <source>Select one delegate in an event&apos;s Delegates list (Events page), then reprint the badge.</source>
        <translation>کسی تقریب کی مندوبین کی فہرست (تقریبات کا صفحہ) میں ایک مندوب منتخب کریں، پھر بیج دوبارہ پرنٹ کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="205"/>
        <source>Nothing to print: the event has no delegates to print for.</source>
        <translation>پرنٹ کرنے کو کچھ نہیں: اس تقریب کا کوئی مندوب پرنٹ کرنے کے لیے نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="226"/>
        <source>A font is missing</source>
        <translation>ایک فونٹ موجود نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="227"/>
        <source>Print anyway?</source>
        <translation>پھر بھی پرنٹ کریں؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="234"/>
        <source>%n cancelled registrations were left out.</source>
        <translation>
            <numerusform>%n منسوخ رجسٹریشن چھوڑ دی گئی۔</numerusform>
            <numerusform>%n منسوخ رجسٹریشنز چھوڑ دی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="252"/>
        <source>Save as PDF</source>
        <translation>PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="252"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="271"/>
        <source>Saved %n pages to %1.</source>
        <translation>
            <numerusform>%n صفحہ %1 میں محفوظ ہو گیا۔</numerusform>
            <numerusform>%n صفحات %1 میں محفوظ ہو گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="276"/>
        <source>Writing the PDF…</source>
        <translation>PDF لکھی جا رہی ہے…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="15"/>
        <source>The record was changed elsewhere</source>
        <translation>ریکارڈ کہیں اور تبدیل کر دیا گیا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="19"/>
        <source>Reload their version</source>
        <translation>ان کا ورژن دوبارہ لوڈ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="22"/>
        <source>Overwrite with mine</source>
        <translation>میرے ورژن سے بدل دیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="51"/>
        <source>Discard changes?</source>
        <translation>تبدیلیاں ضائع کریں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="52"/>
        <source>The changes in this form are not saved. Discard them and close the form?</source>
        <translation>اس فارم کی تبدیلیاں محفوظ نہیں ہوئیں۔ انہیں ضائع کر کے فارم بند کریں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="70"/>
        <source>Characters the encoding cannot hold</source>
        <translation>وہ حروف جو انکوڈنگ نہیں رکھ سکتی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="73"/>
        <source>Replace them with ?</source>
        <translation>انہیں ? سے بدل دیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="86"/>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="104"/>
        <source>Close the import?</source>
        <translation>درآمد بند کریں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="87"/>
        <source>The cells you fixed and the problems you chose to leave empty are lost when the import is closed. Close it anyway?</source>
        <translation>درآمد بند کرنے پر آپ کے درست کیے ہوئے خانے اور خالی چھوڑنے کے لیے چنے گئے مسائل ضائع ہو جائیں گے۔ پھر بھی بند کریں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="105"/>
        <source>Nothing was imported yet, and the choices you made in this import are lost when it is closed. Close it anyway?</source>
        <translation>ابھی کچھ درآمد نہیں ہوا، اور بند کرنے پر اس درآمد میں آپ کے کیے گئے انتخاب ضائع ہو جائیں گے۔ پھر بھی بند کریں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="121"/>
        <source>The file or its columns changed</source>
        <translation>فائل یا اس کے کالم بدل گئے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="124"/>
        <source>The file or its columns changed since you fixed cells on the Check page. Clear those fixes, or keep them on the same rows and fields?</source>
        <translation>آپ نے جانچ کے صفحے پر خانے درست کیے تھے، اس کے بعد فائل یا اس کے کالم بدل گئے۔ یہ درستیاں ختم کریں، یا انہیں انہی قطاروں اور خانوں پر رکھیں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="132"/>
        <source>Clear the fixes</source>
        <translation>درستیاں ختم کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="135"/>
        <source>Keep them</source>
        <translation>رکھیں</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../tvet_alliance/ui/file_dialogs.py" line="41"/>
        <source>Folder</source>
        <translation>فولڈر</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="72"/>
        <source>&amp;Select All</source>
        <translation>سب منتخب کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="73"/>
        <source>&amp;Step up</source>
        <translation>ایک قدم اوپر (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="74"/>
        <source>Step &amp;down</source>
        <translation>ایک قدم نیچے (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="76"/>
        <source>Look in:</source>
        <translation>یہاں دیکھیں:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="77"/>
        <source>File &amp;name:</source>
        <translation>فائل کا نام (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="78"/>
        <source>Files of type:</source>
        <translation>فائل کی قسم:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="79"/>
        <source>&amp;Open</source>
        <translation>کھولیں (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="80"/>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="81"/>
        <source>&amp;Choose</source>
        <translation>منتخب کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="82"/>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="83"/>
        <source>Save As</source>
        <translation>اس نام سے محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="84"/>
        <source>Find Directory</source>
        <translation>فولڈر تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="85"/>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="86"/>
        <source>Forward</source>
        <translation>آگے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="87"/>
        <source>Parent Directory</source>
        <translation>بالائی فولڈر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="88"/>
        <source>Create New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="89"/>
        <source>List View</source>
        <translation>فہرست کی صورت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="90"/>
        <source>Detail View</source>
        <translation>تفصیلی صورت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="91"/>
        <source>New Folder</source>
        <translation>نیا فولڈر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="92"/>
        <source>&amp;New Folder</source>
        <translation>نیا فولڈر (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="93"/>
        <source>&amp;Delete</source>
        <translation>حذف کریں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="94"/>
        <source>&amp;Rename</source>
        <translation>نام بدلیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="95"/>
        <source>Show &amp;hidden files</source>
        <translation>پوشیدہ فائلیں دکھائیں (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="96"/>
        <source>All Files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="97"/>
        <source>Directories</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="98"/>
        <source>Directory:</source>
        <translation>فولڈر:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="99"/>
        <source>Recent Places</source>
        <translation>حالیہ مقامات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="100"/>
        <source>My Computer</source>
        <translation>میرا کمپیوٹر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="101"/>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="102"/>
        <source>Folder</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="103"/>
        <source>File Folder</source>
        <translation>فائل فولڈر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="104"/>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="105"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>کیا آپ واقعی &apos;%1&apos; حذف کرنا چاہتے ہیں؟</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="106"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="107"/>
        <source>Size</source>
        <translation>حجم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="108"/>
        <source>Kind</source>
        <translation>نوعیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="109"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="110"/>
        <source>Date Modified</source>
        <translation>تاریخِ ترمیم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="111"/>
        <source>My Computer</source>
        <translation>میرا کمپیوٹر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="112"/>
        <source>Computer</source>
        <translation>کمپیوٹر</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="37"/>
        <source>&amp;OK</source>
        <translation>ٹھیک ہے (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="38"/>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="39"/>
        <source>&amp;Cancel</source>
        <translation>منسوخ کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="40"/>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="41"/>
        <source>Close without Saving</source>
        <translation>محفوظ کیے بغیر بند کریں</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="57"/>
        <source>&amp;Undo</source>
        <translation>واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="58"/>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="59"/>
        <source>Cu&amp;t</source>
        <translation>کاٹیں (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="60"/>
        <source>&amp;Copy</source>
        <translation>نقل کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="61"/>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="62"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="63"/>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="42"/>
        <source>Show Details...</source>
        <translation>تفصیلات دکھائیں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="43"/>
        <source>Hide Details...</source>
        <translation>تفصیلات چھپائیں…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="18"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="19"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="20"/>
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="21"/>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="22"/>
        <source>&amp;Yes</source>
        <translation>ہاں (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="23"/>
        <source>Yes to &amp;All</source>
        <translation>سب کے لیے ہاں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="24"/>
        <source>&amp;No</source>
        <translation>نہیں (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="25"/>
        <source>N&amp;o to All</source>
        <translation>سب کے لیے نہیں (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="26"/>
        <source>Abort</source>
        <translation>روک دیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="27"/>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="28"/>
        <source>Ignore</source>
        <translation>نظر انداز کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="29"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="30"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="31"/>
        <source>Discard</source>
        <translation>ترک کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="32"/>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="33"/>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="34"/>
        <source>Reset</source>
        <translation>ری سیٹ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="35"/>
        <source>Restore Defaults</source>
        <translation>طے شدہ ترتیبات بحال کریں</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="44"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="64"/>
        <source>&amp;Undo</source>
        <translation>واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="65"/>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="66"/>
        <source>Cu&amp;t</source>
        <translation>کاٹیں (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="67"/>
        <source>&amp;Copy</source>
        <translation>نقل کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="68"/>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="69"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="70"/>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="71"/>
        <source>Copy &amp;Link Location</source>
        <translation>ربط کا پتا نقل کریں (&amp;L)</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="46"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; پیچھے (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="47"/>
        <source>&amp;Next &gt;</source>
        <translation>آگے (&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="48"/>
        <source>&amp;Finish</source>
        <translation>مکمل کریں (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="49"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="50"/>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="51"/>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="52"/>
        <source>Go Back</source>
        <translation>پیچھے جائیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="53"/>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="54"/>
        <source>Commit</source>
        <translation>تصدیق کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="55"/>
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="69"/>
        <source>Next field (or take the suggestion)</source>
        <extracomment>Records that can be added from inside another form (a new person while registering a delegate). Opens a form for a record listed in a tab of this one: (record type, its id or None for a new one, the values a new one starts with); True when something was saved. The related records a form offers to add and edit from its tab: (this form&apos;s type, the listed type) -&gt; the field of the listed record that points at this one (a partner&apos;s contact people). On such a tab, adds one (as on a list page). Saves and opens a fresh form of the same kind. The keys a form handles itself (in :meth:`RecordEditor.keyPressEvent`), with what they do, for Help → Keyboard shortcuts: (key, translation context, English text).</extracomment>
        <translation>اگلا خانہ (یا تجویز قبول کریں)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="72"/>
        <source>Close the form (asks if changed)</source>
        <translation>فارم بند کریں (تبدیلی ہو تو پوچھتا ہے)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="76"/>
        <source>Add one on a tab of related records (a partner&apos;s people, agreements)</source>
        <translation>متعلقہ ریکارڈ کے ٹیب پر ایک شامل کریں (شراکت دار کے افراد، معاہدے)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="123"/>
        <source>New %1</source>
        <extracomment>The “Possibly the same as …” question is about to be asked (tests answer it through this). What the form shows without refusing the record (a phone in no range in use). Set when the person saved with &quot;Save and new&quot;: the caller opens the next form.</extracomment>
        <translation>نیا ریکارڈ: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="125"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="181"/>
        <source>Save (Ctrl+S)</source>
        <translation>محفوظ کریں (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="184"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="188"/>
        <source>Save and &amp;new</source>
        <translation>محفوظ کریں اور &amp;نیا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="192"/>
        <source>Save, then start the next one (%1)</source>
        <translation>محفوظ کریں، پھر اگلا شروع کریں (%1)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="198"/>
        <source>Save, then start the next one</source>
        <translation>محفوظ کریں، پھر اگلا شروع کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="218"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="281"/>
        <source>Computed from the judges&apos; marks (the Marks page).</source>
        <translation>ججوں کے نمبروں سے حساب کیا گیا (نمبر والا صفحہ)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="342"/>
        <source>Pick one of the suggestions.</source>
        <translation>تجاویز میں سے ایک منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="384"/>
        <source>%1 is required.</source>
        <translation>%1 لازمی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="385"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="557"/>
        <source>None yet</source>
        <translation>ابھی کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="565"/>
        <source>Add…</source>
        <translation>شامل کریں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="568"/>
        <source>Edit…</source>
        <translation>ترمیم کریں…</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="197"/>
        <location filename="../../tvet_alliance/ui/views/records.py" line="198"/>
        <source>Open the selected record</source>
        <extracomment>The list&apos;s own keys: (key, the widget it works in, the method it runs, English text in the RecordSection context). The constructor binds them; Help → Keyboard shortcuts lists them.</extracomment>
        <translation>منتخب ریکارڈ کھولیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="203"/>
        <source>In the search box: clear the search</source>
        <translation>تلاش کے خانے میں: تلاش صاف کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="209"/>
        <source>From the search box: select the first match</source>
        <translation>تلاش کے خانے سے: پہلا نتیجہ منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="244"/>
        <source>Search names, e-mail, phone… (Ctrl+F)</source>
        <translation>نام، ای میل، فون تلاش کریں… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="265"/>
        <source>Show deleted</source>
        <translation>حذف شدہ دکھائیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="271"/>
        <source>New…</source>
        <translation>نیا…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="272"/>
        <source>Edit…</source>
        <translation>ترمیم…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="273"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="274"/>
        <source>Restore</source>
        <translation>بحال کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="275"/>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="290"/>
        <source>Export…</source>
        <translation>برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="291"/>
        <source>Export this list to CSV or Excel (Ctrl+E)</source>
        <translation>یہ فہرست CSV یا Excel میں برآمد کریں (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="336"/>
        <source>Mark selected as</source>
        <translation>منتخب کی حیثیت مقرر کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="344"/>
        <source>Re-issue ticket…</source>
        <translation>نیا ٹکٹ جاری کریں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="384"/>
        <location filename="../../tvet_alliance/ui/views/records.py" line="417"/>
        <source>%1: any</source>
        <translation>%1: تمام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="399"/>
        <source>Contradicts the rank</source>
        <translation>درجے سے متضاد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="402"/>
        <source>Expiring within %1 days</source>
        <translation>%1 دن میں میعاد ختم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="535"/>
        <source>%1+ of %2 shown</source>
        <translation>%2 میں سے %1+ دکھائے گئے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="537"/>
        <source>%1 of %2 shown</source>
        <translation>%2 میں سے %1 دکھائے گئے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="538"/>
        <source>%1 shown</source>
        <translation>%1 دکھائے گئے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="643"/>
        <source>New ticket code: %1. Print the badge again (File → Print → Reprint badge).</source>
        <translation>نیا ٹکٹ کوڈ: %1۔ بیج دوبارہ پرنٹ کریں (فائل ← پرنٹ ← بیج دوبارہ پرنٹ کریں)۔</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/models/record_table.py" line="381"/>
        <source>Expired %n days ago</source>
        <extracomment>Ids are loaded a page at a time as the view scrolls; a search never waits for every match. One thread for the counts: a newer search&apos;s count waits for at most one older one. The thread touches no Qt object: the model polls the future on the GUI thread. The count of matching rows became known after the rows showed (see :attr:`counting`). How many rows there are without the search and filters (for &quot;N of M shown&quot;). How many rows match the search and filters (all of them, not just the loaded pages). Whether :attr:`matched` is still being counted (it is then the number of rows loaded).</extracomment>
        <translation>
            <numerusform>%n دن پہلے میعاد ختم ہوئی</numerusform>
            <numerusform>%n دن پہلے میعاد ختم ہوئی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/models/record_table.py" line="382"/>
        <source>Expires in %n days</source>
        <translation>
            <numerusform>%n دن میں میعاد ختم ہوگی</numerusform>
            <numerusform>%n دن میں میعاد ختم ہوگی</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/models/record_table.py" line="418"/>
        <source>The medal does not match the rank: rank %1 has %2, but rank %3 below it has %4.</source>
        <extracomment>The columns of an entry that are marked when its medal contradicts its rank.</extracomment>
        <translation>تمغہ درجے سے مطابقت نہیں رکھتا: درجہ %1 کے پاس %2 ہے، لیکن اس سے نیچے درجہ %3 کے پاس %4 ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/models/record_table.py" line="423"/>
        <source>The medal does not match the rank: rank %1 has %2, but rank %3 above it has %4.</source>
        <translation>تمغہ درجے سے مطابقت نہیں رکھتا: درجہ %1 کے پاس %2 ہے، لیکن اس سے اوپر درجہ %3 کے پاس %4 ہے۔</translation>
    </message>
</context>
<context>
    <name>RefField</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="558"/>
        <source>New…</source>
        <translation>نیا…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="559"/>
        <source>Add a record that is not in the list yet</source>
        <translation>ایسا ریکارڈ شامل کریں جو ابھی فہرست میں نہیں</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="440"/>
        <source>Type to search…</source>
        <extracomment>A choice&apos;s name and detail, for the two lines of a picker&apos;s suggestion.</extracomment>
        <translation>تلاش کے لیے ٹائپ کریں…</translation>
    </message>
</context>
<context>
    <name>RefsField</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="595"/>
        <source>Type to add…</source>
        <translation>شامل کرنے کے لیے ٹائپ کریں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="597"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
</context>
<context>
    <name>ReplicaBanner</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="131"/>
        <source>Create sync package…</source>
        <extracomment>The person pressed &quot;Create sync package…&quot;.</extracomment>
        <translation>سنک پیکج بنائیں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="134"/>
        <source>Write this copy&apos;s new changes to a file to merge at the office (Ctrl+Shift+P)</source>
        <translation>اس نقل کی نئی تبدیلیاں فائل میں لکھیں تاکہ دفتر میں ضم ہوں (Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>ResultSheet</name>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="66"/>
        <source>Rank</source>
        <translation>درجہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="67"/>
        <source>Entry</source>
        <translation>انٹری</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="68"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="69"/>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="70"/>
        <source>Mark</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="71"/>
        <source>Standard</source>
        <translation>معیاری</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="72"/>
        <source>Medal</source>
        <translation>تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="78"/>
        <source>withdrawn</source>
        <translation>دستبردار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="79"/>
        <source>disqualified</source>
        <translation>نااہل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="80"/>
        <source>no mark</source>
        <translation>کوئی نمبر نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="81"/>
        <source>not competed</source>
        <translation>مقابلے میں شامل نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="114"/>
        <source>Results book: %1</source>
        <translation>نتائج کی کتاب: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="116"/>
        <source>Result sheet: %1</source>
        <translation>نتیجہ شیٹ: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="175"/>
        <source>Results book</source>
        <translation>نتائج کی کتاب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="182"/>
        <source>Contents</source>
        <translation>فہرست</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="191"/>
        <source>confirmed</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="193"/>
        <source>provisional</source>
        <translation>عارضی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="227"/>
        <source>Confirmed results, %1 by %2</source>
        <translation>تصدیق شدہ نتائج، %1، از %2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="232"/>
        <source>Provisional results: the medals are proposed by the rule, not confirmed</source>
        <translation>عارضی نتائج: تمغے قاعدے کے مطابق تجویز کردہ ہیں، تصدیق شدہ نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="238"/>
        <source>Sheet %1 of %2</source>
        <translation>شیٹ %1 از %2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="336"/>
        <source>PROVISIONAL</source>
        <translation>عارضی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="355"/>
        <source>Standard score = 700 + 100 × (mark − median) ÷ spread (this program&apos;s formula); median %1, spread %2 mark points.</source>
        <translation>معیاری اسکور = 700 + 100 × (نمبر − درمیانی) ÷ پھیلاؤ (اس پروگرام کا فارمولا)؛ درمیانی %1، پھیلاؤ %2 نمبر۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="363"/>
        <source>Printed %1</source>
        <translation>پرنٹ شدہ %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="367"/>
        <source>Page %1 of %2</source>
        <translation>صفحہ %1 از %2</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="33"/>
        <source>There is no competition named {name}.</source>
        <translation>{name} نام کا کوئی مقابلہ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="34"/>
        <source>{competition} has no skill track named {name}.</source>
        <translation>{competition} میں {name} نام کا کوئی مہارتی شعبہ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="35"/>
        <source>This skill track no longer exists.</source>
        <translation>یہ مہارتی شعبہ اب موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="36"/>
        <source>The results of {track} are confirmed: unlock them before changing its entries.</source>
        <translation>{track} کے نتائج کی تصدیق ہو چکی ہے: اس کی انٹریاں بدلنے سے پہلے انہیں کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="39"/>
        <source>The results of {track} are confirmed already.</source>
        <translation>{track} کے نتائج کی تصدیق پہلے ہی ہو چکی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="40"/>
        <source>The results of {track} are not confirmed.</source>
        <translation>{track} کے نتائج کی تصدیق نہیں ہوئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="41"/>
        <source>{track} has no ranked entry yet: there is nothing to confirm.</source>
        <translation>{track} میں ابھی کوئی درجہ بند انٹری نہیں: تصدیق کے لیے کچھ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="42"/>
        <source>Say why the results of {track} are unlocked.</source>
        <translation>بتائیں کہ {track} کے نتائج کیوں کھولے جا رہے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="43"/>
        <source>The reason is too long (at most {limit} characters).</source>
        <translation>وجہ بہت لمبی ہے (زیادہ سے زیادہ {limit} حروف)۔</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="114"/>
        <source>Rank</source>
        <translation>درجہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="115"/>
        <source>Entry</source>
        <translation>انٹری</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="116"/>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="117"/>
        <source>Mark</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="118"/>
        <source>Standard</source>
        <translation>معیاری</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="119"/>
        <source>Proposed</source>
        <translation>تجویز کردہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="120"/>
        <source>Stored</source>
        <translation>محفوظ شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="136"/>
        <source>&amp;Competition:</source>
        <extracomment>The competition&apos;s stored (threshold, margin), what the proposals shown are computed with.</extracomment>
        <translation>&amp;مقابلہ:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="141"/>
        <source>&amp;Medallion from:</source>
        <translation>&amp;میڈلین از:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="143"/>
        <source>Medallion for Excellence from this standard score</source>
        <translation>اس معیاری اسکور سے میڈلین برائے امتیاز</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="149"/>
        <source>&amp;Tie margin:</source>
        <translation>&amp;برابری کا فرق:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="152"/>
        <source>Marks within this many mark points of a better one share its rank and medal</source>
        <translation>بہتر نمبر سے اتنے نمبروں کے اندر والے اس کا درجہ اور تمغہ بانٹتے ہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="154"/>
        <source>&amp;Apply</source>
        <translation>&amp;لاگو کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="189"/>
        <source>C&amp;onfirm results…</source>
        <translation>نتائج کی &amp;تصدیق…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="191"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;کھولیں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="193"/>
        <source>Print result &amp;sheet…</source>
        <translation>نتیجہ &amp;شیٹ پرنٹ کریں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="195"/>
        <source>Print results &amp;book…</source>
        <translation>نتائج کی &amp;کتاب پرنٹ کریں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="216"/>
        <source>Track results</source>
        <translation>شعبے کے نتائج</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="217"/>
        <source>Medal table</source>
        <translation>تمغوں کی جدول</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="248"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n انٹری</numerusform>
            <numerusform>%n انٹریاں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="294"/>
        <source>confirmed</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="323"/>
        <source>Confirmed on {when} by {who}: its entries are locked.</source>
        <translation>{when} کو {who} نے تصدیق کی: اس کی انٹریاں مقفل ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="327"/>
        <source>Provisional: the medals are proposed by the rule.</source>
        <translation>عارضی: تمغے قاعدے کے مطابق تجویز کردہ ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="329"/>
        <source>Median mark {median}, spread {spread} mark points.</source>
        <translation>درمیانی نمبر {median}، پھیلاؤ {spread} نمبر۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="333"/>
        <source>(Fewer than 3 ranked entries: a tenth of the maximum.)</source>
        <translation>(3 سے کم درجہ بند انٹریاں: زیادہ سے زیادہ کا دسواں حصہ۔)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="335"/>
        <source>Last unlocked: {reason}</source>
        <translation>پچھلی بار کھولا گیا: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="343"/>
        <source>Choose a competition and a skill track.</source>
        <translation>مقابلہ اور مہارتی شعبہ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="345"/>
        <source>No competition yet.</source>
        <translation>ابھی کوئی مقابلہ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="379"/>
        <source>Not the medal the rule proposes now</source>
        <translation>قاعدہ اب یہ تمغہ تجویز نہیں کرتا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="383"/>
        <source>withdrawn</source>
        <translation>دستبردار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="384"/>
        <source>disqualified</source>
        <translation>نااہل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="385"/>
        <source>no mark</source>
        <translation>کوئی نمبر نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="386"/>
        <source>not competed</source>
        <translation>مقابلے میں شامل نہیں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="432"/>
        <source>%n gold</source>
        <translation>
            <numerusform>%n سونا</numerusform>
            <numerusform>%n سونے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="432"/>
        <source>%n silver</source>
        <translation>
            <numerusform>%n چاندی</numerusform>
            <numerusform>%n چاندی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="433"/>
        <source>%n bronze</source>
        <translation>
            <numerusform>%n کانسی</numerusform>
            <numerusform>%n کانسی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="433"/>
        <source>%n Medallion for Excellence</source>
        <translation>
            <numerusform>%n میڈلین برائے امتیاز</numerusform>
            <numerusform>%n میڈلین برائے امتیاز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="435"/>
        <source>no medal</source>
        <translation>کوئی تمغہ نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="442"/>
        <source>Confirm the results of {track}: {medals}? The medals are stored and the track&apos;s entries are locked until someone unlocks them with a reason.</source>
        <translation>{track} کے نتائج کی تصدیق کریں: {medals}؟ تمغے محفوظ ہوں گے اور اس شعبے کی انٹریاں اس وقت تک مقفل رہیں گی جب تک کوئی وجہ بتا کر انہیں نہ کھولے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="445"/>
        <source>Confirm results</source>
        <translation>نتائج کی تصدیق</translation>
    </message>
</context>
<context>
    <name>RevertImportDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2446"/>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2555"/>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2577"/>
        <source>Revert an import</source>
        <extracomment>Emitted after an import was reverted.</extracomment>
        <translation>درآمد واپس لیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2453"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2453"/>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2453"/>
        <source>Rows are</source>
        <translation>قطاریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2453"/>
        <source>Result</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2453"/>
        <source>Reverted</source>
        <translation>واپس لی گئی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2462"/>
        <source>&amp;Revert</source>
        <translation>واپس لیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2482"/>
        <source>%1 created, %2 updated, %3 skipped, %4 with problems</source>
        <translation>%1 نئے، %2 تازہ کیے گئے، %3 چھوڑے گئے، %4 میں مسائل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2504"/>
        <source>No imports yet.</source>
        <translation>ابھی تک کوئی درآمد نہیں ہوئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2531"/>
        <source>Looking at what depends on the import…</source>
        <translation>دیکھا جا رہا ہے کہ درآمد پر کیا منحصر ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2539"/>
        <source>Records added since the import of %1 depend on records it created:</source>
        <translation>%1 کی درآمد کے بعد شامل کیے گئے ریکارڈ اس کے بنائے ہوئے ریکارڈ پر منحصر ہیں:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2546"/>
        <source>Revert anyway? The records they depend on are kept; the import&apos;s other records are removed and the fields it changed restored.</source>
        <translation>پھر بھی واپس لیں؟ جن ریکارڈ پر یہ منحصر ہیں وہ رکھے جائیں گے؛ درآمد کے باقی ریکارڈ ہٹا دیے جائیں گے اور اس کے بدلے ہوئے خانے بحال ہوں گے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2552"/>
        <source>Remove the records the import of %1 created and restore the fields it changed? Fields changed since then are left as they are.</source>
        <translation>%1 کی درآمد سے بننے والے ریکارڈ ہٹا دیں اور اس کے بدلے ہوئے خانے بحال کریں؟ جو خانے اس کے بعد بدلے گئے وہ جوں کے توں رہیں گے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2564"/>
        <source>Reverting the import…</source>
        <translation>درآمد واپس لی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2581"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>منسوخ؛ کچھ نہیں بدلا۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2595"/>
        <source>Reverted: %n records removed</source>
        <translation>
            <numerusform>واپس لی گئی: %n ریکارڈ ہٹایا گیا</numerusform>
            <numerusform>واپس لی گئی: %n ریکارڈ ہٹائے گئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2596"/>
        <source>, %n fields restored.</source>
        <translation>
            <numerusform>، %n خانہ بحال ہوا۔</numerusform>
            <numerusform>، %n خانے بحال ہوئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2600"/>
        <source>%n records kept: records added since depend on them.</source>
        <translation>
            <numerusform>%n ریکارڈ رکھا گیا: بعد میں شامل کیے گئے ریکارڈ اس پر منحصر ہیں۔</numerusform>
            <numerusform>%n ریکارڈ رکھے گئے: بعد میں شامل کیے گئے ریکارڈ ان پر منحصر ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2603"/>
        <source>Changed since, left as they are: %1</source>
        <translation>بعد میں بدلے گئے، جوں کے توں رہے: %1</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="227"/>
        <source>Revoke a certificate</source>
        <extracomment>Only these certificates, printed again as they are (a lost or damaged one).</extracomment>
        <translation>سرٹیفکیٹ منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="231"/>
        <source>Revoke the certificate %1 of %2? Verifying it will then say it is revoked, with the reason below. This cannot be undone; a new certificate gets a new code.</source>
        <translation>%2 کا سرٹیفکیٹ %1 منسوخ کریں؟ اس کے بعد تصدیق پر یہ منسوخ دکھائی دے گا، نیچے دی گئی وجہ کے ساتھ۔ یہ واپس نہیں ہو سکتا؛ نئے سرٹیفکیٹ کو نیا کوڈ ملتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="241"/>
        <source>Why, e.g. issued to the wrong person</source>
        <translation>وجہ، مثلاً غلط شخص کو جاری ہوا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="248"/>
        <source>&amp;Reason:</source>
        <translation>وجہ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="251"/>
        <source>Re&amp;voke</source>
        <translation>منسوخ کریں (&amp;V)</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="76"/>
        <source>Marking scheme</source>
        <translation>نمبر دینے کی اسکیم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="81"/>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="82"/>
        <source>Description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="83"/>
        <source>In Chinese</source>
        <translation>چینی میں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="84"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="85"/>
        <source>Maximum</source>
        <translation>زیادہ سے زیادہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="86"/>
        <source>Criterion</source>
        <translation>معیار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="87"/>
        <source>Criterion name</source>
        <translation>معیار کا نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="97"/>
        <source>Add aspect</source>
        <translation>پہلو شامل کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="98"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="99"/>
        <source>Move up</source>
        <translation>اوپر کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="100"/>
        <source>Move down</source>
        <translation>نیچے کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="103"/>
        <source>Copy from this track</source>
        <translation>اس مقابلے سے نقل کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="104"/>
        <source>Import…</source>
        <translation>درآمد…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="121"/>
        <source>Copy the scheme of</source>
        <translation>اس کی اسکیم نقل کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="298"/>
        <source>Import a marking scheme</source>
        <translation>نمبر دینے کی اسکیم درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="298"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>اسپریڈشیٹ (*.csv *.xlsx *.txt)</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../tvet_alliance/domain/search_keys.py" line="57"/>
        <location filename="../../tvet_alliance/domain/search_keys.py" line="62"/>
        <source>name</source>
        <extracomment>Change when the rules below change: stored keys are rebuilt when this (or a data file) differs. Keys longer than this are cut (an index entry stays small; nobody types 200 characters). At most this many readings of one Chinese name (every combination of heteronyms would explode). Why a record matched, per kind of key (shown by the command line and available to the window).</extracomment>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/search_keys.py" line="58"/>
        <source>pinyin</source>
        <translation>پنین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/search_keys.py" line="59"/>
        <source>initials</source>
        <translation>ابتدائی حروف</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/search_keys.py" line="60"/>
        <source>Latin letters of the Urdu name</source>
        <translation>اردو نام کے لاطینی حروف</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/search_keys.py" line="61"/>
        <source>spelling variant</source>
        <translation>ہجے کی دوسری شکل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/search.py" line="32"/>
        <source>every word</source>
        <translation>ہر لفظ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/search.py" line="33"/>
        <source>contains</source>
        <translation>شامل ہے</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/shortcuts.py" line="82"/>
        <source>Window</source>
        <translation>ونڈو</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/shortcuts.py" line="87"/>
        <source>Lists</source>
        <translation>فہرستیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/shortcuts.py" line="90"/>
        <source>Record forms</source>
        <translation>ریکارڈ فارم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/shortcuts.py" line="109"/>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/shortcuts.py" line="113"/>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/shortcuts.py" line="113"/>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/shortcuts.py" line="113"/>
        <source>Keys</source>
        <translation>کلیدیں</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="32"/>
        <source>Changed at the office and on the laptop</source>
        <extracomment>Why a field is in conflict, in English for the &quot;Sync&quot; context.</extracomment>
        <translation>دفتر اور لیپ ٹاپ دونوں پر تبدیل ہوا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="33"/>
        <source>Changed on the laptop, deleted at the office</source>
        <translation>لیپ ٹاپ پر تبدیل ہوا، دفتر میں حذف ہوا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="34"/>
        <source>Deleted on the laptop, changed at the office</source>
        <translation>لیپ ٹاپ پر حذف ہوا، دفتر میں تبدیل ہوا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="35"/>
        <source>The record is not in the office database</source>
        <translation>یہ ریکارڈ دفتری ڈیٹا بیس میں نہیں ہے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="36"/>
        <source>That person is already a delegate of that event at the office</source>
        <translation>یہ شخص دفتر میں اس تقریب کا مندوب پہلے سے ہے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="89"/>
        <source>(deleted)</source>
        <translation>(حذف شدہ)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="173"/>
        <source>This conflict has been resolved already.</source>
        <translation>یہ تضاد پہلے ہی حل ہو چکا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="184"/>
        <source>The record is not in this database; keep the office value.</source>
        <translation>یہ ریکارڈ اس ڈیٹا بیس میں نہیں ہے؛ دفتر کی قدر رکھیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="207"/>
        <source>This value cannot be taken: it would break a rule of the database ({reason}).</source>
        <translation>یہ قدر نہیں لی جا سکتی: اس سے ڈیٹا بیس کا ایک اصول ٹوٹ جائے گا ({reason})۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="235"/>
        <source>“{value}” is not a valid value for this field.</source>
        <translation>“{value}” اس خانے کے لیے درست قدر نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="35"/>
        <source>Same e-mail</source>
        <translation>ایک جیسی ای میل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="36"/>
        <source>Same phone</source>
        <translation>ایک جیسا فون</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="37"/>
        <source>Same name and organisation</source>
        <translation>ایک جیسا نام اور ادارہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="112"/>
        <source>This pair has been reviewed already.</source>
        <extracomment>Not filled from the merged-away record: bookkeeping, and the search keys (derived from the names, computed again when a name is filled). (English label, value of the added record, value of the existing record)</extracomment>
        <translation>یہ جوڑا پہلے ہی جانچا جا چکا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="135"/>
        <source>One of the two records is no longer there.</source>
        <translation>دونوں میں سے ایک ریکارڈ اب موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/merge.py" line="765"/>
        <source>Sync packages are merged into the office database, not into an offline copy.</source>
        <extracomment>A change with no field (a whole-row insert image, a hard delete) counts as writing every field. check-ins the office held already (the same nonce): nothing added check-ins added for a delegate checked in already (two laptops): kept, listed for review per table: {&quot;added&quot;: n, &quot;changed&quot;: n, &quot;deleted&quot;: n} the automatic backup taken before a merge that changed the database Writes the laptop&apos;s rows as they are (their own change-log rows, not new ones of this site). many-to-many fields to set once the table&apos;s rows are written: (table, field, row, ids) (event, person) pairs delegates were moved to by this merge entries whose score is computed from marks, to compute again once the marks are merged judge_mark rows the package wrote to (their entries&apos; scores follow) nonces of the check-ins this merge adds -&gt; their row</extracomment>
        <translation>سنک پیکج دفتری ڈیٹا بیس میں ضم کیے جاتے ہیں، آف لائن نقل میں نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/merge.py" line="772"/>
        <source>This package comes from a copy of another office database, not of this one.</source>
        <translation>یہ پیکج کسی دوسرے دفتری ڈیٹا بیس کی نقل سے آیا ہے، اس کی نقل سے نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/merge.py" line="780"/>
        <source>The package was made with database version {theirs} and this database is at version {ours}; open both with the same release of the program.</source>
        <translation>یہ پیکج ڈیٹا بیس ورژن {theirs} سے بنا اور یہ ڈیٹا بیس ورژن {ours} پر ہے؛ دونوں کو پروگرام کے ایک ہی ریلیز سے کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/merge.py" line="795"/>
        <source>The package names an offline copy that was not taken from this database; it was altered or belongs elsewhere. Nothing was changed.</source>
        <translation>یہ پیکیج جس آف لائن نقل کا نام لیتا ہے وہ اس ڈیٹا بیس سے نہیں لی گئی؛ اسے بدلا گیا ہے یا یہ کہیں اور کا ہے۔ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/merge.py" line="806"/>
        <source>The package does not match the offline copy “{site}” taken here (it was altered); make the package again on that laptop. Nothing was changed.</source>
        <translation>یہ پیکیج یہاں سے لی گئی آف لائن نقل “{site}” سے میل نہیں کھاتا (اسے بدلا گیا ہے)؛ اسی لیپ ٹاپ پر پیکیج دوبارہ بنائیں۔ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/merge.py" line="820"/>
        <source>Changes {first}–{last} of “{site}” have not been merged yet. Merge the package that holds them first, or make a new package on the laptop that sends everything again.</source>
        <translation>“{site}” کی تبدیلیاں {first}–{last} ابھی ضم نہیں ہوئیں۔ پہلے وہ پیکج ضم کریں جس میں یہ ہیں، یا لیپ ٹاپ پر نیا پیکج بنائیں جو سب کچھ دوبارہ بھیجے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/merge.py" line="859"/>
        <source>The package cannot be merged: {reason}. Nothing was changed.</source>
        <translation>یہ پیکج ضم نہیں ہو سکتا: {reason}۔ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="132"/>
        <source>This is the office database. Sync packages are made on offline copies and merged here.</source>
        <extracomment>(table, row id) -&gt; the row&apos;s image (column -&gt; text; many-to-many field -&gt; JSON id list)</extracomment>
        <translation>یہ دفتری ڈیٹا بیس ہے۔ سنک پیکج آف لائن نقول پر بنتے ہیں اور یہاں ضم ہوتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="154"/>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="262"/>
        <source>The folder {folder} does not exist.</source>
        <translation>فولڈر {folder} موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="163"/>
        <source>There is nothing to send: no change has been made on this copy yet.</source>
        <translation>بھیجنے کو کچھ نہیں: اس کاپی پر ابھی کوئی تبدیلی نہیں ہوئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="168"/>
        <source>There is nothing new to send: every change of this copy (up to number {last}) is in a package already.</source>
        <translation>بھیجنے کے لیے کچھ نیا نہیں: اس نقل کی ہر تبدیلی (نمبر {last} تک) پہلے ہی کسی پیکج میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="250"/>
        <source>Cannot write the sync package to {path}: {reason}</source>
        <translation>سنک پیکج {path} میں نہیں لکھا جا سکا: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="282"/>
        <source>{path} is damaged (its checksum does not match); make the package again.</source>
        <translation>{path} خراب ہے (اس کا چیک سم نہیں ملتا)؛ پیکج دوبارہ بنائیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="290"/>
        <source>{path} is refused: {reason}. Nothing was changed.</source>
        <translation>{path} رد کر دیا گیا: {reason}۔ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="296"/>
        <source>{path} is not a sync package made by this program.</source>
        <translation>{path} اس پروگرام کا بنایا ہوا سنک پیکج نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="400"/>
        <source>There is no file {path}.</source>
        <translation>فائل {path} موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="445"/>
        <source>{path} was made by a newer release of this program; update it first.</source>
        <translation>{path} اس پروگرام کے نئے ریلیز سے بنا ہے؛ پہلے پروگرام اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="243"/>
        <source>Offline copies are taken from the office database, not from another offline copy.</source>
        <extracomment>Tables an offline copy does not copy row by row, and why. Every other table of the metadata is copied, so a table added later reaches the laptops without anyone remembering to list it here. Tables copied row by row, parents first (from the metadata).</extracomment>
        <translation>آف لائن نقول دفتری ڈیٹا بیس سے بنتی ہیں، کسی دوسری آف لائن نقل سے نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="252"/>
        <source>There is no such event.</source>
        <translation>ایسی کوئی تقریب نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="257"/>
        <source>An offline copy cannot overwrite the office database itself.</source>
        <translation>آف لائن نقل خود دفتری ڈیٹا بیس کو اوور رائٹ نہیں کر سکتی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="268"/>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} پہلے سے موجود ہے؛ کوئی اور فائل نام چنیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="275"/>
        <source>Offline copy</source>
        <translation>آف لائن نقل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="317"/>
        <source>Cannot write the offline copy to {path}: {reason}</source>
        <translation>آف لائن نقل {path} میں نہیں لکھی جا سکی: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="360"/>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="393"/>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="399"/>
        <source>{path} is not an offline copy made by this program.</source>
        <translation>{path} اس پروگرام کی بنائی ہوئی آف لائن نقل نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="387"/>
        <source>Choose the fresh copy, not this one.</source>
        <translation>تازہ نقل چنیں، یہ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="405"/>
        <source>{path} is a copy of another office database ({office}).</source>
        <translation>{path} کسی دوسرے دفتری ڈیٹا بیس ({office}) کی نقل ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="412"/>
        <source>{path} is older than this copy (taken {taken}); take a fresh copy at the office.</source>
        <translation>{path} اس نقل سے پرانی ہے ({taken} کو بنی)؛ دفتر میں تازہ نقل بنائیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="422"/>
        <source>Changes {first}–{last} made on this laptop have not been merged at the office. Create a sync package, merge it at the office, then take a fresh copy there.</source>
        <translation>اس لیپ ٹاپ پر کی گئی تبدیلیاں {first}–{last} ابھی دفتر میں ضم نہیں ہوئیں۔ سنک پیکج بنائیں، اسے دفتر میں ضم کریں، پھر وہاں تازہ نقل بنائیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="460"/>
        <source>Cannot replace {path}: {reason}</source>
        <translation>{path} کو بدلا نہیں جا سکا: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="64"/>
        <source>Sync packages (*%1);;All files (*)</source>
        <extracomment>The file suffix of sync packages. The file filter of database files (offline copies are database files too).</extracomment>
        <translation>سنک پیکج (*%1);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="93"/>
        <source>Offline copy of %1, taken %2</source>
        <translation>%1 کی آف لائن نقل، %2 کو بنی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="99"/>
        <source>laptop copy “%1”</source>
        <translation>لیپ ٹاپ نقل “%1”</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="102"/>
        <source>only %1</source>
        <translation>صرف %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="104"/>
        <source>changes not yet in a sync package: %1</source>
        <translation>تبدیلیاں جو ابھی کسی سنک پیکج میں نہیں: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="107"/>
        <source>every change is in a sync package</source>
        <translation>ہر تبدیلی کسی سنک پیکج میں ہے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="284"/>
        <source>Offline copy “%1” written to %2.</source>
        <translation>آف لائن نقل “%1” %2 میں لکھ دی گئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="289"/>
        <source>It holds the event %1 and what it needs.</source>
        <translation>اس میں تقریب %1 اور اس کے لیے درکار ریکارڈ ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="295"/>
        <source>Open it on the laptop with File → Open database….</source>
        <translation>اسے لیپ ٹاپ پر فائل ← ڈیٹا بیس کھولیں… سے کھولیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="310"/>
        <source>Sync package with %Ln changes (numbers %1–%2) written to %3.</source>
        <translation>
            <numerusform>%Ln تبدیلی (نمبر %1–%2) والا سنک پیکج %3 میں لکھ دیا گیا۔</numerusform>
            <numerusform>%Ln تبدیلیوں (نمبر %1–%2) والا سنک پیکج %3 میں لکھ دیا گیا۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="354"/>
        <source>Merged the package of “%1”: %2 added, %3 changed, %4 deleted</source>
        <translation>“%1” کا پیکج ضم ہو گیا: %2 شامل، %3 تبدیل، %4 حذف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="363"/>
        <source>, %n check-ins</source>
        <translation>
            <numerusform>، %n حاضری</numerusform>
            <numerusform>، %n حاضریاں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="364"/>
        <source>, %n conflicts</source>
        <translation>
            <numerusform>، %n تضاد</numerusform>
            <numerusform>، %n تضادات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="365"/>
        <source>, %n possible duplicates.</source>
        <translation>
            <numerusform>، %n ممکنہ دہرا اندراج۔</numerusform>
            <numerusform>، %n ممکنہ دہرے اندراجات۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="320"/>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="333"/>
        <source>Check-ins</source>
        <translation>حاضریاں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="330"/>
        <source>Records added</source>
        <translation>شامل کیے گئے ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="331"/>
        <source>Records changed</source>
        <translation>تبدیل کیے گئے ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="332"/>
        <source>Records deleted</source>
        <translation>حذف کیے گئے ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="336"/>
        <source>Conflicts (the office value stays until you choose)</source>
        <translation>تضادات (آپ کے انتخاب تک دفتر کی قدر برقرار رہتی ہے)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="341"/>
        <source>Possible duplicates to review</source>
        <translation>جانچنے کے لیے ممکنہ دہرے ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="350"/>
        <source>The package of “%1” was merged before: nothing to do.</source>
        <translation>“%1” کا پیکج پہلے ضم ہو چکا ہے: کچھ کرنے کی ضرورت نہیں۔</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="118"/>
        <source>Separate with ;</source>
        <translation>; سے الگ کریں</translation>
    </message>
</context>
<context>
    <name>TakeCopyDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="178"/>
        <source>Take offline copy</source>
        <extracomment>Emitted with a :class:`CopyChoice` once the person chose the file.</extracomment>
        <translation>آف لائن نقل بنائیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="184"/>
        <source>An offline copy is a database file for a laptop at a seminar: register and check in delegates there without a network, then bring the changes back in a sync package and merge it here.</source>
        <translation>آف لائن نقل سیمینار میں لیپ ٹاپ کے لیے ایک ڈیٹا بیس فائل ہے: وہاں نیٹ ورک کے بغیر مندوبین کا اندراج اور حاضری کریں، پھر تبدیلیاں سنک پیکج میں واپس لائیں اور یہاں ضم کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="190"/>
        <source>Laptop 1</source>
        <translation>لیپ ٹاپ 1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="194"/>
        <source>Shown on the laptop and in the conflicts its package brings</source>
        <translation>لیپ ٹاپ پر اور اس کے پیکج سے آنے والے تضادات میں دکھایا جاتا ہے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="195"/>
        <source>&amp;Name of the laptop copy:</source>
        <translation>لیپ ٹاپ نقل کا نام (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="201"/>
        <source>&amp;Records:</source>
        <translation>ریکارڈ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="205"/>
        <source>One event: its delegates and their people, check-ins, competitions and every partner. Agreements stay at the office.</source>
        <translation>ایک تقریب: اس کے مندوبین اور ان کے افراد، حاضریاں، مقابلے اور تمام شراکت دار۔ معاہدے دفتر میں رہتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="216"/>
        <source>&amp;Save copy…</source>
        <translation>نقل محفوظ کریں (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="239"/>
        <source>All records</source>
        <translation>تمام ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="246"/>
        <source>Only %1</source>
        <translation>صرف %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="270"/>
        <source>Save the offline copy</source>
        <translation>آف لائن نقل محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="56"/>
        <source>Unlock results</source>
        <translation>نتائج کھولیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="59"/>
        <source>Why are the results of {track} unlocked? The reason is kept in the history.</source>
        <translation>{track} کے نتائج کیوں کھولے جا رہے ہیں؟ وجہ تاریخچے میں محفوظ رہے گی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="71"/>
        <source>Unlock</source>
        <translation>کھولیں</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="126"/>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>اختتامی تاریخ {end} آغاز کی تاریخ {start} سے پہلے ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="149"/>
        <source>A partner needs a name: in English, or in Chinese or Urdu.</source>
        <extracomment>An entry&apos;s fields that confirmed results lock (and its track, and its tombstone).</extracomment>
        <translation>شراکت دار کا کوئی نام ضروری ہے: انگریزی میں، یا چینی یا اردو میں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="152"/>
        <source>The results of {track} are confirmed: unlock them before changing its entries.</source>
        <translation>{track} کے نتائج کی تصدیق ہو چکی ہے: اس کی انٹریاں بدلنے سے پہلے انہیں کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="490"/>
        <location filename="../../tvet_alliance/domain/models.py" line="528"/>
        <source>Must be 1 or more.</source>
        <translation>کم از کم 1 ہونا چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="496"/>
        <source>Must be between 0 and 1000.</source>
        <translation>0 اور 1000 کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="499"/>
        <source>Must be between 0 and 100.</source>
        <translation>0 اور 100 کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="530"/>
        <location filename="../../tvet_alliance/domain/models.py" line="628"/>
        <source>Must be more than 0.</source>
        <translation>0 سے زیادہ ہونا چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="566"/>
        <source>A score cannot be negative.</source>
        <translation>اسکور منفی نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="572"/>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="100"/>
        <source>Score {score} is above the track&apos;s maximum of {max}.</source>
        <extracomment>the names of the partners an import created that a report keeps (``created_by_table`` counts all)</extracomment>
        <translation>اسکور {score} اس شعبے کے زیادہ سے زیادہ اسکور {max} سے زیادہ ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="580"/>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="101"/>
        <source>{count} members, but this track takes teams of {size}.</source>
        <translation>{count} ارکان ہیں، لیکن اس شعبے میں ٹیم {size} ارکان کی ہوتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="675"/>
        <source>There is no judge {judge} for this aspect.</source>
        <translation>اس پہلو کے لیے جج {judge} نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="691"/>
        <source>A mark here is from 0 to {max}.</source>
        <translation>یہاں نمبر 0 سے {max} تک ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="729"/>
        <source>“{value}” is not an area of collaboration.</source>
        <translation>“{value}” تعاون کا شعبہ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="774"/>
        <source>A certificate of attendance is for one delegate of an event.</source>
        <translation>حاضری کا سرٹیفکیٹ کسی تقریب کے ایک مندوب کے لیے ہوتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="782"/>
        <source>A competition certificate is for one member of an entry.</source>
        <translation>مقابلے کا سرٹیفکیٹ کسی انٹری کے ایک رکن کے لیے ہوتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="788"/>
        <source>A medal certificate needs a medal.</source>
        <translation>تمغے کے سرٹیفکیٹ کے لیے تمغہ ضروری ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="793"/>
        <source>Must be 0 or more.</source>
        <translation>0 یا اس سے زیادہ ہونا چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="35"/>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="515"/>
        <location filename="../../tvet_alliance/services/records.py" line="300"/>
        <source>This field is required.</source>
        <extracomment>the field key of the problem (&quot;email&quot;), when it is one field&apos;s; &quot;&quot; for the whole row warnings kept for review; ``Report.warning_count`` counts them all The fields where the file has a value that differs from the stored one, in the file&apos;s order. The keys of the fields the import wrote (or, in a test import, would write) The first :data:`KEEP_DUPLICATES` duplicates, for review; ``duplicate_count`` counts them all. The first :data:`KEEP_WARNINGS` warnings of rows that were kept; ``warning_count`` counts all. the cells of the first rows kept with warnings (row number, cells), for the Check page the partners a people, delegates or entries import created for the organisations it named (their names as the file writes them, the first :data:`KEEP_CREATED_NAMES`) field key -&gt; {the file&apos;s text (mapping.value_key) -&gt; choice code, or None: leave it empty} field key -&gt; the text every row gets (&quot;country&quot; -&gt; &quot;China&quot;), as if a column held it (row number, field key) -&gt; the text typed in the Check page&apos;s grid instead of the file&apos;s (field key, error code): leave the field empty in every row with this problem row number -&gt; {field key: True to take the file&apos;s value, False to keep the stored one} an organisation&apos;s name as the file writes it -&gt; the partner chosen for it, &quot;create&quot;, or None (leave the person&apos;s organisation empty); names not here are matched (and created) as before False: a row naming an organisation no partner matches (and not in ``organizations``) is rejected instead of creating the partner (CLI ``--no-new-partners``) ``ImportOptions.organizations``: create the partner the file names The bulk writer of this run (made by :meth:`start_batch`, once the indexes are loaded). the person&apos;s choices for the organisations the file names, by name key (any case or width) hash of a &quot;n:&quot; key -&gt; the person&apos;s id (16 bytes); 64-bit hashes of a million names collide with a chance of about one in 30 million. tracks with a marking scheme: their entries&apos; scores are computed from marks, never imported &quot;left empty&quot; warnings of the rows being validated, noted once a row is kept (chunk) the chunk&apos;s duplicates to compare with their records (and update), with those records</extracomment>
        <translation>یہ خانہ لازمی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="36"/>
        <source>The text contains an invisible control character ({char}), perhaps pasted from another program. Delete it and type the text again.</source>
        <translation>متن میں ایک نظر نہ آنے والا کنٹرول حرف ({char}) ہے، شاید کسی اور پروگرام سے چسپاں ہوا۔ اسے مٹا کر متن دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="41"/>
        <source>This field is required: the text typed in it is only invisible characters.</source>
        <translation>یہ خانہ ضروری ہے: اس میں لکھا متن صرف نظر نہ آنے والے حروف ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="44"/>
        <source>The text contains a hidden text-direction control ({char}) that would show it in another order than it is stored. Delete it: Urdu, Chinese and English text show in the right direction by themselves.</source>
        <translation>متن میں سمت بدلنے والا ایک چھپا کنٹرول ({char}) ہے جو اسے محفوظ ترتیب سے مختلف دکھائے گا۔ اسے مٹا دیں: اردو، چینی اور انگریزی متن خود درست سمت میں دکھتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="169"/>
        <source>“{value}” is not an e-mail address (expected name@example.org).</source>
        <extracomment>What a search box reads of its text: the first characters and words. A longer query only costs time (300 words took 20 s on PostgreSQL) or breaks the database&apos;s limits (SQLite&apos;s expression tree).</extracomment>
        <translation>“{value}” ای میل پتہ نہیں ہے (مثلاً name@example.org)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="184"/>
        <source>“{value}” is not a web address (expected https://…).</source>
        <translation>“{value}” ویب ایڈریس نہیں ہے (مثلاً https://…)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="200"/>
        <source>“{value}” is not a country code (ISO 3166-1, e.g. CN or PK).</source>
        <translation>“{value}” ملک کا کوڈ نہیں ہے (ISO 3166-1، مثلاً CN یا PK)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="215"/>
        <source>“{value}” is not a province code (ISO 3166-2, e.g. PK-PB or CN-CQ).</source>
        <translation>“{value}” صوبے کا کوڈ نہیں ہے (ISO 3166-2، مثلاً PK-PB یا CN-CQ)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="223"/>
        <source>Province {value} ({name}) is not in country {country}.</source>
        <translation>صوبہ {value} ({name}) ملک {country} میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="244"/>
        <source>Excel turned this phone number into a number; its last digits are lost.</source>
        <translation>Excel نے اس فون نمبر کو عدد میں بدل دیا ہے؛ اس کے آخری ہندسے ضائع ہو گئے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="247"/>
        <source>This number is not in a range in use in {country}; check it.</source>
        <translation>یہ نمبر {country} میں استعمال ہونے والی کسی رینج میں نہیں ہے؛ اسے جانچ لیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="286"/>
        <source>“{value}” needs a country: start it with + and the country code.</source>
        <extracomment>&quot;8.61426E+12&quot;, &quot;9.23E+11&quot;, &quot;8,61426E+12&quot;: a number Excel showed in scientific notation and saved so.</extracomment>
        <translation>“{value}” میں ملک کا کوڈ درکار ہے: اسے + اور ملک کے کوڈ سے شروع کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="293"/>
        <source>“{value}” is not a valid phone number for {region}.</source>
        <translation>“{value}” {region} کا درست فون نمبر نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="254"/>
        <source>Enter a whole number.</source>
        <translation>مکمل عدد درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="255"/>
        <source>Enter a number, e.g. 87.5.</source>
        <translation>عدد درج کریں، مثلاً 87.5۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="256"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>تاریخ YYYY-MM-DD کی صورت میں درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="257"/>
        <source>This value is not allowed here.</source>
        <translation>یہ قدر یہاں قابلِ قبول نہیں۔</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../tvet_alliance/domain/values.py" line="252"/>
        <source>Yes</source>
        <extracomment>How each list kind is split. An organisation&apos;s other names can hold a comma (&quot;Govt. College of Technology, Bahawalpur&quot;), and tags and areas are typed &quot;a; b&quot; in the form, so these split only on semicolons, newlines and bars. The members of a team, named in one import cell, are people&apos;s names: those also split on commas, slashes and the Chinese enumeration comma (&quot;张三、李四&quot;). Every list is written joined by &quot;; &quot;, which every rule splits.</extracomment>
        <translation>ہاں</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1239"/>
        <source>Values</source>
        <extracomment>The value combo&apos;s data: not mapped (rejected on the Check page), and &quot;leave the field empty&quot;.</extracomment>
        <translation>قدریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1242"/>
        <source>These values of the file are not recognised. Choose what each one means (type to find it), or leave the field empty in those rows. A value left not mapped is rejected on the Check page.</source>
        <translation>یہ قدریں پہچانی نہیں گئیں۔ ہر ایک کا مطلب چنیں (لکھ کر تلاش کریں) یا خانہ خالی چھوڑیں؛ نہ جوڑی گئی قدر جانچ پر رد ہوگی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1250"/>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1251"/>
        <source>In the file</source>
        <translation>فائل میں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1252"/>
        <source>Rows</source>
        <translation>قطاریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1253"/>
        <source>First rows</source>
        <translation>پہلی قطاریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1254"/>
        <source>Means</source>
        <translation>مطلب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1271"/>
        <source>Save mapping &amp;as…</source>
        <translation>میپنگ اس نام سے محفوظ کریں (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1273"/>
        <source>Save the columns and these values for the next file</source>
        <translation>اگلی فائل کے لیے کالم اور یہ قدریں محفوظ کریں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1328"/>
        <source>%1: %n more values in %2 rows are not listed.</source>
        <extracomment>what was typed in a box and names no choice (it went back to what was chosen)</extracomment>
        <translation>
            <numerusform>%1: مزید %n قدر (%2 قطاروں میں) درج نہیں</numerusform>
            <numerusform>%1: مزید %n قدریں (%2 قطاروں میں) درج نہیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1330"/>
        <source>%1: at least %n more values in %2 rows are not listed.</source>
        <translation>
            <numerusform>%1: کم از کم %n مزید قدر (%2 قطاروں میں) درج نہیں</numerusform>
            <numerusform>%1: کم از کم %n مزید قدریں (%2 قطاروں میں) درج نہیں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1356"/>
        <source>— not mapped —</source>
        <translation>— کسی سے نہیں جوڑا —</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1357"/>
        <source>Leave empty</source>
        <translation>خالی چھوڑیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1412"/>
        <source>“%1” is none of the choices (or more than one): pick one from the list (Alt+↓).</source>
        <translation>“%1” کسی انتخاب سے میل نہیں کھاتا (یا ایک سے زیادہ سے): فہرست میں سے ایک چنیں (Alt+↓)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1438"/>
        <source>Every value is mapped.</source>
        <translation>ہر قدر جوڑ دی گئی ہے۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1441"/>
        <source>%n values not mapped yet: the rows holding them would be rejected.</source>
        <translation>
            <numerusform>%n قدر ابھی نہیں جوڑی گئی: جن قطاروں میں یہ ہے وہ رد ہوں گی۔</numerusform>
            <numerusform>%n قدریں ابھی نہیں جوڑی گئیں: جن قطاروں میں یہ ہیں وہ رد ہوں گی۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="88"/>
        <source>Event: %1</source>
        <extracomment>The answer&apos;s colours: (background, border, text).</extracomment>
        <translation>تقریب: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="95"/>
        <source>Competition: %1</source>
        <translation>مقابلہ: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="101"/>
        <source>Skill track: %1</source>
        <translation>مہارت کا شعبہ: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="103"/>
        <source>Team: %1</source>
        <translation>ٹیم: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="105"/>
        <source>Issued %1</source>
        <translation>جاری ہوا %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="110"/>
        <source>Code %1</source>
        <translation>کوڈ %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="131"/>
        <source>Verify a certificate</source>
        <translation>سرٹیفکیٹ کی تصدیق</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="135"/>
        <source>The code printed on the certificate, e.g. abcd-efgh-jk</source>
        <translation>سرٹیفکیٹ پر چھپا کوڈ، مثلاً abcd-efgh-jk</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="138"/>
        <source>&amp;Verify</source>
        <translation>تصدیق کریں (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="159"/>
        <source>Type or scan the certificate&apos;s verification code, then press Enter.</source>
        <translation>سرٹیفکیٹ کا تصدیقی کوڈ ٹائپ یا اسکین کریں، پھر Enter دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="177"/>
        <source>Valid certificate</source>
        <translation>درست سرٹیفکیٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="179"/>
        <source>Revoked: not valid</source>
        <translation>منسوخ: درست نہیں</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="55"/>
        <source>Register a walk-in</source>
        <translation>موقع پر اندراج کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="72"/>
        <source>Name (Latin letters)</source>
        <translation>نام (لاطینی حروف میں)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="73"/>
        <source>Name in Chinese or Urdu</source>
        <translation>چینی یا اردو میں نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="74"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="75"/>
        <source>Attends</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="83"/>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="94"/>
        <source>Register and check in</source>
        <translation>اندراج اور چیک اِن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="85"/>
        <source>Register and check in (Ctrl+S)</source>
        <translation>اندراج اور چیک اِن (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="120"/>
        <source>Type the walk-in&apos;s name.</source>
        <translation>موقع پر آنے والے کا نام لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="125"/>
        <source>Pick the organisation from the list, or clear it.</source>
        <translation>فہرست سے ادارہ چنیں، یا خانہ خالی کریں۔</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../tvet_alliance/ui/workers.py" line="79"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
</TS>
