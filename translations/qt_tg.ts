<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that Hamkori shows, in Tajik. Hand-written: the contexts and sources are exactly
     those of Qt 6.4's qtbase catalogues (see qtbase_ru); lupdate never touches this file. Compiled into
     :/i18n/qt_tg.qm and installed before hamkori_tg.qm. -->
<TS version="2.1" language="tg_TJ">
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom</source>
        <translation>Дилхоҳ</translation>
    </message>
    <message>
        <source>%1 x %2 in</source>
        <translation>%1 x %2 дюйм</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation>Дилхоҳ (%1 дюйм x %2 дюйм)</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Дилхоҳ (%1 мм x %2 мм)</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation>Дилхоҳ (%1 CC x %2 CC)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation>Дилхоҳ (%1 DD x %2 DD)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation>Дилхоҳ (%1 P̸ x %2 P̸)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation>Дилхоҳ (%1 пт x %2 пт)</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>in</source>
        <translation>дюйм</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>пт</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Шакл</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>ҳошияи поён</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Коғаз</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Манбаи коғаз:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>ҳошияи рост</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Пика (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Ҳошияҳо</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Дилхоҳ</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Уфуқӣ</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Ҷойгиркунии саҳифаҳо</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Паҳно:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Самт</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Дидо (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Амудӣ</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Тартиби саҳифаҳо:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ҳошияи боло</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>ҳошияи чап</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Андозаи саҳифа:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Ситсеро (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Амудии чаппа</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Миллиметр (мм)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Пункт (пт)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Саҳифаҳо дар як варақ:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Дюйм (дюйм)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Уфуқии чаппа</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Баландӣ:</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ҳа</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Кӯмак</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Кушодан</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Нигоҳ доштан</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Қатъ кардан</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Татбиқ кардан</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Аз нав танзим кардан</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Аз нав кӯшиш кардан</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Танзимоти пешфарз</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Сарфи назар кардан</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е барои ҳама</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Ҳамаро нигоҳ доштан</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Рад кардан</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ҳа барои &amp;ҳама</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Саҳифаҳои ҷуфт</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Чоп</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Имконот &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Имконот &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Аз чап ба рост, аз боло ба поён</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Аз рост ба чап, аз поён ба боло</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Навиштани файли PDF</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Чоп</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>Имконоти «Саҳифаҳо дар як варақ» ва «Маҷмӯи саҳифаҳо»-ро якҷоя истифода бурдан мумкин нест.
Яке аз онҳоро хомӯш кунед.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 аллакай вуҷуд дорад.
Онро аз нав навиштан мехоҳед?</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Аз чап ба рост, аз поён ба боло</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Саҳифаҳои тоқ</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Файли маҳаллӣ</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Дар танзимоти чопи дутарафа зиддият ҳаст. Онро ислоҳ кардан мехоҳед?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Чоп ба файл (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Чоп ба файл ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Саҳифаҳо нодуруст нишон дода шудаанд</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 ба қоидаҳои навишт мувофиқ нест. Саҳифаҳо ва фосилаҳоро бо «,» ҷудо кунед, фосиларо бо «-» нишон диҳед ва боварӣ ҳосил кунед, ки фосилаҳо ба ҳамдигар намерасанд.</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Аз рост ба чап, аз боло ба поён</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Аз поён ба боло, аз чап ба рост</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>Қимати «аз» аз қимати «то» калон буда наметавонад.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Ҳамаи саҳифаҳо</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Зиддият дар танзимоти чопи дутарафа</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 ҷузвдон аст.
Номи дигари файлро интихоб кунед.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Ба файли %1 навиштан мумкин нест.
Номи дигари файлро интихоб кунед.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Аз поён ба боло, аз рост ба чап</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Аз боло ба поён, аз чап ба рост</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Аз боло ба поён, аз рост ба чап</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>то</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Хомӯш</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Шакл</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Рангин</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Ҳамааш</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Саҳифаҳо</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Саҳифаи ҷорӣ</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Қисми интихобшуда</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Нусхаҳо</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Доираи чоп</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Реҷаи ранг</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Имконот</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Танзимоти хуруҷ</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Бо тартиби баръакс</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Хокистарранг</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Ҷудо кардан аз рӯи нусхаҳо</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Шумораи нусхаҳо:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Дӯзиш аз тарафи кӯтоҳ</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Саҳифаҳо ё фосилаҳоро бо вергул ҷудо карда нависед. Фосила бо ду рақами бо нимтире ҷудошуда нишон дода мешавад. Масалан: 3,5-7,9 саҳифаҳои 3, 5, 6, 7 ва 9-ро чоп мекунад.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Саҳифаҳо аз</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Чопи дутарафа</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Маҷмӯи саҳифаҳо:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Дӯзиш аз тарафи дароз</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Пешнамоиши чоп</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Чоп</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Саҳифаи пурра</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Калон кардан</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Уфуқӣ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Хурд кардан</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Аз рӯи паҳно</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Амудӣ</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Танзимоти саҳифа</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Танзимоти саҳифа</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Нишон додани ҳамаи саҳифаҳо</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Саҳифаи аввал</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Саҳифаи охир</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Нишон додани як саҳифа</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Содирот ба PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Саҳифаи қаблӣ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Саҳифаи навбатӣ</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Нишон додани саҳифаҳои рӯ ба рӯ</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Шакл</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Навъ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ном:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Файли хуруҷ:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Хусусиятҳо</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Пешнамоиш</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Чопгар</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ҷойгиршавӣ:</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Супориш</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Дар охир:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ҳеҷ</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Саҳифаҳои гриф</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Шаб (аз 18:00 то 05:59)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Вақти муайян</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Маълумот барои пардохт:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Чопи ба нақша гирифташуда:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Махфӣ</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Комилан махфӣ</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Дар аввал:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Рӯз (аз 06:00 то 17:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Басти дуюм (аз 16:00 то 23:59)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Идораи супориш</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Рӯзҳои истироҳат (шанбе ва якшанбе)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Муқаррарӣ</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Бо дастрасии маҳдуд</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Басти сеюм (аз 00:00 то 07:59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Мавқуф гузоштан</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Ҳозир чоп кардан</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Пӯшида</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Афзалияти супориш:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Бе маҳдудияти дастрасӣ</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translation>Ба боло</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Ба поён ҳаракат додан</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Ба ин ҷо ҳаракат додан</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Ба чап ҳаракат додан</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Ба поён</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Як саҳифа ба боло</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Як саҳифа ба рост</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Ба боло ҳаракат додан</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Ба рост ҳаракат додан</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Ба канори чап</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Як саҳифа ба поён</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Як саҳифа ба чап</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Ба канори рост</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Ба қафо</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Кушодан</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Кушодан</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Нигоҳ доштан</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Тахаллус</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлҳо</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Нишон додан: </translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» аз навиштан ҳифз шудааст.
Бо вуҷуди ин онро нест кардан мехоҳед?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Шумо дар ҳақиқат «%1»-ро нест кардан мехоҳед?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Рӯйхати ҷойҳо ва хатчӯбҳо</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Номи файл:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Ҷузвдони файлҳо</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ҷузвдони нав</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ҷузвдон</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ҷузвдони болоӣ</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ҷузвдони нав</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Хориҷ кардан</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Компютери ман</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Ҷойгиршавӣ:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Эҷод кардани ҷузвдони нав</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Файли %1</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Навъи файлҳо:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Ёфтани ҷузвдон</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Нишон додани файлҳои &amp;пинҳон</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Нигоҳ доштан ҳамчун</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Ҷузвдон ёфт нашуд.
Санҷед, ки номи ҷузвдон дуруст навишта шудааст.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Лавҳаи паҳлуӣ</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Намоиши рӯйхат</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Интихоб кардан</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Нест кардан</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Ҷузвдонҳо</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Иваз кардани ном</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Ҷузвдонро нест кардан муяссар нашуд.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Ҷузвдон:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Номаълум</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 аллакай вуҷуд дорад.
Онро иваз кардан мехоҳед?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ба пеш</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Ба пеш гузаштан</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Гузаштан ба ҷузвдони болоӣ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Ҷойҳои охирин</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Ба қафо гузаштан</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Гузаштан ба намоиши муфассал</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Эҷод кардани ҷузвдони нав</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Миёнбур</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Намоиши муфассал</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл ёфт нашуд.
Санҷед, ки номи файл дуруст навишта шудааст.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Гузаштан ба намоиши рӯйхат</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Буридан</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Нусха бардоштан</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Такрор кардан</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор кардани амал</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Гузоштан</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ҳамаро интихоб кардан</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Буридан</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Нусха бардоштан</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Такрор кардан</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор кардани амал</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Гузоштан</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ҳамаро интихоб кардан</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Нусха бардоштани &amp;нишонии пайванд</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Шакл</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Саҳифа</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Дар баъзе имконот зиддият ҳаст. Онҳоро ислоҳ кунед.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Иловагӣ</translation>
    </message>
</context>
<context>
    <name>QDirModel</name>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Андоза</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Санаи тағйир</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Андоза</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Компютери ман</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компютер</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Номи файл нодуруст аст</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Номи «%1»-ро истифода бурдан мумкин нест.&lt;/b&gt;&lt;p&gt;Номи дигарро истифода баред: кӯтоҳтар ё бе аломатҳои китобат.</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Санаи тағйир</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Redo</source>
        <translation>Такрор кардан</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Бекор кардани амал</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Такрор кардан: %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Бекор кардани амал: %1</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>True</source>
        <translation>Ҳа</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Кушодани рӯйхати интихоб</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Зиддият дар имконоти иловагӣ</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Имконоти супориш</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Зиддият дар танзимоти саҳифа</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Дар баъзе имконоти иловагӣ зиддият ҳаст. Онро ислоҳ кардан мехоҳед?</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Дар танзимоти саҳифа зиддият ҳаст. Онро ислоҳ кардан мехоҳед?</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Хусусиятҳои чопгар</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Нишон додани тафсилот...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Дар бораи Qt</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Пинҳон кардани тафсилот...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Дар бораи Qt&lt;/h3&gt;&lt;p&gt;Ин барнома Qt-и версияи %1-ро истифода мебарад.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE Оғози ҷойгиркунии навишт аз рост ба чап</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP Фосилаи бе паҳно</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI Ҷудосозии навишт аз чап ба рост</translation>
    </message>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Гузоштани аломати идоракунии Unicode</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO Оғози ивазкунии навишт аз чап ба рост</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE Оғози ҷойгиркунии навишт аз чап ба рост</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI Ҷудосозии навишт аз рост ба чап</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM Нишонаи навишт аз рост ба чап</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF Анҷоми формати самтнок</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ Ҷудокунандаи бе паҳно</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO Оғози ивазкунии навишт аз рост ба чап</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI Анҷоми ҷудосозии самт</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ Пайвандкунандаи бе паҳно</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM Нишонаи навишт аз чап ба рост</translation>
    </message>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI Ҷудосозии самти аввалин</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>Як қадам &amp;поён</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Як қадам &amp;боло</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Ҳамаро интихоб кардан</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Қиматро ворид кунед:</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;холӣ&gt;</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>Барои истифодаи %1 дар %2 тасдиқи ҳаққоният лозим аст.</translation>
    </message>
    <message>
        <source>Authentication needed to use %1.</source>
        <translation>Барои истифодаи %1 тасдиқи ҳаққоният лозим аст.</translation>
    </message>
    <message>
        <source>Authentication Needed</source>
        <translation>Тасдиқи ҳаққоният лозим аст</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Гузарвожа:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Номи корбар:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
</context>
<context>
    <name>Print Device Input Slot</name>
    <message>
        <source>Automatic</source>
        <translation>Худкор</translation>
    </message>
</context>
<context>
    <name>Print Device Output Bin</name>
    <message>
        <source>Automatic</source>
        <translation>Худкор</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Ҷузвдон</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Миёнбур</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Истифода: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметрҳо:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Аргументҳо:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[параметрҳо]</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Роҳнаморо оид ба параметрҳои сатри фармон нишон медиҳад.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Роҳнаморо бо параметрҳои хоси Qt нишон медиҳад.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Версияи барномаро нишон медиҳад.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Параметри номаълум: «%1».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Параметрҳои номаълум: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Пас аз «%1» қимат нишон дода нашудааст.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Пас аз «%1» қимат набояд бошад.</translation>
    </message>
</context>
</TS>
