<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Задерживается</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>AgeBand</name>
    <message>
        <source>Under 18</source>
        <translation>До 18 лет</translation>
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
        <translation>50 лет и старше</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Use the data file at &lt;path&gt; instead of the usual one.</source>
        <translation>Использовать файл данных по пути &lt;путь&gt; вместо обычного.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Messages in &lt;language&gt;: tg (Tajik), ru (Russian) or en (English).</source>
        <translation>Язык сообщений &lt;язык&gt;: tg (таджикский), ru (русский) или en (английский).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Run &quot;hamkori-cli %1 --help&quot; to see how to use it.</source>
        <translation>Чтобы узнать, как пользоваться командой, выполните «hamkori-cli %1 --help».</translation>
    </message>
    <message>
        <source>Data file: %1 (data version %2)</source>
        <translation>Файл данных: %1 (версия данных %2)</translation>
    </message>
    <message>
        <source>Create an empty data file. Running it again is harmless.</source>
        <translation>Создать пустой файл данных. Повторный запуск ничему не вредит.</translation>
    </message>
    <message>
        <source>&quot;init&quot; takes no arguments.</source>
        <translation>Команда «init» не принимает аргументов.</translation>
    </message>
    <message>
        <source>This laptop&apos;s device fingerprint: %1</source>
        <translation>Отпечаток устройства этого ноутбука: %1</translation>
    </message>
    <message>
        <source>Load the demo: ten teams with a year of meetings, concerns, prioritisation and action plans. Teams already in the data file are left as they are.</source>
        <translation>Загрузить демонстрационные данные: десять групп со встречами, проблемами, определением приоритетов и планами мероприятий за один год. Группы, которые уже есть в файле данных, остаются без изменений.</translation>
    </message>
    <message numerus="yes">
        <source>Demo loaded: %n team(s)</source>
        <translation>
            <numerusform>Демонстрационные данные загружены: %n группа</numerusform>
            <numerusform>Демонстрационные данные загружены: %n группы</numerusform>
            <numerusform>Демонстрационные данные загружены: %n групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n встреча</numerusform>
            <numerusform>%n встречи</numerusform>
            <numerusform>%n встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%n план мероприятий</numerusform>
            <numerusform>%n плана мероприятий</numerusform>
            <numerusform>%n планов мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the data file, left as they were: %1</source>
        <translation>Уже есть в файле данных, оставлены без изменений: %1</translation>
    </message>
    <message>
        <source>Add generated data for tests and benchmarks: &quot;district&quot; is one new team over three years, &quot;national&quot; is about 40 teams over ten years.</source>
        <translation>Добавить сгенерированные данные для тестов и замеров производительности: «district» — одна новая группа за три года, «national» — около 40 групп за десять лет.</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>масштаб</translation>
    </message>
    <message>
        <source>The same seed gives the same data (default 1).</source>
        <translation>Одно и то же начальное значение даёт одни и те же данные (по умолчанию 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 4294967295.</source>
        <translation>Начальное значение должно быть целым числом от 0 до 4294967295.</translation>
    </message>
    <message numerus="yes">
        <source>Generated: %n team(s)</source>
        <translation>
            <numerusform>Сгенерировано: %n группа</numerusform>
            <numerusform>Сгенерировано: %n группы</numerusform>
            <numerusform>Сгенерировано: %n групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n отметка о ходе выполнения</numerusform>
            <numerusform>%n отметки о ходе выполнения</numerusform>
            <numerusform>%n отметок о ходе выполнения</numerusform>
        </translation>
    </message>
    <message>
        <source>Count the records of each kind in the data file.</source>
        <translation>Подсчитать записи каждого вида в файле данных.</translation>
    </message>
    <message>
        <source>Print the counts as JSON, for other programs.</source>
        <translation>Вывести результаты подсчёта в формате JSON для других программ.</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены групп</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Prioritisation rounds</source>
        <translation>Раунды определения приоритетов</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Планы мероприятий</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Отметки о ходе выполнения</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Записи журнала</translation>
    </message>
    <message>
        <source>Check the data file: its integrity and its data version.</source>
        <translation>Проверить файл данных: его целостность и версию данных.</translation>
    </message>
    <message>
        <source>Data version: %1 (this program writes version %2).</source>
        <translation>Версия данных: %1 (эта программа записывает версию %2).</translation>
    </message>
    <message>
        <source>Device: %1, fingerprint %2</source>
        <translation>Устройство: %1, отпечаток %2</translation>
    </message>
    <message>
        <source>create an empty data file</source>
        <translation>создать пустой файл данных</translation>
    </message>
    <message>
        <source>load the demo teams</source>
        <translation>загрузить демонстрационные группы</translation>
    </message>
    <message>
        <source>add generated data (district or national)</source>
        <translation>добавить сгенерированные данные (district или national)</translation>
    </message>
    <message>
        <source>count the records of each kind</source>
        <translation>подсчитать записи каждого вида</translation>
    </message>
    <message>
        <source>check integrity and data version</source>
        <translation>проверить целостность и версию данных</translation>
    </message>
    <message>
        <source>Usage: hamkori-cli [--database PATH] [--lang tg|ru|en] COMMAND [options]</source>
        <translation>Использование: hamkori-cli [--database ПУТЬ] [--lang tg|ru|en] КОМАНДА [параметры]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run &quot;hamkori-cli COMMAND --help&quot; for the options of a command.</source>
        <translation>Чтобы увидеть параметры команды, выполните «hamkori-cli КОМАНДА --help».</translation>
    </message>
    <message>
        <source>How much to generate: district or national.</source>
        <translation>Указать, сколько данных сгенерировать: district или national.</translation>
    </message>
    <message>
        <source>Choose the size with --scale district or --scale national.</source>
        <translation>Выберите масштаб с помощью --scale district или --scale national.</translation>
    </message>
    <message>
        <source>Generating: %1% (%2 of %3 years of team data)</source>
        <translation>Генерация: %1% (годы данных групп: %2 из %3)</translation>
    </message>
    <message>
        <source>Integrity: the data file is sound.</source>
        <translation>Целостность: файл данных не повреждён, ошибок не обнаружено.</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>Нет команды «%1».</translation>
    </message>
</context>
<context>
    <name>ConcernRepository</name>
    <message>
        <source>Choose the team that registers the concern.</source>
        <translation>Выберите группу, которая регистрирует проблему.</translation>
    </message>
    <message>
        <source>Enter a short title for the concern.</source>
        <translation>Введите краткое название проблемы.</translation>
    </message>
    <message>
        <source>Choose the category of the concern from the list.</source>
        <translation>Выберите категорию проблемы из списка.</translation>
    </message>
    <message>
        <source>The meeting where the concern was first raised must be a meeting of the same team.</source>
        <translation>Встреча, на которой проблема была впервые заявлена, должна быть встречей той же группы.</translation>
    </message>
    <message>
        <source>A new concern cannot start as dropped.</source>
        <translation>Новая проблема не может сразу получить статус «Снята с рассмотрения».</translation>
    </message>
    <message>
        <source>This concern no longer exists; it may have been deleted.</source>
        <translation>Этой проблемы больше нет; возможно, она была удалена.</translation>
    </message>
    <message>
        <source>There is no concern with the code %1.</source>
        <translation>Нет проблемы с кодом %1.</translation>
    </message>
    <message>
        <source>Enter the date of the status change as dd.MM.yyyy.</source>
        <translation>Введите дату смены статуса в формате dd.MM.yyyy.</translation>
    </message>
    <message>
        <source>Say why the concern is dropped.</source>
        <translation>Укажите, почему проблема снята с рассмотрения.</translation>
    </message>
    <message>
        <source>Choose the drivers from the list.</source>
        <translation>Выберите факторы из списка.</translation>
    </message>
    <message>
        <source>A concern cannot be linked to itself.</source>
        <translation>Проблему нельзя связать с ней самой.</translation>
    </message>
    <message>
        <source>This link no longer exists.</source>
        <translation>Этой связи больше нет.</translation>
    </message>
    <message>
        <source>Enter the date of the baseline figure as dd.MM.yyyy.</source>
        <translation>Введите дату исходного уровня в формате dd.MM.yyyy.</translation>
    </message>
    <message>
        <source>Choose two existing concerns to link.</source>
        <translation>Выберите две существующие проблемы, чтобы связать их.</translation>
    </message>
    <message>
        <source>The link was saved but could not be read back. Open the concern again to see it.</source>
        <translation>Связь сохранена, но не удалось прочитать её повторно. Чтобы увидеть её, откройте проблему снова.</translation>
    </message>
</context>
<context>
    <name>ConcernSource</name>
    <message>
        <source>Community consultation</source>
        <translation>Консультация с населением</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Фокус-группа</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Police reporting day</source>
        <translation>День отчёта милиции</translation>
    </message>
    <message>
        <source>Police records</source>
        <translation>Данные милиции</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Член группы</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ConcernStatus</name>
    <message>
        <source>Raised</source>
        <translation>Заявлена</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Проанализирована</translation>
    </message>
    <message>
        <source>Prioritised</source>
        <translation>Приоритетная</translation>
    </message>
    <message>
        <source>In an action plan</source>
        <translation>В плане мероприятий</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Снята с рассмотрения</translation>
    </message>
</context>
<context>
    <name>ConflictRisk</name>
    <message>
        <source>Not assessed</source>
        <translation>Не оценён</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder %1 could not be created. Choose another place for the data file.</source>
        <translation>Не удалось создать папку %1. Выберите другое место для файла данных.</translation>
    </message>
    <message>
        <source>The data file %1 could not be opened (%2). Check that the file exists and that you may read and write it.</source>
        <translation>Не удалось открыть файл данных %1 (%2). Проверьте, что файл существует и у вас есть права на его чтение и запись.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2). Nothing was changed in it. Restore it from a backup copy, or start Hamkori with another data file.</source>
        <translation>Файл данных %1 повреждён (%2). В нём ничего не изменено. Восстановите его из резервной копии или запустите Hamkori с другим файлом данных.</translation>
    </message>
    <message>
        <source>The data file %1 was made by a newer Hamkori (data version %2); this Hamkori reads up to data version %3. Install the newer Hamkori to open it. Nothing was changed in the file.</source>
        <translation>Файл данных %1 создан более новой версией Hamkori (версия данных %2); эта версия Hamkori читает данные до версии %3. Чтобы открыть файл, установите более новую версию Hamkori. В файле ничего не изменено.</translation>
    </message>
    <message>
        <source>The data file needs an upgrade, but the backup copy made before upgrading could not be written (%1). Free some disk space and try again. Nothing was changed.</source>
        <translation>Файл данных нужно обновить, но не удалось записать резервную копию, которая создаётся перед обновлением (%1). Освободите место на диске и повторите попытку. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The cryptography library could not be started. Reinstall Hamkori.</source>
        <translation>Не удалось запустить криптографическую библиотеку. Переустановите Hamkori.</translation>
    </message>
    <message>
        <source>The data file %1 is read-only. Copy it to a folder where you may write, or change its permissions, and open it again.</source>
        <translation>Файл данных %1 доступен только для чтения. Скопируйте его в папку, в которую у вас есть право записи, или измените права доступа к нему, а затем откройте его снова.</translation>
    </message>
    <message>
        <source>The data file could not be upgraded (%1). It was left as it was; free some disk space and open it again.</source>
        <translation>Не удалось обновить файл данных (%1). Он оставлен без изменений; освободите место на диске и откройте его снова.</translation>
    </message>
    <message>
        <source>The change was not saved because a part of it failed. Nothing was changed.</source>
        <translation>Изменение не сохранено, так как часть его не удалось выполнить. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo data is missing from the program. Reinstall Hamkori.</source>
        <translation>В программе отсутствуют демонстрационные данные. Переустановите Hamkori.</translation>
    </message>
    <message>
        <source>The demo data in the program is damaged (%1). Reinstall Hamkori.</source>
        <translation>Демонстрационные данные в программе повреждены (%1). Переустановите Hamkori.</translation>
    </message>
    <message>
        <source>The demo team %1 could not be loaded: %2</source>
        <translation>Не удалось загрузить демонстрационную группу %1: %2</translation>
    </message>
    <message>
        <source>The demo texts needed to generate data are missing from the program. Reinstall Hamkori.</source>
        <translation>В программе отсутствуют демонстрационные тексты, нужные для генерации данных. Переустановите Hamkori.</translation>
    </message>
    <message>
        <source>No free team code is left for a generated team. Generate into another data file (--database).</source>
        <translation>Для сгенерированной группы не осталось свободного кода группы. Сгенерируйте данные в другой файл данных (--database).</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Happened once</source>
        <translation>Произошло один раз</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation>Редко</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>In some seasons</source>
        <translation>В отдельные сезоны</translation>
    </message>
</context>
<context>
    <name>LinkKind</name>
    <message>
        <source>causes</source>
        <translation>вызывает</translation>
    </message>
    <message>
        <source>aggravates</source>
        <translation>усугубляет</translation>
    </message>
    <message>
        <source>occurs together with</source>
        <translation>возникает вместе с</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Сохранить снимок окна в &lt;файл&gt; и выйти.</translation>
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
        <translation>Использовать файл данных по пути &lt;путь&gt; вместо обычного.</translation>
    </message>
    <message>
        <source>Show Hamkori in &lt;language&gt;: tg (Tajik), ru (Russian) or en (English).</source>
        <translation>Показывать Hamkori на языке &lt;язык&gt;: tg (таджикский), ru (русский) или en (английский).</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Regular meeting</source>
        <translation>Очередная встреча</translation>
    </message>
    <message>
        <source>Community consultation</source>
        <translation>Консультация с населением</translation>
    </message>
    <message>
        <source>Women-only focus group</source>
        <translation>Фокус-группа только для женщин</translation>
    </message>
    <message>
        <source>Youth focus group</source>
        <translation>Молодёжная фокус-группа</translation>
    </message>
    <message>
        <source>Joint meeting with police and Hukumat</source>
        <translation>Совместная встреча с милицией и Хукуматом</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>Встреча по оценке хода работы</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>Choose the team that held the meeting.</source>
        <translation>Выберите группу, которая провела встречу.</translation>
    </message>
    <message>
        <source>Enter the date of the meeting as dd.MM.yyyy.</source>
        <translation>Введите дату встречи в формате dd.MM.yyyy.</translation>
    </message>
    <message>
        <source>The number of guests cannot be negative.</source>
        <translation>Число гостей не может быть отрицательным.</translation>
    </message>
    <message>
        <source>This meeting no longer exists; it may have been deleted.</source>
        <translation>Этой встречи больше нет; возможно, она была удалена.</translation>
    </message>
    <message>
        <source>There is no meeting with the code %1.</source>
        <translation>Нет встречи с кодом %1.</translation>
    </message>
    <message>
        <source>%1 is a member of another team and cannot be marked present at this meeting.</source>
        <translation>%1 состоит в другой группе, поэтому отметить этого человека как присутствующего на этой встрече нельзя.</translation>
    </message>
    <message>
        <source>This member no longer exists; it may have been deleted.</source>
        <translation>Этого члена группы больше нет; возможно, запись о нём была удалена.</translation>
    </message>
</context>
<context>
    <name>MemberCategory</name>
    <message>
        <source>Police</source>
        <translation>Милиция</translation>
    </message>
    <message>
        <source>Hukumat</source>
        <translation>Хукумат</translation>
    </message>
    <message>
        <source>Jamoat</source>
        <translation>Джамоат</translation>
    </message>
    <message>
        <source>Civil society organisation</source>
        <translation>Организация гражданского общества</translation>
    </message>
    <message>
        <source>Elder</source>
        <translation>Старейшина</translation>
    </message>
    <message>
        <source>Religious leader</source>
        <translation>Религиозный лидер</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Молодёжь</translation>
    </message>
    <message>
        <source>Women&apos;s committee</source>
        <translation>Комитет по делам женщин и семьи</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Предприниматель</translation>
    </message>
    <message>
        <source>Health worker</source>
        <translation>Медработник</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ParticipantGroup</name>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Молодёжь</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Органы власти</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Choose the team whose action plan this is.</source>
        <translation>Выберите группу, которой принадлежит этот план мероприятий.</translation>
    </message>
    <message>
        <source>Enter the title of the action plan.</source>
        <translation>Введите название плана мероприятий.</translation>
    </message>
    <message>
        <source>The plan period ends (%1) before it starts (%2).</source>
        <translation>Дата окончания периода плана (%1) раньше даты его начала (%2).</translation>
    </message>
    <message>
        <source>The plan must be adopted at a meeting of the same team.</source>
        <translation>План должен быть принят на встрече той же группы.</translation>
    </message>
    <message>
        <source>A plan can address only concerns of its own team.</source>
        <translation>План может касаться только проблем своей группы.</translation>
    </message>
    <message>
        <source>This action plan no longer exists; it may have been deleted.</source>
        <translation>Этого плана мероприятий больше нет; возможно, он был удалён.</translation>
    </message>
    <message>
        <source>There is no action plan with the code %1.</source>
        <translation>Нет плана мероприятий с кодом %1.</translation>
    </message>
    <message>
        <source>Describe the measure to be carried out.</source>
        <translation>Опишите мероприятие, которое нужно провести.</translation>
    </message>
    <message>
        <source>Choose the lead body from the list.</source>
        <translation>Выберите ответственного исполнителя из списка.</translation>
    </message>
    <message>
        <source>Choose the funding source from the list.</source>
        <translation>Выберите источник финансирования из списка.</translation>
    </message>
    <message>
        <source>The deadline (%1) is before the start (%2).</source>
        <translation>Срок исполнения (%1) раньше даты начала (%2).</translation>
    </message>
    <message>
        <source>The amount in somoni cannot be negative.</source>
        <translation>Сумма в сомони не может быть отрицательной.</translation>
    </message>
    <message>
        <source>This activity no longer exists; it may have been deleted.</source>
        <translation>Этого мероприятия больше нет; возможно, оно было удалено.</translation>
    </message>
    <message>
        <source>Enter the date of the progress update as dd.MM.yyyy.</source>
        <translation>Введите дату отметки о ходе выполнения в формате dd.MM.yyyy.</translation>
    </message>
    <message>
        <source>The number of people reached cannot be negative.</source>
        <translation>Число охваченных людей не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The money spent cannot be negative.</source>
        <translation>Израсходованная сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>This progress update no longer exists; it may have been deleted.</source>
        <translation>Этой отметки о ходе выполнения больше нет; возможно, она была удалена.</translation>
    </message>
    <message>
        <source>Enter the date of the reading as dd.MM.yyyy.</source>
        <translation>Введите дату измерения показателя в формате dd.MM.yyyy.</translation>
    </message>
    <message>
        <source>This indicator reading no longer exists; it may have been deleted.</source>
        <translation>Этого измерения показателя больше нет; возможно, оно было удалено.</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
</context>
<context>
    <name>PrioritisationRepository</name>
    <message>
        <source>Choose the team whose concerns are scored.</source>
        <translation>Выберите группу, проблемы которой оцениваются.</translation>
    </message>
    <message>
        <source>Enter the date of the prioritisation round as dd.MM.yyyy.</source>
        <translation>Введите дату раунда определения приоритетов в формате dd.MM.yyyy.</translation>
    </message>
    <message>
        <source>The round must take place at a meeting of the same team.</source>
        <translation>Раунд должен проходить на встрече той же группы.</translation>
    </message>
    <message>
        <source>Choose the criteria from the list of criteria.</source>
        <translation>Выберите критерии из списка критериев.</translation>
    </message>
    <message>
        <source>A criterion&apos;s weight must be more than 0 and at most 100.</source>
        <translation>Вес критерия должен быть больше 0 и не больше 100.</translation>
    </message>
    <message>
        <source>Only concerns of the same team can be scored in a round.</source>
        <translation>В раунде можно оценивать только проблемы той же группы.</translation>
    </message>
    <message>
        <source>This prioritisation round no longer exists; it may have been deleted.</source>
        <translation>Этого раунда определения приоритетов больше нет; возможно, он был удалён.</translation>
    </message>
    <message>
        <source>A score must be a whole number from 1 to 5.</source>
        <translation>Балл должен быть целым числом от 1 до 5.</translation>
    </message>
    <message>
        <source>This concern is not part of the prioritisation round.</source>
        <translation>Эта проблема не входит в раунд определения приоритетов.</translation>
    </message>
    <message>
        <source>This criterion is not used in the prioritisation round.</source>
        <translation>Этот критерий не используется в раунде определения приоритетов.</translation>
    </message>
    <message>
        <source>The winner must be one of the two concerns compared.</source>
        <translation>Победителем должна быть одна из двух сравниваемых проблем.</translation>
    </message>
    <message>
        <source>Choose at least one concern as a priority.</source>
        <translation>Выберите хотя бы одну проблему в качестве приоритетной.</translation>
    </message>
    <message>
        <source>Only concerns scored in this round can be chosen.</source>
        <translation>Можно выбрать только проблемы, оценённые в этом раунде.</translation>
    </message>
    <message>
        <source>Enter the date of the decision as dd.MM.yyyy.</source>
        <translation>Введите дату решения в формате dd.MM.yyyy.</translation>
    </message>
    <message>
        <source>Compare two different concerns of this round.</source>
        <translation>Сравните две разные проблемы этого раунда.</translation>
    </message>
</context>
<context>
    <name>RaisedBy</name>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Молодёжь</translation>
    </message>
    <message>
        <source>Elders</source>
        <translation>Старейшины</translation>
    </message>
    <message>
        <source>Minority community</source>
        <translation>Община меньшинства</translation>
    </message>
    <message>
        <source>Mixed group</source>
        <translation>Смешанная группа</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Милиция</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Должностные лица</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>Domestic and gender-based violence</source>
        <translation>Домашнее и гендерное насилие</translation>
    </message>
    <message>
        <source>Early and forced marriage</source>
        <translation>Ранние и принудительные браки</translation>
    </message>
    <message>
        <source>Youth and juvenile crime</source>
        <translation>Молодёжная и подростковая преступность</translation>
    </message>
    <message>
        <source>Violent extremism and recruitment</source>
        <translation>Насильственный экстремизм и вербовка</translation>
    </message>
    <message>
        <source>Drugs and alcohol</source>
        <translation>Наркотики и алкоголь</translation>
    </message>
    <message>
        <source>Road and traffic safety</source>
        <translation>Безопасность дорожного движения</translation>
    </message>
    <message>
        <source>Theft and property crime</source>
        <translation>Кражи и имущественные преступления</translation>
    </message>
    <message>
        <source>Disputes over water, land and pasture</source>
        <translation>Споры из-за воды, земли и пастбищ</translation>
    </message>
    <message>
        <source>Police–community relations and rights</source>
        <translation>Отношения милиции с населением, права человека</translation>
    </message>
    <message>
        <source>Labour migration and trafficking</source>
        <translation>Трудовая миграция и торговля людьми</translation>
    </message>
    <message>
        <source>Unsafe public spaces and infrastructure</source>
        <translation>Небезопасные общественные места и инфраструктура</translation>
    </message>
    <message>
        <source>Access to education</source>
        <translation>Доступ к образованию</translation>
    </message>
    <message>
        <source>Disasters and health emergencies</source>
        <translation>Бедствия и чрезвычайные ситуации в здравоохранении</translation>
    </message>
    <message>
        <source>Other concerns</source>
        <translation>Другие проблемы</translation>
    </message>
    <message>
        <source>Unemployment</source>
        <translation>Безработица</translation>
    </message>
    <message>
        <source>Labour migration</source>
        <translation>Трудовая миграция</translation>
    </message>
    <message>
        <source>Gender norms</source>
        <translation>Гендерные нормы</translation>
    </message>
    <message>
        <source>Poverty</source>
        <translation>Бедность</translation>
    </message>
    <message>
        <source>Weak public services</source>
        <translation>Низкое качество государственных услуг</translation>
    </message>
    <message>
        <source>Mistrust of the police</source>
        <translation>Недоверие к милиции</translation>
    </message>
    <message>
        <source>Scarce water and land</source>
        <translation>Нехватка воды и земли</translation>
    </message>
    <message>
        <source>Alcohol and drug use</source>
        <translation>Употребление алкоголя и наркотиков</translation>
    </message>
    <message>
        <source>Low education</source>
        <translation>Низкий уровень образования</translation>
    </message>
    <message>
        <source>Online radicalisation</source>
        <translation>Радикализация через интернет</translation>
    </message>
    <message>
        <source>Corruption</source>
        <translation>Коррупция</translation>
    </message>
    <message>
        <source>District police (ShKD)</source>
        <translation>Районный отдел внутренних дел (ОВД)</translation>
    </message>
    <message>
        <source>Hukumat</source>
        <translation>Хукумат</translation>
    </message>
    <message>
        <source>Jamoat</source>
        <translation>Джамоат</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Civil society organisation</source>
        <translation>Организация гражданского общества</translation>
    </message>
    <message>
        <source>Committee on Women and Family Affairs</source>
        <translation>Комитет по делам женщин и семьи</translation>
    </message>
    <message>
        <source>Youth department</source>
        <translation>Отдел по делам молодёжи</translation>
    </message>
    <message>
        <source>Religious leaders</source>
        <translation>Религиозные лидеры</translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation>Центр здоровья</translation>
    </message>
    <message>
        <source>Mahalla committee</source>
        <translation>Махаллинский комитет</translation>
    </message>
    <message>
        <source>Hukumat budget</source>
        <translation>Бюджет Хукумата</translation>
    </message>
    <message>
        <source>Jamoat budget</source>
        <translation>Бюджет Джамоата</translation>
    </message>
    <message>
        <source>Police budget</source>
        <translation>Бюджет милиции</translation>
    </message>
    <message>
        <source>Small grant</source>
        <translation>Малый грант</translation>
    </message>
    <message>
        <source>Community contribution</source>
        <translation>Вклад населения</translation>
    </message>
    <message>
        <source>Donor project</source>
        <translation>Донорский проект</translation>
    </message>
    <message>
        <source>No cost</source>
        <translation>Без затрат</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Тяжесть</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Частота</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Число затронутых людей</translation>
    </message>
    <message>
        <source>Vulnerable groups affected</source>
        <translation>Затронутые уязвимые группы</translation>
    </message>
    <message>
        <source>Urgency and risk of escalation</source>
        <translation>Срочность и риск обострения</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Осуществимость</translation>
    </message>
</context>
<context>
    <name>ReferenceList</name>
    <message>
        <source>Concern categories</source>
        <translation>Категории проблем</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Факторы</translation>
    </message>
    <message>
        <source>Lead bodies</source>
        <translation>Ответственные исполнители</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Источники финансирования</translation>
    </message>
    <message>
        <source>Prioritisation criteria</source>
        <translation>Критерии определения приоритетов</translation>
    </message>
</context>
<context>
    <name>ReferenceRepository</name>
    <message>
        <source>Enter a name in at least one language.</source>
        <translation>Введите название хотя бы на одном языке.</translation>
    </message>
    <message>
        <source>A criterion&apos;s weight must be more than 0 and at most 100.</source>
        <translation>Вес критерия должен быть больше 0 и не больше 100.</translation>
    </message>
    <message>
        <source>This list entry no longer exists.</source>
        <translation>Этого элемента списка больше нет.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; has no entry with the code %2.</source>
        <translation>В списке «%1» нет элемента с кодом %2.</translation>
    </message>
    <message numerus="yes">
        <source>This entry is used by %n record(s). Change those records first, or rename the entry instead of deleting it.</source>
        <translation>
            <numerusform>Этот элемент используется в %n записи. Сначала измените соответствующие записи или переименуйте элемент вместо удаления.</numerusform>
            <numerusform>Этот элемент используется в %n записях. Сначала измените соответствующие записи или переименуйте элемент вместо удаления.</numerusform>
            <numerusform>Этот элемент используется в %n записях. Сначала измените соответствующие записи или переименуйте элемент вместо удаления.</numerusform>
        </translation>
    </message>
    <message>
        <source>This place is no longer in the gazetteer.</source>
        <translation>Этого места больше нет в географическом справочнике.</translation>
    </message>
    <message>
        <source>No district or city called &quot;%1&quot; is in the gazetteer.</source>
        <translation>В географическом справочнике нет района или города с названием «%1».</translation>
    </message>
    <message>
        <source>Enter the place&apos;s name in English, Tajik and Russian.</source>
        <translation>Введите название места на английском, таджикском и русском языках.</translation>
    </message>
    <message>
        <source>A place must be a region, a district or a city.</source>
        <translation>Место должно быть областью, районом или городом.</translation>
    </message>
    <message>
        <source>Choose the region the place belongs to.</source>
        <translation>Выберите область, к которой относится это место.</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>A record cannot move to another team. Create it again in the other team.</source>
        <translation>Запись нельзя перенести в другую группу. Создайте её заново в другой группе.</translation>
    </message>
    <message>
        <source>The code %1 is already used in this team. Leave the code empty to get the next free one.</source>
        <translation>Код %1 уже используется в этой группе. Оставьте код пустым, чтобы получить следующий свободный.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужчина</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The data file could not be read or written (%1). Check that the disk is not full and the file is not open in another program, then try again.</source>
        <translation>Не удалось прочитать или записать файл данных (%1). Проверьте, что диск не заполнен и файл не открыт в другой программе, затем повторите попытку.</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>Enter the name of the team.</source>
        <translation>Введите название группы.</translation>
    </message>
    <message>
        <source>The team code must be 2 to 6 capital Latin letters, for example ISF.</source>
        <translation>Код группы должен состоять из 2–6 заглавных латинских букв, например ISF.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the team &quot;%2&quot;. Choose another code.</source>
        <translation>Код %1 уже используется группой «%2». Выберите другой код.</translation>
    </message>
    <message>
        <source>Choose the team&apos;s district or city from the list.</source>
        <translation>Выберите район или город группы из списка.</translation>
    </message>
    <message>
        <source>This team no longer exists; it may have been deleted.</source>
        <translation>Этой группы больше нет; возможно, она была удалена.</translation>
    </message>
    <message>
        <source>There is no team with the code %1.</source>
        <translation>Нет группы с кодом %1.</translation>
    </message>
    <message>
        <source>Choose the team this member belongs to.</source>
        <translation>Выберите группу, членом которой является этот человек.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>Введите имя члена группы.</translation>
    </message>
    <message>
        <source>The date the member left (%1) is before the date they joined (%2).</source>
        <translation>Дата выхода из группы (%1) раньше даты вступления в неё (%2).</translation>
    </message>
    <message>
        <source>This member no longer exists; it may have been deleted.</source>
        <translation>Этого члена группы больше нет; возможно, запись о нём была удалена.</translation>
    </message>
</context>
<context>
    <name>hamkori::MainWindow</name>
    <message>
        <source>Hamkori — community police partnership teams</source>
        <translation>Hamkori — группы взаимодействия милиции с общественностью</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>There are no teams in this data file yet. To try Hamkori with example data, run &quot;hamkori-cli demo&quot;.</source>
        <translation>В этом файле данных пока нет групп. Чтобы попробовать Hamkori на демонстрационных данных, выполните команду «hamkori-cli demo».</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n группа</numerusform>
            <numerusform>%n группы</numerusform>
            <numerusform>%n групп</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::TeamListModel</name>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>District or city</source>
        <translation>Район или город</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Планы мероприятий</translation>
    </message>
</context>
</TS>
