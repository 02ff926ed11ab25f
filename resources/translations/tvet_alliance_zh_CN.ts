<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Areas</name>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="158"/>
        <source>Partners</source>
        <translation>成员单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="193"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="218"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="238"/>
        <source>Delegates</source>
        <translation>参会代表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="294"/>
        <source>Competitions</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="316"/>
        <source>Skill tracks</source>
        <translation>赛项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="363"/>
        <source>Entries</source>
        <translation>参赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="401"/>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="162"/>
        <location filename="../../tvet_alliance/services/listing.py" line="198"/>
        <location filename="../../tvet_alliance/services/listing.py" line="246"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="164"/>
        <location filename="../../tvet_alliance/services/listing.py" line="199"/>
        <location filename="../../tvet_alliance/services/listing.py" line="249"/>
        <source>Native name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="166"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="167"/>
        <location filename="../../tvet_alliance/services/listing.py" line="227"/>
        <location filename="../../tvet_alliance/services/listing.py" line="376"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="168"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="169"/>
        <location filename="../../tvet_alliance/services/listing.py" line="226"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="170"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="173"/>
        <location filename="../../tvet_alliance/services/listing.py" line="255"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="180"/>
        <source>Membership</source>
        <translation>成员状态</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="185"/>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="186"/>
        <location filename="../../tvet_alliance/services/listing.py" line="203"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="187"/>
        <location filename="../../tvet_alliance/services/listing.py" line="204"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="200"/>
        <location filename="../../tvet_alliance/services/listing.py" line="253"/>
        <location filename="../../tvet_alliance/services/listing.py" line="375"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="201"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="202"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="205"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="206"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="222"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="223"/>
        <location filename="../../tvet_alliance/services/listing.py" line="407"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="224"/>
        <location filename="../../tvet_alliance/services/listing.py" line="300"/>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="225"/>
        <location filename="../../tvet_alliance/services/listing.py" line="301"/>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="228"/>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="229"/>
        <source>Delegates</source>
        <translation>参会代表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="259"/>
        <source>Attends</source>
        <translation>参会方式</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="266"/>
        <location filename="../../tvet_alliance/services/listing.py" line="379"/>
        <location filename="../../tvet_alliance/services/listing.py" line="409"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="271"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="298"/>
        <source>Competition</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="299"/>
        <source>Edition</source>
        <translation>届次</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="302"/>
        <source>Host city</source>
        <translation>举办城市</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="303"/>
        <source>Tracks</source>
        <translation>赛项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="304"/>
        <location filename="../../tvet_alliance/services/listing.py" line="324"/>
        <source>Entries</source>
        <translation>参赛数</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="321"/>
        <location filename="../../tvet_alliance/services/listing.py" line="373"/>
        <source>Skill track</source>
        <translation>赛项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="322"/>
        <source>Team size</source>
        <translation>每队人数</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="323"/>
        <source>Max score</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="374"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="377"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="378"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="380"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="381"/>
        <source>Medal</source>
        <translation>奖牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="406"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="413"/>
        <source>Parties</source>
        <translation>签约方</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="414"/>
        <source>Areas</source>
        <translation>合作领域</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="411"/>
        <source>Signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="412"/>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="160"/>
        <source>Partner</source>
        <translation>成员单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="210"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="254"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="282"/>
        <source>Delegate</source>
        <translation>参会代表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="315"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="331"/>
        <source>Competition</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="357"/>
        <source>Skill track</source>
        <translation>赛项</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="383"/>
        <source>Entry</source>
        <translation>参赛记录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="434"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="161"/>
        <source>TVET college</source>
        <translation>职业院校</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="162"/>
        <source>Polytechnic</source>
        <translation>职业技术学院</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="163"/>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="164"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="165"/>
        <source>Government authority</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="166"/>
        <source>Association</source>
        <translation>协会</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="167"/>
        <source>NGO</source>
        <translation>非政府组织</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="168"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="181"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="169"/>
        <source>Chair</source>
        <translation>主席单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="170"/>
        <source>Vice chair</source>
        <translation>副主席单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="171"/>
        <source>Lead partner</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="172"/>
        <source>Founding member</source>
        <translation>创始成员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="173"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="174"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="193"/>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="175"/>
        <source>Prospective</source>
        <translation>拟加入</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="176"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="222"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="177"/>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="178"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="209"/>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="179"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="180"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="182"/>
        <source>Seminar</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="183"/>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="184"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="185"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="186"/>
        <source>Competition</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="187"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="199"/>
        <source>In person</source>
        <translation>线下</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="188"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="200"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="189"/>
        <source>Hybrid</source>
        <translation>线上线下结合</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="190"/>
        <source>Speaker</source>
        <translation>演讲嘉宾</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="191"/>
        <source>Delegate</source>
        <translation>参会代表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="192"/>
        <source>Official</source>
        <translation>官员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="194"/>
        <source>Organizer</source>
        <translation>组织方</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="195"/>
        <source>Judge</source>
        <translation>裁判</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="196"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="197"/>
        <source>Competitor</source>
        <translation>选手</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="198"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="201"/>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="202"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="207"/>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="203"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="204"/>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="205"/>
        <source>No-show</source>
        <translation>未出席</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="206"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="208"/>
        <source>Competed</source>
        <translation>已参赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="210"/>
        <source>Disqualified</source>
        <translation>取消资格</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="211"/>
        <source>Gold</source>
        <translation>金牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="212"/>
        <source>Silver</source>
        <translation>银牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="213"/>
        <source>Bronze</source>
        <translation>铜牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="214"/>
        <source>Excellence</source>
        <translation>优胜奖</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="215"/>
        <source>No medal</source>
        <translation>无奖牌</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="216"/>
        <source>MOU</source>
        <translation>谅解备忘录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="217"/>
        <source>MOA</source>
        <translation>协议备忘录</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="218"/>
        <source>Partnership</source>
        <translation>合作伙伴协议</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="219"/>
        <source>TNE programme</source>
        <translation>跨国教育项目</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="220"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="221"/>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="223"/>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="224"/>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="225"/>
        <source>Curriculum development</source>
        <translation>课程开发</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="226"/>
        <source>Quality assurance</source>
        <translation>质量保障</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="227"/>
        <source>Teacher training</source>
        <translation>师资培训</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="228"/>
        <source>Infrastructure</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="229"/>
        <source>Community engagement</source>
        <translation>社区参与</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="230"/>
        <source>Policy advocacy</source>
        <translation>政策倡导</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="231"/>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="232"/>
        <source>Student exchange</source>
        <translation>学生交流</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="233"/>
        <source>Digital skills</source>
        <translation>数字技能</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="234"/>
        <source>Office database</source>
        <translation>办公室数据库</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="235"/>
        <source>Offline copy</source>
        <translation>离线副本</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../tvet_alliance/domain/errors.py" line="52"/>
        <source>The record is not valid: {details}</source>
        <translation>记录无效：{details}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="38"/>
        <source>Backups from inside the program are for SQLite files; back up a PostgreSQL database with pg_dump.</source>
        <translation>程序内备份仅适用于 SQLite 文件；PostgreSQL 数据库请用 pg_dump 备份。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="59"/>
        <source>A backup cannot overwrite the database it copies.</source>
        <translation>备份不能覆盖被备份的数据库本身。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="62"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="77"/>
        <location filename="../../tvet_alliance/persistence/backup.py" line="84"/>
        <source>Cannot write the backup to {path}: {reason}</source>
        <translation>无法将备份写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="119"/>
        <source>There is no file at {path}.</source>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="123"/>
        <source>{path} is not a backup (it is not a SQLite file).</source>
        <translation>{path} 不是备份文件（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="133"/>
        <source>{path} is not a TVET Alliance Manager backup ({reason}).</source>
        <translation>{path} 不是 TVET Alliance Manager 的备份（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="141"/>
        <source>{path} is not a backup of this program, or is from a newer version.</source>
        <translation>{path} 不是本程序的备份，或来自更新的版本。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="148"/>
        <source>{path} is damaged: {reason}</source>
        <translation>{path} 已损坏：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="50"/>
        <source>“{value}” is not a database address.</source>
        <translation>“{value}”不是数据库地址。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="124"/>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="128"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="132"/>
        <source>{path} is not a database file (it is not SQLite).</source>
        <translation>{path} 不是数据库文件（不是 SQLite）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="145"/>
        <source>Cannot open the database {name}: {reason}</source>
        <translation>无法打开数据库 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="74"/>
        <source>The schema upgrade would break {count} references (first in table {table}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="95"/>
        <source>This database has tables but was not made by TVET Alliance Manager; it was left unchanged.</source>
        <translation>该数据库已有数据表，但并非由 TVET Alliance Manager 创建；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="102"/>
        <source>This database was made by a newer version of TVET Alliance Manager (schema {revision}); please update the program.</source>
        <translation>该数据库由更新版本的 TVET Alliance Manager 创建（结构版本 {revision}），请更新程序。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="112"/>
        <source>Sample data files are missing: {files}</source>
        <translation>缺少示例数据文件：{files}</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="115"/>
        <source>The sample data is already in this database.</source>
        <translation>此数据库中已有示例数据。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="272"/>
        <source>The sample data does not pass validation: {details}</source>
        <translation>示例数据未通过校验：{details}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="128"/>
        <source>China–Pakistan TVET Alliance</source>
        <translation>中巴职业教育联盟</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="133"/>
        <source>Partners</source>
        <translation>成员单位</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="134"/>
        <source>Delegates</source>
        <translation>参会代表</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="135"/>
        <source>Competition entries</source>
        <translation>竞赛参赛</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="136"/>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="161"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="176"/>
        <source>Live figures from the register. Partners by country, seminar delegates by how they attend, competition medals and the state of agreements.</source>
        <translation>名录实时数据：按国家统计的成员单位、按参会方式统计的研讨会代表、竞赛奖牌以及协议状态。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="182"/>
        <source>Active members: %1</source>
        <translation>有效成员：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="187"/>
        <source>Attended: %1</source>
        <translation>已出席：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="207"/>
        <source>Medals won: %1</source>
        <translation>获得奖牌：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="136"/>
        <source>Cannot open database</source>
        <extracomment>Emitted when a database was opened (or switched to) and every page shows it. Emitted after long work (sample data, restore, backup) finished, with a message for the status bar. Emitted when long work failed, with the message shown to the person.</extracomment>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="142"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="156"/>
        <source>Load sample data?</source>
        <translation>加载示例数据？</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="158"/>
        <source>This database is empty. Load the sample partners, seminar delegates, competition and agreements to try the program? You can delete them later.</source>
        <translation>此数据库为空。是否加载示例成员单位、研讨会代表、竞赛和协议来试用本程序？以后可以删除。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="170"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="171"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="173"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="175"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="176"/>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="177"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="178"/>
        <source>Load &amp;sample data</source>
        <translation>加载示例数据(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="192"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="204"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="208"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="209"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="236"/>
        <location filename="../../tvet_alliance/ui/main_window.py" line="244"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="245"/>
        <source>%1 already exists. Use Open to work with it.</source>
        <translation>%1 已存在。请用“打开”来使用它。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="251"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="277"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="301"/>
        <source>Loading sample data…</source>
        <translation>正在加载示例数据…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="303"/>
        <source>Sample data loaded: %1 records.</source>
        <translation>示例数据已加载：%1 条记录。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="312"/>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="317"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="319"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="328"/>
        <location filename="../../tvet_alliance/ui/main_window.py" line="334"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="336"/>
        <source>Replace everything in %1 with the backup %2?

What is in the database now is saved as an automatic backup first.</source>
        <translation>用备份 %2 替换 %1 中的全部内容？

数据库的当前内容会先自动备份。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="347"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="349"/>
        <source>Restored. The previous content was saved to %1</source>
        <translation>已恢复。原有内容已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="358"/>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="360"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;The register of the China–Pakistan digital-education alliance for TVET: partners, people, seminars, skills competitions and agreements.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;中巴职业教育数字化联盟名录：成员单位、人员、研讨会、技能竞赛和协议。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="389"/>
        <source>Records: %1</source>
        <translation>记录数：%1</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="390"/>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="411"/>
        <source>Please wait until the current work has finished.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="92"/>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="350"/>
        <location filename="../../tvet_alliance/domain/models.py" line="373"/>
        <source>Must be 1 or more.</source>
        <translation>不能小于 1。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="375"/>
        <source>Must be more than 0.</source>
        <translation>必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="409"/>
        <source>A score cannot be negative.</source>
        <translation>得分不能为负数。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="415"/>
        <source>Score {score} is above the track&apos;s maximum of {max}.</source>
        <translation>得分 {score} 超过该赛项满分 {max}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="423"/>
        <source>{count} members, but this track takes teams of {size}.</source>
        <translation>共 {count} 名成员，但该赛项每队 {size} 人。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="462"/>
        <source>“{value}” is not an area of collaboration.</source>
        <translation>“{value}”不是合作领域。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="34"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="57"/>
        <source>“{value}” is not an e-mail address (expected name@example.org).</source>
        <translation>“{value}”不是电子邮件地址（应为 name@example.org 格式）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="72"/>
        <source>“{value}” is not a web address (expected https://…).</source>
        <translation>“{value}”不是网址（应为 https://… 格式）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="88"/>
        <source>“{value}” is not a country code (ISO 3166-1, e.g. CN or PK).</source>
        <translation>“{value}”不是国家代码（ISO 3166-1，如 CN 或 PK）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="103"/>
        <source>“{value}” is not a province code (ISO 3166-2, e.g. PK-PB or CN-CQ).</source>
        <translation>“{value}”不是省份代码（ISO 3166-2，如 PK-PB 或 CN-CQ）。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="111"/>
        <source>Province {value} ({name}) is not in country {country}.</source>
        <translation>省份 {value}（{name}）不属于国家 {country}。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="132"/>
        <source>“{value}” needs a country: start it with + and the country code.</source>
        <translation>“{value}”缺少国家代码：请以 + 加国家代码开头。</translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="139"/>
        <source>“{value}” is not a valid phone number for {region}.</source>
        <translation>“{value}”不是 {region} 的有效电话号码。</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../tvet_alliance/ui/text.py" line="84"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../tvet_alliance/ui/workers.py" line="80"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
