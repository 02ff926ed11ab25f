<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="348"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="349"/>
        <source>meeting of %n minutes</source>
        <translation>
            <numerusform>meeting of %n minute</numerusform>
            <numerusform>meeting of %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="353"/>
        <source>%n rows could not be read:</source>
        <translation>
            <numerusform>%n row could not be read:</numerusform>
            <numerusform>%n rows could not be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="391"/>
        <source>Review: %n possible delegates — leave</source>
        <translation>
            <numerusform>Review: %n possible delegate — leave</numerusform>
            <numerusform>Review: %n possible delegates — leave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="452"/>
        <source>%n delegates will be marked attended</source>
        <translation>
            <numerusform>%n delegate will be marked attended</numerusform>
            <numerusform>%n delegates will be marked attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="453"/>
        <source>%n online delegates get their minutes</source>
        <translation>
            <numerusform>%n online delegate gets their minutes</numerusform>
            <numerusform>%n online delegates get their minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="454"/>
        <source>%n walk-ins added</source>
        <translation>
            <numerusform>%n walk-in added</numerusform>
            <numerusform>%n walk-ins added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="455"/>
        <source>%n participants left unmatched</source>
        <translation>
            <numerusform>%n participant left unmatched</numerusform>
            <numerusform>%n participants left unmatched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/attendance.py" line="458"/>
        <source>%n registered in person (reported, not changed)</source>
        <translation>
            <numerusform>%n registered in person (reported, not changed)</numerusform>
            <numerusform>%n registered in person (reported, not changed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateActions</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="161"/>
        <source>%n certificates saved to %1</source>
        <translation>
            <numerusform>%n certificate saved to %1</numerusform>
            <numerusform>%n certificates saved to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="163"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/certificates.py" line="165"/>
        <source>%n printed again with the same code</source>
        <translation>
            <numerusform>%n printed again with the same code</numerusform>
            <numerusform>%n printed again with the same code</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="471"/>
        <source>%n delegates attended.</source>
        <translation>
            <numerusform>%n delegate attended.</numerusform>
            <numerusform>%n delegates attended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="473"/>
        <source>%n competitors to certify.</source>
        <translation>
            <numerusform>%n competitor to certify.</numerusform>
            <numerusform>%n competitors to certify.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="475"/>
        <source>%n certificates issued</source>
        <translation>
            <numerusform>%n certificate issued</numerusform>
            <numerusform>%n certificates issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/certificates.py" line="477"/>
        <source>%n revoked</source>
        <translation>
            <numerusform>%n revoked</numerusform>
            <numerusform>%n revoked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1632"/>
        <source>%n rows kept with warnings (amber)</source>
        <translation>
            <numerusform>%n row kept with warnings (amber)</numerusform>
            <numerusform>%n rows kept with warnings (amber)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1782"/>
        <source>%1: %2 (%n rows)</source>
        <translation>
            <numerusform>%1: %2 (%n row)</numerusform>
            <numerusform>%1: %2 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="413"/>
        <source>Resolved %n conflicts</source>
        <translation>
            <numerusform>Resolved %n conflict</numerusform>
            <numerusform>Resolved %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="413"/>
        <source>; %n still open.</source>
        <translation>
            <numerusform>; %n still open.</numerusform>
            <numerusform>; %n still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_review.py" line="424"/>
        <source>Choices made for %n conflicts have not been applied. Close without applying them?</source>
        <translation>
            <numerusform>The choice made for %n conflict has not been applied. Close without applying it?</numerusform>
            <numerusform>Choices made for %n conflicts have not been applied. Close without applying them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/data.py" line="271"/>
        <source>Exported %Ln records to %1</source>
        <translation>
            <numerusform>Exported %Ln record to %1</numerusform>
            <numerusform>Exported %Ln records to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/data.py" line="316"/>
        <source>Loaded %Ln records from %1</source>
        <translation>
            <numerusform>Loaded %Ln record from %1</numerusform>
            <numerusform>Loaded %Ln records from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2123"/>
        <source>%n of %1</source>
        <translation>
            <numerusform>%n of %1</numerusform>
            <numerusform>%n of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="273"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="274"/>
        <source>%n competition entries</source>
        <translation>
            <numerusform>%n competition entry</numerusform>
            <numerusform>%n competition entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="275"/>
        <source>%n event registrations</source>
        <translation>
            <numerusform>%n event registration</numerusform>
            <numerusform>%n event registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="276"/>
        <source>%n delegates</source>
        <translation>
            <numerusform>%n delegate</numerusform>
            <numerusform>%n delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="277"/>
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="278"/>
        <source>%n skill tracks</source>
        <translation>
            <numerusform>%n skill track</numerusform>
            <numerusform>%n skill tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="279"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="280"/>
        <source>%n agreements</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="298"/>
        <source>Delete %n records (%1)</source>
        <translation>
            <numerusform>Delete %n record (%1)</numerusform>
            <numerusform>Delete %n records (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="300"/>
        <source>Restore %n records (%1)</source>
        <translation>
            <numerusform>Restore %n record (%1)</numerusform>
            <numerusform>Restore %n records (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/editing.py" line="314"/>
        <source>Set %1 of %n records</source>
        <translation>
            <numerusform>Set %1 of %n record</numerusform>
            <numerusform>Set %1 of %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="287"/>
        <source>&amp;What is shown (%Ln+ rows, in this order)</source>
        <translation>
            <numerusform>&amp;What is shown (%Ln+ rows, in this order)</numerusform>
            <numerusform>&amp;What is shown (%Ln+ rows, in this order)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="289"/>
        <source>&amp;What is shown (%Ln rows, in this order)</source>
        <translation>
            <numerusform>&amp;What is shown (%Ln row, in this order)</numerusform>
            <numerusform>&amp;What is shown (%Ln rows, in this order)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="462"/>
        <source>Exporting %Ln rows…</source>
        <translation>
            <numerusform>Exporting %Ln row…</numerusform>
            <numerusform>Exporting %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/export_dialog.py" line="479"/>
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2323"/>
        <source>, %n rows with problems not imported</source>
        <translation>
            <numerusform>, %n row with problems not imported</numerusform>
            <numerusform>, %n rows with problems not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2325"/>
        <source>, %n rows with warnings imported</source>
        <translation>
            <numerusform>, %n row with warnings imported</numerusform>
            <numerusform>, %n rows with warnings imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2413"/>
        <source>Saved %n rows to %1 (%2).</source>
        <translation>
            <numerusform>Saved %n row to %1 (%2).</numerusform>
            <numerusform>Saved %n rows to %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1896"/>
        <source>; %n partners created</source>
        <translation>
            <numerusform>; %n partner created</numerusform>
            <numerusform>; %n partners created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1903"/>
        <source>%n rows: %1 valid, %2 with problems</source>
        <translation>
            <numerusform>%n row: %1 valid, %2 with problems</numerusform>
            <numerusform>%n rows: %1 valid, %2 with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1904"/>
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1908"/>
        <source>%n kept with warnings</source>
        <translation>
            <numerusform>%n kept with warnings</numerusform>
            <numerusform>%n kept with warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_organizations.py" line="267"/>
        <source>%n more organisations are not listed; they are created as new partners.</source>
        <translation>
            <numerusform>%n more organisation is not listed; it is created as a new partner.</numerusform>
            <numerusform>%n more organisations are not listed; they are created as new partners.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="117"/>
        <source>Those shown in the list (%n)</source>
        <translation>
            <numerusform>Those shown in the list (%n)</numerusform>
            <numerusform>Those shown in the list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/print_options.py" line="120"/>
        <source>The selected delegates (%n)</source>
        <translation>
            <numerusform>The selected delegate (%n)</numerusform>
            <numerusform>The selected delegates (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/print_preview.py" line="108"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/render/lists.py" line="26"/>
        <source>%n delegates</source>
        <translation>
            <numerusform>%n delegate</numerusform>
            <numerusform>%n delegates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintingActions</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="234"/>
        <source>%n cancelled registrations were left out.</source>
        <translation>
            <numerusform>%n cancelled registration was left out.</numerusform>
            <numerusform>%n cancelled registrations were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/actions/printing.py" line="271"/>
        <source>Saved %n pages to %1.</source>
        <translation>
            <numerusform>Saved %n page to %1.</numerusform>
            <numerusform>Saved %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/models/record_table.py" line="381"/>
        <source>Expired %n days ago</source>
        <extracomment>Ids are loaded a page at a time as the view scrolls; a search never waits for every match. One thread for the counts: a newer search&apos;s count waits for at most one older one. The thread touches no Qt object: the model polls the future on the GUI thread. The count of matching rows became known after the rows showed (see :attr:`counting`). How many rows there are without the search and filters (for &quot;N of M shown&quot;). How many rows match the search and filters (all of them, not just the loaded pages). Whether :attr:`matched` is still being counted (it is then the number of rows loaded).</extracomment>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/models/record_table.py" line="382"/>
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="248"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="432"/>
        <source>%n gold</source>
        <translation>
            <numerusform>%n gold</numerusform>
            <numerusform>%n gold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="432"/>
        <source>%n silver</source>
        <translation>
            <numerusform>%n silver</numerusform>
            <numerusform>%n silver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="433"/>
        <source>%n bronze</source>
        <translation>
            <numerusform>%n bronze</numerusform>
            <numerusform>%n bronze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/pages/results.py" line="433"/>
        <source>%n Medallion for Excellence</source>
        <translation>
            <numerusform>%n Medallion for Excellence</numerusform>
            <numerusform>%n Medallions for Excellence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevertImportDialog</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2595"/>
        <source>Reverted: %n records removed</source>
        <translation>
            <numerusform>Reverted: %n record removed</numerusform>
            <numerusform>Reverted: %n records removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2596"/>
        <source>, %n fields restored.</source>
        <translation>
            <numerusform>, %n field restored.</numerusform>
            <numerusform>, %n fields restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="2600"/>
        <source>%n records kept: records added since depend on them.</source>
        <translation>
            <numerusform>%n record kept: records added since depend on it.</numerusform>
            <numerusform>%n records kept: records added since depend on them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="310"/>
        <source>Sync package with %Ln changes (numbers %1–%2) written to %3.</source>
        <translation>
            <numerusform>Sync package with %Ln change (numbers %1–%2) written to %3.</numerusform>
            <numerusform>Sync package with %Ln changes (numbers %1–%2) written to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="363"/>
        <source>, %n check-ins</source>
        <translation>
            <numerusform>, %n check-in</numerusform>
            <numerusform>, %n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="364"/>
        <source>, %n conflicts</source>
        <translation>
            <numerusform>, %n conflict</numerusform>
            <numerusform>, %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/sync_dialogs.py" line="365"/>
        <source>, %n possible duplicates.</source>
        <translation>
            <numerusform>, %n possible duplicate.</numerusform>
            <numerusform>, %n possible duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1328"/>
        <source>%1: %n more values in %2 rows are not listed.</source>
        <extracomment>what was typed in a box and names no choice (it went back to what was chosen)</extracomment>
        <translation>
            <numerusform>%1: %n more value in %2 rows is not listed.</numerusform>
            <numerusform>%1: %n more values in %2 rows are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1330"/>
        <source>%1: at least %n more values in %2 rows are not listed.</source>
        <translation>
            <numerusform>%1: at least %n more value in %2 rows is not listed.</numerusform>
            <numerusform>%1: at least %n more values in %2 rows are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tvet_alliance/ui/dialogs/import_wizard.py" line="1441"/>
        <source>%n values not mapped yet: the rows holding them would be rejected.</source>
        <translation>
            <numerusform>%n value not mapped yet: the rows holding it would be rejected.</numerusform>
            <numerusform>%n values not mapped yet: the rows holding them would be rejected.</numerusform>
        </translation>
    </message>
</context>
</TS>
