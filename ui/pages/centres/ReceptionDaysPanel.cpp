#include "ReceptionDaysPanel.h"
#include "core/model/Formats.h"
#include "core/model/Limits.h"
#include "core/storage/CentreRepository.h"
#include "core/storage/RecordEdits.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/SexAgeCountsGrid.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

ReceptionDayModel::ReceptionDayModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("centre_visit")) || kinds.contains(QStringLiteral("centre")))
            reload();
    });
}

void ReceptionDayModel::setCentre(const QString& centreUuid)
{
    m_centre = centreUuid;
    reload();
}

void ReceptionDayModel::reload()
{
    beginResetModel();
    m_days.clear();
    if (!m_centre.isEmpty())
        if (auto days = CentreRepository(m_db).visits(m_centre))
            m_days = *days;
    endResetModel();
}

int ReceptionDayModel::rowOf(const QString& uuid) const
{
    for (int i = 0; i < m_days.size(); ++i)
        if (m_days[i].meta.uuid == uuid)
            return i;
    return -1;
}

int ReceptionDayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int ReceptionDayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceptionDayModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_days.size())
        return {};
    const CentreVisit& day = m_days[index.row()];
    if (role == UuidRole)
        return day.meta.uuid;
    if (role == Qt::TextAlignmentRole && index.column() != Date)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return Formats::date(day.date);
    case Women:
        return day.visitors.total(Sex::Female);
    case Men:
        return day.visitors.total(Sex::Male);
    case Total:
        return day.visitors.total();
    default:
        return {};
    }
}

QVariant ReceptionDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Reception day");
    case Women:
        return tr("Women");
    case Men:
        return tr("Men");
    case Total:
        return tr("Visitors");
    default:
        return {};
    }
}

ReceptionDaysPanel::ReceptionDaysPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new ReceptionDayModel(session.db(), this)),
      m_table(new QTableView(this)), m_add(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_dayBox(new QWidget(this)), m_dateLabel(new QLabel(this)), m_date(new OptionalDateEdit(this, false)),
      m_visitors(new SexAgeCountsGrid({[](Sex sex, AgeBand band) -> QString {
                                           const int cell = int(sex) * SexAgeCounts::kBands + int(band);
                                           return QStringLiteral("visitors_") +
                                                  QLatin1String(SexAgeCounts::cellCodes()[std::size_t(cell)]);
                                       },
                                       QStringLiteral("visitors")},
                                      limits::kGuestsPerCell, this)),
      m_general(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_general, this))
{
    m_table->setObjectName(QStringLiteral("receptionDayTable"));
    m_add->setObjectName(QStringLiteral("addReceptionDayButton"));
    m_delete->setObjectName(QStringLiteral("deleteReceptionDayButton"));
    m_date->setObjectName(QStringLiteral("receptionDayDate"));
    m_visitors->setObjectName(QStringLiteral("receptionDayVisitors"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto* dateMessage = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("date"), m_date, dateMessage);
    auto* visitorsMessage = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("visitors"), m_visitors, visitorsMessage);
    m_dateLabel->setBuddy(m_date);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateLabel);
    dateRow->addWidget(m_date);
    dateRow->addStretch();
    auto* dayLayout = new QVBoxLayout(m_dayBox);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addLayout(dateRow);
    dayLayout->addWidget(dateMessage);
    dayLayout->addWidget(m_visitors);
    dayLayout->addWidget(visitorsMessage);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_dayBox);
    layout->addWidget(m_general);

    connect(m_add, &QPushButton::clicked, this, &ReceptionDaysPanel::addDay);
    connect(m_delete, &QPushButton::clicked, this, &ReceptionDaysPanel::deleteDay);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showDay(current.data(ReceptionDayModel::UuidRole).toString());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The day shown stays chosen across reloads (its date may have moved it); gone, nothing is chosen.
        const int row = m_model->rowOf(m_day);
        if (row >= 0) {
            const QSignalBlocker blocker(m_table->selectionModel());
            m_table->setCurrentIndex(m_model->index(row, 0));
        }
        showDay(row >= 0 ? m_day : QString());
    });
    connect(m_date, &OptionalDateEdit::committed, this, [this] {
        const int row = m_model->rowOf(m_day);
        if (row < 0)
            return;
        CentreVisit after = m_model->at(row);
        after.date = m_date->optionalDate();
        save(after, tr("change the date of a reception day"));
    });
    connect(m_visitors, &SexAgeCountsGrid::countsEdited, this, [this](const SexAgeCounts& counts) {
        const int row = m_model->rowOf(m_day);
        if (row < 0)
            return;
        CentreVisit after = m_model->at(row);
        after.visitors = counts;
        save(after, tr("change the visitors of the reception day of %1").arg(Formats::date(after.date)));
    });
    retranslate();
    setCentre(QString());
}

void ReceptionDaysPanel::retranslate()
{
    m_add->setText(tr("&New reception day"));
    m_delete->setText(tr("Delete reception day"));
    m_dateLabel->setText(tr("&Date of the reception day:"));
    m_visitors->setCaptions(tr("Women"), tr("Men"), tr("All visitors"));
}

void ReceptionDaysPanel::setCentre(const QString& centreUuid)
{
    m_centre = centreUuid;
    m_day.clear();
    m_errors->clear();
    m_model->setCentre(centreUuid);
    setEnabled(!centreUuid.isEmpty());
}

void ReceptionDaysPanel::showDay(const QString& uuid)
{
    if (uuid != m_day)
        m_errors->clear();
    m_day = uuid;
    const int row = m_model->rowOf(uuid);
    m_dayBox->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    if (row < 0) {
        m_visitors->setCounts({});
        return;
    }
    const CentreVisit& day = m_model->at(row);
    m_date->setOptionalDate(day.date);
    m_visitors->setCounts(day.visitors);
}

void ReceptionDaysPanel::save(const CentreVisit& after, const QString& text)
{
    auto before = CentreRepository(m_session.db()).visit(after.meta.uuid);
    if (!before) {
        m_errors->show(before.error());
        return;
    }
    const FieldPatch patch = RecordEdits::patch(*before, after);
    m_errors->clear();
    if (patch.isEmpty())
        return;
    if (auto done = undo::edit(m_session, text, patch); !done)
        m_errors->show(done.error());
}

void ReceptionDaysPanel::addDay()
{
    if (m_centre.isEmpty())
        return;
    CentreVisit day;
    day.centreUuid = m_centre;
    day.date = QDate::currentDate();
    m_errors->clear();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("add a reception day"), QStringLiteral("centre_visit"),
                                [&db, day]() -> Result<QString> {
                                    auto made = CentreRepository(db).createVisit(day);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    m_day = *created;
    const int row = m_model->rowOf(m_day);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    showDay(m_day);
    m_date->setFocus(Qt::OtherFocusReason);
    m_date->selectAll();
}

void ReceptionDaysPanel::deleteDay()
{
    if (m_day.isEmpty())
        return;
    const int row = m_model->rowOf(m_day);
    const QString date = row >= 0 ? Formats::date(m_model->at(row).date) : QString();
    auto done = undo::remove(m_session, tr("delete the reception day of %1").arg(date),
                             QStringLiteral("centre_visit"), m_day);
    if (!done)
        m_errors->show(done.error());
}

} // namespace hamkori
