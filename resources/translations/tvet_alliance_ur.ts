<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>Areas</name>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="493"/>
        <source>Partners</source>
        <translation>شراکت دار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="560"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="624"/>
        <source>Events</source>
        <translation>تقریبات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="649"/>
        <source>Delegates</source>
        <translation>مندوبین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="732"/>
        <source>Competitions</source>
        <translation>مقابلے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="749"/>
        <source>Skill tracks</source>
        <translation>مہارت کے شعبے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="844"/>
        <source>Entries</source>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="886"/>
        <source>Agreements</source>
        <translation>معاہدے</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="737"/>
        <source>Check</source>
        <translation>جانچ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="738"/>
        <source>Every row is checked; nothing is written yet.</source>
        <translation>ہر قطار جانچی جاتی ہے؛ ابھی کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="743"/>
        <source>Check &amp;again</source>
        <translation>دوبارہ جانچیں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="747"/>
        <source>Row</source>
        <translation>قطار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="747"/>
        <source>Column</source>
        <translation>کالم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="747"/>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="757"/>
        <source>Problems:</source>
        <translation>مسائل:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="759"/>
        <source>First rows, problems marked:</source>
        <translation>پہلی قطاریں، مسائل نشان زد:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="770"/>
        <source>Checking…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="775"/>
        <source>Checking the rows…</source>
        <translation>قطاریں جانچی جا رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="789"/>
        <source>The check was cancelled. Press Check again to run it.</source>
        <translation>جانچ منسوخ کر دی گئی۔ دوبارہ چلانے کے لیے &quot;دوبارہ جانچیں&quot; دبائیں۔</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="529"/>
        <location filename="../../tvet_alliance/services/listing.py" line="598"/>
        <location filename="../../tvet_alliance/services/listing.py" line="689"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="531"/>
        <location filename="../../tvet_alliance/services/listing.py" line="599"/>
        <location filename="../../tvet_alliance/services/listing.py" line="692"/>
        <source>Native name</source>
        <translation>مقامی نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="533"/>
        <source>Short name</source>
        <translation>مختصر نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="534"/>
        <location filename="../../tvet_alliance/services/listing.py" line="638"/>
        <location filename="../../tvet_alliance/services/listing.py" line="866"/>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="535"/>
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="536"/>
        <location filename="../../tvet_alliance/services/listing.py" line="637"/>
        <source>City</source>
        <translation>شہر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="537"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="540"/>
        <location filename="../../tvet_alliance/services/listing.py" line="698"/>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="547"/>
        <source>Membership</source>
        <translation>رکنیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="552"/>
        <source>Joined</source>
        <translation>شمولیت کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="553"/>
        <location filename="../../tvet_alliance/services/listing.py" line="603"/>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="554"/>
        <location filename="../../tvet_alliance/services/listing.py" line="604"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="600"/>
        <location filename="../../tvet_alliance/services/listing.py" line="696"/>
        <location filename="../../tvet_alliance/services/listing.py" line="865"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="601"/>
        <source>Position</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="602"/>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="605"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="606"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="633"/>
        <source>Event</source>
        <translation>تقریب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="634"/>
        <location filename="../../tvet_alliance/services/listing.py" line="909"/>
        <source>Kind</source>
        <translation>نوعیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="635"/>
        <location filename="../../tvet_alliance/services/listing.py" line="738"/>
        <source>Starts</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="636"/>
        <location filename="../../tvet_alliance/services/listing.py" line="739"/>
        <source>Ends</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="639"/>
        <source>Mode</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="640"/>
        <source>Delegates</source>
        <translation>مندوبین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="702"/>
        <source>Attends</source>
        <translation>شرکت کا طریقہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="709"/>
        <location filename="../../tvet_alliance/services/listing.py" line="869"/>
        <location filename="../../tvet_alliance/services/listing.py" line="911"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="714"/>
        <source>Checked in</source>
        <translation>حاضری درج</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="736"/>
        <source>Competition</source>
        <translation>مقابلہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="737"/>
        <source>Edition</source>
        <translation>ایڈیشن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="740"/>
        <source>Host city</source>
        <translation>میزبان شہر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="741"/>
        <source>Tracks</source>
        <translation>شعبے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="742"/>
        <location filename="../../tvet_alliance/services/listing.py" line="757"/>
        <source>Entries</source>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="754"/>
        <location filename="../../tvet_alliance/services/listing.py" line="863"/>
        <source>Skill track</source>
        <translation>مہارت کا شعبہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="755"/>
        <source>Team size</source>
        <translation>ٹیم کا سائز</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="756"/>
        <source>Max score</source>
        <translation>زیادہ سے زیادہ اسکور</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="864"/>
        <source>Rank</source>
        <translation>پوزیشن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="867"/>
        <source>Team</source>
        <translation>ٹیم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="868"/>
        <source>Members</source>
        <translation>ارکان</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="870"/>
        <source>Score</source>
        <translation>اسکور</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="871"/>
        <source>Medal</source>
        <translation>تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="908"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="915"/>
        <source>Parties</source>
        <translation>فریقین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="916"/>
        <source>Areas</source>
        <translation>تعاون کے شعبے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="913"/>
        <source>Signed</source>
        <translation>دستخط کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="914"/>
        <source>Expires</source>
        <translation>میعاد ختم</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="164"/>
        <source>Pick from a calendar</source>
        <translation>کیلنڈر سے منتخب کریں</translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="434"/>
        <source>How the file is read</source>
        <translation>فائل کیسے پڑھی جاتی ہے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="435"/>
        <source>Check the preview. If the text looks wrong, choose another encoding.</source>
        <translation>پیش منظر دیکھیں۔ اگر متن غلط لگے تو کوئی اور انکوڈنگ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="450"/>
        <source>Comma ,</source>
        <translation>کوما ,</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="451"/>
        <source>Semicolon ;</source>
        <translation>سیمی کولن ;</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="452"/>
        <source>Tab</source>
        <translation>ٹیب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="453"/>
        <source>Vertical bar |</source>
        <translation>عمودی لکیر |</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="466"/>
        <source>&amp;Encoding:</source>
        <translation>انکوڈنگ (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="468"/>
        <source>&amp;Delimiter:</source>
        <translation>حد بندی علامت (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="470"/>
        <source>&amp;Header row:</source>
        <translation>سرخی کی قطار (&amp;H):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="472"/>
        <source>&amp;Sheet:</source>
        <translation>شیٹ (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="539"/>
        <source>Rows above the header, not imported:</source>
        <translation>سرخی سے اوپر کی قطاریں، درآمد نہیں ہوں گی:</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="881"/>
        <source>Duplicates</source>
        <translation>دہرے اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="882"/>
        <source>These rows match records already there (or earlier rows). Decide for each.</source>
        <translation>یہ قطاریں پہلے سے موجود ریکارڈز (یا پچھلی قطاروں) سے ملتی ہیں۔ ہر ایک کا فیصلہ کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="885"/>
        <source>Row</source>
        <translation>قطار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="885"/>
        <source>In the file</source>
        <translation>فائل میں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="885"/>
        <source>Already there</source>
        <translation>پہلے سے موجود</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="885"/>
        <source>Why</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="885"/>
        <source>Decision</source>
        <translation>فیصلہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="890"/>
        <source>No duplicates found.</source>
        <translation>کوئی دہرا اندراج نہیں ملا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="893"/>
        <source>For all:</source>
        <translation>سب کے لیے:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="916"/>
        <source>%1 (row %2 of this file)</source>
        <translation>%1 (اس فائل کی قطار %2)</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="84"/>
        <source>Add %1</source>
        <extracomment>A record type&apos;s data changed (saved, deleted, restored, undone): pages showing it refresh. The editor that is open now (tests and keyboard users reach it through this).</extracomment>
        <translation>%1 شامل کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="136"/>
        <source>Fields changed by you: %1</source>
        <translation>آپ کے تبدیل کردہ خانے: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="153"/>
        <source>Edit %1</source>
        <translation>%1 میں ترمیم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="189"/>
        <source> and %1 more</source>
        <translation> اور %1 مزید</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="191"/>
        <source>Delete %1?</source>
        <translation>%1 حذف کریں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="194"/>
        <source>Still linked to it: %1. They are kept.</source>
        <translation>اس سے اب بھی منسلک: %1۔ یہ برقرار رہیں گے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="195"/>
        <source>Deleted records can be shown with “Show deleted” and restored.</source>
        <translation>حذف شدہ ریکارڈ “حذف شدہ دکھائیں” سے دیکھے اور بحال کیے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="196"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="213"/>
        <source>Delete %1 %2</source>
        <translation>%2 کے %1 ریکارڈ حذف کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="213"/>
        <source>Restore %1 %2</source>
        <translation>%2 کے %1 ریکارڈ بحال کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="228"/>
        <source>Set %1 of %2 records</source>
        <translation>%2 ریکارڈز میں %1 مقرر کریں</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="161"/>
        <location filename="../../tvet_alliance/services/records.py" line="124"/>
        <source>Partner</source>
        <translation>شراکت دار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="214"/>
        <location filename="../../tvet_alliance/services/records.py" line="172"/>
        <source>Person</source>
        <extracomment>The party links are logged once, on their owning side (Agreement.parties), for audit and sync.</extracomment>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="258"/>
        <location filename="../../tvet_alliance/services/records.py" line="193"/>
        <source>Event</source>
        <translation>تقریب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="286"/>
        <location filename="../../tvet_alliance/services/records.py" line="213"/>
        <source>Delegate</source>
        <translation>مندوب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="319"/>
        <source>Check-in</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="335"/>
        <location filename="../../tvet_alliance/services/records.py" line="247"/>
        <source>Competition</source>
        <translation>مقابلہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="361"/>
        <location filename="../../tvet_alliance/services/records.py" line="264"/>
        <source>Skill track</source>
        <translation>مہارت کا شعبہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="387"/>
        <location filename="../../tvet_alliance/services/records.py" line="284"/>
        <source>Entry</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="438"/>
        <location filename="../../tvet_alliance/services/records.py" line="308"/>
        <source>Agreement</source>
        <translation>معاہدہ</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="161"/>
        <source>TVET college</source>
        <translation>TVET کالج</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="162"/>
        <source>Polytechnic</source>
        <translation>پولی ٹیکنک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="163"/>
        <source>University</source>
        <translation>یونیورسٹی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="164"/>
        <source>Enterprise</source>
        <translation>کمپنی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="165"/>
        <source>Government authority</source>
        <translation>سرکاری ادارہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="166"/>
        <source>Association</source>
        <translation>ایسوسی ایشن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="167"/>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="168"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="181"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="169"/>
        <source>Chair</source>
        <translation>چیئر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="170"/>
        <source>Vice chair</source>
        <translation>وائس چیئر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="171"/>
        <source>Lead partner</source>
        <translation>مرکزی شراکت دار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="172"/>
        <source>Founding member</source>
        <translation>بانی رکن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="173"/>
        <source>Member</source>
        <translation>رکن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="174"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="193"/>
        <source>Observer</source>
        <translation>مبصر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="175"/>
        <source>Prospective</source>
        <translation>متوقع</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="176"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="222"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="177"/>
        <source>Suspended</source>
        <translation>معطل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="178"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="209"/>
        <source>Withdrawn</source>
        <translation>دستبردار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="179"/>
        <source>Female</source>
        <translation>خاتون</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="180"/>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="182"/>
        <source>Seminar</source>
        <translation>سیمینار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="183"/>
        <source>Workshop</source>
        <translation>ورکشاپ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="184"/>
        <source>Training</source>
        <translation>تربیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="185"/>
        <source>Meeting</source>
        <translation>اجلاس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="186"/>
        <source>Competition</source>
        <translation>مقابلہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="187"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="199"/>
        <source>In person</source>
        <translation>بالمشافہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="188"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="200"/>
        <source>Online</source>
        <translation>آن لائن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="189"/>
        <source>Hybrid</source>
        <translation>ہائبرڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="190"/>
        <source>Speaker</source>
        <translation>مقرر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="191"/>
        <source>Delegate</source>
        <translation>مندوب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="192"/>
        <source>Official</source>
        <translation>عہدیدار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="194"/>
        <source>Organizer</source>
        <translation>منتظم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="195"/>
        <source>Judge</source>
        <translation>جج</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="196"/>
        <source>Expert</source>
        <translation>ماہر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="197"/>
        <source>Competitor</source>
        <translation>مقابلہ کنندہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="198"/>
        <source>Staff</source>
        <translation>عملہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="201"/>
        <source>Invited</source>
        <translation>مدعو</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="202"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="207"/>
        <source>Registered</source>
        <translation>رجسٹرڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="203"/>
        <source>Confirmed</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="204"/>
        <source>Attended</source>
        <translation>شریک ہوئے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="205"/>
        <source>No-show</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="206"/>
        <source>Cancelled</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="208"/>
        <source>Competed</source>
        <translation>مقابلے میں شریک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="210"/>
        <source>Disqualified</source>
        <translation>نااہل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="211"/>
        <source>Gold</source>
        <translation>طلائی تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="212"/>
        <source>Silver</source>
        <translation>نقرئی تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="213"/>
        <source>Bronze</source>
        <translation>کانسی کا تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="214"/>
        <source>Excellence</source>
        <translation>امتیازی اعزاز</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="215"/>
        <source>No medal</source>
        <translation>کوئی تمغہ نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="216"/>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="217"/>
        <source>MOA</source>
        <translation>MOA</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="218"/>
        <source>Partnership</source>
        <translation>شراکت داری</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="219"/>
        <source>TNE programme</source>
        <translation>TNE پروگرام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="220"/>
        <source>Draft</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="221"/>
        <source>Signed</source>
        <translation>دستخط شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="223"/>
        <source>Expired</source>
        <translation>میعاد ختم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="224"/>
        <source>Terminated</source>
        <translation>ختم شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="225"/>
        <source>Curriculum development</source>
        <translation>نصاب سازی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="226"/>
        <source>Quality assurance</source>
        <translation>معیار کی یقین دہانی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="227"/>
        <source>Teacher training</source>
        <translation>اساتذہ کی تربیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="228"/>
        <source>Infrastructure</source>
        <translation>بنیادی ڈھانچہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="229"/>
        <source>Community engagement</source>
        <translation>کمیونٹی کی شمولیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="230"/>
        <source>Policy advocacy</source>
        <translation>پالیسی کی وکالت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="231"/>
        <source>Research</source>
        <translation>تحقیق</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="232"/>
        <source>Student exchange</source>
        <translation>طلبہ کا تبادلہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="233"/>
        <source>Digital skills</source>
        <translation>ڈیجیٹل مہارتیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="234"/>
        <source>Office database</source>
        <translation>دفتری ڈیٹا بیس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="235"/>
        <source>Offline copy</source>
        <translation>آف لائن نقل</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../tvet_alliance/domain/errors.py" line="52"/>
        <source>The record is not valid: {details}</source>
        <translation>ریکارڈ درست نہیں: {details}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="38"/>
        <source>Backups from inside the program are for SQLite files; back up a PostgreSQL database with pg_dump.</source>
        <translation>پروگرام کے اندر سے بیک اپ صرف SQLite فائلوں کے لیے ہے؛ PostgreSQL ڈیٹا بیس کا بیک اپ pg_dump سے لیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="59"/>
        <source>A backup cannot overwrite the database it copies.</source>
        <translation>بیک اپ اُسی ڈیٹا بیس کی جگہ محفوظ نہیں ہو سکتا جس کی نقل بنائی جا رہی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="62"/>
        <source>The folder {folder} does not exist.</source>
        <translation>فولڈر {folder} موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="77"/>
        <location filename="../../tvet_alliance/persistence/backup.py" line="84"/>
        <source>Cannot write the backup to {path}: {reason}</source>
        <translation>بیک اپ {path} میں محفوظ نہیں ہو سکا: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="124"/>
        <source>There is no file at {path}.</source>
        <translation>{path} پر کوئی فائل نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="128"/>
        <source>{path} is not a backup (it is not a SQLite file).</source>
        <translation>{path} بیک اپ نہیں ہے (یہ SQLite فائل نہیں)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="138"/>
        <source>{path} is not a TVET Alliance Manager backup ({reason}).</source>
        <translation>{path} TVET Alliance Manager کا بیک اپ نہیں ہے ({reason})۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="146"/>
        <source>{path} is not a backup of this program, or is from a newer version.</source>
        <translation>{path} اس پروگرام کا بیک اپ نہیں، یا کسی نئے ورژن کا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="153"/>
        <source>{path} is damaged: {reason}</source>
        <translation>{path} خراب ہے: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="186"/>
        <source>Cannot restore from {path}: {reason}</source>
        <translation>{path} سے بحال نہیں ہو سکا: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="52"/>
        <source>“{value}” is not a database address.</source>
        <translation>“{value}” ڈیٹا بیس کا پتہ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="128"/>
        <source>There is no database at {path}.</source>
        <extracomment>Whether the SQLite full-text index of people is there (searches use it instead of scans).</extracomment>
        <translation>{path} پر کوئی ڈیٹا بیس نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="132"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} فولڈر ہے، ڈیٹا بیس فائل نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="136"/>
        <source>{path} is not a database file (it is not SQLite).</source>
        <translation>{path} ڈیٹا بیس فائل نہیں (یہ SQLite نہیں)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="151"/>
        <source>Cannot open the database {name}: {reason}</source>
        <translation>ڈیٹا بیس {name} نہیں کھل سکا: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="86"/>
        <source>The schema upgrade would break {count} references (first in table {table}).</source>
        <translation>اسکیما اپ گریڈ سے {count} حوالے ٹوٹ جائیں گے (پہلا ٹیبل {table} میں)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="130"/>
        <source>This database has tables but was not made by TVET Alliance Manager; it was left unchanged.</source>
        <translation>اس ڈیٹا بیس میں ٹیبل موجود ہیں لیکن یہ TVET Alliance Manager نے نہیں بنایا؛ اس میں کوئی تبدیلی نہیں کی گئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="137"/>
        <source>This database was made by a newer version of TVET Alliance Manager (schema {revision}); please update the program.</source>
        <translation>یہ ڈیٹا بیس TVET Alliance Manager کے نئے ورژن (اسکیما {revision}) سے بنایا گیا ہے؛ براہِ کرم پروگرام اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="112"/>
        <source>Sample data files are missing: {files}</source>
        <translation>نمونہ ڈیٹا کی فائلیں موجود نہیں: {files}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="115"/>
        <source>The sample data is already in this database.</source>
        <translation>نمونہ ڈیٹا پہلے ہی اس ڈیٹا بیس میں موجود ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="272"/>
        <source>The sample data does not pass validation: {details}</source>
        <translation>نمونہ ڈیٹا جانچ میں درست ثابت نہیں ہوا: {details}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="367"/>
        <source>Someone else changed this record after you opened it (now version {version}). Reload their version, or overwrite it with yours?</source>
        <translation>آپ کے کھولنے کے بعد کسی اور نے یہ ریکارڈ تبدیل کر دیا (اب ورژن {version})۔ ان کا ورژن دوبارہ لوڈ کریں، یا اپنے ورژن سے اسے بدل دیں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="386"/>
        <source>The record no longer exists.</source>
        <translation>یہ ریکارڈ اب موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="547"/>
        <location filename="../../tvet_alliance/services/records.py" line="573"/>
        <source>This person is already registered for this event.</source>
        <translation>یہ فرد اس تقریب کے لیے پہلے ہی رجسٹرڈ ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="550"/>
        <source>The record clashes with another one: {reason}</source>
        <translation>یہ ریکارڈ کسی دوسرے ریکارڈ سے متصادم ہے: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="566"/>
        <source>This person was registered for this event and deleted; restore that registration (Show deleted) instead.</source>
        <translation>یہ فرد اس تقریب کے لیے رجسٹرڈ تھا اور وہ اندراج حذف کر دیا گیا؛ اس کے بجائے وہی اندراج بحال کریں (حذف شدہ دکھائیں)۔</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="76"/>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>فائل {path} لکھی نہیں جا سکتی: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="77"/>
        <source>{encoding} cannot hold these characters: {chars} (in {count} cells). Choose UTF-8, or replace them.</source>
        <translation>{encoding} یہ حروف نہیں رکھ سکتی: {chars} ({count} خانوں میں)۔ UTF-8 منتخب کریں، یا انہیں بدل دیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="80"/>
        <source>A full export can only be loaded into an empty database.</source>
        <translation>مکمل برآمد صرف خالی ڈیٹا بیس میں لوڈ کی جا سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="81"/>
        <source>{path} is not a full export of this program: {reason}</source>
        <translation>{path} اس پروگرام کی مکمل برآمد نہیں ہے: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="82"/>
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
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="432"/>
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
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="146"/>
        <source>Unticks the personal contact columns below; you can tick any of them again.</source>
        <translation>نیچے ذاتی رابطے کے کالموں سے نشان ہٹا دیتا ہے؛ آپ ان میں سے کسی پر دوبارہ نشان لگا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="152"/>
        <source>&amp;Columns:</source>
        <translation>کالم (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="154"/>
        <source>&amp;All</source>
        <translation>سب (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="156"/>
        <source>&amp;None</source>
        <translation>کوئی نہیں (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="172"/>
        <source>&amp;Export…</source>
        <translation>برآمد کریں (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="285"/>
        <source>&amp;What is shown (%1 rows, in this order)</source>
        <translation>جو دکھایا جا رہا ہے (%1 قطاریں، اسی ترتیب میں) (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="287"/>
        <source>The selected &amp;rows (%1)</source>
        <translation>منتخب قطاریں (%1) (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="306"/>
        <source>Personal contact detail</source>
        <translation>ذاتی رابطے کی تفصیل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="353"/>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="354"/>
        <source>Tick at least one column.</source>
        <translation>کم از کم ایک کالم پر نشان لگائیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="378"/>
        <source>Export to</source>
        <translation>یہاں برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="380"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="380"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="429"/>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="431"/>
        <source>Nothing was exported.</source>
        <translation>کچھ برآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="436"/>
        <source>Cancelled; no file was written.</source>
        <translation>منسوخ کر دیا گیا؛ کوئی فائل نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="441"/>
        <source>Exporting %1 rows…</source>
        <translation>%1 قطاریں برآمد ہو رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="458"/>
        <source>Exported %1 rows to %2</source>
        <translation>%1 قطاریں %2 میں برآمد ہو گئیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="463"/>
        <source>(%1 written as ?)</source>
        <translation>(%1 کو ? لکھا گیا)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="127"/>
        <source>Name (English)</source>
        <translation>نام (انگریزی)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="128"/>
        <location filename="../../tvet_alliance/services/records.py" line="176"/>
        <source>Name (Chinese or Urdu)</source>
        <translation>نام (چینی یا اردو)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="129"/>
        <source>Short name</source>
        <translation>مختصر نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="130"/>
        <source>Other names</source>
        <translation>دیگر نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="131"/>
        <location filename="../../tvet_alliance/services/records.py" line="203"/>
        <location filename="../../tvet_alliance/services/records.py" line="289"/>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="132"/>
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="133"/>
        <location filename="../../tvet_alliance/services/records.py" line="202"/>
        <source>City</source>
        <translation>شہر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="136"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="143"/>
        <source>Role in the alliance</source>
        <translation>الائنس میں کردار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="150"/>
        <source>Membership</source>
        <translation>رکنیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="155"/>
        <source>Joined on</source>
        <translation>شمولیت کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="156"/>
        <source>Website</source>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="157"/>
        <location filename="../../tvet_alliance/services/records.py" line="181"/>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="158"/>
        <location filename="../../tvet_alliance/services/records.py" line="182"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="159"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="160"/>
        <source>Tags</source>
        <translation>ٹیگز</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="161"/>
        <location filename="../../tvet_alliance/services/records.py" line="185"/>
        <location filename="../../tvet_alliance/services/records.py" line="205"/>
        <location filename="../../tvet_alliance/services/records.py" line="239"/>
        <location filename="../../tvet_alliance/services/records.py" line="256"/>
        <location filename="../../tvet_alliance/services/records.py" line="301"/>
        <location filename="../../tvet_alliance/services/records.py" line="325"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="164"/>
        <source>people</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="165"/>
        <source>competition entries</source>
        <translation>مقابلہ جاتی اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="175"/>
        <source>Name (Latin script)</source>
        <translation>نام (لاطینی رسم الخط)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="177"/>
        <location filename="../../tvet_alliance/services/records.py" line="288"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="178"/>
        <source>Position</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="179"/>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="180"/>
        <source>Gender</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="183"/>
        <source>WeChat ID</source>
        <translation>WeChat آئی ڈی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="184"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="187"/>
        <source>event registrations</source>
        <translation>تقریبات کے اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="196"/>
        <location filename="../../tvet_alliance/services/records.py" line="250"/>
        <location filename="../../tvet_alliance/services/records.py" line="274"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="197"/>
        <location filename="../../tvet_alliance/services/records.py" line="312"/>
        <source>Kind</source>
        <translation>نوعیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="198"/>
        <source>Mode</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="199"/>
        <location filename="../../tvet_alliance/services/records.py" line="253"/>
        <source>Starts</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="200"/>
        <location filename="../../tvet_alliance/services/records.py" line="254"/>
        <source>Ends</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="201"/>
        <source>Venue</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="204"/>
        <source>Organisers</source>
        <translation>منتظمین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="207"/>
        <source>delegates</source>
        <translation>مندوبین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="216"/>
        <source>Event</source>
        <translation>تقریب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="217"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="220"/>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="227"/>
        <source>Attends</source>
        <translation>شرکت کا طریقہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="234"/>
        <location filename="../../tvet_alliance/services/records.py" line="294"/>
        <location filename="../../tvet_alliance/services/records.py" line="315"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="241"/>
        <source>check-ins</source>
        <translation>حاضری کے اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="251"/>
        <source>Edition</source>
        <translation>ایڈیشن</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="252"/>
        <source>Held during</source>
        <translation>کس تقریب کے دوران</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="255"/>
        <source>Host city</source>
        <translation>میزبان شہر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="258"/>
        <source>skill tracks</source>
        <translation>مہارت کے شعبے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="269"/>
        <source>Competition</source>
        <translation>مقابلہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="275"/>
        <source>Team size</source>
        <translation>ٹیم کا سائز</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="276"/>
        <source>Maximum score</source>
        <translation>زیادہ سے زیادہ اسکور</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="278"/>
        <source>entries</source>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="287"/>
        <source>Skill track</source>
        <translation>مہارت کا شعبہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="290"/>
        <source>Team name</source>
        <translation>ٹیم کا نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="291"/>
        <source>Members</source>
        <translation>ارکان</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="299"/>
        <source>Score</source>
        <translation>اسکور</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="300"/>
        <source>Medal</source>
        <translation>تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="311"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="320"/>
        <source>Parties</source>
        <translation>فریقین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="321"/>
        <source>Areas of collaboration</source>
        <translation>تعاون کے شعبے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="322"/>
        <source>Signed on</source>
        <translation>دستخط کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="323"/>
        <source>Expires on</source>
        <translation>میعاد ختم ہونے کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="324"/>
        <source>Document link</source>
        <translation>دستاویز کا لنک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="664"/>
        <source>agreements</source>
        <translation>معاہدے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="721"/>
        <source>Deleted</source>
        <translation>حذف شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="840"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="844"/>
        <source>Agreements</source>
        <translation>معاہدے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="851"/>
        <source>Competition entries</source>
        <translation>مقابلوں کے اندراجات</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="318"/>
        <source>File and contents</source>
        <translation>فائل اور مواد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="319"/>
        <source>Choose the CSV or Excel file, and what its rows are.</source>
        <translation>CSV یا Excel فائل منتخب کریں، اور بتائیں کہ اس کی قطاریں کیا ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="322"/>
        <source>A .csv, .txt or .xlsx file</source>
        <translation>کوئی ‎.csv، ‎.txt یا ‎.xlsx فائل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="324"/>
        <source>&amp;Browse…</source>
        <translation>براؤز کریں (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="326"/>
        <source>Choose the file (Ctrl+O)</source>
        <translation>فائل منتخب کریں (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="347"/>
        <source>&amp;Event:</source>
        <translation>تقریب (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="349"/>
        <source>C&amp;ompetition:</source>
        <translation>مقابلہ (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="354"/>
        <source>&amp;File:</source>
        <translation>فائل (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="357"/>
        <source>&amp;Rows are:</source>
        <translation>قطاریں ہیں (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="401"/>
        <source>Import from a file</source>
        <translation>فائل سے درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="403"/>
        <source>Tables (*.csv *.txt *.xlsx *.xlsm);;CSV or text (*.csv *.txt);;Excel (*.xlsx *.xlsm);;All files (*)</source>
        <translation>جدولیں (*.csv *.txt *.xlsx *.xlsm);;CSV یا متن (*.csv *.txt);;Excel (*.xlsx *.xlsm);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="413"/>
        <source>There is no file %1.</source>
        <translation>فائل %1 موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="416"/>
        <source>Add the event first: delegates are imported into an event.</source>
        <translation>پہلے تقریب شامل کریں: مندوبین کسی تقریب میں درآمد ہوتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="418"/>
        <source>Add the competition first: entries are imported into a competition.</source>
        <translation>پہلے مقابلہ شامل کریں: اندراجات کسی مقابلے میں درآمد ہوتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="506"/>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="508"/>
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="511"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="515"/>
        <location filename="../../tvet_alliance/services/listing.py" line="668"/>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="522"/>
        <source>Membership</source>
        <translation>رکنیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="588"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="594"/>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="629"/>
        <location filename="../../tvet_alliance/services/listing.py" line="899"/>
        <source>Kind</source>
        <translation>نوعیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="630"/>
        <source>Mode</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="675"/>
        <source>Attends</source>
        <translation>شرکت کا طریقہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="682"/>
        <location filename="../../tvet_alliance/services/listing.py" line="860"/>
        <location filename="../../tvet_alliance/services/listing.py" line="894"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="857"/>
        <source>Skill track</source>
        <translation>مہارت کا شعبہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="859"/>
        <source>Medal</source>
        <translation>تمغہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="902"/>
        <source>Expiring within</source>
        <translation>میعاد ختم ہونے کی مدت</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="24"/>
        <source>History — %1</source>
        <translation>تاریخچہ — %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="28"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="28"/>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="28"/>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="28"/>
        <source>Before</source>
        <translation>پہلے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="28"/>
        <source>After</source>
        <translation>بعد میں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="35"/>
        <source>Deleted</source>
        <translation>حذف شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="35"/>
        <source>Restored</source>
        <translation>بحال شدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="38"/>
        <source>Created</source>
        <translation>بنایا گیا</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="128"/>
        <source>China–Pakistan TVET Alliance</source>
        <translation>پاک چین TVET الائنس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="133"/>
        <source>Partners</source>
        <translation>شراکت دار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="134"/>
        <source>Delegates</source>
        <translation>مندوبین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="135"/>
        <source>Competition entries</source>
        <translation>مقابلوں کے اندراجات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="136"/>
        <source>Agreements</source>
        <translation>معاہدے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="161"/>
        <source>Home</source>
        <translation>ہوم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="176"/>
        <source>Live figures from the register. Partners by country, seminar delegates by how they attend, competition medals and the state of agreements.</source>
        <translation>رجسٹر سے تازہ ترین اعداد و شمار: ملک کے لحاظ سے شراکت دار، شرکت کے طریقے کے لحاظ سے سیمینار کے مندوبین، مقابلوں کے تمغے اور معاہدوں کی صورتحال۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="182"/>
        <source>Active members: %1</source>
        <translation>فعال ارکان: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="187"/>
        <source>Attended: %1</source>
        <translation>شریک ہوئے: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="207"/>
        <source>Medals won: %1</source>
        <translation>جیتے گئے تمغے: %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="72"/>
        <source>Choose the event the delegates come to.</source>
        <extracomment>Duplicates kept for review (per-row decisions); beyond them the default decision applies and only the count grows, so a million-row file does not fill the memory.</extracomment>
        <translation>وہ تقریب منتخب کریں جس میں مندوبین آ رہے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="73"/>
        <source>Choose the competition of the entries.</source>
        <translation>اندراجات کا مقابلہ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="74"/>
        <source>There is no event called {name}.</source>
        <translation>{name} نام کی کوئی تقریب نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="75"/>
        <source>There is no competition called {name}.</source>
        <translation>{name} نام کا کوئی مقابلہ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="76"/>
        <source>No column is mapped to {fields}, which every row needs.</source>
        <translation>{fields} کے لیے کوئی کالم مقرر نہیں، جو ہر قطار کے لیے ضروری ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="77"/>
        <source>This row has {cells} cells but the header has {columns}.</source>
        <translation>اس قطار میں {cells} خانے ہیں لیکن سرخی میں {columns} ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="78"/>
        <source>The new organisation {name} needs a country: add a country or nationality column.</source>
        <translation>نئے ادارے {name} کے لیے ملک درکار ہے: ملک یا قومیت کا کالم شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="83"/>
        <source>This import was already reverted on {at}.</source>
        <translation>یہ درآمد {at} کو پہلے ہی واپس لی جا چکی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="84"/>
        <source>There is no import with the id {id}.</source>
        <translation>{id} شناخت والی کوئی درآمد نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="31"/>
        <source>{value} is not a date (for example 2024-06-25, 25.06.2024 or 2024年6月25日).</source>
        <translation>{value} تاریخ نہیں ہے (مثلاً 2024-06-25، 25.06.2024 یا 2024年6月25日)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="32"/>
        <source>{value} is not a number.</source>
        <translation>{value} عدد نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="33"/>
        <source>{value} is not a country we know (write it in English or Chinese, or as a code like PK).</source>
        <translation>{value} کوئی معلوم ملک نہیں (انگریزی یا چینی میں لکھیں، یا PK جیسا کوڈ استعمال کریں)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="34"/>
        <source>{value} is not a province of {country}.</source>
        <translation>{value}، {country} کا صوبہ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="35"/>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} ان میں سے نہیں ہے: {choices}۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="36"/>
        <source>The text is {length} characters long; at most {limit} fit.</source>
        <translation>متن {length} حروف کا ہے؛ زیادہ سے زیادہ {limit} کی گنجائش ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="66"/>
        <source>The file {path} does not exist.</source>
        <translation>فائل {path} موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="67"/>
        <source>The file is empty.</source>
        <translation>فائل خالی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="68"/>
        <source>This is not a text file (it contains NUL bytes). Save it as CSV or .xlsx and try again.</source>
        <translation>یہ متنی فائل نہیں ہے (اس میں NUL بائٹس ہیں)۔ اسے CSV یا ‎.xlsx کے طور پر محفوظ کر کے دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="71"/>
        <source>The file cannot be read as {encoding} (byte {offset}). Choose another encoding.</source>
        <translation>فائل کو {encoding} کے طور پر نہیں پڑھا جا سکتا (بائٹ {offset})۔ کوئی اور انکوڈنگ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="74"/>
        <source>The text encoding of this file could not be recognised. Choose the encoding.</source>
        <translation>اس فائل کی انکوڈنگ پہچانی نہیں جا سکی۔ انکوڈنگ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="77"/>
        <source>Unknown encoding: {encoding}.</source>
        <translation>نامعلوم انکوڈنگ: {encoding}۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="78"/>
        <source>The file has no rows of data.</source>
        <translation>فائل میں ڈیٹا کی کوئی قطار نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="79"/>
        <source>The Excel file cannot be opened: {reason}</source>
        <translation>Excel فائل نہیں کھل سکتی: {reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="80"/>
        <source>The workbook has no sheet named {sheet}.</source>
        <translation>ورک بک میں {sheet} نام کی کوئی شیٹ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="81"/>
        <source>The header names the column {name} twice (columns {first} and {second}).</source>
        <translation>سرخی میں کالم {name} دو بار ہے (کالم {first} اور {second})۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="84"/>
        <source>The delimiter must be one character, not {delimiter}.</source>
        <translation>حد بندی علامت ایک حرف ہونی چاہیے، {delimiter} نہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="85"/>
        <source>The file cannot be read: {reason}</source>
        <translation>فائل نہیں پڑھی جا سکتی: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="61"/>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="68"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="72"/>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="99"/>
        <source>Name in Chinese or Urdu</source>
        <translation>چینی یا اردو میں نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="76"/>
        <source>Position</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="78"/>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="121"/>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="80"/>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="123"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="83"/>
        <source>WeChat</source>
        <translation>وی چیٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="85"/>
        <source>WhatsApp</source>
        <translation>واٹس ایپ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="87"/>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="89"/>
        <source>Gender</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="95"/>
        <source>Name in English</source>
        <translation>انگریزی میں نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="102"/>
        <source>Short name</source>
        <translation>مختصر نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="104"/>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="159"/>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="106"/>
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="108"/>
        <source>City</source>
        <translation>شہر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="110"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="112"/>
        <source>Role in the alliance</source>
        <translation>اتحاد میں کردار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="114"/>
        <source>Membership</source>
        <translation>رکنیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="117"/>
        <source>Joined on</source>
        <translation>شمولیت کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="119"/>
        <source>Website</source>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="125"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="127"/>
        <source>Other names</source>
        <translation>دوسرے نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="129"/>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="134"/>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="146"/>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="167"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="138"/>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="140"/>
        <source>Attendance</source>
        <translation>شرکت کا طریقہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="144"/>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="165"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="149"/>
        <source>Skill track</source>
        <translation>مہارت کا شعبہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="152"/>
        <source>Team</source>
        <translation>ٹیم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="154"/>
        <source>Members</source>
        <translation>ارکان</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="161"/>
        <source>Score</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="163"/>
        <source>Medal</source>
        <translation>تمغہ</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="172"/>
        <source>Partners</source>
        <translation>شراکت دار</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="173"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="174"/>
        <source>Delegates of an event</source>
        <translation>کسی تقریب کے مندوبین</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="175"/>
        <source>Entries of a competition</source>
        <translation>کسی مقابلے کے اندراجات</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="948"/>
        <source>Import</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="950"/>
        <source>Test the import to see what it would do, then press Import. It can be reverted later.</source>
        <translation>پہلے آزمائشی درآمد سے دیکھیں کہ کیا ہوگا، پھر &quot;درآمد&quot; دبائیں۔ اسے بعد میں واپس لیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="955"/>
        <source>&amp;Test import</source>
        <translation>آزمائشی درآمد (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="963"/>
        <source>Save &amp;rejected rows…</source>
        <translation>مسترد قطاریں محفوظ کریں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="983"/>
        <source>File: %1</source>
        <translation>فائل: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="984"/>
        <source>Rows are: %1</source>
        <translation>قطاریں ہیں: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="990"/>
        <source>%1 duplicates will be skipped, %2 imported as you decided.</source>
        <translation>%1 دہرے اندراجات چھوڑ دیے جائیں گے، %2 آپ کے فیصلے کے مطابق درآمد ہوں گے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="995"/>
        <source>Rows with problems are not imported; save them to fix and import again.</source>
        <translation>مسائل والی قطاریں درآمد نہیں ہوں گی؛ انہیں محفوظ کر کے درست کریں اور دوبارہ درآمد کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1008"/>
        <source>Imported:</source>
        <translation>درآمد ہو گیا:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1008"/>
        <source>A test import would give:</source>
        <translation>آزمائشی درآمد کا نتیجہ:</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1012"/>
        <source>%1 created, %2 updated, %3 skipped, %4 rows with problems not imported</source>
        <translation>%1 نئے، %2 تازہ کیے گئے، %3 چھوڑے گئے، مسائل والی %4 قطاریں درآمد نہیں ہوئیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1021"/>
        <source>Testing…</source>
        <translation>آزمائش ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1023"/>
        <source>Testing the import…</source>
        <translation>درآمد کی آزمائش ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1038"/>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1040"/>
        <source>Importing…</source>
        <translation>درآمد ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1050"/>
        <source>Imported</source>
        <translation>درآمد مکمل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1051"/>
        <source>File → Revert an import… undoes it.</source>
        <translation>&quot;فائل ← درآمد واپس لیں…&quot; سے اسے واپس لیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1062"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>منسوخ؛ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1075"/>
        <source>Save rejected rows</source>
        <translation>مسترد قطاریں محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1075"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV فائلیں (*.csv *.txt);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1082"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 محفوظ نہیں ہو سکی: %2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1085"/>
        <source>Saved %1 rows to %2 (%3).</source>
        <translation>%1 قطاریں %2 میں محفوظ ہو گئیں (%3)۔</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="149"/>
        <source>Import from a file</source>
        <extracomment>Emitted after the import was written, with its report.</extracomment>
        <translation>فائل سے درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="182"/>
        <source>&amp;Import</source>
        <translation>درآمد کریں (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="292"/>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="822"/>
        <source>%1 rows: %2 valid, %3 with problems, %4 duplicates</source>
        <translation>%1 قطاریں: %2 درست، %3 میں مسائل، %4 دہرے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="860"/>
        <source>Skip</source>
        <translation>چھوڑ دیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="861"/>
        <source>Update the existing record</source>
        <translation>موجودہ ریکارڈ تازہ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="862"/>
        <source>Create a new record</source>
        <translation>نیا ریکارڈ بنائیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="868"/>
        <source>Same name</source>
        <translation>ایک جیسا نام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="869"/>
        <source>Same as another name</source>
        <translation>کسی دوسرے نام جیسا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="870"/>
        <source>Same e-mail</source>
        <translation>ایک جیسی ای میل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="871"/>
        <source>Same phone</source>
        <translation>ایک جیسا فون</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="872"/>
        <source>Already registered</source>
        <translation>پہلے سے رجسٹرڈ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1098"/>
        <source>reason</source>
        <translation>وجہ</translation>
    </message>
</context>
<context>
    <name>LineField</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="74"/>
        <source>中文 / اردو</source>
        <translation>中文 / اردو</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="157"/>
        <source>Cannot open database</source>
        <extracomment>Emitted when a database was opened (or switched to) and every page shows it. Emitted after long work (sample data, restore, backup) finished, with a message for the status bar. Emitted when long work failed, with the message shown to the person.</extracomment>
        <translation>ڈیٹا بیس نہیں کھل سکا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="163"/>
        <source>Opened %1</source>
        <translation>%1 کھول دیا گیا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="177"/>
        <source>Load sample data?</source>
        <translation>نمونہ ڈیٹا لوڈ کریں؟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="179"/>
        <source>This database is empty. Load the sample partners, seminar delegates, competition and agreements to try the program? You can delete them later.</source>
        <translation>یہ ڈیٹا بیس خالی ہے۔ پروگرام آزمانے کے لیے نمونے کے شراکت دار، سیمینار کے مندوبین، مقابلہ اور معاہدے لوڈ کریں؟ آپ انہیں بعد میں حذف کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation>فائل (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="192"/>
        <source>&amp;New database…</source>
        <translation>نیا ڈیٹا بیس (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="194"/>
        <source>&amp;Open database…</source>
        <translation>ڈیٹا بیس کھولیں (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="196"/>
        <source>Open &amp;recent</source>
        <translation>حالیہ کھولیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="197"/>
        <source>&amp;Backup…</source>
        <translation>بیک اپ (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="198"/>
        <source>&amp;Restore from backup…</source>
        <translation>بیک اپ سے بحال کریں (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="199"/>
        <source>Load &amp;sample data</source>
        <translation>نمونہ ڈیٹا لوڈ کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="200"/>
        <source>&amp;Import…</source>
        <translation>درآمد کریں (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="201"/>
        <source>Re&amp;vert an import…</source>
        <translation>درآمد واپس لیں (&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="202"/>
        <source>&amp;Export…</source>
        <translation>برآمد کریں (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="203"/>
        <source>Export e&amp;verything (.zip)…</source>
        <translation>سب کچھ برآمد کریں (.zip) (&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="204"/>
        <source>&amp;Load a full export…</source>
        <translation>مکمل برآمد لوڈ کریں (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="205"/>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="225"/>
        <source>&amp;Edit</source>
        <translation>ترمیم (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="227"/>
        <source>&amp;Undo</source>
        <translation>واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="229"/>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="236"/>
        <source>&amp;New record…</source>
        <translation>نیا ریکارڈ (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="239"/>
        <source>&amp;Edit record…</source>
        <translation>ریکارڈ میں ترمیم (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="242"/>
        <source>&amp;Delete record</source>
        <translation>ریکارڈ حذف کریں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="245"/>
        <source>Re&amp;store record</source>
        <translation>ریکارڈ بحال کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="248"/>
        <source>&amp;History of record</source>
        <translation>ریکارڈ کا تاریخچہ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="251"/>
        <source>&amp;Find</source>
        <translation>تلاش کریں (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="264"/>
        <source>&amp;View</source>
        <translation>منظر (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="276"/>
        <source>Re&amp;fresh</source>
        <translation>تازہ کریں (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="280"/>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="281"/>
        <source>&amp;About</source>
        <translation>تعارف (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="308"/>
        <location filename="../../tvet_alliance/ui/main_window.py" line="316"/>
        <source>New database</source>
        <translation>نیا ڈیٹا بیس</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="317"/>
        <source>%1 already exists. Use Open to work with it.</source>
        <translation>%1 پہلے سے موجود ہے۔ اس پر کام کرنے کے لیے “کھولیں” استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="323"/>
        <source>Open database</source>
        <translation>ڈیٹا بیس کھولیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="356"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>منسوخ کر دیا گیا؛ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="380"/>
        <source>Loading sample data…</source>
        <translation>نمونہ ڈیٹا لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="382"/>
        <source>Sample data loaded: %1 records.</source>
        <translation>نمونہ ڈیٹا لوڈ ہو گیا: %1 ریکارڈ۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="391"/>
        <source>Back up the database</source>
        <translation>ڈیٹا بیس کا بیک اپ لیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="396"/>
        <source>Backing up…</source>
        <translation>بیک اپ لیا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="398"/>
        <source>Backed up to %1</source>
        <translation>بیک اپ %1 میں محفوظ ہو گیا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="407"/>
        <location filename="../../tvet_alliance/ui/main_window.py" line="413"/>
        <source>Restore from backup</source>
        <translation>بیک اپ سے بحال کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="415"/>
        <source>Replace everything in %1 with the backup %2?

What is in the database now is saved as an automatic backup first.</source>
        <translation>%1 کا تمام مواد بیک اپ %2 سے تبدیل کریں؟

ڈیٹا بیس کا موجودہ مواد پہلے خودکار بیک اپ کے طور پر محفوظ کر لیا جائے گا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="426"/>
        <source>Restoring…</source>
        <translation>بحال کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="428"/>
        <source>Restored. The previous content was saved to %1</source>
        <translation>بحال ہو گیا۔ پچھلا مواد %1 میں محفوظ کر دیا گیا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="456"/>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>درآمد مکمل: %1 نئے، %2 تازہ کیے گئے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="490"/>
        <source>Open a list to export it: partners, people, events, competitions or agreements.</source>
        <translation>برآمد کے لیے کوئی فہرست کھولیں: شراکت دار، افراد، تقریبات، مقابلے یا معاہدے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="524"/>
        <source>Export everything</source>
        <translation>سب کچھ برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="526"/>
        <location filename="../../tvet_alliance/ui/main_window.py" line="566"/>
        <source>Full export (*.zip);;All files (*)</source>
        <translation>مکمل برآمد (*.zip);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="540"/>
        <source>Exporting everything…</source>
        <translation>سب کچھ برآمد ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="542"/>
        <source>Exported %1 records to %2</source>
        <translation>%1 ریکارڈ %2 میں برآمد ہو گئے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="546"/>
        <source>Cancelled; no file was written.</source>
        <translation>منسوخ کر دیا گیا؛ کوئی فائل نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="559"/>
        <location filename="../../tvet_alliance/ui/main_window.py" line="566"/>
        <source>Load a full export</source>
        <translation>مکمل برآمد لوڈ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="562"/>
        <source>Use File → New database… first, then load the export into it.</source>
        <translation>پہلے فائل ← نیا ڈیٹا بیس… استعمال کریں، پھر برآمد اس میں لوڈ کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="578"/>
        <source>Loading the full export…</source>
        <translation>مکمل برآمد لوڈ ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="580"/>
        <source>Loaded %1 records from %2</source>
        <translation>%2 سے %1 ریکارڈ لوڈ ہو گئے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="586"/>
        <source>Nothing was loaded.</source>
        <translation>کچھ لوڈ نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="617"/>
        <source>About %1</source>
        <translation>%1 کا تعارف</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="619"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;The register of the China–Pakistan digital-education alliance for TVET: partners, people, seminars, skills competitions and agreements.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;TVET کے لیے پاک چین ڈیجیٹل تعلیمی اتحاد کا رجسٹر: شراکت دار، افراد، سیمینار، مہارتوں کے مقابلے اور معاہدے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="667"/>
        <source>No database open</source>
        <translation>کوئی ڈیٹا بیس کھلا نہیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="688"/>
        <source>Please wait until the current work has finished.</source>
        <translation>براہِ کرم موجودہ کام مکمل ہونے تک انتظار کریں۔</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="579"/>
        <source>Columns</source>
        <translation>کالم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="580"/>
        <source>Which column of the file fills each field. Fields marked * are needed.</source>
        <translation>فائل کا کون سا کالم کس خانے میں جائے۔ * والے خانے ضروری ہیں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="589"/>
        <source>Save mapping &amp;as…</source>
        <translation>میپنگ اس نام سے محفوظ کریں (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="593"/>
        <source>Sa&amp;ved mapping:</source>
        <translation>محفوظ میپنگ (&amp;V):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="602"/>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="602"/>
        <source>Column of the file</source>
        <translation>فائل کا کالم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="631"/>
        <source>— none —</source>
        <translation>— کوئی نہیں —</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="655"/>
        <source>— not imported —</source>
        <translation>— درآمد نہیں —</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="657"/>
        <source>(column %1)</source>
        <translation>(کالم %1)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="700"/>
        <source>Save mapping</source>
        <translation>میپنگ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="700"/>
        <source>Name of the mapping (for example the partner):</source>
        <translation>میپنگ کا نام (مثلاً شراکت دار کا نام):</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="723"/>
        <source>Choose the column for %1: every row needs it.</source>
        <translation>%1 کے لیے کالم منتخب کریں: ہر قطار کے لیے یہ ضروری ہے۔</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="13"/>
        <source>The record was changed elsewhere</source>
        <translation>ریکارڈ کہیں اور تبدیل کر دیا گیا</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="17"/>
        <source>Reload their version</source>
        <translation>ان کا ورژن دوبارہ لوڈ کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="20"/>
        <source>Overwrite with mine</source>
        <translation>میرے ورژن سے بدل دیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="53"/>
        <source>Characters the encoding cannot hold</source>
        <translation>وہ حروف جو انکوڈنگ نہیں رکھ سکتی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="56"/>
        <source>Replace them with ?</source>
        <translation>انہیں ? سے بدل دیں</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="68"/>
        <source>New %1</source>
        <extracomment>Records that can be added from inside another form (a new person while registering a delegate).</extracomment>
        <translation>نیا ریکارڈ: %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="70"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="118"/>
        <source>Save (Ctrl+S)</source>
        <translation>محفوظ کریں (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="133"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="195"/>
        <source>Pick one of the suggestions.</source>
        <translation>تجاویز میں سے ایک منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="258"/>
        <source>None yet</source>
        <translation>ابھی کوئی نہیں</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="129"/>
        <source>Search names, e-mail, phone… (Ctrl+F)</source>
        <extracomment>Which record type each list shows.</extracomment>
        <translation>نام، ای میل، فون تلاش کریں… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="148"/>
        <source>Show deleted</source>
        <translation>حذف شدہ دکھائیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="155"/>
        <source>New…</source>
        <translation>نیا…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="156"/>
        <source>Edit…</source>
        <translation>ترمیم…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="157"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="158"/>
        <source>Restore</source>
        <translation>بحال کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="159"/>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="174"/>
        <source>Export…</source>
        <translation>برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="175"/>
        <source>Export this list to CSV or Excel (Ctrl+E)</source>
        <translation>یہ فہرست CSV یا Excel میں برآمد کریں (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="219"/>
        <source>Mark selected as</source>
        <translation>منتخب کی حیثیت مقرر کریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="248"/>
        <location filename="../../tvet_alliance/ui/views/records.py" line="280"/>
        <source>%1: any</source>
        <translation>%1: تمام</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="265"/>
        <source>Expiring within %1 days</source>
        <translation>%1 دن میں میعاد ختم</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="328"/>
        <source>%1+ of %2 shown</source>
        <translation>%2 میں سے %1+ دکھائے گئے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="330"/>
        <source>%1 of %2 shown</source>
        <translation>%2 میں سے %1 دکھائے گئے</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="331"/>
        <source>%1 shown</source>
        <translation>%1 دکھائے گئے</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../tvet_alliance/ui/models/record_table.py" line="361"/>
        <source>Expired %1 days ago</source>
        <extracomment>Ids are loaded a page at a time as the view scrolls; a search never waits for every match. One thread for the counts: a newer search&apos;s count waits for at most one older one. The thread touches no Qt object: the model polls the future on the GUI thread. The count of matching rows became known after the rows showed (see :attr:`counting`). How many rows there are without the search and filters (for &quot;N of M shown&quot;). How many rows match the search and filters (all of them, not just the loaded pages). Whether :attr:`matched` is still being counted (it is then the number of rows loaded).</extracomment>
        <translation>%1 دن پہلے میعاد ختم ہوئی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/models/record_table.py" line="362"/>
        <source>Expires in %1 days</source>
        <translation>%1 دن میں میعاد ختم ہوگی</translation>
    </message>
</context>
<context>
    <name>RefField</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="403"/>
        <source>New…</source>
        <translation>نیا…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="404"/>
        <source>Add a record that is not in the list yet</source>
        <translation>ایسا ریکارڈ شامل کریں جو ابھی فہرست میں نہیں</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="311"/>
        <source>Type to search…</source>
        <translation>تلاش کے لیے ٹائپ کریں…</translation>
    </message>
</context>
<context>
    <name>RefsField</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="440"/>
        <source>Type to add…</source>
        <translation>شامل کرنے کے لیے ٹائپ کریں…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="442"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
</context>
<context>
    <name>RevertImportDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1143"/>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1221"/>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1233"/>
        <source>Revert an import</source>
        <extracomment>Emitted after an import was reverted.</extracomment>
        <translation>درآمد واپس لیں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1149"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1149"/>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1149"/>
        <source>Rows are</source>
        <translation>قطاریں</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1149"/>
        <source>Result</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1149"/>
        <source>Reverted</source>
        <translation>واپس لی گئی</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1158"/>
        <source>&amp;Revert</source>
        <translation>واپس لیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1178"/>
        <source>%1 created, %2 updated, %3 skipped, %4 with problems</source>
        <translation>%1 نئے، %2 تازہ کیے گئے، %3 چھوڑے گئے، %4 میں مسائل</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1200"/>
        <source>No imports yet.</source>
        <translation>ابھی تک کوئی درآمد نہیں ہوئی۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1223"/>
        <source>Remove the records the import of %1 created and restore the fields it changed? Fields changed since then are left as they are.</source>
        <translation>%1 کی درآمد سے بننے والے ریکارڈ ہٹا دیں اور اس کے بدلے ہوئے خانے بحال کریں؟ جو خانے اس کے بعد بدلے گئے وہ جوں کے توں رہیں گے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1236"/>
        <source>Reverted: %1 records removed, %2 fields restored.</source>
        <translation>واپس لی گئی: %1 ریکارڈ ہٹائے گئے، %2 خانے بحال ہوئے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1241"/>
        <source>Changed since, left as they are: %1</source>
        <translation>بعد میں بدلے گئے، جوں کے توں رہے: %1</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="102"/>
        <source>Separate with ;</source>
        <translation>; سے الگ کریں</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="93"/>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>اختتامی تاریخ {end} آغاز کی تاریخ {start} سے پہلے ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="354"/>
        <location filename="../../tvet_alliance/domain/models.py" line="377"/>
        <source>Must be 1 or more.</source>
        <translation>کم از کم 1 ہونا چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="379"/>
        <source>Must be more than 0.</source>
        <translation>0 سے زیادہ ہونا چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="413"/>
        <source>A score cannot be negative.</source>
        <translation>اسکور منفی نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="419"/>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="81"/>
        <source>Score {score} is above the track&apos;s maximum of {max}.</source>
        <translation>اسکور {score} اس شعبے کے زیادہ سے زیادہ اسکور {max} سے زیادہ ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="427"/>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="82"/>
        <source>{count} members, but this track takes teams of {size}.</source>
        <translation>{count} ارکان ہیں، لیکن اس شعبے میں ٹیم {size} ارکان کی ہوتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="466"/>
        <source>“{value}” is not an area of collaboration.</source>
        <translation>“{value}” تعاون کا شعبہ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="34"/>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="389"/>
        <location filename="../../tvet_alliance/services/records.py" line="516"/>
        <source>This field is required.</source>
        <extracomment>The first :data:`KEEP_DUPLICATES` duplicates, for review; ``duplicate_count`` counts them all. hash of a &quot;n:&quot; key -&gt; the person&apos;s id (16 bytes); 64-bit hashes of a million names collide with a chance of about one in 30 million. With SQLite&apos;s people search index: the last person indexed (see ``bulk_indexing``).</extracomment>
        <translation>یہ خانہ لازمی ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="57"/>
        <source>“{value}” is not an e-mail address (expected name@example.org).</source>
        <translation>“{value}” ای میل پتہ نہیں ہے (مثلاً name@example.org)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="72"/>
        <source>“{value}” is not a web address (expected https://…).</source>
        <translation>“{value}” ویب ایڈریس نہیں ہے (مثلاً https://…)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="88"/>
        <source>“{value}” is not a country code (ISO 3166-1, e.g. CN or PK).</source>
        <translation>“{value}” ملک کا کوڈ نہیں ہے (ISO 3166-1، مثلاً CN یا PK)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="103"/>
        <source>“{value}” is not a province code (ISO 3166-2, e.g. PK-PB or CN-CQ).</source>
        <translation>“{value}” صوبے کا کوڈ نہیں ہے (ISO 3166-2، مثلاً PK-PB یا CN-CQ)۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="111"/>
        <source>Province {value} ({name}) is not in country {country}.</source>
        <translation>صوبہ {value} ({name}) ملک {country} میں نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="134"/>
        <source>“{value}” needs a country: start it with + and the country code.</source>
        <translation>“{value}” میں ملک کا کوڈ درکار ہے: اسے + اور ملک کے کوڈ سے شروع کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="141"/>
        <source>“{value}” is not a valid phone number for {region}.</source>
        <translation>“{value}” {region} کا درست فون نمبر نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="470"/>
        <source>Enter a whole number.</source>
        <translation>مکمل عدد درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="471"/>
        <source>Enter a number, e.g. 87.5.</source>
        <translation>عدد درج کریں، مثلاً 87.5۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="472"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>تاریخ YYYY-MM-DD کی صورت میں درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="473"/>
        <source>This value is not allowed here.</source>
        <translation>یہ قدر یہاں قابلِ قبول نہیں۔</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../tvet_alliance/ui/text.py" line="108"/>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../tvet_alliance/ui/workers.py" line="80"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
</TS>
