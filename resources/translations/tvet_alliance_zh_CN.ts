<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Areas</name>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="666"/>
        <source>Partners</source>
        <translation>成员单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="705"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="760"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="791"/>
        <source>Delegates</source>
        <extracomment>A delegate&apos;s ticket code as people read it (codes.grouped: abcd-efgh-jkmn), in SQL.</extracomment>
        <translation>参会代表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="839"/>
        <source>Competitions</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="865"/>
        <source>Skill tracks</source>
        <translation>赛项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="986"/>
        <source>Entries</source>
        <extracomment>The key of an entry row&apos;s medal check (domain.rules.medal_conflicts): a MedalConflict, or absent.</extracomment>
        <translation>参赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="1033"/>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="652"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/marking.py" line="20"/>
        <source>Marks</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="503"/>
        <source>Results</source>
        <translation>成绩</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="82"/>
        <source>This is not a meeting report we can read: no header with a name and a join time or a duration was found (Zoom, Teams, Tencent Meeting / VooV, or a table with such columns).</source>
        <extracomment>The share of the meeting that counts as attended when no threshold is given.</extracomment>
        <translation>这不是可读取的会议报告：未找到包含姓名和入会时间或参会时长的表头（Zoom、Teams、腾讯会议 / VooV，或含这些列的表格）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="87"/>
        <source>The report holds no participant rows.</source>
        <translation>报告中没有参会者行。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="88"/>
        <source>The file has more than {limit} rows: this is not one meeting&apos;s report.</source>
        <translation>文件超过 {limit} 行：这不是一次会议的报告。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="91"/>
        <source>Line {line}: the row has neither a name nor an e-mail.</source>
        <translation>第 {line} 行：该行既没有姓名也没有邮箱。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="92"/>
        <source>Line {line}: “{value}” is not a date and time (for example 6/24/2025 9:02:11 AM).</source>
        <translation>第 {line} 行：“{value}”不是日期时间（例如 6/24/2025 9:02:11 AM）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="95"/>
        <source>Line {line}: the leave time {leave} is before the join time {join}.</source>
        <translation>第 {line} 行：离会时间 {leave} 早于入会时间 {join}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="98"/>
        <source>Line {line}: “{value}” is not a duration (for example 62, 1h 2m 5s or 1:02:05).</source>
        <translation>第 {line} 行：“{value}”不是时长（例如 62、1h 2m 5s 或 1:02:05）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="101"/>
        <source>Line {line}: the row has no join and leave time and no duration.</source>
        <translation>第 {line} 行：该行没有入会、离会时间，也没有时长。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="104"/>
        <source>Give the threshold in minutes or as a share of the meeting, not both.</source>
        <translation>出席标准请用分钟数或会议时长占比之一，不能同时使用。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="107"/>
        <source>The share of the meeting must be from 0 to 100%, not {value}.</source>
        <translation>会议时长占比须在 0 到 100% 之间，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="108"/>
        <source>The minutes must be 0 or more, not {value}.</source>
        <translation>分钟数须为 0 或以上，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="109"/>
        <source>The report has no column {column}.</source>
        <translation>报告中没有 {column} 列。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="110"/>
        <source>Choose the column of the name, and that of the join time or of the duration.</source>
        <translation>请选择姓名所在的列，以及入会时间或时长所在的列。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/attendance.py" line="113"/>
        <source>The chosen delegate is not registered for this event.</source>
        <translation>所选代表未登记参加此活动。</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="72"/>
        <source>Import attendance</source>
        <extracomment>The columns of the participants table. (plan, threshold, choices): the window applies them (Controller.run).</extracomment>
        <translation>导入出席记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="82"/>
        <source>A Zoom, Teams or Tencent Meeting / VooV report (CSV or .xlsx)</source>
        <translation>Zoom、Teams 或腾讯会议 / VooV 报告（CSV 或 .xlsx）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="85"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="101"/>
        <source>% of the meeting</source>
        <translation>% 会议时长</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="102"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="111"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="112"/>
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="113"/>
        <source>Attended from:</source>
        <translation>出席标准：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="117"/>
        <source>Columns of the report</source>
        <translation>报告的列</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="122"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="123"/>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="124"/>
        <source>Phone:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="125"/>
        <source>Join time:</source>
        <translation>入会时间：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="126"/>
        <source>Leave time:</source>
        <translation>离会时间：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="127"/>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="147"/>
        <source>Participant</source>
        <translation>参会者</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="148"/>
        <source>E-mail or phone</source>
        <translation>邮箱或手机</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="149"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="150"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="151"/>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="152"/>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="166"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="210"/>
        <source>Choose a meeting report</source>
        <translation>选择会议报告</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="212"/>
        <source>Reports (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>报告 (*.csv *.txt *.tsv *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="297"/>
        <source>Choose the report of the meeting, or drop it here.</source>
        <translation>请选择会议报告，或将其拖放到此处。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="300"/>
        <source>There is no event to import attendance into. Add the event first.</source>
        <translation>没有可导入出席记录的活动。请先添加活动。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="342"/>
        <source>Zoom participant report</source>
        <translation>Zoom 参会者报告</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="343"/>
        <source>Microsoft Teams attendance report</source>
        <translation>Microsoft Teams 出席报告</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="344"/>
        <source>Meeting report (columns recognised by their names)</source>
        <translation>会议报告（按列名识别）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="348"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n 名参会者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="349"/>
        <source>meeting of %n minutes</source>
        <translation>
            <numerusform>会议时长 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="351"/>
        <source>%1 — %2, %3.</source>
        <translation>%1 — %2，%3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="353"/>
        <source>%n rows could not be read:</source>
        <translation>
            <numerusform>%n 行无法读取：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="369"/>
        <source>by e-mail</source>
        <translation>按邮箱</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="370"/>
        <source>by phone</source>
        <translation>按手机</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="371"/>
        <source>by name</source>
        <translation>按姓名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="391"/>
        <source>Review: %n possible delegates — leave</source>
        <translation>
            <numerusform>待核对：%n 位可能的代表 — 暂不处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="393"/>
        <source>Unmatched — leave</source>
        <translation>未匹配 — 暂不处理</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="396"/>
        <source>Add as a walk-in (online)</source>
        <translation>添加为现场报名（线上）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="435"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="435"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="442"/>
        <source>in person (not changed)</source>
        <translation>线下参会（不更改）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="452"/>
        <source>%n delegates will be marked attended</source>
        <translation>
            <numerusform>%n 位代表将标记为已出席</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="453"/>
        <source>%n online delegates get their minutes</source>
        <translation>
            <numerusform>%n 位线上代表记录分钟数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="454"/>
        <source>%n walk-ins added</source>
        <translation>
            <numerusform>新增 %n 位现场报名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="455"/>
        <source>%n participants left unmatched</source>
        <translation>
            <numerusform>%n 名参会者未匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="458"/>
        <source>%n registered in person (reported, not changed)</source>
        <translation>
            <numerusform>%n 位登记为线下参会（仅报告，不更改）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="489"/>
        <source>Attendance imported: %1 attended; walk-ins added: %2.</source>
        <translation>出席记录已导入：%1 人出席；新增现场报名：%2。</translation>
    </message>
</context>
<context>
    <name>CertificateActions</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="161"/>
        <source>%n certificates saved to %1</source>
        <translation>
            <numerusform>已将 %n 份证书保存到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="163"/>
        <source>%n new</source>
        <translation>
            <numerusform>新发 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="165"/>
        <source>%n printed again with the same code</source>
        <translation>
            <numerusform>%n 份以原验证码重印</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="168"/>
        <source>Results not confirmed yet, no certificates: %1</source>
        <translation>成绩尚未确认，未发证书：%1</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="64"/>
        <source>Type or scan the verification code printed on the certificate.</source>
        <extracomment>The medals a certificate of achievement is issued for, best first (stored codes, never labels). Entries that take part: a competed entry, or one holding a medal whatever its status says.</extracomment>
        <translation>请输入或扫描证书上印的验证码。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="67"/>
        <source>Say why the certificate is revoked: the reason is kept with it.</source>
        <translation>请说明撤销证书的原因：原因会随证书保存。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="70"/>
        <source>No certificate has the code {shown}.</source>
        <translation>没有验证码为 {shown} 的证书。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="71"/>
        <source>The certificate {shown} was revoked already, on {when}.</source>
        <translation>证书 {shown} 已于 {when} 撤销。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="74"/>
        <source>Nothing to print: no one holds a certificate that is not revoked. Certificates of attendance go to delegates marked attended; a competition&apos;s to the members of entries with a medal.</source>
        <translation>没有可打印的证书：没有人持有未撤销的证书。参会证书发给标记为已出席的代表；竞赛证书发给获奖参赛队的成员。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="79"/>
        <source>The entry no longer holds this medal ({old}); it now has: {now}.</source>
        <translation>该参赛队已不再持有此奖牌（{old}）；现在为：{now}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="82"/>
        <source>The entry was {now} after this certificate was issued.</source>
        <translation>此证书颁发后，该参赛队状态变为：{now}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="83"/>
        <source>The medal changed from {old} to {new}: a new certificate was issued.</source>
        <translation>奖牌由 {old} 改为 {new}：已颁发新证书。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="90"/>
        <source>Certificate of Attendance</source>
        <extracomment>What a certificate is, in English (the ``Certificates`` context) and in Chinese (printed as is).</extracomment>
        <translation>参会证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="91"/>
        <source>Certificate of Achievement</source>
        <translation>获奖证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="93"/>
        <source>Certificate of Participation</source>
        <translation>参赛证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="99"/>
        <source>Gold medal</source>
        <extracomment>A medal as a certificate names it (by the medal&apos;s code, never its label).</extracomment>
        <translation>金牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="100"/>
        <source>Silver medal</source>
        <translation>银牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="101"/>
        <source>Bronze medal</source>
        <translation>铜牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="102"/>
        <source>Medallion for Excellence</source>
        <translation>优胜奖</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="126"/>
        <source>Valid certificate</source>
        <extracomment>What each status says, in English (the ``Certificates`` context), with ``{shown}`` and, for a revoked certificate, ``{when}`` and ``{reason}``.</extracomment>
        <translation>有效证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="127"/>
        <source>This certificate was revoked on {when}: {reason}</source>
        <translation>此证书已于 {when} 撤销：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="128"/>
        <source>Unknown code: no certificate has the code {shown}. It may be forged.</source>
        <translation>未知验证码：没有验证码为 {shown} 的证书，可能是伪造的。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="131"/>
        <source>This code has a typing mistake: one of its characters is not the one printed (its last character checks the others). Compare each character with the certificate.</source>
        <translation>此验证码有输入错误：其中一个字符与证书上印的不同（最后一个字符用于校验其余字符）。请逐个字符与证书核对。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="136"/>
        <source>This is not a certificate code: a code has 10 letters and digits (grouped as abcd-efgh-jk), never 0, 1, o, i or l.</source>
        <translation>这不是证书验证码：验证码由 10 个字母和数字组成（分组为 abcd-efgh-jk），不含 0、1、o、i 或 l。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="518"/>
        <source>The event is not in the database.</source>
        <extracomment>Revoked certificates left revoked (not printed, not replaced). Certificates revoked because the entry&apos;s medal changed since they were issued (replaced). Certificates revoked because their entry lost its medal or was withdrawn or disqualified. Entries that would get certificates but list no member. Tracks left out: marked by a scheme, their results not confirmed yet (names, sorted).</extracomment>
        <translation>数据库中没有该活动。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="594"/>
        <source>The competition is not in the database.</source>
        <translation>数据库中没有该竞赛。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/certificates.py" line="783"/>
        <source>The competition has no track called {name}.</source>
        <translation>该竞赛没有名为 {name} 的赛项。</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="287"/>
        <source>Certificates</source>
        <extracomment>The person asked to issue and save: (request, the PDF&apos;s path). The person confirmed revoking: (the certificate&apos;s code, the reason).</extracomment>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="293"/>
        <source>Also those who took part &amp;without a medal</source>
        <translation>也包括未获奖的参赛者(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="299"/>
        <source>&amp;For:</source>
        <translation>对象(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="300"/>
        <source>Skill &amp;track:</source>
        <translation>赛项(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="309"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="310"/>
        <source>Native name</source>
        <translation>本地文字姓名</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="311"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="312"/>
        <source>Code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="313"/>
        <source>Issued</source>
        <translation>颁发时间</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="314"/>
        <source>Printed</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="315"/>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="336"/>
        <source>&amp;Issue and save PDF…</source>
        <translation>颁发并保存 PDF(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="340"/>
        <source>Save the &amp;selected one…</source>
        <translation>保存所选证书(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="342"/>
        <source>Print the selected certificate again, with the same code</source>
        <translation>以相同验证码重新打印所选证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="344"/>
        <source>&amp;Revoke…</source>
        <translation>撤销(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="381"/>
        <source>%1 (competition)</source>
        <translation>%1（竞赛）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="413"/>
        <source>All tracks</source>
        <translation>全部赛项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="469"/>
        <source>There is no event or competition yet.</source>
        <translation>还没有活动或竞赛。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="471"/>
        <source>%n delegates attended.</source>
        <translation>
            <numerusform>%n 名代表已出席。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="473"/>
        <source>%n competitors to certify.</source>
        <translation>
            <numerusform>%n 名参赛者可获证书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="475"/>
        <source>%n certificates issued</source>
        <translation>
            <numerusform>已颁发 %n 份证书</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="477"/>
        <source>%n revoked</source>
        <translation>
            <numerusform>%n 份已撤销</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="487"/>
        <source>No certificate issued yet.</source>
        <translation>尚未颁发证书。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="537"/>
        <source>Save the certificates</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="539"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../tvet_alliance/services/checkin.py" line="439"/>
        <source>There is no such check-in.</source>
        <extracomment>At most this many matches are listed for a search with several.</extracomment>
        <translation>没有这条签到记录。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/checkin.py" line="440"/>
        <source>This check-in was undone already.</source>
        <translation>这条签到已经撤销过了。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/checkin.py" line="496"/>
        <source>A walk-in needs a name.</source>
        <translation>现场登记需要填写姓名。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/checkin.py" line="497"/>
        <source>The event is not there any more.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/checkin.py" line="621"/>
        <source>This delegate is not there any more.</source>
        <translation>该参会代表已不存在。</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="98"/>
        <source>Check in (or the match picked)</source>
        <extracomment>The result panel&apos;s colours: (background, border, text), by what it says. The walk-in form was opened (tests fill it through this).</extracomment>
        <translation>签到（或签到所选的匹配项）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="99"/>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="100"/>
        <source>Pick among the matches</source>
        <translation>在匹配项中选择</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="101"/>
        <source>Clear the search field</source>
        <translation>清空搜索框</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="125"/>
        <source>Eve&amp;nt</source>
        <translation>活动(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="127"/>
        <source>&amp;Desk</source>
        <translation>签到台(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="154"/>
        <source>Scan a ticket, or type a name, organisation, e-mail or phone</source>
        <translation>扫描票码，或输入姓名、单位、邮箱或电话</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="195"/>
        <source>Register as walk-in… (%1)</source>
        <translation>现场登记…（%1）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="216"/>
        <source>Undo the selected check-in…</source>
        <translation>撤销所选签到…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="222"/>
        <source>Undo last check-in… (%1)</source>
        <translation>撤销上一次签到…（%1）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="228"/>
        <source>Walk-in…</source>
        <translation>现场登记…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="232"/>
        <source>Register someone not on the list (%1)</source>
        <translation>登记名单上没有的人（%1）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="248"/>
        <source>Register a walk-in</source>
        <translation>现场登记</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="249"/>
        <source>Undo the last check-in</source>
        <translation>撤销上一次签到</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="306"/>
        <source>Registered: %1</source>
        <translation>已报名：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="307"/>
        <source>Checked in: %1</source>
        <translation>已签到：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="308"/>
        <source>In person: %1</source>
        <translation>线下：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="309"/>
        <source>Online: %1</source>
        <translation>线上：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="310"/>
        <source>Walk-ins: %1</source>
        <translation>现场登记：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="315"/>
        <source>To review (%1)</source>
        <translation>待核查（%1）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="319"/>
        <source>%1 — checked in again at %2 at %3 (first at %4 at %5)</source>
        <translation>%1 — %2 在 %3 再次签到（首次：%4 在 %5）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="399"/>
        <source>Choose the event first.</source>
        <translation>请先选择活动。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="501"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="502"/>
        <source>Not registered</source>
        <translation>未报名</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="503"/>
        <source>Registration cancelled</source>
        <translation>报名已取消</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="504"/>
        <source>%1 delegates match: pick one with ↑ ↓ and Enter</source>
        <translation>%1 位代表匹配：用 ↑ ↓ 和回车键选择一位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="511"/>
        <source>Already checked in at %1 at %2</source>
        <translation>已于 %1 在 %2 签到</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="516"/>
        <source>Already checked in at %1</source>
        <translation>已于 %1 签到</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="518"/>
        <source>This ticket was replaced</source>
        <translation>此票已被更换</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="529"/>
        <source>Ask for the badge again, or search by name.</source>
        <translation>请重新索取胸牌，或按姓名搜索。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="584"/>
        <source>Already on record: registered to the person found.</source>
        <translation>已有此人记录：已登记到找到的人员。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="595"/>
        <source>No check-in at this desk to undo.</source>
        <translation>本签到台没有可撤销的签到。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="620"/>
        <source>Undo the check-in of %1?</source>
        <translation>撤销 %1 的签到吗？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="621"/>
        <source>Undo check-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/checkin.py" line="634"/>
        <source>Check-in undone</source>
        <translation>签到已撤销</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1456"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1459"/>
        <source>Every row is checked; nothing is written yet. Type over a cell to fix it, then Check again.</source>
        <translation>已检查每一行，尚未写入任何内容。在单元格中直接输入即可修正，然后重新检查。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1471"/>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1473"/>
        <source>Check every row again with your fixes (F5)</source>
        <translation>用您的修正重新检查每一行 (F5)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1483"/>
        <source>Leave &amp;empty…</source>
        <translation>留空(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1485"/>
        <source>Leave a field empty in every row with the same problem</source>
        <translation>在有相同问题的每一行中将该字段留空</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1491"/>
        <source>Errors and warnings</source>
        <translation>错误和警告</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1492"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1493"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1497"/>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1511"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1511"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1511"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1531"/>
        <source>&amp;Rows with problems or warnings (type over a cell to fix it):</source>
        <extracomment>the last check and the duplicates&apos; decisions made for it (kept when checking again)</extracomment>
        <translation>有问题或警告的行（在单元格中输入即可修正）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1539"/>
        <source>&amp;Problems and warnings (Enter goes to the cell):</source>
        <translation>问题和警告（按 Enter 转到该单元格）(&amp;P)：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1632"/>
        <source>%n rows kept with warnings (amber)</source>
        <translation>
            <numerusform>%n 行带警告保留（琥珀色）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1656"/>
        <source>The grid shows the first %1 rows; save the rejected rows for the rest.</source>
        <translation>表格只显示前 %1 行；其余的行请保存未导入的行查看。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1742"/>
        <source>Changed since the check: press Check again (F5) to see the result.</source>
        <translation>检查后有改动：按“重新检查”(F5) 查看结果。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1782"/>
        <source>%1: %2 (%n rows)</source>
        <translation>
            <numerusform>%1：%2（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1787"/>
        <source>— needed in every row: fix the cells</source>
        <translation>— 每一行都需要：请修正单元格</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1816"/>
        <source>Leave empty in every row with this problem:</source>
        <translation>在有此问题的每一行中留空：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1837"/>
        <source>Checked again with your changes; press Next to go on.</source>
        <translation>已按您的改动重新检查；按“下一步”继续。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1586"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1593"/>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1607"/>
        <source>The check was cancelled. Press Check again to run it.</source>
        <translation>检查已取消。按“重新检查”再次运行。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="110"/>
        <source>Not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="111"/>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="174"/>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="112"/>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="175"/>
        <source>Laptop</source>
        <translation>笔记本电脑</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="113"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="153"/>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="405"/>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="422"/>
        <source>Conflicts</source>
        <extracomment>The widest each column starts (in average character widths); longer texts wrap onto a second line and are elided after it, the tooltip has them whole. Emitted with the number of conflicts resolved after Apply.</extracomment>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="159"/>
        <source>These fields were changed at the office and on a laptop. The office value stands until you choose: keep it, take the laptop&apos;s, or type the right value. Rows without a choice stay on the list.</source>
        <translation>这些字段在办公室和笔记本电脑上都被修改过。在您做出选择之前，保留办公室的值：您可以保留它、采用笔记本电脑的值，或输入正确的值。未做选择的行会留在列表中。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="170"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="171"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="172"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="173"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="176"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="177"/>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="178"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="183"/>
        <source>The value both sides started from</source>
        <translation>双方修改前的共同值</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="194"/>
        <source>No conflicts to resolve.</source>
        <translation>没有需要处理的冲突。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="202"/>
        <source>Sets the choice of the selected rows, or of every row when none is selected.</source>
        <translation>设置所选行的选择；未选择任何行时设置全部行。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="203"/>
        <source>Take all from &amp;laptop</source>
        <translation>全部采用笔记本电脑的值(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="207"/>
        <source>Take all from &amp;office</source>
        <translation>全部采用办公室的值(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="212"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="214"/>
        <source>Record every choice made; rows without one stay open</source>
        <translation>记录所做的每项选择；未选择的行保持待处理</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="326"/>
        <source>Type the value to keep (empty clears it)</source>
        <translation>输入要保留的值（留空则清除）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="333"/>
        <source>Not chosen yet: the office value stands</source>
        <translation>尚未选择：保留办公室的值</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="334"/>
        <source>Keeps the office value</source>
        <translation>保留办公室的值</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="335"/>
        <source>Takes the laptop&apos;s value</source>
        <translation>采用笔记本电脑的值</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="336"/>
        <source>Keeps the value typed here</source>
        <translation>保留在此输入的值</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="378"/>
        <source>Chosen: %1 of %2.</source>
        <translation>已选择：%1 / %2。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="406"/>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="408"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="413"/>
        <source>Resolved %n conflicts</source>
        <translation>
            <numerusform>已处理 %n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="413"/>
        <source>; %n still open.</source>
        <translation>
            <numerusform>；还有 %n 个待处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="424"/>
        <source>Choices made for %n conflicts have not been applied. Close without applying them?</source>
        <translation>
            <numerusform>对 %n 个冲突所做的选择尚未应用。不应用就关闭吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/data.py" line="271"/>
        <source>Exported %Ln records to %1</source>
        <translation>
            <numerusform>已导出 %Ln 条记录到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/data.py" line="316"/>
        <source>Loaded %Ln records from %1</source>
        <translation>
            <numerusform>已从 %1 载入 %Ln 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="180"/>
        <source>Pick from a calendar</source>
        <translation>从日历中选择</translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="650"/>
        <source>How the file is read</source>
        <translation>文件读取方式</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="651"/>
        <source>Check the preview. If the text looks wrong, choose another encoding.</source>
        <translation>请检查预览。如果文字显示不正确，请选择其他编码。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="666"/>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="667"/>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="668"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="669"/>
        <source>Vertical bar |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="682"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="684"/>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="686"/>
        <source>&amp;Header row:</source>
        <translation>表头行(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="688"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="780"/>
        <source>Rows above the header, not imported:</source>
        <translation>表头上方的行（不导入）：</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="448"/>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="575"/>
        <source>Possible duplicates</source>
        <extracomment>Emitted after a pair was merged or marked as different.</extracomment>
        <translation>可能重复的记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="456"/>
        <source>&amp;Pairs to review:</source>
        <translation>待审核的记录对(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="462"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="462"/>
        <source>From the laptop</source>
        <translation>来自笔记本电脑</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="462"/>
        <source>In the office</source>
        <translation>办公室中</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="472"/>
        <source>No possible duplicates to review.</source>
        <translation>没有需要审核的可能重复记录。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="480"/>
        <source>Merge (keep &amp;office record)</source>
        <translation>合并（保留办公室的记录）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="483"/>
        <source>One record stays: the office&apos;s, filled in with what only the laptop&apos;s has</source>
        <translation>只保留一条记录：办公室的记录，并补充只有笔记本电脑记录中才有的内容</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="486"/>
        <source>Merge (keep &amp;laptop record)</source>
        <translation>合并（保留笔记本电脑的记录）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="489"/>
        <source>One record stays: the laptop&apos;s, filled in with what only the office&apos;s has</source>
        <translation>只保留一条记录：笔记本电脑的记录，并补充只有办公室记录中才有的内容</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="492"/>
        <source>&amp;Not the same</source>
        <translation>不是同一记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="494"/>
        <source>Keep both records and take the pair off this list</source>
        <translation>保留两条记录，并将这一对从列表中移除</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="535"/>
        <source>%1 (from the laptop) and %2 (in the office): %3</source>
        <translation>%1（来自笔记本电脑）与 %2（办公室中）：%3</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="590"/>
        <source>Merged into “%1”.</source>
        <translation>已合并到“%1”。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="596"/>
        <source>Marked as different records.</source>
        <translation>已标记为不同的记录。</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/duplicates.py" line="46"/>
        <source>Possibly a duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/duplicates.py" line="50"/>
        <source>Possibly the same as:</source>
        <translation>可能与以下记录相同：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/duplicates.py" line="52"/>
        <source>Possibly the same as %1</source>
        <translation>可能与 %1 相同</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/duplicates.py" line="68"/>
        <source>Open shows that record; what you typed here stays in your form.</source>
        <translation>“打开”显示该记录；您在此处输入的内容仍保留在表单中。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/duplicates.py" line="73"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/duplicates.py" line="76"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../tvet_alliance/services/duplicates.py" line="30"/>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/duplicates.py" line="31"/>
        <source>same e-mail</source>
        <translation>电子邮箱相同</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/duplicates.py" line="32"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1968"/>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1971"/>
        <source>These rows match records already there (or earlier rows). Decide for each, and for each field whether the file&apos;s value replaces the stored one.</source>
        <translation>这些行与已有记录（或前面的行）相同。请逐行决定，并逐个字段决定是否用文件中的值替换已存储的值。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1978"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1979"/>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2028"/>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1980"/>
        <source>Already there</source>
        <translation>已有记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1981"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1982"/>
        <source>Fields to change</source>
        <translation>将更改的字段</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1983"/>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1995"/>
        <source>No duplicates found.</source>
        <translation>未发现重复项。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1998"/>
        <source>For all:</source>
        <translation>全部：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2017"/>
        <source>&amp;Decision for this row:</source>
        <translation>此行的处理方式(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2028"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2028"/>
        <source>Stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2028"/>
        <source>Take the file&apos;s</source>
        <translation>采用文件中的值</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2034"/>
        <source>F&amp;ields that differ (Space: take the file&apos;s value or keep the stored one):</source>
        <translation>不同的字段（空格键：采用文件中的值或保留已存储的值）(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2082"/>
        <source>%1 (row %2 of this file)</source>
        <translation>%1（本文件第 %2 行）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2123"/>
        <source>%n of %1</source>
        <translation>
            <numerusform>%n / %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2158"/>
        <source>Row %1: %2 matches %3</source>
        <translation>第 %1 行：%2 与 %3 匹配</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2186"/>
        <source>The file has nothing that differs from the stored record.</source>
        <translation>文件中没有与已存储记录不同的内容。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2189"/>
        <source>Choose “Fill empty fields only” or “Update the existing record” to take values from the file.</source>
        <translation>选择“仅填写空白字段”或“更新已有记录”以采用文件中的值。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2192"/>
        <source>Fill empty fields only takes the file&apos;s value where nothing is stored.</source>
        <translation>“仅填写空白字段”只在未存储内容之处采用文件中的值。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2199"/>
        <source>take</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2199"/>
        <source>keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="104"/>
        <source>Add %1</source>
        <extracomment>Records changed (saved, deleted, restored, undone), with the :class:`Changes` (the tables written): the window refreshes what shows them. The editor that is open now (tests and keyboard users reach it through this).</extracomment>
        <translation>添加%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="190"/>
        <source>Fields changed by you: %1</source>
        <translation>您修改过的字段：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="207"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="259"/>
        <location filename="../../tvet_alliance/ui/editing.py" line="359"/>
        <source> and %1 more</source>
        <translation> 及其他 %1 条</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="261"/>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="264"/>
        <source>Still linked to it: %1. They are kept.</source>
        <translation>仍与其关联的有：%1。这些记录会保留。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="265"/>
        <source>Deleted records can be shown with “Show deleted” and restored.</source>
        <translation>已删除的记录可通过“显示已删除”查看并恢复。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="266"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="273"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n 名人员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="274"/>
        <source>%n competition entries</source>
        <translation>
            <numerusform>%n 条参赛记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="275"/>
        <source>%n event registrations</source>
        <translation>
            <numerusform>%n 条活动报名记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="276"/>
        <source>%n delegates</source>
        <translation>
            <numerusform>%n 名参会代表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="277"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n 条签到记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="278"/>
        <source>%n skill tracks</source>
        <translation>
            <numerusform>%n 个赛项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="279"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条参赛记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="280"/>
        <source>%n agreements</source>
        <translation>
            <numerusform>%n 份协议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="298"/>
        <source>Delete %n records (%1)</source>
        <translation>
            <numerusform>删除 %n 个%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="300"/>
        <source>Restore %n records (%1)</source>
        <translation>
            <numerusform>恢复 %n 个%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="314"/>
        <source>Set %1 of %n records</source>
        <translation>
            <numerusform>设置 %n 条记录的%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="338"/>
        <source>Give %1 a new ticket code?

The old code stops working at the check-in desk: print the badge again after this.</source>
        <translation>为 %1 发放新的票码吗？

旧票码将在签到台失效：之后请重新打印胸牌。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="341"/>
        <source>Re-issue ticket</source>
        <translation>重新发放票码</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="362"/>
        <source>Someone else changed %1 of these records after your change: %2. The other records are done. Overwrite their changes to these too? (No leaves them as they are.)</source>
        <translation>在您修改之后，其他人修改了其中 %1 条记录：%2。其余记录已完成。是否也覆盖他们对这些记录的修改？（选“否”则保持原样。）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="370"/>
        <source>Someone else changed “%1” after your change. Overwrite their change? (No leaves it as they made it.)</source>
        <translation>在您修改之后，其他人修改了“%1”。是否覆盖他们的修改？（选“否”则保留他们的修改。）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/editing.py" line="373"/>
        <source>Records changed by someone else</source>
        <translation>已被他人修改的记录</translation>
    </message>
</context>
<context>
    <name>EncodingAlternatives</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/encoding_alternatives.py" line="87"/>
        <source>Other code pages would read some words of this file differently. Look at the words: if those of another column are right, read the file that way.</source>
        <extracomment>Words shown per code page: enough to judge, few enough to leave room for the preview.</extracomment>
        <translation>其他代码页会把此文件中的一些词读成不同的样子。请看这些词：如果另一列中的词是对的，就按那种方式读取文件。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/encoding_alternatives.py" line="91"/>
        <source>As read now:</source>
        <translation>当前读法：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/encoding_alternatives.py" line="110"/>
        <source>Read as %1 (Alt+%2)</source>
        <translation>按 %1 读取 (Alt+%2)</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="150"/>
        <location filename="../../tvet_alliance/domain/models.py" line="234"/>
        <source>Partner</source>
        <translation>成员单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="207"/>
        <location filename="../../tvet_alliance/domain/models.py" line="308"/>
        <source>Person</source>
        <extracomment>&quot;&quot; when the partner has only a name in its own script (NOT NULL kept: see migration 0012) the partner&apos;s contact person (migration 0012) Derived from the names (changelog.DERIVED, domain/search_keys): never edited nor logged. The party links are logged once, on their owning side (Agreement.parties), for audit and sync.</extracomment>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="249"/>
        <location filename="../../tvet_alliance/domain/models.py" line="370"/>
        <source>Event</source>
        <extracomment>Derived from the names (changelog.DERIVED, domain/search_keys): never edited nor logged.</extracomment>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="268"/>
        <location filename="../../tvet_alliance/domain/models.py" line="398"/>
        <source>Delegate</source>
        <translation>参会代表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="446"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="606"/>
        <source>Marking aspect</source>
        <extracomment>The judges of a judgement aspect (each scores 0-3); a measurement aspect has one mark, judge 1. The highest score a judge gives on a judgement aspect.</extracomment>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="638"/>
        <source>Mark</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="749"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="288"/>
        <location filename="../../tvet_alliance/domain/models.py" line="467"/>
        <source>Competition</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="308"/>
        <location filename="../../tvet_alliance/domain/models.py" line="505"/>
        <source>Skill track</source>
        <translation>赛项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="326"/>
        <location filename="../../tvet_alliance/domain/models.py" line="538"/>
        <source>Entry</source>
        <translation>参赛记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="355"/>
        <location filename="../../tvet_alliance/domain/models.py" line="701"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="184"/>
        <source>TVET college</source>
        <translation>职业院校</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="185"/>
        <source>Polytechnic</source>
        <translation>职业技术学院</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="186"/>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="187"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="188"/>
        <source>Government authority</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="189"/>
        <source>Association</source>
        <translation>协会</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="190"/>
        <source>NGO</source>
        <translation>非政府组织</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="191"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="204"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="192"/>
        <source>Chair</source>
        <translation>主席单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="193"/>
        <source>Vice chair</source>
        <translation>副主席单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="194"/>
        <source>Lead partner</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="195"/>
        <source>Founding member</source>
        <translation>创始成员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="196"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="197"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="219"/>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="198"/>
        <source>Prospective</source>
        <translation>拟加入</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="199"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="253"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="200"/>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="201"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="235"/>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="202"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="203"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="205"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="206"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="207"/>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="208"/>
        <source>Seminar</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="209"/>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="210"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="211"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="212"/>
        <source>Competition</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="213"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="225"/>
        <source>In person</source>
        <translation>线下</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="214"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="226"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="215"/>
        <source>Hybrid</source>
        <translation>线上线下结合</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="216"/>
        <source>Speaker</source>
        <translation>演讲嘉宾</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="217"/>
        <source>Delegate</source>
        <translation>参会代表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="218"/>
        <source>Official</source>
        <translation>官员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="220"/>
        <source>Organizer</source>
        <translation>组织方</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="221"/>
        <source>Judge</source>
        <translation>裁判</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="222"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="223"/>
        <source>Competitor</source>
        <translation>选手</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="224"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="227"/>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="228"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="233"/>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="229"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="230"/>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="231"/>
        <source>No-show</source>
        <translation>未出席</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="232"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="234"/>
        <source>Competed</source>
        <translation>已参赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="236"/>
        <source>Disqualified</source>
        <translation>取消资格</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="237"/>
        <source>Gold</source>
        <translation>金牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="238"/>
        <source>Silver</source>
        <translation>银牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="239"/>
        <source>Bronze</source>
        <translation>铜牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="240"/>
        <source>Excellence</source>
        <translation>优胜奖</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="241"/>
        <source>No medal</source>
        <translation>无奖牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="242"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="243"/>
        <source>Medal</source>
        <translation>奖牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="244"/>
        <source>Participation</source>
        <translation>参赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="245"/>
        <source>Measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="246"/>
        <source>Judgement</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="247"/>
        <source>MOU</source>
        <translation>谅解备忘录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="248"/>
        <source>MOA</source>
        <translation>协议备忘录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="249"/>
        <source>Partnership</source>
        <translation>合作伙伴协议</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="250"/>
        <source>TNE programme</source>
        <translation>跨国教育项目</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="251"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="252"/>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="254"/>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="255"/>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="256"/>
        <source>Curriculum development</source>
        <translation>课程开发</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="257"/>
        <source>Quality assurance</source>
        <translation>质量保障</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="258"/>
        <source>Teacher training</source>
        <translation>师资培训</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="259"/>
        <source>Infrastructure</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="260"/>
        <source>Community engagement</source>
        <translation>社区参与</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="261"/>
        <source>Policy advocacy</source>
        <translation>政策倡导</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="262"/>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="263"/>
        <source>Student exchange</source>
        <translation>学生交流</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="264"/>
        <source>Digital skills</source>
        <translation>数字技能</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="265"/>
        <source>Office database</source>
        <translation>办公室数据库</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="266"/>
        <source>Offline copy</source>
        <translation>离线副本</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../tvet_alliance/domain/errors.py" line="63"/>
        <source>The record is not valid: {details}</source>
        <extracomment>The translation context of ``message``.</extracomment>
        <translation>记录无效：{details}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="40"/>
        <source>Backups from inside the program are for SQLite files; back up a PostgreSQL database with pg_dump.</source>
        <extracomment>How many automatic backups of one database are kept.</extracomment>
        <translation>程序内备份仅适用于 SQLite 文件；PostgreSQL 数据库请用 pg_dump 备份。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="63"/>
        <source>A backup cannot overwrite the database it copies.</source>
        <translation>备份不能覆盖被备份的数据库本身。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="66"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="81"/>
        <location filename="../../tvet_alliance/services/maintenance.py" line="97"/>
        <source>Cannot write the backup to {path}: {reason}</source>
        <translation>无法将备份写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/restore.py" line="33"/>
        <source>There is no file at {path}.</source>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/restore.py" line="37"/>
        <source>{path} is not a backup (it is not a SQLite file).</source>
        <translation>{path} 不是备份文件（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/restore.py" line="53"/>
        <source>{path} is not a TVET Alliance Manager backup ({reason}).</source>
        <translation>{path} 不是 TVET Alliance Manager 的备份（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/restore.py" line="61"/>
        <source>{path} is not a backup of this program, or is from a newer version.</source>
        <translation>{path} 不是本程序的备份，或来自更新的版本。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/restore.py" line="48"/>
        <location filename="../../tvet_alliance/persistence/restore.py" line="68"/>
        <source>{path} is damaged: {reason}</source>
        <translation>{path} 已损坏：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/restore.py" line="111"/>
        <location filename="../../tvet_alliance/persistence/restore.py" line="153"/>
        <source>Cannot restore from {path}: {reason}</source>
        <translation>无法从 {path} 恢复：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="48"/>
        <source>The database {path} is damaged ({reason}). The newest automatic backup is {backup}; put it back with “restore” on the command line.</source>
        <translation>数据库 {path} 已损坏（{reason}）。最新的自动备份是 {backup}；请在命令行用“restore”恢复。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="58"/>
        <source>The database {path} is damaged ({reason}), and there is no automatic backup of it.</source>
        <translation>数据库 {path} 已损坏（{reason}），且没有它的自动备份。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="72"/>
        <source>The database is busy with another change (an import, a merge or someone else&apos;s save). Nothing was saved; try again in a moment.</source>
        <translation>数据库正忙于另一项修改（导入、合并或他人的保存）。未保存任何内容；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="124"/>
        <source>“{value}” is not a database address.</source>
        <extracomment>SQLite&apos;s &quot;busy&quot; and &quot;locked&quot; result codes (the primary code, without extended bits). PostgreSQL: deadlock detected, lock not available, serialization failure.</extracomment>
        <translation>“{value}”不是数据库地址。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="204"/>
        <source>There is no database at {path}.</source>
        <extracomment>Whether the SQLite full-text index of people is there (searches use it instead of scans). What opening found broken and repaired (a search index out of step), for ``check`` to report.</extracomment>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="208"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="212"/>
        <source>{path} is not a database file (it is not SQLite).</source>
        <translation>{path} 不是数据库文件（不是 SQLite）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="217"/>
        <source>{path} is an empty file, not a database; make a new one with “init” or File → New database…</source>
        <translation>{path} 是空文件，不是数据库；请用“init”或“文件 → 新建数据库…”新建。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="235"/>
        <location filename="../../tvet_alliance/persistence/database.py" line="252"/>
        <source>Cannot open the database {name}: {reason}</source>
        <translation>无法打开数据库 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="119"/>
        <source>The schema upgrade would break {count} references (first in table {table}).</source>
        <extracomment>The newest revision in ``migrations/versions``: change it in the same commit as a new migration (tests/core/test_migrations.py asserts it is Alembic&apos;s head, so it cannot drift unnoticed).</extracomment>
        <translation>结构升级会破坏 {count} 处引用（首处位于数据表 {table}）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="164"/>
        <source>This database has tables but was not made by TVET Alliance Manager; it was left unchanged.</source>
        <translation>该数据库已有数据表，但并非由 TVET Alliance Manager 创建；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="171"/>
        <source>This database was made by a newer version of TVET Alliance Manager (schema {revision}); please update the program.</source>
        <translation>该数据库由更新版本的 TVET Alliance Manager 创建（结构版本 {revision}），请更新程序。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="278"/>
        <source>The schema upgrade from {revision} failed ({reason}); the database was left as it was.</source>
        <translation>从 {revision} 升级结构失败（{reason}）；数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="325"/>
        <source>The upgraded database failed its checks ({reason}); the database was left as it was.</source>
        <translation>升级后的数据库未通过检查（{reason}）；数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="110"/>
        <source>Sample data files are missing: {files}</source>
        <translation>缺少示例数据文件：{files}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="113"/>
        <source>The sample data is already in this database.</source>
        <translation>此数据库中已有示例数据。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="271"/>
        <source>The sample data does not pass validation: {details}</source>
        <translation>示例数据未通过校验：{details}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="159"/>
        <source>Someone else changed this record after you opened it (now version {version}). Reload their version, or overwrite it with yours?</source>
        <extracomment>What the form shows but nobody types: (key, English label in the &quot;Fields&quot; context, text), e.g. a delegate&apos;s ticket code, grouped for reading (re-issued from the delegates list).</extracomment>
        <translation>您打开此记录后，其他人修改了它（当前版本 {version}）。要重新加载对方的版本，还是用您的版本覆盖？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="178"/>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="351"/>
        <location filename="../../tvet_alliance/services/records.py" line="377"/>
        <source>This person is already registered for this event.</source>
        <translation>此人已报名参加该活动。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="354"/>
        <source>The record clashes with another one: {reason}</source>
        <translation>该记录与另一条记录冲突：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="370"/>
        <source>This person was registered for this event and deleted; restore that registration (Show deleted) instead.</source>
        <translation>此人曾报名参加该活动，但该报名已被删除；请改为恢复那条报名（显示已删除）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/text.py" line="216"/>
        <source>{field}: {problem}</source>
        <extracomment>The languages the window speaks: (setting, name in that language).</extracomment>
        <translation>{field}：{problem}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="91"/>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>无法写入文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="92"/>
        <source>{encoding} cannot hold these characters: {chars} (in {count} cells). Choose UTF-8, or replace them.</source>
        <translation>{encoding} 无法容纳这些字符：{chars}（共 {count} 个单元格）。请选择 UTF-8，或替换这些字符。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="96"/>
        <source>A full export can only be loaded into an empty database.</source>
        <translation>完整导出只能载入到空数据库中。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="97"/>
        <source>{path} is not a full export of this program: {reason}</source>
        <translation>{path} 不是本程序的完整导出：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="98"/>
        <source>Unknown columns: {columns}. Choose from: {choices}.</source>
        <translation>未知的列：{columns}。可选列：{choices}。</translation>
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
        <translation>UTF-8（Excel，推荐）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="77"/>
        <source>GB18030 (old Chinese Excel)</source>
        <translation>GB18030（旧版中文 Excel）</translation>
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
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="112"/>
        <source>&amp;List:</source>
        <translation>列表(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="122"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="131"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="137"/>
        <source>Enco&amp;ding:</source>
        <translation>编码(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="139"/>
        <source>&amp;Headers in English and Chinese</source>
        <translation>表头使用中英文(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="142"/>
        <source>&amp;Share with partners: leave out e-mail, phone, WeChat and WhatsApp</source>
        <translation>与合作伙伴共享：不含邮箱、电话、微信和 WhatsApp(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="155"/>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="157"/>
        <source>&amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="159"/>
        <source>&amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="175"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="287"/>
        <source>&amp;What is shown (%Ln+ rows, in this order)</source>
        <translation>
            <numerusform>当前显示的内容（%Ln+ 行，按此顺序）(&amp;W)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="289"/>
        <source>&amp;What is shown (%Ln rows, in this order)</source>
        <translation>
            <numerusform>当前显示的内容（%Ln 行，按此顺序）(&amp;W)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="462"/>
        <source>Exporting %Ln rows…</source>
        <translation>
            <numerusform>正在导出 %Ln 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="479"/>
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>已导出 %Ln 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="293"/>
        <source>The selected &amp;rows (%1)</source>
        <translation>选中的行（%1）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="147"/>
        <source>Unticks the personal contact columns below; you can tick any of them again. The office&apos;s notes are never shared, and countries and provinces are written by name.</source>
        <translation>取消勾选下面的个人联系方式列；您可以重新勾选其中任意一列。办公室的备注从不共享，国家和省份以名称写出。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="312"/>
        <source>Personal contact detail</source>
        <translation>个人联系方式</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="314"/>
        <source>The office&apos;s own notes: never shared with partners</source>
        <translation>办公室内部备注：从不与合作伙伴共享</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="374"/>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="375"/>
        <source>Tick at least one column.</source>
        <translation>请至少勾选一列。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="399"/>
        <source>Export to</source>
        <translation>导出到</translation>
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
        <translation>未导出任何内容。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="457"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="482"/>
        <source>(%1 written as ?)</source>
        <translation>（%1 已写为 ?）</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="315"/>
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="316"/>
        <source>Skill track in Chinese</source>
        <translation>赛项中文名称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="1003"/>
        <source>Medal check</source>
        <translation>奖牌核对</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="155"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="51"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="144"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="44"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="52"/>
        <source>Name (Chinese or Urdu)</source>
        <translation>名称（中文或乌尔都文）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="166"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="168"/>
        <source>Other names</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="135"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="53"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="172"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="141"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="54"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="145"/>
        <source>Name in Chinese or Urdu</source>
        <translation>中文或乌尔都文名称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="146"/>
        <source>Native name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="156"/>
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="177"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="181"/>
        <source>Role in the alliance</source>
        <translation>联盟角色</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="183"/>
        <source>Membership</source>
        <translation>成员状态</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="186"/>
        <source>Joined on</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="186"/>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="188"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="142"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="47"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="55"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="143"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="48"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="198"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="200"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="134"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="109"/>
        <source>people</source>
        <translation>名人员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="110"/>
        <source>competition entries</source>
        <translation>条参赛记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="211"/>
        <source>Name (Latin script)</source>
        <translation>姓名（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="138"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="45"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="190"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="222"/>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="46"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="225"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="227"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="235"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="235"/>
        <location filename="../../tvet_alliance/domain/catalog.py" line="236"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="237"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="112"/>
        <source>event registrations</source>
        <translation>条活动报名记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="137"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="255"/>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="139"/>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="140"/>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="239"/>
        <source>Consent to share contact details</source>
        <translation>同意向合作方共享联系方式</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="240"/>
        <source>Consent</source>
        <translation>共享同意</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="258"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="261"/>
        <source>Organisers</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="113"/>
        <source>delegates</source>
        <translation>名参会代表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="253"/>
        <location filename="../../tvet_alliance/domain/catalog.py" line="272"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="273"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="182"/>
        <location filename="../../tvet_alliance/domain/catalog.py" line="274"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="276"/>
        <source>Attends</source>
        <translation>参会方式</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="136"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="114"/>
        <source>check-ins</source>
        <translation>条签到记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="293"/>
        <source>Edition</source>
        <translation>届次</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="294"/>
        <source>Held during</source>
        <translation>所属活动</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="297"/>
        <source>Host city</source>
        <translation>举办城市</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="115"/>
        <source>skill tracks</source>
        <translation>个赛项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="292"/>
        <location filename="../../tvet_alliance/domain/catalog.py" line="312"/>
        <source>Competition</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="319"/>
        <source>Team size</source>
        <translation>每队人数</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="320"/>
        <source>Maximum score</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="116"/>
        <source>entries</source>
        <translation>条参赛记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="277"/>
        <source>Attendance</source>
        <translation>参会方式</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="299"/>
        <source>Medallion threshold (standard score)</source>
        <translation>优胜奖门槛（标准分）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="301"/>
        <source>Tie margin (mark points)</source>
        <translation>并列分差（原始分）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="313"/>
        <location filename="../../tvet_alliance/domain/catalog.py" line="330"/>
        <source>Skill track</source>
        <translation>赛项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="320"/>
        <source>Max score</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="337"/>
        <source>Team name</source>
        <translation>团队名称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="337"/>
        <source>Team</source>
        <translation>队名</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="339"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="345"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="347"/>
        <source>Medal</source>
        <translation>奖牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="359"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="362"/>
        <source>Parties</source>
        <translation>签约方</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="363"/>
        <source>Areas of collaboration</source>
        <translation>合作领域</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="364"/>
        <source>Areas</source>
        <translation>合作领域</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="365"/>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="365"/>
        <source>Signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="366"/>
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="366"/>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/catalog.py" line="367"/>
        <source>Document link</source>
        <translation>文件链接</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="510"/>
        <source>agreements</source>
        <translation>份协议</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="878"/>
        <location filename="../../tvet_alliance/services/records.py" line="613"/>
        <source>Results confirmed</source>
        <extracomment>Labels of logged fields that no form shows (confirmed results: services/results.py).</extracomment>
        <translation>成绩确认时间</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="614"/>
        <source>Results confirmed by</source>
        <translation>成绩确认人</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="615"/>
        <source>Reason for unlocking the results</source>
        <translation>解锁成绩的原因</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="616"/>
        <source>Standard score</source>
        <translation>标准分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="656"/>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="134"/>
        <source>Deleted</source>
        <extracomment>Logged fields no form shows that hold a moment (shown like the When column).</extracomment>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="849"/>
        <source>People</source>
        <extracomment>Each line&apos;s values as they are (texts, enum members, dates, decimals): the form shows them in the person&apos;s language (an agreement&apos;s status, a medal), as a list&apos;s cells are.</extracomment>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="855"/>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="861"/>
        <source>Competition entries</source>
        <translation>竞赛参赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="43"/>
        <source>Full name</source>
        <extracomment>Fields shown side by side, per table: (attribute, English label in the &quot;Fields&quot; context).</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="660"/>
        <source>Entries</source>
        <extracomment>A word starting at least this many keys, or in this many names, is found by walking the name index (measured on 100,000 people: below it, sorting the matches is faster).</extracomment>
        <translation>参赛项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="773"/>
        <source>Delegates</source>
        <translation>参会代表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="875"/>
        <source>Marked</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="173"/>
        <location filename="../../tvet_alliance/services/listing.py" line="819"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="180"/>
        <location filename="../../tvet_alliance/services/listing.py" line="820"/>
        <location filename="../../tvet_alliance/services/records.py" line="216"/>
        <source>Ticket code</source>
        <extracomment>The code on the delegate&apos;s badge, as stored (a mail-merge of tickets prints it, or its QR code). It lets its holder in: a &quot;share with partners&quot; export leaves it out unless asked for.</extracomment>
        <translation>票码</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="848"/>
        <source>Tracks</source>
        <translation>赛项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/exporting.py" line="169"/>
        <location filename="../../tvet_alliance/services/listing.py" line="1010"/>
        <source>Rank</source>
        <extracomment>The language of the second name in a bilingual header, read from its .ts file. Columns that are not a record&apos;s field: derived values a person expects beside the fields (the rank of an entry, a delegate&apos;s event and check-in), with their labels in the &quot;Fields&quot; context.</extracomment>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="1042"/>
        <source>Expiring within</source>
        <translation>到期期限</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="641"/>
        <source>Mark</source>
        <extracomment>Labels of the fields a conflict review shows (&quot;Fields&quot; context): a mark has no form.</extracomment>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="642"/>
        <source>Judge</source>
        <translation>裁判</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="532"/>
        <source>File and contents</source>
        <translation>文件和内容</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="533"/>
        <source>Choose the CSV or Excel file, and what its rows are.</source>
        <translation>选择 CSV 或 Excel 文件，并说明每行是什么。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="536"/>
        <source>A .csv, .txt or .xlsx file</source>
        <translation>.csv、.txt 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="538"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="540"/>
        <source>Choose the file (Ctrl+O)</source>
        <translation>选择文件 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="561"/>
        <source>&amp;Event:</source>
        <translation>活动(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="563"/>
        <source>C&amp;ompetition:</source>
        <translation>比赛(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="568"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="571"/>
        <source>&amp;Rows are:</source>
        <translation>每行是(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="615"/>
        <source>Import from a file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="618"/>
        <source>Tables (*.csv *.txt *.xlsx *.xlsm);;CSV or text (*.csv *.txt);;Excel (*.xlsx *.xlsm);;All files (*)</source>
        <translation>表格 (*.csv *.txt *.xlsx *.xlsm);;CSV 或文本 (*.csv *.txt);;Excel (*.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="629"/>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="632"/>
        <source>Add the event first: delegates are imported into an event.</source>
        <translation>请先添加活动：参会人员要导入到某个活动中。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="634"/>
        <source>Add the competition first: entries are imported into a competition.</source>
        <translation>请先添加比赛：参赛记录要导入到某个比赛中。</translation>
    </message>
</context>
<context>
    <name>FilterCombo</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="173"/>
        <source>%1: %2</source>
        <extracomment>The keys a search box keeps for its own text even where a window action has the same shortcut (Delete deletes a character there, not the selected record).</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="161"/>
        <source>The register is empty. Start here:</source>
        <extracomment>The suggested actions, by their name in :attr:`PageContext.actions`, in order.</extracomment>
        <translation>登记册是空的。从这里开始：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="166"/>
        <source>Load the sample data to look around, import the spreadsheets you have, or add the first partner by hand.</source>
        <translation>加载示例数据来熟悉一下，导入您已有的电子表格，或手动添加第一个合作伙伴。</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../tvet_alliance/render/fonts.py" line="152"/>
        <source>No Simplified Chinese font is installed (such as Noto Sans CJK SC, Microsoft YaHei or SimSun): Chinese names will print as empty boxes. Install one and print again.</source>
        <extracomment>Simplified Chinese families, best first (Linux, then Windows and macOS names). CJK families that hold Han glyphs in another region&apos;s shapes: used only when no SC one is there. ``QCoreApplication.translate`` or the like: (context, English text) -&gt; translated text.</extracomment>
        <translation>未安装简体中文字体（如 Noto Sans CJK SC、微软雅黑或宋体）：中文姓名将打印成空白方框。请安装一种字体后再打印。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/fonts.py" line="157"/>
        <source>No Simplified Chinese font is installed: Chinese names will print in {family}, whose characters have Japanese, Korean or Traditional shapes. Install Noto Sans CJK SC (or Microsoft YaHei) for Simplified Chinese.</source>
        <translation>未安装简体中文字体：中文姓名将以 {family} 打印，其字形为日文、韩文或繁体字形。请安装 Noto Sans CJK SC（或微软雅黑）以使用简体中文。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/fonts.py" line="163"/>
        <source>The Urdu font {family} that comes with the program could not be loaded: Urdu names may print unjoined or as boxes. Reinstall the program.</source>
        <translation>无法加载程序自带的乌尔都语字体 {family}：乌尔都语姓名可能打印为不连写的字母或方框。请重新安装本程序。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="25"/>
        <source>History — %1</source>
        <translation>历史记录 — %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="30"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="30"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="30"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="30"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="30"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="37"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="37"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/history.py" line="40"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="244"/>
        <source>China–Pakistan TVET Alliance</source>
        <translation>中巴职业教育联盟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="251"/>
        <source>Partners</source>
        <translation>成员单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="252"/>
        <source>Delegates</source>
        <translation>参会代表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="253"/>
        <source>Competition entries</source>
        <translation>竞赛参赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="254"/>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/home.py" line="19"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="299"/>
        <source>Live figures from the register. Partners by country, seminar delegates by how they attend, competition medals and the state of agreements.</source>
        <translation>名录实时数据：按国家统计的成员单位、按参会方式统计的研讨会代表、竞赛奖牌以及协议状态。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="305"/>
        <source>Active members: %1</source>
        <translation>有效成员：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="310"/>
        <source>Attended: %1</source>
        <translation>已出席：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="330"/>
        <source>Medals won: %1</source>
        <translation>获得奖牌：%1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="83"/>
        <source>Choose the event the delegates come to.</source>
        <extracomment>Duplicates kept for review (per-row decisions); beyond them the default decision applies and only the count grows, so a million-row file does not fill the memory. The decisions that write the file&apos;s values into the existing record.</extracomment>
        <translation>请选择参会人员参加的活动。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="84"/>
        <source>Choose the competition of the entries.</source>
        <translation>请选择参赛记录所属的比赛。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="85"/>
        <source>There is no event called {name}.</source>
        <translation>没有名为 {name} 的活动。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="86"/>
        <source>There is no competition called {name}.</source>
        <translation>没有名为 {name} 的比赛。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="87"/>
        <source>No column is mapped to {fields}, which every row needs.</source>
        <translation>没有列对应到 {fields}，而每一行都需要它。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="88"/>
        <source>This row has {cells} cells but the header has {columns}.</source>
        <translation>此行有 {cells} 个单元格，但表头有 {columns} 个。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="89"/>
        <source>The new organisation {name} needs a country: add a country or nationality column.</source>
        <translation>新单位 {name} 需要国家：请添加国家或国籍列。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="92"/>
        <source>The partner chosen for the organisation {name} no longer exists: choose again.</source>
        <translation>为单位 {name} 选择的成员单位已不存在：请重新选择。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="95"/>
        <source>There is no partner called {name}, and this import creates none.</source>
        <translation>没有名为 {name} 的成员单位，本次导入不新建成员单位。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="102"/>
        <source>An invisible control character ({chars}) was taken out of this cell; the rest was imported.</source>
        <translation>已从此单元格中删除一个不可见的控制字符（{chars}），其余内容已导入。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="110"/>
        <source>This import was already reverted on {at}.</source>
        <extracomment>C0 controls but tab and line ends, DEL and C1: never text (``validation.check_text`` refuses them) those that stood between words (vertical tab, form feed, next line): a space</extracomment>
        <translation>此次导入已于 {at} 撤销。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="111"/>
        <source>There is no import with the id {id}.</source>
        <translation>没有编号为 {id} 的导入。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="112"/>
        <source>Left empty, as chosen: {problem}</source>
        <translation>已按选择留空：{problem}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="113"/>
        <source>{field} is needed in every row: it cannot be left empty. Fix the cells instead.</source>
        <translation>每一行都需要{field}，不能留空。请改为修正这些单元格。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1523"/>
        <source>People</source>
        <extracomment>What the dependent records of each table are called (the &quot;Import&quot; context).</extracomment>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1524"/>
        <source>Registrations</source>
        <translation>报名记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1525"/>
        <source>Competition entries</source>
        <translation>参赛报名</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1526"/>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1527"/>
        <source>Events they organise</source>
        <translation>其主办的活动</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1528"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1529"/>
        <source>Check-ins</source>
        <translation>签到记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1530"/>
        <source>Marking schemes</source>
        <translation>评分方案</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1531"/>
        <source>Judges&apos; marks</source>
        <translation>裁判评分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1533"/>
        <source>{what} ({count}): {names} — pointing to {targets}</source>
        <translation>{what}（{count}）：{names} — 关联到 {targets}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="1534"/>
        <source>Records added since the import depend on records it created, so it was not reverted: {list}. Reverting anyway keeps the records they depend on and removes the rest.</source>
        <translation>导入之后新增的记录依赖于此次导入创建的记录，因此未撤销：{list}。仍要撤销时，将保留它们所依赖的记录，删除其余记录。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="27"/>
        <source>{value} is not a date (for example 2024-06-25, 25.06.2024 or 2024年6月25日).</source>
        <translation>{value} 不是日期（例如 2024-06-25、25.06.2024 或 2024年6月25日）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="30"/>
        <source>{value} is not a number.</source>
        <translation>{value} 不是数字。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="31"/>
        <source>{value} is not a country we know (write it in English or Chinese, or as a code like PK).</source>
        <translation>{value} 不是可识别的国家（请用英文或中文书写，或使用 PK 这样的代码）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="34"/>
        <source>{value} could be any of these countries: {candidates}. Write one of them, or its code.</source>
        <translation>{value} 可能是以下任一国家：{candidates}。请写明其中一个，或写国家代码。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="37"/>
        <source>{value} is not a province of {country}.</source>
        <translation>{value} 不是 {country} 的省份。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="38"/>
        <source>{value} could be any of these provinces of {country}: {candidates}. Write one of them.</source>
        <translation>{value} 可能是{country}的以下任一省份：{candidates}。请写明其中一个。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="41"/>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} 不是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="42"/>
        <source>{value} could be any of: {candidates}. Write one of them.</source>
        <translation>{value} 可能是以下任一项：{candidates}。请写明其中一个。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/normalize.py" line="45"/>
        <source>The text is {length} characters long; at most {limit} fit.</source>
        <translation>文本长 {length} 个字符，最多只能 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="82"/>
        <source>The file {path} does not exist.</source>
        <extracomment>The longest cell reading accepts at all (Excel&apos;s own limit): a longer one is a broken or hostile file, refused with its line and column before it can fill the memory. The longest line (record) read: every cell of a wide sheet at the cell limit is far below it.</extracomment>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="83"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="84"/>
        <source>This is not a text file (it contains NUL bytes). Save it as CSV or .xlsx and try again.</source>
        <translation>这不是文本文件（含有 NUL 字节）。请另存为 CSV 或 .xlsx 后重试。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="87"/>
        <source>The file cannot be read as {encoding} on line {line} (byte {offset}). Choose another encoding; if the lines before it read right, the file mixes encodings: save it all in one (UTF-8).</source>
        <translation>文件第 {line} 行（字节 {offset}）无法按 {encoding} 读取。请选择其他编码；如果之前的行显示正确，说明文件混用了编码：请全部另存为一种编码（UTF-8）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="92"/>
        <source>The text encoding of this file could not be recognised. Choose the encoding.</source>
        <translation>无法识别此文件的文字编码。请选择编码。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="95"/>
        <source>Unknown encoding: {encoding}.</source>
        <translation>未知编码：{encoding}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="96"/>
        <source>The file has no rows of data.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="97"/>
        <source>The Excel file cannot be opened: {reason}</source>
        <translation>无法打开 Excel 文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="98"/>
        <source>The workbook has no sheet named {sheet}.</source>
        <translation>工作簿中没有名为 {sheet} 的工作表。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="99"/>
        <source>The header names the column {name} twice (columns {first} and {second}).</source>
        <translation>表头中列名 {name} 出现了两次（第 {first} 列和第 {second} 列）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="102"/>
        <source>The delimiter must be one character, not {delimiter}.</source>
        <translation>分隔符必须是一个字符，而不是 {delimiter}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="103"/>
        <source>The file cannot be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="104"/>
        <source>The file changes its text encoding on line {line}: the lines before it are {first}, the lines from it on are {second}. Save the whole file in one encoding (UTF-8) and try again.</source>
        <translation>文件在第 {line} 行改变了文本编码：之前的行是 {first}，从该行起是 {second}。请将整个文件另存为一种编码（UTF-8）后重试。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="109"/>
        <source>Line {line}, column {column} of the file holds a cell of {length} characters; a cell can hold at most {limit} (as in Excel). Correct the file and try again.</source>
        <translation>文件第 {line} 行第 {column} 列的单元格有 {length} 个字符；一个单元格最多 {limit} 个字符（与 Excel 相同）。请修正文件后重试。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="114"/>
        <source>Line {line} of the file is longer than {limit} characters: this is not a table of records.</source>
        <translation>文件第 {line} 行超过 {limit} 个字符：这不是记录表。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="358"/>
        <source>Western European</source>
        <extracomment>How sure detection is about the encoding: &quot;bom&quot;, &quot;utf-8&quot;, &quot;gb18030&quot;, &quot;guess&quot; or &quot;chosen&quot;. Other single-byte code pages the file reads in, with the words they read differently (Windows-1250&apos;s &quot;Muńoz&quot; for Windows-1252&apos;s &quot;Muñoz&quot;), those reading best first. The first bytes of files that are not text whatever their name: pictures, PDF, archives, old Excel/Word (OLE2), executables. A zip is read as a workbook only when it holds one (:func:`detect`). Control characters a text file does not hold (tab, line ends, form feed and escape are text). A sample with more of them than this share is binary; fewer are single rows&apos; problems. The single-byte code pages of Latin text, Windows&apos; Western first, and the letters (beyond ASCII) each one&apos;s languages write, a word&apos;s letters all of one language. A word read by a code page is plausible when it holds only letters, ASCII digits and in-word marks, no capital after a small letter, and the non-ASCII letters of one of its languages. How a person knows them (the codec names are Python&apos;s).</extracomment>
        <translation>西欧</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="359"/>
        <source>Central European</source>
        <translation>中欧</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="360"/>
        <source>Baltic</source>
        <translation>波罗的海</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="361"/>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/source.py" line="362"/>
        <source>old Mac Excel</source>
        <translation>旧版 Mac Excel</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/mapping.py" line="201"/>
        <source>There is no field {name} in this import; the fields are: {fields}.</source>
        <extracomment>How like a known column name a header must be to be guessed: the share of its characters left as they are by the fewest typing edits (a letter missed, added or changed, two letters swapped; rapidfuzz&apos;s OSA distance over the longer length). 0.8 allows one edit in five characters (&quot;Emial&quot; for &quot;email&quot;), never a word added (&quot;address&quot; is not &quot;email address&quot;: 0.58). How much better than the next field a guess must be: two fields about as like the header is no guess at all. A header shorter than this (after :func:`header_key`) is never guessed. How a column was matched to its field, as ``ColumnMapping.how`` says it. Columns partners send that are no field of ours (a father&apos;s name and an identity card number on Pakistani lists, 序号 and 民族 on Chinese ones): never guessed to be one. Names a field takes only when the file has no column by one of its own names: 职称 (a professional title, such as 副教授) is the person&apos;s position only when there is no 职务.</extracomment>
        <translation>此导入中没有字段 {name}；可用字段为：{fields}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/mapping.py" line="204"/>
        <source>The file has no column {name}; its columns are: {columns}.</source>
        <translation>文件中没有列 {name}；文件的列为：{columns}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/mapping.py" line="205"/>
        <source>{field} tells one record from another: it cannot be the same in every row.</source>
        <translation>{field} 用于区分不同记录，不能每一行都相同。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/mapping.py" line="208"/>
        <source>{field} for every row: the value is empty.</source>
        <translation>每一行的{field}：值为空。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/mapping.py" line="209"/>
        <source>{field} for every row: {problem}</source>
        <translation>每一行的{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/values.py" line="41"/>
        <source>{field} is not a field of this import; fields: {fields}.</source>
        <extracomment>The kinds whose values a person maps to a choice. Distinct refused values listed per field; beyond them only ``FieldValues.more`` grows. Row numbers kept per value (the first ones). Distinct values counted beyond the limit: then the field is no longer read (a column of free text mapped to a choice must neither fill the memory nor ask the parsers a million times). Cells and parser answers remembered per field (a parser is asked again for the others). How often progress is reported, in rows.</extracomment>
        <translation>{field} 不是此次导入的字段；可用字段：{fields}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/values.py" line="42"/>
        <source>{field} has no choices to map (only choice, country and province fields have).</source>
        <translation>{field} 没有可对应的选项（只有选项、国家和省份字段有）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/values.py" line="45"/>
        <source>{choice} is not a choice of {field}; choices: {choices}.</source>
        <translation>{choice} 不是 {field} 的选项；可选：{choices}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/values.py" line="46"/>
        <source>{choice} is not a province: write its ISO code, for example CN-XJ or PK-PB.</source>
        <translation>{choice} 不是省份：请写 ISO 代码，例如 CN-XJ 或 PK-PB。</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="84"/>
        <source>Partners</source>
        <extracomment>What each import kind fills, in the order the mapping step lists it. A delegate&apos;s notes are the registration&apos;s; a team needs its members; an entry&apos;s track can come with its Chinese name. Fields of which each row needs one, not each: a partner&apos;s name in English OR in its own script.</extracomment>
        <translation>成员单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="85"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="86"/>
        <source>Delegates of an event</source>
        <translation>活动参会人员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/importing/fields.py" line="87"/>
        <source>Entries of a competition</source>
        <translation>比赛参赛记录</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2251"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2253"/>
        <source>Test the import to see what it would do, then press Import. It can be reverted later.</source>
        <translation>先试导入，看看会发生什么，然后按“导入”。以后可以撤销。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2258"/>
        <source>&amp;Test import</source>
        <translation>试导入(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2266"/>
        <source>Save &amp;rejected rows…</source>
        <translation>保存未导入的行(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2286"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2287"/>
        <source>Rows are: %1</source>
        <translation>每行是：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2299"/>
        <source>Rows with problems are not imported; save them to fix and import again.</source>
        <translation>有问题的行不会导入；可将其保存，修改后再次导入。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2315"/>
        <source>Imported:</source>
        <translation>已导入：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2315"/>
        <source>A test import would give:</source>
        <translation>试导入的结果：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2293"/>
        <source>Duplicates skipped: %1; imported as you decided: %2.</source>
        <translation>跳过的重复项：%1；按您的决定导入：%2。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2302"/>
        <source>Rows with warnings are imported as they are; Back lists the warnings.</source>
        <translation>带警告的行按原样导入；按“上一步”可查看警告。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2319"/>
        <source>%1 created, %2 updated, %3 skipped</source>
        <translation>新建 %1，更新 %2，跳过 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2323"/>
        <source>, %n rows with problems not imported</source>
        <translation>
            <numerusform>，%n 行有问题未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2325"/>
        <source>, %n rows with warnings imported</source>
        <translation>
            <numerusform>，%n 行带警告导入</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2334"/>
        <source>Testing…</source>
        <translation>正在试导入…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2336"/>
        <source>Testing the import…</source>
        <translation>正在试导入…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2351"/>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2353"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2363"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2364"/>
        <source>File → Revert an import… undoes it.</source>
        <translation>“文件 → 撤销导入…”可撤销此次导入。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2367"/>
        <source>A backup of the database before the import: %1</source>
        <translation>导入前的数据库备份：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2380"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2399"/>
        <source>Save rejected rows</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2401"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2409"/>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2413"/>
        <source>Saved %n rows to %1 (%2).</source>
        <translation>
            <numerusform>已将 %n 行保存到 %1（%2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="182"/>
        <source>Import from a file</source>
        <extracomment>Files the Values page&apos;s scan reads at once, without the background runner (bytes) How a list of names is written in the reader&apos;s language: 职业院校、大学; Urdu&apos;s comma. Emitted after the import was written, with its report.</extracomment>
        <translation>从文件导入</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="237"/>
        <source>&amp;Import</source>
        <extracomment>The value map of the saved mapping chosen, and what the Values page chose (field key -&gt; {mapping.value_key(text) -&gt; code, or None: leave empty}); the page&apos;s choices win. The file&apos;s values no map knows (the Values page&apos;s scan) and what the scan was of. row -&gt; {field key: take the file&apos;s value}: the Duplicates page&apos;s per-field choices the automatic backup taken before the import was written (SQLite), shown on the last page</extracomment>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="344"/>
        <source>Nothing was imported: the automatic backup before it failed. %1</source>
        <translation>未导入任何内容：导入前的自动备份失败。%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="417"/>
        <source>Reading the values was cancelled; press Next to read them again.</source>
        <translation>读取值已取消；按“下一步”重新读取。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="421"/>
        <source>Reading the values of the file…</source>
        <translation>正在读取文件中的值…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="506"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1896"/>
        <source>; %n partners created</source>
        <translation>
            <numerusform>；新建 %n 个成员单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1903"/>
        <source>%n rows: %1 valid, %2 with problems</source>
        <translation>
            <numerusform>共 %n 行：%1 行有效，%2 行有问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1904"/>
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n 个重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1908"/>
        <source>%n kept with warnings</source>
        <translation>
            <numerusform>%n 行带警告保留</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1922"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1923"/>
        <source>Update the existing record</source>
        <translation>更新已有记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1924"/>
        <source>Create a new record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1925"/>
        <source>Fill empty fields only</source>
        <translation>仅填写空白字段</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1931"/>
        <source>Same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1932"/>
        <source>Same as another name</source>
        <translation>与其他名称相同</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1933"/>
        <source>Same e-mail</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1934"/>
        <source>Same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1935"/>
        <source>Already registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2423"/>
        <source>row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2424"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_grid.py" line="167"/>
        <source>(column %1)</source>
        <extracomment>rows the grid shows at most (the rest are counted, and all are in the rejected-rows file) the file&apos;s own text of a cell (item data) &quot;error&quot; / &quot;warning&quot; / &quot;fixed&quot; / &quot;&quot; (item data), for tests and the filter the message of the current cell changed (for the line under the grid)</extracomment>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_grid.py" line="213"/>
        <source>In the file: “%1”</source>
        <translation>文件中为：“%1”</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_grid.py" line="218"/>
        <source>Fixed.</source>
        <translation>已修正。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_grid.py" line="220"/>
        <source>Fixed; Check again (F5) to confirm.</source>
        <translation>已修正；请重新检查 (F5) 以确认。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_grid.py" line="242"/>
        <source>This column is not imported.</source>
        <translation>此列不导入。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_grid.py" line="268"/>
        <source>This reads well.</source>
        <translation>可以识别。</translation>
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
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="86"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="137"/>
        <source>Load sample data?</source>
        <translation>加载示例数据？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="138"/>
        <source>This database is empty. Load the sample partners, seminar delegates, competition and agreements to try the program? You can delete them later.</source>
        <translation>此数据库为空。是否加载示例成员单位、研讨会代表、竞赛和协议来试用本程序？以后可以删除。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="186"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="25"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="28"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="32"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="34"/>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="40"/>
        <source>Load &amp;sample data</source>
        <translation>加载示例数据(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="38"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="41"/>
        <source>Import a&amp;ttendance…</source>
        <translation>导入出席记录(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="44"/>
        <source>Mark online delegates attended from a Zoom, Teams or Tencent Meeting / VooV report</source>
        <translation>根据 Zoom、Teams 或腾讯会议 / VooV 报告将线上代表标记为已出席</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="50"/>
        <source>Re&amp;vert an import…</source>
        <translation>撤销导入(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="53"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="59"/>
        <source>&amp;Load a full export…</source>
        <translation>载入完整导出(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="43"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="107"/>
        <source>Add a &amp;partner…</source>
        <extracomment>Emitted when a database was opened (or switched to) and every page shows it. Emitted after long work (sample data, restore, backup) finished, with a message for the status bar. Emitted when long work failed, with the message shown to the person. Emitted with a page&apos;s key each time that page read the database again. Set by the program&apos;s start-up: shows the window in another language at once (View → Language); returns False when it cannot now (work running). Pages whose data may be out of date: read again when next shown. Unbuilt pages count as stale, so they are filled when first shown.</extracomment>
        <translation>添加合作伙伴(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="207"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="209"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="211"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="214"/>
        <source>Undo the last change</source>
        <translation>撤销上一次更改</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="215"/>
        <source>Redo the change undone last</source>
        <translation>重做上一次撤销的更改</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="221"/>
        <source>&amp;New record…</source>
        <translation>新建记录(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="224"/>
        <source>&amp;Edit record…</source>
        <translation>编辑记录(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="227"/>
        <source>&amp;Delete record</source>
        <translation>删除记录(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="230"/>
        <source>Re&amp;store record</source>
        <translation>恢复记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="233"/>
        <source>&amp;History of record</source>
        <translation>记录历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="236"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="249"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="261"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="267"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="269"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="273"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="287"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="322"/>
        <source>The program will be in %1 when you next start it. Close it and start it again.</source>
        <translation>下次启动时程序将显示为%1。请关闭程序后重新启动。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="328"/>
        <source>Restart to apply</source>
        <translation>重新启动后生效</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="61"/>
        <source>Offline s&amp;ync</source>
        <extracomment>What says whether the open database is an offline copy, and what it has sent. What the review counts (open conflicts, possible duplicates) count. What the open offline copy knows about itself (None: an office database, or none open).</extracomment>
        <translation>离线同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="64"/>
        <source>&amp;Take offline copy…</source>
        <translation>制作离线副本(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="67"/>
        <source>Write a copy of this database for a laptop at a seminar (all records or one event)</source>
        <translation>为研讨会上使用的笔记本电脑写出本数据库的副本（全部记录或一个活动）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="73"/>
        <source>&amp;Merge sync package…</source>
        <translation>合并同步包(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="78"/>
        <source>Bring a laptop&apos;s changes into this database</source>
        <translation>将笔记本电脑上的更改合并到本数据库</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="81"/>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="192"/>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="84"/>
        <source>Fields changed at the office and on a laptop: choose the value to keep</source>
        <translation>在办公室和笔记本电脑上都被修改的字段：选择要保留的值</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="89"/>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="199"/>
        <source>Possible &amp;duplicates…</source>
        <translation>可能重复的记录(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="92"/>
        <source>People and partners a laptop added that look like records already here</source>
        <translation>笔记本电脑新增的、与已有记录相似的人员和成员单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="97"/>
        <source>&amp;Create sync package…</source>
        <translation>创建同步包(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="102"/>
        <source>Write the changes made on this copy since the last package, to merge at the office</source>
        <translation>写出自上一个同步包以来在本副本上所做的更改，以便在办公室合并</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="108"/>
        <source>Send &amp;everything again…</source>
        <translation>重新发送全部更改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="112"/>
        <source>A package with every change made on this copy (the office skips what it merged already)</source>
        <translation>包含本副本上所有更改的同步包（办公室会跳过已合并的部分）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="118"/>
        <source>&amp;Replace with a fresh copy…</source>
        <translation>替换为新副本(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="122"/>
        <source>Open a newer copy taken at the office instead of this one (once this copy&apos;s changes are merged)</source>
        <translation>改用在办公室制作的较新副本（须先合并本副本的更改）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="94"/>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="104"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="105"/>
        <source>%1 already exists. Use Open to work with it.</source>
        <translation>%1 已存在。请用“打开”来使用它。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="115"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="543"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="37"/>
        <source>Restore &amp;from backup…</source>
        <translation>从备份恢复(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="162"/>
        <source>Loading sample data…</source>
        <translation>正在加载示例数据…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="164"/>
        <source>Sample data loaded: %1 records.</source>
        <translation>示例数据已加载：%1 条记录。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="178"/>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="191"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="193"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="205"/>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="213"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="214"/>
        <source>Replace everything in %1 with the backup %2?

What is in the database now is saved as an automatic backup first.</source>
        <translation>用备份 %2 替换 %1 中的全部内容？

数据库的当前内容会先自动备份。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="233"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/database.py" line="235"/>
        <source>Restored. The previous content was saved to %1</source>
        <translation>已恢复。原有内容已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="56"/>
        <source>Export everything (.&amp;zip)…</source>
        <translation>导出全部 (.zip)(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="100"/>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>已导入：新建 %1，更新 %2。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="138"/>
        <source>Importing attendance…</source>
        <translation>正在导入出席记录…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="209"/>
        <source>Open a list to export it: partners, people, events, competitions or agreements.</source>
        <translation>请先打开要导出的列表：合作伙伴、人员、活动、竞赛或协议。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="251"/>
        <source>Export everything</source>
        <translation>导出全部</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="253"/>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="302"/>
        <source>Full export (*.zip);;All files (*)</source>
        <translation>完整导出 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="269"/>
        <source>Exporting everything…</source>
        <translation>正在导出全部…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="275"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="290"/>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="300"/>
        <source>Load a full export</source>
        <translation>载入完整导出</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="293"/>
        <source>Use File → New database… first, then load the export into it.</source>
        <translation>请先使用“文件 → 新建数据库…”，再将导出载入其中。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="314"/>
        <source>Loading the full export…</source>
        <translation>正在载入完整导出…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/data.py" line="325"/>
        <source>Nothing was loaded.</source>
        <translation>未载入任何内容。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="190"/>
        <source>&amp;Conflicts (%1)…</source>
        <translation>冲突（%1）(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="195"/>
        <source>Possible &amp;duplicates (%1)…</source>
        <translation>可能重复的记录（%1）(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="229"/>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="238"/>
        <source>Take offline copy</source>
        <translation>制作离线副本</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="234"/>
        <source>Writing the offline copy…</source>
        <translation>正在写出离线副本…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="240"/>
        <source>Cancelled; no offline copy was written.</source>
        <translation>已取消，未写出离线副本。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="377"/>
        <source>Create sync package</source>
        <translation>创建同步包</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="382"/>
        <source>Nothing new to send: every change made on this copy is in a sync package already.</source>
        <translation>没有需要发送的新内容：本副本上的所有更改都已在同步包中。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="387"/>
        <source>Nothing to send: no change has been made on this copy yet.</source>
        <translation>没有需要发送的内容：本副本上尚未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="412"/>
        <source>Take it to the office and merge it there with File → Offline sync → Merge sync package….</source>
        <translation>请将它带回办公室，在那里通过“文件 → 离线同步 → 合并同步包…”进行合并。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="427"/>
        <source>Writing the sync package…</source>
        <translation>正在写出同步包…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="431"/>
        <source>Cancelled; no package was written.</source>
        <translation>已取消，未写出同步包。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="250"/>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="292"/>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="305"/>
        <source>Merge sync package</source>
        <translation>合并同步包</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="270"/>
        <source>Checking the sync package…</source>
        <translation>正在检查同步包…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="296"/>
        <source>Merging the sync package…</source>
        <translation>正在合并同步包…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="300"/>
        <source>Cancelled; nothing was merged.</source>
        <translation>已取消，未合并任何内容。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="309"/>
        <source>Conflicts: %1. These fields were changed at the office and on the laptop; the office values stand for now. Choose between them now?</source>
        <translation>冲突：%1。这些字段在办公室和笔记本电脑上都被修改过；目前保留办公室的值。现在就进行选择吗？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="322"/>
        <source>Possible duplicates: %1. The laptop added people or partners that look like records already here. Review them now?</source>
        <translation>可能重复的记录：%1。笔记本电脑新增的人员或成员单位与已有记录相似。现在就审核吗？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="350"/>
        <source>Conflicts resolved: %1</source>
        <translation>已处理的冲突：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="440"/>
        <source>Replace with a fresh copy</source>
        <translation>替换为新副本</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="448"/>
        <source>Replace this offline copy (%1) with the fresh copy %2? The current file is kept beside it.</source>
        <translation>用新副本 %2 替换此离线副本（%1）吗？当前文件会保留在同一文件夹中。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="460"/>
        <source>The fresh copy is open. The previous copy was kept as %1.</source>
        <translation>新副本已打开。之前的副本已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="471"/>
        <source>This copy was left as it was and is open again.</source>
        <translation>此副本保持原样，并已重新打开。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/sync.py" line="476"/>
        <source>Replacing the offline copy…</source>
        <translation>正在替换离线副本…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="352"/>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="354"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;The register of the China–Pakistan digital-education alliance for TVET: partners, people, seminars, skills competitions and agreements.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;中巴职业教育数字化联盟名录：成员单位、人员、研讨会、技能竞赛和协议。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="583"/>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="610"/>
        <source>Please wait until the current work has finished.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="36"/>
        <source>&amp;Certificates…</source>
        <translation>证书(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="41"/>
        <source>&amp;Verify a certificate…</source>
        <translation>验证证书(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="112"/>
        <source>Fonts missing for printing</source>
        <translation>缺少打印所需的字体</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="113"/>
        <source>Print the certificates anyway?</source>
        <translation>仍然打印证书吗？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="174"/>
        <source>Printing certificates…</source>
        <translation>正在打印证书…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="178"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="180"/>
        <source>Cancelled; no certificate was issued and no file was written.</source>
        <translation>已取消；未颁发证书，也未写入文件。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="198"/>
        <source>Revoke a certificate</source>
        <translation>撤销证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="206"/>
        <source>Certificate %1 of %2 revoked.</source>
        <translation>%2 的证书 %1 已撤销。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="55"/>
        <source>&amp;Print</source>
        <extracomment>What the last printing left out (cancelled registrations), for the status message.</extracomment>
        <translation>打印(&amp;P)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="838"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="841"/>
        <source>Which column of the file fills each field, or one value for every row. Fields marked * are needed.</source>
        <translation>文件的哪一列填入哪个字段，或为每一行填同一个值。标 * 的字段为必填。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="860"/>
        <source>Save mapping &amp;as…</source>
        <extracomment>the person chose a column, a value for every row or a saved mapping on this page the saved mapping whose values for every row the page shows (&quot;&quot; when the person&apos;s own), and the person&apos;s own, given back when &quot;— none —&quot; is chosen again</extracomment>
        <translation>另存对应关系(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="864"/>
        <source>Sa&amp;ved mapping:</source>
        <translation>已保存的对应关系(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="875"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="876"/>
        <source>Column of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="877"/>
        <source>Matched by</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="878"/>
        <source>Or for every row</source>
        <translation>或每一行都填</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="885"/>
        <source>One value for every row, as if a column held it (Country = China for a list of Chinese colleges). Where a column is chosen too, its cells with a value win.</source>
        <translation>每一行都填同一个值，如同有一列写着它（例如中国院校名单的“国家 = 中国”）。如果同时选了列，该列中有值的单元格优先。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="924"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="950"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="952"/>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1059"/>
        <source>Save mapping</source>
        <translation>保存对应关系</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1060"/>
        <source>Name of the mapping (for example the partner):</source>
        <translation>对应关系的名称（例如合作单位名称）：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1070"/>
        <source>A mapping called “%1” is saved already (%2). Replace it with this one?</source>
        <translation>名为“%1”的对应关系已保存（%2）。要用这个替换它吗？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1073"/>
        <source>Replace the saved mapping?</source>
        <translation>替换已保存的对应关系？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1110"/>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1121"/>
        <source>Choose the column for %1: every row needs it.</source>
        <translation>请为 %1 选择列：每一行都需要它。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1128"/>
        <source>Choose the column for %1, or give it a value for every row: every row needs it.</source>
        <translation>请为 %1 选择列，或为每一行指定一个值：每一行都需要它。</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="73"/>
        <location filename="../../tvet_alliance/domain/marking.py" line="76"/>
        <source>“{text}” is not a mark.</source>
        <extracomment>The precision of a mark and of an entry&apos;s computed score. Judges&apos; scores on a judgement aspect further apart than this are flagged. Marks by (aspect id, judge).</extracomment>
        <translation>“{text}”不是有效分数。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="87"/>
        <source>Aspect {aspect} is a measurement: it has one mark, judge 1&apos;s.</source>
        <translation>评分项 {aspect} 为测量项：只有一个分数，由 1 号裁判给出。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="94"/>
        <source>{mark} refused: a judgement score of {aspect} is a whole number from 0 to 3.</source>
        <translation>{mark} 未被接受：{aspect} 的评价分为 0 到 3 的整数。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="105"/>
        <source>{mark} refused: a mark of {aspect} is from 0 to {max}.</source>
        <translation>{mark} 未被接受：{aspect} 的分数应在 0 到 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="113"/>
        <source>{mark} refused: a mark has at most 2 decimals.</source>
        <translation>{mark} 未被接受：分数最多保留 2 位小数。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="195"/>
        <source>An aspect has no code.</source>
        <translation>有评分项没有编号。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="201"/>
        <source>Aspect code {aspect} is used twice.</source>
        <translation>评分项编号 {aspect} 重复使用。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="211"/>
        <source>The maximum of aspect {aspect} must be more than 0.</source>
        <translation>评分项 {aspect} 的满分必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/marking.py" line="221"/>
        <source>The aspects&apos; maxima total {total}, not the track&apos;s {max}: marks are scaled to {max}.</source>
        <translation>各评分项满分合计 {total}，不等于赛项满分 {max}：分数将按比例折算为 {max}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="123"/>
        <source>The skill track is not in this database.</source>
        <translation>此数据库中没有该赛项。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="217"/>
        <location filename="../../tvet_alliance/services/marking.py" line="488"/>
        <source>That entry or aspect is not in this track any more.</source>
        <translation>该参赛或评分项已不在此赛项中。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="428"/>
        <source>No competition is named “{name}”.</source>
        <extracomment>this judge&apos;s marks, by aspect id judgement aspects whose judges&apos; scores are more than 1 apart The track&apos;s results are confirmed: its marks are locked until unlocked with a reason.</extracomment>
        <translation>没有名为“{name}”的竞赛。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="430"/>
        <source>Several competitions are named “{name}”.</source>
        <translation>有多个竞赛名为“{name}”。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="444"/>
        <source>The competition has no skill track “{name}”.</source>
        <translation>该竞赛没有赛项“{name}”。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="478"/>
        <source>An aspect judges have marked cannot be removed; clear its marks first.</source>
        <translation>已有裁判评分的评分项不能删除；请先清除其分数。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="496"/>
        <source>Aspect {aspect} has marks: its type cannot change.</source>
        <translation>评分项 {aspect} 已有分数：不能更改其类型。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking.py" line="525"/>
        <source>That track has no marking scheme to copy.</source>
        <translation>该赛项没有可复制的评分标准。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking_files.py" line="105"/>
        <source>The file has no column “{column}”.</source>
        <extracomment>Column names people use, folded (case, spaces), for each column of a scheme or marks file.</extracomment>
        <translation>文件中没有“{column}”列。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking_files.py" line="129"/>
        <source>Row {row}: “{value}” is neither measurement nor judgement.</source>
        <translation>第 {row} 行：“{value}”既不是测量也不是评价。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking_files.py" line="138"/>
        <source>Row {row}: the maximum “{value}” is not a number.</source>
        <translation>第 {row} 行：满分“{value}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/marking_files.py" line="154"/>
        <source>The file holds no aspect.</source>
        <translation>文件中没有评分项。</translation>
    </message>
</context>
<context>
    <name>MarkingCard</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="202"/>
        <source>Marking progress</source>
        <translation>评分进度</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="222"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>MarksModel</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="123"/>
        <source>Entry</source>
        <extracomment>The background of a judgement cell whose judges&apos; scores are more than 1 apart. The background of the computed mark column. Marks change the grid, the entries (their scores) and what shows them.</extracomment>
        <translation>参赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="125"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="128"/>
        <source>Mark</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="167"/>
        <source>The judges&apos; scores are more than 1 apart.</source>
        <translation>裁判评分相差超过 1 分。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="170"/>
        <source>%1 of %2 marks given</source>
        <translation>已给出 %1 / %2 个分数</translation>
    </message>
</context>
<context>
    <name>MarksTable</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="318"/>
        <source>Marks: save the mark and move right</source>
        <extracomment>The grid&apos;s keys (key, &quot;MarksTable&quot; context, what it does), listed in Help → Keyboard shortcuts.</extracomment>
        <translation>评分：保存分数并右移</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="319"/>
        <source>Marks: save the mark and move down</source>
        <translation>评分：保存分数并下移</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="320"/>
        <source>Marks: leave the cell as it was</source>
        <translation>评分：单元格保持原样</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="321"/>
        <source>Marks: clear the mark</source>
        <translation>评分：清除分数</translation>
    </message>
</context>
<context>
    <name>MarksView</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="396"/>
        <source>Judge %1</source>
        <translation>%1 号裁判</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="397"/>
        <source>Marking &amp;scheme…</source>
        <translation>评分标准(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="428"/>
        <source>&amp;Competition</source>
        <translation>竞赛(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="429"/>
        <source>Skill &amp;track</source>
        <translation>赛项(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="430"/>
        <source>&amp;Judge</source>
        <translation>裁判(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="439"/>
        <source>This track has no marking scheme: its entries keep a typed score. Make one with “Marking scheme…” to mark it here.</source>
        <translation>此赛项没有评分标准：参赛成绩为手工录入。用“评分标准…”建立后即可在此评分。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="519"/>
        <source>Marked: %1 · to mark: %2</source>
        <translation>已评：%1 · 待评：%2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="522"/>
        <source>Judges more than 1 apart: %1</source>
        <translation>裁判分差超过 1：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="528"/>
        <source>Results confirmed: the marks are locked (Unlock… on the Results page)</source>
        <translation>成绩已确认：分数已锁定（在“成绩”页“解锁…”）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="540"/>
        <source>%1 is a measurement: judge 1 gives its one mark.</source>
        <translation>%1 为测量项：由 1 号裁判给出唯一分数。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="544"/>
        <source>The cell was left as it was.</source>
        <translation>该单元格保持原样。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="571"/>
        <source>Mark %1 of %2</source>
        <translation>%2 的 %1 分数</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/marks.py" line="575"/>
        <source>Saved %1: %2</source>
        <translation>已保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>MasterDetailPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="770"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>MedalGlance</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="395"/>
        <source>Medal table</source>
        <translation>奖牌榜</translation>
    </message>
</context>
<context>
    <name>MedalTable</name>
    <message>
        <location filename="../../tvet_alliance/ui/pages/competitions.py" line="13"/>
        <source>Medal table</source>
        <extracomment>The title of the competition&apos;s medal table tab, after its entries and tracks.</extracomment>
        <translation>奖牌榜</translation>
    </message>
</context>
<context>
    <name>MedalTableModel</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="105"/>
        <source>Unknown</source>
        <extracomment>The table&apos;s columns: what each shows of a :class:`medals.MedalRow`, and the medal it counts. Medal columns headed by their colour alone (the name in the tooltip), to fit a card.</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="124"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="124"/>
        <source>Institution</source>
        <translation>院校</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="125"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="125"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="125"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="143"/>
        <source>Medallions for Excellence: counted apart, not in the total</source>
        <translation>优胜奖单独统计，不计入奖牌合计</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="145"/>
        <source>Gold, silver and bronze (medallions are counted apart)</source>
        <translation>金牌、银牌和铜牌（优胜奖单独统计）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="147"/>
        <source>Gold 4, silver 3, bronze 2, medallion 1</source>
        <translation>金牌 4 分，银牌 3 分，铜牌 2 分，优胜奖 1 分</translation>
    </message>
</context>
<context>
    <name>MedalTableView</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="197"/>
        <source>By country</source>
        <extracomment>The table was read again (after a refresh or a choice).</extracomment>
        <translation>按国家</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="198"/>
        <source>By institution</source>
        <translation>按院校</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="201"/>
        <source>Equal rows share a rank; the next rank skips (1, 2, 2, 4)</source>
        <translation>相同的行名次并列，下一名次顺延（1、2、2、4）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="202"/>
        <source>Gold first</source>
        <translation>金牌优先</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="203"/>
        <source>Total medals</source>
        <translation>奖牌总数</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="204"/>
        <source>Medal points</source>
        <translation>奖牌积分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="205"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="207"/>
        <source>Ceremony order…</source>
        <translation>颁奖顺序…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="211"/>
        <source>Track by track: medallions, then bronze, silver and gold, with the names in both scripts</source>
        <translation>逐个赛项：先优胜奖，再铜牌、银牌和金牌，姓名以两种文字列出</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="232"/>
        <source>Total: gold, silver and bronze (medallions are counted apart). Points: gold 4, silver 3, bronze 2, medallion 1. A team counts once; withdrawn and disqualified entries count nothing.</source>
        <translation>合计：金牌、银牌和铜牌（优胜奖单独统计）。积分：金牌 4 分，银牌 3 分，铜牌 2 分，优胜奖 1 分。一个团队只计一次；退赛和取消资格的参赛项不计。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="304"/>
        <source>Choose a competition to see its medal table.</source>
        <translation>选择一个竞赛以查看其奖牌榜。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="306"/>
        <source>No medals yet.</source>
        <translation>尚无奖牌。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="330"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="352"/>
        <source>Export the medal table</source>
        <translation>导出奖牌榜</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="352"/>
        <source>medals</source>
        <translation>奖牌榜</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="364"/>
        <source>Save the ceremony order</source>
        <translation>保存颁奖顺序</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="364"/>
        <source>ceremony</source>
        <translation>颁奖顺序</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/medal_table.py" line="379"/>
        <source>Could not write the file</source>
        <translation>无法写入文件</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="376"/>
        <source>Merge sync package</source>
        <translation>合并同步包</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="382"/>
        <source>Package from “%1”, changes %2–%3</source>
        <translation>来自“%1”的同步包，更改 %2–%3</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="404"/>
        <source>This package was merged already — nothing to do.</source>
        <translation>此同步包已合并过——无需操作。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="412"/>
        <source>Nothing has been changed yet. Merge writes these changes into this database in one step; an automatic backup is taken first.</source>
        <translation>尚未做任何更改。“合并”会一次性将这些更改写入本数据库；合并前会先自动备份。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="430"/>
        <source>By kind of record:</source>
        <translation>按记录类型：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="435"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="449"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="449"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="449"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="449"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="69"/>
        <source>Organisations</source>
        <extracomment>The combo&apos;s data for &quot;leave empty&quot; (None is no data in a QComboBox)</extracomment>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="72"/>
        <source>These organisations in the file are not partners yet. For each, create a new partner, choose the partner it is, or leave the people&apos;s organisation empty.</source>
        <translation>文件中的这些单位还不是成员单位。请逐一选择：新建成员单位、选择对应的已有成员单位，或将人员的单位留空。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="104"/>
        <source>For all:</source>
        <extracomment>the person&apos;s choice per unknown name (its first spelling) per listed name: its label (the file&apos;s spelling) and its count of rows a new partner needs a country, which a row without country, nationality or phone lacks</extracomment>
        <translation>全部：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="105"/>
        <source>&amp;Create new partners</source>
        <translation>新建成员单位(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="108"/>
        <source>&amp;Leave empty</source>
        <translation>留空(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="190"/>
        <source>Looking for organisations that are not partners yet…</source>
        <translation>正在查找尚不是成员单位的单位…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="230"/>
        <source>Organisation in the file</source>
        <translation>文件中的单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="230"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="230"/>
        <source>Partner</source>
        <translation>成员单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="237"/>
        <source>%1 (and other spellings)</source>
        <translation>%1（及其他写法）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="250"/>
        <source>Create new partner</source>
        <translation>新建成员单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="254"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="257"/>
        <source>Leave empty</source>
        <translation>留空</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="267"/>
        <source>%n more organisations are not listed; they are created as new partners.</source>
        <translation>
            <numerusform>另有 %n 个单位未列出；它们将作为新成员单位创建。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="305"/>
        <source>A new partner needs a country, and no column of this file gives one (country, nationality or phone): its rows would be rejected. Choose the partner each one is, leave it empty, or go Back and give a Nationality for every row.</source>
        <translation>新建合作伙伴需要国家，但此文件没有任何一列提供国家（国家、国籍或电话）：这些行将被拒绝。请为每个机构选择对应的合作伙伴、留空，或返回上一步为每一行指定国籍。</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="26"/>
        <source>Print badges</source>
        <translation>打印胸牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="27"/>
        <source>Print the delegate list</source>
        <translation>打印代表名单</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="28"/>
        <source>Print a sign-in sheet</source>
        <translation>打印签到表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="73"/>
        <source>&amp;Event:</source>
        <translation>活动(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="76"/>
        <source>A6, one badge a page</source>
        <translation>A6，每页一个胸牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="77"/>
        <source>A4, eight badges a page (cut marks)</source>
        <translation>A4，每页八个胸牌（带裁切线）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="79"/>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="82"/>
        <source>&amp;Delegates:</source>
        <translation>代表(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="85"/>
        <source>By name</source>
        <translation>按姓名</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="86"/>
        <source>By organisation</source>
        <translation>按单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="87"/>
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="88"/>
        <source>Cancelled registrations are left out.</source>
        <translation>已取消的报名不打印。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="92"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="94"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="112"/>
        <source>All delegates of the event</source>
        <translation>该活动的全部代表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="117"/>
        <source>Those shown in the list (%n)</source>
        <translation>
            <numerusform>列表中显示的代表（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="120"/>
        <source>The selected delegates (%n)</source>
        <translation>
            <numerusform>所选代表（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="55"/>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="67"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="68"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="69"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="73"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="77"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="80"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="108"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="120"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="120"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="131"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../tvet_alliance/render/badges.py" line="48"/>
        <source>Badges: %1</source>
        <extracomment>The badges of an ``a4-8`` sheet (mm): two columns, four rows, centred on the page.</extracomment>
        <translation>胸牌：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/render/lists.py" line="26"/>
        <source>%n delegates</source>
        <translation>
            <numerusform>%n 名代表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="33"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="34"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="35"/>
        <source>Name in Latin</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="38"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="40"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="43"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="44"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="70"/>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/lists.py" line="72"/>
        <source>Delegate list</source>
        <translation>代表名单</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/pdf.py" line="138"/>
        <source>The page could not be drawn.</source>
        <extracomment>The resolution PDFs are drawn at (device units per inch): fine enough for QR modules and cut marks.</extracomment>
        <translation>无法绘制页面。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/table.py" line="171"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/table.py" line="199"/>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/table.py" line="203"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/printing.py" line="33"/>
        <source>No delegate of {event} is called {name}.</source>
        <translation>{event} 没有名为 {name} 的代表。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/printing.py" line="34"/>
        <source>Several delegates of {event} are called {name}: {names}. Give the whole name.</source>
        <translation>{event} 有多名代表名为 {name}：{names}。请输入全名。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/printing.py" line="37"/>
        <source>The registration of {name} for {event} is cancelled: no badge is printed.</source>
        <translation>{name} 的 {event} 报名已取消：不打印胸牌。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/printing.py" line="40"/>
        <source>No organisation</source>
        <translation>无单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/printing.py" line="122"/>
        <source>The event is not in the database.</source>
        <translation>数据库中没有该活动。</translation>
    </message>
</context>
<context>
    <name>PrintingActions</name>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="57"/>
        <source>&amp;Badges…</source>
        <translation>胸牌(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="59"/>
        <source>&amp;Reprint badge (selected delegate)</source>
        <translation>重印胸牌（所选代表）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="61"/>
        <source>&amp;Delegate list…</source>
        <translation>代表名单(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="62"/>
        <source>&amp;Sign-in sheet…</source>
        <translation>签到表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="63"/>
        <source>Print pre&amp;view</source>
        <translation>打印预览(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="65"/>
        <source>Preview what the page on screen prints (an event&apos;s delegate list)</source>
        <translation>预览当前页面要打印的内容（活动的代表名单）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="122"/>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="201"/>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="208"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="122"/>
        <source>There is no event to print for. Add an event first.</source>
        <translation>没有可打印的活动。请先添加一个活动。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="141"/>
        <source>Reprint badge</source>
        <translation>重印胸牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="143"/>
        <source>Select one delegate in an event&apos;s Delegates list (Events page), then reprint the badge.</source>
        <translation>请在活动的代表列表（“活动”页面）中选择一名代表，然后重印胸牌。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="205"/>
        <source>Nothing to print: the event has no delegates to print for.</source>
        <translation>没有可打印的内容：该活动没有可打印的代表。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="226"/>
        <source>A font is missing</source>
        <translation>缺少字体</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="227"/>
        <source>Print anyway?</source>
        <translation>仍要打印吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="234"/>
        <source>%n cancelled registrations were left out.</source>
        <translation>
            <numerusform>已略去 %n 个已取消的报名。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="252"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="252"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="271"/>
        <source>Saved %n pages to %1.</source>
        <translation>
            <numerusform>已将 %n 页保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="276"/>
        <source>Writing the PDF…</source>
        <translation>正在写入 PDF…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="15"/>
        <source>The record was changed elsewhere</source>
        <translation>记录已在别处被修改</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="19"/>
        <source>Reload their version</source>
        <translation>重新加载对方的版本</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="22"/>
        <source>Overwrite with mine</source>
        <translation>用我的版本覆盖</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="51"/>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="52"/>
        <source>The changes in this form are not saved. Discard them and close the form?</source>
        <translation>此表单中的更改尚未保存。放弃这些更改并关闭表单吗？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="70"/>
        <source>Characters the encoding cannot hold</source>
        <translation>编码无法容纳的字符</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="73"/>
        <source>Replace them with ?</source>
        <translation>替换为 ?</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="86"/>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="104"/>
        <source>Close the import?</source>
        <translation>关闭导入？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="87"/>
        <source>The cells you fixed and the problems you chose to leave empty are lost when the import is closed. Close it anyway?</source>
        <translation>关闭导入后，您修正的单元格和选择留空的问题都会丢失。仍要关闭吗？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="105"/>
        <source>Nothing was imported yet, and the choices you made in this import are lost when it is closed. Close it anyway?</source>
        <translation>尚未导入任何内容；关闭后，您在此次导入中所做的选择都将丢失。仍要关闭吗？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="121"/>
        <source>The file or its columns changed</source>
        <translation>文件或其列已更改</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="124"/>
        <source>The file or its columns changed since you fixed cells on the Check page. Clear those fixes, or keep them on the same rows and fields?</source>
        <translation>您在“检查”页修正单元格之后，文件或其列已更改。清除这些修正，还是将它们保留在相同的行和字段上？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="132"/>
        <source>Clear the fixes</source>
        <translation>清除修正</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/prompts.py" line="135"/>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../tvet_alliance/ui/file_dialogs.py" line="41"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="72"/>
        <source>&amp;Select All</source>
        <translation>全选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="73"/>
        <source>&amp;Step up</source>
        <translation>升高(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="74"/>
        <source>Step &amp;down</source>
        <translation>降低(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="76"/>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="77"/>
        <source>File &amp;name:</source>
        <translation>文件名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="78"/>
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="79"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="80"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="81"/>
        <source>&amp;Choose</source>
        <translation>选择(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="82"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="83"/>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="84"/>
        <source>Find Directory</source>
        <translation>查找目录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="85"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="86"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="87"/>
        <source>Parent Directory</source>
        <translation>父目录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="88"/>
        <source>Create New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="89"/>
        <source>List View</source>
        <translation>列表视图</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="90"/>
        <source>Detail View</source>
        <translation>详情视图</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="91"/>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="92"/>
        <source>&amp;New Folder</source>
        <translation>新建文件夹(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="93"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="94"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="95"/>
        <source>Show &amp;hidden files</source>
        <translation>显示隐藏文件(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="96"/>
        <source>All Files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="97"/>
        <source>Directories</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="98"/>
        <source>Directory:</source>
        <translation>目录：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="99"/>
        <source>Recent Places</source>
        <translation>最近位置</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="100"/>
        <source>My Computer</source>
        <translation>我的电脑</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="101"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="102"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="103"/>
        <source>File Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="104"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="105"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>您确定要删除“%1”吗？</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="106"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="107"/>
        <source>Size</source>
        <translation>体积</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="108"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="109"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="110"/>
        <source>Date Modified</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="111"/>
        <source>My Computer</source>
        <translation>我的电脑</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="112"/>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="37"/>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="38"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="39"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="40"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="41"/>
        <source>Close without Saving</source>
        <translation>关闭且不保存</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="57"/>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="58"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="59"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="60"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="61"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="62"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="63"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="42"/>
        <source>Show Details...</source>
        <translation>显示详情...</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="43"/>
        <source>Hide Details...</source>
        <translation>隐藏详情...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="18"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="19"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="20"/>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="21"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="22"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="23"/>
        <source>Yes to &amp;All</source>
        <translation>全是(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="24"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="25"/>
        <source>N&amp;o to All</source>
        <translation>全否(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="26"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="27"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="28"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="29"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="30"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="31"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="32"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="33"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="34"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="35"/>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="44"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="64"/>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="65"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="66"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="67"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="68"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="69"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="70"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="71"/>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="46"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="47"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="48"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="49"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="50"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="51"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="52"/>
        <source>Go Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="53"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="54"/>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/qt_texts.py" line="55"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="69"/>
        <source>Next field (or take the suggestion)</source>
        <extracomment>Records that can be added from inside another form (a new person while registering a delegate). Opens a form for a record listed in a tab of this one: (record type, its id or None for a new one, the values a new one starts with); True when something was saved. The related records a form offers to add and edit from its tab: (this form&apos;s type, the listed type) -&gt; the field of the listed record that points at this one (a partner&apos;s contact people). On such a tab, adds one (as on a list page). Saves and opens a fresh form of the same kind. The keys a form handles itself (in :meth:`RecordEditor.keyPressEvent`), with what they do, for Help → Keyboard shortcuts: (key, translation context, English text).</extracomment>
        <translation>下一个字段（或采用建议）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="72"/>
        <source>Close the form (asks if changed)</source>
        <translation>关闭表单（有更改时会询问）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="76"/>
        <source>Add one on a tab of related records (a partner&apos;s people, agreements)</source>
        <translation>在相关记录的选项卡上添加一条（合作伙伴的人员、协议）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="123"/>
        <source>New %1</source>
        <extracomment>The “Possibly the same as …” question is about to be asked (tests answer it through this). What the form shows without refusing the record (a phone in no range in use). Set when the person saved with &quot;Save and new&quot;: the caller opens the next form.</extracomment>
        <translation>新建%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="125"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="181"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="184"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="188"/>
        <source>Save and &amp;new</source>
        <translation>保存并新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="192"/>
        <source>Save, then start the next one (%1)</source>
        <translation>保存，然后开始下一条（%1）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="198"/>
        <source>Save, then start the next one</source>
        <translation>保存，然后开始下一条</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="218"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="281"/>
        <source>Computed from the judges&apos; marks (the Marks page).</source>
        <translation>由裁判评分计算得出（见“评分”页）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="342"/>
        <source>Pick one of the suggestions.</source>
        <translation>请从建议项中选择一项。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="384"/>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="385"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="557"/>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="565"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/record_editor.py" line="568"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="197"/>
        <location filename="../../tvet_alliance/ui/views/records.py" line="198"/>
        <source>Open the selected record</source>
        <extracomment>The list&apos;s own keys: (key, the widget it works in, the method it runs, English text in the RecordSection context). The constructor binds them; Help → Keyboard shortcuts lists them.</extracomment>
        <translation>打开所选记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="203"/>
        <source>In the search box: clear the search</source>
        <translation>在搜索框中：清除搜索</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="209"/>
        <source>From the search box: select the first match</source>
        <translation>从搜索框：选择第一个匹配项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="244"/>
        <source>Search names, e-mail, phone… (Ctrl+F)</source>
        <translation>搜索名称、电子邮件、电话…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="265"/>
        <source>Show deleted</source>
        <translation>显示已删除</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="271"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="272"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="273"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="274"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="275"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="290"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="291"/>
        <source>Export this list to CSV or Excel (Ctrl+E)</source>
        <translation>将此列表导出为 CSV 或 Excel（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="336"/>
        <source>Mark selected as</source>
        <translation>将所选标记为</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="344"/>
        <source>Re-issue ticket…</source>
        <translation>重新发放票码…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="384"/>
        <location filename="../../tvet_alliance/ui/views/records.py" line="417"/>
        <source>%1: any</source>
        <translation>%1：全部</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="399"/>
        <source>Contradicts the rank</source>
        <translation>与名次矛盾</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="402"/>
        <source>Expiring within %1 days</source>
        <translation>%1 天内到期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="535"/>
        <source>%1+ of %2 shown</source>
        <translation>显示 %1+ / %2 条</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="537"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2 条</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="538"/>
        <source>%1 shown</source>
        <translation>显示 %1 条</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/records.py" line="643"/>
        <source>New ticket code: %1. Print the badge again (File → Print → Reprint badge).</source>
        <translation>新票码：%1。请重新打印胸卡（文件 → 打印 → 重印胸卡）。</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/models/record_table.py" line="381"/>
        <source>Expired %n days ago</source>
        <extracomment>Ids are loaded a page at a time as the view scrolls; a search never waits for every match. One thread for the counts: a newer search&apos;s count waits for at most one older one. The thread touches no Qt object: the model polls the future on the GUI thread. The count of matching rows became known after the rows showed (see :attr:`counting`). How many rows there are without the search and filters (for &quot;N of M shown&quot;). How many rows match the search and filters (all of them, not just the loaded pages). Whether :attr:`matched` is still being counted (it is then the number of rows loaded).</extracomment>
        <translation>
            <numerusform>%n 天前已到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/models/record_table.py" line="382"/>
        <source>Expires in %n days</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/models/record_table.py" line="418"/>
        <source>The medal does not match the rank: rank %1 has %2, but rank %3 below it has %4.</source>
        <extracomment>The columns of an entry that are marked when its medal contradicts its rank.</extracomment>
        <translation>奖牌与名次不符：第 %1 名为 %2，但其后的第 %3 名为 %4。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/models/record_table.py" line="423"/>
        <source>The medal does not match the rank: rank %1 has %2, but rank %3 above it has %4.</source>
        <translation>奖牌与名次不符：第 %1 名为 %2，但其前的第 %3 名为 %4。</translation>
    </message>
</context>
<context>
    <name>RefField</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="558"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="559"/>
        <source>Add a record that is not in the list yet</source>
        <translation>添加列表中还没有的记录</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="440"/>
        <source>Type to search…</source>
        <extracomment>A choice&apos;s name and detail, for the two lines of a picker&apos;s suggestion.</extracomment>
        <translation>输入以搜索…</translation>
    </message>
</context>
<context>
    <name>RefsField</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="595"/>
        <source>Type to add…</source>
        <translation>输入以添加…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="597"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ReplicaBanner</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="131"/>
        <source>Create sync package…</source>
        <extracomment>The person pressed &quot;Create sync package…&quot;.</extracomment>
        <translation>创建同步包…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="134"/>
        <source>Write this copy&apos;s new changes to a file to merge at the office (Ctrl+Shift+P)</source>
        <translation>将本副本的新更改写入文件，以便在办公室合并（Ctrl+Shift+P）</translation>
    </message>
</context>
<context>
    <name>ResultSheet</name>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="66"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="67"/>
        <source>Entry</source>
        <translation>参赛队</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="68"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="69"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="70"/>
        <source>Mark</source>
        <translation>原始分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="71"/>
        <source>Standard</source>
        <translation>标准分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="72"/>
        <source>Medal</source>
        <translation>奖项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="78"/>
        <source>withdrawn</source>
        <translation>已退赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="79"/>
        <source>disqualified</source>
        <translation>已取消资格</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="80"/>
        <source>no mark</source>
        <translation>无成绩</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="81"/>
        <source>not competed</source>
        <translation>未参赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="114"/>
        <source>Results book: %1</source>
        <translation>成绩册：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="116"/>
        <source>Result sheet: %1</source>
        <translation>成绩单：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="175"/>
        <source>Results book</source>
        <translation>成绩册</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="182"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="191"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="193"/>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="227"/>
        <source>Confirmed results, %1 by %2</source>
        <translation>已确认成绩，%1，确认人 %2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="232"/>
        <source>Provisional results: the medals are proposed by the rule, not confirmed</source>
        <translation>暂定成绩：奖项由规则建议，尚未确认</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="238"/>
        <source>Sheet %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="336"/>
        <source>PROVISIONAL</source>
        <translation>暂定</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="355"/>
        <source>Standard score = 700 + 100 × (mark − median) ÷ spread (this program&apos;s formula); median %1, spread %2 mark points.</source>
        <translation>标准分 = 700 + 100 ×（原始分 − 中位分）÷ 离散度（本程序的公式）；中位分 %1，离散度 %2 分。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="363"/>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/render/results.py" line="367"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="33"/>
        <source>There is no competition named {name}.</source>
        <translation>没有名为 {name} 的竞赛。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="34"/>
        <source>{competition} has no skill track named {name}.</source>
        <translation>{competition} 没有名为 {name} 的赛项。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="35"/>
        <source>This skill track no longer exists.</source>
        <translation>该赛项已不存在。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="36"/>
        <source>The results of {track} are confirmed: unlock them before changing its entries.</source>
        <translation>{track} 的成绩已确认：请先解锁，再修改其参赛队。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="39"/>
        <source>The results of {track} are confirmed already.</source>
        <translation>{track} 的成绩已经确认。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="40"/>
        <source>The results of {track} are not confirmed.</source>
        <translation>{track} 的成绩尚未确认。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="41"/>
        <source>{track} has no ranked entry yet: there is nothing to confirm.</source>
        <translation>{track} 还没有排名的参赛队：没有可确认的内容。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="42"/>
        <source>Say why the results of {track} are unlocked.</source>
        <translation>请说明解锁 {track} 成绩的原因。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/results.py" line="43"/>
        <source>The reason is too long (at most {limit} characters).</source>
        <translation>原因太长（最多 {limit} 个字符）。</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="114"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="115"/>
        <source>Entry</source>
        <translation>参赛队</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="116"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="117"/>
        <source>Mark</source>
        <translation>原始分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="118"/>
        <source>Standard</source>
        <translation>标准分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="119"/>
        <source>Proposed</source>
        <translation>建议奖项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="120"/>
        <source>Stored</source>
        <translation>已保存奖项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="136"/>
        <source>&amp;Competition:</source>
        <extracomment>The competition&apos;s stored (threshold, margin), what the proposals shown are computed with.</extracomment>
        <translation>竞赛(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="141"/>
        <source>&amp;Medallion from:</source>
        <translation>优胜奖起点(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="143"/>
        <source>Medallion for Excellence from this standard score</source>
        <translation>标准分达到此值即获优胜奖</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="149"/>
        <source>&amp;Tie margin:</source>
        <translation>并列分差(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="152"/>
        <source>Marks within this many mark points of a better one share its rank and medal</source>
        <translation>与更高分相差不超过此分数的成绩并列名次和奖项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="154"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="189"/>
        <source>C&amp;onfirm results…</source>
        <translation>确认成绩(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="191"/>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="193"/>
        <source>Print result &amp;sheet…</source>
        <translation>打印成绩单(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="195"/>
        <source>Print results &amp;book…</source>
        <translation>打印成绩册(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="216"/>
        <source>Track results</source>
        <translation>赛项成绩</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="217"/>
        <source>Medal table</source>
        <translation>奖牌榜</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="248"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 个参赛队</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="294"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="323"/>
        <source>Confirmed on {when} by {who}: its entries are locked.</source>
        <translation>已于 {when} 由 {who} 确认：其参赛队已锁定。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="327"/>
        <source>Provisional: the medals are proposed by the rule.</source>
        <translation>暂定：奖项由规则建议。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="329"/>
        <source>Median mark {median}, spread {spread} mark points.</source>
        <translation>中位分 {median}，离散度 {spread} 分。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="333"/>
        <source>(Fewer than 3 ranked entries: a tenth of the maximum.)</source>
        <translation>（排名参赛队少于 3 个：取满分的十分之一。）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="335"/>
        <source>Last unlocked: {reason}</source>
        <translation>上次解锁：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="343"/>
        <source>Choose a competition and a skill track.</source>
        <translation>请选择竞赛和赛项。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="345"/>
        <source>No competition yet.</source>
        <translation>还没有竞赛。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="379"/>
        <source>Not the medal the rule proposes now</source>
        <translation>与规则当前建议的奖项不同</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="383"/>
        <source>withdrawn</source>
        <translation>已退赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="384"/>
        <source>disqualified</source>
        <translation>已取消资格</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="385"/>
        <source>no mark</source>
        <translation>无成绩</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="386"/>
        <source>not competed</source>
        <translation>未参赛</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="432"/>
        <source>%n gold</source>
        <translation>
            <numerusform>%n 枚金牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="432"/>
        <source>%n silver</source>
        <translation>
            <numerusform>%n 枚银牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="433"/>
        <source>%n bronze</source>
        <translation>
            <numerusform>%n 枚铜牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="433"/>
        <source>%n Medallion for Excellence</source>
        <translation>
            <numerusform>%n 个优胜奖</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="435"/>
        <source>no medal</source>
        <translation>无奖牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="442"/>
        <source>Confirm the results of {track}: {medals}? The medals are stored and the track&apos;s entries are locked until someone unlocks them with a reason.</source>
        <translation>确认 {track} 的成绩：{medals}？奖项将被保存，该赛项的参赛队将被锁定，直到有人说明原因后解锁。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="445"/>
        <source>Confirm results</source>
        <translation>确认成绩</translation>
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
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2453"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2453"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2453"/>
        <source>Rows are</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2453"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2453"/>
        <source>Reverted</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2462"/>
        <source>&amp;Revert</source>
        <translation>撤销(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2482"/>
        <source>%1 created, %2 updated, %3 skipped, %4 with problems</source>
        <translation>新建 %1，更新 %2，跳过 %3，%4 行有问题</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2504"/>
        <source>No imports yet.</source>
        <translation>还没有导入记录。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2531"/>
        <source>Looking at what depends on the import…</source>
        <translation>正在查看依赖此次导入的内容…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2539"/>
        <source>Records added since the import of %1 depend on records it created:</source>
        <translation>导入 %1 之后新增的记录依赖于此次导入创建的记录：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2546"/>
        <source>Revert anyway? The records they depend on are kept; the import&apos;s other records are removed and the fields it changed restored.</source>
        <translation>仍要撤销吗？它们所依赖的记录将保留；此次导入的其他记录将被删除，其更改的字段将恢复。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2552"/>
        <source>Remove the records the import of %1 created and restore the fields it changed? Fields changed since then are left as they are.</source>
        <translation>删除导入 %1 时新建的记录，并恢复其修改过的字段？此后又被修改过的字段保持不变。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2564"/>
        <source>Reverting the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2581"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2595"/>
        <source>Reverted: %n records removed</source>
        <translation>
            <numerusform>已撤销：删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2596"/>
        <source>, %n fields restored.</source>
        <translation>
            <numerusform>，恢复 %n 个字段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2600"/>
        <source>%n records kept: records added since depend on them.</source>
        <translation>
            <numerusform>保留了 %n 条记录：之后新增的记录依赖于它们。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2603"/>
        <source>Changed since, left as they are: %1</source>
        <translation>此后已被修改、保持不变的：%1</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="227"/>
        <source>Revoke a certificate</source>
        <extracomment>Only these certificates, printed again as they are (a lost or damaged one).</extracomment>
        <translation>撤销证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="231"/>
        <source>Revoke the certificate %1 of %2? Verifying it will then say it is revoked, with the reason below. This cannot be undone; a new certificate gets a new code.</source>
        <translation>撤销 %2 的证书 %1 吗？此后验证时将显示已撤销及下面填写的原因。此操作无法撤消；新证书会有新的验证码。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="241"/>
        <source>Why, e.g. issued to the wrong person</source>
        <translation>原因，例如：发给了错误的人</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="248"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="251"/>
        <source>Re&amp;voke</source>
        <translation>撤销(&amp;V)</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="76"/>
        <source>Marking scheme</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="81"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="82"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="83"/>
        <source>In Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="84"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="85"/>
        <source>Maximum</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="86"/>
        <source>Criterion</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="87"/>
        <source>Criterion name</source>
        <translation>模块名称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="97"/>
        <source>Add aspect</source>
        <translation>添加评分项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="98"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="99"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="100"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="103"/>
        <source>Copy from this track</source>
        <translation>从此赛项复制</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="104"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="121"/>
        <source>Copy the scheme of</source>
        <translation>复制评分标准自</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="298"/>
        <source>Import a marking scheme</source>
        <translation>导入评分标准</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/scheme.py" line="298"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>电子表格 (*.csv *.xlsx *.txt)</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../tvet_alliance/domain/search_keys.py" line="57"/>
        <location filename="../../tvet_alliance/domain/search_keys.py" line="62"/>
        <source>name</source>
        <extracomment>Change when the rules below change: stored keys are rebuilt when this (or a data file) differs. Keys longer than this are cut (an index entry stays small; nobody types 200 characters). At most this many readings of one Chinese name (every combination of heteronyms would explode). Why a record matched, per kind of key (shown by the command line and available to the window).</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/search_keys.py" line="58"/>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/search_keys.py" line="59"/>
        <source>initials</source>
        <translation>首字母</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/search_keys.py" line="60"/>
        <source>Latin letters of the Urdu name</source>
        <translation>乌尔都语姓名的拉丁字母</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/search_keys.py" line="61"/>
        <source>spelling variant</source>
        <translation>拼写变体</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/search.py" line="32"/>
        <source>every word</source>
        <translation>每个词</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/search.py" line="33"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/shortcuts.py" line="82"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/shortcuts.py" line="87"/>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/shortcuts.py" line="90"/>
        <source>Record forms</source>
        <translation>记录表单</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/shortcuts.py" line="109"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/shortcuts.py" line="113"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/shortcuts.py" line="113"/>
        <source>What</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/shortcuts.py" line="113"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="32"/>
        <source>Changed at the office and on the laptop</source>
        <extracomment>Why a field is in conflict, in English for the &quot;Sync&quot; context.</extracomment>
        <translation>办公室和笔记本电脑上都有修改</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="33"/>
        <source>Changed on the laptop, deleted at the office</source>
        <translation>笔记本电脑上修改，办公室已删除</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="34"/>
        <source>Deleted on the laptop, changed at the office</source>
        <translation>笔记本电脑上删除，办公室有修改</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="35"/>
        <source>The record is not in the office database</source>
        <translation>办公室数据库中没有此记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="36"/>
        <source>That person is already a delegate of that event at the office</source>
        <translation>此人在办公室已是该活动的代表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="89"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="173"/>
        <source>This conflict has been resolved already.</source>
        <translation>此冲突已处理过。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="184"/>
        <source>The record is not in this database; keep the office value.</source>
        <translation>本数据库中没有此记录；请保留办公室的值。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="207"/>
        <source>This value cannot be taken: it would break a rule of the database ({reason}).</source>
        <translation>无法采用此值：它会违反数据库的规则（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/conflicts.py" line="235"/>
        <source>“{value}” is not a valid value for this field.</source>
        <translation>“{value}”不是此字段的有效值。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="35"/>
        <source>Same e-mail</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="36"/>
        <source>Same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="37"/>
        <source>Same name and organisation</source>
        <translation>姓名和单位相同</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="112"/>
        <source>This pair has been reviewed already.</source>
        <extracomment>Not filled from the merged-away record: bookkeeping, and the search keys (derived from the names, computed again when a name is filled). (English label, value of the added record, value of the existing record)</extracomment>
        <translation>这一对记录已审核过。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/duplicates.py" line="135"/>
        <source>One of the two records is no longer there.</source>
        <translation>两条记录中有一条已不存在。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/merge.py" line="765"/>
        <source>Sync packages are merged into the office database, not into an offline copy.</source>
        <extracomment>A change with no field (a whole-row insert image, a hard delete) counts as writing every field. check-ins the office held already (the same nonce): nothing added check-ins added for a delegate checked in already (two laptops): kept, listed for review per table: {&quot;added&quot;: n, &quot;changed&quot;: n, &quot;deleted&quot;: n} the automatic backup taken before a merge that changed the database Writes the laptop&apos;s rows as they are (their own change-log rows, not new ones of this site). many-to-many fields to set once the table&apos;s rows are written: (table, field, row, ids) (event, person) pairs delegates were moved to by this merge entries whose score is computed from marks, to compute again once the marks are merged judge_mark rows the package wrote to (their entries&apos; scores follow) nonces of the check-ins this merge adds -&gt; their row</extracomment>
        <translation>同步包应合并到办公室数据库，而不是离线副本。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/merge.py" line="772"/>
        <source>This package comes from a copy of another office database, not of this one.</source>
        <translation>此同步包来自另一个办公室数据库的副本，而不是本数据库的副本。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/merge.py" line="780"/>
        <source>The package was made with database version {theirs} and this database is at version {ours}; open both with the same release of the program.</source>
        <translation>此同步包由数据库版本 {theirs} 制作，而本数据库的版本是 {ours}；请用同一版本的程序打开两者。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/merge.py" line="795"/>
        <source>The package names an offline copy that was not taken from this database; it was altered or belongs elsewhere. Nothing was changed.</source>
        <translation>该同步包所指的离线副本并非取自本数据库；它已被改动或属于别处。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/merge.py" line="806"/>
        <source>The package does not match the offline copy “{site}” taken here (it was altered); make the package again on that laptop. Nothing was changed.</source>
        <translation>该同步包与此处取出的离线副本“{site}”不符（已被改动）；请在那台笔记本电脑上重新生成同步包。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/merge.py" line="820"/>
        <source>Changes {first}–{last} of “{site}” have not been merged yet. Merge the package that holds them first, or make a new package on the laptop that sends everything again.</source>
        <translation>“{site}”的更改 {first}–{last} 尚未合并。请先合并包含这些更改的同步包，或在笔记本电脑上制作一个重新发送全部更改的新同步包。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/merge.py" line="859"/>
        <source>The package cannot be merged: {reason}. Nothing was changed.</source>
        <translation>无法合并此同步包：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="132"/>
        <source>This is the office database. Sync packages are made on offline copies and merged here.</source>
        <extracomment>(table, row id) -&gt; the row&apos;s image (column -&gt; text; many-to-many field -&gt; JSON id list)</extracomment>
        <translation>这是办公室数据库。同步包在离线副本上制作，并在这里合并。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="154"/>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="262"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="163"/>
        <source>There is nothing to send: no change has been made on this copy yet.</source>
        <translation>没有可发送的内容：此副本上还没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="168"/>
        <source>There is nothing new to send: every change of this copy (up to number {last}) is in a package already.</source>
        <translation>没有需要发送的新内容：本副本的所有更改（直到第 {last} 项）都已在同步包中。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="250"/>
        <source>Cannot write the sync package to {path}: {reason}</source>
        <translation>无法将同步包写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="282"/>
        <source>{path} is damaged (its checksum does not match); make the package again.</source>
        <translation>{path} 已损坏（校验和不匹配）；请重新制作同步包。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="290"/>
        <source>{path} is refused: {reason}. Nothing was changed.</source>
        <translation>{path} 被拒绝：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="296"/>
        <source>{path} is not a sync package made by this program.</source>
        <translation>{path} 不是本程序制作的同步包。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="400"/>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/package.py" line="445"/>
        <source>{path} was made by a newer release of this program; update it first.</source>
        <translation>{path} 由本程序的较新版本制作；请先更新程序。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="243"/>
        <source>Offline copies are taken from the office database, not from another offline copy.</source>
        <extracomment>Tables an offline copy does not copy row by row, and why. Every other table of the metadata is copied, so a table added later reaches the laptops without anyone remembering to list it here. Tables copied row by row, parents first (from the metadata).</extracomment>
        <translation>离线副本应从办公室数据库制作，而不是从另一个离线副本制作。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="252"/>
        <source>There is no such event.</source>
        <translation>没有这个活动。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="257"/>
        <source>An offline copy cannot overwrite the office database itself.</source>
        <translation>离线副本不能覆盖办公室数据库本身。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="268"/>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} 已存在；请选择其他文件名。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="275"/>
        <source>Offline copy</source>
        <translation>离线副本</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="317"/>
        <source>Cannot write the offline copy to {path}: {reason}</source>
        <translation>无法将离线副本写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="360"/>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="393"/>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="399"/>
        <source>{path} is not an offline copy made by this program.</source>
        <translation>{path} 不是本程序制作的离线副本。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="387"/>
        <source>Choose the fresh copy, not this one.</source>
        <translation>请选择新副本，而不是当前这个。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="405"/>
        <source>{path} is a copy of another office database ({office}).</source>
        <translation>{path} 是另一个办公室数据库（{office}）的副本。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="412"/>
        <source>{path} is older than this copy (taken {taken}); take a fresh copy at the office.</source>
        <translation>{path} 比当前副本更旧（制作于 {taken}）；请在办公室制作新副本。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="422"/>
        <source>Changes {first}–{last} made on this laptop have not been merged at the office. Create a sync package, merge it at the office, then take a fresh copy there.</source>
        <translation>在这台笔记本电脑上所做的更改 {first}–{last} 尚未在办公室合并。请创建同步包并在办公室合并，然后在那里制作新副本。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sync/replica.py" line="460"/>
        <source>Cannot replace {path}: {reason}</source>
        <translation>无法替换 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="64"/>
        <source>Sync packages (*%1);;All files (*)</source>
        <extracomment>The file suffix of sync packages. The file filter of database files (offline copies are database files too).</extracomment>
        <translation>同步包 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="93"/>
        <source>Offline copy of %1, taken %2</source>
        <translation>%1 的离线副本，制作于 %2</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="99"/>
        <source>laptop copy “%1”</source>
        <translation>笔记本电脑副本“%1”</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="102"/>
        <source>only %1</source>
        <translation>仅限 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="104"/>
        <source>changes not yet in a sync package: %1</source>
        <translation>尚未放入同步包的更改：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="107"/>
        <source>every change is in a sync package</source>
        <translation>所有更改都已在同步包中</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="284"/>
        <source>Offline copy “%1” written to %2.</source>
        <translation>离线副本“%1”已写入 %2。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="289"/>
        <source>It holds the event %1 and what it needs.</source>
        <translation>其中包含活动 %1 及其所需的记录。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="295"/>
        <source>Open it on the laptop with File → Open database….</source>
        <translation>请在笔记本电脑上通过“文件 → 打开数据库…”打开它。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="310"/>
        <source>Sync package with %Ln changes (numbers %1–%2) written to %3.</source>
        <translation>
            <numerusform>包含 %Ln 项更改（编号 %1–%2）的同步包已写入 %3。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="354"/>
        <source>Merged the package of “%1”: %2 added, %3 changed, %4 deleted</source>
        <translation>已合并“%1”的同步包：新增 %2，修改 %3，删除 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="363"/>
        <source>, %n check-ins</source>
        <translation>
            <numerusform>，签到 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="364"/>
        <source>, %n conflicts</source>
        <translation>
            <numerusform>，冲突 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="365"/>
        <source>, %n possible duplicates.</source>
        <translation>
            <numerusform>，可能重复 %n。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="320"/>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="333"/>
        <source>Check-ins</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="330"/>
        <source>Records added</source>
        <translation>新增的记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="331"/>
        <source>Records changed</source>
        <translation>修改的记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="332"/>
        <source>Records deleted</source>
        <translation>删除的记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="336"/>
        <source>Conflicts (the office value stays until you choose)</source>
        <translation>冲突（在您选择之前保留办公室的值）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="341"/>
        <source>Possible duplicates to review</source>
        <translation>待审核的可能重复记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="350"/>
        <source>The package of “%1” was merged before: nothing to do.</source>
        <translation>“%1”的同步包之前已合并：无需操作。</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/fields.py" line="118"/>
        <source>Separate with ;</source>
        <translation>用 ; 分隔</translation>
    </message>
</context>
<context>
    <name>TakeCopyDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="178"/>
        <source>Take offline copy</source>
        <extracomment>Emitted with a :class:`CopyChoice` once the person chose the file.</extracomment>
        <translation>制作离线副本</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="184"/>
        <source>An offline copy is a database file for a laptop at a seminar: register and check in delegates there without a network, then bring the changes back in a sync package and merge it here.</source>
        <translation>离线副本是供研讨会现场笔记本电脑使用的数据库文件：在没有网络的情况下登记参会代表并签到，之后将更改放入同步包带回，并在这里合并。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="190"/>
        <source>Laptop 1</source>
        <translation>笔记本电脑 1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="194"/>
        <source>Shown on the laptop and in the conflicts its package brings</source>
        <translation>显示在笔记本电脑上，以及其同步包带来的冲突中</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="195"/>
        <source>&amp;Name of the laptop copy:</source>
        <translation>笔记本电脑副本名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="201"/>
        <source>&amp;Records:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="205"/>
        <source>One event: its delegates and their people, check-ins, competitions and every partner. Agreements stay at the office.</source>
        <translation>单个活动：包括其参会代表及相关人员、签到、竞赛和所有成员单位。协议保留在办公室。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="216"/>
        <source>&amp;Save copy…</source>
        <translation>保存副本(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="239"/>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="246"/>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="270"/>
        <source>Save the offline copy</source>
        <translation>保存离线副本</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="56"/>
        <source>Unlock results</source>
        <translation>解锁成绩</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="59"/>
        <source>Why are the results of {track} unlocked? The reason is kept in the history.</source>
        <translation>为什么解锁 {track} 的成绩？原因将记入历史记录。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/pages/results.py" line="71"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="126"/>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="149"/>
        <source>A partner needs a name: in English, or in Chinese or Urdu.</source>
        <extracomment>An entry&apos;s fields that confirmed results lock (and its track, and its tombstone).</extracomment>
        <translation>成员单位需要一个名称：英文名称，或中文、乌尔都文名称。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="152"/>
        <source>The results of {track} are confirmed: unlock them before changing its entries.</source>
        <translation>{track} 的成绩已确认：请先解锁，再修改其参赛队。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="490"/>
        <location filename="../../tvet_alliance/domain/models.py" line="528"/>
        <source>Must be 1 or more.</source>
        <translation>不能小于 1。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="496"/>
        <source>Must be between 0 and 1000.</source>
        <translation>必须在 0 到 1000 之间。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="499"/>
        <source>Must be between 0 and 100.</source>
        <translation>必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="530"/>
        <location filename="../../tvet_alliance/domain/models.py" line="628"/>
        <source>Must be more than 0.</source>
        <translation>必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="566"/>
        <source>A score cannot be negative.</source>
        <translation>得分不能为负数。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="572"/>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="100"/>
        <source>Score {score} is above the track&apos;s maximum of {max}.</source>
        <extracomment>the names of the partners an import created that a report keeps (``created_by_table`` counts all)</extracomment>
        <translation>得分 {score} 超过该赛项满分 {max}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="580"/>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="101"/>
        <source>{count} members, but this track takes teams of {size}.</source>
        <translation>共 {count} 名成员，但该赛项每队 {size} 人。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="675"/>
        <source>There is no judge {judge} for this aspect.</source>
        <translation>此评分项没有裁判 {judge}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="691"/>
        <source>A mark here is from 0 to {max}.</source>
        <translation>此处分数应在 0 到 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="729"/>
        <source>“{value}” is not an area of collaboration.</source>
        <translation>“{value}”不是合作领域。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="774"/>
        <source>A certificate of attendance is for one delegate of an event.</source>
        <translation>参会证书只能发给某一活动的一名代表。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="782"/>
        <source>A competition certificate is for one member of an entry.</source>
        <translation>竞赛证书只能发给某一参赛队的一名成员。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="788"/>
        <source>A medal certificate needs a medal.</source>
        <translation>获奖证书必须有奖牌。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="793"/>
        <source>Must be 0 or more.</source>
        <translation>必须大于或等于 0。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="35"/>
        <location filename="../../tvet_alliance/services/importing/engine.py" line="515"/>
        <location filename="../../tvet_alliance/services/records.py" line="300"/>
        <source>This field is required.</source>
        <extracomment>the field key of the problem (&quot;email&quot;), when it is one field&apos;s; &quot;&quot; for the whole row warnings kept for review; ``Report.warning_count`` counts them all The fields where the file has a value that differs from the stored one, in the file&apos;s order. The keys of the fields the import wrote (or, in a test import, would write) The first :data:`KEEP_DUPLICATES` duplicates, for review; ``duplicate_count`` counts them all. The first :data:`KEEP_WARNINGS` warnings of rows that were kept; ``warning_count`` counts all. the cells of the first rows kept with warnings (row number, cells), for the Check page the partners a people, delegates or entries import created for the organisations it named (their names as the file writes them, the first :data:`KEEP_CREATED_NAMES`) field key -&gt; {the file&apos;s text (mapping.value_key) -&gt; choice code, or None: leave it empty} field key -&gt; the text every row gets (&quot;country&quot; -&gt; &quot;China&quot;), as if a column held it (row number, field key) -&gt; the text typed in the Check page&apos;s grid instead of the file&apos;s (field key, error code): leave the field empty in every row with this problem row number -&gt; {field key: True to take the file&apos;s value, False to keep the stored one} an organisation&apos;s name as the file writes it -&gt; the partner chosen for it, &quot;create&quot;, or None (leave the person&apos;s organisation empty); names not here are matched (and created) as before False: a row naming an organisation no partner matches (and not in ``organizations``) is rejected instead of creating the partner (CLI ``--no-new-partners``) ``ImportOptions.organizations``: create the partner the file names The bulk writer of this run (made by :meth:`start_batch`, once the indexes are loaded). the person&apos;s choices for the organisations the file names, by name key (any case or width) hash of a &quot;n:&quot; key -&gt; the person&apos;s id (16 bytes); 64-bit hashes of a million names collide with a chance of about one in 30 million. tracks with a marking scheme: their entries&apos; scores are computed from marks, never imported &quot;left empty&quot; warnings of the rows being validated, noted once a row is kept (chunk) the chunk&apos;s duplicates to compare with their records (and update), with those records</extracomment>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="36"/>
        <source>The text contains an invisible control character ({char}), perhaps pasted from another program. Delete it and type the text again.</source>
        <translation>文本含有不可见的控制字符（{char}），可能是从其他程序粘贴的。请删除后重新输入。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="41"/>
        <source>This field is required: the text typed in it is only invisible characters.</source>
        <translation>此项为必填：输入的文字只有不可见字符。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="44"/>
        <source>The text contains a hidden text-direction control ({char}) that would show it in another order than it is stored. Delete it: Urdu, Chinese and English text show in the right direction by themselves.</source>
        <translation>文本含有隐藏的文字方向控制符（{char}），会使显示顺序与存储顺序不同。请删除它：乌尔都文、中文和英文会自动按正确方向显示。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="169"/>
        <source>“{value}” is not an e-mail address (expected name@example.org).</source>
        <extracomment>What a search box reads of its text: the first characters and words. A longer query only costs time (300 words took 20 s on PostgreSQL) or breaks the database&apos;s limits (SQLite&apos;s expression tree).</extracomment>
        <translation>“{value}”不是电子邮件地址（应为 name@example.org 格式）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="184"/>
        <source>“{value}” is not a web address (expected https://…).</source>
        <translation>“{value}”不是网址（应为 https://… 格式）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="200"/>
        <source>“{value}” is not a country code (ISO 3166-1, e.g. CN or PK).</source>
        <translation>“{value}”不是国家代码（ISO 3166-1，如 CN 或 PK）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="215"/>
        <source>“{value}” is not a province code (ISO 3166-2, e.g. PK-PB or CN-CQ).</source>
        <translation>“{value}”不是省份代码（ISO 3166-2，如 PK-PB 或 CN-CQ）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="223"/>
        <source>Province {value} ({name}) is not in country {country}.</source>
        <translation>省份 {value}（{name}）不属于国家 {country}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="244"/>
        <source>Excel turned this phone number into a number; its last digits are lost.</source>
        <translation>Excel 把这个电话号码变成了数字，最后几位已经丢失。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="247"/>
        <source>This number is not in a range in use in {country}; check it.</source>
        <translation>这个号码不在 {country} 正在使用的号段内，请核对。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="286"/>
        <source>“{value}” needs a country: start it with + and the country code.</source>
        <extracomment>&quot;8.61426E+12&quot;, &quot;9.23E+11&quot;, &quot;8,61426E+12&quot;: a number Excel showed in scientific notation and saved so.</extracomment>
        <translation>“{value}”缺少国家代码：请以 + 加国家代码开头。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="293"/>
        <source>“{value}” is not a valid phone number for {region}.</source>
        <translation>“{value}”不是 {region} 的有效电话号码。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="254"/>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="255"/>
        <source>Enter a number, e.g. 87.5.</source>
        <translation>请输入数字，例如 87.5。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="256"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/records.py" line="257"/>
        <source>This value is not allowed here.</source>
        <translation>此处不允许使用该值。</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../tvet_alliance/domain/values.py" line="252"/>
        <source>Yes</source>
        <extracomment>How each list kind is split. An organisation&apos;s other names can hold a comma (&quot;Govt. College of Technology, Bahawalpur&quot;), and tags and areas are typed &quot;a; b&quot; in the form, so these split only on semicolons, newlines and bars. The members of a team, named in one import cell, are people&apos;s names: those also split on commas, slashes and the Chinese enumeration comma (&quot;张三、李四&quot;). Every list is written joined by &quot;; &quot;, which every rule splits.</extracomment>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1239"/>
        <source>Values</source>
        <extracomment>The value combo&apos;s data: not mapped (rejected on the Check page), and &quot;leave the field empty&quot;.</extracomment>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1242"/>
        <source>These values of the file are not recognised. Choose what each one means (type to find it), or leave the field empty in those rows. A value left not mapped is rejected on the Check page.</source>
        <translation>文件中的这些值无法识别。请为每个值选择其含义（输入文字即可查找），或让这些行的该字段留空。未对应的值所在的行将在“检查”页被拒绝。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1250"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1251"/>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1252"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1253"/>
        <source>First rows</source>
        <translation>最先出现的行</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1254"/>
        <source>Means</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1271"/>
        <source>Save mapping &amp;as…</source>
        <translation>另存对应关系(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1273"/>
        <source>Save the columns and these values for the next file</source>
        <translation>保存列和这些值的对应关系，供下一个文件使用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1328"/>
        <source>%1: %n more values in %2 rows are not listed.</source>
        <extracomment>what was typed in a box and names no choice (it went back to what was chosen)</extracomment>
        <translation>
            <numerusform>%1：另有 %n 个值（共 %2 行）未列出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1330"/>
        <source>%1: at least %n more values in %2 rows are not listed.</source>
        <translation>
            <numerusform>%1：至少另有 %n 个值（共 %2 行）未列出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1356"/>
        <source>— not mapped —</source>
        <translation>— 未对应 —</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1357"/>
        <source>Leave empty</source>
        <translation>留空</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1412"/>
        <source>“%1” is none of the choices (or more than one): pick one from the list (Alt+↓).</source>
        <translation>“%1”不是任何一个选项（或对应多个选项）：请从列表中选择一个（Alt+↓）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1438"/>
        <source>Every value is mapped.</source>
        <translation>所有值都已对应。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1441"/>
        <source>%n values not mapped yet: the rows holding them would be rejected.</source>
        <translation>
            <numerusform>还有 %n 个值未对应：含有这些值的行将被拒绝。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="88"/>
        <source>Event: %1</source>
        <extracomment>The answer&apos;s colours: (background, border, text).</extracomment>
        <translation>活动：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="95"/>
        <source>Competition: %1</source>
        <translation>竞赛：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="101"/>
        <source>Skill track: %1</source>
        <translation>赛项：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="103"/>
        <source>Team: %1</source>
        <translation>队伍：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="105"/>
        <source>Issued %1</source>
        <translation>颁发于 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="110"/>
        <source>Code %1</source>
        <translation>验证码 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="131"/>
        <source>Verify a certificate</source>
        <translation>验证证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="135"/>
        <source>The code printed on the certificate, e.g. abcd-efgh-jk</source>
        <translation>证书上印的验证码，例如 abcd-efgh-jk</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="138"/>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="159"/>
        <source>Type or scan the certificate&apos;s verification code, then press Enter.</source>
        <translation>请输入或扫描证书的验证码，然后按回车键。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="177"/>
        <source>Valid certificate</source>
        <translation>有效证书</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="179"/>
        <source>Revoked: not valid</source>
        <translation>已撤销：无效</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="55"/>
        <source>Register a walk-in</source>
        <translation>现场登记</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="72"/>
        <source>Name (Latin letters)</source>
        <translation>姓名（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="73"/>
        <source>Name in Chinese or Urdu</source>
        <translation>中文或乌尔都文姓名</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="74"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="75"/>
        <source>Attends</source>
        <translation>参会方式</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="83"/>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="94"/>
        <source>Register and check in</source>
        <translation>登记并签到</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="85"/>
        <source>Register and check in (Ctrl+S)</source>
        <translation>登记并签到（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="120"/>
        <source>Type the walk-in&apos;s name.</source>
        <translation>请输入现场登记人员的姓名。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/dialogs/walk_in.py" line="125"/>
        <source>Pick the organisation from the list, or clear it.</source>
        <translation>请从列表中选择单位，或清空。</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../tvet_alliance/ui/workers.py" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
