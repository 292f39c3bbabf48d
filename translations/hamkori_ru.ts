<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActivityColumns</name>
    <message>
        <source>Plan code</source>
        <translation>Код плана</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Lead body</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Amount (somoni)</source>
        <translation>Сумма (сомони)</translation>
    </message>
    <message>
        <source>Output indicator</source>
        <translation>Показатель непосредственного результата</translation>
    </message>
    <message>
        <source>Outcome indicator</source>
        <translation>Показатель конечного результата</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходный уровень</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевой уровень</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Источники проверки</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Gender and conflict notes</source>
        <translation>Заметки о гендере и конфликте</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
</context>
<context>
    <name>ActivityDueModel</name>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>%1
Action plan %2 · lead body: %3 · status: %4</source>
        <translation>%1
План мероприятий %2 · ответственный исполнитель: %3 · статус: %4</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Дней осталось</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План мероприятий</translation>
    </message>
    <message>
        <source>Lead body</source>
        <translation>Исполнитель</translation>
    </message>
</context>
<context>
    <name>ActivityExport</name>
    <message>
        <source>Choose the team whose activities to export.</source>
        <translation>Выберите группу, мероприятия которой нужно экспортировать.</translation>
    </message>
</context>
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
    <name>AnswerKind</name>
    <message>
        <source>One answer</source>
        <translation>Один ответ</translation>
    </message>
    <message>
        <source>Several answers</source>
        <translation>Несколько ответов</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>made by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневно</translation>
    </message>
    <message>
        <source>when Hamkori closed</source>
        <translation>при закрытии Hamkori</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>before a CSV import</source>
        <translation>перед импортом CSV</translation>
    </message>
    <message>
        <source>before a bundle import</source>
        <translation>перед импортом пакета данных</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2). Free some disk space; until a backup is made, a disk failure would lose your work.</source>
        <translation>Не удалось записать резервную копию в %1 (%2). Освободите место на диске: пока резервная копия не создана, при поломке диска ваша работа будет потеряна.</translation>
    </message>
    <message>
        <source>The backup just made did not pass its check, so it was not kept: %1 Make a new backup; if it fails again, the data file itself may be damaged: run &quot;hamkori-cli check&quot;.</source>
        <translation>Только что созданная резервная копия не прошла проверку, поэтому она не сохранена: %1 Создайте новую резервную копию; если это снова не удастся, возможно, повреждён сам файл данных: выполните «hamkori-cli check».</translation>
    </message>
    <message>
        <source>%1 was made by a newer Hamkori (data version %2). Install the newer Hamkori to restore it.</source>
        <translation>Файл %1 создан более новой версией Hamkori (версия данных %2). Чтобы восстановить его, установите более новую версию Hamkori.</translation>
    </message>
    <message>
        <source>The data file %1 could not be replaced (%2). Close every program that has it open (the console program too) and try again; the data file was left as it was.</source>
        <translation>Не удалось заменить файл данных %1 (%2). Закройте все программы, в которых он открыт (в том числе консольную программу), и повторите попытку; файл данных остался без изменений.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <source>it holds no Hamkori data</source>
        <translation>в нём нет данных Hamkori</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>не удаётся создать папку</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>Файл %1 повреждён (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Hamkori data file (%2).</source>
        <translation>Файл %1 не удалось прочитать как файл данных Hamkori (%2).</translation>
    </message>
    <message>
        <source>%1 Nothing was changed; choose another backup.</source>
        <translation>%1 Ничего не изменено; выберите другую резервную копию.</translation>
    </message>
    <message>
        <source>the file could not be copied</source>
        <translation>не удалось скопировать файл</translation>
    </message>
    <message>
        <source>its working file %1 is in use</source>
        <translation>его рабочий файл %1 занят</translation>
    </message>
    <message>
        <source>the file could not be renamed</source>
        <translation>не удалось переименовать файл</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>The cryptography library could not be started. Reinstall Hamkori.</source>
        <translation>Не удалось запустить криптографическую библиотеку. Переустановите Hamkori.</translation>
    </message>
    <message>
        <source>The bundle file is empty. It was probably not copied to the end: copy it again from the laptop that wrote it. Nothing was imported.</source>
        <translation>Файл пакета данных пуст. Вероятно, он был скопирован не до конца: скопируйте его заново с ноутбука, который его записал. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This file is not a Hamkori exchange bundle. Choose a file named hamkori-….hkx. Nothing was imported.</source>
        <translation>Этот файл не является пакетом данных обмена Hamkori. Выберите файл с именем hamkori-….hkx. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Hamkori (bundle format %1); this Hamkori reads bundle formats up to %2. Install the newer Hamkori to import it. Nothing was imported.</source>
        <translation>Этот пакет данных создан более новой версией Hamkori (формат пакета %1); эта версия Hamkori читает форматы пакетов до %2. Установите более новую версию Hamkori, чтобы импортировать его. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: only %1 of its %2 bytes are there. It was probably not copied to the end, or the USB stick was removed too early. Copy it again from the laptop that wrote it. Nothing was imported.</source>
        <translation>Пакет данных неполный: из %2 байт в нём только %1. Вероятно, он был скопирован не до конца или флешку извлекли слишком рано. Скопируйте его заново с ноутбука, который его записал. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle has extra data after its end: it was damaged or altered after it was written. Ask the sender for a new bundle. Nothing was imported.</source>
        <translation>После конца пакета данных есть лишние данные: он был повреждён или изменён после записи. Попросите отправителя прислать новый пакет. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is damaged and cannot be read. Ask the sender for a new bundle. Nothing was imported.</source>
        <translation>Заголовок пакета данных повреждён и не читается. Попросите отправителя прислать новый пакет. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header does not match its signature: the file was damaged or altered after it was written. Ask the sender for a new bundle. Nothing was imported.</source>
        <translation>Заголовок пакета данных не соответствует его подписи: файл был повреждён или изменён после записи. Попросите отправителя прислать новый пакет. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle asks for a key derivation cost outside the range Hamkori accepts, so it was not opened. It was not made by Hamkori, or it was altered. Nothing was imported.</source>
        <translation>Пакет данных требует параметров получения ключа вне допустимого для Hamkori диапазона, поэтому он не открыт. Он создан не Hamkori или был изменён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle&apos;s content does not match the sender&apos;s signature: the file was damaged or altered after it was written. Ask the sender for a new bundle. Nothing was imported.</source>
        <translation>Содержимое пакета данных не соответствует подписи отправителя: файл был повреждён или изменён после записи. Попросите отправителя прислать новый пакет. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>There was not enough memory to turn the exchange passphrase into a key. Close other programs and try again.</source>
        <translation>Не хватило памяти, чтобы получить ключ из парольной фразы обмена. Закройте другие программы и повторите попытку.</translation>
    </message>
    <message>
        <source>This bundle was locked with a different exchange passphrase. Check the passphrase with the team that sent it and try again. Nothing was imported.</source>
        <translation>Этот пакет данных зашифрован другой парольной фразой обмена. Уточните парольную фразу у группы, которая его прислала, и повторите попытку. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle&apos;s content cannot be read although its signature is correct: the laptop that wrote it may have a fault. Ask the sender for a new bundle. Nothing was imported.</source>
        <translation>Содержимое пакета данных не читается, хотя его подпись верна: возможно, ноутбук, который его записал, неисправен. Попросите отправителя прислать новый пакет. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle %1 could not be read (%2). Check that the USB stick is inserted and try again.</source>
        <translation>Не удалось прочитать пакет данных %1 (%2). Проверьте, что флешка вставлена, и повторите попытку.</translation>
    </message>
    <message>
        <source>The bundle is damaged: the length written at its start cannot be right. Ask the sender for a new bundle. Nothing was imported.</source>
        <translation>Пакет данных повреждён: длина, записанная в его начале, не может быть верной. Попросите у отправителя новый пакет. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle is damaged: its bytes are not those that were written. It was probably spoiled on the USB stick or while copying: copy it again from the laptop that wrote it, or ask the sender for a new bundle. Nothing was imported.</source>
        <translation>Пакет данных повреждён: его байты не те, что были записаны. Вероятно, он испортился на флешке или при копировании: скопируйте его заново с ноутбука, который его записал, или попросите отправителя прислать новый пакет. Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>The cryptography library could not be started. Reinstall Hamkori.</source>
        <translation>Не удалось запустить криптографическую библиотеку. Переустановите Hamkori.</translation>
    </message>
    <message>
        <source>No exchange passphrase is set. Set the team network&apos;s exchange passphrase in Settings, then export again.</source>
        <translation>Парольная фраза обмена не задана. Задайте парольную фразу обмена сети групп в настройках, затем повторите экспорт.</translation>
    </message>
    <message>
        <source>There was not enough memory to turn the exchange passphrase into a key. Close other programs and try again.</source>
        <translation>Не хватило памяти, чтобы получить ключ из парольной фразы обмена. Закройте другие программы и повторите попытку.</translation>
    </message>
    <message>
        <source>The bundle could not be signed: this laptop&apos;s device key could not be read. Nothing was written. Check the data file with &quot;hamkori-cli check&quot;.</source>
        <translation>Не удалось подписать пакет данных: ключ устройства этого ноутбука не прочитан. Ничего не записано. Проверьте файл данных командой «hamkori-cli check».</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Insert the USB stick and choose the folder again.</source>
        <translation>Папка %1 не существует. Вставьте флешку и снова выберите папку.</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1 (%2). Check that the USB stick is inserted, not full and not write-protected, and try again.</source>
        <translation>Не удалось записать пакет данных в %1 (%2). Проверьте, что флешка вставлена, не заполнена и не защищена от записи, и повторите попытку.</translation>
    </message>
    <message>
        <source>The bundle written to %1 did not read back the same, so it was removed. The USB stick may be failing: write the bundle to another stick.</source>
        <translation>Пакет данных, записанный в %1, при повторном чтении не совпал с записанным, поэтому он удалён. Возможно, флешка неисправна: запишите пакет данных на другую флешку.</translation>
    </message>
</context>
<context>
    <name>CampaignChannel</name>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Television</source>
        <translation>Телевидение</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Радио</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Социальные сети</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <source>Mosques</source>
        <translation>Мечети</translation>
    </message>
    <message>
        <source>Door to door</source>
        <translation>Поквартирный обход</translation>
    </message>
</context>
<context>
    <name>CampaignColumns</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Reached directly</source>
        <translation>Охвачено напрямую</translation>
    </message>
    <message>
        <source>Reached indirectly</source>
        <translation>Охвачено косвенно</translation>
    </message>
    <message>
        <source>How the indirect reach was estimated</source>
        <translation>Как оценён косвенный охват</translation>
    </message>
    <message>
        <source>Cost (somoni)</source>
        <translation>Затраты (сомони)</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>This campaign no longer exists; it may have been deleted.</source>
        <translation>Эта кампания больше не существует; возможно, её удалили.</translation>
    </message>
    <message>
        <source>This material no longer exists.</source>
        <translation>Этого материала больше нет.</translation>
    </message>
    <message>
        <source>Choose the group that ran the campaign.</source>
        <translation>Выберите группу, которая провела кампанию.</translation>
    </message>
    <message>
        <source>Enter the title of the campaign.</source>
        <translation>Введите название кампании.</translation>
    </message>
    <message>
        <source>Enter the day the campaign started as dd.MM.yyyy.</source>
        <translation>Введите дату начала кампании в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>The campaign ends (%1) before it starts (%2).</source>
        <translation>Кампания заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>Say how the number reached indirectly was estimated (for example: the radio station&apos;s listeners in the district).</source>
        <translation>Укажите, как оценено число охваченных косвенно (например: слушатели радиостанции в районе).</translation>
    </message>
    <message>
        <source>An amount in somoni cannot be negative.</source>
        <translation>Сумма в сомони не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The funding source chosen is no longer in the list. Choose another one.</source>
        <translation>Выбранного источника финансирования больше нет в списке. Выберите другой.</translation>
    </message>
    <message>
        <source>«%1» is not a channel Hamkori knows.</source>
        <translation>«%1» — канал, которого Hamkori не знает.</translation>
    </message>
    <message>
        <source>Say what the material is (leaflet, poster, video…).</source>
        <translation>Укажите, что это за материал (листовка, плакат, видео…).</translation>
    </message>
    <message>
        <source>The number made cannot be negative.</source>
        <translation>Изготовленное количество не может быть отрицательным.</translation>
    </message>
    <message>
        <source>There is no campaign with the code %1.</source>
        <translation>Нет кампании с кодом %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns have the code %1 (their teams share a code): ids %2. Name the campaign by its id instead.</source>
        <translation>
            <numerusform>%Ln кампания имеет код %1 (у их групп один код): id %2. Укажите кампанию по её id.</numerusform>
            <numerusform>%Ln кампании имеют код %1 (у их групп один код): id %2. Укажите кампанию по её id.</numerusform>
            <numerusform>%Ln кампаний имеют код %1 (у их групп один код): id %2. Укажите кампанию по её id.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>CentreRepository</name>
    <message>
        <source>This community policing centre no longer exists; it may have been deleted.</source>
        <translation>Этого центра взаимодействия милиции с общественностью больше нет; возможно, он удалён.</translation>
    </message>
    <message>
        <source>Enter the name of the centre.</source>
        <translation>Введите название центра.</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s district or city from the list.</source>
        <translation>Выберите район или город центра из списка.</translation>
    </message>
    <message>
        <source>The centre was renovated (%1) before it opened (%2). Check both dates.</source>
        <translation>Центр отремонтирован (%1) раньше, чем открыт (%2). Проверьте обе даты.</translation>
    </message>
    <message>
        <source>A group chosen no longer exists. Choose the groups that meet here again.</source>
        <translation>Одной из выбранных групп больше нет. Выберите заново группы, которые здесь собираются.</translation>
    </message>
    <message>
        <source>Name the item of equipment (a computer, chairs…).</source>
        <translation>Назовите предмет оборудования (компьютер, стулья…).</translation>
    </message>
    <message>
        <source>The number of items cannot be negative.</source>
        <translation>Количество предметов не может быть отрицательным.</translation>
    </message>
    <message>
        <source>This item of equipment no longer exists; it may have been deleted.</source>
        <translation>Этого оборудования больше нет; возможно, оно удалено.</translation>
    </message>
    <message>
        <source>Enter the date of the reception day as dd.MM.yyyy.</source>
        <translation>Введите дату приёмного дня в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>The number of visitors cannot be negative.</source>
        <translation>Число посетителей не может быть отрицательным.</translation>
    </message>
    <message>
        <source>This reception day no longer exists; it may have been deleted.</source>
        <translation>Этого приёмного дня больше нет; возможно, он удалён.</translation>
    </message>
</context>
<context>
    <name>CertificateDocument</name>
    <message>
        <source>No one is named on the list of participants of %1, so there is no one to give a certificate to. Add the participants by name first.</source>
        <translation>В списке участников %1 нет ни одного имени, поэтому выдать сертификат некому. Сначала добавьте участников по именам.</translation>
    </message>
    <message>
        <source>This participant is no longer on the list of %1; it may have been deleted.</source>
        <translation>Этого участника больше нет в списке %1; возможно, он был удалён.</translation>
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
            <numerusform>Демонстрационные данные загружены: %Ln группа</numerusform>
            <numerusform>Демонстрационные данные загружены: %Ln группы</numerusform>
            <numerusform>Демонстрационные данные загружены: %Ln групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%Ln встреча</numerusform>
            <numerusform>%Ln встречи</numerusform>
            <numerusform>%Ln встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%Ln проблема</numerusform>
            <numerusform>%Ln проблемы</numerusform>
            <numerusform>%Ln проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%Ln план мероприятий</numerusform>
            <numerusform>%Ln плана мероприятий</numerusform>
            <numerusform>%Ln планов мероприятий</numerusform>
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
            <numerusform>Сгенерировано: %Ln группа</numerusform>
            <numerusform>Сгенерировано: %Ln группы</numerusform>
            <numerusform>Сгенерировано: %Ln групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%Ln отметка о ходе выполнения</numerusform>
            <numerusform>%Ln отметки о ходе выполнения</numerusform>
            <numerusform>%Ln отметок о ходе выполнения</numerusform>
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
    <message>
        <source>Choose the team with --team CODE (the teams here: %1).</source>
        <translation>Выберите группу с помощью --team КОД (группы здесь: %1).</translation>
    </message>
    <message>
        <source>Write concerns or activities to a CSV file that Excel and LibreOffice open with Cyrillic and Tajik letters intact (UTF-8 with a BOM). Restricted concerns are left out unless --include-restricted is given.</source>
        <translation>Записывает проблемы или мероприятия в файл CSV, который Excel и LibreOffice открывают с неискажёнными кириллическими и таджикскими буквами (UTF-8 с BOM). Проблемы с ограниченным доступом не включаются, если не указан --include-restricted.</translation>
    </message>
    <message>
        <source>What to export: concerns or activities.</source>
        <translation>Что экспортировать: concerns (проблемы) или activities (мероприятия).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Файл CSV для записи.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Activities: only this action plan (its code).</source>
        <translation>Мероприятия: только этот план мероприятий (его код).</translation>
    </message>
    <message>
        <source>Concerns: only those with this status (e.g. raised, in_plan).</source>
        <translation>Проблемы: только с этим статусом (например, raised, in_plan).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>Concerns: only those of this category (its name or code).</source>
        <translation>Проблемы: только этой категории (название или код).</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>Concerns: only those matching these words.</source>
        <translation>Проблемы: только соответствующие этим словам.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>слова</translation>
    </message>
    <message>
        <source>Include restricted concerns. Keep such a file safe.</source>
        <translation>Включить проблемы с ограниченным доступом. Храните такой файл в надёжном месте.</translation>
    </message>
    <message>
        <source>The language of the column names and values: tg, ru or en (default: the language of the messages).</source>
        <translation>Язык названий столбцов и значений: tg, ru или en (по умолчанию — язык сообщений).</translation>
    </message>
    <message>
        <source>comma or semicolon (default: semicolon for tg and ru, which Excel expects in those languages; comma for en).</source>
        <translation>comma (запятая) или semicolon (точка с запятой) (по умолчанию: точка с запятой для tg и ru, как ожидает Excel на этих языках; запятая для en).</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>разделитель</translation>
    </message>
    <message>
        <source>Choose what to export with --kind concerns or --kind activities.</source>
        <translation>Выберите, что экспортировать: --kind concerns или --kind activities.</translation>
    </message>
    <message>
        <source>Name the file to write with --output FILE.csv.</source>
        <translation>Укажите файл для записи: --output ФАЙЛ.csv.</translation>
    </message>
    <message>
        <source>The header language must be tg, ru or en.</source>
        <translation>Язык заголовков должен быть tg, ru или en.</translation>
    </message>
    <message>
        <source>The separator must be comma or semicolon.</source>
        <translation>Разделитель должен быть comma или semicolon.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activity(ies) to %1.</source>
        <translation>
            <numerusform>%Ln мероприятие записано в %1.</numerusform>
            <numerusform>%Ln мероприятия записаны в %1.</numerusform>
            <numerusform>%Ln мероприятий записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown status. Use one of: %1.</source>
        <translation>Неизвестный статус. Используйте один из: %1.</translation>
    </message>
    <message>
        <source>Unknown category. Use one of: %1.</source>
        <translation>Неизвестная категория. Используйте одну из: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n concern(s) to %1.</source>
        <translation>
            <numerusform>%Ln проблема записана в %1.</numerusform>
            <numerusform>%Ln проблемы записаны в %1.</numerusform>
            <numerusform>%Ln проблем записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restricted concerns were left out; add --include-restricted to export them.</source>
        <translation>Проблемы с ограниченным доступом не включены; чтобы экспортировать их, добавьте --include-restricted.</translation>
    </message>
    <message>
        <source>Read concerns from a CSV file into a team. Columns are matched by their names in Tajik, Russian or English. A row whose code the team has updates that concern; importing the same file again creates nothing new. Nothing is saved while rows have errors, unless --skip-bad-rows is given.</source>
        <translation>Читает проблемы из файла CSV в группу. Столбцы сопоставляются по названиям на таджикском, русском или английском. Строка с кодом, который уже есть в группе, обновляет эту проблему; повторный импорт того же файла ничего нового не создаёт. Пока в строках есть ошибки, ничего не сохраняется, если не указан --skip-bad-rows.</translation>
    </message>
    <message>
        <source>What to import: concerns.</source>
        <translation>Что импортировать: concerns (проблемы).</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Файл CSV для чтения.</translation>
    </message>
    <message>
        <source>Check the file and print the report, but save nothing.</source>
        <translation>Проверить файл и вывести отчёт, но ничего не сохранять.</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the rows with errors.</source>
        <translation>Импортировать правильные строки и пропустить строки с ошибками.</translation>
    </message>
    <message>
        <source>Only concerns can be imported: use --kind concerns.</source>
        <translation>Импортировать можно только проблемы: используйте --kind concerns.</translation>
    </message>
    <message>
        <source>Name the file to read with --input FILE.csv.</source>
        <translation>Укажите файл для чтения: --input ФАЙЛ.csv.</translation>
    </message>
    <message>
        <source>The file was read as %1.</source>
        <translation>Файл прочитан в кодировке %1.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;</source>
        <translation>Строка %1, столбец «%2»</translation>
    </message>
    <message>
        <source>Created: %1, updated: %2, unchanged: %3, skipped: %4.</source>
        <translation>Создано: %1, обновлено: %2, без изменений: %3, пропущено: %4.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Пробный запуск: ничего не сохранено.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Непредвиденный аргумент «%1».</translation>
    </message>
    <message>
        <source>Written: %1 (pages: %2).</source>
        <translation>Записано: %1 (страниц: %2).</translation>
    </message>
    <message>
        <source>The plan&apos;s code, e.g. ISF-AP-2026-01.</source>
        <translation>Код плана мероприятий, например ISF-AP-2026-01.</translation>
    </message>
    <message>
        <source>Lay the pages out landscape.</source>
        <translation>Расположить страницы горизонтально.</translation>
    </message>
    <message>
        <source>Give the plan with --plan CODE.</source>
        <translation>Укажите план мероприятий: --plan CODE.</translation>
    </message>
    <message>
        <source>There is no action plan with the code %1.</source>
        <translation>Плана мероприятий с кодом %1 нет.</translation>
    </message>
    <message>
        <source>The meeting&apos;s code, e.g. ISF-M-2026-03.</source>
        <translation>Код встречи, например ISF-M-2026-03.</translation>
    </message>
    <message>
        <source>Give the meeting with --meeting CODE.</source>
        <translation>Укажите встречу: --meeting CODE.</translation>
    </message>
    <message>
        <source>There is no meeting with the code %1.</source>
        <translation>Встречи с кодом %1 нет.</translation>
    </message>
    <message>
        <source>First day of the period, YYYY-MM-DD.</source>
        <translation>Первый день периода, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Last day of the period, YYYY-MM-DD.</source>
        <translation>Последний день периода, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Give the period with --from and --to as dates like 2026-01-31.</source>
        <translation>Укажите период в --from и --to датами вида 2026-01-31.</translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>Период не может заканчиваться раньше, чем начинается.</translation>
    </message>
    <message>
        <source>write concerns or activities to CSV</source>
        <translation>записать проблемы или мероприятия в CSV</translation>
    </message>
    <message>
        <source>read concerns from a CSV file</source>
        <translation>прочитать проблемы из файла CSV</translation>
    </message>
    <message>
        <source>write an action plan as a PDF</source>
        <translation>записать план мероприятий в PDF</translation>
    </message>
    <message>
        <source>write a meeting&apos;s minutes as a PDF</source>
        <translation>записать протокол встречи в PDF</translation>
    </message>
    <message>
        <source>write the period report as a PDF</source>
        <translation>записать отчёт за период в PDF</translation>
    </message>
    <message>
        <source>Write the changes of this laptop&apos;s teams into one exchange bundle (a .hkx file) for another laptop. The bundle is encrypted with the team network&apos;s exchange passphrase and signed by this laptop; its name says nothing of the team or district.</source>
        <translation>Записать изменения групп этого ноутбука в один пакет данных обмена (файл .hkx) для другого ноутбука. Пакет зашифрован парольной фразой обмена сети групп и подписан этим ноутбуком; его имя ничего не говорит о группе или районе.</translation>
    </message>
    <message>
        <source>The folder to write the bundle into (the USB stick).</source>
        <translation>Папка, в которую записать пакет (флешка).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Name the folder to write the bundle into with --output FOLDER.</source>
        <translation>Укажите папку для записи пакета данных: --output FOLDER.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>В %1 записано %Ln изменение.</numerusform>
            <numerusform>В %1 записано %Ln изменения.</numerusform>
            <numerusform>В %1 записано %Ln изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint: %1.</source>
        <translation>Отпечаток этого ноутбука: %1.</translation>
    </message>
    <message>
        <source>It is safe to remove the stick.</source>
        <translation>Флешку можно безопасно извлечь.</translation>
    </message>
    <message>
        <source>There is no bundle (*.hkx) in the folder %1.</source>
        <translation>В папке %1 нет пакетов данных (*.hkx).</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Файла или папки %1 нет.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменённые</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалённые</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Уже известные</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Не применённые</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Everything in this bundle was already here: nothing changed.</source>
        <translation>Всё из этого пакета данных здесь уже было: ничего не изменилось.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a choice: see &quot;hamkori-cli conflicts&quot;.</source>
        <translation>
            <numerusform>%Ln конфликт ждёт выбора: см. «hamkori-cli conflicts».</numerusform>
            <numerusform>%Ln конфликта ждут выбора: см. «hamkori-cli conflicts».</numerusform>
            <numerusform>%Ln конфликтов ждут выбора: см. «hamkori-cli conflicts».</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Пакет данных %1</translation>
    </message>
    <message>
        <source>From device %1, fingerprint %2, written %3.</source>
        <translation>С устройства %1, отпечаток %2, записан %3.</translation>
    </message>
    <message>
        <source>This laptop has never received a bundle from device %1 (fingerprint %2). Its changes were not applied. Ask the sender for the fingerprint their laptop shows (hamkori-cli devices), and when it is the same, import again with --trust-new-devices.</source>
        <translation>Этот ноутбук ещё не получал пакетов данных от устройства %1 (отпечаток %2). Его изменения не применены. Спросите у отправителя отпечаток, который показывает его ноутбук (hamkori-cli devices), и если он совпадает, повторите импорт с --trust-new-devices.</translation>
    </message>
    <message>
        <source>A new device: it will be trusted from now on.</source>
        <translation>Новое устройство: теперь оно считается доверенным.</translation>
    </message>
    <message>
        <source>Sender&apos;s name: %1.</source>
        <translation>Имя отправителя: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received, %1 new here.</source>
        <translation>
            <numerusform>Получено %Ln изменение, новых здесь: %1.</numerusform>
            <numerusform>Получено %Ln изменения, новых здесь: %1.</numerusform>
            <numerusform>Получено %Ln изменений, новых здесь: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply exchange bundles from other laptops: each file given, or every bundle (*.hkx) in a folder, oldest first. Changes already here are skipped, so importing a bundle twice is harmless. A damaged bundle changes nothing and the others still import. A laptop never seen before is shown with its fingerprint and its changes are applied only with --trust-new-devices.</source>
        <translation>Применить пакеты данных обмена с других ноутбуков: каждый указанный файл или все пакеты (*.hkx) в папке, начиная с самых старых. Изменения, которые здесь уже есть, пропускаются, поэтому повторный импорт пакета безвреден. Повреждённый пакет ничего не меняет, а остальные импортируются. Ноутбук, которого здесь ещё не видели, показывается с отпечатком, и его изменения применяются только с --trust-new-devices.</translation>
    </message>
    <message>
        <source>Bundle files or folders of bundles.</source>
        <translation>Файлы пакетов или папки с пакетами.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>ПУТЬ...</translation>
    </message>
    <message>
        <source>Show what the import would do, but save nothing.</source>
        <translation>Показать, что сделал бы импорт, но ничего не сохранять.</translation>
    </message>
    <message>
        <source>Print the merge reports as JSON (for other programs).</source>
        <translation>Вывести отчёты об импорте в формате JSON (для других программ).</translation>
    </message>
    <message>
        <source>Apply the changes of laptops never seen before and trust them from now on. Compare their fingerprints with the senders first.</source>
        <translation>Применить изменения ноутбуков, которых здесь ещё не видели, и доверять им в дальнейшем. Сначала сверьте их отпечатки с отправителями.</translation>
    </message>
    <message>
        <source>Name the bundle files or folders to import.</source>
        <translation>Укажите файлы пакетов или папки для импорта.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n bundle(s).</source>
        <translation>
            <numerusform>Импортировано %1 из %Ln пакета данных.</numerusform>
            <numerusform>Импортировано %1 из %Ln пакетов данных.</numerusform>
            <numerusform>Импортировано %1 из %Ln пакетов данных.</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(оставлено)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>List the conflict inbox: fields that two laptops changed differently since they last exchanged, and records edited on one laptop while deleted on another. The value marked * is shown until someone chooses in the Exchange page.</source>
        <translation>Показать список конфликтов: поля, которые два ноутбука изменили по-разному после последнего обмена, и записи, изменённые на одном ноутбуке и удалённые на другом. Значение, отмеченное *, показывается, пока кто-нибудь не сделает выбор на странице «Обмен».</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Вывести список в формате JSON.</translation>
    </message>
    <message>
        <source>No conflicts wait for a choice.</source>
        <translation>Нет конфликтов, ожидающих выбора.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a choice.</source>
        <translation>
            <numerusform>%Ln конфликт ждёт выбора.</numerusform>
            <numerusform>%Ln конфликта ждут выбора.</numerusform>
            <numerusform>%Ln конфликтов ждут выбора.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, edited on one laptop and deleted on another</source>
        <translation>%1: %2, изменено на одном ноутбуке и удалено на другом</translation>
    </message>
    <message>
        <source>%1: %2, field «%3»</source>
        <translation>%1: %2, поле «%3»</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>field «%1», %2</source>
        <translation>поле «%1», %2</translation>
    </message>
    <message>
        <source>List the laptops this one has received bundles from: name, fingerprint, when their last bundle was written and how many changes of each laptop they held then. Also shows this laptop&apos;s own fingerprint, for the others to compare.</source>
        <translation>Показать ноутбуки, от которых этот ноутбук получал пакеты данных: имя, отпечаток, когда был записан их последний пакет и сколько изменений каждого ноутбука в них тогда было. Также показывает отпечаток этого ноутбука, чтобы другие могли его сверить.</translation>
    </message>
    <message>
        <source>This laptop: device %1, fingerprint %2.</source>
        <translation>Этот ноутбук: устройство %1, отпечаток %2.</translation>
    </message>
    <message>
        <source>No bundle from another laptop has been imported yet.</source>
        <translation>Пакеты данных с других ноутбуков ещё не импортировались.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Устройство: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Отпечаток: %1</translation>
    </message>
    <message>
        <source>Last bundle written: %1</source>
        <translation>Последний пакет записан: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Knew then (changes of each laptop): %1</source>
        <translation>Тогда знал (изменения каждого ноутбука): %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>Read the team network&apos;s exchange passphrase from &lt;file&gt; (otherwise from the HAMKORI_PASSPHRASE environment variable).</source>
        <translation>Прочитать парольную фразу обмена сети групп из файла &lt;файл&gt; (иначе — из переменной окружения HAMKORI_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать файл парольной фразы %1: %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Файл парольной фразы %1 пуст.</translation>
    </message>
    <message>
        <source>The exchange passphrase is needed. Write it in a file and give --passphrase-file FILE, or set the environment variable HAMKORI_PASSPHRASE. It is never taken from the command line itself.</source>
        <translation>Нужна парольная фраза обмена. Запишите её в файл и укажите --passphrase-file FILE или задайте переменную окружения HAMKORI_PASSPHRASE. Из самой командной строки она никогда не берётся.</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>этот ноутбук</translation>
    </message>
    <message>
        <source>write an exchange bundle for other laptops</source>
        <translation>записать пакет данных обмена для других ноутбуков</translation>
    </message>
    <message>
        <source>apply exchange bundles from other laptops</source>
        <translation>применить пакеты данных обмена с других ноутбуков</translation>
    </message>
    <message>
        <source>list the conflict inbox</source>
        <translation>показать список конфликтов</translation>
    </message>
    <message>
        <source>list the laptops bundles came from</source>
        <translation>показать ноутбуки, от которых пришли пакеты</translation>
    </message>
    <message>
        <source>No data file at %1. Create one with &quot;hamkori-cli init&quot; (or &quot;demo&quot;), or name the right file with --database PATH.</source>
        <translation>По пути %1 нет файла данных. Создайте его командой «hamkori-cli init» (или «demo») либо укажите нужный файл: --database PATH.</translation>
    </message>
    <message>
        <source>teams %1, concerns %2, action plans %3</source>
        <translation>групп: %1, проблем: %2, планов мероприятий: %3</translation>
    </message>
    <message>
        <source>Make a verified backup of the data file now, among the automatic ones in the user&apos;s data folder; or, with --output, an encrypted copy on a stick.</source>
        <translation>Создать проверенную резервную копию файла данных сейчас, вместе с автоматическими, в папке данных пользователя; или, с --output, зашифрованную копию на флешке.</translation>
    </message>
    <message>
        <source>Write an encrypted copy (locked with the exchange passphrase) into &lt;folder&gt;, a stick for example.</source>
        <translation>Записать зашифрованную копию (её шифрует парольная фраза обмена) в &lt;папка&gt;, например на флешку.</translation>
    </message>
    <message>
        <source>&quot;backup&quot; takes no arguments.</source>
        <translation>Команда «backup» не принимает аргументов.</translation>
    </message>
    <message>
        <source>Written and checked: %1. The copy is locked with the exchange passphrase; it is safe to remove the stick.</source>
        <translation>Записано и проверено: %1. Копия зашифрована парольной фразой обмена; флешку можно безопасно извлечь.</translation>
    </message>
    <message>
        <source>Backup made and checked: %1 (%2; %3).</source>
        <translation>Резервная копия создана и проверена: %1 (%2; %3).</translation>
    </message>
    <message>
        <source>List the backups of the data file, newest first.</source>
        <translation>Показать резервные копии файла данных, начиная с самых новых.</translation>
    </message>
    <message>
        <source>Print the list as JSON (for other programs).</source>
        <translation>Вывести список в формате JSON (для других программ).</translation>
    </message>
    <message>
        <source>&quot;backups&quot; takes no arguments.</source>
        <translation>Команда «backups» не принимает аргументов.</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>Резервные копии в %1:</translation>
    </message>
    <message>
        <source>None yet. Make one with &quot;hamkori-cli backup&quot;.</source>
        <translation>Резервных копий пока нет. Создайте копию командой «hamkori-cli backup».</translation>
    </message>
    <message>
        <source>Put a backup (or an encrypted copy from a stick) in place of the data file. The data file as it is now is kept as a backup first. Close the window before you run it.</source>
        <translation>Восстановить файл данных из резервной копии (или из зашифрованной копии с флешки). Сначала файл данных в его нынешнем виде сохраняется как резервная копия. Перед запуском закройте окно Hamkori.</translation>
    </message>
    <message>
        <source>The backup or copy to restore.</source>
        <translation>Резервная или зашифрованная копия для восстановления.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Name the one backup file to restore.</source>
        <translation>Укажите один файл резервной копии для восстановления.</translation>
    </message>
    <message>
        <source>Now: %1. The backup: %2.</source>
        <translation>Сейчас: %1. В резервной копии: %2.</translation>
    </message>
    <message>
        <source>Restored %1 from the backup.</source>
        <translation>Файл данных %1 восстановлен из резервной копии.</translation>
    </message>
    <message>
        <source>The data file as it was is kept as a backup: %1</source>
        <translation>Прежний файл данных сохранён как резервная копия: %1</translation>
    </message>
    <message>
        <source>It will write under a new identity from its next change, so that exchanges stay safe. Import the latest bundles from the other laptops to get back what was made since that backup.</source>
        <translation>Начиная со следующего изменения файл будет записывать изменения под новым идентификатором, чтобы обмен оставался безопасным. Импортируйте последние пакеты данных с других ноутбуков, чтобы вернуть то, что было сделано после создания этой резервной копии.</translation>
    </message>
    <message>
        <source>List the changes that imports set aside, by reason, and try them again with --retry (after the missing records have arrived, for example).</source>
        <translation>Показать изменения, отложенные при импорте, по причинам и с --retry применить их повторно (например, после того как пришли недостающие записи).</translation>
    </message>
    <message>
        <source>Apply again every change set aside; those that apply now leave the list.</source>
        <translation>Повторно применить все отложенные изменения; те, что применятся сейчас, уйдут из списка.</translation>
    </message>
    <message>
        <source>&quot;quarantine&quot; takes no arguments.</source>
        <translation>Команда «quarantine» не принимает аргументов.</translation>
    </message>
    <message numerus="yes">
        <source>Tried again: %n change(s) applied now.</source>
        <translation>
            <numerusform>Повторная попытка: применено %Ln изменение.</numerusform>
            <numerusform>Повторная попытка: применено %Ln изменения.</numerusform>
            <numerusform>Повторная попытка: применено %Ln изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change is set aside.</source>
        <translation>Отложенных изменений нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) set aside:</source>
        <translation>
            <numerusform>%Ln отложенное изменение:</numerusform>
            <numerusform>%Ln отложенных изменения:</numerusform>
            <numerusform>%Ln отложенных изменений:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1</source>
        <translation>
            <numerusform>%Ln изменение: %1</numerusform>
            <numerusform>%Ln изменения: %1</numerusform>
            <numerusform>%Ln изменений: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>от %1</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n change(s). %1</source>
        <translation>
            <numerusform>Не применено: %Ln изменение. %1</numerusform>
            <numerusform>Не применено: %Ln изменения. %1</numerusform>
            <numerusform>Не применено: %Ln изменений. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (all of them: hamkori-cli quarantine)</source>
        <translation>
            <numerusform>и ещё %Ln изменение (полный список: «hamkori-cli quarantine»)</numerusform>
            <numerusform>и ещё %Ln изменения (полный список: «hamkori-cli quarantine»)</numerusform>
            <numerusform>и ещё %Ln изменений (полный список: «hamkori-cli quarantine»)</numerusform>
        </translation>
    </message>
    <message>
        <source>make a verified backup, or an encrypted copy</source>
        <translation>создать проверенную резервную копию или зашифрованную копию</translation>
    </message>
    <message>
        <source>list the backups of the data file</source>
        <translation>показать резервные копии файла данных</translation>
    </message>
    <message>
        <source>put a backup in place of the data file</source>
        <translation>восстановить файл данных из резервной копии</translation>
    </message>
    <message>
        <source>list the changes imports set aside, and try them again</source>
        <translation>показать изменения, отложенные при импорте, и применить их повторно</translation>
    </message>
    <message>
        <source>%1, date unknown (that laptop&apos;s clock is ahead)</source>
        <translation>%1, дата неизвестна (часы того ноутбука спешат)</translation>
    </message>
    <message>
        <source>To choose: hamkori-cli resolve %1 %2 --choose N</source>
        <translation>Чтобы выбрать: hamkori-cli resolve %1 %2 --choose N</translation>
    </message>
    <message>
        <source>keep it deleted</source>
        <translation>оставить удалённой</translation>
    </message>
    <message>
        <source>bring it back, with the edits</source>
        <translation>вернуть вместе с правками</translation>
    </message>
    <message>
        <source>Settle a conflict of the inbox: RECORD is the record&apos;s id (its first eight characters are enough, as &quot;conflicts&quot; prints them), FIELD the field, and --choose N the value numbered N in the list of &quot;conflicts&quot;. The choice travels to the other laptops with the next bundle.</source>
        <translation>Решает конфликт из списка конфликтов: RECORD — идентификатор записи (достаточно первых восьми знаков, как их печатает «conflicts»), FIELD — поле, --choose N — значение под номером N в списке «conflicts». Выбор дойдёт до других ноутбуков со следующим пакетом данных.</translation>
    </message>
    <message>
        <source>The number of the chosen value.</source>
        <translation>Номер выбранного значения.</translation>
    </message>
    <message>
        <source>The record&apos;s id.</source>
        <translation>Идентификатор записи.</translation>
    </message>
    <message>
        <source>The field in conflict.</source>
        <translation>Поле, в котором конфликт.</translation>
    </message>
    <message>
        <source>Name the record and the field: hamkori-cli resolve RECORD FIELD --choose N (&quot;hamkori-cli conflicts&quot; lists them).</source>
        <translation>Укажите запись и поле: hamkori-cli resolve RECORD FIELD --choose N (их перечисляет «hamkori-cli conflicts»).</translation>
    </message>
    <message>
        <source>Say which value to keep with --choose N, N as numbered by &quot;hamkori-cli conflicts&quot;.</source>
        <translation>Укажите, какое значение оставить, через --choose N, где N — номер из «hamkori-cli conflicts».</translation>
    </message>
    <message>
        <source>No conflict waits on the field «%1» of the record %2. &quot;hamkori-cli conflicts&quot; lists those that wait.</source>
        <translation>В поле «%1» записи %2 нет конфликта, ожидающего выбора. Ожидающие конфликты перечисляет «hamkori-cli conflicts».</translation>
    </message>
    <message>
        <source>Several records begin with %1: give more of the id.</source>
        <translation>С %1 начинаются несколько записей: укажите идентификатор полнее.</translation>
    </message>
    <message>
        <source>Choose a number from 1 to %1.</source>
        <translation>Выберите номер от 1 до %1.</translation>
    </message>
    <message>
        <source>Resolved: %1, field «%2» keeps %3.</source>
        <translation>Решено: %1, поле «%2» сохраняет %3.</translation>
    </message>
    <message>
        <source>settle a conflict of the inbox</source>
        <translation>решить конфликт из списка конфликтов</translation>
    </message>
    <message>
        <source>No laptop named %1 has sent a bundle here, so what it lacks is not known. &quot;hamkori-cli devices&quot; lists the laptops known here; without --for the bundle carries everything.</source>
        <translation>Ни один ноутбук с именем %1 не присылал сюда пакет данных, поэтому неизвестно, чего ему не хватает. &quot;hamkori-cli devices&quot; показывает известные здесь ноутбуки; без --for пакет данных несёт всё.</translation>
    </message>
    <message>
        <source>Several laptops match %1 (%2): give the device id.</source>
        <translation>Под %1 подходят несколько ноутбуков (%2): укажите идентификатор устройства.</translation>
    </message>
    <message>
        <source>Only what this laptop lacks (its device id, fingerprint or name, as &quot;devices&quot; lists it), judged by the last bundle it sent here. Default: everything, for any laptop.</source>
        <translation>Только то, чего не хватает этому ноутбуку (его идентификатор устройства, отпечаток или имя, как их показывает &quot;devices&quot;), по последнему пакету данных, который он сюда прислал. По умолчанию: всё, для любого ноутбука.</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>ноутбук</translation>
    </message>
    <message>
        <source>When the team network changed its exchange passphrase: a file holding the earlier one, which this data file&apos;s signing key was locked with. The key is then locked with the current passphrase.</source>
        <translation>Когда сеть групп сменила парольную фразу обмена: файл с прежней фразой, которой зашифрован ключ подписи этого файла данных. После этого ключ зашифровывается текущей парольной фразой.</translation>
    </message>
    <message>
        <source>No concern has the code %1 and no record has that id. Give a concern&apos;s code (as the register shows it) or a record&apos;s full id.</source>
        <translation>Ни у одной проблемы нет кода %1, и ни у одной записи нет такого идентификатора. Укажите код проблемы (как его показывает реестр) или полный идентификатор записи.</translation>
    </message>
    <message>
        <source>Erase the earlier values of a field from this laptop&apos;s history (a name typed by mistake and then removed): RECORD is a concern&apos;s code or a record&apos;s id, FIELD the field. The value shown now stays. The other laptops erase them too when they receive the next bundle.</source>
        <translation>Стереть прежние значения поля из истории этого ноутбука (имя, введённое по ошибке и затем удалённое): RECORD — код проблемы или идентификатор записи, FIELD — поле. Значение, показанное сейчас, остаётся. Другие ноутбуки тоже сотрут их, когда получат следующий пакет данных.</translation>
    </message>
    <message>
        <source>The concern&apos;s code or the record&apos;s id.</source>
        <translation>Код проблемы или идентификатор записи.</translation>
    </message>
    <message>
        <source>The field.</source>
        <translation>Поле.</translation>
    </message>
    <message>
        <source>Name the record and the field: hamkori-cli erase-history RECORD FIELD.</source>
        <translation>Назовите запись и поле: hamkori-cli erase-history RECORD FIELD.</translation>
    </message>
    <message>
        <source>The field %1 cannot be erased. Fields that can: %2.</source>
        <translation>Поле %1 стереть нельзя. Поля, которые можно: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n earlier value(s) of «%1» from this laptop&apos;s history. The other laptops erase them when they receive the next bundle.</source>
        <translation>
            <numerusform>Стёрто %Ln прежнее значение «%1» из истории этого ноутбука. Другие ноутбуки сотрут его, когда получат следующий пакет данных.</numerusform>
            <numerusform>Стёрто %Ln прежних значения «%1» из истории этого ноутбука. Другие ноутбуки сотрут их, когда получат следующий пакет данных.</numerusform>
            <numerusform>Стёрто %Ln прежних значений «%1» из истории этого ноутбука. Другие ноутбуки сотрут их, когда получат следующий пакет данных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier value(s) erased from history, as another laptop asked.</source>
        <translation>
            <numerusform>%Ln прежнее значение стёрто из истории по просьбе другого ноутбука.</numerusform>
            <numerusform>%Ln прежних значения стёрто из истории по просьбе другого ноутбука.</numerusform>
            <numerusform>%Ln прежних значений стёрто из истории по просьбе другого ноутбука.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n change(s). %1</source>
        <translation>
            <numerusform>Отклонено: %Ln изменение. %1</numerusform>
            <numerusform>Отклонено: %Ln изменения. %1</numerusform>
            <numerusform>Отклонено: %Ln изменений. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>erase the earlier values of a field from every laptop&apos;s history</source>
        <translation>стереть прежние значения поля из истории всех ноутбуков</translation>
    </message>
    <message>
        <source>Only this team (its code, or its name or id when two teams share the code). Concerns: every team when left out.</source>
        <translation>Только эта группа (её код, а если код у двух групп общий — её имя или идентификатор). Проблемы: все группы, если не указано.</translation>
    </message>
    <message>
        <source>team</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>The team the concerns belong to (its code, or its name or id when two teams share the code); needed when the data file has several teams.</source>
        <translation>Группа, к которой относятся проблемы (её код, а если код у двух групп общий — её имя или идентификатор); нужна, если в файле данных несколько групп.</translation>
    </message>
    <message>
        <source>What to do with a row whose code belongs to a deleted concern of the team: skip (the default) leaves the row out; restore brings the concern back with the row&apos;s values.</source>
        <translation>Что делать со строкой, код которой принадлежит удалённой проблеме группы: skip (по умолчанию) пропускает строку; restore восстанавливает проблему со значениями строки.</translation>
    </message>
    <message>
        <source>skip|restore</source>
        <translation>skip|restore</translation>
    </message>
    <message>
        <source>--deleted must be skip or restore.</source>
        <translation>--deleted должен быть skip или restore.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>It is restored (--deleted restore).</source>
        <translation>Она восстанавливается (--deleted restore).</translation>
    </message>
    <message>
        <source>The row is skipped; --deleted restore brings the concern back.</source>
        <translation>Строка пропущена; --deleted restore восстановит проблему.</translation>
    </message>
    <message>
        <source>Rows matching a deleted concern: %1 (restored: %2, skipped: %3).</source>
        <translation>Строк, совпадающих с удалённой проблемой: %1 (восстановлено: %2, пропущено: %3).</translation>
    </message>
    <message>
        <source>The team&apos;s code (or its name or id when two teams share the code); all teams when left out.</source>
        <translation>Код группы (а если код у двух групп общий — её имя или идентификатор); все группы, если не указано.</translation>
    </message>
    <message>
        <source>Only this team (its code, or its name or id when two teams share the code); repeat for several teams. Default: every team on this laptop.</source>
        <translation>Только эта группа (её код, а если код у двух групп общий — её имя или идентификатор); повторите для нескольких групп. По умолчанию: все группы на этом ноутбуке.</translation>
    </message>
    <message>
        <source>Write the document to &lt;file&gt;.</source>
        <translation>Записать документ в &lt;file&gt;.</translation>
    </message>
    <message>
        <source>pdf (to print and sign, the default) or odt (to edit in LibreOffice or Word).</source>
        <translation>pdf (для печати и подписи, по умолчанию) или odt (для правки в LibreOffice или Word).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>Set the PDF in the formal style: serif, 12 pt, margins of at least 20 mm.</source>
        <translation>Оформить PDF в официальном стиле: шрифт с засечками, 12 pt, поля не менее 20 мм.</translation>
    </message>
    <message>
        <source>Keep free texts that mention a restricted concern left out of the document (they are left out unless this is given).</source>
        <translation>Оставить тексты, упоминающие проблему ограниченного доступа, не вошедшую в документ (без этого параметра они исключаются).</translation>
    </message>
    <message>
        <source>Give the file name with --output FILE.</source>
        <translation>Укажите имя файла: --output FILE.</translation>
    </message>
    <message>
        <source>--format takes pdf or odt, not &quot;%1&quot;.</source>
        <translation>--format принимает pdf или odt, а не «%1».</translation>
    </message>
    <message>
        <source>These passages mention a restricted concern and were left out (give --keep-mentions to keep them):</source>
        <translation>Эти фрагменты упоминают проблему ограниченного доступа и были исключены (чтобы оставить их, укажите --keep-mentions):</translation>
    </message>
    <message>
        <source>These passages mention a restricted concern and were kept:</source>
        <translation>Эти фрагменты упоминают проблему ограниченного доступа и были оставлены:</translation>
    </message>
    <message>
        <source>Written: %1.</source>
        <translation>Записано: %1.</translation>
    </message>
    <message>
        <source>Write an action plan as a PDF for the Hukumat to sign (or an ODT to edit), in the language of --lang.</source>
        <translation>Записать план мероприятий в PDF для подписи в Хукумате (или в ODT для правки) на языке --lang.</translation>
    </message>
    <message>
        <source>Include restricted concerns; every page is then marked for official use only.</source>
        <translation>Включить проблемы ограниченного доступа; тогда каждая страница помечается «Для служебного пользования».</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s minutes as a PDF (or an ODT to edit), in the language of --lang.</source>
        <translation>Записать протокол встречи в PDF (или в ODT для правки) на языке --lang.</translation>
    </message>
    <message>
        <source>Write the period report (totals only) for one team or all teams as a PDF (or an ODT to edit), in the language of --lang.</source>
        <translation>Записать отчёт за период (только итоги) по одной или всем группам в PDF (или в ODT для правки) на языке --lang.</translation>
    </message>
    <message>
        <source>Count restricted concerns too; every page is then marked for official use only.</source>
        <translation>Учитывать и проблемы ограниченного доступа; тогда каждая страница помечается «Для служебного пользования».</translation>
    </message>
    <message>
        <source>The organisation that prepared the report.</source>
        <translation>Организация, подготовившая отчёт.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>A UTF-8 text file whose paragraphs open the report.</source>
        <translation>Текстовый файл UTF-8, абзацы которого открывают отчёт.</translation>
    </message>
    <message>
        <source>Cannot read the summary file %1: %2</source>
        <translation>Не удалось прочитать файл резюме %1: %2</translation>
    </message>
    <message>
        <source>Activities: every plan of every team, with the team and its district in the first columns.</source>
        <translation>Мероприятия: все планы мероприятий всех групп, группа и её район в первых столбцах.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) in the directory</source>
        <translation>
            <numerusform>%Ln организация в справочнике</numerusform>
            <numerusform>%Ln организации в справочнике</numerusform>
            <numerusform>%Ln организаций в справочнике</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n community policing centre(s)</source>
        <translation>
            <numerusform>%Ln центр взаимодействия милиции с общественностью</numerusform>
            <numerusform>%Ln центра взаимодействия милиции с общественностью</numerusform>
            <numerusform>%Ln центров взаимодействия милиции с общественностью</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) and recommendation(s)</source>
        <translation>
            <numerusform>запросов и рекомендаций: %Ln</numerusform>
            <numerusform>запросов и рекомендаций: %Ln</numerusform>
            <numerusform>запросов и рекомендаций: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%Ln направление</numerusform>
            <numerusform>%Ln направления</numerusform>
            <numerusform>%Ln направлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the directory of organisations to a CSV file (UTF-8 with a BOM), one row per organisation. Contact details are left out unless --contacts is given.</source>
        <translation>Записывает справочник организаций в файл CSV (UTF-8 с BOM), по строке на организацию. Контактные данные не включаются без --contacts.</translation>
    </message>
    <message>
        <source>Include the contact person, phone and e-mail (personal data: keep such a file safe).</source>
        <translation>Включить контактное лицо, телефон и эл. почту (персональные данные: храните такой файл бережно).</translation>
    </message>
    <message>
        <source>Name the file to write with --csv FILE.csv.</source>
        <translation>Укажите файл для записи: --csv FILE.csv.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n organisation(s) to %1.</source>
        <translation>
            <numerusform>%Ln организация записана в %1.</numerusform>
            <numerusform>%Ln организации записаны в %1.</numerusform>
            <numerusform>%Ln организаций записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact details were left out; add --contacts to export them.</source>
        <translation>Контактные данные не включены; чтобы экспортировать их, добавьте --contacts.</translation>
    </message>
    <message>
        <source>Read organisations from a CSV file into the directory. Columns are matched by their names in Tajik, Russian or English (or as --map says). A row whose organisation is already in the directory updates it; importing the same file again creates nothing new. Nothing is saved while rows have errors, unless --skip-bad-rows is given.</source>
        <translation>Читает организации из файла CSV в справочник. Столбцы сопоставляются по названиям на таджикском, русском или английском (или как указано в --map). Строка, организация которой уже есть в справочнике, обновляет её; повторный импорт того же файла ничего нового не создаёт. Пока в строках есть ошибки, ничего не сохраняется, если не указан --skip-bad-rows.</translation>
    </message>
    <message>
        <source>Take the column named COLUMN for FIELD (name, short_name, kind, address, contact_person, phone, email, districts, expertise, services, member_since, international_experience, notes; nothing after &quot;=&quot;: the column is not imported). May be repeated.</source>
        <translation>Взять столбец COLUMN для поля FIELD (name, short_name, kind, address, contact_person, phone, email, districts, expertise, services, member_since, international_experience, notes; если после «=» ничего нет, столбец не импортируется). Можно повторять.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <translation>COLUMN=FIELD</translation>
    </message>
    <message>
        <source>Add the fields of expertise the list lacks to it, instead of reporting their rows.</source>
        <translation>Добавить в список недостающие области экспертизы, вместо того чтобы сообщать об их строках.</translation>
    </message>
    <message>
        <source>Name the file to read with --csv FILE.csv.</source>
        <translation>Укажите файл для чтения: --csv FILE.csv.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;; its columns are: %2.</source>
        <translation>В файле нет столбца «%1»; его столбцы: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of an organisation.</source>
        <translation>«%1» — не поле организации.</translation>
    </message>
    <message>
        <source>Fields of expertise added to the list: %1.</source>
        <translation>В список добавлены области экспертизы: %1.</translation>
    </message>
    <message>
        <source>Write the mapping matrix of organisations, by district, as a PDF in the language of --lang. Contact details are left out unless --contacts is given.</source>
        <translation>Записывает матрицу картирования организаций по районам как PDF на языке --lang. Контактные данные не включаются без --contacts.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Файл PDF для записи.</translation>
    </message>
    <message>
        <source>Only the organisations active in this district or city (any of its names).</source>
        <translation>Только организации, работающие в этом районе или городе (любое его название).</translation>
    </message>
    <message>
        <source>Only the organisations with this field of expertise (its name in any language).</source>
        <translation>Только организации с этой областью экспертизы (её название на любом языке).</translation>
    </message>
    <message>
        <source>Print the contact person, phone and e-mail (personal data).</source>
        <translation>Печатать контактное лицо, телефон и эл. почту (персональные данные).</translation>
    </message>
    <message>
        <source>Name the file to write with --pdf FILE.pdf.</source>
        <translation>Укажите файл для записи: --pdf FILE.pdf.</translation>
    </message>
    <message>
        <source>Unknown field of expertise. Use one of: %1.</source>
        <translation>Неизвестная область экспертизы. Используйте одну из: %1.</translation>
    </message>
    <message>
        <source>The directory has no action &quot;%1&quot;.</source>
        <translation>У справочника нет действия «%1».</translation>
    </message>
    <message>
        <source>Usage: hamkori-cli directory export --csv FILE [--contacts]
       hamkori-cli directory import --csv FILE [--map COLUMN=FIELD] [--add-expertise] [--dry-run] [--skip-bad-rows]
       hamkori-cli [--lang tg|ru|en] directory matrix --pdf FILE [--district NAME] [--expertise NAME] [--contacts]</source>
        <translation>Использование: hamkori-cli directory export --csv FILE [--contacts]
       hamkori-cli directory import --csv FILE [--map COLUMN=FIELD] [--add-expertise] [--dry-run] [--skip-bad-rows]
       hamkori-cli [--lang tg|ru|en] directory matrix --pdf FILE [--district NAME] [--expertise NAME] [--contacts]</translation>
    </message>
    <message>
        <source>the directory of organisations: export, import (CSV), matrix (PDF)</source>
        <translation>справочник организаций: экспорт, импорт (CSV), матрица (PDF)</translation>
    </message>
    <message>
        <source>The team&apos;s code (or its name or id when two teams share the code); %1.</source>
        <translation>Код группы (или её название либо id, если у двух групп один код); %1.</translation>
    </message>
    <message>
        <source>List the community policing centres with their reception days and visitors of a period.</source>
        <translation>Вывести центры взаимодействия милиции с общественностью с приёмными днями и посетителями за период.</translation>
    </message>
    <message>
        <source>every centre when left out</source>
        <translation>если не указан — все центры</translation>
    </message>
    <message>
        <source>The year counted (this year when left out).</source>
        <translation>Год, за который считать (если не указан — текущий).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>Give the year as four digits, for example 2026.</source>
        <translation>Укажите год четырьмя цифрами, например 2026.</translation>
    </message>
    <message>
        <source>No community policing centre is recorded.</source>
        <translation>Ни один центр взаимодействия милиции с общественностью не записан.</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>Приёмные дни</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Needing repair</source>
        <translation>Требуют ремонта</translation>
    </message>
    <message>
        <source>List the requests and recommendations made to bodies, newest first.</source>
        <translation>Вывести запросы и рекомендации органам, сначала новые.</translation>
    </message>
    <message>
        <source>every team when left out</source>
        <translation>если не указана — все группы</translation>
    </message>
    <message>
        <source>Only those past their due date and not yet done.</source>
        <translation>Только просроченные и ещё не выполненные.</translation>
    </message>
    <message>
        <source>The day overdue is counted from, as dd.mm.yyyy (today when left out).</source>
        <translation>День, от которого считается просрочка, в виде дд.мм.гггг (если не указан — сегодня).</translation>
    </message>
    <message>
        <source>No request or recommendation is overdue.</source>
        <translation>Просроченных запросов и рекомендаций нет.</translation>
    </message>
    <message>
        <source>No request or recommendation is recorded.</source>
        <translation>Ни одного запроса или рекомендации не записано.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Что запрошено</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, просрочено</translation>
    </message>
    <message>
        <source>list the community policing centres and their use</source>
        <translation>вывести центры взаимодействия милиции с общественностью и их работу</translation>
    </message>
    <message>
        <source>list the requests and recommendations, or the overdue ones</source>
        <translation>вывести запросы и рекомендации или только просроченные</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%Ln кампания</numerusform>
            <numerusform>%Ln кампании</numerusform>
            <numerusform>%Ln кампаний</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s code (or its name or id when two teams share the code); every team when left out.</source>
        <translation>Код группы (или её название или id, если у двух групп один код); если не указан — все группы.</translation>
    </message>
    <message>
        <source>Only those that run on or after this day, dd.mm.yyyy.</source>
        <translation>Только те, что проходят в этот день или позже, в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>Only those that run on or before this day, dd.mm.yyyy.</source>
        <translation>Только те, что проходят в этот день или раньше, в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>In the CSV file: comma or semicolon (default: semicolon for tg and ru, which Excel expects in those languages; comma for en).</source>
        <translation>В файле CSV: comma (запятая) или semicolon (точка с запятой) (по умолчанию: точка с запятой для tg и ru, как ожидает Excel на этих языках; запятая для en).</translation>
    </message>
    <message>
        <source>Write them to a CSV file (UTF-8 with a BOM) instead of listing them.</source>
        <translation>Записать их в файл CSV (UTF-8 с BOM) вместо вывода списка.</translation>
    </message>
    <message>
        <source>Name the CSV file to write: export FILE.csv.</source>
        <translation>Укажите файл CSV для записи: export FILE.csv.</translation>
    </message>
    <message>
        <source>Give the period with both --from and --to.</source>
        <translation>Укажите период обоими параметрами: --from и --to.</translation>
    </message>
    <message>
        <source>The event&apos;s code, e.g. ISF-E-2026-03.</source>
        <translation>Код события, например ISF-E-2026-03.</translation>
    </message>
    <message>
        <source>Give the event&apos;s code and the PDF file to write.</source>
        <translation>Укажите код события и файл PDF для записи.</translation>
    </message>
    <message>
        <source>List the events (trainings, round tables, visits…), newest first, or write them to a CSV file with &quot;export FILE.csv&quot;: one row per event with its figures, never a participant&apos;s name.</source>
        <translation>Вывести события (обучения, круглые столы, визиты…), начиная с самых новых, или записать их в файл CSV командой «export FILE.csv»: по строке на событие с его цифрами, никогда — имена участников.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>%Ln событие записано в %1.</numerusform>
            <numerusform>%Ln события записаны в %1.</numerusform>
            <numerusform>%Ln событий записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No event is recorded.</source>
        <translation>Ни одно событие не записано.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>List the awareness campaigns, newest first, or write them to a CSV file with &quot;export FILE.csv&quot;.</source>
        <translation>Вывести информационные кампании, начиная с самых новых, или записать их в файл CSV командой «export FILE.csv».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n campaign(s) to %1.</source>
        <translation>
            <numerusform>%Ln кампания записана в %1.</numerusform>
            <numerusform>%Ln кампании записаны в %1.</numerusform>
            <numerusform>%Ln кампаний записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaign is recorded.</source>
        <translation>Ни одна кампания не записана.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Reached directly</source>
        <translation>Охвачено напрямую</translation>
    </message>
    <message>
        <source>Reached indirectly</source>
        <translation>Охвачено косвенно</translation>
    </message>
    <message>
        <source>Write an event&apos;s attendance sheet as a PDF to print before it: the people on its list, then empty numbered rows, in the language of --lang.</source>
        <translation>Записать лист регистрации участников события в PDF, чтобы распечатать его заранее: люди из списка, затем пустые пронумерованные строки, на языке --lang.</translation>
    </message>
    <message>
        <source>How many empty numbered rows follow the names (10 when left out).</source>
        <translation>Сколько пустых пронумерованных строк идёт после имён (если не указано — 10).</translation>
    </message>
    <message>
        <source>Give the number of empty rows as a whole number from 0 to %1.</source>
        <translation>Укажите число пустых строк целым числом от 0 до %1.</translation>
    </message>
    <message>
        <source>Write a certificate for everyone named on an event&apos;s list of participants, one page each, as one PDF in the language of --lang.</source>
        <translation>Записать сертификат каждому, кто назван по имени в списке участников события, по странице на человека, одним PDF на языке --lang.</translation>
    </message>
    <message>
        <source>An official who signs beside the trainers.</source>
        <translation>Должностное лицо, которое подписывает рядом с тренерами.</translation>
    </message>
    <message>
        <source>The official&apos;s post.</source>
        <translation>Должность этого лица.</translation>
    </message>
    <message>
        <source>post</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>The date on the certificates, dd.mm.yyyy (the event&apos;s last day when left out).</source>
        <translation>Дата на сертификатах, в виде дд.мм.гггг (если не указана — последний день события).</translation>
    </message>
    <message>
        <source>list the events, or write them to CSV (export FILE.csv)</source>
        <translation>вывести события или записать их в CSV (export FILE.csv)</translation>
    </message>
    <message>
        <source>list the awareness campaigns, or write them to CSV (export FILE.csv)</source>
        <translation>вывести информационные кампании или записать их в CSV (export FILE.csv)</translation>
    </message>
    <message>
        <source>write an event&apos;s attendance sheet as a PDF</source>
        <translation>записать лист регистрации участников события в PDF</translation>
    </message>
    <message>
        <source>write the certificates of an event&apos;s participants as a PDF</source>
        <translation>записать сертификаты участников события в PDF</translation>
    </message>
    <message>
        <source>No survey round is recorded.</source>
        <translation>Не записано ни одного опроса.</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>Tallied</source>
        <translation>Подсчитанные</translation>
    </message>
    <message>
        <source>Safe by day</source>
        <translation>Безопасно днём</translation>
    </message>
    <message>
        <source>Safe after dark</source>
        <translation>Безопасно после темноты</translation>
    </message>
    <message>
        <source>Trust the police</source>
        <translation>Доверие милиции</translation>
    </message>
    <message>
        <source>Police first</source>
        <translation>Сначала в милицию</translation>
    </message>
    <message>
        <source>Know the team</source>
        <translation>Знают группу</translation>
    </message>
    <message>
        <source>too few (%1)</source>
        <translation>слишком мало (%1)</translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation>%1 % из %2</translation>
    </message>
    <message>
        <source>List the perception survey rounds with their sheets and key indicators (the share of all respondents, with the number of answers), newest first; write the indicators of every round to a CSV file with &quot;export FILE.csv&quot;; or write one round&apos;s anonymous sheets with &quot;sheets CODE FILE.csv --sensitive&quot;.</source>
        <translation>Показывает опросы общественного мнения с анкетами и ключевыми показателями (доля всех респондентов и число ответов), начиная с новейших; с &quot;export FILE.csv&quot; записывает показатели каждого опроса в файл CSV; с &quot;sheets CODE FILE.csv --sensitive&quot; записывает анонимные анкеты одного опроса.</translation>
    </message>
    <message>
        <source>Write the survey sheets: they are sensitive (a rare answer in a small mahalla can point at a person), so the sheets are written only with this option.</source>
        <translation>Записать анкеты: они чувствительны (редкий ответ в маленькой махалле может указать на человека), поэтому анкеты записываются только с этим параметром.</translation>
    </message>
    <message>
        <source>&quot;export FILE.csv&quot;: the indicators; &quot;sheets CODE FILE.csv&quot;: one round&apos;s sheets (with --sensitive).</source>
        <translation>&quot;export FILE.csv&quot;: показатели; &quot;sheets CODE FILE.csv&quot;: анкеты одного опроса (с --sensitive).</translation>
    </message>
    <message>
        <source>Give the round&apos;s code and the CSV file to write: sheets CODE FILE.csv --sensitive.</source>
        <translation>Укажите код опроса и файл CSV для записи: sheets CODE FILE.csv --sensitive.</translation>
    </message>
    <message>
        <source>The survey sheets are sensitive: a rare answer in a small mahalla can point at a person. Nothing was written. Give --sensitive to write them, or &quot;export FILE.csv&quot; for the indicators only.</source>
        <translation>Анкеты опроса чувствительны: редкий ответ в маленькой махалле может указать на человека. Ничего не записано. Укажите --sensitive, чтобы записать их, или &quot;export FILE.csv&quot; только для показателей.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) of indicators to %1.</source>
        <translation>
            <numerusform>%Ln строка показателей записана в %1.</numerusform>
            <numerusform>%Ln строки показателей записаны в %1.</numerusform>
            <numerusform>%Ln строк показателей записано в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n survey sheet(s) to %1.</source>
        <translation>
            <numerusform>%Ln анкета записана в %1.</numerusform>
            <numerusform>%Ln анкеты записаны в %1.</numerusform>
            <numerusform>%Ln анкет записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the one-page summary of a perception survey round for a Hukumat or a donor, in the language of --lang: a PDF, or an editable ODT when the file name ends in .odt.</source>
        <translation>Записывает одностраничную сводку опроса общественного мнения для Хукумата или донора на языке --lang: PDF или редактируемый ODT, если имя файла оканчивается на .odt.</translation>
    </message>
    <message>
        <source>The survey round&apos;s code, e.g. ISF-S-2026-01.</source>
        <translation>Код опроса, например ISF-S-2026-01.</translation>
    </message>
    <message>
        <source>The PDF (or ODT) file to write.</source>
        <translation>Файл PDF (или ODT) для записи.</translation>
    </message>
    <message>
        <source>Give the survey round&apos;s code and the PDF file to write.</source>
        <translation>Укажите код опроса и файл PDF для записи.</translation>
    </message>
    <message>
        <source>list the perception survey rounds with their key indicators, or write them to CSV</source>
        <translation>показать опросы общественного мнения с ключевыми показателями или записать их в CSV</translation>
    </message>
    <message>
        <source>write a survey round&apos;s one-page summary as a PDF</source>
        <translation>записать одностраничную сводку опроса в PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n survey round(s)</source>
        <translation>
            <numerusform>%Ln опрос</numerusform>
            <numerusform>%Ln опроса</numerusform>
            <numerusform>%Ln опросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey sheet(s)</source>
        <translation>
            <numerusform>%Ln анкета</numerusform>
            <numerusform>%Ln анкеты</numerusform>
            <numerusform>%Ln анкет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentDueModel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Что запрошено</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
</context>
<context>
    <name>CommitmentKind</name>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
</context>
<context>
    <name>CommitmentRepository</name>
    <message>
        <source>This request or recommendation no longer exists; it may have been deleted.</source>
        <translation>Этого запроса или рекомендации больше нет; возможно, они удалены.</translation>
    </message>
    <message>
        <source>Choose the team that made the request.</source>
        <translation>Выберите группу, которая направила запрос.</translation>
    </message>
    <message>
        <source>Write what was asked or recommended.</source>
        <translation>Напишите, о чём просили или что рекомендовали.</translation>
    </message>
    <message>
        <source>Choose the body it was addressed to from the directory, or type its name.</source>
        <translation>Выберите из справочника орган, которому адресовано обращение, или введите его название.</translation>
    </message>
    <message>
        <source>The organisation chosen is no longer in the directory. Choose another one.</source>
        <translation>Выбранной организации больше нет в справочнике. Выберите другую.</translation>
    </message>
    <message>
        <source>Enter the date it was made as dd.MM.yyyy.</source>
        <translation>Введите дату обращения в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>The due date (%1) is before the date it was made (%2).</source>
        <translation>Срок (%1) раньше даты обращения (%2).</translation>
    </message>
    <message>
        <source>The answer (%1) is dated before the request was made (%2).</source>
        <translation>Ответ (%1) датирован раньше обращения (%2).</translation>
    </message>
    <message>
        <source>The meeting chosen is not one of this team&apos;s. Choose one of its meetings, or none.</source>
        <translation>Выбранная встреча не принадлежит этой группе. Выберите одну из её встреч или никакую.</translation>
    </message>
    <message>
        <source>The action plan chosen is not one of this team&apos;s. Choose one of its plans, or none.</source>
        <translation>Выбранный план действий не принадлежит этой группе. Выберите один из её планов или никакой.</translation>
    </message>
    <message>
        <source>An amount in somoni cannot be negative.</source>
        <translation>Сумма в сомони не может быть отрицательной.</translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <source>Waiting for an answer</source>
        <translation>Ожидает ответа</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Принято частично</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
</context>
<context>
    <name>ConcernColumns</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Кем заявлена</translation>
    </message>
    <message>
        <source>First raised</source>
        <translation>Впервые заявлена</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Как часто</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Ограниченный доступ</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Правонарушитель</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <source>Location (triangle)</source>
        <translation>Место (треугольник)</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Влияющий на правонарушителя</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Защитник</translation>
    </message>
    <message>
        <source>Place manager</source>
        <translation>Ответственный за место</translation>
    </message>
    <message>
        <source>Gender notes</source>
        <translation>Заметки о гендерных аспектах</translation>
    </message>
    <message>
        <source>Conflict risk</source>
        <translation>Риск конфликта</translation>
    </message>
    <message>
        <source>Conflict mitigation</source>
        <translation>Снижение риска конфликта</translation>
    </message>
    <message>
        <source>Baseline figure</source>
        <translation>Исходный показатель</translation>
    </message>
    <message>
        <source>What the baseline counts</source>
        <translation>Что измеряет исходный показатель</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Дата исходного показателя</translation>
    </message>
</context>
<context>
    <name>ConcernExport</name>
    <message>
        <source>The register shows only restricted concerns, and restricted concerns are left out of exports. Tick &quot;include restricted concerns&quot; to export them.</source>
        <translation>Реестр показывает только проблемы с ограниченным доступом, а они не попадают в экспорт. Чтобы экспортировать их, отметьте «включить проблемы с ограниченным доступом».</translation>
    </message>
</context>
<context>
    <name>ConcernImport</name>
    <message>
        <source>Choose the team the concerns belong to.</source>
        <translation>Выберите группу, к которой относятся проблемы.</translation>
    </message>
    <message>
        <source>No column of the file gives the %1. Choose that column in the mapping, or add a column &quot;%1&quot; to the file.</source>
        <translation>Ни один столбец файла не даёт поле «%1». Выберите этот столбец в сопоставлении или добавьте в файл столбец «%1».</translation>
    </message>
    <message>
        <source>The file has a header row but no concerns under it.</source>
        <translation>В файле есть строка заголовков, но под ней нет ни одной проблемы.</translation>
    </message>
    <message>
        <source>This row has %1 values but the header row has %2 columns. Put values that contain the separator &quot;%3&quot; in quotes, or save the file again from the spreadsheet.</source>
        <translation>В этой строке %1 значений, а в строке заголовков %2 столбцов. Заключите в кавычки значения, содержащие разделитель «%3», или сохраните файл из таблицы заново.</translation>
    </message>
    <message>
        <source>The code %1 is also on row %2. Each concern may be in the file only once.</source>
        <translation>Код %1 есть также в строке %2. Каждая проблема может быть в файле только один раз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write dates as dd.MM.yyyy, for example 25.03.2026.</source>
        <translation>«%1» — не дата. Пишите даты в виде дд.мм.гггг, например 25.03.2026.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value here. Use one of: %2.</source>
        <translation>«%1» — здесь неизвестное значение. Используйте одно из: %2.</translation>
    </message>
    <message>
        <source>The category is empty. Use one of: %1.</source>
        <translation>Категория не указана. Используйте одну из: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of the list. Use one of: %2, or add the category in Settings first.</source>
        <translation>«%1» — нет такой категории в списке. Используйте одну из: %2 — или сначала добавьте категорию в настройках.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no. Write yes, no, or leave the cell empty.</source>
        <translation>«%1» — ни «да», ни «нет». Напишите «да», «нет» или оставьте ячейку пустой.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write the baseline figure as a number, such as 12 or 3,5.</source>
        <translation>«%1» — не число. Запишите исходный показатель числом, например 12 или 3,5.</translation>
    </message>
    <message>
        <source>The title is empty. Every concern needs a short title.</source>
        <translation>Название не указано. У каждой проблемы должно быть краткое название.</translation>
    </message>
    <message>
        <source>A baseline figure needs the date it was measured. Enter it as dd.MM.yyyy.</source>
        <translation>Для исходного показателя нужна дата измерения. Введите её в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Файл невозможно импортировать.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Correct them in the file, or choose to skip the bad rows. Nothing was imported.</source>
        <translation>
            <numerusform>В %Ln строке есть ошибки. Исправьте их в файле или выберите пропуск ошибочных строк. Ничего не импортировано.</numerusform>
            <numerusform>В %Ln строках есть ошибки. Исправьте их в файле или выберите пропуск ошибочных строк. Ничего не импортировано.</numerusform>
            <numerusform>В %Ln строках есть ошибки. Исправьте их в файле или выберите пропуск ошибочных строк. Ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data file is busy; nothing was imported. Try again.</source>
        <translation>Файл данных занят; ничего не импортировано. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Set by a CSV import</source>
        <translation>Установлено импортом CSV</translation>
    </message>
    <message>
        <source>The data file is busy. Try again.</source>
        <translation>Файл данных занят. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Undo of a CSV import</source>
        <translation>Отмена импорта CSV</translation>
    </message>
    <message>
        <source>Two concerns of the team have the code %1, so this row could change the wrong one. Import the other laptops&apos; bundles (the later concern then takes a new code), or change one of the codes in Hamkori, and import the file again.</source>
        <translation>У двух проблем группы код %1, поэтому эта строка могла бы изменить не ту проблему. Импортируйте пакеты данных других ноутбуков (более поздняя проблема получит новый код) или измените один из кодов в Hamkori и импортируйте файл снова.</translation>
    </message>
    <message>
        <source>Restore it with this row&apos;s values, or skip the row.</source>
        <translation>Восстановите её со значениями этой строки или пропустите строку.</translation>
    </message>
    <message>
        <source>The code %1 belongs to the concern «%2», which was deleted.</source>
        <translation>Код %1 принадлежит проблеме «%2», которая была удалена.</translation>
    </message>
    <message>
        <source>The code %1 belongs to the concern «%2», deleted on %3 on this laptop.</source>
        <translation>Код %1 принадлежит проблеме «%2», удалённой %3 на этом ноутбуке.</translation>
    </message>
    <message>
        <source>The code %1 belongs to the concern «%2», deleted on %3 on the laptop «%4».</source>
        <translation>Код %1 принадлежит проблеме «%2», удалённой %3 на ноутбуке «%4».</translation>
    </message>
    <message>
        <source>The code %1 belongs to the concern «%2», deleted on %3 on another laptop.</source>
        <translation>Код %1 принадлежит проблеме «%2», удалённой %3 на другом ноутбуке.</translation>
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
        <translation>Введите дату смены статуса в виде дд.мм.гггг.</translation>
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
        <translation>Введите дату исходного уровня в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>Choose two existing concerns to link.</source>
        <translation>Выберите две существующие проблемы, чтобы связать их.</translation>
    </message>
    <message>
        <source>The link was saved but could not be read back. Open the concern again to see it.</source>
        <translation>Связь сохранена, но не удалось прочитать её повторно. Чтобы увидеть её, откройте проблему снова.</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked this way.</source>
        <translation>%1 и %2 уже связаны таким образом.</translation>
    </message>
    <message>
        <source>This concern is not in the data file.</source>
        <translation>Этой проблемы нет в файле данных.</translation>
    </message>
    <message>
        <source>The deleted concern %1 cannot come back: another concern of the team now has that code.</source>
        <translation>Удалённую проблему %1 нельзя вернуть: у другой проблемы группы теперь этот код.</translation>
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
    <name>ConflictText</name>
    <message>
        <source>this laptop</source>
        <translation>этот ноутбук</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>оставлено</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, date unknown (that laptop&apos;s clock is ahead)</source>
        <translation>%1, дата неизвестна (часы того ноутбука спешат)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not in UTF-8, the encoding Hamkori reads. In Excel use File → Save as → &quot;CSV UTF-8 (comma delimited)&quot;; in LibreOffice choose the character set &quot;Unicode (UTF-8)&quot; when saving.</source>
        <translation>Файл не в кодировке UTF-8, которую читает Hamkori. В Excel выберите Файл → Сохранить как → «CSV UTF-8 (разделитель — запятая)»; в LibreOffice при сохранении выберите кодировку «Юникод (UTF-8)».</translation>
    </message>
    <message>
        <source>Row %1, column %2: a quoted value is never closed, so the rest of the file would be read as one value. Add the missing quote mark (&quot;) or save the file again from the spreadsheet.</source>
        <translation>Строка %1, столбец %2: значение в кавычках не закрыто, и остаток файла был бы прочитан как одно значение. Добавьте недостающую кавычку (&quot;) или сохраните файл из таблицы заново.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row with the names of the columns.</source>
        <translation>Файл пуст: в нём нет строки заголовков с названиями столбцов.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Choose the file again.</source>
        <translation>Файл %1 не существует. Выберите файл заново.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose a CSV file.</source>
        <translation>%1 — это папка, а не файл. Выберите файл CSV.</translation>
    </message>
    <message>
        <source>The file %1 is too large for a list of concerns (more than %2 MB). Choose the right file.</source>
        <translation>Файл %1 слишком велик для списка проблем (больше %2 МБ). Выберите нужный файл.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать файл %1: %2.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The folder %1 does not exist. Choose another folder for the file.</source>
        <translation>Папка %1 не существует. Выберите для файла другую папку.</translation>
    </message>
    <message>
        <source>%1 is a folder. Enter a file name ending in .csv.</source>
        <translation>%1 — это папка. Введите имя файла с окончанием .csv.</translation>
    </message>
    <message>
        <source>Hamkori cannot write the file %1: %2. Choose a folder you may write to, such as Documents.</source>
        <translation>Hamkori не может записать файл %1: %2. Выберите папку, в которую можно записывать, например «Документы».</translation>
    </message>
    <message>
        <source>The file %1 could not be written completely (%2); the disk may be full. No file was left behind.</source>
        <translation>Файл %1 не удалось записать полностью (%2); возможно, диск заполнен. Недописанный файл не оставлен.</translation>
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
    <message>
        <source>This data file is older than what this laptop last wrote into it: it was put back from a backup or an older copy. So that its new changes never take the numbers of changes already sent to other laptops, it now writes under a new identity (fingerprint %1). Import the latest bundles from the other laptops to get back what was made since that copy. The other laptops trust the new identity without asking: the old one introduced it.</source>
        <translation>Этот файл данных старше того, что этот ноутбук записал в него последним: его восстановили из резервной копии или из более старой копии. Чтобы его новые изменения никогда не получили номера изменений, уже отправленных на другие ноутбуки, теперь он записывает изменения под новым идентификатором (отпечаток %1). Импортируйте последние пакеты данных с других ноутбуков, чтобы вернуть то, что было сделано после создания этой копии. Другие ноутбуки доверяют новому идентификатору автоматически: старый идентификатор подтвердил его своей подписью.</translation>
    </message>
    <message>
        <source>This data file was last written by another Hamkori: on another laptop (it was copied here), or by an older version of Hamkori on this one. So that two copies can never mix up their changes, it now writes under a new identity of this laptop (fingerprint %1). The other laptops trust it without asking, because the old identity introduced it: exchanges stay safe.</source>
        <translation>Последним в этот файл данных записывал другой экземпляр Hamkori: на другом ноутбуке (файл скопировали сюда) или более старая версия Hamkori на этом ноутбуке. Чтобы две копии никогда не перепутали свои изменения, теперь файл записывает изменения под новым идентификатором этого ноутбука (отпечаток %1). Другие ноутбуки доверяют ему автоматически, потому что старый идентификатор подтвердил его своей подписью: обмен остаётся безопасным.</translation>
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
    <name>DirectoryColumns</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <source>Fields of expertise</source>
        <translation>Области экспертизы</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Network member since</source>
        <translation>Член сети с</translation>
    </message>
    <message>
        <source>International experience</source>
        <translation>Международный опыт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message>
        <source>No column of the file gives the name of the organisation. Choose that column in the mapping, or add a column &quot;%1&quot; to the file.</source>
        <translation>Ни один столбец файла не содержит название организации. Выберите этот столбец в сопоставлении или добавьте в файл столбец «%1».</translation>
    </message>
    <message>
        <source>The file has a header row but no organisations under it.</source>
        <translation>В файле есть строка заголовков, но под ней нет ни одной организации.</translation>
    </message>
    <message>
        <source>This row has %1 values but the header row has %2 columns. Put values that contain the separator &quot;%3&quot; in quotes, or save the file again from the spreadsheet.</source>
        <translation>В этой строке %1 значений, а в строке заголовков %2 столбцов. Заключите в кавычки значения, содержащие разделитель «%3», или сохраните файл из таблицы заново.</translation>
    </message>
    <message>
        <source>The name of the organisation is empty. Write it in this row, or delete the row.</source>
        <translation>Название организации пустое. Впишите его в эту строку или удалите строку.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also on row %2. Each organisation may be in the file only once: merge the two rows.</source>
        <translation>«%1» есть и в строке %2. Каждая организация может быть в файле только один раз: объедините эти две строки.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address. Write it as name@example.tj, or leave the cell empty.</source>
        <translation>«%1» — не адрес электронной почты. Запишите его как name@example.tj или оставьте ячейку пустой.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of organisation. Use one of: %2.</source>
        <translation>«%1» — не вид организации. Используйте один из: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the day the network&apos;s memorandum was signed as dd.MM.yyyy, for example 25.03.2026, or leave the cell empty.</source>
        <translation>«%1» — не дата. Запишите день подписания меморандума сети как дд.ММ.гггг, например 25.03.2026, или оставьте ячейку пустой.</translation>
    </message>
    <message>
        <source>No district or city called &quot;%1&quot; is in the list of places. Write its name as in Settings → Places (in Tajik, Russian or English), separated by &quot;;&quot;.</source>
        <translation>В списке мест нет района или города «%1». Напишите его название как в Настройки → Места (на таджикском, русском или английском), через «;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of expertise of the list. Use one of: %2; or tick &quot;add unknown fields of expertise to the list&quot;.</source>
        <translation>«%1» нет в списке областей экспертизы. Используйте одну из: %2; или отметьте «добавить неизвестные области экспертизы в список».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of service of the list. Use one of: %2; or add it in Settings first.</source>
        <translation>«%1» нет в списке видов услуг. Используйте один из: %2; или сначала добавьте его в Настройках.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Файл невозможно импортировать.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Correct them in the file, or choose to skip the bad rows. Nothing was imported.</source>
        <translation>
            <numerusform>В %Ln строке есть ошибки. Исправьте их в файле или выберите пропуск ошибочных строк. Ничего не импортировано.</numerusform>
            <numerusform>В %Ln строках есть ошибки. Исправьте их в файле или выберите пропуск ошибочных строк. Ничего не импортировано.</numerusform>
            <numerusform>В %Ln строках есть ошибки. Исправьте их в файле или выберите пропуск ошибочных строк. Ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data file is busy; nothing was imported. Try again.</source>
        <translation>Файл данных занят; ничего не импортировано. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The data file is busy. Try again.</source>
        <translation>Файл данных занят. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>DirectoryRepository</name>
    <message>
        <source>This organisation is no longer in the directory; it may have been deleted.</source>
        <translation>Этой организации больше нет в справочнике; возможно, она удалена.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Введите название организации.</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address. Write it as name@example.tj, or leave it empty.</source>
        <translation>«%1» — не адрес электронной почты. Введите его в виде name@example.tj или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>A district chosen is not in the list of places. Choose the districts again.</source>
        <translation>Выбранного района нет в списке мест. Выберите районы заново.</translation>
    </message>
    <message>
        <source>A field of expertise chosen is no longer in the list. Choose them again.</source>
        <translation>Выбранной области экспертизы больше нет в списке. Выберите их заново.</translation>
    </message>
    <message>
        <source>Choose the kind of service from the list.</source>
        <translation>Выберите вид услуги из списка.</translation>
    </message>
    <message>
        <source>This service no longer exists; it may have been deleted.</source>
        <translation>Этой услуги больше нет; возможно, она удалена.</translation>
    </message>
    <message>
        <source>Choose the team that made the referral.</source>
        <translation>Выберите группу, которая сделала направление.</translation>
    </message>
    <message>
        <source>Enter the date of the referral as dd.MM.yyyy.</source>
        <translation>Введите дату направления в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>Choose the service people were referred to from the directory.</source>
        <translation>Выберите в справочнике услугу, к которой направлены люди.</translation>
    </message>
    <message>
        <source>The concern chosen is not one of this team&apos;s. Choose one of its concerns, or none.</source>
        <translation>Выбранная проблема не относится к этой группе. Выберите одну из её проблем или никакую.</translation>
    </message>
    <message>
        <source>The number of people cannot be negative.</source>
        <translation>Число людей не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Enter how many people were referred, by sex and age. Names are never kept.</source>
        <translation>Введите, сколько людей направлено, по полу и возрасту. Имена никогда не сохраняются.</translation>
    </message>
    <message>
        <source>This referral no longer exists; it may have been deleted.</source>
        <translation>Этого направления больше нет; возможно, оно удалено.</translation>
    </message>
    <message>
        <source>This activity no longer exists; it may have been deleted.</source>
        <translation>Этого мероприятия больше нет; возможно, оно удалено.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Action plan</source>
        <translation>План мероприятий</translation>
    </message>
    <message>
        <source>ACTION PLAN</source>
        <translation>ПЛАН МЕРОПРИЯТИЙ</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <source>Jamoat:</source>
        <translation>Джамоат:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Принят:</translation>
    </message>
    <message>
        <source>at the team&apos;s meeting, minutes No. %1 of %2</source>
        <translation>на заседании группы, протокол № %1 от %2</translation>
    </message>
    <message>
        <source>Priority concerns:</source>
        <translation>Приоритетные проблемы:</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Наименование мероприятий</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные исполнители</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Expected result / indicator</source>
        <translation>Ожидаемый результат / показатель</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>при участии: %1</translation>
    </message>
    <message>
        <source>Action plan %1</source>
        <translation>План мероприятий %1</translation>
    </message>
    <message>
        <source>January</source>
        <translation>январь</translation>
    </message>
    <message>
        <source>February</source>
        <translation>февраль</translation>
    </message>
    <message>
        <source>March</source>
        <translation>март</translation>
    </message>
    <message>
        <source>April</source>
        <translation>апрель</translation>
    </message>
    <message>
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <source>June</source>
        <translation>июнь</translation>
    </message>
    <message>
        <source>July</source>
        <translation>июль</translation>
    </message>
    <message>
        <source>August</source>
        <translation>август</translation>
    </message>
    <message>
        <source>September</source>
        <translation>сентябрь</translation>
    </message>
    <message>
        <source>October</source>
        <translation>октябрь</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ноябрь</translation>
    </message>
    <message>
        <source>December</source>
        <translation>декабрь</translation>
    </message>
    <message>
        <source>%1 somoni</source>
        <extracomment>The unit after an amount of money in documents, e.g. &quot;1 500,00 somoni&quot;.</extracomment>
        <translation>%1 сомони</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>УТВЕРЖДАЮ</translation>
    </message>
    <message>
        <source>(signature)</source>
        <translation>(подпись)</translation>
    </message>
    <message>
        <source>(full name)</source>
        <translation>(Ф. И. О.)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Includes restricted details: keep this document safe and do not share it beyond those who must act on it.</source>
        <translation>Содержит сведения с ограниченным доступом: храните документ надёжно и не передавайте его никому, кроме тех, кто должен по нему действовать.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>MINUTES No. %1</source>
        <translation>ПРОТОКОЛ № %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Фасилитатор:</translation>
    </message>
    <message>
        <source>Present: team members</source>
        <translation>Присутствовали: члены группы</translation>
    </message>
    <message>
        <source>No members were recorded as present.</source>
        <translation>Присутствие членов группы не отмечено.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Organisation and post</source>
        <translation>Организация и должность</translation>
    </message>
    <message>
        <source>Present: guests by sex and age</source>
        <translation>Присутствовали: гости по полу и возрасту</translation>
    </message>
    <message>
        <source>In total present: %1 (team members: %2, guests: %3; women: %4, men: %5).</source>
        <translation>Всего присутствовало: %1 (члены группы: %2, гости: %3; женщины: %4, мужчины: %5).</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Concerns raised</source>
        <translation>Заявленные проблемы</translation>
    </message>
    <message>
        <source>No concerns were recorded at this meeting.</source>
        <translation>На этом заседании проблемы не зарегистрированы.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Chair of the meeting</source>
        <translation>Председательствовал</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Minutes %1</source>
        <translation>Протокол %1</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>Period report</source>
        <translation>Отчёт за период</translation>
    </message>
    <message>
        <source>PERIOD REPORT</source>
        <translation>ОТЧЁТ ЗА ПЕРИОД</translation>
    </message>
    <message>
        <source>on the work of the community police partnership teams</source>
        <translation>о работе групп взаимодействия милиции с общественностью</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>1. Meetings held</source>
        <translation>1. Проведённые встречи</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Вид встречи</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>2. Participants by sex and age</source>
        <translation>2. Участники по полу и возрасту</translation>
    </message>
    <message>
        <source>Participants in meetings</source>
        <translation>Участники встреч</translation>
    </message>
    <message>
        <source>3. Safety concerns</source>
        <translation>3. Проблемы безопасности</translation>
    </message>
    <message>
        <source>Raised in the period:</source>
        <translation>Заявлено за период:</translation>
    </message>
    <message>
        <source>Resolved in the period:</source>
        <translation>Решено за период:</translation>
    </message>
    <message>
        <source>Open at the end:</source>
        <translation>Не решено на конец периода:</translation>
    </message>
    <message>
        <source>Chosen as priorities:</source>
        <translation>Выбрано в качестве приоритетных:</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Concerns raised by category</source>
        <translation>Заявленные проблемы по категориям</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>4. Action plans and activities</source>
        <translation>4. Планы мероприятий и мероприятия</translation>
    </message>
    <message>
        <source>Plans adopted:</source>
        <translation>Принято планов мероприятий:</translation>
    </message>
    <message>
        <source>Activities overdue:</source>
        <translation>Просроченные мероприятия:</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Activities by status</source>
        <translation>Мероприятия по статусам</translation>
    </message>
    <message>
        <source>5. People reached by the activities</source>
        <translation>5. Люди, охваченные мероприятиями</translation>
    </message>
    <message>
        <source>Reached directly:</source>
        <translation>Охвачено напрямую:</translation>
    </message>
    <message>
        <source>Reached indirectly:</source>
        <translation>Охвачено косвенно:</translation>
    </message>
    <message>
        <source>People reached directly</source>
        <translation>Люди, охваченные напрямую</translation>
    </message>
    <message>
        <source>6. Funding</source>
        <translation>6. Финансирование</translation>
    </message>
    <message>
        <source>No source given</source>
        <translation>Источник не указан</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Planned funding by source, somoni</source>
        <translation>Запланированное финансирование по источникам, сомони</translation>
    </message>
    <message>
        <source>Spent in the period:</source>
        <translation>Израсходовано за период:</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Подготовил(а)</translation>
    </message>
    <message>
        <source>Period report %1, %2</source>
        <translation>Отчёт за период: %1, %2</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Эффект: %1</translation>
    </message>
    <message>
        <source>baseline %1 → target %2</source>
        <translation>исходное значение %1 → цель %2</translation>
    </message>
    <message>
        <source>Head of the internal affairs department</source>
        <translation>Начальник ОВД</translation>
    </message>
    <message>
        <source>Chairman of the district</source>
        <translation>Председатель района</translation>
    </message>
    <message>
        <source>Head of the internal affairs department of %1</source>
        <translation>Начальник ОВД %1</translation>
    </message>
    <message>
        <source>Chairman of %1</source>
        <translation>Председатель %1</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>Where the seal goes, under the signature (М.П. in Russian)</extracomment>
        <translation>М.П.</translation>
    </message>
    <message>
        <source>«____» ____________ 20____</source>
        <extracomment>The date line under a signature; the year&apos;s &quot;г.&quot; / &quot;соли&quot; belongs here</extracomment>
        <translation>«____» ____________ 20____ г.</translation>
    </message>
    <message>
        <source>AGREED</source>
        <translation>СОГЛАСОВАНО</translation>
    </message>
    <message>
        <source>Total funding</source>
        <translation>Итого финансирование</translation>
    </message>
    <message>
        <source>Chair of the team</source>
        <translation>Председатель группы</translation>
    </message>
    <message>
        <source>For official use only</source>
        <translation>Для служебного пользования</translation>
    </message>
    <message>
        <source>community police partnership team «%1»</source>
        <translation>группа взаимодействия милиции с общественностью «%1»</translation>
    </message>
    <message>
        <source>[Left out of this copy.]</source>
        <translation>[В этот экземпляр не включено.]</translation>
    </message>
    <message>
        <source>of the meeting of the %1</source>
        <translation>заседания: %1</translation>
    </message>
    <message>
        <source>Status on the day</source>
        <translation>Статус на день заседания</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Подготовил:</translation>
    </message>
    <message>
        <source>Date prepared:</source>
        <translation>Дата подготовки:</translation>
    </message>
    <message>
        <source>The report gives totals only; no individual concern is named. Restricted concerns are counted.</source>
        <translation>Отчёт содержит только итоги; ни одна проблема не названа. Проблемы ограниченного доступа учтены.</translation>
    </message>
    <message>
        <source>The report gives totals only; no individual concern is named, and restricted concerns are not counted.</source>
        <translation>Отчёт содержит только итоги; ни одна проблема не названа, проблемы ограниченного доступа не учтены.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Attendances (a person at three meetings counts three times):</source>
        <translation>Участия (человек, побывавший на трёх заседаниях, учтён трижды):</translation>
    </message>
    <message>
        <source>Different team members who attended, each counted once:</source>
        <translation>Члены группы, принявшие участие, каждый учтён один раз:</translation>
    </message>
    <message>
        <source>Guests are counted at each meeting; the same guest at two meetings cannot be told apart.</source>
        <translation>Гости учитываются на каждом заседании; одного и того же гостя на двух заседаниях различить нельзя.</translation>
    </message>
    <message>
        <source>Outcome indicators:</source>
        <translation>Показатели эффекта:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План мероприятий</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation>Последнее измерение</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>ещё не измерялось</translation>
    </message>
    <message>
        <source>Chaired by:</source>
        <translation>Председательствовал:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>Секретарь:</translation>
    </message>
    <message>
        <source>Outgoing No. %1</source>
        <translation>Исх. № %1</translation>
    </message>
    <message>
        <source>Annex to the ordinance No. %1 of %2</source>
        <translation>Приложение к распоряжению № %1 от %2</translation>
    </message>
    <message>
        <source>Plans in force:</source>
        <translation>Действующие планы мероприятий:</translation>
    </message>
    <message>
        <source>public council «%1»</source>
        <translation>общественный совет «%1»</translation>
    </message>
    <message>
        <source>inter-agency working group «%1»</source>
        <translation>межведомственная рабочая группа «%1»</translation>
    </message>
    <message>
        <source>women&apos;s initiative group «%1»</source>
        <translation>инициативная группа женщин «%1»</translation>
    </message>
    <message>
        <source>youth initiative group «%1»</source>
        <translation>инициативная группа молодёжи «%1»</translation>
    </message>
    <message>
        <source>network of civil society organisations «%1»</source>
        <translation>сеть организаций гражданского общества «%1»</translation>
    </message>
    <message>
        <source>Mapping matrix of organisations</source>
        <translation>Матрица картирования организаций</translation>
    </message>
    <message>
        <source>The directory as of %1</source>
        <translation>Справочник на %1</translation>
    </message>
    <message>
        <source>Field of expertise:</source>
        <translation>Область экспертизы:</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Организаций:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Fields of expertise</source>
        <translation>Области экспертизы</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Network member since</source>
        <translation>Член сети с</translation>
    </message>
    <message>
        <source>International experience</source>
        <translation>Международный опыт</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>No district given</source>
        <translation>Район не указан</translation>
    </message>
    <message>
        <source>No organisation of the directory matches.</source>
        <translation>В справочнике нет подходящих организаций.</translation>
    </message>
    <message>
        <source>Mapping matrix, %1</source>
        <translation>Матрица картирования, %1</translation>
    </message>
    <message>
        <source>Includes contact details of people: keep this copy safe and do not pass it on.</source>
        <translation>Содержит контактные данные людей: храните этот экземпляр бережно и не передавайте его.</translation>
    </message>
    <message>
        <source>7. Community policing centres</source>
        <translation>7. Центры взаимодействия милиции с общественностью</translation>
    </message>
    <message>
        <source>No community policing centre is recorded.</source>
        <translation>Ни один центр взаимодействия милиции с общественностью не записан.</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>Приёмные дни</translation>
    </message>
    <message>
        <source>Visitors, women</source>
        <translation>Посетители, женщины</translation>
    </message>
    <message>
        <source>Visitors, men</source>
        <translation>Посетители, мужчины</translation>
    </message>
    <message>
        <source>Meetings held there</source>
        <translation>Проведено встреч</translation>
    </message>
    <message>
        <source>Items needing repair</source>
        <translation>Предметы, требующие ремонта</translation>
    </message>
    <message>
        <source>8. Requests and recommendations</source>
        <translation>8. Запросы и рекомендации</translation>
    </message>
    <message>
        <source>Requests made:</source>
        <translation>Запросов:</translation>
    </message>
    <message>
        <source>Recommendations made:</source>
        <translation>Рекомендаций:</translation>
    </message>
    <message>
        <source>Recommendations adopted:</source>
        <translation>Принято рекомендаций:</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Получен ответ:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Выполнено:</translation>
    </message>
    <message>
        <source>Overdue at the end of the period:</source>
        <translation>Просрочено на конец периода:</translation>
    </message>
    <message>
        <source>Money pledged:</source>
        <translation>Обещано средств:</translation>
    </message>
    <message>
        <source>Money delivered:</source>
        <translation>Выделено средств:</translation>
    </message>
    <message>
        <source>All partnership teams</source>
        <translation>Все группы взаимодействия милиции с общественностью</translation>
    </message>
    <message>
        <source>All public councils</source>
        <translation>Все общественные советы</translation>
    </message>
    <message>
        <source>All inter-agency working groups</source>
        <translation>Все межведомственные рабочие группы</translation>
    </message>
    <message>
        <source>All women&apos;s initiative groups</source>
        <translation>Все инициативные группы женщин</translation>
    </message>
    <message>
        <source>All youth initiative groups</source>
        <translation>Все инициативные группы молодёжи</translation>
    </message>
    <message>
        <source>All networks of civil society organisations</source>
        <translation>Все сети организаций гражданского общества</translation>
    </message>
    <message>
        <source>ATTENDANCE SHEET</source>
        <translation>ЛИСТ РЕГИСТРАЦИИ УЧАСТНИКОВ</translation>
    </message>
    <message>
        <source>Attendance sheet %1</source>
        <translation>Лист регистрации участников %1</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>Organisers:</source>
        <translation>Организаторы:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>No participant is on the list yet.</source>
        <translation>В списке пока нет ни одного участника.</translation>
    </message>
    <message>
        <source>Attendance sheet, %1, %2</source>
        <translation>Лист регистрации участников, %1, %2</translation>
    </message>
    <message>
        <source>CERTIFICATE</source>
        <translation>СЕРТИФИКАТ</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Настоящим подтверждается, что</translation>
    </message>
    <message>
        <source>took part in the training «%1»</source>
        <translation>принял(а) участие в обучении «%1»</translation>
    </message>
    <message>
        <source>took part in «%1» (%2)</source>
        <translation>принял(а) участие в «%1» (%2)</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Даты: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Место: %1</translation>
    </message>
    <message>
        <source>Organisers: %1</source>
        <translation>Организаторы: %1</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Темы: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>Certificates %1</source>
        <translation>Сертификаты %1</translation>
    </message>
    <message>
        <source>9. Trainings and other events</source>
        <translation>9. Обучения и другие события</translation>
    </message>
    <message>
        <source>10. Campaigns</source>
        <translation>10. Информационные кампании</translation>
    </message>
    <message>
        <source>Each person is counted once: the participants of events and the people campaigns reached are included here, and a progress update that names the event or campaign that reached them adds nothing of its own.</source>
        <translation>Каждый человек учтён один раз: участники событий и люди, охваченные кампаниями, уже включены в эти цифры, а отметка о ходе выполнения, в которой указано охватившее их событие или кампания, ничего не добавляет от себя.</translation>
    </message>
    <message>
        <source>Trainings held:</source>
        <translation>Проведено обучений:</translation>
    </message>
    <message>
        <source>People trained:</source>
        <translation>Обучено человек:</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Обученные</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Принадлежность</translation>
    </message>
    <message>
        <source>%1 (test sheets: %2)</source>
        <translation>%1 (тестовых листов: %2)</translation>
    </message>
    <message>
        <source>Average score before the training:</source>
        <translation>Средний балл до обучения:</translation>
    </message>
    <message>
        <source>Average score after the training:</source>
        <translation>Средний балл после обучения:</translation>
    </message>
    <message>
        <source>Average gain:</source>
        <translation>Средний прирост:</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>Average feedback (1 to 5):</source>
        <translation>Средняя оценка (1–5):</translation>
    </message>
    <message>
        <source>%1 (feedback sheets: %2)</source>
        <translation>%1 (анкет обратной связи: %2)</translation>
    </message>
    <message>
        <source>Scores are percentages of each test&apos;s highest score; the gain counts only the sheets with a score before and after.</source>
        <translation>Баллы даны в процентах от наивысшего балла каждого теста; прирост учитывает только листы с баллами и до, и после обучения.</translation>
    </message>
    <message>
        <source>No other event was held.</source>
        <translation>Других событий не проводилось.</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Другие события</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Campaigns:</source>
        <translation>Кампании:</translation>
    </message>
    <message>
        <source>Reached indirectly (estimated):</source>
        <translation>Охвачено косвенно (оценка):</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Затраты:</translation>
    </message>
    <message>
        <source>Reached directly</source>
        <translation>Охвачено напрямую</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>11. Perception surveys</source>
        <translation>11. Опросы общественного мнения</translation>
    </message>
    <message>
        <source>Survey rounds held:</source>
        <translation>Проведено опросов:</translation>
    </message>
    <message>
        <source>Survey sheets entered:</source>
        <translation>Введено анкет:</translation>
    </message>
    <message>
        <source>People counted in tallies:</source>
        <translation>Учтено в подсчёте ответов:</translation>
    </message>
    <message>
        <source>Kind of survey round</source>
        <translation>Вид опроса</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <source>No team held both a baseline and an endline round in the period: no change can be shown.</source>
        <translation>Ни одна группа не провела за период и исходный, и итоговый опрос: изменение показать нельзя.</translation>
    </message>
    <message>
        <source>Change from the baseline to the endline, all respondents:</source>
        <translation>Изменение от исходного к итоговому опросу, все респонденты:</translation>
    </message>
    <message>
        <source>Team and rounds</source>
        <translation>Группа и опросы</translation>
    </message>
    <message>
        <source>Share of respondents who…</source>
        <translation>Доля респондентов, которые…</translation>
    </message>
    <message>
        <source>Baseline survey</source>
        <translation>Исходный опрос</translation>
    </message>
    <message>
        <source>Endline survey</source>
        <translation>Итоговый опрос</translation>
    </message>
    <message>
        <source>Change, percentage points</source>
        <translation>Изменение, процентные пункты</translation>
    </message>
    <message>
        <source>a clear change</source>
        <translation>явное изменение</translation>
    </message>
    <message>
        <source>In brackets, the 95 % confidence interval. A clear change (in bold) is one whose interval leaves out zero. Groups with fewer than %1 answers are not shown as a percentage.</source>
        <translation>В скобках — 95-процентный доверительный интервал. Явное изменение (жирным шрифтом) — то, интервал которого не включает ноль. Категории респондентов, где меньше %1 ответов, не показываются в процентах.</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>слишком мало ответов</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (от %2 до %3)</translation>
    </message>
    <message>
        <source>COMMUNITY PERCEPTION SURVEY</source>
        <translation>ОПРОС ОБЩЕСТВЕННОГО МНЕНИЯ</translation>
    </message>
    <message>
        <source>Survey round:</source>
        <translation>Опрос:</translation>
    </message>
    <message>
        <source>Villages and mahallas:</source>
        <translation>Сёла и махалли:</translation>
    </message>
    <message>
        <source>Respondents:</source>
        <translation>Респонденты:</translation>
    </message>
    <message>
        <source>%1 (women: %2, men: %3); survey sheets entered: %4, people counted in tallies: %5</source>
        <translation>%1 (женщин: %2, мужчин: %3); введено анкет: %4, учтено в подсчёте ответов: %5</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>Все респонденты</translation>
    </message>
    <message>
        <source>Women–men gap, percentage points</source>
        <translation>Разрыв между женщинами и мужчинами, процентные пункты</translation>
    </message>
    <message>
        <source>The round asks none of the standard questions the indicators are read from.</source>
        <translation>В опросе нет ни одного стандартного вопроса, по которому считаются показатели.</translation>
    </message>
    <message>
        <source>Change since the baseline %1 (%2)</source>
        <translation>Изменение с исходного опроса %1 (%2)</translation>
    </message>
    <message>
        <source>The two rounds ask none of the same indicators.</source>
        <translation>В двух опросах нет ни одного общего показателя.</translation>
    </message>
    <message>
        <source>Safety concerns named most</source>
        <translation>Проблемы безопасности, названные чаще всего</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Назвали</translation>
    </message>
    <message>
        <source>The team&apos;s prioritised concerns</source>
        <translation>Приоритетные проблемы группы</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>not prioritised</source>
        <translation>не в приоритете</translation>
    </message>
    <message>
        <source>Perception survey %1</source>
        <translation>Опрос общественного мнения %1</translation>
    </message>
    <message>
        <source>The team has no baseline round before this endline: no change can be shown.</source>
        <translation>У группы нет исходного опроса перед этим итоговым: изменение показать нельзя.</translation>
    </message>
    <message>
        <source>Perception survey %1, %2</source>
        <translation>Опрос общественного мнения %1, %2</translation>
    </message>
    <message>
        <source>Method: anonymous sheets, no name asked. A percentage is of those who answered (n), its 95 % confidence interval in brackets; under %1 answers: &quot;too few answers&quot;. Gap and change in percentage points; a clear change (bold, * in the chart) has an interval that leaves out zero.</source>
        <translation>Метод: анкеты анонимны, имя не спрашивается. Процент — от ответивших (n), в скобках 95-процентный доверительный интервал; меньше %1 ответов: «слишком мало ответов». Разрыв и изменение — в процентных пунктах; явное изменение (жирным, * на диаграмме) — то, чей интервал не включает ноль.</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>The folder %1 does not exist. If it is on a USB stick, check that the stick is plugged in, or choose another folder.</source>
        <translation>Папка %1 не существует. Если она на флешке, проверьте, что флешка вставлена, или выберите другую папку.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: it is read-only or you may not write there. Choose another folder.</source>
        <translation>Не удалось записать в папку %1: она только для чтения или у вас нет прав на запись. Выберите другую папку.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn. Nothing was saved.</source>
        <translation>Не удалось сформировать PDF. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Could not finish writing %1 (%2). Nothing was saved: check the disk or the USB stick and try again.</source>
        <translation>Не удалось завершить запись %1 (%2). Ничего не сохранено: проверьте диск или флешку и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name for the %2.</source>
        <extracomment>%2 is the kind of file: PDF or ODT</extracomment>
        <translation>%1 — это папка. Укажите имя файла для %2.</translation>
    </message>
    <message>
        <source>The ODT could not be written. Nothing was saved.</source>
        <translation>Не удалось записать ODT. Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>EncryptedCopy</name>
    <message>
        <source>The folder %1 does not exist. Insert the stick or choose another folder.</source>
        <translation>Папка %1 не существует. Вставьте флешку или выберите другую папку.</translation>
    </message>
    <message>
        <source>Type the exchange passphrase first: the copy is locked with it.</source>
        <translation>Сначала введите парольную фразу обмена: копия шифруется ею.</translation>
    </message>
    <message>
        <source>There is not enough memory to lock the copy. Close other programs and try again.</source>
        <translation>Не хватает памяти, чтобы зашифровать копию. Закройте другие программы и повторите попытку.</translation>
    </message>
    <message>
        <source>The copy could not be written to %1 (%2). Check that the stick is not full or write-protected.</source>
        <translation>Не удалось записать копию в %1 (%2). Проверьте, что флешка не заполнена и не защищена от записи.</translation>
    </message>
    <message>
        <source>The copy on %1 does not read back as it was written. Try another stick.</source>
        <translation>Копия в %1 при повторном чтении не совпала с записанной. Попробуйте другую флешку.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Hamkori. Install the newer Hamkori to restore it.</source>
        <translation>Файл %1 создан более новой версией Hamkori. Чтобы восстановить его, установите более новую версию Hamkori.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the copy. Close other programs and try again.</source>
        <translation>Не хватает памяти, чтобы открыть копию. Закройте другие программы и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 was locked with a different exchange passphrase. Type the passphrase that was set when the copy was made.</source>
        <translation>Файл %1 зашифрован другой парольной фразой обмена. Введите парольную фразу, которая была задана, когда создавалась копия.</translation>
    </message>
    <message>
        <source>%1 is damaged or was not copied whole. Copy it again from the stick.</source>
        <translation>Файл %1 повреждён или скопирован не полностью. Скопируйте его с флешки заново.</translation>
    </message>
    <message>
        <source>The snapshot for the copy could not be read (%1). Free some disk space and try again.</source>
        <translation>Не удалось прочитать снимок файла для копии (%1). Освободите место на диске и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check that the stick is inserted and try again.</source>
        <translation>Не удалось прочитать %1 (%2). Проверьте, что флешка вставлена, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted copy of a Hamkori data file. Choose a file named hamkori-copy-….hkcopy.</source>
        <translation>%1 — не зашифрованная копия файла данных Hamkori. Выберите файл с именем hamkori-copy-….hkcopy.</translation>
    </message>
    <message>
        <source>%1 is damaged: its key settings are outside what Hamkori accepts. Copy it again from the laptop that made it.</source>
        <translation>Файл %1 повреждён: параметры его ключа выходят за пределы того, что принимает Hamkori. Скопируйте его заново с ноутбука, на котором он был создан.</translation>
    </message>
    <message>
        <source>The copy could not be opened here (%1). Free some disk space and try again.</source>
        <translation>Не удалось открыть копию здесь (%1). Освободите место на диске и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>EntryProof</name>
    <message>
        <source>The bundle gives another key for the laptop that made it than the one this laptop knows: it was made to write in that laptop&apos;s name.</source>
        <translation>Пакет данных даёт для ноутбука, который сделал это изменение, другой ключ, чем тот, что знает этот ноутбук: он сделан, чтобы писать от имени того ноутбука.</translation>
    </message>
    <message>
        <source>The bundle does not give the key of the laptop that made it, so it cannot be checked.</source>
        <translation>Пакет данных не даёт ключа ноутбука, который сделал это изменение, поэтому его нельзя проверить.</translation>
    </message>
    <message>
        <source>It carries no signature of the laptop that made it (it was passed on by a Hamkori that did not sign changes).</source>
        <translation>На нём нет подписи ноутбука, который его сделал (его передал Hamkori, который не подписывал изменения).</translation>
    </message>
    <message>
        <source>Its signature is not that of the laptop named as its author: it was altered or made in that laptop&apos;s name.</source>
        <translation>Его подпись не принадлежит ноутбуку, названному его автором: оно изменено или сделано от имени того ноутбука.</translation>
    </message>
    <message>
        <source>These changes could not be proven to come from the laptop named as their author, so they were neither applied nor kept. Changes passed on by a laptop with an older Hamkori arrive once the laptop that made them exports with this version; anything else was made in another laptop&apos;s name: tell your coordinator which stick it was.</source>
        <translation>Не удалось доказать, что эти изменения пришли от ноутбука, названного их автором, поэтому они не применены и не сохранены. Изменения, переданные ноутбуком со старым Hamkori, придут, когда ноутбук, который их сделал, выполнит экспорт этой версией; всё остальное сделано от имени другого ноутбука: сообщите координатору, какая это была флешка.</translation>
    </message>
</context>
<context>
    <name>EquipmentCondition</name>
    <message>
        <source>Good</source>
        <translation>Хорошее</translation>
    </message>
    <message>
        <source>Needs repair</source>
        <translation>Требует ремонта</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Неисправно</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>The history of the field «%1» cannot be erased: only text fields of concerns and fields that can name a person can.</source>
        <translation>Историю поля «%1» стереть нельзя: стереть можно только текстовые поля проблем и поля, в которых может быть названо лицо.</translation>
    </message>
    <message>
        <source>The erasure could not start. Nothing was changed.</source>
        <translation>Стирание не удалось начать. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The field «%1» has no earlier value to erase: only the value shown now is kept here.</source>
        <translation>У поля «%1» нет прежнего значения, которое можно стереть: здесь хранится только значение, показанное сейчас.</translation>
    </message>
</context>
<context>
    <name>EventColumns</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Participants named</source>
        <translation>Участники поимённо</translation>
    </message>
    <message>
        <source>Participants counted</source>
        <translation>Участники без имён (число)</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Test sheets</source>
        <translation>Тестовые листы</translation>
    </message>
    <message>
        <source>Average score before (%)</source>
        <translation>Средний балл до обучения (%)</translation>
    </message>
    <message>
        <source>Average score after (%)</source>
        <translation>Средний балл после обучения (%)</translation>
    </message>
    <message>
        <source>Average gain (percentage points)</source>
        <translation>Средний прирост (п. п.)</translation>
    </message>
    <message>
        <source>Feedback sheets</source>
        <translation>Анкеты обратной связи</translation>
    </message>
    <message>
        <source>Average feedback (1–5)</source>
        <translation>Средняя оценка в анкетах обратной связи (1–5)</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <source>Learning or exchange visit</source>
        <translation>Учебный визит или обмен опытом</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Information session</source>
        <translation>Информационная беседа</translation>
    </message>
    <message>
        <source>Police reporting day</source>
        <translation>День отчёта милиции</translation>
    </message>
    <message>
        <source>Awareness event</source>
        <translation>Просветительская акция</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>This event no longer exists; it may have been deleted.</source>
        <translation>Этого события больше не существует; возможно, его удалили.</translation>
    </message>
    <message>
        <source>This participant is no longer on the event&apos;s list.</source>
        <translation>Этого участника больше нет в списке события.</translation>
    </message>
    <message>
        <source>These counted participants no longer exist.</source>
        <translation>Этих подсчитанных участников больше нет.</translation>
    </message>
    <message>
        <source>This trainer is no longer on the event.</source>
        <translation>Этого тренера больше нет в событии.</translation>
    </message>
    <message>
        <source>This test sheet no longer exists.</source>
        <translation>Этого тестового листа больше нет.</translation>
    </message>
    <message>
        <source>This feedback sheet no longer exists.</source>
        <translation>Этой анкеты обратной связи больше нет.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Этой записи о последующих действиях больше нет.</translation>
    </message>
    <message>
        <source>Choose the group that held or recorded the event.</source>
        <translation>Выберите группу, которая провела или записала событие.</translation>
    </message>
    <message>
        <source>Enter the title of the event.</source>
        <translation>Введите название события.</translation>
    </message>
    <message>
        <source>Enter the first day of the event as dd.MM.yyyy.</source>
        <translation>Введите первый день события в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first day (%2).</source>
        <translation>Последний день (%1) раньше первого (%2).</translation>
    </message>
    <message>
        <source>The community policing centre chosen no longer exists. Choose another one.</source>
        <translation>Выбранного центра взаимодействия милиции с общественностью больше нет. Выберите другой.</translation>
    </message>
    <message>
        <source>The highest test score must be at least 1.</source>
        <translation>Наивысший балл теста должен быть не меньше 1.</translation>
    </message>
    <message>
        <source>A feedback sheet can have at most %1 questions; this one has %2. Join or remove some.</source>
        <translation>В анкете обратной связи может быть не больше %1 вопросов; здесь их %2. Объедините или уберите некоторые.</translation>
    </message>
    <message>
        <source>The activity chosen is not in the action plan chosen. Choose the plan first, then one of its activities.</source>
        <translation>Выбранного мероприятия нет в выбранном плане мероприятий. Сначала выберите план, затем одно из его мероприятий.</translation>
    </message>
    <message>
        <source>An organiser chosen is no longer in the directory. Choose the organisers again.</source>
        <translation>Одного из выбранных организаторов больше нет в справочнике. Выберите организаторов заново.</translation>
    </message>
    <message>
        <source>Enter the participant&apos;s name, or choose a member.</source>
        <translation>Введите имя участника или выберите члена группы.</translation>
    </message>
    <message>
        <source>People from «%1» are already counted for this event. Change that row instead.</source>
        <translation>Представители «%1» уже подсчитаны для этого события. Измените ту строку.</translation>
    </message>
    <message>
        <source>Enter the trainer&apos;s name.</source>
        <translation>Введите имя тренера.</translation>
    </message>
    <message>
        <source>The organisation chosen is no longer in the directory. Choose another one, or type its name.</source>
        <translation>Выбранной организации больше нет в справочнике. Выберите другую или введите её название.</translation>
    </message>
    <message>
        <source>Sheet %1 is already entered for this event. Give this sheet its own number.</source>
        <translation>Лист %1 для этого события уже введён. Дайте этому листу свой номер.</translation>
    </message>
    <message>
        <source>Enter the score before the training, after it, or both.</source>
        <translation>Введите балл до обучения, после него или оба.</translation>
    </message>
    <message>
        <source>A score of %1 is above the test&apos;s highest score, %2. Check the sheet, or the highest score of the event.</source>
        <translation>Балл %1 выше наивысшего балла теста, %2. Проверьте лист или наивысший балл события.</translation>
    </message>
    <message numerus="yes">
        <source>The sheet answers question %1, but the event has %n question(s).</source>
        <translation>
            <numerusform>В листе есть ответ на вопрос %1, но у события %Ln вопрос.</numerusform>
            <numerusform>В листе есть ответ на вопрос %1, но у события %Ln вопроса.</numerusform>
            <numerusform>В листе есть ответ на вопрос %1, но у события %Ln вопросов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet has no answer and no comment. Enter its answers 1–5.</source>
        <translation>В листе нет ни ответа, ни комментария. Введите его ответы от 1 до 5.</translation>
    </message>
    <message>
        <source>Enter the date of the follow-up as dd.MM.yyyy.</source>
        <translation>Введите дату последующих действий в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>Write what was done to follow the event up.</source>
        <translation>Опишите, что было сделано после события.</translation>
    </message>
    <message>
        <source>There is no event with the code %1.</source>
        <translation>Нет события с кодом %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n events have the code %1 (their teams share a code): ids %2. Name the event by its id instead.</source>
        <translation>
            <numerusform>%Ln событие имеет код %1 (у их групп один код): id %2. Укажите событие по его id.</numerusform>
            <numerusform>%Ln события имеют код %1 (у их групп один код): id %2. Укажите событие по его id.</numerusform>
            <numerusform>%Ln событий имеют код %1 (у их групп один код): id %2. Укажите событие по его id.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>No bundle from the laptop %1 was ever imported here, so what it lacks is not known. Export for any laptop instead.</source>
        <translation>С ноутбука %1 сюда ни разу не импортировался пакет данных, поэтому неизвестно, чего ему не хватает. Вместо этого выполните экспорт для любого ноутбука.</translation>
    </message>
    <message>
        <source>The bundle written to %1 could not be read back; it was removed. Check the stick and export again.</source>
        <translation>Пакет данных, записанный в %1, не удалось прочитать обратно; он удалён. Проверьте флешку и выполните экспорт снова.</translation>
    </message>
</context>
<context>
    <name>FieldValueCheck</name>
    <message>
        <source>“%1” cannot be left empty.</source>
        <translation>«%1» не может быть пустым.</translation>
    </message>
    <message>
        <source>“%1” must be a date; “%2” is not one.</source>
        <translation>«%1» должно быть датой; «%2» не является датой.</translation>
    </message>
    <message>
        <source>“%1” must be a number from %2 to %3; %4 is not.</source>
        <translation>«%1» должно быть числом от %2 до %3; %4 не подходит.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number; %2 is not.</source>
        <translation>«%1» должно быть целым числом; %2 не целое.</translation>
    </message>
    <message>
        <source>“%1” cannot be “%2”: choose one of the values in the list.</source>
        <translation>«%1» не может быть «%2»: выберите одно из значений списка.</translation>
    </message>
    <message>
        <source>“%1” is kept by Hamkori itself and cannot be changed.</source>
        <translation>«%1» ведёт сам Hamkori, его нельзя изменить.</translation>
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
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <source>Community police partnership team</source>
        <translation>Группа взаимодействия милиции с общественностью</translation>
    </message>
    <message>
        <source>Public council</source>
        <translation>Общественный совет</translation>
    </message>
    <message>
        <source>Inter-agency working group</source>
        <translation>Межведомственная рабочая группа</translation>
    </message>
    <message>
        <source>Women&apos;s initiative group</source>
        <translation>Инициативная группа женщин</translation>
    </message>
    <message>
        <source>Youth initiative group</source>
        <translation>Инициативная группа молодёжи</translation>
    </message>
    <message>
        <source>Network of civil society organisations</source>
        <translation>Сеть организаций гражданского общества</translation>
    </message>
</context>
<context>
    <name>GroupScope</name>
    <message>
        <source>All teams</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>All partnership teams</source>
        <translation>Все группы взаимодействия милиции с общественностью</translation>
    </message>
    <message>
        <source>All public councils</source>
        <translation>Все общественные советы</translation>
    </message>
    <message>
        <source>All inter-agency working groups</source>
        <translation>Все межведомственные рабочие группы</translation>
    </message>
    <message>
        <source>All women&apos;s initiative groups</source>
        <translation>Все инициативные группы женщин</translation>
    </message>
    <message>
        <source>All youth initiative groups</source>
        <translation>Все инициативные группы молодёжи</translation>
    </message>
    <message>
        <source>All networks of civil society organisations</source>
        <translation>Все сети организаций гражданского общества</translation>
    </message>
</context>
<context>
    <name>KeyLock</name>
    <message>
        <source>This data file&apos;s signing key is locked with another exchange passphrase: the one in use when it last exported. Give that earlier passphrase once; the key is then locked with the current one. Nothing was written.</source>
        <translation>Ключ подписи этого файла данных зашифрован другой парольной фразой обмена: той, что действовала при его последнем экспорте. Укажите эту прежнюю фразу один раз; затем ключ будет зашифрован текущей. Ничего не записано.</translation>
    </message>
    <message>
        <source>There was not enough memory to turn the exchange passphrase into a key. Close other programs and try again.</source>
        <translation>Не хватило памяти, чтобы превратить парольную фразу обмена в ключ. Закройте другие программы и повторите попытку.</translation>
    </message>
    <message>
        <source>This laptop&apos;s signing key is damaged and cannot be read. Restore the data file from a backup.</source>
        <translation>Ключ подписи этого ноутбука повреждён и не читается. Восстановите файл данных из резервной копии.</translation>
    </message>
    <message>
        <source>The export could not start. Nothing was written.</source>
        <translation>Экспорт не удалось начать. Ничего не записано.</translation>
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
    <message>
        <source>Save a picture of every page into &lt;folder&gt; at 1366×768 and quit.</source>
        <translation>Сохранить снимок каждой страницы в &lt;папка&gt; в разрешении 1366×768 и выйти.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Paint the main window once and quit.</source>
        <translation>Один раз отрисовать главное окно и выйти.</translation>
    </message>
    <message>
        <source>The backup was restored. The data file as it was before is kept as a backup. Import the latest bundles from the other laptops to get back what was made since that backup.</source>
        <translation>Резервная копия восстановлена. Прежний файл данных сохранён как резервная копия. Импортируйте последние пакеты данных с других ноутбуков, чтобы вернуть то, что было сделано после создания этой резервной копии.</translation>
    </message>
    <message>
        <source>hamkori: there is no display to show the window on. On a machine without a screen, run it in a virtual one: %1</source>
        <translation>hamkori: нет экрана, на котором можно показать окно. На машине без экрана запустите программу на виртуальном экране: %1</translation>
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
        <translation>Введите дату встречи в виде дд.мм.гггг.</translation>
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
    <message numerus="yes">
        <source>%n meetings have the code %1 (their teams share a code): ids %2. Name the meeting by its id instead.</source>
        <translation>
            <numerusform>%Ln встреча имеет код %1 (у их групп общий код): идентификаторы %2. Укажите встречу по идентификатору.</numerusform>
            <numerusform>%Ln встречи имеют код %1 (у их групп общий код): идентификаторы %2. Укажите встречу по идентификатору.</numerusform>
            <numerusform>%Ln встреч имеют код %1 (у их групп общий код): идентификаторы %2. Укажите встречу по идентификатору.</numerusform>
        </translation>
    </message>
    <message>
        <source>The community policing centre chosen no longer exists. Choose another one.</source>
        <translation>Выбранного центра взаимодействия больше нет. Выберите другой.</translation>
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
    <name>Merge</name>
    <message>
        <source>The change is about an unknown kind of record «%1».</source>
        <translation>Изменение относится к неизвестному виду записей «%1».</translation>
    </message>
    <message>
        <source>The change does not say which laptop made it, or its number is not valid.</source>
        <translation>В изменении не указано, на каком ноутбуке оно сделано, или его номер неверен.</translation>
    </message>
    <message>
        <source>The record id «%1» is not valid.</source>
        <translation>Идентификатор записи «%1» неверен.</translation>
    </message>
    <message>
        <source>The time stamp «%1» is not valid.</source>
        <translation>Отметка времени «%1» неверна.</translation>
    </message>
    <message>
        <source>The fields of the new record could not be read.</source>
        <translation>Не удалось прочитать поля новой записи.</translation>
    </message>
    <message>
        <source>Records of the kind «%1» have no field «%2».</source>
        <translation>У записей вида «%1» нет поля «%2».</translation>
    </message>
    <message>
        <source>This laptop already holds a different change with the same number from that laptop.</source>
        <translation>На этом ноутбуке уже есть другое изменение с тем же номером от того ноутбука.</translation>
    </message>
    <message>
        <source>The change could not be applied (%1).</source>
        <translation>Не удалось применить изменение (%1).</translation>
    </message>
    <message>
        <source>%1 %2, field «%3»: %4</source>
        <translation>%1 %2, поле «%3»: %4</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>новая запись</translation>
    </message>
    <message>
        <source>The import could not start. Nothing was changed.</source>
        <translation>Не удалось начать импорт. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This conflict was already resolved, here or on another laptop. Nothing was changed.</source>
        <translation>Этот конфликт уже разрешён — здесь или на другом ноутбуке. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The choice could not be saved. Nothing was changed.</source>
        <translation>Не удалось сохранить выбор. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This bundle comes from a laptop not yet trusted here (device %1, fingerprint %2). Nothing of it was applied. Ask the sender to read you the fingerprint their laptop shows under Settings; when it is the same, import the bundle again and trust the laptop.</source>
        <translation>Этот пакет данных пришёл с ноутбука, которому здесь ещё не доверяют (устройство %1, отпечаток %2). Ничего из него не применено. Попросите отправителя прочитать вам отпечаток, который его ноутбук показывает в настройках; если он совпадает, импортируйте пакет снова и подтвердите, что доверяете этому ноутбуку.</translation>
    </message>
    <message>
        <source>These changes are damaged or were made by a newer Hamkori (an unknown kind of record or field, or an id or time stamp that is not valid). Install the newest Hamkori on every laptop and exchange again.</source>
        <translation>Эти изменения повреждены или сделаны более новой версией Hamkori (неизвестный вид записи или поле, неверный идентификатор или отметка времени). Установите самую новую версию Hamkori на всех ноутбуках и повторите обмен.</translation>
    </message>
    <message>
        <source>Another change with the same number from the same laptop is already here: the two laptops once worked on copies of one data file. Both changes are kept; tell the coordinator.</source>
        <translation>Здесь уже есть другое изменение с тем же номером с того же ноутбука: когда-то эти два ноутбука работали с копиями одного файла данных. Оба изменения сохранены; сообщите об этом координатору.</translation>
    </message>
    <message>
        <source>damaged, or from a newer Hamkori</source>
        <translation>повреждено или из более новой версии Hamkori</translation>
    </message>
    <message>
        <source>numbered twice by one laptop</source>
        <translation>один ноутбук дважды присвоил один номер</translation>
    </message>
    <message>
        <source>waits for the record it belongs to</source>
        <translation>ожидает запись, к которой относится</translation>
    </message>
    <message>
        <source>It is stamped %1, more than three years after this laptop&apos;s date.</source>
        <translation>Он помечен датой %1 — более чем на три года позже даты этого ноутбука.</translation>
    </message>
    <message>
        <source>These changes carry a date years ahead: the clock of the laptop that made them is wrong, or the bundle was made to harm. Check the date and time on that laptop. They stay here, set aside, and apply when they are tried again once this laptop&apos;s date has reached theirs.</source>
        <translation>Эти изменения помечены датой на годы вперёд: часы ноутбука, который их сделал, идут неверно, или пакет данных сделан во вред. Проверьте дату и время на том ноутбуке. Изменения остаются здесь отложенными и применяются при повторной попытке, когда дата этого ноутбука дойдёт до их даты.</translation>
    </message>
    <message>
        <source>dated years ahead</source>
        <translation>с датой на годы вперёд</translation>
    </message>
    <message>
        <source>The bundle holds another, different change with the same number from the same laptop.</source>
        <translation>В пакете данных есть другое, отличающееся изменение с тем же номером от того же ноутбука.</translation>
    </message>
    <message>
        <source>These changes could not be applied here yet, usually because a record they belong to has not arrived. They wait here and apply by themselves when an import brings it.</source>
        <translation>Эти изменения пока не удалось применить здесь, обычно потому, что запись, к которой они относятся, ещё не пришла. Они ждут здесь и применятся сами, когда импорт принесёт эту запись.</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>Trial import: nothing was saved.</source>
        <translation>Пробный импорт: ничего не сохранено.</translation>
    </message>
    <message numerus="yes">
        <source>Everything in this bundle was already here: nothing changed (%n change(s) already known).</source>
        <translation>
            <numerusform>Всё из этого пакета данных здесь уже было: ничего не изменилось (уже известно %Ln изменение).</numerusform>
            <numerusform>Всё из этого пакета данных здесь уже было: ничего не изменилось (уже известно %Ln изменения).</numerusform>
            <numerusform>Всё из этого пакета данных здесь уже было: ничего не изменилось (уже известно %Ln изменений).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: new %2, updated %3, deleted %4, already known %5, conflicts %6, not applied %7.</source>
        <translation>%1: новых %2, изменённых %3, удалённых %4, уже известных %5, конфликтов %6, не применённых %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait in the conflict inbox for you to choose a value.</source>
        <translation>
            <numerusform>%Ln конфликт ждёт в списке конфликтов, пока вы выберете значение.</numerusform>
            <numerusform>%Ln конфликта ждут в списке конфликтов, пока вы выберете значение.</numerusform>
            <numerusform>%Ln конфликтов ждут в списке конфликтов, пока вы выберете значение.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n change(s). %1</source>
        <translation>
            <numerusform>Не применено: %Ln изменение. %1</numerusform>
            <numerusform>Не применено: %Ln изменения. %1</numerusform>
            <numerusform>Не применено: %Ln изменений. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %Ln изменение</numerusform>
            <numerusform>и ещё %Ln изменения</numerusform>
            <numerusform>и ещё %Ln изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes not applied are kept: see them and try them again with &quot;hamkori-cli quarantine&quot; or on the Set aside tab of the Exchange page.</source>
        <translation>Неприменённые изменения сохранены: посмотрите их и повторите попытку командой «hamkori-cli quarantine» или на вкладке «Отложенные изменения» страницы «Обмен».</translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n change(s). %1</source>
        <translation>
            <numerusform>Отклонено: %Ln изменение. %1</numerusform>
            <numerusform>Отклонено: %Ln изменения. %1</numerusform>
            <numerusform>Отклонено: %Ln изменений. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier value(s) erased from history, as another laptop asked.</source>
        <translation>
            <numerusform>%Ln прежнее значение стёрто из истории по просьбе другого ноутбука.</numerusform>
            <numerusform>%Ln прежних значения стёрто из истории по просьбе другого ноутбука.</numerusform>
            <numerusform>%Ln прежних значений стёрто из истории по просьбе другого ноутбука.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was also used on another laptop: the later one is now %2.</source>
        <translation>%1 использовался и на другом ноутбуке: более поздняя запись теперь %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n teams now have the code %1: %2. Two laptops each made a team with it. Give one of them another code on its Team page; until then the console program needs the team&apos;s name or id instead of the code.</source>
        <translation>
            <numerusform>%Ln группа теперь имеет код %1: %2. Два ноутбука создали по группе с ним. Дайте одной из них другой код на её странице Группа; до тех пор консольной программе нужно имя или идентификатор группы вместо кода.</numerusform>
            <numerusform>%Ln группы теперь имеют код %1: %2. Два ноутбука создали по группе с ним. Дайте одной из них другой код на её странице Группа; до тех пор консольной программе нужно имя или идентификатор группы вместо кода.</numerusform>
            <numerusform>%Ln групп теперь имеют код %1: %2. Два ноутбука создали по группе с ним. Дайте одной из них другой код на её странице Группа; до тех пор консольной программе нужно имя или идентификатор группы вместо кода.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) had been given on two laptops to different records; the later record took the next free number:</source>
        <translation>
            <numerusform>%Ln код был выдан на двух ноутбуках разным записям; более поздняя запись получила следующий свободный номер:</numerusform>
            <numerusform>%Ln кода были выданы на двух ноутбуках разным записям; более поздняя запись получила следующий свободный номер:</numerusform>
            <numerusform>%Ln кодов были выданы на двух ноутбуках разным записям; более поздняя запись получила следующий свободный номер:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in this bundle are beyond what Hamkori accepts when typed (a figure typed twice, or made by another version). They were kept, as on the laptop that sent them; check them and correct them there or here:</source>
        <translation>
            <numerusform>%Ln значение в этом пакете данных выходит за пределы того, что Hamkori принимает при вводе (число, набранное дважды, или созданное другой версией). Оно сохранено, как на ноутбуке-отправителе; проверьте его и исправьте там или здесь:</numerusform>
            <numerusform>%Ln значения в этом пакете данных выходят за пределы того, что Hamkori принимает при вводе (числа, набранные дважды, или созданные другой версией). Они сохранены, как на ноутбуке-отправителе; проверьте их и исправьте там или здесь:</numerusform>
            <numerusform>%Ln значений в этом пакете данных выходят за пределы того, что Hamkori принимает при вводе (числа, набранные дважды, или созданные другой версией). Они сохранены, как на ноутбуке-отправителе; проверьте их и исправьте там или здесь:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <source>Civil society organisation</source>
        <translation>Организация гражданского общества</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Police unit</source>
        <translation>Подразделение милиции</translation>
    </message>
    <message>
        <source>International agency</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Religious institution</source>
        <translation>Религиозное учреждение</translation>
    </message>
    <message>
        <source>School or college</source>
        <translation>Школа или колледж</translation>
    </message>
    <message>
        <source>Health facility</source>
        <translation>Медицинское учреждение</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Бизнес</translation>
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
    <name>ParticipantRole</name>
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
        <source>Civil society</source>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Население</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The exchange passphrase is too short: use at least %1 characters, for example three or four words.</source>
        <translation>Парольная фраза обмена слишком короткая: используйте не менее %1 символов, например три или четыре слова.</translation>
    </message>
    <message>
        <source>The exchange passphrase repeats too few characters: use a few words that are not easy to guess.</source>
        <translation>В парольной фразе обмена слишком мало разных символов: используйте несколько слов, которые нелегко угадать.</translation>
    </message>
    <message>
        <source>The cryptography library could not be started. Reinstall Hamkori.</source>
        <translation>Не удалось запустить криптографическую библиотеку. Переустановите Hamkori.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the exchange passphrase. Close other programs and try again.</source>
        <translation>Не хватило памяти, чтобы защитить парольную фразу обмена. Закройте другие программы и повторите попытку.</translation>
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
        <translation>Введите дату отметки о ходе выполнения в виде дд.мм.гггг.</translation>
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
        <translation>Введите дату измерения показателя в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>This indicator reading no longer exists; it may have been deleted.</source>
        <translation>Этого измерения показателя больше нет; возможно, оно было удалено.</translation>
    </message>
    <message>
        <source>«%1», id %2</source>
        <translation>«%1», идентификатор %2</translation>
    </message>
    <message numerus="yes">
        <source>%n action plans have the code %1 (their teams share a code): %2. Name the plan by its id instead.</source>
        <translation>
            <numerusform>%Ln план мероприятий имеет код %1 (у их групп общий код): %2. Укажите план по идентификатору.</numerusform>
            <numerusform>%Ln плана мероприятий имеют код %1 (у их групп общий код): %2. Укажите план по идентификатору.</numerusform>
            <numerusform>%Ln планов мероприятий имеют код %1 (у их групп общий код): %2. Укажите план по идентификатору.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation chosen is no longer in the directory. Choose another one.</source>
        <translation>Выбранной организации больше нет в справочнике. Выберите другую.</translation>
    </message>
    <message>
        <source>A progress update is carried out by one event or one campaign, not both. Choose one of them.</source>
        <translation>Отметка о ходе выполнения относится к одному событию или к одной кампании, а не к обоим. Выберите что-то одно.</translation>
    </message>
    <message>
        <source>The event chosen is not one of this team&apos;s, or no longer exists. Choose another one.</source>
        <translation>Выбранное событие не принадлежит этой группе или больше не существует. Выберите другое.</translation>
    </message>
    <message>
        <source>The campaign chosen is not one of this team&apos;s, or no longer exists. Choose another one.</source>
        <translation>Выбранная кампания не принадлежит этой группе или больше не существует. Выберите другую.</translation>
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
    <name>Plausibility</name>
    <message>
        <source>More is spent (%1) than the activity&apos;s budget (%2). Check the amounts; if the budget grew, change it too.</source>
        <translation>Израсходовано (%1) больше бюджета мероприятия (%2). Проверьте суммы; если бюджет увеличился, измените и его.</translation>
    </message>
    <message>
        <source>This date is before the activity starts (%1). Check the date.</source>
        <translation>Эта дата раньше начала мероприятия (%1). Проверьте дату.</translation>
    </message>
    <message>
        <source>The meeting is more than a year ahead (%1). Check the year.</source>
        <translation>До встречи (%1) больше года. Проверьте год.</translation>
    </message>
    <message>
        <source>Concerns first raised at this meeting are dated %1, before the meeting. Check the date of the meeting or of the concerns.</source>
        <translation>Проблемы, впервые заявленные на этой встрече, датированы %1 — раньше встречи. Проверьте дату встречи или дату проблем.</translation>
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
        <translation>Введите дату раунда определения приоритетов в виде дд.мм.гггг.</translation>
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
        <translation>Введите дату решения в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>Compare two different concerns of this round.</source>
        <translation>Сравните две разные проблемы этого раунда.</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Very safe</source>
        <translation>В полной безопасности</translation>
    </message>
    <message>
        <source>Fairly safe</source>
        <translation>Скорее в безопасности</translation>
    </message>
    <message>
        <source>A bit unsafe</source>
        <translation>Немного небезопасно</translation>
    </message>
    <message>
        <source>Very unsafe</source>
        <translation>Очень небезопасно</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>How safe do you feel walking alone in your area during the day?</source>
        <translation>Насколько безопасно вы чувствуете себя, когда днём одни ходите по своему району?</translation>
    </message>
    <message>
        <source>How safe do you feel walking alone in your area after dark?</source>
        <translation>Насколько безопасно вы чувствуете себя, когда после наступления темноты одни ходите по своему району?</translation>
    </message>
    <message>
        <source>If you feel unsafe, what are the main reasons?</source>
        <translation>Если вы чувствуете себя небезопасно, каковы основные причины?</translation>
    </message>
    <message>
        <source>Poor street lighting</source>
        <translation>Плохое уличное освещение</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Алкоголь и наркотики</translation>
    </message>
    <message>
        <source>Groups of young men in the street</source>
        <translation>Группы молодых мужчин на улице</translation>
    </message>
    <message>
        <source>Violence in families</source>
        <translation>Насилие в семьях</translation>
    </message>
    <message>
        <source>Road traffic</source>
        <translation>Дорожное движение</translation>
    </message>
    <message>
        <source>Disputes between neighbours or villages</source>
        <translation>Споры между соседями или сёлами</translation>
    </message>
    <message>
        <source>Too few police patrols</source>
        <translation>Слишком мало патрулей милиции</translation>
    </message>
    <message>
        <source>Stray dogs</source>
        <translation>Бездомные собаки</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Другие причины</translation>
    </message>
    <message>
        <source>What are the three biggest safety concerns in your community?</source>
        <translation>Каковы три самые серьёзные проблемы безопасности в вашем сообществе?</translation>
    </message>
    <message>
        <source>How much do you trust the local police?</source>
        <translation>Насколько вы доверяете местной милиции?</translation>
    </message>
    <message>
        <source>Fully</source>
        <translation>Полностью</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>В основном</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Немного</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Совсем не доверяю</translation>
    </message>
    <message>
        <source>If you had a safety problem, whom would you go to first?</source>
        <translation>Если бы у вас возникла проблема безопасности, к кому бы вы обратились в первую очередь?</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>В милицию</translation>
    </message>
    <message>
        <source>The jamoat</source>
        <translation>В джамоат</translation>
    </message>
    <message>
        <source>Elders or the mahalla committee</source>
        <translation>К старейшинам или в махаллинский комитет</translation>
    </message>
    <message>
        <source>A religious leader</source>
        <translation>К религиозному лидеру</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>К семье</translation>
    </message>
    <message>
        <source>The partnership team</source>
        <translation>В группу взаимодействия</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ни к кому</translation>
    </message>
    <message>
        <source>Have you been in contact with the police in the last 12 months?</source>
        <translation>Были ли у вас контакты с милицией за последние 12 месяцев?</translation>
    </message>
    <message>
        <source>If so, how satisfied were you with how the police dealt with you?</source>
        <translation>Если да, насколько вы были удовлетворены тем, как милиция с вами обошлась?</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Полностью удовлетворён</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Скорее удовлетворён</translation>
    </message>
    <message>
        <source>Not very satisfied</source>
        <translation>Скорее не удовлетворён</translation>
    </message>
    <message>
        <source>Not at all satisfied</source>
        <translation>Совсем не удовлетворён</translation>
    </message>
    <message>
        <source>Have you or your household been the victim of a crime in the last 12 months?</source>
        <translation>Становились ли вы или члены вашей семьи жертвой преступления за последние 12 месяцев?</translation>
    </message>
    <message>
        <source>If so, did you report it to the police?</source>
        <translation>Если да, сообщили ли вы об этом в милицию?</translation>
    </message>
    <message>
        <source>Do you know the community partnership team or the public council in your area?</source>
        <translation>Знаете ли вы группу взаимодействия милиции с общественностью или общественный совет в вашем районе?</translation>
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
    <name>RecordCatalogue</name>
    <message>
        <source>identifier</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>ноутбук</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>удалить или оставить</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>region</source>
        <translation>область</translation>
    </message>
    <message>
        <source>kind of place</source>
        <translation>тип места</translation>
    </message>
    <message>
        <source>name in English</source>
        <translation>название на английском</translation>
    </message>
    <message>
        <source>name in Tajik</source>
        <translation>название на таджикском</translation>
    </message>
    <message>
        <source>name in Russian</source>
        <translation>название на русском</translation>
    </message>
    <message>
        <source>former names</source>
        <translation>прежние названия</translation>
    </message>
    <message>
        <source>List entries</source>
        <translation>Элементы списков</translation>
    </message>
    <message>
        <source>list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>order in the list</source>
        <translation>порядок в списке</translation>
    </message>
    <message>
        <source>default weight</source>
        <translation>вес по умолчанию</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>district</source>
        <translation>район</translation>
    </message>
    <message>
        <source>jamoat</source>
        <translation>джамоат</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>established on</source>
        <translation>дата создания</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены групп</translation>
    </message>
    <message>
        <source>team</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>member category</source>
        <translation>категория члена группы</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>возрастная группа</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>post</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>joined the team on</source>
        <translation>дата вступления в группу</translation>
    </message>
    <message>
        <source>left the team on</source>
        <translation>дата выхода из группы</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>kind of meeting</source>
        <translation>вид встречи</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>фасилитатор</translation>
    </message>
    <message>
        <source>number of the minutes</source>
        <translation>номер протокола</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>повестка дня</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>протокол</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>решения</translation>
    </message>
    <message>
        <source>women guests, %1</source>
        <translation>гости-женщины, %1</translation>
    </message>
    <message>
        <source>men guests, %1</source>
        <translation>гости-мужчины, %1</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член группы</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>raised by</source>
        <translation>кем заявлена</translation>
    </message>
    <message>
        <source>meeting where it was first raised</source>
        <translation>встреча, на которой заявлена впервые</translation>
    </message>
    <message>
        <source>first raised on</source>
        <translation>дата первого заявления</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>частота</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>restricted access</source>
        <translation>ограниченный доступ</translation>
    </message>
    <message>
        <source>causes</source>
        <translation>причины</translation>
    </message>
    <message>
        <source>effects</source>
        <translation>последствия</translation>
    </message>
    <message>
        <source>offender</source>
        <translation>правонарушитель</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>пострадавший</translation>
    </message>
    <message>
        <source>place (problem triangle)</source>
        <translation>место (треугольник анализа проблемы)</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>лицо, влияющее на правонарушителя</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>защитник пострадавшего</translation>
    </message>
    <message>
        <source>manager of the place</source>
        <translation>ответственный за место</translation>
    </message>
    <message>
        <source>gender notes</source>
        <translation>заметки о гендерных аспектах</translation>
    </message>
    <message>
        <source>conflict risk</source>
        <translation>риск конфликта</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>меры по снижению риска</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>исходный уровень</translation>
    </message>
    <message>
        <source>baseline description</source>
        <translation>описание исходного уровня</translation>
    </message>
    <message>
        <source>baseline date</source>
        <translation>дата исходного уровня</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Изменения статуса</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>проблема</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>Drivers of concerns</source>
        <translation>Факторы проблем</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>фактор</translation>
    </message>
    <message>
        <source>Links between concerns</source>
        <translation>Связи между проблемами</translation>
    </message>
    <message>
        <source>concern linked from</source>
        <translation>проблема, от которой идёт связь</translation>
    </message>
    <message>
        <source>concern linked to</source>
        <translation>проблема, к которой идёт связь</translation>
    </message>
    <message>
        <source>kind of link</source>
        <translation>вид связи</translation>
    </message>
    <message>
        <source>Prioritisation rounds</source>
        <translation>Раунды определения приоритетов</translation>
    </message>
    <message>
        <source>meeting of the round</source>
        <translation>встреча раунда</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>решение принято</translation>
    </message>
    <message>
        <source>note on the decision</source>
        <translation>примечание к решению</translation>
    </message>
    <message>
        <source>Criteria of rounds</source>
        <translation>Критерии раундов</translation>
    </message>
    <message>
        <source>prioritisation round</source>
        <translation>раунд определения приоритетов</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>критерий</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вес</translation>
    </message>
    <message>
        <source>Concerns in rounds</source>
        <translation>Проблемы в раундах</translation>
    </message>
    <message>
        <source>chosen as a priority</source>
        <translation>выбрана в качестве приоритетной</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>participant group</source>
        <translation>группа участников</translation>
    </message>
    <message>
        <source>score</source>
        <translation>балл</translation>
    </message>
    <message>
        <source>Pairwise comparisons</source>
        <translation>Попарные сравнения</translation>
    </message>
    <message>
        <source>first concern of the pair</source>
        <translation>первая проблема пары</translation>
    </message>
    <message>
        <source>second concern of the pair</source>
        <translation>вторая проблема пары</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>победитель</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Планы мероприятий</translation>
    </message>
    <message>
        <source>start of the period</source>
        <translation>начало периода</translation>
    </message>
    <message>
        <source>end of the period</source>
        <translation>конец периода</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>meeting that adopted it</source>
        <translation>встреча, на которой он принят</translation>
    </message>
    <message>
        <source>minutes number of the adoption</source>
        <translation>номер протокола о принятии</translation>
    </message>
    <message>
        <source>name of the approver</source>
        <translation>имя утверждающего</translation>
    </message>
    <message>
        <source>post of the approver</source>
        <translation>должность утверждающего</translation>
    </message>
    <message>
        <source>Concerns in plans</source>
        <translation>Проблемы в планах мероприятий</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>план мероприятий</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>lead body</source>
        <translation>ответственный исполнитель</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>дата начала</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>срок исполнения</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>ресурсы</translation>
    </message>
    <message>
        <source>funding source</source>
        <translation>источник финансирования</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>output indicator</source>
        <translation>показатель непосредственного результата</translation>
    </message>
    <message>
        <source>outcome indicator</source>
        <translation>показатель конечного результата</translation>
    </message>
    <message>
        <source>baseline of the outcome</source>
        <translation>исходный уровень конечного результата</translation>
    </message>
    <message>
        <source>target</source>
        <translation>целевой уровень</translation>
    </message>
    <message>
        <source>means of verification</source>
        <translation>источники проверки</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>риски</translation>
    </message>
    <message>
        <source>gender and conflict notes</source>
        <translation>гендерные и конфликтные аспекты</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Отметки о ходе выполнения</translation>
    </message>
    <message>
        <source>women reached, %1</source>
        <translation>охвачено женщин, %1</translation>
    </message>
    <message>
        <source>men reached, %1</source>
        <translation>охвачено мужчин, %1</translation>
    </message>
    <message>
        <source>reached indirectly</source>
        <translation>охвачено косвенно</translation>
    </message>
    <message>
        <source>money spent</source>
        <translation>израсходованная сумма</translation>
    </message>
    <message>
        <source>Indicator readings</source>
        <translation>Измерения показателей</translation>
    </message>
    <message>
        <source>value measured</source>
        <translation>измеренное значение</translation>
    </message>
    <message>
        <source>chair of the meeting</source>
        <translation>председатель заседания</translation>
    </message>
    <message>
        <source>secretary of the meeting</source>
        <translation>секретарь заседания</translation>
    </message>
    <message>
        <source>name of the one who agreed it</source>
        <translation>имя согласовавшего</translation>
    </message>
    <message>
        <source>post of the one who agreed it</source>
        <translation>должность согласовавшего</translation>
    </message>
    <message>
        <source>outgoing number</source>
        <translation>исходящий номер</translation>
    </message>
    <message>
        <source>number of the ordinance</source>
        <translation>номер распоряжения</translation>
    </message>
    <message>
        <source>date of the ordinance</source>
        <translation>дата распоряжения</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>краткое название</translation>
    </message>
    <message>
        <source>kind of organisation</source>
        <translation>вид организации</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <source>experience with international agencies</source>
        <translation>опыт работы с международными организациями</translation>
    </message>
    <message>
        <source>network memorandum signed on</source>
        <translation>дата подписания меморандума сети</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>Districts of organisations</source>
        <translation>Районы организаций</translation>
    </message>
    <message>
        <source>Expertise of organisations</source>
        <translation>Области экспертизы организаций</translation>
    </message>
    <message>
        <source>field of expertise</source>
        <translation>область экспертизы</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>kind of service</source>
        <translation>вид услуги</translation>
    </message>
    <message>
        <source>Community policing centres</source>
        <translation>Центры взаимодействия милиции с общественностью</translation>
    </message>
    <message>
        <source>opened on</source>
        <translation>дата открытия</translation>
    </message>
    <message>
        <source>renovated on</source>
        <translation>дата ремонта</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>часы работы</translation>
    </message>
    <message>
        <source>Equipment of centres</source>
        <translation>Оборудование центров</translation>
    </message>
    <message>
        <source>community policing centre</source>
        <translation>центр взаимодействия милиции с общественностью</translation>
    </message>
    <message>
        <source>item</source>
        <translation>предмет</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>Reception days at centres</source>
        <translation>Приёмные дни в центрах</translation>
    </message>
    <message>
        <source>women visitors, %1</source>
        <translation>посетители-женщины, %1</translation>
    </message>
    <message>
        <source>men visitors, %1</source>
        <translation>посетители-мужчины, %1</translation>
    </message>
    <message>
        <source>kind of group</source>
        <translation>вид группы</translation>
    </message>
    <message>
        <source>organisation in the directory</source>
        <translation>организация в справочнике</translation>
    </message>
    <message>
        <source>lead organisation in the directory</source>
        <translation>ответственный исполнитель из справочника</translation>
    </message>
    <message>
        <source>Groups meeting at centres</source>
        <translation>Группы, собирающиеся в центрах</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <source>women referred, %1</source>
        <translation>направленные женщины, %1</translation>
    </message>
    <message>
        <source>men referred, %1</source>
        <translation>направленные мужчины, %1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>Requests and recommendations</source>
        <translation>Запросы и рекомендации</translation>
    </message>
    <message>
        <source>request or recommendation</source>
        <translation>запрос или рекомендация</translation>
    </message>
    <message>
        <source>what was asked</source>
        <translation>суть запроса</translation>
    </message>
    <message>
        <source>meeting where it was made</source>
        <translation>встреча, на которой обратились</translation>
    </message>
    <message>
        <source>addressed to (directory)</source>
        <translation>кому (из справочника)</translation>
    </message>
    <message>
        <source>addressed to</source>
        <translation>кому</translation>
    </message>
    <message>
        <source>made on</source>
        <translation>дата обращения</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>answered on</source>
        <translation>дата ответа</translation>
    </message>
    <message>
        <source>money pledged</source>
        <translation>обещанная сумма</translation>
    </message>
    <message>
        <source>money delivered</source>
        <translation>выделенная сумма</translation>
    </message>
    <message>
        <source>Partners of activities</source>
        <translation>Партнёры мероприятий</translation>
    </message>
    <message>
        <source>answer to question %1</source>
        <translation>ответ на вопрос %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>kind of event</source>
        <translation>вид события</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>первый день</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>последний день</translation>
    </message>
    <message>
        <source>other organisers</source>
        <translation>другие организаторы</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>темы</translation>
    </message>
    <message>
        <source>highest test score</source>
        <translation>наивысший балл теста</translation>
    </message>
    <message>
        <source>feedback questions</source>
        <translation>вопросы анкеты обратной связи</translation>
    </message>
    <message>
        <source>Organisers of events</source>
        <translation>Организаторы событий</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>Concerns of events</source>
        <translation>Проблемы событий</translation>
    </message>
    <message>
        <source>Participants of events</source>
        <translation>Участники событий</translation>
    </message>
    <message>
        <source>member&apos;s identifier</source>
        <translation>идентификатор члена группы</translation>
    </message>
    <message>
        <source>comes from</source>
        <translation>принадлежность</translation>
    </message>
    <message>
        <source>Participants counted</source>
        <translation>Подсчитанные участники</translation>
    </message>
    <message>
        <source>women taking part, %1</source>
        <translation>участницы, %1</translation>
    </message>
    <message>
        <source>men taking part, %1</source>
        <translation>участники-мужчины, %1</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <source>background</source>
        <translation>сектор</translation>
    </message>
    <message>
        <source>Test sheets</source>
        <translation>Тестовые листы</translation>
    </message>
    <message>
        <source>sheet number</source>
        <translation>номер листа</translation>
    </message>
    <message>
        <source>score before</source>
        <translation>балл до обучения</translation>
    </message>
    <message>
        <source>score after</source>
        <translation>балл после обучения</translation>
    </message>
    <message>
        <source>Feedback sheets</source>
        <translation>Анкеты обратной связи</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>Follow-ups of events</source>
        <translation>Последующие действия по событиям</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Информационные кампании</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <source>how the indirect reach was estimated</source>
        <translation>как оценён косвенный охват</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>стоимость</translation>
    </message>
    <message>
        <source>Channels of campaigns</source>
        <translation>Каналы кампаний</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>кампания</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>Concerns of campaigns</source>
        <translation>Проблемы кампаний</translation>
    </message>
    <message>
        <source>Materials of campaigns</source>
        <translation>Материалы кампаний</translation>
    </message>
    <message>
        <source>material</source>
        <translation>материал</translation>
    </message>
    <message>
        <source>carried out by the event</source>
        <translation>выполнено в ходе события</translation>
    </message>
    <message>
        <source>carried out by the campaign</source>
        <translation>выполнено в ходе кампании</translation>
    </message>
    <message>
        <source>Perception surveys</source>
        <translation>Опросы общественного мнения</translation>
    </message>
    <message>
        <source>kind of survey</source>
        <translation>вид опроса</translation>
    </message>
    <message>
        <source>villages or mahallas</source>
        <translation>сёла или махалли</translation>
    </message>
    <message>
        <source>interviewers</source>
        <translation>интервьюеры</translation>
    </message>
    <message>
        <source>women tallied, %1</source>
        <translation>подсчитанные женщины, %1</translation>
    </message>
    <message>
        <source>men tallied, %1</source>
        <translation>подсчитанные мужчины, %1</translation>
    </message>
    <message>
        <source>people tallied without sex or age</source>
        <translation>подсчитанные без пола и возраста</translation>
    </message>
    <message>
        <source>Concerns of surveys</source>
        <translation>Проблемы опросов</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>опрос</translation>
    </message>
    <message>
        <source>Survey questions</source>
        <translation>Вопросы опроса</translation>
    </message>
    <message>
        <source>question number</source>
        <translation>номер вопроса</translation>
    </message>
    <message>
        <source>what it asks</source>
        <translation>тема вопроса</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>ответы</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>options</source>
        <translation>варианты ответа</translation>
    </message>
    <message>
        <source>most answers allowed</source>
        <translation>наибольшее число ответов</translation>
    </message>
    <message>
        <source>Survey sheets</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>respondent group</source>
        <translation>категория респондента</translation>
    </message>
    <message>
        <source>Survey tallies</source>
        <translation>Подсчёты ответов</translation>
    </message>
    <message>
        <source>option number</source>
        <translation>номер варианта ответа</translation>
    </message>
    <message>
        <source>women who chose it, %1</source>
        <translation>женщины, выбравшие его, %1</translation>
    </message>
    <message>
        <source>men who chose it, %1</source>
        <translation>мужчины, выбравшие его, %1</translation>
    </message>
    <message>
        <source>chose it, sex and age not noted</source>
        <translation>выбрали его, пол и возраст не отмечены</translation>
    </message>
</context>
<context>
    <name>RecordEdits</name>
    <message>
        <source>A change was refused: records of this kind have no field «%1».</source>
        <translation>Изменение отклонено: у записей этого вида нет поля «%1».</translation>
    </message>
    <message>
        <source>A change was refused: records of the kind «%1» are not edited this way.</source>
        <translation>Изменение отклонено: записи вида «%1» так не изменяются.</translation>
    </message>
    <message>
        <source>The change could not start. Nothing was changed; try again.</source>
        <translation>Не удалось начать изменение. Ничего не изменено; попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>RecordLifecycle</name>
    <message>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>Этой записи больше нет; возможно, она была удалена.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>Hamkori tried to store a field it does not know (%1 of %2). Nothing was changed; please report this.</source>
        <translation>Hamkori попытался сохранить неизвестное ему поле (%1 в «%2»). Ничего не изменено; пожалуйста, сообщите об этом.</translation>
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
        <translation>Бедствия и чрезвычайные ситуации, угрожающие здоровью населения</translation>
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
    <message>
        <source>Gender and gender-based violence</source>
        <translation>Гендер и гендерное насилие</translation>
    </message>
    <message>
        <source>Human rights and legal aid</source>
        <translation>Права человека и юридическая помощь</translation>
    </message>
    <message>
        <source>Work with youth</source>
        <translation>Работа с молодёжью</translation>
    </message>
    <message>
        <source>Community policing</source>
        <translation>Взаимодействие милиции с общественностью</translation>
    </message>
    <message>
        <source>Conflict resolution and mediation</source>
        <translation>Разрешение конфликтов и медиация</translation>
    </message>
    <message>
        <source>Preventing violent extremism</source>
        <translation>Предупреждение насильственного экстремизма</translation>
    </message>
    <message>
        <source>Migration and trafficking</source>
        <translation>Миграция и торговля людьми</translation>
    </message>
    <message>
        <source>Psychology and counselling</source>
        <translation>Психология и консультирование</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <source>Water, land and environment</source>
        <translation>Вода, земля и окружающая среда</translation>
    </message>
    <message>
        <source>Media and communication</source>
        <translation>СМИ и коммуникация</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психосоциальная поддержка</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Убежище</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <source>Employment and vocational training</source>
        <translation>Трудоустройство и профессиональное обучение</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Телефон доверия</translation>
    </message>
    <message>
        <source>Reintegration of returnees</source>
        <translation>Реинтеграция вернувшихся</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Медиация</translation>
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
    <message>
        <source>Fields of expertise</source>
        <translation>Области экспертизы</translation>
    </message>
    <message>
        <source>Kinds of service</source>
        <translation>Виды услуг</translation>
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
            <numerusform>Этот элемент используется в %Ln записи. Сначала измените соответствующие записи или переименуйте элемент вместо удаления.</numerusform>
            <numerusform>Этот элемент используется в %Ln записях. Сначала измените соответствующие записи или переименуйте элемент вместо удаления.</numerusform>
            <numerusform>Этот элемент используется в %Ln записях. Сначала измените соответствующие записи или переименуйте элемент вместо удаления.</numerusform>
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
    <name>ReferralOutcome</name>
    <message>
        <source>Waiting for the service</source>
        <translation>Ожидает услугу</translation>
    </message>
    <message>
        <source>Received the service</source>
        <translation>Получил(а) услугу</translation>
    </message>
    <message>
        <source>Did not go</source>
        <translation>Не обратился(лась)</translation>
    </message>
    <message>
        <source>The service could not help</source>
        <translation>Услуга не смогла помочь</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
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
    <message>
        <source>The action plan chosen is not one of this group&apos;s. Choose one of its plans, or none.</source>
        <translation>Выбранный план мероприятий не принадлежит этой группе. Выберите один из её планов или никакой.</translation>
    </message>
    <message>
        <source>A concern chosen is not one of this group&apos;s. Choose its concerns again.</source>
        <translation>Одна из выбранных проблем не принадлежит этой группе. Выберите её проблемы заново.</translation>
    </message>
</context>
<context>
    <name>RespondentGroup</name>
    <message>
        <source>Resident</source>
        <translation>Житель</translation>
    </message>
    <message>
        <source>Pupil or student</source>
        <translation>Школьник или студент</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Торговец</translation>
    </message>
    <message>
        <source>Worker or farmer</source>
        <translation>Рабочий или фермер</translation>
    </message>
    <message>
        <source>Returned labour migrant</source>
        <translation>Вернувшийся трудовой мигрант</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>RespondentSplit</name>
    <message>
        <source>All respondents</source>
        <translation>Все респонденты</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
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
        <translation>50 и старше</translation>
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
        <translation>слишком мало ответов (n=%1)</translation>
    </message>
    <message>
        <source>%1 % (%2–%3) n=%4</source>
        <comment>a percentage, its 95% interval and the number of answers</comment>
        <translation>%1 % (%2–%3) n=%4</translation>
    </message>
    <message>
        <source>%1 points</source>
        <comment>percentage points, with a sign: +17 points</comment>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>слишком мало ответов</translation>
    </message>
    <message>
        <source>%1 points (%2 to %3)</source>
        <comment>percentage points and their 95% interval</comment>
        <translation>%1 п. п. (от %2 до %3)</translation>
    </message>
    <message>
        <source>This team has no baseline and no endline survey yet.</source>
        <translation>У этой группы пока нет ни исходного, ни итогового опроса.</translation>
    </message>
    <message>
        <source>This team has no endline survey yet.</source>
        <translation>У этой группы пока нет итогового опроса.</translation>
    </message>
    <message>
        <source>This team has no baseline survey that started before its endline.</source>
        <translation>У этой группы нет исходного опроса, начатого до итогового.</translation>
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
        <translation>Отправитель — ноутбук %1 под новым идентификатором (его файл данных скопировали или восстановили из более старой копии). Ему доверяют, потому что %1 подтвердил новый идентификатор своей подписью.</translation>
    </message>
    <message>
        <source>This bundle says it was made by this laptop (%1), but it is signed with another key: another laptop is writing in this laptop&apos;s name. Nothing was imported. Ask who gave you the bundle, and tell your coordinator.</source>
        <translation>В этом пакете данных сказано, что его сделал этот ноутбук (%1), но он подписан другим ключом: другой ноутбук пишет от имени этого ноутбука. Ничего не импортировано. Спросите, кто дал вам пакет, и сообщите координатору.</translation>
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
    <name>StatusNotes</name>
    <message>
        <source>Addressed by the adopted action plan %1</source>
        <translation>Включена в принятый план мероприятий %1</translation>
    </message>
    <message>
        <source>The change to action plan %1 was undone</source>
        <translation>Изменение плана мероприятий %1 отменено</translation>
    </message>
    <message>
        <source>Decision of the prioritisation round undone</source>
        <translation>Решение раунда определения приоритетов отменено</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>изменение отменено</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The data file could not be read or written (%1). Check that the disk is not full and the file is not open in another program, then try again.</source>
        <translation>Не удалось прочитать или записать файл данных (%1). Проверьте, что диск не заполнен и файл не открыт в другой программе, затем повторите попытку.</translation>
    </message>
    <message>
        <source>A record this change belongs to or names is not in the data file: it has not arrived yet, or it was deleted. Nothing of the change was saved.</source>
        <translation>Записи, к которой относится это изменение или на которую оно ссылается, нет в файле данных: она ещё не пришла или была удалена. Из этого изменения ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>SurveyColumns</name>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденты</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Low (95 % interval)</source>
        <translation>Нижняя граница (интервал 95 %)</translation>
    </message>
    <message>
        <source>High (95 % interval)</source>
        <translation>Верхняя граница (интервал 95 %)</translation>
    </message>
    <message>
        <source>Too few answers</source>
        <translation>Слишком мало ответов</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <source>Respondent group</source>
        <translation>Категория респондента</translation>
    </message>
    <message>
        <source>Q%1 in words</source>
        <translation>В%1 словами</translation>
    </message>
</context>
<context>
    <name>SurveyExport</name>
    <message>
        <source>The survey sheets are sensitive and were not asked for: only the indicators may be written. Tick the box for the sheets, or give --sensitive, to write them.</source>
        <translation>Анкеты чувствительны и не были запрошены: можно записать только показатели. Чтобы записать их, отметьте флажок анкет или укажите --sensitive.</translation>
    </message>
</context>
<context>
    <name>SurveyIndicator</name>
    <message>
        <source>Feel safe in their area by day</source>
        <translation>Чувствуют себя в безопасности в своём районе днём</translation>
    </message>
    <message>
        <source>Feel safe in their area after dark</source>
        <translation>Чувствуют себя в безопасности в своём районе после наступления темноты</translation>
    </message>
    <message>
        <source>Trust the local police</source>
        <translation>Доверяют местной милиции</translation>
    </message>
    <message>
        <source>Would go to the police first</source>
        <translation>В первую очередь обратились бы в милицию</translation>
    </message>
    <message>
        <source>Know the partnership team</source>
        <translation>Знают группу взаимодействия</translation>
    </message>
    <message>
        <source>Satisfied with their contact with the police</source>
        <translation>Удовлетворены контактом с милицией</translation>
    </message>
    <message>
        <source>Victims of a crime in the last 12 months</source>
        <translation>Стали жертвой преступления за последние 12 месяцев</translation>
    </message>
    <message>
        <source>Victims who reported it to the police</source>
        <translation>Жертвы, сообщившие в милицию</translation>
    </message>
</context>
<context>
    <name>SurveyKind</name>
    <message>
        <source>Baseline</source>
        <translation>Исходный</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Промежуточный</translation>
    </message>
    <message>
        <source>Endline</source>
        <translation>Итоговый</translation>
    </message>
    <message>
        <source>Other survey</source>
        <translation>Другой опрос</translation>
    </message>
</context>
<context>
    <name>SurveyRepository</name>
    <message>
        <source>This question no longer exists.</source>
        <translation>Этого вопроса больше нет.</translation>
    </message>
    <message>
        <source>This survey no longer exists; it may have been deleted.</source>
        <translation>Этого опроса больше нет; возможно, он удалён.</translation>
    </message>
    <message>
        <source>Choose the group that took the survey.</source>
        <translation>Выберите группу, которая провела опрос.</translation>
    </message>
    <message>
        <source>Enter the first day of the survey as dd.MM.yyyy.</source>
        <translation>Введите первый день опроса в виде дд.ММ.гггг.</translation>
    </message>
    <message>
        <source>The survey ends (%1) before it starts (%2).</source>
        <translation>Опрос заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>A number of people tallied must be between 0 and %1.</source>
        <translation>Число подсчитанных должно быть от 0 до %1.</translation>
    </message>
    <message>
        <source>The survey whose questions were to be copied no longer exists. Choose another one, or start from the standard questionnaire.</source>
        <translation>Опроса, вопросы которого нужно было скопировать, больше нет. Выберите другой или начните со стандартного опросника.</translation>
    </message>
    <message>
        <source>There is no survey with the code %1.</source>
        <translation>Опроса с кодом %1 нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n surveys have the code %1 (their teams share a code): ids %2. Name the survey by its id instead.</source>
        <translation>
            <numerusform>%n опрос имеет код %1 (у их групп общий код): идентификаторы %2. Укажите опрос по идентификатору.</numerusform>
            <numerusform>%n опроса имеют код %1 (у их групп общий код): идентификаторы %2. Укажите опрос по идентификатору.</numerusform>
            <numerusform>%n опросов имеют код %1 (у их групп общий код): идентификаторы %2. Укажите опрос по идентификатору.</numerusform>
        </translation>
    </message>
    <message>
        <source>A survey has at most %1 questions. Remove a question before adding another.</source>
        <translation>В опросе не больше %1 вопросов. Удалите вопрос, прежде чем добавлять другой.</translation>
    </message>
    <message>
        <source>The survey already has a question %1.</source>
        <translation>В опросе уже есть вопрос %1.</translation>
    </message>
    <message>
        <source>Write the question as the sheet asks it.</source>
        <translation>Напишите вопрос так, как он задан в анкете.</translation>
    </message>
    <message>
        <source>A question needs at least two options, one per line.</source>
        <translation>Вопросу нужны хотя бы два варианта ответа, по одному в строке.</translation>
    </message>
    <message>
        <source>A question has at most %1 options.</source>
        <translation>У вопроса не больше %1 вариантов ответа.</translation>
    </message>
    <message>
        <source>An option added after the standard ones has no text. Write it, or remove the empty line.</source>
        <translation>У варианта ответа, добавленного после стандартных, нет текста. Напишите его или удалите пустую строку.</translation>
    </message>
    <message>
        <source>A concern category offered is no longer in the list. Choose the categories again.</source>
        <translation>Одной из предложенных категорий проблем больше нет в списке. Выберите категории заново.</translation>
    </message>
    <message>
        <source>The most answers allowed must be between 0 (any number) and the number of options, %1.</source>
        <translation>Наибольшее число ответов должно быть от 0 (любое) до числа вариантов, %1.</translation>
    </message>
    <message>
        <source>This survey sheet no longer exists.</source>
        <translation>Этой анкеты больше нет.</translation>
    </message>
    <message>
        <source>This tally no longer exists.</source>
        <translation>Этого подсчёта больше нет.</translation>
    </message>
    <message>
        <source>A sheet number is between 1 and %1.</source>
        <translation>Номер анкеты — от 1 до %1.</translation>
    </message>
    <message>
        <source>Sheet %1 is already typed in. Give this sheet its own number.</source>
        <translation>Анкета %1 уже введена. Дайте этой анкете собственный номер.</translation>
    </message>
    <message>
        <source>The survey has no question %1. Leave its answer empty.</source>
        <translation>В опросе нет вопроса %1. Оставьте ответ на него пустым.</translation>
    </message>
    <message>
        <source>Question %1 has options 1 to %2; %3 is not one of them.</source>
        <translation>У вопроса %1 варианты от 1 до %2; %3 среди них нет.</translation>
    </message>
    <message>
        <source>An option of question %1 is given twice.</source>
        <translation>Вариант ответа на вопрос %1 указан дважды.</translation>
    </message>
    <message>
        <source>Question %1 takes one answer.</source>
        <translation>На вопрос %1 даётся один ответ.</translation>
    </message>
    <message>
        <source>Question %1 takes at most %2 answers.</source>
        <translation>На вопрос %1 даётся не больше %2 ответов.</translation>
    </message>
    <message>
        <source>The survey has no question %1.</source>
        <translation>В опросе нет вопроса %1.</translation>
    </message>
    <message>
        <source>A tally must be between 0 and %1.</source>
        <translation>Подсчёт должен быть от 0 до %1.</translation>
    </message>
    <message>
        <source>Option %1 of question %2 already has a tally; change that one.</source>
        <translation>У варианта %1 вопроса %2 уже есть подсчёт; измените его.</translation>
    </message>
</context>
<context>
    <name>SurveyTopic</name>
    <message>
        <source>Feels safe by day</source>
        <translation>Чувствует себя в безопасности днём</translation>
    </message>
    <message>
        <source>Feels safe at night</source>
        <translation>Чувствует себя в безопасности ночью</translation>
    </message>
    <message>
        <source>Reasons for feeling unsafe</source>
        <translation>Причины чувства небезопасности</translation>
    </message>
    <message>
        <source>Biggest safety concerns</source>
        <translation>Самые серьёзные проблемы безопасности</translation>
    </message>
    <message>
        <source>Trust in the local police</source>
        <translation>Доверие к местной милиции</translation>
    </message>
    <message>
        <source>Whom one would go to first</source>
        <translation>К кому обратились бы в первую очередь</translation>
    </message>
    <message>
        <source>Contact with the police</source>
        <translation>Контакт с милицией</translation>
    </message>
    <message>
        <source>Satisfaction with the contact</source>
        <translation>Удовлетворённость контактом</translation>
    </message>
    <message>
        <source>Victim of a crime</source>
        <translation>Жертва преступления</translation>
    </message>
    <message>
        <source>Crime reported</source>
        <translation>Сообщено о преступлении</translation>
    </message>
    <message>
        <source>Knows the team</source>
        <translation>Знает группу</translation>
    </message>
    <message>
        <source>Question of the team</source>
        <translation>Вопрос группы</translation>
    </message>
</context>
<context>
    <name>SyncRepository</name>
    <message>
        <source>This bundle says it comes from the laptop %1, but it was signed with a different key than the bundles that laptop sent before. It may come from another laptop pretending to be it. Nothing was imported.</source>
        <translation>Этот пакет данных указывает, что он пришёл с ноутбука %1, но подписан другим ключом, чем пакеты, которые этот ноутбук присылал раньше. Возможно, его прислал другой ноутбук, выдающий себя за этот. Ничего не импортировано.</translation>
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
    <message>
        <source>%1, id %2</source>
        <translation>%1, идентификатор %2</translation>
    </message>
    <message numerus="yes">
        <source>%n teams have the code %1: %2. Two laptops each made a team with it. Name the team by its name or its id instead, and give one of them another code on its Team page.</source>
        <translation>
            <numerusform>%Ln группа имеет код %1: %2. Два ноутбука создали по группе с ним. Укажите группу по имени или идентификатору и дайте одной из них другой код на её странице Группа.</numerusform>
            <numerusform>%Ln группы имеют код %1: %2. Два ноутбука создали по группе с ним. Укажите группу по имени или идентификатору и дайте одной из них другой код на её странице Группа.</numerusform>
            <numerusform>%Ln групп имеют код %1: %2. Два ноутбука создали по группе с ним. Укажите группу по имени или идентификатору и дайте одной из них другой код на её странице Группа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teams are named «%1»: %2. Name the team by its id instead.</source>
        <translation>
            <numerusform>%Ln группа называется «%1»: %2. Укажите группу по идентификатору.</numerusform>
            <numerusform>%Ln группы называются «%1»: %2. Укажите группу по идентификатору.</numerusform>
            <numerusform>%Ln групп называются «%1»: %2. Укажите группу по идентификатору.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no team with the code, name or id %1.</source>
        <translation>Нет группы с кодом, именем или идентификатором %1.</translation>
    </message>
    <message>
        <source>The organisation chosen is no longer in the directory. Choose another one or type its name.</source>
        <translation>Выбранной организации больше нет в справочнике. Выберите другую или введите её название.</translation>
    </message>
</context>
<context>
    <name>TrainerBackground</name>
    <message>
        <source>State</source>
        <translation>Государственный</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Академический</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Международный</translation>
    </message>
</context>
<context>
    <name>TypedDate</name>
    <message>
        <source>“%1”: %2 has no day %3. Check the day and the month.</source>
        <translation>«%1»: в месяце %2 нет %3-го числа. Проверьте день и месяц.</translation>
    </message>
    <message>
        <source>“%1”: the year %2 cannot be right. Type a year between %3 and %4.</source>
        <translation>«%1»: год %2 не может быть верным. Введите год от %3 до %4.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type the day, month and year, for example %2.</source>
        <translation>«%1» — это не дата. Введите день, месяц и год, например %2.</translation>
    </message>
    <message>
        <source>“%1”: the year is not complete. Type it with four digits, for example %2.</source>
        <translation>«%1»: год указан не полностью. Введите его четырьмя цифрами, например %2.</translation>
    </message>
    <message>
        <source>“%1”: there is no month %2. Type the day first, then the month (1 to 12), for example %3.</source>
        <translation>«%1»: месяца %2 не бывает. Сначала введите день, затем месяц (от 1 до 12), например %3.</translation>
    </message>
    <message>
        <source>This date cannot be left empty. Type it, for example %1, or pick it in the calendar.</source>
        <translation>Эту дату нельзя оставить пустой. Введите её, например %1, или выберите в календаре.</translation>
    </message>
</context>
<context>
    <name>WaitingConcernModel</name>
    <message>
        <source>%1 (restricted: left out of exports and printouts)</source>
        <translation>%1 (ограниченный доступ: не включается в экспорт и распечатки)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>First raised</source>
        <translation>Впервые заявлена</translation>
    </message>
</context>
<context>
    <name>hamkori::AboutDialog</name>
    <message>
        <source>About Hamkori</source>
        <translation>О программе Hamkori</translation>
    </message>
    <message>
        <source>Hamkori %1</source>
        <translation>Hamkori %1</translation>
    </message>
    <message>
        <source>The case book of community police partnership teams: concerns, priorities, action plans and their progress, kept on this laptop without internet.</source>
        <translation>Журнал групп взаимодействия милиции с общественностью: проблемы, приоритеты, планы мероприятий и ход их выполнения хранятся на этом ноутбуке без интернета.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>Файл данных:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Версия Qt:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or any later version. Hamkori comes with no warranty.</source>
        <translation>Стандартная общественная лицензия GNU версии 3 или любой более поздней версии. Hamkori предоставляется без каких-либо гарантий.</translation>
    </message>
</context>
<context>
    <name>hamkori::AddLinkDialog</name>
    <message>
        <source>Link %1 to another concern</source>
        <translation>Связать %1 с другой проблемой</translation>
    </message>
    <message>
        <source>&amp;Find the other concern by its code or words of its title:</source>
        <translation>&amp;Найдите другую проблему по коду или словам из названия:</translation>
    </message>
    <message>
        <source>Code or title</source>
        <translation>Код или название</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>Нап&amp;равление:</translation>
    </message>
    <message>
        <source>From %1 to the other concern</source>
        <translation>От %1 к другой проблеме</translation>
    </message>
    <message>
        <source>From the other concern to %1</source>
        <translation>От другой проблемы к %1</translation>
    </message>
    <message>
        <source>&amp;Kind of link:</source>
        <translation>&amp;Вид связи:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>How the two concerns are connected (optional)</source>
        <translation>Как связаны эти две проблемы (необязательно)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&amp;Add link</source>
        <translation>&amp;Добавить связь</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose the concern to link to in the list.</source>
        <translation>Выберите в списке проблему, с которой нужно установить связь.</translation>
    </message>
</context>
<context>
    <name>hamkori::AnalysisTab</name>
    <message>
        <source>change the causes of %1</source>
        <translation>изменение причин %1</translation>
    </message>
    <message>
        <source>change the effects of %1</source>
        <translation>изменение последствий %1</translation>
    </message>
    <message>
        <source>change the gender notes of %1</source>
        <translation>изменение заметок о гендерных аспектах %1</translation>
    </message>
    <message>
        <source>change the conflict risk of %1</source>
        <translation>изменение риска конфликта %1</translation>
    </message>
    <message>
        <source>change the conflict mitigation of %1</source>
        <translation>изменение мер по снижению риска %1</translation>
    </message>
    <message>
        <source>change the problem triangle of %1</source>
        <translation>изменение треугольника анализа проблемы %1</translation>
    </message>
    <message>
        <source>Enter the baseline figure as a number, e.g. %1.</source>
        <translation>Введите исходный уровень числом, например %1.</translation>
    </message>
    <message>
        <source>change the baseline of %1</source>
        <translation>изменение исходного уровня %1</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <source>Add a cause, then press Enter</source>
        <translation>Добавьте причину и нажмите Enter</translation>
    </message>
    <message>
        <source>Add an effect, then press Enter</source>
        <translation>Добавьте последствие и нажмите Enter</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Факторы</translation>
    </message>
    <message>
        <source>Tick what drives the concern</source>
        <translation>Отметьте факторы, которые влияют на проблему</translation>
    </message>
    <message>
        <source>Problem triangle</source>
        <translation>Треугольник анализа проблемы</translation>
    </message>
    <message>
        <source>Describe groups and places, never names of people. Under each side: who can act on it.</source>
        <translation>Описывайте группы и места, но не называйте имён людей. Под каждой стороной укажите, кто может на неё повлиять.</translation>
    </message>
    <message>
        <source>O&amp;ffender:</source>
        <translation>&amp;Правонарушитель:</translation>
    </message>
    <message>
        <source>&amp;Victim:</source>
        <translation>Пострадав&amp;ший:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation>&amp;Лицо, влияющее на правонарушителя:</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Защитник пострадавшего:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>Отве&amp;тственный за место:</translation>
    </message>
    <message>
        <source>Who causes the harm</source>
        <translation>Кто причиняет вред</translation>
    </message>
    <message>
        <source>Who is harmed</source>
        <translation>Кому причиняется вред</translation>
    </message>
    <message>
        <source>Where and when it happens</source>
        <translation>Где и когда это происходит</translation>
    </message>
    <message>
        <source>Who has influence over the offender (family, elders, employer)</source>
        <translation>Кто может повлиять на правонарушителя (семья, старейшины, работодатель)</translation>
    </message>
    <message>
        <source>Who can protect the victim (neighbours, teachers, police)</source>
        <translation>Кто может защитить пострадавшего (соседи, учителя, милиция)</translation>
    </message>
    <message>
        <source>Who is responsible for the place (Jamoat, owner, school)</source>
        <translation>Кто отвечает за место (Джамоат, владелец, школа)</translation>
    </message>
    <message>
        <source>Gender notes</source>
        <translation>Заметки о гендерных аспектах</translation>
    </message>
    <message>
        <source>How the concern affects women, men, girls and boys differently</source>
        <translation>Как проблема по-разному затрагивает женщин, мужчин, девочек и мальчиков</translation>
    </message>
    <message>
        <source>Conflict sensitivity</source>
        <translation>Конфликтная чувствительность</translation>
    </message>
    <message>
        <source>Conflict &amp;risk:</source>
        <translation>&amp;Риск конфликта:</translation>
    </message>
    <message>
        <source>Mi&amp;tigation:</source>
        <translation>Меры по с&amp;нижению риска:</translation>
    </message>
    <message>
        <source>Could working on this concern inflame tensions?</source>
        <translation>Может ли работа над этой проблемой обострить напряжённость?</translation>
    </message>
    <message>
        <source>What the team does so that working on it does no harm</source>
        <translation>Что делает группа, чтобы работа над проблемой не причинила вреда</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходный уровень</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Число:</translation>
    </message>
    <message>
        <source>What it &amp;counts:</source>
        <translation>Что &amp;учитывается:</translation>
    </message>
    <message>
        <source>&amp;Date of the figure:</source>
        <translation>&amp;Дата подсчёта:</translation>
    </message>
    <message>
        <source>Optional, e.g. 12</source>
        <translation>Необязательно, например 12</translation>
    </message>
    <message>
        <source>e.g. reported cases a month</source>
        <translation>например, число зарегистрированных случаев в месяц</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
</context>
<context>
    <name>hamkori::AttendanceModel</name>
    <message>
        <source>%1 (%2, not a member on this date)</source>
        <translation>%1 (%2, на эту дату не член группы)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>mark %1 present at %2</source>
        <translation>отметка присутствия %1 на встрече %2</translation>
    </message>
    <message>
        <source>mark %1 absent at %2</source>
        <translation>отметка отсутствия %1 на встрече %2</translation>
    </message>
</context>
<context>
    <name>hamkori::AttendancePanel</name>
    <message>
        <source>change the guest counts of meeting %1</source>
        <translation>изменение числа гостей встречи %1</translation>
    </message>
    <message>
        <source>&amp;Members present (members on %1)</source>
        <translation>&amp;Присутствующие члены группы (состав на %1)</translation>
    </message>
    <message>
        <source>&amp;Members present</source>
        <translation>&amp;Присутствующие члены группы</translation>
    </message>
    <message>
        <source>&amp;Guests (people who are not members of the team)</source>
        <translation>&amp;Гости (люди, не являющиеся членами группы)</translation>
    </message>
    <message>
        <source>The team had no members on this date. Add members on the Team page.</source>
        <translation>На эту дату в группе не было членов. Добавьте членов группы на странице «Группа».</translation>
    </message>
</context>
<context>
    <name>hamkori::AutoBackup</name>
    <message>
        <source>The backup was not made</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <source>Making a backup of the data file before closing…</source>
        <translation>Создание резервной копии файла данных перед закрытием…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
</context>
<context>
    <name>hamkori::BalancePanel</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <comment>share of active members</comment>
        <translation>%1% (%2 из %3)</translation>
    </message>
    <message>
        <source>Balance of the team</source>
        <translation>Состав группы</translation>
    </message>
    <message numerus="yes">
        <source>Among %n active member(s):</source>
        <translation>
            <numerusform>Из %Ln активного члена группы:</numerusform>
            <numerusform>Из %Ln активных членов группы:</numerusform>
            <numerusform>Из %Ln активных членов группы:</numerusform>
        </translation>
    </message>
    <message>
        <source>Women:</source>
        <translation>Женщины:</translation>
    </message>
    <message>
        <source>Youth (under 30):</source>
        <translation>Молодёжь (до 30 лет):</translation>
    </message>
    <message>
        <source>Police and officials:</source>
        <translation>Милиция и должностные лица:</translation>
    </message>
    <message>
        <source>Civil society:</source>
        <translation>Гражданское общество:</translation>
    </message>
    <message>
        <source>Members from the police, the Hukumat and the Jamoat</source>
        <translation>Члены группы от милиции, Хукумата и Джамоата</translation>
    </message>
    <message>
        <source>The team has no active members yet.</source>
        <translation>В группе пока нет активных членов.</translation>
    </message>
    <message>
        <source>Women are fewer than 40% of the active members: invite more women to the team.</source>
        <translation>Женщин меньше 40% активных членов группы: пригласите в группу больше женщин.</translation>
    </message>
    <message>
        <source>No youth member is active: invite young people to the team.</source>
        <translation>Нет ни одного активного члена группы из молодёжи: пригласите в группу молодых людей.</translation>
    </message>
</context>
<context>
    <name>hamkori::CampaignForm</name>
    <message>
        <source>change the title of %1</source>
        <translation>изменение названия %1</translation>
    </message>
    <message>
        <source>change when %1 started</source>
        <translation>изменение даты начала %1</translation>
    </message>
    <message>
        <source>change when %1 ended</source>
        <translation>изменение даты окончания %1</translation>
    </message>
    <message>
        <source>change the action plan of %1</source>
        <translation>изменение плана мероприятий %1</translation>
    </message>
    <message>
        <source>change the channels of %1</source>
        <translation>изменение каналов %1</translation>
    </message>
    <message>
        <source>change the concerns %1 serves</source>
        <translation>изменение проблем, на которые направлена %1</translation>
    </message>
    <message>
        <source>change the cost of %1</source>
        <translation>изменение стоимости %1</translation>
    </message>
    <message>
        <source>change who paid for %1</source>
        <translation>изменение источника финансирования %1</translation>
    </message>
    <message>
        <source>change the notes of %1</source>
        <translation>изменение заметок %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>For action &amp;plan:</source>
        <translation>Для &amp;плана мероприятий:</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>&amp;Каналы:</translation>
    </message>
    <message>
        <source>C&amp;oncerns:</source>
        <translation>П&amp;роблемы:</translation>
    </message>
    <message>
        <source>Co&amp;st, somoni:</source>
        <translation>&amp;Стоимость, сомони:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Конец:</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>&amp;Источник финансирования:</translation>
    </message>
    <message>
        <source>For example: Safe roads to school</source>
        <translation>Например: Безопасная дорога в школу</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>ещё идёт</translation>
    </message>
    <message>
        <source>C&amp;reate campaign</source>
        <translation>Со&amp;здать кампанию</translation>
    </message>
    <message>
        <source>&amp;Delete campaign…</source>
        <translation>&amp;Удалить кампанию…</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>record campaign %1</source>
        <translation>запись кампании %1</translation>
    </message>
</context>
<context>
    <name>hamkori::CampaignListModel</name>
    <message>
        <source>Women and girls: %1, men and boys: %2</source>
        <translation>Женщины и девочки: %1, мужчины и мальчики: %2</translation>
    </message>
    <message>
        <source>Estimated: %1</source>
        <translation>Оценка: %1</translation>
    </message>
    <message>
        <source>People reached directly</source>
        <translation>Люди, охваченные напрямую</translation>
    </message>
    <message>
        <source>People reached indirectly (estimated)</source>
        <translation>Люди, охваченные косвенно (оценка)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Directly</source>
        <translation>Напрямую</translation>
    </message>
    <message>
        <source>Indirectly</source>
        <translation>Косвенно</translation>
    </message>
</context>
<context>
    <name>hamkori::CampaignReachPanel</name>
    <message>
        <source>change the people %1 reached</source>
        <translation>изменение числа охваченных людей %1</translation>
    </message>
    <message>
        <source>change the people %1 reached indirectly</source>
        <translation>изменение числа охваченных косвенно %1</translation>
    </message>
    <message>
        <source>change how the indirect reach of %1 was estimated</source>
        <translation>изменение способа оценки косвенного охвата %1</translation>
    </message>
    <message>
        <source>People reached directly</source>
        <translation>Люди, охваченные напрямую</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Женщины и девочки</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Мужчины и мальчики</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>People reached indirectly</source>
        <translation>Люди, охваченные косвенно</translation>
    </message>
    <message>
        <source>&amp;Estimated number:</source>
        <translation>&amp;Оценочное число:</translation>
    </message>
    <message>
        <source>&amp;How it was estimated:</source>
        <translation>&amp;Как оценено:</translation>
    </message>
    <message>
        <source>For example: the radio station&apos;s listeners in the district</source>
        <translation>Например: слушатели радиостанции в районе</translation>
    </message>
    <message>
        <source>Count here the people the campaign met or spoke to; an estimate of those it reached through radio, television or social media goes under &quot;indirectly&quot;, with the way it was made.</source>
        <translation>Здесь считайте людей, с которыми кампания встретилась или поговорила; оценка тех, кого она охватила через радио, телевидение или социальные сети, записывается в разделе «косвенно» вместе со способом оценки.</translation>
    </message>
</context>
<context>
    <name>hamkori::CampaignsPage</name>
    <message>
        <source>&amp;New campaign</source>
        <translation>&amp;Новая кампания</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>words of the title</source>
        <translation>слова названия</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <source>&amp;People reached</source>
        <translation>&amp;Охваченные люди</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>&amp;Материалы</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n campaign(s) match the search.</source>
        <translation>
            <numerusform>%1 из %Ln кампании подходят под поиск.</numerusform>
            <numerusform>%1 из %Ln кампаний подходят под поиск.</numerusform>
            <numerusform>%1 из %Ln кампаний подходят под поиск.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s).</source>
        <translation>
            <numerusform>%Ln кампания.</numerusform>
            <numerusform>%Ln кампании.</numerusform>
            <numerusform>%Ln кампаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaigns yet: &quot;New campaign&quot; records the first one.</source>
        <translation>Кампаний пока нет: «Новая кампания» записывает первую.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The campaign %1 «%2» will be deleted with its materials. Progress updates carried out by it keep their other details.</source>
        <translation>Кампания %1 «%2» будет удалена вместе с её материалами. Отметки о ходе выполнения, проведённые через неё, сохранят остальные сведения.</translation>
    </message>
    <message>
        <source>delete campaign %1</source>
        <translation>удаление кампании %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Информационные кампании</translation>
    </message>
</context>
<context>
    <name>hamkori::CentreForm</name>
    <message>
        <source>change the name of centre %1</source>
        <translation>изменение названия центра %1</translation>
    </message>
    <message>
        <source>change the jamoat of centre %1</source>
        <translation>изменение джамоата центра %1</translation>
    </message>
    <message>
        <source>change the address of centre %1</source>
        <translation>изменение адреса центра %1</translation>
    </message>
    <message>
        <source>change the opening hours of centre %1</source>
        <translation>изменение часов работы центра %1</translation>
    </message>
    <message>
        <source>change the district of centre %1</source>
        <translation>изменение района центра %1</translation>
    </message>
    <message>
        <source>change when centre %1 opened</source>
        <translation>изменение даты открытия центра %1</translation>
    </message>
    <message>
        <source>change when centre %1 was renovated</source>
        <translation>изменение даты ремонта центра %1</translation>
    </message>
    <message>
        <source>change the groups that meet at centre %1</source>
        <translation>изменение групп, собирающихся в центре %1</translation>
    </message>
    <message>
        <source>change the notes of centre %1</source>
        <translation>изменение заметок центра %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;District or city:</source>
        <translation>&amp;Район или город:</translation>
    </message>
    <message>
        <source>&amp;Jamoat or town:</source>
        <translation>&amp;Джамоат или посёлок:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Открыт:</translation>
    </message>
    <message>
        <source>&amp;Renovated on:</source>
        <translation>&amp;Отремонтирован:</translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation>&amp;Часы работы:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;Groups that meet here:</source>
        <translation>&amp;Группы, которые здесь собираются:</translation>
    </message>
    <message>
        <source>For example: Centre of the jamoat Navobod</source>
        <translation>Например: Центр джамоата Навобод</translation>
    </message>
    <message>
        <source>For example: Mon–Fri 9–17, reception on Thursdays</source>
        <translation>Например: пн–пт 9–17, приём по четвергам</translation>
    </message>
    <message>
        <source>Type to search, or open the list</source>
        <translation>Начните вводить для поиска или откройте список</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>C&amp;reate centre</source>
        <translation>Со&amp;здать центр</translation>
    </message>
    <message>
        <source>&amp;Delete centre…</source>
        <translation>&amp;Удалить центр…</translation>
    </message>
    <message>
        <source>New community policing centre</source>
        <translation>Новый центр взаимодействия милиции с общественностью</translation>
    </message>
    <message>
        <source>create centre %1</source>
        <translation>создание центра %1</translation>
    </message>
</context>
<context>
    <name>hamkori::CentreListModel</name>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Groups meeting there</source>
        <translation>Группы, которые там собираются</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Renovated</source>
        <translation>Отремонтирован</translation>
    </message>
</context>
<context>
    <name>hamkori::CentreUseModel</name>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>Приёмные дни</translation>
    </message>
    <message>
        <source>Women visitors</source>
        <translation>Посетители-женщины</translation>
    </message>
    <message>
        <source>Men visitors</source>
        <translation>Посетители-мужчины</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
</context>
<context>
    <name>hamkori::CentresPage</name>
    <message>
        <source>&amp;New centre</source>
        <translation>&amp;Новый центр</translation>
    </message>
    <message>
        <source>Community policing centres are shared by every group of this data file: tick the groups that meet at a centre on its Details tab.</source>
        <translation>Центры взаимодействия милиции с общественностью общие для всех групп этого файла данных: отметьте группы, которые собираются в центре, на его вкладке «Сведения».</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>&amp;Оборудование</translation>
    </message>
    <message>
        <source>&amp;Reception days</source>
        <translation>&amp;Приёмные дни</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The centre %1 will be deleted with its equipment and reception days. Meetings held there keep their other details.</source>
        <translation>Центр %1 будет удалён вместе с оборудованием и приёмными днями. Встречи, проведённые в нём, сохранят остальные сведения.</translation>
    </message>
    <message>
        <source>delete centre %1</source>
        <translation>удаление центра %1</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>Центры</translation>
    </message>
</context>
<context>
    <name>hamkori::ChangeStatusDialog</name>
    <message>
        <source>Change status of %1</source>
        <translation>Изменение статуса %1</translation>
    </message>
    <message>
        <source>The status is now: %1. The change is added, dated, to the status history.</source>
        <translation>Текущий статус: %1. Изменение с датой будет добавлено в историю статусов.</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Новый статус:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Why the status changes (required when the concern is dropped)</source>
        <translation>Почему меняется статус (обязательно, если проблема снимается с рассмотрения)</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>&amp;Изменить статус</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>hamkori::CommitmentForm</name>
    <message>
        <source>change the kind of %1</source>
        <translation>изменение вида %1</translation>
    </message>
    <message>
        <source>change the status of %1</source>
        <translation>изменение статуса %1</translation>
    </message>
    <message>
        <source>change the meeting of %1</source>
        <translation>изменение встречи %1</translation>
    </message>
    <message>
        <source>change the action plan of %1</source>
        <translation>изменение плана мероприятий %1</translation>
    </message>
    <message>
        <source>change to whom %1 is addressed</source>
        <translation>изменение адресата %1</translation>
    </message>
    <message>
        <source>change when %1 was made</source>
        <translation>изменение даты %1</translation>
    </message>
    <message>
        <source>change when %1 is due</source>
        <translation>изменение срока %1</translation>
    </message>
    <message>
        <source>change when %1 was answered</source>
        <translation>изменение даты ответа на %1</translation>
    </message>
    <message>
        <source>change the money pledged for %1</source>
        <translation>изменение обещанной суммы по %1</translation>
    </message>
    <message>
        <source>change the money delivered for %1</source>
        <translation>изменение выделенной суммы по %1</translation>
    </message>
    <message>
        <source>change what %1 asks</source>
        <translation>изменение текста %1</translation>
    </message>
    <message>
        <source>change the answer to %1</source>
        <translation>изменение ответа на %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;What was asked:</source>
        <translation>&amp;Что запрошено:</translation>
    </message>
    <message>
        <source>Addressed &amp;to:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>Made at &amp;meeting:</source>
        <translation>На &amp;встрече:</translation>
    </message>
    <message>
        <source>For action &amp;plan:</source>
        <translation>Для &amp;плана мероприятий:</translation>
    </message>
    <message>
        <source>Made &amp;on:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>&amp;Ответ:</translation>
    </message>
    <message>
        <source>Ans&amp;wered on:</source>
        <translation>Дата о&amp;твета:</translation>
    </message>
    <message>
        <source>Pled&amp;ged, somoni:</source>
        <translation>&amp;Обещано, сомони:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>С&amp;рок:</translation>
    </message>
    <message>
        <source>Deli&amp;vered:</source>
        <translation>&amp;Выделено:</translation>
    </message>
    <message>
        <source>For example: to light the street by school No. 5</source>
        <translation>Например: осветить улицу у школы № 5</translation>
    </message>
    <message>
        <source>Choose from the directory, or type the name of the body</source>
        <translation>Выберите из справочника или введите название органа</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ответа ещё нет</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>Со&amp;здать</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>New request or recommendation</source>
        <translation>Новый запрос или рекомендация</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>record a request or recommendation</source>
        <translation>запись запроса или рекомендации</translation>
    </message>
</context>
<context>
    <name>hamkori::CommitmentListModel</name>
    <message>
        <source>Overdue: due on %1 and not yet done.</source>
        <translation>Просрочено: срок %1, но ещё не выполнено.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, просрочено</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Somoni pledged / somoni delivered</source>
        <translation>Обещано сомони / выделено сомони</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Pledged / delivered</source>
        <translation>Обещано / выделено</translation>
    </message>
</context>
<context>
    <name>hamkori::CommitmentsPage</name>
    <message>
        <source>&amp;New request or recommendation</source>
        <translation>&amp;Новый запрос или рекомендация</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открытые</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просроченные</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue: past the due date and not yet done.</source>
        <translation>
            <numerusform>%Ln просрочен: срок прошёл, но ещё не выполнено.</numerusform>
            <numerusform>%Ln просрочено: срок прошёл, но ещё не выполнены.</numerusform>
            <numerusform>%Ln просрочено: срок прошёл, но ещё не выполнены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The request or recommendation %1 will be deleted.</source>
        <translation>Запрос или рекомендация %1 будет удалена.</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>удаление %1</translation>
    </message>
    <message>
        <source>Requests and recommendations</source>
        <translation>Запросы и рекомендации</translation>
    </message>
</context>
<context>
    <name>hamkori::ConcernEditor</name>
    <message>
        <source>Choose a concern in the register to see and edit it here.</source>
        <translation>Выберите проблему в реестре, чтобы просмотреть и изменить её здесь.</translation>
    </message>
    <message>
        <source>change the title of %1</source>
        <translation>изменение названия %1</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Связи</translation>
    </message>
    <message>
        <source>Meetings and &amp;plans</source>
        <translation>&amp;Встречи и планы мероприятий</translation>
    </message>
    <message>
        <source>A short title</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>The title of the concern</source>
        <translation>Название проблемы</translation>
    </message>
    <message>
        <source>This concern is restricted: it is hidden from exports and printouts unless you choose otherwise.</source>
        <translation>Доступ к этой проблеме ограничен: она не включается в экспорт и распечатки, если вы не решите иначе.</translation>
    </message>
    <message>
        <source>R&amp;eferrals</source>
        <translation>&amp;Направления</translation>
    </message>
</context>
<context>
    <name>hamkori::ConcernFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Любая группа</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Only restricted</source>
        <translation>Только с ограниченным доступом</translation>
    </message>
    <message>
        <source>Hide restricted</source>
        <translation>Скрыть с ограниченным доступом</translation>
    </message>
    <message>
        <source>This team</source>
        <translation>Эта группа</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Search concerns: code, title, place, causes… (Tajik or Russian)</source>
        <translation>Поиск проблем: код, название, место, причины… (на таджикском или русском)</translation>
    </message>
    <message>
        <source>Every word typed must begin a word of the concern</source>
        <translation>Каждое введённое слово должно совпадать с началом какого-либо слова в проблеме</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>Любое место</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation>Кем за&amp;явлена:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>Rest&amp;ricted:</source>
        <translation>Ограниченный &amp;доступ:</translation>
    </message>
    <message>
        <source>Tea&amp;ms:</source>
        <translation>&amp;Группы:</translation>
    </message>
    <message>
        <source>Only &amp;priorities</source>
        <translation>Только п&amp;риоритетные</translation>
    </message>
    <message>
        <source>Only concerns chosen in a prioritisation round</source>
        <translation>Только проблемы, выбранные в раунде определения приоритетов</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
</context>
<context>
    <name>hamkori::ConcernListModel</name>
    <message>
        <source>Restricted concerns are marked with a lock</source>
        <translation>Проблемы с ограниченным доступом отмечены замком</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Кем заявлена</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>First raised</source>
        <translation>Впервые заявлена</translation>
    </message>
</context>
<context>
    <name>hamkori::ConcernRegister</name>
    <message>
        <source>Delete concern</source>
        <translation>Удаление проблемы</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%Ln проблема</numerusform>
            <numerusform>%Ln проблемы</numerusform>
            <numerusform>%Ln проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>The concern %1 “%2” and its status history, links, scores and plan entries will be deleted.</source>
        <translation>Проблема %1 «%2» будет удалена вместе с историей статусов, связями, баллами и записями в планах мероприятий.</translation>
    </message>
    <message>
        <source>delete concern %1</source>
        <translation>удаление проблемы %1</translation>
    </message>
    <message>
        <source>&amp;New concern…</source>
        <translation>&amp;Новая проблема…</translation>
    </message>
    <message>
        <source>Register a concern raised by the community</source>
        <translation>Зарегистрировать проблему, заявленную населением</translation>
    </message>
    <message>
        <source>De&amp;lete concern…</source>
        <translation>У&amp;далить проблему…</translation>
    </message>
    <message>
        <source>Delete the selected concern (Delete key)</source>
        <translation>Удалить выбранную проблему (клавиша Delete)</translation>
    </message>
</context>
<context>
    <name>hamkori::ConcernsPage</name>
    <message>
        <source>Concerns</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>The concern is analysed. Once the team&apos;s concerns are analysed, score them with women, men, youth and authorities to choose the priorities.</source>
        <translation>Проблема проанализирована. Когда проблемы группы будут проанализированы, оцените их вместе с женщинами, мужчинами, молодёжью и органами власти, чтобы выбрать приоритеты.</translation>
    </message>
    <message>
        <source>Prioritise the concerns…</source>
        <translation>Определить приоритеты…</translation>
    </message>
    <message>
        <source>No concern is registered for this team yet. Register the safety concerns the community raises at meetings, in focus groups or surveys.</source>
        <translation>Для этой группы ещё не зарегистрировано ни одной проблемы. Регистрируйте проблемы безопасности, о которых население заявляет на встречах, в фокус-группах или опросах.</translation>
    </message>
    <message>
        <source>Register the first concern…</source>
        <translation>Зарегистрировать первую проблему…</translation>
    </message>
</context>
<context>
    <name>hamkori::DecisionDialog</name>
    <message>
        <source>Record the decision</source>
        <translation>Записать решение</translation>
    </message>
    <message>
        <source>%1 (rank %2)</source>
        <translation>%1 (место %2)</translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation>&amp;Записать решение</translation>
    </message>
    <message>
        <source>Tick the concerns chosen as priorities. They move to the status &quot;%1&quot;.</source>
        <translation>Отметьте проблемы, выбранные в качестве приоритетных. Они получат статус «%1».</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Why these concerns:</source>
        <translation>&amp;Почему выбраны эти проблемы:</translation>
    </message>
</context>
<context>
    <name>hamkori::DescriptionTab</name>
    <message>
        <source>change the description of %1</source>
        <translation>изменение описания %1</translation>
    </message>
    <message>
        <source>change the place of %1</source>
        <translation>изменение места %1</translation>
    </message>
    <message>
        <source>change the category of %1</source>
        <translation>изменение категории %1</translation>
    </message>
    <message>
        <source>change who raised %1</source>
        <translation>изменение заявителя %1</translation>
    </message>
    <message>
        <source>change the meeting where %1 was first raised</source>
        <translation>изменение встречи первого заявления %1</translation>
    </message>
    <message>
        <source>change when %1 was first raised</source>
        <translation>изменение даты первого заявления %1</translation>
    </message>
    <message>
        <source>change the source of %1</source>
        <translation>изменение источника %1</translation>
    </message>
    <message>
        <source>change how often %1 happens</source>
        <translation>изменение частоты %1</translation>
    </message>
    <message>
        <source>restrict %1</source>
        <translation>ограничение доступа к %1</translation>
    </message>
    <message>
        <source>lift the restriction of %1</source>
        <translation>снятие ограничения доступа к %1</translation>
    </message>
    <message>
        <source>Not raised at a meeting</source>
        <translation>Не заявлена на встрече</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>К&amp;ем заявлена:</translation>
    </message>
    <message>
        <source>First raised at &amp;meeting:</source>
        <translation>Впервые заявлена на в&amp;стрече:</translation>
    </message>
    <message>
        <source>&amp;First raised on:</source>
        <translation>&amp;Дата первого заявления:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Частота:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>What happens, to whom, where and when (no names of people)</source>
        <translation>Что происходит, с кем, где и когда (без имён людей)</translation>
    </message>
    <message>
        <source>Village or mahalla</source>
        <translation>Село или махалля</translation>
    </message>
    <message>
        <source>The group that raised the concern, never a person</source>
        <translation>Группа, заявившая о проблеме, а не отдельный человек</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>R&amp;estricted: hidden from exports and printouts</source>
        <translation>С огр&amp;аниченным доступом: скрыта в экспорте и печати</translation>
    </message>
    <message>
        <source>Mark concerns that could endanger people if the laptop or a USB stick is lost, e.g. domestic violence or violent extremism.</source>
        <translation>Отмечайте проблемы, которые могут подвергнуть людей опасности при потере ноутбука или флешки, например насилие в семье или насильственный экстремизм.</translation>
    </message>
    <message>
        <source>C&amp;hange status…</source>
        <translation>Изменить с&amp;татус…</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>История статусов:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>change status of %1</source>
        <translation>изменение статуса %1</translation>
    </message>
    <message>
        <source>Erase from histor&amp;y…</source>
        <translation>Стереть из &amp;истории…</translation>
    </message>
    <message>
        <source>Erase earlier values of this concern&apos;s fields (a name typed by mistake) from this laptop and, with the next bundle, from every other one.</source>
        <translation>Стереть прежние значения полей этой проблемы (имя, введённое по ошибке) на этом ноутбуке и, со следующим пакетом данных, на всех остальных.</translation>
    </message>
</context>
<context>
    <name>hamkori::DirectoryPage</name>
    <message>
        <source>Search by name, short name, contact, address or notes</source>
        <translation>Поиск по названию, краткому названию, контактному лицу, адресу или заметкам</translation>
    </message>
    <message>
        <source>&amp;New organisation</source>
        <translation>&amp;Новая организация</translation>
    </message>
    <message>
        <source>De&amp;lete organisation…</source>
        <translation>&amp;Удалить организацию…</translation>
    </message>
    <message>
        <source>Deletes the chosen organisation with its services (Delete key)</source>
        <translation>Удаляет выбранную организацию вместе с её услугами (клавиша Delete)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Net&amp;work members only</source>
        <translation>Только &amp;члены сети</translation>
    </message>
    <message>
        <source>Only organisations that signed the network&apos;s memorandum</source>
        <translation>Только организации, подписавшие меморандум сети</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <source>Any district</source>
        <translation>Любой район</translation>
    </message>
    <message>
        <source>Any field of expertise</source>
        <translation>Любая область экспертизы</translation>
    </message>
    <message>
        <source>Any kind of service</source>
        <translation>Любой вид услуги</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) shown</source>
        <translation>
            <numerusform>Показана %Ln организация</numerusform>
            <numerusform>Показаны %Ln организации</numerusform>
            <numerusform>Показано %Ln организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be deleted from the directory with %Ln service(s). Team members and activities that name it keep the name as typed; referrals made to its services stay counted.</source>
        <translation>
            <numerusform>%1 будет удалена из справочника вместе с %Ln услугой. Члены групп и мероприятия, где она названа, сохранят её название в том виде, как оно было введено; направления к её услугам останутся в подсчётах.</numerusform>
            <numerusform>%1 будет удалена из справочника вместе с %Ln услугами. Члены групп и мероприятия, где она названа, сохранят её название в том виде, как оно было введено; направления к её услугам останутся в подсчётах.</numerusform>
            <numerusform>%1 будет удалена из справочника вместе с %Ln услугами. Члены групп и мероприятия, где она названа, сохранят её название в том виде, как оно было введено; направления к её услугам останутся в подсчётах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>delete the organisation %1</source>
        <translation>удаление организации %1</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Справочник</translation>
    </message>
</context>
<context>
    <name>hamkori::DriverListModel</name>
    <message>
        <source>change the drivers of %1</source>
        <translation>изменение факторов %1</translation>
    </message>
</context>
<context>
    <name>hamkori::EquipmentModel</name>
    <message>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>hamkori::EquipmentPanel</name>
    <message>
        <source>change the equipment item %1</source>
        <translation>изменение предмета оборудования %1</translation>
    </message>
    <message>
        <source>&amp;New item:</source>
        <translation>&amp;Новый предмет:</translation>
    </message>
    <message>
        <source>For example: computer, chairs, projector</source>
        <translation>Например: компьютер, стулья, проектор</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Удалить предмет</translation>
    </message>
    <message>
        <source>Double-click a cell to change it.</source>
        <translation>Чтобы изменить ячейку, дважды щёлкните её.</translation>
    </message>
    <message>
        <source>add %1 to the equipment</source>
        <translation>добавление %1 в оборудование</translation>
    </message>
    <message>
        <source>delete %1 from the equipment</source>
        <translation>удаление %1 из оборудования</translation>
    </message>
</context>
<context>
    <name>hamkori::EraseHistoryDialog</name>
    <message>
        <source>Erase from history</source>
        <translation>Стереть из истории</translation>
    </message>
    <message>
        <source>A name or other text typed by mistake stays in the record&apos;s history after it is removed, and travels to other laptops with it. Tick the fields whose earlier values must go: they are erased from this laptop now, and from every other laptop when it receives the next bundle. The values shown now stay. Erasing cannot be undone.</source>
        <translation>Имя или другой текст, введённый по ошибке, остаётся в истории записи и после удаления и вместе с ней переходит на другие ноутбуки. Отметьте поля, прежние значения которых должны исчезнуть: они будут стёрты на этом ноутбуке сейчас и на каждом другом ноутбуке, когда он получит следующий пакет данных. Значения, показанные сейчас, остаются. Стирание нельзя отменить.</translation>
    </message>
    <message>
        <source>&amp;Erase earlier values</source>
        <translation>&amp;Стереть прежние значения</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n earlier value(s)</source>
        <translation>
            <numerusform>%1: %Ln прежнее значение</numerusform>
            <numerusform>%1: %Ln прежних значения</numerusform>
            <numerusform>%1: %Ln прежних значений</numerusform>
        </translation>
    </message>
    <message>
        <source>No field of this record holds an earlier value: there is nothing to erase.</source>
        <translation>Ни одно поле этой записи не хранит прежнего значения: стирать нечего.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) erased</source>
        <translation>
            <numerusform>%1: стёрто %Ln значение</numerusform>
            <numerusform>%1: стёрто %Ln значения</numerusform>
            <numerusform>%1: стёрто %Ln значений</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the fields whose earlier values must be erased.</source>
        <translation>Отметьте поля, прежние значения которых нужно стереть.</translation>
    </message>
    <message>
        <source>Erased here: %1. The other laptops erase them when they receive the next bundle.</source>
        <translation>Стёрто здесь: %1. Другие ноутбуки сотрут их, когда получат следующий пакет данных.</translation>
    </message>
</context>
<context>
    <name>hamkori::EventDetailsForm</name>
    <message>
        <source>change the kind of %1</source>
        <translation>изменение вида %1</translation>
    </message>
    <message>
        <source>change the title of %1</source>
        <translation>изменение названия %1</translation>
    </message>
    <message>
        <source>change the first day of %1</source>
        <translation>изменение первого дня %1</translation>
    </message>
    <message>
        <source>change the last day of %1</source>
        <translation>изменение последнего дня %1</translation>
    </message>
    <message>
        <source>change the place of %1</source>
        <translation>изменение места %1</translation>
    </message>
    <message>
        <source>change the centre of %1</source>
        <translation>изменение центра %1</translation>
    </message>
    <message>
        <source>change the organisers of %1</source>
        <translation>изменение организаторов %1</translation>
    </message>
    <message>
        <source>change the other organisers of %1</source>
        <translation>изменение других организаторов %1</translation>
    </message>
    <message>
        <source>change the action plan of %1</source>
        <translation>изменение плана мероприятий %1</translation>
    </message>
    <message>
        <source>change the activity of %1</source>
        <translation>изменение мероприятия плана для %1</translation>
    </message>
    <message>
        <source>change the concerns of %1</source>
        <translation>изменение проблем %1</translation>
    </message>
    <message>
        <source>change the highest test score of %1</source>
        <translation>изменение наивысшего балла теста %1</translation>
    </message>
    <message>
        <source>change the topics of %1</source>
        <translation>изменение тем %1</translation>
    </message>
    <message>
        <source>change the feedback questions of %1</source>
        <translation>изменение вопросов анкеты обратной связи %1</translation>
    </message>
    <message>
        <source>The event met my expectations.</source>
        <translation>Событие оправдало мои ожидания.</translation>
    </message>
    <message>
        <source>The topics were useful for my work.</source>
        <translation>Темы были полезны для моей работы.</translation>
    </message>
    <message>
        <source>The trainers explained things clearly.</source>
        <translation>Тренеры объясняли понятно.</translation>
    </message>
    <message>
        <source>I had enough chances to take part and ask questions.</source>
        <translation>У меня было достаточно возможностей участвовать и задавать вопросы.</translation>
    </message>
    <message>
        <source>I will use what I learned.</source>
        <translation>Я буду применять то, чему научился.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>П&amp;оследний день:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>Held &amp;at a centre:</source>
        <translation>Проведено в &amp;центре:</translation>
    </message>
    <message>
        <source>&amp;Organisers from the directory:</source>
        <translation>&amp;Организаторы из справочника:</translation>
    </message>
    <message>
        <source>Other organisers:</source>
        <translation>Другие организаторы:</translation>
    </message>
    <message>
        <source>Top&amp;ics:</source>
        <translation>&amp;Темы:</translation>
    </message>
    <message>
        <source>For action &amp;plan:</source>
        <translation>Для &amp;плана мероприятий:</translation>
    </message>
    <message>
        <source>Acti&amp;vity of the plan:</source>
        <translation>Мероп&amp;риятие плана:</translation>
    </message>
    <message>
        <source>Concerns it &amp;serves:</source>
        <translation>&amp;Проблемы, которым оно посвящено:</translation>
    </message>
    <message>
        <source>&amp;Highest test score:</source>
        <translation>&amp;Наивысший балл теста:</translation>
    </message>
    <message>
        <source>Feedback &amp;questions:</source>
        <translation>&amp;Вопросы анкеты обратной связи:</translation>
    </message>
    <message>
        <source>For example: Community policing for new team members</source>
        <translation>Например: Взаимодействие милиции с общественностью для новых членов группы</translation>
    </message>
    <message>
        <source>Where it was held, as written</source>
        <translation>Где проводилось, как написано</translation>
    </message>
    <message>
        <source>Organisers not in the directory, as written</source>
        <translation>Организаторы, которых нет в справочнике, как написано</translation>
    </message>
    <message>
        <source>One topic per line</source>
        <translation>По одной теме в строке</translation>
    </message>
    <message>
        <source>One question per line, at most %1; participants answer each from 1 to 5</source>
        <translation>По одному вопросу в строке, не более %1; участники отвечают на каждый от 1 до 5</translation>
    </message>
    <message>
        <source>Type to find an organisation</source>
        <translation>Начните вводить название организации</translation>
    </message>
    <message>
        <source>Type to find a concern</source>
        <translation>Начните вводить название проблемы</translation>
    </message>
    <message>
        <source>one day</source>
        <translation>один день</translation>
    </message>
    <message>
        <source>&amp;Use the standard questions</source>
        <translation>&amp;Использовать стандартные вопросы</translation>
    </message>
    <message>
        <source>Fills in five usual questions when there are none yet.</source>
        <translation>Вписывает пять обычных вопросов, если вопросов ещё нет.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>Со&amp;здать</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>choose the plan first</source>
        <translation>сначала выберите план</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>record the event %1</source>
        <translation>запись события %1</translation>
    </message>
</context>
<context>
    <name>hamkori::EventListModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Человек</translation>
    </message>
</context>
<context>
    <name>hamkori::EventRowsModel</name>
    <message>
        <source>Type here to add a new one.</source>
        <translation>Введите здесь, чтобы добавить новую запись.</translation>
    </message>
</context>
<context>
    <name>hamkori::EventsPage</name>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Новое событие</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Пока&amp;зать:</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>все виды</translation>
    </message>
    <message>
        <source>Search in titles</source>
        <translation>Поиск по названиям</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <source>Tests and feedback</source>
        <translation>Тесты и обратная связь</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Последующие действия</translation>
    </message>
    <message>
        <source>No events recorded for this group yet: &quot;New event&quot; records the first one.</source>
        <translation>Для этой группы ещё не записано ни одного события: «Новое событие» запишет первое.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%Ln событие.</numerusform>
            <numerusform>%Ln события.</numerusform>
            <numerusform>%Ln событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown.</source>
        <translation>
            <numerusform>Показано %1 из %Ln события.</numerusform>
            <numerusform>Показано %1 из %Ln событий.</numerusform>
            <numerusform>Показано %1 из %Ln событий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <source>The event %1 «%2» will be deleted with its %n participant(s), trainers, test and feedback sheets and follow-ups.</source>
        <translation>
            <numerusform>Событие %1 «%2» будет удалено вместе с %Ln участником, тренерами, тестами, анкетами обратной связи и последующими действиями.</numerusform>
            <numerusform>Событие %1 «%2» будет удалено вместе с %Ln участниками, тренерами, тестами, анкетами обратной связи и последующими действиями.</numerusform>
            <numerusform>Событие %1 «%2» будет удалено вместе с %Ln участниками, тренерами, тестами, анкетами обратной связи и последующими действиями.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>удаление %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
</context>
<context>
    <name>hamkori::ExchangePage</name>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Конфликты</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Конфликты (%1)</translation>
    </message>
    <message>
        <source>&amp;Laptops</source>
        <translation>&amp;Ноутбуки</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>&amp;Set aside</source>
        <translation>&amp;Отложенные изменения</translation>
    </message>
    <message>
        <source>&amp;Set aside (%1)</source>
        <translation>&amp;Отложенные изменения (%1)</translation>
    </message>
</context>
<context>
    <name>hamkori::FieldErrors</name>
    <message>
        <source>This was not saved. Correct it, or press Enter in the field to read why.</source>
        <translation>Это не сохранено. Исправьте значение или нажмите Enter в поле, чтобы увидеть причину.</translation>
    </message>
</context>
<context>
    <name>hamkori::FollowUpsPanel</name>
    <message>
        <source>change a follow-up of %1</source>
        <translation>изменение последующего действия %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>What was done after the event, for example: a second session at the school</source>
        <translation>Что сделано после события, например: второе занятие в школе</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Delete the follow-&amp;up</source>
        <translation>Удалить последующее &amp;действие</translation>
    </message>
    <message>
        <source>add a follow-up to %1</source>
        <translation>добавление последующего действия к %1</translation>
    </message>
    <message>
        <source>delete a follow-up of %1</source>
        <translation>удаление последующего действия %1</translation>
    </message>
</context>
<context>
    <name>hamkori::GuestCountsGrid</name>
    <message>
        <source>Members present: %1 women, %2 men. Everyone present: %3 women, %4 men.</source>
        <translation>Присутствуют члены группы: женщин — %1, мужчин — %2. Всего присутствуют: женщин — %3, мужчин — %4.</translation>
    </message>
    <message>
        <source>Women guests</source>
        <translation>Гости-женщины</translation>
    </message>
    <message>
        <source>Men guests</source>
        <translation>Гости-мужчины</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>Все гости</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Присутствующие члены группы</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Все присутствующие</translation>
    </message>
</context>
<context>
    <name>hamkori::GuideDialog</name>
    <message>
        <source>Guide to the cycle</source>
        <translation>Путеводитель по циклу</translation>
    </message>
    <message>
        <source>Set up the team: its name, district and jamoat, then its members — police, Hukumat and Jamoat staff, civil society, elders, women and youth. The balance beside the members shows whether women and youth have their share.</source>
        <translation>Создайте группу: её название, район и джамоат, затем её членов — сотрудников милиции, Хукумата и Джамоата, представителей гражданского общества, старейшин, женщин и молодёжь. Состав группы рядом со списком членов показывает, достаточно ли в ней женщин и молодёжи.</translation>
    </message>
    <message>
        <source>Log every meeting: its date, place and kind (a regular meeting, a community consultation, a women&apos;s or youth focus group), who was present, guests by sex and age, the agenda, minutes and decisions. Register the concerns people raised at it right there.</source>
        <translation>Записывайте каждую встречу: дату, место и вид (очередная встреча, консультация с населением, фокус-группа женщин или молодёжи), кто присутствовал, гостей по полу и возрасту, повестку дня, протокол и решения. Проблемы, о которых на ней заявили, регистрируйте там же.</translation>
    </message>
    <message>
        <source>The register of the community&apos;s safety concerns. Analyse each one: causes and effects, the problem triangle, the drivers behind it, how it affects women, men, girls and boys, and whether working on it could inflame tensions. Mark sensitive concerns as restricted.</source>
        <translation>Реестр проблем безопасности местного сообщества. Проанализируйте каждую: причины и последствия, треугольник анализа проблемы, факторы, то, как она затрагивает женщин, мужчин, девочек и мальчиков, и может ли работа над ней обострить напряжённость. Деликатные проблемы отмечайте как проблемы с ограниченным доступом.</translation>
    </message>
    <message>
        <source>At a meeting, score the concerns on agreed criteria, separately with women, men, youth and authorities, so that the concerns of each group stay visible. Then record the decision: the concerns the team chose as priorities.</source>
        <translation>На встрече оцените проблемы по согласованным критериям отдельно с женщинами, мужчинами, молодёжью и органами власти, чтобы проблемы каждой группы оставались на виду. Затем запишите решение: проблемы, выбранные группой в качестве приоритетных.</translation>
    </message>
    <message>
        <source>Make the action plan for the priorities: the measures, who leads them, deadlines, funding and indicators. Adopt it at a meeting, print it for the Hukumat to sign, then record the progress of each activity.</source>
        <translation>Составьте план мероприятий по приоритетам: мероприятия, ответственные исполнители, сроки исполнения, финансирование и показатели. Примите его на встрече, напечатайте на подпись Хукумату, затем отмечайте ход выполнения каждого мероприятия.</translation>
    </message>
    <message>
        <source>The overview shows how things stand: open concerns, overdue activities, people reached. Reports makes the period report for the Hukumat, the police, the public council or donors: figures only, no concern named.</source>
        <translation>Обзор показывает, как обстоят дела: нерешённые проблемы, просроченные мероприятия, охваченные люди. На странице «Отчёты» составляется отчёт за период для Хукумата, милиции, общественного совета или доноров: только цифры, без названий проблем.</translation>
    </message>
    <message>
        <source>Carry the records between laptops on a USB stick: export an encrypted bundle for the coordinator, import the bundles others bring, and settle conflicts when two laptops changed the same thing.</source>
        <translation>Переносите записи между ноутбуками на флешке: экспортируйте зашифрованный пакет данных для координатора, импортируйте пакеты, которые приносят другие, и разрешайте конфликты, когда два ноутбука изменили одно и то же.</translation>
    </message>
    <message>
        <source>The language, the data file and its backups, the exchange passphrase, and the lists of places, categories and criteria.</source>
        <translation>Язык, файл данных и его резервные копии, парольная фраза обмена, списки мест, категорий и критериев.</translation>
    </message>
    <message>
        <source>A team works in a cycle: it finds the community&apos;s safety concerns, analyses them, chooses priorities, plans and acts, then follows the progress and reports. The pages follow that order. Click a page&apos;s name to open it.</source>
        <translation>Группа работает по циклу: выявляет проблемы безопасности местного сообщества, анализирует их, выбирает приоритеты, планирует и действует, затем следит за ходом выполнения и отчитывается. Страницы идут в этом порядке. Щёлкните название страницы, чтобы открыть её.</translation>
    </message>
    <message>
        <source>The directory of the organisations around the teams — civil society, state bodies, police units, international agencies — with the districts where they work, their fields of expertise and the services people can be referred to. A coordinator can import the matrix already kept in a spreadsheet and print it by district.</source>
        <translation>Справочник организаций, работающих рядом с группами, — гражданское общество, государственные органы, подразделения милиции, международные организации — с районами их работы, областями экспертизы и услугами, к которым можно направить людей. Координатор может импортировать матрицу, которую уже ведёт в таблице, и распечатать её по районам.</translation>
    </message>
    <message>
        <source>The community policing centres where teams meet people: their equipment and its condition, the groups that meet there and the visitors of each reception day, counted by sex and age.</source>
        <translation>Центры взаимодействия милиции с общественностью, где группы встречаются с людьми: их оборудование и его состояние, группы, которые там собираются, и посетители каждого приёмного дня по полу и возрасту.</translation>
    </message>
    <message>
        <source>What the team asked of the police, the Hukumat or another body, and what it recommended: to whom, by when, the answer and the money pledged and delivered. Overdue ones show on the overview until they are answered.</source>
        <translation>О чём группа просила милицию, Хукумат или другой орган и что рекомендовала: кому, к какому сроку, ответ, обещанные и выделенные средства. Просроченные запросы видны в обзоре, пока на них не ответят.</translation>
    </message>
    <message>
        <source>Awareness campaigns on television, radio and social media, in schools and mosques, and door to door: their channels, the concerns they serve, the materials made, and the people reached — directly, counted by sex and age, and indirectly, estimated with the way it was estimated. A progress update carried out by a campaign counts its people once, in the campaign.</source>
        <translation>Информационные кампании на телевидении, радио и в социальных сетях, в школах и мечетях, поквартирный обход: их каналы, проблемы, на которые они направлены, изготовленные материалы и охваченные люди — напрямую, с подсчётом по полу и возрасту, и косвенно, по оценке с указанием её способа. Отметка о ходе выполнения, проведённая через кампанию, учитывает её людей один раз — в самой кампании.</translation>
    </message>
    <message>
        <source>Trainings, round tables, exchange visits, conferences and police reporting days: who took part (members of any group by name, others counted by sex and age), the trainers, the test scores before and after a training and what the feedback sheets say, and what was done afterwards.</source>
        <translation>Обучения, круглые столы, учебные визиты и обмен опытом, конференции и дни отчёта милиции: кто участвовал (члены любой группы поимённо, остальные — числом по полу и возрасту), тренеры, баллы входного и итогового тестов обучения, что говорят анкеты обратной связи и что было сделано потом.</translation>
    </message>
    <message>
        <source>Perception surveys at the start of a plan (baseline) and at its end (endline): the questionnaire of each round, the paper sheets typed in one row a sheet, or the counts per option when only tallies were kept. No sheet holds a name.</source>
        <translation>Опросы общественного мнения в начале плана мероприятий (исходный) и в его конце (итоговый): опросник каждого опроса, бумажные анкеты, введённые по одной строке на анкету, или подсчёт ответов по каждому варианту, если вёлся только подсчёт. Ни одна анкета не содержит имени.</translation>
    </message>
</context>
<context>
    <name>hamkori::LinkMapView</name>
    <message>
        <source>Restricted: hidden from exports and printouts.</source>
        <translation>Ограниченный доступ: не включается в экспорт и распечатки.</translation>
    </message>
    <message>
        <source>Click to open this concern.</source>
        <translation>Щёлкните, чтобы открыть эту проблему.</translation>
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
        <translation>Связи с другими проблемами:</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>&amp;Добавить связь…</translation>
    </message>
    <message>
        <source>Remo&amp;ve link</source>
        <translation>&amp;Удалить связь</translation>
    </message>
    <message>
        <source>Remove the selected link (Delete)</source>
        <translation>Удалить выбранную связь (Delete)</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the other concern</source>
        <translation>Нажмите Enter или дважды щёлкните, чтобы открыть другую проблему</translation>
    </message>
    <message>
        <source>Link map: second-degree links included. Click a concern to open it.</source>
        <translation>Карта связей: показаны и связи второго уровня. Щёлкните проблему, чтобы открыть её.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>link %1 to %2</source>
        <translation>связывание %1 с %2</translation>
    </message>
    <message>
        <source>remove the link between %1 and %2</source>
        <translation>удаление связи между %1 и %2</translation>
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
        <source>Hamkori</source>
        <translation>Hamkori</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Hamkori</source>
        <translation>&amp;О программе Hamkori</translation>
    </message>
    <message>
        <source>This data file has a new identity</source>
        <translation>У этого файла данных новый идентификатор</translation>
    </message>
    <message>
        <source>&amp;Guide to the cycle</source>
        <translation>&amp;Путеводитель по циклу</translation>
    </message>
</context>
<context>
    <name>hamkori::MaterialModel</name>
    <message>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
</context>
<context>
    <name>hamkori::MaterialsPanel</name>
    <message>
        <source>change the material %1</source>
        <translation>изменение материала %1</translation>
    </message>
    <message>
        <source>&amp;New material:</source>
        <translation>&amp;Новый материал:</translation>
    </message>
    <message>
        <source>For example: leaflets, posters, a radio spot</source>
        <translation>Например: листовки, плакаты, радиоролик</translation>
    </message>
    <message>
        <source>How many were made</source>
        <translation>Сколько изготовлено</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>Удалить материал</translation>
    </message>
    <message>
        <source>Double-click a cell to change it.</source>
        <translation>Чтобы изменить ячейку, дважды щёлкните её.</translation>
    </message>
    <message>
        <source>add the material %1</source>
        <translation>добавление материала %1</translation>
    </message>
    <message>
        <source>delete the material %1</source>
        <translation>удаление материала %1</translation>
    </message>
</context>
<context>
    <name>hamkori::MeetingDetailsForm</name>
    <message>
        <source>Enter a code for the meeting, or keep the one it has (%1).</source>
        <translation>Введите код встречи или оставьте текущий (%1).</translation>
    </message>
    <message>
        <source>change the kind of meeting %1</source>
        <translation>изменение вида встречи %1</translation>
    </message>
    <message>
        <source>change the date of meeting %1</source>
        <translation>изменение даты встречи %1</translation>
    </message>
    <message>
        <source>change the code of meeting %1</source>
        <translation>изменение кода встречи %1</translation>
    </message>
    <message>
        <source>change the place of meeting %1</source>
        <translation>изменение места встречи %1</translation>
    </message>
    <message>
        <source>change the facilitator of meeting %1</source>
        <translation>изменение фасилитатора встречи %1</translation>
    </message>
    <message>
        <source>change the minutes number of meeting %1</source>
        <translation>изменение номера протокола встречи %1</translation>
    </message>
    <message>
        <source>change the agenda of meeting %1</source>
        <translation>изменение повестки дня встречи %1</translation>
    </message>
    <message>
        <source>change the minutes of meeting %1</source>
        <translation>изменение протокола встречи %1</translation>
    </message>
    <message>
        <source>change the decisions of meeting %1</source>
        <translation>изменение решений встречи %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Фасилитатор:</translation>
    </message>
    <message>
        <source>Minutes n&amp;umber:</source>
        <translation>&amp;Номер протокола:</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>Пов&amp;естка дня:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>П&amp;ротокол:</translation>
    </message>
    <message>
        <source>Decision&amp;s:</source>
        <translation>Решени&amp;я:</translation>
    </message>
    <message>
        <source>Village, mahalla or building</source>
        <translation>Село, махалля или здание</translation>
    </message>
    <message>
        <source>Who led the meeting</source>
        <translation>Кто вёл встречу</translation>
    </message>
    <message>
        <source>Number on the paper minutes</source>
        <translation>Номер бумажного протокола</translation>
    </message>
    <message>
        <source>One item a line</source>
        <translation>По одному пункту в строке</translation>
    </message>
    <message>
        <source>What was agreed, who does it, by when</source>
        <translation>Что решено, кто выполняет и в какой срок</translation>
    </message>
    <message>
        <source>change who chaired meeting %1</source>
        <translation>изменить председателя встречи %1</translation>
    </message>
    <message>
        <source>change the secretary of meeting %1</source>
        <translation>изменить секретаря встречи %1</translation>
    </message>
    <message>
        <source>C&amp;haired by:</source>
        <translation>&amp;Председатель:</translation>
    </message>
    <message>
        <source>Secre&amp;tary:</source>
        <translation>&amp;Секретарь:</translation>
    </message>
    <message>
        <source>A member present, or type a name</source>
        <translation>Присутствующий член группы или введите имя</translation>
    </message>
    <message>
        <source>none</source>
        <comment>held at no centre</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>(deleted centre)</source>
        <translation>(удалённый центр)</translation>
    </message>
    <message>
        <source>change the centre meeting %1 was held at</source>
        <translation>изменение центра, где прошла встреча %1</translation>
    </message>
    <message>
        <source>Held at c&amp;entre:</source>
        <translation>В &amp;центре:</translation>
    </message>
</context>
<context>
    <name>hamkori::MeetingListModel</name>
    <message>
        <source>%1 members present, %2 guests</source>
        <translation>членов группы: %1, гостей: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
</context>
<context>
    <name>hamkori::MeetingsPage</name>
    <message>
        <source>Delete meeting</source>
        <translation>Удалить встречу</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <source>A&amp;ttendance (%1)</source>
        <translation>П&amp;рисутствие (%1)</translation>
    </message>
    <message>
        <source>Concerns &amp;raised (%1)</source>
        <translation>&amp;Заявленные проблемы (%1)</translation>
    </message>
    <message>
        <source>create a meeting on %1</source>
        <translation>создание встречи от %1</translation>
    </message>
    <message numerus="yes">
        <source>The meeting %1 of %2 and its attendance records (%n member(s) marked present) will be deleted.</source>
        <translation>
            <numerusform>Встреча %1 от %2 и записи о присутствии на ней (%Ln член группы отмечен как присутствующий) будут удалены.</numerusform>
            <numerusform>Встреча %1 от %2 и записи о присутствии на ней (%Ln члена группы отмечены как присутствующие) будут удалены.</numerusform>
            <numerusform>Встреча %1 от %2 и записи о присутствии на ней (%Ln членов группы отмечены как присутствующие) будут удалены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n concern(s) raised at it stay in the register.</source>
        <translation>
            <numerusform>%Ln проблема, заявленная на ней, останется в реестре.</numerusform>
            <numerusform>%Ln проблемы, заявленные на ней, останутся в реестре.</numerusform>
            <numerusform>%Ln проблем, заявленных на ней, останутся в реестре.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Это действие можно отменить: Правка → Отменить.</translation>
    </message>
    <message>
        <source>delete meeting %1</source>
        <translation>удаление встречи %1</translation>
    </message>
    <message>
        <source>&amp;Meetings of the team, newest first</source>
        <translation>Встречи &amp;группы, сначала новые</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Новая встреча</translation>
    </message>
    <message>
        <source>Log a meeting held today; change its date and details on the right.</source>
        <translation>Записать встречу, проведённую сегодня; дату и сведения о ней можно изменить справа.</translation>
    </message>
    <message>
        <source>De&amp;lete meeting…</source>
        <translation>&amp;Удалить встречу…</translation>
    </message>
    <message>
        <source>Create a team on the Team page first.</source>
        <translation>Сначала создайте группу на странице «Группа».</translation>
    </message>
    <message>
        <source>No meeting is selected. Click “New meeting” to log one.</source>
        <translation>Встреча не выбрана. Чтобы записать встречу, нажмите «Новая встреча».</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Erase from histor&amp;y…</source>
        <translation>Стереть из &amp;истории…</translation>
    </message>
    <message>
        <source>Erase earlier values of this meeting&apos;s agenda, minutes, decisions or facilitator from this laptop and, with the next bundle, from every other one.</source>
        <translation>Стереть прежние значения повестки дня, протокола, решений или фасилитатора этой встречи на этом ноутбуке и, со следующим пакетом данных, на всех остальных.</translation>
    </message>
    <message>
        <source>Create a team…</source>
        <translation>Создать группу…</translation>
    </message>
    <message>
        <source>No meeting is logged yet. Log the team&apos;s first meeting: when and where it was, who came, and the concerns people raised.</source>
        <translation>Встреч ещё нет. Запишите первую встречу группы: когда и где она прошла, кто пришёл и о каких проблемах заявили люди.</translation>
    </message>
    <message>
        <source>Log the first meeting</source>
        <translation>Записать первую встречу</translation>
    </message>
</context>
<context>
    <name>hamkori::MeetingsPlansTab</name>
    <message>
        <source>first raised</source>
        <translation>впервые заявлена</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>оценена</translation>
    </message>
    <message>
        <source>scored (%1)</source>
        <translation>оценена (%1)</translation>
    </message>
    <message>
        <source>plan %1 adopted</source>
        <translation>принят план мероприятий %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>не оценена</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>решение ещё не принято</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>выбрана</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не выбрана</translation>
    </message>
    <message>
        <source>Round of %1</source>
        <translation>Раунд от %1</translation>
    </message>
    <message>
        <source>Meetings where it was discussed</source>
        <translation>Встречи, на которых она обсуждалась</translation>
    </message>
    <message>
        <source>Prioritisation rounds</source>
        <translation>Раунды определения приоритетов</translation>
    </message>
    <message>
        <source>Action plans that address it</source>
        <translation>Планы мероприятий, в которые она входит</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Overall rank</source>
        <translation>Место в общем рейтинге</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open</source>
        <translation>Нажмите Enter или дважды щёлкните, чтобы открыть</translation>
    </message>
</context>
<context>
    <name>hamkori::MemberForm</name>
    <message>
        <source>rename member %1</source>
        <translation>переименование члена группы %1</translation>
    </message>
    <message>
        <source>change the organisation of %1</source>
        <translation>изменение организации %1</translation>
    </message>
    <message>
        <source>change the post of %1</source>
        <translation>изменение должности %1</translation>
    </message>
    <message>
        <source>change the phone number of %1</source>
        <translation>изменение номера телефона %1</translation>
    </message>
    <message>
        <source>change the category of %1</source>
        <translation>изменение категории %1</translation>
    </message>
    <message>
        <source>change the sex of %1</source>
        <translation>изменение пола %1</translation>
    </message>
    <message>
        <source>change the date %1 joined</source>
        <translation>изменение даты вступления %1 в группу</translation>
    </message>
    <message>
        <source>change the date %1 left</source>
        <translation>изменение даты выхода %1 из группы</translation>
    </message>
    <message>
        <source>mark %1 as left</source>
        <translation>отметка о выходе %1 из группы</translation>
    </message>
    <message>
        <source>mark %1 as active again</source>
        <translation>отметка о возвращении %1 в группу</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>Долж&amp;ность:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>Дата вст&amp;упления:</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Дата выхода:</translation>
    </message>
    <message>
        <source>Has &amp;left the team on</source>
        <translation>Вы&amp;шел(а) из группы</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Добавить члена группы</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Новый член группы</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Член группы: %1</translation>
    </message>
    <message>
        <source>add member %1</source>
        <translation>добавление члена группы %1</translation>
    </message>
    <message>
        <source>change the age band of %1</source>
        <translation>изменение возрастной группы %1</translation>
    </message>
    <message>
        <source>A&amp;ge band:</source>
        <translation>&amp;Возрастная группа:</translation>
    </message>
    <message>
        <source>Choose from the directory, or type, for example the women&apos;s committee of the Jamoat</source>
        <translation>Выберите из справочника или введите, например женский комитет джамоата</translation>
    </message>
</context>
<context>
    <name>hamkori::MemberPickerDialog</name>
    <message>
        <source>Add members as participants</source>
        <translation>Добавить членов групп как участников</translation>
    </message>
    <message>
        <source>Members of every group, for «%1». Type part of a name, a group or an organisation; choose one or several (Ctrl+click).</source>
        <translation>Члены всех групп, для «%1». Введите часть имени, названия группы или организации; выберите одного или нескольких (Ctrl+щелчок).</translation>
    </message>
    <message>
        <source>Type to find a member</source>
        <translation>Начните вводить имя члена группы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>hamkori::MemberTableModel</name>
    <message>
        <source>%1 left the team on %2.</source>
        <translation>Дата выхода %1 из группы: %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Вступление</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Посещено встреч</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Возрастная группа</translation>
    </message>
</context>
<context>
    <name>hamkori::NewConcernDialog</name>
    <message>
        <source>New concern</source>
        <translation>Новая проблема</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>Village or mahalla</source>
        <translation>Село или махалля</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Выберите категорию…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation>Кем за&amp;явлена:</translation>
    </message>
    <message>
        <source>&amp;First raised:</source>
        <translation>&amp;Впервые заявлена:</translation>
    </message>
    <message>
        <source>register concern “%1”</source>
        <translation>регистрация проблемы «%1»</translation>
    </message>
</context>
<context>
    <name>hamkori::NextStepBar</name>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
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
        <translation>Файл данных %1 (%2) проверяется перед открытием, чтобы ничего не записать в повреждённый файл. Большой файл проверяется несколько секунд…</translation>
    </message>
</context>
<context>
    <name>hamkori::OptionalDateEdit</name>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Календарь (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>hamkori::OrganisationForm</name>
    <message>
        <source>rename the organisation %1</source>
        <translation>переименование организации %1</translation>
    </message>
    <message>
        <source>change the short name of %1</source>
        <translation>изменение краткого названия %1</translation>
    </message>
    <message>
        <source>change the address of %1</source>
        <translation>изменение адреса %1</translation>
    </message>
    <message>
        <source>change the contact person of %1</source>
        <translation>изменение контактного лица %1</translation>
    </message>
    <message>
        <source>change the phone number of %1</source>
        <translation>изменение номера телефона %1</translation>
    </message>
    <message>
        <source>change the e-mail address of %1</source>
        <translation>изменение адреса электронной почты %1</translation>
    </message>
    <message>
        <source>change the international experience of %1</source>
        <translation>изменение международного опыта %1</translation>
    </message>
    <message>
        <source>change the notes on %1</source>
        <translation>изменение заметок о %1</translation>
    </message>
    <message>
        <source>change the kind of %1</source>
        <translation>изменение вида %1</translation>
    </message>
    <message>
        <source>change the date %1 signed the network&apos;s memorandum</source>
        <translation>изменение даты подписания меморандума сети: %1</translation>
    </message>
    <message>
        <source>change the districts of %1</source>
        <translation>изменение районов %1</translation>
    </message>
    <message>
        <source>change the fields of expertise of %1</source>
        <translation>изменение областей экспертизы %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>К&amp;онтактное лицо:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;International experience:</source>
        <translation>&amp;Международный опыт:</translation>
    </message>
    <message>
        <source>Experience with international agencies: projects, partners and years</source>
        <translation>Опыт работы с международными организациями: проекты, партнёры и годы</translation>
    </message>
    <message>
        <source>Network &amp;memorandum signed on:</source>
        <translation>&amp;Меморандум сети подписан:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <source>&amp;Where it works and what it knows</source>
        <translation>&amp;Где работает и что умеет</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Услуги</translation>
    </message>
    <message>
        <source>Dis&amp;tricts and cities where it is active:</source>
        <translation>&amp;Районы и города, где она работает:</translation>
    </message>
    <message>
        <source>&amp;Fields of expertise:</source>
        <translation>&amp;Области экспертизы:</translation>
    </message>
    <message>
        <source>Type to find a district or city</source>
        <translation>Начните вводить название района или города</translation>
    </message>
    <message>
        <source>The full name, as registered</source>
        <translation>Полное название, как при регистрации</translation>
    </message>
    <message>
        <source>For example: ОҶ «Нур»</source>
        <translation>Например: ОО «Нур»</translation>
    </message>
    <message>
        <source>name@example.tj</source>
        <translation>например, name@example.tj</translation>
    </message>
    <message>
        <source>Projects with UN agencies, OSCE, embassies… and the years</source>
        <translation>Проекты с агентствами ООН, ОБСЕ, посольствами… и годы</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>не член сети</translation>
    </message>
    <message>
        <source>Leave empty when the organisation has not signed the network&apos;s memorandum.</source>
        <translation>Оставьте пустым, если организация не подписала меморандум сети.</translation>
    </message>
    <message>
        <source>Add to the &amp;directory</source>
        <translation>&amp;Добавить в справочник</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>add %1 to the directory</source>
        <translation>добавление %1 в справочник</translation>
    </message>
</context>
<context>
    <name>hamkori::OrganisationListModel</name>
    <message>
        <source>Not a member of the network</source>
        <translation>Не член сети</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <source>Fields of expertise</source>
        <translation>Области экспертизы</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Экспертиза</translation>
    </message>
    <message>
        <source>Services it offers for referral</source>
        <translation>Услуги, к которым можно направить людей</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Member of the network since (memorandum signed on)</source>
        <translation>Член сети с (дата подписания меморандума)</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Член сети с</translation>
    </message>
</context>
<context>
    <name>hamkori::OverviewPage</name>
    <message>
        <source>%1 women · %2 men</source>
        <translation>женщин: %1 · мужчин: %2</translation>
    </message>
    <message>
        <source>Concerns by category</source>
        <translation>Проблемы по категориям</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>No concerns yet</source>
        <translation>Проблем пока нет</translation>
    </message>
    <message>
        <source>Concerns by status</source>
        <translation>Проблемы по статусам</translation>
    </message>
    <message>
        <source>Action plan activities by status</source>
        <translation>Мероприятия по статусам</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>Мероприятий пока нет</translation>
    </message>
    <message>
        <source>Q%1&lt;br&gt;’%2</source>
        <comment>quarter of a year on two lines, two-digit year</comment>
        <translation>%1 кв.&lt;br&gt;’%2</translation>
    </message>
    <message>
        <source>W %1</source>
        <comment>women of an age band</comment>
        <translation>Ж %1</translation>
    </message>
    <message>
        <source>M %1</source>
        <comment>men of an age band</comment>
        <translation>М %1</translation>
    </message>
    <message>
        <source>People at meetings per quarter</source>
        <translation>Участники встреч по кварталам</translation>
    </message>
    <message>
        <source>No meetings in these quarters</source>
        <translation>В эти кварталы встреч не было</translation>
    </message>
    <message>
        <source>&amp;Overdue activities (%1)</source>
        <translation>&amp;Просроченные мероприятия (%1)</translation>
    </message>
    <message>
        <source>&amp;Due in the next %1 days (%2)</source>
        <translation>&amp;Срок исполнения в ближайшие %1 дн. (%2)</translation>
    </message>
    <message>
        <source>Concerns &amp;waiting for analysis (%1)</source>
        <translation>Проблемы, &amp;ожидающие анализа (%1)</translation>
    </message>
    <message>
        <source>&amp;All teams</source>
        <translation>Все &amp;группы</translation>
    </message>
    <message>
        <source>Show the figures of every team in this data file</source>
        <translation>Показать данные всех групп из этого файла данных</translation>
    </message>
    <message>
        <source>Meetings this year</source>
        <translation>Встречи в этом году</translation>
    </message>
    <message>
        <source>Open concerns</source>
        <translation>Нерешённые проблемы</translation>
    </message>
    <message>
        <source>Activities overdue</source>
        <translation>Просроченные мероприятия</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
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
        <translation>Для этой группы ещё ничего не записано. Обзор заполняется по мере того, как группа записывает свои встречи и заявленные на них проблемы: начните с первой встречи.</translation>
    </message>
    <message>
        <source>Log the first meeting</source>
        <translation>Записать первую встречу</translation>
    </message>
    <message>
        <source>Overdue &amp;requests and recommendations (%1)</source>
        <translation>Просроченные &amp;запросы и рекомендации (%1)</translation>
    </message>
    <message>
        <source>Use of &amp;centres this year: %1, %2</source>
        <translation>Работа &amp;центров в этом году: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reception day(s)</source>
        <translation>
            <numerusform>%Ln приёмный день</numerusform>
            <numerusform>%Ln приёмных дня</numerusform>
            <numerusform>%Ln приёмных дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s)</source>
        <translation>
            <numerusform>%Ln посетитель</numerusform>
            <numerusform>%Ln посетителя</numerusform>
            <numerusform>%Ln посетителей</numerusform>
        </translation>
    </message>
    <message>
        <source>People reached directly this year</source>
        <translation>Охвачено напрямую в этом году</translation>
    </message>
    <message>
        <source>Reached indirectly this year (estimated)</source>
        <translation>Охвачено косвенно в этом году (оценка)</translation>
    </message>
    <message>
        <source>Surveys: no baseline and endline yet</source>
        <translation>Опросы: исходного и итогового опроса пока нет</translation>
    </message>
    <message>
        <source>%1: too few answers</source>
        <comment>a survey indicator</comment>
        <translation>%1: слишком мало ответов</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <comment>a survey indicator at baseline and endline, and the change</comment>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>Surveys, latest baseline → endline of %n team(s): %1</source>
        <translation>
            <numerusform>Опросы, последние исходный → итоговый в %n группе: %1</numerusform>
            <numerusform>Опросы, последние исходный → итоговый в %n группах: %1</numerusform>
            <numerusform>Опросы, последние исходный → итоговый в %n группах: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Surveys, latest baseline → endline: %1</source>
        <translation>Опросы, последние исходный → итоговый: %1</translation>
    </message>
</context>
<context>
    <name>hamkori::PairwiseWidget</name>
    <message>
        <source>For each pair, click the concern that matters more to the participants.</source>
        <translation>В каждой паре щёлкните проблему, которая важнее для участников.</translation>
    </message>
    <message>
        <source>&amp;Previous pair</source>
        <translation>&amp;Предыдущая пара</translation>
    </message>
    <message>
        <source>&amp;Next pair</source>
        <translation>&amp;Следующая пара</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Итоги сравнения</translation>
    </message>
    <message>
        <source>Put at least two concerns in the round to compare them in pairs.</source>
        <translation>Чтобы сравнивать проблемы попарно, включите в раунд не менее двух проблем.</translation>
    </message>
    <message>
        <source>All %1 pairs compared. Click a pair&apos;s concern again to change the choice.</source>
        <translation>Все пары (%1) сравнены. Чтобы изменить выбор, снова щёлкните проблему в паре.</translation>
    </message>
    <message>
        <source>%1 of %2 pairs compared</source>
        <translation>Сравнено пар: %1 из %2</translation>
    </message>
    <message>
        <source>choose %1 over %2</source>
        <translation>выбор %1 вместо %2</translation>
    </message>
    <message>
        <source>The choice could not be read back.</source>
        <translation>Не удалось прочитать сохранённый выбор. Повторите попытку.</translation>
    </message>
</context>
<context>
    <name>hamkori::ParticipantsPanel</name>
    <message>
        <source>change %1 on the list of %2</source>
        <translation>изменение %1 в списке %2</translation>
    </message>
    <message>
        <source>add %1 to the list of %2</source>
        <translation>добавление %1 в список %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <source>change the people from «%1» counted at %2</source>
        <translation>изменение числа участников от «%1» на %2</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Добавить &amp;члена группы…</translation>
    </message>
    <message>
        <source>Choose members of any group: their name, sex, age band and organisation are filled in.</source>
        <translation>Выберите членов любой группы: их имя, пол, возрастная группа и организация будут вписаны.</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Добавить &amp;человека</translation>
    </message>
    <message>
        <source>Type the name of someone who is not a member of a group in the last row.</source>
        <translation>Введите в последней строке имя человека, который не состоит в группе.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <source>&amp;Counted without names (by sex and age):</source>
        <translation>&amp;Посчитанные без имён (по полу и возрасту):</translation>
    </message>
    <message>
        <source>Count people &amp;from</source>
        <translation>Посчитать участников &amp;от</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Убрать строку</translation>
    </message>
    <message>
        <source>The members chosen are already on the list.</source>
        <translation>Выбранные члены групп уже есть в списке.</translation>
    </message>
    <message numerus="yes">
        <source>add %n member(s) to the list of %1</source>
        <translation>
            <numerusform>добавление %Ln члена группы в список %1</numerusform>
            <numerusform>добавление %Ln членов групп в список %1</numerusform>
            <numerusform>добавление %Ln членов групп в список %1</numerusform>
        </translation>
    </message>
    <message>
        <source>remove %1 from the list of %2</source>
        <translation>удаление %1 из списка %2</translation>
    </message>
    <message>
        <source>count people from «%1» at %2</source>
        <translation>подсчёт участников от «%1» на %2</translation>
    </message>
    <message>
        <source>remove the people from «%1» counted at %2</source>
        <translation>удаление посчитанных участников от «%1» на %2</translation>
    </message>
    <message>
        <source>Named: %1 · counted: %2 · in all: %3, of them women %4 and men %5.</source>
        <translation>Поимённо: %1 · посчитано: %2 · всего: %3, из них женщин %4 и мужчин %5.</translation>
    </message>
</context>
<context>
    <name>hamkori::PlansPage</name>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation>Новый план мероприятий</translation>
    </message>
    <message>
        <source>create an action plan</source>
        <translation>создание плана мероприятий</translation>
    </message>
    <message>
        <source>The action plan %1 (“%2”) will be deleted, with %3, %4 and %5.</source>
        <translation>План мероприятий %1 («%2») будет удалён. Вместе с ним будут удалены: %3, %4 и %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%Ln отметка о ходе выполнения</numerusform>
            <numerusform>%Ln отметки о ходе выполнения</numerusform>
            <numerusform>%Ln отметок о ходе выполнения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator reading(s)</source>
        <translation>
            <numerusform>%Ln измерение показателя</numerusform>
            <numerusform>%Ln измерения показателя</numerusform>
            <numerusform>%Ln измерений показателя</numerusform>
        </translation>
    </message>
    <message>
        <source>delete action plan %1</source>
        <translation>удаление плана мероприятий %1</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Новый план</translation>
    </message>
    <message>
        <source>&amp;Delete plan…</source>
        <translation>&amp;Удалить план…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Планы мероприятий</translation>
    </message>
    <message>
        <source>The plan is adopted. Next, give it to the Hukumat on paper and record the progress of its activities.</source>
        <translation>План принят. Теперь передайте его Хукумату на бумаге и отмечайте ход выполнения его мероприятий.</translation>
    </message>
    <message>
        <source>Print the plan for the Hukumat…</source>
        <translation>Напечатать план для Хукумата…</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Отметить ход выполнения</translation>
    </message>
    <message>
        <source>The team has no action plan yet. Make one for the concerns it chose as priorities: the measures, who leads them, deadlines and funding.</source>
        <translation>У группы ещё нет плана мероприятий. Составьте его для проблем, выбранных в качестве приоритетных: мероприятия, ответственные исполнители, сроки исполнения и финансирование.</translation>
    </message>
    <message>
        <source>Make the first action plan</source>
        <translation>Составить первый план мероприятий</translation>
    </message>
</context>
<context>
    <name>hamkori::PrioritisationPage</name>
    <message>
        <source>Pairwise ranking</source>
        <translation>Попарное сравнение</translation>
    </message>
    <message>
        <source>Prioritisation rounds</source>
        <translation>Раунды определения приоритетов</translation>
    </message>
    <message>
        <source>&amp;Start a round…</source>
        <translation>&amp;Начать раунд…</translation>
    </message>
    <message>
        <source>Score the team&apos;s concerns at a meeting</source>
        <translation>Оценить проблемы группы на встрече</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change the round&apos;s meeting, concerns, criteria or weights</source>
        <translation>Изменить встречу, проблемы, критерии или веса раунда</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Record the &amp;decision…</source>
        <translation>&amp;Записать решение…</translation>
    </message>
    <message>
        <source>Score &amp;grid</source>
        <translation>&amp;Таблица баллов</translation>
    </message>
    <message>
        <source>Pair&amp;wise ranking</source>
        <translation>&amp;Попарное сравнение</translation>
    </message>
    <message>
        <source>Choose the group, then type 1 (low) to 5 (high) in each cell: the cursor moves on by itself. Delete clears a cell.</source>
        <translation>Выберите группу участников, затем введите в каждой ячейке балл от 1 (низкий) до 5 (высокий): курсор сам перейдёт дальше. Клавиша Delete очищает ячейку.</translation>
    </message>
    <message>
        <source>Results (weighted mean of the scores; overall = mean of the groups)</source>
        <translation>Результаты (средневзвешенный балл; общий результат — среднее по группам)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color:%1; color:black&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; the groups disagree most on these concerns (largest difference in rank). &lt;b&gt;Bold&lt;/b&gt;: ranked first by that group.</source>
        <translation>&lt;span style=&quot;background-color:%1; color:black&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; по этим проблемам мнения групп расходятся сильнее всего (наибольшая разница в месте в рейтинге). &lt;b&gt;Полужирным&lt;/b&gt;: первое место у этой группы.</translation>
    </message>
    <message>
        <source>(untitled round)</source>
        <translation>(раунд без названия)</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Встреча: %1</translation>
    </message>
    <message>
        <source>Decided. Priorities:</source>
        <translation>Решение принято. Приоритеты:</translation>
    </message>
    <message numerus="yes">
        <source>Not decided yet: %n concern(s), %1 criteria.</source>
        <translation>
            <numerusform>Решение ещё не принято: %Ln проблема, критериев: %1.</numerusform>
            <numerusform>Решение ещё не принято: %Ln проблемы, критериев: %1.</numerusform>
            <numerusform>Решение ещё не принято: %Ln проблем, критериев: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the &amp;decision…</source>
        <translation>Изменить &amp;решение…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>оценок ещё нет</translation>
    </message>
    <message>
        <source>Ranked first by each group — %1</source>
        <translation>Первое место у каждой группы — %1</translation>
    </message>
    <message>
        <source>start round %1</source>
        <translation>начало раунда %1</translation>
    </message>
    <message>
        <source>edit round %1</source>
        <translation>изменение раунда %1</translation>
    </message>
    <message>
        <source>record the decision of %1</source>
        <translation>запись решения раунда %1</translation>
    </message>
    <message>
        <source>The prioritisation round &quot;%1&quot; and its scores, pairwise choices and decision will be deleted. The concerns keep their status. Delete it?</source>
        <translation>Раунд определения приоритетов «%1» будет удалён вместе с баллами, результатами попарного сравнения и решением. Статус проблем не изменится. Удалить раунд?</translation>
    </message>
    <message>
        <source>Delete the round</source>
        <translation>Удалить раунд</translation>
    </message>
    <message>
        <source>delete round %1</source>
        <translation>удаление раунда %1</translation>
    </message>
    <message>
        <source>Prioritisation</source>
        <translation>Определение приоритетов</translation>
    </message>
    <message>
        <source>Select the concerns the team chose (Ctrl+click for several), then record the decision.</source>
        <translation>Выделите проблемы, выбранные группой (несколько — щелчком с нажатой Ctrl), затем запишите решение.</translation>
    </message>
    <message>
        <source>The priorities are chosen. Next, plan what the team will do about them.</source>
        <translation>Приоритеты выбраны. Теперь спланируйте, что группа будет с ними делать.</translation>
    </message>
    <message>
        <source>Make the action plan from these priorities</source>
        <translation>Составить план мероприятий по этим приоритетам</translation>
    </message>
    <message>
        <source>Create a team first.</source>
        <translation>Сначала создайте группу.</translation>
    </message>
    <message>
        <source>Prioritisation scores the concerns the team registered. Register the concerns raised at its meetings first.</source>
        <translation>При определении приоритетов оцениваются проблемы, зарегистрированные группой. Сначала зарегистрируйте проблемы, о которых заявили на её встречах.</translation>
    </message>
    <message>
        <source>Register a concern…</source>
        <translation>Зарегистрировать проблему…</translation>
    </message>
    <message>
        <source>No prioritisation round yet. Score the team&apos;s concerns with women, men, youth and authorities at a meeting, then record which the team chose.</source>
        <translation>Раундов определения приоритетов ещё нет. Оцените проблемы группы на встрече вместе с женщинами, мужчинами, молодёжью и органами власти, затем запишите, какие из них выбрала группа.</translation>
    </message>
    <message>
        <source>Start the first round…</source>
        <translation>Начать первый раунд…</translation>
    </message>
</context>
<context>
    <name>hamkori::QuestionnairePanel</name>
    <message>
        <source>&amp;New question</source>
        <translation>&amp;Новый вопрос</translation>
    </message>
    <message>
        <source>&amp;Remove the question</source>
        <translation>&amp;Убрать вопрос</translation>
    </message>
    <message>
        <source>&amp;Question as the sheet asks it:</source>
        <translation>&amp;Вопрос, как он задан в анкете:</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Ответы:</translation>
    </message>
    <message>
        <source>at &amp;most:</source>
        <translation>не &amp;более:</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>любое число</translation>
    </message>
    <message>
        <source>Type to find a category</source>
        <translation>Начните вводить название категории</translation>
    </message>
    <message>
        <source>One option per line, in the order of the sheet</source>
        <translation>Один вариант ответа в строке, в порядке анкеты</translation>
    </message>
    <message>
        <source>A question of the team&apos;s own, asked after the others</source>
        <translation>Собственный вопрос группы, задаётся после остальных</translation>
    </message>
    <message>
        <source>&amp;Options, one per line:</source>
        <translation>&amp;Варианты ответа, по одному в строке:</translation>
    </message>
    <message>
        <source>&amp;Add the question</source>
        <translation>&amp;Добавить вопрос</translation>
    </message>
    <message>
        <source>Question %1, a standard question</source>
        <translation>Вопрос %1, стандартный вопрос</translation>
    </message>
    <message>
        <source>Question %1, the team&apos;s own</source>
        <translation>Вопрос %1, собственный вопрос группы</translation>
    </message>
    <message>
        <source>&amp;Concern categories offered:</source>
        <translation>&amp;Предлагаемые категории проблем:</translation>
    </message>
    <message>
        <source>Tick the categories the sheet offers, in the order of the list.</source>
        <translation>Отметьте категории, которые предлагает анкета, в порядке списка.</translation>
    </message>
    <message>
        <source>The standard options keep their numbers: rename them if the sheet words them differently, and add new ones after them.</source>
        <translation>Стандартные варианты ответа сохраняют свои номера: переименуйте их, если в анкете они сформулированы иначе, а новые добавляйте после них.</translation>
    </message>
    <message>
        <source>&amp;Save the question</source>
        <translation>&amp;Сохранить вопрос</translation>
    </message>
    <message>
        <source>Keep the %1 standard options: rename them if needed, and add new ones after them.</source>
        <translation>Сохраните стандартные варианты ответа (%1): при необходимости переименуйте их, а новые добавьте после них.</translation>
    </message>
    <message>
        <source>add a question to %1</source>
        <translation>добавление вопроса в %1</translation>
    </message>
    <message>
        <source>change question %1 of %2</source>
        <translation>изменение вопроса %1 в %2</translation>
    </message>
    <message>
        <source>remove question %1 of %2</source>
        <translation>удаление вопроса %1 из %2</translation>
    </message>
</context>
<context>
    <name>hamkori::RaisedConcernsModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>hamkori::RaisedConcernsPanel</name>
    <message>
        <source>register a concern raised at %1</source>
        <translation>регистрация проблемы, заявленной на встрече %1</translation>
    </message>
    <message>
        <source>Concerns first raised at this meeting. Double-click one, or press Enter, to open it on the Concerns page.</source>
        <translation>Проблемы, впервые заявленные на этой встрече. Чтобы открыть проблему на странице «Проблемы», дважды щёлкните её или нажмите Enter.</translation>
    </message>
    <message>
        <source>Register a &amp;concern raised here…</source>
        <translation>Зарегистрировать &amp;проблему, заявленную здесь…</translation>
    </message>
</context>
<context>
    <name>hamkori::ReceptionDayModel</name>
    <message>
        <source>Reception day</source>
        <translation>Приёмный день</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
</context>
<context>
    <name>hamkori::ReceptionDaysPanel</name>
    <message>
        <source>change the date of a reception day</source>
        <translation>изменение даты приёмного дня</translation>
    </message>
    <message>
        <source>change the visitors of the reception day of %1</source>
        <translation>изменение посетителей приёмного дня %1</translation>
    </message>
    <message>
        <source>&amp;New reception day</source>
        <translation>&amp;Новый приёмный день</translation>
    </message>
    <message>
        <source>Delete reception day</source>
        <translation>Удалить приёмный день</translation>
    </message>
    <message>
        <source>&amp;Date of the reception day:</source>
        <translation>&amp;Дата приёмного дня:</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>All visitors</source>
        <translation>Все посетители</translation>
    </message>
    <message>
        <source>add a reception day</source>
        <translation>добавление приёмного дня</translation>
    </message>
    <message>
        <source>delete the reception day of %1</source>
        <translation>удаление приёмного дня %1</translation>
    </message>
</context>
<context>
    <name>hamkori::ReferralDialog</name>
    <message>
        <source>Add a referral</source>
        <translation>Добавить направление</translation>
    </message>
    <message>
        <source>Change the referral</source>
        <translation>Изменить направление</translation>
    </message>
    <message>
        <source>Only how many people were referred is kept, by sex and age: never a name. Write no names anywhere in the data file for a referral.</source>
        <translation>Сохраняется только число направленных людей по полу и возрасту: никогда не имена. Не записывайте имён нигде в файле данных для направления.</translation>
    </message>
    <message>
        <source>No service in the directory yet: add one on the Directory page</source>
        <translation>В справочнике пока нет услуг: добавьте услугу на странице «Справочник»</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Женщины и девочки</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Мужчины и мальчики</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>People referred</source>
        <translation>Направленные люди</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>hamkori::ReferralsTab</name>
    <message>
        <source>a service no longer in the directory</source>
        <translation>услуга, которой больше нет в справочнике</translation>
    </message>
    <message>
        <source>Women and girls: %1, men and boys: %2</source>
        <translation>Женщины и девочки: %1, мужчины и мальчики: %2</translation>
    </message>
    <message>
        <source>People the team referred to a service of the directory because of this concern. Only how many, by sex and age: never a name.</source>
        <translation>Люди, которых группа направила к услуге из справочника из-за этой проблемы. Только число, по полу и возрасту: никогда не имена.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Add a &amp;referral…</source>
        <translation>Добавить &amp;направление…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Delete referral</source>
        <translation>Удалить направление</translation>
    </message>
    <message>
        <source>add a referral to %1</source>
        <translation>добавление направления к %1</translation>
    </message>
    <message>
        <source>change a referral of %1</source>
        <translation>изменение направления %1</translation>
    </message>
    <message>
        <source>delete a referral of %1</source>
        <translation>удаление направления %1</translation>
    </message>
</context>
<context>
    <name>hamkori::RegisterConcernDialog</name>
    <message>
        <source>Register a concern raised at %1</source>
        <translation>Регистрация проблемы, заявленной на встрече %1</translation>
    </message>
    <message>
        <source>A short title, e.g. Dark street near the school</source>
        <translation>Краткое название, например: Тёмная улица у школы</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>Выберите категорию</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>К&amp;ем заявлена:</translation>
    </message>
    <message>
        <source>Name a group, never a person. You can describe and analyse the concern on the Concerns page.</source>
        <translation>Укажите группу, а не отдельного человека. Описать и проанализировать проблему можно на странице «Проблемы».</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
</context>
<context>
    <name>hamkori::ReportsPage</name>
    <message>
        <source>All teams</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>Период не может заканчиваться раньше, чем начинается.</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Отчёт %1</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>Подготови&amp;л:</translation>
    </message>
    <message>
        <source>The organisation that prepares the report</source>
        <translation>Организация, которая готовит отчёт</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Резюме:</translation>
    </message>
    <message>
        <source>What the period brought, in a few sentences: printed at the start of the report</source>
        <translation>Итоги периода в нескольких предложениях: печатаются в начале отчёта</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period. Choose another period above, or log the team&apos;s meetings first: the report counts them, their participants and the concerns raised.</source>
        <translation>За этот период ничего не записано. Выберите выше другой период или сначала запишите встречи группы: отчёт считает их, их участников и заявленные проблемы.</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Записать встречу</translation>
    </message>
</context>
<context>
    <name>hamkori::RestrictedMark</name>
    <message>
        <source>Restricted</source>
        <translation>Ограниченный доступ</translation>
    </message>
    <message>
        <source>Restricted: left out of exports and printouts unless asked for</source>
        <translation>Ограниченный доступ: не включается в экспорт и распечатки, если этого не запросить явно</translation>
    </message>
</context>
<context>
    <name>hamkori::ResultsModel</name>
    <message>
        <source>%1 (rank %2)</source>
        <translation>%1 (место %2)</translation>
    </message>
    <message>
        <source>Chosen as a priority</source>
        <translation>Выбрана в качестве приоритетной</translation>
    </message>
    <message numerus="yes">
        <source>The groups disagree most on this concern: their ranks differ by %n place(s).</source>
        <translation>
            <numerusform>По этой проблеме группы расходятся сильнее всего: их места различаются на %Ln позицию.</numerusform>
            <numerusform>По этой проблеме группы расходятся сильнее всего: их места различаются на %Ln позиции.</numerusform>
            <numerusform>По этой проблеме группы расходятся сильнее всего: их места различаются на %Ln позиций.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranked first by %1</source>
        <translation>На первом месте у группы: %1</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Общий балл</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
</context>
<context>
    <name>hamkori::RoundDialog</name>
    <message>
        <source>Edit the prioritisation round</source>
        <translation>Изменить раунд определения приоритетов</translation>
    </message>
    <message>
        <source>Start a prioritisation round</source>
        <translation>Начать раунд определения приоритетов</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Start the round</source>
        <translation>&amp;Начать раунд</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Встреча:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>C&amp;oncerns to score (open concerns of the team):</source>
        <translation>&amp;Проблемы для оценки (открытые проблемы группы):</translation>
    </message>
    <message>
        <source>C&amp;riteria and their weights (untick a criterion to leave it out):</source>
        <translation>&amp;Критерии и их веса (снимите флажок, чтобы не учитывать критерий):</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(без встречи)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Вес критерия «%1»</translation>
    </message>
    <message>
        <source>Tick at least one criterion.</source>
        <translation>Отметьте хотя бы один критерий.</translation>
    </message>
    <message>
        <source>Tick at least one concern to score.</source>
        <translation>Отметьте хотя бы одну проблему для оценки.</translation>
    </message>
</context>
<context>
    <name>hamkori::RoundListModel</name>
    <message>
        <source>(untitled round)</source>
        <translation>(раунд без названия)</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>round not decided yet</comment>
        <translation>Открыт</translation>
    </message>
    <message numerus="yes">
        <source>Decided: %n concern(s) chosen as priorities</source>
        <translation>
            <numerusform>Решение принято: %Ln проблема выбрана в качестве приоритетной</numerusform>
            <numerusform>Решение принято: %Ln проблемы выбраны в качестве приоритетных</numerusform>
            <numerusform>Решение принято: %Ln проблем выбрано в качестве приоритетных</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Решение ещё не принято</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Встреча: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
</context>
<context>
    <name>hamkori::ScoreGridModel</name>
    <message>
        <source>Type 1 to 5 to score, Delete to clear</source>
        <translation>Введите балл от 1 до 5; Delete — очистить</translation>
    </message>
    <message>
        <source>%1
(weight %2)</source>
        <translation>%1
(вес %2)</translation>
    </message>
    <message>
        <source>A score must be a whole number from 1 to 5.</source>
        <translation>Балл должен быть целым числом от 1 до 5.</translation>
    </message>
    <message>
        <source>score %1 on %2 for %3</source>
        <translation>оценка %1 по критерию «%2» (%3)</translation>
    </message>
    <message>
        <source>clear score of %1 on %2 for %3</source>
        <translation>удаление оценки %1 по критерию «%2» (%3)</translation>
    </message>
</context>
<context>
    <name>hamkori::ScoreGridView</name>
    <message>
        <source>Type a score from 1 to 5, or Delete to clear the cell.</source>
        <translation>Введите балл от 1 до 5 или нажмите Delete, чтобы очистить ячейку.</translation>
    </message>
</context>
<context>
    <name>hamkori::ServicesPanel</name>
    <message>
        <source>The services people can be referred to. Double-click a description to change it.</source>
        <translation>Услуги, к которым можно направить людей. Чтобы изменить описание, дважды щёлкните по нему.</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>Вид услуги</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>What the service offers, to whom, when</source>
        <translation>Что предлагает услуга, кому, когда</translation>
    </message>
    <message>
        <source>&amp;Add service</source>
        <translation>&amp;Добавить услугу</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>Удалить услугу</translation>
    </message>
    <message>
        <source>add the service %1 to %2</source>
        <translation>добавление услуги %1 в %2</translation>
    </message>
    <message>
        <source>delete the service %1 of %2</source>
        <translation>удаление услуги %1 организации %2</translation>
    </message>
    <message>
        <source>change the description of a service of %1</source>
        <translation>изменение описания услуги %1</translation>
    </message>
</context>
<context>
    <name>hamkori::SettingsPage</name>
    <message>
        <source>&amp;Language and data file</source>
        <translation>&amp;Язык и файл данных</translation>
    </message>
    <message>
        <source>L&amp;ists</source>
        <translation>&amp;Списки</translation>
    </message>
    <message>
        <source>&amp;Gazetteer</source>
        <translation>&amp;Географический справочник</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Резервные копии</translation>
    </message>
</context>
<context>
    <name>hamkori::SexAgeCountsGrid</name>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
</context>
<context>
    <name>hamkori::SheetModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>Type here to add the next sheet.</source>
        <translation>Введите здесь, чтобы добавить следующую анкету.</translation>
    </message>
    <message>
        <source>The number of the paper sheet</source>
        <translation>Номер бумажной анкеты</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Sex: 1 woman, 2 man</source>
        <translation>Пол: 1 женщина, 2 мужчина</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Age band, 1 to 4</source>
        <translation>Возрастная группа, от 1 до 4</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Respondent group, 1 to 6</source>
        <translation>Категория респондента, от 1 до 6</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Sex: type 1 for a woman or 2 for a man.</source>
        <translation>Пол: введите 1 для женщины или 2 для мужчины.</translation>
    </message>
    <message>
        <source>Age: type 1 for under 18, 2 for 18–29, 3 for 30–49 or 4 for 50 and over.</source>
        <translation>Возраст: введите 1 для до 18 лет, 2 для 18–29, 3 для 30–49 или 4 для 50 лет и старше.</translation>
    </message>
    <message>
        <source>Respondent group: type a number from 1 to %1.</source>
        <translation>Категория респондента: введите число от 1 до %1.</translation>
    </message>
    <message>
        <source>Type the numbers of the options chosen: 2, or 1 6 for several.</source>
        <translation>Введите номера выбранных вариантов: 2 или 1 6 для нескольких.</translation>
    </message>
    <message>
        <source>enter survey sheet %1 of %2</source>
        <translation>ввод анкеты %1 опроса %2</translation>
    </message>
    <message>
        <source>change survey sheet %1 of %2</source>
        <translation>изменение анкеты %1 опроса %2</translation>
    </message>
</context>
<context>
    <name>hamkori::SheetsPanel</name>
    <message>
        <source>change test sheet %1 of %2</source>
        <translation>изменение теста № %1 на %2</translation>
    </message>
    <message>
        <source>enter test sheet %1 of %2</source>
        <translation>ввод теста № %1 на %2</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Прирост</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Score before the training (pre-test)</source>
        <translation>Балл до обучения (входной тест)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Score after the training (post-test)</source>
        <translation>Балл после обучения (итоговый тест)</translation>
    </message>
    <message>
        <source>change feedback sheet %1 of %2</source>
        <translation>изменение анкеты обратной связи № %1 на %2</translation>
    </message>
    <message>
        <source>enter feedback sheet %1 of %2</source>
        <translation>ввод анкеты обратной связи № %1 на %2</translation>
    </message>
    <message>
        <source>Delete the test sheet</source>
        <translation>Удалить тест</translation>
    </message>
    <message>
        <source>Delete the feedback sheet</source>
        <translation>Удалить анкету обратной связи</translation>
    </message>
    <message>
        <source>&amp;Feedback sheets: an answer from 1 to 5 to each question (0 or empty: none)</source>
        <translation>&amp;Анкеты обратной связи: ответ от 1 до 5 на каждый вопрос (0 или пусто — нет ответа)</translation>
    </message>
    <message>
        <source>Write the feedback questions on the Details tab first, one per line.</source>
        <translation>Сначала впишите вопросы анкеты обратной связи на вкладке «Подробности», по одному в строке.</translation>
    </message>
    <message>
        <source>&amp;Test sheets: the scores before and after, out of %1</source>
        <translation>&amp;Тесты: баллы до и после обучения, из %1</translation>
    </message>
    <message>
        <source>Tests before and after are kept for trainings; this event is «%1». Its feedback sheets are below.</source>
        <translation>Входной и итоговый тесты ведутся для обучений; это событие — «%1». Его анкеты обратной связи ниже.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>No test sheets yet.</source>
        <translation>Тестов пока нет.</translation>
    </message>
    <message>
        <source>%1 points (%2%)</source>
        <translation>%1 балла (%2%)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Average before: %1</source>
        <translation>В среднем до обучения: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>после: %1</translation>
    </message>
    <message numerus="yes">
        <source>Average gain: %1 points over the %n sheet(s) with both scores.</source>
        <translation>
            <numerusform>Средний прирост: %1 балла по %Ln тесту с обоими баллами.</numerusform>
            <numerusform>Средний прирост: %1 балла по %Ln тестам с обоими баллами.</numerusform>
            <numerusform>Средний прирост: %1 балла по %Ln тестам с обоими баллами.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sheet has both scores yet: the gain shows once one has.</source>
        <translation>Ни в одном тесте пока нет обоих баллов: прирост появится, когда они будут.</translation>
    </message>
    <message>
        <source>No feedback sheets yet.</source>
        <translation>Анкет обратной связи пока нет.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Average answer to each question — %1; overall %2, from %n sheet(s).</source>
        <translation>
            <numerusform>Средний ответ на каждый вопрос — %1; в целом %2, по %Ln анкете.</numerusform>
            <numerusform>Средний ответ на каждый вопрос — %1; в целом %2, по %Ln анкетам.</numerusform>
            <numerusform>Средний ответ на каждый вопрос — %1; в целом %2, по %Ln анкетам.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete test sheet %1 of %2</source>
        <translation>удаление теста № %1 на %2</translation>
    </message>
    <message>
        <source>delete feedback sheet %1 of %2</source>
        <translation>удаление анкеты обратной связи № %1 на %2</translation>
    </message>
</context>
<context>
    <name>hamkori::StandingsModel</name>
    <message>
        <source>Concern</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Pairs won</source>
        <translation>Побед в парах</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
</context>
<context>
    <name>hamkori::SurveyComparisonDialog</name>
    <message>
        <source>Compare teams: baseline and endline</source>
        <translation>Сравнение групп: исходный и итоговый опрос</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Показатель:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходный опрос</translation>
    </message>
    <message>
        <source>Endline</source>
        <translation>Итоговый опрос</translation>
    </message>
    <message>
        <source>At baseline</source>
        <translation>В исходном опросе</translation>
    </message>
    <message>
        <source>At endline</source>
        <translation>В итоговом опросе</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Clear change</source>
        <translation>Явное изменение</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Answers (baseline / endline)</source>
        <translation>Ответы (исходный / итоговый)</translation>
    </message>
    <message>
        <source>Teams without a baseline and a later endline:</source>
        <translation>Группы без исходного и последующего итогового опроса:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a team and what it lacks</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>не задавался</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
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
        <translation>изменение вида %1</translation>
    </message>
    <message>
        <source>change the title of %1</source>
        <translation>изменение названия %1</translation>
    </message>
    <message>
        <source>change the first day of %1</source>
        <translation>изменение первого дня %1</translation>
    </message>
    <message>
        <source>change the last day of %1</source>
        <translation>изменение последнего дня %1</translation>
    </message>
    <message>
        <source>change the area of %1</source>
        <translation>изменение сёл или махаллей %1</translation>
    </message>
    <message>
        <source>change the interviewers of %1</source>
        <translation>изменение интервьюеров %1</translation>
    </message>
    <message>
        <source>change the action plan of %1</source>
        <translation>изменение плана мероприятий %1</translation>
    </message>
    <message>
        <source>change the concerns of %1</source>
        <translation>изменение проблем %1</translation>
    </message>
    <message>
        <source>change the people tallied in %1</source>
        <translation>изменение числа подсчитанных людей в %1</translation>
    </message>
    <message>
        <source>change the notes of %1</source>
        <translation>изменение заметок %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>П&amp;оследний день:</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Опросник:</translation>
    </message>
    <message>
        <source>&amp;Villages or mahallas:</source>
        <translation>&amp;Сёла или махалли:</translation>
    </message>
    <message>
        <source>&amp;Interviewers:</source>
        <translation>&amp;Интервьюеры:</translation>
    </message>
    <message>
        <source>For action &amp;plan:</source>
        <translation>Для &amp;плана мероприятий:</translation>
    </message>
    <message>
        <source>Concerns it &amp;measures:</source>
        <translation>&amp;Проблемы, которые он измеряет:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>People tallied:</source>
        <translation>Подсчитанные люди:</translation>
    </message>
    <message>
        <source>Tallied, sex and age &amp;not noted:</source>
        <translation>Подсчитанные, пол и возраст &amp;не отмечены:</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Only for sheets counted per option on the Tallies tab, not typed in one by one.</source>
        <translation>Только для анкет, подсчитанных по вариантам на вкладке «Подсчёт ответов», а не введённых по одной.</translation>
    </message>
    <message>
        <source>May stay empty: the list shows the kind and the days</source>
        <translation>Можно оставить пустым: в списке видны вид и дни</translation>
    </message>
    <message>
        <source>Where people were asked, as written</source>
        <translation>Где опрашивали людей, как записано</translation>
    </message>
    <message>
        <source>Who asked the questions, as written</source>
        <translation>Кто задавал вопросы, как записано</translation>
    </message>
    <message>
        <source>Type to find a concern</source>
        <translation>Начните вводить название проблемы</translation>
    </message>
    <message>
        <source>one day</source>
        <translation>один день</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>Со&amp;здать</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>Новый опрос</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>the standard questionnaire</source>
        <translation>стандартный опросник</translation>
    </message>
    <message>
        <source>the questions of %1 (%2, %3)</source>
        <translation>вопросы %1 (%2, %3)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>record the %1 survey</source>
        <translation>запись опроса (%1)</translation>
    </message>
</context>
<context>
    <name>hamkori::SurveyListModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Сёла или махалли</translation>
    </message>
    <message>
        <source>Survey sheets typed in</source>
        <translation>Введённые анкеты</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>People counted only in tallies</source>
        <translation>Люди, учтённые только в подсчёте ответов</translation>
    </message>
    <message>
        <source>Tallied</source>
        <translation>Подсчитано</translation>
    </message>
</context>
<context>
    <name>hamkori::SurveyResultsPanel</name>
    <message>
        <source>Choose a survey round to see its results.</source>
        <translation>Выберите опрос, чтобы увидеть его результаты.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <comment>code, kind, dates, people</comment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n респондент</numerusform>
            <numerusform>%n респондента</numerusform>
            <numerusform>%n респондентов</numerusform>
        </translation>
    </message>
    <message>
        <source>This round asks none of the questions the indicators are read from.</source>
        <translation>В этом опросе нет ни одного вопроса, из которых рассчитываются показатели.</translation>
    </message>
    <message numerus="yes">
        <source>Each figure: the share of those who answered the question, its 95% confidence interval in brackets and the number of answers (n). A group with fewer than %n answer(s) shows “too few answers”. The women–men gap is in percentage points, in bold where its interval leaves out zero.</source>
        <translation>
            <numerusform>Каждая цифра: доля ответивших на вопрос, в скобках 95-процентный доверительный интервал и число ответов (n). Если ответов меньше %n, вместо процента пишется «слишком мало ответов». Разрыв между женщинами и мужчинами дан в процентных пунктах; жирным, если его интервал не включает ноль.</numerusform>
            <numerusform>Каждая цифра: доля ответивших на вопрос, в скобках 95-процентный доверительный интервал и число ответов (n). Если ответов меньше %n, вместо процента пишется «слишком мало ответов». Разрыв между женщинами и мужчинами дан в процентных пунктах; жирным, если его интервал не включает ноль.</numerusform>
            <numerusform>Каждая цифра: доля ответивших на вопрос, в скобках 95-процентный доверительный интервал и число ответов (n). Если ответов меньше %n, вместо процента пишется «слишком мало ответов». Разрыв между женщинами и мужчинами дан в процентных пунктах; жирным, если его интервал не включает ноль.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change from baseline to endline</source>
        <translation>Изменение от исходного к итоговому опросу</translation>
    </message>
    <message>
        <source>The change shows once the team has a baseline survey and a later endline survey.</source>
        <translation>Изменение появится, когда у группы будут исходный опрос и более поздний итоговый.</translation>
    </message>
    <message>
        <source>Change from baseline (%1, %2) to endline (%3, %4)</source>
        <translation>Изменение от исходного опроса (%1, %2) к итоговому (%3, %4)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходный опрос</translation>
    </message>
    <message>
        <source>Endline</source>
        <translation>Итоговый опрос</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no, could be chance</source>
        <translation>нет, может быть случайным</translation>
    </message>
    <message>
        <source>The baseline and the endline ask none of the same indicator questions.</source>
        <translation>В исходном и итоговом опросах нет общих вопросов для показателей.</translation>
    </message>
    <message>
        <source>%1: baseline and endline</source>
        <comment>respondents shown in the chart</comment>
        <translation>%1: исходный и итоговый опрос</translation>
    </message>
    <message>
        <source>This round does not ask which concerns are the biggest.</source>
        <translation>В этом опросе нет вопроса о самых больших проблемах.</translation>
    </message>
    <message>
        <source>The concern categories respondents named among the biggest, most named first, beside the team&apos;s own concerns of each category that it prioritised.</source>
        <translation>Категории проблем, которые респонденты назвали самыми большими (сначала самые частые), рядом с приоритетными проблемами самой группы в той же категории.</translation>
    </message>
    <message>
        <source>(unknown category)</source>
        <translation>(неизвестная категория)</translation>
    </message>
    <message numerus="yes">
        <source>yes: %n concern(s)</source>
        <translation>
            <numerusform>да: %n проблема</numerusform>
            <numerusform>да: %n проблемы</numerusform>
            <numerusform>да: %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&amp;Fewest answers for a figure:</source>
        <translation>&amp;Минимум ответов для цифры:</translation>
    </message>
    <message>
        <source>A group with fewer answers shows “too few answers” instead of a percentage</source>
        <translation>Если ответов меньше, вместо процента пишется «слишком мало ответов»</translation>
    </message>
    <message>
        <source>&amp;Compare teams…</source>
        <translation>&amp;Сравнить группы…</translation>
    </message>
    <message>
        <source>The change from baseline to endline of every team, side by side</source>
        <translation>Изменение от исходного к итоговому опросу всех групп рядом</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Change since baseline</source>
        <translation>Изменение с исходного опроса</translation>
    </message>
    <message>
        <source>Concerns named</source>
        <translation>Названные проблемы</translation>
    </message>
    <message>
        <source>&amp;Respondents:</source>
        <translation>&amp;Респонденты:</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>Все респонденты</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>До 18</translation>
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
        <translation>Разрыв между женщинами и мужчинами</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Clear change</source>
        <translation>Явное изменение</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место в рейтинге</translation>
    </message>
    <message>
        <source>Concern category</source>
        <translation>Категория проблемы</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Назвали</translation>
    </message>
    <message>
        <source>Prioritised by the team</source>
        <translation>Приоритетные у группы</translation>
    </message>
</context>
<context>
    <name>hamkori::SurveySheetsPanel</name>
    <message>
        <source>&amp;Sheets: one row a sheet, digits for the options, Tab to the next answer, Enter at the end of a row for the next sheet. Several answers: 1 6 or 1,6.</source>
        <translation>&amp;Анкеты: одна строка на анкету, цифры для вариантов, Tab — к следующему ответу, Enter в конце строки — к следующей анкете. Несколько ответов: 1 6 или 1,6.</translation>
    </message>
    <message>
        <source>&amp;Delete the sheet</source>
        <translation>&amp;Удалить анкету</translation>
    </message>
    <message>
        <source>Click a cell, or type into the last row, to enter a sheet; the question of the column shows here with its options.</source>
        <translation>Чтобы ввести анкету, щёлкните ячейку или начните вводить в последней строке; вопрос столбца с вариантами ответа появится здесь.</translation>
    </message>
    <message>
        <source>The sheet&apos;s number is given in order; it is written on the paper sheet.</source>
        <translation>Номер анкеты присваивается по порядку; он записывается на бумажной анкете.</translation>
    </message>
    <message>
        <source>Sex: %1</source>
        <translation>Пол: %1</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Возраст: %1</translation>
    </message>
    <message>
        <source>Respondent group: %1</source>
        <translation>Категория респондента: %1</translation>
    </message>
    <message>
        <source>one answer</source>
        <translation>один ответ</translation>
    </message>
    <message>
        <source>up to %1 answers</source>
        <translation>до %1 ответов</translation>
    </message>
    <message>
        <source>several answers</source>
        <translation>несколько ответов</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s): %1 women, %2 men.</source>
        <translation>
            <numerusform>%Ln анкета: женщин — %1, мужчин — %2.</numerusform>
            <numerusform>%Ln анкеты: женщин — %1, мужчин — %2.</numerusform>
            <numerusform>%Ln анкет: женщин — %1, мужчин — %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete survey sheet %1 of %2</source>
        <translation>удаление анкеты %1 опроса %2</translation>
    </message>
</context>
<context>
    <name>hamkori::SurveysPage</name>
    <message>
        <source>&amp;New survey</source>
        <translation>&amp;Новый опрос</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Пока&amp;зать:</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>все виды</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Опросник</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>Подсчёт ответов</translation>
    </message>
    <message>
        <source>No surveys recorded for this group yet: &quot;New survey&quot; records the first round.</source>
        <translation>Для этой группы опросы ещё не записаны: «Новый опрос» записывает первый.</translation>
    </message>
    <message numerus="yes">
        <source>%n survey round(s).</source>
        <translation>
            <numerusform>%Ln опрос.</numerusform>
            <numerusform>%Ln опроса.</numerusform>
            <numerusform>%Ln опросов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n survey round(s) shown.</source>
        <translation>
            <numerusform>Показано %1 из %Ln опроса.</numerusform>
            <numerusform>Показано %1 из %Ln опросов.</numerusform>
            <numerusform>Показано %1 из %Ln опросов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <source>The survey %1 will be deleted with its questionnaire, its %n sheet(s) and its tallies.</source>
        <translation>
            <numerusform>Опрос %1 будет удалён вместе с опросником, %Ln анкетой и подсчётом ответов.</numerusform>
            <numerusform>Опрос %1 будет удалён вместе с опросником, %Ln анкетами и подсчётом ответов.</numerusform>
            <numerusform>Опрос %1 будет удалён вместе с опросником, %Ln анкетами и подсчётом ответов.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>удаление %1</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
</context>
<context>
    <name>hamkori::TalliesPanel</name>
    <message>
        <source>When the sheets were only counted, type how many people chose each option, by sex and age band. Count the people themselves on the Details tab.</source>
        <translation>Если анкеты только подсчитывали, введите, сколько человек выбрали каждый вариант, по полу и возрастной группе. Число самих людей укажите на вкладке «Подробности».</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
</context>
<context>
    <name>hamkori::TallyModel</name>
    <message>
        <source>Women
%1</source>
        <translation>Женщины
%1</translation>
    </message>
    <message>
        <source>Men
%1</source>
        <translation>Мужчины
%1</translation>
    </message>
    <message>
        <source>People whose sex and age were not noted</source>
        <translation>Люди, у которых пол и возраст не отмечены</translation>
    </message>
    <message>
        <source>Not
noted</source>
        <translation>Не
отмечено</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Type a count: a whole number.</source>
        <translation>Введите число: целое число.</translation>
    </message>
    <message>
        <source>tally option %1 of question %2 of %3</source>
        <translation>подсчёт варианта %1 вопроса %2 опроса %3</translation>
    </message>
    <message>
        <source>change the tally of option %1 of question %2 of %3</source>
        <translation>изменение подсчёта варианта %1 вопроса %2 опроса %3</translation>
    </message>
    <message>
        <source>Women, %1</source>
        <translation>Женщины, %1</translation>
    </message>
    <message>
        <source>Men, %1</source>
        <translation>Мужчины, %1</translation>
    </message>
</context>
<context>
    <name>hamkori::TeamDetailsForm</name>
    <message>
        <source>change the name of team %1</source>
        <translation>изменение названия группы %1</translation>
    </message>
    <message>
        <source>change the code of team %1</source>
        <translation>изменение кода группы %1</translation>
    </message>
    <message>
        <source>change the jamoat or town of team %1</source>
        <translation>изменение джамоата или посёлка группы %1</translation>
    </message>
    <message>
        <source>change the centre address of team %1</source>
        <translation>изменение адреса центра группы %1</translation>
    </message>
    <message>
        <source>change the district of team %1</source>
        <translation>изменение района группы %1</translation>
    </message>
    <message>
        <source>change the date team %1 was established</source>
        <translation>изменение даты создания группы %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;District or city:</source>
        <translation>&amp;Район или город:</translation>
    </message>
    <message>
        <source>&amp;Jamoat or town:</source>
        <translation>&amp;Джамоат или посёлок:</translation>
    </message>
    <message>
        <source>Centre &amp;address:</source>
        <translation>&amp;Адрес центра:</translation>
    </message>
    <message>
        <source>&amp;Established:</source>
        <translation>Дата со&amp;здания:</translation>
    </message>
    <message>
        <source>2 to 6 capital Latin letters; concern codes start with it (ISF-2026-014).</source>
        <translation>От 2 до 6 заглавных латинских букв; с них начинаются коды проблем (ISF-2026-014).</translation>
    </message>
    <message>
        <source>For example: CPPT of Isfara</source>
        <translation>Например: группа взаимодействия милиции с общественностью Исфары</translation>
    </message>
    <message>
        <source>Type to search, or open the list</source>
        <translation>Начните вводить для поиска или откройте список</translation>
    </message>
    <message>
        <source>Address of the community policing centre</source>
        <translation>Адрес центра взаимодействия милиции с общественностью</translation>
    </message>
    <message>
        <source>C&amp;reate team</source>
        <translation>Создать &amp;группу</translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation>&amp;Удалить группу…</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>create team %1</source>
        <translation>создание группы %1</translation>
    </message>
    <message>
        <source>C&amp;hange this team&apos;s code</source>
        <translation>&amp;Изменить код этой группы</translation>
    </message>
    <message numerus="yes">
        <source>%n other team(s) in this data file also have the code %1: %2. Two laptops each made a team with it. Concern codes and the console program cannot tell these teams apart: give one of them another code (type it in the Code field and press Enter).</source>
        <translation>
            <numerusform>Ещё %Ln группа в этом файле данных имеет код %1: %2. Два ноутбука создали по группе с ним. Коды проблем и консольная программа не различают эти группы: дайте одной из них другой код (введите его в поле Код и нажмите Enter).</numerusform>
            <numerusform>Ещё %Ln группы в этом файле данных имеют код %1: %2. Два ноутбука создали по группе с ним. Коды проблем и консольная программа не различают эти группы: дайте одной из них другой код (введите его в поле Код и нажмите Enter).</numerusform>
            <numerusform>Ещё %Ln групп в этом файле данных имеют код %1: %2. Два ноутбука создали по группе с ним. Коды проблем и консольная программа не различают эти группы: дайте одной из них другой код (введите его в поле Код и нажмите Enter).</numerusform>
        </translation>
    </message>
    <message>
        <source>change the kind of group of team %1</source>
        <translation>изменение вида группы %1</translation>
    </message>
    <message>
        <source>&amp;Kind of group:</source>
        <translation>&amp;Вид группы:</translation>
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
    <message>
        <source>Kind of group</source>
        <translation>Вид группы</translation>
    </message>
</context>
<context>
    <name>hamkori::TeamPage</name>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Члены группы</translation>
    </message>
    <message>
        <source>All &amp;teams</source>
        <translation>Все &amp;группы</translation>
    </message>
    <message>
        <source>&amp;New member</source>
        <translation>&amp;Новый член группы</translation>
    </message>
    <message>
        <source>Delete member…</source>
        <translation>Удалить члена группы…</translation>
    </message>
    <message>
        <source>Deletes the selected member (Delete key)</source>
        <translation>Удалить выбранного члена группы (клавиша Delete)</translation>
    </message>
    <message>
        <source>What the team holds</source>
        <translation>Что есть у группы</translation>
    </message>
    <message>
        <source>All teams in this data file. Double-click a team (or press Enter) to work on it.</source>
        <translation>Все группы в этом файле данных. Чтобы работать с группой, дважды щёлкните её (или нажмите Enter).</translation>
    </message>
    <message>
        <source>Fill in the team&apos;s details and press &quot;Create team&quot;. Members can be added once the team exists.</source>
        <translation>Заполните сведения о группе и нажмите «Создать группу». Членов можно добавить после создания группы.</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%Ln активный член группы</numerusform>
            <numerusform>%Ln активных члена группы</numerusform>
            <numerusform>%Ln активных членов группы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%Ln встреча</numerusform>
            <numerusform>%Ln встречи</numerusform>
            <numerusform>%Ln встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%Ln проблема</numerusform>
            <numerusform>%Ln проблемы</numerusform>
            <numerusform>%Ln проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%Ln план мероприятий</numerusform>
            <numerusform>%Ln плана мероприятий</numerusform>
            <numerusform>%Ln планов мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>The member %1 will be deleted, with their attendance at past meetings. If they only stopped taking part, mark them as having left instead.</source>
        <translation>Член группы %1 будет удалён вместе с отметками о присутствии на прошлых встречах. Если этот человек только перестал участвовать, вместо удаления отметьте выход из группы.</translation>
    </message>
    <message>
        <source>delete member %1</source>
        <translation>удаление члена группы %1</translation>
    </message>
    <message>
        <source>The team %1 (%2) will be deleted with everything it holds: %3, %4, %5 and %6.</source>
        <translation>Будет удалено: «%1» (%2) со всеми записями — %3, %4, %5 и %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%Ln член группы</numerusform>
            <numerusform>%Ln члена группы</numerusform>
            <numerusform>%Ln членов группы</numerusform>
        </translation>
    </message>
    <message>
        <source>delete team %1</source>
        <translation>удаление группы %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Erase from history…</source>
        <translation>Стереть из истории…</translation>
    </message>
    <message>
        <source>Erase a member&apos;s earlier names or phone numbers from this laptop and, with the next bundle, from every other one.</source>
        <translation>Стереть прежние имена или номера телефонов участника на этом ноутбуке и, со следующим пакетом данных, на всех остальных.</translation>
    </message>
    <message>
        <source>The team has no members yet. Add the people who take part: police, Hukumat and Jamoat staff, civil society, elders, women and youth.</source>
        <translation>В группе ещё нет членов. Добавьте тех, кто в ней участвует: сотрудников милиции, Хукумата и Джамоата, представителей гражданского общества, старейшин, женщин и молодёжь.</translation>
    </message>
    <message>
        <source>Add the first member</source>
        <translation>Добавить первого члена группы</translation>
    </message>
    <message>
        <source>The team is created. Next, add its members and log its first meeting.</source>
        <translation>Группа создана. Теперь добавьте её членов и запишите её первую встречу.</translation>
    </message>
    <message>
        <source>Add the members</source>
        <translation>Добавить членов группы</translation>
    </message>
    <message>
        <source>Log the first meeting</source>
        <translation>Записать первую встречу</translation>
    </message>
</context>
<context>
    <name>hamkori::TextListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Удалить выбранный элемент (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Double-click an entry to edit it</source>
        <translation>Чтобы изменить элемент, дважды щёлкните его</translation>
    </message>
</context>
<context>
    <name>hamkori::TrainersPanel</name>
    <message>
        <source>change the trainer %1 of %2</source>
        <translation>изменение тренера %1 на %2</translation>
    </message>
    <message>
        <source>add the trainer %1 to %2</source>
        <translation>добавление тренера %1 на %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <source>&amp;Add a trainer</source>
        <translation>&amp;Добавить тренера</translation>
    </message>
    <message>
        <source>&amp;Remove the trainer</source>
        <translation>&amp;Убрать тренера</translation>
    </message>
    <message>
        <source>Type a trainer&apos;s name in the last row. Choose the organisation from the directory, or type its name.</source>
        <translation>Введите имя тренера в последней строке. Выберите организацию из справочника или введите её название.</translation>
    </message>
    <message>
        <source>remove the trainer %1 from %2</source>
        <translation>удаление тренера %1 с %2</translation>
    </message>
</context>
<context>
    <name>hamkori::WelcomePage</name>
    <message>
        <source>Welcome to Hamkori</source>
        <translation>Добро пожаловать в Hamkori</translation>
    </message>
    <message>
        <source>Hamkori keeps the work of a community police partnership team: its members and meetings, the safety concerns of the community, their analysis and priorities, and the action plan with its progress. Everything stays on this computer. Start with your team, or look around with example data first.</source>
        <translation>Hamkori хранит сведения о работе группы взаимодействия милиции с общественностью: её членов и встречи, проблемы безопасности местного сообщества, их анализ и приоритеты, а также план мероприятий и ход его выполнения. Все данные остаются на этом компьютере. Начните с создания своей группы или сначала познакомьтесь с программой на демонстрационных данных.</translation>
    </message>
    <message>
        <source>Create a team…</source>
        <translation>Создать группу…</translation>
    </message>
    <message>
        <source>Load the demo teams</source>
        <translation>Загрузить демонстрационные группы</translation>
    </message>
    <message>
        <source>Loading the demo teams…</source>
        <translation>Загрузка демонстрационных групп…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::ActivityCsvButton</name>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Write the activities of this plan, or of every plan of the team, to a spreadsheet</source>
        <translation>Записать мероприятия этого плана или всех планов группы в таблицу</translation>
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
        <translation>Экспортировать проблемы в таблицу или импортировать их из таблицы</translation>
    </message>
    <message>
        <source>&amp;Export the concerns shown to CSV…</source>
        <translation>&amp;Экспорт показанных проблем в CSV…</translation>
    </message>
    <message>
        <source>&amp;Import concerns from CSV…</source>
        <translation>&amp;Импорт проблем из CSV…</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::ConcernImportDialog</name>
    <message>
        <source>Import concerns from CSV</source>
        <translation>Импорт проблем из CSV</translation>
    </message>
    <message>
        <source>Concerns are imported into the team %1. A row whose code the team already has updates that concern; importing the same file again creates no duplicates.</source>
        <translation>Проблемы импортируются в группу %1. Строка с кодом, который уже есть в группе, обновляет эту проблему; повторный импорт того же файла не создаёт дубликатов.</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from Excel or LibreOffice</source>
        <translation>Выберите файл CSV, сохранённый из Excel или LibreOffice</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Field in Hamkori</source>
        <translation>Поле в Hamkori</translation>
    </message>
    <message>
        <source>Value in the first row</source>
        <translation>Значение в первой строке</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <source>1. Columns</source>
        <translation>1. Столбцы</translation>
    </message>
    <message>
        <source>2. Preview</source>
        <translation>2. Предпросмотр</translation>
    </message>
    <message>
        <source>3. Check</source>
        <translation>3. Проверка</translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation>&amp;Пропустить ошибочные строки и импортировать остальные</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) under the header, %1, separator &quot;%2&quot;.</source>
        <translation>
            <numerusform>%Ln строка под заголовком, %1, разделитель «%2».</numerusform>
            <numerusform>%Ln строки под заголовком, %1, разделитель «%2».</numerusform>
            <numerusform>%Ln строк под заголовком, %1, разделитель «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (обязательно)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message numerus="yes">
        <source>3. Check (%n problem(s))</source>
        <translation>
            <numerusform>3. Проверка (%Ln ошибка)</numerusform>
            <numerusform>3. Проверка (%Ln ошибки)</numerusform>
            <numerusform>3. Проверка (%Ln ошибок)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Выберите файл для импорта.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: see &quot;3. Check&quot;.</source>
        <translation>Файл нельзя импортировать в таком виде: см. «3. Проверка».</translation>
    </message>
    <message>
        <source>Ready: %1 new, %2 to update, %3 unchanged.</source>
        <translation>Готово к импорту: новых — %1, для обновления — %2, без изменений — %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors: correct the file and choose it again, or skip the bad rows.</source>
        <translation>
            <numerusform>В %Ln строке есть ошибки: исправьте файл и выберите его снова или пропустите ошибочные строки.</numerusform>
            <numerusform>В %Ln строках есть ошибки: исправьте файл и выберите его снова или пропустите ошибочные строки.</numerusform>
            <numerusform>В %Ln строках есть ошибки: исправьте файл и выберите его снова или пропустите ошибочные строки.</numerusform>
        </translation>
    </message>
    <message>
        <source>import concerns from %1</source>
        <translation>импорт проблем из %1</translation>
    </message>
    <message>
        <source>4. Deleted concerns</source>
        <translation>4. Удалённые проблемы</translation>
    </message>
    <message numerus="yes">
        <source>4. Deleted concerns (%n)</source>
        <translation>
            <numerusform>4. Удалённые проблемы (%Ln)</numerusform>
            <numerusform>4. Удалённые проблемы (%Ln)</numerusform>
            <numerusform>4. Удалённые проблемы (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) carry the code of a deleted concern: %1 to restore, the others skipped (see &quot;4. Deleted concerns&quot;).</source>
        <translation>
            <numerusform>%Ln строка содержит код удалённой проблемы: %1 к восстановлению, остальные пропускаются (см. «4. Удалённые проблемы»).</numerusform>
            <numerusform>%Ln строки содержат код удалённой проблемы: %1 к восстановлению, остальные пропускаются (см. «4. Удалённые проблемы»).</numerusform>
            <numerusform>%Ln строк содержат код удалённой проблемы: %1 к восстановлению, остальные пропускаются (см. «4. Удалённые проблемы»).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>Импортировано: создано %1, обновлено %2, без изменений %3, пропущено %4.</translation>
    </message>
    <message>
        <source>Deleted concerns restored: %1; their rows skipped: %2.</source>
        <translation>Восстановлено удалённых проблем: %1; пропущено их строк: %2.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Отмена (Ctrl+Z) отменяет весь импорт.</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::CsvExportDialog</name>
    <message>
        <source>Export concerns to CSV</source>
        <translation>Экспорт проблем в CSV</translation>
    </message>
    <message>
        <source>Export activities to CSV</source>
        <translation>Экспорт мероприятий в CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Semicolon (;) — Excel in Tajik or Russian</source>
        <translation>Точка с запятой (;) — Excel на таджикском или русском</translation>
    </message>
    <message>
        <source>Comma (,) — Excel in English</source>
        <translation>Запятая (,) — Excel на английском</translation>
    </message>
    <message>
        <source>Include &amp;restricted concerns</source>
        <translation>Включить проблемы с &amp;ограниченным доступом</translation>
    </message>
    <message>
        <source>Restricted concerns can endanger people if the file is lost. Leave this off unless the file stays with you.</source>
        <translation>Проблемы с ограниченным доступом могут подвергнуть людей опасности, если файл потеряется. Не включайте этот флажок, если файл не останется только у вас.</translation>
    </message>
    <message>
        <source>Activities of &amp;every plan of the team</source>
        <translation>Мероприятия &amp;всех планов группы</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Language of the columns:</source>
        <translation>&amp;Язык столбцов:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>проблемы</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>мероприятия</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n concern(s) to %1.</source>
        <translation>
            <numerusform>%Ln проблема записана в %1.</numerusform>
            <numerusform>%Ln проблемы записаны в %1.</numerusform>
            <numerusform>%Ln проблем записано в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activity(ies) to %1.</source>
        <translation>
            <numerusform>%Ln мероприятие записано в %1.</numerusform>
            <numerusform>%Ln мероприятия записаны в %1.</numerusform>
            <numerusform>%Ln мероприятий записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Activities of every plan of &amp;all teams</source>
        <translation>Мероприятия всех планов &amp;всех групп</translation>
    </message>
    <message>
        <source>For a coordinator: the team and its district come first in each row.</source>
        <translation>Для координатора: группа и её район идут первыми в каждой строке.</translation>
    </message>
    <message>
        <source>Export the directory of organisations to CSV</source>
        <translation>Экспорт справочника организаций в CSV</translation>
    </message>
    <message>
        <source>Include &amp;contact details (person, phone, e-mail)</source>
        <translation>Включить &amp;контактные данные (лицо, телефон, эл. почта)</translation>
    </message>
    <message>
        <source>Contact details are personal data. Leave this off unless the file stays with people who may have them.</source>
        <translation>Контактные данные — персональные данные. Не включайте их, если файл может попасть к тем, кому они не положены.</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>организации</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n organisation(s) to %1.</source>
        <translation>
            <numerusform>%Ln организация записана в %1.</numerusform>
            <numerusform>%Ln организации записаны в %1.</numerusform>
            <numerusform>%Ln организаций записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export events to CSV</source>
        <translation>Экспорт событий в CSV</translation>
    </message>
    <message>
        <source>Export campaigns to CSV</source>
        <translation>Экспорт кампаний в CSV</translation>
    </message>
    <message>
        <source>Events of &amp;all teams</source>
        <translation>События &amp;всех групп</translation>
    </message>
    <message>
        <source>Campaigns of &amp;all teams</source>
        <translation>Кампании &amp;всех групп</translation>
    </message>
    <message>
        <source>For a coordinator: each row names its team. No participant&apos;s name is written.</source>
        <translation>Для координатора: в каждой строке указана её группа. Имена участников не записываются.</translation>
    </message>
    <message>
        <source>events</source>
        <translation>события</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>кампании</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>%Ln событие записано в %1.</numerusform>
            <numerusform>%Ln события записаны в %1.</numerusform>
            <numerusform>%Ln событий записано в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n campaign(s) to %1.</source>
        <translation>
            <numerusform>%Ln кампания записана в %1.</numerusform>
            <numerusform>%Ln кампании записаны в %1.</numerusform>
            <numerusform>%Ln кампаний записано в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::csv::DeletedRowsPanel</name>
    <message>
        <source>These rows carry the code of a concern that was deleted, here or on another laptop. Importing them would not make a second concern with that code: choose for each whether to restore the deleted concern with the row&apos;s values, or to skip the row.</source>
        <translation>В этих строках код проблемы, удалённой здесь или на другом ноутбуке. Импорт не создаст вторую проблему с этим кодом: выберите для каждой, восстановить ли удалённую проблему со значениями строки или пропустить строку.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Deleted concern</source>
        <translation>Удалённая проблема</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>&amp;Restore them all</source>
        <translation>&amp;Восстановить все</translation>
    </message>
    <message>
        <source>S&amp;kip them all</source>
        <translation>&amp;Пропустить все</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Пропустить строку</translation>
    </message>
    <message>
        <source>Restore it with this row&apos;s values</source>
        <translation>Восстановить со значениями этой строки</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::DirectoryFileButtons</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>Read organisations from a spreadsheet saved as CSV (the mapping matrix)</source>
        <translation>Прочитать организации из таблицы, сохранённой как CSV (матрица картирования)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>Write the directory to a CSV file that Excel and LibreOffice open</source>
        <translation>Записать справочник в файл CSV, который открывают Excel и LibreOffice</translation>
    </message>
    <message>
        <source>Print &amp;matrix (PDF)…</source>
        <translation>Печать &amp;матрицы (PDF)…</translation>
    </message>
    <message>
        <source>The mapping matrix by district and field of expertise, to print or save as PDF</source>
        <translation>Матрица картирования по районам и областям экспертизы — для печати или сохранения в PDF</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::DirectoryImportDialog</name>
    <message>
        <source>Import organisations from CSV</source>
        <translation>Импорт организаций из CSV</translation>
    </message>
    <message>
        <source>Each row is an organisation of the directory. A row whose organisation is already there (same name or short name) updates it; importing the same file again creates no duplicates. Districts, fields of expertise and services are names separated by &quot;;&quot;.</source>
        <translation>Каждая строка — организация справочника. Строка, организация которой уже есть (то же название или краткое название), обновляет её; повторный импорт того же файла не создаёт дубликатов. Районы, области экспертизы и услуги — названия через «;».</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from Excel or LibreOffice</source>
        <translation>Выберите файл CSV, сохранённый из Excel или LibreOffice</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Field in Hamkori</source>
        <translation>Поле в Hamkori</translation>
    </message>
    <message>
        <source>Value in the first row</source>
        <translation>Значение в первой строке</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <source>1. Columns</source>
        <translation>1. Столбцы</translation>
    </message>
    <message>
        <source>2. Preview</source>
        <translation>2. Предпросмотр</translation>
    </message>
    <message>
        <source>3. Check</source>
        <translation>3. Проверка</translation>
    </message>
    <message>
        <source>&amp;Add unknown fields of expertise to the list</source>
        <translation>&amp;Добавить неизвестные области экспертизы в список</translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation>&amp;Пропустить ошибочные строки и импортировать остальные</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) under the header, %1, separator &quot;%2&quot;.</source>
        <translation>
            <numerusform>%Ln строка под заголовком, %1, разделитель «%2».</numerusform>
            <numerusform>%Ln строки под заголовком, %1, разделитель «%2».</numerusform>
            <numerusform>%Ln строк под заголовком, %1, разделитель «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (обязательно)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message numerus="yes">
        <source>3. Check (%n problem(s))</source>
        <translation>
            <numerusform>3. Проверка (%Ln ошибка)</numerusform>
            <numerusform>3. Проверка (%Ln ошибки)</numerusform>
            <numerusform>3. Проверка (%Ln ошибок)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Выберите файл для импорта.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: see &quot;3. Check&quot;.</source>
        <translation>Файл нельзя импортировать в таком виде: см. «3. Проверка».</translation>
    </message>
    <message>
        <source>Ready: %1 new, %2 to update, %3 unchanged.</source>
        <translation>Готово к импорту: новых — %1, для обновления — %2, без изменений — %3.</translation>
    </message>
    <message>
        <source>New fields of expertise for the list: %1.</source>
        <translation>Новые области экспертизы для списка: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors: correct the file and choose it again, or skip the bad rows.</source>
        <translation>
            <numerusform>В %Ln строке есть ошибки: исправьте файл и выберите его снова или пропустите ошибочные строки.</numerusform>
            <numerusform>В %Ln строках есть ошибки: исправьте файл и выберите его снова или пропустите ошибочные строки.</numerusform>
            <numerusform>В %Ln строках есть ошибки: исправьте файл и выберите его снова или пропустите ошибочные строки.</numerusform>
        </translation>
    </message>
    <message>
        <source>import organisations from %1</source>
        <translation>импорт организаций из %1</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>Импортировано: создано %1, обновлено %2, без изменений %3, пропущено %4.</translation>
    </message>
    <message>
        <source>Fields of expertise added to the list: %1.</source>
        <translation>В список добавлены области экспертизы: %1.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Отмена (Ctrl+Z) отменяет весь импорт.</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::DirectoryMatrixDialog</name>
    <message>
        <source>Mapping matrix of organisations: print or export</source>
        <translation>Матрица картирования организаций: печать или экспорт</translation>
    </message>
    <message>
        <source>Include &amp;contact details (person, phone, e-mail)</source>
        <translation>Включить &amp;контактные данные (лицо, телефон, эл. почта)</translation>
    </message>
    <message>
        <source>Contact details are personal data. Leave this off for a copy that is shared or pinned up.</source>
        <translation>Контактные данные — персональные данные. Не включайте их в экземпляр, который передают другим или вывешивают.</translation>
    </message>
    <message>
        <source>mapping-matrix</source>
        <translation>матрица-картирования</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>&amp;Field of expertise:</source>
        <translation>&amp;Область экспертизы:</translation>
    </message>
    <message>
        <source>Every district</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>Every field of expertise</source>
        <translation>Все области экспертизы</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::EventFileButtons</name>
    <message>
        <source>&amp;Attendance sheet (PDF)…</source>
        <translation>&amp;Лист регистрации (PDF)…</translation>
    </message>
    <message>
        <source>The list of participants to sign, with empty rows, to print before the event</source>
        <translation>Список участников для подписи, с пустыми строками, чтобы распечатать перед событием</translation>
    </message>
    <message>
        <source>Cer&amp;tificates (PDF)…</source>
        <translation>С&amp;ертификаты (PDF)…</translation>
    </message>
    <message>
        <source>One certificate per named participant of the training</source>
        <translation>По сертификату на каждого поимённо записанного участника обучения</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>The team&apos;s events with their figures, without participants&apos; names</source>
        <translation>События группы с их показателями, без имён участников</translation>
    </message>
    <message>
        <source>The team&apos;s campaigns with the people they reached</source>
        <translation>Кампании группы с охваченными людьми</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::SurveyExportDialog</name>
    <message>
        <source>Export perception surveys to CSV</source>
        <translation>Экспорт опросов общественного мнения в CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Semicolon (;) — Excel in Tajik or Russian</source>
        <translation>Точка с запятой (;) — Excel на таджикском или русском</translation>
    </message>
    <message>
        <source>Comma (,) — Excel in English</source>
        <translation>Запятая (,) — Excel на английском</translation>
    </message>
    <message>
        <source>Indicators of &amp;all teams</source>
        <translation>Показатели &amp;всех групп</translation>
    </message>
    <message>
        <source>For a coordinator: each row names its team and round.</source>
        <translation>Для координатора: в каждой строке указаны группа и опрос.</translation>
    </message>
    <message>
        <source>Also write the &amp;sheets of the chosen round (sensitive)</source>
        <translation>Также записать &amp;анкеты выбранного опроса (чувствительные данные)</translation>
    </message>
    <message>
        <source>The sheets hold every answer of every respondent, without names. In a small mahalla a rare answer can still point at a person: leave this off unless the file stays with you.</source>
        <translation>Анкеты содержат все ответы каждого респондента, без имён. В маленькой махалле редкий ответ всё же может указать на человека: не отмечайте это, если файл не остаётся у вас.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Language of the columns:</source>
        <translation>&amp;Язык столбцов:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>sheets</source>
        <extracomment>The end of the file name of a survey round&apos;s sheets, after the name chosen for the indicators.</extracomment>
        <translation>анкеты</translation>
    </message>
    <message>
        <source>surveys</source>
        <translation>опросы</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) of indicators to %1.</source>
        <translation>
            <numerusform>%Ln строка показателей записана в %1.</numerusform>
            <numerusform>%Ln строки показателей записаны в %1.</numerusform>
            <numerusform>%Ln строк показателей записано в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n survey sheet(s) to %1.</source>
        <translation>
            <numerusform>%Ln анкета записана в %1.</numerusform>
            <numerusform>%Ln анкеты записаны в %1.</numerusform>
            <numerusform>%Ln анкет записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>hamkori::csv::SurveyFileButtons</name>
    <message>
        <source>Survey &amp;summary (PDF)…</source>
        <translation>&amp;Сводка опроса (PDF)…</translation>
    </message>
    <message>
        <source>One page for a Hukumat or a donor: the key indicators for women and men, the change since the baseline, the concerns named most</source>
        <translation>Одна страница для Хукумата или донора: ключевые показатели для женщин и мужчин, изменение с исходного опроса, чаще всего названные проблемы</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>The indicators of the rounds; the anonymous sheets only when you ask for them</source>
        <translation>Показатели опросов; анонимные анкеты — только по вашему запросу</translation>
    </message>
</context>
<context>
    <name>hamkori::documents::DocumentButton</name>
    <message>
        <source>Print or e&amp;xport…</source>
        <translation>Печать или э&amp;кспорт…</translation>
    </message>
    <message>
        <source>Print or e&amp;xport minutes…</source>
        <translation>Печать или э&amp;кспорт протокола…</translation>
    </message>
    <message>
        <source>Preview, print or export the selected plan as a PDF for the Hukumat to sign.</source>
        <translation>Предпросмотр, печать или экспорт выбранного плана мероприятий в PDF для подписи в Хукумате.</translation>
    </message>
    <message>
        <source>Preview, print or export the selected meeting&apos;s minutes as a PDF.</source>
        <translation>Предпросмотр, печать или экспорт протокола выбранной встречи в PDF.</translation>
    </message>
</context>
<context>
    <name>hamkori::documents::DocumentDialog</name>
    <message>
        <source>Action plan %1: print or export</source>
        <translation>План мероприятий %1: печать или экспорт</translation>
    </message>
    <message>
        <source>Minutes of %1: print or export</source>
        <translation>Протокол %1: печать или экспорт</translation>
    </message>
</context>
<context>
    <name>hamkori::documents::DocumentPanel</name>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is switched on and connected.</source>
        <translation>Не удалось воспользоваться принтером. Проверьте, что он включён и подключён.</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>The language the document is written in; the program&apos;s language stays as it is.</source>
        <translation>Язык, на котором составляется документ; язык программы не меняется.</translation>
    </message>
    <message>
        <source>&amp;Landscape pages</source>
        <translation>&amp;Альбомная ориентация</translation>
    </message>
    <message>
        <source>Include &amp;restricted details</source>
        <translation>Вкл&amp;ючить сведения с ограниченным доступом</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Пре&amp;дпросмотр…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %Ln.</numerusform>
            <numerusform>… и ещё %Ln.</numerusform>
            <numerusform>… и ещё %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restricted concerns are mentioned</source>
        <translation>Упомянуты проблемы ограниченного доступа</translation>
    </message>
    <message>
        <source>This document leaves restricted concerns out, but these passages still mention them:</source>
        <translation>В этот документ не входят проблемы ограниченного доступа, но эти фрагменты их упоминают:</translation>
    </message>
    <message>
        <source>Leave these passages out of the document, or keep them as they are?</source>
        <translation>Исключить эти фрагменты из документа или оставить их как есть?</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>&amp;Исключить</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Оставить</translation>
    </message>
    <message>
        <source>Export ODT</source>
        <translation>Экспорт ODT</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Текст OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Show restricted concerns in this document. Every page will be marked for official use only.</source>
        <translation>Показать проблемы ограниченного доступа в этом документе. Каждая страница будет помечена «Для служебного пользования».</translation>
    </message>
    <message>
        <source>&amp;Formal page style (serif, 12 pt, wide margins)</source>
        <translation>Официальный с&amp;тиль страниц (шрифт с засечками, 12 pt, широкие поля)</translation>
    </message>
    <message>
        <source>The style general departments use for official papers.</source>
        <translation>Стиль, в котором общие отделы оформляют официальные бумаги.</translation>
    </message>
    <message>
        <source>&amp;File format:</source>
        <translation>&amp;Формат файла:</translation>
    </message>
    <message>
        <source>PDF, to print and sign</source>
        <translation>PDF, для печати и подписи</translation>
    </message>
    <message>
        <source>Headings and labels are written in this language; names and texts stay as they were typed.</source>
        <translation>Заголовки и подписи пишутся на этом языке; имена и тексты остаются такими, как их ввели.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>ODT, to edit in a word processor</source>
        <translation>ODT, для правки в текстовом редакторе</translation>
    </message>
</context>
<context>
    <name>hamkori::documents::EventDocumentDialog</name>
    <message>
        <source>Print the attendance sheet</source>
        <translation>Печать листа регистрации участников</translation>
    </message>
    <message>
        <source>Print the certificates of the training</source>
        <translation>Печать сертификатов обучения</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Numbered empty rows after the names, for people who come without being listed</source>
        <translation>Пустые пронумерованные строки после имён — для тех, кто придёт без записи</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>&amp;Empty rows:</source>
        <translation>&amp;Пустые строки:</translation>
    </message>
    <message>
        <source>&amp;Signed also by:</source>
        <translation>&amp;Также подписывает:</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>optional: an official beside the trainers</source>
        <translation>необязательно: должностное лицо рядом с тренерами</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>&amp;Записать PDF</translation>
    </message>
    <message>
        <source>attendance-sheet</source>
        <translation>лист-регистрации</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>сертификаты</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Файлы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Записано: %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>hamkori::documents::SurveySummaryDialog</name>
    <message>
        <source>Write the survey summary</source>
        <translation>Запись сводки опроса</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>PDF, to print or send</source>
        <translation>PDF, для печати или отправки</translation>
    </message>
    <message>
        <source>ODT, to edit in a word processor</source>
        <translation>ODT, для правки в текстовом редакторе</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>One page: the key indicators for women and men with their 95 % intervals, the change since the baseline, the concerns named most. No one is named, not even the interviewers.</source>
        <translation>Одна страница: ключевые показатели для женщин и мужчин с 95-процентными интервалами, изменение с исходного опроса, чаще всего названные проблемы. Никто не назван, даже интервьюеры.</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>survey-summary</source>
        <translation>сводка-опроса</translation>
    </message>
    <message>
        <source>ODT documents (*.odt);;All files (*)</source>
        <translation>Документы ODT (*.odt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Файлы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Записано: %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::ConflictInbox</name>
    <message>
        <source>No conflicts: nothing waits for your choice.</source>
        <translation>Конфликтов нет: ничто не ждёт вашего выбора.</translation>
    </message>
    <message>
        <source>Two laptops changed the same thing since they last exchanged. Both values are kept; choose the right one for each conflict below. Your choice travels to the other laptops with the next exchange.</source>
        <translation>Два ноутбука по-разному изменили одно и то же после последнего обмена. Сохранены оба значения; выберите ниже верное для каждого конфликта. Ваш выбор попадёт на другие ноутбуки со следующим обменом.</translation>
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
        <translation>изменено здесь, удалено там</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Показано сейчас</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>Другие значения</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::ConflictResolver</name>
    <message>
        <source>Choose a conflict in the list to resolve it.</source>
        <translation>Выберите конфликт в списке, чтобы разрешить его.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 was deleted on one laptop and changed on another:
%2</source>
        <translation>«%1» удалено на одном ноутбуке и изменено на другом:
%2</translation>
    </message>
    <message>
        <source>Keep it deleted</source>
        <translation>Оставить удалённым</translation>
    </message>
    <message>
        <source>Bring it back with the changes</source>
        <translation>Вернуть с изменениями</translation>
    </message>
    <message>
        <source>%1, %2: the laptops hold different values. Keep one, or write the right value.</source>
        <translation>%1, %2: на ноутбуках разные значения. Оставьте одно из них или впишите верное значение.</translation>
    </message>
    <message>
        <source>Keep «%1» (%2)</source>
        <translation>Оставить «%1» (%2)</translation>
    </message>
    <message>
        <source>Write the value:</source>
        <translation>Вписать значение:</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Разрешение конфликта</translation>
    </message>
    <message>
        <source>&amp;Save the choice</source>
        <translation>&amp;Сохранить выбор</translation>
    </message>
    <message>
        <source>This field refers to another record: keep one of the values. To point it elsewhere, change the record itself after resolving.</source>
        <translation>Это поле ссылается на другую запись: оставьте одно из значений. Чтобы указать другую запись, измените саму запись после разрешения конфликта.</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::DeviceListModel</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%Ln изменение</numerusform>
            <numerusform>%Ln изменения</numerusform>
            <numerusform>%Ln изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n laptop(s)</source>
        <translation>
            <numerusform>с %Ln ноутбука</numerusform>
            <numerusform>с %Ln ноутбуков</numerusform>
            <numerusform>с %Ln ноутбуков</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: up to change %2</source>
        <translation>%1: до изменения %2</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>этот ноутбук</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Last bundle written</source>
        <translation>Последний пакет записан</translation>
    </message>
    <message>
        <source>What it knew then</source>
        <translation>Что он тогда знал</translation>
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
        <translation>Папка флешки</translation>
    </message>
    <message>
        <source>Choose at least one team to export.</source>
        <translation>Выберите хотя бы одну группу для экспорта.</translation>
    </message>
    <message>
        <source>Choose the folder of the USB stick first.</source>
        <translation>Сначала выберите папку флешки.</translation>
    </message>
    <message>
        <source>Written and checked: %1. It is safe to remove the stick.</source>
        <translation>Записано и проверено: %1. Флешку можно безопасно извлечь.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Запись пакета данных…</translation>
    </message>
    <message>
        <source>&amp;Teams to send:</source>
        <translation>&amp;Группы для отправки:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>П&amp;апка:</translation>
    </message>
    <message>
        <source>The USB stick, for example E:\</source>
        <translation>Флешка, например E:\</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Export for exchange</source>
        <translation>Экспорт для &amp;обмена</translation>
    </message>
    <message>
        <source>Any laptop: everything of these teams</source>
        <translation>Любой ноутбук: всё по этим группам</translation>
    </message>
    <message>
        <source>%1 (%2): only what it lacks</source>
        <translation>%1 (%2): только то, чего ему не хватает</translation>
    </message>
    <message>
        <source>A laptop without a name</source>
        <translation>Ноутбук без имени</translation>
    </message>
    <message>
        <source>Earlier exchange passphrase</source>
        <translation>Прежняя парольная фраза обмена</translation>
    </message>
    <message>
        <source>This data file&apos;s signing key was locked with the exchange passphrase in use when it last exported. Type that earlier passphrase once; the key is then locked with the current one.</source>
        <translation>Ключ подписи этого файла данных зашифрован парольной фразой обмена, которая действовала при его последнем экспорте. Введите эту прежнюю фразу один раз; затем ключ будет зашифрован текущей.</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>&amp;Для:</translation>
    </message>
    <message>
        <source>Choose the laptop the stick is for to send only what it lacks (a smaller bundle that tells less if the stick is lost). Choose any laptop when the stick goes round.</source>
        <translation>Выберите ноутбук, для которого флешка, чтобы отправить только то, чего ему не хватает (пакет меньше и выдаёт меньше, если флешку потеряют). Если флешка ходит по кругу, выберите любой ноутбук.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Отметить &amp;все</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Снять все</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::ImportPanel</name>
    <message>
        <source>Bundle to import</source>
        <translation>Пакет данных для импорта</translation>
    </message>
    <message>
        <source>Hamkori bundles (*.hkx)</source>
        <translation>Пакеты данных Hamkori (*.hkx)</translation>
    </message>
    <message>
        <source>Folder with bundles</source>
        <translation>Папка с пакетами данных</translation>
    </message>
    <message>
        <source>There is no bundle (*.hkx file) in this folder.</source>
        <translation>В этой папке нет пакетов данных (файлов *.hkx).</translation>
    </message>
    <message>
        <source>A laptop without a name</source>
        <translation>Ноутбук без имени</translation>
    </message>
    <message>
        <source>This bundle comes from a laptop that has not sent bundles here before:

%1
Fingerprint: %2

Ask its owner to read you the fingerprint shown under Settings on that laptop. Trust this laptop and apply its changes?</source>
        <translation>Этот пакет данных пришёл с ноутбука, который раньше сюда пакетов не присылал:

%1
Отпечаток: %2

Попросите его владельца прочитать вам отпечаток, показанный в настройках того ноутбука. Доверять этому ноутбуку и применить его изменения?</translation>
    </message>
    <message>
        <source>A new laptop</source>
        <translation>Новый ноутбук</translation>
    </message>
    <message>
        <source>&amp;Trust and import</source>
        <translation>&amp;Доверять и импортировать</translation>
    </message>
    <message>
        <source>The laptop was not trusted: nothing of this bundle was applied.</source>
        <translation>Ноутбук не признан доверенным: из этого пакета данных ничего не применено.</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n change(s) new to this laptop.</source>
        <translation>
            <numerusform>Импортировано: %Ln изменение, новое для этого ноутбука.</numerusform>
            <numerusform>Импортировано: %Ln изменения, новых для этого ноутбука.</numerusform>
            <numerusform>Импортировано: %Ln изменений, новых для этого ноутбука.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import a &amp;file…</source>
        <translation>Импорт &amp;файла…</translation>
    </message>
    <message>
        <source>Import every bundle in a f&amp;older…</source>
        <translation>Импорт всех пакетов из п&amp;апки…</translation>
    </message>
    <message>
        <source>What the import changed:</source>
        <translation>Что изменил импорт:</translation>
    </message>
    <message>
        <source>Bundles:</source>
        <translation>Пакеты данных:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Applying the changes of %1…
The other pages wait until it is done.</source>
        <translation>Применяются изменения из %1…
Остальные страницы ждут, пока это не закончится.</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n change(s). %1</source>
        <translation>
            <numerusform>Не применено: %Ln изменение. %1</numerusform>
            <numerusform>Не применено: %Ln изменения. %1</numerusform>
            <numerusform>Не применено: %Ln изменений. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::MergeReportModel</name>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменённые</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалённые</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Уже известные</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Не применённые</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::MergedValueEditor</name>
    <message>
        <source>(no date)</source>
        <translation>(без даты)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::PassphraseBar</name>
    <message>
        <source>Type the exchange passphrase of your team network first.</source>
        <translation>Сначала введите парольную фразу обмена вашей сети групп.</translation>
    </message>
    <message>
        <source>This is not the exchange passphrase set in Settings. Check the keyboard language and Caps Lock, and type it again.</source>
        <translation>Это не та парольная фраза обмена, которая задана в настройках. Проверьте раскладку клавиатуры и Caps Lock и введите её снова.</translation>
    </message>
    <message>
        <source>Exchange &amp;passphrase:</source>
        <translation>&amp;Парольная фраза обмена:</translation>
    </message>
    <message>
        <source>Kept in memory until Hamkori closes, never saved.</source>
        <translation>Хранится в памяти до закрытия Hamkori, никогда не сохраняется.</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::SetAsideModel</name>
    <message>
        <source>new record</source>
        <translation>новая запись</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>From laptop</source>
        <translation>С ноутбука</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Why it was not applied</source>
        <translation>Почему не применено</translation>
    </message>
</context>
<context>
    <name>hamkori::exchange::SetAsidePanel</name>
    <message>
        <source>Every change applied: nothing is set aside any more.</source>
        <translation>Все изменения применены: отложенных изменений больше нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied now.</source>
        <translation>
            <numerusform>Сейчас применено %Ln изменение.</numerusform>
            <numerusform>Сейчас применено %Ln изменения.</numerusform>
            <numerusform>Сейчас применено %Ln изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still cannot be applied.</source>
        <translation>
            <numerusform>%Ln изменение всё ещё не удаётся применить.</numerusform>
            <numerusform>%Ln изменения всё ещё не удаётся применить.</numerusform>
            <numerusform>%Ln изменений всё ещё не удаётся применить.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change is set aside: every change received was applied.</source>
        <translation>Отложенных изменений нет: все полученные изменения применены.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received could not be applied and are kept here. Import the bundles of the other laptops, then try them again.</source>
        <translation>
            <numerusform>%Ln полученное изменение не удалось применить, оно хранится здесь. Импортируйте пакеты данных с других ноутбуков, затем повторите попытку.</numerusform>
            <numerusform>%Ln полученных изменения не удалось применить, они хранятся здесь. Импортируйте пакеты данных с других ноутбуков, затем повторите попытку.</numerusform>
            <numerusform>%Ln полученных изменений не удалось применить, они хранятся здесь. Импортируйте пакеты данных с других ноутбуков, затем повторите попытку.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>По&amp;вторить попытку</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ActivitiesPanel</name>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Activity %1 of %2 (“%3”) will be deleted, with %4 and %5.</source>
        <translation>Мероприятие %1 плана %2 («%3») будет удалено. Вместе с ним будут удалены: %4 и %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%Ln отметка о ходе выполнения</numerusform>
            <numerusform>%Ln отметки о ходе выполнения</numerusform>
            <numerusform>%Ln отметок о ходе выполнения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator reading(s)</source>
        <translation>
            <numerusform>%Ln измерение показателя</numerusform>
            <numerusform>%Ln измерения показателя</numerusform>
            <numerusform>%Ln измерений показателя</numerusform>
        </translation>
    </message>
    <message>
        <source>delete activity %1 of %2</source>
        <translation>удаление мероприятия %1 плана %2</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>&amp;Добавить мероприятие</translation>
    </message>
    <message>
        <source>D&amp;elete activity…</source>
        <translation>&amp;Удалить мероприятие…</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>Move the activity up (Alt+Shift+Up)</source>
        <translation>Переместить мероприятие вверх (Alt+Shift+Up)</translation>
    </message>
    <message>
        <source>Move the activity down (Alt+Shift+Down)</source>
        <translation>Переместить мероприятие вниз (Alt+Shift+Down)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Отметки о ходе выполнения</translation>
    </message>
    <message>
        <source>Indicator readings</source>
        <translation>Измерения показателей</translation>
    </message>
    <message>
        <source>Erase from history…</source>
        <translation>Стереть из истории…</translation>
    </message>
    <message>
        <source>Erase earlier values of this activity&apos;s risks and notes from this laptop and, with the next bundle, from every other one.</source>
        <translation>Стереть прежние значения рисков и заметок этого мероприятия на этом ноутбуке и, со следующим пакетом данных, на всех остальных.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ActivityAmountDelegate</name>
    <message>
        <source> somoni</source>
        <translation> сомони</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ActivityDirectoryPanel</name>
    <message>
        <source>(none chosen)</source>
        <translation>(не выбрана)</translation>
    </message>
    <message>
        <source>change the lead organisation of activity %1 of %2</source>
        <translation>изменение ведущей организации мероприятия %1 плана %2</translation>
    </message>
    <message>
        <source>change the partners of activity %1 of %2</source>
        <translation>изменение партнёров мероприятия %1 плана %2</translation>
    </message>
    <message>
        <source>&amp;Lead organisation (directory):</source>
        <translation>&amp;Ведущая организация (справочник):</translation>
    </message>
    <message>
        <source>Partners from the &amp;directory:</source>
        <translation>Партнёры из &amp;справочника:</translation>
    </message>
    <message>
        <source>Type to find an organisation</source>
        <translation>Начните вводить название организации</translation>
    </message>
    <message>
        <source>Organisations are added on the Directory page. The lead body and the partners written in the table stay as they are.</source>
        <translation>Организации добавляются на странице «Справочник». Ответственный исполнитель и партнёры, записанные в таблице, остаются как есть.</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ActivityProgressPanel</name>
    <message>
        <source>Status of the activity: %1. It follows the latest progress update.</source>
        <translation>Статус мероприятия: %1. Он определяется последней отметкой о ходе выполнения.</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>Мероприятие %1: %2</translation>
    </message>
    <message>
        <source>add a progress update to activity %1 of %2</source>
        <translation>добавление отметки о ходе выполнения к мероприятию %1 плана %2</translation>
    </message>
    <message>
        <source>Add &amp;progress update…</source>
        <translation>Добавить &amp;отметку о ходе выполнения…</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ActivityReadingsPanel</name>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Outcome indicator: %1 · baseline: %2 · target: %3</source>
        <translation>Показатель конечного результата: %1 · исходный уровень: %2 · целевой уровень: %3</translation>
    </message>
    <message>
        <source>add a reading to activity %1 of %2</source>
        <translation>добавление измерения показателя к мероприятию %1 плана мероприятий %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Add &amp;reading</source>
        <translation>Добавить &amp;измерение</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ActivityTableModel</name>
    <message>
        <source>(not decided)</source>
        <translation>(не определено)</translation>
    </message>
    <message>
        <source>Overdue: the deadline %1 has passed and the activity is not done.</source>
        <translation>Просрочено: срок исполнения %1 истёк, а мероприятие не выполнено.</translation>
    </message>
    <message>
        <source>change the measure of activity %1 of %2</source>
        <translation>изменение наименования мероприятия %1 плана %2</translation>
    </message>
    <message>
        <source>change the lead body of activity %1 of %2</source>
        <translation>изменение ответственного исполнителя мероприятия %1 плана %2</translation>
    </message>
    <message>
        <source>change the partners of activity %1 of %2</source>
        <translation>изменение партнёров мероприятия %1 плана %2</translation>
    </message>
    <message>
        <source>change the start of activity %1 of %2</source>
        <translation>изменение даты начала мероприятия %1 плана %2</translation>
    </message>
    <message>
        <source>change the deadline of activity %1 of %2</source>
        <translation>изменение срока исполнения мероприятия %1 плана %2</translation>
    </message>
    <message>
        <source>change the funding source of activity %1 of %2</source>
        <translation>изменение источника финансирования мероприятия %1 плана %2</translation>
    </message>
    <message>
        <source>change the amount of activity %1 of %2</source>
        <translation>изменение суммы мероприятия %1 плана %2</translation>
    </message>
    <message>
        <source>change the status of activity %1 of %2</source>
        <translation>изменение статуса мероприятия %1 плана %2</translation>
    </message>
    <message>
        <source>change activity %1 of %2</source>
        <translation>изменение мероприятия %1 плана %2</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>add an activity to %1</source>
        <translation>добавление мероприятия в план %1</translation>
    </message>
    <message>
        <source>move activity %1 of %2 up</source>
        <translation>перемещение мероприятия %1 плана %2 вверх</translation>
    </message>
    <message>
        <source>move activity %1 of %2 down</source>
        <translation>перемещение мероприятия %1 плана %2 вниз</translation>
    </message>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Lead body</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Output indicator</source>
        <translation>Показатель непосредственного результата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <source>Outcome indicator</source>
        <translation>Показатель конечного результата</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходный уровень</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевой уровень</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Источники проверки</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Gender and conflict notes</source>
        <translation>Гендерные и конфликтные аспекты</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::IndicatorReadingModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::PlanConcernsModel</name>
    <message>
        <source>Chosen as a priority in a prioritisation round.</source>
        <translation>Выбрана в качестве приоритетной в раунде определения приоритетов.</translation>
    </message>
    <message>
        <source>add concern %1 to %2</source>
        <translation>добавление проблемы %1 в план мероприятий %2</translation>
    </message>
    <message>
        <source>remove concern %1 from %2</source>
        <translation>удаление проблемы %1 из плана мероприятий %2</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::PlanHeaderForm</name>
    <message>
        <source>change the title of %1</source>
        <translation>изменение названия %1</translation>
    </message>
    <message>
        <source>change the period of %1</source>
        <translation>изменение периода %1</translation>
    </message>
    <message>
        <source>change the status of %1</source>
        <translation>изменение статуса %1</translation>
    </message>
    <message>
        <source>change the meeting that adopted %1</source>
        <translation>изменение встречи, на которой принят план %1</translation>
    </message>
    <message>
        <source>change the minutes number of %1</source>
        <translation>изменение номера протокола %1</translation>
    </message>
    <message>
        <source>change the approver of %1</source>
        <translation>изменение утверждающего лица %1</translation>
    </message>
    <message>
        <source>change the objective of %1</source>
        <translation>изменение цели %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>plan period: from … to …</comment>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Adopted at &amp;meeting:</source>
        <translation>Принят на &amp;встрече:</translation>
    </message>
    <message>
        <source>Minutes n&amp;umber:</source>
        <translation>Номер прото&amp;кола:</translation>
    </message>
    <message>
        <source>&amp;Approved by (name):</source>
        <translation>&amp;Утверждает (имя):</translation>
    </message>
    <message>
        <source>Approver&apos;s p&amp;ost:</source>
        <translation>&amp;Должность утверждающего:</translation>
    </message>
    <message>
        <source>&amp;Concerns addressed (★ chosen as priorities):</source>
        <translation>П&amp;роблемы, которые решает план (★ выбраны в качестве приоритетных):</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>e.g. Action plan against domestic violence in Chorkuh</source>
        <translation>например, План мероприятий по противодействию насилию в семье в Чоркухе</translation>
    </message>
    <message>
        <source>change the outgoing number of %1</source>
        <translation>изменить исходящий номер %1</translation>
    </message>
    <message>
        <source>change the ordinance of %1</source>
        <translation>изменить распоряжение %1</translation>
    </message>
    <message>
        <source>The team has no members yet</source>
        <translation>В группе пока нет членов</translation>
    </message>
    <message>
        <source>change who agrees %1</source>
        <translation>изменить согласующего %1</translation>
    </message>
    <message>
        <source>A&amp;greed by (name):</source>
        <translation>&amp;Согласовал (имя):</translation>
    </message>
    <message>
        <source>Ag&amp;reer&apos;s post:</source>
        <translation>&amp;Должность согласующего:</translation>
    </message>
    <message>
        <source>Outgoing &amp;number:</source>
        <translation>Исходящий &amp;номер:</translation>
    </message>
    <message>
        <source>Annex to or&amp;dinance No.:</source>
        <translation>Приложение к &amp;распоряжению №:</translation>
    </message>
    <message>
        <source>of</source>
        <comment>annex to the ordinance No. … of (a date)</comment>
        <translation>от</translation>
    </message>
    <message>
        <source>Member…</source>
        <translation>Член группы…</translation>
    </message>
    <message>
        <source>Choose a member of the team as the approver: name and post</source>
        <translation>Выберите члена группы как утверждающего: имя и должность</translation>
    </message>
    <message>
        <source>Choose a member of the team as the one who agrees the plan: name and post</source>
        <translation>Выберите члена группы как согласующего план мероприятий: имя и должность</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::PlanListModel</name>
    <message numerus="yes">
        <source>%n activity(ies) overdue</source>
        <translation>
            <numerusform>Просрочено: %Ln мероприятие</numerusform>
            <numerusform>Просрочено: %Ln мероприятия</numerusform>
            <numerusform>Просрочено: %Ln мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>plan period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>выполнено %1 из %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ProgressUpdateDialog</name>
    <message>
        <source>Add progress update</source>
        <translation>Добавление отметки о ходе выполнения</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Status of the activity:</source>
        <translation>&amp;Статус мероприятия:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>People reached directly</source>
        <translation>Охвачено напрямую</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Женщины и девочки</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Мужчины и мальчики</translation>
    </message>
    <message>
        <source>People reached &amp;indirectly:</source>
        <translation>Охвачено &amp;косвенно:</translation>
    </message>
    <message>
        <source> somoni</source>
        <translation> сомони</translation>
    </message>
    <message>
        <source>Money s&amp;pent:</source>
        <translation>&amp;Израсходовано:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Д&amp;обавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Carried &amp;out by:</source>
        <translation>&amp;Проведено через:</translation>
    </message>
    <message>
        <source>none (the team has no events or campaigns)</source>
        <translation>ничего (у группы нет событий и кампаний)</translation>
    </message>
    <message>
        <source>none: the activity&apos;s own work</source>
        <translation>ничего: собственная работа мероприятия</translation>
    </message>
    <message>
        <source>Campaign %1 · %2</source>
        <translation>Кампания %1 · %2</translation>
    </message>
    <message>
        <source>Event %1 · %2</source>
        <translation>Событие %1 · %2</translation>
    </message>
    <message>
        <source>The people reached are counted once, in the campaign %1: they are not entered again here.</source>
        <translation>Охваченные люди учитываются один раз — в кампании %1: здесь их повторно не вводят.</translation>
    </message>
    <message>
        <source>The people reached are counted once, in the event %1: they are not entered again here.</source>
        <translation>Охваченные люди учитываются один раз — в событии %1: здесь их повторно не вводят.</translation>
    </message>
</context>
<context>
    <name>hamkori::plans::ProgressUpdateModel</name>
    <message>
        <source>Women and girls: %1, men and boys: %2, reached indirectly: %3</source>
        <translation>Женщины и девочки: %1, мужчины и мальчики: %2, охвачено косвенно: %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Охвачено людей</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Израсходовано</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>via a deleted event</source>
        <translation>через удалённое событие</translation>
    </message>
    <message>
        <source>via a deleted campaign</source>
        <translation>через удалённую кампанию</translation>
    </message>
    <message>
        <source>Carried out by a campaign: the people it reached are counted in the campaign, once.</source>
        <translation>Проведено через кампанию: охваченные ею люди учитываются один раз — в кампании.</translation>
    </message>
    <message>
        <source>Carried out by an event: its participants are counted in the event, once.</source>
        <translation>Проведено через событие: его участники учитываются один раз — в событии.</translation>
    </message>
</context>
<context>
    <name>hamkori::reports::ReportSummary</name>
    <message>
        <source>Meetings held: %1</source>
        <translation>Проведено встреч: %1</translation>
    </message>
    <message>
        <source>Participants: %1 (women %2, men %3)</source>
        <translation>Участники: %1 (женщины — %2, мужчины — %3)</translation>
    </message>
    <message>
        <source>Concerns raised: %1, resolved: %2, open at the end: %3</source>
        <translation>Заявлено проблем: %1, решено: %2, не решено на конец периода: %3</translation>
    </message>
    <message>
        <source>People reached: %1 directly, %2 indirectly</source>
        <translation>Охвачено людей: напрямую — %1, косвенно — %2</translation>
    </message>
    <message>
        <source>Funding planned: %1 somoni; spent: %2 somoni</source>
        <translation>Запланировано финансирования: %1 сомони; израсходовано: %2 сомони</translation>
    </message>
    <message>
        <source>Different team members among them: %1</source>
        <translation>Из них разных членов группы: %1</translation>
    </message>
    <message>
        <source>Plans adopted: %1, in force: %2; activities done: %3 of %4</source>
        <translation>Принято планов мероприятий: %1, действует: %2; выполнено мероприятий: %3 из %4</translation>
    </message>
    <message>
        <source>Community policing centres: reception days %1, visitors %2 (women %3, men %4)</source>
        <translation>Центры взаимодействия милиции с общественностью: приёмных дней %1, посетителей %2 (женщин %3, мужчин %4)</translation>
    </message>
    <message>
        <source>Requests made: %1, recommendations: %2 (adopted %3); answered: %4, done: %5, overdue: %6</source>
        <translation>Запросов: %1, рекомендаций: %2 (принято %3); получен ответ: %4, выполнено: %5, просрочено: %6</translation>
    </message>
    <message>
        <source>(each person counted once; the participants of events and campaigns are included)</source>
        <translation>(каждый человек учтён один раз; участники событий и кампаний включены)</translation>
    </message>
    <message>
        <source>Trainings: %1; people trained: %2 (women %3, men %4)</source>
        <translation>Обучений: %1; обучено человек: %2 (женщин %3, мужчин %4)</translation>
    </message>
    <message>
        <source>Test scores: %1 % before, %2 % after; gain %3 percentage points (test sheets: %4)</source>
        <translation>Баллы тестов: до обучения %1 %, после — %2 %; прирост %3 п. п. (тестовых листов: %4)</translation>
    </message>
    <message>
        <source>Feedback: %1 of 5 (feedback sheets: %2)</source>
        <translation>Обратная связь: %1 из 5 (анкет обратной связи: %2)</translation>
    </message>
    <message>
        <source>Other events: %1; participants: %2</source>
        <translation>Другие события: %1; участников: %2</translation>
    </message>
    <message>
        <source>Campaigns: %1; reached %2 directly, %3 indirectly; cost %4 somoni</source>
        <translation>Кампаний: %1; охвачено напрямую %2, косвенно %3; затраты %4 сомони</translation>
    </message>
    <message>
        <source>Perception surveys: rounds %1, sheets %2; teams with a baseline → endline change: %3</source>
        <translation>Опросы общественного мнения: опросов %1, анкет %2; групп с изменением от исходного к итоговому: %3</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::AddPlaceDialog</name>
    <message>
        <source>Add a place to the gazetteer</source>
        <translation>Добавить место в географический справочник</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Separate several names with a slash: Leninabad / Ленинабад</source>
        <translation>Несколько названий разделяйте косой чертой: Leninabad / Ленинабад</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Название на &amp;английском:</translation>
    </message>
    <message>
        <source>Name in &amp;Tajik:</source>
        <translation>Название на тад&amp;жикском:</translation>
    </message>
    <message>
        <source>Name in R&amp;ussian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>&amp;Former names:</source>
        <translation>&amp;Прежние названия:</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>добавление %1</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::BackupListModel</name>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Планы мероприятий</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::BackupsTab</name>
    <message>
        <source>teams %1, concerns %2, action plans %3, %4 changes in the history</source>
        <translation>групп: %1, проблем: %2, планов мероприятий: %3, изменений в истории: %4</translation>
    </message>
    <message>
        <source>Making the backup and checking it…</source>
        <translation>Создание и проверка резервной копии…</translation>
    </message>
    <message>
        <source>Backup made and checked: %1.</source>
        <translation>Резервная копия создана и проверена: %1.</translation>
    </message>
    <message>
        <source>Exchange passphrase</source>
        <translation>Парольная фраза обмена</translation>
    </message>
    <message>
        <source>The copy is locked with the exchange passphrase. Type it:</source>
        <translation>Копия зашифрована парольной фразой обмена. Введите её:</translation>
    </message>
    <message>
        <source>Where to save the copy (a stick)</source>
        <translation>Куда сохранить копию (флешка)</translation>
    </message>
    <message>
        <source>This is not the exchange passphrase set on this laptop. Type it again; the copy was not written.</source>
        <translation>Это не та парольная фраза обмена, которая задана на этом ноутбуке. Введите её снова; копия не записана.</translation>
    </message>
    <message>
        <source>Writing the encrypted copy and reading it back…</source>
        <translation>Запись зашифрованной копии и проверочное чтение…</translation>
    </message>
    <message>
        <source>Written and checked: %1. The copy is locked with the exchange passphrase; it is safe to remove the stick.</source>
        <translation>Записано и проверено: %1. Копия зашифрована парольной фразой обмена; флешку можно безопасно извлечь.</translation>
    </message>
    <message>
        <source>Backup or copy to restore</source>
        <translation>Резервная или зашифрованная копия для восстановления</translation>
    </message>
    <message>
        <source>Hamkori backups and copies (*.sqlite *.hkcopy)</source>
        <translation>Резервные и зашифрованные копии Hamkori (*.sqlite *.hkcopy)</translation>
    </message>
    <message>
        <source>Restore the backup %1?

The data file now: %2.
The backup: %3.

Hamkori keeps the data file as it is now as a backup first, then puts the backup in its place and opens it. What was made since the backup is not lost: after the restore, import the latest bundles from the other laptops to get back what they received, and the rest is in the backup of the current file.</source>
        <translation>Восстановить резервную копию %1?

Файл данных сейчас: %2.
Резервная копия: %3.

Сначала Hamkori сохранит файл данных в его нынешнем виде как резервную копию, затем поставит на его место выбранную копию и откроет её. То, что было сделано после создания резервной копии, не потеряется: после восстановления импортируйте последние пакеты данных с других ноутбуков, чтобы вернуть то, что они получили, а остальное останется в резервной копии текущего файла.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Hamkori backs up the data file by itself: when it closes after changes, once a day while it is open, and before every import and restore. Each backup is checked before it is kept. They are kept in %1.</source>
        <translation>Hamkori сам создаёт резервные копии файла данных: при закрытии (если были изменения), раз в день, пока программа открыта, а также перед каждым импортом и восстановлением. Каждая резервная копия проверяется, прежде чем её сохранить. Копии хранятся в папке %1.</translation>
    </message>
    <message>
        <source>Save a &amp;copy to…</source>
        <translation>Сохранить &amp;копию в…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Backups kept, besides those of the last day:</source>
        <translation>Кроме резервных копий за последние сутки, хранятся:</translation>
    </message>
    <message numerus="yes">
        <source>the newest of each of the last %n &amp;day(s),</source>
        <translation>
            <numerusform>самая новая за каждый из последних %Ln &amp;дня,</numerusform>
            <numerusform>самая новая за каждый из последних %Ln &amp;дней,</numerusform>
            <numerusform>самая новая за каждый из последних %Ln &amp;дней,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and of each of the last %n &amp;week(s).</source>
        <translation>
            <numerusform>и за каждую из последних %Ln &amp;недели.</numerusform>
            <numerusform>и за каждую из последних %Ln &amp;недель.</numerusform>
            <numerusform>и за каждую из последних %Ln &amp;недель.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Со&amp;здать резервную копию сейчас</translation>
    </message>
    <message>
        <source>Restore from a fi&amp;le…</source>
        <translation>Восстановить из &amp;файла…</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::DataFileBox</name>
    <message>
        <source>Use another data file</source>
        <translation>Использовать другой файл данных</translation>
    </message>
    <message>
        <source>Hamkori data files (*.sqlite)</source>
        <translation>Файлы данных Hamkori (*.sqlite)</translation>
    </message>
    <message>
        <source>At the next start Hamkori will open the data file %1. Until you close it, Hamkori keeps working with the file above.</source>
        <translation>При следующем запуске Hamkori откроет файл данных %1. Пока вы не закроете программу, Hamkori продолжит работать с указанным выше файлом.</translation>
    </message>
    <message>
        <source>At the next start Hamkori will create a new, empty data file %1 and open it. Until you close it, Hamkori keeps working with the file above.</source>
        <translation>При следующем запуске Hamkori создаст новый пустой файл данных %1 и откроет его. Пока вы не закроете программу, Hamkori продолжит работать с указанным выше файлом.</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Файл данных</translation>
    </message>
    <message>
        <source>Open data file:</source>
        <translation>Открытый файл данных:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <source>Data version:</source>
        <translation>Версия данных:</translation>
    </message>
    <message>
        <source>Device fingerprint:</source>
        <translation>Отпечаток устройства:</translation>
    </message>
    <message>
        <source>Identifies this laptop when teams exchange data: compare it with what the other laptop shows.</source>
        <translation>Позволяет опознать этот ноутбук при обмене данными между группами: сравните его с тем, что показывает другой ноутбук.</translation>
    </message>
    <message>
        <source>&amp;Open its folder</source>
        <translation>&amp;Открыть папку с файлом</translation>
    </message>
    <message>
        <source>&amp;Use another data file…</source>
        <translation>&amp;Использовать другой файл данных…</translation>
    </message>
    <message>
        <source>&amp;Keep using this data file</source>
        <translation>&amp;Продолжить работу с этим файлом данных</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::GazetteerModel</name>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>City district</source>
        <translation>Район города</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Name in Tajik</source>
        <translation>Название на таджикском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Former names</source>
        <translation>Прежние названия</translation>
    </message>
    <message>
        <source>rename %1</source>
        <translation>переименование %1</translation>
    </message>
    <message>
        <source>move %1 to another region</source>
        <translation>перенос %1 в другую область</translation>
    </message>
    <message>
        <source>change kind of %1</source>
        <translation>изменение типа %1</translation>
    </message>
    <message>
        <source>change former names of %1</source>
        <translation>изменение прежних названий %1</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::GazetteerTab</name>
    <message>
        <source>&amp;Find a place:</source>
        <translation>&amp;Найти место:</translation>
    </message>
    <message>
        <source>Any name in any language, or a region</source>
        <translation>Любое название на любом языке или область</translation>
    </message>
    <message>
        <source>&amp;Add a place…</source>
        <translation>&amp;Добавить место…</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. Former names help people find a place by the name they remember.</source>
        <translation>Чтобы изменить ячейку, дважды щёлкните её. Прежние названия помогают найти место по названию, которое люди помнят.</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::LanguageBox</name>
    <message>
        <source>Part of the translation is missing from this copy of Hamkori, so some texts stay in English. Reinstall Hamkori to get them all.</source>
        <translation>В этой копии Hamkori отсутствует часть перевода, поэтому некоторые тексты остаются на английском языке. Чтобы получить их все, переустановите Hamkori.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language of Hamkori:</source>
        <translation>Я&amp;зык Hamkori:</translation>
    </message>
    <message>
        <source>Hamkori changes its language at once and starts in it next time.</source>
        <translation>Hamkori сразу переключается на выбранный язык и в следующий раз запустится на нём.</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::PassphraseBox</name>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Парольные фразы не совпадают. Введите одну и ту же фразу дважды.</translation>
    </message>
    <message>
        <source>An exchange passphrase is set. Hamkori keeps only a check of it, never the passphrase itself, so it cannot show it to you.</source>
        <translation>Парольная фраза обмена задана. Hamkori хранит только данные для её проверки, а не саму фразу, поэтому не может её показать.</translation>
    </message>
    <message>
        <source>No exchange passphrase is set on this laptop. Set the one your team network agreed, so that a mistyped passphrase is noticed at once.</source>
        <translation>На этом ноутбуке парольная фраза обмена не задана. Задайте фразу, о которой договорилась ваша сеть групп, чтобы ошибка при её вводе сразу была замечена.</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Изменить парольную &amp;фразу</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Задать парольную &amp;фразу</translation>
    </message>
    <message>
        <source>Exchange passphrase</source>
        <translation>Парольная фраза обмена</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Повто&amp;рите её:</translation>
    </message>
    <message>
        <source>At least %1 characters, at least %2 of them different. Every laptop of the team network uses the same passphrase.</source>
        <translation>Не менее %1 символов, из них не менее %2 разных. Все ноутбуки сети групп используют одну и ту же парольную фразу.</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::ReferenceListModel</name>
    <message>
        <source>The weight this criterion gets when a prioritisation round starts; a round can change it.</source>
        <translation>Вес, который этот критерий получает в начале раунда определения приоритетов; в раунде его можно изменить.</translation>
    </message>
    <message>
        <source>The built-in name, translated. Type a name to use your own instead.</source>
        <translation>Встроенное название в переводе. Чтобы использовать своё название, введите его.</translation>
    </message>
    <message>
        <source>A built-in entry: it is translated into every language where you have not typed a name of your own.</source>
        <translation>Встроенный элемент: он переводится на все языки, для которых вы не ввели своё название.</translation>
    </message>
    <message>
        <source>Name in Tajik</source>
        <translation>Название на таджикском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Default weight</source>
        <translation>Вес по умолчанию</translation>
    </message>
    <message>
        <source>change weight of %1</source>
        <translation>изменение веса %1</translation>
    </message>
    <message>
        <source>rename %1</source>
        <translation>переименование %1</translation>
    </message>
</context>
<context>
    <name>hamkori::settings::ReferenceListsTab</name>
    <message>
        <source>Delete a list entry</source>
        <translation>Удалить элемент списка</translation>
    </message>
    <message>
        <source>Add an entry to «%1»</source>
        <translation>Добавить элемент в список «%1»</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>добавление %1</translation>
    </message>
    <message>
        <source>The entry «%1» will be deleted from the list «%2». Nothing else is deleted with it: an entry that records use cannot be deleted.</source>
        <translation>Элемент «%1» будет удалён из списка «%2». Больше ничего вместе с ним не удаляется: элемент, который используется в записях, удалить нельзя.</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>удаление %1</translation>
    </message>
    <message>
        <source>Double-click a name to change it. Names in grey italics are the built-in translations; type a name to use your own.</source>
        <translation>Чтобы изменить название, дважды щёлкните его. Названия серым курсивом — встроенные переводы; чтобы использовать своё название, введите его.</translation>
    </message>
    <message>
        <source>&amp;Delete entry…</source>
        <translation>&amp;Удалить элемент…</translation>
    </message>
    <message>
        <source>Delete the chosen entry (Delete key)</source>
        <translation>Удалить выбранный элемент (клавиша Delete)</translation>
    </message>
    <message>
        <source>Name in &amp;Tajik</source>
        <translation>Название на &amp;таджикском</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Название на &amp;русском</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Название на &amp;английском</translation>
    </message>
    <message>
        <source>Default &amp;weight</source>
        <translation>&amp;Вес по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
</context>
</TS>
