<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeBand</name>
    <message>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18–29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30–49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 and over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Use the data file at &lt;path&gt; instead of the usual one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in &lt;language&gt;: tg (Tajik), ru (Russian) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;hamkori-cli %1 --help&quot; to see how to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file: %1 (data version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty data file. Running it again is harmless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;init&quot; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s device fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo: ten teams with a year of meetings, concerns, prioritisation and action plans. Teams already in the data file are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo loaded: %n team(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the data file, left as they were: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add generated data for tests and benchmarks: &quot;district&quot; is one new team over three years, &quot;national&quot; is about 40 teams over ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district or national.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say --scale district or --scale national.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating: %1% (%2 of %3 team-years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated: %n team(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Count the records of each kind in the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the counts as JSON, for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritisation rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the data file: its integrity and its data version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data version: %1 (this program writes version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1, fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create an empty data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the demo teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add generated data (district or national)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the records of each kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check integrity and data version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hamkori-cli [--database PATH] [--lang tg|ru|en] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;hamkori-cli COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernRepository</name>
    <message>
        <source>Choose the team that registers the concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a short title for the concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category of the concern from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting where the concern was first raised must be a meeting of the same team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the baseline figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new concern cannot start as dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This concern no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no concern with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the status change as dd.MM.yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the concern is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the drivers from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both concerns of a link must exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concern cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernSource</name>
    <message>
        <source>Community consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reporting day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernStatus</name>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictRisk</name>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder %1 could not be created. Choose another place for the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 could not be opened (%2). Check that the file exists and that you may read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2). Nothing was changed in it. Restore it from a backup copy, or start Hamkori with another data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 was made by a newer Hamkori (data version %2); this Hamkori reads up to data version %3. Install the newer Hamkori to open it. Nothing was changed in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file needs an upgrade, but the backup copy made before upgrading could not be written (%1). Free some disk space and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be upgraded (%1). It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not be started. Reinstall Hamkori.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is read-only. Copy it to a folder where you may write, or change its permissions, and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo data is missing from the program. Reinstall Hamkori.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data in the program is damaged (%1). Reinstall Hamkori.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo team %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo texts needed to generate data are missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free team code is left for a generated team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Happened once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In some seasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkKind</name>
    <message>
        <source>causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggravates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurs together with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Use the data file at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Hamkori in &lt;language&gt;: tg, ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamkori</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Regular meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women-only focus group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth focus group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint meeting with police and Hukumat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>Choose the team that held the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the meeting as dd.MM.yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of guests cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member no longer exists; the record may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a member of another team and cannot be marked present at this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberCategory</name>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukumat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamoat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil society organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religious leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women&apos;s committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantGroup</name>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Choose the team whose action plan this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the title of the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan must be adopted at a meeting of the same team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan can address only concerns of its own team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action plan no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action plan with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the measure to be carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lead body from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the funding source from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline (%1) is before the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount in somoni cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the progress update as dd.MM.yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of people reached cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money spent cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This progress update no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the reading as dd.MM.yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This indicator reading no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrioritisationRepository</name>
    <message>
        <source>Choose the team whose concerns are scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the prioritisation round as dd.MM.yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round must take place at a meeting of the same team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the criteria from the list of criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion&apos;s weight must be more than 0 and at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only concerns of the same team can be scored in a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prioritisation round no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score must be a whole number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This concern is not part of the prioritisation round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This criterion is not used in the prioritisation round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both concerns of a pair must be different concerns of the round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The winner must be one of the two concerns compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one concern as a priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only concerns scored in this round can be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the decision as dd.MM.yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaisedBy</name>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minority community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>Domestic and gender-based violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early and forced marriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth and juvenile crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violent extremism and recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drugs and alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road and traffic safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theft and property crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes over water, land and pasture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police–community relations and rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour migration and trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe public spaces and infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disasters and health emergencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak public services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistrust of the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scarce water and land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol and drug use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online radicalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District police (ShKD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukumat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamoat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil society organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee on Women and Family Affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religious leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mahalla committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukumat budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamoat budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable groups affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency and risk of escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceList</name>
    <message>
        <source>Concern categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritisation criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>Enter a name in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion&apos;s weight must be more than 0 and at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; has no entry with the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This entry is used by %n record(s). Change those records first, or rename the entry instead of deleting it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This place is no longer in the gazetteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No district or city called &quot;%1&quot; is in the gazetteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the place&apos;s name in English, Tajik and Russian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place must be a region, a district or a city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the region the place belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The data file could not be read or written (%1). Check that the disk is not full and the file is not open in another program, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>Enter the name of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team code must be 2 to 6 capital Latin letters, for example ISF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by the team &quot;%2&quot;. Choose another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the team&apos;s district or city from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the team this member belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the member left (%1) is before the date they joined (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member no longer exists; the record may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hamkori::MainWindow</name>
    <message>
        <source>Hamkori — community police partnership teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no teams in this data file yet. To try Hamkori with example data, run &quot;hamkori-cli demo&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::TeamListModel</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
