<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg_TJ">
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Planned</source>
        <translation>Ба нақша гирифташуда</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Дар ҷараён</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Иҷрошуда</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Бо таъхир</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Бекоршуда</translation>
    </message>
</context>
<context>
    <name>AgeBand</name>
    <message>
        <source>Under 18</source>
        <translation>То 18 сол</translation>
    </message>
    <message>
        <source>18–29</source>
        <translation>18–29</translation>
    </message>
    <message>
        <source>30–49</source>
        <translation>30–49</translation>
    </message>
    <message>
        <source>50 and over</source>
        <translation>50 сол ва боло</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Use the data file at &lt;path&gt; instead of the usual one.</source>
        <translation>Истифодаи файли маълумот аз &lt;роҳ&gt; ба ҷои файли муқаррарӣ.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>роҳ</translation>
    </message>
    <message>
        <source>Messages in &lt;language&gt;: tg (Tajik), ru (Russian) or en (English).</source>
        <translation>Забони паёмҳо &lt;забон&gt;: tg (тоҷикӣ), ru (русӣ) ё en (англисӣ).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>забон</translation>
    </message>
    <message>
        <source>Run &quot;hamkori-cli %1 --help&quot; to see how to use it.</source>
        <translation>Барои дидани тарзи истифодаи фармон «hamkori-cli %1 --help»-ро иҷро кунед.</translation>
    </message>
    <message>
        <source>Data file: %1 (data version %2)</source>
        <translation>Файли маълумот: %1 (версияи маълумот %2)</translation>
    </message>
    <message>
        <source>Create an empty data file. Running it again is harmless.</source>
        <translation>Файли холии маълумот эҷод мекунад. Иҷрои дубораи фармон зарар намерасонад.</translation>
    </message>
    <message>
        <source>&quot;init&quot; takes no arguments.</source>
        <translation>Фармони «init» аргумент қабул намекунад.</translation>
    </message>
    <message>
        <source>This laptop&apos;s device fingerprint: %1</source>
        <translation>Изи рақамии дастгоҳи ин ноутбук: %1</translation>
    </message>
    <message>
        <source>Load the demo: ten teams with a year of meetings, concerns, prioritisation and action plans. Teams already in the data file are left as they are.</source>
        <translation>Маълумоти намунавиро бор мекунад: даҳ гурӯҳ бо вохӯриҳо, мушкилот, муайян кардани афзалиятҳо ва нақшаҳои чорабиниҳои як сол. Гурӯҳҳое, ки аллакай дар файли маълумот ҳастанд, бетағйир мемонанд.</translation>
    </message>
    <message numerus="yes">
        <source>Demo loaded: %n team(s)</source>
        <translation>
            <numerusform>Маълумоти намунавӣ бор карда шуд: %n гурӯҳ</numerusform>
            <numerusform>Маълумоти намунавӣ бор карда шуд: %n гурӯҳ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n вохӯрӣ</numerusform>
            <numerusform>%n вохӯрӣ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%n мушкилот</numerusform>
            <numerusform>%n мушкилот</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%n нақшаи чорабиниҳо</numerusform>
            <numerusform>%n нақшаи чорабиниҳо</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the data file, left as they were: %1</source>
        <translation>Аллакай дар файли маълумот ҳастанд ва бетағйир монданд: %1</translation>
    </message>
    <message>
        <source>Add generated data for tests and benchmarks: &quot;district&quot; is one new team over three years, &quot;national&quot; is about 40 teams over ten years.</source>
        <translation>Маълумоти тавлидшударо барои санҷиш ва ченкунии суръат илова мекунад: «district» — як гурӯҳи нав дар давоми се сол, «national» — тақрибан 40 гурӯҳ дар давоми даҳ сол.</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>миқёс</translation>
    </message>
    <message>
        <source>The same seed gives the same data (default 1).</source>
        <translation>Ҳамон як адади ибтидоӣ ҳамон як маълумотро медиҳад (бо пешфарз 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>адад</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 4294967295.</source>
        <translation>Адади ибтидоӣ бояд адади бутун аз 0 то 4294967295 бошад.</translation>
    </message>
    <message numerus="yes">
        <source>Generated: %n team(s)</source>
        <translation>
            <numerusform>Тавлид шуд: %n гурӯҳ</numerusform>
            <numerusform>Тавлид шуд: %n гурӯҳ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n чорабинӣ</numerusform>
            <numerusform>%n чорабинӣ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n қайди пешрафт</numerusform>
            <numerusform>%n қайди пешрафт</numerusform>
        </translation>
    </message>
    <message>
        <source>Count the records of each kind in the data file.</source>
        <translation>Шумораи сабтҳои ҳар навъро дар файли маълумот ҳисоб мекунад.</translation>
    </message>
    <message>
        <source>Print the counts as JSON, for other programs.</source>
        <translation>Натиҷаҳои ҳисобро дар формати JSON барои барномаҳои дигар мебарорад.</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Гурӯҳҳо</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Аъзо</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Вохӯриҳо</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>Prioritisation rounds</source>
        <translation>Даврҳои муайян кардани афзалиятҳо</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Нақшаҳои чорабиниҳо</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Чорабиниҳо</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Қайдҳои пешрафт</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Сабтҳои журнал</translation>
    </message>
    <message>
        <source>Check the data file: its integrity and its data version.</source>
        <translation>Файли маълумотро месанҷад: бутунӣ ва версияи маълумоти он.</translation>
    </message>
    <message>
        <source>Data version: %1 (this program writes version %2).</source>
        <translation>Версияи маълумот: %1 (ин барнома версияи %2-ро менависад).</translation>
    </message>
    <message>
        <source>Device: %1, fingerprint %2</source>
        <translation>Дастгоҳ: %1, изи рақамӣ %2</translation>
    </message>
    <message>
        <source>create an empty data file</source>
        <translation>эҷод кардани файли холии маълумот</translation>
    </message>
    <message>
        <source>load the demo teams</source>
        <translation>бор кардани гурӯҳҳои намунавӣ</translation>
    </message>
    <message>
        <source>add generated data (district or national)</source>
        <translation>илова кардани маълумоти тавлидшуда (district ё national)</translation>
    </message>
    <message>
        <source>count the records of each kind</source>
        <translation>ҳисоб кардани сабтҳои ҳар навъ</translation>
    </message>
    <message>
        <source>check integrity and data version</source>
        <translation>санҷиши бутунӣ ва версияи маълумот</translation>
    </message>
    <message>
        <source>Usage: hamkori-cli [--database PATH] [--lang tg|ru|en] COMMAND [options]</source>
        <translation>Истифода: hamkori-cli [--database РОҲ] [--lang tg|ru|en] ФАРМОН [параметрҳо]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Фармонҳо:</translation>
    </message>
    <message>
        <source>Run &quot;hamkori-cli COMMAND --help&quot; for the options of a command.</source>
        <translation>Барои дидани параметрҳои фармон «hamkori-cli ФАРМОН --help»-ро иҷро кунед.</translation>
    </message>
    <message>
        <source>How much to generate: district or national.</source>
        <translation>Муайян кардани миқёси маълумоти тавлидшаванда: district ё national.</translation>
    </message>
    <message>
        <source>Choose the size with --scale district or --scale national.</source>
        <translation>Миқёсро бо --scale district ё --scale national интихоб кунед.</translation>
    </message>
    <message>
        <source>Generating: %1% (%2 of %3 years of team data)</source>
        <translation>Тавлид: %1% (%2 аз %3 соли маълумоти гурӯҳҳо)</translation>
    </message>
    <message>
        <source>Integrity: the data file is sound.</source>
        <translation>Бутунӣ: файли маълумот вайрон нашудааст, хатогӣ ёфт нашуд.</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>Фармони «%1» вуҷуд надорад.</translation>
    </message>
</context>
<context>
    <name>ConcernRepository</name>
    <message>
        <source>Choose the team that registers the concern.</source>
        <translation>Гурӯҳеро интихоб кунед, ки мушкилотро ба қайд мегирад.</translation>
    </message>
    <message>
        <source>Enter a short title for the concern.</source>
        <translation>Номи кӯтоҳи мушкилотро ворид кунед.</translation>
    </message>
    <message>
        <source>Choose the category of the concern from the list.</source>
        <translation>Категорияи мушкилотро аз рӯйхат интихоб кунед.</translation>
    </message>
    <message>
        <source>The meeting where the concern was first raised must be a meeting of the same team.</source>
        <translation>Вохӯрие, ки дар он мушкилот бори аввал баён шуд, бояд вохӯрии ҳамин гурӯҳ бошад.</translation>
    </message>
    <message>
        <source>A new concern cannot start as dropped.</source>
        <translation>Мушкилоти нав наметавонад аз аввал ҳолати «Аз баррасӣ хориҷшуда» дошта бошад.</translation>
    </message>
    <message>
        <source>This concern no longer exists; it may have been deleted.</source>
        <translation>Ин мушкилот дигар вуҷуд надорад; шояд он нест карда шуда бошад.</translation>
    </message>
    <message>
        <source>There is no concern with the code %1.</source>
        <translation>Мушкилот бо рамзи %1 вуҷуд надорад.</translation>
    </message>
    <message>
        <source>Enter the date of the status change as dd.MM.yyyy.</source>
        <translation>Санаи тағйири ҳолатро дар шакли dd.MM.yyyy ворид кунед.</translation>
    </message>
    <message>
        <source>Say why the concern is dropped.</source>
        <translation>Нависед, ки чаро мушкилот аз баррасӣ хориҷ карда мешавад.</translation>
    </message>
    <message>
        <source>Choose the drivers from the list.</source>
        <translation>Омилҳоро аз рӯйхат интихоб кунед.</translation>
    </message>
    <message>
        <source>A concern cannot be linked to itself.</source>
        <translation>Мушкилотро бо худаш алоқаманд кардан мумкин нест.</translation>
    </message>
    <message>
        <source>This link no longer exists.</source>
        <translation>Ин алоқа дигар вуҷуд надорад.</translation>
    </message>
    <message>
        <source>Enter the date of the baseline figure as dd.MM.yyyy.</source>
        <translation>Санаи сатҳи ибтидоиро дар шакли dd.MM.yyyy ворид кунед.</translation>
    </message>
    <message>
        <source>Choose two existing concerns to link.</source>
        <translation>Барои алоқаманд кардан ду мушкилоти мавҷударо интихоб кунед.</translation>
    </message>
    <message>
        <source>The link was saved but could not be read back. Open the concern again to see it.</source>
        <translation>Алоқа нигоҳ дошта шуд, вале пас аз нигоҳ доштан хонда нашуд. Барои дидани он мушкилотро аз нав кушоед.</translation>
    </message>
</context>
<context>
    <name>ConcernSource</name>
    <message>
        <source>Community consultation</source>
        <translation>Машварат бо аҳолӣ</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Фокус-гурӯҳ</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Пурсиш</translation>
    </message>
    <message>
        <source>Police reporting day</source>
        <translation>Рӯзи ҳисоботдиҳии милитсия</translation>
    </message>
    <message>
        <source>Police records</source>
        <translation>Маълумоти милитсия</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Узви гурӯҳ</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>ВАО</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Дигар</translation>
    </message>
</context>
<context>
    <name>ConcernStatus</name>
    <message>
        <source>Raised</source>
        <translation>Баёншуда</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Таҳлилшуда</translation>
    </message>
    <message>
        <source>Prioritised</source>
        <translation>Афзалиятнок</translation>
    </message>
    <message>
        <source>In an action plan</source>
        <translation>Дар нақшаи чорабиниҳо</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ҳалшуда</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Зери назорат</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Басташуда</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Аз баррасӣ хориҷшуда</translation>
    </message>
</context>
<context>
    <name>ConflictRisk</name>
    <message>
        <source>Not assessed</source>
        <translation>Арзёбӣ нашудааст</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Паст</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Миёна</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Баланд</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder %1 could not be created. Choose another place for the data file.</source>
        <translation>Ҷузвдони %1 эҷод нашуд. Барои файли маълумот ҷои дигар интихоб кунед.</translation>
    </message>
    <message>
        <source>The data file %1 could not be opened (%2). Check that the file exists and that you may read and write it.</source>
        <translation>Файли маълумоти %1 кушода нашуд (%2). Санҷед, ки файл вуҷуд дорад ва шумо иҷозати хондан ва навиштани онро доред.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2). Nothing was changed in it. Restore it from a backup copy, or start Hamkori with another data file.</source>
        <translation>Файли маълумоти %1 вайрон шудааст (%2). Дар он ҳеҷ чиз тағйир дода нашуд. Онро аз нусхаи эҳтиётӣ барқарор кунед ё Hamkori-ро бо файли дигари маълумот оғоз кунед.</translation>
    </message>
    <message>
        <source>The data file %1 was made by a newer Hamkori (data version %2); this Hamkori reads up to data version %3. Install the newer Hamkori to open it. Nothing was changed in the file.</source>
        <translation>Файли маълумоти %1 бо версияи навтари Hamkori сохта шудааст (версияи маълумот %2); ин версияи Hamkori маълумотро то версияи %3 мехонад. Барои кушодани он версияи навтари Hamkori-ро насб кунед. Дар файл ҳеҷ чиз тағйир дода нашуд.</translation>
    </message>
    <message>
        <source>The data file needs an upgrade, but the backup copy made before upgrading could not be written (%1). Free some disk space and try again. Nothing was changed.</source>
        <translation>Файли маълумот бояд навсозӣ шавад, вале нусхаи эҳтиётие, ки пеш аз навсозӣ сохта мешавад, навишта нашуд (%1). Дар диск ҷой холӣ кунед ва аз нав кӯшиш кунед. Ҳеҷ чиз тағйир дода нашуд.</translation>
    </message>
    <message>
        <source>The cryptography library could not be started. Reinstall Hamkori.</source>
        <translation>Китобхонаи рамзгузорӣ оғоз нашуд. Hamkori-ро аз нав насб кунед.</translation>
    </message>
    <message>
        <source>The data file %1 is read-only. Copy it to a folder where you may write, or change its permissions, and open it again.</source>
        <translation>Файли маълумоти %1 танҳо барои хондан аст. Онро ба ҷузвдоне нусха бардоред, ки дар он иҷозати навиштан доред, ё иҷозатҳои онро тағйир диҳед ва аз нав кушоед.</translation>
    </message>
    <message>
        <source>The data file could not be upgraded (%1). It was left as it was; free some disk space and open it again.</source>
        <translation>Файли маълумот навсозӣ нашуд (%1). Он бетағйир монд; дар диск ҷой холӣ кунед ва онро аз нав кушоед.</translation>
    </message>
    <message>
        <source>The change was not saved because a part of it failed. Nothing was changed.</source>
        <translation>Тағйирот нигоҳ дошта нашуд, зеро як қисми он иҷро нашуд. Ҳеҷ чиз тағйир дода нашуд.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo data is missing from the program. Reinstall Hamkori.</source>
        <translation>Маълумоти намунавӣ дар барнома нест. Hamkori-ро аз нав насб кунед.</translation>
    </message>
    <message>
        <source>The demo data in the program is damaged (%1). Reinstall Hamkori.</source>
        <translation>Маълумоти намунавӣ дар барнома вайрон шудааст (%1). Hamkori-ро аз нав насб кунед.</translation>
    </message>
    <message>
        <source>The demo team %1 could not be loaded: %2</source>
        <translation>Гурӯҳи намунавии %1 бор карда нашуд: %2</translation>
    </message>
    <message>
        <source>The demo texts needed to generate data are missing from the program. Reinstall Hamkori.</source>
        <translation>Матнҳои намунавие, ки барои тавлиди маълумот лозиманд, дар барнома нестанд. Hamkori-ро аз нав насб кунед.</translation>
    </message>
    <message>
        <source>No free team code is left for a generated team. Generate into another data file (--database).</source>
        <translation>Барои гурӯҳи тавлидшуда рамзи озоди гурӯҳ намонд. Маълумотро ба файли дигари маълумот тавлид кунед (--database).</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Happened once</source>
        <translation>Як бор рух дод</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation>Ба нудрат</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Ҳар моҳ</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Ҳар ҳафта</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Ҳар рӯз</translation>
    </message>
    <message>
        <source>In some seasons</source>
        <translation>Дар баъзе фаслҳо</translation>
    </message>
</context>
<context>
    <name>LinkKind</name>
    <message>
        <source>causes</source>
        <translation>сабаб мешавад</translation>
    </message>
    <message>
        <source>aggravates</source>
        <translation>вазнинтар мекунад</translation>
    </message>
    <message>
        <source>occurs together with</source>
        <translation>якҷоя рух медиҳад</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>path</source>
        <translation>роҳ</translation>
    </message>
    <message>
        <source>language</source>
        <translation>забон</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Акси тирезаро дар &lt;файл&gt; нигоҳ дошта, аз барнома мебарояд.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Hamkori</source>
        <translation>Hamkori</translation>
    </message>
    <message>
        <source>Use the data file at &lt;path&gt; instead of the usual one.</source>
        <translation>Истифодаи файли маълумот аз &lt;роҳ&gt; ба ҷои файли муқаррарӣ.</translation>
    </message>
    <message>
        <source>Show Hamkori in &lt;language&gt;: tg (Tajik), ru (Russian) or en (English).</source>
        <translation>Истифодаи Hamkori бо забони &lt;забон&gt;: tg (тоҷикӣ), ru (русӣ) ё en (англисӣ).</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Regular meeting</source>
        <translation>Вохӯрии навбатӣ</translation>
    </message>
    <message>
        <source>Community consultation</source>
        <translation>Машварат бо аҳолӣ</translation>
    </message>
    <message>
        <source>Women-only focus group</source>
        <translation>Фокус-гурӯҳи занон</translation>
    </message>
    <message>
        <source>Youth focus group</source>
        <translation>Фокус-гурӯҳи ҷавонон</translation>
    </message>
    <message>
        <source>Joint meeting with police and Hukumat</source>
        <translation>Вохӯрии муштарак бо милитсия ва Ҳукумат</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>Вохӯрии баррасии пешрафт</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>Choose the team that held the meeting.</source>
        <translation>Гурӯҳеро интихоб кунед, ки вохӯриро гузаронд.</translation>
    </message>
    <message>
        <source>Enter the date of the meeting as dd.MM.yyyy.</source>
        <translation>Санаи вохӯриро дар шакли dd.MM.yyyy ворид кунед.</translation>
    </message>
    <message>
        <source>The number of guests cannot be negative.</source>
        <translation>Шумораи меҳмонон наметавонад манфӣ бошад.</translation>
    </message>
    <message>
        <source>This meeting no longer exists; it may have been deleted.</source>
        <translation>Ин вохӯрӣ дигар вуҷуд надорад; шояд он нест карда шуда бошад.</translation>
    </message>
    <message>
        <source>There is no meeting with the code %1.</source>
        <translation>Вохӯрӣ бо рамзи %1 вуҷуд надорад.</translation>
    </message>
    <message>
        <source>%1 is a member of another team and cannot be marked present at this meeting.</source>
        <translation>%1 узви гурӯҳи дигар аст ва ӯро ҳамчун иштирокчии ин вохӯрӣ қайд кардан мумкин нест.</translation>
    </message>
    <message>
        <source>This member no longer exists; it may have been deleted.</source>
        <translation>Ин узв дигар вуҷуд надорад; шояд сабти ӯ нест карда шуда бошад.</translation>
    </message>
</context>
<context>
    <name>MemberCategory</name>
    <message>
        <source>Police</source>
        <translation>Милитсия</translation>
    </message>
    <message>
        <source>Hukumat</source>
        <translation>Ҳукумат</translation>
    </message>
    <message>
        <source>Jamoat</source>
        <translation>Ҷамоат</translation>
    </message>
    <message>
        <source>Civil society organisation</source>
        <translation>Ташкилоти ҷомеаи шаҳрвандӣ</translation>
    </message>
    <message>
        <source>Elder</source>
        <translation>Мӯйсафед</translation>
    </message>
    <message>
        <source>Religious leader</source>
        <translation>Пешвои динӣ</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Ҷавонон</translation>
    </message>
    <message>
        <source>Women&apos;s committee</source>
        <translation>Кумитаи кор бо занон ва оила</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Омӯзгор</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Рӯзноманигор</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Соҳибкор</translation>
    </message>
    <message>
        <source>Health worker</source>
        <translation>Корманди тиб</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Дигар</translation>
    </message>
</context>
<context>
    <name>ParticipantGroup</name>
    <message>
        <source>Women</source>
        <translation>Занон</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мардон</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Ҷавонон</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Мақомоти ҳокимият</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Choose the team whose action plan this is.</source>
        <translation>Гурӯҳеро интихоб кунед, ки ин нақшаи чорабиниҳо ба он тааллуқ дорад.</translation>
    </message>
    <message>
        <source>Enter the title of the action plan.</source>
        <translation>Номи нақшаи чорабиниҳоро ворид кунед.</translation>
    </message>
    <message>
        <source>The plan period ends (%1) before it starts (%2).</source>
        <translation>Санаи анҷоми давраи нақша (%1) пеш аз санаи оғози он (%2) аст.</translation>
    </message>
    <message>
        <source>The plan must be adopted at a meeting of the same team.</source>
        <translation>Нақша бояд дар вохӯрии ҳамин гурӯҳ қабул шавад.</translation>
    </message>
    <message>
        <source>A plan can address only concerns of its own team.</source>
        <translation>Нақша метавонад танҳо ба мушкилоти гурӯҳи худ дахл дошта бошад.</translation>
    </message>
    <message>
        <source>This action plan no longer exists; it may have been deleted.</source>
        <translation>Ин нақшаи чорабиниҳо дигар вуҷуд надорад; шояд он нест карда шуда бошад.</translation>
    </message>
    <message>
        <source>There is no action plan with the code %1.</source>
        <translation>Нақшаи чорабиниҳо бо рамзи %1 вуҷуд надорад.</translation>
    </message>
    <message>
        <source>Describe the measure to be carried out.</source>
        <translation>Чорабиниеро, ки бояд иҷро шавад, тавсиф кунед.</translation>
    </message>
    <message>
        <source>Choose the lead body from the list.</source>
        <translation>Иҷрокунандаи масъулро аз рӯйхат интихоб кунед.</translation>
    </message>
    <message>
        <source>Choose the funding source from the list.</source>
        <translation>Манбаи маблағгузориро аз рӯйхат интихоб кунед.</translation>
    </message>
    <message>
        <source>The deadline (%1) is before the start (%2).</source>
        <translation>Мӯҳлати иҷро (%1) пеш аз санаи оғоз (%2) аст.</translation>
    </message>
    <message>
        <source>The amount in somoni cannot be negative.</source>
        <translation>Маблағ бо сомонӣ наметавонад манфӣ бошад.</translation>
    </message>
    <message>
        <source>This activity no longer exists; it may have been deleted.</source>
        <translation>Ин чорабинӣ дигар вуҷуд надорад; шояд он нест карда шуда бошад.</translation>
    </message>
    <message>
        <source>Enter the date of the progress update as dd.MM.yyyy.</source>
        <translation>Санаи қайди пешрафтро дар шакли dd.MM.yyyy ворид кунед.</translation>
    </message>
    <message>
        <source>The number of people reached cannot be negative.</source>
        <translation>Шумораи одамони фарогиршуда наметавонад манфӣ бошад.</translation>
    </message>
    <message>
        <source>The money spent cannot be negative.</source>
        <translation>Маблағи харҷшуда наметавонад манфӣ бошад.</translation>
    </message>
    <message>
        <source>This progress update no longer exists; it may have been deleted.</source>
        <translation>Ин қайди пешрафт дигар вуҷуд надорад; шояд он нест карда шуда бошад.</translation>
    </message>
    <message>
        <source>Enter the date of the reading as dd.MM.yyyy.</source>
        <translation>Санаи ченкунии нишондиҳандаро дар шакли dd.MM.yyyy ворид кунед.</translation>
    </message>
    <message>
        <source>This indicator reading no longer exists; it may have been deleted.</source>
        <translation>Ин ченкунии нишондиҳанда дигар вуҷуд надорад; шояд он нест карда шуда бошад.</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Draft</source>
        <translation>Лоиҳа</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Қабулшуда</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Иҷрошуда</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Бекоршуда</translation>
    </message>
</context>
<context>
    <name>PrioritisationRepository</name>
    <message>
        <source>Choose the team whose concerns are scored.</source>
        <translation>Гурӯҳеро интихоб кунед, ки ба мушкилоти он хол дода мешавад.</translation>
    </message>
    <message>
        <source>Enter the date of the prioritisation round as dd.MM.yyyy.</source>
        <translation>Санаи даври муайян кардани афзалиятҳоро дар шакли dd.MM.yyyy ворид кунед.</translation>
    </message>
    <message>
        <source>The round must take place at a meeting of the same team.</source>
        <translation>Давр бояд дар вохӯрии ҳамин гурӯҳ гузаронида шавад.</translation>
    </message>
    <message>
        <source>Choose the criteria from the list of criteria.</source>
        <translation>Меъёрҳоро аз рӯйхати меъёрҳо интихоб кунед.</translation>
    </message>
    <message>
        <source>A criterion&apos;s weight must be more than 0 and at most 100.</source>
        <translation>Вазни меъёр бояд аз 0 зиёд ва на бештар аз 100 бошад.</translation>
    </message>
    <message>
        <source>Only concerns of the same team can be scored in a round.</source>
        <translation>Дар давр танҳо ба мушкилоти ҳамин гурӯҳ хол додан мумкин аст.</translation>
    </message>
    <message>
        <source>This prioritisation round no longer exists; it may have been deleted.</source>
        <translation>Ин даври муайян кардани афзалиятҳо дигар вуҷуд надорад; шояд он нест карда шуда бошад.</translation>
    </message>
    <message>
        <source>A score must be a whole number from 1 to 5.</source>
        <translation>Хол бояд адади бутун аз 1 то 5 бошад.</translation>
    </message>
    <message>
        <source>This concern is not part of the prioritisation round.</source>
        <translation>Ин мушкилот ба даври муайян кардани афзалиятҳо дохил нест.</translation>
    </message>
    <message>
        <source>This criterion is not used in the prioritisation round.</source>
        <translation>Ин меъёр дар даври муайян кардани афзалиятҳо истифода намешавад.</translation>
    </message>
    <message>
        <source>The winner must be one of the two concerns compared.</source>
        <translation>Ғолиб бояд яке аз ду мушкилоти муқоисашаванда бошад.</translation>
    </message>
    <message>
        <source>Choose at least one concern as a priority.</source>
        <translation>Ақаллан як мушкилотро ҳамчун афзалият интихоб кунед.</translation>
    </message>
    <message>
        <source>Only concerns scored in this round can be chosen.</source>
        <translation>Танҳо мушкилотеро интихоб кардан мумкин аст, ки дар ҳамин давр хол гирифтаанд.</translation>
    </message>
    <message>
        <source>Enter the date of the decision as dd.MM.yyyy.</source>
        <translation>Санаи қарорро дар шакли dd.MM.yyyy ворид кунед.</translation>
    </message>
    <message>
        <source>Compare two different concerns of this round.</source>
        <translation>Ду мушкилоти гуногуни ҳамин даврро муқоиса кунед.</translation>
    </message>
</context>
<context>
    <name>RaisedBy</name>
    <message>
        <source>Women</source>
        <translation>Занон</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мардон</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Ҷавонон</translation>
    </message>
    <message>
        <source>Elders</source>
        <translation>Мӯйсафедон</translation>
    </message>
    <message>
        <source>Minority community</source>
        <translation>Гурӯҳи ақаллият</translation>
    </message>
    <message>
        <source>Mixed group</source>
        <translation>Гурӯҳи омехта</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Милитсия</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Мансабдорон</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>Domestic and gender-based violence</source>
        <translation>Зӯроварии хонаводагӣ ва гендерӣ</translation>
    </message>
    <message>
        <source>Early and forced marriage</source>
        <translation>Никоҳи барвақтӣ ва маҷбурӣ</translation>
    </message>
    <message>
        <source>Youth and juvenile crime</source>
        <translation>Ҷинояткории ҷавонон ва ноболиғон</translation>
    </message>
    <message>
        <source>Violent extremism and recruitment</source>
        <translation>Ифротгароии хушунатомез ва ҷалб ба гурӯҳҳои ифротӣ</translation>
    </message>
    <message>
        <source>Drugs and alcohol</source>
        <translation>Маводи мухаддир ва машрубот</translation>
    </message>
    <message>
        <source>Road and traffic safety</source>
        <translation>Бехатарии ҳаракат дар роҳ</translation>
    </message>
    <message>
        <source>Theft and property crime</source>
        <translation>Дуздӣ ва ҷиноятҳо бар зидди моликият</translation>
    </message>
    <message>
        <source>Disputes over water, land and pasture</source>
        <translation>Баҳсҳо барои об, замин ва чарогоҳ</translation>
    </message>
    <message>
        <source>Police–community relations and rights</source>
        <translation>Муносибатҳои милитсия ва аҳолӣ, ҳуқуқи инсон</translation>
    </message>
    <message>
        <source>Labour migration and trafficking</source>
        <translation>Муҳоҷирати меҳнатӣ ва савдои одамон</translation>
    </message>
    <message>
        <source>Unsafe public spaces and infrastructure</source>
        <translation>Ҷойҳои ҷамъиятӣ ва инфрасохтори хатарнок</translation>
    </message>
    <message>
        <source>Access to education</source>
        <translation>Дастрасӣ ба таҳсил</translation>
    </message>
    <message>
        <source>Disasters and health emergencies</source>
        <translation>Офатҳо ва ҳолатҳои фавқулоддаи саломатӣ</translation>
    </message>
    <message>
        <source>Other concerns</source>
        <translation>Дигар мушкилот</translation>
    </message>
    <message>
        <source>Unemployment</source>
        <translation>Бекорӣ</translation>
    </message>
    <message>
        <source>Labour migration</source>
        <translation>Муҳоҷирати меҳнатӣ</translation>
    </message>
    <message>
        <source>Gender norms</source>
        <translation>Нормаҳои гендерӣ</translation>
    </message>
    <message>
        <source>Poverty</source>
        <translation>Камбизоатӣ</translation>
    </message>
    <message>
        <source>Weak public services</source>
        <translation>Сифати пасти хизматрасониҳои давлатӣ</translation>
    </message>
    <message>
        <source>Mistrust of the police</source>
        <translation>Нобоварӣ ба милитсия</translation>
    </message>
    <message>
        <source>Scarce water and land</source>
        <translation>Камобӣ ва камзаминӣ</translation>
    </message>
    <message>
        <source>Alcohol and drug use</source>
        <translation>Истеъмоли машрубот ва маводи мухаддир</translation>
    </message>
    <message>
        <source>Low education</source>
        <translation>Сатҳи пасти маълумот</translation>
    </message>
    <message>
        <source>Online radicalisation</source>
        <translation>Радикализатсия тавассути интернет</translation>
    </message>
    <message>
        <source>Corruption</source>
        <translation>Коррупсия</translation>
    </message>
    <message>
        <source>District police (ShKD)</source>
        <translation>Шуъбаи корҳои дохилии ноҳия (ШКД)</translation>
    </message>
    <message>
        <source>Hukumat</source>
        <translation>Ҳукумат</translation>
    </message>
    <message>
        <source>Jamoat</source>
        <translation>Ҷамоат</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мактаб</translation>
    </message>
    <message>
        <source>Civil society organisation</source>
        <translation>Ташкилоти ҷомеаи шаҳрвандӣ</translation>
    </message>
    <message>
        <source>Committee on Women and Family Affairs</source>
        <translation>Кумитаи кор бо занон ва оила</translation>
    </message>
    <message>
        <source>Youth department</source>
        <translation>Шуъбаи кор бо ҷавонон</translation>
    </message>
    <message>
        <source>Religious leaders</source>
        <translation>Пешвоёни динӣ</translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation>Маркази саломатӣ</translation>
    </message>
    <message>
        <source>Mahalla committee</source>
        <translation>Кумитаи маҳалла</translation>
    </message>
    <message>
        <source>Hukumat budget</source>
        <translation>Буҷети Ҳукумат</translation>
    </message>
    <message>
        <source>Jamoat budget</source>
        <translation>Буҷети Ҷамоат</translation>
    </message>
    <message>
        <source>Police budget</source>
        <translation>Буҷети милитсия</translation>
    </message>
    <message>
        <source>Small grant</source>
        <translation>Гранти хурд</translation>
    </message>
    <message>
        <source>Community contribution</source>
        <translation>Саҳми аҳолӣ</translation>
    </message>
    <message>
        <source>Donor project</source>
        <translation>Лоиҳаи донорӣ</translation>
    </message>
    <message>
        <source>No cost</source>
        <translation>Бе хароҷот</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Вазнинӣ</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Такроршавӣ</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Шумораи одамони осебдида</translation>
    </message>
    <message>
        <source>Vulnerable groups affected</source>
        <translation>Таъсир ба гурӯҳҳои осебпазир</translation>
    </message>
    <message>
        <source>Urgency and risk of escalation</source>
        <translation>Фаврият ва хатари шиддат гирифтан</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Имконпазирии ҳал</translation>
    </message>
</context>
<context>
    <name>ReferenceList</name>
    <message>
        <source>Concern categories</source>
        <translation>Категорияҳои мушкилот</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Омилҳо</translation>
    </message>
    <message>
        <source>Lead bodies</source>
        <translation>Иҷрокунандагони масъул</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Манбаъҳои маблағгузорӣ</translation>
    </message>
    <message>
        <source>Prioritisation criteria</source>
        <translation>Меъёрҳои муайян кардани афзалиятҳо</translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>Enter a name in at least one language.</source>
        <translation>Номро ақаллан бо як забон ворид кунед.</translation>
    </message>
    <message>
        <source>A criterion&apos;s weight must be more than 0 and at most 100.</source>
        <translation>Вазни меъёр бояд аз 0 зиёд ва на бештар аз 100 бошад.</translation>
    </message>
    <message>
        <source>This list entry no longer exists.</source>
        <translation>Ин банди рӯйхат дигар вуҷуд надорад.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; has no entry with the code %2.</source>
        <translation>Дар рӯйхати «%1» банд бо рамзи %2 нест.</translation>
    </message>
    <message numerus="yes">
        <source>This entry is used by %n record(s). Change those records first, or rename the entry instead of deleting it.</source>
        <translation>
            <numerusform>Ин банд дар %n сабт истифода шудааст. Аввал сабтҳои марбутро тағйир диҳед ё ба ҷои нест кардан номи бандро иваз кунед.</numerusform>
            <numerusform>Ин банд дар %n сабт истифода шудааст. Аввал сабтҳои марбутро тағйир диҳед ё ба ҷои нест кардан номи бандро иваз кунед.</numerusform>
        </translation>
    </message>
    <message>
        <source>This place is no longer in the gazetteer.</source>
        <translation>Ин маҳал дигар дар маълумотномаи ҷуғрофӣ нест.</translation>
    </message>
    <message>
        <source>No district or city called &quot;%1&quot; is in the gazetteer.</source>
        <translation>Дар маълумотномаи ҷуғрофӣ ноҳия ё шаҳре бо номи «%1» нест.</translation>
    </message>
    <message>
        <source>Enter the place&apos;s name in English, Tajik and Russian.</source>
        <translation>Номи маҳалро бо забонҳои англисӣ, тоҷикӣ ва русӣ ворид кунед.</translation>
    </message>
    <message>
        <source>A place must be a region, a district or a city.</source>
        <translation>Маҳал бояд вилоят, ноҳия ё шаҳр бошад.</translation>
    </message>
    <message>
        <source>Choose the region the place belongs to.</source>
        <translation>Вилоятеро интихоб кунед, ки ин маҳал ба он дохил мешавад.</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>A record cannot move to another team. Create it again in the other team.</source>
        <translation>Сабтро ба гурӯҳи дигар гузаронидан мумкин нест. Онро дар гурӯҳи дигар аз нав эҷод кунед.</translation>
    </message>
    <message>
        <source>The code %1 is already used in this team. Leave the code empty to get the next free one.</source>
        <translation>Рамзи %1 аллакай дар ҳамин гурӯҳ истифода мешавад. Барои гирифтани рамзи озоди навбатӣ майдони рамзро холӣ гузоред.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Зан</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мард</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The data file could not be read or written (%1). Check that the disk is not full and the file is not open in another program, then try again.</source>
        <translation>Файли маълумот хонда ё навишта нашуд (%1). Санҷед, ки диск пур нест ва файл дар барномаи дигар кушода нест, баъд аз нав кӯшиш кунед.</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>Enter the name of the team.</source>
        <translation>Номи гурӯҳро ворид кунед.</translation>
    </message>
    <message>
        <source>The team code must be 2 to 6 capital Latin letters, for example ISF.</source>
        <translation>Рамзи гурӯҳ бояд аз 2 то 6 ҳарфи калони лотинӣ иборат бошад, масалан ISF.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the team &quot;%2&quot;. Choose another code.</source>
        <translation>Рамзи %1 аллакай аз ҷониби гурӯҳи «%2» истифода мешавад. Рамзи дигар интихоб кунед.</translation>
    </message>
    <message>
        <source>Choose the team&apos;s district or city from the list.</source>
        <translation>Ноҳия ё шаҳри гурӯҳро аз рӯйхат интихоб кунед.</translation>
    </message>
    <message>
        <source>This team no longer exists; it may have been deleted.</source>
        <translation>Ин гурӯҳ дигар вуҷуд надорад; шояд он нест карда шуда бошад.</translation>
    </message>
    <message>
        <source>There is no team with the code %1.</source>
        <translation>Гурӯҳ бо рамзи %1 вуҷуд надорад.</translation>
    </message>
    <message>
        <source>Choose the team this member belongs to.</source>
        <translation>Гурӯҳеро интихоб кунед, ки ин узв ба он тааллуқ дорад.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>Номи узвро ворид кунед.</translation>
    </message>
    <message>
        <source>The date the member left (%1) is before the date they joined (%2).</source>
        <translation>Санаи аз гурӯҳ баромадани узв (%1) пеш аз санаи ба гурӯҳ пайвастани ӯ (%2) аст.</translation>
    </message>
    <message>
        <source>This member no longer exists; it may have been deleted.</source>
        <translation>Ин узв дигар вуҷуд надорад; шояд сабти ӯ нест карда шуда бошад.</translation>
    </message>
</context>
<context>
    <name>hamkori::MainWindow</name>
    <message>
        <source>Hamkori — community police partnership teams</source>
        <translation>Hamkori — гурӯҳҳои ҳамкории милитсия ва ҷомеа</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Баромад</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Гурӯҳҳо</translation>
    </message>
    <message>
        <source>There are no teams in this data file yet. To try Hamkori with example data, run &quot;hamkori-cli demo&quot;.</source>
        <translation>Дар ин файли маълумот ҳоло ягон гурӯҳ нест. Барои санҷидани Hamkori бо маълумоти намунавӣ фармони «hamkori-cli demo»-ро иҷро кунед.</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n гурӯҳ</numerusform>
            <numerusform>%n гурӯҳ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::TeamListModel</name>
    <message>
        <source>Team</source>
        <translation>Гурӯҳ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>District or city</source>
        <translation>Ноҳия ё шаҳр</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Аъзо</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Вохӯриҳо</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Нақшаҳои чорабиниҳо</translation>
    </message>
</context>
</TS>
