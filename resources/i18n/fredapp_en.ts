<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name />
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>no scenario is called '{name}'; scenarios: {names}</source>
        <translation>no scenario is called '{name}'; scenarios: {names}</translation>
    </message>
    <message>
        <source>more than one scenario is called '{name}' ({count}); rename one first</source>
        <translation>more than one scenario is called '{name}' ({count}); rename one first</translation>
    </message>
    <message>
        <source>'{text}' is not a period (YYYY-MM, YYYY-Qn or YYYY)</source>
        <translation>'{text}' is not a period (YYYY-MM, YYYY-Qn or YYYY)</translation>
    </message>
    <message>
        <source>'{text}' has no month {month}</source>
        <translation>'{text}' has no month {month}</translation>
    </message>
    <message>
        <source>the unit already has a checklist for {period}</source>
        <translation>the unit already has a checklist for {period}</translation>
    </message>
    <message>
        <source>new checklist</source>
        <translation>new checklist</translation>
    </message>
    <message>
        <source>the unit has no checklist for the previous period {period}</source>
        <translation>the unit has no checklist for the previous period {period}</translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation>a task needs a title</translation>
    </message>
    <message>
        <source>new checklist item</source>
        <translation>new checklist item</translation>
    </message>
    <message>
        <source>delete checklist</source>
        <translation>delete checklist</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} is a folder, not a database file</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} does not exist</translation>
    </message>
    <message>
        <source>--hub needs your token: --token TOKEN or FREDAPP_HUB_TOKEN</source>
        <translation>--hub needs your token: --token TOKEN or FREDAPP_HUB_TOKEN</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>the folder {folder} does not exist</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; cannot create {name}</source>
        <translation>the folder {folder} is read-only; cannot create {name}</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied</source>
        <translation>{path} cannot be read: permission denied</translation>
    </message>
    <message>
        <source>{path} is not a FredApp database: it is an empty file</source>
        <translation>{path} is not a FredApp database: it is an empty file</translation>
    </message>
    <message>
        <source>{path} is not a FredApp database: it is not a SQLite database file</source>
        <translation>{path} is not a FredApp database: it is not a SQLite database file</translation>
    </message>
    <message>
        <source>{path}: an interrupted write left a journal; open the database with write access to finish rolling it back</source>
        <translation>{path}: an interrupted write left a journal; open the database with write access to finish rolling it back</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read: {reason}</source>
        <translation>{path} is damaged and cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{path} is a SQLite database, but not a FredApp database</source>
        <translation>{path} is a SQLite database, but not a FredApp database</translation>
    </message>
    <message>
        <source>{path} has no schema version; it is damaged or not FredApp's</source>
        <translation>{path} has no schema version; it is damaged or not FredApp's</translation>
    </message>
    <message>
        <source>upgrading {path} from schema {revision} failed: {reason}</source>
        <translation>upgrading {path} from schema {revision} failed: {reason}</translation>
    </message>
    <message>
        <source>{path} has the older schema {revision} and must be upgraded, but it is read-only</source>
        <translation>{path} has the older schema {revision} and must be upgraded, but it is read-only</translation>
    </message>
    <message>
        <source>{path} was written by a newer FredApp (schema {revision}; this FredApp knows up to {head}). Update FredApp to open it; the file was left unchanged.</source>
        <translation>{path} was written by a newer FredApp (schema {revision}; this FredApp knows up to {head}). Update FredApp to open it; the file was left unchanged.</translation>
    </message>
    <message>
        <source>{path} is read-only; FredApp needs to write to its database</source>
        <translation>{path} is read-only; FredApp needs to write to its database</translation>
    </message>
    <message>
        <source>the folder of {path} is read-only; SQLite needs it for its journal</source>
        <translation>the folder of {path} is read-only; SQLite needs it for its journal</translation>
    </message>
    <message>
        <source>the demo scale must be a whole number of at least 1, not {scale}</source>
        <translation>the demo scale must be a whole number of at least 1, not {scale}</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>the database is open read-only</translation>
    </message>
    <message>
        <source>this database already holds demo data</source>
        <translation>this database already holds demo data</translation>
    </message>
    <message>
        <source>new function description</source>
        <translation>new function description</translation>
    </message>
    <message>
        <source>new role description</source>
        <translation>new role description</translation>
    </message>
    <message>
        <source>the description does not exist</source>
        <translation>the description does not exist</translation>
    </message>
    <message>
        <source>save description</source>
        <translation>save description</translation>
    </message>
    <message>
        <source>that version does not belong to this description</source>
        <translation>that version does not belong to this description</translation>
    </message>
    <message>
        <source>{cell} is empty</source>
        <translation>{cell} is empty</translation>
    </message>
    <message>
        <source>row {row}: {municipality} appears twice for {measure} without a period; the first is row {first}</source>
        <translation>row {row}: {municipality} appears twice for {measure} without a period; the first is row {first}</translation>
    </message>
    <message>
        <source>row {row}: {municipality} appears twice for {measure} in the period {period}; the first is row {first}</source>
        <translation>row {row}: {municipality} appears twice for {measure} in the period {period}; the first is row {first}</translation>
    </message>
    <message>
        <source>{file} has a header but no rows</source>
        <translation>{file} has a header but no rows</translation>
    </message>
    <message>
        <source>benchmarks</source>
        <translation>benchmarks</translation>
    </message>
    <message>
        <source>{cell}: '{text}' is neither hour nor queue</source>
        <translation>{cell}: '{text}' is neither hour nor queue</translation>
    </message>
    <message>
        <source>row {row}: a second row for {category} ({table}) in the period {period}; the first is row {first}</source>
        <translation>row {row}: a second row for {category} ({table}) in the period {period}; the first is row {first}</translation>
    </message>
    <message>
        <source>call figures</source>
        <translation>call figures</translation>
    </message>
    <message>
        <source>{period} (per hour)</source>
        <translation>{period} (per hour)</translation>
    </message>
    <message>
        <source>{period} (per queue)</source>
        <translation>{period} (per queue)</translation>
    </message>
    <message>
        <source>Stopped; nothing was imported.</source>
        <translation>Stopped; nothing was imported.</translation>
    </message>
    <message>
        <source>Stopped; the file was not written.</source>
        <translation>Stopped; the file was not written.</translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation>could not write {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file</source>
        <translation>{path} does not exist or is not a file</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>could not read {path}: {reason}</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} is empty</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device or a pipe); it was not read</source>
        <translation>{path} is not a regular file (a device or a pipe); it was not read</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB, more than FredApp imports</source>
        <translation>{file} is larger than {limit} MB, more than FredApp imports</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows, more than FredApp imports</source>
        <translation>{file} has more than {limit} rows, more than FredApp imports</translation>
    </message>
    <message>
        <source>{file}, row {row}: a cell holds more than {limit} characters</source>
        <translation>{file}, row {row}: a cell holds more than {limit} characters</translation>
    </message>
    <message>
        <source>{file}, row {row}: more than {limit} columns, more than FredApp imports</source>
        <translation>{file}, row {row}: more than {limit} columns, more than FredApp imports</translation>
    </message>
    <message>
        <source>the cell is empty</source>
        <translation>the cell is empty</translation>
    </message>
    <message>
        <source>'{text}' is not a number</source>
        <translation>'{text}' is not a number</translation>
    </message>
    <message>
        <source>{cell}: is empty</source>
        <translation>{cell}: is empty</translation>
    </message>
    <message>
        <source>{cell}: '{text}' is not a number</source>
        <translation>{cell}: '{text}' is not a number</translation>
    </message>
    <message>
        <source>unsupported file type without an ending; use .csv or .xlsx</source>
        <translation>unsupported file type without an ending; use .csv or .xlsx</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}'; use .csv or .xlsx</source>
        <translation>unsupported file type '{suffix}'; use .csv or .xlsx</translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} is a folder</translation>
    </message>
    <message>
        <source>{file} is not a readable CSV file: {reason}</source>
        <translation>{file} is not a readable CSV file: {reason}</translation>
    </message>
    <message>
        <source>{file}, row {row}: a quote (") opened in this row is never closed</source>
        <translation>{file}, row {row}: a quote (") opened in this row is never closed</translation>
    </message>
    <message>
        <source>{file} says it is UTF-8 but is not: damaged at byte {byte}</source>
        <translation>{file} says it is UTF-8 but is not: damaged at byte {byte}</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8</source>
        <translation>{file} is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel file</source>
        <translation>{file} is not a readable Excel file</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB, more than FredApp imports</source>
        <translation>{file} unpacks to more than {limit} MB, more than FredApp imports</translation>
    </message>
    <message>
        <source>{file}: its sheet says it has {rows} rows and {columns} columns; FredApp imports at most {max_rows} rows and {max_columns} columns</source>
        <translation>{file}: its sheet says it has {rows} rows and {columns} columns; FredApp imports at most {max_rows} rows and {max_columns} columns</translation>
    </message>
    <message>
        <source>row {row}, column '{column}'</source>
        <translation>row {row}, column '{column}'</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>column '{column}'</source>
        <translation>column '{column}'</translation>
    </message>
    <message>
        <source>{cell}: '{text}' is not a direction; write reduce_by, increase_by or reach</source>
        <translation>{cell}: '{text}' is not a direction; write reduce_by, increase_by or reach</translation>
    </message>
    <message>
        <source>row {row}: the goal '{title}' for {periods} appears twice; the first is row {first}</source>
        <translation>row {row}: the goal '{title}' for {periods} appears twice; the first is row {first}</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>goals</translation>
    </message>
    <message>
        <source>row 1, column {index}: unknown column '{name}'; the columns are {expected} (optional: {optional})</source>
        <translation>row 1, column {index}: unknown column '{name}'; the columns are {expected} (optional: {optional})</translation>
    </message>
    <message>
        <source>row 1, column {index}: unknown column '{name}'; the columns are {expected}</source>
        <translation>row 1, column {index}: unknown column '{name}'; the columns are {expected}</translation>
    </message>
    <message>
        <source>row 1, column {index}: the column '{name}' appears twice</source>
        <translation>row 1, column {index}: the column '{name}' appears twice</translation>
    </message>
    <message>
        <source>row 1: the columns {names} are missing</source>
        <translation>row 1: the columns {names} are missing</translation>
    </message>
    <message>
        <source>row 1: the column {names} is missing</source>
        <translation>row 1: the column {names} is missing</translation>
    </message>
    <message>
        <source>{cell}: '{text}' is not a duration; write hh:mm:ss</source>
        <translation>{cell}: '{text}' is not a duration; write hh:mm:ss</translation>
    </message>
    <message>
        <source>{cell}: the period is empty</source>
        <translation>{cell}: the period is empty</translation>
    </message>
    <message>
        <source>{cell}: '{text}' is not a date</source>
        <translation>{cell}: '{text}' is not a date</translation>
    </message>
    <message>
        <source>{cell}: '{text}' is not a period; write for example 2023, 2023-04, april 2023 or 30.04.2023</source>
        <translation>{cell}: '{text}' is not a period; write for example 2023, 2023-04, april 2023 or 30.04.2023</translation>
    </message>
    <message>
        <source>{cell}: '{text}' has no month {month}</source>
        <translation>{cell}: '{text}' has no month {month}</translation>
    </message>
    <message>
        <source>{cell}: '{text}' is neither ja nor nei</source>
        <translation>{cell}: '{text}' is neither ja nor nei</translation>
    </message>
    <message>
        <source>the database already holds {kind} for:
{held}
Nothing was imported; replace them with --replace (on the command line) or by answering yes in FredApp</source>
        <translation>the database already holds {kind} for:
{held}
Nothing was imported; replace them with --replace (on the command line) or by answering yes in FredApp</translation>
    </message>
    <message>
        <source>'{kind}' cannot be exported</source>
        <translation>'{kind}' cannot be exported</translation>
    </message>
    <message>
        <source>'{kind}' cannot be imported</source>
        <translation>'{kind}' cannot be imported</translation>
    </message>
    <message>
        <source>exporting '{kind}' does not take --{option}</source>
        <translation>exporting '{kind}' does not take --{option}</translation>
    </message>
    <message>
        <source>importing '{kind}' does not take --{option}</source>
        <translation>importing '{kind}' does not take --{option}</translation>
    </message>
    <message>
        <source>unknown kind '{name}'; known kinds: {known}</source>
        <translation>unknown kind '{name}'; known kinds: {known}</translation>
    </message>
    <message>
        <source>'{field}' is not an editable field of a unit</source>
        <translation>'{field}' is not an editable field of a unit</translation>
    </message>
    <message>
        <source>a unit needs a name</source>
        <translation>a unit needs a name</translation>
    </message>
    <message>
        <source>'{text}' is not a level; levels: {known}</source>
        <translation>'{text}' is not a level; levels: {known}</translation>
    </message>
    <message>
        <source>headcount must be a whole number</source>
        <translation>headcount must be a whole number</translation>
    </message>
    <message>
        <source>headcount '{value}' is not a whole number</source>
        <translation>headcount '{value}' is not a whole number</translation>
    </message>
    <message>
        <source>headcount cannot be negative ({value})</source>
        <translation>headcount cannot be negative ({value})</translation>
    </message>
    <message>
        <source>headcount {value} is not plausible</source>
        <translation>headcount {value} is not plausible</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>the unit</translation>
    </message>
    <message>
        <source>'{unit}' cannot be moved under itself</source>
        <translation>'{unit}' cannot be moved under itself</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>the target</translation>
    </message>
    <message>
        <source>'{unit}' cannot be moved under '{target}', which lies below it</source>
        <translation>'{unit}' cannot be moved under '{target}', which lies below it</translation>
    </message>
    <message>
        <source>delete unit</source>
        <translation>delete unit</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>a scenario needs a name</translation>
    </message>
    <message>
        <source>a scenario called '{name}' exists already</source>
        <translation>a scenario called '{name}' exists already</translation>
    </message>
    <message>
        <source>the scenario to copy does not exist</source>
        <translation>the scenario to copy does not exist</translation>
    </message>
    <message>
        <source>copy scenario</source>
        <translation>copy scenario</translation>
    </message>
    <message>
        <source>The field '{field}' contains what looks like a national identity number (fødselsnummer or D-nummer). FredApp does not store personal identity numbers: remove it and save again.</source>
        <translation>The field '{field}' contains what looks like a national identity number (fødselsnummer or D-nummer). FredApp does not store personal identity numbers: remove it and save again.</translation>
    </message>
    <message>
        <source>{hub} was refused and nothing of it applied: {problem}</source>
        <translation>{hub} was refused and nothing of it applied: {problem}</translation>
    </message>
    <message>
        <source>sync stopped and changed nothing: {reason} ({hub})</source>
        <translation>sync stopped and changed nothing: {reason} ({hub})</translation>
    </message>
    <message>
        <source>the shared file kept changing while syncing; try again later</source>
        <translation>the shared file kept changing while syncing; try again later</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>a FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>a character device</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>a block device</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>an unknown kind of file</source>
        <translation>an unknown kind of file</translation>
    </message>
    <message>
        <source>{name} is not a regular file ({kind}); it was left as it is</source>
        <translation>{name} is not a regular file ({kind}); it was left as it is</translation>
    </message>
    <message>
        <source>{name} is larger than FredApp accepts ({size} bytes; at most {limit}); it was left as it is</source>
        <translation>{name} is larger than FredApp accepts ({size} bytes; at most {limit}); it was left as it is</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes); it was left as it is</source>
        <translation>{name} is empty (0 bytes); it was left as it is</translation>
    </message>
    <message>
        <source>{name} is not a FredApp database (not a SQLite file); left as it is</source>
        <translation>{name} is not a FredApp database (not a SQLite file); left as it is</translation>
    </message>
    <message>
        <source>{name} is truncated ({size} bytes); it was left as it is</source>
        <translation>{name} is truncated ({size} bytes); it was left as it is</translation>
    </message>
    <message>
        <source>{name} is a SQLite database, but not FredApp's; left as it is</source>
        <translation>{name} is a SQLite database, but not FredApp's; left as it is</translation>
    </message>
    <message>
        <source>{name} has no schema version; it is damaged or not FredApp's</source>
        <translation>{name} has no schema version; it is damaged or not FredApp's</translation>
    </message>
    <message>
        <source>{name} was written by a newer FredApp (schema {revision}; this FredApp knows up to {head}); update FredApp to sync with it</source>
        <translation>{name} was written by a newer FredApp (schema {revision}; this FredApp knows up to {head}); update FredApp to sync with it</translation>
    </message>
    <message>
        <source>{name} has the older schema {revision}</source>
        <translation>{name} has the older schema {revision}</translation>
    </message>
    <message>
        <source>{name} holds triggers or views FredApp never writes ({what}); refused</source>
        <translation>{name} holds triggers or views FredApp never writes ({what}); refused</translation>
    </message>
    <message>
        <source>{name} is damaged (SQLite: {problem}); it was left as it is</source>
        <translation>{name} is damaged (SQLite: {problem}); it was left as it is</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({reason}); left as it is</source>
        <translation>{name} is damaged and cannot be read ({reason}); left as it is</translation>
    </message>
    <message>
        <source>{name} does not have FredApp's table {table} as expected; refused</source>
        <translation>{name} does not have FredApp's table {table} as expected; refused</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; cannot lock the shared file</source>
        <translation>the folder {folder} is read-only; cannot lock the shared file</translation>
    </message>
    <message>
        <source>the folder {folder} is not reachable</source>
        <translation>the folder {folder} is not reachable</translation>
    </message>
    <message>
        <source>the shared file is locked by {host} (process {pid}, since {time}); waited {seconds} s</source>
        <translation>the shared file is locked by {host} (process {pid}, since {time}); waited {seconds} s</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} is a folder, not a file</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; cannot write the shared file</source>
        <translation>the folder {folder} is read-only; cannot write the shared file</translation>
    </message>
    <message>
        <source>{folder} is not a folder; FredApp keeps the shared file's backups there</source>
        <translation>{folder} is not a folder; FredApp keeps the shared file's backups there</translation>
    </message>
    <message>
        <source>conflict copy {name} was not merged: {reason}</source>
        <translation>conflict copy {name} was not merged: {reason}</translation>
    </message>
    <message>
        <source>the checklist does not exist</source>
        <translation>the checklist does not exist</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>row {row}, column '{column}': '{text}' is not a date (YYYY-MM-DD or DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>row {row}: the item '{item}' is in the file twice</source>
        <translation>row {row}: the item '{item}' is in the file twice</translation>
    </message>
    <message>
        <source>{file}: {problem}; nothing was imported</source>
        <translation>{file}: {problem}; nothing was imported</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': no unit '{name}' in the current organisation</source>
        <translation>row {row}, column '{column}': no unit '{name}' in the current organisation</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': {problem}</source>
        <translation>row {row}, column '{column}': {problem}</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a period (YYYY-MM, YYYY-Qn or YYYY)</source>
        <translation>row {row}, column '{column}': '{text}' is not a period (YYYY-MM, YYYY-Qn or YYYY)</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': is empty</source>
        <translation>row {row}, column '{column}': is empty</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not one of {choices}</source>
        <translation>row {row}, column '{column}': '{text}' is not one of {choices}</translation>
    </message>
    <message>
        <source>row {row}: code '{code}' is also in row {first}</source>
        <translation>row {row}: code '{code}' is also in row {first}</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>row {row}: {problem}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>{file}: nothing was imported; rows refused: {count}
{rows}</source>
        <translation>{file}: nothing was imported; rows refused: {count}
{rows}</translation>
    </message>
    <message>
        <source>{file}: unknown columns {unknown}; the columns are {columns}</source>
        <translation>{file}: unknown columns {unknown}; the columns are {columns}</translation>
    </message>
    <message>
        <source>{file}: the column '{column}' is missing</source>
        <translation>{file}: the column '{column}' is missing</translation>
    </message>
    <message>
        <source>{file}: the column '{column}' appears twice</source>
        <translation>{file}: the column '{column}' appears twice</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': a new measure needs a title</source>
        <translation>row {row}, column '{column}': a new measure needs a title</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': is empty and the code '{code}' names no dimension</source>
        <translation>row {row}, column '{column}': is empty and the code '{code}' names no dimension</translation>
    </message>
    <message>
        <source>import measures</source>
        <translation>import measures</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': no unit is named '{text}'</source>
        <translation>row {row}, column '{column}': no unit is named '{text}'</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a date (write 2024-06-30 or 30.06.2024)</source>
        <translation>row {row}, column '{column}': '{text}' is not a date (write 2024-06-30 or 30.06.2024)</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a whole number from 1 to 5</source>
        <translation>row {row}, column '{column}': '{text}' is not a whole number from 1 to 5</translation>
    </message>
    <message>
        <source>the database has no scenario</source>
        <translation>the database has no scenario</translation>
    </message>
    <message>
        <source>name the scenario to import into (--scenario NAME)</source>
        <translation>name the scenario to import into (--scenario NAME)</translation>
    </message>
    <message>
        <source>{file} has a header but no units</source>
        <translation>{file} has a header but no units</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing changed:
{rows}</source>
        <translation>{file} was not imported; nothing changed:
{rows}</translation>
    </message>
    <message>
        <source>{file}: missing columns: {missing}; expected columns: {columns}</source>
        <translation>{file}: missing columns: {missing}; expected columns: {columns}</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': empty</source>
        <translation>row {row}, column '{column}': empty</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': empty; a unit needs a name</source>
        <translation>row {row}, column '{column}': empty; a unit needs a name</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a level ({levels})</source>
        <translation>row {row}, column '{column}': '{text}' is not a level ({levels})</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a whole number of 0 or more</source>
        <translation>row {row}, column '{column}': '{text}' is not a whole number of 0 or more</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': holds a national identity number; remove it before importing</source>
        <translation>row {row}, column '{column}': holds a national identity number; remove it before importing</translation>
    </message>
    <message>
        <source>rows {first} and {row}: duplicate id '{id}'</source>
        <translation>rows {first} and {row}: duplicate id '{id}'</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': unknown parent '{parent}' (no row has that id)</source>
        <translation>row {row}, column '{column}': unknown parent '{parent}' (no row has that id)</translation>
    </message>
    <message>
        <source>row {row}: the unit '{id}' is its own parent</source>
        <translation>row {row}: the unit '{id}' is its own parent</translation>
    </message>
    <message>
        <source>rows {rows}: the parents form a cycle ({chain})</source>
        <translation>rows {rows}: the parents form a cycle ({chain})</translation>
    </message>
    <message>
        <source>import organisation</source>
        <translation>import organisation</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}'; use .xlsx</source>
        <translation>unsupported file type '{suffix}'; use .xlsx</translation>
    </message>
    <message>
        <source>row {row}: {unit} {month} is in the file twice</source>
        <translation>row {row}: {unit} {month} is in the file twice</translation>
    </message>
    <message>
        <source>{file}: nothing was imported:
{rows}</source>
        <translation>{file}: nothing was imported:
{rows}</translation>
    </message>
    <message>
        <source>{file}: missing columns: {missing}; the columns are {columns}</source>
        <translation>{file}: missing columns: {missing}; the columns are {columns}</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': more than one unit is named '{name}' ({count})</source>
        <translation>row {row}, column '{column}': more than one unit is named '{name}' ({count})</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a whole number</source>
        <translation>row {row}, column '{column}': '{text}' is not a whole number</translation>
    </message>
    <message>
        <source>'{month}' is not a month YYYY-MM</source>
        <translation>'{month}' is not a month YYYY-MM</translation>
    </message>
    <message>
        <source>{month} is in the future; enter months that are over</source>
        <translation>{month} is in the future; enter months that are over</translation>
    </message>
    <message>
        <source>the number of employees must be 1 or more, not {employees}</source>
        <translation>the number of employees must be 1 or more, not {employees}</translation>
    </message>
    <message>
        <source>{value} is not a percentage between 0 and 100</source>
        <translation>{value} is not a percentage between 0 and 100</translation>
    </message>
    <message>
        <source>short-term {short} + long-term {long} = {sum}, not the total {total} (more than {tolerance} point apart)</source>
        <translation>short-term {short} + long-term {long} = {sum}, not the total {total} (more than {tolerance} point apart)</translation>
    </message>
    <message>
        <source>row {row}, column '{column}': '{text}' is not a month written YYYY-MM</source>
        <translation>row {row}, column '{column}': '{text}' is not a month written YYYY-MM</translation>
    </message>
    <message>
        <source>Qt could not write {path}</source>
        <translation>Qt could not write {path}</translation>
    </message>
    <message>
        <source>a graph file needs the ending .png or .svg</source>
        <translation>a graph file needs the ending .png or .svg</translation>
    </message>
    <message>
        <source>unsupported graph file type '{suffix}'; use .png or .svg</source>
        <translation>unsupported graph file type '{suffix}'; use .png or .svg</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}'; use .pdf or .odt</source>
        <translation>unsupported file type '{suffix}'; use .pdf or .odt</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}'; use .pdf or .xlsx</source>
        <translation>unsupported file type '{suffix}'; use .pdf or .xlsx</translation>
    </message>
    <message>
        <source>the disk is full; nothing was changed</source>
        <translation>the disk is full; nothing was changed</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full; nothing was changed</source>
        <translation>the disk holding {folder} is full; nothing was changed</translation>
    </message>
    <message>
        <source>this computer's clock says {when}; set the date and time right, then try again (nothing was changed)</source>
        <translation>this computer's clock says {when}; set the date and time right, then try again (nothing was changed)</translation>
    </message>
    <message>
        <source>the change stamp {stamp} lies more than {days} days ahead of this computer's clock; it is damaged or made by a computer whose clock is wrong</source>
        <translation>the change stamp {stamp} lies more than {days} days ahead of this computer's clock; it is damaged or made by a computer whose clock is wrong</translation>
    </message>
    <message>
        <source>field '{field}' {problem}</source>
        <translation>field '{field}' {problem}</translation>
    </message>
    <message>
        <source>is empty, but must have a value</source>
        <translation>is empty, but must have a value</translation>
    </message>
    <message>
        <source>is not a UUID</source>
        <translation>is not a UUID</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>is not text</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>is {length} characters long; at most {limit} are allowed</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contains control characters</translation>
    </message>
    <message>
        <source>is '{value}', not one of {choices}</source>
        <translation>is '{value}', not one of {choices}</translation>
    </message>
    <message>
        <source>is '{value}', not of the form {form}</source>
        <translation>is '{value}', not of the form {form}</translation>
    </message>
    <message>
        <source>contains what looks like a national identity number</source>
        <translation>contains what looks like a national identity number</translation>
    </message>
    <message>
        <source>is {value}, not a whole number</source>
        <translation>is {value}, not a whole number</translation>
    </message>
    <message>
        <source>is {value}, not a number</source>
        <translation>is {value}, not a number</translation>
    </message>
    <message>
        <source>is {value}, outside {minimum} to {maximum}</source>
        <translation>is {value}, outside {minimum} to {maximum}</translation>
    </message>
    <message>
        <source>is not a yes/no value (0 or 1)</source>
        <translation>is not a yes/no value (0 or 1)</translation>
    </message>
    <message>
        <source>is {value}, not a date (YYYY-MM-DD)</source>
        <translation>is {value}, not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>is {value}, not a date and time</source>
        <translation>is {value}, not a date and time</translation>
    </message>
    <message>
        <source>is not a change stamp</source>
        <translation>is not a change stamp</translation>
    </message>
    <message>
        <source>is '{value}', not a device id (letters, digits, _ and -)</source>
        <translation>is '{value}', not a device id (letters, digits, _ and -)</translation>
    </message>
    <message>
        <source>is a change stamp from {when}, beyond the clock bound ({days} days ahead of this computer)</source>
        <translation>is a change stamp from {when}, beyond the clock bound ({days} days ahead of this computer)</translation>
    </message>
    <message>
        <source>the start date {start} is after the due date {due}</source>
        <translation>the start date {start} is after the due date {due}</translation>
    </message>
    <message>
        <source>short-term ({short}) and long-term ({long}) sick leave do not add up to the total ({total})</source>
        <translation>short-term ({short}) and long-term ({long}) sick leave do not add up to the total ({total})</translation>
    </message>
    <message>
        <source>table {table}, record {record}, field {field}: {problem}</source>
        <translation>table {table}, record {record}, field {field}: {problem}</translation>
    </message>
    <message>
        <source>records of {table} whose {field} points to a {target} that does not exist: {count} (for example record {record})</source>
        <translation>records of {table} whose {field} points to a {target} that does not exist: {count} (for example record {record})</translation>
    </message>
    <message>
        <source>{author} has changed '{field}' since, to '{value}'</source>
        <translation>{author} has changed '{field}' since, to '{value}'</translation>
    </message>
    <message>
        <source>Staff leaders</source>
        <translation>Staff leaders</translation>
    </message>
    <message>
        <source>Business unit leaders</source>
        <translation>Business unit leaders</translation>
    </message>
    <message>
        <source>Department leaders</source>
        <translation>Department leaders</translation>
    </message>
    <message>
        <source>Team leaders</source>
        <translation>Team leaders</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>business unit</source>
        <translation>business unit</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Changed level</source>
        <translation>Changed level</translation>
    </message>
    <message>
        <source>the latest figures held</source>
        <translation>the latest figures held</translation>
    </message>
    <message>
        <source>The shared services and central cross-cutting processes</source>
        <translation>The shared services and central cross-cutting processes</translation>
    </message>
    <message>
        <source>the period '{period}' is not a year (2023) or a month (2023-04)</source>
        <translation>the period '{period}' is not a year (2023) or a month (2023-04)</translation>
    </message>
    <message>
        <source>the database holds no organisation scenario</source>
        <translation>the database holds no organisation scenario</translation>
    </message>
    <message>
        <source>Briefing for the city council</source>
        <translation>Briefing for the city council</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <source>Organisation: {first} → {second}</source>
        <translation>Organisation: {first} → {second}</translation>
    </message>
    <message>
        <source>Leaders in total</source>
        <translation>Leaders in total</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Employees per leader</source>
        <translation>Employees per leader</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change in per cent</source>
        <translation>Change in per cent</translation>
    </message>
    <message>
        <source>Leaders per level</source>
        <translation>Leaders per level</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <source>Leaders: {before} → {after} ({percent})</source>
        <translation>Leaders: {before} → {after} ({percent})</translation>
    </message>
    <message>
        <source>Employees per leader: {before} → {after} ({percent})</source>
        <translation>Employees per leader: {before} → {after} ({percent})</translation>
    </message>
    <message>
        <source>The organisation before and after: {first} → {second}</source>
        <translation>The organisation before and after: {first} → {second}</translation>
    </message>
    <message>
        <source>units created or removed: {count} (counted, not listed: the comparison in FredApp shows them)</source>
        <translation>units created or removed: {count} (counted, not listed: the comparison in FredApp shows them)</translation>
    </message>
    <message>
        <source>changes in all: {count}</source>
        <translation>changes in all: {count}</translation>
    </message>
    <message>
        <source>Units moved, split and merged</source>
        <translation>Units moved, split and merged</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>What changed ({page} of {pages})</source>
        <translation>What changed ({page} of {pages})</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>(top)</source>
        <translation>(top)</translation>
    </message>
    <message>
        <source>{unit} moved from {from_parent} to {to_parent}</source>
        <translation>{unit} moved from {from_parent} to {to_parent}</translation>
    </message>
    <message>
        <source>{before} renamed {after}</source>
        <translation>{before} renamed {after}</translation>
    </message>
    <message>
        <source>{before} split into {after}</source>
        <translation>{before} split into {after}</translation>
    </message>
    <message>
        <source>{before} merged into {after}</source>
        <translation>{before} merged into {after}</translation>
    </message>
    <message>
        <source>{unit} created under {parent}</source>
        <translation>{unit} created under {parent}</translation>
    </message>
    <message>
        <source>{unit} removed from {parent}</source>
        <translation>{unit} removed from {parent}</translation>
    </message>
    <message>
        <source>{unit} changed level from {from_level} to {to_level}</source>
        <translation>{unit} changed level from {from_level} to {to_level}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation>Roles and responsibilities</translation>
    </message>
    <message>
        <source>Competence and capacity</source>
        <translation>Competence and capacity</translation>
    </message>
    <message>
        <source>Work processes</source>
        <translation>Work processes</translation>
    </message>
    <message>
        <source>Performance measurement</source>
        <translation>Performance measurement</translation>
    </message>
    <message>
        <source>Communication, coordination and tools</source>
        <translation>Communication, coordination and tools</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Central staffs</source>
        <translation>Central staffs</translation>
    </message>
    <message>
        <source>Whole municipality</source>
        <translation>Whole municipality</translation>
    </message>
    <message>
        <source>Organisation (units and scenarios)</source>
        <translation>Organisation (units and scenarios)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Call-centre figures</source>
        <translation>Call-centre figures</translation>
    </message>
    <message>
        <source>Goals and outcomes</source>
        <translation>Goals and outcomes</translation>
    </message>
    <message>
        <source>Staffing benchmarks</source>
        <translation>Staffing benchmarks</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Measures per dimension and status</source>
        <translation>Measures per dimension and status</translation>
    </message>
    <message>
        <source>The measures: {done} of {total} done, {late} late</source>
        <translation>The measures: {done} of {total} done, {late} late</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Measures: {dimension} ({page} of {pages})</source>
        <translation>Measures: {dimension} ({page} of {pages})</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>Call centre</translation>
    </message>
    <message>
        <source>No call-centre figures for {period}</source>
        <translation>No call-centre figures for {period}</translation>
    </message>
    <message>
        <source>Calls per queue ({period})</source>
        <translation>Calls per queue ({period})</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Calls per hour ({period})</source>
        <translation>Calls per hour ({period})</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation>Longest call</translation>
    </message>
    <message>
        <source>Answered and unanswered calls</source>
        <translation>Answered and unanswered calls</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Baseline period</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Outcome period</source>
        <translation>Outcome period</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Goals against outcomes: {reached} of {count} reached</source>
        <translation>Goals against outcomes: {reached} of {count} reached</translation>
    </message>
    <message>
        <source>No goals for this period</source>
        <translation>No goals for this period</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Value ({unit})</source>
        <translation>Value ({unit})</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>{home} first, then lowest to highest</source>
        <translation>{home} first, then lowest to highest</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Staffing benchmark: {measure} ({period})</source>
        <translation>Staffing benchmark: {measure} ({period})</translation>
    </message>
    <message>
        <source>Sick leave in the organisation ({scenario})</source>
        <translation>Sick leave in the organisation ({scenario})</translation>
    </message>
    <message>
        <source>No sick-leave figures for this period</source>
        <translation>No sick-leave figures for this period</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Employees covered</source>
        <translation>Employees covered</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Short-term</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>Groups under 5 left out</source>
        <translation>Groups under 5 left out</translation>
    </message>
    <message>
        <source>Sick leave per month</source>
        <translation>Sick leave per month</translation>
    </message>
    <message>
        <source>Sick leave (%)</source>
        <translation>Sick leave (%)</translation>
    </message>
    <message>
        <source>Weighted by employees; groups of fewer than 5 employees are never shown</source>
        <translation>Weighted by employees; groups of fewer than 5 employees are never shown</translation>
    </message>
    <message>
        <source>as installed</source>
        <translation>as installed</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Data sources</translation>
    </message>
    <message>
        <source>Every figure in this briefing comes from FredApp's database</source>
        <translation>Every figure in this briefing comes from FredApp's database</translation>
    </message>
    <message>
        <source>unknown graph '{name}'; the graphs are: {names}</source>
        <extracomment>the size of a written graph in pixels: a slide's or a page's width at a readable scale</extracomment>
        <translation>unknown graph '{name}'; the graphs are: {names}</translation>
    </message>
    <message>
        <source>unexpected argument '{text}'</source>
        <translation>unexpected argument '{text}'</translation>
    </message>
    <message>
        <source>export graph needs a NAME and a FILE</source>
        <translation>export graph needs a NAME and a FILE</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}' for {kind}; use {endings}</source>
        <translation>unsupported file type '{suffix}' for {kind}; use {endings}</translation>
    </message>
    <message>
        <source>no {what} is called '{value}'; {what}s: {names}</source>
        <translation>no {what} is called '{value}'; {what}s: {names}</translation>
    </message>
    <message>
        <source>export checklist FILE.pdf needs --unit and --period</source>
        <translation>export checklist FILE.pdf needs --unit and --period</translation>
    </message>
    <message>
        <source>{unit} has no checklist for {period}</source>
        <translation>{unit} has no checklist for {period}</translation>
    </message>
    <message>
        <source>no unit is called '{name}'</source>
        <translation>no unit is called '{name}'</translation>
    </message>
    <message>
        <source>export comparison FILE needs --from A --to B</source>
        <translation>export comparison FILE needs --from A --to B</translation>
    </message>
    <message>
        <source>no graph is called '{name}'; graphs: {names}</source>
        <translation>no graph is called '{name}'; graphs: {names}</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}' for the briefing; use {endings}</source>
        <translation>unsupported file type '{suffix}' for the briefing; use {endings}</translation>
    </message>
    <message>
        <source>{path} could not be written</source>
        <translation>{path} could not be written</translation>
    </message>
    <message>
        <source>the hub {hub} is not reachable: {reason}</source>
        <translation>the hub {hub} is not reachable: {reason}</translation>
    </message>
    <message>
        <source>the hub {hub} refused the sign-in: {reason}</source>
        <translation>the hub {hub} refused the sign-in: {reason}</translation>
    </message>
    <message>
        <source>the hub {hub} refused the sync and nothing was applied: {reason}</source>
        <translation>the hub {hub} refused the sync and nothing was applied: {reason}</translation>
    </message>
    <message>
        <source>the hub refused {count} changes, undone on this computer; the first: {table} {record}: {reason}</source>
        <translation>the hub refused {count} changes, undone on this computer; the first: {table} {record}: {reason}</translation>
    </message>
    <message>
        <source>Write the hub's address, e.g. https://hub.example.no</source>
        <translation>Write the hub's address, e.g. https://hub.example.no</translation>
    </message>
    <message>
        <source>{address} is not a web address; it starts with https://</source>
        <translation>{address} is not a web address; it starts with https://</translation>
    </message>
    <message>
        <source>Use https:// for {host}: over plain http anyone on the way could read your sign-in (http is allowed only to this computer, localhost)</source>
        <translation>Use https:// for {host}: over plain http anyone on the way could read your sign-in (http is allowed only to this computer, localhost)</translation>
    </message>
    <message>
        <source>Paste your personal key (it begins with fh1.)</source>
        <translation>Paste your personal key (it begins with fh1.)</translation>
    </message>
    <message>
        <source>This is not a FredApp personal key: it begins with fh1. and has no spaces; copy it again from what fredapp hub user add printed</source>
        <translation>This is not a FredApp personal key: it begins with fh1. and has no spaces; copy it again from what fredapp hub user add printed</translation>
    </message>
    <message>
        <source>This computer's clock is {minutes} minutes off the hub's; set the date and time right, or changes may be refused</source>
        <translation>This computer's clock is {minutes} minutes off the hub's; set the date and time right, or changes may be refused</translation>
    </message>
    <message>
        <source>The hub refused the sign-in: {reason}</source>
        <translation>The hub refused the sign-in: {reason}</translation>
    </message>
    <message>
        <source>the key is unknown, was revoked, or its user was removed; ask the hub's administrator</source>
        <translation>the key is unknown, was revoked, or its user was removed; ask the hub's administrator</translation>
    </message>
    <message>
        <source>this is not a FredApp hub key</source>
        <translation>this is not a FredApp hub key</translation>
    </message>
    <message>
        <source>the key was made for another hub</source>
        <translation>the key was made for another hub</translation>
    </message>
    <message>
        <source>the key has expired; ask for a new one</source>
        <translation>the key has expired; ask for a new one</translation>
    </message>
    <message>
        <source>you signed in, but are not a user of this hub; ask its administrator</source>
        <translation>you signed in, but are not a user of this hub; ask its administrator</translation>
    </message>
    <message>
        <source>the sign-in has expired; sign in again</source>
        <translation>the sign-in has expired; sign in again</translation>
    </message>
    <message>
        <source>the hub does not trust this sign-in service</source>
        <translation>the hub does not trust this sign-in service</translation>
    </message>
    <message>
        <source>the sign-in was made for another service</source>
        <translation>the sign-in was made for another service</translation>
    </message>
    <message>
        <source>{hub} answers, but is not a FredApp hub (or an older one)</source>
        <translation>{hub} answers, but is not a FredApp hub (or an older one)</translation>
    </message>
    <message>
        <source>The hub {hub} answered with an error ({status}): {reason}</source>
        <translation>The hub {hub} answered with an error ({status}): {reason}</translation>
    </message>
    <message>
        <source>The hub {hub} has no sign-in with a municipal account set up; use a personal key, or ask its administrator (fredapp hub oidc add)</source>
        <translation>The hub {hub} has no sign-in with a municipal account set up; use a personal key, or ask its administrator (fredapp hub oidc add)</translation>
    </message>
    <message>
        <source>The sign-in service {issuer} does not describe itself as OpenID Connect</source>
        <translation>The sign-in service {issuer} does not describe itself as OpenID Connect</translation>
    </message>
    <message>
        <source>The sign-in service sent no readable ID token</source>
        <translation>The sign-in service sent no readable ID token</translation>
    </message>
    <message>
        <source>The sign-in service refused: {reason}</source>
        <translation>The sign-in service refused: {reason}</translation>
    </message>
    <message>
        <source>the sign-in service {hub} is not reachable: {reason}</source>
        <translation>the sign-in service {hub} is not reachable: {reason}</translation>
    </message>
    <message>
        <source>The sign-in answer was not for this sign-in; try again</source>
        <translation>The sign-in answer was not for this sign-in; try again</translation>
    </message>
    <message>
        <source>The sign-in has expired; sign in again</source>
        <translation>The sign-in has expired; sign in again</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or took too long; try again</source>
        <translation>The sign-in was cancelled or took too long; try again</translation>
    </message>
    <message>
        <source>Not signed in to the hub; open the sync settings</source>
        <translation>Not signed in to the hub; open the sync settings</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}' for timeline; use .pdf or .png</source>
        <translation>unsupported file type '{suffix}' for timeline; use .pdf or .png</translation>
    </message>
    <message>
        <source>Not signed in to the hub; open the sync settings and sign in</source>
        <translation>Not signed in to the hub; open the sync settings and sign in</translation>
    </message>
    <message>
        <source>unsupported file type '{suffix}' for the chart; use {endings}</source>
        <translation>unsupported file type '{suffix}' for the chart; use {endings}</translation>
    </message>
    <message>
        <source>unknown page size '{page}'; use A4 or A3</source>
        <translation>unknown page size '{page}'; use A4 or A3</translation>
    </message>
    <message>
        <source>Organisation chart: {first} → {second}</source>
        <translation>Organisation chart: {first} → {second}</translation>
    </message>
    <message>
        <source>the span bands '{text}' are not whole numbers (write for example 2, 9, 15)</source>
        <translation>the span bands '{text}' are not whole numbers (write for example 2, 9, 15)</translation>
    </message>
    <message>
        <source>the span bands need 1 to {most} bounds, not {count}</source>
        <translation>the span bands need 1 to {most} bounds, not {count}</translation>
    </message>
    <message>
        <source>the span bands '{text}' must rise from 1 or more (for example 2, 9, 15)</source>
        <translation>the span bands '{text}' must rise from 1 or more (for example 2, 9, 15)</translation>
    </message>
    <message>
        <source>Timeline from {first} to {last}: {dated} measures with dates as bars ({late} late), {milestones} milestones; {undated} measures without dates are not shown</source>
        <translation>Timeline from {first} to {last}: {dated} measures with dates as bars ({late} late), {milestones} milestones; {undated} measures without dates are not shown</translation>
    </message>
    <message>
        <source>Timeline of the change</source>
        <translation>Timeline of the change</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>FredApp is already open with this database (%1). Use that window.</source>
        <translation>FredApp is already open with this database (%1). Use that window.</translation>
    </message>
    <message>
        <source>FredApp cannot open the database</source>
        <translation>FredApp cannot open the database</translation>
    </message>
</context>
<context>
    <name>BenchmarksView</name>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>Benchmarks, table</source>
        <translation>Benchmarks, table</translation>
    </message>
    <message>
        <source>Benchmarks, graph</source>
        <translation>Benchmarks, graph</translation>
    </message>
    <message>
        <source>%1 — period %2</source>
        <translation>%1 — period %2</translation>
    </message>
    <message>
        <source>unit not given by the source</source>
        <translation>unit not given by the source</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>(home)</source>
        <translation>(home)</translation>
    </message>
    <message>
        <source>Comparison municipalities</source>
        <translation>Comparison municipalities</translation>
    </message>
    <message>
        <source>Fredrikstad (hatched, marked ★)</source>
        <translation>Fredrikstad (hatched, marked ★)</translation>
    </message>
    <message>
        <source>Average of comparison municipalities: %1</source>
        <translation>Average of comparison municipalities: %1</translation>
    </message>
    <message>
        <source>Municipality, lowest to highest</source>
        <translation>Municipality, lowest to highest</translation>
    </message>
    <message>
        <source>No benchmarks in the database.</source>
        <translation>No benchmarks in the database.</translation>
    </message>
    <message>
        <source>Point at a bar to see its figure.</source>
        <translation>Point at a bar to see its figure.</translation>
    </message>
    <message>
        <source>%1, %2: %3 (rank %4 of %5, lowest first)</source>
        <translation>%1, %2: %3 (rank %4 of %5, lowest first)</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>Move %1 to %2</translation>
    </message>
    <message>
        <source>Rate %1: effect %2, effort %3</source>
        <translation>Rate %1: effect %2, effort %3</translation>
    </message>
    <message>
        <source>New measure %1</source>
        <translation>New measure %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
</context>
<context>
    <name>BoardExport</name>
    <message>
        <source>Measures %1 – %2 of %3 shown</source>
        <translation>Measures %1 – %2 of %3 shown</translation>
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
        <translation>Measure board</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Make council briefing</source>
        <translation>Make council briefing</translation>
    </message>
    <message>
        <source>the latest figures held</source>
        <translation>the latest figures held</translation>
    </message>
    <message>
        <source>Period: a year (2023) or a month (2023-04)</source>
        <translation>Period: a year (2023) or a month (2023-04)</translation>
    </message>
    <message>
        <source>Organisation before</source>
        <translation>Organisation before</translation>
    </message>
    <message>
        <source>Organisation after</source>
        <translation>Organisation after</translation>
    </message>
    <message>
        <source>Language of the briefing</source>
        <translation>Language of the briefing</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Also write a &amp;PDF beside it</source>
        <translation>Also write a &amp;PDF beside it</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Before:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;After:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Write</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>Save the briefing</translation>
    </message>
    <message>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists: %1</source>
        <translation>Choose a file in a folder that exists: %1</translation>
    </message>
    <message>
        <source>Writing the briefing …</source>
        <translation>Writing the briefing …</translation>
    </message>
    <message>
        <source>Briefing written to %1</source>
        <translation>Briefing written to %1</translation>
    </message>
</context>
<context>
    <name>CallCentreView</name>
    <message>
        <source>Per hour of the day</source>
        <translation>Per hour of the day</translation>
    </message>
    <message>
        <source>Per queue</source>
        <translation>Per queue</translation>
    </message>
    <message>
        <source>Answered and unanswered calls</source>
        <translation>Answered and unanswered calls</translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation>Longest call</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Figure:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Call-centre figures, table</source>
        <translation>Call-centre figures, table</translation>
    </message>
    <message>
        <source>Call-centre figures, graph</source>
        <translation>Call-centre figures, graph</translation>
    </message>
    <message>
        <source>%1 — period %2</source>
        <translation>%1 — period %2</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Calls (number)</source>
        <translation>Calls (number)</translation>
    </message>
    <message>
        <source>Longest call (minutes)</source>
        <translation>Longest call (minutes)</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Hour of the day</translation>
    </message>
    <message>
        <source>Point at a bar to see its figures.</source>
        <translation>Point at a bar to see its figures.</translation>
    </message>
    <message>
        <source>No call-centre figures in the database.</source>
        <translation>No call-centre figures in the database.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln call(s), %3 answered, %4 unanswered, longest call %5</source>
        <translation>
            <numerusform>%1: %Ln call, %3 answered, %4 unanswered, longest call %5</numerusform>
            <numerusform>%1: %Ln calls, %3 answered, %4 unanswered, longest call %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Sick-leave toolkit</source>
        <translation>Sick-leave toolkit</translation>
    </message>
    <message>
        <source>&amp;Add tool</source>
        <translation>&amp;Add tool</translation>
    </message>
    <message>
        <source>Add a tool to the toolkit</source>
        <translation>Add a tool to the toolkit</translation>
    </message>
    <message>
        <source>&amp;Retire / reinstate</source>
        <translation>&amp;Retire / reinstate</translation>
    </message>
    <message>
        <source>Retire or reinstate the selected tool</source>
        <translation>Retire or reinstate the selected tool</translation>
    </message>
    <message>
        <source>Show re&amp;tired tools</source>
        <translation>Show re&amp;tired tools</translation>
    </message>
    <message>
        <source>Show retired tools</source>
        <translation>Show retired tools</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sick-leave toolkit&lt;/b&gt; – tools and resources for leaders. Retired tools stay in the checklists that have them, but new checklists leave them out.</source>
        <translation>&lt;b&gt;Sick-leave toolkit&lt;/b&gt; – tools and resources for leaders. Retired tools stay in the checklists that have them, but new checklists leave them out.</translation>
    </message>
    <message>
        <source>New tool</source>
        <translation>New tool</translation>
    </message>
    <message>
        <source>Add tool</source>
        <translation>Add tool</translation>
    </message>
    <message>
        <source>Choose a tool first.</source>
        <translation>Choose a tool first.</translation>
    </message>
    <message>
        <source>Reinstate %1</source>
        <translation>Reinstate %1</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retire %1</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Re&amp;name unit</source>
        <translation>Re&amp;name unit</translation>
    </message>
    <message>
        <source>&amp;Add unit below</source>
        <translation>&amp;Add unit below</translation>
    </message>
    <message>
        <source>&amp;Delete unit</source>
        <translation>&amp;Delete unit</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
</context>
<context>
    <name>ChecklistExport</name>
    <message>
        <source>Sick-leave checklist</source>
        <translation>Sick-leave checklist</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n relevant item(s) done; %3 overdue.</source>
        <translation>
            <numerusform>%1 of %n relevant item done; %3 overdue.</numerusform>
            <numerusform>%1 of %n relevant items done; %3 overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Reviewed and signed</source>
        <translation>Reviewed and signed</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Safety representative</source>
        <translation>Safety representative</translation>
    </message>
</context>
<context>
    <name>ChecklistItemModel</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Not relevant</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>A task needs a text.</source>
        <translation>A task needs a text.</translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <translation>Edit %1: %2</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Mark done: %1</translation>
    </message>
    <message>
        <source>Mark not done: %1</source>
        <translation>Mark not done: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Kind of period</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;New from the toolkit</source>
        <translation>&amp;New from the toolkit</translation>
    </message>
    <message>
        <source>New checklist from the toolkit</source>
        <translation>New checklist from the toolkit</translation>
    </message>
    <message>
        <source>&amp;Copy open items from the previous period</source>
        <translation>&amp;Copy open items from the previous period</translation>
    </message>
    <message>
        <source>Copy open items from the previous period</source>
        <translation>Copy open items from the previous period</translation>
    </message>
    <message>
        <source>&amp;Add a task…</source>
        <translation>&amp;Add a task…</translation>
    </message>
    <message>
        <source>Add a task of your own to the checklist</source>
        <translation>Add a task of your own to the checklist</translation>
    </message>
    <message>
        <source>Delete chec&amp;klist…</source>
        <translation>Delete chec&amp;klist…</translation>
    </message>
    <message>
        <source>Delete the checklist made by mistake</source>
        <translation>Delete the checklist made by mistake</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the checklist as PDF</source>
        <translation>Export the checklist as PDF</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export the checklist as an Excel workbook</source>
        <translation>Export the checklist as an Excel workbook</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>Print the checklist</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <source>Space marks the item done or not done; Enter edits the note.</source>
        <translation>Space marks the item done or not done; Enter edits the note.</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Choose a unit to see its checklists.</source>
        <translation>Choose a unit to see its checklists.</translation>
    </message>
    <message>
        <source>%1 has no checklist for %2 yet. Make one from the toolkit, or copy the items still open from the previous period.</source>
        <translation>%1 has no checklist for %2 yet. Make one from the toolkit, or copy the items still open from the previous period.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n relevant item(s) done</source>
        <translation>
            <numerusform>%1 of %n relevant item done</numerusform>
            <numerusform>%1 of %n relevant items done</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>New checklist %1</source>
        <translation>New checklist %1</translation>
    </message>
    <message>
        <source>Copy open items into %1</source>
        <translation>Copy open items into %1</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Add a task</translation>
    </message>
    <message>
        <source>What is to be done:</source>
        <translation>What is to be done:</translation>
    </message>
    <message>
        <source>Add task: %1</source>
        <translation>Add task: %1</translation>
    </message>
    <message>
        <source>Delete checklist %1</source>
        <translation>Delete checklist %1</translation>
    </message>
    <message>
        <source>Deleted the checklist %1. Undo (Ctrl+Z) brings it back.</source>
        <translation>Deleted the checklist %1. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Delete checklist</source>
        <translation>Delete checklist</translation>
    </message>
    <message>
        <source>Delete the checklist %1 with all its items? Undo (Ctrl+Z) brings it back.</source>
        <translation>Delete the checklist %1 with all its items? Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Export checklist as PDF</source>
        <translation>Export checklist as PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Export checklist as Excel</source>
        <translation>Export checklist as Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>Print checklist</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exported the checklist to %1</source>
        <translation>Exported the checklist to %1</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Sick leave (%)</source>
        <translation>Sick leave (%)</translation>
    </message>
    <message>
        <source>Short-term (%)</source>
        <translation>Short-term (%)</translation>
    </message>
    <message>
        <source>Long-term (%)</source>
        <translation>Long-term (%)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation>Longest call</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Baseline period</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Outcome period</source>
        <translation>Outcome period</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Change (%)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>Target (%)</translation>
    </message>
    <message>
        <source>Hidden (under 5)</source>
        <translation>Hidden (under 5)</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Level changed</source>
        <translation>Level changed</translation>
    </message>
    <message>
        <source>Leaders in total</source>
        <translation>Leaders in total</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Employees per leader</source>
        <translation>Employees per leader</translation>
    </message>
    <message>
        <source>Span of control, mean</source>
        <translation>Span of control, mean</translation>
    </message>
    <message>
        <source>Span of control, largest</source>
        <translation>Span of control, largest</translation>
    </message>
    <message>
        <source>Span of control, smallest</source>
        <translation>Span of control, smallest</translation>
    </message>
    <message>
        <source>Leader levels (longest line)</source>
        <translation>Leader levels (longest line)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change in per cent</source>
        <translation>Change in per cent</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>the top level</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Leaders with a span of control of %1</source>
        <translation>Leaders with a span of control of %1</translation>
    </message>
    <message>
        <source>Leaders: %1</source>
        <translation>Leaders: %1</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 moved from %2 to %3</translation>
    </message>
    <message>
        <source>%1 renamed %2</source>
        <translation>%1 renamed %2</translation>
    </message>
    <message>
        <source>%1 split into %2</source>
        <translation>%1 split into %2</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 merged into %2</translation>
    </message>
    <message>
        <source>%1 created under %2</source>
        <translation>%1 created under %2</translation>
    </message>
    <message>
        <source>%1 removed from %2</source>
        <translation>%1 removed from %2</translation>
    </message>
    <message>
        <source>%1 changed level from %2 to %3</source>
        <translation>%1 changed level from %2 to %3</translation>
    </message>
    <message>
        <source>%1: largest %2 (%3), smallest %4 (%5)</source>
        <translation>%1: largest %2 (%3), smallest %4 (%5)</translation>
    </message>
    <message>
        <source>First scenario</source>
        <translation>First scenario</translation>
    </message>
    <message>
        <source>Second scenario</source>
        <translation>Second scenario</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>S&amp;wap</translation>
    </message>
    <message>
        <source>Swap the scenarios</source>
        <translation>Swap the scenarios</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the comparison to PDF</source>
        <translation>Export the comparison to PDF</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export the comparison to Excel</source>
        <translation>Export the comparison to Excel</translation>
    </message>
    <message>
        <source>Span of control bands</source>
        <translation>Span of control bands</translation>
    </message>
    <message>
        <source>The last span of each band but the open last one, for example 2, 9, 15</source>
        <translation>The last span of each band but the open last one, for example 2, 9, 15</translation>
    </message>
    <message>
        <source>Leader figures of both scenarios</source>
        <translation>Leader figures of both scenarios</translation>
    </message>
    <message>
        <source>Changes between the scenarios</source>
        <translation>Changes between the scenarios</translation>
    </message>
    <message>
        <source>Summary of the comparison</source>
        <translation>Summary of the comparison</translation>
    </message>
    <message>
        <source>What is wrong with the bands</source>
        <translation>What is wrong with the bands</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation>&amp;Against:</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <source>Span &amp;bands:</source>
        <translation>Span &amp;bands:</translation>
    </message>
    <message numerus="yes">
        <source>Leaders %1 → %2 (%3) · employees per leader %4 → %5 · %Ln change(s)</source>
        <translation>
            <numerusform>Leaders %1 → %2 (%3) · employees per leader %4 → %5 · %Ln change</numerusform>
            <numerusform>Leaders %1 → %2 (%3) · employees per leader %4 → %5 · %Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>No conflicts to look at.</source>
        <translation>No conflicts to look at.</translation>
    </message>
    <message>
        <source>Version kept by sync</source>
        <translation>Version kept by sync</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>The other version</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Merged text</translation>
    </message>
    <message>
        <source>Keep &amp;left</source>
        <translation>Keep &amp;left</translation>
    </message>
    <message>
        <source>Keep the version on the left</source>
        <translation>Keep the version on the left</translation>
    </message>
    <message>
        <source>Keep &amp;right</source>
        <translation>Keep &amp;right</translation>
    </message>
    <message>
        <source>Keep the version on the right</source>
        <translation>Keep the version on the right</translation>
    </message>
    <message>
        <source>&amp;Save merged text</source>
        <translation>&amp;Save merged text</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Save the merged text</translation>
    </message>
    <message>
        <source>Kept by sync (later)</source>
        <translation>Kept by sync (later)</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <source>&amp;Merge by hand:</source>
        <translation>&amp;Merge by hand:</translation>
    </message>
    <message>
        <source>&amp;Keep the record</source>
        <translation>&amp;Keep the record</translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation>Keep the record</translation>
    </message>
    <message>
        <source>&amp;Delete it after all</source>
        <translation>&amp;Delete it after all</translation>
    </message>
    <message>
        <source>Delete the record after all</source>
        <translation>Delete the record after all</translation>
    </message>
    <message>
        <source>Record &amp;history…</source>
        <translation>Record &amp;history…</translation>
    </message>
    <message>
        <source>Show the record's history</source>
        <translation>Show the record's history</translation>
    </message>
    <message>
        <source>This record was deleted on device %1 while it was edited on device %2. Sync kept it, with the edit. Keep it, or delete it after all?</source>
        <translation>This record was deleted on device %1 while it was edited on device %2. Sync kept it, with the edit. Keep it, or delete it after all?</translation>
    </message>
    <message>
        <source>Conflict not resolved</source>
        <translation>Conflict not resolved</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Resolve conflict</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Deleted on one device, edited on another: kept</source>
        <translation>Deleted on one device, edited on another: kept</translation>
    </message>
    <message>
        <source>Edited on two devices at once: both kept</source>
        <translation>Edited on two devices at once: both kept</translation>
    </message>
</context>
<context>
    <name>DescriptionEditor</name>
    <message>
        <source>Description title</source>
        <translation>Description title</translation>
    </message>
    <message>
        <source>Description text</source>
        <translation>Description text</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <source>Function description: %1</source>
        <translation>Function description: %1</translation>
    </message>
    <message>
        <source>Role description: %1</source>
        <translation>Role description: %1</translation>
    </message>
    <message>
        <source>Changed – saving shortly…</source>
        <translation>Changed – saving shortly…</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>Text not saved</translation>
    </message>
    <message>
        <source>The description of %1 could not be saved.</source>
        <translation>The description of %1 could not be saved.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>&amp;Discard my changes</source>
        <translation>&amp;Discard my changes</translation>
    </message>
    <message>
        <source>New description</source>
        <translation>New description</translation>
    </message>
    <message>
        <source>Description saved</source>
        <translation>Description saved</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>DescriptionPanel</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Show the versions of the description</source>
        <translation>Show the versions of the description</translation>
    </message>
    <message>
        <source>PD&amp;F…</source>
        <translation>PD&amp;F…</translation>
    </message>
    <message>
        <source>Export the description to PDF</source>
        <translation>Export the description to PDF</translation>
    </message>
    <message>
        <source>&amp;ODT…</source>
        <translation>&amp;ODT…</translation>
    </message>
    <message>
        <source>Export the description to ODT</source>
        <translation>Export the description to ODT</translation>
    </message>
    <message>
        <source>Sa&amp;ve version</source>
        <translation>Sa&amp;ve version</translation>
    </message>
    <message>
        <source>Save the text as a version of its own (Ctrl+S)</source>
        <translation>Save the text as a version of its own (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Save version</translation>
    </message>
    <message>
        <source>Description actions</source>
        <translation>Description actions</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <source>No text yet – type to write one; it saves itself.</source>
        <translation>No text yet – type to write one; it saves itself.</translation>
    </message>
    <message>
        <source>Saved %1 by %2 (version %3)</source>
        <translation>Saved %1 by %2 (version %3)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restore version %1</translation>
    </message>
    <message>
        <source>Restored version %1 as version %2.</source>
        <translation>Restored version %1 as version %2.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Export description</source>
        <translation>Export description</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Text formatting</source>
        <translation>Text formatting</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Heading 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Heading 2</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>FredApp met an unexpected error. Your data is saved. A report was written to:
%1

Please send it to IT.</source>
        <translation>FredApp met an unexpected error. Your data is saved. A report was written to:
%1

Please send it to IT.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Version %1 and version %2</source>
        <translation>Version %1 and version %2</translation>
    </message>
    <message>
        <source>Version %1 (older)</source>
        <translation>Version %1 (older)</translation>
    </message>
    <message>
        <source>Version %1 (newer)</source>
        <translation>Version %1 (newer)</translation>
    </message>
    <message numerus="yes">
        <source>%n differing line(s)</source>
        <translation>
            <numerusform>%n differing line</numerusform>
            <numerusform>%n differing lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of differing lines</source>
        <translation>Number of differing lines</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>EffectMatrix</name>
    <message>
        <source>Quick wins</source>
        <translation>Quick wins</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>Major projects</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Fill-ins</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation>Thankless tasks</translation>
    </message>
    <message>
        <source>Effect matrix</source>
        <translation>Effect matrix</translation>
    </message>
    <message>
        <source>Effect against effort</source>
        <translation>Effect against effort</translation>
    </message>
    <message>
        <source>Each measure is placed by its effort and effect; a number says how many share a spot. The cell list beside names them; the Table tab lists the same ratings.</source>
        <translation>Each measure is placed by its effort and effect; a number says how many share a spot. The cell list beside names them; the Table tab lists the same ratings.</translation>
    </message>
    <message>
        <source>Point at a measure to see its title; drag it to rate it.</source>
        <translation>Point at a measure to see its title; drag it to rate it.</translation>
    </message>
    <message>
        <source>Measure under the pointer</source>
        <translation>Measure under the pointer</translation>
    </message>
    <message>
        <source>Effort (1 low – 5 high)</source>
        <translation>Effort (1 low – 5 high)</translation>
    </message>
    <message>
        <source>Effect (1 low – 5 high)</source>
        <translation>Effect (1 low – 5 high)</translation>
    </message>
    <message>
        <source>%1: %2 – effect %3, effort %4</source>
        <translation>%1: %2 – effect %3, effort %4</translation>
    </message>
    <message>
        <source>Several measures share this spot: choose one in the list, then drag it.</source>
        <translation>Several measures share this spot: choose one in the list, then drag it.</translation>
    </message>
    <message numerus="yes">
        <source>Effect %1, effort %2: %n measure(s)</source>
        <translation>
            <numerusform>Effect %1, effort %2: %n measure</numerusform>
            <numerusform>Effect %1, effort %2: %n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cells of the matrix:</source>
        <translation>&amp;Cells of the matrix:</translation>
    </message>
    <message>
        <source>Cells of the matrix</source>
        <translation>Cells of the matrix</translation>
    </message>
    <message>
        <source>M&amp;easures in the cell:</source>
        <translation>M&amp;easures in the cell:</translation>
    </message>
    <message>
        <source>Measures in the chosen cell</source>
        <translation>Measures in the chosen cell</translation>
    </message>
    <message>
        <source>The chosen cell</source>
        <translation>The chosen cell</translation>
    </message>
    <message>
        <source>Click a cell in the plot.</source>
        <translation>Click a cell in the plot.</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>The value was refused; see the message.</source>
        <translation>The value was refused; see the message.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>Total %</translation>
    </message>
    <message>
        <source>Short-term %</source>
        <translation>Short-term %</translation>
    </message>
    <message>
        <source>Long-term %</source>
        <translation>Long-term %</translation>
    </message>
    <message>
        <source>%1 is not a percentage between 0 and 100.</source>
        <translation>%1 is not a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>Short-term %1 + long-term %2 is not the total %3 (more than 0.1 apart).</source>
        <translation>Short-term %1 + long-term %2 is not the total %3 (more than 0.1 apart).</translation>
    </message>
    <message>
        <source>%1 is in the future; enter months that are over.</source>
        <translation>%1 is in the future; enter months that are over.</translation>
    </message>
    <message>
        <source>'%1' is not a month; write it as YYYY-MM.</source>
        <translation>'%1' is not a month; write it as YYYY-MM.</translation>
    </message>
    <message>
        <source>The number of employees must be a whole number, 1 or more.</source>
        <translation>The number of employees must be a whole number, 1 or more.</translation>
    </message>
    <message>
        <source>'%1' is not a number.</source>
        <translation>'%1' is not a number.</translation>
    </message>
    <message>
        <source>Row %1 (%2), column %3</source>
        <translation>Row %1 (%2), column %3</translation>
    </message>
    <message>
        <source>Edit %1 for %2</source>
        <translation>Edit %1 for %2</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Sick-leave figures per month</source>
        <translation>Sick-leave figures per month</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>&amp;Save month</source>
        <translation>&amp;Save month</translation>
    </message>
    <message>
        <source>Save the month's figures</source>
        <translation>Save the month's figures</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import sick-leave figures from a file</source>
        <translation>Import sick-leave figures from a file</translation>
    </message>
    <message>
        <source>&amp;Delete month</source>
        <translation>&amp;Delete month</translation>
    </message>
    <message>
        <source>Delete the selected month's figures</source>
        <translation>Delete the selected month's figures</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>Target (%)</translation>
    </message>
    <message>
        <source>Set &amp;target</source>
        <translation>Set &amp;target</translation>
    </message>
    <message>
        <source>Set the unit's target</source>
        <translation>Set the unit's target</translation>
    </message>
    <message>
        <source>&amp;Roll-up with the units below</source>
        <translation>&amp;Roll-up with the units below</translation>
    </message>
    <message>
        <source>Show the roll-up of the units below</source>
        <translation>Show the roll-up of the units below</translation>
    </message>
    <message>
        <source>What the graph covers</source>
        <translation>What the graph covers</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Figures are per unit, never per person. A group of fewer than 5 employees is shown as “hidden (&lt; 5)” and left out of roll-ups.</source>
        <translation>Figures are per unit, never per person. A group of fewer than 5 employees is shown as “hidden (&lt; 5)” and left out of roll-ups.</translation>
    </message>
    <message>
        <source>Tar&amp;get (%):</source>
        <translation>Tar&amp;get (%):</translation>
    </message>
    <message>
        <source>Saved the figures typed for %1, %2.</source>
        <translation>Saved the figures typed for %1, %2.</translation>
    </message>
    <message>
        <source>Roll-up for %1, weighted by employees. %2: %3, %4.</source>
        <translation>Roll-up for %1, weighted by employees. %2: %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unit</numerusform>
            <numerusform>%Ln units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln employee</numerusform>
            <numerusform>%Ln employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) with fewer than 5 employees (%1 in all) left out.</source>
        <translation>
            <numerusform>%n unit with fewer than 5 employees (%1 in all) left out.</numerusform>
            <numerusform>%n units with fewer than 5 employees (%1 in all) left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n month(s) of sick leave</source>
        <translation>
            <numerusform>Import %n month of sick leave</numerusform>
            <numerusform>Import %n months of sick leave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %2; %3 changed.</source>
        <translation>
            <numerusform>Imported %Ln row from %2; %3 changed.</numerusform>
            <numerusform>Imported %Ln rows from %2; %3 changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>is empty.</translation>
    </message>
    <message numerus="yes">
        <source>Proposed from the organisation: %1 has %Ln employee(s).</source>
        <translation>
            <numerusform>Proposed from the organisation: %1 has %Ln employee.</numerusform>
            <numerusform>Proposed from the organisation: %1 has %Ln employees.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sick leave %1 for %2</source>
        <translation>Sick leave %1 for %2</translation>
    </message>
    <message>
        <source>Import sick-leave figures</source>
        <translation>Import sick-leave figures</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>Tables (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Delete sick leave %1 for %2</source>
        <translation>Delete sick leave %1 for %2</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation>Target for %1</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Reach %1</source>
        <translation>Reach %1</translation>
    </message>
    <message>
        <source>Goals against outcomes, table</source>
        <translation>Goals against outcomes, table</translation>
    </message>
    <message>
        <source>Goals against outcomes, graph</source>
        <translation>Goals against outcomes, graph</translation>
    </message>
    <message>
        <source>%1 — baseline %2, outcome %3</source>
        <translation>%1 — baseline %2, outcome %3</translation>
    </message>
    <message>
        <source>The source document printed %1; the figures give %2.</source>
        <translation>The source document printed %1; the figures give %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n percentage point(s)</source>
        <translation>
            <numerusform>%n percentage point</numerusform>
            <numerusform>%n percentage points</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 percentage points</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points, short</comment>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>missing figure</source>
        <translation>missing figure</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Index (baseline = 100)</source>
        <translation>Index (baseline = 100)</translation>
    </message>
    <message>
        <source>No goals in the database.</source>
        <translation>No goals in the database.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Reduce by %1</source>
        <translation>Reduce by %1</translation>
    </message>
    <message>
        <source>Increase by %1</source>
        <translation>Increase by %1</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Aim</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Target level</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Baseline (= 100)</source>
        <translation>Baseline (= 100)</translation>
    </message>
    <message>
        <source>(no index: baseline missing or zero)</source>
        <translation>(no index: baseline missing or zero)</translation>
    </message>
    <message>
        <source>Point at a goal to see its figures.</source>
        <translation>Point at a goal to see its figures.</translation>
    </message>
    <message>
        <source>%1. %2 — baseline %3, outcome %4, change %5 (%6); reached: %7</source>
        <translation>%1. %2 — baseline %3, outcome %4, change %5 (%6); reached: %7</translation>
    </message>
</context>
<context>
    <name>GraphFiles</name>
    <message>
        <source>Calls per queue</source>
        <extracomment>stable ASCII name → the graph's English title (translated where it is shown)</extracomment>
        <translation>Calls per queue</translation>
    </message>
    <message>
        <source>Calls per hour of the day</source>
        <translation>Calls per hour of the day</translation>
    </message>
    <message>
        <source>Longest call per queue</source>
        <translation>Longest call per queue</translation>
    </message>
    <message>
        <source>Longest call per hour of the day</source>
        <translation>Longest call per hour of the day</translation>
    </message>
    <message>
        <source>Goals against outcomes</source>
        <translation>Goals against outcomes</translation>
    </message>
    <message>
        <source>Staffing benchmarks</source>
        <translation>Staffing benchmarks</translation>
    </message>
    <message>
        <source>Sick-leave trend</source>
        <translation>Sick-leave trend</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Time series</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Figures under the mouse pointer</source>
        <extracomment>models whose changes make the view reload</extracomment>
        <translation>Figures under the mouse pointer</translation>
    </message>
    <message>
        <source>Export &amp;graph…</source>
        <translation>Export &amp;graph…</translation>
    </message>
    <message>
        <source>Export the graph as PNG or SVG</source>
        <translation>Export the graph as PNG or SVG</translation>
    </message>
    <message>
        <source>Export the graph as PNG or SVG (Ctrl+Shift+G)</source>
        <translation>Export the graph as PNG or SVG (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Export &amp;data…</translation>
    </message>
    <message>
        <source>Export the figures as Excel or CSV</source>
        <translation>Export the figures as Excel or CSV</translation>
    </message>
    <message>
        <source>Export the figures as Excel or CSV (Ctrl+Shift+D)</source>
        <translation>Export the figures as Excel or CSV (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>The figures of the graph are in the table beside it.</source>
        <translation>The figures of the graph are in the table beside it.</translation>
    </message>
    <message>
        <source>Export graph</source>
        <extracomment>the graph and the readout under it; a subclass may add more below</extracomment>
        <translation>Export graph</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG picture (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Graph saved to %1</source>
        <translation>Graph saved to %1</translation>
    </message>
    <message>
        <source>Exporting figures to %1 …</source>
        <translation>Exporting figures to %1 …</translation>
    </message>
    <message>
        <source>Figures saved to %1</source>
        <translation>Figures saved to %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>FredApp help</source>
        <translation>FredApp help</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>Organisation: the unit tree of each scenario, function and role descriptions, and the comparison of two scenarios (leaders, employees, leader density, what changed).</source>
        <translation>Organisation: the unit tree of each scenario, function and role descriptions, and the comparison of two scenarios (leaders, employees, leader density, what changed).</translation>
    </message>
    <message>
        <source>Measures: the measure board by status or dimension; move a card with the mouse or Ctrl+arrow keys, open it with Enter; the table and the effect matrix show the same measures.</source>
        <translation>Measures: the measure board by status or dimension; move a card with the mouse or Ctrl+arrow keys, open it with Enter; the table and the effect matrix show the same measures.</translation>
    </message>
    <message>
        <source>Sick leave: each unit's checklist from the toolkit, the unit's figures and their trend. Figures are per unit, never per person, and groups under 5 are hidden.</source>
        <translation>Sick leave: each unit's checklist from the toolkit, the unit's figures and their trend. Figures are per unit, never per person, and groups under 5 are hidden.</translation>
    </message>
    <message>
        <source>Key figures: call centre, goals, benchmarks, the sick-leave trend and time series, each graph with its figures in a table beside it.</source>
        <translation>Key figures: call centre, goals, benchmarks, the sick-leave trend and time series, each graph with its figures in a table beside it.</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>FredApp keeps the organisation, the measures, the sick-leave toolkit and the key figures of the reorganisation in one database on this computer. It works offline; Sync shares the changes with the others through one shared file.</source>
        <translation>FredApp keeps the organisation, the measures, the sick-leave toolkit and the key figures of the reorganisation in one database on this computer. It works offline; Sync shares the changes with the others through one shared file.</translation>
    </message>
    <message>
        <source>The tabs</source>
        <translation>The tabs</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <source>Tab moves between controls; Alt with the underlined letter opens a menu or presses a button. Every change can be undone.</source>
        <translation>Tab moves between controls; Alt with the underlined letter opens a menu or presses a button. Every change can be undone.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Log and crash reports: %1</source>
        <translation>Log and crash reports: %1</translation>
    </message>
    <message>
        <source>National identity numbers are refused in every text field. Exports write a new file beside the old one and replace it only when complete.</source>
        <translation>National identity numbers are refused in every text field. Exports write a new file beside the old one and replace it only when complete.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Record history</source>
        <translation>Record history</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filter the history</translation>
    </message>
    <message>
        <source>Filter by person, device, table, field or value</source>
        <translation>Filter by person, device, table, field or value</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>All changes, newest first</source>
        <translation>All changes, newest first</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <source>Call-centre figures…</source>
        <translation>Call-centre figures…</translation>
    </message>
    <message>
        <source>Goals…</source>
        <translation>Goals…</translation>
    </message>
    <message>
        <source>Benchmarks…</source>
        <translation>Benchmarks…</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>&amp;Import figures</source>
        <translation>&amp;Import figures</translation>
    </message>
    <message>
        <source>Import key figures from CSV or Excel</source>
        <translation>Import key figures from CSV or Excel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key figures&lt;/b&gt; – is the change working?</source>
        <translation>&lt;b&gt;Key figures&lt;/b&gt; – is the change working?</translation>
    </message>
    <message>
        <source>&amp;Call centre</source>
        <translation>&amp;Call centre</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <source>&amp;Benchmarks</source>
        <translation>&amp;Benchmarks</translation>
    </message>
    <message>
        <source>Sick-leave &amp;trend</source>
        <translation>Sick-leave &amp;trend</translation>
    </message>
    <message>
        <source>&amp;Time series</source>
        <translation>&amp;Time series</translation>
    </message>
    <message>
        <source>Import key figures</source>
        <translation>Import key figures</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Tables (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Replace figures?</source>
        <translation>Replace figures?</translation>
    </message>
    <message>
        <source>The database already holds figures for:
%1

Replace them with the file's?</source>
        <translation>The database already holds figures for:
%1

Replace them with the file's?</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Nothing was imported.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %2</source>
        <translation>
            <numerusform>Imported %Ln row from %2</numerusform>
            <numerusform>Imported %Ln rows from %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation>Roles and responsibilities</translation>
    </message>
    <message>
        <source>Competence and capacity</source>
        <translation>Competence and capacity</translation>
    </message>
    <message>
        <source>Work processes</source>
        <translation>Work processes</translation>
    </message>
    <message>
        <source>Performance measurement</source>
        <translation>Performance measurement</translation>
    </message>
    <message>
        <source>Communication, coordination and tools</source>
        <translation>Communication, coordination and tools</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Central staffs</source>
        <translation>Central staffs</translation>
    </message>
    <message>
        <source>Whole municipality</source>
        <translation>Whole municipality</translation>
    </message>
    <message>
        <source>Reduce by per cent</source>
        <translation>Reduce by per cent</translation>
    </message>
    <message>
        <source>Increase by per cent</source>
        <translation>Increase by per cent</translation>
    </message>
    <message>
        <source>Reach a level</source>
        <translation>Reach a level</translation>
    </message>
    <message>
        <source>Function description</source>
        <translation>Function description</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Role description</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <source>Per queue</source>
        <translation>Per queue</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>hidden (&lt; 5)</source>
        <translation>hidden (&lt; 5)</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Opening %1 …</source>
        <translation>Opening %1 …</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Measures</translation>
    </message>
    <message>
        <source>&amp;Sick leave</source>
        <translation>&amp;Sick leave</translation>
    </message>
    <message>
        <source>&amp;Key figures</source>
        <translation>&amp;Key figures</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Export measures…</source>
        <translation>&amp;Export measures…</translation>
    </message>
    <message>
        <source>&amp;Import measures…</source>
        <translation>&amp;Import measures…</translation>
    </message>
    <message>
        <source>&amp;Make council briefing …</source>
        <translation>&amp;Make council briefing …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>F&amp;ull screen</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>This tab has nothing to print.</source>
        <translation>This tab has nothing to print.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>FredApp &amp;help</source>
        <translation>FredApp &amp;help</translation>
    </message>
    <message>
        <source>&amp;About FredApp</source>
        <translation>&amp;About FredApp</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FredApp %1&lt;/h3&gt;&lt;p&gt;For the reorganisation of Fredrikstad kommune's shared services: the organisation, the measures, the sick-leave toolkit and key figures.&lt;/p&gt;&lt;p&gt;Python %2 · Qt %3&lt;/p&gt;&lt;p&gt;Database: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FredApp %1&lt;/h3&gt;&lt;p&gt;For the reorganisation of Fredrikstad kommune's shared services: the organisation, the measures, the sick-leave toolkit and key figures.&lt;/p&gt;&lt;p&gt;Python %2 · Qt %3&lt;/p&gt;&lt;p&gt;Database: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About FredApp</source>
        <translation>About FredApp</translation>
    </message>
    <message>
        <source>Export measures</source>
        <translation>Export measures</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln measure(s) to %2</source>
        <translation>
            <numerusform>Exported %Ln measure to %2</numerusform>
            <numerusform>Exported %Ln measures to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Edit measure</source>
        <translation>Edit measure</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>Owner unit</translation>
    </message>
    <message>
        <source>Has a start date</source>
        <translation>Has a start date</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Has a due date</translation>
    </message>
    <message>
        <source>Effect, 1 to 5</source>
        <translation>Effect, 1 to 5</translation>
    </message>
    <message>
        <source>Effort, 1 to 5</source>
        <translation>Effort, 1 to 5</translation>
    </message>
    <message>
        <source>Progress in per cent</source>
        <translation>Progress in per cent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Units the measure changes</source>
        <translation>Units the measure changes</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Owner unit:</source>
        <translation>&amp;Owner unit:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translation>&amp;Effect:</translation>
    </message>
    <message>
        <source>Effo&amp;rt:</source>
        <translation>Effo&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Progress:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Changes &amp;units:</source>
        <translation>Changes &amp;units:</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>The code is empty.</translation>
    </message>
    <message>
        <source>Another measure already has the code %1.</source>
        <translation>Another measure already has the code %1.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>The title is empty.</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>owner %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation>%1 % done</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>changes %1</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <source>Board columns</source>
        <translation>Board columns</translation>
    </message>
    <message>
        <source>Columns by status</source>
        <translation>Columns by status</translation>
    </message>
    <message>
        <source>Columns by dimension</source>
        <translation>Columns by dimension</translation>
    </message>
    <message>
        <source>Filter by dimension</source>
        <translation>Filter by dimension</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>All dimensions</translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation>Filter by level</translation>
    </message>
    <message>
        <source>Both levels</source>
        <translation>Both levels</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Filter by owner unit</source>
        <translation>Filter by owner unit</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Filter measures…</source>
        <translation>Filter measures…</translation>
    </message>
    <message>
        <source>Filter measures</source>
        <translation>Filter measures</translation>
    </message>
    <message>
        <source>Measures shown</source>
        <translation>Measures shown</translation>
    </message>
    <message>
        <source>&amp;New measure</source>
        <translation>&amp;New measure</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>New measure (Ctrl+N)</source>
        <translation>New measure (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected measure</source>
        <translation>Edit the selected measure</translation>
    </message>
    <message>
        <source>Edit the selected measure (Enter or F2)</source>
        <translation>Edit the selected measure (Enter or F2)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <source>Show the board full screen (F5)</source>
        <translation>Show the board full screen (F5)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import measures</source>
        <translation>Import measures</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Export the board</source>
        <translation>Export the board</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln measure(s)</source>
        <translation>
            <numerusform>%1 of %Ln measure</numerusform>
            <numerusform>%1 of %Ln measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln measure(s) to %2</source>
        <translation>
            <numerusform>Exported %Ln measure to %2</numerusform>
            <numerusform>Exported %Ln measures to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;board</source>
        <translation>Export &amp;board</translation>
    </message>
    <message>
        <source>PDF, A4 landscape…</source>
        <translation>PDF, A4 landscape…</translation>
    </message>
    <message>
        <source>PDF, A3 landscape…</source>
        <translation>PDF, A3 landscape…</translation>
    </message>
    <message>
        <source>PNG picture…</source>
        <translation>PNG picture…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Excel workbook…</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>CSV file…</translation>
    </message>
    <message>
        <source>Board messages</source>
        <translation>Board messages</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Measure views</source>
        <translation>Measure views</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>T&amp;able</translation>
    </message>
    <message>
        <source>Effect &amp;matrix</source>
        <translation>Effect &amp;matrix</translation>
    </message>
    <message>
        <source>Dimension colours</source>
        <translation>Dimension colours</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Dimensions:</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>Time&amp;line</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Measure board</source>
        <translation>Measure board</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>Tables (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged</source>
        <translation>Imported %1: %2 new, %3 updated, %4 unchanged</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, semicolon separated (*.csv)</source>
        <translation>CSV, semicolon separated (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the board to %1 …</source>
        <translation>Exporting the board to %1 …</translation>
    </message>
    <message>
        <source>Unsupported file type %1; use .pdf, .png, .xlsx or .csv</source>
        <translation>Unsupported file type %1; use .pdf, .png, .xlsx or .csv</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Show the board on:</source>
        <translation>Show the board on:</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Change refused</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New milestone</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Edit milestone</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>(a deleted measure)</source>
        <translation>(a deleted measure)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>Measure the milestone belongs to</source>
        <translation>Measure the milestone belongs to</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <source>New milestone %1</source>
        <translation>New milestone %1</translation>
    </message>
    <message>
        <source>Edit milestone %1</source>
        <translation>Edit milestone %1</translation>
    </message>
    <message>
        <source>Delete milestone %1</source>
        <translation>Delete milestone %1</translation>
    </message>
</context>
<context>
    <name>OperationCommand</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>“%1” has been changed since by %2.</source>
        <translation>“%1” has been changed since by %2.</translation>
    </message>
    <message>
        <source>Changed since by %2.</source>
        <translation>Changed since by %2.</translation>
    </message>
    <message>
        <source>Keep the newer value, or undo anyway and put back yours?</source>
        <translation>Keep the newer value, or undo anyway and put back yours?</translation>
    </message>
    <message>
        <source>Keep the newer value, or redo anyway and put back yours?</source>
        <translation>Keep the newer value, or redo anyway and put back yours?</translation>
    </message>
    <message>
        <source>Keep %1’s value</source>
        <translation>Keep %1’s value</translation>
    </message>
    <message>
        <source>Keep the newer values</source>
        <translation>Keep the newer values</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>Undo anyway</translation>
    </message>
    <message>
        <source>Redo anyway</source>
        <translation>Redo anyway</translation>
    </message>
    <message>
        <source>someone on %1</source>
        <translation>someone on %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 of %2: now “%3” (set by %4 on %5, %6); this step would write “%7”</source>
        <translation>%1 of %2: now “%3” (set by %4 on %5, %6); this step would write “%7”</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
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
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Leaders %1 → %2 (%3)</source>
        <translation>Leaders %1 → %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) below</source>
        <translation>
            <numerusform>%n unit below</numerusform>
            <numerusform>%n units below</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation chart: %1</source>
        <translation>Organisation chart: %1</translation>
    </message>
    <message>
        <source>Span %1</source>
        <translation>Span %1</translation>
    </message>
    <message>
        <source>Span n: a leader whose span of control is %1 or %2</source>
        <translation>Span n: a leader whose span of control is %1 or %2</translation>
    </message>
</context>
<context>
    <name>OrgChartPage</name>
    <message>
        <source>Compare two scenarios side by side</source>
        <translation>Compare two scenarios side by side</translation>
    </message>
    <message>
        <source>From scenario</source>
        <translation>From scenario</translation>
    </message>
    <message>
        <source>To scenario</source>
        <translation>To scenario</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Top down</source>
        <translation>Top down</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Left to right</translation>
    </message>
    <message>
        <source>Fit the chart to the window</source>
        <translation>Fit the chart to the window</translation>
    </message>
    <message>
        <source>Ctrl+0; zoom with Ctrl+wheel, Ctrl++ and Ctrl+-</source>
        <translation>Ctrl+0; zoom with Ctrl+wheel, Ctrl++ and Ctrl+-</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>Side &amp;by side</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>Fit to &amp;window</translation>
    </message>
    <message>
        <source>Ex&amp;port chart</source>
        <translation>Ex&amp;port chart</translation>
    </message>
    <message>
        <source>Export the chart to PDF or SVG</source>
        <translation>Export the chart to PDF or SVG</translation>
    </message>
    <message>
        <source>PDF, A4 pages…</source>
        <translation>PDF, A4 pages…</translation>
    </message>
    <message>
        <source>PDF, A3 pages…</source>
        <translation>PDF, A3 pages…</translation>
    </message>
    <message>
        <source>SVG picture…</source>
        <translation>SVG picture…</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Span of control marks</source>
        <translation>Span of control marks</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Organisation chart</source>
        <translation>Organisation chart</translation>
    </message>
    <message>
        <source>The units as boxes below their parents. The Tree page holds the same structure as a list a screen reader can walk; arrows move between units here, F2 renames, Insert adds, Delete deletes.</source>
        <translation>The units as boxes below their parents. The Tree page holds the same structure as a list a screen reader can walk; arrows move between units here, F2 renames, Insert adds, Delete deletes.</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>La&amp;yout:</translation>
    </message>
    <message>
        <source>Organisation chart: %1</source>
        <translation>Organisation chart: %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>SVG picture (*.svg)</source>
        <translation>SVG picture (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Printing the chart…</source>
        <translation>Printing the chart…</translation>
    </message>
    <message>
        <source>Exporting the chart…</source>
        <translation>Exporting the chart…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationExport</name>
    <message>
        <source>Comparison of the scenarios %1 and %2</source>
        <translation>Comparison of the scenarios %1 and %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change in per cent</source>
        <translation>Change in per cent</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
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
        <translation>&amp;Copy scenario…</translation>
    </message>
    <message>
        <source>Copy the scenario to a new one</source>
        <translation>Copy the scenario to a new one</translation>
    </message>
    <message>
        <source>Re&amp;name scenario…</source>
        <translation>Re&amp;name scenario…</translation>
    </message>
    <message>
        <source>Rename the scenario</source>
        <translation>Rename the scenario</translation>
    </message>
    <message>
        <source>&amp;Delete scenario</source>
        <translation>&amp;Delete scenario</translation>
    </message>
    <message>
        <source>Delete the scenario</source>
        <translation>Delete the scenario</translation>
    </message>
    <message>
        <source>Filter units…</source>
        <translation>Filter units…</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>Filter units</translation>
    </message>
    <message>
        <source>Name, leader or words of the function description</source>
        <translation>Name, leader or words of the function description</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Organisation views</source>
        <translation>Organisation views</translation>
    </message>
    <message>
        <source>Or&amp;ganisation chart</source>
        <translation>Or&amp;ganisation chart</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Leader figures</source>
        <translation>Leader figures</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import an organisation from a CSV or Excel file</source>
        <translation>Import an organisation from a CSV or Excel file</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export the scenario's organisation to a CSV or Excel file</source>
        <translation>Export the scenario's organisation to a CSV or Excel file</translation>
    </message>
    <message>
        <source>Export descriptions…</source>
        <translation>Export descriptions…</translation>
    </message>
    <message>
        <source>Export all function descriptions of the scenario to PDF or ODT</source>
        <translation>Export all function descriptions of the scenario to PDF or ODT</translation>
    </message>
    <message>
        <source>&amp;Add unit</source>
        <translation>&amp;Add unit</translation>
    </message>
    <message>
        <source>Add top-&amp;level unit</source>
        <translation>Add top-&amp;level unit</translation>
    </message>
    <message>
        <source>Re&amp;name unit</source>
        <translation>Re&amp;name unit</translation>
    </message>
    <message>
        <source>&amp;Delete unit</source>
        <translation>&amp;Delete unit</translation>
    </message>
    <message>
        <source>Cu&amp;t unit</source>
        <translation>Cu&amp;t unit</translation>
    </message>
    <message>
        <source>&amp;Paste unit under the selected one</source>
        <translation>&amp;Paste unit under the selected one</translation>
    </message>
    <message>
        <source>Paste unit at the t&amp;op level</source>
        <translation>Paste unit at the t&amp;op level</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>E&amp;xpand all</translation>
    </message>
    <message>
        <source>Co&amp;llapse all</source>
        <translation>Co&amp;llapse all</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln unit(s)</source>
        <translation>
            <numerusform>Delete %Ln unit</numerusform>
            <numerusform>Delete %Ln units</numerusform>
        </translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Scenario actions</source>
        <translation>Scenario actions</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Unit actions</source>
        <translation>Unit actions</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>&amp;Tree</translation>
    </message>
    <message>
        <source>Co&amp;mpare scenarios</source>
        <translation>Co&amp;mpare scenarios</translation>
    </message>
    <message>
        <source>Ro&amp;les</source>
        <translation>Ro&amp;les</translation>
    </message>
    <message>
        <source>Search descr&amp;iptions</source>
        <translation>Search descr&amp;iptions</translation>
    </message>
    <message>
        <source>Loading units: %1 of %2…</source>
        <translation>Loading units: %1 of %2…</translation>
    </message>
    <message>
        <source>Copy scenario</source>
        <translation>Copy scenario</translation>
    </message>
    <message>
        <source>Name of the new scenario:</source>
        <translation>Name of the new scenario:</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copy of %1</translation>
    </message>
    <message>
        <source>Copy scenario to %1</source>
        <translation>Copy scenario to %1</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <source>New name of the scenario:</source>
        <translation>New name of the scenario:</translation>
    </message>
    <message>
        <source>Rename scenario to %1</source>
        <translation>Rename scenario to %1</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Delete scenario</translation>
    </message>
    <message>
        <source>Delete the scenario %1 and its units? Edit → Undo brings it back.</source>
        <translation>Delete the scenario %1 and its units? Edit → Undo brings it back.</translation>
    </message>
    <message>
        <source>The last scenario cannot be deleted.</source>
        <translation>The last scenario cannot be deleted.</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Delete scenario %1</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>Cut: %1. Select the new parent and paste (Ctrl+V).</source>
        <translation>Cut: %1. Select the new parent and paste (Ctrl+V).</translation>
    </message>
    <message>
        <source>Leaders: %1 (%2) · Employees: %3 · Employees per leader: %4</source>
        <translation>Leaders: %1 (%2) · Employees: %3 · Employees per leader: %4</translation>
    </message>
    <message>
        <source>Organisation – %1</source>
        <translation>Organisation – %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The unit of this description is not in the scenario %1.</source>
        <translation>The unit of this description is not in the scenario %1.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</translation>
    </message>
    <message>
        <source>Import organisation</source>
        <translation>Import organisation</translation>
    </message>
    <message>
        <source>Scenario to import into (a new name makes a new scenario):</source>
        <translation>Scenario to import into (a new name makes a new scenario):</translation>
    </message>
    <message>
        <source>Import %1 into %2</source>
        <translation>Import %1 into %2</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln unit(s) into %2: %3 new, %4 changed, %5 removed.</source>
        <translation>
            <numerusform>Imported %Ln unit into %2: %3 new, %4 changed, %5 removed.</numerusform>
            <numerusform>Imported %Ln units into %2: %3 new, %4 changed, %5 removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export organisation</source>
        <translation>Export organisation</translation>
    </message>
    <message>
        <source>Exporting to %1 …</source>
        <translation>Exporting to %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln unit(s) to %2</source>
        <translation>
            <numerusform>Exported %Ln unit to %2</numerusform>
            <numerusform>Exported %Ln units to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln description(s) to %2</source>
        <translation>
            <numerusform>Exported %Ln description to %2</numerusform>
            <numerusform>Exported %Ln descriptions to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Export descriptions</source>
        <translation>Export descriptions</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF document (*.pdf);;OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Function description: %1</source>
        <translation>Function description: %1</translation>
    </message>
    <message>
        <source>Function descriptions – %1</source>
        <translation>Function descriptions – %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Export comparison</translation>
    </message>
    <message>
        <source>“%1” does not match the filter “%2”; it stays in view until the filter changes.</source>
        <translation>“%1” does not match the filter “%2”; it stays in view until the filter changes.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Measures – presentation</source>
        <translation>Measures – presentation</translation>
    </message>
    <message>
        <source>Presentation of the measure board</source>
        <translation>Presentation of the measure board</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Arrows: step · Enter: open · Ctrl+arrows: move · L: lock · Esc: leave</source>
        <translation>Arrows: step · Enter: open · Ctrl+arrows: move · L: lock · Esc: leave</translation>
    </message>
    <message>
        <source>Board lock</source>
        <translation>Board lock</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Moves allowed</source>
        <translation>Moves allowed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Effect / effort</source>
        <translation>Effect / effort</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Show </translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
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
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Are you sure you want to delete '%1'?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Invalid filename</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</translation>
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
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Don't Save</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>History entry</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Description version</source>
        <translation>Description version</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Key figure value</source>
        <translation>Key figure value</translation>
    </message>
    <message>
        <source>Key figure series</source>
        <translation>Key figure series</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Measure's unit</source>
        <translation>Measure's unit</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Sick-leave figure</source>
        <translation>Sick-leave figure</translation>
    </message>
    <message>
        <source>Sick-leave target</source>
        <translation>Sick-leave target</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Sync conflict</translation>
    </message>
    <message>
        <source>Toolkit item</source>
        <translation>Toolkit item</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Unit of measurement</source>
        <translation>Unit of measurement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Own municipality</source>
        <translation>Own municipality</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Saved at</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Baseline period</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Outcome period</source>
        <translation>Outcome period</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>Owner unit</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Current scenario</source>
        <translation>Current scenario</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Total sick leave (%)</source>
        <translation>Total sick leave (%)</translation>
    </message>
    <message>
        <source>Short-term sick leave (%)</source>
        <translation>Short-term sick leave (%)</translation>
    </message>
    <message>
        <source>Long-term sick leave (%)</source>
        <translation>Long-term sick leave (%)</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>Target (%)</translation>
    </message>
    <message>
        <source>Version kept</source>
        <translation>Version kept</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <source>Time stamp of the kept version</source>
        <translation>Time stamp of the kept version</translation>
    </message>
    <message>
        <source>Time stamp of the other version</source>
        <translation>Time stamp of the other version</translation>
    </message>
    <message>
        <source>Device of the kept version</source>
        <translation>Device of the kept version</translation>
    </message>
    <message>
        <source>Device of the other version</source>
        <translation>Device of the other version</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>Same unit in other scenarios</source>
        <translation>Same unit in other scenarios</translation>
    </message>
    <message>
        <source>Split or merged from</source>
        <translation>Split or merged from</translation>
    </message>
    <message>
        <source>Leader title</source>
        <translation>Leader title</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;New role…</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>Add a role</translation>
    </message>
    <message>
        <source>Rena&amp;me role…</source>
        <translation>Rena&amp;me role…</translation>
    </message>
    <message>
        <source>Rename the role</source>
        <translation>Rename the role</translation>
    </message>
    <message>
        <source>De&amp;lete role</source>
        <translation>De&amp;lete role</translation>
    </message>
    <message>
        <source>Delete the role</source>
        <translation>Delete the role</translation>
    </message>
    <message>
        <source>R&amp;oles:</source>
        <translation>R&amp;oles:</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Title of the role:</source>
        <translation>Title of the role:</translation>
    </message>
    <message>
        <source>A role needs a title.</source>
        <translation>A role needs a title.</translation>
    </message>
    <message>
        <source>Add role %1</source>
        <translation>Add role %1</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>Rename role</translation>
    </message>
    <message>
        <source>New title of the role:</source>
        <translation>New title of the role:</translation>
    </message>
    <message>
        <source>Rename role to %1</source>
        <translation>Rename role to %1</translation>
    </message>
    <message>
        <source>Delete role %1</source>
        <translation>Delete role %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search descriptions</source>
        <translation>Search descriptions</translation>
    </message>
    <message>
        <source>Words to find in all descriptions…</source>
        <translation>Words to find in all descriptions…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <source>&amp;Open description</source>
        <translation>&amp;Open description</translation>
    </message>
    <message>
        <source>Open the chosen description</source>
        <translation>Open the chosen description</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln description(s) found</source>
        <translation>
            <numerusform>%Ln description found</numerusform>
            <numerusform>%Ln descriptions found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Where it says so</source>
        <translation>Where it says so</translation>
    </message>
    <message>
        <source>Function description</source>
        <translation>Function description</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Role description</translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <source>Time series, table</source>
        <translation>Time series, table</translation>
    </message>
    <message>
        <source>Time series, summary</source>
        <translation>Time series, summary</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <source>Time series, graph</source>
        <translation>Time series, graph</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Point at the line to see a day's figure.</source>
        <translation>Point at the line to see a day's figure.</translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 to %3</translation>
    </message>
    <message>
        <source>Value (no unit given)</source>
        <translation>Value (no unit given)</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Value (%1)</translation>
    </message>
    <message>
        <source>No time series in the database yet.</source>
        <translation>No time series in the database yet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s), all missing.</source>
        <translation>
            <numerusform>%Ln point, all missing.</numerusform>
            <numerusform>%Ln points, all missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) from %2 to %3; lowest %4, highest %5, mean %6, last %7.</source>
        <translation>
            <numerusform>%Ln point from %2 to %3; lowest %4, highest %5, mean %6, last %7.</numerusform>
            <numerusform>%Ln points from %2 to %3; lowest %4, highest %5, mean %6, last %7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Time series</translation>
    </message>
    <message>
        <source>Sick-leave trend</source>
        <translation>Sick-leave trend</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
</context>
<context>
    <name>SickLeaveTab</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Sick-leave pages</source>
        <translation>Sick-leave pages</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Chec&amp;klist</translation>
    </message>
    <message>
        <source>F&amp;igures and trend</source>
        <translation>F&amp;igures and trend</translation>
    </message>
    <message>
        <source>T&amp;oolkit</source>
        <translation>T&amp;oolkit</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
</context>
<context>
    <name>SickLeaveTrendView</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Include the units &amp;below</source>
        <translation>Include the units &amp;below</translation>
    </message>
    <message>
        <source>Include the units below</source>
        <translation>Include the units below</translation>
    </message>
    <message>
        <source>Sick-leave trend, table</source>
        <translation>Sick-leave trend, table</translation>
    </message>
    <message>
        <source>(with the units below)</source>
        <translation>(with the units below)</translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 to %3</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Short-term</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>total %1, short-term %2, long-term %3</source>
        <translation>total %1, short-term %2, long-term %3</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
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
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Merge with the shared file now (Ctrl+Shift+S)</source>
        <translation>Merge with the shared file now (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>Sync &amp;settings…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>Record &amp;history…</source>
        <translation>Record &amp;history…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>&amp;Recent shared files</source>
        <translation>&amp;Recent shared files</translation>
    </message>
    <message>
        <source>Recent shared files</source>
        <translation>Recent shared files</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Sync toolbar</source>
        <translation>Sync toolbar</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Open the sync settings and sign in</source>
        <translation>Open the sync settings and sign in</translation>
    </message>
    <message>
        <source>Reading the shared file</source>
        <translation>Reading the shared file</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Merging</translation>
    </message>
    <message>
        <source>Writing the shared file</source>
        <translation>Writing the shared file</translation>
    </message>
    <message>
        <source>Receiving from the hub</source>
        <translation>Receiving from the hub</translation>
    </message>
    <message>
        <source>Sending to the hub</source>
        <translation>Sending to the hub</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Changes waiting to sync</translation>
    </message>
    <message>
        <source>Offline: the hub is not reachable; syncs when it is back</source>
        <translation>Offline: the hub is not reachable; syncs when it is back</translation>
    </message>
    <message>
        <source>Offline: shared file not reachable</source>
        <translation>Offline: shared file not reachable</translation>
    </message>
    <message>
        <source>Not synced: sign in again</source>
        <translation>Not synced: sign in again</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>Not synced: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1 · %Ln conflict(s) to look at</source>
        <translation>
            <numerusform>Synced at %1 · %Ln conflict to look at</numerusform>
            <numerusform>Synced at %1 · %Ln conflicts to look at</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Shared file: %1</source>
        <translation>Shared file: %1</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Shared file</source>
        <translation>Shared file</translation>
    </message>
    <message>
        <source>e.g. a file on a network share or in OneDrive</source>
        <translation>e.g. a file on a network share or in OneDrive</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the shared file</source>
        <translation>Choose the shared file</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Sync settings</translation>
    </message>
    <message>
        <source>Shared &amp;file</source>
        <translation>Shared &amp;file</translation>
    </message>
    <message>
        <source>Se&amp;rver (sync hub)</source>
        <translation>Se&amp;rver (sync hub)</translation>
    </message>
    <message>
        <source>FredApp merges your database with this file, both ways. Everyone who works together names the same file. Leave it empty to stop syncing.</source>
        <translation>FredApp merges your database with this file, both ways. Everyone who works together names the same file. Leave it empty to stop syncing.</translation>
    </message>
    <message>
        <source>&amp;Shared file:</source>
        <translation>&amp;Shared file:</translation>
    </message>
    <message>
        <source>The municipality's sync hub keeps everyone's changes; you see and change what your rights allow. The address begins with https:// (http:// only to this computer).</source>
        <translation>The municipality's sync hub keeps everyone's changes; you see and change what your rights allow. The address begins with https:// (http:// only to this computer).</translation>
    </message>
    <message>
        <source>The hub's address</source>
        <translation>The hub's address</translation>
    </message>
    <message>
        <source>&amp;Personal key</source>
        <translation>&amp;Personal key</translation>
    </message>
    <message>
        <source>Sign in with the &amp;municipality's account</source>
        <translation>Sign in with the &amp;municipality's account</translation>
    </message>
    <message>
        <source>Personal key</source>
        <translation>Personal key</translation>
    </message>
    <message>
        <source>Kept; paste a new key to replace it</source>
        <translation>Kept; paste a new key to replace it</translation>
    </message>
    <message>
        <source>Sign &amp;in in the browser…</source>
        <translation>Sign &amp;in in the browser…</translation>
    </message>
    <message>
        <source>Sign in with the municipality's account</source>
        <translation>Sign in with the municipality's account</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Test the connection to the hub</source>
        <translation>Test the connection to the hub</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Your sign-in is kept in this computer's keyring.</source>
        <translation>Your sign-in is kept in this computer's keyring.</translation>
    </message>
    <message>
        <source>This computer has no keyring; you must sign in again next time.</source>
        <translation>This computer has no keyring; you must sign in again next time.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>Signed in with the municipality's account.</source>
        <translation>Signed in with the municipality's account.</translation>
    </message>
    <message>
        <source>FredApp database (*.sqlite);;All files (*)</source>
        <translation>FredApp database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Sign in first: press «Sign in in the browser…»</source>
        <translation>Sign in first: press «Sign in in the browser…»</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file in it</source>
        <translation>%1 is a folder; name a file in it</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>The folder %1 does not exist</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Asking the hub…</translation>
    </message>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation>Connected as %1 (%2).</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened…</source>
        <translation>Sign in in the browser window that opened…</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Milestones and measures as marks and bars from start to due date. Up and down arrows choose one; Shift+Left or Right moves its due date a week, Alt+Left or Right its start; Enter opens a measure. The Table tab lists the same measures.</source>
        <translation>Milestones and measures as marks and bars from start to due date. Up and down arrows choose one; Shift+Left or Right moves its due date a week, Alt+Left or Right its start; Enter opens a measure. The Table tab lists the same measures.</translation>
    </message>
    <message>
        <source>Insert adds a milestone; Enter edits the chosen milestone and Delete removes it.</source>
        <translation>Insert adds a milestone; Enter edits the chosen milestone and Delete removes it.</translation>
    </message>
    <message>
        <source>&amp;Edit milestone …</source>
        <translation>&amp;Edit milestone …</translation>
    </message>
    <message>
        <source>&amp;Delete milestone</source>
        <translation>&amp;Delete milestone</translation>
    </message>
    <message>
        <source>&amp;New milestone here …</source>
        <translation>&amp;New milestone here …</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>starts %1</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>no dates</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Without dates</source>
        <translation>Without dates</translation>
    </message>
    <message>
        <source>Milestone %1, %2</source>
        <translation>Milestone %1, %2</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message numerus="yes">
        <source>Timeline %1 – %2 of %n measure(s) shown</source>
        <translation>
            <numerusform>Timeline %1 – %2 of %n measure shown</numerusform>
            <numerusform>Timeline %1 – %2 of %n measures shown</numerusform>
        </translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation>filter: %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Dates of %1: %2 – %3</source>
        <translation>Dates of %1: %2 – %3</translation>
    </message>
    <message>
        <source>New milestone …</source>
        <translation>New milestone …</translation>
    </message>
    <message>
        <source>New milestone (Insert)</source>
        <translation>New milestone (Insert)</translation>
    </message>
    <message>
        <source>Group the timeline</source>
        <translation>Group the timeline</translation>
    </message>
    <message>
        <source>Rows by dimension</source>
        <translation>Rows by dimension</translation>
    </message>
    <message>
        <source>Rows by level</source>
        <translation>Rows by level</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quarters</translation>
    </message>
    <message>
        <source>Zoom out: more time, quarters</source>
        <translation>Zoom out: more time, quarters</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Zoom in: less time, months</source>
        <translation>Zoom in: less time, months</translation>
    </message>
    <message>
        <source>All milestone titles</source>
        <translation>All milestone titles</translation>
    </message>
    <message>
        <source>Each milestone's whole title, in as many rows as needed; off: one row, titles cut short (the whole title in the tooltip)</source>
        <translation>Each milestone's whole title, in as many rows as needed; off: one row, titles cut short (the whole title in the tooltip)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Scroll to today</source>
        <translation>Scroll to today</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Export timeline</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Export the timeline</translation>
    </message>
    <message>
        <source>Export &amp;timeline</source>
        <translation>Export &amp;timeline</translation>
    </message>
    <message>
        <source>PDF, A4 landscape…</source>
        <translation>PDF, A4 landscape…</translation>
    </message>
    <message>
        <source>PDF, A3 landscape…</source>
        <translation>PDF, A3 landscape…</translation>
    </message>
    <message>
        <source>PNG picture…</source>
        <translation>PNG picture…</translation>
    </message>
    <message>
        <source>Drag a bar or its ends to change its dates; Shift+←/→ moves the due date a week,</source>
        <translation>Drag a bar or its ends to change its dates; Shift+←/→ moves the due date a week,</translation>
    </message>
    <message>
        <source>Alt+←/→ the start; Enter opens the measure.</source>
        <translation>Alt+←/→ the start; Enter opens the measure.</translation>
    </message>
    <message>
        <source>Milestone %1: %2</source>
        <translation>Milestone %1: %2</translation>
    </message>
    <message>
        <source>Exporting the timeline to %1 …</source>
        <translation>Exporting the timeline to %1 …</translation>
    </message>
    <message>
        <source>Exported the timeline to %1</source>
        <translation>Exported the timeline to %1</translation>
    </message>
</context>
<context>
    <name>ToolkitTableModel</name>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
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
        <translation>hidden (&lt; 5)</translation>
    </message>
    <message>
        <source>Sick-leave trend</source>
        <translation>Sick-leave trend</translation>
    </message>
    <message>
        <source>The months are listed in the table beside it.</source>
        <translation>The months are listed in the table beside it.</translation>
    </message>
    <message>
        <source>Sick leave (%)</source>
        <translation>Sick leave (%)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Short-term</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>No sick-leave figures.</source>
        <translation>No sick-leave figures.</translation>
    </message>
    <message>
        <source>%1 to %2.</source>
        <translation>%1 to %2.</translation>
    </message>
    <message>
        <source>Latest shown month %1: total %2, short-term %3, long-term %4.</source>
        <translation>Latest shown month %1: total %2, short-term %3, long-term %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) hidden (fewer than 5 employees).</source>
        <translation>
            <numerusform>%n month hidden (fewer than 5 employees).</numerusform>
            <numerusform>%n months hidden (fewer than 5 employees).</numerusform>
        </translation>
    </message>
    <message>
        <source>Target %1.</source>
        <translation>Target %1.</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Operating unit</source>
        <translation>Operating unit</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
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
        <translation>Parent id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Leader title</source>
        <translation>Leader title</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Predecessors</translation>
    </message>
    <message>
        <source>Units below</source>
        <translation>Units below</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>the top level</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unit</numerusform>
            <numerusform>%Ln units</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Move %1 to %2</translation>
    </message>
</context>
<context>
    <name>VersionList</name>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Each version is the text as it was saved. A version is made when you choose Save version (Ctrl+S) and when you leave a description you have changed. Select one to restore it, or two to compare them.</source>
        <translation>Each version is the text as it was saved. A version is made when you choose Save version (Ctrl+S) and when you leave a description you have changed. Select one to restore it, or two to compare them.</translation>
    </message>
    <message>
        <source>Com&amp;pare selected</source>
        <translation>Com&amp;pare selected</translation>
    </message>
    <message>
        <source>Compare two selected versions side by side</source>
        <translation>Compare two selected versions side by side</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>R&amp;estore</translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation>Restore the selected version</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versions:</translation>
    </message>
</context>
<context>
    <name>VersionTableModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Stopped; nothing was written.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Saving %Ln change(s) …</source>
        <translation>
            <numerusform>Saving %Ln change …</numerusform>
            <numerusform>Saving %Ln changes …</numerusform>
        </translation>
    </message>
</context>
</TS>