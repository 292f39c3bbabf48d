<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg_TJ">
<context>
    <name>ActivityColumns</name>
    <message>
        <source>Plan code</source>
        <translation>Рамзи нақшаи чорабиниҳо</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Нақшаи чорабиниҳо</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Чорабинӣ</translation>
    </message>
    <message>
        <source>Lead body</source>
        <translation>Иҷрокунандаи масъул</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Шарикон</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Санаи оғоз</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мӯҳлати иҷро</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Захираҳо</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Манбаи маблағгузорӣ</translation>
    </message>
    <message>
        <source>Amount (somoni)</source>
        <translation>Маблағ (сомонӣ)</translation>
    </message>
    <message>
        <source>Output indicator</source>
        <translation>Нишондиҳандаи натиҷаи бевосита</translation>
    </message>
    <message>
        <source>Outcome indicator</source>
        <translation>Нишондиҳандаи натиҷаи ниҳоӣ</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Сатҳи ибтидоӣ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Сатҳи ҳадафӣ</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Воситаҳои тасдиқ</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Хатарҳо</translation>
    </message>
    <message>
        <source>Gender and conflict notes</source>
        <translation>Эзоҳҳо оид ба гендер ва низоъ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Гурӯҳ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Ноҳия</translation>
    </message>
</context>
<context>
    <name>ActivityDueModel</name>
    <message>
        <source>today</source>
        <translation>имрӯз</translation>
    </message>
    <message>
        <source>%1
Action plan %2 · lead body: %3 · status: %4</source>
        <translation>%1
Нақшаи чорабиниҳои %2 · иҷрокунандаи масъул: %3 · ҳолат: %4</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мӯҳлати иҷро</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Рӯзҳои таъхир</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Рӯзҳои боқимонда</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Чорабинӣ</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Нақшаи чорабиниҳо</translation>
    </message>
    <message>
        <source>Lead body</source>
        <translation>Иҷрокунандаи масъул</translation>
    </message>
</context>
<context>
    <name>ActivityExport</name>
    <message>
        <source>Choose the team whose activities to export.</source>
        <translation>Гурӯҳеро интихоб кунед, ки чорабиниҳояш содир мешаванд.</translation>
    </message>
</context>
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
    <name>AnswerKind</name>
    <message>
        <source>One answer</source>
        <translation>Як ҷавоб</translation>
    </message>
    <message>
        <source>Several answers</source>
        <translation>Якчанд ҷавоб</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>made by hand</source>
        <translation>дастӣ</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ҳар рӯз</translation>
    </message>
    <message>
        <source>when Hamkori closed</source>
        <translation>ҳангоми пӯшидани Hamkori</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>пеш аз навсозӣ</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>пеш аз барқарор кардан</translation>
    </message>
    <message>
        <source>before a CSV import</source>
        <translation>пеш аз воридоти CSV</translation>
    </message>
    <message>
        <source>before a bundle import</source>
        <translation>пеш аз воридоти бастаи маълумот</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2). Free some disk space; until a backup is made, a disk failure would lose your work.</source>
        <translation>Нусхаи эҳтиётӣ ба %1 навишта нашуд (%2). Дар диск ҷой холӣ кунед: то даме ки нусхаи эҳтиётӣ сохта нашудааст, агар диск вайрон шавад, кори шумо гум мешавад.</translation>
    </message>
    <message>
        <source>The backup just made did not pass its check, so it was not kept: %1 Make a new backup; if it fails again, the data file itself may be damaged: run &quot;hamkori-cli check&quot;.</source>
        <translation>Нусхаи эҳтиётии навакак сохташуда аз санҷиш нагузашт, бинобар ин нигоҳ дошта нашуд: %1 Нусхаи эҳтиётии нав созед; агар боз сохта нашавад, шояд худи файли маълумот вайрон бошад: «hamkori-cli check»-ро иҷро кунед.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Hamkori (data version %2). Install the newer Hamkori to restore it.</source>
        <translation>Файли %1 бо версияи навтари Hamkori сохта шудааст (версияи маълумот %2). Барои барқарор кардани он версияи навтари Hamkori-ро насб кунед.</translation>
    </message>
    <message>
        <source>The data file %1 could not be replaced (%2). Close every program that has it open (the console program too) and try again; the data file was left as it was.</source>
        <translation>Файли маълумоти %1 иваз карда нашуд (%2). Ҳамаи барномаҳоеро, ки онро кушодаанд (инчунин барномаи консолиро), пӯшед ва аз нав кӯшиш кунед; файли маълумот бетағйир монд.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>чунин файл вуҷуд надорад</translation>
    </message>
    <message>
        <source>it holds no Hamkori data</source>
        <translation>дар он маълумоти Hamkori нест</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>ҷузвдонро эҷод кардан мумкин нест</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>Файли %1 вайрон шудааст (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Hamkori data file (%2).</source>
        <translation>Файли %1-ро ҳамчун файли маълумоти Hamkori хондан ғайриимкон аст (%2).</translation>
    </message>
    <message>
        <source>%1 Nothing was changed; choose another backup.</source>
        <translation>%1 Ҳеҷ чиз тағйир дода нашуд; нусхаи эҳтиётии дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>the file could not be copied</source>
        <translation>файлро нусха бардоштан ғайриимкон буд</translation>
    </message>
    <message>
        <source>its working file %1 is in use</source>
        <translation>файли кории он %1 дар истифода аст</translation>
    </message>
    <message>
        <source>the file could not be renamed</source>
        <translation>номи файлро иваз кардан ғайриимкон буд</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>The cryptography library could not be started. Reinstall Hamkori.</source>
        <translation>Китобхонаи рамзгузорӣ оғоз нашуд. Hamkori-ро аз нав насб кунед.</translation>
    </message>
    <message>
        <source>The bundle file is empty. It was probably not copied to the end: copy it again from the laptop that wrote it. Nothing was imported.</source>
        <translation>Файли бастаи маълумот холӣ аст. Эҳтимол он то охир нусхабардорӣ нашудааст: онро аз ноутбуке, ки навиштааст, аз нав нусха бардоред. Ҳеҷ чиз ворид карда нашуд.</translation>
    </message>
    <message>
        <source>This file is not a Hamkori exchange bundle. Choose a file named hamkori-….hkx. Nothing was imported.</source>
        <translation>Ин файл бастаи маълумоти мубодилаи Hamkori нест. Файлеро бо номи hamkori-….hkx интихоб кунед. Ҳеҷ чиз ворид карда нашуд.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Hamkori (bundle format %1); this Hamkori reads bundle formats up to %2. Install the newer Hamkori to import it. Nothing was imported.</source>
        <translation>Ин бастаи маълумот бо Hamkori-и навтар сохта шудааст (формати баста %1); ин Hamkori форматҳои бастаро то %2 мехонад. Барои ворид кардани он Hamkori-и навтарро насб кунед. Ҳеҷ чиз ворид карда нашуд.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: only %1 of its %2 bytes are there. It was probably not copied to the end, or the USB stick was removed too early. Copy it again from the laptop that wrote it. Nothing was imported.</source>
        <translation>Бастаи маълумот пурра нест: аз %2 байти он танҳо %1 байт ҳаст. Эҳтимол он то охир нусхабардорӣ нашудааст ё флешка барвақт бароварда шудааст. Онро аз ноутбуке, ки навиштааст, аз нав нусха бардоред. Ҳеҷ чиз ворид карда нашуд.</translation>
    </message>
    <message>
        <source>The bundle has extra data after its end: it was damaged or altered after it was written. Ask the sender for a new bundle. Nothing was imported.</source>
        <translation>Бастаи маълумот баъд аз охираш маълумоти иловагӣ дорад: он баъд аз навиштан вайрон ё тағйир дода шудааст. Аз фиристанда хоҳиш кунед, ки бастаи нав фиристад. Ҳеҷ чиз ворид карда нашуд.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged and cannot be read. Ask the sender for a new bundle. Nothing was imported.</source>
        <translation>Сарлавҳаи бастаи маълумот вайрон аст ва хонда намешавад. Аз фиристанда хоҳиш кунед, ки бастаи нав фиристад. Ҳеҷ чиз ворид карда нашуд.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header does not match its signature: the file was damaged or altered after it was written. Ask the sender for a new bundle. Nothing was imported.</source>
        <translation>Сарлавҳаи бастаи маълумот ба имзои он мувофиқ нест: файл баъд аз навиштан вайрон ё тағйир дода шудааст. Аз фиристанда хоҳиш кунед, ки бастаи нав фиристад. Ҳеҷ чиз ворид карда нашуд.</translation>
    </message>
    <message>
        <source>The bundle asks for a key derivation cost outside the range Hamkori accepts, so it was not opened. It was not made by Hamkori, or it was altered. Nothing was imported.</source>
        <translation>Бастаи маълумот барои сохтани калид параметрҳоеро талаб мекунад, ки берун аз доираи қабулкардаи Hamkori мебошанд, бинобар ин кушода нашуд. Онро Hamkori насохтааст ё тағйир дода шудааст. Ҳеҷ чиз ворид карда нашуд.</translation>
    </message>
    <message>
        <source>The bundle&apos;s content does not match the sender&apos;s signature: the file was damaged or altered after it was written. Ask the sender for a new bundle. Nothing was imported.</source>
        <translation>Мундариҷаи бастаи маълумот ба имзои фиристанда мувофиқ нест: файл баъд аз навиштан вайрон ё тағйир дода шудааст. Аз фиристанда хоҳиш кунед, ки бастаи нав фиристад. Ҳеҷ чиз ворид карда нашуд.</translation>
    </message>
    <message>
        <source>There was not enough memory to turn the exchange passphrase into a key. Close other programs and try again.</source>
        <translation>Барои аз ибораи махфии мубодила сохтани калид хотира намерасид. Барномаҳои дигарро пӯшед ва аз нав кӯшиш кунед.</translation>
    </message>
    <message>
        <source>This bundle was locked with a different exchange passphrase. Check the passphrase with the team that sent it and try again. Nothing was imported.</source>
        <translation>Ин бастаи маълумот бо ибораи махфии мубодилаи дигар қулф карда шудааст. Ибораи махфиро бо гурӯҳе, ки онро фиристодааст, санҷед ва аз нав кӯшиш кунед. Ҳеҷ чиз ворид карда нашуд.</translation>
    </message>
    <message>
        <source>The bundle&apos;s content cannot be read although its signature is correct: the laptop that wrote it may have a fault. Ask the sender for a new bundle. Nothing was imported.</source>
        <translation>Мундариҷаи бастаи маълумот хонда намешавад, гарчанде ки имзои он дуруст аст: шояд ноутбуке, ки онро навиштааст, носоз бошад. Аз фиристанда хоҳиш кунед, ки бастаи нав фиристад. Ҳеҷ чиз ворид карда нашуд.</translation>
    </message>
    <message>
        <source>The bundle %1 could not be read (%2). Check that the USB stick is inserted and try again.</source>
        <translation>Бастаи маълумоти %1 хонда нашуд (%2). Санҷед, ки флешка пайваст аст, ва аз нав кӯшиш кунед.</translation>
    </message>
    <message>
        <source>The bundle is damaged: the length written at its start cannot be right. Ask the sender for a new bundle. Nothing was imported.</source>
        <translation>Бастаи маълумот вайрон аст: дарозие, ки дар аввали он навишта шудааст, дуруст буда наметавонад. Аз фиристанда бастаи нав пурсед. Ҳеҷ чиз ворид карда нашуд.</translation>
    </message>
    <message>
        <source>The bundle is damaged: its bytes are not those that were written. It was probably spoiled on the USB stick or while copying: copy it again from the laptop that wrote it, or ask the sender for a new bundle. Nothing was imported.</source>
        <translation>Бастаи маълумот вайрон шудааст: байтҳои он ҳамон байтҳое нестанд, ки навишта шуда буданд. Эҳтимол он дар флешка ё ҳангоми нусхабардорӣ вайрон шудааст: онро аз ноутбуке, ки навиштааст, аз нав нусха бардоред ё аз фиристанда бастаи нав хоҳиш кунед. Ҳеҷ чиз ворид карда нашуд.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>The cryptography library could not be started. Reinstall Hamkori.</source>
        <translation>Китобхонаи рамзгузорӣ оғоз нашуд. Hamkori-ро аз нав насб кунед.</translation>
    </message>
    <message>
        <source>No exchange passphrase is set. Set the team network&apos;s exchange passphrase in Settings, then export again.</source>
        <translation>Ибораи махфии мубодила муқаррар нашудааст. Ибораи махфии мубодилаи шабакаи гурӯҳҳоро дар Танзимот муқаррар кунед, баъд аз нав содир кунед.</translation>
    </message>
    <message>
        <source>There was not enough memory to turn the exchange passphrase into a key. Close other programs and try again.</source>
        <translation>Барои аз ибораи махфии мубодила сохтани калид хотира намерасид. Барномаҳои дигарро пӯшед ва аз нав кӯшиш кунед.</translation>
    </message>
    <message>
        <source>The bundle could not be signed: this laptop&apos;s device key could not be read. Nothing was written. Check the data file with &quot;hamkori-cli check&quot;.</source>
        <translation>Бастаи маълумотро имзо кардан нашуд: калиди дастгоҳи ин ноутбук хонда нашуд. Ҳеҷ чиз навишта нашуд. Файли маълумотро бо «hamkori-cli check» санҷед.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Insert the USB stick and choose the folder again.</source>
        <translation>Ҷузвдони %1 вуҷуд надорад. Флешкаро пайваст кунед ва ҷузвдонро аз нав интихоб кунед.</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1 (%2). Check that the USB stick is inserted, not full and not write-protected, and try again.</source>
        <translation>Бастаи маълумот ба %1 навишта нашуд (%2). Санҷед, ки флешка пайваст аст, пур нест ва аз навиштан ҳифз нашудааст, ва аз нав кӯшиш кунед.</translation>
    </message>
    <message>
        <source>The bundle written to %1 did not read back the same, so it was removed. The USB stick may be failing: write the bundle to another stick.</source>
        <translation>Бастаи маълумоте, ки ба %1 навишта шуд, ҳангоми санҷиш бо аслаш мувофиқ наомад, бинобар ин нест карда шуд. Шояд флешка вайрон бошад: бастаи маълумотро ба флешкаи дигар нависед.</translation>
    </message>
</context>
<context>
    <name>CampaignChannel</name>
    <message>
        <source>Events</source>
        <translation>Рӯйдодҳо</translation>
    </message>
    <message>
        <source>Television</source>
        <translation>Телевизион</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Радио</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Шабакаҳои иҷтимоӣ</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Нашрияҳо</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Мактабҳо</translation>
    </message>
    <message>
        <source>Mosques</source>
        <translation>Масҷидҳо</translation>
    </message>
    <message>
        <source>Door to door</source>
        <translation>Хона ба хона</translation>
    </message>
</context>
<context>
    <name>CampaignColumns</name>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Гурӯҳ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Санаи оғоз</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Санаи анҷом</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Воситаҳо</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>Reached directly</source>
        <translation>Бевосита фарогиршуда</translation>
    </message>
    <message>
        <source>Reached indirectly</source>
        <translation>Бавосита фарогиршуда</translation>
    </message>
    <message>
        <source>How the indirect reach was estimated</source>
        <translation>Фарогирии бавосита чӣ тавр арзёбӣ шуд</translation>
    </message>
    <message>
        <source>Cost (somoni)</source>
        <translation>Хароҷот (сомонӣ)</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Манбаи маблағгузорӣ</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Мавод</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>This campaign no longer exists; it may have been deleted.</source>
        <translation>Ин маърака дигар вуҷуд надорад; шояд нест карда шудааст.</translation>
    </message>
    <message>
        <source>This material no longer exists.</source>
        <translation>Ин мавод дигар вуҷуд надорад.</translation>
    </message>
    <message>
        <source>Choose the group that ran the campaign.</source>
        <translation>Гурӯҳеро, ки маъракаро гузаронд, интихоб кунед.</translation>
    </message>
    <message>
        <source>Enter the title of the campaign.</source>
        <translation>Номи маъракаро ворид кунед.</translation>
    </message>
    <message>
        <source>Enter the day the campaign started as dd.MM.yyyy.</source>
        <translation>Санаи оғози маъракаро дар шакли dd.MM.yyyy ворид кунед.</translation>
    </message>
    <message>
        <source>The campaign ends (%1) before it starts (%2).</source>
        <translation>Маърака (%1) пеш аз оғозаш (%2) анҷом меёбад.</translation>
    </message>
    <message>
        <source>Say how the number reached indirectly was estimated (for example: the radio station&apos;s listeners in the district).</source>
        <translation>Нависед, ки шумораи бавосита фарогиршудагон чӣ тавр ҳисоб карда шуд (масалан: шунавандагони радио дар ноҳия).</translation>
    </message>
    <message>
        <source>An amount in somoni cannot be negative.</source>
        <translation>Маблағ дар сомонӣ манфӣ буда наметавонад.</translation>
    </message>
    <message>
        <source>The funding source chosen is no longer in the list. Choose another one.</source>
        <translation>Манбаи маблағгузории интихобшуда дигар дар рӯйхат нест. Дигарашро интихоб кунед.</translation>
    </message>
    <message>
        <source>«%1» is not a channel Hamkori knows.</source>
        <translation>«%1» воситаест, ки Hamkori намешиносад.</translation>
    </message>
    <message>
        <source>Say what the material is (leaflet, poster, video…).</source>
        <translation>Нависед, ки мавод чист (варақа, плакат, видео…).</translation>
    </message>
    <message>
        <source>The number made cannot be negative.</source>
        <translation>Шумораи тайёршуда манфӣ буда наметавонад.</translation>
    </message>
    <message>
        <source>There is no campaign with the code %1.</source>
        <translation>Маърака бо рамзи %1 нест.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns have the code %1 (their teams share a code): ids %2. Name the campaign by its id instead.</source>
        <translation>
            <numerusform>%Ln маърака рамзи %1 доранд (гурӯҳҳояшон як рамз доранд): id-ҳо %2. Ба ҷои рамз маъракаро бо id-и он нишон диҳед.</numerusform>
            <numerusform>%Ln маърака рамзи %1 доранд (гурӯҳҳояшон як рамз доранд): id-ҳо %2. Ба ҷои рамз маъракаро бо id-и он нишон диҳед.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>yes</source>
        <translation>ҳа</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
</context>
<context>
    <name>CentreRepository</name>
    <message>
        <source>This community policing centre no longer exists; it may have been deleted.</source>
        <translation>Ин маркази ҳамкории милитсия ва ҷомеа дигар вуҷуд надорад; шояд нест карда шудааст.</translation>
    </message>
    <message>
        <source>Enter the name of the centre.</source>
        <translation>Номи марказро ворид кунед.</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s district or city from the list.</source>
        <translation>Ноҳия ё шаҳри марказро аз рӯйхат интихоб кунед.</translation>
    </message>
    <message>
        <source>The centre was renovated (%1) before it opened (%2). Check both dates.</source>
        <translation>Марказ (%1) пеш аз кушода шуданаш (%2) таъмир шудааст. Ҳарду санаро санҷед.</translation>
    </message>
    <message>
        <source>A group chosen no longer exists. Choose the groups that meet here again.</source>
        <translation>Яке аз гурӯҳҳои интихобшуда дигар вуҷуд надорад. Гурӯҳҳоеро, ки дар ин ҷо ҷамъ меоянд, аз нав интихоб кунед.</translation>
    </message>
    <message>
        <source>Name the item of equipment (a computer, chairs…).</source>
        <translation>Номи таҷҳизотро нависед (компютер, курсиҳо…).</translation>
    </message>
    <message>
        <source>The number of items cannot be negative.</source>
        <translation>Шумораи ашё манфӣ буда наметавонад.</translation>
    </message>
    <message>
        <source>This item of equipment no longer exists; it may have been deleted.</source>
        <translation>Ин таҷҳизот дигар вуҷуд надорад; шояд нест карда шудааст.</translation>
    </message>
    <message>
        <source>Enter the date of the reception day as dd.MM.yyyy.</source>
        <translation>Санаи рӯзи қабулро ба шакли рр.мм.сссс ворид кунед.</translation>
    </message>
    <message>
        <source>The number of visitors cannot be negative.</source>
        <translation>Шумораи ташрифоварандагон манфӣ буда наметавонад.</translation>
    </message>
    <message>
        <source>This reception day no longer exists; it may have been deleted.</source>
        <translation>Ин рӯзи қабул дигар вуҷуд надорад; шояд нест карда шудааст.</translation>
    </message>
</context>
<context>
    <name>CertificateDocument</name>
    <message>
        <source>No one is named on the list of participants of %1, so there is no one to give a certificate to. Add the participants by name first.</source>
        <translation>Дар рӯйхати иштирокчиёни %1 ягон ном нест, бинобар ин сертификат додан ба касе мумкин нест. Аввал иштирокчиёнро бо номашон илова кунед.</translation>
    </message>
    <message>
        <source>This participant is no longer on the list of %1; it may have been deleted.</source>
        <translation>Ин иштирокчӣ дигар дар рӯйхати %1 нест; шояд нест карда шудааст.</translation>
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
            <numerusform>Маълумоти намунавӣ бор карда шуд: %Ln гурӯҳ</numerusform>
            <numerusform>Маълумоти намунавӣ бор карда шуд: %Ln гурӯҳ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%Ln вохӯрӣ</numerusform>
            <numerusform>%Ln вохӯрӣ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%Ln мушкилот</numerusform>
            <numerusform>%Ln мушкилот</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%Ln нақшаи чорабиниҳо</numerusform>
            <numerusform>%Ln нақшаи чорабиниҳо</numerusform>
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
            <numerusform>Тавлид шуд: %Ln гурӯҳ</numerusform>
            <numerusform>Тавлид шуд: %Ln гурӯҳ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%Ln чорабинӣ</numerusform>
            <numerusform>%Ln чорабинӣ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%Ln қайди пешрафт</numerusform>
            <numerusform>%Ln қайди пешрафт</numerusform>
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
    <message>
        <source>Choose the team with --team CODE (the teams here: %1).</source>
        <translation>Гурӯҳро бо --team РАМЗ интихоб кунед (гурӯҳҳои ин ҷо: %1).</translation>
    </message>
    <message>
        <source>Write concerns or activities to a CSV file that Excel and LibreOffice open with Cyrillic and Tajik letters intact (UTF-8 with a BOM). Restricted concerns are left out unless --include-restricted is given.</source>
        <translation>Мушкилот ё чорабиниҳоро ба файли CSV менависад, ки Excel ва LibreOffice онро бо ҳарфҳои кириллӣ ва тоҷикии бенуқсон мекушоянд (UTF-8 бо BOM). Мушкилоти маҳдуд дохил карда намешаванд, агар --include-restricted дода нашавад.</translation>
    </message>
    <message>
        <source>What to export: concerns or activities.</source>
        <translation>Чӣ содир шавад: concerns (мушкилот) ё activities (чорабиниҳо).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>навъ</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Файли CSV барои навиштан.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>code</source>
        <translation>рамз</translation>
    </message>
    <message>
        <source>Activities: only this action plan (its code).</source>
        <translation>Чорабиниҳо: танҳо ҳамин нақшаи чорабиниҳо (рамзи он).</translation>
    </message>
    <message>
        <source>Concerns: only those with this status (e.g. raised, in_plan).</source>
        <translation>Мушкилот: танҳо бо ҳамин ҳолат (масалан raised, in_plan).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>ҳолат</translation>
    </message>
    <message>
        <source>Concerns: only those of this category (its name or code).</source>
        <translation>Мушкилот: танҳо аз ҳамин категория (ном ё рамзи он).</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>Concerns: only those matching these words.</source>
        <translation>Мушкилот: танҳо онҳое, ки ба ин калимаҳо мувофиқанд.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>калимаҳо</translation>
    </message>
    <message>
        <source>Include restricted concerns. Keep such a file safe.</source>
        <translation>Дохил кардани мушкилоти маҳдуд. Чунин файлро бехатар нигоҳ доред.</translation>
    </message>
    <message>
        <source>The language of the column names and values: tg, ru or en (default: the language of the messages).</source>
        <translation>Забони номҳои сутунҳо ва қиматҳо: tg, ru ё en (пешфарз: забони паёмҳо).</translation>
    </message>
    <message>
        <source>comma or semicolon (default: semicolon for tg and ru, which Excel expects in those languages; comma for en).</source>
        <translation>comma (вергул) ё semicolon (нуқтавергул) (пешфарз: нуқтавергул барои tg ва ru, ки Excel дар ин забонҳо интизор аст; вергул барои en).</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>ҷудокунанда</translation>
    </message>
    <message>
        <source>Choose what to export with --kind concerns or --kind activities.</source>
        <translation>Бо --kind concerns ё --kind activities интихоб кунед, ки чӣ содир шавад.</translation>
    </message>
    <message>
        <source>Name the file to write with --output FILE.csv.</source>
        <translation>Файлро барои навиштан бо --output ФАЙЛ.csv нишон диҳед.</translation>
    </message>
    <message>
        <source>The header language must be tg, ru or en.</source>
        <translation>Забони сарлавҳа бояд tg, ru ё en бошад.</translation>
    </message>
    <message>
        <source>The separator must be comma or semicolon.</source>
        <translation>Ҷудокунанда бояд comma ё semicolon бошад.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activity(ies) to %1.</source>
        <translation>
            <numerusform>%Ln чорабинӣ ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln чорабинӣ ба %1 навишта шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown status. Use one of: %1.</source>
        <translation>Ҳолати номаълум. Яке аз инҳоро истифода баред: %1.</translation>
    </message>
    <message>
        <source>Unknown category. Use one of: %1.</source>
        <translation>Категорияи номаълум. Яке аз инҳоро истифода баред: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n concern(s) to %1.</source>
        <translation>
            <numerusform>%Ln мушкилот ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln мушкилот ба %1 навишта шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restricted concerns were left out; add --include-restricted to export them.</source>
        <translation>Мушкилоти маҳдуд дохил карда нашуданд; барои содир кардани онҳо --include-restricted илова кунед.</translation>
    </message>
    <message>
        <source>Read concerns from a CSV file into a team. Columns are matched by their names in Tajik, Russian or English. A row whose code the team has updates that concern; importing the same file again creates nothing new. Nothing is saved while rows have errors, unless --skip-bad-rows is given.</source>
        <translation>Мушкилотро аз файли CSV ба гурӯҳ мехонад. Сутунҳо аз рӯи номҳояшон бо тоҷикӣ, русӣ ё англисӣ мувофиқ карда мешаванд. Сатре, ки рамзаш дар гурӯҳ ҳаст, ҳамон мушкилотро нав мекунад; воридоти такрории ҳамон файл чизи нав эҷод намекунад. То даме ки сатрҳо хато доранд, ҳеҷ чиз нигоҳ дошта намешавад, агар --skip-bad-rows дода нашавад.</translation>
    </message>
    <message>
        <source>What to import: concerns.</source>
        <translation>Чӣ ворид шавад: concerns (мушкилот).</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Файли CSV барои хондан.</translation>
    </message>
    <message>
        <source>Check the file and print the report, but save nothing.</source>
        <translation>Санҷидани файл ва баровардани ҳисобот бе нигоҳ доштани чизе.</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the rows with errors.</source>
        <translation>Ворид кардани сатрҳои дуруст ва гузарондани сатрҳои хатодор.</translation>
    </message>
    <message>
        <source>Only concerns can be imported: use --kind concerns.</source>
        <translation>Танҳо мушкилотро ворид кардан мумкин аст: --kind concerns-ро истифода баред.</translation>
    </message>
    <message>
        <source>Name the file to read with --input FILE.csv.</source>
        <translation>Файлро барои хондан бо --input ФАЙЛ.csv нишон диҳед.</translation>
    </message>
    <message>
        <source>The file was read as %1.</source>
        <translation>Файл ҳамчун %1 хонда шуд.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Сатри %1</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;</source>
        <translation>Сатри %1, сутуни «%2»</translation>
    </message>
    <message>
        <source>Created: %1, updated: %2, unchanged: %3, skipped: %4.</source>
        <translation>Эҷод шуд: %1, нав шуд: %2, бетағйир: %3, гузаронида шуд: %4.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Санҷиш: ҳеҷ чиз нигоҳ дошта нашуд.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Аргументи ғайричашмдошт: «%1».</translation>
    </message>
    <message>
        <source>Written: %1 (pages: %2).</source>
        <translation>Навишта шуд: %1 (саҳифаҳо: %2).</translation>
    </message>
    <message>
        <source>The plan&apos;s code, e.g. ISF-AP-2026-01.</source>
        <translation>Рамзи нақшаи чорабиниҳо, масалан ISF-AP-2026-01.</translation>
    </message>
    <message>
        <source>Lay the pages out landscape.</source>
        <translation>Ҷойгиркунии саҳифаҳо ба таври уфуқӣ.</translation>
    </message>
    <message>
        <source>Give the plan with --plan CODE.</source>
        <translation>Нақшаи чорабиниҳоро бо --plan РАМЗ нишон диҳед.</translation>
    </message>
    <message>
        <source>There is no action plan with the code %1.</source>
        <translation>Нақшаи чорабиниҳо бо рамзи %1 вуҷуд надорад.</translation>
    </message>
    <message>
        <source>The meeting&apos;s code, e.g. ISF-M-2026-03.</source>
        <translation>Рамзи вохӯрӣ, масалан ISF-M-2026-03.</translation>
    </message>
    <message>
        <source>Give the meeting with --meeting CODE.</source>
        <translation>Вохӯриро бо --meeting РАМЗ нишон диҳед.</translation>
    </message>
    <message>
        <source>There is no meeting with the code %1.</source>
        <translation>Вохӯрӣ бо рамзи %1 вуҷуд надорад.</translation>
    </message>
    <message>
        <source>First day of the period, YYYY-MM-DD.</source>
        <translation>Рӯзи аввали давра, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>сана</translation>
    </message>
    <message>
        <source>Last day of the period, YYYY-MM-DD.</source>
        <translation>Рӯзи охири давра, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Give the period with --from and --to as dates like 2026-01-31.</source>
        <translation>Давраро бо --from ва --to ҳамчун сана, масалан 2026-01-31, нишон диҳед.</translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>Давра набояд пеш аз оғозаш ба охир расад.</translation>
    </message>
    <message>
        <source>write concerns or activities to CSV</source>
        <translation>мушкилот ё чорабиниҳоро ба CSV менависад</translation>
    </message>
    <message>
        <source>read concerns from a CSV file</source>
        <translation>мушкилотро аз файли CSV мехонад</translation>
    </message>
    <message>
        <source>write an action plan as a PDF</source>
        <translation>нақшаи чорабиниҳоро ба PDF менависад</translation>
    </message>
    <message>
        <source>write a meeting&apos;s minutes as a PDF</source>
        <translation>суратҷаласаи вохӯриро ба PDF менависад</translation>
    </message>
    <message>
        <source>write the period report as a PDF</source>
        <translation>ҳисоботи давраиро ба PDF менависад</translation>
    </message>
    <message>
        <source>Write the changes of this laptop&apos;s teams into one exchange bundle (a .hkx file) for another laptop. The bundle is encrypted with the team network&apos;s exchange passphrase and signed by this laptop; its name says nothing of the team or district.</source>
        <translation>Тағйироти гурӯҳҳои ин ноутбукро барои ноутбуки дигар ба як бастаи маълумоти мубодила (файли .hkx) менависад. Баста бо ибораи махфии мубодилаи шабакаи гурӯҳҳо рамзгузорӣ ва аз ҷониби ин ноутбук имзо карда мешавад; номи он дар бораи гурӯҳ ё ноҳия чизе ошкор намекунад.</translation>
    </message>
    <message>
        <source>The folder to write the bundle into (the USB stick).</source>
        <translation>Ҷузвдоне, ки бастаи маълумот ба он навишта мешавад (флешка).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ҷузвдон</translation>
    </message>
    <message>
        <source>Name the folder to write the bundle into with --output FOLDER.</source>
        <translation>Ҷузвдонро барои навиштани бастаи маълумот бо --output FOLDER нишон диҳед.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>%Ln тағйирот ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln тағйирот ба %1 навишта шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint: %1.</source>
        <translation>Изи рақамии ин ноутбук: %1.</translation>
    </message>
    <message>
        <source>It is safe to remove the stick.</source>
        <translation>Флешкаро метавонед бехатар бароред.</translation>
    </message>
    <message>
        <source>There is no bundle (*.hkx) in the folder %1.</source>
        <translation>Дар ҷузвдони %1 ягон бастаи маълумот (*.hkx) нест.</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Файл ё ҷузвдони %1 вуҷуд надорад.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Сабтҳо</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нав</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Тағйирёфта</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Нестшуда</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Аллакай маълум</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ихтилофҳо</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Татбиқнашуда</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ҳамагӣ</translation>
    </message>
    <message>
        <source>Everything in this bundle was already here: nothing changed.</source>
        <translation>Ҳама чизи ин бастаи маълумот аллакай дар ин ҷо буд: ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a choice: see &quot;hamkori-cli conflicts&quot;.</source>
        <translation>
            <numerusform>%Ln ихтилоф интизори интихоб аст: «hamkori-cli conflicts»-ро бинед.</numerusform>
            <numerusform>%Ln ихтилоф интизори интихоб аст: «hamkori-cli conflicts»-ро бинед.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Бастаи маълумот %1</translation>
    </message>
    <message>
        <source>From device %1, fingerprint %2, written %3.</source>
        <translation>Аз дастгоҳи %1 (изи рақамӣ %2), санаи навиштан: %3.</translation>
    </message>
    <message>
        <source>This laptop has never received a bundle from device %1 (fingerprint %2). Its changes were not applied. Ask the sender for the fingerprint their laptop shows (hamkori-cli devices), and when it is the same, import again with --trust-new-devices.</source>
        <translation>Ин ноутбук то ҳол аз дастгоҳи %1 (изи рақамӣ %2) бастаи маълумот нагирифтааст. Тағйироти он татбиқ нашуданд. Аз фиристанда изи рақамиеро, ки ноутбуки ӯ нишон медиҳад (hamkori-cli devices), пурсед ва агар якхела бошад, бо --trust-new-devices аз нав ворид кунед.</translation>
    </message>
    <message>
        <source>A new device: it will be trusted from now on.</source>
        <translation>Дастгоҳи нав: минбаъд ба он эътимод карда мешавад.</translation>
    </message>
    <message>
        <source>Sender&apos;s name: %1.</source>
        <translation>Номи фиристанда: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received, %1 new here.</source>
        <translation>
            <numerusform>%Ln тағйирот гирифта шуд, %1-тоаш барои ин ҷо нав.</numerusform>
            <numerusform>%Ln тағйирот гирифта шуд, %1-тоаш барои ин ҷо нав.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply exchange bundles from other laptops: each file given, or every bundle (*.hkx) in a folder, oldest first. Changes already here are skipped, so importing a bundle twice is harmless. A damaged bundle changes nothing and the others still import. A laptop never seen before is shown with its fingerprint and its changes are applied only with --trust-new-devices.</source>
        <translation>Бастаҳои маълумоти мубодиларо аз ноутбукҳои дигар татбиқ мекунад: ҳар файли додашуда ё ҳамаи бастаҳои маълумоти (*.hkx) дар ҷузвдон, аз кӯҳнатарин сар карда. Тағйироте, ки аллакай дар ин ҷо ҳастанд, нодида гирифта мешаванд, бинобар ин ду бор ворид кардани як баста зараре надорад. Бастаи вайроншуда ҳеҷ чизро тағйир намедиҳад ва бастаҳои дигар ворид мешаванд. Ноутбуке, ки пештар дида нашудааст, бо изи рақамиаш нишон дода мешавад ва тағйироти он танҳо бо --trust-new-devices татбиқ мешаванд.</translation>
    </message>
    <message>
        <source>Bundle files or folders of bundles.</source>
        <translation>Файлҳои бастаҳои маълумот ё ҷузвдонҳо бо бастаҳои маълумот.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>РОҲ...</translation>
    </message>
    <message>
        <source>Show what the import would do, but save nothing.</source>
        <translation>Нишон медиҳад, ки воридот чӣ кор мекард, аммо ҳеҷ чизро нигоҳ намедорад.</translation>
    </message>
    <message>
        <source>Print the merge reports as JSON (for other programs).</source>
        <translation>Ҳисоботҳои воридотро дар формати JSON (барои барномаҳои дигар) мебарорад.</translation>
    </message>
    <message>
        <source>Apply the changes of laptops never seen before and trust them from now on. Compare their fingerprints with the senders first.</source>
        <translation>Тағйироти ноутбукҳои пештар нодидаро татбиқ мекунад ва минбаъд ба онҳо эътимод мекунад. Аввал изҳои рақамии онҳоро бо фиристандагон муқоиса кунед.</translation>
    </message>
    <message>
        <source>Name the bundle files or folders to import.</source>
        <translation>Файлҳои бастаҳои маълумот ё ҷузвдонҳоро барои воридот нишон диҳед.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n bundle(s).</source>
        <translation>
            <numerusform>%1 аз %Ln бастаи маълумот ворид карда шуд.</numerusform>
            <numerusform>%1 аз %Ln бастаи маълумот ворид карда шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(нест карда шуд)</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(нигоҳ дошта шуд)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(холӣ)</translation>
    </message>
    <message>
        <source>List the conflict inbox: fields that two laptops changed differently since they last exchanged, and records edited on one laptop while deleted on another. The value marked * is shown until someone chooses in the Exchange page.</source>
        <translation>Рӯйхати ихтилофҳоро нишон медиҳад: майдонҳое, ки ду ноутбук пас аз мубодилаи охирин гуногун тағйир додаанд, ва сабтҳое, ки дар як ноутбук таҳрир ва дар дигараш нест карда шудаанд. Қимати бо * ишорашуда то он даме нишон дода мешавад, ки касе дар саҳифаи «Мубодила» интихоб кунад.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Рӯйхатро дар формати JSON мебарорад.</translation>
    </message>
    <message>
        <source>No conflicts wait for a choice.</source>
        <translation>Ягон ихтилоф интизори интихоб нест.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a choice.</source>
        <translation>
            <numerusform>%Ln ихтилоф интизори интихоб аст.</numerusform>
            <numerusform>%Ln ихтилоф интизори интихоб аст.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, edited on one laptop and deleted on another</source>
        <translation>%1: %2, дар як ноутбук таҳрир ва дар дигараш нест карда шуд</translation>
    </message>
    <message>
        <source>%1: %2, field «%3»</source>
        <translation>%1: %2, майдони «%3»</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>field «%1», %2</source>
        <translation>майдони «%1», %2</translation>
    </message>
    <message>
        <source>List the laptops this one has received bundles from: name, fingerprint, when their last bundle was written and how many changes of each laptop they held then. Also shows this laptop&apos;s own fingerprint, for the others to compare.</source>
        <translation>Ноутбукҳоеро нишон медиҳад, ки ин ноутбук аз онҳо бастаи маълумот гирифтааст: ном, изи рақамӣ, вақти навишта шудани бастаи охирини онҳо ва чанд тағйироти ҳар ноутбук он вақт дар онҳо буд. Инчунин изи рақамии худи ин ноутбукро нишон медиҳад, то дигарон онро муқоиса кунанд.</translation>
    </message>
    <message>
        <source>This laptop: device %1, fingerprint %2.</source>
        <translation>Ин ноутбук: дастгоҳи %1, изи рақамӣ %2.</translation>
    </message>
    <message>
        <source>No bundle from another laptop has been imported yet.</source>
        <translation>Ҳанӯз аз ягон ноутбуки дигар бастаи маълумот ворид карда нашудааст.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(бе ном)</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Дастгоҳ: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Изи рақамӣ: %1</translation>
    </message>
    <message>
        <source>Last bundle written: %1</source>
        <translation>Бастаи охирин навишта шуд: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Knew then (changes of each laptop): %1</source>
        <translation>Он вақт медонист (тағйироти ҳар ноутбук): %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ҳеҷ чиз</translation>
    </message>
    <message>
        <source>Read the team network&apos;s exchange passphrase from &lt;file&gt; (otherwise from the HAMKORI_PASSPHRASE environment variable).</source>
        <translation>Ибораи махфии мубодилаи шабакаи гурӯҳҳоро аз файли &lt;файл&gt; мехонад (вагарна аз тағйирёбандаи муҳити HAMKORI_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read: %2.</source>
        <translation>Файли ибораи махфии %1 хонда намешавад: %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Файли ибораи махфии %1 холӣ аст.</translation>
    </message>
    <message>
        <source>The exchange passphrase is needed. Write it in a file and give --passphrase-file FILE, or set the environment variable HAMKORI_PASSPHRASE. It is never taken from the command line itself.</source>
        <translation>Ибораи махфии мубодила лозим аст. Онро дар файл нависед ва --passphrase-file FILE диҳед ё тағйирёбандаи муҳити HAMKORI_PASSPHRASE-ро муқаррар кунед. Он ҳеҷ гоҳ аз худи сатри фармон гирифта намешавад.</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>ин ноутбук</translation>
    </message>
    <message>
        <source>write an exchange bundle for other laptops</source>
        <translation>навиштани бастаи маълумоти мубодила барои ноутбукҳои дигар</translation>
    </message>
    <message>
        <source>apply exchange bundles from other laptops</source>
        <translation>татбиқи бастаҳои маълумоти мубодила аз ноутбукҳои дигар</translation>
    </message>
    <message>
        <source>list the conflict inbox</source>
        <translation>нишон додани рӯйхати ихтилофҳо</translation>
    </message>
    <message>
        <source>list the laptops bundles came from</source>
        <translation>нишон додани ноутбукҳое, ки аз онҳо бастаҳои маълумот омадаанд</translation>
    </message>
    <message>
        <source>No data file at %1. Create one with &quot;hamkori-cli init&quot; (or &quot;demo&quot;), or name the right file with --database PATH.</source>
        <translation>Дар %1 файли маълумот нест. Онро бо «hamkori-cli init» (ё «demo») эҷод кунед ё файли дурустро бо --database PATH нишон диҳед.</translation>
    </message>
    <message>
        <source>teams %1, concerns %2, action plans %3</source>
        <translation>гурӯҳҳо: %1, мушкилот: %2, нақшаҳои чорабиниҳо: %3</translation>
    </message>
    <message>
        <source>Make a verified backup of the data file now, among the automatic ones in the user&apos;s data folder; or, with --output, an encrypted copy on a stick.</source>
        <translation>Ҳозир нусхаи эҳтиётии санҷидашудаи файли маълумотро дар қатори нусхаҳои худкор дар ҷузвдони маълумоти корбар месозад; ё бо --output дар флешка нусхаи рамзгузоришуда менависад.</translation>
    </message>
    <message>
        <source>Write an encrypted copy (locked with the exchange passphrase) into &lt;folder&gt;, a stick for example.</source>
        <translation>Навиштани нусхаи рамзгузоришуда (бо ибораи махфии мубодила қулфшуда) ба &lt;ҷузвдон&gt;, масалан, ба флешка.</translation>
    </message>
    <message>
        <source>&quot;backup&quot; takes no arguments.</source>
        <translation>Фармони «backup» аргумент қабул намекунад.</translation>
    </message>
    <message>
        <source>Written and checked: %1. The copy is locked with the exchange passphrase; it is safe to remove the stick.</source>
        <translation>Навишта ва санҷида шуд: %1. Нусха бо ибораи махфии мубодила қулф карда шудааст; флешкаро бехатар баровардан мумкин аст.</translation>
    </message>
    <message>
        <source>Backup made and checked: %1 (%2; %3).</source>
        <translation>Нусхаи эҳтиётӣ сохта ва санҷида шуд: %1 (%2; %3).</translation>
    </message>
    <message>
        <source>List the backups of the data file, newest first.</source>
        <translation>Нусхаҳои эҳтиётии файли маълумотро аз навтарин сар карда нишон медиҳад.</translation>
    </message>
    <message>
        <source>Print the list as JSON (for other programs).</source>
        <translation>Баровардани рӯйхат дар формати JSON (барои барномаҳои дигар).</translation>
    </message>
    <message>
        <source>&quot;backups&quot; takes no arguments.</source>
        <translation>Фармони «backups» аргумент қабул намекунад.</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>Нусхаҳои эҳтиётӣ дар %1:</translation>
    </message>
    <message>
        <source>None yet. Make one with &quot;hamkori-cli backup&quot;.</source>
        <translation>Ҳоло ягон нусхаи эҳтиётӣ нест. Онро бо «hamkori-cli backup» созед.</translation>
    </message>
    <message>
        <source>Put a backup (or an encrypted copy from a stick) in place of the data file. The data file as it is now is kept as a backup first. Close the window before you run it.</source>
        <translation>Файли маълумотро аз нусхаи эҳтиётӣ (ё аз нусхаи рамзгузоришуда дар флешка) барқарор мекунад. Аввал файли маълумот дар ҳолати ҳозирааш ҳамчун нусхаи эҳтиётӣ нигоҳ дошта мешавад. Пеш аз иҷрои фармон тирезаи Hamkori-ро пӯшед.</translation>
    </message>
    <message>
        <source>The backup or copy to restore.</source>
        <translation>Нусхаи эҳтиётӣ ё нусхаи рамзгузоришуда барои барқарор кардан.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Name the one backup file to restore.</source>
        <translation>Як файли нусхаи эҳтиётиро барои барқарор кардан нишон диҳед.</translation>
    </message>
    <message>
        <source>Now: %1. The backup: %2.</source>
        <translation>Ҳозир: %1. Дар нусхаи эҳтиётӣ: %2.</translation>
    </message>
    <message>
        <source>Restored %1 from the backup.</source>
        <translation>Файли маълумоти %1 аз нусхаи эҳтиётӣ барқарор карда шуд.</translation>
    </message>
    <message>
        <source>The data file as it was is kept as a backup: %1</source>
        <translation>Файли маълумоти пешина ҳамчун нусхаи эҳтиётӣ нигоҳ дошта шуд: %1</translation>
    </message>
    <message>
        <source>It will write under a new identity from its next change, so that exchanges stay safe. Import the latest bundles from the other laptops to get back what was made since that backup.</source>
        <translation>Аз тағйироти навбатӣ сар карда, файл бо ҳувияти нав менависад, то мубодила бехатар монад. Барои баргардонидани он чи пас аз сохтани ин нусхаи эҳтиётӣ ба вуҷуд омадааст, бастаҳои маълумоти охиринро аз ноутбукҳои дигар ворид кунед.</translation>
    </message>
    <message>
        <source>List the changes that imports set aside, by reason, and try them again with --retry (after the missing records have arrived, for example).</source>
        <translation>Тағйиротеро, ки ҳангоми воридот мавқуф монданд, аз рӯи сабаб нишон медиҳад ва бо --retry онҳоро аз нав татбиқ мекунад (масалан, пас аз омадани сабтҳои намерасида).</translation>
    </message>
    <message>
        <source>Apply again every change set aside; those that apply now leave the list.</source>
        <translation>Аз нав татбиқ кардани ҳамаи тағйироти мавқуфмонда; онҳое, ки ҳоло татбиқ мешаванд, аз рӯйхат хориҷ мешаванд.</translation>
    </message>
    <message>
        <source>&quot;quarantine&quot; takes no arguments.</source>
        <translation>Фармони «quarantine» аргумент қабул намекунад.</translation>
    </message>
    <message numerus="yes">
        <source>Tried again: %n change(s) applied now.</source>
        <translation>
            <numerusform>Кӯшиши дубора: ҳоло %Ln тағйирот татбиқ шуд.</numerusform>
            <numerusform>Кӯшиши дубора: ҳоло %Ln тағйирот татбиқ шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change is set aside.</source>
        <translation>Ягон тағйироти мавқуфмонда нест.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) set aside:</source>
        <translation>
            <numerusform>%Ln тағйироти мавқуфмонда:</numerusform>
            <numerusform>%Ln тағйироти мавқуфмонда:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1</source>
        <translation>
            <numerusform>%Ln тағйирот: %1</numerusform>
            <numerusform>%Ln тағйирот: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>аз %1</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n change(s). %1</source>
        <translation>
            <numerusform>Татбиқ нашуд: %Ln тағйирот. %1</numerusform>
            <numerusform>Татбиқ нашуд: %Ln тағйирот. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (all of them: hamkori-cli quarantine)</source>
        <translation>
            <numerusform>ва %Ln тағйироти дигар (рӯйхати пурра: «hamkori-cli quarantine»)</numerusform>
            <numerusform>ва %Ln тағйироти дигар (рӯйхати пурра: «hamkori-cli quarantine»)</numerusform>
        </translation>
    </message>
    <message>
        <source>make a verified backup, or an encrypted copy</source>
        <translation>сохтани нусхаи эҳтиётии санҷидашуда ё нусхаи рамзгузоришуда</translation>
    </message>
    <message>
        <source>list the backups of the data file</source>
        <translation>нишон додани нусхаҳои эҳтиётии файли маълумот</translation>
    </message>
    <message>
        <source>put a backup in place of the data file</source>
        <translation>барқарор кардани файли маълумот аз нусхаи эҳтиётӣ</translation>
    </message>
    <message>
        <source>list the changes imports set aside, and try them again</source>
        <translation>нишон додани тағйироти ҳангоми воридот мавқуфмонда ва аз нав татбиқ кардани онҳо</translation>
    </message>
    <message>
        <source>%1, date unknown (that laptop&apos;s clock is ahead)</source>
        <translation>%1, сана номаълум (соати он ноутбук пеш аст)</translation>
    </message>
    <message>
        <source>To choose: hamkori-cli resolve %1 %2 --choose N</source>
        <translation>Барои интихоб: hamkori-cli resolve %1 %2 --choose N</translation>
    </message>
    <message>
        <source>keep it deleted</source>
        <translation>нестшуда нигоҳ доштан</translation>
    </message>
    <message>
        <source>bring it back, with the edits</source>
        <translation>бо таҳрирҳо баргардонидан</translation>
    </message>
    <message>
        <source>Settle a conflict of the inbox: RECORD is the record&apos;s id (its first eight characters are enough, as &quot;conflicts&quot; prints them), FIELD the field, and --choose N the value numbered N in the list of &quot;conflicts&quot;. The choice travels to the other laptops with the next bundle.</source>
        <translation>Ихтилофро аз рӯйхати ихтилофҳо ҳал мекунад: RECORD — идентификатори сабт (ҳашт аломати аввалаш, чунон ки «conflicts» чоп мекунад, кифоя аст), FIELD — майдон ва --choose N — қимати рақами N дар рӯйхати «conflicts». Интихоб бо бастаи маълумоти навбатӣ ба ноутбукҳои дигар мерасад.</translation>
    </message>
    <message>
        <source>The number of the chosen value.</source>
        <translation>Рақами қимати интихобшуда.</translation>
    </message>
    <message>
        <source>The record&apos;s id.</source>
        <translation>Идентификатори сабт.</translation>
    </message>
    <message>
        <source>The field in conflict.</source>
        <translation>Майдоне, ки дар он ихтилоф ҳаст.</translation>
    </message>
    <message>
        <source>Name the record and the field: hamkori-cli resolve RECORD FIELD --choose N (&quot;hamkori-cli conflicts&quot; lists them).</source>
        <translation>Сабт ва майдонро номбар кунед: hamkori-cli resolve RECORD FIELD --choose N (онҳоро «hamkori-cli conflicts» нишон медиҳад).</translation>
    </message>
    <message>
        <source>Say which value to keep with --choose N, N as numbered by &quot;hamkori-cli conflicts&quot;.</source>
        <translation>Бо --choose N нишон диҳед, ки кадом қимат бимонад; N — рақаме, ки «hamkori-cli conflicts» додааст.</translation>
    </message>
    <message>
        <source>No conflict waits on the field «%1» of the record %2. &quot;hamkori-cli conflicts&quot; lists those that wait.</source>
        <translation>Дар майдони «%1»-и сабти %2 ягон ихтилоф интизори интихоб нест. «hamkori-cli conflicts» ихтилофҳои интизорро нишон медиҳад.</translation>
    </message>
    <message>
        <source>Several records begin with %1: give more of the id.</source>
        <translation>Якчанд сабт бо %1 оғоз мешаванд: идентификаторро пурратар нависед.</translation>
    </message>
    <message>
        <source>Choose a number from 1 to %1.</source>
        <translation>Рақамеро аз 1 то %1 интихоб кунед.</translation>
    </message>
    <message>
        <source>Resolved: %1, field «%2» keeps %3.</source>
        <translation>Ҳал шуд: %1, майдони «%2» қимати %3-ро нигоҳ медорад.</translation>
    </message>
    <message>
        <source>settle a conflict of the inbox</source>
        <translation>ҳал кардани ихтилоф аз рӯйхати ихтилофҳо</translation>
    </message>
    <message>
        <source>No laptop named %1 has sent a bundle here, so what it lacks is not known. &quot;hamkori-cli devices&quot; lists the laptops known here; without --for the bundle carries everything.</source>
        <translation>Ягон ноутбук бо номи %1 ба ин ҷо бастаи маълумот нафиристодааст, бинобар ин маълум нест, ки ба он чӣ намерасад. &quot;hamkori-cli devices&quot; ноутбукҳои дар ин ҷо маълумро нишон медиҳад; бе --for бастаи маълумот ҳамаашро мебарад.</translation>
    </message>
    <message>
        <source>Several laptops match %1 (%2): give the device id.</source>
        <translation>Ба %1 якчанд ноутбук мувофиқ аст (%2): идентификатори дастгоҳро нишон диҳед.</translation>
    </message>
    <message>
        <source>Only what this laptop lacks (its device id, fingerprint or name, as &quot;devices&quot; lists it), judged by the last bundle it sent here. Default: everything, for any laptop.</source>
        <translation>Танҳо он чизе, ки ба ин ноутбук намерасад (идентификатори дастгоҳ, изи рақамӣ ё номи он, чунон ки &quot;devices&quot; нишон медиҳад), аз рӯи охирин бастаи маълумоте, ки он ба ин ҷо фиристодааст. Пешфарз: ҳамааш, барои ҳар ноутбук.</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>ноутбук</translation>
    </message>
    <message>
        <source>When the team network changed its exchange passphrase: a file holding the earlier one, which this data file&apos;s signing key was locked with. The key is then locked with the current passphrase.</source>
        <translation>Вақте ки шабакаи гурӯҳҳо ибораи махфии мубодилаи худро иваз кардааст: файле, ки ибораи пешинаро дар бар дорад, ки калиди имзои ин файли маълумот бо он қулф карда шудааст. Баъд калид бо ибораи махфии ҷорӣ қулф карда мешавад.</translation>
    </message>
    <message>
        <source>No concern has the code %1 and no record has that id. Give a concern&apos;s code (as the register shows it) or a record&apos;s full id.</source>
        <translation>Ягон мушкилот рамзи %1 надорад ва ягон сабт чунин идентификатор надорад. Рамзи мушкилотро (чунон ки маълумотнома нишон медиҳад) ё идентификатори пурраи сабтро нишон диҳед.</translation>
    </message>
    <message>
        <source>Erase the earlier values of a field from this laptop&apos;s history (a name typed by mistake and then removed): RECORD is a concern&apos;s code or a record&apos;s id, FIELD the field. The value shown now stays. The other laptops erase them too when they receive the next bundle.</source>
        <translation>Қиматҳои пешинаи майдонро аз таърихи ин ноутбук пок кардан (номе, ки хато навишта ва баъд хориҷ карда шуд): RECORD рамзи мушкилот ё идентификатори сабт, FIELD майдон аст. Қимати ҳозира нишондодашуда мемонад. Ноутбукҳои дигар онҳоро ҳангоми гирифтани бастаи маълумоти навбатӣ низ пок мекунанд.</translation>
    </message>
    <message>
        <source>The concern&apos;s code or the record&apos;s id.</source>
        <translation>Рамзи мушкилот ё идентификатори сабт.</translation>
    </message>
    <message>
        <source>The field.</source>
        <translation>Майдон.</translation>
    </message>
    <message>
        <source>Name the record and the field: hamkori-cli erase-history RECORD FIELD.</source>
        <translation>Сабт ва майдонро номбар кунед: hamkori-cli erase-history RECORD FIELD.</translation>
    </message>
    <message>
        <source>The field %1 cannot be erased. Fields that can: %2.</source>
        <translation>Майдони %1-ро пок кардан мумкин нест. Майдонҳое, ки мумкин аст: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n earlier value(s) of «%1» from this laptop&apos;s history. The other laptops erase them when they receive the next bundle.</source>
        <translation>
            <numerusform>%Ln қимати пешинаи «%1» аз таърихи ин ноутбук пок карда шуд. Ноутбукҳои дигар онҳоро ҳангоми гирифтани бастаи маълумоти навбатӣ пок мекунанд.</numerusform>
            <numerusform>%Ln қимати пешинаи «%1» аз таърихи ин ноутбук пок карда шуд. Ноутбукҳои дигар онҳоро ҳангоми гирифтани бастаи маълумоти навбатӣ пок мекунанд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier value(s) erased from history, as another laptop asked.</source>
        <translation>
            <numerusform>%Ln қимати пешина бо хоҳиши ноутбуки дигар аз таърих пок карда шуд.</numerusform>
            <numerusform>%Ln қимати пешина бо хоҳиши ноутбуки дигар аз таърих пок карда шуд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n change(s). %1</source>
        <translation>
            <numerusform>Рад карда шуд: %Ln тағйирот. %1</numerusform>
            <numerusform>Рад карда шуд: %Ln тағйирот. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>erase the earlier values of a field from every laptop&apos;s history</source>
        <translation>қиматҳои пешинаи майдонро аз таърихи ҳамаи ноутбукҳо пок кардан</translation>
    </message>
    <message>
        <source>Only this team (its code, or its name or id when two teams share the code). Concerns: every team when left out.</source>
        <translation>Танҳо ҳамин гурӯҳ (рамзи он, ё вақте ки ду гурӯҳ як рамз доранд, ном ё идентификатори он). Мушкилот: агар нишон дода нашавад, ҳамаи гурӯҳҳо.</translation>
    </message>
    <message>
        <source>team</source>
        <translation>гурӯҳ</translation>
    </message>
    <message>
        <source>The team the concerns belong to (its code, or its name or id when two teams share the code); needed when the data file has several teams.</source>
        <translation>Гурӯҳе, ки мушкилот ба он тааллуқ доранд (рамзи он, ё вақте ки ду гурӯҳ як рамз доранд, ном ё идентификатори он); вақте лозим аст, ки файли маълумот якчанд гурӯҳ дорад.</translation>
    </message>
    <message>
        <source>What to do with a row whose code belongs to a deleted concern of the team: skip (the default) leaves the row out; restore brings the concern back with the row&apos;s values.</source>
        <translation>Бо сатре, ки рамзаш ба мушкилоти несткардашудаи гурӯҳ тааллуқ дорад, чӣ бояд кард: skip (пешфарз) сатрро мегузарад; restore мушкилотро бо қиматҳои сатр барқарор мекунад.</translation>
    </message>
    <message>
        <source>skip|restore</source>
        <translation>skip|restore</translation>
    </message>
    <message>
        <source>--deleted must be skip or restore.</source>
        <translation>--deleted бояд skip ё restore бошад.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Сатри %1: %2</translation>
    </message>
    <message>
        <source>It is restored (--deleted restore).</source>
        <translation>Он барқарор карда мешавад (--deleted restore).</translation>
    </message>
    <message>
        <source>The row is skipped; --deleted restore brings the concern back.</source>
        <translation>Сатр гузаронида мешавад; --deleted restore мушкилотро барқарор мекунад.</translation>
    </message>
    <message>
        <source>Rows matching a deleted concern: %1 (restored: %2, skipped: %3).</source>
        <translation>Сатрҳое, ки ба мушкилоти несткардашуда мувофиқанд: %1 (барқарор шуд: %2, гузаронида шуд: %3).</translation>
    </message>
    <message>
        <source>The team&apos;s code (or its name or id when two teams share the code); all teams when left out.</source>
        <translation>Рамзи гурӯҳ (ё вақте ки ду гурӯҳ як рамз доранд, ном ё идентификатори он); агар нишон дода нашавад, ҳамаи гурӯҳҳо.</translation>
    </message>
    <message>
        <source>Only this team (its code, or its name or id when two teams share the code); repeat for several teams. Default: every team on this laptop.</source>
        <translation>Танҳо ҳамин гурӯҳ (рамзи он, ё вақте ки ду гурӯҳ як рамз доранд, ном ё идентификатори он); барои якчанд гурӯҳ такрор кунед. Пешфарз: ҳамаи гурӯҳҳои ин ноутбук.</translation>
    </message>
    <message>
        <source>Write the document to &lt;file&gt;.</source>
        <translation>Ҳуҷҷатро ба &lt;file&gt; менависад.</translation>
    </message>
    <message>
        <source>pdf (to print and sign, the default) or odt (to edit in LibreOffice or Word).</source>
        <translation>pdf (барои чоп ва имзо, пешфарз) ё odt (барои таҳрир дар LibreOffice ё Word).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>Set the PDF in the formal style: serif, 12 pt, margins of at least 20 mm.</source>
        <translation>Истифодаи услуби расмии PDF: ҳарфҳои серифӣ, 12 pt, ҳошияҳо на камтар аз 20 мм.</translation>
    </message>
    <message>
        <source>Keep free texts that mention a restricted concern left out of the document (they are left out unless this is given).</source>
        <translation>Нигоҳ доштани матнҳое, ки мушкилоти маҳдуди аз ҳуҷҷат хориҷшударо ёдовар мешаванд (бе ин хосият онҳо хориҷ карда мешаванд).</translation>
    </message>
    <message>
        <source>Give the file name with --output FILE.</source>
        <translation>Номи файлро бо --output FILE нишон диҳед.</translation>
    </message>
    <message>
        <source>--format takes pdf or odt, not &quot;%1&quot;.</source>
        <translation>--format танҳо pdf ё odt мегирад, на «%1».</translation>
    </message>
    <message>
        <source>These passages mention a restricted concern and were left out (give --keep-mentions to keep them):</source>
        <translation>Ин порчаҳо мушкилоти маҳдудро ёдовар мешаванд ва хориҷ карда шуданд (барои нигоҳ доштан --keep-mentions-ро диҳед):</translation>
    </message>
    <message>
        <source>These passages mention a restricted concern and were kept:</source>
        <translation>Ин порчаҳо мушкилоти маҳдудро ёдовар мешаванд ва нигоҳ дошта шуданд:</translation>
    </message>
    <message>
        <source>Written: %1.</source>
        <translation>Навишта шуд: %1.</translation>
    </message>
    <message>
        <source>Write an action plan as a PDF for the Hukumat to sign (or an ODT to edit), in the language of --lang.</source>
        <translation>Нақшаи чорабиниҳоро ҳамчун PDF барои имзои Ҳукумат (ё ODT барои таҳрир) бо забони --lang менависад.</translation>
    </message>
    <message>
        <source>Include restricted concerns; every page is then marked for official use only.</source>
        <translation>Дохил кардани мушкилоти маҳдуд; он гоҳ ҳар саҳифа бо нишони «Барои истифодаи хизматӣ» қайд карда мешавад.</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s minutes as a PDF (or an ODT to edit), in the language of --lang.</source>
        <translation>Суратҷаласаи вохӯриро ҳамчун PDF (ё ODT барои таҳрир) бо забони --lang менависад.</translation>
    </message>
    <message>
        <source>Write the period report (totals only) for one team or all teams as a PDF (or an ODT to edit), in the language of --lang.</source>
        <translation>Ҳисоботи давраро (танҳо ҷамъбастҳо) барои як гурӯҳ ё ҳамаи гурӯҳҳо ҳамчун PDF (ё ODT барои таҳрир) бо забони --lang менависад.</translation>
    </message>
    <message>
        <source>Count restricted concerns too; every page is then marked for official use only.</source>
        <translation>Ҳисоб кардани мушкилоти маҳдуд низ; он гоҳ ҳар саҳифа бо нишони «Барои истифодаи хизматӣ» қайд карда мешавад.</translation>
    </message>
    <message>
        <source>The organisation that prepared the report.</source>
        <translation>Ташкилоте, ки ҳисоботро омода кардааст.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ном</translation>
    </message>
    <message>
        <source>A UTF-8 text file whose paragraphs open the report.</source>
        <translation>Файли матнии UTF-8, ки сархатҳояш ҳисоботро оғоз мекунанд.</translation>
    </message>
    <message>
        <source>Cannot read the summary file %1: %2</source>
        <translation>Файли хулоса %1 хонда нашуд: %2</translation>
    </message>
    <message>
        <source>Activities: every plan of every team, with the team and its district in the first columns.</source>
        <translation>Чорабиниҳо: ҳамаи нақшаҳои чорабиниҳои ҳамаи гурӯҳҳо, гурӯҳ ва ноҳияи он дар сутунҳои аввал.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) in the directory</source>
        <translation>
            <numerusform>%Ln ташкилот дар маълумотнома</numerusform>
            <numerusform>%Ln ташкилот дар маълумотнома</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community policing centre(s)</source>
        <translation>
            <numerusform>%Ln маркази ҳамкории милитсия ва ҷомеа</numerusform>
            <numerusform>%Ln маркази ҳамкории милитсия ва ҷомеа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) and recommendation(s)</source>
        <translation>
            <numerusform>%Ln дархост ва тавсия</numerusform>
            <numerusform>%Ln дархост ва тавсия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%Ln равонакунӣ</numerusform>
            <numerusform>%Ln равонакунӣ</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the directory of organisations to a CSV file (UTF-8 with a BOM), one row per organisation. Contact details are left out unless --contacts is given.</source>
        <translation>Феҳристи ташкилотҳоро ба файли CSV (UTF-8 бо BOM) менависад, барои ҳар ташкилот як сатр. Маълумоти тамос, агар --contacts дода нашавад, дохил намешавад.</translation>
    </message>
    <message>
        <source>Include the contact person, phone and e-mail (personal data: keep such a file safe).</source>
        <translation>Шахси тамос, телефон ва почтаи электрониро дохил кардан (маълумоти шахсӣ: чунин файлро эҳтиёт кунед).</translation>
    </message>
    <message>
        <source>Name the file to write with --csv FILE.csv.</source>
        <translation>Файли навиштаниро бо --csv FILE.csv нишон диҳед.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n organisation(s) to %1.</source>
        <translation>
            <numerusform>%Ln ташкилот ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln ташкилот ба %1 навишта шуданд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact details were left out; add --contacts to export them.</source>
        <translation>Маълумоти тамос дохил карда нашуд; барои содироташ --contacts илова кунед.</translation>
    </message>
    <message>
        <source>Read organisations from a CSV file into the directory. Columns are matched by their names in Tajik, Russian or English (or as --map says). A row whose organisation is already in the directory updates it; importing the same file again creates nothing new. Nothing is saved while rows have errors, unless --skip-bad-rows is given.</source>
        <translation>Ташкилотҳоро аз файли CSV ба маълумотнома мехонад. Сутунҳо аз рӯи номашон бо тоҷикӣ, русӣ ё англисӣ (ё чунон ки --map мегӯяд) мувофиқ карда мешаванд. Сатре, ки ташкилоташ аллакай дар маълумотнома ҳаст, онро нав мекунад; аз нав ворид кардани ҳамон файл чизи нав эҷод намекунад. То сатрҳо хатогӣ доранд, ҳеҷ чиз нигоҳ дошта намешавад, агар --skip-bad-rows дода нашавад.</translation>
    </message>
    <message>
        <source>Take the column named COLUMN for FIELD (name, short_name, kind, address, contact_person, phone, email, districts, expertise, services, member_since, international_experience, notes; nothing after &quot;=&quot;: the column is not imported). May be repeated.</source>
        <translation>Сутуни COLUMN-ро барои FIELD гирифтан (name, short_name, kind, address, contact_person, phone, email, districts, expertise, services, member_since, international_experience, notes; агар баъд аз «=» чизе набошад, сутун ворид карда намешавад). Метавонад такрор шавад.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <translation>COLUMN=FIELD</translation>
    </message>
    <message>
        <source>Add the fields of expertise the list lacks to it, instead of reporting their rows.</source>
        <translation>Соҳаҳои таҷрибаеро, ки дар рӯйхат нестанд, ба он илова кардан, ба ҷои хабар додан дар бораи сатрҳояшон.</translation>
    </message>
    <message>
        <source>Name the file to read with --csv FILE.csv.</source>
        <translation>Файли хонданиро бо --csv FILE.csv нишон диҳед.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;; its columns are: %2.</source>
        <translation>Файл сутуни «%1» надорад; сутунҳояш: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of an organisation.</source>
        <translation>«%1» майдони ташкилот нест.</translation>
    </message>
    <message>
        <source>Fields of expertise added to the list: %1.</source>
        <translation>Ба рӯйхат соҳаҳои таҷриба илова шуданд: %1.</translation>
    </message>
    <message>
        <source>Write the mapping matrix of organisations, by district, as a PDF in the language of --lang. Contact details are left out unless --contacts is given.</source>
        <translation>Матритсаи харитасозии ташкилотҳоро аз рӯи ноҳия ҳамчун PDF бо забони --lang менависад. Маълумоти тамос, агар --contacts дода нашавад, дохил намешавад.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Файли PDF барои навиштан.</translation>
    </message>
    <message>
        <source>Only the organisations active in this district or city (any of its names).</source>
        <translation>Танҳо ташкилотҳое, ки дар ин ноҳия ё шаҳр фаъоланд (бо ҳар номаш).</translation>
    </message>
    <message>
        <source>Only the organisations with this field of expertise (its name in any language).</source>
        <translation>Танҳо ташкилотҳое, ки ин соҳаи таҷрибаро доранд (номаш бо ҳар забон).</translation>
    </message>
    <message>
        <source>Print the contact person, phone and e-mail (personal data).</source>
        <translation>Шахси тамос, телефон ва почтаи электрониро чоп кардан (маълумоти шахсӣ).</translation>
    </message>
    <message>
        <source>Name the file to write with --pdf FILE.pdf.</source>
        <translation>Файли навиштаниро бо --pdf FILE.pdf нишон диҳед.</translation>
    </message>
    <message>
        <source>Unknown field of expertise. Use one of: %1.</source>
        <translation>Соҳаи таҷрибаи номаълум. Яке аз инҳоро истифода баред: %1.</translation>
    </message>
    <message>
        <source>The directory has no action &quot;%1&quot;.</source>
        <translation>Феҳрист амали «%1» надорад.</translation>
    </message>
    <message>
        <source>Usage: hamkori-cli directory export --csv FILE [--contacts]
       hamkori-cli directory import --csv FILE [--map COLUMN=FIELD] [--add-expertise] [--dry-run] [--skip-bad-rows]
       hamkori-cli [--lang tg|ru|en] directory matrix --pdf FILE [--district NAME] [--expertise NAME] [--contacts]</source>
        <translation>Истифода: hamkori-cli directory export --csv FILE [--contacts]
       hamkori-cli directory import --csv FILE [--map COLUMN=FIELD] [--add-expertise] [--dry-run] [--skip-bad-rows]
       hamkori-cli [--lang tg|ru|en] directory matrix --pdf FILE [--district NAME] [--expertise NAME] [--contacts]</translation>
    </message>
    <message>
        <source>the directory of organisations: export, import (CSV), matrix (PDF)</source>
        <translation>маълумотномаи ташкилотҳо: содирот, воридот (CSV), матритса (PDF)</translation>
    </message>
    <message>
        <source>The team&apos;s code (or its name or id when two teams share the code); %1.</source>
        <translation>Рамзи гурӯҳ (ё ном ё id-и он, вақте ки ду гурӯҳ як рамз доранд); %1.</translation>
    </message>
    <message>
        <source>List the community policing centres with their reception days and visitors of a period.</source>
        <translation>Марказҳои ҳамкории милитсия ва ҷомеаро бо рӯзҳои қабул ва ташрифоварандагони давра рӯйхат мекунад.</translation>
    </message>
    <message>
        <source>every centre when left out</source>
        <translation>агар нишон дода нашавад, ҳамаи марказҳо</translation>
    </message>
    <message>
        <source>The year counted (this year when left out).</source>
        <translation>Соли ҳисобшаванда (агар нишон дода нашавад, соли ҷорӣ).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>сол</translation>
    </message>
    <message>
        <source>Give the year as four digits, for example 2026.</source>
        <translation>Солро бо чор рақам нависед, масалан 2026.</translation>
    </message>
    <message>
        <source>No community policing centre is recorded.</source>
        <translation>Ягон маркази ҳамкории милитсия ва ҷомеа сабт нашудааст.</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Марказ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Ноҳия</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>Рӯзҳои қабул</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Занон</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мардон</translation>
    </message>
    <message>
        <source>Needing repair</source>
        <translation>Ба таъмир ниёзманд</translation>
    </message>
    <message>
        <source>List the requests and recommendations made to bodies, newest first.</source>
        <translation>Дархостҳо ва тавсияҳои ба мақомот пешниҳодшударо аз навтарин сар карда рӯйхат мекунад.</translation>
    </message>
    <message>
        <source>every team when left out</source>
        <translation>агар нишон дода нашавад, ҳамаи гурӯҳҳо</translation>
    </message>
    <message>
        <source>Only those past their due date and not yet done.</source>
        <translation>Танҳо онҳое, ки мӯҳлаташон гузашта ва ҳанӯз иҷро нашудаанд.</translation>
    </message>
    <message>
        <source>The day overdue is counted from, as dd.mm.yyyy (today when left out).</source>
        <translation>Рӯзе, ки аз он таъхир ҳисоб карда мешавад, ба шакли dd.MM.yyyy (агар нишон дода нашавад, имрӯз).</translation>
    </message>
    <message>
        <source>No request or recommendation is overdue.</source>
        <translation>Ягон дархост ё тавсия мӯҳлаташ нагузаштааст.</translation>
    </message>
    <message>
        <source>No request or recommendation is recorded.</source>
        <translation>Ягон дархост ё тавсия сабт нашудааст.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мӯҳлат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Ба кӣ</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Чӣ дархост шуд</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, мӯҳлаташ гузашта</translation>
    </message>
    <message>
        <source>list the community policing centres and their use</source>
        <translation>марказҳои ҳамкории милитсия ва ҷомеа ва истифодаи онҳоро рӯйхат мекунад</translation>
    </message>
    <message>
        <source>list the requests and recommendations, or the overdue ones</source>
        <translation>дархостҳо ва тавсияҳоро ё онҳоеро, ки мӯҳлаташон гузаштааст, рӯйхат мекунад</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%Ln рӯйдод</numerusform>
            <numerusform>%Ln рӯйдод</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%Ln маърака</numerusform>
            <numerusform>%Ln маърака</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s code (or its name or id when two teams share the code); every team when left out.</source>
        <translation>Рамзи гурӯҳ (ё ном ё id-и он, вақте ки ду гурӯҳ як рамз доранд); агар нишон дода нашавад, ҳамаи гурӯҳҳо.</translation>
    </message>
    <message>
        <source>Only those that run on or after this day, dd.mm.yyyy.</source>
        <translation>Танҳо онҳое, ки дар ин рӯз ё баъд аз он мегузаранд, ба шакли dd.MM.yyyy.</translation>
    </message>
    <message>
        <source>Only those that run on or before this day, dd.mm.yyyy.</source>
        <translation>Танҳо онҳое, ки дар ин рӯз ё пеш аз он мегузаранд, ба шакли dd.MM.yyyy.</translation>
    </message>
    <message>
        <source>In the CSV file: comma or semicolon (default: semicolon for tg and ru, which Excel expects in those languages; comma for en).</source>
        <translation>Дар файли CSV: comma (вергул) ё semicolon (нуқтавергул) (пешфарз: нуқтавергул барои tg ва ru, ки Excel дар ин забонҳо интизор аст; вергул барои en).</translation>
    </message>
    <message>
        <source>Write them to a CSV file (UTF-8 with a BOM) instead of listing them.</source>
        <translation>Навиштани онҳо ба файли CSV (UTF-8 бо BOM) ба ҷои рӯйхат кардан.</translation>
    </message>
    <message>
        <source>Name the CSV file to write: export FILE.csv.</source>
        <translation>Файли CSV-ро барои навиштан нишон диҳед: export FILE.csv.</translation>
    </message>
    <message>
        <source>Give the period with both --from and --to.</source>
        <translation>Давраро бо ҳарду --from ва --to нишон диҳед.</translation>
    </message>
    <message>
        <source>The event&apos;s code, e.g. ISF-E-2026-03.</source>
        <translation>Рамзи рӯйдод, масалан ISF-E-2026-03.</translation>
    </message>
    <message>
        <source>Give the event&apos;s code and the PDF file to write.</source>
        <translation>Рамзи рӯйдод ва файли PDF-ро барои навиштан нишон диҳед.</translation>
    </message>
    <message>
        <source>List the events (trainings, round tables, visits…), newest first, or write them to a CSV file with &quot;export FILE.csv&quot;: one row per event with its figures, never a participant&apos;s name.</source>
        <translation>Рӯйдодҳоро (омӯзишҳо, мизҳои мудаввар, сафарҳо…) аз навтаринашон сар карда рӯйхат мекунад ё онҳоро бо «export FILE.csv» ба файли CSV менависад: барои ҳар рӯйдод як сатр бо рақамҳояш, ҳеҷ гоҳ номи иштирокчӣ.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>%Ln рӯйдод ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln рӯйдод ба %1 навишта шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>No event is recorded.</source>
        <translation>Ягон рӯйдод сабт нашудааст.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Гурӯҳ</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Рӯзи аввал</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Рӯзи охир</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Иштирокчиён</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>List the awareness campaigns, newest first, or write them to a CSV file with &quot;export FILE.csv&quot;.</source>
        <translation>Маъракаҳои иттилоотиро аз навтаринашон сар карда рӯйхат мекунад ё онҳоро бо «export FILE.csv» ба файли CSV менависад.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n campaign(s) to %1.</source>
        <translation>
            <numerusform>%Ln маърака ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln маърака ба %1 навишта шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaign is recorded.</source>
        <translation>Ягон маърака сабт нашудааст.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Оғоз</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Анҷом</translation>
    </message>
    <message>
        <source>Reached directly</source>
        <translation>Бевосита фарогиршуда</translation>
    </message>
    <message>
        <source>Reached indirectly</source>
        <translation>Бавосита фарогиршуда</translation>
    </message>
    <message>
        <source>Write an event&apos;s attendance sheet as a PDF to print before it: the people on its list, then empty numbered rows, in the language of --lang.</source>
        <translation>Рӯйхати иштирокчиёни рӯйдодро ҳамчун PDF барои чоп пеш аз он менависад: одамони дар рӯйхатбуда, баъд сатрҳои холии рақамгузоришуда, бо забони --lang.</translation>
    </message>
    <message>
        <source>How many empty numbered rows follow the names (10 when left out).</source>
        <translation>Шумораи сатрҳои холии рақамгузоришуда баъд аз номҳо (агар нишон дода нашавад, 10).</translation>
    </message>
    <message>
        <source>Give the number of empty rows as a whole number from 0 to %1.</source>
        <translation>Шумораи сатрҳои холиро ҳамчун адади бутун аз 0 то %1 нишон диҳед.</translation>
    </message>
    <message>
        <source>Write a certificate for everyone named on an event&apos;s list of participants, one page each, as one PDF in the language of --lang.</source>
        <translation>Барои ҳар касе, ки дар рӯйхати иштирокчиёни рӯйдод бо ном омадааст, сертификат менависад, ҳар кадом дар як саҳифа, ҳамчун як PDF бо забони --lang.</translation>
    </message>
    <message>
        <source>An official who signs beside the trainers.</source>
        <translation>Шахси мансабдоре, ки дар канори тренерҳо имзо мегузорад.</translation>
    </message>
    <message>
        <source>The official&apos;s post.</source>
        <translation>Вазифаи шахси мансабдор.</translation>
    </message>
    <message>
        <source>post</source>
        <translation>вазифа</translation>
    </message>
    <message>
        <source>The date on the certificates, dd.mm.yyyy (the event&apos;s last day when left out).</source>
        <translation>Санаи сертификатҳо, ба шакли dd.MM.yyyy (агар нишон дода нашавад, рӯзи охири рӯйдод).</translation>
    </message>
    <message>
        <source>list the events, or write them to CSV (export FILE.csv)</source>
        <translation>рӯйдодҳоро рӯйхат мекунад ё ба CSV менависад (export FILE.csv)</translation>
    </message>
    <message>
        <source>list the awareness campaigns, or write them to CSV (export FILE.csv)</source>
        <translation>маъракаҳои иттилоотиро рӯйхат мекунад ё ба CSV менависад (export FILE.csv)</translation>
    </message>
    <message>
        <source>write an event&apos;s attendance sheet as a PDF</source>
        <translation>рӯйхати иштирокчиёни рӯйдодро ба PDF менависад</translation>
    </message>
    <message>
        <source>write the certificates of an event&apos;s participants as a PDF</source>
        <translation>сертификатҳои иштирокчиёни рӯйдодро ба PDF менависад</translation>
    </message>
    <message>
        <source>No survey round is recorded.</source>
        <translation>Ягон даври пурсиш сабт нашудааст.</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Варақаҳо</translation>
    </message>
    <message>
        <source>Tallied</source>
        <translation>Шумурдашуда</translation>
    </message>
    <message>
        <source>Safe by day</source>
        <translation>Бехатар рӯзона</translation>
    </message>
    <message>
        <source>Safe after dark</source>
        <translation>Бехатар пас аз торикӣ</translation>
    </message>
    <message>
        <source>Trust the police</source>
        <translation>Эътимод ба милитсия</translation>
    </message>
    <message>
        <source>Police first</source>
        <translation>Аввал ба милитсия</translation>
    </message>
    <message>
        <source>Know the team</source>
        <translation>Гурӯҳро мешиносанд</translation>
    </message>
    <message>
        <source>too few (%1)</source>
        <translation>хеле кам (%1)</translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation>%1 % аз %2</translation>
    </message>
    <message>
        <source>List the perception survey rounds with their sheets and key indicators (the share of all respondents, with the number of answers), newest first; write the indicators of every round to a CSV file with &quot;export FILE.csv&quot;; or write one round&apos;s anonymous sheets with &quot;sheets CODE FILE.csv --sensitive&quot;.</source>
        <translation>Пурсишҳои афкори ҷомеаро бо варақаҳо ва нишондиҳандаҳои асосиашон (ҳиссаи ҳамаи пурсидашудагон бо шумораи ҷавобҳо), аз навтарин сар карда, нишон медиҳад; бо &quot;export FILE.csv&quot; нишондиҳандаҳои ҳар пурсишро ба файли CSV менависад; бо &quot;sheets CODE FILE.csv --sensitive&quot; варақаҳои беноми як пурсишро менависад.</translation>
    </message>
    <message>
        <source>Write the survey sheets: they are sensitive (a rare answer in a small mahalla can point at a person), so the sheets are written only with this option.</source>
        <translation>Варақаҳои пурсишро нависед: онҳо ҳассосанд (ҷавоби нодир дар маҳаллаи хурд метавонад шахсро нишон диҳад), бинобар ин варақаҳо танҳо бо ҳамин имконот навишта мешаванд.</translation>
    </message>
    <message>
        <source>&quot;export FILE.csv&quot;: the indicators; &quot;sheets CODE FILE.csv&quot;: one round&apos;s sheets (with --sensitive).</source>
        <translation>&quot;export FILE.csv&quot;: нишондиҳандаҳо; &quot;sheets CODE FILE.csv&quot;: варақаҳои як пурсиш (бо --sensitive).</translation>
    </message>
    <message>
        <source>Give the round&apos;s code and the CSV file to write: sheets CODE FILE.csv --sensitive.</source>
        <translation>Рамзи пурсиш ва файли CSV-ро барои навиштан нишон диҳед: sheets CODE FILE.csv --sensitive.</translation>
    </message>
    <message>
        <source>The survey sheets are sensitive: a rare answer in a small mahalla can point at a person. Nothing was written. Give --sensitive to write them, or &quot;export FILE.csv&quot; for the indicators only.</source>
        <translation>Варақаҳои пурсиш ҳассосанд: ҷавоби нодир дар маҳаллаи хурд метавонад шахсро нишон диҳад. Ҳеҷ чиз навишта нашуд. Барои навиштани онҳо --sensitive-ро диҳед, ё барои танҳо нишондиҳандаҳо &quot;export FILE.csv&quot;-ро.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) of indicators to %1.</source>
        <translation>
            <numerusform>%Ln сатри нишондиҳандаҳо ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln сатри нишондиҳандаҳо ба %1 навишта шуд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n survey sheet(s) to %1.</source>
        <translation>
            <numerusform>%Ln варақаи пурсиш ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln варақаи пурсиш ба %1 навишта шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the one-page summary of a perception survey round for a Hukumat or a donor, in the language of --lang: a PDF, or an editable ODT when the file name ends in .odt.</source>
        <translation>Хулосаи якваракаи пурсиши афкори ҷомеаро барои Ҳукумат ё донор бо забони --lang менависад: PDF, ё ODT-и таҳриршаванда, агар номи файл бо .odt анҷом ёбад.</translation>
    </message>
    <message>
        <source>The survey round&apos;s code, e.g. ISF-S-2026-01.</source>
        <translation>Рамзи пурсиш, масалан ISF-S-2026-01.</translation>
    </message>
    <message>
        <source>The PDF (or ODT) file to write.</source>
        <translation>Файли PDF (ё ODT) барои навиштан.</translation>
    </message>
    <message>
        <source>Give the survey round&apos;s code and the PDF file to write.</source>
        <translation>Рамзи пурсиш ва файли PDF-ро барои навиштан нишон диҳед.</translation>
    </message>
    <message>
        <source>list the perception survey rounds with their key indicators, or write them to CSV</source>
        <translation>пурсишҳои афкори ҷомеаро бо нишондиҳандаҳои асосӣ нишон диҳед ё ба CSV нависед</translation>
    </message>
    <message>
        <source>write a survey round&apos;s one-page summary as a PDF</source>
        <translation>хулосаи якваракаи пурсишро ҳамчун PDF нависед</translation>
    </message>
    <message numerus="yes">
        <source>%n survey round(s)</source>
        <translation>
            <numerusform>%Ln пурсиш</numerusform>
            <numerusform>%Ln пурсиш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey sheet(s)</source>
        <translation>
            <numerusform>%Ln варақаи пурсиш</numerusform>
            <numerusform>%Ln варақаи пурсиш</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentDueModel</name>
    <message>
        <source>Due</source>
        <translation>Мӯҳлат</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Рӯзҳои таъхир</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Чӣ дархост шуд</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Ба кӣ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
</context>
<context>
    <name>CommitmentKind</name>
    <message>
        <source>Request</source>
        <translation>Дархост</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Тавсия</translation>
    </message>
</context>
<context>
    <name>CommitmentRepository</name>
    <message>
        <source>This request or recommendation no longer exists; it may have been deleted.</source>
        <translation>Ин дархост ё тавсия дигар вуҷуд надорад; шояд нест карда шудааст.</translation>
    </message>
    <message>
        <source>Choose the team that made the request.</source>
        <translation>Гурӯҳеро, ки дархост кардааст, интихоб кунед.</translation>
    </message>
    <message>
        <source>Write what was asked or recommended.</source>
        <translation>Нависед, ки чӣ дархост ё тавсия карда шуд.</translation>
    </message>
    <message>
        <source>Choose the body it was addressed to from the directory, or type its name.</source>
        <translation>Мақомеро, ки ба он муроҷиат шудааст, аз маълумотнома интихоб кунед ё номашро нависед.</translation>
    </message>
    <message>
        <source>The organisation chosen is no longer in the directory. Choose another one.</source>
        <translation>Ташкилоти интихобшуда дигар дар маълумотнома нест. Дигареро интихоб кунед.</translation>
    </message>
    <message>
        <source>Enter the date it was made as dd.MM.yyyy.</source>
        <translation>Санаи дархостро ба шакли рр.мм.сссс ворид кунед.</translation>
    </message>
    <message>
        <source>The due date (%1) is before the date it was made (%2).</source>
        <translation>Мӯҳлат (%1) пеш аз санаи дархост (%2) аст.</translation>
    </message>
    <message>
        <source>The answer (%1) is dated before the request was made (%2).</source>
        <translation>Санаи ҷавоб (%1) пеш аз санаи дархост (%2) аст.</translation>
    </message>
    <message>
        <source>The meeting chosen is not one of this team&apos;s. Choose one of its meetings, or none.</source>
        <translation>Вохӯрии интихобшуда аз они ин гурӯҳ нест. Яке аз вохӯриҳои онро интихоб кунед ё ҳеҷ кадомро.</translation>
    </message>
    <message>
        <source>The action plan chosen is not one of this team&apos;s. Choose one of its plans, or none.</source>
        <translation>Нақшаи амали интихобшуда аз они ин гурӯҳ нест. Яке аз нақшаҳои онро интихоб кунед ё ҳеҷ кадомро.</translation>
    </message>
    <message>
        <source>An amount in somoni cannot be negative.</source>
        <translation>Маблағ ба сомонӣ манфӣ буда наметавонад.</translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <source>Waiting for an answer</source>
        <translation>Интизори ҷавоб</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабулшуда</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Қисман қабулшуда</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Радшуда</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Иҷрошуда</translation>
    </message>
</context>
<context>
    <name>ConcernColumns</name>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Тавсиф</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Маҳал</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Аз ҷониби</translation>
    </message>
    <message>
        <source>First raised</source>
        <translation>Бори аввал баён шуд</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Манбаъ</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Такроршавӣ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Маҳдуд</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Сабабҳо</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Оқибатҳо</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Ҳуқуқвайронкунанда</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Ҷабрдида</translation>
    </message>
    <message>
        <source>Location (triangle)</source>
        <translation>Ҷой (секунҷа)</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Шахси таъсиргузор ба ҳуқуқвайронкунанда</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Ҳимоятгари ҷабрдида</translation>
    </message>
    <message>
        <source>Place manager</source>
        <translation>Масъули ҷой</translation>
    </message>
    <message>
        <source>Gender notes</source>
        <translation>Эзоҳҳои гендерӣ</translation>
    </message>
    <message>
        <source>Conflict risk</source>
        <translation>Хатари низоъ</translation>
    </message>
    <message>
        <source>Conflict mitigation</source>
        <translation>Чораҳои коҳиш додани хатари низоъ</translation>
    </message>
    <message>
        <source>Baseline figure</source>
        <translation>Сатҳи ибтидоӣ</translation>
    </message>
    <message>
        <source>What the baseline counts</source>
        <translation>Сатҳи ибтидоӣ чиро нишон медиҳад</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Санаи сатҳи ибтидоӣ</translation>
    </message>
</context>
<context>
    <name>ConcernExport</name>
    <message>
        <source>The register shows only restricted concerns, and restricted concerns are left out of exports. Tick &quot;include restricted concerns&quot; to export them.</source>
        <translation>Феҳрист танҳо мушкилоти маҳдудро нишон медиҳад ва мушкилоти маҳдуд ба содирот дохил намешаванд. Барои содир кардани онҳо «Дохил кардани мушкилоти маҳдуд»-ро қайд кунед.</translation>
    </message>
</context>
<context>
    <name>ConcernImport</name>
    <message>
        <source>Choose the team the concerns belong to.</source>
        <translation>Гурӯҳеро интихоб кунед, ки мушкилот ба он тааллуқ доранд.</translation>
    </message>
    <message>
        <source>No column of the file gives the %1. Choose that column in the mapping, or add a column &quot;%1&quot; to the file.</source>
        <translation>Ягон сутуни файл майдони «%1»-ро надорад. Он сутунро дар мувофиқгузорӣ интихоб кунед ё ба файл сутуни «%1» илова кунед.</translation>
    </message>
    <message>
        <source>The file has a header row but no concerns under it.</source>
        <translation>Файл сатри сарлавҳа дорад, вале дар зери он ягон мушкилот нест.</translation>
    </message>
    <message>
        <source>This row has %1 values but the header row has %2 columns. Put values that contain the separator &quot;%3&quot; in quotes, or save the file again from the spreadsheet.</source>
        <translation>Ин сатр %1 қимат дорад, вале сатри сарлавҳа %2 сутун дорад. Қиматҳоеро, ки ҷудокунандаи «%3» доранд, дар нохунак гиред ё файлро аз ҷадвал бори дигар нигоҳ доред.</translation>
    </message>
    <message>
        <source>The code %1 is also on row %2. Each concern may be in the file only once.</source>
        <translation>Рамзи %1 дар сатри %2 низ ҳаст. Ҳар мушкилот дар файл танҳо як бор буда метавонад.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write dates as dd.MM.yyyy, for example 25.03.2026.</source>
        <translation>«%1» сана нест. Санаҳоро ба шакли dd.MM.yyyy нависед, масалан 25.03.2026.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value here. Use one of: %2.</source>
        <translation>«%1» дар ин ҷо қимати маълум нест. Яке аз инҳоро истифода баред: %2.</translation>
    </message>
    <message>
        <source>The category is empty. Use one of: %1.</source>
        <translation>Категория холӣ аст. Яке аз инҳоро истифода баред: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of the list. Use one of: %2, or add the category in Settings first.</source>
        <translation>«%1» категорияи рӯйхат нест. Яке аз инҳоро истифода баред: %2, ё аввал категорияро дар Танзимот илова кунед.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no. Write yes, no, or leave the cell empty.</source>
        <translation>«%1» на «ҳа» аст, на «не». «ҳа», «не» нависед ё катакро холӣ гузоред.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write the baseline figure as a number, such as 12 or 3,5.</source>
        <translation>«%1» адад нест. Сатҳи ибтидоиро ҳамчун адад нависед, масалан 12 ё 3,5.</translation>
    </message>
    <message>
        <source>The title is empty. Every concern needs a short title.</source>
        <translation>Ном холӣ аст. Ҳар мушкилот бояд номи кӯтоҳ дошта бошад.</translation>
    </message>
    <message>
        <source>A baseline figure needs the date it was measured. Enter it as dd.MM.yyyy.</source>
        <translation>Сатҳи ибтидоӣ бояд санаи ченкунӣ дошта бошад. Онро ба шакли dd.MM.yyyy ворид кунед.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Сатри %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Файлро ворид кардан ғайриимкон аст.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Correct them in the file, or choose to skip the bad rows. Nothing was imported.</source>
        <translation>
            <numerusform>%Ln сатр хато дорад. Онҳоро дар файл ислоҳ кунед ё гузарондани сатрҳои нодурустро интихоб кунед. Ҳеҷ чиз ворид карда нашуд.</numerusform>
            <numerusform>%Ln сатр хато дорад. Онҳоро дар файл ислоҳ кунед ё гузарондани сатрҳои нодурустро интихоб кунед. Ҳеҷ чиз ворид карда нашуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data file is busy; nothing was imported. Try again.</source>
        <translation>Файли маълумот банд аст; ҳеҷ чиз ворид карда нашуд. Бори дигар кӯшиш кунед.</translation>
    </message>
    <message>
        <source>Set by a CSV import</source>
        <translation>Бо воридоти CSV муқаррар шуд</translation>
    </message>
    <message>
        <source>The data file is busy. Try again.</source>
        <translation>Файли маълумот банд аст. Бори дигар кӯшиш кунед.</translation>
    </message>
    <message>
        <source>Undo of a CSV import</source>
        <translation>Бекор кардани воридоти CSV</translation>
    </message>
    <message>
        <source>Two concerns of the team have the code %1, so this row could change the wrong one. Import the other laptops&apos; bundles (the later concern then takes a new code), or change one of the codes in Hamkori, and import the file again.</source>
        <translation>Ду мушкилоти гурӯҳ рамзи %1 доранд, бинобар ин ин сатр метавонад мушкилоти нодурустро тағйир диҳад. Бастаҳои маълумоти ноутбукҳои дигарро ворид кунед (баъд мушкилоти дертар рамзи нав мегирад) ё яке аз рамзҳоро дар Hamkori иваз кунед ва файлро аз нав ворид кунед.</translation>
    </message>
    <message>
        <source>Restore it with this row&apos;s values, or skip the row.</source>
        <translation>Онро бо қиматҳои ин сатр барқарор кунед ё сатрро гузаронед.</translation>
    </message>
    <message>
        <source>The code %1 belongs to the concern «%2», which was deleted.</source>
        <translation>Рамзи %1 ба мушкилоти «%2» тааллуқ дорад, ки нест карда шудааст.</translation>
    </message>
    <message>
        <source>The code %1 belongs to the concern «%2», deleted on %3 on this laptop.</source>
        <translation>Рамзи %1 ба мушкилоти «%2» тааллуқ дорад, ки %3 дар ин ноутбук нест карда шудааст.</translation>
    </message>
    <message>
        <source>The code %1 belongs to the concern «%2», deleted on %3 on the laptop «%4».</source>
        <translation>Рамзи %1 ба мушкилоти «%2» тааллуқ дорад, ки %3 дар ноутбуки «%4» нест карда шудааст.</translation>
    </message>
    <message>
        <source>The code %1 belongs to the concern «%2», deleted on %3 on another laptop.</source>
        <translation>Рамзи %1 ба мушкилоти «%2» тааллуқ дорад, ки %3 дар ноутбуки дигар нест карда шудааст.</translation>
    </message>
</context>
<context>
    <name>ConcernRepository</name>
    <message>
        <source>Choose the team that registers the concern.</source>
        <translation>Гурӯҳеро интихоб кунед, ки мушкилотро сабт мекунад.</translation>
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
    <message>
        <source>%1 and %2 are already linked this way.</source>
        <translation>%1 ва %2 аллакай ба ҳамин тарз алоқаманданд.</translation>
    </message>
    <message>
        <source>This concern is not in the data file.</source>
        <translation>Ин мушкилот дар файли маълумот нест.</translation>
    </message>
    <message>
        <source>The deleted concern %1 cannot come back: another concern of the team now has that code.</source>
        <translation>Мушкилоти несткардашудаи %1 барқарор шуда наметавонад: ҳоло мушкилоти дигари гурӯҳ ҳамин рамзро дорад.</translation>
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
    <name>ConflictText</name>
    <message>
        <source>this laptop</source>
        <translation>ин ноутбук</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>нест карда шуд</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>нигоҳ дошта шуд</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(холӣ)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, date unknown (that laptop&apos;s clock is ahead)</source>
        <translation>%1, сана номаълум (соати он ноутбук пеш аст)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not in UTF-8, the encoding Hamkori reads. In Excel use File → Save as → &quot;CSV UTF-8 (comma delimited)&quot;; in LibreOffice choose the character set &quot;Unicode (UTF-8)&quot; when saving.</source>
        <translation>Файл бо коднависии UTF-8, ки Hamkori мехонад, нест. Дар Excel Файл → Нигоҳ доштан ҳамчун → «CSV UTF-8 (бо вергул ҷудошуда)»-ро интихоб кунед; дар LibreOffice ҳангоми нигоҳ доштан маҷмӯи аломатҳои «Unicode (UTF-8)»-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>Row %1, column %2: a quoted value is never closed, so the rest of the file would be read as one value. Add the missing quote mark (&quot;) or save the file again from the spreadsheet.</source>
        <translation>Сатри %1, сутуни %2: қимати дар нохунак гирифташуда пӯшида нашудааст, бинобар ин боқимондаи файл ҳамчун як қимат хонда мешуд. Нохунаки гумшударо (&quot;) илова кунед ё файлро аз ҷадвал бори дигар нигоҳ доред.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row with the names of the columns.</source>
        <translation>Файл холӣ аст: сатри сарлавҳа бо номҳои сутунҳо надорад.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Choose the file again.</source>
        <translation>Файли %1 вуҷуд надорад. Файлро аз нав интихоб кунед.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose a CSV file.</source>
        <translation>%1 ҷузвдон аст, на файл. Файли CSV-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>The file %1 is too large for a list of concerns (more than %2 MB). Choose the right file.</source>
        <translation>Файли %1 барои рӯйхати мушкилот хеле калон аст (зиёда аз %2 МБ). Файли дурустро интихоб кунед.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Файли %1-ро хондан ғайриимкон аст: %2.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The folder %1 does not exist. Choose another folder for the file.</source>
        <translation>Ҷузвдони %1 вуҷуд надорад. Барои файл ҷузвдони дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>%1 is a folder. Enter a file name ending in .csv.</source>
        <translation>%1 ҷузвдон аст. Номи файлро бо охири .csv ворид кунед.</translation>
    </message>
    <message>
        <source>Hamkori cannot write the file %1: %2. Choose a folder you may write to, such as Documents.</source>
        <translation>Hamkori файли %1-ро навишта наметавонад: %2. Ҷузвдонеро интихоб кунед, ки ба он навиштан мумкин аст, масалан Ҳуҷҷатҳо.</translation>
    </message>
    <message>
        <source>The file %1 could not be written completely (%2); the disk may be full. No file was left behind.</source>
        <translation>Файли %1 пурра навишта нашуд (%2); шояд диск пур бошад. Ягон файли нимнавишта боқӣ намонд.</translation>
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
    <message>
        <source>This data file is older than what this laptop last wrote into it: it was put back from a backup or an older copy. So that its new changes never take the numbers of changes already sent to other laptops, it now writes under a new identity (fingerprint %1). Import the latest bundles from the other laptops to get back what was made since that copy. The other laptops trust the new identity without asking: the old one introduced it.</source>
        <translation>Ин файли маълумот аз он чи ин ноутбук бори охир ба он навишта буд, кӯҳнатар аст: он аз нусхаи эҳтиётӣ ё аз нусхаи кӯҳнатар барқарор карда шудааст. То тағйироти нави он ҳеҷ гоҳ рақамҳои тағйиротеро, ки аллакай ба ноутбукҳои дигар фиристода шудаанд, нагиранд, акнун он бо ҳувияти нав (изи рақамӣ %1) менависад. Барои баргардонидани он чи пас аз ин нусха ба вуҷуд омадааст, бастаҳои маълумоти охиринро аз ноутбукҳои дигар ворид кунед. Ноутбукҳои дигар ба ҳувияти нав бе пурсидан эътимод мекунанд: ҳувияти кӯҳна онро бо имзои худ тасдиқ кардааст.</translation>
    </message>
    <message>
        <source>This data file was last written by another Hamkori: on another laptop (it was copied here), or by an older version of Hamkori on this one. So that two copies can never mix up their changes, it now writes under a new identity of this laptop (fingerprint %1). The other laptops trust it without asking, because the old identity introduced it: exchanges stay safe.</source>
        <translation>Ин файли маълумотро бори охир Hamkori-и дигар навишта буд: дар ноутбуки дигар (файл ба ин ҷо нусха бардошта шудааст) ё версияи кӯҳнатари Hamkori дар ҳамин ноутбук. То ду нусха ҳеҷ гоҳ тағйироти худро омехта накунанд, акнун файл бо ҳувияти нави ин ноутбук (изи рақамӣ %1) менависад. Ноутбукҳои дигар ба он бе пурсидан эътимод мекунанд, зеро ҳувияти кӯҳна онро бо имзои худ тасдиқ кардааст: мубодила бехатар мемонад.</translation>
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
    <name>DirectoryColumns</name>
    <message>
        <source>Organisation</source>
        <translation>Ташкилот</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Номи мухтасар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Намуд</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Суроға</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Шахси тамос</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Почтаи электронӣ</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Ноҳияҳо</translation>
    </message>
    <message>
        <source>Fields of expertise</source>
        <translation>Соҳаҳои таҷриба</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Хизматрасониҳо</translation>
    </message>
    <message>
        <source>Network member since</source>
        <translation>Узви шабака аз</translation>
    </message>
    <message>
        <source>International experience</source>
        <translation>Таҷрибаи байналмилалӣ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эзоҳ</translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message>
        <source>No column of the file gives the name of the organisation. Choose that column in the mapping, or add a column &quot;%1&quot; to the file.</source>
        <translation>Ягон сутуни файл номи ташкилотро намедиҳад. Он сутунро дар мувофиқсозӣ интихоб кунед ё ба файл сутуни «%1» илова кунед.</translation>
    </message>
    <message>
        <source>The file has a header row but no organisations under it.</source>
        <translation>Файл сатри сарлавҳа дорад, вале дар зераш ягон ташкилот нест.</translation>
    </message>
    <message>
        <source>This row has %1 values but the header row has %2 columns. Put values that contain the separator &quot;%3&quot; in quotes, or save the file again from the spreadsheet.</source>
        <translation>Ин сатр %1 қимат дорад, вале сатри сарлавҳа %2 сутун дорад. Қиматҳоеро, ки ҷудокунандаи «%3» доранд, дар нохунак гиред ё файлро аз ҷадвал бори дигар нигоҳ доред.</translation>
    </message>
    <message>
        <source>The name of the organisation is empty. Write it in this row, or delete the row.</source>
        <translation>Номи ташкилот холӣ аст. Онро дар ин сатр нависед ё сатрро нест кунед.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also on row %2. Each organisation may be in the file only once: merge the two rows.</source>
        <translation>«%1» дар сатри %2 низ ҳаст. Ҳар ташкилот дар файл танҳо як бор омада метавонад: ду сатрро якҷоя кунед.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address. Write it as name@example.tj, or leave the cell empty.</source>
        <translation>«%1» суроғаи почтаи электронӣ нест. Онро ҳамчун name@example.tj нависед ё катакро холӣ гузоред.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of organisation. Use one of: %2.</source>
        <translation>«%1» навъи ташкилот нест. Яке аз инҳоро истифода баред: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the day the network&apos;s memorandum was signed as dd.MM.yyyy, for example 25.03.2026, or leave the cell empty.</source>
        <translation>«%1» сана нест. Рӯзи имзои меморандуми шабакаро ҳамчун рр.мм.сссс нависед, масалан 25.03.2026, ё катакро холӣ гузоред.</translation>
    </message>
    <message>
        <source>No district or city called &quot;%1&quot; is in the list of places. Write its name as in Settings → Places (in Tajik, Russian or English), separated by &quot;;&quot;.</source>
        <translation>Дар рӯйхати маҳалҳо ноҳия ё шаҳре бо номи «%1» нест. Номашро чун дар Танзимот → Маҳалҳо (бо тоҷикӣ, русӣ ё англисӣ) нависед, бо «;» ҷудо карда.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of expertise of the list. Use one of: %2; or tick &quot;add unknown fields of expertise to the list&quot;.</source>
        <translation>«%1» дар рӯйхати соҳаҳои таҷриба нест. Яке аз инҳоро истифода баред: %2; ё «соҳаҳои таҷрибаи номаълумро ба рӯйхат илова кардан»-ро қайд кунед.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of service of the list. Use one of: %2; or add it in Settings first.</source>
        <translation>«%1» дар рӯйхати намудҳои хизматрасонӣ нест. Яке аз инҳоро истифода баред: %2; ё аввал онро дар Танзимот илова кунед.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Сатри %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Файлро ворид кардан ғайриимкон аст.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Correct them in the file, or choose to skip the bad rows. Nothing was imported.</source>
        <translation>
            <numerusform>%Ln сатр хато дорад. Онҳоро дар файл ислоҳ кунед ё гузарондани сатрҳои нодурустро интихоб кунед. Ҳеҷ чиз ворид карда нашуд.</numerusform>
            <numerusform>%Ln сатр хато дорад. Онҳоро дар файл ислоҳ кунед ё гузарондани сатрҳои нодурустро интихоб кунед. Ҳеҷ чиз ворид карда нашуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data file is busy; nothing was imported. Try again.</source>
        <translation>Файли маълумот банд аст; ҳеҷ чиз ворид карда нашуд. Бори дигар кӯшиш кунед.</translation>
    </message>
    <message>
        <source>The data file is busy. Try again.</source>
        <translation>Файли маълумот банд аст. Бори дигар кӯшиш кунед.</translation>
    </message>
</context>
<context>
    <name>DirectoryRepository</name>
    <message>
        <source>This organisation is no longer in the directory; it may have been deleted.</source>
        <translation>Ин ташкилот дигар дар маълумотнома нест; шояд нест карда шудааст.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Номи ташкилотро ворид кунед.</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address. Write it as name@example.tj, or leave it empty.</source>
        <translation>«%1» суроғаи почтаи электронӣ нест. Онро ба шакли name@example.tj нависед ё холӣ монед.</translation>
    </message>
    <message>
        <source>A district chosen is not in the list of places. Choose the districts again.</source>
        <translation>Ноҳияи интихобшуда дар рӯйхати маҳалҳо нест. Ноҳияҳоро аз нав интихоб кунед.</translation>
    </message>
    <message>
        <source>A field of expertise chosen is no longer in the list. Choose them again.</source>
        <translation>Соҳаи таҷрибаи интихобшуда дигар дар рӯйхат нест. Онҳоро аз нав интихоб кунед.</translation>
    </message>
    <message>
        <source>Choose the kind of service from the list.</source>
        <translation>Навъи хизматрасониро аз рӯйхат интихоб кунед.</translation>
    </message>
    <message>
        <source>This service no longer exists; it may have been deleted.</source>
        <translation>Ин хизматрасонӣ дигар вуҷуд надорад; шояд нест карда шудааст.</translation>
    </message>
    <message>
        <source>Choose the team that made the referral.</source>
        <translation>Гурӯҳеро, ки равона кардааст, интихоб кунед.</translation>
    </message>
    <message>
        <source>Enter the date of the referral as dd.MM.yyyy.</source>
        <translation>Санаи равонакуниро ба шакли dd.MM.yyyy ворид кунед.</translation>
    </message>
    <message>
        <source>Choose the service people were referred to from the directory.</source>
        <translation>Хизматрасониеро, ки одамон ба он равона шудаанд, аз маълумотнома интихоб кунед.</translation>
    </message>
    <message>
        <source>The concern chosen is not one of this team&apos;s. Choose one of its concerns, or none.</source>
        <translation>Мушкилоти интихобшуда ба ин гурӯҳ тааллуқ надорад. Яке аз мушкилоти онро интихоб кунед ё ҳеҷ кадомро.</translation>
    </message>
    <message>
        <source>The number of people cannot be negative.</source>
        <translation>Шумораи одамон манфӣ буда наметавонад.</translation>
    </message>
    <message>
        <source>Enter how many people were referred, by sex and age. Names are never kept.</source>
        <translation>Шумораи одамони равонашударо аз рӯи ҷинс ва синну сол ворид кунед. Номҳо ҳеҷ гоҳ нигоҳ дошта намешаванд.</translation>
    </message>
    <message>
        <source>This referral no longer exists; it may have been deleted.</source>
        <translation>Ин равонакунӣ дигар вуҷуд надорад; шояд нест карда шудааст.</translation>
    </message>
    <message>
        <source>This activity no longer exists; it may have been deleted.</source>
        <translation>Ин чорабинӣ дигар вуҷуд надорад; шояд нест карда шудааст.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Action plan</source>
        <translation>Нақшаи чорабиниҳо</translation>
    </message>
    <message>
        <source>ACTION PLAN</source>
        <translation>НАҚШАИ ЧОРАБИНИҲО</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Ноҳия:</translation>
    </message>
    <message>
        <source>Jamoat:</source>
        <translation>Ҷамоат:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Давра:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Қабул шудааст:</translation>
    </message>
    <message>
        <source>at the team&apos;s meeting, minutes No. %1 of %2</source>
        <translation>дар ҷаласаи гурӯҳ, суратҷаласаи № %1 аз %2</translation>
    </message>
    <message>
        <source>Priority concerns:</source>
        <translation>Мушкилоти афзалиятнок:</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Мақсад:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Номгӯи чорабиниҳо</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мӯҳлати иҷро</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Иҷрокунандагон</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Манбаи маблағгузорӣ</translation>
    </message>
    <message>
        <source>Expected result / indicator</source>
        <translation>Натиҷаи интизоршаванда / нишондиҳанда</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>бо иштироки %1</translation>
    </message>
    <message>
        <source>Action plan %1</source>
        <translation>Нақшаи чорабиниҳо %1</translation>
    </message>
    <message>
        <source>January</source>
        <translation>январ</translation>
    </message>
    <message>
        <source>February</source>
        <translation>феврал</translation>
    </message>
    <message>
        <source>March</source>
        <translation>март</translation>
    </message>
    <message>
        <source>April</source>
        <translation>апрел</translation>
    </message>
    <message>
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <source>June</source>
        <translation>июн</translation>
    </message>
    <message>
        <source>July</source>
        <translation>июл</translation>
    </message>
    <message>
        <source>August</source>
        <translation>август</translation>
    </message>
    <message>
        <source>September</source>
        <translation>сентябр</translation>
    </message>
    <message>
        <source>October</source>
        <translation>октябр</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ноябр</translation>
    </message>
    <message>
        <source>December</source>
        <translation>декабр</translation>
    </message>
    <message>
        <source>%1 somoni</source>
        <extracomment>The unit after an amount of money in documents, e.g. &quot;1 500,00 somoni&quot;.</extracomment>
        <translation>%1 сомонӣ</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>ТАСДИҚ МЕНАМОЯМ</translation>
    </message>
    <message>
        <source>(signature)</source>
        <translation>(имзо)</translation>
    </message>
    <message>
        <source>(full name)</source>
        <translation>(ному насаб)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Саҳифаи %1 аз %2</translation>
    </message>
    <message>
        <source>Includes restricted details: keep this document safe and do not share it beyond those who must act on it.</source>
        <translation>Ҳуҷҷат маълумоти дастрасиаш маҳдуд дорад: онро бехатар нигоҳ доред ва ба касе ғайр аз иҷрокунандагони он надиҳед.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ҷамъ</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Занон</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мардон</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Суратҷаласа</translation>
    </message>
    <message>
        <source>MINUTES No. %1</source>
        <translation>СУРАТҶАЛАСАИ № %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Сана:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Маҳал:</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Фасилитатор:</translation>
    </message>
    <message>
        <source>Present: team members</source>
        <translation>Ҳозир буданд: аъзои гурӯҳ</translation>
    </message>
    <message>
        <source>No members were recorded as present.</source>
        <translation>Ҳозир будани ягон узви гурӯҳ қайд нашудааст.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ному насаб</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Нақш</translation>
    </message>
    <message>
        <source>Organisation and post</source>
        <translation>Ташкилот ва вазифа</translation>
    </message>
    <message>
        <source>Present: guests by sex and age</source>
        <translation>Ҳозир буданд: меҳмонон аз рӯи ҷинс ва синну сол</translation>
    </message>
    <message>
        <source>In total present: %1 (team members: %2, guests: %3; women: %4, men: %5).</source>
        <translation>Ҳамагӣ ҳозир буданд: %1 (аъзои гурӯҳ: %2, меҳмонон: %3; занон: %4, мардон: %5).</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Рӯзнома</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Муҳокима</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Қарорҳо</translation>
    </message>
    <message>
        <source>Concerns raised</source>
        <translation>Мушкилоти баёншуда</translation>
    </message>
    <message>
        <source>No concerns were recorded at this meeting.</source>
        <translation>Дар ин ҷаласа ягон мушкилот қайд нашудааст.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Chair of the meeting</source>
        <translation>Раиси ҷаласа</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Котиб</translation>
    </message>
    <message>
        <source>Minutes %1</source>
        <translation>Суратҷаласа %1</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Ҳамаи гурӯҳҳо</translation>
    </message>
    <message>
        <source>Period report</source>
        <translation>Ҳисоботи даврӣ</translation>
    </message>
    <message>
        <source>PERIOD REPORT</source>
        <translation>ҲИСОБОТИ ДАВРӢ</translation>
    </message>
    <message>
        <source>on the work of the community police partnership teams</source>
        <translation>дар бораи фаъолияти гурӯҳҳои ҳамкории милитсия ва ҷомеа</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Гурӯҳ:</translation>
    </message>
    <message>
        <source>1. Meetings held</source>
        <translation>1. Вохӯриҳои баргузоршуда</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Навъи вохӯрӣ</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Вохӯриҳо</translation>
    </message>
    <message>
        <source>2. Participants by sex and age</source>
        <translation>2. Иштирокчиён аз рӯи ҷинс ва синну сол</translation>
    </message>
    <message>
        <source>Participants in meetings</source>
        <translation>Иштирокчиёни вохӯриҳо</translation>
    </message>
    <message>
        <source>3. Safety concerns</source>
        <translation>3. Мушкилоти бехатарӣ</translation>
    </message>
    <message>
        <source>Raised in the period:</source>
        <translation>Дар давра баён шудааст:</translation>
    </message>
    <message>
        <source>Resolved in the period:</source>
        <translation>Дар давра ҳал шудааст:</translation>
    </message>
    <message>
        <source>Open at the end:</source>
        <translation>Дар охири давра ҳалнашуда:</translation>
    </message>
    <message>
        <source>Chosen as priorities:</source>
        <translation>Ҳамчун афзалият интихоб шудааст:</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Бе категория</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Concerns raised by category</source>
        <translation>Мушкилоти баёншуда аз рӯи категория</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Ҳолати ҳозира</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>4. Action plans and activities</source>
        <translation>4. Нақшаҳои чорабиниҳо ва иҷрои чорабиниҳо</translation>
    </message>
    <message>
        <source>Plans adopted:</source>
        <translation>Нақшаҳои қабулшуда:</translation>
    </message>
    <message>
        <source>Activities overdue:</source>
        <translation>Чорабиниҳои мӯҳлаташон гузашта:</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Чорабиниҳо</translation>
    </message>
    <message>
        <source>Activities by status</source>
        <translation>Чорабиниҳо аз рӯи ҳолат</translation>
    </message>
    <message>
        <source>5. People reached by the activities</source>
        <translation>5. Одамони бо чорабиниҳо фарогиршуда</translation>
    </message>
    <message>
        <source>Reached directly:</source>
        <translation>Бевосита фарогиршуда:</translation>
    </message>
    <message>
        <source>Reached indirectly:</source>
        <translation>Бавосита фарогиршуда:</translation>
    </message>
    <message>
        <source>People reached directly</source>
        <translation>Одамони бевосита фарогиршуда</translation>
    </message>
    <message>
        <source>6. Funding</source>
        <translation>6. Маблағгузорӣ</translation>
    </message>
    <message>
        <source>No source given</source>
        <translation>Манбаъ нишон дода нашудааст</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Ба нақша гирифташуда</translation>
    </message>
    <message>
        <source>Planned funding by source, somoni</source>
        <translation>Маблағгузории ба нақша гирифташуда аз рӯи манбаъ, сомонӣ</translation>
    </message>
    <message>
        <source>Spent in the period:</source>
        <translation>Дар давра харҷ шудааст:</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Омода кард</translation>
    </message>
    <message>
        <source>Period report %1, %2</source>
        <translation>Ҳисоботи даврӣ: %1, %2</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Натиҷа: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Самара: %1</translation>
    </message>
    <message>
        <source>baseline %1 → target %2</source>
        <translation>нишондиҳандаи ибтидоӣ %1 → ҳадаф %2</translation>
    </message>
    <message>
        <source>Head of the internal affairs department</source>
        <translation>Сардори ШКД</translation>
    </message>
    <message>
        <source>Chairman of the district</source>
        <translation>Раиси ноҳия</translation>
    </message>
    <message>
        <source>Head of the internal affairs department of %1</source>
        <translation>Сардори ШКД дар %1</translation>
    </message>
    <message>
        <source>Chairman of %1</source>
        <translation>Раиси %1</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>Where the seal goes, under the signature (М.П. in Russian)</extracomment>
        <translation>Ҷ.М.</translation>
    </message>
    <message>
        <source>«____» ____________ 20____</source>
        <extracomment>The date line under a signature; the year&apos;s &quot;г.&quot; / &quot;соли&quot; belongs here</extracomment>
        <translation>«____» ____________ соли 20____</translation>
    </message>
    <message>
        <source>AGREED</source>
        <translation>МУВОФИҚА ШУД</translation>
    </message>
    <message>
        <source>Total funding</source>
        <translation>Ҳамагӣ маблағгузорӣ</translation>
    </message>
    <message>
        <source>Chair of the team</source>
        <translation>Раиси гурӯҳ</translation>
    </message>
    <message>
        <source>For official use only</source>
        <translation>Барои истифодаи хизматӣ</translation>
    </message>
    <message>
        <source>community police partnership team «%1»</source>
        <translation>гурӯҳи ҳамкории милитсия ва ҷомеа «%1»</translation>
    </message>
    <message>
        <source>[Left out of this copy.]</source>
        <translation>[Дар ин нусха дохил нашудааст.]</translation>
    </message>
    <message>
        <source>of the meeting of the %1</source>
        <translation>ҷаласаи %1</translation>
    </message>
    <message>
        <source>Status on the day</source>
        <translation>Ҳолат дар рӯзи ҷаласа</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Омода кард:</translation>
    </message>
    <message>
        <source>Date prepared:</source>
        <translation>Санаи омодасозӣ:</translation>
    </message>
    <message>
        <source>The report gives totals only; no individual concern is named. Restricted concerns are counted.</source>
        <translation>Ҳисобот танҳо ҷамъбастҳоро медиҳад; ягон мушкилот ном бурда намешавад. Мушкилоти маҳдуд ҳисоб карда шудаанд.</translation>
    </message>
    <message>
        <source>The report gives totals only; no individual concern is named, and restricted concerns are not counted.</source>
        <translation>Ҳисобот танҳо ҷамъбастҳоро медиҳад; ягон мушкилот ном бурда намешавад ва мушкилоти маҳдуд ҳисоб карда нашудаанд.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Хулоса</translation>
    </message>
    <message>
        <source>Attendances (a person at three meetings counts three times):</source>
        <translation>Иштирокҳо (шахсе, ки дар се ҷаласа буд, се маротиба ҳисоб мешавад):</translation>
    </message>
    <message>
        <source>Different team members who attended, each counted once:</source>
        <translation>Аъзои гурӯҳ, ки иштирок карданд, ҳар кас як маротиба:</translation>
    </message>
    <message>
        <source>Guests are counted at each meeting; the same guest at two meetings cannot be told apart.</source>
        <translation>Меҳмонон дар ҳар ҷаласа ҳисоб карда мешаванд; як меҳмонро дар ду ҷаласа фарқ кардан ғайриимкон аст.</translation>
    </message>
    <message>
        <source>Outcome indicators:</source>
        <translation>Нишондиҳандаҳои самара:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Нақшаи чорабиниҳо</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Нишондиҳанда</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ибтидоӣ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ҳадаф</translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation>Ченкунии охирин</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>ҳанӯз чен карда нашудааст</translation>
    </message>
    <message>
        <source>Chaired by:</source>
        <translation>Раис:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>Котиб:</translation>
    </message>
    <message>
        <source>Outgoing No. %1</source>
        <translation>Рақами содиротӣ %1</translation>
    </message>
    <message>
        <source>Annex to the ordinance No. %1 of %2</source>
        <translation>Замима ба амри № %1 аз %2</translation>
    </message>
    <message>
        <source>Plans in force:</source>
        <translation>Нақшаҳои чорабиниҳои амалкунанда:</translation>
    </message>
    <message>
        <source>public council «%1»</source>
        <translation>шӯрои ҷамъиятӣ «%1»</translation>
    </message>
    <message>
        <source>inter-agency working group «%1»</source>
        <translation>гурӯҳи кории байниидоравӣ «%1»</translation>
    </message>
    <message>
        <source>women&apos;s initiative group «%1»</source>
        <translation>гурӯҳи ташаббускори занон «%1»</translation>
    </message>
    <message>
        <source>youth initiative group «%1»</source>
        <translation>гурӯҳи ташаббускори ҷавонон «%1»</translation>
    </message>
    <message>
        <source>network of civil society organisations «%1»</source>
        <translation>шабакаи ташкилотҳои ҷомеаи шаҳрвандӣ «%1»</translation>
    </message>
    <message>
        <source>Mapping matrix of organisations</source>
        <translation>Матритсаи харитасозии ташкилотҳо</translation>
    </message>
    <message>
        <source>The directory as of %1</source>
        <translation>Феҳрист то %1</translation>
    </message>
    <message>
        <source>Field of expertise:</source>
        <translation>Соҳаи таҷриба:</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Ташкилотҳо:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ташкилот</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Намуд</translation>
    </message>
    <message>
        <source>Fields of expertise</source>
        <translation>Соҳаҳои таҷриба</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Хизматрасониҳо</translation>
    </message>
    <message>
        <source>Network member since</source>
        <translation>Узви шабака аз</translation>
    </message>
    <message>
        <source>International experience</source>
        <translation>Таҷрибаи байналмилалӣ</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Маълумоти тамос</translation>
    </message>
    <message>
        <source>No district given</source>
        <translation>Ноҳия нишон дода нашудааст</translation>
    </message>
    <message>
        <source>No organisation of the directory matches.</source>
        <translation>Дар маълумотнома ягон ташкилоти мувофиқ нест.</translation>
    </message>
    <message>
        <source>Mapping matrix, %1</source>
        <translation>Матритсаи харитасозӣ, %1</translation>
    </message>
    <message>
        <source>Includes contact details of people: keep this copy safe and do not pass it on.</source>
        <translation>Маълумоти тамоси одамонро дар бар мегирад: ин нусхаро эҳтиёт кунед ва ба дигарон надиҳед.</translation>
    </message>
    <message>
        <source>7. Community policing centres</source>
        <translation>7. Марказҳои ҳамкории милитсия ва ҷомеа</translation>
    </message>
    <message>
        <source>No community policing centre is recorded.</source>
        <translation>Ягон маркази ҳамкории милитсия ва ҷомеа сабт нашудааст.</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Марказ</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>Рӯзҳои қабул</translation>
    </message>
    <message>
        <source>Visitors, women</source>
        <translation>Ташрифоварандагон, занон</translation>
    </message>
    <message>
        <source>Visitors, men</source>
        <translation>Ташрифоварандагон, мардон</translation>
    </message>
    <message>
        <source>Meetings held there</source>
        <translation>Вохӯриҳои дар он баргузоршуда</translation>
    </message>
    <message>
        <source>Items needing repair</source>
        <translation>Ашёи ба таъмир ниёзманд</translation>
    </message>
    <message>
        <source>8. Requests and recommendations</source>
        <translation>8. Дархостҳо ва тавсияҳо</translation>
    </message>
    <message>
        <source>Requests made:</source>
        <translation>Дархостҳо:</translation>
    </message>
    <message>
        <source>Recommendations made:</source>
        <translation>Тавсияҳо:</translation>
    </message>
    <message>
        <source>Recommendations adopted:</source>
        <translation>Тавсияҳои қабулшуда:</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Ҷавоб гирифта шуд:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Иҷро шуд:</translation>
    </message>
    <message>
        <source>Overdue at the end of the period:</source>
        <translation>Мӯҳлаташон гузашта дар охири давра:</translation>
    </message>
    <message>
        <source>Money pledged:</source>
        <translation>Маблағи ваъдашуда:</translation>
    </message>
    <message>
        <source>Money delivered:</source>
        <translation>Маблағи додашуда:</translation>
    </message>
    <message>
        <source>All partnership teams</source>
        <translation>Ҳамаи гурӯҳҳои ҳамкории милитсия ва ҷомеа</translation>
    </message>
    <message>
        <source>All public councils</source>
        <translation>Ҳамаи шӯроҳои ҷамъиятӣ</translation>
    </message>
    <message>
        <source>All inter-agency working groups</source>
        <translation>Ҳамаи гурӯҳҳои кории байниидоравӣ</translation>
    </message>
    <message>
        <source>All women&apos;s initiative groups</source>
        <translation>Ҳамаи гурӯҳҳои ташаббускори занон</translation>
    </message>
    <message>
        <source>All youth initiative groups</source>
        <translation>Ҳамаи гурӯҳҳои ташаббускори ҷавонон</translation>
    </message>
    <message>
        <source>All networks of civil society organisations</source>
        <translation>Ҳамаи шабакаҳои ташкилотҳои ҷомеаи шаҳрвандӣ</translation>
    </message>
    <message>
        <source>ATTENDANCE SHEET</source>
        <translation>РӮЙХАТИ ИШТИРОКЧИЁН</translation>
    </message>
    <message>
        <source>Attendance sheet %1</source>
        <translation>Рӯйхати иштирокчиён %1</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Гурӯҳ:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Санаҳо:</translation>
    </message>
    <message>
        <source>Organisers:</source>
        <translation>Ташкилкунандагон:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ному насаб</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Ҷинс</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Гурӯҳи синнусолӣ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Имзо</translation>
    </message>
    <message>
        <source>No participant is on the list yet.</source>
        <translation>Дар рӯйхат ҳанӯз ягон иштирокчӣ нест.</translation>
    </message>
    <message>
        <source>Attendance sheet, %1, %2</source>
        <translation>Рӯйхати иштирокчиён, %1, %2</translation>
    </message>
    <message>
        <source>CERTIFICATE</source>
        <translation>СЕРТИФИКАТ</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Ин сертификат тасдиқ мекунад, ки</translation>
    </message>
    <message>
        <source>took part in the training «%1»</source>
        <translation>дар омӯзиши «%1» иштирок кардааст</translation>
    </message>
    <message>
        <source>took part in «%1» (%2)</source>
        <translation>дар «%1» (%2) иштирок кардааст</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Санаҳо: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Маҳал: %1</translation>
    </message>
    <message>
        <source>Organisers: %1</source>
        <translation>Ташкилкунандагон: %1</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Мавзӯъҳо: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Сана: %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>Certificates %1</source>
        <translation>Сертификатҳо %1</translation>
    </message>
    <message>
        <source>9. Trainings and other events</source>
        <translation>9. Омӯзишҳо ва рӯйдодҳои дигар</translation>
    </message>
    <message>
        <source>10. Campaigns</source>
        <translation>10. Маъракаҳои иттилоотӣ</translation>
    </message>
    <message>
        <source>Each person is counted once: the participants of events and the people campaigns reached are included here, and a progress update that names the event or campaign that reached them adds nothing of its own.</source>
        <translation>Ҳар шахс як бор ҳисоб карда мешавад: иштирокчиёни рӯйдодҳо ва одамоне, ки маъракаҳо фаро гирифтаанд, ба ин рақамҳо дохил шудаанд; қайди пешрафте, ки рӯйдод ё маъракаи худро номбар мекунад, аз худ чизе илова намекунад.</translation>
    </message>
    <message>
        <source>Trainings held:</source>
        <translation>Омӯзишҳои гузаронидашуда:</translation>
    </message>
    <message>
        <source>People trained:</source>
        <translation>Омӯзонидашудагон:</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Омӯзонидашудагон</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Мансубият</translation>
    </message>
    <message>
        <source>%1 (test sheets: %2)</source>
        <translation>%1 (варақаҳои санҷиш: %2)</translation>
    </message>
    <message>
        <source>Average score before the training:</source>
        <translation>Холи миёна пеш аз омӯзиш:</translation>
    </message>
    <message>
        <source>Average score after the training:</source>
        <translation>Холи миёна баъд аз омӯзиш:</translation>
    </message>
    <message>
        <source>Average gain:</source>
        <translation>Афзоиши миёна:</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 банди фоизӣ</translation>
    </message>
    <message>
        <source>Average feedback (1 to 5):</source>
        <translation>Баҳои миёна (1–5):</translation>
    </message>
    <message>
        <source>%1 (feedback sheets: %2)</source>
        <translation>%1 (варақаҳои фикру мулоҳиза: %2)</translation>
    </message>
    <message>
        <source>Scores are percentages of each test&apos;s highest score; the gain counts only the sheets with a score before and after.</source>
        <translation>Холҳо бо фоиз аз холи баландтарини ҳар санҷиш дода шудаанд; афзоиш танҳо варақаҳоеро ба ҳисоб мегирад, ки ҳам холи пеш аз омӯзиш ва ҳам холи баъд аз онро доранд.</translation>
    </message>
    <message>
        <source>No other event was held.</source>
        <translation>Рӯйдоди дигар гузаронида нашудааст.</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Рӯйдодҳои дигар</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Рӯйдодҳо</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Иштирокчиён</translation>
    </message>
    <message>
        <source>Campaigns:</source>
        <translation>Маъракаҳо:</translation>
    </message>
    <message>
        <source>Reached indirectly (estimated):</source>
        <translation>Бавосита фарогиршуда (тахминан):</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Хароҷот:</translation>
    </message>
    <message>
        <source>Reached directly</source>
        <translation>Бевосита фарогиршуда</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Восита</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Маъракаҳо</translation>
    </message>
    <message>
        <source>11. Perception surveys</source>
        <translation>11. Пурсишҳои афкори ҷомеа</translation>
    </message>
    <message>
        <source>Survey rounds held:</source>
        <translation>Пурсишҳои гузаронидашуда:</translation>
    </message>
    <message>
        <source>Survey sheets entered:</source>
        <translation>Варақаҳои пурсиш воридшуда:</translation>
    </message>
    <message>
        <source>People counted in tallies:</source>
        <translation>Дар шумориши ҷавобҳо шумурдашуда:</translation>
    </message>
    <message>
        <source>Kind of survey round</source>
        <translation>Навъи пурсиш</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Пурсишҳо</translation>
    </message>
    <message>
        <source>No team held both a baseline and an endline round in the period: no change can be shown.</source>
        <translation>Дар давра ягон гурӯҳ ҳам пурсиши ибтидоӣ ва ҳам ниҳоӣ нагузаронидааст: тағйирро нишон додан мумкин нест.</translation>
    </message>
    <message>
        <source>Change from the baseline to the endline, all respondents:</source>
        <translation>Тағйир аз пурсиши ибтидоӣ то ниҳоӣ, ҳамаи пурсидашудагон:</translation>
    </message>
    <message>
        <source>Team and rounds</source>
        <translation>Гурӯҳ ва пурсишҳо</translation>
    </message>
    <message>
        <source>Share of respondents who…</source>
        <translation>Ҳиссаи пурсидашудагоне, ки…</translation>
    </message>
    <message>
        <source>Baseline survey</source>
        <translation>Пурсиши ибтидоӣ</translation>
    </message>
    <message>
        <source>Endline survey</source>
        <translation>Пурсиши ниҳоӣ</translation>
    </message>
    <message>
        <source>Change, percentage points</source>
        <translation>Тағйир, банди фоизӣ</translation>
    </message>
    <message>
        <source>a clear change</source>
        <translation>тағйири возеҳ</translation>
    </message>
    <message>
        <source>In brackets, the 95 % confidence interval. A clear change (in bold) is one whose interval leaves out zero. Groups with fewer than %1 answers are not shown as a percentage.</source>
        <translation>Дар қавс фосилаи эътимоди 95 %. Тағйири возеҳ (бо ҳуруфи ғафс) тағйирест, ки фосилаи он сифрро дар бар намегирад. Тоифаҳое, ки камтар аз %1 ҷавоб доранд, ҳамчун фоиз нишон дода намешаванд.</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>ҷавобҳо хеле каманд</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (аз %2 то %3)</translation>
    </message>
    <message>
        <source>COMMUNITY PERCEPTION SURVEY</source>
        <translation>ПУРСИШИ АФКОРИ ҶОМЕА</translation>
    </message>
    <message>
        <source>Survey round:</source>
        <translation>Пурсиш:</translation>
    </message>
    <message>
        <source>Villages and mahallas:</source>
        <translation>Деҳаҳо ва маҳаллаҳо:</translation>
    </message>
    <message>
        <source>Respondents:</source>
        <translation>Пурсидашудагон:</translation>
    </message>
    <message>
        <source>%1 (women: %2, men: %3); survey sheets entered: %4, people counted in tallies: %5</source>
        <translation>%1 (занон: %2, мардон: %3); варақаҳои пурсиш воридшуда: %4, дар шумориши ҷавобҳо шумурдашуда: %5</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Нишондиҳандаҳои асосӣ</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>Ҳамаи пурсидашудагон</translation>
    </message>
    <message>
        <source>Women–men gap, percentage points</source>
        <translation>Фарқи занон ва мардон, банди фоизӣ</translation>
    </message>
    <message>
        <source>The round asks none of the standard questions the indicators are read from.</source>
        <translation>Пурсиш ягон саволи стандартиеро, ки нишондиҳандаҳо аз он ҳисоб мешаванд, намепурсад.</translation>
    </message>
    <message>
        <source>Change since the baseline %1 (%2)</source>
        <translation>Тағйир аз пурсиши ибтидоӣ %1 (%2)</translation>
    </message>
    <message>
        <source>The two rounds ask none of the same indicators.</source>
        <translation>Ду пурсиш ягон нишондиҳандаи якхеларо намепурсанд.</translation>
    </message>
    <message>
        <source>Safety concerns named most</source>
        <translation>Мушкилоти амниятие, ки бештар номбар шуданд</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ҷой</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Номбар карданд</translation>
    </message>
    <message>
        <source>The team&apos;s prioritised concerns</source>
        <translation>Мушкилоти афзалиятдодаи гурӯҳ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 аз %2</translation>
    </message>
    <message>
        <source>not prioritised</source>
        <translation>афзалият дода нашудааст</translation>
    </message>
    <message>
        <source>Perception survey %1</source>
        <translation>Пурсиши афкори ҷомеа %1</translation>
    </message>
    <message>
        <source>The team has no baseline round before this endline: no change can be shown.</source>
        <translation>Гурӯҳ пеш аз ин пурсиши ниҳоӣ пурсиши ибтидоӣ надорад: тағйирро нишон додан мумкин нест.</translation>
    </message>
    <message>
        <source>Perception survey %1, %2</source>
        <translation>Пурсиши афкори ҷомеа %1, %2</translation>
    </message>
    <message>
        <source>Method: anonymous sheets, no name asked. A percentage is of those who answered (n), its 95 % confidence interval in brackets; under %1 answers: &quot;too few answers&quot;. Gap and change in percentage points; a clear change (bold, * in the chart) has an interval that leaves out zero.</source>
        <translation>Усул: варақаҳои беном, ном пурсида намешавад. Фоиз аз шумораи ҷавобдиҳандагон (n) аст, дар қавс фосилаи эътимоди 95 %; камтар аз %1 ҷавоб: «ҷавобҳо хеле каманд». Фарқ ва тағйир бо банди фоизӣ; тағйири возеҳ (ғафс, * дар диаграмма) фосилае дорад, ки сифрро дар бар намегирад.</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>The folder %1 does not exist. If it is on a USB stick, check that the stick is plugged in, or choose another folder.</source>
        <translation>Ҷузвдони %1 вуҷуд надорад. Агар он дар флешка бошад, санҷед, ки флешка пайваст аст, ё ҷузвдони дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: it is read-only or you may not write there. Choose another folder.</source>
        <translation>Ба ҷузвдони %1 навиштан ғайриимкон аст: он танҳо барои хондан аст ё шумо иҷозати навиштан надоред. Ҷузвдони дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn. Nothing was saved.</source>
        <translation>PDF сохта нашуд. Ҳеҷ чиз нигоҳ дошта нашуд.</translation>
    </message>
    <message>
        <source>Could not finish writing %1 (%2). Nothing was saved: check the disk or the USB stick and try again.</source>
        <translation>Навиштани %1 ба охир нарасид (%2). Ҳеҷ чиз нигоҳ дошта нашуд: диск ё флешкаро санҷед ва аз нав кӯшиш кунед.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name for the %2.</source>
        <extracomment>%2 is the kind of file: PDF or ODT</extracomment>
        <translation>%1 ҷузвдон аст. Барои %2 номи файлро диҳед.</translation>
    </message>
    <message>
        <source>The ODT could not be written. Nothing was saved.</source>
        <translation>ODT навишта нашуд. Ҳеҷ чиз нигоҳ дошта нашуд.</translation>
    </message>
</context>
<context>
    <name>EncryptedCopy</name>
    <message>
        <source>The folder %1 does not exist. Insert the stick or choose another folder.</source>
        <translation>Ҷузвдони %1 вуҷуд надорад. Флешкаро пайваст кунед ё ҷузвдони дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>Type the exchange passphrase first: the copy is locked with it.</source>
        <translation>Аввал ибораи махфии мубодиларо нависед: нусха бо он қулф карда мешавад.</translation>
    </message>
    <message>
        <source>There is not enough memory to lock the copy. Close other programs and try again.</source>
        <translation>Барои қулф кардани нусха хотира намерасад. Барномаҳои дигарро пӯшед ва аз нав кӯшиш кунед.</translation>
    </message>
    <message>
        <source>The copy could not be written to %1 (%2). Check that the stick is not full or write-protected.</source>
        <translation>Нусха ба %1 навишта нашуд (%2). Санҷед, ки флешка пур нест ва аз навиштан ҳифз нашудааст.</translation>
    </message>
    <message>
        <source>The copy on %1 does not read back as it was written. Try another stick.</source>
        <translation>Нусхае, ки ба %1 навишта шуд, ҳангоми санҷиш бо аслаш мувофиқ наомад. Флешкаи дигарро истифода баред.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Hamkori. Install the newer Hamkori to restore it.</source>
        <translation>Файли %1 бо версияи навтари Hamkori сохта шудааст. Барои барқарор кардани он версияи навтари Hamkori-ро насб кунед.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the copy. Close other programs and try again.</source>
        <translation>Барои кушодани нусха хотира намерасад. Барномаҳои дигарро пӯшед ва аз нав кӯшиш кунед.</translation>
    </message>
    <message>
        <source>%1 was locked with a different exchange passphrase. Type the passphrase that was set when the copy was made.</source>
        <translation>Файли %1 бо ибораи махфии мубодилаи дигар қулф карда шудааст. Ибораи махфиеро нависед, ки ҳангоми сохтани нусха муқаррар шуда буд.</translation>
    </message>
    <message>
        <source>%1 is damaged or was not copied whole. Copy it again from the stick.</source>
        <translation>Файли %1 вайрон шудааст ё пурра нусха бардошта нашудааст. Онро аз флешка аз нав нусха бардоред.</translation>
    </message>
    <message>
        <source>The snapshot for the copy could not be read (%1). Free some disk space and try again.</source>
        <translation>Нусхаи лаҳзаинаи файл барои нусха хонда нашуд (%1). Дар диск ҷой холӣ кунед ва боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check that the stick is inserted and try again.</source>
        <translation>Файли %1 хонда намешавад (%2). Санҷед, ки флешка пайваст аст, ва боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted copy of a Hamkori data file. Choose a file named hamkori-copy-….hkcopy.</source>
        <translation>Файли %1 нусхаи рамзгузоришудаи файли маълумоти Hamkori нест. Файлеро интихоб кунед, ки номаш hamkori-copy-….hkcopy аст.</translation>
    </message>
    <message>
        <source>%1 is damaged: its key settings are outside what Hamkori accepts. Copy it again from the laptop that made it.</source>
        <translation>Файли %1 вайрон шудааст: танзимоти калиди он берун аз он аст, ки Hamkori қабул мекунад. Онро аз ноутбуке, ки сохтааст, аз нав нусха бардоред.</translation>
    </message>
    <message>
        <source>The copy could not be opened here (%1). Free some disk space and try again.</source>
        <translation>Нусха дар ин ҷо кушода нашуд (%1). Дар диск ҷой холӣ кунед ва боз кӯшиш кунед.</translation>
    </message>
</context>
<context>
    <name>EntryProof</name>
    <message>
        <source>The bundle gives another key for the laptop that made it than the one this laptop knows: it was made to write in that laptop&apos;s name.</source>
        <translation>Бастаи маълумот барои ноутбуке, ки ин тағйиротро кардааст, калиди дигар медиҳад, на он калиде, ки ин ноутбук медонад: он барои навиштан аз номи он ноутбук сохта шудааст.</translation>
    </message>
    <message>
        <source>The bundle does not give the key of the laptop that made it, so it cannot be checked.</source>
        <translation>Бастаи маълумот калиди ноутбукеро, ки онро кардааст, намедиҳад, бинобар ин онро санҷидан мумкин нест.</translation>
    </message>
    <message>
        <source>It carries no signature of the laptop that made it (it was passed on by a Hamkori that did not sign changes).</source>
        <translation>Он имзои ноутбукеро, ки онро кардааст, надорад (онро Hamkori-е интиқол додааст, ки тағйиротро имзо намекард).</translation>
    </message>
    <message>
        <source>Its signature is not that of the laptop named as its author: it was altered or made in that laptop&apos;s name.</source>
        <translation>Имзои он имзои ноутбуке нест, ки ҳамчун муаллифаш номбар шудааст: он тағйир дода шудааст ё аз номи он ноутбук сохта шудааст.</translation>
    </message>
    <message>
        <source>These changes could not be proven to come from the laptop named as their author, so they were neither applied nor kept. Changes passed on by a laptop with an older Hamkori arrive once the laptop that made them exports with this version; anything else was made in another laptop&apos;s name: tell your coordinator which stick it was.</source>
        <translation>Исбот кардан нашуд, ки ин тағйирот аз ноутбуке омадааст, ки ҳамчун муаллифашон номбар шудааст, бинобар ин онҳо на татбиқ ва на нигоҳ дошта шуданд. Тағйироте, ки ноутбуки дорои Hamkori-и кӯҳна интиқол додааст, вақте мерасад, ки ноутбуки сохтаи онҳо бо ин версия содирот кунад; боқимонда аз номи ноутбуки дигар сохта шудааст: ба ҳамоҳангсоз бигӯед, ки ин кадом флешка буд.</translation>
    </message>
</context>
<context>
    <name>EquipmentCondition</name>
    <message>
        <source>Good</source>
        <translation>Хуб</translation>
    </message>
    <message>
        <source>Needs repair</source>
        <translation>Таъмир лозим</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Корношоям</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>The history of the field «%1» cannot be erased: only text fields of concerns and fields that can name a person can.</source>
        <translation>Таърихи майдони «%1»-ро пок кардан мумкин нест: танҳо майдонҳои матнии мушкилот ва майдонҳое, ки метавонанд шахсро номбар кунанд, пок карда мешаванд.</translation>
    </message>
    <message>
        <source>The erasure could not start. Nothing was changed.</source>
        <translation>Пок кардан оғоз нашуд. Ҳеҷ чиз тағйир дода нашуд.</translation>
    </message>
    <message>
        <source>The field «%1» has no earlier value to erase: only the value shown now is kept here.</source>
        <translation>Майдони «%1» қимати пешинае барои пок кардан надорад: дар ин ҷо танҳо қимати ҳозира нишондодашуда нигоҳ дошта мешавад.</translation>
    </message>
</context>
<context>
    <name>EventColumns</name>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Гурӯҳ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Рӯзи аввал</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Рӯзи охир</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Маҳал</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Марказ</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Ташкилкунандагон</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Мавзӯъҳо</translation>
    </message>
    <message>
        <source>Participants named</source>
        <translation>Иштирокчиён бо ном</translation>
    </message>
    <message>
        <source>Participants counted</source>
        <translation>Иштирокчиён бе ном (шумора)</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Занон</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мардон</translation>
    </message>
    <message>
        <source>Test sheets</source>
        <translation>Варақаҳои санҷиш</translation>
    </message>
    <message>
        <source>Average score before (%)</source>
        <translation>Холи миёна пеш аз омӯзиш (%)</translation>
    </message>
    <message>
        <source>Average score after (%)</source>
        <translation>Холи миёна баъд аз омӯзиш (%)</translation>
    </message>
    <message>
        <source>Average gain (percentage points)</source>
        <translation>Афзоиши миёна (банди фоизӣ)</translation>
    </message>
    <message>
        <source>Feedback sheets</source>
        <translation>Варақаҳои фикру мулоҳиза</translation>
    </message>
    <message>
        <source>Average feedback (1–5)</source>
        <translation>Баҳои миёна дар варақаҳои фикру мулоҳиза (1–5)</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Training</source>
        <translation>Омӯзиш</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Мизи мудаввар</translation>
    </message>
    <message>
        <source>Learning or exchange visit</source>
        <translation>Сафари омӯзишӣ ё табодули таҷриба</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференсия</translation>
    </message>
    <message>
        <source>Information session</source>
        <translation>Сӯҳбати иттилоотӣ</translation>
    </message>
    <message>
        <source>Police reporting day</source>
        <translation>Рӯзи ҳисоботдиҳии милитсия</translation>
    </message>
    <message>
        <source>Awareness event</source>
        <translation>Аксияи огоҳсозӣ</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>This event no longer exists; it may have been deleted.</source>
        <translation>Ин рӯйдод дигар вуҷуд надорад; шояд нест карда шудааст.</translation>
    </message>
    <message>
        <source>This participant is no longer on the event&apos;s list.</source>
        <translation>Ин иштирокчӣ дигар дар рӯйхати рӯйдод нест.</translation>
    </message>
    <message>
        <source>These counted participants no longer exist.</source>
        <translation>Ин иштирокчиёни шумурдашуда дигар вуҷуд надоранд.</translation>
    </message>
    <message>
        <source>This trainer is no longer on the event.</source>
        <translation>Ин тренер дигар дар рӯйдод нест.</translation>
    </message>
    <message>
        <source>This test sheet no longer exists.</source>
        <translation>Ин варақаи санҷиш дигар вуҷуд надорад.</translation>
    </message>
    <message>
        <source>This feedback sheet no longer exists.</source>
        <translation>Ин варақаи фикру мулоҳиза дигар вуҷуд надорад.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Ин пайгирӣ дигар вуҷуд надорад.</translation>
    </message>
    <message>
        <source>Choose the group that held or recorded the event.</source>
        <translation>Гурӯҳеро, ки рӯйдодро гузаронд ё сабт кард, интихоб кунед.</translation>
    </message>
    <message>
        <source>Enter the title of the event.</source>
        <translation>Номи рӯйдодро ворид кунед.</translation>
    </message>
    <message>
        <source>Enter the first day of the event as dd.MM.yyyy.</source>
        <translation>Рӯзи аввали рӯйдодро дар шакли dd.MM.yyyy ворид кунед.</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first day (%2).</source>
        <translation>Рӯзи охирин (%1) пеш аз рӯзи аввал (%2) аст.</translation>
    </message>
    <message>
        <source>The community policing centre chosen no longer exists. Choose another one.</source>
        <translation>Маркази ҳамкории милитсия ва ҷомеаи интихобшуда дигар вуҷуд надорад. Дигарашро интихоб кунед.</translation>
    </message>
    <message>
        <source>The highest test score must be at least 1.</source>
        <translation>Холи баландтарини санҷиш бояд на камтар аз 1 бошад.</translation>
    </message>
    <message>
        <source>A feedback sheet can have at most %1 questions; this one has %2. Join or remove some.</source>
        <translation>Варақаи фикру мулоҳиза на бештар аз %1 савол дошта метавонад; дар ин варақа %2 савол аст. Баъзеашонро якҷоя ё хориҷ кунед.</translation>
    </message>
    <message>
        <source>The activity chosen is not in the action plan chosen. Choose the plan first, then one of its activities.</source>
        <translation>Чорабинии интихобшуда дар нақшаи чорабиниҳои интихобшуда нест. Аввал нақшаро, баъд яке аз чорабиниҳои онро интихоб кунед.</translation>
    </message>
    <message>
        <source>An organiser chosen is no longer in the directory. Choose the organisers again.</source>
        <translation>Яке аз ташкилкунандагони интихобшуда дигар дар маълумотнома нест. Ташкилкунандагонро аз нав интихоб кунед.</translation>
    </message>
    <message>
        <source>Enter the participant&apos;s name, or choose a member.</source>
        <translation>Номи иштирокчиро ворид кунед ё узвро интихоб кунед.</translation>
    </message>
    <message>
        <source>People from «%1» are already counted for this event. Change that row instead.</source>
        <translation>Намояндагони «%1» барои ин рӯйдод аллакай шумурда шудаанд. Ҳамон сатрро тағйир диҳед.</translation>
    </message>
    <message>
        <source>Enter the trainer&apos;s name.</source>
        <translation>Номи тренерро ворид кунед.</translation>
    </message>
    <message>
        <source>The organisation chosen is no longer in the directory. Choose another one, or type its name.</source>
        <translation>Ташкилоти интихобшуда дигар дар маълумотнома нест. Дигарашро интихоб кунед ё номашро нависед.</translation>
    </message>
    <message>
        <source>Sheet %1 is already entered for this event. Give this sheet its own number.</source>
        <translation>Варақаи %1 барои ин рӯйдод аллакай ворид шудааст. Ба ин варақа рақами худашро диҳед.</translation>
    </message>
    <message>
        <source>Enter the score before the training, after it, or both.</source>
        <translation>Холро пеш аз омӯзиш, пас аз он ё ҳардуро ворид кунед.</translation>
    </message>
    <message>
        <source>A score of %1 is above the test&apos;s highest score, %2. Check the sheet, or the highest score of the event.</source>
        <translation>Холи %1 аз холи баландтарини санҷиш, %2, зиёд аст. Варақа ё холи баландтарини рӯйдодро санҷед.</translation>
    </message>
    <message numerus="yes">
        <source>The sheet answers question %1, but the event has %n question(s).</source>
        <translation>
            <numerusform>Дар варақа ба саволи %1 ҷавоб дода шудааст, вале рӯйдод %Ln савол дорад.</numerusform>
            <numerusform>Дар варақа ба саволи %1 ҷавоб дода шудааст, вале рӯйдод %Ln савол дорад.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet has no answer and no comment. Enter its answers 1–5.</source>
        <translation>Дар варақа на ҷавоб ҳаст, на шарҳ. Ҷавобҳои онро аз 1 то 5 ворид кунед.</translation>
    </message>
    <message>
        <source>Enter the date of the follow-up as dd.MM.yyyy.</source>
        <translation>Санаи пайгириро дар шакли dd.MM.yyyy ворид кунед.</translation>
    </message>
    <message>
        <source>Write what was done to follow the event up.</source>
        <translation>Нависед, ки барои пайгирии рӯйдод чӣ кор карда шуд.</translation>
    </message>
    <message>
        <source>There is no event with the code %1.</source>
        <translation>Рӯйдод бо рамзи %1 нест.</translation>
    </message>
    <message numerus="yes">
        <source>%n events have the code %1 (their teams share a code): ids %2. Name the event by its id instead.</source>
        <translation>
            <numerusform>%Ln рӯйдод рамзи %1 доранд (гурӯҳҳояшон як рамз доранд): id-ҳо %2. Ба ҷои рамз рӯйдодро бо id-и он нишон диҳед.</numerusform>
            <numerusform>%Ln рӯйдод рамзи %1 доранд (гурӯҳҳояшон як рамз доранд): id-ҳо %2. Ба ҷои рамз рӯйдодро бо id-и он нишон диҳед.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>No bundle from the laptop %1 was ever imported here, so what it lacks is not known. Export for any laptop instead.</source>
        <translation>Аз ноутбуки %1 ҳеҷ гоҳ ба ин ҷо бастаи маълумот ворид карда нашудааст, бинобар ин маълум нест, ки ба он чӣ намерасад. Ба ҷои ин барои ҳар ноутбук содирот кунед.</translation>
    </message>
    <message>
        <source>The bundle written to %1 could not be read back; it was removed. Check the stick and export again.</source>
        <translation>Бастаи маълумоти ба %1 навишташударо аз нав хондан нашуд; он нест карда шуд. Флешкаро санҷед ва аз нав содирот кунед.</translation>
    </message>
</context>
<context>
    <name>FieldValueCheck</name>
    <message>
        <source>“%1” cannot be left empty.</source>
        <translation>«%1» набояд холӣ монад.</translation>
    </message>
    <message>
        <source>“%1” must be a date; “%2” is not one.</source>
        <translation>«%1» бояд сана бошад; «%2» сана нест.</translation>
    </message>
    <message>
        <source>“%1” must be a number from %2 to %3; %4 is not.</source>
        <translation>«%1» бояд рақам аз %2 то %3 бошад; %4 ин тавр нест.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number; %2 is not.</source>
        <translation>«%1» бояд адади бутун бошад; %2 адади бутун нест.</translation>
    </message>
    <message>
        <source>“%1” cannot be “%2”: choose one of the values in the list.</source>
        <translation>«%1» наметавонад «%2» бошад: яке аз қиматҳои рӯйхатро интихоб кунед.</translation>
    </message>
    <message>
        <source>“%1” is kept by Hamkori itself and cannot be changed.</source>
        <translation>«%1»-ро худи Hamkori нигоҳ медорад ва онро тағйир додан мумкин нест.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
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
    <message>
        <source>Not known</source>
        <translation>Маълум нест</translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <source>Community police partnership team</source>
        <translation>Гурӯҳи ҳамкории милитсия ва ҷомеа</translation>
    </message>
    <message>
        <source>Public council</source>
        <translation>Шӯрои ҷамъиятӣ</translation>
    </message>
    <message>
        <source>Inter-agency working group</source>
        <translation>Гурӯҳи кории байниидоравӣ</translation>
    </message>
    <message>
        <source>Women&apos;s initiative group</source>
        <translation>Гурӯҳи ташаббускори занон</translation>
    </message>
    <message>
        <source>Youth initiative group</source>
        <translation>Гурӯҳи ташаббускори ҷавонон</translation>
    </message>
    <message>
        <source>Network of civil society organisations</source>
        <translation>Шабакаи ташкилотҳои ҷомеаи шаҳрвандӣ</translation>
    </message>
</context>
<context>
    <name>GroupScope</name>
    <message>
        <source>All teams</source>
        <translation>Ҳамаи гурӯҳҳо</translation>
    </message>
    <message>
        <source>All partnership teams</source>
        <translation>Ҳамаи гурӯҳҳои ҳамкории милитсия ва ҷомеа</translation>
    </message>
    <message>
        <source>All public councils</source>
        <translation>Ҳамаи шӯроҳои ҷамъиятӣ</translation>
    </message>
    <message>
        <source>All inter-agency working groups</source>
        <translation>Ҳамаи гурӯҳҳои кории байниидоравӣ</translation>
    </message>
    <message>
        <source>All women&apos;s initiative groups</source>
        <translation>Ҳамаи гурӯҳҳои ташаббускори занон</translation>
    </message>
    <message>
        <source>All youth initiative groups</source>
        <translation>Ҳамаи гурӯҳҳои ташаббускори ҷавонон</translation>
    </message>
    <message>
        <source>All networks of civil society organisations</source>
        <translation>Ҳамаи шабакаҳои ташкилотҳои ҷомеаи шаҳрвандӣ</translation>
    </message>
</context>
<context>
    <name>KeyLock</name>
    <message>
        <source>This data file&apos;s signing key is locked with another exchange passphrase: the one in use when it last exported. Give that earlier passphrase once; the key is then locked with the current one. Nothing was written.</source>
        <translation>Калиди имзои ин файли маълумот бо ибораи махфии мубодилаи дигар қулф карда шудааст: бо ибораи махфие, ки ҳангоми охирин содироти он истифода мешуд. Он ибораи пешинаро як бор нишон диҳед; баъд калид бо ибораи ҷорӣ қулф карда мешавад. Ҳеҷ чиз навишта нашуд.</translation>
    </message>
    <message>
        <source>There was not enough memory to turn the exchange passphrase into a key. Close other programs and try again.</source>
        <translation>Барои табдил додани ибораи махфии мубодила ба калид хотира нарасид. Барномаҳои дигарро пӯшед ва аз нав кӯшиш кунед.</translation>
    </message>
    <message>
        <source>This laptop&apos;s signing key is damaged and cannot be read. Restore the data file from a backup.</source>
        <translation>Калиди имзои ин ноутбук вайрон шудааст ва хонда намешавад. Файли маълумотро аз нусхаи эҳтиётӣ барқарор кунед.</translation>
    </message>
    <message>
        <source>The export could not start. Nothing was written.</source>
        <translation>Содирот оғоз нашуд. Ҳеҷ чиз навишта нашуд.</translation>
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
    <message>
        <source>Save a picture of every page into &lt;folder&gt; at 1366×768 and quit.</source>
        <translation>Нигоҳ доштани тасвири ҳар саҳифа бо андозаи 1366×768 дар &lt;ҷузвдон&gt; ва баромадан.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ҷузвдон</translation>
    </message>
    <message>
        <source>Paint the main window once and quit.</source>
        <translation>Як бор кашидани тирезаи асосӣ ва баромадан.</translation>
    </message>
    <message>
        <source>The backup was restored. The data file as it was before is kept as a backup. Import the latest bundles from the other laptops to get back what was made since that backup.</source>
        <translation>Нусхаи эҳтиётӣ барқарор карда шуд. Файли маълумоти пешина ҳамчун нусхаи эҳтиётӣ нигоҳ дошта шуд. Барои баргардонидани он чи пас аз сохтани ин нусхаи эҳтиётӣ ба вуҷуд омадааст, бастаҳои маълумоти охиринро аз ноутбукҳои дигар ворид кунед.</translation>
    </message>
    <message>
        <source>hamkori: there is no display to show the window on. On a machine without a screen, run it in a virtual one: %1</source>
        <translation>hamkori: экране нест, ки тиреза дар он нишон дода шавад. Дар компютери бе экран онро дар экрани маҷозӣ оғоз кунед: %1</translation>
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
    <message numerus="yes">
        <source>%n meetings have the code %1 (their teams share a code): ids %2. Name the meeting by its id instead.</source>
        <translation>
            <numerusform>%Ln вохӯрӣ рамзи %1 доранд (гурӯҳҳои онҳо як рамз доранд): идентификаторҳо %2. Ба ҷои он вохӯриро бо идентификатораш нишон диҳед.</numerusform>
            <numerusform>%Ln вохӯрӣ рамзи %1 доранд (гурӯҳҳои онҳо як рамз доранд): идентификаторҳо %2. Ба ҷои он вохӯриро бо идентификатораш нишон диҳед.</numerusform>
        </translation>
    </message>
    <message>
        <source>The community policing centre chosen no longer exists. Choose another one.</source>
        <translation>Маркази ҳамкории интихобшуда дигар вуҷуд надорад. Дигареро интихоб кунед.</translation>
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
    <name>Merge</name>
    <message>
        <source>The change is about an unknown kind of record «%1».</source>
        <translation>Тағйирот ба навъи номаълуми сабт «%1» дахл дорад.</translation>
    </message>
    <message>
        <source>The change does not say which laptop made it, or its number is not valid.</source>
        <translation>Дар тағйирот нишон дода нашудааст, ки он дар кадом ноутбук анҷом дода шудааст, ё рақами он нодуруст аст.</translation>
    </message>
    <message>
        <source>The record id «%1» is not valid.</source>
        <translation>Муайянкунандаи сабт «%1» нодуруст аст.</translation>
    </message>
    <message>
        <source>The time stamp «%1» is not valid.</source>
        <translation>Тамғаи вақти «%1» нодуруст аст.</translation>
    </message>
    <message>
        <source>The fields of the new record could not be read.</source>
        <translation>Майдонҳои сабти нав хонда нашуданд.</translation>
    </message>
    <message>
        <source>Records of the kind «%1» have no field «%2».</source>
        <translation>Сабтҳои навъи «%1» майдони «%2» надоранд.</translation>
    </message>
    <message>
        <source>This laptop already holds a different change with the same number from that laptop.</source>
        <translation>Дар ин ноутбук аллакай тағйироти дигаре бо ҳамин рақам аз он ноутбук ҳаст.</translation>
    </message>
    <message>
        <source>The change could not be applied (%1).</source>
        <translation>Тағйиротро татбиқ кардан нашуд (%1).</translation>
    </message>
    <message>
        <source>%1 %2, field «%3»: %4</source>
        <translation>%1 %2, майдони «%3»: %4</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>сабти нав</translation>
    </message>
    <message>
        <source>The import could not start. Nothing was changed.</source>
        <translation>Воридотро оғоз кардан нашуд. Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>This conflict was already resolved, here or on another laptop. Nothing was changed.</source>
        <translation>Ин ихтилоф аллакай дар ин ҷо ё дар ноутбуки дигар ҳал шудааст. Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>The choice could not be saved. Nothing was changed.</source>
        <translation>Интихобро нигоҳ доштан нашуд. Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>This bundle comes from a laptop not yet trusted here (device %1, fingerprint %2). Nothing of it was applied. Ask the sender to read you the fingerprint their laptop shows under Settings; when it is the same, import the bundle again and trust the laptop.</source>
        <translation>Ин бастаи маълумот аз ноутбуке омадааст, ки ба он ҳоло дар ин ҷо эътимод карда нашудааст (дастгоҳи %1, изи рақамӣ %2). Ҳеҷ чизи он татбиқ нашуд. Аз фиристанда хоҳиш кунед, ки изи рақамиеро, ки ноутбуки ӯ дар Танзимот нишон медиҳад, ба шумо хонад; агар якхела бошад, бастаро аз нав ворид кунед ва ба ноутбук эътимод кунед.</translation>
    </message>
    <message>
        <source>These changes are damaged or were made by a newer Hamkori (an unknown kind of record or field, or an id or time stamp that is not valid). Install the newest Hamkori on every laptop and exchange again.</source>
        <translation>Ин тағйирот вайрон шудаанд ё бо версияи навтари Hamkori сохта шудаанд (навъ ё майдони номаълуми сабт, муайянкунанда ё тамғаи вақти нодуруст). Версияи навтарини Hamkori-ро дар ҳамаи ноутбукҳо насб кунед ва аз нав мубодила кунед.</translation>
    </message>
    <message>
        <source>Another change with the same number from the same laptop is already here: the two laptops once worked on copies of one data file. Both changes are kept; tell the coordinator.</source>
        <translation>Дар ин ҷо аллакай тағйироти дигаре бо ҳамин рақам аз ҳамон ноутбук ҳаст: ин ду ноутбук замоне бо нусхаҳои як файли маълумот кор мекарданд. Ҳарду тағйирот нигоҳ дошта шуданд; ба ҳамоҳангсоз хабар диҳед.</translation>
    </message>
    <message>
        <source>damaged, or from a newer Hamkori</source>
        <translation>вайрон ё аз Hamkori-и навтар</translation>
    </message>
    <message>
        <source>numbered twice by one laptop</source>
        <translation>як ноутбук ду бор бо як рақам рақамгузорӣ кардааст</translation>
    </message>
    <message>
        <source>waits for the record it belongs to</source>
        <translation>сабтеро интизор аст, ки ба он тааллуқ дорад</translation>
    </message>
    <message>
        <source>It is stamped %1, more than three years after this laptop&apos;s date.</source>
        <translation>Санаи он %1 аст, ки беш аз се сол баъд аз санаи ин ноутбук мебошад.</translation>
    </message>
    <message>
        <source>These changes carry a date years ahead: the clock of the laptop that made them is wrong, or the bundle was made to harm. Check the date and time on that laptop. They stay here, set aside, and apply when they are tried again once this laptop&apos;s date has reached theirs.</source>
        <translation>Ин тағйирот санаи чанд сол пештарро доранд: соати ноутбуке, ки онҳоро сохтааст, нодуруст аст ё бастаи маълумот барои зарар сохта шудааст. Сана ва вақтро дар он ноутбук санҷед. Онҳо дар ин ҷо мавқуф мемонанд ва вақте ки санаи ин ноутбук ба санаи онҳо мерасад, ҳангоми кӯшиши дубора татбиқ мешаванд.</translation>
    </message>
    <message>
        <source>dated years ahead</source>
        <translation>бо санаи чанд сол пеш</translation>
    </message>
    <message>
        <source>The bundle holds another, different change with the same number from the same laptop.</source>
        <translation>Дар бастаи маълумот тағйироти дигари гуногун бо ҳамон рақам аз ҳамон ноутбук ҳаст.</translation>
    </message>
    <message>
        <source>These changes could not be applied here yet, usually because a record they belong to has not arrived. They wait here and apply by themselves when an import brings it.</source>
        <translation>Ин тағйиротро дар ин ҷо ҳоло татбиқ кардан нашуд, одатан барои он ки сабте, ки онҳо ба он тааллуқ доранд, ҳанӯз нарасидааст. Онҳо дар ин ҷо интизор мемонанд ва вақте ки воридкунӣ он сабтро меорад, худ ба худ татбиқ мешаванд.</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>Trial import: nothing was saved.</source>
        <translation>Воридоти озмоишӣ: ҳеҷ чиз нигоҳ дошта нашуд.</translation>
    </message>
    <message numerus="yes">
        <source>Everything in this bundle was already here: nothing changed (%n change(s) already known).</source>
        <translation>
            <numerusform>Ҳама чизи ин бастаи маълумот аллакай дар ин ҷо буд: ҳеҷ чиз тағйир наёфт (%Ln тағйирот аллакай маълум).</numerusform>
            <numerusform>Ҳама чизи ин бастаи маълумот аллакай дар ин ҷо буд: ҳеҷ чиз тағйир наёфт (%Ln тағйирот аллакай маълум).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: new %2, updated %3, deleted %4, already known %5, conflicts %6, not applied %7.</source>
        <translation>%1: нав %2, тағйирёфта %3, нестшуда %4, аллакай маълум %5, ихтилофҳо %6, татбиқнашуда %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait in the conflict inbox for you to choose a value.</source>
        <translation>
            <numerusform>%Ln ихтилоф дар рӯйхати ихтилофҳо интизори интихоби шумост.</numerusform>
            <numerusform>%Ln ихтилоф дар рӯйхати ихтилофҳо интизори интихоби шумост.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n change(s). %1</source>
        <translation>
            <numerusform>Татбиқ нашуд: %Ln тағйирот. %1</numerusform>
            <numerusform>Татбиқ нашуд: %Ln тағйирот. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ва %Ln тағйироти дигар</numerusform>
            <numerusform>ва %Ln тағйироти дигар</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes not applied are kept: see them and try them again with &quot;hamkori-cli quarantine&quot; or on the Set aside tab of the Exchange page.</source>
        <translation>Тағйироти татбиқнашуда нигоҳ дошта мешаванд: онҳоро бо «hamkori-cli quarantine» ё дар варақаи «Тағйироти мавқуфмонда»-и саҳифаи «Мубодила» бинед ва аз нав кӯшиш кунед.</translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n change(s). %1</source>
        <translation>
            <numerusform>Рад карда шуд: %Ln тағйирот. %1</numerusform>
            <numerusform>Рад карда шуд: %Ln тағйирот. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier value(s) erased from history, as another laptop asked.</source>
        <translation>
            <numerusform>%Ln қимати пешина бо хоҳиши ноутбуки дигар аз таърих пок карда шуд.</numerusform>
            <numerusform>%Ln қимати пешина бо хоҳиши ноутбуки дигар аз таърих пок карда шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was also used on another laptop: the later one is now %2.</source>
        <translation>%1 дар ноутбуки дигар низ истифода шуда буд: сабти дертар акнун %2 аст.</translation>
    </message>
    <message numerus="yes">
        <source>%n teams now have the code %1: %2. Two laptops each made a team with it. Give one of them another code on its Team page; until then the console program needs the team&apos;s name or id instead of the code.</source>
        <translation>
            <numerusform>%Ln гурӯҳ акнун рамзи %1 доранд: %2. Ду ноутбук ҳар кадом бо он гурӯҳ сохтаанд. Ба яке аз онҳо дар саҳифаи Гурӯҳ рамзи дигар диҳед; то он вақт барномаи консолӣ ба ҷои рамз ном ё идентификатори гурӯҳро талаб мекунад.</numerusform>
            <numerusform>%Ln гурӯҳ акнун рамзи %1 доранд: %2. Ду ноутбук ҳар кадом бо он гурӯҳ сохтаанд. Ба яке аз онҳо дар саҳифаи Гурӯҳ рамзи дигар диҳед; то он вақт барномаи консолӣ ба ҷои рамз ном ё идентификатори гурӯҳро талаб мекунад.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) had been given on two laptops to different records; the later record took the next free number:</source>
        <translation>
            <numerusform>%Ln рамз дар ду ноутбук ба сабтҳои гуногун дода шуда буд; сабти дертар рақами озоди навбатиро гирифт:</numerusform>
            <numerusform>%Ln рамз дар ду ноутбук ба сабтҳои гуногун дода шуда буд; сабти дертар рақами озоди навбатиро гирифт:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in this bundle are beyond what Hamkori accepts when typed (a figure typed twice, or made by another version). They were kept, as on the laptop that sent them; check them and correct them there or here:</source>
        <translation>
            <numerusform>%Ln қимат дар ин бастаи маълумот аз ҳадди он чи Hamkori ҳангоми ворид кардан қабул мекунад, берун аст (рақами ду бор навишташуда ё сохтаи версияи дигар). Онҳо, мисли ноутбуки фиристанда, нигоҳ дошта шуданд; онҳоро санҷед ва дар он ҷо ё дар ин ҷо ислоҳ кунед:</numerusform>
            <numerusform>%Ln қимат дар ин бастаи маълумот аз ҳадди он чи Hamkori ҳангоми ворид кардан қабул мекунад, берун аст (рақами ду бор навишташуда ё сохтаи версияи дигар). Онҳо, мисли ноутбуки фиристанда, нигоҳ дошта шуданд; онҳоро санҷед ва дар он ҷо ё дар ин ҷо ислоҳ кунед:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <source>Civil society organisation</source>
        <translation>Ташкилоти ҷомеаи шаҳрвандӣ</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мақоми давлатӣ</translation>
    </message>
    <message>
        <source>Police unit</source>
        <translation>Воҳиди милитсия</translation>
    </message>
    <message>
        <source>International agency</source>
        <translation>Созмони байналмилалӣ</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Воситаи ахбори омма</translation>
    </message>
    <message>
        <source>Religious institution</source>
        <translation>Муассисаи динӣ</translation>
    </message>
    <message>
        <source>School or college</source>
        <translation>Мактаб ё коллеҷ</translation>
    </message>
    <message>
        <source>Health facility</source>
        <translation>Муассисаи тиббӣ</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Соҳибкорӣ</translation>
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
    <name>ParticipantRole</name>
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
        <source>Civil society</source>
        <translation>Ҷомеаи шаҳрвандӣ</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Аҳолӣ</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The exchange passphrase is too short: use at least %1 characters, for example three or four words.</source>
        <translation>Ибораи махфии мубодила хеле кӯтоҳ аст: на камтар аз %1 аломат истифода баред, масалан се ё чор калима.</translation>
    </message>
    <message>
        <source>The exchange passphrase repeats too few characters: use a few words that are not easy to guess.</source>
        <translation>Дар ибораи махфии мубодила аломатҳои гуногун хеле каманд: якчанд калимаеро истифода баред, ки тахмин кардани онҳо осон нест.</translation>
    </message>
    <message>
        <source>The cryptography library could not be started. Reinstall Hamkori.</source>
        <translation>Китобхонаи рамзгузорӣ оғоз нашуд. Hamkori-ро аз нав насб кунед.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the exchange passphrase. Close other programs and try again.</source>
        <translation>Барои ҳифз кардани ибораи махфии мубодила хотира намерасид. Барномаҳои дигарро пӯшед ва аз нав кӯшиш кунед.</translation>
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
    <message>
        <source>«%1», id %2</source>
        <translation>«%1», идентификатор %2</translation>
    </message>
    <message numerus="yes">
        <source>%n action plans have the code %1 (their teams share a code): %2. Name the plan by its id instead.</source>
        <translation>
            <numerusform>%Ln нақшаи чорабиниҳо рамзи %1 доранд (гурӯҳҳои онҳо як рамз доранд): %2. Ба ҷои он нақшаро бо идентификатораш нишон диҳед.</numerusform>
            <numerusform>%Ln нақшаи чорабиниҳо рамзи %1 доранд (гурӯҳҳои онҳо як рамз доранд): %2. Ба ҷои он нақшаро бо идентификатораш нишон диҳед.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation chosen is no longer in the directory. Choose another one.</source>
        <translation>Ташкилоти интихобшуда дигар дар маълумотнома нест. Дигареро интихоб кунед.</translation>
    </message>
    <message>
        <source>A progress update is carried out by one event or one campaign, not both. Choose one of them.</source>
        <translation>Як қайди пешрафт аз ҷониби як рӯйдод ё як маърака иҷро мешавад, на ҳардуяш. Яке аз онҳоро интихоб кунед.</translation>
    </message>
    <message>
        <source>The event chosen is not one of this team&apos;s, or no longer exists. Choose another one.</source>
        <translation>Рӯйдоди интихобшуда аз ин гурӯҳ нест ё дигар вуҷуд надорад. Дигарашро интихоб кунед.</translation>
    </message>
    <message>
        <source>The campaign chosen is not one of this team&apos;s, or no longer exists. Choose another one.</source>
        <translation>Маъракаи интихобшуда аз ин гурӯҳ нест ё дигар вуҷуд надорад. Дигарашро интихоб кунед.</translation>
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
    <name>Plausibility</name>
    <message>
        <source>More is spent (%1) than the activity&apos;s budget (%2). Check the amounts; if the budget grew, change it too.</source>
        <translation>Харҷ (%1) аз буҷаи чорабинӣ (%2) зиёд аст. Маблағҳоро санҷед; агар буҷа афзуда бошад, онро низ тағйир диҳед.</translation>
    </message>
    <message>
        <source>This date is before the activity starts (%1). Check the date.</source>
        <translation>Ин сана пеш аз оғози чорабинӣ (%1) аст. Санаро санҷед.</translation>
    </message>
    <message>
        <source>The meeting is more than a year ahead (%1). Check the year.</source>
        <translation>То вохӯрӣ (%1) зиёда аз як сол мондааст. Солро санҷед.</translation>
    </message>
    <message>
        <source>Concerns first raised at this meeting are dated %1, before the meeting. Check the date of the meeting or of the concerns.</source>
        <translation>Мушкилоте, ки бори аввал дар ин вохӯрӣ баён шудаанд, санаи %1 доранд, яъне пеш аз вохӯрӣ. Санаи вохӯрӣ ё санаи мушкилотро санҷед.</translation>
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
    <name>Questionnaire</name>
    <message>
        <source>Very safe</source>
        <translation>Хеле бехатар</translation>
    </message>
    <message>
        <source>Fairly safe</source>
        <translation>Нисбатан бехатар</translation>
    </message>
    <message>
        <source>A bit unsafe</source>
        <translation>Каме нобехатар</translation>
    </message>
    <message>
        <source>Very unsafe</source>
        <translation>Хеле нобехатар</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ҳа</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>How safe do you feel walking alone in your area during the day?</source>
        <translation>Вақте ки рӯзона дар маҳаллаи худ танҳо роҳ меравед, худро то чӣ андоза бехатар ҳис мекунед?</translation>
    </message>
    <message>
        <source>How safe do you feel walking alone in your area after dark?</source>
        <translation>Вақте ки пас аз торикӣ дар маҳаллаи худ танҳо роҳ меравед, худро то чӣ андоза бехатар ҳис мекунед?</translation>
    </message>
    <message>
        <source>If you feel unsafe, what are the main reasons?</source>
        <translation>Агар худро нобехатар ҳис кунед, сабабҳои асосӣ кадомҳоянд?</translation>
    </message>
    <message>
        <source>Poor street lighting</source>
        <translation>Равшании сусти кӯчаҳо</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Машрубот ва маводи мухаддир</translation>
    </message>
    <message>
        <source>Groups of young men in the street</source>
        <translation>Гурӯҳҳои ҷавонмардон дар кӯча</translation>
    </message>
    <message>
        <source>Violence in families</source>
        <translation>Зӯроварӣ дар оила</translation>
    </message>
    <message>
        <source>Road traffic</source>
        <translation>Ҳаракати нақлиёт</translation>
    </message>
    <message>
        <source>Disputes between neighbours or villages</source>
        <translation>Баҳсҳо байни ҳамсояҳо ё деҳаҳо</translation>
    </message>
    <message>
        <source>Too few police patrols</source>
        <translation>Посбонии ками милитсия</translation>
    </message>
    <message>
        <source>Stray dogs</source>
        <translation>Сагҳои бесоҳиб</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Сабабҳои дигар</translation>
    </message>
    <message>
        <source>What are the three biggest safety concerns in your community?</source>
        <translation>Се мушкилоти калонтарини бехатарӣ дар ҷомеаи шумо кадомҳоянд?</translation>
    </message>
    <message>
        <source>How much do you trust the local police?</source>
        <translation>Ба милитсияи маҳаллӣ то чӣ андоза эътимод доред?</translation>
    </message>
    <message>
        <source>Fully</source>
        <translation>Пурра</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>Асосан</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Каме</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Тамоман не</translation>
    </message>
    <message>
        <source>If you had a safety problem, whom would you go to first?</source>
        <translation>Агар шумо мушкилоти бехатарӣ дошта бошед, пеш аз ҳама ба кӣ муроҷиат мекунед?</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>Милитсия</translation>
    </message>
    <message>
        <source>The jamoat</source>
        <translation>Ҷамоат</translation>
    </message>
    <message>
        <source>Elders or the mahalla committee</source>
        <translation>Мӯйсафедон ё кумитаи маҳалла</translation>
    </message>
    <message>
        <source>A religious leader</source>
        <translation>Пешвои динӣ</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Оила</translation>
    </message>
    <message>
        <source>The partnership team</source>
        <translation>Гурӯҳи ҳамкорӣ</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ба ҳеҷ кас</translation>
    </message>
    <message>
        <source>Have you been in contact with the police in the last 12 months?</source>
        <translation>Дар 12 моҳи охир бо милитсия сарукор доштед?</translation>
    </message>
    <message>
        <source>If so, how satisfied were you with how the police dealt with you?</source>
        <translation>Агар ҳа, аз муносибати милитсия бо шумо то чӣ андоза қонеъ будед?</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Хеле қонеъ</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Нисбатан қонеъ</translation>
    </message>
    <message>
        <source>Not very satisfied</source>
        <translation>Чандон қонеъ не</translation>
    </message>
    <message>
        <source>Not at all satisfied</source>
        <translation>Тамоман қонеъ не</translation>
    </message>
    <message>
        <source>Have you or your household been the victim of a crime in the last 12 months?</source>
        <translation>Оё дар 12 моҳи охир шумо ё аъзои хонаводаатон қурбонии ҷиноят шудаед?</translation>
    </message>
    <message>
        <source>If so, did you report it to the police?</source>
        <translation>Агар ҳа, оё ба милитсия хабар додед?</translation>
    </message>
    <message>
        <source>Do you know the community partnership team or the public council in your area?</source>
        <translation>Оё шумо гурӯҳи ҳамкории милитсия ва ҷомеа ё шӯрои ҷамъиятии маҳаллаи худро мешиносед?</translation>
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
    <name>RecordCatalogue</name>
    <message>
        <source>identifier</source>
        <translation>муайянкунанда</translation>
    </message>
    <message>
        <source>created</source>
        <translation>сохта шуд</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>тағйир дода шуд</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>ноутбук</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>нест кардан ё нигоҳ доштан</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Маҳалҳо</translation>
    </message>
    <message>
        <source>region</source>
        <translation>вилоят</translation>
    </message>
    <message>
        <source>kind of place</source>
        <translation>навъи маҳал</translation>
    </message>
    <message>
        <source>name in English</source>
        <translation>ном бо забони англисӣ</translation>
    </message>
    <message>
        <source>name in Tajik</source>
        <translation>ном бо забони тоҷикӣ</translation>
    </message>
    <message>
        <source>name in Russian</source>
        <translation>ном бо забони русӣ</translation>
    </message>
    <message>
        <source>former names</source>
        <translation>номҳои пешина</translation>
    </message>
    <message>
        <source>List entries</source>
        <translation>Бандҳои рӯйхат</translation>
    </message>
    <message>
        <source>list</source>
        <translation>рӯйхат</translation>
    </message>
    <message>
        <source>code</source>
        <translation>рамз</translation>
    </message>
    <message>
        <source>order in the list</source>
        <translation>тартиб дар рӯйхат</translation>
    </message>
    <message>
        <source>default weight</source>
        <translation>вазни пешфарз</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Гурӯҳҳо</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ном</translation>
    </message>
    <message>
        <source>district</source>
        <translation>ноҳия</translation>
    </message>
    <message>
        <source>jamoat</source>
        <translation>ҷамоат</translation>
    </message>
    <message>
        <source>address</source>
        <translation>суроға</translation>
    </message>
    <message>
        <source>established on</source>
        <translation>санаи таъсис</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Аъзо</translation>
    </message>
    <message>
        <source>team</source>
        <translation>гурӯҳ</translation>
    </message>
    <message>
        <source>member category</source>
        <translation>категорияи узв</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>ҷинс</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>гурӯҳи синнусолӣ</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>ташкилот</translation>
    </message>
    <message>
        <source>post</source>
        <translation>вазифа</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>joined the team on</source>
        <translation>санаи ба гурӯҳ пайвастан</translation>
    </message>
    <message>
        <source>left the team on</source>
        <translation>санаи аз гурӯҳ баромадан</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Вохӯриҳо</translation>
    </message>
    <message>
        <source>kind of meeting</source>
        <translation>навъи вохӯрӣ</translation>
    </message>
    <message>
        <source>date</source>
        <translation>сана</translation>
    </message>
    <message>
        <source>place</source>
        <translation>маҳал</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>фасилитатор</translation>
    </message>
    <message>
        <source>number of the minutes</source>
        <translation>рақами суратҷаласа</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>рӯзнома</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>суратҷаласа</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>қарорҳо</translation>
    </message>
    <message>
        <source>women guests, %1</source>
        <translation>меҳмонони зан, %1</translation>
    </message>
    <message>
        <source>men guests, %1</source>
        <translation>меҳмонони мард, %1</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Иштирок</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>вохӯрӣ</translation>
    </message>
    <message>
        <source>member</source>
        <translation>узв</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>title</source>
        <translation>ном</translation>
    </message>
    <message>
        <source>description</source>
        <translation>тавсиф</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>raised by</source>
        <translation>аз ҷониби</translation>
    </message>
    <message>
        <source>meeting where it was first raised</source>
        <translation>вохӯрие, ки дар он бори аввал баён шуд</translation>
    </message>
    <message>
        <source>first raised on</source>
        <translation>санаи бори аввал баён шудан</translation>
    </message>
    <message>
        <source>source</source>
        <translation>манбаъ</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>такроршавӣ</translation>
    </message>
    <message>
        <source>status</source>
        <translation>ҳолат</translation>
    </message>
    <message>
        <source>restricted access</source>
        <translation>дастрасии маҳдуд</translation>
    </message>
    <message>
        <source>causes</source>
        <translation>сабабҳо</translation>
    </message>
    <message>
        <source>effects</source>
        <translation>оқибатҳо</translation>
    </message>
    <message>
        <source>offender</source>
        <translation>ҳуқуқвайронкунанда</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>ҷабрдида</translation>
    </message>
    <message>
        <source>place (problem triangle)</source>
        <translation>ҷой (секунҷаи таҳлили мушкилот)</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>шахси таъсиргузор ба ҳуқуқвайронкунанда</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>ҳимоятгари ҷабрдида</translation>
    </message>
    <message>
        <source>manager of the place</source>
        <translation>масъули ҷой</translation>
    </message>
    <message>
        <source>gender notes</source>
        <translation>эзоҳҳои гендерӣ</translation>
    </message>
    <message>
        <source>conflict risk</source>
        <translation>хатари низоъ</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>чораҳои коҳиш додани хатар</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>сатҳи ибтидоӣ</translation>
    </message>
    <message>
        <source>baseline description</source>
        <translation>тавсифи сатҳи ибтидоӣ</translation>
    </message>
    <message>
        <source>baseline date</source>
        <translation>санаи сатҳи ибтидоӣ</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Тағйири ҳолатҳо</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>мушкилот</translation>
    </message>
    <message>
        <source>note</source>
        <translation>эзоҳ</translation>
    </message>
    <message>
        <source>Drivers of concerns</source>
        <translation>Омилҳои мушкилот</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>омил</translation>
    </message>
    <message>
        <source>Links between concerns</source>
        <translation>Алоқаҳои байни мушкилот</translation>
    </message>
    <message>
        <source>concern linked from</source>
        <translation>мушкилоте, ки алоқа аз он аст</translation>
    </message>
    <message>
        <source>concern linked to</source>
        <translation>мушкилоте, ки алоқа ба он аст</translation>
    </message>
    <message>
        <source>kind of link</source>
        <translation>навъи алоқа</translation>
    </message>
    <message>
        <source>Prioritisation rounds</source>
        <translation>Даврҳои муайян кардани афзалиятҳо</translation>
    </message>
    <message>
        <source>meeting of the round</source>
        <translation>вохӯрии давр</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>қарор қабул шуд</translation>
    </message>
    <message>
        <source>note on the decision</source>
        <translation>эзоҳ ба қарор</translation>
    </message>
    <message>
        <source>Criteria of rounds</source>
        <translation>Меъёрҳои даврҳо</translation>
    </message>
    <message>
        <source>prioritisation round</source>
        <translation>даври муайян кардани афзалиятҳо</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>меъёр</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вазн</translation>
    </message>
    <message>
        <source>Concerns in rounds</source>
        <translation>Мушкилот дар даврҳо</translation>
    </message>
    <message>
        <source>chosen as a priority</source>
        <translation>ҳамчун афзалият интихобшуда</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Холҳо</translation>
    </message>
    <message>
        <source>participant group</source>
        <translation>гурӯҳи иштирокчиён</translation>
    </message>
    <message>
        <source>score</source>
        <translation>хол</translation>
    </message>
    <message>
        <source>Pairwise comparisons</source>
        <translation>Муқоисаҳои ҷуфтӣ</translation>
    </message>
    <message>
        <source>first concern of the pair</source>
        <translation>мушкилоти якуми ҷуфт</translation>
    </message>
    <message>
        <source>second concern of the pair</source>
        <translation>мушкилоти дуюми ҷуфт</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>ғолиб</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Нақшаҳои чорабиниҳо</translation>
    </message>
    <message>
        <source>start of the period</source>
        <translation>оғози давра</translation>
    </message>
    <message>
        <source>end of the period</source>
        <translation>анҷоми давра</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>мақсад</translation>
    </message>
    <message>
        <source>meeting that adopted it</source>
        <translation>вохӯрие, ки онро қабул кард</translation>
    </message>
    <message>
        <source>minutes number of the adoption</source>
        <translation>рақами суратҷаласаи қабул</translation>
    </message>
    <message>
        <source>name of the approver</source>
        <translation>номи шахси тасдиқкунанда</translation>
    </message>
    <message>
        <source>post of the approver</source>
        <translation>вазифаи шахси тасдиқкунанда</translation>
    </message>
    <message>
        <source>Concerns in plans</source>
        <translation>Мушкилот дар нақшаҳои чорабиниҳо</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>нақшаи чорабиниҳо</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Чорабиниҳо</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>чорабинӣ</translation>
    </message>
    <message>
        <source>lead body</source>
        <translation>иҷрокунандаи масъул</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>шарикон</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>санаи оғоз</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>мӯҳлати иҷро</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>захираҳо</translation>
    </message>
    <message>
        <source>funding source</source>
        <translation>манбаи маблағгузорӣ</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>маблағ</translation>
    </message>
    <message>
        <source>output indicator</source>
        <translation>нишондиҳандаи натиҷаи бевосита</translation>
    </message>
    <message>
        <source>outcome indicator</source>
        <translation>нишондиҳандаи натиҷаи ниҳоӣ</translation>
    </message>
    <message>
        <source>baseline of the outcome</source>
        <translation>сатҳи ибтидоии натиҷаи ниҳоӣ</translation>
    </message>
    <message>
        <source>target</source>
        <translation>сатҳи ҳадафӣ</translation>
    </message>
    <message>
        <source>means of verification</source>
        <translation>воситаҳои тасдиқ</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>хатарҳо</translation>
    </message>
    <message>
        <source>gender and conflict notes</source>
        <translation>эзоҳҳо оид ба гендер ва низоъ</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Қайдҳои пешрафт</translation>
    </message>
    <message>
        <source>women reached, %1</source>
        <translation>занони фарогиршуда, %1</translation>
    </message>
    <message>
        <source>men reached, %1</source>
        <translation>мардони фарогиршуда, %1</translation>
    </message>
    <message>
        <source>reached indirectly</source>
        <translation>бавосита фарогиршуда</translation>
    </message>
    <message>
        <source>money spent</source>
        <translation>маблағи харҷшуда</translation>
    </message>
    <message>
        <source>Indicator readings</source>
        <translation>Ченкуниҳои нишондиҳандаҳо</translation>
    </message>
    <message>
        <source>value measured</source>
        <translation>қимати ченкардашуда</translation>
    </message>
    <message>
        <source>chair of the meeting</source>
        <translation>раиси ҷаласа</translation>
    </message>
    <message>
        <source>secretary of the meeting</source>
        <translation>котиби ҷаласа</translation>
    </message>
    <message>
        <source>name of the one who agreed it</source>
        <translation>номи шахсе, ки мувофиқа кард</translation>
    </message>
    <message>
        <source>post of the one who agreed it</source>
        <translation>вазифаи шахсе, ки мувофиқа кард</translation>
    </message>
    <message>
        <source>outgoing number</source>
        <translation>рақами содиротӣ</translation>
    </message>
    <message>
        <source>number of the ordinance</source>
        <translation>рақами амр</translation>
    </message>
    <message>
        <source>date of the ordinance</source>
        <translation>санаи амр</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Ташкилотҳо</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>номи кӯтоҳ</translation>
    </message>
    <message>
        <source>kind of organisation</source>
        <translation>навъи ташкилот</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>шахси тамос</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>почтаи электронӣ</translation>
    </message>
    <message>
        <source>experience with international agencies</source>
        <translation>таҷрибаи кор бо ташкилотҳои байналмилалӣ</translation>
    </message>
    <message>
        <source>network memorandum signed on</source>
        <translation>санаи имзои меморандуми шабака</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>қайдҳо</translation>
    </message>
    <message>
        <source>Districts of organisations</source>
        <translation>Ноҳияҳои ташкилотҳо</translation>
    </message>
    <message>
        <source>Expertise of organisations</source>
        <translation>Соҳаҳои таҷрибаи ташкилотҳо</translation>
    </message>
    <message>
        <source>field of expertise</source>
        <translation>соҳаи таҷриба</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Хизматрасониҳо</translation>
    </message>
    <message>
        <source>kind of service</source>
        <translation>навъи хизматрасонӣ</translation>
    </message>
    <message>
        <source>Community policing centres</source>
        <translation>Марказҳои ҳамкории милитсия ва ҷомеа</translation>
    </message>
    <message>
        <source>opened on</source>
        <translation>санаи кушодан</translation>
    </message>
    <message>
        <source>renovated on</source>
        <translation>санаи таъмир</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>вақти корӣ</translation>
    </message>
    <message>
        <source>Equipment of centres</source>
        <translation>Таҷҳизоти марказҳо</translation>
    </message>
    <message>
        <source>community policing centre</source>
        <translation>маркази ҳамкории милитсия ва ҷомеа</translation>
    </message>
    <message>
        <source>item</source>
        <translation>ашё</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>шумора</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>ҳолат</translation>
    </message>
    <message>
        <source>Reception days at centres</source>
        <translation>Рӯзҳои қабул дар марказҳо</translation>
    </message>
    <message>
        <source>women visitors, %1</source>
        <translation>ташрифоварандагони зан, %1</translation>
    </message>
    <message>
        <source>men visitors, %1</source>
        <translation>ташрифоварандагони мард, %1</translation>
    </message>
    <message>
        <source>kind of group</source>
        <translation>навъи гурӯҳ</translation>
    </message>
    <message>
        <source>organisation in the directory</source>
        <translation>ташкилот дар маълумотнома</translation>
    </message>
    <message>
        <source>lead organisation in the directory</source>
        <translation>иҷрокунандаи масъул аз маълумотнома</translation>
    </message>
    <message>
        <source>Groups meeting at centres</source>
        <translation>Гурӯҳҳое, ки дар марказҳо ҷамъ меоянд</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Равонакуниҳо</translation>
    </message>
    <message>
        <source>service</source>
        <translation>хизматрасонӣ</translation>
    </message>
    <message>
        <source>women referred, %1</source>
        <translation>занони равонкардашуда, %1</translation>
    </message>
    <message>
        <source>men referred, %1</source>
        <translation>мардони равонкардашуда, %1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>натиҷа</translation>
    </message>
    <message>
        <source>Requests and recommendations</source>
        <translation>Дархостҳо ва тавсияҳо</translation>
    </message>
    <message>
        <source>request or recommendation</source>
        <translation>дархост ё тавсия</translation>
    </message>
    <message>
        <source>what was asked</source>
        <translation>чӣ дархост шуд</translation>
    </message>
    <message>
        <source>meeting where it was made</source>
        <translation>вохӯрие, ки дар он пешниҳод шуд</translation>
    </message>
    <message>
        <source>addressed to (directory)</source>
        <translation>ба кӣ (аз маълумотнома)</translation>
    </message>
    <message>
        <source>addressed to</source>
        <translation>ба кӣ</translation>
    </message>
    <message>
        <source>made on</source>
        <translation>санаи дархост</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>мӯҳлат</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ҷавоб</translation>
    </message>
    <message>
        <source>answered on</source>
        <translation>санаи ҷавоб</translation>
    </message>
    <message>
        <source>money pledged</source>
        <translation>маблағи ваъдашуда</translation>
    </message>
    <message>
        <source>money delivered</source>
        <translation>маблағи додашуда</translation>
    </message>
    <message>
        <source>Partners of activities</source>
        <translation>Шарикони чорабиниҳо</translation>
    </message>
    <message>
        <source>answer to question %1</source>
        <translation>ҷавоб ба саволи %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Рӯйдодҳо</translation>
    </message>
    <message>
        <source>kind of event</source>
        <translation>навъи рӯйдод</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>рӯзи аввал</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>рӯзи охирин</translation>
    </message>
    <message>
        <source>other organisers</source>
        <translation>ташкилкунандагони дигар</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>мавзӯъҳо</translation>
    </message>
    <message>
        <source>highest test score</source>
        <translation>холи баландтарини санҷиш</translation>
    </message>
    <message>
        <source>feedback questions</source>
        <translation>саволҳои варақаи фикру мулоҳиза</translation>
    </message>
    <message>
        <source>Organisers of events</source>
        <translation>Ташкилкунандагони рӯйдодҳо</translation>
    </message>
    <message>
        <source>event</source>
        <translation>рӯйдод</translation>
    </message>
    <message>
        <source>Concerns of events</source>
        <translation>Мушкилоти рӯйдодҳо</translation>
    </message>
    <message>
        <source>Participants of events</source>
        <translation>Иштирокчиёни рӯйдодҳо</translation>
    </message>
    <message>
        <source>member&apos;s identifier</source>
        <translation>рамзи узв</translation>
    </message>
    <message>
        <source>comes from</source>
        <translation>мансубият</translation>
    </message>
    <message>
        <source>Participants counted</source>
        <translation>Иштирокчиёни шумурдашуда</translation>
    </message>
    <message>
        <source>women taking part, %1</source>
        <translation>иштирокчиёни зан, %1</translation>
    </message>
    <message>
        <source>men taking part, %1</source>
        <translation>иштирокчиёни мард, %1</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренерҳо</translation>
    </message>
    <message>
        <source>background</source>
        <translation>бахш</translation>
    </message>
    <message>
        <source>Test sheets</source>
        <translation>Варақаҳои санҷиш</translation>
    </message>
    <message>
        <source>sheet number</source>
        <translation>рақами варақа</translation>
    </message>
    <message>
        <source>score before</source>
        <translation>хол пеш аз омӯзиш</translation>
    </message>
    <message>
        <source>score after</source>
        <translation>хол пас аз омӯзиш</translation>
    </message>
    <message>
        <source>Feedback sheets</source>
        <translation>Варақаҳои фикру мулоҳиза</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>шарҳ</translation>
    </message>
    <message>
        <source>Follow-ups of events</source>
        <translation>Пайгирии рӯйдодҳо</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Маъракаҳои иттилоотӣ</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>санаи анҷом</translation>
    </message>
    <message>
        <source>how the indirect reach was estimated</source>
        <translation>фарогирии бавосита чӣ тавр ҳисоб карда шуд</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>арзиш</translation>
    </message>
    <message>
        <source>Channels of campaigns</source>
        <translation>Воситаҳои маъракаҳо</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>маърака</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>восита</translation>
    </message>
    <message>
        <source>Concerns of campaigns</source>
        <translation>Мушкилоти маъракаҳо</translation>
    </message>
    <message>
        <source>Materials of campaigns</source>
        <translation>Маводи маъракаҳо</translation>
    </message>
    <message>
        <source>material</source>
        <translation>мавод</translation>
    </message>
    <message>
        <source>carried out by the event</source>
        <translation>аз ҷониби рӯйдод иҷро шуд</translation>
    </message>
    <message>
        <source>carried out by the campaign</source>
        <translation>аз ҷониби маърака иҷро шуд</translation>
    </message>
    <message>
        <source>Perception surveys</source>
        <translation>Пурсишҳои афкори ҷомеа</translation>
    </message>
    <message>
        <source>kind of survey</source>
        <translation>навъи пурсиш</translation>
    </message>
    <message>
        <source>villages or mahallas</source>
        <translation>деҳаҳо ё маҳаллаҳо</translation>
    </message>
    <message>
        <source>interviewers</source>
        <translation>пурсишгарон</translation>
    </message>
    <message>
        <source>women tallied, %1</source>
        <translation>занони шумурдашуда, %1</translation>
    </message>
    <message>
        <source>men tallied, %1</source>
        <translation>мардони шумурдашуда, %1</translation>
    </message>
    <message>
        <source>people tallied without sex or age</source>
        <translation>шумурдашудагон бе ҷинс ва синну сол</translation>
    </message>
    <message>
        <source>Concerns of surveys</source>
        <translation>Мушкилоти пурсишҳо</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>пурсиш</translation>
    </message>
    <message>
        <source>Survey questions</source>
        <translation>Саволҳои пурсиш</translation>
    </message>
    <message>
        <source>question number</source>
        <translation>рақами савол</translation>
    </message>
    <message>
        <source>what it asks</source>
        <translation>мавзӯи савол</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>ҷавобҳо</translation>
    </message>
    <message>
        <source>question</source>
        <translation>савол</translation>
    </message>
    <message>
        <source>options</source>
        <translation>вариантҳои ҷавоб</translation>
    </message>
    <message>
        <source>most answers allowed</source>
        <translation>ҳадди аксари ҷавобҳо</translation>
    </message>
    <message>
        <source>Survey sheets</source>
        <translation>Варақаҳои пурсиш</translation>
    </message>
    <message>
        <source>respondent group</source>
        <translation>тоифаи пурсидашуда</translation>
    </message>
    <message>
        <source>Survey tallies</source>
        <translation>Шумориши ҷавобҳо</translation>
    </message>
    <message>
        <source>option number</source>
        <translation>рақами варианти ҷавоб</translation>
    </message>
    <message>
        <source>women who chose it, %1</source>
        <translation>заноне ки онро интихоб карданд, %1</translation>
    </message>
    <message>
        <source>men who chose it, %1</source>
        <translation>мардоне ки онро интихоб карданд, %1</translation>
    </message>
    <message>
        <source>chose it, sex and age not noted</source>
        <translation>интихоб карданд, ҷинс ва синну сол қайд нашудаанд</translation>
    </message>
</context>
<context>
    <name>RecordEdits</name>
    <message>
        <source>A change was refused: records of this kind have no field «%1».</source>
        <translation>Тағйир рад шуд: сабтҳои ин навъ майдони «%1» надоранд.</translation>
    </message>
    <message>
        <source>A change was refused: records of the kind «%1» are not edited this way.</source>
        <translation>Тағйир рад шуд: сабтҳои навъи «%1» бо ин роҳ таҳрир карда намешаванд.</translation>
    </message>
    <message>
        <source>The change could not start. Nothing was changed; try again.</source>
        <translation>Тағйирро оғоз кардан нашуд. Ҳеҷ чиз тағйир дода нашуд; бори дигар кӯшиш кунед.</translation>
    </message>
</context>
<context>
    <name>RecordLifecycle</name>
    <message>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>Ин сабт дигар вуҷуд надорад; шояд он нест карда шуда бошад.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>Hamkori tried to store a field it does not know (%1 of %2). Nothing was changed; please report this.</source>
        <translation>Hamkori кӯшиш кард, ки майдони ба худ номаълумро нигоҳ дорад (%1 аз %2). Ҳеҷ чиз тағйир наёфт; лутфан дар ин бора хабар диҳед.</translation>
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
        <translation>Баҳсҳо бар сари об, замин ва чарогоҳ</translation>
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
        <translation>Сатҳи пасти таҳсилот</translation>
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
    <message>
        <source>Gender and gender-based violence</source>
        <translation>Гендер ва зӯроварии гендерӣ</translation>
    </message>
    <message>
        <source>Human rights and legal aid</source>
        <translation>Ҳуқуқи инсон ва кӯмаки ҳуқуқӣ</translation>
    </message>
    <message>
        <source>Work with youth</source>
        <translation>Кор бо ҷавонон</translation>
    </message>
    <message>
        <source>Community policing</source>
        <translation>Ҳамкории милитсия ва ҷомеа</translation>
    </message>
    <message>
        <source>Conflict resolution and mediation</source>
        <translation>Ҳалли низоъҳо ва миёнаравӣ</translation>
    </message>
    <message>
        <source>Preventing violent extremism</source>
        <translation>Пешгирии экстремизми бо зӯроварӣ алоқаманд</translation>
    </message>
    <message>
        <source>Migration and trafficking</source>
        <translation>Муҳоҷират ва хариду фурӯши одамон</translation>
    </message>
    <message>
        <source>Psychology and counselling</source>
        <translation>Психология ва машварат</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Маориф</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Тандурустӣ</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Маъюбӣ</translation>
    </message>
    <message>
        <source>Water, land and environment</source>
        <translation>Об, замин ва муҳити зист</translation>
    </message>
    <message>
        <source>Media and communication</source>
        <translation>Васоити ахбор ва иртибот</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Кӯмаки ҳуқуқӣ</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Дастгирии равонӣ-иҷтимоӣ</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Паноҳгоҳ</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Ёрии тиббӣ</translation>
    </message>
    <message>
        <source>Employment and vocational training</source>
        <translation>Шуғл ва таълими касбӣ</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Хати боварӣ</translation>
    </message>
    <message>
        <source>Reintegration of returnees</source>
        <translation>Ҳамгироии бозгаштагон</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Миёнаравӣ</translation>
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
    <message>
        <source>Fields of expertise</source>
        <translation>Соҳаҳои таҷриба</translation>
    </message>
    <message>
        <source>Kinds of service</source>
        <translation>Навъҳои хизматрасонӣ</translation>
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
            <numerusform>Ин банд дар %Ln сабт истифода шудааст. Аввал сабтҳои марбутро тағйир диҳед ё ба ҷои нест кардан номи бандро иваз кунед.</numerusform>
            <numerusform>Ин банд дар %Ln сабт истифода шудааст. Аввал сабтҳои марбутро тағйир диҳед ё ба ҷои нест кардан номи бандро иваз кунед.</numerusform>
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
    <name>ReferralOutcome</name>
    <message>
        <source>Waiting for the service</source>
        <translation>Дар интизори хизматрасонӣ</translation>
    </message>
    <message>
        <source>Received the service</source>
        <translation>Хизматрасонӣ гирифт</translation>
    </message>
    <message>
        <source>Did not go</source>
        <translation>Нарафт</translation>
    </message>
    <message>
        <source>The service could not help</source>
        <translation>Хизматрасонӣ кӯмак карда натавонист</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Маълум нест</translation>
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
    <message>
        <source>The action plan chosen is not one of this group&apos;s. Choose one of its plans, or none.</source>
        <translation>Нақшаи чорабиниҳои интихобшуда аз ин гурӯҳ нест. Яке аз нақшаҳои онро интихоб кунед ё ҳеҷ кадомро.</translation>
    </message>
    <message>
        <source>A concern chosen is not one of this group&apos;s. Choose its concerns again.</source>
        <translation>Яке аз мушкилоти интихобшуда аз ин гурӯҳ нест. Мушкилоти онро аз нав интихоб кунед.</translation>
    </message>
</context>
<context>
    <name>RespondentGroup</name>
    <message>
        <source>Resident</source>
        <translation>Сокин</translation>
    </message>
    <message>
        <source>Pupil or student</source>
        <translation>Хонанда ё донишҷӯ</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Савдогар</translation>
    </message>
    <message>
        <source>Worker or farmer</source>
        <translation>Коргар ё деҳқон</translation>
    </message>
    <message>
        <source>Returned labour migrant</source>
        <translation>Муҳоҷири меҳнатии баргашта</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Дигар</translation>
    </message>
</context>
<context>
    <name>RespondentSplit</name>
    <message>
        <source>All respondents</source>
        <translation>Ҳамаи пурсидашудагон</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Занон</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мардон</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>То 18 сола</translation>
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
        <translation>50 ва болотар</translation>
    </message>
</context>
<context>
    <name>ResultsText</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>too few answers (n=%1)</source>
        <translation>ҷавобҳо хеле каманд (n=%1)</translation>
    </message>
    <message>
        <source>%1 % (%2–%3) n=%4</source>
        <comment>a percentage, its 95% interval and the number of answers</comment>
        <translation>%1 % (%2–%3) n=%4</translation>
    </message>
    <message>
        <source>%1 points</source>
        <comment>percentage points, with a sign: +17 points</comment>
        <translation>%1 банди фоизӣ</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>ҷавобҳо хеле каманд</translation>
    </message>
    <message>
        <source>%1 points (%2 to %3)</source>
        <comment>percentage points and their 95% interval</comment>
        <translation>%1 банди фоизӣ (аз %2 то %3)</translation>
    </message>
    <message>
        <source>This team has no baseline and no endline survey yet.</source>
        <translation>Ин гурӯҳ ҳанӯз на пурсиши ибтидоӣ дорад, на пурсиши ниҳоӣ.</translation>
    </message>
    <message>
        <source>This team has no endline survey yet.</source>
        <translation>Ин гурӯҳ ҳанӯз пурсиши ниҳоӣ надорад.</translation>
    </message>
    <message>
        <source>This team has no baseline survey that started before its endline.</source>
        <translation>Ин гурӯҳ пурсиши ибтидоие, ки пеш аз пурсиши ниҳоӣ оғоз шуда бошад, надорад.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>first and last day</comment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>SenderTrust</name>
    <message>
        <source>The sender is the laptop %1 under a new identity (its data file was copied or put back from an older copy). It is trusted because %1 vouched for the new identity with its signature.</source>
        <translation>Фиристанда ҳамон ноутбуки %1 бо ҳувияти нав аст (файли маълумоти он нусха бардошта шудааст ё аз нусхаи кӯҳнатар барқарор карда шудааст). Ба он эътимод карда мешавад, зеро %1 ҳувияти навро бо имзои худ тасдиқ кардааст.</translation>
    </message>
    <message>
        <source>This bundle says it was made by this laptop (%1), but it is signed with another key: another laptop is writing in this laptop&apos;s name. Nothing was imported. Ask who gave you the bundle, and tell your coordinator.</source>
        <translation>Тибқи ин бастаи маълумот, онро ҳамин ноутбук (%1) сохтааст, аммо он бо калиди дигар имзо шудааст: ноутбуки дигар аз номи ин ноутбук менависад. Ҳеҷ чиз ворид карда нашуд. Пурсед, ки бастаро кӣ ба шумо додааст ва ба ҳамоҳангсоз хабар диҳед.</translation>
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
    <name>StatusNotes</name>
    <message>
        <source>Addressed by the adopted action plan %1</source>
        <translation>Ба нақшаи қабулшудаи чорабиниҳои %1 дохил шуд</translation>
    </message>
    <message>
        <source>The change to action plan %1 was undone</source>
        <translation>Тағйири нақшаи чорабиниҳои %1 бекор карда шуд</translation>
    </message>
    <message>
        <source>Decision of the prioritisation round undone</source>
        <translation>Қарори даври муайян кардани афзалиятҳо бекор карда шуд</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>бекор карда шуд</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The data file could not be read or written (%1). Check that the disk is not full and the file is not open in another program, then try again.</source>
        <translation>Файли маълумот хонда ё навишта нашуд (%1). Санҷед, ки диск пур нест ва файл дар барномаи дигар кушода нест, баъд аз нав кӯшиш кунед.</translation>
    </message>
    <message>
        <source>A record this change belongs to or names is not in the data file: it has not arrived yet, or it was deleted. Nothing of the change was saved.</source>
        <translation>Сабте, ки ин тағйирот ба он тааллуқ дорад ё онро ном мебарад, дар файли маълумот нест: он ҳанӯз нарасидааст ё нест карда шудааст. Аз ин тағйирот ҳеҷ чиз сабт нашуд.</translation>
    </message>
</context>
<context>
    <name>SurveyColumns</name>
    <message>
        <source>Team</source>
        <translation>Гурӯҳ</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Пурсиш</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Рӯзи аввал</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Рӯзи охир</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Нишондиҳанда</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Пурсидашудагон</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ҳа</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ҷавобҳо</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Фоиз</translation>
    </message>
    <message>
        <source>Low (95 % interval)</source>
        <translation>Поён (фосилаи 95 %)</translation>
    </message>
    <message>
        <source>High (95 % interval)</source>
        <translation>Боло (фосилаи 95 %)</translation>
    </message>
    <message>
        <source>Too few answers</source>
        <translation>Ҷавобҳо хеле каманд</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Варақа</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Ҷинс</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Синну сол</translation>
    </message>
    <message>
        <source>Respondent group</source>
        <translation>Тоифаи пурсидашуда</translation>
    </message>
    <message>
        <source>Q%1 in words</source>
        <translation>С%1 бо калимаҳо</translation>
    </message>
</context>
<context>
    <name>SurveyExport</name>
    <message>
        <source>The survey sheets are sensitive and were not asked for: only the indicators may be written. Tick the box for the sheets, or give --sensitive, to write them.</source>
        <translation>Варақаҳои пурсиш ҳассосанд ва дархост нашуданд: танҳо нишондиҳандаҳо навишта мешаванд. Барои навиштани онҳо қуттии варақаҳоро қайд кунед ё --sensitive-ро диҳед.</translation>
    </message>
</context>
<context>
    <name>SurveyIndicator</name>
    <message>
        <source>Feel safe in their area by day</source>
        <translation>Рӯзона дар маҳаллаи худ худро бехатар ҳис мекунанд</translation>
    </message>
    <message>
        <source>Feel safe in their area after dark</source>
        <translation>Пас аз торикӣ дар маҳаллаи худ худро бехатар ҳис мекунанд</translation>
    </message>
    <message>
        <source>Trust the local police</source>
        <translation>Ба милитсияи маҳаллӣ эътимод доранд</translation>
    </message>
    <message>
        <source>Would go to the police first</source>
        <translation>Пеш аз ҳама ба милитсия муроҷиат мекунанд</translation>
    </message>
    <message>
        <source>Know the partnership team</source>
        <translation>Гурӯҳи ҳамкориро мешиносанд</translation>
    </message>
    <message>
        <source>Satisfied with their contact with the police</source>
        <translation>Аз сарукор бо милитсия қонеъанд</translation>
    </message>
    <message>
        <source>Victims of a crime in the last 12 months</source>
        <translation>Дар 12 моҳи охир қурбонии ҷиноят шудаанд</translation>
    </message>
    <message>
        <source>Victims who reported it to the police</source>
        <translation>Қурбониёне ки ба милитсия хабар доданд</translation>
    </message>
</context>
<context>
    <name>SurveyKind</name>
    <message>
        <source>Baseline</source>
        <translation>Ибтидоӣ</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Мобайнӣ</translation>
    </message>
    <message>
        <source>Endline</source>
        <translation>Ниҳоӣ</translation>
    </message>
    <message>
        <source>Other survey</source>
        <translation>Пурсиши дигар</translation>
    </message>
</context>
<context>
    <name>SurveyRepository</name>
    <message>
        <source>This question no longer exists.</source>
        <translation>Ин савол дигар вуҷуд надорад.</translation>
    </message>
    <message>
        <source>This survey no longer exists; it may have been deleted.</source>
        <translation>Ин пурсиш дигар вуҷуд надорад; шояд нест карда шудааст.</translation>
    </message>
    <message>
        <source>Choose the group that took the survey.</source>
        <translation>Гурӯҳеро, ки пурсишро гузаронд, интихоб кунед.</translation>
    </message>
    <message>
        <source>Enter the first day of the survey as dd.MM.yyyy.</source>
        <translation>Рӯзи аввали пурсишро ҳамчун рр.мм.сссс ворид кунед.</translation>
    </message>
    <message>
        <source>The survey ends (%1) before it starts (%2).</source>
        <translation>Пурсиш (%1) пеш аз оғози худ (%2) ба охир мерасад.</translation>
    </message>
    <message>
        <source>A number of people tallied must be between 0 and %1.</source>
        <translation>Шумораи шумурдашудагон бояд аз 0 то %1 бошад.</translation>
    </message>
    <message>
        <source>The survey whose questions were to be copied no longer exists. Choose another one, or start from the standard questionnaire.</source>
        <translation>Пурсише, ки саволҳояш бояд нусхабардорӣ мешуданд, дигар вуҷуд надорад. Пурсиши дигарро интихоб кунед ё аз саволномаи стандартӣ сар кунед.</translation>
    </message>
    <message>
        <source>There is no survey with the code %1.</source>
        <translation>Пурсиш бо рамзи %1 нест.</translation>
    </message>
    <message numerus="yes">
        <source>%n surveys have the code %1 (their teams share a code): ids %2. Name the survey by its id instead.</source>
        <translation>
            <numerusform>%n пурсиш рамзи %1 доранд (гурӯҳҳояшон рамзи якхела доранд): шиносаҳо %2. Пурсишро ба ҷои рамз бо шиносааш номбар кунед.</numerusform>
            <numerusform>%n пурсиш рамзи %1 доранд (гурӯҳҳояшон рамзи якхела доранд): шиносаҳо %2. Пурсишро ба ҷои рамз бо шиносааш номбар кунед.</numerusform>
        </translation>
    </message>
    <message>
        <source>A survey has at most %1 questions. Remove a question before adding another.</source>
        <translation>Пурсиш на бештар аз %1 савол дорад. Пеш аз илова кардани савол як саволро хориҷ кунед.</translation>
    </message>
    <message>
        <source>The survey already has a question %1.</source>
        <translation>Пурсиш аллакай саволи %1 дорад.</translation>
    </message>
    <message>
        <source>Write the question as the sheet asks it.</source>
        <translation>Саволро ҳамон тавре нависед, ки дар варақа пурсида мешавад.</translation>
    </message>
    <message>
        <source>A question needs at least two options, one per line.</source>
        <translation>Савол ақаллан ду варианти ҷавоб лозим дорад, дар ҳар сатр яктогӣ.</translation>
    </message>
    <message>
        <source>A question has at most %1 options.</source>
        <translation>Савол на бештар аз %1 варианти ҷавоб дорад.</translation>
    </message>
    <message>
        <source>An option added after the standard ones has no text. Write it, or remove the empty line.</source>
        <translation>Варианти ҷавобе, ки пас аз вариантҳои стандартӣ илова шудааст, матн надорад. Онро нависед ё сатри холиро хориҷ кунед.</translation>
    </message>
    <message>
        <source>A concern category offered is no longer in the list. Choose the categories again.</source>
        <translation>Яке аз категорияҳои мушкилоти пешниҳодшуда дигар дар рӯйхат нест. Категорияҳоро аз нав интихоб кунед.</translation>
    </message>
    <message>
        <source>The most answers allowed must be between 0 (any number) and the number of options, %1.</source>
        <translation>Ҳадди аксари ҷавобҳо бояд аз 0 (ҳар миқдор) то шумораи вариантҳо, %1, бошад.</translation>
    </message>
    <message>
        <source>This survey sheet no longer exists.</source>
        <translation>Ин варақаи пурсиш дигар вуҷуд надорад.</translation>
    </message>
    <message>
        <source>This tally no longer exists.</source>
        <translation>Ин шумориш дигар вуҷуд надорад.</translation>
    </message>
    <message>
        <source>A sheet number is between 1 and %1.</source>
        <translation>Рақами варақа аз 1 то %1 аст.</translation>
    </message>
    <message>
        <source>Sheet %1 is already typed in. Give this sheet its own number.</source>
        <translation>Варақаи %1 аллакай ворид шудааст. Ба ин варақа рақами худашро диҳед.</translation>
    </message>
    <message>
        <source>The survey has no question %1. Leave its answer empty.</source>
        <translation>Пурсиш саволи %1 надорад. Ҷавоби онро холӣ гузоред.</translation>
    </message>
    <message>
        <source>Question %1 has options 1 to %2; %3 is not one of them.</source>
        <translation>Саволи %1 вариантҳои 1 то %2 дорад; %3 яке аз онҳо нест.</translation>
    </message>
    <message>
        <source>An option of question %1 is given twice.</source>
        <translation>Як варианти ҷавоби саволи %1 ду бор омадааст.</translation>
    </message>
    <message>
        <source>Question %1 takes one answer.</source>
        <translation>Ба саволи %1 як ҷавоб дода мешавад.</translation>
    </message>
    <message>
        <source>Question %1 takes at most %2 answers.</source>
        <translation>Ба саволи %1 на бештар аз %2 ҷавоб дода мешавад.</translation>
    </message>
    <message>
        <source>The survey has no question %1.</source>
        <translation>Пурсиш саволи %1 надорад.</translation>
    </message>
    <message>
        <source>A tally must be between 0 and %1.</source>
        <translation>Шумориш бояд аз 0 то %1 бошад.</translation>
    </message>
    <message>
        <source>Option %1 of question %2 already has a tally; change that one.</source>
        <translation>Варианти %1-и саволи %2 аллакай шумориш дорад; ҳамонро тағйир диҳед.</translation>
    </message>
</context>
<context>
    <name>SurveyTopic</name>
    <message>
        <source>Feels safe by day</source>
        <translation>Рӯзона худро бехатар ҳис мекунад</translation>
    </message>
    <message>
        <source>Feels safe at night</source>
        <translation>Шабона худро бехатар ҳис мекунад</translation>
    </message>
    <message>
        <source>Reasons for feeling unsafe</source>
        <translation>Сабабҳои эҳсоси нобехатарӣ</translation>
    </message>
    <message>
        <source>Biggest safety concerns</source>
        <translation>Мушкилоти калонтарини бехатарӣ</translation>
    </message>
    <message>
        <source>Trust in the local police</source>
        <translation>Эътимод ба милитсияи маҳаллӣ</translation>
    </message>
    <message>
        <source>Whom one would go to first</source>
        <translation>Пеш аз ҳама ба кӣ муроҷиат мекунад</translation>
    </message>
    <message>
        <source>Contact with the police</source>
        <translation>Сарукор бо милитсия</translation>
    </message>
    <message>
        <source>Satisfaction with the contact</source>
        <translation>Қаноатмандӣ аз сарукор</translation>
    </message>
    <message>
        <source>Victim of a crime</source>
        <translation>Қурбонии ҷиноят</translation>
    </message>
    <message>
        <source>Crime reported</source>
        <translation>Дар бораи ҷиноят хабар дода шуд</translation>
    </message>
    <message>
        <source>Knows the team</source>
        <translation>Гурӯҳро мешиносад</translation>
    </message>
    <message>
        <source>Question of the team</source>
        <translation>Саволи гурӯҳ</translation>
    </message>
</context>
<context>
    <name>SyncRepository</name>
    <message>
        <source>This bundle says it comes from the laptop %1, but it was signed with a different key than the bundles that laptop sent before. It may come from another laptop pretending to be it. Nothing was imported.</source>
        <translation>Тибқи ин бастаи маълумот, он аз ноутбуки %1 омадааст, аммо бо калиде имзо шудааст, ки аз калиди бастаҳои пештараи он ноутбук фарқ мекунад. Шояд онро ноутбуки дигаре фиристода бошад, ки худро ба ҷои он вонамуд мекунад. Ҳеҷ чиз ворид карда нашуд.</translation>
    </message>
</context>
<context>
    <name>TeamLabel</name>
    <message>
        <source>«%1»</source>
        <comment>a team&apos;s name</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>«%1» (%2)</source>
        <comment>a team&apos;s name and district</comment>
        <translation>«%1» (%2)</translation>
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
    <message>
        <source>%1, id %2</source>
        <translation>%1, идентификатор %2</translation>
    </message>
    <message numerus="yes">
        <source>%n teams have the code %1: %2. Two laptops each made a team with it. Name the team by its name or its id instead, and give one of them another code on its Team page.</source>
        <translation>
            <numerusform>%Ln гурӯҳ рамзи %1 доранд: %2. Ду ноутбук ҳар кадом бо он гурӯҳ сохтаанд. Ба ҷои он гурӯҳро бо ном ё идентификатораш нишон диҳед ва ба яке аз онҳо дар саҳифаи Гурӯҳ рамзи дигар диҳед.</numerusform>
            <numerusform>%Ln гурӯҳ рамзи %1 доранд: %2. Ду ноутбук ҳар кадом бо он гурӯҳ сохтаанд. Ба ҷои он гурӯҳро бо ном ё идентификатораш нишон диҳед ва ба яке аз онҳо дар саҳифаи Гурӯҳ рамзи дигар диҳед.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teams are named «%1»: %2. Name the team by its id instead.</source>
        <translation>
            <numerusform>%Ln гурӯҳ «%1» ном доранд: %2. Ба ҷои он гурӯҳро бо идентификатораш нишон диҳед.</numerusform>
            <numerusform>%Ln гурӯҳ «%1» ном доранд: %2. Ба ҷои он гурӯҳро бо идентификатораш нишон диҳед.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no team with the code, name or id %1.</source>
        <translation>Гурӯҳ бо рамз, ном ё идентификатори %1 нест.</translation>
    </message>
    <message>
        <source>The organisation chosen is no longer in the directory. Choose another one or type its name.</source>
        <translation>Ташкилоти интихобшуда дигар дар маълумотнома нест. Дигареро интихоб кунед ё номашро нависед.</translation>
    </message>
</context>
<context>
    <name>TrainerBackground</name>
    <message>
        <source>State</source>
        <translation>Давлатӣ</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Ҷомеаи шаҳрвандӣ</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Академӣ</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Байналмилалӣ</translation>
    </message>
</context>
<context>
    <name>TypedDate</name>
    <message>
        <source>“%1”: %2 has no day %3. Check the day and the month.</source>
        <translation>«%1»: дар %2 рӯзи %3 нест. Рӯз ва моҳро санҷед.</translation>
    </message>
    <message>
        <source>“%1”: the year %2 cannot be right. Type a year between %3 and %4.</source>
        <translation>«%1»: соли %2 дуруст буда наметавонад. Солеро аз %3 то %4 нависед.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type the day, month and year, for example %2.</source>
        <translation>«%1» сана нест. Рӯз, моҳ ва солро нависед, масалан %2.</translation>
    </message>
    <message>
        <source>“%1”: the year is not complete. Type it with four digits, for example %2.</source>
        <translation>«%1»: сол пурра нест. Онро бо чор рақам нависед, масалан %2.</translation>
    </message>
    <message>
        <source>“%1”: there is no month %2. Type the day first, then the month (1 to 12), for example %3.</source>
        <translation>«%1»: моҳи %2 вуҷуд надорад. Аввал рӯз, баъд моҳро (аз 1 то 12) нависед, масалан %3.</translation>
    </message>
    <message>
        <source>This date cannot be left empty. Type it, for example %1, or pick it in the calendar.</source>
        <translation>Ин санаро холӣ гузоштан мумкин нест. Онро нависед, масалан %1, ё дар тақвим интихоб кунед.</translation>
    </message>
</context>
<context>
    <name>WaitingConcernModel</name>
    <message>
        <source>%1 (restricted: left out of exports and printouts)</source>
        <translation>%1 (маҳдуд: ба содирот ва нусхаҳои чопӣ дохил намешавад)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>First raised</source>
        <translation>Бори аввал баён шуд</translation>
    </message>
</context>
<context>
    <name>hamkori::AboutDialog</name>
    <message>
        <source>About Hamkori</source>
        <translation>Дар бораи Hamkori</translation>
    </message>
    <message>
        <source>Hamkori %1</source>
        <translation>Hamkori %1</translation>
    </message>
    <message>
        <source>The case book of community police partnership teams: concerns, priorities, action plans and their progress, kept on this laptop without internet.</source>
        <translation>Дафтари гурӯҳҳои ҳамкории милитсия ва ҷомеа: мушкилот, афзалиятҳо, нақшаҳои чорабиниҳо ва пешрафти онҳо, ки дар ҳамин ноутбук бе интернет нигоҳ дошта мешаванд.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>Файли маълумот:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Версияи Qt:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Иҷозатнома:</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or any later version. Hamkori comes with no warranty.</source>
        <translation>Иҷозатномаи умумии ҷамъиятии GNU, версияи 3 ё ҳар версияи баъдӣ. Hamkori бе ягон кафолат пешниҳод мешавад.</translation>
    </message>
</context>
<context>
    <name>hamkori::AddLinkDialog</name>
    <message>
        <source>Link %1 to another concern</source>
        <translation>Алоқаманд кардани %1 бо мушкилоти дигар</translation>
    </message>
    <message>
        <source>&amp;Find the other concern by its code or words of its title:</source>
        <translation>Мушкилоти дигарро аз рӯи рамз ё калимаҳои номаш &amp;ёбед:</translation>
    </message>
    <message>
        <source>Code or title</source>
        <translation>Рамз ё ном</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>&amp;Самт:</translation>
    </message>
    <message>
        <source>From %1 to the other concern</source>
        <translation>Аз %1 ба мушкилоти дигар</translation>
    </message>
    <message>
        <source>From the other concern to %1</source>
        <translation>Аз мушкилоти дигар ба %1</translation>
    </message>
    <message>
        <source>&amp;Kind of link:</source>
        <translation>&amp;Навъи алоқа:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Қайд:</translation>
    </message>
    <message>
        <source>How the two concerns are connected (optional)</source>
        <translation>Ин ду мушкилот чӣ гуна алоқаманданд (ихтиёрӣ)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>&amp;Add link</source>
        <translation>&amp;Илова кардани алоқа</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Choose the concern to link to in the list.</source>
        <translation>Мушкилотеро, ки бояд бо он алоқаманд карда шавад, аз рӯйхат интихоб кунед.</translation>
    </message>
</context>
<context>
    <name>hamkori::AnalysisTab</name>
    <message>
        <source>change the causes of %1</source>
        <translation>тағйир додани сабабҳои %1</translation>
    </message>
    <message>
        <source>change the effects of %1</source>
        <translation>тағйир додани оқибатҳои %1</translation>
    </message>
    <message>
        <source>change the gender notes of %1</source>
        <translation>тағйир додани эзоҳҳои гендерии %1</translation>
    </message>
    <message>
        <source>change the conflict risk of %1</source>
        <translation>тағйир додани хатари низоъ дар %1</translation>
    </message>
    <message>
        <source>change the conflict mitigation of %1</source>
        <translation>тағйир додани чораҳои коҳиш додани хатари низоъ дар %1</translation>
    </message>
    <message>
        <source>change the problem triangle of %1</source>
        <translation>тағйир додани секунҷаи таҳлили мушкилоти %1</translation>
    </message>
    <message>
        <source>Enter the baseline figure as a number, e.g. %1.</source>
        <translation>Сатҳи ибтидоиро ҳамчун адад ворид кунед, масалан %1.</translation>
    </message>
    <message>
        <source>change the baseline of %1</source>
        <translation>тағйир додани сатҳи ибтидоии %1</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Сабабҳо</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Оқибатҳо</translation>
    </message>
    <message>
        <source>Add a cause, then press Enter</source>
        <translation>Сабабро илова кунед, баъд Enter-ро пахш кунед</translation>
    </message>
    <message>
        <source>Add an effect, then press Enter</source>
        <translation>Оқибатро илова кунед, баъд Enter-ро пахш кунед</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Омилҳо</translation>
    </message>
    <message>
        <source>Tick what drives the concern</source>
        <translation>Омилҳоеро қайд кунед, ки мушкилотро ба вуҷуд меоранд</translation>
    </message>
    <message>
        <source>Problem triangle</source>
        <translation>Секунҷаи таҳлили мушкилот</translation>
    </message>
    <message>
        <source>Describe groups and places, never names of people. Under each side: who can act on it.</source>
        <translation>Гурӯҳҳо ва ҷойҳоро тавсиф кунед, ҳеҷ гоҳ номи одамонро нанависед. Дар зери ҳар тараф нависед, ки кӣ ба он таъсир расонда метавонад.</translation>
    </message>
    <message>
        <source>O&amp;ffender:</source>
        <translation>&amp;Ҳуқуқвайронкунанда:</translation>
    </message>
    <message>
        <source>&amp;Victim:</source>
        <translation>&amp;Ҷабрдида:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>Ҷ&amp;ой:</translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation>&amp;Шахси таъсиргузор ба ҳуқуқвайронкунанда:</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>Ҳ&amp;имоятгари ҷабрдида:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Масъули ҷой:</translation>
    </message>
    <message>
        <source>Who causes the harm</source>
        <translation>Кӣ зарар мерасонад</translation>
    </message>
    <message>
        <source>Who is harmed</source>
        <translation>Ба кӣ зарар мерасад</translation>
    </message>
    <message>
        <source>Where and when it happens</source>
        <translation>Дар куҷо ва кай рух медиҳад</translation>
    </message>
    <message>
        <source>Who has influence over the offender (family, elders, employer)</source>
        <translation>Кӣ ба ҳуқуқвайронкунанда таъсир расонда метавонад (оила, мӯйсафедон, корфармо)</translation>
    </message>
    <message>
        <source>Who can protect the victim (neighbours, teachers, police)</source>
        <translation>Кӣ ҷабрдидаро ҳимоя карда метавонад (ҳамсояҳо, омӯзгорон, милитсия)</translation>
    </message>
    <message>
        <source>Who is responsible for the place (Jamoat, owner, school)</source>
        <translation>Кӣ барои ҷой масъул аст (Ҷамоат, соҳиб, мактаб)</translation>
    </message>
    <message>
        <source>Gender notes</source>
        <translation>Эзоҳҳои гендерӣ</translation>
    </message>
    <message>
        <source>How the concern affects women, men, girls and boys differently</source>
        <translation>Мушкилот ба занон, мардон, духтарон ва писарон чӣ гуна таъсири гуногун мерасонад</translation>
    </message>
    <message>
        <source>Conflict sensitivity</source>
        <translation>Ҳассосият ба низоъ</translation>
    </message>
    <message>
        <source>Conflict &amp;risk:</source>
        <translation>&amp;Хатари низоъ:</translation>
    </message>
    <message>
        <source>Mi&amp;tigation:</source>
        <translation>&amp;Чораҳои коҳиш додани хатар:</translation>
    </message>
    <message>
        <source>Could working on this concern inflame tensions?</source>
        <translation>Оё кор оид ба ин мушкилот метавонад шиддатро афзун кунад?</translation>
    </message>
    <message>
        <source>What the team does so that working on it does no harm</source>
        <translation>Гурӯҳ чӣ кор мекунад, то кор оид ба ин мушкилот зарар нарасонад</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Сатҳи ибтидоӣ</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Адад:</translation>
    </message>
    <message>
        <source>What it &amp;counts:</source>
        <translation>Чиро &amp;нишон медиҳад:</translation>
    </message>
    <message>
        <source>&amp;Date of the figure:</source>
        <translation>&amp;Санаи ченкунӣ:</translation>
    </message>
    <message>
        <source>Optional, e.g. 12</source>
        <translation>Ихтиёрӣ, масалан 12</translation>
    </message>
    <message>
        <source>e.g. reported cases a month</source>
        <translation>масалан, шумораи ҳодисаҳои ба қайд гирифташуда дар як моҳ</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>бе сана</translation>
    </message>
</context>
<context>
    <name>hamkori::AttendanceModel</name>
    <message>
        <source>%1 (%2, not a member on this date)</source>
        <translation>%1 (%2, дар ин сана узви гурӯҳ набуд)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>mark %1 present at %2</source>
        <translation>қайд кардани %1 ҳамчун ҳозир дар вохӯрии %2</translation>
    </message>
    <message>
        <source>mark %1 absent at %2</source>
        <translation>қайд кардани %1 ҳамчун ғоиб дар вохӯрии %2</translation>
    </message>
</context>
<context>
    <name>hamkori::AttendancePanel</name>
    <message>
        <source>change the guest counts of meeting %1</source>
        <translation>тағйир додани шумораи меҳмонони вохӯрии %1</translation>
    </message>
    <message>
        <source>&amp;Members present (members on %1)</source>
        <translation>&amp;Аъзои ҳозир (аъзо дар санаи %1)</translation>
    </message>
    <message>
        <source>&amp;Members present</source>
        <translation>&amp;Аъзои ҳозир</translation>
    </message>
    <message>
        <source>&amp;Guests (people who are not members of the team)</source>
        <translation>&amp;Меҳмонон (одамоне, ки узви гурӯҳ нестанд)</translation>
    </message>
    <message>
        <source>The team had no members on this date. Add members on the Team page.</source>
        <translation>Гурӯҳ дар ин сана аъзо надошт. Аъзоро дар саҳифаи «Гурӯҳ» илова кунед.</translation>
    </message>
</context>
<context>
    <name>hamkori::AutoBackup</name>
    <message>
        <source>The backup was not made</source>
        <translation>Нусхаи эҳтиётӣ сохта нашуд</translation>
    </message>
    <message>
        <source>Making a backup of the data file before closing…</source>
        <translation>Пеш аз пӯшидан аз файли маълумот нусхаи эҳтиётӣ сохта мешавад…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Нусхаи эҳтиётӣ</translation>
    </message>
</context>
<context>
    <name>hamkori::BalancePanel</name>
    <message>
        <source>none</source>
        <translation>нест</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <comment>share of active members</comment>
        <translation>%1% (%2 аз %3)</translation>
    </message>
    <message>
        <source>Balance of the team</source>
        <translation>Мувозинати гурӯҳ</translation>
    </message>
    <message numerus="yes">
        <source>Among %n active member(s):</source>
        <translation>
            <numerusform>Аз %Ln узви фаъол:</numerusform>
            <numerusform>Аз %Ln узви фаъол:</numerusform>
        </translation>
    </message>
    <message>
        <source>Women:</source>
        <translation>Занон:</translation>
    </message>
    <message>
        <source>Youth (under 30):</source>
        <translation>Ҷавонон (то 30 сол):</translation>
    </message>
    <message>
        <source>Police and officials:</source>
        <translation>Милитсия ва мансабдорон:</translation>
    </message>
    <message>
        <source>Civil society:</source>
        <translation>Ҷомеаи шаҳрвандӣ:</translation>
    </message>
    <message>
        <source>Members from the police, the Hukumat and the Jamoat</source>
        <translation>Аъзо аз милитсия, Ҳукумат ва Ҷамоат</translation>
    </message>
    <message>
        <source>The team has no active members yet.</source>
        <translation>Гурӯҳ ҳоло аъзои фаъол надорад.</translation>
    </message>
    <message>
        <source>Women are fewer than 40% of the active members: invite more women to the team.</source>
        <translation>Занон камтар аз 40%-и аъзои фаъолро ташкил медиҳанд: занони бештарро ба гурӯҳ даъват кунед.</translation>
    </message>
    <message>
        <source>No youth member is active: invite young people to the team.</source>
        <translation>Ягон узви ҷавон фаъол нест: ҷавононро ба гурӯҳ даъват кунед.</translation>
    </message>
</context>
<context>
    <name>hamkori::CampaignForm</name>
    <message>
        <source>change the title of %1</source>
        <translation>тағйири номи %1</translation>
    </message>
    <message>
        <source>change when %1 started</source>
        <translation>тағйири санаи оғози %1</translation>
    </message>
    <message>
        <source>change when %1 ended</source>
        <translation>тағйири санаи анҷоми %1</translation>
    </message>
    <message>
        <source>change the action plan of %1</source>
        <translation>тағйири нақшаи чорабиниҳои %1</translation>
    </message>
    <message>
        <source>change the channels of %1</source>
        <translation>тағйири воситаҳои %1</translation>
    </message>
    <message>
        <source>change the concerns %1 serves</source>
        <translation>тағйири мушкилоте, ки %1 ба онҳо равона шудааст</translation>
    </message>
    <message>
        <source>change the cost of %1</source>
        <translation>тағйири арзиши %1</translation>
    </message>
    <message>
        <source>change who paid for %1</source>
        <translation>тағйири манбаи маблағгузории %1</translation>
    </message>
    <message>
        <source>change the notes of %1</source>
        <translation>тағйири эзоҳҳои %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Ном:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Оғоз:</translation>
    </message>
    <message>
        <source>For action &amp;plan:</source>
        <translation>Барои &amp;нақшаи чорабиниҳо:</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>&amp;Воситаҳо:</translation>
    </message>
    <message>
        <source>C&amp;oncerns:</source>
        <translation>&amp;Мушкилот:</translation>
    </message>
    <message>
        <source>Co&amp;st, somoni:</source>
        <translation>&amp;Арзиш, сомонӣ:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Эзоҳҳо:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Анҷом:</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>&amp;Манбаи маблағгузорӣ:</translation>
    </message>
    <message>
        <source>For example: Safe roads to school</source>
        <translation>Масалан: Роҳи бехатар ба мактаб</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>ҳоло идома дорад</translation>
    </message>
    <message>
        <source>C&amp;reate campaign</source>
        <translation>&amp;Эҷод кардани маърака</translation>
    </message>
    <message>
        <source>&amp;Delete campaign…</source>
        <translation>&amp;Нест кардани маърака…</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Маъракаи нав</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ҳеҷ</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>нишон дода нашудааст</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(нестшуда)</translation>
    </message>
    <message>
        <source>record campaign %1</source>
        <translation>сабти маъракаи %1</translation>
    </message>
</context>
<context>
    <name>hamkori::CampaignListModel</name>
    <message>
        <source>Women and girls: %1, men and boys: %2</source>
        <translation>Занон ва духтарон: %1, мардон ва писарон: %2</translation>
    </message>
    <message>
        <source>Estimated: %1</source>
        <translation>Тахмин: %1</translation>
    </message>
    <message>
        <source>People reached directly</source>
        <translation>Одамони бевосита фарогиршуда</translation>
    </message>
    <message>
        <source>People reached indirectly (estimated)</source>
        <translation>Одамони бавосита фарогиршуда (тахминӣ)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Оғоз</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Анҷом</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Воситаҳо</translation>
    </message>
    <message>
        <source>Directly</source>
        <translation>Бевосита</translation>
    </message>
    <message>
        <source>Indirectly</source>
        <translation>Бавосита</translation>
    </message>
</context>
<context>
    <name>hamkori::CampaignReachPanel</name>
    <message>
        <source>change the people %1 reached</source>
        <translation>тағйири одамони фарогиршудаи %1</translation>
    </message>
    <message>
        <source>change the people %1 reached indirectly</source>
        <translation>тағйири одамони бавосита фарогиршудаи %1</translation>
    </message>
    <message>
        <source>change how the indirect reach of %1 was estimated</source>
        <translation>тағйири тарзи тахмини фарогирии бавоситаи %1</translation>
    </message>
    <message>
        <source>People reached directly</source>
        <translation>Одамони бевосита фарогиршуда</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Занон ва духтарон</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Мардон ва писарон</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ҷамъ</translation>
    </message>
    <message>
        <source>People reached indirectly</source>
        <translation>Одамони бавосита фарогиршуда</translation>
    </message>
    <message>
        <source>&amp;Estimated number:</source>
        <translation>&amp;Шумораи тахминӣ:</translation>
    </message>
    <message>
        <source>&amp;How it was estimated:</source>
        <translation>&amp;Чӣ тавр тахмин карда шуд:</translation>
    </message>
    <message>
        <source>For example: the radio station&apos;s listeners in the district</source>
        <translation>Масалан: шунавандагони радио дар ноҳия</translation>
    </message>
    <message>
        <source>Count here the people the campaign met or spoke to; an estimate of those it reached through radio, television or social media goes under &quot;indirectly&quot;, with the way it was made.</source>
        <translation>Дар ин ҷо одамонеро ҳисоб кунед, ки маърака бо онҳо вохӯрд ё сӯҳбат кард; шумораи тахминии онҳое, ки тавассути радио, телевизион ё шабакаҳои иҷтимоӣ фаро гирифта шуданд, дар қисми «бавосита» бо тарзи тахмин навишта мешавад.</translation>
    </message>
</context>
<context>
    <name>hamkori::CampaignsPage</name>
    <message>
        <source>&amp;New campaign</source>
        <translation>&amp;Маъракаи нав</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Ҷустуҷӯ:</translation>
    </message>
    <message>
        <source>words of the title</source>
        <translation>калимаҳои ном</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Тафсилот</translation>
    </message>
    <message>
        <source>&amp;People reached</source>
        <translation>&amp;Одамони фарогиршуда</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>&amp;Мавод</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n campaign(s) match the search.</source>
        <translation>
            <numerusform>%1 аз %Ln маърака ба ҷустуҷӯ мувофиқ аст.</numerusform>
            <numerusform>%1 аз %Ln маърака ба ҷустуҷӯ мувофиқ аст.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s).</source>
        <translation>
            <numerusform>%Ln маърака.</numerusform>
            <numerusform>%Ln маърака.</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaigns yet: &quot;New campaign&quot; records the first one.</source>
        <translation>Ҳоло маърака нест: «Маъракаи нав» аввалинашро сабт мекунад.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>The campaign %1 «%2» will be deleted with its materials. Progress updates carried out by it keep their other details.</source>
        <translation>Маъракаи %1 «%2» бо маводаш нест карда мешавад. Қайдҳои пешрафте, ки тавассути он иҷро шудаанд, дигар маълумоти худро нигоҳ медоранд.</translation>
    </message>
    <message>
        <source>delete campaign %1</source>
        <translation>нест кардани маъракаи %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Маъракаҳои иттилоотӣ</translation>
    </message>
</context>
<context>
    <name>hamkori::CentreForm</name>
    <message>
        <source>change the name of centre %1</source>
        <translation>тағйири номи маркази %1</translation>
    </message>
    <message>
        <source>change the jamoat of centre %1</source>
        <translation>тағйири ҷамоати маркази %1</translation>
    </message>
    <message>
        <source>change the address of centre %1</source>
        <translation>тағйири суроғаи маркази %1</translation>
    </message>
    <message>
        <source>change the opening hours of centre %1</source>
        <translation>тағйири соатҳои кории маркази %1</translation>
    </message>
    <message>
        <source>change the district of centre %1</source>
        <translation>тағйири ноҳияи маркази %1</translation>
    </message>
    <message>
        <source>change when centre %1 opened</source>
        <translation>тағйири санаи кушода шудани маркази %1</translation>
    </message>
    <message>
        <source>change when centre %1 was renovated</source>
        <translation>тағйири санаи таъмири маркази %1</translation>
    </message>
    <message>
        <source>change the groups that meet at centre %1</source>
        <translation>тағйири гурӯҳҳое, ки дар маркази %1 ҷамъ меоянд</translation>
    </message>
    <message>
        <source>change the notes of centre %1</source>
        <translation>тағйири эзоҳҳои маркази %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ном:</translation>
    </message>
    <message>
        <source>&amp;District or city:</source>
        <translation>&amp;Ноҳия ё шаҳр:</translation>
    </message>
    <message>
        <source>&amp;Jamoat or town:</source>
        <translation>&amp;Ҷамоат ё шаҳрак:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Суроға:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Кушода шуд:</translation>
    </message>
    <message>
        <source>&amp;Renovated on:</source>
        <translation>&amp;Таъмир шуд:</translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation>&amp;Соатҳои корӣ:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Эзоҳҳо:</translation>
    </message>
    <message>
        <source>&amp;Groups that meet here:</source>
        <translation>&amp;Гурӯҳҳое, ки дар ин ҷо ҷамъ меоянд:</translation>
    </message>
    <message>
        <source>For example: Centre of the jamoat Navobod</source>
        <translation>Масалан: Маркази ҷамоати Навобод</translation>
    </message>
    <message>
        <source>For example: Mon–Fri 9–17, reception on Thursdays</source>
        <translation>Масалан: Душанбе–Ҷумъа 9–17, қабул рӯзҳои панҷшанбе</translation>
    </message>
    <message>
        <source>Type to search, or open the list</source>
        <translation>Барои ҷустуҷӯ нависед ё рӯйхатро кушоед</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>маълум нест</translation>
    </message>
    <message>
        <source>C&amp;reate centre</source>
        <translation>&amp;Эҷод кардани марказ</translation>
    </message>
    <message>
        <source>&amp;Delete centre…</source>
        <translation>&amp;Нест кардани марказ…</translation>
    </message>
    <message>
        <source>New community policing centre</source>
        <translation>Маркази нави ҳамкории милитсия ва ҷомеа</translation>
    </message>
    <message>
        <source>create centre %1</source>
        <translation>эҷод кардани маркази %1</translation>
    </message>
</context>
<context>
    <name>hamkori::CentreListModel</name>
    <message>
        <source>Centre</source>
        <translation>Марказ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Ноҳия</translation>
    </message>
    <message>
        <source>Groups meeting there</source>
        <translation>Гурӯҳҳое, ки дар он ҷамъ меоянд</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Кушода шуд</translation>
    </message>
    <message>
        <source>Renovated</source>
        <translation>Таъмир шуд</translation>
    </message>
</context>
<context>
    <name>hamkori::CentreUseModel</name>
    <message>
        <source>Centre</source>
        <translation>Марказ</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>Рӯзҳои қабул</translation>
    </message>
    <message>
        <source>Women visitors</source>
        <translation>Занони ташрифоварда</translation>
    </message>
    <message>
        <source>Men visitors</source>
        <translation>Мардони ташрифоварда</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Вохӯриҳо</translation>
    </message>
</context>
<context>
    <name>hamkori::CentresPage</name>
    <message>
        <source>&amp;New centre</source>
        <translation>Маркази &amp;нав</translation>
    </message>
    <message>
        <source>Community policing centres are shared by every group of this data file: tick the groups that meet at a centre on its Details tab.</source>
        <translation>Марказҳои ҳамкории милитсия ва ҷомеа барои ҳамаи гурӯҳҳои ин файли маълумот умумӣ мебошанд: гурӯҳҳоеро, ки дар марказ ҷамъ меоянд, дар варақаи «Тафсилот»-и он қайд кунед.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Тафсилот</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>Т&amp;аҷҳизот</translation>
    </message>
    <message>
        <source>&amp;Reception days</source>
        <translation>&amp;Рӯзҳои қабул</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>The centre %1 will be deleted with its equipment and reception days. Meetings held there keep their other details.</source>
        <translation>Маркази %1 бо таҷҳизот ва рӯзҳои қабулаш нест карда мешавад. Вохӯриҳое, ки дар он баргузор шудаанд, дигар маълумоташонро нигоҳ медоранд.</translation>
    </message>
    <message>
        <source>delete centre %1</source>
        <translation>нест кардани маркази %1</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>Марказҳо</translation>
    </message>
</context>
<context>
    <name>hamkori::ChangeStatusDialog</name>
    <message>
        <source>Change status of %1</source>
        <translation>Тағйир додани ҳолати %1</translation>
    </message>
    <message>
        <source>The status is now: %1. The change is added, dated, to the status history.</source>
        <translation>Ҳолати ҳозира: %1. Тағйирот бо сана ба таърихи ҳолат илова карда мешавад.</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Ҳолати нав:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Сана:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Эзоҳ:</translation>
    </message>
    <message>
        <source>Why the status changes (required when the concern is dropped)</source>
        <translation>Чаро ҳолат тағйир меёбад (ҳангоми аз баррасӣ хориҷ кардани мушкилот ҳатмист)</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>&amp;Тағйир додани ҳолат</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
</context>
<context>
    <name>hamkori::CommitmentForm</name>
    <message>
        <source>change the kind of %1</source>
        <translation>тағйири навъи %1</translation>
    </message>
    <message>
        <source>change the status of %1</source>
        <translation>тағйири ҳолати %1</translation>
    </message>
    <message>
        <source>change the meeting of %1</source>
        <translation>тағйири вохӯрии %1</translation>
    </message>
    <message>
        <source>change the action plan of %1</source>
        <translation>тағйири нақшаи чорабиниҳои %1</translation>
    </message>
    <message>
        <source>change to whom %1 is addressed</source>
        <translation>тағйири гирандаи %1</translation>
    </message>
    <message>
        <source>change when %1 was made</source>
        <translation>тағйири санаи %1</translation>
    </message>
    <message>
        <source>change when %1 is due</source>
        <translation>тағйири мӯҳлати %1</translation>
    </message>
    <message>
        <source>change when %1 was answered</source>
        <translation>тағйири санаи ҷавоби %1</translation>
    </message>
    <message>
        <source>change the money pledged for %1</source>
        <translation>тағйири маблағи ваъдашуда барои %1</translation>
    </message>
    <message>
        <source>change the money delivered for %1</source>
        <translation>тағйири маблағи додашуда барои %1</translation>
    </message>
    <message>
        <source>change what %1 asks</source>
        <translation>тағйири матни %1</translation>
    </message>
    <message>
        <source>change the answer to %1</source>
        <translation>тағйири ҷавоб ба %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Навъ:</translation>
    </message>
    <message>
        <source>&amp;What was asked:</source>
        <translation>&amp;Чӣ дархост шуд:</translation>
    </message>
    <message>
        <source>Addressed &amp;to:</source>
        <translation>&amp;Ба кӣ:</translation>
    </message>
    <message>
        <source>Made at &amp;meeting:</source>
        <translation>Дар &amp;вохӯрӣ:</translation>
    </message>
    <message>
        <source>For action &amp;plan:</source>
        <translation>Барои &amp;нақшаи чорабиниҳо:</translation>
    </message>
    <message>
        <source>Made &amp;on:</source>
        <translation>&amp;Сана:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Ҳолат:</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>&amp;Ҷавоб:</translation>
    </message>
    <message>
        <source>Ans&amp;wered on:</source>
        <translation>Са&amp;наи ҷавоб:</translation>
    </message>
    <message>
        <source>Pled&amp;ged, somoni:</source>
        <translation>&amp;Ваъдашуда, сомонӣ:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Мӯҳлат:</translation>
    </message>
    <message>
        <source>Deli&amp;vered:</source>
        <translation>Дода &amp;шуд:</translation>
    </message>
    <message>
        <source>For example: to light the street by school No. 5</source>
        <translation>Масалан: равшан кардани кӯча дар назди мактаби № 5</translation>
    </message>
    <message>
        <source>Choose from the directory, or type the name of the body</source>
        <translation>Аз феҳрист интихоб кунед ё номи мақомотро нависед</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>бе мӯҳлат</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ҳанӯз ҷавоб нест</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Эҷод кардан</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Нест кардан…</translation>
    </message>
    <message>
        <source>New request or recommendation</source>
        <translation>Дархост ё тавсияи нав</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ҳеҷ</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(нестшуда)</translation>
    </message>
    <message>
        <source>record a request or recommendation</source>
        <translation>сабт кардани дархост ё тавсия</translation>
    </message>
</context>
<context>
    <name>hamkori::CommitmentListModel</name>
    <message>
        <source>Overdue: due on %1 and not yet done.</source>
        <translation>Мӯҳлаташ гузашта: мӯҳлат %1 буд, вале ҳанӯз иҷро нашудааст.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, мӯҳлаташ гузашта</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Somoni pledged / somoni delivered</source>
        <translation>Сомонии ваъдашуда / сомонии додашуда</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Ба кӣ</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мӯҳлат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Pledged / delivered</source>
        <translation>Ваъдашуда / додашуда</translation>
    </message>
</context>
<context>
    <name>hamkori::CommitmentsPage</name>
    <message>
        <source>&amp;New request or recommendation</source>
        <translation>Дархост ё тавсияи &amp;нав</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Нишон додан:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>ҳама</translation>
    </message>
    <message>
        <source>open</source>
        <translation>кушода</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мӯҳлаташ гузашта</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue: past the due date and not yet done.</source>
        <translation>
            <numerusform>%Ln мӯҳлаташ гузашта: мӯҳлат гузашт, вале ҳанӯз иҷро нашудааст.</numerusform>
            <numerusform>%Ln мӯҳлаташ гузашта: мӯҳлат гузашт, вале ҳанӯз иҷро нашудааст.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>The request or recommendation %1 will be deleted.</source>
        <translation>Дархост ё тавсияи %1 нест карда мешавад.</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>нест кардани %1</translation>
    </message>
    <message>
        <source>Requests and recommendations</source>
        <translation>Дархостҳо ва тавсияҳо</translation>
    </message>
</context>
<context>
    <name>hamkori::ConcernEditor</name>
    <message>
        <source>Choose a concern in the register to see and edit it here.</source>
        <translation>Барои дидан ва таҳрир кардани мушкилот онро дар маълумотнома интихоб кунед.</translation>
    </message>
    <message>
        <source>change the title of %1</source>
        <translation>тағйир додани номи %1</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Тавсиф</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>Таҳ&amp;лил</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Алоқаҳо</translation>
    </message>
    <message>
        <source>Meetings and &amp;plans</source>
        <translation>&amp;Вохӯриҳо ва нақшаҳои чорабиниҳо</translation>
    </message>
    <message>
        <source>A short title</source>
        <translation>Номи кӯтоҳ</translation>
    </message>
    <message>
        <source>The title of the concern</source>
        <translation>Номи мушкилот</translation>
    </message>
    <message>
        <source>This concern is restricted: it is hidden from exports and printouts unless you choose otherwise.</source>
        <translation>Ин мушкилот маҳдуд аст: агар шумо тарзи дигарро интихоб накунед, он дар содирот ва нусхаҳои чопӣ пинҳон мемонад.</translation>
    </message>
    <message>
        <source>R&amp;eferrals</source>
        <translation>&amp;Равонакуниҳо</translation>
    </message>
</context>
<context>
    <name>hamkori::ConcernFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Ҳар ҳолат</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Ҳар гурӯҳ</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Ҳамаро нишон додан</translation>
    </message>
    <message>
        <source>Only restricted</source>
        <translation>Танҳо маҳдудҳо</translation>
    </message>
    <message>
        <source>Hide restricted</source>
        <translation>Пинҳон кардани маҳдудҳо</translation>
    </message>
    <message>
        <source>This team</source>
        <translation>Ҳамин гурӯҳ</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Ҳар категория</translation>
    </message>
    <message>
        <source>Search concerns: code, title, place, causes… (Tajik or Russian)</source>
        <translation>Ҷустуҷӯи мушкилот: рамз, ном, маҳал, сабабҳо… (бо забони тоҷикӣ ё русӣ)</translation>
    </message>
    <message>
        <source>Every word typed must begin a word of the concern</source>
        <translation>Ҳар калимаи воридшуда бояд ибтидои яке аз калимаҳои мушкилот бошад</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>Ҳар маҳал</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Ҳолат:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation>&amp;Аз ҷониби:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Маҳал:</translation>
    </message>
    <message>
        <source>Rest&amp;ricted:</source>
        <translation>Маҳ&amp;дуд:</translation>
    </message>
    <message>
        <source>Tea&amp;ms:</source>
        <translation>&amp;Гурӯҳҳо:</translation>
    </message>
    <message>
        <source>Only &amp;priorities</source>
        <translation>Танҳо аф&amp;залиятҳо</translation>
    </message>
    <message>
        <source>Only concerns chosen in a prioritisation round</source>
        <translation>Танҳо мушкилоте, ки дар даври муайян кардани афзалиятҳо интихоб шудаанд</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>&amp;Тоза кардани филтрҳо</translation>
    </message>
</context>
<context>
    <name>hamkori::ConcernListModel</name>
    <message>
        <source>Restricted concerns are marked with a lock</source>
        <translation>Мушкилоти маҳдуд бо қулф қайд шудаанд</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Маҳал</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Аз ҷониби</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>First raised</source>
        <translation>Бори аввал баён шуд</translation>
    </message>
</context>
<context>
    <name>hamkori::ConcernRegister</name>
    <message>
        <source>Delete concern</source>
        <translation>Нест кардани мушкилот</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Нест кардан</translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%Ln мушкилот</numerusform>
            <numerusform>%Ln мушкилот</numerusform>
        </translation>
    </message>
    <message>
        <source>The concern %1 “%2” and its status history, links, scores and plan entries will be deleted.</source>
        <translation>Мушкилоти %1 «%2» ва таърихи ҳолат, алоқаҳо, холҳо ва бандҳои нақшаи он нест карда мешаванд.</translation>
    </message>
    <message>
        <source>delete concern %1</source>
        <translation>нест кардани мушкилоти %1</translation>
    </message>
    <message>
        <source>&amp;New concern…</source>
        <translation>&amp;Мушкилоти нав…</translation>
    </message>
    <message>
        <source>Register a concern raised by the community</source>
        <translation>Сабт кардани мушкилоте, ки аҳолӣ баён кардааст</translation>
    </message>
    <message>
        <source>De&amp;lete concern…</source>
        <translation>Нест &amp;кардани мушкилот…</translation>
    </message>
    <message>
        <source>Delete the selected concern (Delete key)</source>
        <translation>Мушкилоти интихобшударо нест мекунад (тугмаи Delete)</translation>
    </message>
</context>
<context>
    <name>hamkori::ConcernsPage</name>
    <message>
        <source>Concerns</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>The concern is analysed. Once the team&apos;s concerns are analysed, score them with women, men, youth and authorities to choose the priorities.</source>
        <translation>Мушкилот таҳлил шуд. Вақте ки мушкилоти гурӯҳ таҳлил шуданд, бо занон, мардон, ҷавонон ва мақомоти ҳокимият ба онҳо хол диҳед, то афзалиятҳоро интихоб кунед.</translation>
    </message>
    <message>
        <source>Prioritise the concerns…</source>
        <translation>Муайян кардани афзалиятҳо…</translation>
    </message>
    <message>
        <source>No concern is registered for this team yet. Register the safety concerns the community raises at meetings, in focus groups or surveys.</source>
        <translation>Барои ин гурӯҳ ҳанӯз ягон мушкилот сабт нашудааст. Мушкилоти бехатариро, ки аҳолӣ дар вохӯриҳо, фокус-гурӯҳҳо ё пурсишҳо баён мекунад, сабт кунед.</translation>
    </message>
    <message>
        <source>Register the first concern…</source>
        <translation>Сабт кардани мушкилоти аввал…</translation>
    </message>
</context>
<context>
    <name>hamkori::DecisionDialog</name>
    <message>
        <source>Record the decision</source>
        <translation>Сабт кардани қарор</translation>
    </message>
    <message>
        <source>%1 (rank %2)</source>
        <translation>%1 (ҷойи %2)</translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation>Сабт кардани &amp;қарор</translation>
    </message>
    <message>
        <source>Tick the concerns chosen as priorities. They move to the status &quot;%1&quot;.</source>
        <translation>Мушкилотеро, ки ҳамчун афзалият интихоб шудаанд, қайд кунед. Ҳолати онҳо ба «%1» иваз мешавад.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Сана:</translation>
    </message>
    <message>
        <source>&amp;Why these concerns:</source>
        <translation>&amp;Чаро маҳз ин мушкилот:</translation>
    </message>
</context>
<context>
    <name>hamkori::DescriptionTab</name>
    <message>
        <source>change the description of %1</source>
        <translation>тағйир додани тавсифи %1</translation>
    </message>
    <message>
        <source>change the place of %1</source>
        <translation>тағйир додани маҳали %1</translation>
    </message>
    <message>
        <source>change the category of %1</source>
        <translation>тағйир додани категорияи %1</translation>
    </message>
    <message>
        <source>change who raised %1</source>
        <translation>тағйир додани гурӯҳе, ки %1-ро баён кардааст</translation>
    </message>
    <message>
        <source>change the meeting where %1 was first raised</source>
        <translation>тағйир додани вохӯрие, ки дар он %1 бори аввал баён шуд</translation>
    </message>
    <message>
        <source>change when %1 was first raised</source>
        <translation>тағйир додани санаи бори аввал баён шудани %1</translation>
    </message>
    <message>
        <source>change the source of %1</source>
        <translation>тағйир додани манбаи %1</translation>
    </message>
    <message>
        <source>change how often %1 happens</source>
        <translation>тағйир додани такроршавии %1</translation>
    </message>
    <message>
        <source>restrict %1</source>
        <translation>маҳдуд кардани дастрасӣ ба %1</translation>
    </message>
    <message>
        <source>lift the restriction of %1</source>
        <translation>бардоштани маҳдудияти дастрасӣ ба %1</translation>
    </message>
    <message>
        <source>Not raised at a meeting</source>
        <translation>Дар вохӯрӣ баён нашудааст</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Тавсиф:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Маҳал:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>&amp;Аз ҷониби:</translation>
    </message>
    <message>
        <source>First raised at &amp;meeting:</source>
        <translation>Бори аввал дар &amp;вохӯрӣ баён шуд:</translation>
    </message>
    <message>
        <source>&amp;First raised on:</source>
        <translation>&amp;Санаи бори аввал баён шудан:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Ма&amp;нбаъ:</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>Такрор&amp;шавӣ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Ҳолат:</translation>
    </message>
    <message>
        <source>What happens, to whom, where and when (no names of people)</source>
        <translation>Чӣ рух медиҳад, ба кӣ, дар куҷо ва кай (бе номи одамон)</translation>
    </message>
    <message>
        <source>Village or mahalla</source>
        <translation>Деҳа ё маҳалла</translation>
    </message>
    <message>
        <source>The group that raised the concern, never a person</source>
        <translation>Гурӯҳе, ки мушкилотро баён кардааст, ҳеҷ гоҳ шахс не</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>маълум нест</translation>
    </message>
    <message>
        <source>R&amp;estricted: hidden from exports and printouts</source>
        <translation>Ма&amp;ҳдуд: дар содирот ва чопҳо пинҳон аст</translation>
    </message>
    <message>
        <source>Mark concerns that could endanger people if the laptop or a USB stick is lost, e.g. domestic violence or violent extremism.</source>
        <translation>Мушкилотеро қайд кунед, ки агар ноутбук ё флешка гум шавад, метавонад ба одамон хатар расонад, масалан, хушунати хонаводагӣ ё ифротгароии хушунатомез.</translation>
    </message>
    <message>
        <source>C&amp;hange status…</source>
        <translation>Тағйир додани ҳо&amp;лат…</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Таърихи ҳолат:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эзоҳ</translation>
    </message>
    <message>
        <source>change status of %1</source>
        <translation>тағйир додани ҳолати %1</translation>
    </message>
    <message>
        <source>Erase from histor&amp;y…</source>
        <translation>Аз таъри&amp;х пок кардан…</translation>
    </message>
    <message>
        <source>Erase earlier values of this concern&apos;s fields (a name typed by mistake) from this laptop and, with the next bundle, from every other one.</source>
        <translation>Қиматҳои пешинаи майдонҳои ин мушкилотро (номе, ки хато навишта шудааст) аз ин ноутбук ва бо бастаи маълумоти навбатӣ аз ҳамаи ноутбукҳои дигар пок кардан.</translation>
    </message>
</context>
<context>
    <name>hamkori::DirectoryPage</name>
    <message>
        <source>Search by name, short name, contact, address or notes</source>
        <translation>Ҷустуҷӯ аз рӯи ном, номи мухтасар, шахси тамос, суроға ё эзоҳҳо</translation>
    </message>
    <message>
        <source>&amp;New organisation</source>
        <translation>&amp;Ташкилоти нав</translation>
    </message>
    <message>
        <source>De&amp;lete organisation…</source>
        <translation>Нест &amp;кардани ташкилот…</translation>
    </message>
    <message>
        <source>Deletes the chosen organisation with its services (Delete key)</source>
        <translation>Ташкилоти интихобшударо бо хизматрасониҳояш нест мекунад (тугмаи Delete)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Нишон додан:</translation>
    </message>
    <message>
        <source>Net&amp;work members only</source>
        <translation>Танҳо &amp;аъзои шабака</translation>
    </message>
    <message>
        <source>Only organisations that signed the network&apos;s memorandum</source>
        <translation>Танҳо ташкилотҳое, ки меморандуми шабакаро имзо кардаанд</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Ҳар навъ</translation>
    </message>
    <message>
        <source>Any district</source>
        <translation>Ҳар ноҳия</translation>
    </message>
    <message>
        <source>Any field of expertise</source>
        <translation>Ҳар соҳаи таҷриба</translation>
    </message>
    <message>
        <source>Any kind of service</source>
        <translation>Ҳар навъи хизматрасонӣ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) shown</source>
        <translation>
            <numerusform>%Ln ташкилот нишон дода шудааст</numerusform>
            <numerusform>%Ln ташкилот нишон дода шудааст</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be deleted from the directory with %Ln service(s). Team members and activities that name it keep the name as typed; referrals made to its services stay counted.</source>
        <translation>
            <numerusform>%1 бо %Ln хизматрасонӣ аз маълумотнома нест карда мешавад. Аъзои гурӯҳ ва чорабиниҳое, ки онро ном мебаранд, номро ҳамон тавре ки навишта шуда буд нигоҳ медоранд; равонакуниҳо ба хизматрасониҳои он дар ҳисоб мемонанд.</numerusform>
            <numerusform>%1 бо %Ln хизматрасонӣ аз маълумотнома нест карда мешавад. Аъзои гурӯҳ ва чорабиниҳое, ки онро ном мебаранд, номро ҳамон тавре ки навишта шуда буд нигоҳ медоранд; равонакуниҳо ба хизматрасониҳои он дар ҳисоб мемонанд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>delete the organisation %1</source>
        <translation>нест кардани ташкилоти %1</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Маълумотнома</translation>
    </message>
</context>
<context>
    <name>hamkori::DriverListModel</name>
    <message>
        <source>change the drivers of %1</source>
        <translation>тағйир додани омилҳои %1</translation>
    </message>
</context>
<context>
    <name>hamkori::EquipmentModel</name>
    <message>
        <source>Item</source>
        <translation>Ашё</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Миқдор</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Ҳолат</translation>
    </message>
</context>
<context>
    <name>hamkori::EquipmentPanel</name>
    <message>
        <source>change the equipment item %1</source>
        <translation>тағйири ашёи таҷҳизот %1</translation>
    </message>
    <message>
        <source>&amp;New item:</source>
        <translation>Ашёи &amp;нав:</translation>
    </message>
    <message>
        <source>For example: computer, chairs, projector</source>
        <translation>Масалан: компютер, курсиҳо, проектор</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Чанд адад</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Илова кардан</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Нест кардани ашё</translation>
    </message>
    <message>
        <source>Double-click a cell to change it.</source>
        <translation>Барои тағйир додан катакро ду бор клик кунед.</translation>
    </message>
    <message>
        <source>add %1 to the equipment</source>
        <translation>илова кардани %1 ба таҷҳизот</translation>
    </message>
    <message>
        <source>delete %1 from the equipment</source>
        <translation>нест кардани %1 аз таҷҳизот</translation>
    </message>
</context>
<context>
    <name>hamkori::EraseHistoryDialog</name>
    <message>
        <source>Erase from history</source>
        <translation>Аз таърих пок кардан</translation>
    </message>
    <message>
        <source>A name or other text typed by mistake stays in the record&apos;s history after it is removed, and travels to other laptops with it. Tick the fields whose earlier values must go: they are erased from this laptop now, and from every other laptop when it receives the next bundle. The values shown now stay. Erasing cannot be undone.</source>
        <translation>Ном ё матни дигаре, ки хато навишта шудааст, пас аз хориҷ кардан ҳам дар таърихи сабт мемонад ва бо он ба ноутбукҳои дигар мегузарад. Майдонҳоеро қайд кунед, ки қиматҳои пешинаашон бояд нест шаванд: онҳо ҳозир аз ин ноутбук ва ҳангоми гирифтани бастаи маълумоти навбатӣ аз ҳар ноутбуки дигар пок карда мешаванд. Қиматҳои ҳозира нишондодашуда мемонанд. Пок карданро бекор кардан мумкин нест.</translation>
    </message>
    <message>
        <source>&amp;Erase earlier values</source>
        <translation>Қиматҳои пешинаро &amp;пок кардан</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n earlier value(s)</source>
        <translation>
            <numerusform>%1: %Ln қимати пешина</numerusform>
            <numerusform>%1: %Ln қимати пешина</numerusform>
        </translation>
    </message>
    <message>
        <source>No field of this record holds an earlier value: there is nothing to erase.</source>
        <translation>Ягон майдони ин сабт қимати пешина надорад: чизе барои пок кардан нест.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) erased</source>
        <translation>
            <numerusform>%1: %Ln қимат пок карда шуд</numerusform>
            <numerusform>%1: %Ln қимат пок карда шуд</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the fields whose earlier values must be erased.</source>
        <translation>Майдонҳоеро қайд кунед, ки қиматҳои пешинаашон бояд пок карда шаванд.</translation>
    </message>
    <message>
        <source>Erased here: %1. The other laptops erase them when they receive the next bundle.</source>
        <translation>Дар ин ҷо пок карда шуд: %1. Ноутбукҳои дигар онҳоро ҳангоми гирифтани бастаи маълумоти навбатӣ пок мекунанд.</translation>
    </message>
</context>
<context>
    <name>hamkori::EventDetailsForm</name>
    <message>
        <source>change the kind of %1</source>
        <translation>тағйири навъи %1</translation>
    </message>
    <message>
        <source>change the title of %1</source>
        <translation>тағйири номи %1</translation>
    </message>
    <message>
        <source>change the first day of %1</source>
        <translation>тағйири рӯзи аввали %1</translation>
    </message>
    <message>
        <source>change the last day of %1</source>
        <translation>тағйири рӯзи охири %1</translation>
    </message>
    <message>
        <source>change the place of %1</source>
        <translation>тағйири маҳалли %1</translation>
    </message>
    <message>
        <source>change the centre of %1</source>
        <translation>тағйири маркази %1</translation>
    </message>
    <message>
        <source>change the organisers of %1</source>
        <translation>тағйири ташкилкунандагони %1</translation>
    </message>
    <message>
        <source>change the other organisers of %1</source>
        <translation>тағйири ташкилкунандагони дигари %1</translation>
    </message>
    <message>
        <source>change the action plan of %1</source>
        <translation>тағйири нақшаи чорабиниҳои %1</translation>
    </message>
    <message>
        <source>change the activity of %1</source>
        <translation>тағйири чорабинии нақшаи %1</translation>
    </message>
    <message>
        <source>change the concerns of %1</source>
        <translation>тағйири мушкилоти %1</translation>
    </message>
    <message>
        <source>change the highest test score of %1</source>
        <translation>тағйири холи баландтарини санҷиши %1</translation>
    </message>
    <message>
        <source>change the topics of %1</source>
        <translation>тағйири мавзӯъҳои %1</translation>
    </message>
    <message>
        <source>change the feedback questions of %1</source>
        <translation>тағйири саволҳои варақаи фикру мулоҳизаи %1</translation>
    </message>
    <message>
        <source>The event met my expectations.</source>
        <translation>Рӯйдод ба интизориҳои ман ҷавобгӯ буд.</translation>
    </message>
    <message>
        <source>The topics were useful for my work.</source>
        <translation>Мавзӯъҳо барои кори ман муфид буданд.</translation>
    </message>
    <message>
        <source>The trainers explained things clearly.</source>
        <translation>Тренерҳо мавзӯъҳоро фаҳмо шарҳ доданд.</translation>
    </message>
    <message>
        <source>I had enough chances to take part and ask questions.</source>
        <translation>Барои иштирок ва додани савол имконияти кофӣ доштам.</translation>
    </message>
    <message>
        <source>I will use what I learned.</source>
        <translation>Он чиро, ки омӯхтам, дар кор истифода мебарам.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Навъ:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Н&amp;ом:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Рӯзи &amp;аввал:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Рӯзи &amp;охир:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Маҳал:</translation>
    </message>
    <message>
        <source>Held &amp;at a centre:</source>
        <translation>Дар &amp;марказ гузаронида шуд:</translation>
    </message>
    <message>
        <source>&amp;Organisers from the directory:</source>
        <translation>&amp;Ташкилкунандагон аз маълумотнома:</translation>
    </message>
    <message>
        <source>Other organisers:</source>
        <translation>Ташкилкунандагони дигар:</translation>
    </message>
    <message>
        <source>Top&amp;ics:</source>
        <translation>Мавзӯ&amp;ъҳо:</translation>
    </message>
    <message>
        <source>For action &amp;plan:</source>
        <translation>Барои &amp;нақшаи чорабиниҳо:</translation>
    </message>
    <message>
        <source>Acti&amp;vity of the plan:</source>
        <translation>&amp;Чорабинии нақша:</translation>
    </message>
    <message>
        <source>Concerns it &amp;serves:</source>
        <translation>&amp;Мушкилоте, ки ба онҳо равона шудааст:</translation>
    </message>
    <message>
        <source>&amp;Highest test score:</source>
        <translation>&amp;Холи баландтарини санҷиш:</translation>
    </message>
    <message>
        <source>Feedback &amp;questions:</source>
        <translation>&amp;Саволҳои варақаи фикру мулоҳиза:</translation>
    </message>
    <message>
        <source>For example: Community policing for new team members</source>
        <translation>Масалан: Ҳамкории милитсия ва ҷомеа барои аъзои нави гурӯҳ</translation>
    </message>
    <message>
        <source>Where it was held, as written</source>
        <translation>Ҷое, ки гузаронида шуд, чӣ тавре ки навишта шудааст</translation>
    </message>
    <message>
        <source>Organisers not in the directory, as written</source>
        <translation>Ташкилкунандагоне, ки дар маълумотнома нестанд, чӣ тавре ки навишта шудааст</translation>
    </message>
    <message>
        <source>One topic per line</source>
        <translation>Дар ҳар сатр як мавзӯъ</translation>
    </message>
    <message>
        <source>One question per line, at most %1; participants answer each from 1 to 5</source>
        <translation>Дар ҳар сатр як савол, на зиёда аз %1; иштирокчиён ба ҳар кадом аз 1 то 5 ҷавоб медиҳанд</translation>
    </message>
    <message>
        <source>Type to find an organisation</source>
        <translation>Барои ёфтани ташкилот нависед</translation>
    </message>
    <message>
        <source>Type to find a concern</source>
        <translation>Барои ёфтани мушкилот нависед</translation>
    </message>
    <message>
        <source>one day</source>
        <translation>як рӯз</translation>
    </message>
    <message>
        <source>&amp;Use the standard questions</source>
        <translation>Саволҳои &amp;муқаррариро истифода баред</translation>
    </message>
    <message>
        <source>Fills in five usual questions when there are none yet.</source>
        <translation>Агар савол ҳанӯз набошад, панҷ саволи маъмулиро ворид мекунад.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Эҷод кардан</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Рӯйдоди нав</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нест</translation>
    </message>
    <message>
        <source>choose the plan first</source>
        <translation>аввал нақшаро интихоб кунед</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(нест карда шуд)</translation>
    </message>
    <message>
        <source>record the event %1</source>
        <translation>сабти рӯйдоди %1</translation>
    </message>
</context>
<context>
    <name>hamkori::EventListModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>аз %1 то %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Рӯзи аввал</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Маҳал</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Нафар</translation>
    </message>
</context>
<context>
    <name>hamkori::EventRowsModel</name>
    <message>
        <source>Type here to add a new one.</source>
        <translation>Барои илова кардани сатри нав дар ин ҷо нависед.</translation>
    </message>
</context>
<context>
    <name>hamkori::EventsPage</name>
    <message>
        <source>&amp;New event</source>
        <translation>Рӯйдоди &amp;нав</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Нест &amp;кардан…</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Нишон &amp;додан:</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>ҳамаи навъҳо</translation>
    </message>
    <message>
        <source>Search in titles</source>
        <translation>Ҷустуҷӯ дар номҳо</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Тафсилот</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Иштирокчиён</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренерҳо</translation>
    </message>
    <message>
        <source>Tests and feedback</source>
        <translation>Санҷишҳо ва фикру мулоҳиза</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Пайгирӣ</translation>
    </message>
    <message>
        <source>No events recorded for this group yet: &quot;New event&quot; records the first one.</source>
        <translation>Барои ин гурӯҳ ҳанӯз рӯйдод сабт нашудааст: «Рӯйдоди нав» якумашро сабт мекунад.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%Ln рӯйдод.</numerusform>
            <numerusform>%Ln рӯйдод.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown.</source>
        <translation>
            <numerusform>%1 аз %Ln рӯйдод нишон дода шуд.</numerusform>
            <numerusform>%1 аз %Ln рӯйдод нишон дода шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message numerus="yes">
        <source>The event %1 «%2» will be deleted with its %n participant(s), trainers, test and feedback sheets and follow-ups.</source>
        <translation>
            <numerusform>Рӯйдоди %1 «%2» бо %Ln иштирокчӣ, тренерҳо, варақаҳои санҷиш ва фикру мулоҳиза ва пайгириаш нест карда мешавад.</numerusform>
            <numerusform>Рӯйдоди %1 «%2» бо %Ln иштирокчӣ, тренерҳо, варақаҳои санҷиш ва фикру мулоҳиза ва пайгириаш нест карда мешавад.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>нест кардани %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Рӯйдодҳо</translation>
    </message>
</context>
<context>
    <name>hamkori::ExchangePage</name>
    <message>
        <source>E&amp;xport</source>
        <translation>Со&amp;дирот</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Воридот</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Ихтилофҳо</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Ихтилофҳо (%1)</translation>
    </message>
    <message>
        <source>&amp;Laptops</source>
        <translation>&amp;Ноутбукҳо</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Мубодила</translation>
    </message>
    <message>
        <source>&amp;Set aside</source>
        <translation>&amp;Тағйироти мавқуфмонда</translation>
    </message>
    <message>
        <source>&amp;Set aside (%1)</source>
        <translation>&amp;Тағйироти мавқуфмонда (%1)</translation>
    </message>
</context>
<context>
    <name>hamkori::FieldErrors</name>
    <message>
        <source>This was not saved. Correct it, or press Enter in the field to read why.</source>
        <translation>Ин нигоҳ дошта нашуд. Онро ислоҳ кунед ё барои дидани сабаб дар майдон Enter-ро зер кунед.</translation>
    </message>
</context>
<context>
    <name>hamkori::FollowUpsPanel</name>
    <message>
        <source>change a follow-up of %1</source>
        <translation>тағйири пайгирии %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Чӣ кор карда шуд</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Сана:</translation>
    </message>
    <message>
        <source>What was done after the event, for example: a second session at the school</source>
        <translation>Пас аз рӯйдод чӣ кор карда шуд, масалан: ҷаласаи дуюм дар мактаб</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Илова кардан</translation>
    </message>
    <message>
        <source>Delete the follow-&amp;up</source>
        <translation>&amp;Нест кардани пайгирӣ</translation>
    </message>
    <message>
        <source>add a follow-up to %1</source>
        <translation>илова кардани пайгирӣ ба %1</translation>
    </message>
    <message>
        <source>delete a follow-up of %1</source>
        <translation>нест кардани пайгирии %1</translation>
    </message>
</context>
<context>
    <name>hamkori::GuestCountsGrid</name>
    <message>
        <source>Members present: %1 women, %2 men. Everyone present: %3 women, %4 men.</source>
        <translation>Аъзои ҳозир: %1 зан, %2 мард. Ҳамаи ҳозирон: %3 зан, %4 мард.</translation>
    </message>
    <message>
        <source>Women guests</source>
        <translation>Меҳмонони зан</translation>
    </message>
    <message>
        <source>Men guests</source>
        <translation>Меҳмонони мард</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>Ҳамаи меҳмонон</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Аъзои ҳозир</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Ҳамаи ҳозирон</translation>
    </message>
</context>
<context>
    <name>hamkori::GuideDialog</name>
    <message>
        <source>Guide to the cycle</source>
        <translation>Роҳнамо оид ба давраи кор</translation>
    </message>
    <message>
        <source>Set up the team: its name, district and jamoat, then its members — police, Hukumat and Jamoat staff, civil society, elders, women and youth. The balance beside the members shows whether women and youth have their share.</source>
        <translation>Гурӯҳро таъсис диҳед: ном, ноҳия ва ҷамоати он, баъд аъзояш — кормандони милитсия, Ҳукумат ва Ҷамоат, ҷомеаи шаҳрвандӣ, мӯйсафедон, занон ва ҷавонон. Мувозинати гурӯҳ дар паҳлӯи рӯйхати аъзо нишон медиҳад, ки оё ҳиссаи занон ва ҷавонон кофӣ аст.</translation>
    </message>
    <message>
        <source>Log every meeting: its date, place and kind (a regular meeting, a community consultation, a women&apos;s or youth focus group), who was present, guests by sex and age, the agenda, minutes and decisions. Register the concerns people raised at it right there.</source>
        <translation>Ҳар вохӯриро сабт кунед: сана, маҳал ва навъи он (вохӯрии навбатӣ, машварат бо аҳолӣ, фокус-гурӯҳи занон ё ҷавонон), кӣ ҳозир буд, меҳмонон аз рӯи ҷинс ва синну сол, рӯзнома, суратҷаласа ва қарорҳо. Мушкилотеро, ки мардум дар он баён карданд, дар ҳамон ҷо сабт кунед.</translation>
    </message>
    <message>
        <source>The register of the community&apos;s safety concerns. Analyse each one: causes and effects, the problem triangle, the drivers behind it, how it affects women, men, girls and boys, and whether working on it could inflame tensions. Mark sensitive concerns as restricted.</source>
        <translation>Феҳристи мушкилоти бехатарии ҷомеа. Ҳар яки онро таҳлил кунед: сабабҳо ва оқибатҳо, секунҷаи таҳлили мушкилот, омилҳои он, таъсираш ба занон, мардон, духтарон ва писарон ва оё кор бо он метавонад ташаннуҷро шиддат бахшад. Мушкилоти ҳассосро ҳамчун маҳдуд қайд кунед.</translation>
    </message>
    <message>
        <source>At a meeting, score the concerns on agreed criteria, separately with women, men, youth and authorities, so that the concerns of each group stay visible. Then record the decision: the concerns the team chose as priorities.</source>
        <translation>Дар вохӯрӣ ба мушкилот аз рӯи меъёрҳои мувофиқашуда алоҳида бо занон, мардон, ҷавонон ва мақомоти ҳокимият хол диҳед, то ки мушкилоти ҳар гурӯҳ намоён бимонад. Баъд қарорро сабт кунед: мушкилоте, ки гурӯҳ ҳамчун афзалият интихоб кард.</translation>
    </message>
    <message>
        <source>Make the action plan for the priorities: the measures, who leads them, deadlines, funding and indicators. Adopt it at a meeting, print it for the Hukumat to sign, then record the progress of each activity.</source>
        <translation>Барои афзалиятҳо нақшаи чорабиниҳо тартиб диҳед: чорабиниҳо, иҷрокунандагони масъул, мӯҳлатҳои иҷро, маблағгузорӣ ва нишондиҳандаҳо. Онро дар вохӯрӣ қабул кунед, барои имзои Ҳукумат чоп кунед, баъд пешрафти ҳар чорабиниро сабт кунед.</translation>
    </message>
    <message>
        <source>The overview shows how things stand: open concerns, overdue activities, people reached. Reports makes the period report for the Hukumat, the police, the public council or donors: figures only, no concern named.</source>
        <translation>Шарҳи умумӣ вазъро нишон медиҳад: мушкилоти ҳалнашуда, чорабиниҳои мӯҳлаташон гузашта, одамони фарогиршуда. Дар «Ҳисоботҳо» ҳисоботи давраӣ барои Ҳукумат, милитсия, шӯрои ҷамъиятӣ ё донорҳо тайёр мешавад: танҳо рақамҳо, бе номи ягон мушкилот.</translation>
    </message>
    <message>
        <source>Carry the records between laptops on a USB stick: export an encrypted bundle for the coordinator, import the bundles others bring, and settle conflicts when two laptops changed the same thing.</source>
        <translation>Сабтҳоро бо флешка аз як ноутбук ба дигараш интиқол диҳед: барои ҳамоҳангсоз бастаи маълумоти рамзгузоришударо содир кунед, бастаҳоеро, ки дигарон меоранд, ворид кунед ва ихтилофҳоро ҳал кунед, агар ду ноутбук як чизро тағйир дода бошанд.</translation>
    </message>
    <message>
        <source>The language, the data file and its backups, the exchange passphrase, and the lists of places, categories and criteria.</source>
        <translation>Забон, файли маълумот ва нусхаҳои эҳтиётии он, ибораи махфии мубодила ва рӯйхатҳои маҳалҳо, категорияҳо ва меъёрҳо.</translation>
    </message>
    <message>
        <source>A team works in a cycle: it finds the community&apos;s safety concerns, analyses them, chooses priorities, plans and acts, then follows the progress and reports. The pages follow that order. Click a page&apos;s name to open it.</source>
        <translation>Гурӯҳ давра ба давра кор мекунад: мушкилоти бехатарии ҷомеаро муайян мекунад, онҳоро таҳлил мекунад, афзалиятҳоро интихоб мекунад, нақша мекашад ва амал мекунад, баъд пешрафтро назорат карда, ҳисобот медиҳад. Саҳифаҳо ба ҳамин тартиб омадаанд. Барои кушодани саҳифа номи онро зер кунед.</translation>
    </message>
    <message>
        <source>The directory of the organisations around the teams — civil society, state bodies, police units, international agencies — with the districts where they work, their fields of expertise and the services people can be referred to. A coordinator can import the matrix already kept in a spreadsheet and print it by district.</source>
        <translation>Маълумотномаи ташкилотҳое, ки дар атрофи гурӯҳҳо кор мекунанд — ҷомеаи шаҳрвандӣ, мақомоти давлатӣ, воҳидҳои милитсия, ташкилотҳои байналмилалӣ — бо ноҳияҳое, ки дар онҳо фаъоланд, соҳаҳои таҷрибаашон ва хизматрасониҳое, ки одамонро ба онҳо равона кардан мумкин аст. Ҳамоҳангсоз метавонад матритсаеро, ки аллакай дар ҷадвал нигоҳ медорад, ворид кунад ва онро аз рӯи ноҳияҳо чоп кунад.</translation>
    </message>
    <message>
        <source>The community policing centres where teams meet people: their equipment and its condition, the groups that meet there and the visitors of each reception day, counted by sex and age.</source>
        <translation>Марказҳои ҳамкории милитсия ва ҷомеа, ки дар онҳо гурӯҳҳо бо мардум вомехӯранд: таҷҳизот ва ҳолати он, гурӯҳҳое, ки дар он ҷо ҷамъ меоянд, ва ташрифоварандагони ҳар рӯзи қабул аз рӯи ҷинс ва синну сол.</translation>
    </message>
    <message>
        <source>What the team asked of the police, the Hukumat or another body, and what it recommended: to whom, by when, the answer and the money pledged and delivered. Overdue ones show on the overview until they are answered.</source>
        <translation>Он чи гурӯҳ аз милитсия, Ҳукумат ё мақоми дигар дархост кард ва чӣ тавсия дод: ба кӣ, то кай, ҷавоб ва маблағи ваъдашуда ва додашуда. Дархостҳои мӯҳлаташон гузашта то ҷавоб гирифтан дар шарҳи умумӣ нишон дода мешаванд.</translation>
    </message>
    <message>
        <source>Awareness campaigns on television, radio and social media, in schools and mosques, and door to door: their channels, the concerns they serve, the materials made, and the people reached — directly, counted by sex and age, and indirectly, estimated with the way it was estimated. A progress update carried out by a campaign counts its people once, in the campaign.</source>
        <translation>Маъракаҳои огоҳсозӣ дар телевизион, радио ва шабакаҳои иҷтимоӣ, дар мактабҳо ва масҷидҳо ва хона ба хона: воситаҳои онҳо, мушкилоте, ки ба онҳо равона шудаанд, маводи тайёршуда ва одамони фарогиршуда — бевосита, аз рӯи ҷинс ва синну сол ҳисобшуда, ва бавосита, тахминӣ бо тарзи тахмин. Қайди пешрафте, ки тавассути маърака иҷро шудааст, одамони онро як бор, дар худи маърака ҳисоб мекунад.</translation>
    </message>
    <message>
        <source>Trainings, round tables, exchange visits, conferences and police reporting days: who took part (members of any group by name, others counted by sex and age), the trainers, the test scores before and after a training and what the feedback sheets say, and what was done afterwards.</source>
        <translation>Омӯзишҳо, мизҳои мудаввар, сафарҳои омӯзишӣ ва табодули таҷриба, конференсияҳо ва рӯзҳои ҳисоботдиҳии милитсия: кӣ иштирок кард (аъзои ҳар гурӯҳ бо ном, дигарон бо шумора аз рӯи ҷинс ва синну сол), тренерҳо, холҳои санҷиши ибтидоӣ ва ниҳоии омӯзиш, он чи дар варақаҳои фикру мулоҳиза гуфта шудааст ва он чи баъдан карда шуд.</translation>
    </message>
    <message>
        <source>Perception surveys at the start of a plan (baseline) and at its end (endline): the questionnaire of each round, the paper sheets typed in one row a sheet, or the counts per option when only tallies were kept. No sheet holds a name.</source>
        <translation>Пурсишҳои афкори ҷомеа дар оғози нақшаи чорабиниҳо (ибтидоӣ) ва дар охири он (ниҳоӣ): саволномаи ҳар пурсиш, варақаҳои пурсиш, ки ҳар кадом дар як сатр ворид карда мешаванд, ё шумориши ҷавобҳо барои ҳар вариант, вақте ки танҳо шумориш нигоҳ дошта шуд. Дар ягон варақа ном навишта намешавад.</translation>
    </message>
</context>
<context>
    <name>hamkori::LinkMapView</name>
    <message>
        <source>Restricted: hidden from exports and printouts.</source>
        <translation>Маҳдуд: дар содирот ва нусхаҳои чопӣ пинҳон аст.</translation>
    </message>
    <message>
        <source>Click to open this concern.</source>
        <translation>Барои кушодани ин мушкилот онро зер кунед.</translation>
    </message>
</context>
<context>
    <name>hamkori::LinksTab</name>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Links to other concerns:</source>
        <translation>Алоқаҳо бо мушкилоти дигар:</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>&amp;Илова кардани алоқа…</translation>
    </message>
    <message>
        <source>Remo&amp;ve link</source>
        <translation>&amp;Хориҷ кардани алоқа</translation>
    </message>
    <message>
        <source>Remove the selected link (Delete)</source>
        <translation>Хориҷ кардани алоқаи интихобшуда (Delete)</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the other concern</source>
        <translation>Барои кушодани мушкилоти дигар Enter-ро пахш кунед ё онро ду маротиба зер кунед</translation>
    </message>
    <message>
        <source>Link map: second-degree links included. Click a concern to open it.</source>
        <translation>Харитаи алоқаҳо: алоқаҳои дараҷаи дуюм низ дохил карда шудаанд. Барои кушодани мушкилот онро зер кунед.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Алоқа</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эзоҳ</translation>
    </message>
    <message>
        <source>link %1 to %2</source>
        <translation>алоқаманд кардани %1 бо %2</translation>
    </message>
    <message>
        <source>remove the link between %1 and %2</source>
        <translation>хориҷ кардани алоқаи байни %1 ва %2</translation>
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
        <source>Hamkori</source>
        <translation>Hamkori</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Таҳрир</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Намоиш</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Гурӯҳ:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Гурӯҳ</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Бекор кардани амал: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор кардани амал</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Такрор кардан: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Такрор кардан</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ёрӣ</translation>
    </message>
    <message>
        <source>&amp;About Hamkori</source>
        <translation>&amp;Дар бораи Hamkori</translation>
    </message>
    <message>
        <source>This data file has a new identity</source>
        <translation>Ин файли маълумот ҳувияти нав дорад</translation>
    </message>
    <message>
        <source>&amp;Guide to the cycle</source>
        <translation>&amp;Роҳнамо оид ба давраи кор</translation>
    </message>
</context>
<context>
    <name>hamkori::MaterialModel</name>
    <message>
        <source>Material</source>
        <translation>Мавод</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Миқдор</translation>
    </message>
</context>
<context>
    <name>hamkori::MaterialsPanel</name>
    <message>
        <source>change the material %1</source>
        <translation>тағйири маводи %1</translation>
    </message>
    <message>
        <source>&amp;New material:</source>
        <translation>&amp;Маводи нав:</translation>
    </message>
    <message>
        <source>For example: leaflets, posters, a radio spot</source>
        <translation>Масалан: варақаҳо, плакатҳо, садо барои радио</translation>
    </message>
    <message>
        <source>How many were made</source>
        <translation>Чанд адад тайёр карда шуд</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Илова кардан</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>Нест кардани мавод</translation>
    </message>
    <message>
        <source>Double-click a cell to change it.</source>
        <translation>Барои тағйир додан катакро ду бор клик кунед.</translation>
    </message>
    <message>
        <source>add the material %1</source>
        <translation>илова кардани маводи %1</translation>
    </message>
    <message>
        <source>delete the material %1</source>
        <translation>нест кардани маводи %1</translation>
    </message>
</context>
<context>
    <name>hamkori::MeetingDetailsForm</name>
    <message>
        <source>Enter a code for the meeting, or keep the one it has (%1).</source>
        <translation>Рамзи вохӯриро ворид кунед ё рамзи ҳозираи онро (%1) нигоҳ доред.</translation>
    </message>
    <message>
        <source>change the kind of meeting %1</source>
        <translation>тағйир додани навъи вохӯрии %1</translation>
    </message>
    <message>
        <source>change the date of meeting %1</source>
        <translation>тағйир додани санаи вохӯрии %1</translation>
    </message>
    <message>
        <source>change the code of meeting %1</source>
        <translation>тағйир додани рамзи вохӯрии %1</translation>
    </message>
    <message>
        <source>change the place of meeting %1</source>
        <translation>тағйир додани маҳали вохӯрии %1</translation>
    </message>
    <message>
        <source>change the facilitator of meeting %1</source>
        <translation>тағйир додани фасилитатори вохӯрии %1</translation>
    </message>
    <message>
        <source>change the minutes number of meeting %1</source>
        <translation>тағйир додани рақами суратҷаласаи вохӯрии %1</translation>
    </message>
    <message>
        <source>change the agenda of meeting %1</source>
        <translation>тағйир додани рӯзномаи вохӯрии %1</translation>
    </message>
    <message>
        <source>change the minutes of meeting %1</source>
        <translation>тағйир додани суратҷаласаи вохӯрии %1</translation>
    </message>
    <message>
        <source>change the decisions of meeting %1</source>
        <translation>тағйир додани қарорҳои вохӯрии %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Навъ:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Сана:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Рамз:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Маҳал:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Фасилитатор:</translation>
    </message>
    <message>
        <source>Minutes n&amp;umber:</source>
        <translation>Рақами суратҷа&amp;ласа:</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>Р&amp;ӯзнома:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>С&amp;уратҷаласа:</translation>
    </message>
    <message>
        <source>Decision&amp;s:</source>
        <translation>&amp;Қарорҳо:</translation>
    </message>
    <message>
        <source>Village, mahalla or building</source>
        <translation>Деҳа, маҳалла ё бино</translation>
    </message>
    <message>
        <source>Who led the meeting</source>
        <translation>Кӣ вохӯриро гузаронд</translation>
    </message>
    <message>
        <source>Number on the paper minutes</source>
        <translation>Рақам дар суратҷаласаи коғазӣ</translation>
    </message>
    <message>
        <source>One item a line</source>
        <translation>Дар ҳар сатр як банд</translation>
    </message>
    <message>
        <source>What was agreed, who does it, by when</source>
        <translation>Чӣ қарор дода шуд, кӣ иҷро мекунад, то кай</translation>
    </message>
    <message>
        <source>change who chaired meeting %1</source>
        <translation>тағйири раиси вохӯрии %1</translation>
    </message>
    <message>
        <source>change the secretary of meeting %1</source>
        <translation>тағйири котиби вохӯрии %1</translation>
    </message>
    <message>
        <source>C&amp;haired by:</source>
        <translation>&amp;Раис:</translation>
    </message>
    <message>
        <source>Secre&amp;tary:</source>
        <translation>&amp;Котиб:</translation>
    </message>
    <message>
        <source>A member present, or type a name</source>
        <translation>Узви ҳозир ё номро ворид кунед</translation>
    </message>
    <message>
        <source>none</source>
        <comment>held at no centre</comment>
        <translation>ҳеҷ</translation>
    </message>
    <message>
        <source>(deleted centre)</source>
        <translation>(маркази нестшуда)</translation>
    </message>
    <message>
        <source>change the centre meeting %1 was held at</source>
        <translation>тағйири маркази баргузории вохӯрии %1</translation>
    </message>
    <message>
        <source>Held at c&amp;entre:</source>
        <translation>Дар &amp;марказ:</translation>
    </message>
</context>
<context>
    <name>hamkori::MeetingListModel</name>
    <message>
        <source>%1 members present, %2 guests</source>
        <translation>%1 узви ҳозир, %2 меҳмон</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Маҳал</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Иштирок</translation>
    </message>
</context>
<context>
    <name>hamkori::MeetingsPage</name>
    <message>
        <source>Delete meeting</source>
        <translation>Нест кардани вохӯрӣ</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Тафсилот</translation>
    </message>
    <message>
        <source>A&amp;ttendance (%1)</source>
        <translation>&amp;Иштирок (%1)</translation>
    </message>
    <message>
        <source>Concerns &amp;raised (%1)</source>
        <translation>&amp;Мушкилоти баёншуда (%1)</translation>
    </message>
    <message>
        <source>create a meeting on %1</source>
        <translation>эҷод кардани вохӯрӣ дар санаи %1</translation>
    </message>
    <message numerus="yes">
        <source>The meeting %1 of %2 and its attendance records (%n member(s) marked present) will be deleted.</source>
        <translation>
            <numerusform>Вохӯрии %1 аз санаи %2 ва сабтҳои иштироки он (%Ln узв ҳамчун ҳозир қайд шудааст) нест карда мешаванд.</numerusform>
            <numerusform>Вохӯрии %1 аз санаи %2 ва сабтҳои иштироки он (%Ln узв ҳамчун ҳозир қайд шудааст) нест карда мешаванд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n concern(s) raised at it stay in the register.</source>
        <translation>
            <numerusform>%Ln мушкилоти дар он баёншуда дар маълумотномаи мушкилот боқӣ мемонад.</numerusform>
            <numerusform>%Ln мушкилоти дар он баёншуда дар маълумотномаи мушкилот боқӣ мемонад.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Ин амалро бо Таҳрир → Бекор кардани амал бекор карда метавонед.</translation>
    </message>
    <message>
        <source>delete meeting %1</source>
        <translation>нест кардани вохӯрии %1</translation>
    </message>
    <message>
        <source>&amp;Meetings of the team, newest first</source>
        <translation>&amp;Вохӯриҳои гурӯҳ, аз навтарин сар карда</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>Вохӯрии &amp;нав</translation>
    </message>
    <message>
        <source>Log a meeting held today; change its date and details on the right.</source>
        <translation>Вохӯриеро, ки имрӯз гузаронида шуд, сабт кунед; сана ва тафсилоти онро дар тарафи рост тағйир диҳед.</translation>
    </message>
    <message>
        <source>De&amp;lete meeting…</source>
        <translation>Нест &amp;кардани вохӯрӣ…</translation>
    </message>
    <message>
        <source>Create a team on the Team page first.</source>
        <translation>Аввал дар саҳифаи «Гурӯҳ» гурӯҳ эҷод кунед.</translation>
    </message>
    <message>
        <source>No meeting is selected. Click “New meeting” to log one.</source>
        <translation>Ягон вохӯрӣ интихоб нашудааст. Барои сабт кардани вохӯрӣ тугмаи «Вохӯрии нав»-ро зер кунед.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Вохӯриҳо</translation>
    </message>
    <message>
        <source>Erase from histor&amp;y…</source>
        <translation>Аз таъри&amp;х пок кардан…</translation>
    </message>
    <message>
        <source>Erase earlier values of this meeting&apos;s agenda, minutes, decisions or facilitator from this laptop and, with the next bundle, from every other one.</source>
        <translation>Қиматҳои пешинаи рӯзнома, суратҷаласа, қарорҳо ё фасилитатори ин вохӯриро аз ин ноутбук ва бо бастаи маълумоти навбатӣ аз ҳамаи ноутбукҳои дигар пок кардан.</translation>
    </message>
    <message>
        <source>Create a team…</source>
        <translation>Эҷод кардани гурӯҳ…</translation>
    </message>
    <message>
        <source>No meeting is logged yet. Log the team&apos;s first meeting: when and where it was, who came, and the concerns people raised.</source>
        <translation>Ҳанӯз ягон вохӯрӣ сабт нашудааст. Вохӯрии аввалини гурӯҳро сабт кунед: кай ва дар куҷо буд, кӣ омад ва мардум кадом мушкилотро баён карданд.</translation>
    </message>
    <message>
        <source>Log the first meeting</source>
        <translation>Сабт кардани вохӯрии аввал</translation>
    </message>
</context>
<context>
    <name>hamkori::MeetingsPlansTab</name>
    <message>
        <source>first raised</source>
        <translation>бори аввал баён шуд</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>хол дода шуд</translation>
    </message>
    <message>
        <source>scored (%1)</source>
        <translation>хол дода шуд (%1)</translation>
    </message>
    <message>
        <source>plan %1 adopted</source>
        <translation>нақшаи чорабиниҳои %1 қабул шуд</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>хол дода нашуд</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 аз %2</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>ҳанӯз қарор қабул нашудааст</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>интихоб шуд</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>интихоб нашуд</translation>
    </message>
    <message>
        <source>Round of %1</source>
        <translation>Даври %1</translation>
    </message>
    <message>
        <source>Meetings where it was discussed</source>
        <translation>Вохӯриҳое, ки дар онҳо баррасӣ шуд</translation>
    </message>
    <message>
        <source>Prioritisation rounds</source>
        <translation>Даврҳои муайян кардани афзалиятҳо</translation>
    </message>
    <message>
        <source>Action plans that address it</source>
        <translation>Нақшаҳои чорабиниҳое, ки ба он дахл доранд</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Чӣ шуд</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Давр</translation>
    </message>
    <message>
        <source>Overall rank</source>
        <translation>Ҷой дар рейтинги умумӣ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Қарор</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open</source>
        <translation>Барои кушодан Enter-ро пахш кунед ё ду маротиба зер кунед</translation>
    </message>
</context>
<context>
    <name>hamkori::MemberForm</name>
    <message>
        <source>rename member %1</source>
        <translation>иваз кардани номи узв %1</translation>
    </message>
    <message>
        <source>change the organisation of %1</source>
        <translation>тағйир додани ташкилоти %1</translation>
    </message>
    <message>
        <source>change the post of %1</source>
        <translation>тағйир додани вазифаи %1</translation>
    </message>
    <message>
        <source>change the phone number of %1</source>
        <translation>тағйир додани рақами телефони %1</translation>
    </message>
    <message>
        <source>change the category of %1</source>
        <translation>тағйир додани категорияи %1</translation>
    </message>
    <message>
        <source>change the sex of %1</source>
        <translation>тағйир додани ҷинси %1</translation>
    </message>
    <message>
        <source>change the date %1 joined</source>
        <translation>тағйир додани санаи ба гурӯҳ пайвастани %1</translation>
    </message>
    <message>
        <source>change the date %1 left</source>
        <translation>тағйир додани санаи аз гурӯҳ баромадани %1</translation>
    </message>
    <message>
        <source>mark %1 as left</source>
        <translation>қайд кардани %1 ҳамчун аз гурӯҳ баромада</translation>
    </message>
    <message>
        <source>mark %1 as active again</source>
        <translation>қайд кардани %1 ҳамчун боз фаъол</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ном:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Ҷинс:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ташкилот:</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Вазифа:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>Санаи &amp;пайвастан:</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Санаи баромадан:</translation>
    </message>
    <message>
        <source>Has &amp;left the team on</source>
        <translation>&amp;Аз гурӯҳ баромад дар санаи</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Илова кардани узв</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Ном ва насаб</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Узви нав</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Узв: %1</translation>
    </message>
    <message>
        <source>add member %1</source>
        <translation>илова кардани узв %1</translation>
    </message>
    <message>
        <source>change the age band of %1</source>
        <translation>тағйир додани гурӯҳи синнусолии %1</translation>
    </message>
    <message>
        <source>A&amp;ge band:</source>
        <translation>&amp;Гурӯҳи синнусолӣ:</translation>
    </message>
    <message>
        <source>Choose from the directory, or type, for example the women&apos;s committee of the Jamoat</source>
        <translation>Аз маълумотнома интихоб кунед ё нависед, масалан кумитаи занони ҷамоат</translation>
    </message>
</context>
<context>
    <name>hamkori::MemberPickerDialog</name>
    <message>
        <source>Add members as participants</source>
        <translation>Илова кардани аъзо ҳамчун иштирокчӣ</translation>
    </message>
    <message>
        <source>Members of every group, for «%1». Type part of a name, a group or an organisation; choose one or several (Ctrl+click).</source>
        <translation>Аъзои ҳамаи гурӯҳҳо, барои «%1». Қисми ном, гурӯҳ ё ташкилотро нависед; як ё якчандторо интихоб кунед (Ctrl+клик).</translation>
    </message>
    <message>
        <source>Type to find a member</source>
        <translation>Барои ёфтани узв нависед</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ному насаб</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Гурӯҳ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ташкилот</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Илова кардан</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
</context>
<context>
    <name>hamkori::MemberTableModel</name>
    <message>
        <source>%1 left the team on %2.</source>
        <translation>%1 санаи %2 аз гурӯҳ баромад.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Ҷинс</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ташкилот</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Вазифа</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Санаи пайвастан</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Санаи баромадан</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Иштирок дар вохӯриҳо</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Гурӯҳи синнусолӣ</translation>
    </message>
</context>
<context>
    <name>hamkori::NewConcernDialog</name>
    <message>
        <source>New concern</source>
        <translation>Мушкилоти нав</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Сабт кардан</translation>
    </message>
    <message>
        <source>Village or mahalla</source>
        <translation>Деҳа ё маҳалла</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Категорияро интихоб кунед…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Ном:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Маҳал:</translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation>&amp;Аз ҷониби:</translation>
    </message>
    <message>
        <source>&amp;First raised:</source>
        <translation>&amp;Бори аввал баён шуд:</translation>
    </message>
    <message>
        <source>register concern “%1”</source>
        <translation>сабт кардани мушкилоти «%1»</translation>
    </message>
</context>
<context>
    <name>hamkori::NextStepBar</name>
    <message>
        <source>Not now</source>
        <translation>Ҳоло не</translation>
    </message>
</context>
<context>
    <name>hamkori::OpeningNotice</name>
    <message>
        <source>Hamkori</source>
        <translation>Hamkori</translation>
    </message>
    <message>
        <source>Checking the data file %1 (%2) before it opens, so that nothing is written to a damaged file. A large file takes some seconds…</source>
        <translation>Файли маълумоти %1 (%2) пеш аз кушодан санҷида мешавад, то ба файли вайроншуда чизе навишта нашавад. Файли калон чанд сония вақт мегирад…</translation>
    </message>
</context>
<context>
    <name>hamkori::OptionalDateEdit</name>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Тақвим (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>hamkori::OrganisationForm</name>
    <message>
        <source>rename the organisation %1</source>
        <translation>иваз кардани номи ташкилоти %1</translation>
    </message>
    <message>
        <source>change the short name of %1</source>
        <translation>тағйир додани номи мухтасари %1</translation>
    </message>
    <message>
        <source>change the address of %1</source>
        <translation>тағйир додани суроғаи %1</translation>
    </message>
    <message>
        <source>change the contact person of %1</source>
        <translation>тағйир додани шахси тамоси %1</translation>
    </message>
    <message>
        <source>change the phone number of %1</source>
        <translation>тағйир додани рақами телефони %1</translation>
    </message>
    <message>
        <source>change the e-mail address of %1</source>
        <translation>тағйир додани суроғаи почтаи электронии %1</translation>
    </message>
    <message>
        <source>change the international experience of %1</source>
        <translation>тағйир додани таҷрибаи байналмилалии %1</translation>
    </message>
    <message>
        <source>change the notes on %1</source>
        <translation>тағйир додани эзоҳҳо дар бораи %1</translation>
    </message>
    <message>
        <source>change the kind of %1</source>
        <translation>тағйир додани навъи %1</translation>
    </message>
    <message>
        <source>change the date %1 signed the network&apos;s memorandum</source>
        <translation>тағйир додани санаи имзои меморандуми шабака аз ҷониби %1</translation>
    </message>
    <message>
        <source>change the districts of %1</source>
        <translation>тағйир додани ноҳияҳои %1</translation>
    </message>
    <message>
        <source>change the fields of expertise of %1</source>
        <translation>тағйир додани соҳаҳои таҷрибаи %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ном:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Номи &amp;мухтасар:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Навъ:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Суроға:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Шахси тамос:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Почтаи электронӣ:</translation>
    </message>
    <message>
        <source>&amp;International experience:</source>
        <translation>Таҷрибаи &amp;байналмилалӣ:</translation>
    </message>
    <message>
        <source>Experience with international agencies: projects, partners and years</source>
        <translation>Таҷриба бо созмонҳои байналмилалӣ: лоиҳаҳо, шарикон ва солҳо</translation>
    </message>
    <message>
        <source>Network &amp;memorandum signed on:</source>
        <translation>&amp;Меморандуми шабака имзо шуд:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Эзоҳҳо:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Тафсилот</translation>
    </message>
    <message>
        <source>&amp;Where it works and what it knows</source>
        <translation>&amp;Куҷо кор мекунад ва чиро медонад</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Хизматрасониҳо</translation>
    </message>
    <message>
        <source>Dis&amp;tricts and cities where it is active:</source>
        <translation>Ноҳияҳо ва шаҳрҳое, ки дар онҳо &amp;фаъолият мекунад:</translation>
    </message>
    <message>
        <source>&amp;Fields of expertise:</source>
        <translation>Соҳаҳои &amp;таҷриба:</translation>
    </message>
    <message>
        <source>Type to find a district or city</source>
        <translation>Барои ёфтани ноҳия ё шаҳр нависед</translation>
    </message>
    <message>
        <source>The full name, as registered</source>
        <translation>Номи пурра, тавре ки ба қайд гирифта шудааст</translation>
    </message>
    <message>
        <source>For example: ОҶ «Нур»</source>
        <translation>Масалан: ИҶ «Нур»</translation>
    </message>
    <message>
        <source>name@example.tj</source>
        <translation>масалан, name@example.tj</translation>
    </message>
    <message>
        <source>Projects with UN agencies, OSCE, embassies… and the years</source>
        <translation>Лоиҳаҳо бо агентиҳои СММ, САҲА, сафоратҳо… ва солҳо</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>аъзо нест</translation>
    </message>
    <message>
        <source>Leave empty when the organisation has not signed the network&apos;s memorandum.</source>
        <translation>Агар ташкилот меморандуми шабакаро имзо накарда бошад, холӣ гузоред.</translation>
    </message>
    <message>
        <source>Add to the &amp;directory</source>
        <translation>Ба &amp;маълумотнома илова кардан</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ташкилоти нав</translation>
    </message>
    <message>
        <source>add %1 to the directory</source>
        <translation>илова кардани %1 ба маълумотнома</translation>
    </message>
</context>
<context>
    <name>hamkori::OrganisationListModel</name>
    <message>
        <source>Not a member of the network</source>
        <translation>Аъзои шабака нест</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Номи мухтасар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Ноҳияҳо</translation>
    </message>
    <message>
        <source>Fields of expertise</source>
        <translation>Соҳаҳои таҷриба</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Таҷриба</translation>
    </message>
    <message>
        <source>Services it offers for referral</source>
        <translation>Хизматрасониҳое, ки барои равонакунӣ пешниҳод мекунад</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Хизматрасониҳо</translation>
    </message>
    <message>
        <source>Member of the network since (memorandum signed on)</source>
        <translation>Аъзои шабака аз (санаи имзои меморандум)</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Аъзо аз</translation>
    </message>
</context>
<context>
    <name>hamkori::OverviewPage</name>
    <message>
        <source>%1 women · %2 men</source>
        <translation>%1 зан · %2 мард</translation>
    </message>
    <message>
        <source>Concerns by category</source>
        <translation>Мушкилот аз рӯи категория</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>No concerns yet</source>
        <translation>Ҳоло мушкилот нест</translation>
    </message>
    <message>
        <source>Concerns by status</source>
        <translation>Мушкилот аз рӯи ҳолат</translation>
    </message>
    <message>
        <source>Action plan activities by status</source>
        <translation>Чорабиниҳо аз рӯи ҳолат</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Чорабиниҳо</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>Ҳоло чорабинӣ нест</translation>
    </message>
    <message>
        <source>Q%1&lt;br&gt;’%2</source>
        <comment>quarter of a year on two lines, two-digit year</comment>
        <translation>Семоҳаи %1&lt;br&gt;’%2</translation>
    </message>
    <message>
        <source>W %1</source>
        <comment>women of an age band</comment>
        <translation>З %1</translation>
    </message>
    <message>
        <source>M %1</source>
        <comment>men of an age band</comment>
        <translation>М %1</translation>
    </message>
    <message>
        <source>People at meetings per quarter</source>
        <translation>Иштирокчиёни вохӯриҳо дар ҳар семоҳа</translation>
    </message>
    <message>
        <source>No meetings in these quarters</source>
        <translation>Дар ин семоҳаҳо вохӯрӣ нест</translation>
    </message>
    <message>
        <source>&amp;Overdue activities (%1)</source>
        <translation>Чорабиниҳои &amp;мӯҳлаташон гузашта (%1)</translation>
    </message>
    <message>
        <source>&amp;Due in the next %1 days (%2)</source>
        <translation>Мӯҳлати &amp;иҷро дар %1 рӯзи оянда (%2)</translation>
    </message>
    <message>
        <source>Concerns &amp;waiting for analysis (%1)</source>
        <translation>Мушкилоти мунтазири &amp;таҳлил (%1)</translation>
    </message>
    <message>
        <source>&amp;All teams</source>
        <translation>&amp;Ҳамаи гурӯҳҳо</translation>
    </message>
    <message>
        <source>Show the figures of every team in this data file</source>
        <translation>Нишон додани рақамҳои ҳамаи гурӯҳҳо дар ин файли маълумот</translation>
    </message>
    <message>
        <source>Meetings this year</source>
        <translation>Вохӯриҳо дар ҳамин сол</translation>
    </message>
    <message>
        <source>Open concerns</source>
        <translation>Мушкилоти ҳалнашуда</translation>
    </message>
    <message>
        <source>Activities overdue</source>
        <translation>Чорабиниҳои мӯҳлаташон гузашта</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шарҳи умумӣ</translation>
    </message>
    <message>
        <source>0–17</source>
        <comment>age band</comment>
        <translation>0–17</translation>
    </message>
    <message>
        <source>18–29</source>
        <comment>age band</comment>
        <translation>18–29</translation>
    </message>
    <message>
        <source>30–49</source>
        <comment>age band</comment>
        <translation>30–49</translation>
    </message>
    <message>
        <source>50+</source>
        <comment>age band</comment>
        <translation>50+</translation>
    </message>
    <message>
        <source>Nothing is recorded for this team yet. The overview fills in as the team logs its meetings and the concerns raised at them: start with its first meeting.</source>
        <translation>Барои ин гурӯҳ ҳанӯз чизе сабт нашудааст. Шарҳи умумӣ ҳангоми сабти вохӯриҳо ва мушкилоти дар онҳо баёншуда пур мешавад: аз вохӯрии аввал оғоз кунед.</translation>
    </message>
    <message>
        <source>Log the first meeting</source>
        <translation>Сабт кардани вохӯрии аввал</translation>
    </message>
    <message>
        <source>Overdue &amp;requests and recommendations (%1)</source>
        <translation>&amp;Дархост ва тавсияҳои мӯҳлаташон гузашта (%1)</translation>
    </message>
    <message>
        <source>Use of &amp;centres this year: %1, %2</source>
        <translation>Истифодаи &amp;марказҳо дар ин сол: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reception day(s)</source>
        <translation>
            <numerusform>%Ln рӯзи қабул</numerusform>
            <numerusform>%Ln рӯзи қабул</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s)</source>
        <translation>
            <numerusform>%Ln ташрифоваранда</numerusform>
            <numerusform>%Ln ташрифоваранда</numerusform>
        </translation>
    </message>
    <message>
        <source>People reached directly this year</source>
        <translation>Бевосита фарогиршудагон дар ҳамин сол</translation>
    </message>
    <message>
        <source>Reached indirectly this year (estimated)</source>
        <translation>Бавосита фарогиршудагон дар ҳамин сол (тахминӣ)</translation>
    </message>
    <message>
        <source>Surveys: no baseline and endline yet</source>
        <translation>Пурсишҳо: ҳанӯз пурсиши ибтидоӣ ва ниҳоӣ нест</translation>
    </message>
    <message>
        <source>%1: too few answers</source>
        <comment>a survey indicator</comment>
        <translation>%1: ҷавобҳо хеле каманд</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <comment>a survey indicator at baseline and endline, and the change</comment>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>Surveys, latest baseline → endline of %n team(s): %1</source>
        <translation>
            <numerusform>Пурсишҳо, охирин ибтидоӣ → ниҳоӣ дар %n гурӯҳ: %1</numerusform>
            <numerusform>Пурсишҳо, охирин ибтидоӣ → ниҳоӣ дар %n гурӯҳ: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Surveys, latest baseline → endline: %1</source>
        <translation>Пурсишҳо, охирин ибтидоӣ → ниҳоӣ: %1</translation>
    </message>
</context>
<context>
    <name>hamkori::PairwiseWidget</name>
    <message>
        <source>For each pair, click the concern that matters more to the participants.</source>
        <translation>Дар ҳар ҷуфт мушкилотеро зер кунед, ки барои иштирокчиён муҳимтар аст.</translation>
    </message>
    <message>
        <source>&amp;Previous pair</source>
        <translation>Ҷуфти &amp;қаблӣ</translation>
    </message>
    <message>
        <source>&amp;Next pair</source>
        <translation>Ҷуфти &amp;навбатӣ</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Натиҷаҳо</translation>
    </message>
    <message>
        <source>Put at least two concerns in the round to compare them in pairs.</source>
        <translation>Барои муқоисаи ҷуфтӣ ба давр ақаллан ду мушкилот илова кунед.</translation>
    </message>
    <message>
        <source>All %1 pairs compared. Click a pair&apos;s concern again to change the choice.</source>
        <translation>Ҳамаи %1 ҷуфт муқоиса шуданд. Барои тағйир додани интихоб мушкилоти ҷуфтро боз зер кунед.</translation>
    </message>
    <message>
        <source>%1 of %2 pairs compared</source>
        <translation>%1 аз %2 ҷуфт муқоиса шуд</translation>
    </message>
    <message>
        <source>choose %1 over %2</source>
        <translation>интихоб кардани %1 ба ҷои %2</translation>
    </message>
    <message>
        <source>The choice could not be read back.</source>
        <translation>Интихобро аз нав хондан нашуд.</translation>
    </message>
</context>
<context>
    <name>hamkori::ParticipantsPanel</name>
    <message>
        <source>change %1 on the list of %2</source>
        <translation>тағйири %1 дар рӯйхати %2</translation>
    </message>
    <message>
        <source>add %1 to the list of %2</source>
        <translation>илова кардани %1 ба рӯйхати %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ному насаб</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ташкилот</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Аз куҷо</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Ҷинс</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Гурӯҳи синнусолӣ</translation>
    </message>
    <message>
        <source>change the people from «%1» counted at %2</source>
        <translation>тағйири шумораи иштирокчиён аз «%1» дар %2</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Занон</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мардон</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ҳамагӣ</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Илова кардани &amp;узв…</translation>
    </message>
    <message>
        <source>Choose members of any group: their name, sex, age band and organisation are filled in.</source>
        <translation>Аъзои ҳар гурӯҳро интихоб кунед: ному насаб, ҷинс, гурӯҳи синнусолӣ ва ташкилоташон ворид карда мешаванд.</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Илова кардани &amp;шахс</translation>
    </message>
    <message>
        <source>Type the name of someone who is not a member of a group in the last row.</source>
        <translation>Ному насаби шахсеро, ки узви гурӯҳ нест, дар сатри охирин нависед.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Аз рӯйхат хориҷ кардан</translation>
    </message>
    <message>
        <source>&amp;Counted without names (by sex and age):</source>
        <translation>Бе ном &amp;ҳисобшуда (аз рӯи ҷинс ва синну сол):</translation>
    </message>
    <message>
        <source>Count people &amp;from</source>
        <translation>Ҳисоб кардани иштирокчиён &amp;аз</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Хориҷ кардани сатр</translation>
    </message>
    <message>
        <source>The members chosen are already on the list.</source>
        <translation>Аъзои интихобшуда аллакай дар рӯйхат ҳастанд.</translation>
    </message>
    <message numerus="yes">
        <source>add %n member(s) to the list of %1</source>
        <translation>
            <numerusform>илова кардани %Ln узв ба рӯйхати %1</numerusform>
            <numerusform>илова кардани %Ln узв ба рӯйхати %1</numerusform>
        </translation>
    </message>
    <message>
        <source>remove %1 from the list of %2</source>
        <translation>хориҷ кардани %1 аз рӯйхати %2</translation>
    </message>
    <message>
        <source>count people from «%1» at %2</source>
        <translation>ҳисоб кардани иштирокчиён аз «%1» дар %2</translation>
    </message>
    <message>
        <source>remove the people from «%1» counted at %2</source>
        <translation>хориҷ кардани иштирокчиёни ҳисобшуда аз «%1» дар %2</translation>
    </message>
    <message>
        <source>Named: %1 · counted: %2 · in all: %3, of them women %4 and men %5.</source>
        <translation>Бо ном: %1 · ҳисобшуда: %2 · ҳамагӣ: %3, аз ҷумла занон %4 ва мардон %5.</translation>
    </message>
</context>
<context>
    <name>hamkori::PlansPage</name>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation>Нақшаи нави чорабиниҳо</translation>
    </message>
    <message>
        <source>create an action plan</source>
        <translation>эҷод кардани нақшаи чорабиниҳо</translation>
    </message>
    <message>
        <source>The action plan %1 (“%2”) will be deleted, with %3, %4 and %5.</source>
        <translation>Нақшаи чорабиниҳои %1 («%2») якҷоя бо %3, %4 ва %5 нест карда мешавад.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%Ln чорабинӣ</numerusform>
            <numerusform>%Ln чорабинӣ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%Ln қайди пешрафт</numerusform>
            <numerusform>%Ln қайди пешрафт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator reading(s)</source>
        <translation>
            <numerusform>%Ln ченкунии нишондиҳанда</numerusform>
            <numerusform>%Ln ченкунии нишондиҳанда</numerusform>
        </translation>
    </message>
    <message>
        <source>delete action plan %1</source>
        <translation>нест кардани нақшаи чорабиниҳои %1</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>Нақшаи &amp;нав</translation>
    </message>
    <message>
        <source>&amp;Delete plan…</source>
        <translation>Нест &amp;кардани нақша…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Нақша</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Чорабиниҳо</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Нақшаҳои чорабиниҳо</translation>
    </message>
    <message>
        <source>The plan is adopted. Next, give it to the Hukumat on paper and record the progress of its activities.</source>
        <translation>Нақша қабул шуд. Акнун онро дар шакли чопӣ ба Ҳукумат супоред ва пешрафти чорабиниҳояшро сабт кунед.</translation>
    </message>
    <message>
        <source>Print the plan for the Hukumat…</source>
        <translation>Чопи нақша барои Ҳукумат…</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Сабти пешрафт</translation>
    </message>
    <message>
        <source>The team has no action plan yet. Make one for the concerns it chose as priorities: the measures, who leads them, deadlines and funding.</source>
        <translation>Гурӯҳ ҳанӯз нақшаи чорабиниҳо надорад. Онро барои мушкилоте, ки ҳамчун афзалият интихоб кардааст, тартиб диҳед: чорабиниҳо, иҷрокунандагони масъул, мӯҳлатҳои иҷро ва маблағгузорӣ.</translation>
    </message>
    <message>
        <source>Make the first action plan</source>
        <translation>Тартиб додани нақшаи аввалини чорабиниҳо</translation>
    </message>
</context>
<context>
    <name>hamkori::PrioritisationPage</name>
    <message>
        <source>Pairwise ranking</source>
        <translation>Муқоисаи ҷуфтӣ</translation>
    </message>
    <message>
        <source>Prioritisation rounds</source>
        <translation>Даврҳои муайян кардани афзалиятҳо</translation>
    </message>
    <message>
        <source>&amp;Start a round…</source>
        <translation>&amp;Оғоз кардани давр…</translation>
    </message>
    <message>
        <source>Score the team&apos;s concerns at a meeting</source>
        <translation>Хол додан ба мушкилоти гурӯҳ дар вохӯрӣ</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Таҳрир кардан…</translation>
    </message>
    <message>
        <source>Change the round&apos;s meeting, concerns, criteria or weights</source>
        <translation>Тағйир додани вохӯрӣ, мушкилот, меъёрҳо ё вазнҳои давр</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Нест кардан</translation>
    </message>
    <message>
        <source>Record the &amp;decision…</source>
        <translation>Сабт кардани &amp;қарор…</translation>
    </message>
    <message>
        <source>Score &amp;grid</source>
        <translation>&amp;Ҷадвали холҳо</translation>
    </message>
    <message>
        <source>Pair&amp;wise ranking</source>
        <translation>&amp;Муқоисаи ҷуфтӣ</translation>
    </message>
    <message>
        <source>Choose the group, then type 1 (low) to 5 (high) in each cell: the cursor moves on by itself. Delete clears a cell.</source>
        <translation>Гурӯҳро интихоб кунед, баъд дар ҳар чашмак аз 1 (паст) то 5 (баланд) ворид кунед: курсор худаш ба чашмаки навбатӣ мегузарад. Тугмаи Delete чашмакро холӣ мекунад.</translation>
    </message>
    <message>
        <source>Results (weighted mean of the scores; overall = mean of the groups)</source>
        <translation>Натиҷаҳо (миёнаи вазндори холҳо; умумӣ = миёнаи гурӯҳҳо)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color:%1; color:black&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; the groups disagree most on these concerns (largest difference in rank). &lt;b&gt;Bold&lt;/b&gt;: ranked first by that group.</source>
        <translation>&lt;span style=&quot;background-color:%1; color:black&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; гурӯҳҳо дар бораи ин мушкилот бештар аз ҳама фарқият доранд (фарқи калонтарин дар ҷой дар рейтинг). &lt;b&gt;Ғафс&lt;/b&gt;: дар рейтинги ҳамон гурӯҳ ҷойи аввалро гирифтааст.</translation>
    </message>
    <message>
        <source>(untitled round)</source>
        <translation>(даври беном)</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Вохӯрӣ: %1</translation>
    </message>
    <message>
        <source>Decided. Priorities:</source>
        <translation>Қарор қабул шуд. Афзалиятҳо:</translation>
    </message>
    <message numerus="yes">
        <source>Not decided yet: %n concern(s), %1 criteria.</source>
        <translation>
            <numerusform>Ҳанӯз қарор қабул нашудааст: %Ln мушкилот, %1 меъёр.</numerusform>
            <numerusform>Ҳанӯз қарор қабул нашудааст: %Ln мушкилот, %1 меъёр.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the &amp;decision…</source>
        <translation>Тағйир додани &amp;қарор…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>ҳанӯз хол дода нашудааст</translation>
    </message>
    <message>
        <source>Ranked first by each group — %1</source>
        <translation>Ҷойи аввал дар рейтинги ҳар гурӯҳ — %1</translation>
    </message>
    <message>
        <source>start round %1</source>
        <translation>оғоз кардани даври %1</translation>
    </message>
    <message>
        <source>edit round %1</source>
        <translation>таҳрир кардани даври %1</translation>
    </message>
    <message>
        <source>record the decision of %1</source>
        <translation>сабт кардани қарори %1</translation>
    </message>
    <message>
        <source>The prioritisation round &quot;%1&quot; and its scores, pairwise choices and decision will be deleted. The concerns keep their status. Delete it?</source>
        <translation>Даври муайян кардани афзалиятҳо «%1» бо холҳо, интихобҳои муқоисаи ҷуфтӣ ва қарори он нест карда мешавад. Ҳолати мушкилот тағйир намеёбад. Онро нест мекунед?</translation>
    </message>
    <message>
        <source>Delete the round</source>
        <translation>Нест кардани давр</translation>
    </message>
    <message>
        <source>delete round %1</source>
        <translation>нест кардани даври %1</translation>
    </message>
    <message>
        <source>Prioritisation</source>
        <translation>Муайян кардани афзалиятҳо</translation>
    </message>
    <message>
        <source>Select the concerns the team chose (Ctrl+click for several), then record the decision.</source>
        <translation>Мушкилоти интихобкардаи гурӯҳро ҷудо кунед (барои якчандто Ctrl-ро пахш карда зер кунед), баъд қарорро сабт кунед.</translation>
    </message>
    <message>
        <source>The priorities are chosen. Next, plan what the team will do about them.</source>
        <translation>Афзалиятҳо интихоб шуданд. Акнун ба нақша гиред, ки гурӯҳ барои ҳалли онҳо чӣ кор мекунад.</translation>
    </message>
    <message>
        <source>Make the action plan from these priorities</source>
        <translation>Тартиб додани нақшаи чорабиниҳо аз рӯи ин афзалиятҳо</translation>
    </message>
    <message>
        <source>Create a team first.</source>
        <translation>Аввал гурӯҳ эҷод кунед.</translation>
    </message>
    <message>
        <source>Prioritisation scores the concerns the team registered. Register the concerns raised at its meetings first.</source>
        <translation>Ҳангоми муайян кардани афзалиятҳо ба мушкилоти сабткардаи гурӯҳ хол дода мешавад. Аввал мушкилотеро, ки дар вохӯриҳо баён шудаанд, сабт кунед.</translation>
    </message>
    <message>
        <source>Register a concern…</source>
        <translation>Сабт кардани мушкилот…</translation>
    </message>
    <message>
        <source>No prioritisation round yet. Score the team&apos;s concerns with women, men, youth and authorities at a meeting, then record which the team chose.</source>
        <translation>Ҳанӯз даври муайян кардани афзалиятҳо нест. Дар вохӯрӣ бо занон, мардон, ҷавонон ва мақомоти ҳокимият ба мушкилоти гурӯҳ хол диҳед, баъд сабт кунед, ки гурӯҳ кадомашро интихоб кард.</translation>
    </message>
    <message>
        <source>Start the first round…</source>
        <translation>Оғоз кардани даври аввал…</translation>
    </message>
</context>
<context>
    <name>hamkori::QuestionnairePanel</name>
    <message>
        <source>&amp;New question</source>
        <translation>Саволи &amp;нав</translation>
    </message>
    <message>
        <source>&amp;Remove the question</source>
        <translation>Савол&amp;ро хориҷ кардан</translation>
    </message>
    <message>
        <source>&amp;Question as the sheet asks it:</source>
        <translation>&amp;Савол, чуноне ки дар варақа навишта шудааст:</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Ҷавобҳо:</translation>
    </message>
    <message>
        <source>at &amp;most:</source>
        <translation>на &amp;зиёда аз:</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>шумораи дилхоҳ</translation>
    </message>
    <message>
        <source>Type to find a category</source>
        <translation>Барои ёфтани категория нависед</translation>
    </message>
    <message>
        <source>One option per line, in the order of the sheet</source>
        <translation>Ҳар варианти ҷавоб дар як сатр, бо тартиби варақа</translation>
    </message>
    <message>
        <source>A question of the team&apos;s own, asked after the others</source>
        <translation>Саволи худи гурӯҳ, ки пас аз саволҳои дигар дода мешавад</translation>
    </message>
    <message>
        <source>&amp;Options, one per line:</source>
        <translation>&amp;Вариантҳои ҷавоб, ҳар кадом дар як сатр:</translation>
    </message>
    <message>
        <source>&amp;Add the question</source>
        <translation>Саволро &amp;илова кардан</translation>
    </message>
    <message>
        <source>Question %1, a standard question</source>
        <translation>Саволи %1, саволи стандартӣ</translation>
    </message>
    <message>
        <source>Question %1, the team&apos;s own</source>
        <translation>Саволи %1, саволи худи гурӯҳ</translation>
    </message>
    <message>
        <source>&amp;Concern categories offered:</source>
        <translation>&amp;Категорияҳои мушкилот, ки пешниҳод мешаванд:</translation>
    </message>
    <message>
        <source>Tick the categories the sheet offers, in the order of the list.</source>
        <translation>Категорияҳоеро, ки варақа пешниҳод мекунад, бо тартиби рӯйхат қайд кунед.</translation>
    </message>
    <message>
        <source>The standard options keep their numbers: rename them if the sheet words them differently, and add new ones after them.</source>
        <translation>Вариантҳои стандартии ҷавоб рақамҳои худро нигоҳ медоранд: агар дар варақа дигар хел навишта шуда бошанд, номашонро иваз кунед ва вариантҳои навро баъд аз онҳо илова кунед.</translation>
    </message>
    <message>
        <source>&amp;Save the question</source>
        <translation>Саволро &amp;нигоҳ доштан</translation>
    </message>
    <message>
        <source>Keep the %1 standard options: rename them if needed, and add new ones after them.</source>
        <translation>%1 варианти стандартии ҷавобро нигоҳ доред: агар лозим бошад, номашонро иваз кунед ва вариантҳои навро баъд аз онҳо илова кунед.</translation>
    </message>
    <message>
        <source>add a question to %1</source>
        <translation>илова кардани савол ба %1</translation>
    </message>
    <message>
        <source>change question %1 of %2</source>
        <translation>тағйири саволи %1-и %2</translation>
    </message>
    <message>
        <source>remove question %1 of %2</source>
        <translation>хориҷ кардани саволи %1-и %2</translation>
    </message>
</context>
<context>
    <name>hamkori::RaisedConcernsModel</name>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
</context>
<context>
    <name>hamkori::RaisedConcernsPanel</name>
    <message>
        <source>register a concern raised at %1</source>
        <translation>сабт кардани мушкилоте, ки дар %1 баён шуд</translation>
    </message>
    <message>
        <source>Concerns first raised at this meeting. Double-click one, or press Enter, to open it on the Concerns page.</source>
        <translation>Мушкилоте, ки бори аввал дар ин вохӯрӣ баён шудаанд. Барои кушодани мушкилот дар саҳифаи «Мушкилот» онро ду маротиба зер кунед ё Enter-ро пахш кунед.</translation>
    </message>
    <message>
        <source>Register a &amp;concern raised here…</source>
        <translation>Сабт кардани &amp;мушкилоте, ки дар ин ҷо баён шуд…</translation>
    </message>
</context>
<context>
    <name>hamkori::ReceptionDayModel</name>
    <message>
        <source>Reception day</source>
        <translation>Рӯзи қабул</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Занон</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мардон</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Ташрифоварандагон</translation>
    </message>
</context>
<context>
    <name>hamkori::ReceptionDaysPanel</name>
    <message>
        <source>change the date of a reception day</source>
        <translation>тағйири санаи рӯзи қабул</translation>
    </message>
    <message>
        <source>change the visitors of the reception day of %1</source>
        <translation>тағйири ташрифоварандагони рӯзи қабули %1</translation>
    </message>
    <message>
        <source>&amp;New reception day</source>
        <translation>Рӯзи қабули &amp;нав</translation>
    </message>
    <message>
        <source>Delete reception day</source>
        <translation>Нест кардани рӯзи қабул</translation>
    </message>
    <message>
        <source>&amp;Date of the reception day:</source>
        <translation>&amp;Санаи рӯзи қабул:</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Занон</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мардон</translation>
    </message>
    <message>
        <source>All visitors</source>
        <translation>Ҳамаи ташрифоварандагон</translation>
    </message>
    <message>
        <source>add a reception day</source>
        <translation>илова кардани рӯзи қабул</translation>
    </message>
    <message>
        <source>delete the reception day of %1</source>
        <translation>нест кардани рӯзи қабули %1</translation>
    </message>
</context>
<context>
    <name>hamkori::ReferralDialog</name>
    <message>
        <source>Add a referral</source>
        <translation>Илова кардани равонакунӣ</translation>
    </message>
    <message>
        <source>Change the referral</source>
        <translation>Тағйир додани равонакунӣ</translation>
    </message>
    <message>
        <source>Only how many people were referred is kept, by sex and age: never a name. Write no names anywhere in the data file for a referral.</source>
        <translation>Танҳо шумораи одамони равонашуда аз рӯи ҷинс ва синну сол нигоҳ дошта мешавад: ҳеҷ гоҳ ном не. Барои равонакунӣ дар ягон ҷойи файли маълумот ном нанависед.</translation>
    </message>
    <message>
        <source>No service in the directory yet: add one on the Directory page</source>
        <translation>Дар маълумотнома ҳоло хизматрасонӣ нест: онро дар саҳифаи «Маълумотнома» илова кунед</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Занон ва духтарон</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Мардон ва писарон</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ҳамагӣ</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Сана:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Хизматрасонӣ:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Натиҷа:</translation>
    </message>
    <message>
        <source>People referred</source>
        <translation>Одамони равонашуда</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Илова кардан</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Нигоҳ доштан</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
</context>
<context>
    <name>hamkori::ReferralsTab</name>
    <message>
        <source>a service no longer in the directory</source>
        <translation>хизматрасоние, ки дигар дар маълумотнома нест</translation>
    </message>
    <message>
        <source>Women and girls: %1, men and boys: %2</source>
        <translation>Занон ва духтарон: %1, мардон ва писарон: %2</translation>
    </message>
    <message>
        <source>People the team referred to a service of the directory because of this concern. Only how many, by sex and age: never a name.</source>
        <translation>Одамоне, ки гурӯҳ бо сабаби ин мушкилот ба хизматрасонии маълумотнома равона кардааст. Танҳо шумора, аз рӯи ҷинс ва синну сол: ҳеҷ гоҳ ном не.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Хизматрасонӣ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Одамон</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Натиҷа</translation>
    </message>
    <message>
        <source>Add a &amp;referral…</source>
        <translation>Илова кардани &amp;равонакунӣ…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Тағйир додан…</translation>
    </message>
    <message>
        <source>Delete referral</source>
        <translation>Нест кардани равонакунӣ</translation>
    </message>
    <message>
        <source>add a referral to %1</source>
        <translation>илова кардани равонакунӣ ба %1</translation>
    </message>
    <message>
        <source>change a referral of %1</source>
        <translation>тағйир додани равонакунии %1</translation>
    </message>
    <message>
        <source>delete a referral of %1</source>
        <translation>нест кардани равонакунии %1</translation>
    </message>
</context>
<context>
    <name>hamkori::RegisterConcernDialog</name>
    <message>
        <source>Register a concern raised at %1</source>
        <translation>Сабт кардани мушкилоте, ки дар %1 баён шуд</translation>
    </message>
    <message>
        <source>A short title, e.g. Dark street near the school</source>
        <translation>Номи кӯтоҳ, масалан, Кӯчаи торик дар назди мактаб</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>Категорияро интихоб кунед</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Ном:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>&amp;Аз ҷониби:</translation>
    </message>
    <message>
        <source>Name a group, never a person. You can describe and analyse the concern on the Concerns page.</source>
        <translation>Гурӯҳро номбар кунед, ҳеҷ гоҳ шахсро не. Мушкилотро дар саҳифаи «Мушкилот» тавсиф ва таҳлил кардан мумкин аст.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Сабт кардан</translation>
    </message>
</context>
<context>
    <name>hamkori::ReportsPage</name>
    <message>
        <source>All teams</source>
        <translation>Ҳамаи гурӯҳҳо</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>Давра набояд пеш аз оғозаш ба охир расад.</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Гурӯҳ:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Аз:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;То:</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Ҳисоботҳо</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Ҳисобот %1</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Омода кард:</translation>
    </message>
    <message>
        <source>The organisation that prepares the report</source>
        <translation>Ташкилоте, ки ҳисоботро омода мекунад</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Хулоса:</translation>
    </message>
    <message>
        <source>What the period brought, in a few sentences: printed at the start of the report</source>
        <translation>Дар чанд ҷумла: давра чӣ дод; дар аввали ҳисобот чоп мешавад</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period. Choose another period above, or log the team&apos;s meetings first: the report counts them, their participants and the concerns raised.</source>
        <translation>Дар ин давра чизе сабт нашудааст. Дар боло давраи дигарро интихоб кунед ё аввал вохӯриҳои гурӯҳро сабт кунед: ҳисобот онҳоро, иштирокчиёнашон ва мушкилоти баёншударо ҳисоб мекунад.</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Сабт кардани вохӯрӣ</translation>
    </message>
</context>
<context>
    <name>hamkori::RestrictedMark</name>
    <message>
        <source>Restricted</source>
        <translation>Маҳдуд</translation>
    </message>
    <message>
        <source>Restricted: left out of exports and printouts unless asked for</source>
        <translation>Маҳдуд: агар дархост нашавад, ба содирот ва нусхаҳои чопӣ дохил намешавад</translation>
    </message>
</context>
<context>
    <name>hamkori::ResultsModel</name>
    <message>
        <source>%1 (rank %2)</source>
        <translation>%1 (ҷойи %2)</translation>
    </message>
    <message>
        <source>Chosen as a priority</source>
        <translation>Ҳамчун афзалият интихоб шуд</translation>
    </message>
    <message numerus="yes">
        <source>The groups disagree most on this concern: their ranks differ by %n place(s).</source>
        <translation>
            <numerusform>Гурӯҳҳо дар бораи ин мушкилот аз ҳама бештар фарқият доранд: ҷойҳои онҳо дар рейтинг %Ln ҷой фарқ мекунанд.</numerusform>
            <numerusform>Гурӯҳҳо дар бораи ин мушкилот аз ҳама бештар фарқият доранд: ҷойҳои онҳо дар рейтинг %Ln ҷой фарқ мекунанд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranked first by %1</source>
        <translation>Аз ҷониби %1 дар ҷойи аввал гузошта шуд</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Холи умумӣ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ҷой дар рейтинг</translation>
    </message>
</context>
<context>
    <name>hamkori::RoundDialog</name>
    <message>
        <source>Edit the prioritisation round</source>
        <translation>Таҳрири даври муайян кардани афзалиятҳо</translation>
    </message>
    <message>
        <source>Start a prioritisation round</source>
        <translation>Оғози даври муайян кардани афзалиятҳо</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Нигоҳ &amp;доштан</translation>
    </message>
    <message>
        <source>&amp;Start the round</source>
        <translation>&amp;Оғоз кардани давр</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Вохӯрӣ:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Ном:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Сана:</translation>
    </message>
    <message>
        <source>C&amp;oncerns to score (open concerns of the team):</source>
        <translation>Муш&amp;килот барои хол додан (мушкилоти ҳалнашудаи гурӯҳ):</translation>
    </message>
    <message>
        <source>C&amp;riteria and their weights (untick a criterion to leave it out):</source>
        <translation>&amp;Меъёрҳо ва вазнҳои онҳо (барои истисно кардани меъёр аломатро бардоред):</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(бе вохӯрӣ)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Меъёр</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вазн</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Вазни %1</translation>
    </message>
    <message>
        <source>Tick at least one criterion.</source>
        <translation>Ақаллан як меъёрро қайд кунед.</translation>
    </message>
    <message>
        <source>Tick at least one concern to score.</source>
        <translation>Барои хол додан ақаллан як мушкилотро қайд кунед.</translation>
    </message>
</context>
<context>
    <name>hamkori::RoundListModel</name>
    <message>
        <source>(untitled round)</source>
        <translation>(даври беном)</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Қарор қабул шуд</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>round not decided yet</comment>
        <translation>Кушода</translation>
    </message>
    <message numerus="yes">
        <source>Decided: %n concern(s) chosen as priorities</source>
        <translation>
            <numerusform>Қарор қабул шуд: %Ln мушкилот ҳамчун афзалият интихоб шуд</numerusform>
            <numerusform>Қарор қабул шуд: %Ln мушкилот ҳамчун афзалият интихоб шуд</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Ҳанӯз қарор қабул нашудааст</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Вохӯрӣ: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Вохӯрӣ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Қарор</translation>
    </message>
</context>
<context>
    <name>hamkori::ScoreGridModel</name>
    <message>
        <source>Type 1 to 5 to score, Delete to clear</source>
        <translation>Барои хол додан аз 1 то 5 ворид кунед, барои тоза кардан Delete-ро пахш кунед</translation>
    </message>
    <message>
        <source>%1
(weight %2)</source>
        <translation>%1
(вазн %2)</translation>
    </message>
    <message>
        <source>A score must be a whole number from 1 to 5.</source>
        <translation>Хол бояд адади бутун аз 1 то 5 бошад.</translation>
    </message>
    <message>
        <source>score %1 on %2 for %3</source>
        <translation>хол додани %1 аз рӯи %2 барои %3</translation>
    </message>
    <message>
        <source>clear score of %1 on %2 for %3</source>
        <translation>тоза кардани холи %1 аз рӯи %2 барои %3</translation>
    </message>
</context>
<context>
    <name>hamkori::ScoreGridView</name>
    <message>
        <source>Type a score from 1 to 5, or Delete to clear the cell.</source>
        <translation>Холро аз 1 то 5 ворид кунед ё барои тоза кардани катак Delete-ро пахш кунед.</translation>
    </message>
</context>
<context>
    <name>hamkori::ServicesPanel</name>
    <message>
        <source>The services people can be referred to. Double-click a description to change it.</source>
        <translation>Хизматрасониҳое, ки одамонро ба онҳо равона кардан мумкин аст. Барои тағйир додани тавсиф онро ду бор зер кунед.</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>Навъи хизматрасонӣ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Тавсиф</translation>
    </message>
    <message>
        <source>What the service offers, to whom, when</source>
        <translation>Хизматрасонӣ чӣ пешниҳод мекунад, ба кӣ, кай</translation>
    </message>
    <message>
        <source>&amp;Add service</source>
        <translation>&amp;Илова кардани хизматрасонӣ</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>Нест кардани хизматрасонӣ</translation>
    </message>
    <message>
        <source>add the service %1 to %2</source>
        <translation>илова кардани хизматрасонии %1 ба %2</translation>
    </message>
    <message>
        <source>delete the service %1 of %2</source>
        <translation>нест кардани хизматрасонии %1 аз %2</translation>
    </message>
    <message>
        <source>change the description of a service of %1</source>
        <translation>тағйир додани тавсифи хизматрасонии %1</translation>
    </message>
</context>
<context>
    <name>hamkori::SettingsPage</name>
    <message>
        <source>&amp;Language and data file</source>
        <translation>&amp;Забон ва файли маълумот</translation>
    </message>
    <message>
        <source>L&amp;ists</source>
        <translation>&amp;Рӯйхатҳо</translation>
    </message>
    <message>
        <source>&amp;Gazetteer</source>
        <translation>&amp;Маълумотномаи ҷуғрофӣ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Танзимот</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Нусхаҳои эҳтиётӣ</translation>
    </message>
</context>
<context>
    <name>hamkori::SexAgeCountsGrid</name>
    <message>
        <source>Total</source>
        <translation>Ҷамъ</translation>
    </message>
</context>
<context>
    <name>hamkori::SheetModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(нест карда шуд)</translation>
    </message>
    <message>
        <source>Type here to add the next sheet.</source>
        <translation>Барои илова кардани варақаи навбатӣ дар ин ҷо нависед.</translation>
    </message>
    <message>
        <source>The number of the paper sheet</source>
        <translation>Рақами варақаи пурсиш</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Варақа</translation>
    </message>
    <message>
        <source>Sex: 1 woman, 2 man</source>
        <translation>Ҷинс: 1 зан, 2 мард</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Ҷинс</translation>
    </message>
    <message>
        <source>Age band, 1 to 4</source>
        <translation>Гурӯҳи синнусолӣ, аз 1 то 4</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Синну сол</translation>
    </message>
    <message>
        <source>Respondent group, 1 to 6</source>
        <translation>Тоифаи пурсидашуда, аз 1 то 6</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Тоифа</translation>
    </message>
    <message>
        <source>Sex: type 1 for a woman or 2 for a man.</source>
        <translation>Ҷинс: барои зан 1 ва барои мард 2 ворид кунед.</translation>
    </message>
    <message>
        <source>Age: type 1 for under 18, 2 for 18–29, 3 for 30–49 or 4 for 50 and over.</source>
        <translation>Синну сол: барои то 18 сол 1, барои 18–29 2, барои 30–49 3 ё барои 50 сол ва боло 4 ворид кунед.</translation>
    </message>
    <message>
        <source>Respondent group: type a number from 1 to %1.</source>
        <translation>Тоифаи пурсидашуда: рақамеро аз 1 то %1 ворид кунед.</translation>
    </message>
    <message>
        <source>Type the numbers of the options chosen: 2, or 1 6 for several.</source>
        <translation>Рақамҳои вариантҳои интихобшударо ворид кунед: 2, ё барои якчандто 1 6.</translation>
    </message>
    <message>
        <source>enter survey sheet %1 of %2</source>
        <translation>ворид кардани варақаи пурсиши %1-и %2</translation>
    </message>
    <message>
        <source>change survey sheet %1 of %2</source>
        <translation>тағйири варақаи пурсиши %1-и %2</translation>
    </message>
</context>
<context>
    <name>hamkori::SheetsPanel</name>
    <message>
        <source>change test sheet %1 of %2</source>
        <translation>тағйири варақаи санҷиши %1 дар %2</translation>
    </message>
    <message>
        <source>enter test sheet %1 of %2</source>
        <translation>ворид кардани варақаи санҷиши %1 дар %2</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Варақа</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Афзоиш</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Пеш аз</translation>
    </message>
    <message>
        <source>Score before the training (pre-test)</source>
        <translation>Хол пеш аз омӯзиш (санҷиши ибтидоӣ)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Пас аз</translation>
    </message>
    <message>
        <source>Score after the training (post-test)</source>
        <translation>Хол пас аз омӯзиш (санҷиши ниҳоӣ)</translation>
    </message>
    <message>
        <source>change feedback sheet %1 of %2</source>
        <translation>тағйири варақаи фикру мулоҳизаи %1 дар %2</translation>
    </message>
    <message>
        <source>enter feedback sheet %1 of %2</source>
        <translation>ворид кардани варақаи фикру мулоҳизаи %1 дар %2</translation>
    </message>
    <message>
        <source>Delete the test sheet</source>
        <translation>Нест кардани варақаи санҷиш</translation>
    </message>
    <message>
        <source>Delete the feedback sheet</source>
        <translation>Нест кардани варақаи фикру мулоҳиза</translation>
    </message>
    <message>
        <source>&amp;Feedback sheets: an answer from 1 to 5 to each question (0 or empty: none)</source>
        <translation>Варақаҳои &amp;фикру мулоҳиза: ба ҳар савол ҷавоб аз 1 то 5 (0 ё холӣ: ҷавоб нест)</translation>
    </message>
    <message>
        <source>Write the feedback questions on the Details tab first, one per line.</source>
        <translation>Аввал саволҳои варақаи фикру мулоҳизаро дар варақаи «Тафсилот» нависед, дар ҳар сатр як савол.</translation>
    </message>
    <message>
        <source>&amp;Test sheets: the scores before and after, out of %1</source>
        <translation>Варақаҳои &amp;санҷиш: холҳо пеш ва пас аз омӯзиш, аз %1</translation>
    </message>
    <message>
        <source>Tests before and after are kept for trainings; this event is «%1». Its feedback sheets are below.</source>
        <translation>Санҷишҳои ибтидоӣ ва ниҳоӣ барои омӯзишҳо сабт мешаванд; ин рӯйдод «%1» аст. Варақаҳои фикру мулоҳизаи он дар поён ҳастанд.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Эзоҳ</translation>
    </message>
    <message>
        <source>No test sheets yet.</source>
        <translation>Ҳанӯз варақаи санҷиш нест.</translation>
    </message>
    <message>
        <source>%1 points (%2%)</source>
        <translation>%1 хол (%2%)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нест</translation>
    </message>
    <message>
        <source>Average before: %1</source>
        <translation>Миёна пеш аз омӯзиш: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>пас аз омӯзиш: %1</translation>
    </message>
    <message numerus="yes">
        <source>Average gain: %1 points over the %n sheet(s) with both scores.</source>
        <translation>
            <numerusform>Афзоиши миёна: %1 хол дар %Ln варақа бо ҳарду хол.</numerusform>
            <numerusform>Афзоиши миёна: %1 хол дар %Ln варақа бо ҳарду хол.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sheet has both scores yet: the gain shows once one has.</source>
        <translation>Ҳанӯз ягон варақа ҳарду хол надорад: афзоиш пас аз он нишон дода мешавад.</translation>
    </message>
    <message>
        <source>No feedback sheets yet.</source>
        <translation>Ҳанӯз варақаи фикру мулоҳиза нест.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Average answer to each question — %1; overall %2, from %n sheet(s).</source>
        <translation>
            <numerusform>Ҷавоби миёна ба ҳар савол — %1; дар умум %2, аз %Ln варақа.</numerusform>
            <numerusform>Ҷавоби миёна ба ҳар савол — %1; дар умум %2, аз %Ln варақа.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete test sheet %1 of %2</source>
        <translation>нест кардани варақаи санҷиши %1 дар %2</translation>
    </message>
    <message>
        <source>delete feedback sheet %1 of %2</source>
        <translation>нест кардани варақаи фикру мулоҳизаи %1 дар %2</translation>
    </message>
</context>
<context>
    <name>hamkori::StandingsModel</name>
    <message>
        <source>Concern</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>Pairs won</source>
        <translation>Ҷуфтҳои бурдашуда</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ҷой дар рейтинг</translation>
    </message>
</context>
<context>
    <name>hamkori::SurveyComparisonDialog</name>
    <message>
        <source>Compare teams: baseline and endline</source>
        <translation>Муқоисаи гурӯҳҳо: пурсиши ибтидоӣ ва ниҳоӣ</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Нишондиҳанда:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Гурӯҳ</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Пурсиши ибтидоӣ</translation>
    </message>
    <message>
        <source>Endline</source>
        <translation>Пурсиши ниҳоӣ</translation>
    </message>
    <message>
        <source>At baseline</source>
        <translation>Дар пурсиши ибтидоӣ</translation>
    </message>
    <message>
        <source>At endline</source>
        <translation>Дар пурсиши ниҳоӣ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Тағйир</translation>
    </message>
    <message>
        <source>Clear change</source>
        <translation>Тағйири равшан</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ҷавобҳо</translation>
    </message>
    <message>
        <source>Answers (baseline / endline)</source>
        <translation>Ҷавобҳо (ибтидоӣ / ниҳоӣ)</translation>
    </message>
    <message>
        <source>Teams without a baseline and a later endline:</source>
        <translation>Гурӯҳҳое, ки пурсиши ибтидоӣ ва баъд аз он пурсиши ниҳоӣ надоранд:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a team and what it lacks</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>пурсида нашудааст</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ҳа</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>hamkori::SurveyDetailsForm</name>
    <message>
        <source>change the kind of %1</source>
        <translation>тағйири навъи %1</translation>
    </message>
    <message>
        <source>change the title of %1</source>
        <translation>тағйири номи %1</translation>
    </message>
    <message>
        <source>change the first day of %1</source>
        <translation>тағйири рӯзи аввали %1</translation>
    </message>
    <message>
        <source>change the last day of %1</source>
        <translation>тағйири рӯзи охири %1</translation>
    </message>
    <message>
        <source>change the area of %1</source>
        <translation>тағйири деҳаҳо ё маҳаллаҳои %1</translation>
    </message>
    <message>
        <source>change the interviewers of %1</source>
        <translation>тағйири пурсишгарони %1</translation>
    </message>
    <message>
        <source>change the action plan of %1</source>
        <translation>тағйири нақшаи чорабиниҳои %1</translation>
    </message>
    <message>
        <source>change the concerns of %1</source>
        <translation>тағйири мушкилоти %1</translation>
    </message>
    <message>
        <source>change the people tallied in %1</source>
        <translation>тағйири шумораи одамони шумурдашудаи %1</translation>
    </message>
    <message>
        <source>change the notes of %1</source>
        <translation>тағйири қайдҳои %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Навъ:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Ном:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Рӯзи &amp;аввал:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Рӯзи &amp;охир:</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Саволнома:</translation>
    </message>
    <message>
        <source>&amp;Villages or mahallas:</source>
        <translation>&amp;Деҳаҳо ё маҳаллаҳо:</translation>
    </message>
    <message>
        <source>&amp;Interviewers:</source>
        <translation>&amp;Пурсишгарон:</translation>
    </message>
    <message>
        <source>For action &amp;plan:</source>
        <translation>Барои &amp;нақшаи чорабиниҳо:</translation>
    </message>
    <message>
        <source>Concerns it &amp;measures:</source>
        <translation>&amp;Мушкилоте, ки месанҷад:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Қайдҳо:</translation>
    </message>
    <message>
        <source>People tallied:</source>
        <translation>Одамони шумурдашуда:</translation>
    </message>
    <message>
        <source>Tallied, sex and age &amp;not noted:</source>
        <translation>Шумурдашуда, ҷинс ва синну сол &amp;қайд нашудааст:</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Занон</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мардон</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ҳамагӣ</translation>
    </message>
    <message>
        <source>Only for sheets counted per option on the Tallies tab, not typed in one by one.</source>
        <translation>Танҳо барои варақаҳое, ки дар варақаи «Шумориши ҷавобҳо» аз рӯи вариантҳо шумурда шудаанд, на якто-якто ворид карда шудаанд.</translation>
    </message>
    <message>
        <source>May stay empty: the list shows the kind and the days</source>
        <translation>Метавонад холӣ монад: рӯйхат навъ ва рӯзҳоро нишон медиҳад</translation>
    </message>
    <message>
        <source>Where people were asked, as written</source>
        <translation>Дар куҷо одамон пурсида шуданд, чуноне ки навишта шудааст</translation>
    </message>
    <message>
        <source>Who asked the questions, as written</source>
        <translation>Кӣ савол дод, чуноне ки навишта шудааст</translation>
    </message>
    <message>
        <source>Type to find a concern</source>
        <translation>Барои ёфтани мушкилот нависед</translation>
    </message>
    <message>
        <source>one day</source>
        <translation>як рӯз</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Эҷод кардан</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>Пурсиши нав</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нест</translation>
    </message>
    <message>
        <source>the standard questionnaire</source>
        <translation>саволномаи стандартӣ</translation>
    </message>
    <message>
        <source>the questions of %1 (%2, %3)</source>
        <translation>саволҳои %1 (%2, %3)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(нест карда шуд)</translation>
    </message>
    <message>
        <source>record the %1 survey</source>
        <translation>сабти пурсиш (%1)</translation>
    </message>
</context>
<context>
    <name>hamkori::SurveyListModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>аз %1 то %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Рӯзҳо</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Деҳаҳо ё маҳаллаҳо</translation>
    </message>
    <message>
        <source>Survey sheets typed in</source>
        <translation>Варақаҳои пурсиши воридшуда</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Варақаҳо</translation>
    </message>
    <message>
        <source>People counted only in tallies</source>
        <translation>Одамоне, ки танҳо дар шумориши ҷавобҳо ба ҳисоб гирифта шудаанд</translation>
    </message>
    <message>
        <source>Tallied</source>
        <translation>Шумурдашуда</translation>
    </message>
</context>
<context>
    <name>hamkori::SurveyResultsPanel</name>
    <message>
        <source>Choose a survey round to see its results.</source>
        <translation>Барои дидани натиҷаҳо пурсишро интихоб кунед.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <comment>code, kind, dates, people</comment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n пурсидашуда</numerusform>
            <numerusform>%n пурсидашуда</numerusform>
        </translation>
    </message>
    <message>
        <source>This round asks none of the questions the indicators are read from.</source>
        <translation>Дар ин пурсиш ягон саволе нест, ки нишондиҳандаҳо аз он ҳисоб мешаванд.</translation>
    </message>
    <message numerus="yes">
        <source>Each figure: the share of those who answered the question, its 95% confidence interval in brackets and the number of answers (n). A group with fewer than %n answer(s) shows “too few answers”. The women–men gap is in percentage points, in bold where its interval leaves out zero.</source>
        <translation>
            <numerusform>Ҳар рақам: ҳиссаи онҳое, ки ба савол ҷавоб додаанд, дар қавс фосилаи эътимоди 95 % ва шумораи ҷавобҳо (n). Агар ҷавобҳо камтар аз %n бошанд, ба ҷои фоиз «ҷавобҳо хеле каманд» навишта мешавад. Фарқи занон ва мардон бо банди фоизӣ аст; агар фосилаи он сифрро дар бар нагирад, ғафс навишта мешавад.</numerusform>
            <numerusform>Ҳар рақам: ҳиссаи онҳое, ки ба савол ҷавоб додаанд, дар қавс фосилаи эътимоди 95 % ва шумораи ҷавобҳо (n). Агар ҷавобҳо камтар аз %n бошанд, ба ҷои фоиз «ҷавобҳо хеле каманд» навишта мешавад. Фарқи занон ва мардон бо банди фоизӣ аст; агар фосилаи он сифрро дар бар нагирад, ғафс навишта мешавад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change from baseline to endline</source>
        <translation>Тағйир аз пурсиши ибтидоӣ то ниҳоӣ</translation>
    </message>
    <message>
        <source>The change shows once the team has a baseline survey and a later endline survey.</source>
        <translation>Тағйир вақте нишон дода мешавад, ки гурӯҳ пурсиши ибтидоӣ ва баъд аз он пурсиши ниҳоӣ дошта бошад.</translation>
    </message>
    <message>
        <source>Change from baseline (%1, %2) to endline (%3, %4)</source>
        <translation>Тағйир аз пурсиши ибтидоӣ (%1, %2) то ниҳоӣ (%3, %4)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Пурсиши ибтидоӣ</translation>
    </message>
    <message>
        <source>Endline</source>
        <translation>Пурсиши ниҳоӣ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ҳа</translation>
    </message>
    <message>
        <source>no, could be chance</source>
        <translation>не, шояд тасодуфӣ бошад</translation>
    </message>
    <message>
        <source>The baseline and the endline ask none of the same indicator questions.</source>
        <translation>Пурсиши ибтидоӣ ва ниҳоӣ ягон саволи умумии нишондиҳанда надоранд.</translation>
    </message>
    <message>
        <source>%1: baseline and endline</source>
        <comment>respondents shown in the chart</comment>
        <translation>%1: пурсиши ибтидоӣ ва ниҳоӣ</translation>
    </message>
    <message>
        <source>This round does not ask which concerns are the biggest.</source>
        <translation>Дар ин пурсиш дар бораи мушкилоти калонтарин пурсида намешавад.</translation>
    </message>
    <message>
        <source>The concern categories respondents named among the biggest, most named first, beside the team&apos;s own concerns of each category that it prioritised.</source>
        <translation>Категорияҳои мушкилот, ки пурсидашудагон калонтарин номиданд (аввал онҳое, ки бештар номбар шудаанд), дар паҳлӯи мушкилоти афзалиятноки худи гурӯҳ дар ҳамон категория.</translation>
    </message>
    <message>
        <source>(unknown category)</source>
        <translation>(категорияи номаълум)</translation>
    </message>
    <message numerus="yes">
        <source>yes: %n concern(s)</source>
        <translation>
            <numerusform>ҳа: %n мушкилот</numerusform>
            <numerusform>ҳа: %n мушкилот</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>&amp;Fewest answers for a figure:</source>
        <translation>&amp;Камтарин шумораи ҷавобҳо барои рақам:</translation>
    </message>
    <message>
        <source>A group with fewer answers shows “too few answers” instead of a percentage</source>
        <translation>Агар ҷавобҳо камтар бошанд, ба ҷои фоиз «ҷавобҳо хеле каманд» навишта мешавад</translation>
    </message>
    <message>
        <source>&amp;Compare teams…</source>
        <translation>&amp;Муқоисаи гурӯҳҳо…</translation>
    </message>
    <message>
        <source>The change from baseline to endline of every team, side by side</source>
        <translation>Тағйири ҳар гурӯҳ аз пурсиши ибтидоӣ то ниҳоӣ, паҳлӯи ҳам</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Нишондиҳандаҳо</translation>
    </message>
    <message>
        <source>Change since baseline</source>
        <translation>Тағйир аз пурсиши ибтидоӣ</translation>
    </message>
    <message>
        <source>Concerns named</source>
        <translation>Мушкилоти номбаршуда</translation>
    </message>
    <message>
        <source>&amp;Respondents:</source>
        <translation>&amp;Пурсидашудагон:</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>Ҳамаи пурсидашудагон</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Занон</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мардон</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Нишондиҳанда</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Ҳама</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>То 18</translation>
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
        <source>50+</source>
        <translation>50+</translation>
    </message>
    <message>
        <source>Women–men gap</source>
        <translation>Фарқи занон ва мардон</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Тағйир</translation>
    </message>
    <message>
        <source>Clear change</source>
        <translation>Тағйири равшан</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ҷой дар рейтинг</translation>
    </message>
    <message>
        <source>Concern category</source>
        <translation>Категорияи мушкилот</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Номбар кардаанд</translation>
    </message>
    <message>
        <source>Prioritised by the team</source>
        <translation>Афзалиятнок дар гурӯҳ</translation>
    </message>
</context>
<context>
    <name>hamkori::SurveySheetsPanel</name>
    <message>
        <source>&amp;Sheets: one row a sheet, digits for the options, Tab to the next answer, Enter at the end of a row for the next sheet. Several answers: 1 6 or 1,6.</source>
        <translation>&amp;Варақаҳо: ҳар варақа дар як сатр, рақамҳо барои вариантҳо, Tab барои ҷавоби навбатӣ, Enter дар охири сатр барои варақаи навбатӣ. Якчанд ҷавоб: 1 6 ё 1,6.</translation>
    </message>
    <message>
        <source>&amp;Delete the sheet</source>
        <translation>Варақаро &amp;нест кардан</translation>
    </message>
    <message>
        <source>Click a cell, or type into the last row, to enter a sheet; the question of the column shows here with its options.</source>
        <translation>Барои ворид кардани варақа ҳуҷайраро пахш кунед ё дар сатри охир нависед; саволи сутун бо вариантҳояш дар ин ҷо намоён мешавад.</translation>
    </message>
    <message>
        <source>The sheet&apos;s number is given in order; it is written on the paper sheet.</source>
        <translation>Рақами варақа бо тартиб дода мешавад; онро дар варақаи коғазӣ нависед.</translation>
    </message>
    <message>
        <source>Sex: %1</source>
        <translation>Ҷинс: %1</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Синну сол: %1</translation>
    </message>
    <message>
        <source>Respondent group: %1</source>
        <translation>Тоифаи пурсидашуда: %1</translation>
    </message>
    <message>
        <source>one answer</source>
        <translation>як ҷавоб</translation>
    </message>
    <message>
        <source>up to %1 answers</source>
        <translation>то %1 ҷавоб</translation>
    </message>
    <message>
        <source>several answers</source>
        <translation>якчанд ҷавоб</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s): %1 women, %2 men.</source>
        <translation>
            <numerusform>%Ln варақа: %1 зан, %2 мард.</numerusform>
            <numerusform>%Ln варақа: %1 зан, %2 мард.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete survey sheet %1 of %2</source>
        <translation>нест кардани варақаи пурсиши %1-и %2</translation>
    </message>
</context>
<context>
    <name>hamkori::SurveysPage</name>
    <message>
        <source>&amp;New survey</source>
        <translation>Пурсиши &amp;нав</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Нест кардан…</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Нишон &amp;додан:</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>ҳамаи навъҳо</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Тафсилот</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Саволнома</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Варақаҳо</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>Шумориши ҷавобҳо</translation>
    </message>
    <message>
        <source>No surveys recorded for this group yet: &quot;New survey&quot; records the first round.</source>
        <translation>Барои ин гурӯҳ ҳанӯз ягон пурсиш сабт нашудааст: «Пурсиши нав» пурсиши аввалро сабт мекунад.</translation>
    </message>
    <message numerus="yes">
        <source>%n survey round(s).</source>
        <translation>
            <numerusform>%Ln пурсиш.</numerusform>
            <numerusform>%Ln пурсиш.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n survey round(s) shown.</source>
        <translation>
            <numerusform>%1 аз %Ln пурсиш нишон дода шудааст.</numerusform>
            <numerusform>%1 аз %Ln пурсиш нишон дода шудааст.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message numerus="yes">
        <source>The survey %1 will be deleted with its questionnaire, its %n sheet(s) and its tallies.</source>
        <translation>
            <numerusform>Пурсиши %1 бо саволнома, %Ln варақа ва шумориши ҷавобҳояш нест карда мешавад.</numerusform>
            <numerusform>Пурсиши %1 бо саволнома, %Ln варақа ва шумориши ҷавобҳояш нест карда мешавад.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>нест кардани %1</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Пурсишҳо</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Натиҷаҳо</translation>
    </message>
</context>
<context>
    <name>hamkori::TalliesPanel</name>
    <message>
        <source>When the sheets were only counted, type how many people chose each option, by sex and age band. Count the people themselves on the Details tab.</source>
        <translation>Агар варақаҳо танҳо шумурда шуда бошанд, ворид кунед, ки чанд нафар ҳар вариантро интихоб кардаанд, аз рӯи ҷинс ва гурӯҳи синнусолӣ. Шумораи худи одамонро дар варақаи «Тафсилот» ворид кунед.</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Савол:</translation>
    </message>
</context>
<context>
    <name>hamkori::TallyModel</name>
    <message>
        <source>Women
%1</source>
        <translation>Занон
%1</translation>
    </message>
    <message>
        <source>Men
%1</source>
        <translation>Мардон
%1</translation>
    </message>
    <message>
        <source>People whose sex and age were not noted</source>
        <translation>Одамоне, ки ҷинс ва синну солашон қайд нашудааст</translation>
    </message>
    <message>
        <source>Not
noted</source>
        <translation>Қайд
нашуда</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ҳамагӣ</translation>
    </message>
    <message>
        <source>Type a count: a whole number.</source>
        <translation>Шумораро ворид кунед: адади бутун.</translation>
    </message>
    <message>
        <source>tally option %1 of question %2 of %3</source>
        <translation>шумориши варианти %1-и саволи %2-и %3</translation>
    </message>
    <message>
        <source>change the tally of option %1 of question %2 of %3</source>
        <translation>тағйири шумориши варианти %1-и саволи %2-и %3</translation>
    </message>
    <message>
        <source>Women, %1</source>
        <translation>Занон, %1</translation>
    </message>
    <message>
        <source>Men, %1</source>
        <translation>Мардон, %1</translation>
    </message>
</context>
<context>
    <name>hamkori::TeamDetailsForm</name>
    <message>
        <source>change the name of team %1</source>
        <translation>тағйир додани номи гурӯҳи %1</translation>
    </message>
    <message>
        <source>change the code of team %1</source>
        <translation>тағйир додани рамзи гурӯҳи %1</translation>
    </message>
    <message>
        <source>change the jamoat or town of team %1</source>
        <translation>тағйир додани ҷамоат ё шаҳраки гурӯҳи %1</translation>
    </message>
    <message>
        <source>change the centre address of team %1</source>
        <translation>тағйир додани суроғаи маркази гурӯҳи %1</translation>
    </message>
    <message>
        <source>change the district of team %1</source>
        <translation>тағйир додани ноҳияи гурӯҳи %1</translation>
    </message>
    <message>
        <source>change the date team %1 was established</source>
        <translation>тағйир додани санаи таъсиси гурӯҳи %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ном:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Рамз:</translation>
    </message>
    <message>
        <source>&amp;District or city:</source>
        <translation>Но&amp;ҳия ё шаҳр:</translation>
    </message>
    <message>
        <source>&amp;Jamoat or town:</source>
        <translation>&amp;Ҷамоат ё шаҳрак:</translation>
    </message>
    <message>
        <source>Centre &amp;address:</source>
        <translation>&amp;Суроғаи марказ:</translation>
    </message>
    <message>
        <source>&amp;Established:</source>
        <translation>Санаи &amp;таъсис:</translation>
    </message>
    <message>
        <source>2 to 6 capital Latin letters; concern codes start with it (ISF-2026-014).</source>
        <translation>Аз 2 то 6 ҳарфи калони лотинӣ; рамзҳои мушкилот бо он оғоз мешаванд (ISF-2026-014).</translation>
    </message>
    <message>
        <source>For example: CPPT of Isfara</source>
        <translation>Масалан: Гурӯҳи ҳамкории милитсия ва ҷомеаи Исфара</translation>
    </message>
    <message>
        <source>Type to search, or open the list</source>
        <translation>Барои ҷустуҷӯ нависед ё рӯйхатро кушоед</translation>
    </message>
    <message>
        <source>Address of the community policing centre</source>
        <translation>Суроғаи маркази ҳамкории милитсия ва ҷомеа</translation>
    </message>
    <message>
        <source>C&amp;reate team</source>
        <translation>&amp;Эҷод кардани гурӯҳ</translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation>Нест &amp;кардани гурӯҳ…</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Гурӯҳи нав</translation>
    </message>
    <message>
        <source>create team %1</source>
        <translation>эҷод кардани гурӯҳи %1</translation>
    </message>
    <message>
        <source>C&amp;hange this team&apos;s code</source>
        <translation>Рамзи ин гурӯҳро &amp;иваз кардан</translation>
    </message>
    <message numerus="yes">
        <source>%n other team(s) in this data file also have the code %1: %2. Two laptops each made a team with it. Concern codes and the console program cannot tell these teams apart: give one of them another code (type it in the Code field and press Enter).</source>
        <translation>
            <numerusform>%Ln гурӯҳи дигари ин файли маълумот низ рамзи %1 дорад: %2. Ду ноутбук ҳар кадом бо он гурӯҳ сохтаанд. Рамзҳои мушкилот ва барномаи консолӣ ин гурӯҳҳоро фарқ карда наметавонанд: ба яке аз онҳо рамзи дигар диҳед (онро дар майдони Рамз нависед ва Enter-ро пахш кунед).</numerusform>
            <numerusform>%Ln гурӯҳи дигари ин файли маълумот низ рамзи %1 дорад: %2. Ду ноутбук ҳар кадом бо он гурӯҳ сохтаанд. Рамзҳои мушкилот ва барномаи консолӣ ин гурӯҳҳоро фарқ карда наметавонанд: ба яке аз онҳо рамзи дигар диҳед (онро дар майдони Рамз нависед ва Enter-ро пахш кунед).</numerusform>
        </translation>
    </message>
    <message>
        <source>change the kind of group of team %1</source>
        <translation>тағйир додани навъи гурӯҳи %1</translation>
    </message>
    <message>
        <source>&amp;Kind of group:</source>
        <translation>Н&amp;авъи гурӯҳ:</translation>
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
    <message>
        <source>Kind of group</source>
        <translation>Навъи гурӯҳ</translation>
    </message>
</context>
<context>
    <name>hamkori::TeamPage</name>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Тафсилот</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Аъзо</translation>
    </message>
    <message>
        <source>All &amp;teams</source>
        <translation>&amp;Ҳамаи гурӯҳҳо</translation>
    </message>
    <message>
        <source>&amp;New member</source>
        <translation>&amp;Узви нав</translation>
    </message>
    <message>
        <source>Delete member…</source>
        <translation>Нест кардани узв…</translation>
    </message>
    <message>
        <source>Deletes the selected member (Delete key)</source>
        <translation>Узви интихобшударо нест мекунад (тугмаи Delete)</translation>
    </message>
    <message>
        <source>What the team holds</source>
        <translation>Дар гурӯҳ чӣ ҳаст</translation>
    </message>
    <message>
        <source>All teams in this data file. Double-click a team (or press Enter) to work on it.</source>
        <translation>Ҳамаи гурӯҳҳои ин файли маълумот. Барои кор бо гурӯҳ онро ду маротиба зер кунед (ё Enter-ро пахш кунед).</translation>
    </message>
    <message>
        <source>Fill in the team&apos;s details and press &quot;Create team&quot;. Members can be added once the team exists.</source>
        <translation>Маълумоти гурӯҳро пур кунед ва «Эҷод кардани гурӯҳ»-ро зер кунед. Аъзоро пас аз эҷод шудани гурӯҳ илова кардан мумкин аст.</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%Ln узви фаъол</numerusform>
            <numerusform>%Ln узви фаъол</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%Ln вохӯрӣ</numerusform>
            <numerusform>%Ln вохӯрӣ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%Ln мушкилот</numerusform>
            <numerusform>%Ln мушкилот</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%Ln нақшаи чорабиниҳо</numerusform>
            <numerusform>%Ln нақшаи чорабиниҳо</numerusform>
        </translation>
    </message>
    <message>
        <source>The member %1 will be deleted, with their attendance at past meetings. If they only stopped taking part, mark them as having left instead.</source>
        <translation>Узв %1 якҷоя бо иштироки ӯ дар вохӯриҳои гузашта нест карда мешавад. Агар ӯ танҳо иштирокро қатъ карда бошад, ба ҷои ин ӯро ҳамчун аз гурӯҳ баромада қайд кунед.</translation>
    </message>
    <message>
        <source>delete member %1</source>
        <translation>нест кардани узв %1</translation>
    </message>
    <message>
        <source>The team %1 (%2) will be deleted with everything it holds: %3, %4, %5 and %6.</source>
        <translation>«%1» (%2) бо ҳамаи сабтҳояш нест карда мешавад: %3, %4, %5 ва %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln узв</numerusform>
            <numerusform>%Ln узв</numerusform>
        </translation>
    </message>
    <message>
        <source>delete team %1</source>
        <translation>нест кардани гурӯҳи %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Гурӯҳ</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>маълум нест</translation>
    </message>
    <message>
        <source>Erase from history…</source>
        <translation>Аз таърих пок кардан…</translation>
    </message>
    <message>
        <source>Erase a member&apos;s earlier names or phone numbers from this laptop and, with the next bundle, from every other one.</source>
        <translation>Номҳо ё рақамҳои телефони пешинаи аъзоро аз ин ноутбук ва бо бастаи маълумоти навбатӣ аз ҳамаи ноутбукҳои дигар пок кардан.</translation>
    </message>
    <message>
        <source>The team has no members yet. Add the people who take part: police, Hukumat and Jamoat staff, civil society, elders, women and youth.</source>
        <translation>Гурӯҳ ҳанӯз аъзо надорад. Одамонеро, ки дар кори гурӯҳ ширкат мекунанд, илова кунед: кормандони милитсия, Ҳукумат ва Ҷамоат, ҷомеаи шаҳрвандӣ, мӯйсафедон, занон ва ҷавонон.</translation>
    </message>
    <message>
        <source>Add the first member</source>
        <translation>Илова кардани узви аввал</translation>
    </message>
    <message>
        <source>The team is created. Next, add its members and log its first meeting.</source>
        <translation>Гурӯҳ эҷод шуд. Акнун аъзои онро илова кунед ва вохӯрии аввалинашро сабт кунед.</translation>
    </message>
    <message>
        <source>Add the members</source>
        <translation>Илова кардани аъзо</translation>
    </message>
    <message>
        <source>Log the first meeting</source>
        <translation>Сабт кардани вохӯрии аввал</translation>
    </message>
</context>
<context>
    <name>hamkori::TextListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Илова кардан</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Хориҷ кардан</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Банди интихобшударо хориҷ мекунад (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Ба боло</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ба поён</translation>
    </message>
    <message>
        <source>Double-click an entry to edit it</source>
        <translation>Барои таҳрир кардани банд онро ду маротиба зер кунед</translation>
    </message>
</context>
<context>
    <name>hamkori::TrainersPanel</name>
    <message>
        <source>change the trainer %1 of %2</source>
        <translation>тағйири тренер %1 дар %2</translation>
    </message>
    <message>
        <source>add the trainer %1 to %2</source>
        <translation>илова кардани тренер %1 ба %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ному насаб</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ташкилот</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Соҳа</translation>
    </message>
    <message>
        <source>&amp;Add a trainer</source>
        <translation>&amp;Илова кардани тренер</translation>
    </message>
    <message>
        <source>&amp;Remove the trainer</source>
        <translation>&amp;Хориҷ кардани тренер</translation>
    </message>
    <message>
        <source>Type a trainer&apos;s name in the last row. Choose the organisation from the directory, or type its name.</source>
        <translation>Ному насаби тренерро дар сатри охирин нависед. Ташкилотро аз маълумотнома интихоб кунед ё номашро нависед.</translation>
    </message>
    <message>
        <source>remove the trainer %1 from %2</source>
        <translation>хориҷ кардани тренер %1 аз %2</translation>
    </message>
</context>
<context>
    <name>hamkori::WelcomePage</name>
    <message>
        <source>Welcome to Hamkori</source>
        <translation>Ба Hamkori хуш омадед</translation>
    </message>
    <message>
        <source>Hamkori keeps the work of a community police partnership team: its members and meetings, the safety concerns of the community, their analysis and priorities, and the action plan with its progress. Everything stays on this computer. Start with your team, or look around with example data first.</source>
        <translation>Hamkori кори гурӯҳи ҳамкории милитсия ва ҷомеаро сабт мекунад: аъзо ва вохӯриҳои он, мушкилоти бехатарии ҷомеа, таҳлил ва афзалиятҳои онҳо, инчунин нақшаи чорабиниҳо ва пешрафти иҷрои он. Ҳама маълумот дар ҳамин компютер нигоҳ дошта мешавад. Аз гурӯҳи худ оғоз кунед ё аввал бо маълумоти намунавӣ шинос шавед.</translation>
    </message>
    <message>
        <source>Create a team…</source>
        <translation>Эҷод кардани гурӯҳ…</translation>
    </message>
    <message>
        <source>Load the demo teams</source>
        <translation>Бор кардани гурӯҳҳои намунавӣ</translation>
    </message>
    <message>
        <source>Loading the demo teams…</source>
        <translation>Гурӯҳҳои намунавӣ бор карда мешаванд…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Хуш омадед</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::ActivityCsvButton</name>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>&amp;Содирот ба CSV…</translation>
    </message>
    <message>
        <source>Write the activities of this plan, or of every plan of the team, to a spreadsheet</source>
        <translation>Чорабиниҳои ин нақша ё ҳамаи нақшаҳои гурӯҳро ба ҷадвал нависед</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::ConcernCsvButton</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Export the concerns to a spreadsheet, or import them from one</source>
        <translation>Мушкилотро ба ҷадвал содир кунед ё аз ҷадвал ворид кунед</translation>
    </message>
    <message>
        <source>&amp;Export the concerns shown to CSV…</source>
        <translation>&amp;Содироти мушкилоти нишондодашуда ба CSV…</translation>
    </message>
    <message>
        <source>&amp;Import concerns from CSV…</source>
        <translation>&amp;Воридоти мушкилот аз CSV…</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::ConcernImportDialog</name>
    <message>
        <source>Import concerns from CSV</source>
        <translation>Воридоти мушкилот аз CSV</translation>
    </message>
    <message>
        <source>Concerns are imported into the team %1. A row whose code the team already has updates that concern; importing the same file again creates no duplicates.</source>
        <translation>Мушкилот ба гурӯҳи %1 ворид карда мешаванд. Сатре, ки рамзаш аллакай дар гурӯҳ ҳаст, ҳамон мушкилотро нав мекунад; воридоти такрории ҳамон файл нусхаҳои такрорӣ эҷод намекунад.</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from Excel or LibreOffice</source>
        <translation>Файли CSV-ро интихоб кунед, ки аз Excel ё LibreOffice нигоҳ дошта шудааст</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Интихоби файл…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Сутун дар файл</translation>
    </message>
    <message>
        <source>Field in Hamkori</source>
        <translation>Майдон дар Hamkori</translation>
    </message>
    <message>
        <source>Value in the first row</source>
        <translation>Қимат дар сатри аввал</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Сатр</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Сутун</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Чӣ нодуруст аст</translation>
    </message>
    <message>
        <source>1. Columns</source>
        <translation>1. Сутунҳо</translation>
    </message>
    <message>
        <source>2. Preview</source>
        <translation>2. Пешнамоиш</translation>
    </message>
    <message>
        <source>3. Check</source>
        <translation>3. Санҷиш</translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation>Сатрҳои хатодорро &amp;гузаронед ва боқимондаро ворид кунед</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Воридот</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлҳои CSV (*.csv *.txt);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табулятсия</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) under the header, %1, separator &quot;%2&quot;.</source>
        <translation>
            <numerusform>%Ln сатр дар зери сарлавҳа, %1, ҷудокунанда «%2».</numerusform>
            <numerusform>%Ln сатр дар зери сарлавҳа, %1, ҷудокунанда «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— ворид карда намешавад —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (ҳатмӣ)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ворид карда намешавад)</translation>
    </message>
    <message numerus="yes">
        <source>3. Check (%n problem(s))</source>
        <translation>
            <numerusform>3. Санҷиш (%Ln хато)</numerusform>
            <numerusform>3. Санҷиш (%Ln хато)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Файлро барои воридот интихоб кунед.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: see &quot;3. Check&quot;.</source>
        <translation>Файлро ба ин шакл ворид кардан ғайриимкон аст: «3. Санҷиш»-ро бинед.</translation>
    </message>
    <message>
        <source>Ready: %1 new, %2 to update, %3 unchanged.</source>
        <translation>Омода: %1 нав, %2 барои нав кардан, %3 бетағйир.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors: correct the file and choose it again, or skip the bad rows.</source>
        <translation>
            <numerusform>%Ln сатр хато дорад: файлро ислоҳ кунед ва онро бори дигар интихоб кунед ё сатрҳои хатодорро гузаронед.</numerusform>
            <numerusform>%Ln сатр хато дорад: файлро ислоҳ кунед ва онро бори дигар интихоб кунед ё сатрҳои хатодорро гузаронед.</numerusform>
        </translation>
    </message>
    <message>
        <source>import concerns from %1</source>
        <translation>воридоти мушкилот аз %1</translation>
    </message>
    <message>
        <source>4. Deleted concerns</source>
        <translation>4. Мушкилоти несткардашуда</translation>
    </message>
    <message numerus="yes">
        <source>4. Deleted concerns (%n)</source>
        <translation>
            <numerusform>4. Мушкилоти несткардашуда (%Ln)</numerusform>
            <numerusform>4. Мушкилоти несткардашуда (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) carry the code of a deleted concern: %1 to restore, the others skipped (see &quot;4. Deleted concerns&quot;).</source>
        <translation>
            <numerusform>%Ln сатр рамзи мушкилоти несткардашударо дорад: %1 барои барқарор кардан, боқимонда гузаронида мешаванд (нигаред ба «4. Мушкилоти несткардашуда»).</numerusform>
            <numerusform>%Ln сатр рамзи мушкилоти несткардашударо дорад: %1 барои барқарор кардан, боқимонда гузаронида мешаванд (нигаред ба «4. Мушкилоти несткардашуда»).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>Ворид карда шуд: %1 сохта шуд, %2 нав карда шуд, %3 бетағйир, %4 гузаронида шуд.</translation>
    </message>
    <message>
        <source>Deleted concerns restored: %1; their rows skipped: %2.</source>
        <translation>Мушкилоти несткардашудаи барқароршуда: %1; сатрҳои гузаронидашудаи онҳо: %2.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Бекор кардан (Ctrl+Z) тамоми воридотро бармегардонад.</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::CsvExportDialog</name>
    <message>
        <source>Export concerns to CSV</source>
        <translation>Содироти мушкилот ба CSV</translation>
    </message>
    <message>
        <source>Export activities to CSV</source>
        <translation>Содироти чорабиниҳо ба CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Интихоб…</translation>
    </message>
    <message>
        <source>Semicolon (;) — Excel in Tajik or Russian</source>
        <translation>Нуқтавергул (;) — Excel бо забони тоҷикӣ ё русӣ</translation>
    </message>
    <message>
        <source>Comma (,) — Excel in English</source>
        <translation>Вергул (,) — Excel бо забони англисӣ</translation>
    </message>
    <message>
        <source>Include &amp;restricted concerns</source>
        <translation>Дохил кардани мушкилоти &amp;маҳдуд</translation>
    </message>
    <message>
        <source>Restricted concerns can endanger people if the file is lost. Leave this off unless the file stays with you.</source>
        <translation>Агар файл гум шавад, мушкилоти маҳдуд метавонанд ба одамон хатар эҷод кунанд. Инро қайд накунед, магар ки файл танҳо дар назди шумо бимонад.</translation>
    </message>
    <message>
        <source>Activities of &amp;every plan of the team</source>
        <translation>Чорабиниҳои &amp;ҳамаи нақшаҳои гурӯҳ</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Language of the columns:</source>
        <translation>&amp;Забони сутунҳо:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Ҷудокунанда:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Содирот</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>мушкилот</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>чорабиниҳо</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлҳои CSV (*.csv);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Файлро барои навиштан интихоб кунед.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n concern(s) to %1.</source>
        <translation>
            <numerusform>%Ln мушкилот ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln мушкилот ба %1 навишта шуд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activity(ies) to %1.</source>
        <translation>
            <numerusform>%Ln чорабинӣ ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln чорабинӣ ба %1 навишта шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
    <message>
        <source>Activities of every plan of &amp;all teams</source>
        <translation>Чорабиниҳои ҳамаи нақшаҳои &amp;ҳамаи гурӯҳҳо</translation>
    </message>
    <message>
        <source>For a coordinator: the team and its district come first in each row.</source>
        <translation>Барои ҳамоҳангсоз: гурӯҳ ва ноҳияи он дар аввали ҳар сатр меоянд.</translation>
    </message>
    <message>
        <source>Export the directory of organisations to CSV</source>
        <translation>Содироти маълумотномаи ташкилотҳо ба CSV</translation>
    </message>
    <message>
        <source>Include &amp;contact details (person, phone, e-mail)</source>
        <translation>Маълумоти &amp;тамос (шахс, телефон, почтаи электронӣ) дохил карда шавад</translation>
    </message>
    <message>
        <source>Contact details are personal data. Leave this off unless the file stays with people who may have them.</source>
        <translation>Маълумоти тамос маълумоти шахсӣ мебошад. Инро хомӯш гузоред, магар файл танҳо назди касоне бимонад, ки ҳаққи доштани онро доранд.</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>ташкилотҳо</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n organisation(s) to %1.</source>
        <translation>
            <numerusform>%Ln ташкилот ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln ташкилот ба %1 навишта шуданд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export events to CSV</source>
        <translation>Содироти рӯйдодҳо ба CSV</translation>
    </message>
    <message>
        <source>Export campaigns to CSV</source>
        <translation>Содироти маъракаҳо ба CSV</translation>
    </message>
    <message>
        <source>Events of &amp;all teams</source>
        <translation>Рӯйдодҳои &amp;ҳамаи гурӯҳҳо</translation>
    </message>
    <message>
        <source>Campaigns of &amp;all teams</source>
        <translation>Маъракаҳои &amp;ҳамаи гурӯҳҳо</translation>
    </message>
    <message>
        <source>For a coordinator: each row names its team. No participant&apos;s name is written.</source>
        <translation>Барои ҳамоҳангсоз: ҳар сатр гурӯҳи худро номбар мекунад. Номи ягон иштирокчӣ навишта намешавад.</translation>
    </message>
    <message>
        <source>events</source>
        <translation>рӯйдодҳо</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>маъракаҳо</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>%Ln рӯйдод ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln рӯйдод ба %1 навишта шуданд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n campaign(s) to %1.</source>
        <translation>
            <numerusform>%Ln маърака ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln маърака ба %1 навишта шуданд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::csv::DeletedRowsPanel</name>
    <message>
        <source>These rows carry the code of a concern that was deleted, here or on another laptop. Importing them would not make a second concern with that code: choose for each whether to restore the deleted concern with the row&apos;s values, or to skip the row.</source>
        <translation>Ин сатрҳо рамзи мушкилотеро доранд, ки дар ин ҷо ё дар ноутбуки дигар нест карда шудааст. Воридоти онҳо мушкилоти дуюм бо ҳамон рамзро намесозад: барои ҳар кадом интихоб кунед, ки мушкилоти несткардашударо бо қиматҳои сатр барқарор кунед ё сатрро гузаронед.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Сатр</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Deleted concern</source>
        <translation>Мушкилоти несткардашуда</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Чӣ бояд кард</translation>
    </message>
    <message>
        <source>&amp;Restore them all</source>
        <translation>Ҳамаро &amp;барқарор кардан</translation>
    </message>
    <message>
        <source>S&amp;kip them all</source>
        <translation>Ҳамаро &amp;гузарондан</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Сатрро гузарондан</translation>
    </message>
    <message>
        <source>Restore it with this row&apos;s values</source>
        <translation>Бо қиматҳои ин сатр барқарор кардан</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::DirectoryFileButtons</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Воридоти CSV…</translation>
    </message>
    <message>
        <source>Read organisations from a spreadsheet saved as CSV (the mapping matrix)</source>
        <translation>Ташкилотҳоро аз ҷадвале, ки ҳамчун CSV нигоҳ дошта шудааст (матритсаи харитасозӣ), хондан</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Содироти CSV…</translation>
    </message>
    <message>
        <source>Write the directory to a CSV file that Excel and LibreOffice open</source>
        <translation>Феҳристро ба файли CSV, ки Excel ва LibreOffice мекушоянд, навиштан</translation>
    </message>
    <message>
        <source>Print &amp;matrix (PDF)…</source>
        <translation>Чопи &amp;матритса (PDF)…</translation>
    </message>
    <message>
        <source>The mapping matrix by district and field of expertise, to print or save as PDF</source>
        <translation>Матритсаи харитасозӣ аз рӯи ноҳия ва соҳаи таҷриба, барои чоп ё нигоҳ доштан ҳамчун PDF</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::DirectoryImportDialog</name>
    <message>
        <source>Import organisations from CSV</source>
        <translation>Воридоти ташкилотҳо аз CSV</translation>
    </message>
    <message>
        <source>Each row is an organisation of the directory. A row whose organisation is already there (same name or short name) updates it; importing the same file again creates no duplicates. Districts, fields of expertise and services are names separated by &quot;;&quot;.</source>
        <translation>Ҳар сатр як ташкилоти маълумотнома аст. Сатре, ки ташкилоташ аллакай ҳаст (бо ҳамон ном ё номи мухтасар), онро нав мекунад; аз нав ворид кардани ҳамон файл такрор эҷод намекунад. Ноҳияҳо, соҳаҳои таҷриба ва хизматрасониҳо номҳое мебошанд, ки бо «;» ҷудо шудаанд.</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from Excel or LibreOffice</source>
        <translation>Файли CSV-ро интихоб кунед, ки аз Excel ё LibreOffice нигоҳ дошта шудааст</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Интихоби файл…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Сутун дар файл</translation>
    </message>
    <message>
        <source>Field in Hamkori</source>
        <translation>Майдон дар Hamkori</translation>
    </message>
    <message>
        <source>Value in the first row</source>
        <translation>Қимат дар сатри аввал</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Сатр</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Сутун</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Чӣ нодуруст аст</translation>
    </message>
    <message>
        <source>1. Columns</source>
        <translation>1. Сутунҳо</translation>
    </message>
    <message>
        <source>2. Preview</source>
        <translation>2. Пешнамоиш</translation>
    </message>
    <message>
        <source>3. Check</source>
        <translation>3. Санҷиш</translation>
    </message>
    <message>
        <source>&amp;Add unknown fields of expertise to the list</source>
        <translation>Соҳаҳои таҷрибаи номаълумро ба рӯйхат &amp;илова кардан</translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation>Сатрҳои хатодорро &amp;гузаронед ва боқимондаро ворид кунед</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Воридот</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлҳои CSV (*.csv *.txt);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табулятсия</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) under the header, %1, separator &quot;%2&quot;.</source>
        <translation>
            <numerusform>%Ln сатр дар зери сарлавҳа, %1, ҷудокунанда «%2».</numerusform>
            <numerusform>%Ln сатр дар зери сарлавҳа, %1, ҷудокунанда «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— ворид карда намешавад —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (ҳатмӣ)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ворид карда намешавад)</translation>
    </message>
    <message numerus="yes">
        <source>3. Check (%n problem(s))</source>
        <translation>
            <numerusform>3. Санҷиш (%Ln хато)</numerusform>
            <numerusform>3. Санҷиш (%Ln хато)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Файлро барои воридот интихоб кунед.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: see &quot;3. Check&quot;.</source>
        <translation>Файлро ба ин шакл ворид кардан ғайриимкон аст: «3. Санҷиш»-ро бинед.</translation>
    </message>
    <message>
        <source>Ready: %1 new, %2 to update, %3 unchanged.</source>
        <translation>Омода: %1 нав, %2 барои нав кардан, %3 бетағйир.</translation>
    </message>
    <message>
        <source>New fields of expertise for the list: %1.</source>
        <translation>Соҳаҳои нави таҷриба барои рӯйхат: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors: correct the file and choose it again, or skip the bad rows.</source>
        <translation>
            <numerusform>%Ln сатр хато дорад: файлро ислоҳ кунед ва онро бори дигар интихоб кунед ё сатрҳои хатодорро гузаронед.</numerusform>
            <numerusform>%Ln сатр хато дорад: файлро ислоҳ кунед ва онро бори дигар интихоб кунед ё сатрҳои хатодорро гузаронед.</numerusform>
        </translation>
    </message>
    <message>
        <source>import organisations from %1</source>
        <translation>воридоти ташкилотҳо аз %1</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>Ворид карда шуд: %1 сохта шуд, %2 нав карда шуд, %3 бетағйир, %4 гузаронида шуд.</translation>
    </message>
    <message>
        <source>Fields of expertise added to the list: %1.</source>
        <translation>Ба рӯйхат соҳаҳои таҷриба илова шуданд: %1.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Бекор кардан (Ctrl+Z) тамоми воридотро бармегардонад.</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::DirectoryMatrixDialog</name>
    <message>
        <source>Mapping matrix of organisations: print or export</source>
        <translation>Матритсаи харитасозии ташкилотҳо: чоп ё содирот</translation>
    </message>
    <message>
        <source>Include &amp;contact details (person, phone, e-mail)</source>
        <translation>Маълумоти &amp;тамос (шахс, телефон, почтаи электронӣ) дохил карда шавад</translation>
    </message>
    <message>
        <source>Contact details are personal data. Leave this off for a copy that is shared or pinned up.</source>
        <translation>Маълумоти тамос маълумоти шахсӣ мебошад. Барои нусхае, ки ба дигарон дода ё ба девор овехта мешавад, инро хомӯш гузоред.</translation>
    </message>
    <message>
        <source>mapping-matrix</source>
        <translation>матритсаи-харитасозӣ</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Ноҳия:</translation>
    </message>
    <message>
        <source>&amp;Field of expertise:</source>
        <translation>&amp;Соҳаи таҷриба:</translation>
    </message>
    <message>
        <source>Every district</source>
        <translation>Ҳамаи ноҳияҳо</translation>
    </message>
    <message>
        <source>Every field of expertise</source>
        <translation>Ҳамаи соҳаҳои таҷриба</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::EventFileButtons</name>
    <message>
        <source>&amp;Attendance sheet (PDF)…</source>
        <translation>&amp;Рӯйхати иштирокчиён (PDF)…</translation>
    </message>
    <message>
        <source>The list of participants to sign, with empty rows, to print before the event</source>
        <translation>Рӯйхати иштирокчиён барои имзо, бо сатрҳои холӣ, ки пеш аз рӯйдод чоп карда мешавад</translation>
    </message>
    <message>
        <source>Cer&amp;tificates (PDF)…</source>
        <translation>&amp;Сертификатҳо (PDF)…</translation>
    </message>
    <message>
        <source>One certificate per named participant of the training</source>
        <translation>Барои ҳар иштирокчии номбаршудаи омӯзиш як сертификат</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Содироти CSV…</translation>
    </message>
    <message>
        <source>The team&apos;s events with their figures, without participants&apos; names</source>
        <translation>Рӯйдодҳои гурӯҳ бо рақамҳояшон, бе номи иштирокчиён</translation>
    </message>
    <message>
        <source>The team&apos;s campaigns with the people they reached</source>
        <translation>Маъракаҳои гурӯҳ бо одамони фарогиршуда</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::SurveyExportDialog</name>
    <message>
        <source>Export perception surveys to CSV</source>
        <translation>Содироти пурсишҳои афкори ҷомеа ба CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Интихоб…</translation>
    </message>
    <message>
        <source>Semicolon (;) — Excel in Tajik or Russian</source>
        <translation>Нуқтавергул (;) — Excel бо забони тоҷикӣ ё русӣ</translation>
    </message>
    <message>
        <source>Comma (,) — Excel in English</source>
        <translation>Вергул (,) — Excel бо забони англисӣ</translation>
    </message>
    <message>
        <source>Indicators of &amp;all teams</source>
        <translation>Нишондиҳандаҳои &amp;ҳамаи гурӯҳҳо</translation>
    </message>
    <message>
        <source>For a coordinator: each row names its team and round.</source>
        <translation>Барои ҳамоҳангсоз: ҳар сатр гурӯҳ ва пурсиши худро номбар мекунад.</translation>
    </message>
    <message>
        <source>Also write the &amp;sheets of the chosen round (sensitive)</source>
        <translation>Варақаҳои пурсиши интихобшударо низ &amp;нависед (ҳассос)</translation>
    </message>
    <message>
        <source>The sheets hold every answer of every respondent, without names. In a small mahalla a rare answer can still point at a person: leave this off unless the file stays with you.</source>
        <translation>Варақаҳо ҳар ҷавоби ҳар пурсидашударо бе ном дар бар мегиранд. Дар маҳаллаи хурд ҷавоби нодир ҳам метавонад шахсро нишон диҳад: агар файл назди шумо намонад, инро қайд накунед.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Language of the columns:</source>
        <translation>&amp;Забони сутунҳо:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Ҷудокунанда:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Содирот</translation>
    </message>
    <message>
        <source>sheets</source>
        <extracomment>The end of the file name of a survey round&apos;s sheets, after the name chosen for the indicators.</extracomment>
        <translation>варақаҳо</translation>
    </message>
    <message>
        <source>surveys</source>
        <translation>пурсишҳо</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлҳои CSV (*.csv);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Файлро барои навиштан интихоб кунед.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) of indicators to %1.</source>
        <translation>
            <numerusform>%Ln сатри нишондиҳандаҳо ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln сатри нишондиҳандаҳо ба %1 навишта шуд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n survey sheet(s) to %1.</source>
        <translation>
            <numerusform>%Ln варақаи пурсиш ба %1 навишта шуд.</numerusform>
            <numerusform>%Ln варақаи пурсиш ба %1 навишта шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::SurveyFileButtons</name>
    <message>
        <source>Survey &amp;summary (PDF)…</source>
        <translation>&amp;Хулосаи пурсиш (PDF)…</translation>
    </message>
    <message>
        <source>One page for a Hukumat or a donor: the key indicators for women and men, the change since the baseline, the concerns named most</source>
        <translation>Як варақ барои Ҳукумат ё донор: нишондиҳандаҳои асосӣ барои занон ва мардон, тағйир аз пурсиши ибтидоӣ, мушкилоте, ки бештар номбар шуданд</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Содироти CSV…</translation>
    </message>
    <message>
        <source>The indicators of the rounds; the anonymous sheets only when you ask for them</source>
        <translation>Нишондиҳандаҳои пурсишҳо; варақаҳои беном танҳо вақте ки шумо дархост мекунед</translation>
    </message>
</context>
<context>
    <name>hamkori::documents::DocumentButton</name>
    <message>
        <source>Print or e&amp;xport…</source>
        <translation>Чоп ё со&amp;дирот…</translation>
    </message>
    <message>
        <source>Print or e&amp;xport minutes…</source>
        <translation>Чоп ё со&amp;дироти суратҷаласа…</translation>
    </message>
    <message>
        <source>Preview, print or export the selected plan as a PDF for the Hukumat to sign.</source>
        <translation>Пешнамоиш, чоп ё содироти нақшаи чорабиниҳои интихобшуда ба PDF барои имзои Ҳукумат.</translation>
    </message>
    <message>
        <source>Preview, print or export the selected meeting&apos;s minutes as a PDF.</source>
        <translation>Пешнамоиш, чоп ё содироти суратҷаласаи вохӯрии интихобшуда ба PDF.</translation>
    </message>
</context>
<context>
    <name>hamkori::documents::DocumentDialog</name>
    <message>
        <source>Action plan %1: print or export</source>
        <translation>Нақшаи чорабиниҳо %1: чоп ё содирот</translation>
    </message>
    <message>
        <source>Minutes of %1: print or export</source>
        <translation>Суратҷаласаи %1: чоп ё содирот</translation>
    </message>
</context>
<context>
    <name>hamkori::documents::DocumentPanel</name>
    <message>
        <source>Export PDF</source>
        <translation>Содироти PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Ҳуҷҷатҳои PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Нигоҳ дошта шуд: %1</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is switched on and connected.</source>
        <translation>Аз чопгар истифода бурдан нашуд. Санҷед, ки он фаъол ва пайваст аст.</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Забони ҳуҷҷат:</translation>
    </message>
    <message>
        <source>The language the document is written in; the program&apos;s language stays as it is.</source>
        <translation>Забоне, ки ҳуҷҷат бо он навишта мешавад; забони барнома тағйир намеёбад.</translation>
    </message>
    <message>
        <source>&amp;Landscape pages</source>
        <translation>Саҳифаҳои &amp;уфуқӣ</translation>
    </message>
    <message>
        <source>Include &amp;restricted details</source>
        <translation>Дохил кардани маълумоти &amp;маҳдуд</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Пешнамоиш…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Чоп…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ва боз %Ln.</numerusform>
            <numerusform>… ва боз %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restricted concerns are mentioned</source>
        <translation>Мушкилоти маҳдуд ёдовар шудаанд</translation>
    </message>
    <message>
        <source>This document leaves restricted concerns out, but these passages still mention them:</source>
        <translation>Ин ҳуҷҷат мушкилоти маҳдудро дохил намекунад, аммо ин порчаҳо онҳоро ёдовар мешаванд:</translation>
    </message>
    <message>
        <source>Leave these passages out of the document, or keep them as they are?</source>
        <translation>Ин порчаҳоро аз ҳуҷҷат хориҷ кунем ё чунон ки ҳастанд нигоҳ дорем?</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>&amp;Хориҷ кардан</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Нигоҳ доштан</translation>
    </message>
    <message>
        <source>Export ODT</source>
        <translation>Содироти ODT</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Матни OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Show restricted concerns in this document. Every page will be marked for official use only.</source>
        <translation>Мушкилоти маҳдудро дар ин ҳуҷҷат нишон медиҳад. Ҳар саҳифа бо нишони «Барои истифодаи хизматӣ» қайд карда мешавад.</translation>
    </message>
    <message>
        <source>&amp;Formal page style (serif, 12 pt, wide margins)</source>
        <translation>Услуби &amp;расмии саҳифа (ҳарфҳои серифӣ, 12 pt, ҳошияҳои васеъ)</translation>
    </message>
    <message>
        <source>The style general departments use for official papers.</source>
        <translation>Услубе, ки шуъбаҳои умумӣ барои ҳуҷҷатҳои расмӣ истифода мебаранд.</translation>
    </message>
    <message>
        <source>&amp;File format:</source>
        <translation>&amp;Формати файл:</translation>
    </message>
    <message>
        <source>PDF, to print and sign</source>
        <translation>PDF, барои чоп ва имзо</translation>
    </message>
    <message>
        <source>Headings and labels are written in this language; names and texts stay as they were typed.</source>
        <translation>Сарлавҳаҳо ва тамғаҳо бо ҳамин забон навишта мешаванд; номҳо ва матнҳо ҳамон тавре мемонанд, ки ворид шудаанд.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Содирот…</translation>
    </message>
    <message>
        <source>ODT, to edit in a word processor</source>
        <translation>ODT, барои таҳрир дар барномаи матнӣ</translation>
    </message>
</context>
<context>
    <name>hamkori::documents::EventDocumentDialog</name>
    <message>
        <source>Print the attendance sheet</source>
        <translation>Чопи рӯйхати иштирокчиён</translation>
    </message>
    <message>
        <source>Print the certificates of the training</source>
        <translation>Чопи сертификатҳои омӯзиш</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Интихоб…</translation>
    </message>
    <message>
        <source>Numbered empty rows after the names, for people who come without being listed</source>
        <translation>Сатрҳои холии рақамдор пас аз номҳо, барои касоне, ки бе рӯйхат меоянд</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Забони ҳуҷҷат:</translation>
    </message>
    <message>
        <source>&amp;Empty rows:</source>
        <translation>&amp;Сатрҳои холӣ:</translation>
    </message>
    <message>
        <source>&amp;Signed also by:</source>
        <translation>&amp;Инчунин имзо мекунад:</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Вазифа:</translation>
    </message>
    <message>
        <source>optional: an official beside the trainers</source>
        <translation>ихтиёрӣ: шахси мансабдор дар қатори тренерҳо</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>&amp;Навиштани PDF</translation>
    </message>
    <message>
        <source>attendance-sheet</source>
        <translation>рӯйхати-иштирокчиён</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>сертификатҳо</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Файлҳои PDF (*.pdf);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Файлро барои навиштан интихоб кунед.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 навишта шуд.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
</context>
<context>
    <name>hamkori::documents::SurveySummaryDialog</name>
    <message>
        <source>Write the survey summary</source>
        <translation>Навиштани хулосаи пурсиш</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Интихоб…</translation>
    </message>
    <message>
        <source>PDF, to print or send</source>
        <translation>PDF, барои чоп ё фиристодан</translation>
    </message>
    <message>
        <source>ODT, to edit in a word processor</source>
        <translation>ODT, барои таҳрир дар коркарди матн</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Забони ҳуҷҷат:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>One page: the key indicators for women and men with their 95 % intervals, the change since the baseline, the concerns named most. No one is named, not even the interviewers.</source>
        <translation>Як варақ: нишондиҳандаҳои асосӣ барои занон ва мардон бо фосилаҳои эътимоди 95 %, тағйир аз пурсиши ибтидоӣ, мушкилоте, ки бештар номбар шуданд. Ҳеҷ кас номбар намешавад, ҳатто пурсишгарон.</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Навиштан</translation>
    </message>
    <message>
        <source>survey-summary</source>
        <translation>хулосаи-пурсиш</translation>
    </message>
    <message>
        <source>ODT documents (*.odt);;All files (*)</source>
        <translation>Ҳуҷҷатҳои ODT (*.odt);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Файлҳои PDF (*.pdf);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Файлро барои навиштан интихоб кунед.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 навишта шуд.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::ConflictInbox</name>
    <message>
        <source>No conflicts: nothing waits for your choice.</source>
        <translation>Ихтилоф нест: ҳеҷ чиз интизори интихоби шумо нест.</translation>
    </message>
    <message>
        <source>Two laptops changed the same thing since they last exchanged. Both values are kept; choose the right one for each conflict below. Your choice travels to the other laptops with the next exchange.</source>
        <translation>Ду ноутбук пас аз мубодилаи охирин як чизро гуногун тағйир додаанд. Ҳарду қимат нигоҳ дошта шудаанд; барои ҳар ихтилоф дар поён қимати дурустро интихоб кунед. Интихоби шумо бо мубодилаи навбатӣ ба ноутбукҳои дигар мерасад.</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::ConflictListModel</name>
    <message>
        <source>«%1» (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>changed here, deleted there</source>
        <translation>дар ин ҷо тағйир ёфт, дар он ҷо нест карда шуд</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Сабт</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Майдон</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Ҳоло нишон дода мешавад</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>Қиматҳои дигар</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::ConflictResolver</name>
    <message>
        <source>Choose a conflict in the list to resolve it.</source>
        <translation>Барои ҳал кардан ихтилофро аз рӯйхат интихоб кунед.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 was deleted on one laptop and changed on another:
%2</source>
        <translation>%1 дар як ноутбук нест карда шуд ва дар дигараш тағйир ёфт:
%2</translation>
    </message>
    <message>
        <source>Keep it deleted</source>
        <translation>Нестшуда боқӣ гузоштан</translation>
    </message>
    <message>
        <source>Bring it back with the changes</source>
        <translation>Бо тағйирот барқарор кардан</translation>
    </message>
    <message>
        <source>%1, %2: the laptops hold different values. Keep one, or write the right value.</source>
        <translation>%1, %2: дар ноутбукҳо қиматҳои гуногун ҳастанд. Якеро нигоҳ доред ё қимати дурустро нависед.</translation>
    </message>
    <message>
        <source>Keep «%1» (%2)</source>
        <translation>«%1»-ро нигоҳ доштан (%2)</translation>
    </message>
    <message>
        <source>Write the value:</source>
        <translation>Қиматро навиштан:</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Ҳал кардани ихтилоф</translation>
    </message>
    <message>
        <source>&amp;Save the choice</source>
        <translation>Ин&amp;тихобро нигоҳ доштан</translation>
    </message>
    <message>
        <source>This field refers to another record: keep one of the values. To point it elsewhere, change the record itself after resolving.</source>
        <translation>Ин майдон ба сабти дигар ишора мекунад: яке аз қиматҳоро нигоҳ доред. Барои ишора ба сабти дигар, пас аз ҳал кардани ихтилоф худи сабтро тағйир диҳед.</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::DeviceListModel</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%Ln тағйирот</numerusform>
            <numerusform>%Ln тағйирот</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n laptop(s)</source>
        <translation>
            <numerusform>аз %Ln ноутбук</numerusform>
            <numerusform>аз %Ln ноутбук</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: up to change %2</source>
        <translation>%1: то тағйироти %2</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>ин ноутбук</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(бе ном)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ҳанӯз нест</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Изи рақамӣ</translation>
    </message>
    <message>
        <source>Last bundle written</source>
        <translation>Бастаи охирин навишта шуд</translation>
    </message>
    <message>
        <source>What it knew then</source>
        <translation>Он вақт чӣ медонист</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::ExportPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Folder of the USB stick</source>
        <translation>Ҷузвдони флешка</translation>
    </message>
    <message>
        <source>Choose at least one team to export.</source>
        <translation>Барои содирот ақаллан як гурӯҳро интихоб кунед.</translation>
    </message>
    <message>
        <source>Choose the folder of the USB stick first.</source>
        <translation>Аввал ҷузвдони флешкаро интихоб кунед.</translation>
    </message>
    <message>
        <source>Written and checked: %1. It is safe to remove the stick.</source>
        <translation>Навишта ва санҷида шуд: %1. Флешкаро бехатар баровардан мумкин аст.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Бастаи маълумот навишта мешавад…</translation>
    </message>
    <message>
        <source>&amp;Teams to send:</source>
        <translation>&amp;Гурӯҳҳо барои фиристодан:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ҷузвдон:</translation>
    </message>
    <message>
        <source>The USB stick, for example E:\</source>
        <translation>Флешка, масалан E:\</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Инти&amp;хоб…</translation>
    </message>
    <message>
        <source>&amp;Export for exchange</source>
        <translation>&amp;Содирот барои мубодила</translation>
    </message>
    <message>
        <source>Any laptop: everything of these teams</source>
        <translation>Ҳар ноутбук: ҳамаи маълумоти ин гурӯҳҳо</translation>
    </message>
    <message>
        <source>%1 (%2): only what it lacks</source>
        <translation>%1 (%2): танҳо он чизе, ки ба он намерасад</translation>
    </message>
    <message>
        <source>A laptop without a name</source>
        <translation>Ноутбуки беном</translation>
    </message>
    <message>
        <source>Earlier exchange passphrase</source>
        <translation>Ибораи махфии пешинаи мубодила</translation>
    </message>
    <message>
        <source>This data file&apos;s signing key was locked with the exchange passphrase in use when it last exported. Type that earlier passphrase once; the key is then locked with the current one.</source>
        <translation>Калиди имзои ин файли маълумот бо ибораи махфии мубодилае қулф карда шудааст, ки ҳангоми охирин содироти он истифода мешуд. Он ибораи пешинаро як бор нависед; баъд калид бо ибораи ҷорӣ қулф карда мешавад.</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>Б&amp;арои:</translation>
    </message>
    <message>
        <source>Choose the laptop the stick is for to send only what it lacks (a smaller bundle that tells less if the stick is lost). Choose any laptop when the stick goes round.</source>
        <translation>Ноутбукеро интихоб кунед, ки флешка барои он аст, то танҳо он чизе фиристода шавад, ки ба он намерасад (бастаи хурдтар, ки агар флешка гум шавад, камтар ошкор мекунад). Вақте ки флешка аз дасте ба дасте мегузарад, «ҳар ноутбук»-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Ҳамаро қайд кардан</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Ҳамаро &amp;бекор кардан</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::ImportPanel</name>
    <message>
        <source>Bundle to import</source>
        <translation>Бастаи маълумот барои воридот</translation>
    </message>
    <message>
        <source>Hamkori bundles (*.hkx)</source>
        <translation>Бастаҳои маълумоти Hamkori (*.hkx)</translation>
    </message>
    <message>
        <source>Folder with bundles</source>
        <translation>Ҷузвдон бо бастаҳои маълумот</translation>
    </message>
    <message>
        <source>There is no bundle (*.hkx file) in this folder.</source>
        <translation>Дар ин ҷузвдон бастаи маълумот (файли *.hkx) нест.</translation>
    </message>
    <message>
        <source>A laptop without a name</source>
        <translation>Ноутбуки беном</translation>
    </message>
    <message>
        <source>This bundle comes from a laptop that has not sent bundles here before:

%1
Fingerprint: %2

Ask its owner to read you the fingerprint shown under Settings on that laptop. Trust this laptop and apply its changes?</source>
        <translation>Ин бастаи маълумот аз ноутбуке омадааст, ки пештар ба ин ҷо баста нафиристода буд:

%1
Изи рақамӣ: %2

Аз соҳиби он хоҳиш кунед, ки изи рақамиеро, ки дар Танзимоти он ноутбук нишон дода шудааст, ба шумо хонад. Ба ин ноутбук эътимод карда, тағйироти онро татбиқ кунем?</translation>
    </message>
    <message>
        <source>A new laptop</source>
        <translation>Ноутбуки нав</translation>
    </message>
    <message>
        <source>&amp;Trust and import</source>
        <translation>&amp;Эътимод ва воридот</translation>
    </message>
    <message>
        <source>The laptop was not trusted: nothing of this bundle was applied.</source>
        <translation>Ба ноутбук эътимод карда нашуд: аз ин бастаи маълумот ҳеҷ чиз татбиқ нашуд.</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n change(s) new to this laptop.</source>
        <translation>
            <numerusform>Ворид шуд: %Ln тағйироте, ки барои ин ноутбук нав аст.</numerusform>
            <numerusform>Ворид шуд: %Ln тағйироте, ки барои ин ноутбук нав аст.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import a &amp;file…</source>
        <translation>Воридоти &amp;файл…</translation>
    </message>
    <message>
        <source>Import every bundle in a f&amp;older…</source>
        <translation>Воридоти ҳамаи бастаҳои &amp;ҷузвдон…</translation>
    </message>
    <message>
        <source>What the import changed:</source>
        <translation>Воридот чӣ тағйир дод:</translation>
    </message>
    <message>
        <source>Bundles:</source>
        <translation>Бастаҳои маълумот:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Воридот</translation>
    </message>
    <message>
        <source>Applying the changes of %1…
The other pages wait until it is done.</source>
        <translation>Тағйироти %1 татбиқ мешаванд…
Саҳифаҳои дигар то анҷоми он интизор мешаванд.</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n change(s). %1</source>
        <translation>
            <numerusform>Татбиқ нашуд: %Ln тағйирот. %1</numerusform>
            <numerusform>Татбиқ нашуд: %Ln тағйирот. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::MergeReportModel</name>
    <message>
        <source>Records</source>
        <translation>Сабтҳо</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нав</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Тағйирёфта</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Нестшуда</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Аллакай маълум</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ихтилофҳо</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Татбиқнашуда</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::MergedValueEditor</name>
    <message>
        <source>(no date)</source>
        <translation>(бе сана)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(холӣ)</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::PassphraseBar</name>
    <message>
        <source>Type the exchange passphrase of your team network first.</source>
        <translation>Аввал ибораи махфии мубодилаи шабакаи гурӯҳҳои худро нависед.</translation>
    </message>
    <message>
        <source>This is not the exchange passphrase set in Settings. Check the keyboard language and Caps Lock, and type it again.</source>
        <translation>Ин он ибораи махфии мубодилае нест, ки дар Танзимот муқаррар шудааст. Забони клавиатура ва Caps Lock-ро санҷед ва онро аз нав нависед.</translation>
    </message>
    <message>
        <source>Exchange &amp;passphrase:</source>
        <translation>Ибораи &amp;махфии мубодила:</translation>
    </message>
    <message>
        <source>Kept in memory until Hamkori closes, never saved.</source>
        <translation>То пӯшидани Hamkori дар хотира нигоҳ дошта мешавад, ҳеҷ гоҳ сабт намешавад.</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::SetAsideModel</name>
    <message>
        <source>new record</source>
        <translation>сабти нав</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Гирифта шуд</translation>
    </message>
    <message>
        <source>From laptop</source>
        <translation>Аз ноутбук</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Сабт</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Майдон</translation>
    </message>
    <message>
        <source>Why it was not applied</source>
        <translation>Чаро татбиқ нашуд</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::SetAsidePanel</name>
    <message>
        <source>Every change applied: nothing is set aside any more.</source>
        <translation>Ҳамаи тағйирот татбиқ шуданд: дигар ягон тағйироти мавқуфмонда нест.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied now.</source>
        <translation>
            <numerusform>Ҳоло %Ln тағйирот татбиқ шуд.</numerusform>
            <numerusform>Ҳоло %Ln тағйирот татбиқ шуд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still cannot be applied.</source>
        <translation>
            <numerusform>%Ln тағйиротро ҳоло ҳам татбиқ кардан мумкин нест.</numerusform>
            <numerusform>%Ln тағйиротро ҳоло ҳам татбиқ кардан мумкин нест.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change is set aside: every change received was applied.</source>
        <translation>Ягон тағйироти мавқуфмонда нест: ҳамаи тағйироти гирифташуда татбиқ шуданд.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received could not be applied and are kept here. Import the bundles of the other laptops, then try them again.</source>
        <translation>
            <numerusform>%Ln тағйироти гирифташударо татбиқ кардан нашуд ва онҳо дар ин ҷо нигоҳ дошта мешаванд. Бастаҳои маълумоти ноутбукҳои дигарро ворид кунед, баъд аз нав кӯшиш кунед.</numerusform>
            <numerusform>%Ln тағйироти гирифташударо татбиқ кардан нашуд ва онҳо дар ин ҷо нигоҳ дошта мешаванд. Бастаҳои маълумоти ноутбукҳои дигарро ворид кунед, баъд аз нав кӯшиш кунед.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Аз нав кӯшиш кардан</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ActivitiesPanel</name>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Activity %1 of %2 (“%3”) will be deleted, with %4 and %5.</source>
        <translation>Чорабинии %1-и %2 («%3») якҷоя бо %4 ва %5 нест карда мешавад.</translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%Ln қайди пешрафт</numerusform>
            <numerusform>%Ln қайди пешрафт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator reading(s)</source>
        <translation>
            <numerusform>%Ln ченкунии нишондиҳанда</numerusform>
            <numerusform>%Ln ченкунии нишондиҳанда</numerusform>
        </translation>
    </message>
    <message>
        <source>delete activity %1 of %2</source>
        <translation>нест кардани чорабинии %1-и %2</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>&amp;Илова кардани чорабинӣ</translation>
    </message>
    <message>
        <source>D&amp;elete activity…</source>
        <translation>&amp;Нест кардани чорабинӣ…</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Ба &amp;боло</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ба &amp;поён</translation>
    </message>
    <message>
        <source>Move the activity up (Alt+Shift+Up)</source>
        <translation>Чорабиниро ба боло мебарад (Alt+Shift+Up)</translation>
    </message>
    <message>
        <source>Move the activity down (Alt+Shift+Down)</source>
        <translation>Чорабиниро ба поён мебарад (Alt+Shift+Down)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Тафсилот</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Қайдҳои пешрафт</translation>
    </message>
    <message>
        <source>Indicator readings</source>
        <translation>Ченкуниҳои нишондиҳанда</translation>
    </message>
    <message>
        <source>Erase from history…</source>
        <translation>Аз таърих пок кардан…</translation>
    </message>
    <message>
        <source>Erase earlier values of this activity&apos;s risks and notes from this laptop and, with the next bundle, from every other one.</source>
        <translation>Қиматҳои пешинаи хатарҳо ва эзоҳҳои ин чорабиниро аз ин ноутбук ва бо бастаи маълумоти навбатӣ аз ҳамаи ноутбукҳои дигар пок кардан.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Ташкилотҳо</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ActivityAmountDelegate</name>
    <message>
        <source> somoni</source>
        <translation> сомонӣ</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ActivityDirectoryPanel</name>
    <message>
        <source>(none chosen)</source>
        <translation>(интихоб нашудааст)</translation>
    </message>
    <message>
        <source>change the lead organisation of activity %1 of %2</source>
        <translation>тағйир додани ташкилоти масъули чорабинии %1 дар %2</translation>
    </message>
    <message>
        <source>change the partners of activity %1 of %2</source>
        <translation>тағйир додани шарикони чорабинии %1 дар %2</translation>
    </message>
    <message>
        <source>&amp;Lead organisation (directory):</source>
        <translation>Ташкилоти &amp;масъул (маълумотнома):</translation>
    </message>
    <message>
        <source>Partners from the &amp;directory:</source>
        <translation>Шарикон аз &amp;маълумотнома:</translation>
    </message>
    <message>
        <source>Type to find an organisation</source>
        <translation>Барои ёфтани ташкилот нависед</translation>
    </message>
    <message>
        <source>Organisations are added on the Directory page. The lead body and the partners written in the table stay as they are.</source>
        <translation>Ташкилотҳо дар саҳифаи «Маълумотнома» илова карда мешаванд. Иҷрокунандаи масъул ва шарикони дар ҷадвал навишташуда бетағйир мемонанд.</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ActivityProgressPanel</name>
    <message>
        <source>Status of the activity: %1. It follows the latest progress update.</source>
        <translation>Ҳолати чорабинӣ: %1. Он аз қайди охирини пешрафт гирифта мешавад.</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>Чорабинии %1: %2</translation>
    </message>
    <message>
        <source>add a progress update to activity %1 of %2</source>
        <translation>илова кардани қайди пешрафт ба чорабинии %1-и %2</translation>
    </message>
    <message>
        <source>Add &amp;progress update…</source>
        <translation>Илова кардани қайди &amp;пешрафт…</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ActivityReadingsPanel</name>
    <message>
        <source>not set</source>
        <translation>муайян нашудааст</translation>
    </message>
    <message>
        <source>Outcome indicator: %1 · baseline: %2 · target: %3</source>
        <translation>Нишондиҳандаи натиҷаи ниҳоӣ: %1 · сатҳи ибтидоӣ: %2 · сатҳи ҳадафӣ: %3</translation>
    </message>
    <message>
        <source>add a reading to activity %1 of %2</source>
        <translation>илова кардани ченкунии нишондиҳанда ба чорабинии %1 аз %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Сана:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Қимат:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Қай&amp;д:</translation>
    </message>
    <message>
        <source>Add &amp;reading</source>
        <translation>Илова кардани &amp;ченкунӣ</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ActivityTableModel</name>
    <message>
        <source>(not decided)</source>
        <translation>(муайян нашудааст)</translation>
    </message>
    <message>
        <source>Overdue: the deadline %1 has passed and the activity is not done.</source>
        <translation>Мӯҳлат гузаштааст: мӯҳлати иҷро %1 гузашт, вале чорабинӣ иҷро нашудааст.</translation>
    </message>
    <message>
        <source>change the measure of activity %1 of %2</source>
        <translation>тағйир додани номгӯи чорабинии %1-и %2</translation>
    </message>
    <message>
        <source>change the lead body of activity %1 of %2</source>
        <translation>тағйир додани иҷрокунандаи масъули чорабинии %1-и %2</translation>
    </message>
    <message>
        <source>change the partners of activity %1 of %2</source>
        <translation>тағйир додани шарикони чорабинии %1-и %2</translation>
    </message>
    <message>
        <source>change the start of activity %1 of %2</source>
        <translation>тағйир додани санаи оғози чорабинии %1-и %2</translation>
    </message>
    <message>
        <source>change the deadline of activity %1 of %2</source>
        <translation>тағйир додани мӯҳлати иҷрои чорабинии %1-и %2</translation>
    </message>
    <message>
        <source>change the funding source of activity %1 of %2</source>
        <translation>тағйир додани манбаи маблағгузории чорабинии %1-и %2</translation>
    </message>
    <message>
        <source>change the amount of activity %1 of %2</source>
        <translation>тағйир додани маблағи чорабинии %1-и %2</translation>
    </message>
    <message>
        <source>change the status of activity %1 of %2</source>
        <translation>тағйир додани ҳолати чорабинии %1-и %2</translation>
    </message>
    <message>
        <source>change activity %1 of %2</source>
        <translation>тағйир додани чорабинии %1-и %2</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Чорабинии нав</translation>
    </message>
    <message>
        <source>add an activity to %1</source>
        <translation>илова кардани чорабинӣ ба %1</translation>
    </message>
    <message>
        <source>move activity %1 of %2 up</source>
        <translation>ба боло бурдани чорабинии %1-и %2</translation>
    </message>
    <message>
        <source>move activity %1 of %2 down</source>
        <translation>ба поён бурдани чорабинии %1-и %2</translation>
    </message>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Рақам</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Чорабинӣ</translation>
    </message>
    <message>
        <source>Lead body</source>
        <translation>Иҷрокунандаи масъул</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Шарикон</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Санаи оғоз</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мӯҳлати иҷро</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Манбаи маблағгузорӣ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Маблағ</translation>
    </message>
    <message>
        <source>Output indicator</source>
        <translation>Нишондиҳандаи натиҷаи бевосита</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Захираҳо</translation>
    </message>
    <message>
        <source>Outcome indicator</source>
        <translation>Нишондиҳандаи натиҷаи ниҳоӣ</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Сатҳи ибтидоӣ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Сатҳи ҳадафӣ</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Воситаҳои тасдиқ</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Хатарҳо</translation>
    </message>
    <message>
        <source>Gender and conflict notes</source>
        <translation>Эзоҳҳо оид ба гендер ва низоъ</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::IndicatorReadingModel</name>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Қимат</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эзоҳ</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::PlanConcernsModel</name>
    <message>
        <source>Chosen as a priority in a prioritisation round.</source>
        <translation>Дар даври муайян кардани афзалиятҳо ҳамчун афзалият интихоб шудааст.</translation>
    </message>
    <message>
        <source>add concern %1 to %2</source>
        <translation>илова кардани мушкилоти %1 ба %2</translation>
    </message>
    <message>
        <source>remove concern %1 from %2</source>
        <translation>хориҷ кардани мушкилоти %1 аз %2</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::PlanHeaderForm</name>
    <message>
        <source>change the title of %1</source>
        <translation>тағйир додани номи %1</translation>
    </message>
    <message>
        <source>change the period of %1</source>
        <translation>тағйир додани давраи %1</translation>
    </message>
    <message>
        <source>change the status of %1</source>
        <translation>тағйир додани ҳолати %1</translation>
    </message>
    <message>
        <source>change the meeting that adopted %1</source>
        <translation>тағйир додани вохӯрие, ки %1-ро қабул кардааст</translation>
    </message>
    <message>
        <source>change the minutes number of %1</source>
        <translation>тағйир додани рақами суратҷаласаи %1</translation>
    </message>
    <message>
        <source>change the approver of %1</source>
        <translation>тағйир додани тасдиқкунандаи %1</translation>
    </message>
    <message>
        <source>change the objective of %1</source>
        <translation>тағйир додани мақсади %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(қайд нашудааст)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Ном:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Давра:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>plan period: from … to …</comment>
        <translation>то</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Ҳолат:</translation>
    </message>
    <message>
        <source>Adopted at &amp;meeting:</source>
        <translation>Дар &amp;вохӯрӣ қабул шуд:</translation>
    </message>
    <message>
        <source>Minutes n&amp;umber:</source>
        <translation>Рақами &amp;суратҷаласа:</translation>
    </message>
    <message>
        <source>&amp;Approved by (name):</source>
        <translation>&amp;Тасдиқ кард (ном):</translation>
    </message>
    <message>
        <source>Approver&apos;s p&amp;ost:</source>
        <translation>Вазифаи тасдиқ&amp;кунанда:</translation>
    </message>
    <message>
        <source>&amp;Concerns addressed (★ chosen as priorities):</source>
        <translation>&amp;Мушкилоте, ки нақша ҳал мекунад (★ ҳамчун афзалият интихобшуда):</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>Ма&amp;қсад:</translation>
    </message>
    <message>
        <source>e.g. Action plan against domestic violence in Chorkuh</source>
        <translation>Масалан, Нақшаи чорабиниҳо бар зидди хушунати хонаводагӣ дар Чорқӯҳ</translation>
    </message>
    <message>
        <source>change the outgoing number of %1</source>
        <translation>тағйири рақами содиротии %1</translation>
    </message>
    <message>
        <source>change the ordinance of %1</source>
        <translation>тағйири амри %1</translation>
    </message>
    <message>
        <source>The team has no members yet</source>
        <translation>Гурӯҳ ҳанӯз аъзо надорад</translation>
    </message>
    <message>
        <source>change who agrees %1</source>
        <translation>тағйири шахси мувофиқакунандаи %1</translation>
    </message>
    <message>
        <source>A&amp;greed by (name):</source>
        <translation>&amp;Мувофиқа кард (ном):</translation>
    </message>
    <message>
        <source>Ag&amp;reer&apos;s post:</source>
        <translation>&amp;Вазифаи мувофиқакунанда:</translation>
    </message>
    <message>
        <source>Outgoing &amp;number:</source>
        <translation>&amp;Рақами содиротӣ:</translation>
    </message>
    <message>
        <source>Annex to or&amp;dinance No.:</source>
        <translation>Замима ба &amp;амри №:</translation>
    </message>
    <message>
        <source>of</source>
        <comment>annex to the ordinance No. … of (a date)</comment>
        <translation>аз</translation>
    </message>
    <message>
        <source>Member…</source>
        <translation>Узв…</translation>
    </message>
    <message>
        <source>Choose a member of the team as the approver: name and post</source>
        <translation>Узви гурӯҳро ҳамчун тасдиқкунанда интихоб кунед: ном ва вазифа</translation>
    </message>
    <message>
        <source>Choose a member of the team as the one who agrees the plan: name and post</source>
        <translation>Узви гурӯҳро ҳамчун мувофиқакунандаи нақшаи чорабиниҳо интихоб кунед: ном ва вазифа</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::PlanListModel</name>
    <message numerus="yes">
        <source>%n activity(ies) overdue</source>
        <translation>
            <numerusform>мӯҳлати %Ln чорабинӣ гузаштааст</numerusform>
            <numerusform>мӯҳлати %Ln чорабинӣ гузаштааст</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>plan period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 аз %2 иҷро шуд</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Рамз</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Давра</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Чорабиниҳо</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ProgressUpdateDialog</name>
    <message>
        <source>Add progress update</source>
        <translation>Илова кардани қайди пешрафт</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Сана:</translation>
    </message>
    <message>
        <source>&amp;Status of the activity:</source>
        <translation>&amp;Ҳолати чорабинӣ:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Эзоҳ:</translation>
    </message>
    <message>
        <source>People reached directly</source>
        <translation>Бевосита фарогиршудагон</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ҷамъ</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Занон ва духтарон</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Мардон ва писарон</translation>
    </message>
    <message>
        <source>People reached &amp;indirectly:</source>
        <translation>Ба&amp;восита фарогиршудагон:</translation>
    </message>
    <message>
        <source> somoni</source>
        <translation> сомонӣ</translation>
    </message>
    <message>
        <source>Money s&amp;pent:</source>
        <translation>Маблағи &amp;харҷшуда:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Илова кардан</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Carried &amp;out by:</source>
        <translation>&amp;Тавассути:</translation>
    </message>
    <message>
        <source>none (the team has no events or campaigns)</source>
        <translation>ҳеҷ (гурӯҳ рӯйдод ё маърака надорад)</translation>
    </message>
    <message>
        <source>none: the activity&apos;s own work</source>
        <translation>ҳеҷ: кори худи чорабинӣ</translation>
    </message>
    <message>
        <source>Campaign %1 · %2</source>
        <translation>Маъракаи %1 · %2</translation>
    </message>
    <message>
        <source>Event %1 · %2</source>
        <translation>Рӯйдоди %1 · %2</translation>
    </message>
    <message>
        <source>The people reached are counted once, in the campaign %1: they are not entered again here.</source>
        <translation>Одамони фарогиршуда як бор, дар маъракаи %1 ҳисоб карда мешаванд: дар ин ҷо онҳо дубора ворид карда намешаванд.</translation>
    </message>
    <message>
        <source>The people reached are counted once, in the event %1: they are not entered again here.</source>
        <translation>Одамони фарогиршуда як бор, дар рӯйдоди %1 ҳисоб карда мешаванд: дар ин ҷо онҳо дубора ворид карда намешаванд.</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ProgressUpdateModel</name>
    <message>
        <source>Women and girls: %1, men and boys: %2, reached indirectly: %3</source>
        <translation>Занон ва духтарон: %1, мардон ва писарон: %2, бавосита фарогиршуда: %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эзоҳ</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Одамони фарогиршуда</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Харҷшуда</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>тавассути %1</translation>
    </message>
    <message>
        <source>via a deleted event</source>
        <translation>тавассути рӯйдоди нестшуда</translation>
    </message>
    <message>
        <source>via a deleted campaign</source>
        <translation>тавассути маъракаи нестшуда</translation>
    </message>
    <message>
        <source>Carried out by a campaign: the people it reached are counted in the campaign, once.</source>
        <translation>Тавассути маърака иҷро шуд: одамони фарогиршуда як бор, дар маърака ҳисоб карда мешаванд.</translation>
    </message>
    <message>
        <source>Carried out by an event: its participants are counted in the event, once.</source>
        <translation>Тавассути рӯйдод иҷро шуд: иштирокчиёни он як бор, дар рӯйдод ҳисоб карда мешаванд.</translation>
    </message>
</context>
<context>
    <name>hamkori::reports::ReportSummary</name>
    <message>
        <source>Meetings held: %1</source>
        <translation>Вохӯриҳои баргузоршуда: %1</translation>
    </message>
    <message>
        <source>Participants: %1 (women %2, men %3)</source>
        <translation>Иштирокчиён: %1 (занон %2, мардон %3)</translation>
    </message>
    <message>
        <source>Concerns raised: %1, resolved: %2, open at the end: %3</source>
        <translation>Мушкилоти баёншуда: %1, ҳалшуда: %2, дар охири давра ҳалнашуда: %3</translation>
    </message>
    <message>
        <source>People reached: %1 directly, %2 indirectly</source>
        <translation>Одамони фарогиршуда: бевосита %1, бавосита %2</translation>
    </message>
    <message>
        <source>Funding planned: %1 somoni; spent: %2 somoni</source>
        <translation>Маблағгузории ба нақша гирифташуда: %1 сомонӣ; харҷшуда: %2 сомонӣ</translation>
    </message>
    <message>
        <source>Different team members among them: %1</source>
        <translation>Аз онҳо аъзои гуногуни гурӯҳ: %1</translation>
    </message>
    <message>
        <source>Plans adopted: %1, in force: %2; activities done: %3 of %4</source>
        <translation>Нақшаҳои чорабиниҳои қабулшуда: %1, амалкунанда: %2; чорабиниҳои иҷрошуда: %3 аз %4</translation>
    </message>
    <message>
        <source>Community policing centres: reception days %1, visitors %2 (women %3, men %4)</source>
        <translation>Марказҳои ҳамкории милитсия ва ҷомеа: рӯзҳои қабул %1, ташрифоварандагон %2 (занон %3, мардон %4)</translation>
    </message>
    <message>
        <source>Requests made: %1, recommendations: %2 (adopted %3); answered: %4, done: %5, overdue: %6</source>
        <translation>Дархостҳо: %1, тавсияҳо: %2 (қабулшуда %3); ҷавобдодашуда: %4, иҷрошуда: %5, мӯҳлаташон гузашта: %6</translation>
    </message>
    <message>
        <source>(each person counted once; the participants of events and campaigns are included)</source>
        <translation>(ҳар шахс як бор ҳисоб шудааст; иштирокчиёни рӯйдодҳо ва маъракаҳо дохил шудаанд)</translation>
    </message>
    <message>
        <source>Trainings: %1; people trained: %2 (women %3, men %4)</source>
        <translation>Омӯзишҳо: %1; омӯзонидашудагон: %2 (занон %3, мардон %4)</translation>
    </message>
    <message>
        <source>Test scores: %1 % before, %2 % after; gain %3 percentage points (test sheets: %4)</source>
        <translation>Холҳои санҷиш: пеш аз омӯзиш %1 %, баъд аз он %2 %; афзоиш %3 банди фоизӣ (варақаҳои санҷиш: %4)</translation>
    </message>
    <message>
        <source>Feedback: %1 of 5 (feedback sheets: %2)</source>
        <translation>Фикру мулоҳиза: %1 аз 5 (варақаҳои фикру мулоҳиза: %2)</translation>
    </message>
    <message>
        <source>Other events: %1; participants: %2</source>
        <translation>Рӯйдодҳои дигар: %1; иштирокчиён: %2</translation>
    </message>
    <message>
        <source>Campaigns: %1; reached %2 directly, %3 indirectly; cost %4 somoni</source>
        <translation>Маъракаҳо: %1; бевосита фарогиршуда %2, бавосита %3; хароҷот %4 сомонӣ</translation>
    </message>
    <message>
        <source>Perception surveys: rounds %1, sheets %2; teams with a baseline → endline change: %3</source>
        <translation>Пурсишҳои афкори ҷомеа: пурсишҳо %1, варақаҳо %2; гурӯҳҳое, ки тағйири ибтидоӣ → ниҳоӣ доранд: %3</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::AddPlaceDialog</name>
    <message>
        <source>Add a place to the gazetteer</source>
        <translation>Илова кардани маҳал ба маълумотномаи ҷуғрофӣ</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Илова кардан</translation>
    </message>
    <message>
        <source>Separate several names with a slash: Leninabad / Ленинабад</source>
        <translation>Якчанд номро бо хати моил ҷудо кунед: Leninabad / Ленинабад</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Вилоят:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Навъ:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Ном бо забони &amp;англисӣ:</translation>
    </message>
    <message>
        <source>Name in &amp;Tajik:</source>
        <translation>Ном бо забони &amp;тоҷикӣ:</translation>
    </message>
    <message>
        <source>Name in R&amp;ussian:</source>
        <translation>Ном бо забони &amp;русӣ:</translation>
    </message>
    <message>
        <source>&amp;Former names:</source>
        <translation>Номҳои &amp;пешина:</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>илова кардани %1</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::BackupListModel</name>
    <message>
        <source>Made</source>
        <translation>Сохта шуд</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ҳаҷм</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Гурӯҳҳо</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Нақшаҳои чорабиниҳо</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Сабаб</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::BackupsTab</name>
    <message>
        <source>teams %1, concerns %2, action plans %3, %4 changes in the history</source>
        <translation>гурӯҳҳо: %1, мушкилот: %2, нақшаҳои чорабиниҳо: %3, тағйирот дар таърих: %4</translation>
    </message>
    <message>
        <source>Making the backup and checking it…</source>
        <translation>Нусхаи эҳтиётӣ сохта ва санҷида мешавад…</translation>
    </message>
    <message>
        <source>Backup made and checked: %1.</source>
        <translation>Нусхаи эҳтиётӣ сохта ва санҷида шуд: %1.</translation>
    </message>
    <message>
        <source>Exchange passphrase</source>
        <translation>Ибораи махфии мубодила</translation>
    </message>
    <message>
        <source>The copy is locked with the exchange passphrase. Type it:</source>
        <translation>Нусха бо ибораи махфии мубодила қулф аст. Онро нависед:</translation>
    </message>
    <message>
        <source>Where to save the copy (a stick)</source>
        <translation>Нусха дар куҷо нигоҳ дошта шавад (флешка)</translation>
    </message>
    <message>
        <source>This is not the exchange passphrase set on this laptop. Type it again; the copy was not written.</source>
        <translation>Ин он ибораи махфии мубодилае нест, ки дар ин ноутбук муқаррар шудааст. Онро аз нав нависед; нусха навишта нашуд.</translation>
    </message>
    <message>
        <source>Writing the encrypted copy and reading it back…</source>
        <translation>Нусхаи рамзгузоришуда навишта ва барои санҷиш хонда мешавад…</translation>
    </message>
    <message>
        <source>Written and checked: %1. The copy is locked with the exchange passphrase; it is safe to remove the stick.</source>
        <translation>Навишта ва санҷида шуд: %1. Нусха бо ибораи махфии мубодила қулф карда шудааст; флешкаро бехатар баровардан мумкин аст.</translation>
    </message>
    <message>
        <source>Backup or copy to restore</source>
        <translation>Нусхаи эҳтиётӣ ё рамзгузоришуда барои барқарор кардан</translation>
    </message>
    <message>
        <source>Hamkori backups and copies (*.sqlite *.hkcopy)</source>
        <translation>Нусхаҳои эҳтиётӣ ва рамзгузоришудаи Hamkori (*.sqlite *.hkcopy)</translation>
    </message>
    <message>
        <source>Restore the backup %1?

The data file now: %2.
The backup: %3.

Hamkori keeps the data file as it is now as a backup first, then puts the backup in its place and opens it. What was made since the backup is not lost: after the restore, import the latest bundles from the other laptops to get back what they received, and the rest is in the backup of the current file.</source>
        <translation>Нусхаи эҳтиётии %1 барқарор карда шавад?

Файли маълумот ҳозир: %2.
Нусхаи эҳтиётӣ: %3.

Аввал Hamkori файли маълумотро дар ҳолати ҳозирааш ҳамчун нусхаи эҳтиётӣ нигоҳ медорад, баъд нусхаи эҳтиётиро ба ҷои он мегузорад ва мекушояд. Он чи пас аз сохтани нусхаи эҳтиётӣ ба вуҷуд омадааст, гум намешавад: пас аз барқарор кардан бастаҳои маълумоти охиринро аз ноутбукҳои дигар ворид кунед, то он чиро, ки онҳо гирифтаанд, баргардонед, ва боқимонда дар нусхаи эҳтиётии файли ҳозира мемонад.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Барқарор кардани нусхаи эҳтиётӣ</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Барқарор кардан</translation>
    </message>
    <message>
        <source>Hamkori backs up the data file by itself: when it closes after changes, once a day while it is open, and before every import and restore. Each backup is checked before it is kept. They are kept in %1.</source>
        <translation>Hamkori худ аз файли маълумот нусхаи эҳтиётӣ месозад: ҳангоми пӯшидан (агар тағйирот ворид шуда бошад), ҳар рӯз як бор, вақте ки кушода аст, ва пеш аз ҳар воридот ва барқарор кардан. Ҳар нусхаи эҳтиётӣ пеш аз нигоҳ доштан санҷида мешавад. Нусхаҳо дар ҷузвдони %1 нигоҳ дошта мешаванд.</translation>
    </message>
    <message>
        <source>Save a &amp;copy to…</source>
        <translation>Нигоҳ доштани нусха &amp;дар…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Барқарор кардан…</translation>
    </message>
    <message>
        <source>Backups kept, besides those of the last day:</source>
        <translation>Ғайр аз нусхаҳои эҳтиётии шабонарӯзи охир нигоҳ дошта мешаванд:</translation>
    </message>
    <message numerus="yes">
        <source>the newest of each of the last %n &amp;day(s),</source>
        <translation>
            <numerusform>навтарини ҳар яке аз %Ln &amp;рӯзи охир,</numerusform>
            <numerusform>навтарини ҳар яке аз %Ln &amp;рӯзи охир,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and of each of the last %n &amp;week(s).</source>
        <translation>
            <numerusform>ва аз ҳар яке аз %Ln &amp;ҳафтаи охир.</numerusform>
            <numerusform>ва аз ҳар яке аз %Ln &amp;ҳафтаи охир.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Ҳозир нусхаи эҳтиётӣ &amp;сохтан</translation>
    </message>
    <message>
        <source>Restore from a fi&amp;le…</source>
        <translation>Барқарор кардан аз &amp;файл…</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::DataFileBox</name>
    <message>
        <source>Use another data file</source>
        <translation>Истифодаи файли дигари маълумот</translation>
    </message>
    <message>
        <source>Hamkori data files (*.sqlite)</source>
        <translation>Файлҳои маълумоти Hamkori (*.sqlite)</translation>
    </message>
    <message>
        <source>At the next start Hamkori will open the data file %1. Until you close it, Hamkori keeps working with the file above.</source>
        <translation>Ҳангоми оғози навбатӣ Hamkori файли маълумоти %1-ро мекушояд. То даме ки шумо Hamkori-ро напӯшед, он бо файли дар боло зикршуда кор мекунад.</translation>
    </message>
    <message>
        <source>At the next start Hamkori will create a new, empty data file %1 and open it. Until you close it, Hamkori keeps working with the file above.</source>
        <translation>Ҳангоми оғози навбатӣ Hamkori файли нави холии маълумоти %1-ро эҷод мекунад ва онро мекушояд. То даме ки шумо Hamkori-ро напӯшед, он бо файли дар боло зикршуда кор мекунад.</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Файли маълумот</translation>
    </message>
    <message>
        <source>Open data file:</source>
        <translation>Файли маълумоти кушодашуда:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Ҳаҷм:</translation>
    </message>
    <message>
        <source>Data version:</source>
        <translation>Версияи маълумот:</translation>
    </message>
    <message>
        <source>Device fingerprint:</source>
        <translation>Изи рақамии дастгоҳ:</translation>
    </message>
    <message>
        <source>Identifies this laptop when teams exchange data: compare it with what the other laptop shows.</source>
        <translation>Ҳангоми мубодилаи маълумот байни гурӯҳҳо ин ноутбукро муайян мекунад: онро бо он чи дар ноутбуки дигар нишон дода мешавад, муқоиса кунед.</translation>
    </message>
    <message>
        <source>&amp;Open its folder</source>
        <translation>&amp;Кушодани ҷузвдони он</translation>
    </message>
    <message>
        <source>&amp;Use another data file…</source>
        <translation>&amp;Истифодаи файли дигари маълумот…</translation>
    </message>
    <message>
        <source>&amp;Keep using this data file</source>
        <translation>Истифодаи ҳамин файли маълумотро &amp;давом додан</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::GazetteerModel</name>
    <message>
        <source>Region</source>
        <translation>Вилоят</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Ноҳия</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Шаҳр</translation>
    </message>
    <message>
        <source>City district</source>
        <translation>Ноҳияи шаҳр</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ном бо забони англисӣ</translation>
    </message>
    <message>
        <source>Name in Tajik</source>
        <translation>Ном бо забони тоҷикӣ</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Ном бо забони русӣ</translation>
    </message>
    <message>
        <source>Former names</source>
        <translation>Номҳои пешина</translation>
    </message>
    <message>
        <source>rename %1</source>
        <translation>иваз кардани номи %1</translation>
    </message>
    <message>
        <source>move %1 to another region</source>
        <translation>ба вилояти дигар гузаронидани %1</translation>
    </message>
    <message>
        <source>change kind of %1</source>
        <translation>тағйир додани навъи %1</translation>
    </message>
    <message>
        <source>change former names of %1</source>
        <translation>тағйир додани номҳои пешинаи %1</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::GazetteerTab</name>
    <message>
        <source>&amp;Find a place:</source>
        <translation>&amp;Ҷустуҷӯи маҳал:</translation>
    </message>
    <message>
        <source>Any name in any language, or a region</source>
        <translation>Ҳар гуна ном бо ҳар забон ё вилоят</translation>
    </message>
    <message>
        <source>&amp;Add a place…</source>
        <translation>&amp;Илова кардани маҳал…</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. Former names help people find a place by the name they remember.</source>
        <translation>Барои тағйир додани катак онро ду маротиба зер кунед. Номҳои пешина ба одамон кӯмак мекунанд, ки маҳалро бо номе, ки дар хотир доранд, ёбанд.</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::LanguageBox</name>
    <message>
        <source>Part of the translation is missing from this copy of Hamkori, so some texts stay in English. Reinstall Hamkori to get them all.</source>
        <translation>Дар ин нусхаи Hamkori қисми тарҷума вуҷуд надорад, бинобар ин баъзе матнҳо бо забони англисӣ мемонанд. Барои гирифтани ҳамаи онҳо Hamkori-ро аз нав насб кунед.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Забон</translation>
    </message>
    <message>
        <source>&amp;Language of Hamkori:</source>
        <translation>&amp;Забони Hamkori:</translation>
    </message>
    <message>
        <source>Hamkori changes its language at once and starts in it next time.</source>
        <translation>Hamkori забонро дарҳол иваз мекунад ва дафъаи оянда бо ҳамин забон оғоз мешавад.</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::PassphraseBox</name>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Ду ибораи махфӣ фарқ мекунанд. Ҳамон як ибораи махфиро ду бор нависед.</translation>
    </message>
    <message>
        <source>An exchange passphrase is set. Hamkori keeps only a check of it, never the passphrase itself, so it cannot show it to you.</source>
        <translation>Ибораи махфии мубодила муқаррар шудааст. Hamkori танҳо санҷиши онро нигоҳ медорад, на худи ибораи махфиро, бинобар ин онро ба шумо нишон дода наметавонад.</translation>
    </message>
    <message>
        <source>No exchange passphrase is set on this laptop. Set the one your team network agreed, so that a mistyped passphrase is noticed at once.</source>
        <translation>Дар ин ноутбук ибораи махфии мубодила муқаррар нашудааст. Ибораи махфиеро муқаррар кунед, ки шабакаи гурӯҳҳои шумо дар бораи он мувофиқа кардааст, то ибораи нодуруст навишташуда дарҳол маълум шавад.</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>И&amp;бораи махфиро иваз кардан</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>И&amp;бораи махфиро муқаррар кардан</translation>
    </message>
    <message>
        <source>Exchange passphrase</source>
        <translation>Ибораи махфии мубодила</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Ибораи махфии &amp;нав:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Такрор кунед:</translation>
    </message>
    <message>
        <source>At least %1 characters, at least %2 of them different. Every laptop of the team network uses the same passphrase.</source>
        <translation>Ақаллан %1 аломат, ки ақаллан %2-тои онҳо гуногунанд. Ҳамаи ноутбукҳои шабакаи гурӯҳҳо ҳамон як ибораи махфиро истифода мебаранд.</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::ReferenceListModel</name>
    <message>
        <source>The weight this criterion gets when a prioritisation round starts; a round can change it.</source>
        <translation>Вазне, ки ин меъёр ҳангоми оғози даври муайян кардани афзалиятҳо мегирад; дар давр онро тағйир додан мумкин аст.</translation>
    </message>
    <message>
        <source>The built-in name, translated. Type a name to use your own instead.</source>
        <translation>Номи дарунсохт, тарҷумашуда. Барои истифодаи номи худ онро ворид кунед.</translation>
    </message>
    <message>
        <source>A built-in entry: it is translated into every language where you have not typed a name of your own.</source>
        <translation>Банди дарунсохт: он ба ҳар забоне тарҷума мешавад, ки дар он шумо номи худро ворид накардаед.</translation>
    </message>
    <message>
        <source>Name in Tajik</source>
        <translation>Ном бо забони тоҷикӣ</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Ном бо забони русӣ</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ном бо забони англисӣ</translation>
    </message>
    <message>
        <source>Default weight</source>
        <translation>Вазн бо пешфарз</translation>
    </message>
    <message>
        <source>change weight of %1</source>
        <translation>тағйир додани вазни %1</translation>
    </message>
    <message>
        <source>rename %1</source>
        <translation>иваз кардани номи %1</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::ReferenceListsTab</name>
    <message>
        <source>Delete a list entry</source>
        <translation>Нест кардани банди рӯйхат</translation>
    </message>
    <message>
        <source>Add an entry to «%1»</source>
        <translation>Илова кардани банд ба «%1»</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>илова кардани %1</translation>
    </message>
    <message>
        <source>The entry «%1» will be deleted from the list «%2». Nothing else is deleted with it: an entry that records use cannot be deleted.</source>
        <translation>Банди «%1» аз рӯйхати «%2» нест карда мешавад. Бо он дигар ҳеҷ чиз нест карда намешавад: бандеро, ки дар сабтҳо истифода мешавад, нест кардан мумкин нест.</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>нест кардани %1</translation>
    </message>
    <message>
        <source>Double-click a name to change it. Names in grey italics are the built-in translations; type a name to use your own.</source>
        <translation>Барои тағйир додани ном онро ду маротиба зер кунед. Номҳое, ки бо ҳарфҳои хамидаи хокистарранг навишта шудаанд, тарҷумаҳои дарунсохт мебошанд; барои истифодаи номи худ онро ворид кунед.</translation>
    </message>
    <message>
        <source>&amp;Delete entry…</source>
        <translation>&amp;Нест кардани банд…</translation>
    </message>
    <message>
        <source>Delete the chosen entry (Delete key)</source>
        <translation>Нест кардани банди интихобшуда (тугмаи Delete)</translation>
    </message>
    <message>
        <source>Name in &amp;Tajik</source>
        <translation>Ном бо забони &amp;тоҷикӣ</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Ном бо забони &amp;русӣ</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Ном бо забони &amp;англисӣ</translation>
    </message>
    <message>
        <source>Default &amp;weight</source>
        <translation>&amp;Вазн бо пешфарз</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Илова кардан</translation>
    </message>
</context>
</TS>
