<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb">
<context>
    <name>App</name>
    <message>
        <source>FredApp cannot open the database</source>
        <translation>FredApp kan ikke åpne databasen</translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarte</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Ubesvarte</translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation>Maks samtaletid</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <source>Calls per hour, table</source>
        <translation>Samtaler per time, tabell</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call centre&lt;/b&gt; – calls per hour of the day</source>
        <translation>&lt;b&gt;Kundesenter&lt;/b&gt; – samtaler per time på dagen</translation>
    </message>
    <message>
        <source>Calls per hour, graph</source>
        <translation>Samtaler per time, graf</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarte</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Ubesvarte</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Time på dagen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation>Roller og ansvar</translation>
    </message>
    <message>
        <source>Competence and capacity</source>
        <translation>Kompetanse og kapasitet</translation>
    </message>
    <message>
        <source>Work processes</source>
        <translation>Arbeidsprosesser</translation>
    </message>
    <message>
        <source>Performance measurement</source>
        <translation>Prestasjonsmåling</translation>
    </message>
    <message>
        <source>Communication, coordination and tools</source>
        <translation>Kommunikasjon, koordinering og verktøy</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Stilt i bero</translation>
    </message>
    <message>
        <source>Central staffs</source>
        <translation>Sentrale staber</translation>
    </message>
    <message>
        <source>Whole municipality</source>
        <translation>Hele kommunen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Tiltak</translation>
    </message>
    <message>
        <source>&amp;Sick leave</source>
        <translation>S&amp;ykefravær</translation>
    </message>
    <message>
        <source>&amp;Key figures</source>
        <translation>&amp;Nøkkeltall</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Export measures…</source>
        <translation>&amp;Eksporter tiltak …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About FredApp</source>
        <translation>&amp;Om FredApp</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasefil</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FredApp %1&lt;/h3&gt;&lt;p&gt;For the reorganisation of Fredrikstad kommune's shared services: the organisation, the measures, the sick-leave toolkit and key figures.&lt;/p&gt;&lt;p&gt;Python %2 · Qt %3&lt;/p&gt;&lt;p&gt;Database: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FredApp %1&lt;/h3&gt;&lt;p&gt;For omorganiseringen av fellestjenestene i Fredrikstad kommune: organisasjonen, tiltakene, verktøykassen for sykefravær og nøkkeltall.&lt;/p&gt;&lt;p&gt;Python %2 · Qt %3&lt;/p&gt;&lt;p&gt;Database: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About FredApp</source>
        <translation>Om FredApp</translation>
    </message>
    <message>
        <source>Export measures</source>
        <translation>Eksporter tiltak</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV, semikolondelt (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>Exported %1 measures to %2</source>
        <translation>Eksporterte %1 tiltak til %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Lagret: %1</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensjon</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Innsats</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <source>Filter measures…</source>
        <translation>Filtrer tiltak …</translation>
    </message>
    <message>
        <source>Filter measures</source>
        <translation>Filtrer tiltak</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>%1 of %2 measures</source>
        <translation>%1 av %2 tiltak</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Endringen ble avvist</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Filter units…</source>
        <translation>Filtrer enheter …</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>Filtrer enheter</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Leader figures</source>
        <translation>Ledertall</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Leaders: %1 (%2) · Employees: %3 · Employees per leader: %4</source>
        <translation>Ledere: %1 (%2) · Ansatte: %3 · Ledertetthet (ansatte per leder): %4</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>Om Qt</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Ikke lagre</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>Angre %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Gjør om %1</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Edit %1</source>
        <translation>Endre %1</translation>
    </message>
</context>
<context>
    <name>SickLeaveTab</name>
    <message>
        <source>Sick-leave toolkit</source>
        <translation>Verktøykasse for sykefravær</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sick-leave toolkit&lt;/b&gt; – tools and resources for leaders</source>
        <translation>&lt;b&gt;Verktøykasse for sykefravær&lt;/b&gt; – verktøy og ressurser for ledere</translation>
    </message>
</context>
<context>
    <name>ToolkitTableModel</name>
    <message>
        <source>Tool</source>
        <translation>Verktøy</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Staff</source>
        <translation>Stab</translation>
    </message>
    <message>
        <source>Operating unit</source>
        <translation>Virksomhet</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Leader title</source>
        <translation>Ledertittel</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Units below</source>
        <translation>Enheter under</translation>
    </message>
</context>
</TS>