<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Demo loaded: %n team(s)</source>
        <translation><numerusform>Demo loaded: %n team</numerusform><numerusform>Demo loaded: %n teams</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation><numerusform>%n meeting</numerusform><numerusform>%n meetings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation><numerusform>%n concern</numerusform><numerusform>%n concerns</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation><numerusform>%n action plan</numerusform><numerusform>%n action plans</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Generated: %n team(s)</source>
        <translation><numerusform>Generated: %n team</numerusform><numerusform>Generated: %n teams</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation><numerusform>%n activity</numerusform><numerusform>%n activities</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation><numerusform>%n progress update</numerusform><numerusform>%n progress updates</numerusform></translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message numerus="yes">
        <source>This entry is used by %n record(s). Change those records first, or rename the entry instead of deleting it.</source>
        <translation><numerusform>This entry is used by %n record. Change those records first, or rename the entry instead of deleting it.</numerusform><numerusform>This entry is used by %n records. Change those records first, or rename the entry instead of deleting it.</numerusform></translation>
    </message>
</context>
<context>
    <name>hamkori::MainWindow</name>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation><numerusform>%n team</numerusform><numerusform>%n teams</numerusform></translation>
    </message>
</context>
</TS>