#include "DescriptionTab.h"
#include "ChangeStatusDialog.h"
#include "ConcernEdits.h"
#include "EditorFields.h"
#include "RecordTableModel.h"
#include "core/model/StatusNotes.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/CommitOnLeaveTextEdit.h"
#include "ui/widgets/EraseHistoryDialog.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

DescriptionTab::DescriptionTab(ConcernEdits& edits, QWidget* parent)
    : QWidget(parent), m_edits(edits), m_form(new QFormLayout),
      m_description(new CommitOnLeaveTextEdit(this)), m_category(new QComboBox(this)),
      m_place(new QLineEdit(this)), m_raisedBy(new QComboBox(this)), m_meeting(new QComboBox(this)),
      m_firstRaised(new OptionalDateEdit(this)), m_source(new QComboBox(this)),
      m_frequency(new QComboBox(this)), m_restricted(new QCheckBox(this)), m_statusLabel(new QLabel(this)),
      m_status(new QLabel(this)), m_changeStatus(new QPushButton(this)),
      m_eraseHistory(new QPushButton(this)), m_historyLabel(new QLabel(this)),
      m_history(new QTableView(this)), m_historyModel(new RecordTableModel(this))
{
    m_description->setObjectName(QStringLiteral("description"));
    m_category->setObjectName(QStringLiteral("category"));
    m_place->setObjectName(QStringLiteral("place"));
    m_raisedBy->setObjectName(QStringLiteral("raisedBy"));
    m_meeting->setObjectName(QStringLiteral("firstMeeting"));
    m_firstRaised->setObjectName(QStringLiteral("firstRaised"));
    m_source->setObjectName(QStringLiteral("source"));
    m_frequency->setObjectName(QStringLiteral("frequency"));
    m_restricted->setObjectName(QStringLiteral("restricted"));
    m_status->setObjectName(QStringLiteral("status"));
    m_changeStatus->setObjectName(QStringLiteral("changeStatus"));
    m_eraseHistory->setObjectName(QStringLiteral("eraseHistory"));
    m_eraseHistory->setAutoDefault(false);
    m_history->setObjectName(QStringLiteral("statusHistory"));

    m_description->setMinimumHeight(70);
    m_description->setMaximumHeight(120);
    m_meeting->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_meeting->setMinimumContentsLength(16);
    m_changeStatus->setAutoDefault(false);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);

    m_history->setModel(m_historyModel);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setWordWrap(true);
    m_history->setMinimumHeight(110);

    FieldErrors* errors = m_edits.errors();
    auto* categoryError = FieldErrors::makeMessageLabel(this);
    auto* meetingError = FieldErrors::makeMessageLabel(this);
    categoryError->setObjectName(QStringLiteral("categoryError"));
    meetingError->setObjectName(QStringLiteral("firstMeetingError"));
    errors->bind(QStringLiteral("category"), m_category, categoryError);
    errors->bind(QStringLiteral("meeting"), m_meeting, meetingError);
    auto* firstRaisedError = FieldErrors::makeMessageLabel(this);
    firstRaisedError->setObjectName(QStringLiteral("firstRaisedError"));
    errors->bind(QStringLiteral("first_raised"), m_firstRaised, firstRaisedError);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_changeStatus);
    statusRow->addStretch();
    statusRow->addWidget(m_eraseHistory);

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels.insert(field, label);
        m_form->addRow(label, field);
    };
    addRow(m_description);
    addRow(m_category);
    m_form->addRow(nullptr, categoryError);
    addRow(m_place);
    addRow(m_raisedBy);
    addRow(m_meeting);
    m_form->addRow(nullptr, meetingError);
    addRow(m_firstRaised);
    m_form->addRow(nullptr, firstRaisedError);
    addRow(m_source);
    addRow(m_frequency);
    m_form->addRow(nullptr, m_restricted);
    m_form->addRow(m_statusLabel, statusRow);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_form);
    contentLayout->addWidget(m_historyLabel);
    contentLayout->addWidget(m_history, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // A pane narrower than the form (the editor beside the register at 1280 px) scrolls instead of cutting
    // the fields off on the right (issue 18).
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_description, &CommitOnLeaveTextEdit::committed, this, [this] {
        const QString text = m_description->toPlainText();
        save(tr("change the description of %1"), [text](Concern& c) { c.description = text; });
    });
    connect(m_place, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_place->text();
        m_place->setModified(false);
        if (!save(tr("change the place of %1"), [text](Concern& c) { c.place = text; }))
            m_place->setModified(true);
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        const QString category = m_category->currentData().toString();
        save(tr("change the category of %1"), [category](Concern& c) { c.categoryUuid = category; });
    });
    connect(m_raisedBy, &QComboBox::currentIndexChanged, this, [this] {
        const auto value = fields::enumOf<RaisedBy>(m_raisedBy);
        save(tr("change who raised %1"), [value](Concern& c) { c.raisedBy = value; });
    });
    connect(m_meeting, &QComboBox::currentIndexChanged, this, [this] {
        const QString meeting = m_meeting->currentData().toString();
        save(tr("change the meeting where %1 was first raised"),
             [meeting](Concern& c) { c.firstMeetingUuid = meeting; });
    });
    connect(m_firstRaised, &OptionalDateEdit::committed, this, [this] {
        const QDate date = m_firstRaised->optionalDate();
        save(tr("change when %1 was first raised"), [date](Concern& c) { c.firstRaised = date; });
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        const auto value = fields::enumOf<ConcernSource>(m_source);
        save(tr("change the source of %1"), [value](Concern& c) { c.source = value; });
    });
    connect(m_frequency, &QComboBox::currentIndexChanged, this, [this] {
        const auto value = fields::enumOf<Frequency>(m_frequency);
        save(tr("change how often %1 happens"), [value](Concern& c) { c.frequency = value; });
    });
    connect(m_restricted, &QCheckBox::toggled, this, [this](bool restricted) {
        save(restricted ? tr("restrict %1") : tr("lift the restriction of %1"),
             [restricted](Concern& c) { c.restricted = restricted; });
    });
    connect(m_changeStatus, &QPushButton::clicked, this, &DescriptionTab::openStatusDialog);
    connect(m_eraseHistory, &QPushButton::clicked, this, [this] {
        EraseHistoryDialog dialog(m_edits.session(), QStringLiteral("concern"), m_edits.concern().meta.uuid,
                                  this);
        dialog.exec();
    });
}

bool DescriptionTab::save(const QString& text, const std::function<void(Concern&)>& change)
{
    return !m_edits.uuid().isEmpty() && m_edits.save(text.arg(m_edits.code()), change);
}

void DescriptionTab::load()
{
    const Concern& c = m_edits.concern();
    m_description->load(c.description);
    fillCategories();
    fields::load(m_place, c.place);
    fields::fillEnum(m_raisedBy, c.raisedBy);
    fillMeetings();
    m_firstRaised->setOptionalDate(c.firstRaised);
    fields::fillEnum(m_source, c.source);
    fields::fillEnum(m_frequency, c.frequency);
    {
        const QSignalBlocker blocker(m_restricted);
        m_restricted->setChecked(c.restricted);
    }
    m_status->setText(displayName(c.status));

    QList<RecordTableModel::Row> rows;
    if (!c.meta.uuid.isEmpty())
        if (auto history = ConcernRepository(m_edits.session().db()).statusHistory(c.meta.uuid))
            for (const StatusChange& change : *history)
                rows.append({change.meta.uuid,
                             {change.date.toString(QStringLiteral("dd.MM.yyyy")), displayName(change.status),
                              statusnotes::shown(change.note)},
                             statusnotes::shown(change.note),
                             {}});
    // Newest first: what people look for is the latest change.
    std::reverse(rows.begin(), rows.end());
    m_historyModel->setRows(rows);
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
    m_changeStatus->setEnabled(!c.meta.uuid.isEmpty());
    m_eraseHistory->setEnabled(!c.meta.uuid.isEmpty());
}

void DescriptionTab::fillCategories()
{
    const Concern& c = m_edits.concern();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    if (auto items = ReferenceRepository(m_edits.session().db()).items(ReferenceList::Category))
        for (const ReferenceItem& item : *items)
            m_category->addItem(item.name(Translations::current()), item.meta.uuid);
    m_category->setCurrentIndex(m_category->findData(c.categoryUuid));
}

void DescriptionTab::fillMeetings()
{
    const Concern& c = m_edits.concern();
    const QSignalBlocker blocker(m_meeting);
    m_meeting->clear();
    m_meeting->addItem(tr("Not raised at a meeting"), QString());
    if (!c.teamUuid.isEmpty())
        if (auto meetings = MeetingRepository(m_edits.session().db()).meetings(c.teamUuid))
            for (const Meeting& meeting : *meetings)
                m_meeting->addItem(tr("%1 · %2 · %3")
                                       .arg(meeting.date.toString(QStringLiteral("dd.MM.yyyy")), meeting.code,
                                            displayName(meeting.kind)),
                                   meeting.meta.uuid);
    m_meeting->setCurrentIndex(m_meeting->findData(c.firstMeetingUuid));
}

void DescriptionTab::retranslate()
{
    const auto setLabel = [this](QWidget* field, const QString& text) {
        m_labels.value(field)->setText(text);
    };
    setLabel(m_description, tr("&Description:"));
    setLabel(m_category, tr("Ca&tegory:"));
    setLabel(m_place, tr("&Place:"));
    setLabel(m_raisedBy, tr("&Raised by:"));
    setLabel(m_meeting, tr("First raised at &meeting:"));
    setLabel(m_firstRaised, tr("&First raised on:"));
    setLabel(m_source, tr("&Source:"));
    setLabel(m_frequency, tr("How &often:"));
    m_statusLabel->setText(tr("Status:"));
    m_description->setPlaceholderText(tr("What happens, to whom, where and when (no names of people)"));
    m_place->setPlaceholderText(tr("Village or mahalla"));
    m_raisedBy->setToolTip(tr("The group that raised the concern, never a person"));
    m_firstRaised->setEmptyText(tr("not known"));
    m_restricted->setText(tr("R&estricted: hidden from exports and printouts"));
    m_restricted->setToolTip(
        tr("Mark concerns that could endanger people if the laptop or a USB stick is lost, e.g. domestic "
           "violence or violent extremism."));
    m_changeStatus->setText(tr("C&hange status…"));
    m_eraseHistory->setText(tr("Erase from histor&y…"));
    m_eraseHistory->setToolTip(tr("Erase earlier values of this concern's fields (a name typed by mistake) "
                                  "from this laptop and, with the next bundle, from every other one."));
    m_historyLabel->setText(tr("Status history:"));
    m_historyModel->setHeaders({tr("Date"), tr("Status"), tr("Note")});
}

void DescriptionTab::openStatusDialog()
{
    if (m_edits.uuid().isEmpty())
        return;
    if (!m_statusDialog) {
        m_statusDialog = new ChangeStatusDialog(this);
        connect(m_statusDialog, &ChangeStatusDialog::submitted, this, &DescriptionTab::changeStatus);
    }
    m_statusDialog->prepare(m_edits.code(), m_edits.concern().status);
    m_statusDialog->open();
}

void DescriptionTab::changeStatus(ConcernStatus status, QDate date, const QString& note)
{
    const QString uuid = m_edits.uuid();
    const ConcernStatus previous = m_edits.concern().status;
    Database& db = m_edits.session().db();
    // Undo is a new, dated change back to the previous status (the history keeps both), never a deletion.
    const QString undoneNote = statusnotes::write(statusnotes::Kind::StatusChangeUndone);
    auto done = undo::perform(
        m_edits.session(), tr("change status of %1").arg(m_edits.code()),
        [&db, uuid, status, date, note]() -> Result<void> {
            return ConcernRepository(db).changeStatus(uuid, status, date, note);
        },
        [&db, uuid, previous, date, undoneNote]() -> Result<void> {
            return ConcernRepository(db).changeStatus(uuid, previous, date, undoneNote);
        });
    if (!done) {
        m_statusDialog->showError(done.error());
        return;
    }
    m_statusDialog->accept();
    if (status == ConcernStatus::Analysed)
        Q_EMIT analysed();
}

} // namespace hamkori
