<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Demo loaded: %n team(s)</source>
        <translation>
            <numerusform>Demo loaded: %n team</numerusform>
            <numerusform>Demo loaded: %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%n concern</numerusform>
            <numerusform>%n concerns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%n action plan</numerusform>
            <numerusform>%n action plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated: %n team(s)</source>
        <translation>
            <numerusform>Generated: %n team</numerusform>
            <numerusform>Generated: %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n progress update</numerusform>
            <numerusform>%n progress updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activity(ies) to %1.</source>
        <translation>
            <numerusform>Wrote %n activity to %1.</numerusform>
            <numerusform>Wrote %n activities to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n concern(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n concern to %1.</numerusform>
            <numerusform>Wrote %n concerns to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n change to %1.</numerusform>
            <numerusform>Wrote %n changes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a choice: see &quot;hamkori-cli conflicts&quot;.</source>
        <translation>
            <numerusform>%n conflict waits for a choice: see &quot;hamkori-cli conflicts&quot;.</numerusform>
            <numerusform>%n conflicts wait for a choice: see &quot;hamkori-cli conflicts&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received, %1 new here.</source>
        <translation>
            <numerusform>%n change received, %1 new here.</numerusform>
            <numerusform>%n changes received, %1 new here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n bundle(s).</source>
        <translation>
            <numerusform>Imported %1 of %n bundle.</numerusform>
            <numerusform>Imported %1 of %n bundles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a choice.</source>
        <translation>
            <numerusform>%n conflict waits for a choice.</numerusform>
            <numerusform>%n conflicts wait for a choice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tried again: %n change(s) applied now.</source>
        <translation>
            <numerusform>Tried again: %n change applied now.</numerusform>
            <numerusform>Tried again: %n changes applied now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) set aside:</source>
        <translation>
            <numerusform>%n change set aside:</numerusform>
            <numerusform>%n changes set aside:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1</source>
        <translation>
            <numerusform>%n change: %1</numerusform>
            <numerusform>%n changes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n change(s). %1</source>
        <translation>
            <numerusform>Not applied: %n change. %1</numerusform>
            <numerusform>Not applied: %n changes. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (all of them: hamkori-cli quarantine)</source>
        <translation>
            <numerusform>and %n more (all of them: hamkori-cli quarantine)</numerusform>
            <numerusform>and %n more (all of them: hamkori-cli quarantine)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n earlier value(s) of «%1» from this laptop&apos;s history. The other laptops erase them when they receive the next bundle.</source>
        <translation>
            <numerusform>Erased %n earlier value of «%1» from this laptop&apos;s history. The other laptops erase them when they receive the next bundle.</numerusform>
            <numerusform>Erased %n earlier values of «%1» from this laptop&apos;s history. The other laptops erase them when they receive the next bundle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier value(s) erased from history, as another laptop asked.</source>
        <translation>
            <numerusform>%n earlier value erased from history, as another laptop asked.</numerusform>
            <numerusform>%n earlier values erased from history, as another laptop asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n change(s). %1</source>
        <translation>
            <numerusform>Refused: %n change. %1</numerusform>
            <numerusform>Refused: %n changes. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConcernImport</name>
    <message numerus="yes">
        <source>%n row(s) have errors. Correct them in the file, or choose to skip the bad rows. Nothing was imported.</source>
        <translation>
            <numerusform>%n row has errors. Correct them in the file, or choose to skip the bad rows. Nothing was imported.</numerusform>
            <numerusform>%n rows have errors. Correct them in the file, or choose to skip the bad rows. Nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message numerus="yes">
        <source>%n meetings have the code %1 (their teams share a code): ids %2. Name the meeting by its id instead.</source>
        <translation>
            <numerusform>%n meetings has the code %1 (their teams share a code): ids %2. Name the meeting by its id instead.</numerusform>
            <numerusform>%n meetings have the code %1 (their teams share a code): ids %2. Name the meeting by its id instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message numerus="yes">
        <source>Everything in this bundle was already here: nothing changed (%n change(s) already known).</source>
        <translation>
            <numerusform>Everything in this bundle was already here: nothing changed (%n change already known).</numerusform>
            <numerusform>Everything in this bundle was already here: nothing changed (%n changes already known).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait in the conflict inbox for you to choose a value.</source>
        <translation>
            <numerusform>%n conflict waits in the conflict inbox for you to choose a value.</numerusform>
            <numerusform>%n conflicts wait in the conflict inbox for you to choose a value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n change(s). %1</source>
        <translation>
            <numerusform>Not applied: %n change. %1</numerusform>
            <numerusform>Not applied: %n changes. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n change(s). %1</source>
        <translation>
            <numerusform>Refused: %n change. %1</numerusform>
            <numerusform>Refused: %n changes. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier value(s) erased from history, as another laptop asked.</source>
        <translation>
            <numerusform>%n earlier value erased from history, as another laptop asked.</numerusform>
            <numerusform>%n earlier values erased from history, as another laptop asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teams now have the code %1: %2. Two laptops each made a team with it. Give one of them another code on its Team page; until then the console program needs the team&apos;s name or id instead of the code.</source>
        <translation>
            <numerusform>%n teams now have the code %1: %2. Two laptops each made a team with it. Give one of them another code on its Team page; until then the console program needs the team&apos;s name or id instead of the code.</numerusform>
            <numerusform>%n teams now have the code %1: %2. Two laptops each made a team with it. Give one of them another code on its Team page; until then the console program needs the team&apos;s name or id instead of the code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) had been given on two laptops to different records; the later record took the next free number:</source>
        <translation>
            <numerusform>%n code had been given on two laptops to different records; the later record took the next free number:</numerusform>
            <numerusform>%n codes had been given on two laptops to different records; the later record took the next free number:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message numerus="yes">
        <source>%n action plans have the code %1 (their teams share a code): %2. Name the plan by its id instead.</source>
        <translation>
            <numerusform>%n action plans have the code %1 (their teams share a code): %2. Name the plan by its id instead.</numerusform>
            <numerusform>%n action plans have the code %1 (their teams share a code): %2. Name the plan by its id instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message numerus="yes">
        <source>This entry is used by %n record(s). Change those records first, or rename the entry instead of deleting it.</source>
        <translation>
            <numerusform>This entry is used by %n record. Change those records first, or rename the entry instead of deleting it.</numerusform>
            <numerusform>This entry is used by %n records. Change those records first, or rename the entry instead of deleting it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message numerus="yes">
        <source>%n teams have the code %1: %2. Two laptops each made a team with it. Name the team by its name or its id instead, and give one of them another code on its Team page.</source>
        <translation>
            <numerusform>%n teams has the code %1: %2. Two laptops each made a team with it. Name the team by its name or its id instead, and give one of them another code on its Team page.</numerusform>
            <numerusform>%n teams have the code %1: %2. Two laptops each made a team with it. Name the team by its name or its id instead, and give one of them another code on its Team page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teams are named «%1»: %2. Name the team by its id instead.</source>
        <translation>
            <numerusform>%n teams are named «%1»: %2. Name the team by its id instead.</numerusform>
            <numerusform>%n teams are named «%1»: %2. Name the team by its id instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::BalancePanel</name>
    <message numerus="yes">
        <source>Among %n active member(s):</source>
        <translation>
            <numerusform>Among %n active member:</numerusform>
            <numerusform>Among %n active members:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::ConcernRegister</name>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%n concern</numerusform>
            <numerusform>%n concerns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::EraseHistoryDialog</name>
    <message numerus="yes">
        <source>%1: %n earlier value(s)</source>
        <translation>
            <numerusform>%1: %n earlier value</numerusform>
            <numerusform>%1: %n earlier values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) erased</source>
        <translation>
            <numerusform>%1: %n value erased</numerusform>
            <numerusform>%1: %n values erased</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::MeetingsPage</name>
    <message numerus="yes">
        <source>The meeting %1 of %2 and its attendance records (%n member(s) marked present) will be deleted.</source>
        <translation>
            <numerusform>The meeting %1 of %2 and its attendance records (%n member marked present) will be deleted.</numerusform>
            <numerusform>The meeting %1 of %2 and its attendance records (%n members marked present) will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n concern(s) raised at it stay in the register.</source>
        <translation>
            <numerusform>The %n concern raised at it stay in the register.</numerusform>
            <numerusform>The %n concerns raised at it stay in the register.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::PlansPage</name>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n progress update</numerusform>
            <numerusform>%n progress updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator reading(s)</source>
        <translation>
            <numerusform>%n indicator reading</numerusform>
            <numerusform>%n indicator readings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::PrioritisationPage</name>
    <message numerus="yes">
        <source>Not decided yet: %n concern(s), %1 criteria.</source>
        <translation>
            <numerusform>Not decided yet: %n concern, %1 criteria.</numerusform>
            <numerusform>Not decided yet: %n concerns, %1 criteria.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::ResultsModel</name>
    <message numerus="yes">
        <source>The groups disagree most on this concern: their ranks differ by %n place(s).</source>
        <translation>
            <numerusform>The groups disagree most on this concern: their ranks differ by %n place.</numerusform>
            <numerusform>The groups disagree most on this concern: their ranks differ by %n places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::RoundListModel</name>
    <message numerus="yes">
        <source>Decided: %n concern(s) chosen as priorities</source>
        <translation>
            <numerusform>Decided: %n concern chosen as priorities</numerusform>
            <numerusform>Decided: %n concerns chosen as priorities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::TeamDetailsForm</name>
    <message numerus="yes">
        <source>%n other team(s) in this data file also have the code %1: %2. Two laptops each made a team with it. Concern codes and the console program cannot tell these teams apart: give one of them another code (type it in the Code field and press Enter).</source>
        <translation>
            <numerusform>%n other team in this data file also have the code %1: %2. Two laptops each made a team with it. Concern codes and the console program cannot tell these teams apart: give one of them another code (type it in the Code field and press Enter).</numerusform>
            <numerusform>%n other teams in this data file also have the code %1: %2. Two laptops each made a team with it. Concern codes and the console program cannot tell these teams apart: give one of them another code (type it in the Code field and press Enter).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::TeamPage</name>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n active member</numerusform>
            <numerusform>%n active members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%n concern</numerusform>
            <numerusform>%n concerns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%n action plan</numerusform>
            <numerusform>%n action plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::csv::ConcernImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) under the header, %1, separator &quot;%2&quot;.</source>
        <translation>
            <numerusform>%n row under the header, %1, separator &quot;%2&quot;.</numerusform>
            <numerusform>%n rows under the header, %1, separator &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>3. Check (%n problem(s))</source>
        <translation>
            <numerusform>3. Check (%n problem)</numerusform>
            <numerusform>3. Check (%n problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors: correct the file and choose it again, or skip the bad rows.</source>
        <translation>
            <numerusform>%n row has errors: correct the file and choose it again, or skip the bad rows.</numerusform>
            <numerusform>%n rows have errors: correct the file and choose it again, or skip the bad rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>4. Deleted concerns (%n)</source>
        <translation>
            <numerusform>4. Deleted concerns (%n)</numerusform>
            <numerusform>4. Deleted concerns (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) carry the code of a deleted concern: %1 to restore, the others skipped (see &quot;4. Deleted concerns&quot;).</source>
        <translation>
            <numerusform>%n row carry the code of a deleted concern: %1 to restore, the others skipped (see &quot;4. Deleted concerns&quot;).</numerusform>
            <numerusform>%n rows carry the code of a deleted concern: %1 to restore, the others skipped (see &quot;4. Deleted concerns&quot;).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::csv::CsvExportDialog</name>
    <message numerus="yes">
        <source>Wrote %n concern(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n concern to %1.</numerusform>
            <numerusform>Wrote %n concerns to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activity(ies) to %1.</source>
        <translation>
            <numerusform>Wrote %n activity to %1.</numerusform>
            <numerusform>Wrote %n activities to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::documents::DocumentPanel</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::DeviceListModel</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n laptop(s)</source>
        <translation>
            <numerusform>from %n laptop</numerusform>
            <numerusform>from %n laptops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::ImportPanel</name>
    <message numerus="yes">
        <source>Imported: %n change(s) new to this laptop.</source>
        <translation>
            <numerusform>Imported: %n change new to this laptop.</numerusform>
            <numerusform>Imported: %n changes new to this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n change(s). %1</source>
        <translation>
            <numerusform>Not applied: %n change. %1</numerusform>
            <numerusform>Not applied: %n changes. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::SetAsidePanel</name>
    <message numerus="yes">
        <source>%n change(s) applied now.</source>
        <translation>
            <numerusform>%n change applied now.</numerusform>
            <numerusform>%n changes applied now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still cannot be applied.</source>
        <translation>
            <numerusform>%n change still cannot be applied.</numerusform>
            <numerusform>%n changes still cannot be applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received could not be applied and are kept here. Import the bundles of the other laptops, then try them again.</source>
        <translation>
            <numerusform>%n change received could not be applied and are kept here. Import the bundles of the other laptops, then try them again.</numerusform>
            <numerusform>%n changes received could not be applied and are kept here. Import the bundles of the other laptops, then try them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ActivitiesPanel</name>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n progress update</numerusform>
            <numerusform>%n progress updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator reading(s)</source>
        <translation>
            <numerusform>%n indicator reading</numerusform>
            <numerusform>%n indicator readings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::plans::PlanListModel</name>
    <message numerus="yes">
        <source>%n activity(ies) overdue</source>
        <translation>
            <numerusform>%n activity overdue</numerusform>
            <numerusform>%n activities overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::settings::BackupsTab</name>
    <message numerus="yes">
        <source>the newest of each of the last %n &amp;day(s),</source>
        <translation>
            <numerusform>the newest of each of the last %n &amp;day,</numerusform>
            <numerusform>the newest of each of the last %n &amp;days,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and of each of the last %n &amp;week(s).</source>
        <translation>
            <numerusform>and of each of the last %n &amp;week.</numerusform>
            <numerusform>and of each of the last %n &amp;weeks.</numerusform>
        </translation>
    </message>
</context>
</TS>
