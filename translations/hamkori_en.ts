<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CampaignRepository</name>
    <message numerus="yes">
        <source>%n campaigns have the code %1 (their teams share a code): ids %2. Name the campaign by its id instead.</source>
        <translation><numerusform>%Ln campaigns has the code %1 (their teams share a code): ids %2. Name the campaign by its id instead.</numerusform><numerusform>%Ln campaigns have the code %1 (their teams share a code): ids %2. Name the campaign by its id instead.</numerusform></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Demo loaded: %n team(s)</source>
        <translation><numerusform>Demo loaded: %Ln team</numerusform><numerusform>Demo loaded: %Ln teams</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation><numerusform>%Ln meeting</numerusform><numerusform>%Ln meetings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation><numerusform>%Ln concern</numerusform><numerusform>%Ln concerns</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation><numerusform>%Ln action plan</numerusform><numerusform>%Ln action plans</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Generated: %n team(s)</source>
        <translation><numerusform>Generated: %Ln team</numerusform><numerusform>Generated: %Ln teams</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation><numerusform>%Ln activity</numerusform><numerusform>%Ln activities</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation><numerusform>%Ln progress update</numerusform><numerusform>%Ln progress updates</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activity(ies) to %1.</source>
        <translation><numerusform>Wrote %Ln activity to %1.</numerusform><numerusform>Wrote %Ln activities to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n concern(s) to %1.</source>
        <translation><numerusform>Wrote %Ln concern to %1.</numerusform><numerusform>Wrote %Ln concerns to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation><numerusform>Wrote %Ln change to %1.</numerusform><numerusform>Wrote %Ln changes to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a choice: see "hamkori-cli conflicts".</source>
        <translation><numerusform>%Ln conflict waits for a choice: see "hamkori-cli conflicts".</numerusform><numerusform>%Ln conflicts wait for a choice: see "hamkori-cli conflicts".</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received, %1 new here.</source>
        <translation><numerusform>%Ln change received, %1 new here.</numerusform><numerusform>%Ln changes received, %1 new here.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n bundle(s).</source>
        <translation><numerusform>Imported %1 of %Ln bundle.</numerusform><numerusform>Imported %1 of %Ln bundles.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a choice.</source>
        <translation><numerusform>%Ln conflict waits for a choice.</numerusform><numerusform>%Ln conflicts wait for a choice.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Tried again: %n change(s) applied now.</source>
        <translation><numerusform>Tried again: %Ln change applied now.</numerusform><numerusform>Tried again: %Ln changes applied now.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) set aside:</source>
        <translation><numerusform>%Ln change set aside:</numerusform><numerusform>%Ln changes set aside:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1</source>
        <translation><numerusform>%Ln change: %1</numerusform><numerusform>%Ln changes: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n change(s). %1</source>
        <translation><numerusform>Not applied: %Ln change. %1</numerusform><numerusform>Not applied: %Ln changes. %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more (all of them: hamkori-cli quarantine)</source>
        <translation><numerusform>and %Ln more (all of them: hamkori-cli quarantine)</numerusform><numerusform>and %Ln more (all of them: hamkori-cli quarantine)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Erased %n earlier value(s) of «%1» from this laptop's history. The other laptops erase them when they receive the next bundle.</source>
        <translation><numerusform>Erased %Ln earlier value of «%1» from this laptop's history. The other laptops erase them when they receive the next bundle.</numerusform><numerusform>Erased %Ln earlier values of «%1» from this laptop's history. The other laptops erase them when they receive the next bundle.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier value(s) erased from history, as another laptop asked.</source>
        <translation><numerusform>%Ln earlier value erased from history, as another laptop asked.</numerusform><numerusform>%Ln earlier values erased from history, as another laptop asked.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n change(s). %1</source>
        <translation><numerusform>Refused: %Ln change. %1</numerusform><numerusform>Refused: %Ln changes. %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) in the directory</source>
        <translation><numerusform>%Ln organisation in the directory</numerusform><numerusform>%Ln organisations in the directory</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n community policing centre(s)</source>
        <translation><numerusform>%Ln community policing centre</numerusform><numerusform>%Ln community policing centres</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) and recommendation(s)</source>
        <translation><numerusform>%Ln request and recommendation</numerusform><numerusform>%Ln requests and recommendations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation><numerusform>%Ln referral</numerusform><numerusform>%Ln referrals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n organisation(s) to %1.</source>
        <translation><numerusform>Wrote %Ln organisation to %1.</numerusform><numerusform>Wrote %Ln organisations to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%Ln event</numerusform><numerusform>%Ln events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation><numerusform>%Ln campaign</numerusform><numerusform>%Ln campaigns</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation><numerusform>Wrote %Ln event to %1.</numerusform><numerusform>Wrote %Ln events to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n campaign(s) to %1.</source>
        <translation><numerusform>Wrote %Ln campaign to %1.</numerusform><numerusform>Wrote %Ln campaigns to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) of indicators to %1.</source>
        <translation><numerusform>Wrote %Ln row of indicators to %1.</numerusform><numerusform>Wrote %Ln rows of indicators to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n survey sheet(s) to %1.</source>
        <translation><numerusform>Wrote %Ln survey sheet to %1.</numerusform><numerusform>Wrote %Ln survey sheets to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n survey round(s)</source>
        <translation>
            <numerusform>%Ln survey round</numerusform>
            <numerusform>%Ln survey rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey sheet(s)</source>
        <translation>
            <numerusform>%Ln survey sheet</numerusform>
            <numerusform>%Ln survey sheets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConcernImport</name>
    <message numerus="yes">
        <source>%n row(s) have errors. Correct them in the file, or choose to skip the bad rows. Nothing was imported.</source>
        <translation><numerusform>%Ln row has errors. Correct them in the file, or choose to skip the bad rows. Nothing was imported.</numerusform><numerusform>%Ln rows have errors. Correct them in the file, or choose to skip the bad rows. Nothing was imported.</numerusform></translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message numerus="yes">
        <source>%n row(s) have errors. Correct them in the file, or choose to skip the bad rows. Nothing was imported.</source>
        <translation><numerusform>%Ln row has errors. Correct them in the file, or choose to skip the bad rows. Nothing was imported.</numerusform><numerusform>%Ln rows have errors. Correct them in the file, or choose to skip the bad rows. Nothing was imported.</numerusform></translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message numerus="yes">
        <source>The sheet answers question %1, but the event has %n question(s).</source>
        <translation><numerusform>The sheet answers question %1, but the event has %Ln question.</numerusform><numerusform>The sheet answers question %1, but the event has %Ln questions.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n events have the code %1 (their teams share a code): ids %2. Name the event by its id instead.</source>
        <translation><numerusform>%Ln events has the code %1 (their teams share a code): ids %2. Name the event by its id instead.</numerusform><numerusform>%Ln events have the code %1 (their teams share a code): ids %2. Name the event by its id instead.</numerusform></translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message numerus="yes">
        <source>%n meetings have the code %1 (their teams share a code): ids %2. Name the meeting by its id instead.</source>
        <translation><numerusform>%Ln meetings has the code %1 (their teams share a code): ids %2. Name the meeting by its id instead.</numerusform><numerusform>%Ln meetings have the code %1 (their teams share a code): ids %2. Name the meeting by its id instead.</numerusform></translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message numerus="yes">
        <source>Everything in this bundle was already here: nothing changed (%n change(s) already known).</source>
        <translation><numerusform>Everything in this bundle was already here: nothing changed (%Ln change already known).</numerusform><numerusform>Everything in this bundle was already here: nothing changed (%Ln changes already known).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait in the conflict inbox for you to choose a value.</source>
        <translation><numerusform>%Ln conflict waits in the conflict inbox for you to choose a value.</numerusform><numerusform>%Ln conflicts wait in the conflict inbox for you to choose a value.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n change(s). %1</source>
        <translation><numerusform>Not applied: %Ln change. %1</numerusform><numerusform>Not applied: %Ln changes. %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %Ln more</numerusform><numerusform>and %Ln more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n change(s). %1</source>
        <translation><numerusform>Refused: %Ln change. %1</numerusform><numerusform>Refused: %Ln changes. %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier value(s) erased from history, as another laptop asked.</source>
        <translation><numerusform>%Ln earlier value erased from history, as another laptop asked.</numerusform><numerusform>%Ln earlier values erased from history, as another laptop asked.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n teams now have the code %1: %2. Two laptops each made a team with it. Give one of them another code on its Team page; until then the console program needs the team's name or id instead of the code.</source>
        <translation><numerusform>%Ln teams now have the code %1: %2. Two laptops each made a team with it. Give one of them another code on its Team page; until then the console program needs the team's name or id instead of the code.</numerusform><numerusform>%Ln teams now have the code %1: %2. Two laptops each made a team with it. Give one of them another code on its Team page; until then the console program needs the team's name or id instead of the code.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) had been given on two laptops to different records; the later record took the next free number:</source>
        <translation><numerusform>%Ln code had been given on two laptops to different records; the later record took the next free number:</numerusform><numerusform>%Ln codes had been given on two laptops to different records; the later record took the next free number:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in this bundle are beyond what Hamkori accepts when typed (a figure typed twice, or made by another version). They were kept, as on the laptop that sent them; check them and correct them there or here:</source>
        <translation><numerusform>%Ln value in this bundle are beyond what Hamkori accepts when typed (a figure typed twice, or made by another version). They were kept, as on the laptop that sent them; check them and correct them there or here:</numerusform><numerusform>%Ln values in this bundle are beyond what Hamkori accepts when typed (a figure typed twice, or made by another version). They were kept, as on the laptop that sent them; check them and correct them there or here:</numerusform></translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message numerus="yes">
        <source>%n action plans have the code %1 (their teams share a code): %2. Name the plan by its id instead.</source>
        <translation><numerusform>%Ln action plans have the code %1 (their teams share a code): %2. Name the plan by its id instead.</numerusform><numerusform>%Ln action plans have the code %1 (their teams share a code): %2. Name the plan by its id instead.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message numerus="yes">
        <source>This entry is used by %n record(s). Change those records first, or rename the entry instead of deleting it.</source>
        <translation><numerusform>This entry is used by %Ln record. Change those records first, or rename the entry instead of deleting it.</numerusform><numerusform>This entry is used by %Ln records. Change those records first, or rename the entry instead of deleting it.</numerusform></translation>
    </message>
</context>
<context>
    <name>SurveyRepository</name>
    <message numerus="yes">
        <source>%n surveys have the code %1 (their teams share a code): ids %2. Name the survey by its id instead.</source>
        <translation><numerusform>%Ln surveys has the code %1 (their teams share a code): ids %2. Name the survey by its id instead.</numerusform><numerusform>%Ln surveys have the code %1 (their teams share a code): ids %2. Name the survey by its id instead.</numerusform></translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message numerus="yes">
        <source>%n teams have the code %1: %2. Two laptops each made a team with it. Name the team by its name or its id instead, and give one of them another code on its Team page.</source>
        <translation><numerusform>%Ln teams has the code %1: %2. Two laptops each made a team with it. Name the team by its name or its id instead, and give one of them another code on its Team page.</numerusform><numerusform>%Ln teams have the code %1: %2. Two laptops each made a team with it. Name the team by its name or its id instead, and give one of them another code on its Team page.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n teams are named «%1»: %2. Name the team by its id instead.</source>
        <translation><numerusform>%Ln teams are named «%1»: %2. Name the team by its id instead.</numerusform><numerusform>%Ln teams are named «%1»: %2. Name the team by its id instead.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::BalancePanel</name>
    <message numerus="yes">
        <source>Among %n active member(s):</source>
        <translation><numerusform>Among %Ln active member:</numerusform><numerusform>Among %Ln active members:</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::CampaignsPage</name>
    <message numerus="yes">
        <source>%1 of %n campaign(s) match the search.</source>
        <translation><numerusform>%1 of %Ln campaign match the search.</numerusform><numerusform>%1 of %Ln campaigns match the search.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s).</source>
        <translation><numerusform>%Ln campaign.</numerusform><numerusform>%Ln campaigns.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::CommitmentsPage</name>
    <message numerus="yes">
        <source>%n overdue: past the due date and not yet done.</source>
        <translation><numerusform>%Ln overdue: past the due date and not yet done.</numerusform><numerusform>%Ln overdue: past the due date and not yet done.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::ConcernRegister</name>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation><numerusform>%Ln concern</numerusform><numerusform>%Ln concerns</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::DirectoryPage</name>
    <message numerus="yes">
        <source>%Ln organisation(s) shown</source>
        <translation><numerusform>%Ln organisation shown</numerusform><numerusform>%Ln organisations shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 will be deleted from the directory with %Ln service(s). Team members and activities that name it keep the name as typed; referrals made to its services stay counted.</source>
        <translation><numerusform>%1 will be deleted from the directory with %Ln service. Team members and activities that name it keep the name as typed; referrals made to its services stay counted.</numerusform><numerusform>%1 will be deleted from the directory with %Ln services. Team members and activities that name it keep the name as typed; referrals made to its services stay counted.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::EraseHistoryDialog</name>
    <message numerus="yes">
        <source>%1: %n earlier value(s)</source>
        <translation><numerusform>%1: %Ln earlier value</numerusform><numerusform>%1: %Ln earlier values</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) erased</source>
        <translation><numerusform>%1: %Ln value erased</numerusform><numerusform>%1: %Ln values erased</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::EventsPage</name>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation><numerusform>%Ln event.</numerusform><numerusform>%Ln events.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown.</source>
        <translation><numerusform>%1 of %Ln event shown.</numerusform><numerusform>%1 of %Ln events shown.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The event %1 «%2» will be deleted with its %n participant(s), trainers, test and feedback sheets and follow-ups.</source>
        <translation><numerusform>The event %1 «%2» will be deleted with its %Ln participant, trainers, test and feedback sheets and follow-ups.</numerusform><numerusform>The event %1 «%2» will be deleted with its %Ln participants, trainers, test and feedback sheets and follow-ups.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::MeetingsPage</name>
    <message numerus="yes">
        <source>The meeting %1 of %2 and its attendance records (%n member(s) marked present) will be deleted.</source>
        <translation><numerusform>The meeting %1 of %2 and its attendance records (%Ln member marked present) will be deleted.</numerusform><numerusform>The meeting %1 of %2 and its attendance records (%Ln members marked present) will be deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %n concern(s) raised at it stay in the register.</source>
        <translation><numerusform>The %Ln concern raised at it stay in the register.</numerusform><numerusform>The %Ln concerns raised at it stay in the register.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::OverviewPage</name>
    <message numerus="yes">
        <source>%n reception day(s)</source>
        <translation><numerusform>%Ln reception day</numerusform><numerusform>%Ln reception days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s)</source>
        <translation><numerusform>%Ln visitor</numerusform><numerusform>%Ln visitors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Surveys, latest baseline → endline of %n team(s): %1</source>
        <translation><numerusform>Surveys, latest baseline → endline of %Ln team: %1</numerusform><numerusform>Surveys, latest baseline → endline of %Ln teams: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::ParticipantsPanel</name>
    <message numerus="yes">
        <source>add %n member(s) to the list of %1</source>
        <translation><numerusform>add %Ln member to the list of %1</numerusform><numerusform>add %Ln members to the list of %1</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::PlansPage</name>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation><numerusform>%Ln activity</numerusform><numerusform>%Ln activities</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation><numerusform>%Ln progress update</numerusform><numerusform>%Ln progress updates</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator reading(s)</source>
        <translation><numerusform>%Ln indicator reading</numerusform><numerusform>%Ln indicator readings</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::PrioritisationPage</name>
    <message numerus="yes">
        <source>Not decided yet: %n concern(s), %1 criteria.</source>
        <translation><numerusform>Not decided yet: %Ln concern, %1 criteria.</numerusform><numerusform>Not decided yet: %Ln concerns, %1 criteria.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::ResultsModel</name>
    <message numerus="yes">
        <source>The groups disagree most on this concern: their ranks differ by %n place(s).</source>
        <translation><numerusform>The groups disagree most on this concern: their ranks differ by %Ln place.</numerusform><numerusform>The groups disagree most on this concern: their ranks differ by %Ln places.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::RoundListModel</name>
    <message numerus="yes">
        <source>Decided: %n concern(s) chosen as priorities</source>
        <translation><numerusform>Decided: %Ln concern chosen as priorities</numerusform><numerusform>Decided: %Ln concerns chosen as priorities</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::SheetsPanel</name>
    <message numerus="yes">
        <source>Average gain: %1 points over the %n sheet(s) with both scores.</source>
        <translation><numerusform>Average gain: %1 points over the %Ln sheet with both scores.</numerusform><numerusform>Average gain: %1 points over the %Ln sheets with both scores.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Average answer to each question — %1; overall %2, from %n sheet(s).</source>
        <translation><numerusform>Average answer to each question — %1; overall %2, from %Ln sheet.</numerusform><numerusform>Average answer to each question — %1; overall %2, from %Ln sheets.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::SurveyResultsPanel</name>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation><numerusform>%Ln respondent</numerusform><numerusform>%Ln respondents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Each figure: the share of those who answered the question, its 95% confidence interval in brackets and the number of answers (n). A group with fewer than %n answer(s) shows “too few answers”. The women–men gap is in percentage points, in bold where its interval leaves out zero.</source>
        <translation><numerusform>Each figure: the share of those who answered the question, its 95% confidence interval in brackets and the number of answers (n). A group with fewer than %Ln answer shows “too few answers”. The women–men gap is in percentage points, in bold where its interval leaves out zero.</numerusform><numerusform>Each figure: the share of those who answered the question, its 95% confidence interval in brackets and the number of answers (n). A group with fewer than %Ln answers shows “too few answers”. The women–men gap is in percentage points, in bold where its interval leaves out zero.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>yes: %n concern(s)</source>
        <translation><numerusform>yes: %Ln concern</numerusform><numerusform>yes: %Ln concerns</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::SurveySheetsPanel</name>
    <message numerus="yes">
        <source>%n sheet(s): %1 women, %2 men.</source>
        <translation><numerusform>%Ln sheet: %1 women, %2 men.</numerusform><numerusform>%Ln sheets: %1 women, %2 men.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::SurveysPage</name>
    <message numerus="yes">
        <source>%n survey round(s).</source>
        <translation><numerusform>%Ln survey round.</numerusform><numerusform>%Ln survey rounds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n survey round(s) shown.</source>
        <translation><numerusform>%1 of %Ln survey round shown.</numerusform><numerusform>%1 of %Ln survey rounds shown.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The survey %1 will be deleted with its questionnaire, its %n sheet(s) and its tallies.</source>
        <translation><numerusform>The survey %1 will be deleted with its questionnaire, its %Ln sheet and its tallies.</numerusform><numerusform>The survey %1 will be deleted with its questionnaire, its %Ln sheets and its tallies.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::TeamDetailsForm</name>
    <message numerus="yes">
        <source>%n other team(s) in this data file also have the code %1: %2. Two laptops each made a team with it. Concern codes and the console program cannot tell these teams apart: give one of them another code (type it in the Code field and press Enter).</source>
        <translation><numerusform>%Ln other team in this data file also have the code %1: %2. Two laptops each made a team with it. Concern codes and the console program cannot tell these teams apart: give one of them another code (type it in the Code field and press Enter).</numerusform><numerusform>%Ln other teams in this data file also have the code %1: %2. Two laptops each made a team with it. Concern codes and the console program cannot tell these teams apart: give one of them another code (type it in the Code field and press Enter).</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::TeamPage</name>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation><numerusform>%Ln active member</numerusform><numerusform>%Ln active members</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation><numerusform>%Ln meeting</numerusform><numerusform>%Ln meetings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation><numerusform>%Ln concern</numerusform><numerusform>%Ln concerns</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation><numerusform>%Ln action plan</numerusform><numerusform>%Ln action plans</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation><numerusform>%Ln member</numerusform><numerusform>%Ln members</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::csv::ConcernImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) under the header, %1, separator "%2".</source>
        <translation><numerusform>%Ln row under the header, %1, separator "%2".</numerusform><numerusform>%Ln rows under the header, %1, separator "%2".</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>3. Check (%n problem(s))</source>
        <translation><numerusform>3. Check (%Ln problem)</numerusform><numerusform>3. Check (%Ln problems)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors: correct the file and choose it again, or skip the bad rows.</source>
        <translation><numerusform>%Ln row has errors: correct the file and choose it again, or skip the bad rows.</numerusform><numerusform>%Ln rows have errors: correct the file and choose it again, or skip the bad rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>4. Deleted concerns (%n)</source>
        <translation><numerusform>4. Deleted concerns (%Ln)</numerusform><numerusform>4. Deleted concerns (%Ln)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) carry the code of a deleted concern: %1 to restore, the others skipped (see "4. Deleted concerns").</source>
        <translation><numerusform>%Ln row carry the code of a deleted concern: %1 to restore, the others skipped (see "4. Deleted concerns").</numerusform><numerusform>%Ln rows carry the code of a deleted concern: %1 to restore, the others skipped (see "4. Deleted concerns").</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::csv::CsvExportDialog</name>
    <message numerus="yes">
        <source>Wrote %n concern(s) to %1.</source>
        <translation><numerusform>Wrote %Ln concern to %1.</numerusform><numerusform>Wrote %Ln concerns to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activity(ies) to %1.</source>
        <translation><numerusform>Wrote %Ln activity to %1.</numerusform><numerusform>Wrote %Ln activities to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n organisation(s) to %1.</source>
        <translation><numerusform>Wrote %Ln organisation to %1.</numerusform><numerusform>Wrote %Ln organisations to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation><numerusform>Wrote %Ln event to %1.</numerusform><numerusform>Wrote %Ln events to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n campaign(s) to %1.</source>
        <translation><numerusform>Wrote %Ln campaign to %1.</numerusform><numerusform>Wrote %Ln campaigns to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::csv::DirectoryImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) under the header, %1, separator "%2".</source>
        <translation><numerusform>%Ln row under the header, %1, separator "%2".</numerusform><numerusform>%Ln rows under the header, %1, separator "%2".</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>3. Check (%n problem(s))</source>
        <translation><numerusform>3. Check (%Ln problem)</numerusform><numerusform>3. Check (%Ln problems)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors: correct the file and choose it again, or skip the bad rows.</source>
        <translation><numerusform>%Ln row has errors: correct the file and choose it again, or skip the bad rows.</numerusform><numerusform>%Ln rows have errors: correct the file and choose it again, or skip the bad rows.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::csv::SurveyExportDialog</name>
    <message numerus="yes">
        <source>Wrote %n row(s) of indicators to %1.</source>
        <translation><numerusform>Wrote %Ln row of indicators to %1.</numerusform><numerusform>Wrote %Ln rows of indicators to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n survey sheet(s) to %1.</source>
        <translation><numerusform>Wrote %Ln survey sheet to %1.</numerusform><numerusform>Wrote %Ln survey sheets to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::documents::DocumentPanel</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation><numerusform>… and %Ln more.</numerusform><numerusform>… and %Ln more.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::DeviceListModel</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation><numerusform>%Ln change</numerusform><numerusform>%Ln changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>from %n laptop(s)</source>
        <translation><numerusform>from %Ln laptop</numerusform><numerusform>from %Ln laptops</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::ImportPanel</name>
    <message numerus="yes">
        <source>Imported: %n change(s) new to this laptop.</source>
        <translation><numerusform>Imported: %Ln change new to this laptop.</numerusform><numerusform>Imported: %Ln changes new to this laptop.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n change(s). %1</source>
        <translation><numerusform>Not applied: %Ln change. %1</numerusform><numerusform>Not applied: %Ln changes. %1</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::SetAsidePanel</name>
    <message numerus="yes">
        <source>%n change(s) applied now.</source>
        <translation><numerusform>%Ln change applied now.</numerusform><numerusform>%Ln changes applied now.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still cannot be applied.</source>
        <translation><numerusform>%Ln change still cannot be applied.</numerusform><numerusform>%Ln changes still cannot be applied.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received could not be applied and are kept here. Import the bundles of the other laptops, then try them again.</source>
        <translation><numerusform>%Ln change received could not be applied and are kept here. Import the bundles of the other laptops, then try them again.</numerusform><numerusform>%Ln changes received could not be applied and are kept here. Import the bundles of the other laptops, then try them again.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ActivitiesPanel</name>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation><numerusform>%Ln progress update</numerusform><numerusform>%Ln progress updates</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator reading(s)</source>
        <translation><numerusform>%Ln indicator reading</numerusform><numerusform>%Ln indicator readings</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::plans::PlanListModel</name>
    <message numerus="yes">
        <source>%n activity(ies) overdue</source>
        <translation><numerusform>%Ln activity overdue</numerusform><numerusform>%Ln activities overdue</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::settings::BackupsTab</name>
    <message numerus="yes">
        <source>the newest of each of the last %n &amp;day(s),</source>
        <translation><numerusform>the newest of each of the last %Ln &amp;day,</numerusform><numerusform>the newest of each of the last %Ln &amp;days,</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and of each of the last %n &amp;week(s).</source>
        <translation><numerusform>and of each of the last %Ln &amp;week.</numerusform><numerusform>and of each of the last %Ln &amp;weeks.</numerusform></translation>
    </message>
</context>
</TS>