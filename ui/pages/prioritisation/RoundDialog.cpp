#include "RoundDialog.h"
#include "RoundInfo.h"
#include "core/model/Formats.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/RestrictedMark.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hamkori {

namespace {
constexpr int kUuidRole = Qt::UserRole + 1;

QTableWidget* makeChecklist(QWidget* parent, const QString& objectName)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    return table;
}
} // namespace

RoundDialog::RoundDialog(Database& db, const PrioritisationRound& round, Submit submit, QWidget* parent)
    : QDialog(parent), m_db(db), m_round(round), m_submit(std::move(submit)), m_meeting(new QComboBox(this)),
      m_title(new QLineEdit(this)), m_date(new OptionalDateEdit(this, false)),
      m_concerns(makeChecklist(this, QStringLiteral("roundConcerns"))),
      m_criteria(makeChecklist(this, QStringLiteral("roundCriteria"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_general(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_general, this))
{
    const bool editing = !round.meta.uuid.isEmpty();
    setWindowTitle(editing ? tr("Edit the prioritisation round") : tr("Start a prioritisation round"));
    setObjectName(QStringLiteral("roundDialog"));
    m_meeting->setObjectName(QStringLiteral("roundMeeting"));
    m_title->setObjectName(QStringLiteral("roundTitle"));
    m_date->setObjectName(QStringLiteral("roundDate"));
    m_title->setText(round.title);
    m_date->setOptionalDate(round.date.isValid() ? round.date : QDate::currentDate());
    m_buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("&Save") : tr("&Start the round"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("roundOk"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* meetingError = FieldErrors::makeMessageLabel(this);
    auto* titleError = FieldErrors::makeMessageLabel(this);
    auto* dateError = FieldErrors::makeMessageLabel(this);
    auto* concernsError = FieldErrors::makeMessageLabel(this);
    auto* criteriaError = FieldErrors::makeMessageLabel(this);
    form->addRow(tr("&Meeting:"), m_meeting);
    form->addRow(QString(), meetingError);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), titleError);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), dateError);

    auto* concernsLabel = new QLabel(tr("C&oncerns to score (open concerns of the team):"), this);
    concernsLabel->setBuddy(m_concerns);
    auto* criteriaLabel =
        new QLabel(tr("C&riteria and their weights (untick a criterion to leave it out):"), this);
    criteriaLabel->setBuddy(m_criteria);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(concernsLabel);
    layout->addWidget(m_concerns, 3);
    layout->addWidget(concernsError);
    layout->addWidget(criteriaLabel);
    layout->addWidget(m_criteria, 3);
    layout->addWidget(criteriaError);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);

    m_errors->bind(QStringLiteral("meeting"), m_meeting, meetingError);
    m_errors->bind(QStringLiteral("title"), m_title, titleError);
    m_errors->bind(QStringLiteral("date"), m_date, dateError);
    m_errors->bind(QStringLiteral("concerns"), m_concerns, concernsError);
    m_errors->bind(QStringLiteral("criteria"), m_criteria, criteriaError);

    fillMeetings();
    fillConcerns();
    fillCriteria();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoundDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RoundDialog::reject);
    resize(760, 660);
}

void RoundDialog::fillMeetings()
{
    m_meeting->addItem(tr("(no meeting)"), QString());
    auto meetings = MeetingRepository(m_db).meetings(m_round.teamUuid);
    if (!meetings)
        return;
    for (const Meeting& meeting : *meetings) {
        QString text = Formats::date(meeting.date) + QStringLiteral(" · ") + displayName(meeting.kind);
        if (!meeting.place.isEmpty())
            text += QStringLiteral(" · ") + meeting.place;
        m_meeting->addItem(text, meeting.meta.uuid);
    }
    int index = m_meeting->findData(m_round.meetingUuid);
    if (m_round.meta.uuid.isEmpty() && m_round.meetingUuid.isEmpty() && m_meeting->count() > 1)
        index = 1; // a new round: the latest meeting
    m_meeting->setCurrentIndex(std::max(0, index));
}

void RoundDialog::fillConcerns()
{
    const QString lang = Translations::current();
    QHash<QString, QString> categories;
    if (auto items = ReferenceRepository(m_db).items(ReferenceList::Category))
        for (const ReferenceItem& item : *items)
            categories.insert(item.meta.uuid, item.name(lang));
    ConcernFilter filter;
    filter.teamUuid = m_round.teamUuid;
    filter.sort = ConcernFilter::Sort::Code;
    filter.descending = false;
    QList<ConcernRow> rows;
    if (auto page = ConcernRepository(m_db).page(filter, 0, 2000))
        rows = *page;
    QList<ConcernRow> shown;
    for (const ConcernRow& row : rows) {
        const bool open = row.status != ConcernStatus::Closed && row.status != ConcernStatus::Dropped &&
                          row.status != ConcernStatus::Resolved;
        if (open || m_round.concernUuids.contains(row.uuid))
            shown << row;
    }
    m_concerns->setColumnCount(4);
    m_concerns->setHorizontalHeaderLabels({tr("Code"), tr("Title"), tr("Category"), tr("Status")});
    m_concerns->setRowCount(int(shown.size()));
    for (int i = 0; i < shown.size(); ++i) {
        const ConcernRow& row = shown[i];
        auto* code = new QTableWidgetItem(row.code);
        code->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        code->setCheckState(m_round.concernUuids.contains(row.uuid) ? Qt::Checked : Qt::Unchecked);
        code->setData(kUuidRole, row.uuid);
        if (row.restricted) {
            code->setIcon(RestrictedMark::icon());
            code->setToolTip(RestrictedMark::toolTip());
        }
        m_concerns->setItem(i, 0, code);
        auto* title = new QTableWidgetItem(row.title);
        title->setToolTip(row.title);
        m_concerns->setItem(i, 1, title);
        m_concerns->setItem(i, 2, new QTableWidgetItem(categories.value(row.categoryUuid)));
        m_concerns->setItem(i, 3, new QTableWidgetItem(displayName(row.status)));
    }
    m_concerns->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_concerns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // Space toggles the current row's tick wherever the cursor is in the row.
    connect(m_concerns, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        QTableWidgetItem* check = m_concerns->item(item->row(), 0);
        check->setCheckState(check->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
}

void RoundDialog::fillCriteria()
{
    const QString lang = Translations::current();
    QList<ReferenceItem> items;
    if (auto list = ReferenceRepository(m_db).items(ReferenceList::Criterion))
        items = *list;
    const bool editing = !m_round.meta.uuid.isEmpty();
    m_criteria->setColumnCount(2);
    m_criteria->setHorizontalHeaderLabels({tr("Criterion"), tr("Weight")});
    m_criteria->setRowCount(int(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        const ReferenceItem& item = items[i];
        double weight = item.defaultWeight;
        bool used = !editing && m_round.criteria.isEmpty();
        for (const RoundCriterion& c : m_round.criteria)
            if (c.criterionUuid == item.meta.uuid) {
                used = true;
                weight = c.weight;
            }
        auto* name = new QTableWidgetItem(item.name(lang));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(used ? Qt::Checked : Qt::Unchecked);
        name->setData(kUuidRole, item.meta.uuid);
        m_criteria->setItem(i, 0, name);
        auto* spin = new QDoubleSpinBox(m_criteria);
        spin->setObjectName(QStringLiteral("weight_") + item.code);
        spin->setRange(0.1, 100);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        spin->setValue(weight);
        spin->setAccessibleName(tr("Weight of %1").arg(item.name(lang)));
        m_criteria->setCellWidget(i, 1, spin);
    }
    m_criteria->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_criteria->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

PrioritisationRound RoundDialog::round() const
{
    PrioritisationRound r = m_round;
    r.meetingUuid = m_meeting->currentData().toString();
    r.title = m_title->text().trimmed();
    r.date = m_date->date();
    r.concernUuids.clear();
    for (int i = 0; i < m_concerns->rowCount(); ++i)
        if (m_concerns->item(i, 0)->checkState() == Qt::Checked)
            r.concernUuids << m_concerns->item(i, 0)->data(kUuidRole).toString();
    r.criteria.clear();
    for (int i = 0; i < m_criteria->rowCount(); ++i)
        if (m_criteria->item(i, 0)->checkState() == Qt::Checked) {
            auto* spin = qobject_cast<QDoubleSpinBox*>(m_criteria->cellWidget(i, 1));
            r.criteria.append(
                {m_criteria->item(i, 0)->data(kUuidRole).toString(), spin ? spin->value() : 1.0});
        }
    // Chosen concerns that left the round are no longer chosen.
    QStringList chosen;
    for (const QString& uuid : r.chosenConcernUuids)
        if (r.concernUuids.contains(uuid))
            chosen << uuid;
    r.chosenConcernUuids = chosen;
    return r;
}

void RoundDialog::accept()
{
    m_errors->clear();
    if (!m_date->readTyped())
        return;
    const PrioritisationRound r = round();
    // The repository would start a round without criteria with every criterion: say so instead.
    if (r.criteria.isEmpty()) {
        m_errors->show(fieldError(QStringLiteral("criteria"), tr("Tick at least one criterion.")));
        return;
    }
    if (r.concernUuids.isEmpty()) {
        m_errors->show(fieldError(QStringLiteral("concerns"), tr("Tick at least one concern to score.")));
        return;
    }
    if (m_submit) {
        if (auto done = m_submit(r); !done) {
            m_errors->show(done.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace hamkori
