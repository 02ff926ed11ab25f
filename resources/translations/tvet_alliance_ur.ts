<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>Areas</name>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="158"/>
        <source>Partners</source>
        <extracomment>Orderings applied after the chosen column, before the id (e.g. rank within a track).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="193"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="218"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="238"/>
        <source>Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="294"/>
        <source>Competitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="316"/>
        <source>Skill tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="363"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="401"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="162"/>
        <location filename="../../tvet_alliance/services/listing.py" line="198"/>
        <location filename="../../tvet_alliance/services/listing.py" line="246"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="164"/>
        <location filename="../../tvet_alliance/services/listing.py" line="199"/>
        <location filename="../../tvet_alliance/services/listing.py" line="249"/>
        <source>Native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="166"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="167"/>
        <location filename="../../tvet_alliance/services/listing.py" line="227"/>
        <location filename="../../tvet_alliance/services/listing.py" line="376"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="168"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="169"/>
        <location filename="../../tvet_alliance/services/listing.py" line="226"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="170"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="173"/>
        <location filename="../../tvet_alliance/services/listing.py" line="255"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="180"/>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="185"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="186"/>
        <location filename="../../tvet_alliance/services/listing.py" line="203"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="187"/>
        <location filename="../../tvet_alliance/services/listing.py" line="204"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="200"/>
        <location filename="../../tvet_alliance/services/listing.py" line="253"/>
        <location filename="../../tvet_alliance/services/listing.py" line="375"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="201"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="202"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="205"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="206"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="222"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="223"/>
        <location filename="../../tvet_alliance/services/listing.py" line="407"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="224"/>
        <location filename="../../tvet_alliance/services/listing.py" line="300"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="225"/>
        <location filename="../../tvet_alliance/services/listing.py" line="301"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="228"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="229"/>
        <source>Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="259"/>
        <source>Attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="266"/>
        <location filename="../../tvet_alliance/services/listing.py" line="379"/>
        <location filename="../../tvet_alliance/services/listing.py" line="413"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="271"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="298"/>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="299"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="302"/>
        <source>Host city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="303"/>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="304"/>
        <location filename="../../tvet_alliance/services/listing.py" line="324"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="321"/>
        <location filename="../../tvet_alliance/services/listing.py" line="373"/>
        <source>Skill track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="322"/>
        <source>Team size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="323"/>
        <source>Max score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="374"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="377"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="378"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="380"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="381"/>
        <source>Medal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="406"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="408"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="409"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="410"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/listing.py" line="411"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="160"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="210"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="254"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="282"/>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="315"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="331"/>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="357"/>
        <source>Skill track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="383"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="434"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="161"/>
        <source>TVET college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="162"/>
        <source>Polytechnic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="163"/>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="164"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="165"/>
        <source>Government authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="166"/>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="167"/>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="168"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="181"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="169"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="170"/>
        <source>Vice chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="171"/>
        <source>Lead partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="172"/>
        <source>Founding member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="173"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="174"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="193"/>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="175"/>
        <source>Prospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="176"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="222"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="177"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="178"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="209"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="179"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="180"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="182"/>
        <source>Seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="183"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="184"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="185"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="186"/>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="187"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="199"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="188"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="200"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="189"/>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="190"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="191"/>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="192"/>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="194"/>
        <source>Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="195"/>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="196"/>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="197"/>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="198"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="201"/>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="202"/>
        <location filename="../../tvet_alliance/domain/enums.py" line="207"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="203"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="204"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="205"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="206"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="208"/>
        <source>Competed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="210"/>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="211"/>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="212"/>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="213"/>
        <source>Bronze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="214"/>
        <source>Excellence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="215"/>
        <source>No medal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="216"/>
        <source>MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="217"/>
        <source>MOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="218"/>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="219"/>
        <source>TNE programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="220"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="221"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="223"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="224"/>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="225"/>
        <source>Curriculum development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="226"/>
        <source>Quality assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="227"/>
        <source>Teacher training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="228"/>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="229"/>
        <source>Community engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="230"/>
        <source>Policy advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="231"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="232"/>
        <source>Student exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="233"/>
        <source>Digital skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="234"/>
        <source>Office database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/enums.py" line="235"/>
        <source>Offline copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../tvet_alliance/domain/errors.py" line="52"/>
        <source>The record is not valid: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="38"/>
        <source>Backups from inside the program are for SQLite files; back up a PostgreSQL database with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="59"/>
        <source>A backup cannot overwrite the database it copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="62"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="77"/>
        <location filename="../../tvet_alliance/persistence/backup.py" line="84"/>
        <source>Cannot write the backup to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="119"/>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="123"/>
        <source>{path} is not a backup (it is not a SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="133"/>
        <source>{path} is not a TVET Alliance Manager backup ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="141"/>
        <source>{path} is not a backup of this program, or is from a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/backup.py" line="148"/>
        <source>{path} is damaged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="49"/>
        <source>“{value}” is not a database address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="123"/>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="127"/>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="131"/>
        <source>{path} is not a database file (it is not SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/database.py" line="142"/>
        <source>Cannot open the database {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="70"/>
        <source>This database has tables but was not made by TVET Alliance Manager; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/persistence/migrate.py" line="79"/>
        <source>This database was made by a newer version of TVET Alliance Manager (schema {revision}); please update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="112"/>
        <source>Sample data files are missing: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="115"/>
        <source>The sample data is already in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/services/sample.py" line="272"/>
        <source>The sample data does not pass validation: {details}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="128"/>
        <source>China–Pakistan TVET Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="133"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="134"/>
        <source>Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="135"/>
        <source>Competition entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="136"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="161"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="176"/>
        <source>Live figures from the register. Partners by country, seminar delegates by how they attend, competition medals and the state of agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="182"/>
        <source>Active members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="187"/>
        <source>Attended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/views/home.py" line="207"/>
        <source>Medals won: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="136"/>
        <source>Cannot open database</source>
        <extracomment>Emitted when a database was opened (or switched to) and every page shows it. Emitted after long work (sample data, restore, backup) finished, with a message for the status bar. Emitted when long work failed, with the message shown to the person.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="142"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="156"/>
        <source>Load sample data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="158"/>
        <source>This database is empty. Load the sample partners, seminar delegates, competition and agreements to try the program? You can delete them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="170"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="171"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="173"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="175"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="176"/>
        <source>&amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="177"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="178"/>
        <source>Load &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="179"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="192"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="204"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="208"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="209"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="236"/>
        <location filename="../../tvet_alliance/ui/main_window.py" line="244"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="245"/>
        <source>%1 already exists. Use Open to work with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="251"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="277"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="301"/>
        <source>Loading sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="303"/>
        <source>Sample data loaded: %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="312"/>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="317"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="319"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="328"/>
        <location filename="../../tvet_alliance/ui/main_window.py" line="334"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="336"/>
        <source>Replace everything in %1 with the backup %2?

What is in the database now is saved as an automatic backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="347"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="349"/>
        <source>Restored. The previous content was saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="358"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="360"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;The register of the China–Pakistan digital-education alliance for TVET: partners, people, seminars, skills competitions and agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="389"/>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="390"/>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/ui/main_window.py" line="411"/>
        <source>Please wait until the current work has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="92"/>
        <source>The end date {end} is before the start date {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="350"/>
        <location filename="../../tvet_alliance/domain/models.py" line="373"/>
        <source>Must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="375"/>
        <source>Must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="409"/>
        <source>A score cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="415"/>
        <source>Score {score} is above the track&apos;s maximum of {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="423"/>
        <source>{count} members, but this track takes teams of {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/models.py" line="462"/>
        <source>“{value}” is not an area of collaboration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="34"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="57"/>
        <source>“{value}” is not an e-mail address (expected name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="72"/>
        <source>“{value}” is not a web address (expected https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="88"/>
        <source>“{value}” is not a country code (ISO 3166-1, e.g. CN or PK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="103"/>
        <source>“{value}” is not a province code (ISO 3166-2, e.g. PK-PB or CN-CQ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="111"/>
        <source>Province {value} ({name}) is not in country {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="132"/>
        <source>“{value}” needs a country: start it with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tvet_alliance/domain/validation.py" line="139"/>
        <source>“{value}” is not a valid phone number for {region}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../tvet_alliance/ui/text.py" line="84"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../tvet_alliance/ui/workers.py" line="79"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
