#include "ActivityReadingsPanel.h"
#include "core/model/Limits.h"
#include "ActivityTableModel.h"
#include "IndicatorReadingModel.h"
#include "core/storage/PlanRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori::plans {

ActivityReadingsPanel::ActivityReadingsPanel(Session& session, ActivityTableModel* activities,
                                             QWidget* parent)
    : QWidget(parent), m_session(session), m_activities(activities), m_indicator(new QLabel(this)),
      m_view(new QTableView(this)), m_model(new IndicatorReadingModel(session.db(), this)),
      m_dateLabel(new QLabel(this)), m_date(new OptionalDateEdit(this, false)),
      m_valueLabel(new QLabel(this)), m_value(new QDoubleSpinBox(this)), m_noteLabel(new QLabel(this)),
      m_note(new QLineEdit(this)), m_add(new QPushButton(this)),
      m_message(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_message, this))
{
    m_view->setObjectName(QStringLiteral("readingsView"));
    m_date->setObjectName(QStringLiteral("readingDate"));
    m_value->setObjectName(QStringLiteral("readingValue"));
    m_note->setObjectName(QStringLiteral("readingNote"));
    m_add->setObjectName(QStringLiteral("addReading"));
    m_indicator->setWordWrap(true);
    m_indicator->setTextFormat(Qt::PlainText);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(IndicatorReadingModel::Note, QHeaderView::Stretch);
    m_value->setRange(-limits::kMeasure, limits::kMeasure);
    m_value->setDecimals(2);
    m_value->setGroupSeparatorShown(true);
    m_dateLabel->setBuddy(m_date);
    m_valueLabel->setBuddy(m_value);
    m_noteLabel->setBuddy(m_note);
    m_errors->bind(QStringLiteral("date"), m_date, m_message);

    auto* entry = new QHBoxLayout;
    entry->addWidget(m_dateLabel);
    entry->addWidget(m_date);
    entry->addWidget(m_valueLabel);
    entry->addWidget(m_value);
    entry->addWidget(m_noteLabel);
    entry->addWidget(m_note, 1);
    entry->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_indicator);
    layout->addWidget(m_view, 1);
    layout->addLayout(entry);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &ActivityReadingsPanel::addReading);
    connect(m_note, &QLineEdit::returnPressed, this, &ActivityReadingsPanel::addReading);
    connect(m_activities, &QAbstractItemModel::dataChanged, this, &ActivityReadingsPanel::updateIndicator);
    retranslate();
    setRow(-1);
}

void ActivityReadingsPanel::setRow(int row)
{
    m_row = row >= 0 && row < m_activities->rowCount() ? row : -1;
    m_model->setActivity(m_row >= 0 ? m_activities->activityAt(m_row).meta.uuid : QString());
    setEnabled(m_row >= 0);
    m_errors->clear();
    updateIndicator();
}

void ActivityReadingsPanel::updateIndicator()
{
    if (m_row < 0 || m_row >= m_activities->rowCount()) {
        m_indicator->clear();
        return;
    }
    const Activity& a = m_activities->activityAt(m_row);
    const QString none = tr("not set");
    m_indicator->setText(tr("Outcome indicator: %1 · baseline: %2 · target: %3")
                             .arg(a.outcomeIndicator.isEmpty() ? none : a.outcomeIndicator,
                                  a.outcomeBaseline ? QLocale().toString(*a.outcomeBaseline) : none,
                                  a.outcomeTarget ? QLocale().toString(*a.outcomeTarget) : none));
}

void ActivityReadingsPanel::addReading()
{
    if (m_row < 0 || !m_date->readTyped())
        return;
    IndicatorReading reading;
    reading.activityUuid = m_activities->activityAt(m_row).meta.uuid;
    reading.date = m_date->date();
    m_value->interpretText();
    reading.value = m_value->value();
    reading.note = m_note->text().trimmed();
    Database* db = &m_session.db();
    auto created = undo::create(
        m_session,
        tr("add a reading to activity %1 of %2").arg(QString::number(m_row + 1), m_activities->planCode()),
        QStringLiteral("indicator_reading"), [db, reading]() -> Result<QString> {
            auto made = PlanRepository(*db).addReading(reading);
            if (!made)
                return made.error();
            return made->meta.uuid;
        });
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    m_errors->clear();
    m_note->clear();
}

void ActivityReadingsPanel::retranslate()
{
    m_dateLabel->setText(tr("&Date:"));
    m_valueLabel->setText(tr("&Value:"));
    m_noteLabel->setText(tr("N&ote:"));
    m_add->setText(tr("Add &reading"));
    updateIndicator();
}

} // namespace hamkori::plans
