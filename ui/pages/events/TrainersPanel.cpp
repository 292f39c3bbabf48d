#include "TrainersPanel.h"
#include "EntryDelegate.h"
#include "EntryGrid.h"
#include "EventChildEdits.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hamkori {

TrainersPanel::TrainersPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(nullptr), m_grid(new EntryGrid(this)),
      m_hint(new QLabel(this)), m_add(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_error(FieldErrors::makeMessageLabel(this))
{
    m_grid->setObjectName(QStringLiteral("trainerGrid"));
    m_add->setObjectName(QStringLiteral("addTrainerButton"));
    m_delete->setObjectName(QStringLiteral("deleteTrainerButton"));
    m_error->setObjectName(QStringLiteral("trainerError"));
    m_error->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    using ColumnOf = EventChildModel<Trainer>::Column;
    m_model = new EventChildModel<Trainer>(
        session.db(), events::kindOf<Trainer>(),
        [this](const Trainer& before, const Trainer& after) {
            return events::change(m_session, tr("change the trainer %1 of %2").arg(before.name, eventCode()),
                                  before, after);
        },
        this);
    m_model->setNewRow(
        [](const QString& eventUuid) {
            Trainer t;
            t.eventUuid = eventUuid;
            return t;
        },
        [this](const Trainer& t) -> Result<QString> {
            return events::add(m_session, tr("add the trainer %1 to %2").arg(t.name.trimmed(), eventCode()),
                               t);
        });
    m_model->setColumns(
        {ColumnOf{[] { return tr("Name"); }, [](const Trainer& t) { return QVariant(t.name); },
                  [](const Trainer& t) { return QVariant(t.name); },
                  [](Trainer& t, const QVariant& v) { t.name = v.toString(); }},
         ColumnOf{[] { return tr("Organisation"); },
                  [](const Trainer& t) { return QVariant(t.organisation); },
                  [](const Trainer& t) {
                      return QVariant(QStringList{t.organisationUuid, t.organisation});
                  },
                  [](Trainer& t, const QVariant& v) {
                      const QStringList chosen = v.toStringList();
                      t.organisationUuid = chosen.value(0);
                      t.organisation = chosen.value(1).trimmed();
                  }},
         ColumnOf{[] { return tr("Background"); },
                  [](const Trainer& t) { return QVariant(displayName(t.background)); },
                  [](const Trainer& t) { return QVariant(int(t.background)); },
                  [](Trainer& t, const QVariant& v) { t.background = TrainerBackground(v.toInt()); }}});
    m_grid->setModel(m_model);
    auto* delegate = new EntryDelegate(session.db(), m_grid);
    delegate->setEditor(Organisation, EntryDelegate::Editor::Organisation);
    delegate->setEditor(Background, EntryDelegate::Editor::Choice, [] {
        QList<std::pair<QString, QVariant>> choices;
        for (const auto& entry : EnumTraits<TrainerBackground>::entries())
            choices << std::pair{displayName(entry.value), QVariant(int(entry.value))};
        return choices;
    });
    m_grid->setItemDelegate(delegate);
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView* header = m_grid->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(Background, QHeaderView::Interactive);
    header->resizeSection(Background, 9 * m_grid->fontMetrics().horizontalAdvance(QLatin1Char('M')));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_hint);

    connect(m_add, &QPushButton::clicked, this, [this] { m_grid->editNewRow(Name); });
    connect(m_delete, &QPushButton::clicked, this, &TrainersPanel::deleteTrainer);
    connect(m_model, &EventRowsModel::editRefused, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_model, &EventRowsModel::editSaved, m_error, &QWidget::hide);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                m_delete->setEnabled(current.isValid() && !m_model->isNewRow(current.row()));
            });
    retranslate();
    setEvent(QString());
}

void TrainersPanel::retranslate()
{
    m_add->setText(tr("&Add a trainer"));
    m_delete->setText(tr("&Remove the trainer"));
    m_hint->setText(
        tr("Type a trainer's name in the last row. Choose the organisation from the directory, or type "
           "its name."));
    m_model->retranslate();
}

void TrainersPanel::setEvent(const QString& eventUuid)
{
    m_event = eventUuid;
    m_error->hide();
    m_model->setEvent(eventUuid);
    m_delete->setEnabled(false);
    setEnabled(!eventUuid.isEmpty());
}

QString TrainersPanel::eventCode() const
{
    auto found = EventRepository(m_session.db()).event(m_event);
    return found ? found->code : QString();
}

void TrainersPanel::deleteTrainer()
{
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid() || m_model->isNewRow(current.row()))
        return;
    const Trainer t = m_model->records().at(current.row());
    if (auto done = events::remove<Trainer>(
            m_session, tr("remove the trainer %1 from %2").arg(t.name, eventCode()), t.meta.uuid);
        !done) {
        m_error->setText(done.errorMessage());
        m_error->show();
    }
}

} // namespace hamkori
