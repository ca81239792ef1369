<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb">
<context>
    <name />
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>no scenario is called '{name}'; scenarios: {names}</source>
        <translation>ingen scenarioer heter «{name}»; scenarioene er: {names}</translation>
    </message>
    <message>
        <source>more than one scenario is called '{name}' ({count}); rename one first</source>
        <translation>mer enn ett scenario heter «{name}» ({count}); gi ett av dem nytt navn først</translation>
    </message>
    <message>
        <source>'{text}' is not a period (YYYY-MM, YYYY-Qn or YYYY)</source>
        <translation>«{text}» er ikke en periode (ÅÅÅÅ-MM, ÅÅÅÅ-Qn eller ÅÅÅÅ)</translation>
    </message>
    <message>
        <source>'{text}' has no month {month}</source>
        <translation>«{text}» har ingen måned {month}</translation>
    </message>
    <message>
        <source>the unit already has a checklist for {period}</source>
        <translation>enheten har allerede en sjekkliste for {period}</translation>
    </message>
    <message>
        <source>new checklist</source>
        <translation>ny sjekkliste</translation>
    </message>
    <message>
        <source>the unit has no checklist for the previous period {period}</source>
        <translation>enheten har ingen sjekkliste for forrige periode ({period}) å kopiere fra</translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation>en oppgave må ha en tittel</translation>
    </message>
    <message>
        <source>new checklist item</source>
        <translation>nytt punkt i sjekkliste</translation>
    </message>
    <message>
        <source>delete checklist</source>
        <translation>slett sjekkliste</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} er en mappe, ikke en databasefil</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} finnes ikke</translation>
    </message>
    <message>
        <source>--hub needs your token: --token TOKEN or FREDAPP_HUB_TOKEN</source>
        <translation>--hub trenger nøkkelen din: --token NØKKEL eller FREDAPP_HUB_TOKEN</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>mappen {folder} finnes ikke</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; cannot create {name}</source>
        <translation>mappen {folder} er skrivebeskyttet; kan ikke opprette {name}</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied</source>
        <translation>{path} kan ikke leses: ingen tilgang</translation>
    </message>
    <message>
        <source>{path} is not a FredApp database: it is an empty file</source>
        <translation>{path} er ikke en FredApp-database: den er en tom fil</translation>
    </message>
    <message>
        <source>{path} is not a FredApp database: it is not a SQLite database file</source>
        <translation>{path} er ikke en FredApp-database: den er ikke en SQLite-databasefil</translation>
    </message>
    <message>
        <source>{path}: an interrupted write left a journal; open the database with write access to finish rolling it back</source>
        <translation>{path}: en avbrutt skriving etterlot en journal; åpne databasen med skrivetilgang for å fullføre tilbakerullingen</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read: {reason}</source>
        <translation>{path} er skadet og kan ikke leses: {reason}</translation>
    </message>
    <message>
        <source>{path} is a SQLite database, but not a FredApp database</source>
        <translation>{path} er en SQLite-database, men ikke en FredApp-database</translation>
    </message>
    <message>
        <source>{path} has no schema version; it is damaged or not FredApp's</source>
        <translation>{path} har ingen skjemaversjon; den er skadet eller ikke laget av FredApp</translation>
    </message>
    <message>
        <source>upgrading {path} from schema {revision} failed: {reason}</source>
        <translation>oppgraderingen av {path} fra skjema {revision} mislyktes: {reason}</translation>
    </message>
    <message>
        <source>{path} has the older schema {revision} and must be upgraded, but it is read-only</source>
        <translation>{path} har det eldre skjemaet {revision} og må oppgraderes, men filen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>{path} was written by a newer FredApp (schema {revision}; this FredApp knows up to {head}). Update FredApp to open it; the file was left unchanged.</source>
        <translation>{path} ble skrevet av en nyere FredApp (skjema {revision}; denne FredApp kjenner skjema til og med {head}). Oppdater FredApp for å åpne filen; den ble ikke endret.</translation>
    </message>
    <message>
        <source>{path} is read-only; FredApp needs to write to its database</source>
        <translation>{path} er skrivebeskyttet; FredApp må kunne skrive til databasen sin</translation>
    </message>
    <message>
        <source>the folder of {path} is read-only; SQLite needs it for its journal</source>
        <translation>mappen til {path} er skrivebeskyttet; SQLite trenger den til journalfilen sin</translation>
    </message>
    <message>
        <source>the demo scale must be a whole number of at least 1, not {scale}</source>
        <translation>demoskalaen må være et helt tall på minst 1, ikke {scale}</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>databasen er åpnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>this database already holds demo data</source>
        <translation>denne databasen har allerede demodata</translation>
    </message>
    <message>
        <source>new function description</source>
        <translation>ny funksjonsbeskrivelse</translation>
    </message>
    <message>
        <source>new role description</source>
        <translation>ny rollebeskrivelse</translation>
    </message>
    <message>
        <source>the description does not exist</source>
        <translation>beskrivelsen finnes ikke</translation>
    </message>
    <message>
        <source>save description</source>
        <translation>lagre beskrivelse</translation>
    </message>
    <message>
        <source>that version does not belong to this description</source>
        <translation>den versjonen hører ikke til denne beskrivelsen</translation>
    </message>
    <message>
        <source>{cell} is empty</source>
        <translation>{cell} er tom</translation>
    </message>
    <message>
        <source>row {row}: {municipality} appears twice for {measure} without a period; the first is row {first}</source>
        <translation>rad {row}: {municipality} står to ganger for {measure} uten periode; den første er rad {first}</translation>
    </message>
    <message>
        <source>row {row}: {municipality} appears twice for {measure} in the period {period}; the first is row {first}</source>
        <translation>rad {row}: {municipality} står to ganger for {measure} i perioden {period}; den første er rad {first}</translation>
    </message>
    <message>
        <source>{file} has a header but no rows</source>
        <translation>{file} har overskrifter, men ingen rader</translation>
    </message>
    <message>
        <source>benchmarks</source>
        <translation>sammenligningstall</translation>
    </message>
    <message>
        <source>{cell}: '{text}' is neither hour nor queue</source>
        <translation>{cell}: «{text}» er verken hour eller queue</translation>
    </message>
    <message>
        <source>row {row}: a second row for {category} ({table}) in the period {period}; the first is row {first}</source>
        <translation>rad {row}: en rad til for {category} ({table}) i perioden {period}; den første er rad {first}</translation>
    </message>
    <message>
        <source>call figures</source>
        <translation>samtaletall</translation>
    </message>
    <message>
        <source>{period} (per hour)</source>
        <translation>{period} (per time)</translation>
    </message>
    <message>
        <source>{period} (per queue)</source>
        <translation>{period} (per kø)</translation>
    </message>
    <message>
        <source>Stopped; nothing was imported.</source>
        <translation>Stoppet; ingenting ble importert.</translation>
    </message>
    <message>
        <source>Stopped; the file was not written.</source>
        <translation>Stoppet; filen ble ikke skrevet.</translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation>kunne ikke skrive {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} finnes ikke eller er ikke en fil</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>kunne ikke lese {path}: {reason}</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} er tom</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device or a pipe); it was not read</source>
        <translation>{path} er ikke en vanlig fil (en enhet eller et rør); den ble ikke lest</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB, more than FredApp imports</source>
        <translation>{file} er større enn {limit} MB, mer enn FredApp importerer</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows, more than FredApp imports</source>
        <translation>{file} har flere enn {limit} rader, mer enn FredApp importerer</translation>
    </message>
    <message>
        <source>{file}, row {row}: a cell holds more than {limit} characters</source>
        <translation>{file}, rad {row}: en celle har mer enn {limit} tegn</translation>
    </message>
    <message>
        <source>{file}, row {row}: more than {limit} columns, more than FredApp imports</source>
        <translation>{file}, rad {row}: flere enn {limit} kolonner, mer enn FredApp importerer</translation>
    </message>
    <message>
        <source>the cell is empty</source>
        <translation>cellen er tom</translation>
    </message>
    <message>
        <source>'{text}' is not a number</source>
        <translation>«{text}» er ikke et tall</translation>
    </message>
    <message>
        <source>{cell}: is empty</source>
        <translation>{cell}: er tom</translation>
    </message>
    <message>
        <source>{cell}: '{text}' is not a number</source>
        <translation>{cell}: «{text}» er ikke et tall</translation>
    </message>
    <message>
        <source>unsupported file type without an ending; use .csv or .xlsx</source>
        <translation>filer uten filendelse støttes ikke; bruk .csv eller .xlsx</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}'; use .csv or .xlsx</source>
        <translation>filtypen «{suffix}» støttes ikke; bruk .csv eller .xlsx</translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} er en mappe</translation>
    </message>
    <message>
        <source>{file} is not a readable CSV file: {reason}</source>
        <translation>{file} er ikke en lesbar CSV-fil: {reason}</translation>
    </message>
    <message>
        <source>{file}, row {row}: a quote (") opened in this row is never closed</source>
        <translation>{file}, rad {row}: et anførselstegn (") som åpnes i denne raden, lukkes aldri</translation>
    </message>
    <message>
        <source>{file} says it is UTF-8 but is not: damaged at byte {byte}</source>
        <translation>{file} oppgir å være UTF-8, men er det ikke: skadet ved byte {byte}</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8</source>
        <translation>{file} er verken UTF-8- eller Windows-1252-tekst; lagre den som CSV UTF-8</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel file</source>
        <translation>{file} er ikke en lesbar Excel-fil</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB, more than FredApp imports</source>
        <translation>{file} pakkes ut til mer enn {limit} MB, mer enn FredApp importerer</translation>
    </message>
    <message>
        <source>{file}: its sheet says it has {rows} rows and {columns} columns; FredApp imports at most {max_rows} rows and {max_columns} columns</source>
        <translation>{file}: arket oppgir å ha {rows} rader og {columns} kolonner; FredApp importerer høyst {max_rows} rader og {max_columns} kolonner</translation>
    </message>
    <message>
        <source>row {row}, column '{column}'</source>
        <translation>rad {row}, kolonne «{column}»</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rad {row}</translation>
    </message>
    <message>
        <source>column '{column}'</source>
        <translation>kolonne «{column}»</translation>
    </message>
    <message>
        <source>{cell}: '{text}' is not a direction; write reduce_by, increase_by or reach</source>
        <translation>{cell}: «{text}» er ikke en retning; skriv reduce_by, increase_by eller reach</translation>
    </message>
    <message>
        <source>row {row}: the goal '{title}' for {periods} appears twice; the first is row {first}</source>
        <translation>rad {row}: målet «{title}» for {periods} står to ganger; det første er rad {first}</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>row 1, column {index}: unknown column '{name}'; the columns are {expected} (optional: {optional})</source>
        <translation>rad 1, kolonne {index}: ukjent kolonne «{name}»; kolonnene er {expected} (valgfrie: {optional})</translation>
    </message>
    <message>
        <source>row 1, column {index}: unknown column '{name}'; the columns are {expected}</source>
        <translation>rad 1, kolonne {index}: ukjent kolonne «{name}»; kolonnene er {expected}</translation>
    </message>
    <message>
        <source>row 1, column {index}: the column '{name}' appears twice</source>
        <translation>rad 1, kolonne {index}: kolonnen «{name}» står to ganger</translation>
    </message>
    <message>
        <source>row 1: the columns {names} are missing</source>
        <translation>rad 1: kolonnene {names} mangler</translation>
    </message>
    <message>
        <source>row 1: the column {names} is missing</source>
        <translation>rad 1: kolonnen {names} mangler</translation>
    </message>
    <message>
        <source>{cell}: '{text}' is not a duration; write hh:mm:ss</source>
        <translation>{cell}: «{text}» er ikke en varighet; skriv tt:mm:ss</translation>
    </message>
    <message>
        <source>{cell}: the period is empty</source>
        <translation>{cell}: perioden er tom</translation>
    </message>
    <message>
        <source>{cell}: '{text}' is not a date</source>
        <translation>{cell}: «{text}» er ikke en dato</translation>
    </message>
    <message>
        <source>{cell}: '{text}' is not a period; write for example 2023, 2023-04, april 2023 or 30.04.2023</source>
        <translation>{cell}: «{text}» er ikke en periode; skriv for eksempel 2023, 2023-04, april 2023 eller 30.04.2023</translation>
    </message>
    <message>
        <source>{cell}: '{text}' has no month {month}</source>
        <translation>{cell}: «{text}» har ingen måned {month}</translation>
    </message>
    <message>
        <source>{cell}: '{text}' is neither ja nor nei</source>
        <translation>{cell}: «{text}» er verken ja eller nei</translation>
    </message>
    <message>
        <source>the database already holds {kind} for:
{held}
Nothing was imported; replace them with --replace (on the command line) or by answering yes in FredApp</source>
        <translation>databasen har allerede {kind} for:
{held}
Ingenting ble importert; erstatt dem med --replace (på kommandolinjen) eller ved å svare ja i FredApp</translation>
    </message>
    <message>
        <source>'{kind}' cannot be exported</source>
        <translation>«{kind}» kan ikke eksporteres</translation>
    </message>
    <message>
        <source>'{kind}' cannot be imported</source>
        <translation>«{kind}» kan ikke importeres</translation>
    </message>
    <message>
        <source>exporting '{kind}' does not take --{option}</source>
        <translation>eksport av «{kind}» tar ikke --{option}</translation>
    </message>
    <message>
        <source>importing '{kind}' does not take --{option}</source>
        <translation>import av «{kind}» tar ikke --{option}</translation>
    </message>
    <message>
        <source>unknown kind '{name}'; known kinds: {known}</source>
        <translation>ukjent type «{name}»; kjente typer: {known}</translation>
    </message>
    <message>
        <source>'{field}' is not an editable field of a unit</source>
        <translation>«{field}» er ikke et felt som kan endres på en enhet</translation>
    </message>
    <message>
        <source>a unit needs a name</source>
        <translation>en enhet må ha et navn</translation>
    </message>
    <message>
        <source>'{text}' is not a level; levels: {known}</source>
        <translation>«{text}» er ikke et nivå; nivåene er: {known}</translation>
    </message>
    <message>
        <source>headcount must be a whole number</source>
        <translation>antall ansatte må være et helt tall</translation>
    </message>
    <message>
        <source>headcount '{value}' is not a whole number</source>
        <translation>antall ansatte «{value}» er ikke et helt tall</translation>
    </message>
    <message>
        <source>headcount cannot be negative ({value})</source>
        <translation>antall ansatte kan ikke være negativt ({value})</translation>
    </message>
    <message>
        <source>headcount {value} is not plausible</source>
        <translation>antall ansatte {value} er ikke realistisk</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>enheten</translation>
    </message>
    <message>
        <source>'{unit}' cannot be moved under itself</source>
        <translation>«{unit}» kan ikke flyttes under seg selv</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>målenheten</translation>
    </message>
    <message>
        <source>'{unit}' cannot be moved under '{target}', which lies below it</source>
        <translation>«{unit}» kan ikke flyttes under «{target}», som ligger under den</translation>
    </message>
    <message>
        <source>delete unit</source>
        <translation>slett enhet</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>et scenario må ha et navn</translation>
    </message>
    <message>
        <source>a scenario called '{name}' exists already</source>
        <translation>det finnes allerede et scenario som heter «{name}»</translation>
    </message>
    <message>
        <source>the scenario to copy does not exist</source>
        <translation>scenarioet som skal kopieres, finnes ikke</translation>
    </message>
    <message>
        <source>copy scenario</source>
        <translation>kopier scenario</translation>
    </message>
    <message>
        <source>The field '{field}' contains what looks like a national identity number (fødselsnummer or D-nummer). FredApp does not store personal identity numbers: remove it and save again.</source>
        <translation>Feltet «{field}» inneholder noe som ser ut som et fødselsnummer eller D-nummer. FredApp lagrer ikke fødselsnumre eller D-numre: fjern nummeret og lagre på nytt.</translation>
    </message>
    <message>
        <source>{hub} was refused and nothing of it applied: {problem}</source>
        <translation>{hub} ble avvist, og ingenting fra den ble tatt inn: {problem}</translation>
    </message>
    <message>
        <source>sync stopped and changed nothing: {reason} ({hub})</source>
        <translation>synkroniseringen stoppet og endret ingenting: {reason} ({hub})</translation>
    </message>
    <message>
        <source>the shared file kept changing while syncing; try again later</source>
        <translation>den felles filen ble endret hele tiden under synkroniseringen; prøv igjen senere</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>et FIFO (navngitt rør)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>en tegnenhet</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>en blokkenhet</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>en socket</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>en mappe</translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation>en ukjent type fil</translation>
    </message>
    <message>
        <source>{name} is not a regular file ({kind}); it was left as it is</source>
        <translation>{name} er ikke en vanlig fil ({kind}); den ble latt være som den er</translation>
    </message>
    <message>
        <source>{name} is larger than FredApp accepts ({size} bytes; at most {limit}); it was left as it is</source>
        <translation>{name} er større enn FredApp godtar ({size} byte; høyst {limit}); den ble latt være som den er</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes); it was left as it is</source>
        <translation>{name} er tom (0 byte); filen ble ikke endret</translation>
    </message>
    <message>
        <source>{name} is not a FredApp database (not a SQLite file); left as it is</source>
        <translation>{name} er ikke en FredApp-database (ikke en SQLite-fil); filen ble ikke endret</translation>
    </message>
    <message>
        <source>{name} is truncated ({size} bytes); it was left as it is</source>
        <translation>{name} er avkortet ({size} byte); filen ble ikke endret</translation>
    </message>
    <message>
        <source>{name} is a SQLite database, but not FredApp's; left as it is</source>
        <translation>{name} er en SQLite-database, men ikke laget av FredApp; filen ble ikke endret</translation>
    </message>
    <message>
        <source>{name} has no schema version; it is damaged or not FredApp's</source>
        <translation>{name} har ingen skjemaversjon; den er skadet eller ikke laget av FredApp</translation>
    </message>
    <message>
        <source>{name} was written by a newer FredApp (schema {revision}; this FredApp knows up to {head}); update FredApp to sync with it</source>
        <translation>{name} ble skrevet av en nyere FredApp (skjema {revision}; denne FredApp kjenner skjema til og med {head}); oppdater FredApp for å synkronisere med den</translation>
    </message>
    <message>
        <source>{name} has the older schema {revision}</source>
        <translation>{name} har det eldre skjemaet {revision}</translation>
    </message>
    <message>
        <source>{name} holds triggers or views FredApp never writes ({what}); refused</source>
        <translation>{name} inneholder triggere eller visninger som FredApp aldri lager ({what}); avvist</translation>
    </message>
    <message>
        <source>{name} is damaged (SQLite: {problem}); it was left as it is</source>
        <translation>{name} er skadet (SQLite: {problem}); filen ble ikke endret</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({reason}); left as it is</source>
        <translation>{name} er skadet og kan ikke leses ({reason}); filen ble ikke endret</translation>
    </message>
    <message>
        <source>{name} does not have FredApp's table {table} as expected; refused</source>
        <translation>{name} har ikke FredApps tabell {table} slik den skal være; avvist</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; cannot lock the shared file</source>
        <translation>mappen {folder} er skrivebeskyttet; kan ikke låse den felles filen</translation>
    </message>
    <message>
        <source>the folder {folder} is not reachable</source>
        <translation>får ikke tak i mappen {folder}</translation>
    </message>
    <message>
        <source>the shared file is locked by {host} (process {pid}, since {time}); waited {seconds} s</source>
        <translation>den felles filen er låst av {host} (prosess {pid}, siden {time}); ventet i {seconds} s</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; cannot write the shared file</source>
        <translation>mappen {folder} er skrivebeskyttet; kan ikke skrive den felles filen</translation>
    </message>
    <message>
        <source>{folder} is not a folder; FredApp keeps the shared file's backups there</source>
        <translation>{folder} er ikke en mappe; der holder FredApp sikkerhetskopiene av fellesfilen</translation>
    </message>
    <message>
        <source>conflict copy {name} was not merged: {reason}</source>
        <translation>konfliktkopien {name} ble ikke slått sammen: {reason}</translation>
    </message>
    <message>
        <source>the checklist does not exist</source>
        <translation>sjekklisten finnes ikke</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>rad {row}, kolonne «{column}»: «{text}» er ikke en dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)</translation>
    </message>
    <message>
        <source>row {row}: the item '{item}' is in the file twice</source>
        <translation>rad {row}: punktet «{item}» står to ganger i filen</translation>
    </message>
    <message>
        <source>{file}: {problem}; nothing was imported</source>
        <translation>{file}: {problem}; ingenting ble importert</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': no unit '{name}' in the current organisation</source>
        <translation>rad {row}, kolonne «{column}»: ingen enhet «{name}» i gjeldende organisasjon</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': {problem}</source>
        <translation>rad {row}, kolonne «{column}»: {problem}</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a period (YYYY-MM, YYYY-Qn or YYYY)</source>
        <translation>rad {row}, kolonne «{column}»: «{text}» er ikke en periode (ÅÅÅÅ-MM, ÅÅÅÅ-Qn eller ÅÅÅÅ)</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': is empty</source>
        <translation>rad {row}, kolonne «{column}»: er tom</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not one of {choices}</source>
        <translation>rad {row}, kolonne «{column}»: «{text}» er ikke en av {choices}</translation>
    </message>
    <message>
        <source>row {row}: code '{code}' is also in row {first}</source>
        <translation>rad {row}: koden «{code}» står også i rad {first}</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>rad {row}: {problem}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… og {count} til</translation>
    </message>
    <message>
        <source>{file}: nothing was imported; rows refused: {count}
{rows}</source>
        <translation>{file}: ingenting ble importert; rader avvist: {count}
{rows}</translation>
    </message>
    <message>
        <source>{file}: unknown columns {unknown}; the columns are {columns}</source>
        <translation>{file}: ukjente kolonner {unknown}; kolonnene er {columns}</translation>
    </message>
    <message>
        <source>{file}: the column '{column}' is missing</source>
        <translation>{file}: kolonnen «{column}» mangler</translation>
    </message>
    <message>
        <source>{file}: the column '{column}' appears twice</source>
        <translation>{file}: kolonnen «{column}» står to ganger</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': a new measure needs a title</source>
        <translation>rad {row}, kolonne «{column}»: et nytt tiltak må ha en tittel</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': is empty and the code '{code}' names no dimension</source>
        <translation>rad {row}, kolonne «{column}»: er tom, og koden «{code}» angir ingen dimensjon</translation>
    </message>
    <message>
        <source>import measures</source>
        <translation>importer tiltak</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': no unit is named '{text}'</source>
        <translation>rad {row}, kolonne «{column}»: ingen enhet heter «{text}»</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a date (write 2024-06-30 or 30.06.2024)</source>
        <translation>rad {row}, kolonne «{column}»: «{text}» er ikke en dato (skriv 2024-06-30 eller 30.06.2024)</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a whole number from 1 to 5</source>
        <translation>rad {row}, kolonne «{column}»: «{text}» er ikke et helt tall fra 1 til 5</translation>
    </message>
    <message>
        <source>the database has no scenario</source>
        <translation>databasen har ikke noe scenario</translation>
    </message>
    <message>
        <source>name the scenario to import into (--scenario NAME)</source>
        <translation>oppgi scenarioet det skal importeres til (--scenario NAVN)</translation>
    </message>
    <message>
        <source>{file} has a header but no units</source>
        <translation>{file} har overskrifter, men ingen enheter</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing changed:
{rows}</source>
        <translation>{file} ble ikke importert; ingenting ble endret:
{rows}</translation>
    </message>
    <message>
        <source>{file}: missing columns: {missing}; expected columns: {columns}</source>
        <translation>{file}: kolonner som mangler: {missing}; forventede kolonner: {columns}</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': empty</source>
        <translation>rad {row}, kolonne «{column}»: tom</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': empty; a unit needs a name</source>
        <translation>rad {row}, kolonne «{column}»: tom; en enhet må ha et navn</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a level ({levels})</source>
        <translation>rad {row}, kolonne «{column}»: «{text}» er ikke et nivå ({levels})</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a whole number of 0 or more</source>
        <translation>rad {row}, kolonne «{column}»: «{text}» er ikke et helt tall på 0 eller mer</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': holds a national identity number; remove it before importing</source>
        <translation>rad {row}, kolonne «{column}»: inneholder et fødselsnummer; fjern det før du importerer</translation>
    </message>
    <message>
        <source>rows {first} and {row}: duplicate id '{id}'</source>
        <translation>radene {first} og {row}: samme id «{id}» to ganger</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': unknown parent '{parent}' (no row has that id)</source>
        <translation>rad {row}, kolonne «{column}»: ukjent overordnet enhet «{parent}» (ingen rad har den id-en)</translation>
    </message>
    <message>
        <source>row {row}: the unit '{id}' is its own parent</source>
        <translation>rad {row}: enheten «{id}» er sin egen overordnede</translation>
    </message>
    <message>
        <source>rows {rows}: the parents form a cycle ({chain})</source>
        <translation>radene {rows}: de overordnede enhetene danner en sirkel ({chain})</translation>
    </message>
    <message>
        <source>import organisation</source>
        <translation>importer organisasjon</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}'; use .xlsx</source>
        <translation>filtypen «{suffix}» støttes ikke; bruk .xlsx</translation>
    </message>
    <message>
        <source>row {row}: {unit} {month} is in the file twice</source>
        <translation>rad {row}: {unit} {month} står to ganger i filen</translation>
    </message>
    <message>
        <source>{file}: nothing was imported:
{rows}</source>
        <translation>{file}: ingenting ble importert:
{rows}</translation>
    </message>
    <message>
        <source>{file}: missing columns: {missing}; the columns are {columns}</source>
        <translation>{file}: kolonner som mangler: {missing}; kolonnene er {columns}</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': more than one unit is named '{name}' ({count})</source>
        <translation>rad {row}, kolonne «{column}»: mer enn én enhet heter «{name}» ({count})</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a whole number</source>
        <translation>rad {row}, kolonne «{column}»: «{text}» er ikke et helt tall</translation>
    </message>
    <message>
        <source>'{month}' is not a month YYYY-MM</source>
        <translation>«{month}» er ikke en måned ÅÅÅÅ-MM</translation>
    </message>
    <message>
        <source>{month} is in the future; enter months that are over</source>
        <translation>{month} er fram i tid; legg bare inn måneder som er over</translation>
    </message>
    <message>
        <source>the number of employees must be 1 or more, not {employees}</source>
        <translation>antall ansatte må være 1 eller mer, ikke {employees}</translation>
    </message>
    <message>
        <source>{value} is not a percentage between 0 and 100</source>
        <translation>{value} er ikke en prosent mellom 0 og 100</translation>
    </message>
    <message>
        <source>short-term {short} + long-term {long} = {sum}, not the total {total} (more than {tolerance} point apart)</source>
        <translation>korttid {short} + langtid {long} = {sum}, ikke totalen {total} (avviker med mer enn {tolerance} prosentpoeng)</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a month written YYYY-MM</source>
        <translation>rad {row}, kolonne «{column}»: «{text}» er ikke en måned skrevet ÅÅÅÅ-MM</translation>
    </message>
    <message>
        <source>Qt could not write {path}</source>
        <translation>Qt klarte ikke å skrive {path}</translation>
    </message>
    <message>
        <source>a graph file needs the ending .png or .svg</source>
        <translation>en graffil må slutte på .png eller .svg</translation>
    </message>
    <message>
        <source>unsupported graph file type '{suffix}'; use .png or .svg</source>
        <translation>filtypen «{suffix}» støttes ikke for grafer; bruk .png eller .svg</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}'; use .pdf or .odt</source>
        <translation>filtypen «{suffix}» støttes ikke; bruk .pdf eller .odt</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}'; use .pdf or .xlsx</source>
        <translation>filtypen «{suffix}» støttes ikke; bruk .pdf eller .xlsx</translation>
    </message>
    <message>
        <source>the disk is full; nothing was changed</source>
        <translation>disken er full; ingenting ble endret</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full; nothing was changed</source>
        <translation>disken med {folder} er full; ingenting ble endret</translation>
    </message>
    <message>
        <source>this computer's clock says {when}; set the date and time right, then try again (nothing was changed)</source>
        <translation>klokken på denne datamaskinen sier {when}; still inn riktig dato og klokkeslett og prøv igjen (ingenting ble endret)</translation>
    </message>
    <message>
        <source>the change stamp {stamp} lies more than {days} days ahead of this computer's clock; it is damaged or made by a computer whose clock is wrong</source>
        <translation>endringsstempelet {stamp} ligger mer enn {days} dager foran klokken på denne datamaskinen; det er skadet eller laget av en datamaskin med feil klokke</translation>
    </message>
    <message>
        <source>field '{field}' {problem}</source>
        <translation>feltet «{field}» {problem}</translation>
    </message>
    <message>
        <source>is empty, but must have a value</source>
        <translation>er tomt, men må ha en verdi</translation>
    </message>
    <message>
        <source>is not a UUID</source>
        <translation>er ikke en UUID</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>er ikke tekst</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>er {length} tegn langt; høyst {limit} er tillatt</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>inneholder kontrolltegn</translation>
    </message>
    <message>
        <source>is '{value}', not one of {choices}</source>
        <translation>er «{value}», ikke en av {choices}</translation>
    </message>
    <message>
        <source>is '{value}', not of the form {form}</source>
        <translation>er «{value}», ikke på formen {form}</translation>
    </message>
    <message>
        <source>contains what looks like a national identity number</source>
        <translation>inneholder noe som ligner et fødselsnummer</translation>
    </message>
    <message>
        <source>is {value}, not a whole number</source>
        <translation>er {value}, ikke et helt tall</translation>
    </message>
    <message>
        <source>is {value}, not a number</source>
        <translation>er {value}, ikke et tall</translation>
    </message>
    <message>
        <source>is {value}, outside {minimum} to {maximum}</source>
        <translation>er {value}, utenfor {minimum} til {maximum}</translation>
    </message>
    <message>
        <source>is not a yes/no value (0 or 1)</source>
        <translation>er ikke en ja/nei-verdi (0 eller 1)</translation>
    </message>
    <message>
        <source>is {value}, not a date (YYYY-MM-DD)</source>
        <translation>er {value}, ikke en dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>is {value}, not a date and time</source>
        <translation>er {value}, ikke en dato med klokkeslett</translation>
    </message>
    <message>
        <source>is not a change stamp</source>
        <translation>er ikke et endringsstempel</translation>
    </message>
    <message>
        <source>is '{value}', not a device id (letters, digits, _ and -)</source>
        <translation>er «{value}», ikke en enhets-ID (bokstaver, sifre, _ og -)</translation>
    </message>
    <message>
        <source>is a change stamp from {when}, beyond the clock bound ({days} days ahead of this computer)</source>
        <translation>er et endringsstempel fra {when}, utenfor klokkegrensen ({days} dager foran denne datamaskinen)</translation>
    </message>
    <message>
        <source>the start date {start} is after the due date {due}</source>
        <translation>startdatoen {start} er etter fristen {due}</translation>
    </message>
    <message>
        <source>short-term ({short}) and long-term ({long}) sick leave do not add up to the total ({total})</source>
        <translation>korttidsfravær ({short}) og langtidsfravær ({long}) blir ikke til sammen det totale fraværet ({total})</translation>
    </message>
    <message>
        <source>table {table}, record {record}, field {field}: {problem}</source>
        <translation>tabell {table}, post {record}, felt {field}: {problem}</translation>
    </message>
    <message>
        <source>records of {table} whose {field} points to a {target} that does not exist: {count} (for example record {record})</source>
        <translation>poster i {table} der {field} peker til en {target} som ikke finnes: {count} (for eksempel post {record})</translation>
    </message>
    <message>
        <source>{author} has changed '{field}' since, to '{value}'</source>
        <translation>{author} har endret «{field}» siden, til «{value}»</translation>
    </message>
    <message>
        <source>Staff leaders</source>
        <translation>Stabsledere</translation>
    </message>
    <message>
        <source>Business unit leaders</source>
        <translation>Virksomhetsledere</translation>
    </message>
    <message>
        <source>Department leaders</source>
        <translation>Avdelingsledere</translation>
    </message>
    <message>
        <source>Team leaders</source>
        <translation>Teamledere</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>stab</translation>
    </message>
    <message>
        <source>business unit</source>
        <translation>virksomhet</translation>
    </message>
    <message>
        <source>department</source>
        <translation>avdeling</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Nytt navn</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Delt</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Slått sammen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Changed level</source>
        <translation>Nytt nivå</translation>
    </message>
    <message>
        <source>the latest figures held</source>
        <translation>de siste tallene som finnes</translation>
    </message>
    <message>
        <source>The shared services and central cross-cutting processes</source>
        <translation>Om fellestjenestene og sentrale overgripende prosesser</translation>
    </message>
    <message>
        <source>the period '{period}' is not a year (2023) or a month (2023-04)</source>
        <translation>perioden '{period}' er ikke et år (2023) eller en måned (2023-04)</translation>
    </message>
    <message>
        <source>the database holds no organisation scenario</source>
        <translation>databasen har ingen organisasjonsscenarier</translation>
    </message>
    <message>
        <source>Briefing for the city council</source>
        <translation>Orientering for Bystyret</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Dato: {date}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Periode: {period}</translation>
    </message>
    <message>
        <source>Organisation: {first} → {second}</source>
        <translation>Organisering: {first} → {second}</translation>
    </message>
    <message>
        <source>Leaders in total</source>
        <translation>Ledere i alt</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Employees per leader</source>
        <translation>Ansatte per leder</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Change in per cent</source>
        <translation>Endring i prosent</translation>
    </message>
    <message>
        <source>Leaders per level</source>
        <translation>Ledere per nivå</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Ledere</translation>
    </message>
    <message>
        <source>Leaders: {before} → {after} ({percent})</source>
        <translation>Ledere: {before} → {after} ({percent})</translation>
    </message>
    <message>
        <source>Employees per leader: {before} → {after} ({percent})</source>
        <translation>Ledertetthet (ansatte per leder): {before} → {after} ({percent})</translation>
    </message>
    <message>
        <source>The organisation before and after: {first} → {second}</source>
        <translation>Organisasjonen før og etter: {first} → {second}</translation>
    </message>
    <message>
        <source>units created or removed: {count} (counted, not listed: the comparison in FredApp shows them)</source>
        <translation>enheter opprettet eller fjernet: {count} (telt, ikke listet: sammenligningen i FredApp viser dem)</translation>
    </message>
    <message>
        <source>changes in all: {count}</source>
        <translation>endringer i alt: {count}</translation>
    </message>
    <message>
        <source>Units moved, split and merged</source>
        <translation>Enheter flyttet, delt og slått sammen</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>What changed ({page} of {pages})</source>
        <translation>Hva som er endret ({page} av {pages})</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>(top)</source>
        <translation>(øverst)</translation>
    </message>
    <message>
        <source>{unit} moved from {from_parent} to {to_parent}</source>
        <translation>{unit} flyttet fra {from_parent} til {to_parent}</translation>
    </message>
    <message>
        <source>{before} renamed {after}</source>
        <translation>{before} fikk nytt navn: {after}</translation>
    </message>
    <message>
        <source>{before} split into {after}</source>
        <translation>{before} delt i {after}</translation>
    </message>
    <message>
        <source>{before} merged into {after}</source>
        <translation>{before} slått sammen til {after}</translation>
    </message>
    <message>
        <source>{unit} created under {parent}</source>
        <translation>{unit} opprettet under {parent}</translation>
    </message>
    <message>
        <source>{unit} removed from {parent}</source>
        <translation>{unit} fjernet fra {parent}</translation>
    </message>
    <message>
        <source>{unit} changed level from {from_level} to {to_level}</source>
        <translation>{unit} endret nivå fra {from_level} til {to_level}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} og {last}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} av {pages}</translation>
    </message>
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
        <source>Done</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
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
    <message>
        <source>Organisation (units and scenarios)</source>
        <translation>Organisasjon (enheter og scenarier)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Call-centre figures</source>
        <translation>Tall fra kundesenteret</translation>
    </message>
    <message>
        <source>Goals and outcomes</source>
        <translation>Mål og utfall</translation>
    </message>
    <message>
        <source>Staffing benchmarks</source>
        <translation>Bemanningssammenligning</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sykefravær</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensjon</translation>
    </message>
    <message>
        <source>Measures per dimension and status</source>
        <translation>Tiltak per dimensjon og status</translation>
    </message>
    <message>
        <source>The measures: {done} of {total} done, {late} late</source>
        <translation>Tiltakene: {done} av {total} fullført, {late} forsinket</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
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
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Measures: {dimension} ({page} of {pages})</source>
        <translation>Tiltak: {dimension} ({page} av {pages})</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>Kundesenteret</translation>
    </message>
    <message>
        <source>No call-centre figures for {period}</source>
        <translation>Ingen tall fra kundesenteret for {period}</translation>
    </message>
    <message>
        <source>Calls per queue ({period})</source>
        <translation>Samtaler per kø ({period})</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Calls per hour ({period})</source>
        <translation>Samtaler per time ({period})</translation>
    </message>
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
    <message>
        <source>Answered and unanswered calls</source>
        <translation>Besvarte og ubesvarte samtaler</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Fra periode</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Verdi før</translation>
    </message>
    <message>
        <source>Outcome period</source>
        <translation>Til periode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Verdi etter</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Goals against outcomes: {reached} of {count} reached</source>
        <translation>Mål mot utfall: {reached} av {count} nådd</translation>
    </message>
    <message>
        <source>No goals for this period</source>
        <translation>Ingen mål for denne perioden</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Value ({unit})</source>
        <translation>Verdi ({unit})</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>{home} first, then lowest to highest</source>
        <translation>{home} først, deretter fra lavest til høyest</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Staffing benchmark: {measure} ({period})</source>
        <translation>Bemanning mot sammenligningskommuner: {measure} ({period})</translation>
    </message>
    <message>
        <source>Sick leave in the organisation ({scenario})</source>
        <translation>Sykefravær i organisasjonen ({scenario})</translation>
    </message>
    <message>
        <source>No sick-leave figures for this period</source>
        <translation>Ingen sykefraværstall for denne perioden</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Employees covered</source>
        <translation>Ansatte i tallene</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Korttid</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Langtid</translation>
    </message>
    <message>
        <source>Groups under 5 left out</source>
        <translation>Grupper under 5 utelatt</translation>
    </message>
    <message>
        <source>Sick leave per month</source>
        <translation>Sykefravær per måned</translation>
    </message>
    <message>
        <source>Sick leave (%)</source>
        <translation>Sykefravær (%)</translation>
    </message>
    <message>
        <source>Weighted by employees; groups of fewer than 5 employees are never shown</source>
        <translation>Vektet etter antall ansatte; grupper med færre enn 5 ansatte vises aldri</translation>
    </message>
    <message>
        <source>as installed</source>
        <translation>som installert</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Sist oppdatert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datakilder</translation>
    </message>
    <message>
        <source>Every figure in this briefing comes from FredApp's database</source>
        <translation>Alle tall i denne orienteringen kommer fra FredApps database</translation>
    </message>
    <message>
        <source>unknown graph '{name}'; the graphs are: {names}</source>
        <extracomment>the size of a written graph in pixels: a slide's or a page's width at a readable scale</extracomment>
        <translation>ukjent graf «{name}»; grafene er: {names}</translation>
    </message>
    <message>
        <source>unexpected argument '{text}'</source>
        <translation>uventet argument «{text}»</translation>
    </message>
    <message>
        <source>export graph needs a NAME and a FILE</source>
        <translation>export graph trenger et NAVN og en FIL</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}' for {kind}; use {endings}</source>
        <translation>filtypen «{suffix}» støttes ikke for {kind}; bruk {endings}</translation>
    </message>
    <message>
        <source>no {what} is called '{value}'; {what}s: {names}</source>
        <translation>ingen {what} heter «{value}»; mulige verdier: {names}</translation>
    </message>
    <message>
        <source>export checklist FILE.pdf needs --unit and --period</source>
        <translation>export checklist FIL.pdf trenger --unit og --period</translation>
    </message>
    <message>
        <source>{unit} has no checklist for {period}</source>
        <translation>{unit} har ingen sjekkliste for {period}</translation>
    </message>
    <message>
        <source>no unit is called '{name}'</source>
        <translation>ingen enhet heter «{name}»</translation>
    </message>
    <message>
        <source>export comparison FILE needs --from A --to B</source>
        <translation>export comparison FIL trenger --from A --to B</translation>
    </message>
    <message>
        <source>no graph is called '{name}'; graphs: {names}</source>
        <translation>ingen graf heter «{name}»; grafer: {names}</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}' for the briefing; use {endings}</source>
        <translation>filtypen '{suffix}' kan ikke brukes for orienteringen; bruk {endings}</translation>
    </message>
    <message>
        <source>{path} could not be written</source>
        <translation>{path} kunne ikke skrives</translation>
    </message>
    <message>
        <source>the hub {hub} is not reachable: {reason}</source>
        <translation>knutepunktet {hub} kan ikke nås: {reason}</translation>
    </message>
    <message>
        <source>the hub {hub} refused the sign-in: {reason}</source>
        <translation>knutepunktet {hub} avviste påloggingen: {reason}</translation>
    </message>
    <message>
        <source>the hub {hub} refused the sync and nothing was applied: {reason}</source>
        <translation>knutepunktet {hub} avviste synkroniseringen, og ingenting ble tatt inn: {reason}</translation>
    </message>
    <message>
        <source>the hub refused {count} changes, undone on this computer; the first: {table} {record}: {reason}</source>
        <translation>knutepunktet avviste {count} endringer, og de er angret på denne datamaskinen; den første: {table} {record}: {reason}</translation>
    </message>
    <message>
        <source>Write the hub's address, e.g. https://hub.example.no</source>
        <translation>Skriv adressen til knutepunktet for synkronisering, f.eks. https://hub.example.no</translation>
    </message>
    <message>
        <source>{address} is not a web address; it starts with https://</source>
        <translation>{address} er ikke en nettadresse; den begynner med https://</translation>
    </message>
    <message>
        <source>Use https:// for {host}: over plain http anyone on the way could read your sign-in (http is allowed only to this computer, localhost)</source>
        <translation>Bruk https:// for {host}: over vanlig http kan hvem som helst underveis lese innloggingen din (http er bare tillatt til denne maskinen, localhost)</translation>
    </message>
    <message>
        <source>Paste your personal key (it begins with fh1.)</source>
        <translation>Lim inn den personlige nøkkelen din (den begynner med fh1.)</translation>
    </message>
    <message>
        <source>This is not a FredApp personal key: it begins with fh1. and has no spaces; copy it again from what fredapp hub user add printed</source>
        <translation>Dette er ikke en personlig FredApp-nøkkel: den begynner med fh1. og har ingen mellomrom; kopier den på nytt fra det fredapp hub user add skrev ut</translation>
    </message>
    <message>
        <source>This computer's clock is {minutes} minutes off the hub's; set the date and time right, or changes may be refused</source>
        <translation>Klokken på denne maskinen går {minutes} minutter feil i forhold til knutepunktets; rett dato og klokkeslett, ellers kan endringer bli avvist</translation>
    </message>
    <message>
        <source>The hub refused the sign-in: {reason}</source>
        <translation>Knutepunktet avviste innloggingen: {reason}</translation>
    </message>
    <message>
        <source>the key is unknown, was revoked, or its user was removed; ask the hub's administrator</source>
        <translation>nøkkelen er ukjent eller trukket tilbake, eller brukeren er fjernet; spør administratoren for knutepunktet</translation>
    </message>
    <message>
        <source>this is not a FredApp hub key</source>
        <translation>dette er ikke en nøkkel til et FredApp-knutepunkt</translation>
    </message>
    <message>
        <source>the key was made for another hub</source>
        <translation>nøkkelen ble laget for et annet knutepunkt</translation>
    </message>
    <message>
        <source>the key has expired; ask for a new one</source>
        <translation>nøkkelen er utløpt; be om en ny</translation>
    </message>
    <message>
        <source>you signed in, but are not a user of this hub; ask its administrator</source>
        <translation>du logget inn, men er ikke bruker av dette knutepunktet; spør administratoren</translation>
    </message>
    <message>
        <source>the sign-in has expired; sign in again</source>
        <translation>innloggingen er utløpt; logg inn igjen</translation>
    </message>
    <message>
        <source>the hub does not trust this sign-in service</source>
        <translation>knutepunktet stoler ikke på denne innloggingstjenesten</translation>
    </message>
    <message>
        <source>the sign-in was made for another service</source>
        <translation>innloggingen ble laget for en annen tjeneste</translation>
    </message>
    <message>
        <source>{hub} answers, but is not a FredApp hub (or an older one)</source>
        <translation>{hub} svarer, men er ikke et FredApp-knutepunkt (eller et eldre et)</translation>
    </message>
    <message>
        <source>The hub {hub} answered with an error ({status}): {reason}</source>
        <translation>Knutepunktet {hub} svarte med en feil ({status}): {reason}</translation>
    </message>
    <message>
        <source>The hub {hub} has no sign-in with a municipal account set up; use a personal key, or ask its administrator (fredapp hub oidc add)</source>
        <translation>Knutepunktet {hub} har ikke satt opp innlogging med kommunens konto; bruk en personlig nøkkel, eller spør administratoren (fredapp hub oidc add)</translation>
    </message>
    <message>
        <source>The sign-in service {issuer} does not describe itself as OpenID Connect</source>
        <translation>Innloggingstjenesten {issuer} beskriver seg ikke som OpenID Connect</translation>
    </message>
    <message>
        <source>The sign-in service sent no readable ID token</source>
        <translation>Innloggingstjenesten sendte ingen lesbar ID-token</translation>
    </message>
    <message>
        <source>The sign-in service refused: {reason}</source>
        <translation>Innloggingstjenesten avviste: {reason}</translation>
    </message>
    <message>
        <source>the sign-in service {hub} is not reachable: {reason}</source>
        <translation>får ikke tak i innloggingstjenesten {hub}: {reason}</translation>
    </message>
    <message>
        <source>The sign-in answer was not for this sign-in; try again</source>
        <translation>Svaret fra innloggingen hørte ikke til denne innloggingen; prøv igjen</translation>
    </message>
    <message>
        <source>The sign-in has expired; sign in again</source>
        <translation>Innloggingen er utløpt; logg inn igjen</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or took too long; try again</source>
        <translation>Innloggingen ble avbrutt eller tok for lang tid; prøv igjen</translation>
    </message>
    <message>
        <source>Not signed in to the hub; open the sync settings</source>
        <translation>Ikke logget inn på knutepunktet; åpne innstillingene for synkronisering</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}' for timeline; use .pdf or .png</source>
        <translation>filtypen «{suffix}» kan ikke brukes for tidslinjen; bruk .pdf eller .png</translation>
    </message>
    <message>
        <source>Not signed in to the hub; open the sync settings and sign in</source>
        <translation>Ikke logget inn på knutepunktet; åpne innstillingene for synkronisering og logg inn</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}' for the chart; use {endings}</source>
        <translation>filtypen '{suffix}' kan ikke brukes for kartet; bruk {endings}</translation>
    </message>
    <message>
        <source>unknown page size '{page}'; use A4 or A3</source>
        <translation>ukjent sidestørrelse '{page}'; bruk A4 eller A3</translation>
    </message>
    <message>
        <source>Organisation chart: {first} → {second}</source>
        <translation>Organisasjonskart: {first} → {second}</translation>
    </message>
    <message>
        <source>the span bands '{text}' are not whole numbers (write for example 2, 9, 15)</source>
        <translation>intervallene for kontrollspenn «{text}» er ikke hele tall (skriv for eksempel 2, 9, 15)</translation>
    </message>
    <message>
        <source>the span bands need 1 to {most} bounds, not {count}</source>
        <translation>intervallene for kontrollspenn trenger 1 til {most} grenser, ikke {count}</translation>
    </message>
    <message>
        <source>the span bands '{text}' must rise from 1 or more (for example 2, 9, 15)</source>
        <translation>intervallene for kontrollspenn «{text}» må stige og begynne på 1 eller mer (for eksempel 2, 9, 15)</translation>
    </message>
    <message>
        <source>Timeline from {first} to {last}: {dated} measures with dates as bars ({late} late), {milestones} milestones; {undated} measures without dates are not shown</source>
        <translation>Tidslinje fra {first} til {last}: {dated} tiltak med datoer som stolper ({late} forsinket), {milestones} milepæler; {undated} tiltak uten datoer er ikke vist</translation>
    </message>
    <message>
        <source>Timeline of the change</source>
        <translation>Tidslinje for endringen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>FredApp is already open with this database (%1). Use that window.</source>
        <translation>FredApp er allerede åpen med denne databasen (%1). Bruk det vinduet.</translation>
    </message>
    <message>
        <source>FredApp cannot open the database</source>
        <translation>FredApp kan ikke åpne databasen</translation>
    </message>
</context>
<context>
    <name>BenchmarksView</name>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Nøkkeltall:</translation>
    </message>
    <message>
        <source>Benchmarks, table</source>
        <translation>Sammenligning, tabell</translation>
    </message>
    <message>
        <source>Benchmarks, graph</source>
        <translation>Sammenligning, graf</translation>
    </message>
    <message>
        <source>%1 — period %2</source>
        <translation>%1 — periode %2</translation>
    </message>
    <message>
        <source>unit not given by the source</source>
        <translation>enhet ikke oppgitt i kilden</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>(home)</source>
        <translation>(egen kommune)</translation>
    </message>
    <message>
        <source>Comparison municipalities</source>
        <translation>Sammenligningskommuner</translation>
    </message>
    <message>
        <source>Fredrikstad (hatched, marked ★)</source>
        <translation>Fredrikstad (skravert, merket ★)</translation>
    </message>
    <message>
        <source>Average of comparison municipalities: %1</source>
        <translation>Gjennomsnitt for sammenligningskommunene: %1</translation>
    </message>
    <message>
        <source>Municipality, lowest to highest</source>
        <translation>Kommune, fra lavest til høyest</translation>
    </message>
    <message>
        <source>No benchmarks in the database.</source>
        <translation>Ingen sammenligningstall i databasen.</translation>
    </message>
    <message>
        <source>Point at a bar to see its figure.</source>
        <translation>Pek på en søyle for å se tallet.</translation>
    </message>
    <message>
        <source>%1, %2: %3 (rank %4 of %5, lowest first)</source>
        <translation>%1, %2: %3 (nr. %4 av %5, lavest først)</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>Flytt %1 til %2</translation>
    </message>
    <message>
        <source>Rate %1: effect %2, effort %3</source>
        <translation>Vurder %1: effekt %2, innsats %3</translation>
    </message>
    <message>
        <source>New measure %1</source>
        <translation>Nytt tiltak %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Slett %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
</context>
<context>
    <name>BoardExport</name>
    <message>
        <source>Measures %1 – %2 of %3 shown</source>
        <translation>Tiltak %1 – %2 av %3 vist</translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation>filter: %1</translation>
    </message>
</context>
<context>
    <name>BoardScroll</name>
    <message>
        <source>Measure board</source>
        <translation>Tiltakstavle</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Make council briefing</source>
        <translation>Lag orientering</translation>
    </message>
    <message>
        <source>the latest figures held</source>
        <translation>de siste tallene som finnes</translation>
    </message>
    <message>
        <source>Period: a year (2023) or a month (2023-04)</source>
        <translation>Periode: et år (2023) eller en måned (2023-04)</translation>
    </message>
    <message>
        <source>Organisation before</source>
        <translation>Organisering før</translation>
    </message>
    <message>
        <source>Organisation after</source>
        <translation>Organisering etter</translation>
    </message>
    <message>
        <source>Language of the briefing</source>
        <translation>Språk i orienteringen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>Also write a &amp;PDF beside it</source>
        <translation>Skriv også en &amp;PDF ved siden av</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Før:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Etter:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Skriv</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>Lagre orienteringen</translation>
    </message>
    <message>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists: %1</source>
        <translation>Velg en fil i en mappe som finnes: %1</translation>
    </message>
    <message>
        <source>Writing the briefing …</source>
        <translation>Skriver orienteringen …</translation>
    </message>
    <message>
        <source>Briefing written to %1</source>
        <translation>Orienteringen er skrevet til %1</translation>
    </message>
</context>
<context>
    <name>CallCentreView</name>
    <message>
        <source>Per hour of the day</source>
        <translation>Per time på dagen</translation>
    </message>
    <message>
        <source>Per queue</source>
        <translation>Per kø</translation>
    </message>
    <message>
        <source>Answered and unanswered calls</source>
        <translation>Besvarte og ubesvarte samtaler</translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation>Lengste samtale</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabell:</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Figur:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Call-centre figures, table</source>
        <translation>Kundesenterets tall, tabell</translation>
    </message>
    <message>
        <source>Call-centre figures, graph</source>
        <translation>Kundesenterets tall, graf</translation>
    </message>
    <message>
        <source>%1 — period %2</source>
        <translation>%1 — periode %2</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
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
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Calls (number)</source>
        <translation>Samtaler (antall)</translation>
    </message>
    <message>
        <source>Longest call (minutes)</source>
        <translation>Lengste samtale (minutter)</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Time på dagen</translation>
    </message>
    <message>
        <source>Point at a bar to see its figures.</source>
        <translation>Pek på en søyle for å se tallene.</translation>
    </message>
    <message>
        <source>No call-centre figures in the database.</source>
        <translation>Ingen tall fra kundesenteret i databasen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln call(s), %3 answered, %4 unanswered, longest call %5</source>
        <translation>
            <numerusform>%1: %Ln samtale, %3 besvarte, %4 ubesvarte, lengste samtale %5</numerusform>
            <numerusform>%1: %Ln samtaler, %3 besvarte, %4 ubesvarte, lengste samtale %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Sick-leave toolkit</source>
        <translation>Verktøykasse for sykefravær</translation>
    </message>
    <message>
        <source>&amp;Add tool</source>
        <translation>&amp;Legg til verktøy</translation>
    </message>
    <message>
        <source>Add a tool to the toolkit</source>
        <translation>Legg til et verktøy i verktøykassen</translation>
    </message>
    <message>
        <source>&amp;Retire / reinstate</source>
        <translation>&amp;Fas ut / ta i bruk igjen</translation>
    </message>
    <message>
        <source>Retire or reinstate the selected tool</source>
        <translation>Fas ut eller ta i bruk igjen det valgte verktøyet</translation>
    </message>
    <message>
        <source>Show re&amp;tired tools</source>
        <translation>Vis ut&amp;fasede verktøy</translation>
    </message>
    <message>
        <source>Show retired tools</source>
        <translation>Vis utfasede verktøy</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sick-leave toolkit&lt;/b&gt; – tools and resources for leaders. Retired tools stay in the checklists that have them, but new checklists leave them out.</source>
        <translation>&lt;b&gt;Verktøykasse for sykefravær&lt;/b&gt; – verktøy og ressurser for ledere. Utfasede verktøy blir stående i sjekklistene som har dem, men nye sjekklister tar dem ikke med.</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>Nytt verktøy</translation>
    </message>
    <message>
        <source>Add tool</source>
        <translation>Legg til verktøy</translation>
    </message>
    <message>
        <source>Choose a tool first.</source>
        <translation>Velg et verktøy først.</translation>
    </message>
    <message>
        <source>Reinstate %1</source>
        <translation>Ta i bruk igjen %1</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Fas ut %1</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Re&amp;name unit</source>
        <translation>Gi enheten nytt &amp;navn</translation>
    </message>
    <message>
        <source>&amp;Add unit below</source>
        <translation>&amp;Legg til enhet under</translation>
    </message>
    <message>
        <source>&amp;Delete unit</source>
        <translation>&amp;Slett enhet</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Enhetens navn</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Ny enhet</translation>
    </message>
</context>
<context>
    <name>ChecklistExport</name>
    <message>
        <source>Sick-leave checklist</source>
        <translation>Sjekkliste for sykefravær</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n relevant item(s) done; %3 overdue.</source>
        <translation>
            <numerusform>%1 av %n relevant punkt ferdig; %3 forfalt.</numerusform>
            <numerusform>%1 av %n relevante punkter ferdig; %3 forfalt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Skrevet ut</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forfalt</translation>
    </message>
    <message>
        <source>Reviewed and signed</source>
        <translation>Gjennomgått og signert</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Sted og dato</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Safety representative</source>
        <translation>Verneombud</translation>
    </message>
</context>
<context>
    <name>ChecklistItemModel</name>
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
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ferdigdato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke ferdig</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (forfalt)</translation>
    </message>
    <message>
        <source>A task needs a text.</source>
        <translation>En oppgave må ha en tekst.</translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <translation>Endre %1: %2</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Merk ferdig: %1</translation>
    </message>
    <message>
        <source>Mark not done: %1</source>
        <translation>Merk ikke ferdig: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Kind of period</source>
        <translation>Type periode</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;New from the toolkit</source>
        <translation>&amp;Ny fra verktøykassen</translation>
    </message>
    <message>
        <source>New checklist from the toolkit</source>
        <translation>Ny sjekkliste fra verktøykassen</translation>
    </message>
    <message>
        <source>&amp;Copy open items from the previous period</source>
        <translation>&amp;Kopier åpne punkter fra forrige periode</translation>
    </message>
    <message>
        <source>Copy open items from the previous period</source>
        <translation>Kopier åpne punkter fra forrige periode</translation>
    </message>
    <message>
        <source>&amp;Add a task…</source>
        <translation>&amp;Legg til en oppgave …</translation>
    </message>
    <message>
        <source>Add a task of your own to the checklist</source>
        <translation>Legg til en egen oppgave i sjekklisten</translation>
    </message>
    <message>
        <source>Delete chec&amp;klist…</source>
        <translation>Slett s&amp;jekklisten …</translation>
    </message>
    <message>
        <source>Delete the checklist made by mistake</source>
        <translation>Slett sjekklisten som ble laget ved en feil</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksporter &amp;PDF …</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>Eksporter sjekklisten som PDF</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Eksporter E&amp;xcel …</translation>
    </message>
    <message>
        <source>Export the checklist as an Excel workbook</source>
        <translation>Eksporter sjekklisten som Excel-arbeidsbok</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>Skriv ut sjekklisten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Punkter i sjekklisten</translation>
    </message>
    <message>
        <source>Space marks the item done or not done; Enter edits the note.</source>
        <translation>Mellomrom merker punktet ferdig eller ikke ferdig; Enter redigerer notatet.</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1. kvartal %2</translation>
    </message>
    <message>
        <source>Choose a unit to see its checklists.</source>
        <translation>Velg en enhet for å se sjekklistene.</translation>
    </message>
    <message>
        <source>%1 has no checklist for %2 yet. Make one from the toolkit, or copy the items still open from the previous period.</source>
        <translation>%1 har ingen sjekkliste for %2 ennå. Lag en fra verktøykassen, eller kopier punktene som fortsatt er åpne fra forrige periode.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 av %2 ferdig</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n relevant item(s) done</source>
        <translation>
            <numerusform>%1 av %n relevant punkt ferdig</numerusform>
            <numerusform>%1 av %n relevante punkter ferdig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 forfalt</translation>
    </message>
    <message>
        <source>New checklist %1</source>
        <translation>Ny sjekkliste %1</translation>
    </message>
    <message>
        <source>Copy open items into %1</source>
        <translation>Kopier åpne punkter til %1</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Legg til en oppgave</translation>
    </message>
    <message>
        <source>What is to be done:</source>
        <translation>Hva skal gjøres:</translation>
    </message>
    <message>
        <source>Add task: %1</source>
        <translation>Legg til oppgave: %1</translation>
    </message>
    <message>
        <source>Delete checklist %1</source>
        <translation>Slett sjekklisten %1</translation>
    </message>
    <message>
        <source>Deleted the checklist %1. Undo (Ctrl+Z) brings it back.</source>
        <translation>Slettet sjekklisten %1. Angre (Ctrl+Z) henter den tilbake.</translation>
    </message>
    <message>
        <source>Delete checklist</source>
        <translation>Slett sjekkliste</translation>
    </message>
    <message>
        <source>Delete the checklist %1 with all its items? Undo (Ctrl+Z) brings it back.</source>
        <translation>Slette sjekklisten %1 med alle punktene? Angre (Ctrl+Z) henter den tilbake.</translation>
    </message>
    <message>
        <source>Export checklist as PDF</source>
        <translation>Eksporter sjekkliste som PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export checklist as Excel</source>
        <translation>Eksporter sjekkliste som Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV, semikolonseparert (*.csv)</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>Skriv ut sjekkliste</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>Exported the checklist to %1</source>
        <translation>Eksporterte sjekklisten til %1</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Sick leave (%)</source>
        <translation>Sykefravær (%)</translation>
    </message>
    <message>
        <source>Short-term (%)</source>
        <translation>Korttid (%)</translation>
    </message>
    <message>
        <source>Long-term (%)</source>
        <translation>Langtid (%)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
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
        <translation>Lengste samtale</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Måleenhet</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Utgangsperiode</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangsverdi</translation>
    </message>
    <message>
        <source>Outcome period</source>
        <translation>Resultatperiode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Endring (%)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Egen kommune</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>Mål (%)</translation>
    </message>
    <message>
        <source>Hidden (under 5)</source>
        <translation>Skjult (under 5)</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Omdøpt</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Delt</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Slått sammen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Level changed</source>
        <translation>Endret nivå</translation>
    </message>
    <message>
        <source>Leaders in total</source>
        <translation>Ledere i alt</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Employees per leader</source>
        <translation>Ansatte per leder</translation>
    </message>
    <message>
        <source>Span of control, mean</source>
        <translation>Kontrollspenn, gjennomsnitt</translation>
    </message>
    <message>
        <source>Span of control, largest</source>
        <translation>Kontrollspenn, størst</translation>
    </message>
    <message>
        <source>Span of control, smallest</source>
        <translation>Kontrollspenn, minst</translation>
    </message>
    <message>
        <source>Leader levels (longest line)</source>
        <translation>Ledernivåer (lengste lederlinje)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Change in per cent</source>
        <translation>Endring i prosent</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Hva som endret seg</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>øverste nivå</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>Leaders with a span of control of %1</source>
        <translation>Ledere med kontrollspenn %1</translation>
    </message>
    <message>
        <source>Leaders: %1</source>
        <translation>Ledere: %1</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 flyttet fra %2 til %3</translation>
    </message>
    <message>
        <source>%1 renamed %2</source>
        <translation>%1 omdøpt til %2</translation>
    </message>
    <message>
        <source>%1 split into %2</source>
        <translation>%1 delt i %2</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 slått sammen til %2</translation>
    </message>
    <message>
        <source>%1 created under %2</source>
        <translation>%1 opprettet under %2</translation>
    </message>
    <message>
        <source>%1 removed from %2</source>
        <translation>%1 fjernet fra %2</translation>
    </message>
    <message>
        <source>%1 changed level from %2 to %3</source>
        <translation>%1 endret nivå fra %2 til %3</translation>
    </message>
    <message>
        <source>%1: largest %2 (%3), smallest %4 (%5)</source>
        <translation>%1: størst %2 (%3), minst %4 (%5)</translation>
    </message>
    <message>
        <source>First scenario</source>
        <translation>Første scenario</translation>
    </message>
    <message>
        <source>Second scenario</source>
        <translation>Andre scenario</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Bytt om</translation>
    </message>
    <message>
        <source>Swap the scenarios</source>
        <translation>Bytt om scenarioene</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksporter &amp;PDF …</translation>
    </message>
    <message>
        <source>Export the comparison to PDF</source>
        <translation>Eksporter sammenligningen til PDF</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Eksporter E&amp;xcel …</translation>
    </message>
    <message>
        <source>Export the comparison to Excel</source>
        <translation>Eksporter sammenligningen til Excel</translation>
    </message>
    <message>
        <source>Span of control bands</source>
        <translation>Intervaller for kontrollspenn</translation>
    </message>
    <message>
        <source>The last span of each band but the open last one, for example 2, 9, 15</source>
        <translation>Øvre grense for hvert intervall unntatt det siste, åpne, for eksempel 2, 9, 15</translation>
    </message>
    <message>
        <source>Leader figures of both scenarios</source>
        <translation>Ledertall for begge scenarioene</translation>
    </message>
    <message>
        <source>Changes between the scenarios</source>
        <translation>Endringer mellom scenarioene</translation>
    </message>
    <message>
        <source>Summary of the comparison</source>
        <translation>Sammendrag av sammenligningen</translation>
    </message>
    <message>
        <source>What is wrong with the bands</source>
        <translation>Hva som er galt med intervallene</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;ra:</translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation>&amp;Mot:</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Eksporter sammenligningen</translation>
    </message>
    <message>
        <source>Span &amp;bands:</source>
        <translation>&amp;Intervaller for spenn:</translation>
    </message>
    <message numerus="yes">
        <source>Leaders %1 → %2 (%3) · employees per leader %4 → %5 · %Ln change(s)</source>
        <translation>
            <numerusform>Ledere %1 → %2 (%3) · ledertetthet %4 → %5 · %Ln endring</numerusform>
            <numerusform>Ledere %1 → %2 (%3) · ledertetthet %4 → %5 · %Ln endringer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synkroniseringskonflikter</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Åpne konflikter</translation>
    </message>
    <message>
        <source>No conflicts to look at.</source>
        <translation>Ingen konflikter å se på.</translation>
    </message>
    <message>
        <source>Version kept by sync</source>
        <translation>Versjonen synkroniseringen beholdt</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>Den andre versjonen</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Sammenslått tekst</translation>
    </message>
    <message>
        <source>Keep &amp;left</source>
        <translation>Behold &amp;venstre</translation>
    </message>
    <message>
        <source>Keep the version on the left</source>
        <translation>Behold versjonen til venstre</translation>
    </message>
    <message>
        <source>Keep &amp;right</source>
        <translation>Behold &amp;høyre</translation>
    </message>
    <message>
        <source>Keep the version on the right</source>
        <translation>Behold versjonen til høyre</translation>
    </message>
    <message>
        <source>&amp;Save merged text</source>
        <translation>&amp;Lagre sammenslått tekst</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Lagre den sammenslåtte teksten</translation>
    </message>
    <message>
        <source>Kept by sync (later)</source>
        <translation>Beholdt av synkroniseringen (senest)</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Den andre versjonen</translation>
    </message>
    <message>
        <source>&amp;Merge by hand:</source>
        <translation>&amp;Slå sammen for hånd:</translation>
    </message>
    <message>
        <source>&amp;Keep the record</source>
        <translation>&amp;Behold posten</translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation>Behold posten</translation>
    </message>
    <message>
        <source>&amp;Delete it after all</source>
        <translation>&amp;Slett den likevel</translation>
    </message>
    <message>
        <source>Delete the record after all</source>
        <translation>Slett posten likevel</translation>
    </message>
    <message>
        <source>Record &amp;history…</source>
        <translation>Post&amp;historikk …</translation>
    </message>
    <message>
        <source>Show the record's history</source>
        <translation>Vis postens historikk</translation>
    </message>
    <message>
        <source>This record was deleted on device %1 while it was edited on device %2. Sync kept it, with the edit. Keep it, or delete it after all?</source>
        <translation>Denne posten ble slettet på enhet %1 mens den ble endret på enhet %2. Synkroniseringen beholdt den, med endringen. Vil du beholde den, eller slette den likevel?</translation>
    </message>
    <message>
        <source>Conflict not resolved</source>
        <translation>Konflikten ble ikke løst</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Løs konflikt</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hva skjedde</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Maskiner</translation>
    </message>
    <message>
        <source>Deleted on one device, edited on another: kept</source>
        <translation>Slettet på én enhet, endret på en annen: beholdt</translation>
    </message>
    <message>
        <source>Edited on two devices at once: both kept</source>
        <translation>Endret på to enheter samtidig: begge beholdt</translation>
    </message>
</context>
<context>
    <name>DescriptionEditor</name>
    <message>
        <source>Description title</source>
        <translation>Beskrivelsens tittel</translation>
    </message>
    <message>
        <source>Description text</source>
        <translation>Beskrivelsens tekst</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Lagringsstatus</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Ingenting valgt</translation>
    </message>
    <message>
        <source>Function description: %1</source>
        <translation>Funksjonsbeskrivelse: %1</translation>
    </message>
    <message>
        <source>Role description: %1</source>
        <translation>Rollebeskrivelse: %1</translation>
    </message>
    <message>
        <source>Changed – saving shortly…</source>
        <translation>Endret – lagres straks …</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>Teksten er ikke lagret</translation>
    </message>
    <message>
        <source>The description of %1 could not be saved.</source>
        <translation>Beskrivelsen av %1 kunne ikke lagres.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Fortsett å &amp;redigere</translation>
    </message>
    <message>
        <source>&amp;Discard my changes</source>
        <translation>&amp;Forkast endringene mine</translation>
    </message>
    <message>
        <source>New description</source>
        <translation>Ny beskrivelse</translation>
    </message>
    <message>
        <source>Description saved</source>
        <translation>Beskrivelse lagret</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke lagret: %1</translation>
    </message>
</context>
<context>
    <name>DescriptionPanel</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historikk …</translation>
    </message>
    <message>
        <source>Show the versions of the description</source>
        <translation>Vis versjonene av beskrivelsen</translation>
    </message>
    <message>
        <source>PD&amp;F…</source>
        <translation>PD&amp;F …</translation>
    </message>
    <message>
        <source>Export the description to PDF</source>
        <translation>Eksporter beskrivelsen til PDF</translation>
    </message>
    <message>
        <source>&amp;ODT…</source>
        <translation>&amp;ODT …</translation>
    </message>
    <message>
        <source>Export the description to ODT</source>
        <translation>Eksporter beskrivelsen til ODT</translation>
    </message>
    <message>
        <source>Sa&amp;ve version</source>
        <translation>L&amp;agre versjon</translation>
    </message>
    <message>
        <source>Save the text as a version of its own (Ctrl+S)</source>
        <translation>Lagre teksten som en egen versjon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Lagre versjon</translation>
    </message>
    <message>
        <source>Description actions</source>
        <translation>Handlinger for beskrivelsen</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Lagret som versjon %1.</translation>
    </message>
    <message>
        <source>No text yet – type to write one; it saves itself.</source>
        <translation>Ingen tekst ennå – skriv, så lagres den av seg selv.</translation>
    </message>
    <message>
        <source>Saved %1 by %2 (version %3)</source>
        <translation>Lagret %1 av %2 (versjon %3)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke lagret ennå</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Gjenopprett versjon %1</translation>
    </message>
    <message>
        <source>Restored version %1 as version %2.</source>
        <translation>Gjenopprettet versjon %1 som versjon %2.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>Export description</source>
        <translation>Eksporter beskrivelse</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksportert til %1</translation>
    </message>
    <message>
        <source>Text formatting</source>
        <translation>Tekstformatering</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Overskrift 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Overskrift 2</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Punktliste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerert liste</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet feil</translation>
    </message>
    <message>
        <source>FredApp met an unexpected error. Your data is saved. A report was written to:
%1

Please send it to IT.</source>
        <translation>FredApp fikk en uventet feil. Dataene dine er lagret. En rapport ble skrevet til:
%1

Send den til IT.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Version %1 and version %2</source>
        <translation>Versjon %1 og versjon %2</translation>
    </message>
    <message>
        <source>Version %1 (older)</source>
        <translation>Versjon %1 (eldre)</translation>
    </message>
    <message>
        <source>Version %1 (newer)</source>
        <translation>Versjon %1 (nyere)</translation>
    </message>
    <message numerus="yes">
        <source>%n differing line(s)</source>
        <translation>
            <numerusform>%n linje er forskjellig</numerusform>
            <numerusform>%n linjer er forskjellige</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of differing lines</source>
        <translation>Antall forskjellige linjer</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Versjon %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
</context>
<context>
    <name>EffectMatrix</name>
    <message>
        <source>Quick wins</source>
        <translation>Raske gevinster</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>Store løft</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Småjobber</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation>Lite å hente</translation>
    </message>
    <message>
        <source>Effect matrix</source>
        <translation>Effektmatrise</translation>
    </message>
    <message>
        <source>Effect against effort</source>
        <translation>Effekt mot innsats</translation>
    </message>
    <message>
        <source>Each measure is placed by its effort and effect; a number says how many share a spot. The cell list beside names them; the Table tab lists the same ratings.</source>
        <translation>Hvert tiltak er plassert etter innsats og effekt; et tall sier hvor mange som deler et punkt. Cellelisten ved siden av nevner dem; fanen Tabell viser de samme vurderingene.</translation>
    </message>
    <message>
        <source>Point at a measure to see its title; drag it to rate it.</source>
        <translation>Pek på et tiltak for å se tittelen; dra det for å vurdere det.</translation>
    </message>
    <message>
        <source>Measure under the pointer</source>
        <translation>Tiltaket under pekeren</translation>
    </message>
    <message>
        <source>Effort (1 low – 5 high)</source>
        <translation>Innsats (1 lav – 5 høy)</translation>
    </message>
    <message>
        <source>Effect (1 low – 5 high)</source>
        <translation>Effekt (1 lav – 5 høy)</translation>
    </message>
    <message>
        <source>%1: %2 – effect %3, effort %4</source>
        <translation>%1: %2 – effekt %3, innsats %4</translation>
    </message>
    <message>
        <source>Several measures share this spot: choose one in the list, then drag it.</source>
        <translation>Flere tiltak deler dette punktet: velg ett i listen, og dra det så.</translation>
    </message>
    <message numerus="yes">
        <source>Effect %1, effort %2: %n measure(s)</source>
        <translation>
            <numerusform>Effekt %1, innsats %2: %n tiltak</numerusform>
            <numerusform>Effekt %1, innsats %2: %n tiltak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… og %n til</numerusform>
            <numerusform>… og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cells of the matrix:</source>
        <translation>&amp;Celler i matrisen:</translation>
    </message>
    <message>
        <source>Cells of the matrix</source>
        <translation>Celler i matrisen</translation>
    </message>
    <message>
        <source>M&amp;easures in the cell:</source>
        <translation>Tiltak i c&amp;ellen:</translation>
    </message>
    <message>
        <source>Measures in the chosen cell</source>
        <translation>Tiltak i den valgte cellen</translation>
    </message>
    <message>
        <source>The chosen cell</source>
        <translation>Den valgte cellen</translation>
    </message>
    <message>
        <source>Click a cell in the plot.</source>
        <translation>Klikk på en celle i diagrammet.</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Error: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>The value was refused; see the message.</source>
        <translation>Verdien ble avvist; se meldingen.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>Totalt %</translation>
    </message>
    <message>
        <source>Short-term %</source>
        <translation>Korttid %</translation>
    </message>
    <message>
        <source>Long-term %</source>
        <translation>Langtid %</translation>
    </message>
    <message>
        <source>%1 is not a percentage between 0 and 100.</source>
        <translation>%1 er ikke en prosent mellom 0 og 100.</translation>
    </message>
    <message>
        <source>Short-term %1 + long-term %2 is not the total %3 (more than 0.1 apart).</source>
        <translation>Korttid %1 + langtid %2 er ikke totalen %3 (avviker med mer enn 0,1).</translation>
    </message>
    <message>
        <source>%1 is in the future; enter months that are over.</source>
        <translation>%1 er fram i tid; legg bare inn måneder som er over.</translation>
    </message>
    <message>
        <source>'%1' is not a month; write it as YYYY-MM.</source>
        <translation>«%1» er ikke en måned; skriv den som ÅÅÅÅ-MM.</translation>
    </message>
    <message>
        <source>The number of employees must be a whole number, 1 or more.</source>
        <translation>Antall ansatte må være et helt tall, 1 eller mer.</translation>
    </message>
    <message>
        <source>'%1' is not a number.</source>
        <translation>«%1» er ikke et tall.</translation>
    </message>
    <message>
        <source>Row %1 (%2), column %3</source>
        <translation>Rad %1 (%2), kolonne %3</translation>
    </message>
    <message>
        <source>Edit %1 for %2</source>
        <translation>Endre %1 for %2</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Sick-leave figures per month</source>
        <translation>Sykefravær per måned</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>ÅÅÅÅ-MM</translation>
    </message>
    <message>
        <source>&amp;Save month</source>
        <translation>&amp;Lagre måned</translation>
    </message>
    <message>
        <source>Save the month's figures</source>
        <translation>Lagre månedens tall</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <source>Import sick-leave figures from a file</source>
        <translation>Importer sykefraværstall fra en fil</translation>
    </message>
    <message>
        <source>&amp;Delete month</source>
        <translation>&amp;Slett måned</translation>
    </message>
    <message>
        <source>Delete the selected month's figures</source>
        <translation>Slett tallene for den valgte måneden</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>Mål (%)</translation>
    </message>
    <message>
        <source>Set &amp;target</source>
        <translation>Sett &amp;mål</translation>
    </message>
    <message>
        <source>Set the unit's target</source>
        <translation>Sett enhetens mål</translation>
    </message>
    <message>
        <source>&amp;Roll-up with the units below</source>
        <translation>Sa&amp;mlet med enhetene under</translation>
    </message>
    <message>
        <source>Show the roll-up of the units below</source>
        <translation>Vis samlet tall for enhetene under</translation>
    </message>
    <message>
        <source>What the graph covers</source>
        <translation>Hva grafen omfatter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Figures are per unit, never per person. A group of fewer than 5 employees is shown as “hidden (&lt; 5)” and left out of roll-ups.</source>
        <translation>Tallene er per enhet, aldri per person. En gruppe med færre enn 5 ansatte vises som «skjult (&lt; 5)» og holdes utenfor samlede tall.</translation>
    </message>
    <message>
        <source>Tar&amp;get (%):</source>
        <translation>Må&amp;l (%):</translation>
    </message>
    <message>
        <source>Saved the figures typed for %1, %2.</source>
        <translation>Lagret tallene som var skrevet inn for %1, %2.</translation>
    </message>
    <message>
        <source>Roll-up for %1, weighted by employees. %2: %3, %4.</source>
        <translation>Samlet for %1, vektet etter antall ansatte. %2: %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln enhet</numerusform>
            <numerusform>%Ln enheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln ansatt</numerusform>
            <numerusform>%Ln ansatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) with fewer than 5 employees (%1 in all) left out.</source>
        <translation>
            <numerusform>%n enhet med færre enn 5 ansatte (%1 i alt) er holdt utenfor.</numerusform>
            <numerusform>%n enheter med færre enn 5 ansatte (%1 i alt) er holdt utenfor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n month(s) of sick leave</source>
        <translation>
            <numerusform>Importer %n måned sykefravær</numerusform>
            <numerusform>Importer %n måneder sykefravær</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %2; %3 changed.</source>
        <translation>
            <numerusform>Importerte %Ln rad fra %2; %3 endret.</numerusform>
            <numerusform>Importerte %Ln rader fra %2; %3 endret.</numerusform>
        </translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>er tom.</translation>
    </message>
    <message numerus="yes">
        <source>Proposed from the organisation: %1 has %Ln employee(s).</source>
        <translation>
            <numerusform>Foreslått fra organisasjonen: %1 har %Ln ansatt.</numerusform>
            <numerusform>Foreslått fra organisasjonen: %1 har %Ln ansatte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sick leave %1 for %2</source>
        <translation>Sykefravær %1 for %2</translation>
    </message>
    <message>
        <source>Import sick-leave figures</source>
        <translation>Importer sykefraværstall</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>Tabeller (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Delete sick leave %1 for %2</source>
        <translation>Slett sykefravær %1 for %2</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation>Mål for %1</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Reach %1</source>
        <translation>Nå %1</translation>
    </message>
    <message>
        <source>Goals against outcomes, table</source>
        <translation>Mål mot resultater, tabell</translation>
    </message>
    <message>
        <source>Goals against outcomes, graph</source>
        <translation>Mål mot resultater, graf</translation>
    </message>
    <message>
        <source>%1 — baseline %2, outcome %3</source>
        <translation>%1 — utgangspunkt %2, utfall %3</translation>
    </message>
    <message>
        <source>The source document printed %1; the figures give %2.</source>
        <translation>Kildedokumentet oppga %1; tallene gir %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n percentage point(s)</source>
        <translation>
            <numerusform>%n prosentpoeng</numerusform>
            <numerusform>%n prosentpoeng</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 prosentpoeng</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points, short</comment>
        <translation>%1 %-poeng</translation>
    </message>
    <message>
        <source>missing figure</source>
        <translation>mangler tall</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Index (baseline = 100)</source>
        <translation>Indeks (utgangspunkt = 100)</translation>
    </message>
    <message>
        <source>No goals in the database.</source>
        <translation>Ingen mål i databasen.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangspunkt</translation>
    </message>
    <message>
        <source>Reduce by %1</source>
        <translation>Redusere med %1</translation>
    </message>
    <message>
        <source>Increase by %1</source>
        <translation>Øke med %1</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Målsetting</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Endring %</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Baseline (= 100)</source>
        <translation>Utgangspunkt (= 100)</translation>
    </message>
    <message>
        <source>(no index: baseline missing or zero)</source>
        <translation>(ingen indeks: utgangspunkt mangler eller er null)</translation>
    </message>
    <message>
        <source>Point at a goal to see its figures.</source>
        <translation>Pek på et mål for å se tallene.</translation>
    </message>
    <message>
        <source>%1. %2 — baseline %3, outcome %4, change %5 (%6); reached: %7</source>
        <translation>%1. %2 — utgangspunkt %3, resultat %4, endring %5 (%6); nådd: %7</translation>
    </message>
</context>
<context>
    <name>GraphFiles</name>
    <message>
        <source>Calls per queue</source>
        <extracomment>stable ASCII name → the graph's English title (translated where it is shown)</extracomment>
        <translation>Samtaler per kø</translation>
    </message>
    <message>
        <source>Calls per hour of the day</source>
        <translation>Samtaler per time på dagen</translation>
    </message>
    <message>
        <source>Longest call per queue</source>
        <translation>Lengste samtale per kø</translation>
    </message>
    <message>
        <source>Longest call per hour of the day</source>
        <translation>Lengste samtale per time på dagen</translation>
    </message>
    <message>
        <source>Goals against outcomes</source>
        <translation>Mål mot utfall</translation>
    </message>
    <message>
        <source>Staffing benchmarks</source>
        <translation>Bemanningssammenligning</translation>
    </message>
    <message>
        <source>Sick-leave trend</source>
        <translation>Utvikling i sykefravær</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Tidsserier</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Figures under the mouse pointer</source>
        <extracomment>models whose changes make the view reload</extracomment>
        <translation>Tallene under musepekeren</translation>
    </message>
    <message>
        <source>Export &amp;graph…</source>
        <translation>Eksporter &amp;graf…</translation>
    </message>
    <message>
        <source>Export the graph as PNG or SVG</source>
        <translation>Eksporter grafen som PNG eller SVG</translation>
    </message>
    <message>
        <source>Export the graph as PNG or SVG (Ctrl+Shift+G)</source>
        <translation>Eksporter grafen som PNG eller SVG (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Eksporter &amp;tall…</translation>
    </message>
    <message>
        <source>Export the figures as Excel or CSV</source>
        <translation>Eksporter tallene som Excel eller CSV</translation>
    </message>
    <message>
        <source>Export the figures as Excel or CSV (Ctrl+Shift+D)</source>
        <translation>Eksporter tallene som Excel eller CSV (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>The figures of the graph are in the table beside it.</source>
        <translation>Tallene i grafen står i tabellen ved siden av.</translation>
    </message>
    <message>
        <source>Export graph</source>
        <extracomment>the graph and the readout under it; a subclass may add more below</extracomment>
        <translation>Eksporter graf</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-bilde (*.png);;SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Eksporter tall</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV, semikolonseparert (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>Graph saved to %1</source>
        <translation>Grafen er lagret i %1</translation>
    </message>
    <message>
        <source>Exporting figures to %1 …</source>
        <translation>Eksporterer tall til %1 …</translation>
    </message>
    <message>
        <source>Figures saved to %1</source>
        <translation>Tallene er lagret i %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>FredApp help</source>
        <translation>Hjelp til FredApp</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hjelpetekst</translation>
    </message>
    <message>
        <source>Organisation: the unit tree of each scenario, function and role descriptions, and the comparison of two scenarios (leaders, employees, leader density, what changed).</source>
        <translation>Organisasjon: enhetstreet i hvert scenario, funksjons- og rollebeskrivelser og sammenligningen av to scenarioer (ledere, ansatte, ledertetthet, hva som er endret).</translation>
    </message>
    <message>
        <source>Measures: the measure board by status or dimension; move a card with the mouse or Ctrl+arrow keys, open it with Enter; the table and the effect matrix show the same measures.</source>
        <translation>Tiltak: tiltakstavlen etter status eller dimensjon; flytt et kort med musen eller Ctrl+piltastene, åpne det med Enter; tabellen og effektmatrisen viser de samme tiltakene.</translation>
    </message>
    <message>
        <source>Sick leave: each unit's checklist from the toolkit, the unit's figures and their trend. Figures are per unit, never per person, and groups under 5 are hidden.</source>
        <translation>Sykefravær: hver enhets sjekkliste fra verktøykassen, enhetens tall og utviklingen i dem. Tallene gjelder enheten, aldri enkeltpersoner, og grupper under 5 skjules.</translation>
    </message>
    <message>
        <source>Key figures: call centre, goals, benchmarks, the sick-leave trend and time series, each graph with its figures in a table beside it.</source>
        <translation>Nøkkeltall: kundesenter, mål, sammenligning, sykefraværsutvikling og tidsserier, hver graf med tallene i en tabell ved siden av.</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>FredApp keeps the organisation, the measures, the sick-leave toolkit and the key figures of the reorganisation in one database on this computer. It works offline; Sync shares the changes with the others through one shared file.</source>
        <translation>FredApp samler organisasjonen, tiltakene, verktøykassen for sykefravær og nøkkeltallene for omorganiseringen i én database på denne maskinen. Den virker uten nett; Synkronisering deler endringene med de andre gjennom én felles fil.</translation>
    </message>
    <message>
        <source>The tabs</source>
        <translation>Fanene</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Tab moves between controls; Alt with the underlined letter opens a menu or presses a button. Every change can be undone.</source>
        <translation>Tab flytter mellom feltene; Alt og den understrekede bokstaven åpner en meny eller trykker på en knapp. Alle endringer kan angres.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Dataene dine</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Log and crash reports: %1</source>
        <translation>Logg og feilrapporter: %1</translation>
    </message>
    <message>
        <source>National identity numbers are refused in every text field. Exports write a new file beside the old one and replace it only when complete.</source>
        <translation>Fødselsnumre avvises i alle tekstfelt. Eksport skriver en ny fil ved siden av den gamle og erstatter den først når den er ferdig.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Record history</source>
        <translation>Posthistorikk</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrer historikken</translation>
    </message>
    <message>
        <source>Filter by person, device, table, field or value</source>
        <translation>Filtrer på person, enhet, tabell, felt eller verdi</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historikk for %1</translation>
    </message>
    <message>
        <source>All changes, newest first</source>
        <translation>Alle endringer, nyeste først</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Maskin</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammel verdi</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Ny verdi</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>No data</source>
        <translation>Ingen data</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <source>Call-centre figures…</source>
        <translation>Kundesenterets tall…</translation>
    </message>
    <message>
        <source>Goals…</source>
        <translation>Mål…</translation>
    </message>
    <message>
        <source>Benchmarks…</source>
        <translation>Sammenligning…</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <source>&amp;Import figures</source>
        <translation>&amp;Importer tall</translation>
    </message>
    <message>
        <source>Import key figures from CSV or Excel</source>
        <translation>Importer nøkkeltall fra CSV eller Excel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key figures&lt;/b&gt; – is the change working?</source>
        <translation>&lt;b&gt;Nøkkeltall&lt;/b&gt; – virker endringen?</translation>
    </message>
    <message>
        <source>&amp;Call centre</source>
        <translation>&amp;Kundesenter</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>&amp;Benchmarks</source>
        <translation>&amp;Sammenligning</translation>
    </message>
    <message>
        <source>Sick-leave &amp;trend</source>
        <translation>Sykefraværs&amp;utvikling</translation>
    </message>
    <message>
        <source>&amp;Time series</source>
        <translation>&amp;Tidsserier</translation>
    </message>
    <message>
        <source>Import key figures</source>
        <translation>Importer nøkkeltall</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Tabeller (*.xlsx *.csv);;Excel-arbeidsbok (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Replace figures?</source>
        <translation>Erstatte tallene?</translation>
    </message>
    <message>
        <source>The database already holds figures for:
%1

Replace them with the file's?</source>
        <translation>Databasen har allerede tall for:
%1

Vil du erstatte dem med tallene i filen?</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen mislyktes</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Ingenting ble importert.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %2</source>
        <translation>
            <numerusform>Importerte %Ln rad fra %2</numerusform>
            <numerusform>Importerte %Ln rader fra %2</numerusform>
        </translation>
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
    <message>
        <source>Reduce by per cent</source>
        <translation>Redusere med prosent</translation>
    </message>
    <message>
        <source>Increase by per cent</source>
        <translation>Øke med prosent</translation>
    </message>
    <message>
        <source>Reach a level</source>
        <translation>Nå et nivå</translation>
    </message>
    <message>
        <source>Function description</source>
        <translation>Funksjonsbeskrivelse</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Rollebeskrivelse</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per time</translation>
    </message>
    <message>
        <source>Per queue</source>
        <translation>Per kø</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>hidden (&lt; 5)</source>
        <translation>skjult (&lt; 5)</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Opening %1 …</source>
        <translation>Åpner %1 …</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend</source>
        <translation>Tegnforklaring</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
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
        <source>&amp;Import measures…</source>
        <translation>&amp;Importer tiltak …</translation>
    </message>
    <message>
        <source>&amp;Make council briefing …</source>
        <translation>Lag &amp;orientering …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
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
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentasjonsmodus</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>F&amp;ullskjerm</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sendt til skriveren.</translation>
    </message>
    <message>
        <source>This tab has nothing to print.</source>
        <translation>Denne fanen har ingenting å skrive ut.</translation>
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
        <source>FredApp &amp;help</source>
        <translation>&amp;Hjelp til FredApp</translation>
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
        <source>Open &amp;log folder</source>
        <translation>Åpne &amp;loggmappen</translation>
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
    <message numerus="yes">
        <source>Exported %Ln measure(s) to %2</source>
        <translation>
            <numerusform>Eksporterte %Ln tiltak til %2</numerusform>
            <numerusform>Eksporterte %Ln tiltak til %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Angret: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Gjort om: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Lagret: %1</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Edit measure</source>
        <translation>Rediger tiltak</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(ingen eier)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
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
        <source>Owner unit</source>
        <translation>Eierenhet</translation>
    </message>
    <message>
        <source>Has a start date</source>
        <translation>Har en startdato</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Har frist</translation>
    </message>
    <message>
        <source>Effect, 1 to 5</source>
        <translation>Effekt, 1 til 5</translation>
    </message>
    <message>
        <source>Effort, 1 to 5</source>
        <translation>Innsats, 1 til 5</translation>
    </message>
    <message>
        <source>Progress in per cent</source>
        <translation>Fremdrift i prosent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Units the measure changes</source>
        <translation>Enheter tiltaket endrer</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimensjon:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Owner unit:</source>
        <translation>&amp;Eierenhet:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translation>E&amp;ffekt:</translation>
    </message>
    <message>
        <source>Effo&amp;rt:</source>
        <translation>&amp;Innsats:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Fremdrift:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otater:</translation>
    </message>
    <message>
        <source>Changes &amp;units:</source>
        <translation>Endrer &amp;enheter:</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>Koden er tom.</translation>
    </message>
    <message>
        <source>Another measure already has the code %1.</source>
        <translation>Et annet tiltak har allerede koden %1.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Tittelen er tom.</translation>
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
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
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
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>eier %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation>%1 % fullført</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>endrer %1</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <source>Board columns</source>
        <translation>Tavlens kolonner</translation>
    </message>
    <message>
        <source>Columns by status</source>
        <translation>Kolonner etter status</translation>
    </message>
    <message>
        <source>Columns by dimension</source>
        <translation>Kolonner etter dimensjon</translation>
    </message>
    <message>
        <source>Filter by dimension</source>
        <translation>Filtrer etter dimensjon</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>Alle dimensjoner</translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation>Filtrer etter nivå</translation>
    </message>
    <message>
        <source>Both levels</source>
        <translation>Begge nivåer</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer etter status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Filter by owner unit</source>
        <translation>Filtrer etter eierenhet</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eiere</translation>
    </message>
    <message>
        <source>Filter measures…</source>
        <translation>Filtrer tiltak …</translation>
    </message>
    <message>
        <source>Filter measures</source>
        <translation>Filtrer tiltak</translation>
    </message>
    <message>
        <source>Measures shown</source>
        <translation>Viste tiltak</translation>
    </message>
    <message>
        <source>&amp;New measure</source>
        <translation>&amp;Nytt tiltak</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <source>New measure (Ctrl+N)</source>
        <translation>Nytt tiltak (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger …</translation>
    </message>
    <message>
        <source>Edit the selected measure</source>
        <translation>Rediger det valgte tiltaket</translation>
    </message>
    <message>
        <source>Edit the selected measure (Enter or F2)</source>
        <translation>Rediger det valgte tiltaket (Enter eller F2)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presenter</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Presentasjonsmodus</translation>
    </message>
    <message>
        <source>Show the board full screen (F5)</source>
        <translation>Vis tavlen i fullskjerm (F5)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <source>Import measures</source>
        <translation>Importer tiltak</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Ek&amp;sporter</translation>
    </message>
    <message>
        <source>Export the board</source>
        <translation>Eksporter tavlen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln measure(s)</source>
        <translation>
            <numerusform>%1 av %Ln tiltak</numerusform>
            <numerusform>%1 av %Ln tiltak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln measure(s) to %2</source>
        <translation>
            <numerusform>Eksporterte %Ln tiltak til %2</numerusform>
            <numerusform>Eksporterte %Ln tiltak til %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;board</source>
        <translation>Eksporter &amp;tavlen</translation>
    </message>
    <message>
        <source>PDF, A4 landscape…</source>
        <translation>PDF, A4 liggende …</translation>
    </message>
    <message>
        <source>PDF, A3 landscape…</source>
        <translation>PDF, A3 liggende …</translation>
    </message>
    <message>
        <source>PNG picture…</source>
        <translation>PNG-bilde …</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Excel-arbeidsbok …</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>CSV-fil …</translation>
    </message>
    <message>
        <source>Board messages</source>
        <translation>Meldinger fra tavlen</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Measure views</source>
        <translation>Visninger av tiltak</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tavle</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>Ta&amp;bell</translation>
    </message>
    <message>
        <source>Effect &amp;matrix</source>
        <translation>Effekt&amp;matrise</translation>
    </message>
    <message>
        <source>Dimension colours</source>
        <translation>Dimensjonenes farger</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Dimensjoner:</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>Tids&amp;linje</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Measure board</source>
        <translation>Tiltakstavle</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>Tabeller (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen mislyktes</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged</source>
        <translation>Importerte %1: %2 nye, %3 oppdatert, %4 uendret</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-bilde (*.png)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, semicolon separated (*.csv)</source>
        <translation>CSV, semikolonseparert (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the board to %1 …</source>
        <translation>Eksporterer tavlen til %1 …</translation>
    </message>
    <message>
        <source>Unsupported file type %1; use .pdf, .png, .xlsx or .csv</source>
        <translation>Filtypen %1 støttes ikke; bruk .pdf, .png, .xlsx eller .csv</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>Show the board on:</source>
        <translation>Vis tavlen på:</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Endringen ble avvist</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New milestone</source>
        <translation>Ny milepæl</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Rediger milepæl</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>(a deleted measure)</source>
        <translation>(et slettet tiltak)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>T&amp;iltak:</translation>
    </message>
    <message>
        <source>Measure the milestone belongs to</source>
        <translation>Tiltaket milepælen hører til</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <source>New milestone %1</source>
        <translation>Ny milepæl %1</translation>
    </message>
    <message>
        <source>Edit milestone %1</source>
        <translation>Rediger milepæl %1</translation>
    </message>
    <message>
        <source>Delete milestone %1</source>
        <translation>Slett milepæl %1</translation>
    </message>
</context>
<context>
    <name>OperationCommand</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Endret av en annen</translation>
    </message>
    <message>
        <source>“%1” has been changed since by %2.</source>
        <translation>«%1» er endret siden av %2.</translation>
    </message>
    <message>
        <source>Changed since by %2.</source>
        <translation>Endret siden av %2.</translation>
    </message>
    <message>
        <source>Keep the newer value, or undo anyway and put back yours?</source>
        <translation>Beholde den nyere verdien, eller angre likevel og sette tilbake din?</translation>
    </message>
    <message>
        <source>Keep the newer value, or redo anyway and put back yours?</source>
        <translation>Beholde den nyere verdien, eller gjøre om likevel og sette tilbake din?</translation>
    </message>
    <message>
        <source>Keep %1’s value</source>
        <translation>Behold verdien til %1</translation>
    </message>
    <message>
        <source>Keep the newer values</source>
        <translation>Behold de nyere verdiene</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>Angre likevel</translation>
    </message>
    <message>
        <source>Redo anyway</source>
        <translation>Gjør om likevel</translation>
    </message>
    <message>
        <source>someone on %1</source>
        <translation>noen på %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 of %2: now “%3” (set by %4 on %5, %6); this step would write “%7”</source>
        <translation>%1 i %2: nå «%3» (satt av %4 på %5, %6); dette steget ville skrive «%7»</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>S</source>
        <translation>D</translation>
    </message>
    <message>
        <source>J</source>
        <translation>S</translation>
    </message>
    <message>
        <source>M</source>
        <translation>F</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>R</source>
        <translation>O</translation>
    </message>
    <message>
        <source>L</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Leaders %1 → %2 (%3)</source>
        <translation>Ledere %1 → %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n ansatt</numerusform>
            <numerusform>%n ansatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) below</source>
        <translation>
            <numerusform>%n enhet under</numerusform>
            <numerusform>%n enheter under</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation chart: %1</source>
        <translation>Organisasjonskart: %1</translation>
    </message>
    <message>
        <source>Span %1</source>
        <translation>Spenn %1</translation>
    </message>
    <message>
        <source>Span n: a leader whose span of control is %1 or %2</source>
        <translation>Spenn n: en leder med kontrollspenn %1 eller %2</translation>
    </message>
</context>
<context>
    <name>OrgChartPage</name>
    <message>
        <source>Compare two scenarios side by side</source>
        <translation>Sammenlign to scenarioer side ved side</translation>
    </message>
    <message>
        <source>From scenario</source>
        <translation>Fra-scenario</translation>
    </message>
    <message>
        <source>To scenario</source>
        <translation>Til-scenario</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Oppsett</translation>
    </message>
    <message>
        <source>Top down</source>
        <translation>Ovenfra og ned</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Fra venstre mot høyre</translation>
    </message>
    <message>
        <source>Fit the chart to the window</source>
        <translation>Tilpass kartet til vinduet</translation>
    </message>
    <message>
        <source>Ctrl+0; zoom with Ctrl+wheel, Ctrl++ and Ctrl+-</source>
        <translation>Ctrl+0; zoom med Ctrl+hjul, Ctrl++ og Ctrl+-</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>Side ve&amp;d side</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>Tilpass til vind&amp;uet</translation>
    </message>
    <message>
        <source>Ex&amp;port chart</source>
        <translation>Eksporter k&amp;art</translation>
    </message>
    <message>
        <source>Export the chart to PDF or SVG</source>
        <translation>Eksporter kartet til PDF eller SVG</translation>
    </message>
    <message>
        <source>PDF, A4 pages…</source>
        <translation>PDF, A4-sider …</translation>
    </message>
    <message>
        <source>PDF, A3 pages…</source>
        <translation>PDF, A3-sider …</translation>
    </message>
    <message>
        <source>SVG picture…</source>
        <translation>SVG-bilde …</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Hva som endret seg</translation>
    </message>
    <message>
        <source>Span of control marks</source>
        <translation>Merking av kontrollspenn</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Organisation chart</source>
        <translation>Organisasjonskart</translation>
    </message>
    <message>
        <source>The units as boxes below their parents. The Tree page holds the same structure as a list a screen reader can walk; arrows move between units here, F2 renames, Insert adds, Delete deletes.</source>
        <translation>Enhetene som bokser under enheten de hører til. Siden Tre har den samme strukturen som en liste en skjermleser kan gå gjennom; her flytter piltastene mellom enhetene, F2 gir nytt navn, Insert legger til, Delete sletter.</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Tilpass til vinduet</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;ra:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>O&amp;ppsett:</translation>
    </message>
    <message>
        <source>Organisation chart: %1</source>
        <translation>Organisasjonskart: %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>SVG picture (*.svg)</source>
        <translation>SVG-bilde (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Eksporter kartet</translation>
    </message>
    <message>
        <source>Printing the chart…</source>
        <translation>Skriver ut kartet …</translation>
    </message>
    <message>
        <source>Exporting the chart…</source>
        <translation>Eksporterer kartet …</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Lagret %1 (%n side).</numerusform>
            <numerusform>Lagret %1 (%n sider).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationExport</name>
    <message>
        <source>Comparison of the scenarios %1 and %2</source>
        <translation>Sammenligning av scenarioene %1 og %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Change in per cent</source>
        <translation>Endring i prosent</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Hva som endret seg</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>&amp;Copy scenario…</source>
        <translation>&amp;Kopier scenario …</translation>
    </message>
    <message>
        <source>Copy the scenario to a new one</source>
        <translation>Kopier scenarioet til et nytt</translation>
    </message>
    <message>
        <source>Re&amp;name scenario…</source>
        <translation>Gi scenarioet nytt &amp;navn …</translation>
    </message>
    <message>
        <source>Rename the scenario</source>
        <translation>Gi scenarioet nytt navn</translation>
    </message>
    <message>
        <source>&amp;Delete scenario</source>
        <translation>Sl&amp;ett scenario</translation>
    </message>
    <message>
        <source>Delete the scenario</source>
        <translation>Slett scenarioet</translation>
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
        <source>Name, leader or words of the function description</source>
        <translation>Navn, leder eller ord i funksjonsbeskrivelsen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Organisation views</source>
        <translation>Visninger av organisasjonen</translation>
    </message>
    <message>
        <source>Or&amp;ganisation chart</source>
        <translation>Or&amp;ganisasjonskart</translation>
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
        <source>&amp;Import…</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <source>Import an organisation from a CSV or Excel file</source>
        <translation>Importer en organisasjon fra en CSV- eller Excel-fil</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksporter …</translation>
    </message>
    <message>
        <source>Export the scenario's organisation to a CSV or Excel file</source>
        <translation>Eksporter scenarioets organisasjon til en CSV- eller Excel-fil</translation>
    </message>
    <message>
        <source>Export descriptions…</source>
        <translation>Eksporter beskrivelser …</translation>
    </message>
    <message>
        <source>Export all function descriptions of the scenario to PDF or ODT</source>
        <translation>Eksporter alle scenarioets funksjonsbeskrivelser til PDF eller ODT</translation>
    </message>
    <message>
        <source>&amp;Add unit</source>
        <translation>&amp;Legg til enhet</translation>
    </message>
    <message>
        <source>Add top-&amp;level unit</source>
        <translation>Legg til enhet på øverste ni&amp;vå</translation>
    </message>
    <message>
        <source>Re&amp;name unit</source>
        <translation>Gi enheten nytt &amp;navn</translation>
    </message>
    <message>
        <source>&amp;Delete unit</source>
        <translation>&amp;Slett enhet</translation>
    </message>
    <message>
        <source>Cu&amp;t unit</source>
        <translation>&amp;Klipp ut enhet</translation>
    </message>
    <message>
        <source>&amp;Paste unit under the selected one</source>
        <translation>Lim &amp;inn enhet under den valgte</translation>
    </message>
    <message>
        <source>Paste unit at the t&amp;op level</source>
        <translation>Lim inn enhet på &amp;øverste nivå</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>&amp;Utvid alle</translation>
    </message>
    <message>
        <source>Co&amp;llapse all</source>
        <translation>&amp;Lukk alle</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln unit(s)</source>
        <translation>
            <numerusform>Slett %Ln enhet</numerusform>
            <numerusform>Slett %Ln enheter</numerusform>
        </translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Flere handlinger</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Scenario actions</source>
        <translation>Handlinger for scenario</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Unit actions</source>
        <translation>Handlinger for enheter</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>&amp;Tre</translation>
    </message>
    <message>
        <source>Co&amp;mpare scenarios</source>
        <translation>Sa&amp;mmenlign scenarioer</translation>
    </message>
    <message>
        <source>Ro&amp;les</source>
        <translation>Ro&amp;ller</translation>
    </message>
    <message>
        <source>Search descr&amp;iptions</source>
        <translation>Søk i beskr&amp;ivelser</translation>
    </message>
    <message>
        <source>Loading units: %1 of %2…</source>
        <translation>Laster enheter: %1 av %2 …</translation>
    </message>
    <message>
        <source>Copy scenario</source>
        <translation>Kopier scenario</translation>
    </message>
    <message>
        <source>Name of the new scenario:</source>
        <translation>Navn på det nye scenarioet:</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopi av %1</translation>
    </message>
    <message>
        <source>Copy scenario to %1</source>
        <translation>Kopier scenario til %1</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Gi scenarioet nytt navn</translation>
    </message>
    <message>
        <source>New name of the scenario:</source>
        <translation>Nytt navn på scenarioet:</translation>
    </message>
    <message>
        <source>Rename scenario to %1</source>
        <translation>Gi scenarioet navnet %1</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Slett scenario</translation>
    </message>
    <message>
        <source>Delete the scenario %1 and its units? Edit → Undo brings it back.</source>
        <translation>Slette scenarioet %1 og enhetene i det? Rediger → Angre henter det tilbake.</translation>
    </message>
    <message>
        <source>The last scenario cannot be deleted.</source>
        <translation>Det siste scenarioet kan ikke slettes.</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Slett scenario %1</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Ny enhet</translation>
    </message>
    <message>
        <source>Cut: %1. Select the new parent and paste (Ctrl+V).</source>
        <translation>Klippet ut: %1. Velg ny overordnet enhet og lim inn (Ctrl+V).</translation>
    </message>
    <message>
        <source>Leaders: %1 (%2) · Employees: %3 · Employees per leader: %4</source>
        <translation>Ledere: %1 (%2) · Ansatte: %3 · Ledertetthet (ansatte per leder): %4</translation>
    </message>
    <message>
        <source>Organisation – %1</source>
        <translation>Organisasjon – %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Skrevet ut %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>The unit of this description is not in the scenario %1.</source>
        <translation>Enheten til denne beskrivelsen finnes ikke i scenarioet %1.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV, semikolonseparert (*.csv)</translation>
    </message>
    <message>
        <source>Import organisation</source>
        <translation>Importer organisasjon</translation>
    </message>
    <message>
        <source>Scenario to import into (a new name makes a new scenario):</source>
        <translation>Scenario det skal importeres til (et nytt navn lager et nytt scenario):</translation>
    </message>
    <message>
        <source>Import %1 into %2</source>
        <translation>Importer %1 til %2</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importen ble avvist</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln unit(s) into %2: %3 new, %4 changed, %5 removed.</source>
        <translation>
            <numerusform>Importerte %Ln enhet til %2: %3 nye, %4 endret, %5 fjernet.</numerusform>
            <numerusform>Importerte %Ln enheter til %2: %3 nye, %4 endret, %5 fjernet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export organisation</source>
        <translation>Eksporter organisasjon</translation>
    </message>
    <message>
        <source>Exporting to %1 …</source>
        <translation>Eksporterer til %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln unit(s) to %2</source>
        <translation>
            <numerusform>Eksporterte %Ln enhet til %2</numerusform>
            <numerusform>Eksporterte %Ln enheter til %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln description(s) to %2</source>
        <translation>
            <numerusform>Eksporterte %Ln beskrivelse til %2</numerusform>
            <numerusform>Eksporterte %Ln beskrivelser til %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>Export descriptions</source>
        <translation>Eksporter beskrivelser</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF-dokument (*.pdf);;OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>Function description: %1</source>
        <translation>Funksjonsbeskrivelse: %1</translation>
    </message>
    <message>
        <source>Function descriptions – %1</source>
        <translation>Funksjonsbeskrivelser – %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Eksporter sammenligning</translation>
    </message>
    <message>
        <source>“%1” does not match the filter “%2”; it stays in view until the filter changes.</source>
        <translation>«%1» passer ikke med filteret «%2»; den vises til filteret endres.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Measures – presentation</source>
        <translation>Tiltak – presentasjon</translation>
    </message>
    <message>
        <source>Presentation of the measure board</source>
        <translation>Presentasjon av tiltakstavlen</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Arrows: step · Enter: open · Ctrl+arrows: move · L: lock · Esc: leave</source>
        <translation>Piler: bla · Enter: åpne · Ctrl+piler: flytt · L: lås · Esc: avslutt</translation>
    </message>
    <message>
        <source>Board lock</source>
        <translation>Lås for tavlen</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Siste endring</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Moves allowed</source>
        <translation>Flytting tillatt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <source>Effect / effort</source>
        <translation>Effekt / innsats</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endrer</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mappe</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Se i:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Vis s&amp;kjulte filer</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Vis </translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Lag en ny mappe</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Bytt til listevisning</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Bytt til detaljvisning</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå fram</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå til overordnet mappe</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Liste over steder og bokmerker</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidefelt</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nylig brukte steder</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at filnavnet er riktig.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fant ikke mappen.
Kontroller at mappenavnet er riktig.</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Kunne ikke slette mappen.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Ugyldig filnavn</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Navnet «%1» kan ikke brukes.&lt;/b&gt;&lt;p&gt;Prøv et annet navn, med færre tegn eller uten skilletegn.</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Type</translation>
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
    <name>RecordNames</name>
    <message>
        <source>Benchmark</source>
        <translation>Sammenligningstall</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>Historikkpost</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Punkt i sjekkliste</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Description version</source>
        <translation>Versjon av beskrivelse</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Key figure value</source>
        <translation>Nøkkeltallsverdi</translation>
    </message>
    <message>
        <source>Key figure series</source>
        <translation>Nøkkeltallsserie</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Measure's unit</source>
        <translation>Enhet knyttet til tiltak</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Sick-leave figure</source>
        <translation>Sykefraværstall</translation>
    </message>
    <message>
        <source>Sick-leave target</source>
        <translation>Mål for sykefravær</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Synkroniseringskonflikt</translation>
    </message>
    <message>
        <source>Toolkit item</source>
        <translation>Verktøy</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Rekkefølge</translation>
    </message>
    <message>
        <source>Unit of measurement</source>
        <translation>Måleenhet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Own municipality</source>
        <translation>Egen kommune</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammel verdi</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Ny verdi</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ferdigdato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Periode for utgangspunkt</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangspunkt</translation>
    </message>
    <message>
        <source>Outcome period</source>
        <translation>Periode for resultat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensjon</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>Eierenhet</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
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
        <source>Progress (%)</source>
        <translation>Framdrift (%)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Current scenario</source>
        <translation>Gjeldende scenario</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Total sick leave (%)</source>
        <translation>Totalt sykefravær (%)</translation>
    </message>
    <message>
        <source>Short-term sick leave (%)</source>
        <translation>Korttidsfravær (%)</translation>
    </message>
    <message>
        <source>Long-term sick leave (%)</source>
        <translation>Langtidsfravær (%)</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>Mål (%)</translation>
    </message>
    <message>
        <source>Version kept</source>
        <translation>Versjonen som ble beholdt</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Den andre versjonen</translation>
    </message>
    <message>
        <source>Time stamp of the kept version</source>
        <translation>Tidsstempel for versjonen som ble beholdt</translation>
    </message>
    <message>
        <source>Time stamp of the other version</source>
        <translation>Tidsstempel for den andre versjonen</translation>
    </message>
    <message>
        <source>Device of the kept version</source>
        <translation>Maskinen som lagret versjonen som ble beholdt</translation>
    </message>
    <message>
        <source>Device of the other version</source>
        <translation>Maskinen som lagret den andre versjonen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lenke</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Faset ut</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Overordnet enhet</translation>
    </message>
    <message>
        <source>Same unit in other scenarios</source>
        <translation>Samme enhet i andre scenarioer</translation>
    </message>
    <message>
        <source>Split or merged from</source>
        <translation>Delt fra eller slått sammen fra</translation>
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
        <translation>Antall ansatte</translation>
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
    <name>RecordText</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Ny rolle …</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>Legg til en rolle</translation>
    </message>
    <message>
        <source>Rena&amp;me role…</source>
        <translation>Gi rollen nytt &amp;navn …</translation>
    </message>
    <message>
        <source>Rename the role</source>
        <translation>Gi rollen nytt navn</translation>
    </message>
    <message>
        <source>De&amp;lete role</source>
        <translation>S&amp;lett rolle</translation>
    </message>
    <message>
        <source>Delete the role</source>
        <translation>Slett rollen</translation>
    </message>
    <message>
        <source>R&amp;oles:</source>
        <translation>R&amp;oller:</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Ny rolle</translation>
    </message>
    <message>
        <source>Title of the role:</source>
        <translation>Rollens tittel:</translation>
    </message>
    <message>
        <source>A role needs a title.</source>
        <translation>En rolle må ha en tittel.</translation>
    </message>
    <message>
        <source>Add role %1</source>
        <translation>Legg til rollen %1</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>Gi rollen nytt navn</translation>
    </message>
    <message>
        <source>New title of the role:</source>
        <translation>Ny tittel på rollen:</translation>
    </message>
    <message>
        <source>Rename role to %1</source>
        <translation>Gi rollen navnet %1</translation>
    </message>
    <message>
        <source>Delete role %1</source>
        <translation>Slett rollen %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search descriptions</source>
        <translation>Søk i beskrivelser</translation>
    </message>
    <message>
        <source>Words to find in all descriptions…</source>
        <translation>Ord å finne i alle beskrivelser …</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Antall treff</translation>
    </message>
    <message>
        <source>&amp;Open description</source>
        <translation>Å&amp;pne beskrivelse</translation>
    </message>
    <message>
        <source>Open the chosen description</source>
        <translation>Åpne den valgte beskrivelsen</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>S&amp;øk:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln description(s) found</source>
        <translation>
            <numerusform>%Ln beskrivelse funnet</numerusform>
            <numerusform>%Ln beskrivelser funnet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Where it says so</source>
        <translation>Hvor det står</translation>
    </message>
    <message>
        <source>Function description</source>
        <translation>Funksjonsbeskrivelse</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Rollebeskrivelse</translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <source>Time series, table</source>
        <translation>Tidsserier, tabell</translation>
    </message>
    <message>
        <source>Time series, summary</source>
        <translation>Tidsserier, sammendrag</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Serie:</translation>
    </message>
    <message>
        <source>Time series, graph</source>
        <translation>Tidsserier, graf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Point at the line to see a day's figure.</source>
        <translation>Pek på linjen for å se dagens tall.</translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 til %3</translation>
    </message>
    <message>
        <source>Value (no unit given)</source>
        <translation>Verdi (enhet ikke oppgitt)</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Verdi (%1)</translation>
    </message>
    <message>
        <source>No time series in the database yet.</source>
        <translation>Ingen tidsserier i databasen ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s), all missing.</source>
        <translation>
            <numerusform>%Ln punkt, det mangler.</numerusform>
            <numerusform>%Ln punkter, alle mangler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) from %2 to %3; lowest %4, highest %5, mean %6, last %7.</source>
        <translation>
            <numerusform>%Ln punkt fra %2 til %3; lavest %4, høyest %5, gjennomsnitt %6, siste %7.</numerusform>
            <numerusform>%Ln punkter fra %2 til %3; lavest %4, høyest %5, gjennomsnitt %6, siste %7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Sjekklister</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sykefravær</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Sammenligning</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Tidsserie</translation>
    </message>
    <message>
        <source>Sick-leave trend</source>
        <translation>Sykefraværsutvikling</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>dd.mm.yyyy</translation>
    </message>
</context>
<context>
    <name>SickLeaveTab</name>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Sick-leave pages</source>
        <translation>Sider om sykefravær</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Sjekk&amp;liste</translation>
    </message>
    <message>
        <source>F&amp;igures and trend</source>
        <translation>T&amp;all og utvikling</translation>
    </message>
    <message>
        <source>T&amp;oolkit</source>
        <translation>&amp;Verktøykasse</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
</context>
<context>
    <name>SickLeaveTrendView</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>Include the units &amp;below</source>
        <translation>Ta med enhetene &amp;under</translation>
    </message>
    <message>
        <source>Include the units below</source>
        <translation>Ta med enhetene under</translation>
    </message>
    <message>
        <source>Sick-leave trend, table</source>
        <translation>Sykefraværsutvikling, tabell</translation>
    </message>
    <message>
        <source>(with the units below)</source>
        <translation>(med enhetene under)</translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 til %3</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Korttid</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Langtid</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>total %1, short-term %2, long-term %3</source>
        <translation>totalt %1, korttid %2, langtid %3</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>mål %1</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynkroniser nå</translation>
    </message>
    <message>
        <source>Merge with the shared file now (Ctrl+Shift+S)</source>
        <translation>Synkroniser med den felles filen nå (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>&amp;Innstillinger for synkronisering …</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter …</translation>
    </message>
    <message>
        <source>Record &amp;history…</source>
        <translation>Post&amp;historikk …</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynkronisering</translation>
    </message>
    <message>
        <source>&amp;Recent shared files</source>
        <translation>&amp;Nylig brukte felles filer</translation>
    </message>
    <message>
        <source>Recent shared files</source>
        <translation>Nylig brukte felles filer</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Sync toolbar</source>
        <translation>Verktøylinje for synkronisering</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synkroniseringsstatus</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Framdrift for synkronisering</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Logg inn …</translation>
    </message>
    <message>
        <source>Open the sync settings and sign in</source>
        <translation>Åpne innstillingene for synkronisering og logg inn</translation>
    </message>
    <message>
        <source>Reading the shared file</source>
        <translation>Leser den felles filen</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Slår sammen</translation>
    </message>
    <message>
        <source>Writing the shared file</source>
        <translation>Skriver den felles filen</translation>
    </message>
    <message>
        <source>Receiving from the hub</source>
        <translation>Mottar fra knutepunktet</translation>
    </message>
    <message>
        <source>Sending to the hub</source>
        <translation>Sender til knutepunktet</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Synkronisering: ikke satt opp</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Endringer venter på synkronisering</translation>
    </message>
    <message>
        <source>Offline: the hub is not reachable; syncs when it is back</source>
        <translation>Frakoblet: får ikke tak i knutepunktet; synkroniserer når det er tilbake</translation>
    </message>
    <message>
        <source>Offline: shared file not reachable</source>
        <translation>Frakoblet: får ikke tak i den felles filen</translation>
    </message>
    <message>
        <source>Not synced: sign in again</source>
        <translation>Ikke synkronisert: logg inn igjen</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>Ikke synkronisert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1 · %Ln conflict(s) to look at</source>
        <translation>
            <numerusform>Synkronisert kl. %1 · %Ln konflikt å se på</numerusform>
            <numerusform>Synkronisert kl. %1 · %Ln konflikter å se på</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synkronisert kl. %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Shared file: %1</source>
        <translation>Felles fil: %1</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Shared file</source>
        <translation>Felles fil</translation>
    </message>
    <message>
        <source>e.g. a file on a network share or in OneDrive</source>
        <translation>f.eks. en fil på et nettverksområde eller i OneDrive</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>Choose the shared file</source>
        <translation>Velg den felles filen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Innstillinger for synkronisering</translation>
    </message>
    <message>
        <source>Shared &amp;file</source>
        <translation>Felles fi&amp;l</translation>
    </message>
    <message>
        <source>Se&amp;rver (sync hub)</source>
        <translation>&amp;Server (knutepunkt for synkronisering)</translation>
    </message>
    <message>
        <source>FredApp merges your database with this file, both ways. Everyone who works together names the same file. Leave it empty to stop syncing.</source>
        <translation>FredApp slår sammen databasen din med denne filen, begge veier. Alle som jobber sammen, oppgir den samme filen. La feltet stå tomt for å slutte å synkronisere.</translation>
    </message>
    <message>
        <source>&amp;Shared file:</source>
        <translation>&amp;Felles fil:</translation>
    </message>
    <message>
        <source>The municipality's sync hub keeps everyone's changes; you see and change what your rights allow. The address begins with https:// (http:// only to this computer).</source>
        <translation>Kommunens knutepunkt for synkronisering tar vare på alles endringer; du ser og endrer det rettighetene dine gir deg. Adressen begynner med https:// (http:// bare til denne maskinen).</translation>
    </message>
    <message>
        <source>The hub's address</source>
        <translation>Knutepunktets adresse</translation>
    </message>
    <message>
        <source>&amp;Personal key</source>
        <translation>&amp;Personlig nøkkel</translation>
    </message>
    <message>
        <source>Sign in with the &amp;municipality's account</source>
        <translation>Logg inn med &amp;kommunens konto</translation>
    </message>
    <message>
        <source>Personal key</source>
        <translation>Personlig nøkkel</translation>
    </message>
    <message>
        <source>Kept; paste a new key to replace it</source>
        <translation>Lagret; lim inn en ny nøkkel for å bytte den ut</translation>
    </message>
    <message>
        <source>Sign &amp;in in the browser…</source>
        <translation>Logg &amp;inn i nettleseren …</translation>
    </message>
    <message>
        <source>Sign in with the municipality's account</source>
        <translation>Logg inn med kommunens konto</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkobling</translation>
    </message>
    <message>
        <source>Test the connection to the hub</source>
        <translation>Test tilkoblingen til knutepunktet</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Tilkobling</translation>
    </message>
    <message>
        <source>Your sign-in is kept in this computer's keyring.</source>
        <translation>Innloggingen din lagres i nøkkelringen på denne maskinen.</translation>
    </message>
    <message>
        <source>This computer has no keyring; you must sign in again next time.</source>
        <translation>Denne maskinen har ingen nøkkelring; du må logge inn igjen neste gang.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Nøkkel:</translation>
    </message>
    <message>
        <source>Signed in with the municipality's account.</source>
        <translation>Logget inn med kommunens konto.</translation>
    </message>
    <message>
        <source>FredApp database (*.sqlite);;All files (*)</source>
        <translation>FredApp-database (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Sign in first: press «Sign in in the browser…»</source>
        <translation>Logg inn først: trykk «Logg inn i nettleseren …»</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file in it</source>
        <translation>%1 er en mappe; oppgi en fil i den</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Mappen %1 finnes ikke</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Spør knutepunktet …</translation>
    </message>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation>Tilkoblet som %1 (%2).</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened…</source>
        <translation>Logg inn i nettleservinduet som åpnet seg …</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Milestones and measures as marks and bars from start to due date. Up and down arrows choose one; Shift+Left or Right moves its due date a week, Alt+Left or Right its start; Enter opens a measure. The Table tab lists the same measures.</source>
        <translation>Milepæler og tiltak som merker og stolper fra start- til fristdato. Pil opp og ned velger ett; Shift+venstre eller høyre flytter fristen en uke, Alt+venstre eller høyre starten; Enter åpner et tiltak. Fanen Tabell viser de samme tiltakene.</translation>
    </message>
    <message>
        <source>Insert adds a milestone; Enter edits the chosen milestone and Delete removes it.</source>
        <translation>Insert legger til en milepæl; Enter redigerer den valgte milepælen og Delete sletter den.</translation>
    </message>
    <message>
        <source>&amp;Edit milestone …</source>
        <translation>&amp;Rediger milepæl …</translation>
    </message>
    <message>
        <source>&amp;Delete milestone</source>
        <translation>&amp;Slett milepæl</translation>
    </message>
    <message>
        <source>&amp;New milestone here …</source>
        <translation>&amp;Ny milepæl her …</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>starter %1</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>ingen datoer</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <source>late</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milepæler</translation>
    </message>
    <message>
        <source>Without dates</source>
        <translation>Uten datoer</translation>
    </message>
    <message>
        <source>Milestone %1, %2</source>
        <translation>Milepæl %1, %2</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message numerus="yes">
        <source>Timeline %1 – %2 of %n measure(s) shown</source>
        <translation>
            <numerusform>Tidslinje %1 – %2 av %n tiltak vist</numerusform>
            <numerusform>Tidslinje %1 – %2 av %n tiltak vist</numerusform>
        </translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation>filter: %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (forts.)</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Dates of %1: %2 – %3</source>
        <translation>Datoer for %1: %2 – %3</translation>
    </message>
    <message>
        <source>New milestone …</source>
        <translation>Ny milepæl …</translation>
    </message>
    <message>
        <source>New milestone (Insert)</source>
        <translation>Ny milepæl (Insert)</translation>
    </message>
    <message>
        <source>Group the timeline</source>
        <translation>Grupper tidslinjen</translation>
    </message>
    <message>
        <source>Rows by dimension</source>
        <translation>Rader etter dimensjon</translation>
    </message>
    <message>
        <source>Rows by level</source>
        <translation>Rader etter nivå</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Kvartaler</translation>
    </message>
    <message>
        <source>Zoom out: more time, quarters</source>
        <translation>Zoom ut: mer tid, kvartaler</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>Zoom in: less time, months</source>
        <translation>Zoom inn: mindre tid, måneder</translation>
    </message>
    <message>
        <source>All milestone titles</source>
        <translation>Alle milepælers titler</translation>
    </message>
    <message>
        <source>Each milestone's whole title, in as many rows as needed; off: one row, titles cut short (the whole title in the tooltip)</source>
        <translation>Hver milepæls hele tittel, på så mange rader som trengs; av: én rad, titlene forkortet (hele tittelen i verktøytipset)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Scroll to today</source>
        <translation>Gå til i dag</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Eksporter tidslinje</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Eksporter tidslinjen</translation>
    </message>
    <message>
        <source>Export &amp;timeline</source>
        <translation>Eksporter tids&amp;linje</translation>
    </message>
    <message>
        <source>PDF, A4 landscape…</source>
        <translation>PDF, A4 liggende …</translation>
    </message>
    <message>
        <source>PDF, A3 landscape…</source>
        <translation>PDF, A3 liggende …</translation>
    </message>
    <message>
        <source>PNG picture…</source>
        <translation>PNG-bilde …</translation>
    </message>
    <message>
        <source>Drag a bar or its ends to change its dates; Shift+←/→ moves the due date a week,</source>
        <translation>Dra en stolpe eller endene for å endre datoene; Shift+←/→ flytter fristen en uke,</translation>
    </message>
    <message>
        <source>Alt+←/→ the start; Enter opens the measure.</source>
        <translation>Alt+←/→ starten; Enter åpner tiltaket.</translation>
    </message>
    <message>
        <source>Milestone %1: %2</source>
        <translation>Milepæl %1: %2</translation>
    </message>
    <message>
        <source>Exporting the timeline to %1 …</source>
        <translation>Eksporterer tidslinjen til %1 …</translation>
    </message>
    <message>
        <source>Exported the timeline to %1</source>
        <translation>Eksporterte tidslinjen til %1</translation>
    </message>
</context>
<context>
    <name>ToolkitTableModel</name>
    <message>
        <source>Retired</source>
        <translation>Faset ut</translation>
    </message>
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
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TrendPlot</name>
    <message>
        <source>hidden (&lt; 5)</source>
        <translation>skjult (&lt; 5)</translation>
    </message>
    <message>
        <source>Sick-leave trend</source>
        <translation>Utvikling i sykefravær</translation>
    </message>
    <message>
        <source>The months are listed in the table beside it.</source>
        <translation>Månedene står i tabellen ved siden av.</translation>
    </message>
    <message>
        <source>Sick leave (%)</source>
        <translation>Sykefravær (%)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Korttid</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Langtid</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>No sick-leave figures.</source>
        <translation>Ingen tall for sykefravær.</translation>
    </message>
    <message>
        <source>%1 to %2.</source>
        <translation>%1 til %2.</translation>
    </message>
    <message>
        <source>Latest shown month %1: total %2, short-term %3, long-term %4.</source>
        <translation>Siste viste måned %1: totalt %2, korttid %3, langtid %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) hidden (fewer than 5 employees).</source>
        <translation>
            <numerusform>%n måned skjult (færre enn 5 ansatte).</numerusform>
            <numerusform>%n måneder skjult (færre enn 5 ansatte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Target %1.</source>
        <translation>Mål %1.</translation>
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
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Parent id</source>
        <translation>Overordnet id</translation>
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
        <source>Predecessors</source>
        <translation>Forgjengere</translation>
    </message>
    <message>
        <source>Units below</source>
        <translation>Enheter under</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Gi nytt navn til %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Endre %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Legg til %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Slett %1</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>øverste nivå</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln enhet</numerusform>
            <numerusform>%Ln enheter</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Flytt %1 til %2</translation>
    </message>
</context>
<context>
    <name>VersionList</name>
    <message>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
    <message>
        <source>Each version is the text as it was saved. A version is made when you choose Save version (Ctrl+S) and when you leave a description you have changed. Select one to restore it, or two to compare them.</source>
        <translation>Hver versjon er teksten slik den ble lagret. En versjon lages når du velger Lagre versjon (Ctrl+S), og når du forlater en beskrivelse du har endret. Velg én for å gjenopprette den, eller to for å sammenligne dem.</translation>
    </message>
    <message>
        <source>Com&amp;pare selected</source>
        <translation>Sa&amp;mmenlign valgte</translation>
    </message>
    <message>
        <source>Compare two selected versions side by side</source>
        <translation>Sammenlign to valgte versjoner side om side</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>Gjen&amp;opprett</translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation>Gjenopprett den valgte versjonen</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versjoner:</translation>
    </message>
</context>
<context>
    <name>VersionTableModel</name>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukjent)</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Stoppet; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Leser %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Saving %Ln change(s) …</source>
        <translation>
            <numerusform>Lagrer %Ln endring …</numerusform>
            <numerusform>Lagrer %Ln endringer …</numerusform>
        </translation>
    </message>
</context>
</TS>