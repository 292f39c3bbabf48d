#include "FollowUpsPanel.h"
#include "EntryDelegate.h"
#include "EntryGrid.h"
#include "EventChildEdits.h"
#include "core/model/Formats.h"
#include "core/model/TypedDate.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hamkori {

FollowUpsPanel::FollowUpsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(nullptr), m_dateLabel(new QLabel(this)),
      m_date(new OptionalDateEdit(this, false)), m_note(new QLineEdit(this)), m_add(new QPushButton(this)),
      m_grid(new EntryGrid(this)), m_delete(new QPushButton(this)),
      m_general(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_general, this))
{
    m_date->setObjectName(QStringLiteral("newFollowUpDate"));
    m_note->setObjectName(QStringLiteral("newFollowUpNote"));
    m_add->setObjectName(QStringLiteral("addFollowUpButton"));
    m_grid->setObjectName(QStringLiteral("followUpGrid"));
    m_delete->setObjectName(QStringLiteral("deleteFollowUpButton"));
    m_general->setWordWrap(true);
    using ColumnOf = EventChildModel<FollowUp>::Column;
    m_model = new EventChildModel<FollowUp>(
        session.db(), events::kindOf<FollowUp>(),
        [this](const FollowUp& before, const FollowUp& after) {
            return events::change(m_session, tr("change a follow-up of %1").arg(eventCode()), before, after);
        },
        this);
    m_model->setColumns(
        {ColumnOf{[] { return tr("Date"); },
                  [](const FollowUp& f) { return QVariant(Formats::date(f.date)); },
                  [](const FollowUp& f) { return QVariant(Formats::date(f.date)); },
                  [](FollowUp& f, const QVariant& v) {
                      // A text that is no date leaves none, which core refuses with its message.
                      auto typed = readTypedDate(v.toString());
                      f.date = typed ? *typed : QDate();
                  }},
         ColumnOf{[] { return tr("What was done"); }, [](const FollowUp& f) { return QVariant(f.note); },
                  [](const FollowUp& f) { return QVariant(f.note); },
                  [](FollowUp& f, const QVariant& v) { f.note = v.toString(); }}});
    m_grid->setModel(m_model);
    auto* delegate = new EntryDelegate(session.db(), m_grid);
    delegate->setEditor(Date, EntryDelegate::Editor::Date);
    m_grid->setItemDelegate(delegate);
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->horizontalHeader()->setSectionResizeMode(Date, QHeaderView::ResizeToContents);
    m_grid->horizontalHeader()->setSectionResizeMode(Note, QHeaderView::Stretch);

    auto* noteMessage = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("note"), m_note, noteMessage);
    auto* dateMessage = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("date"), m_date, dateMessage);
    m_dateLabel->setBuddy(m_date);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_dateLabel);
    addRow->addWidget(m_date);
    addRow->addWidget(m_note, 1);
    addRow->addWidget(m_add);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(addRow);
    layout->addWidget(dateMessage);
    layout->addWidget(noteMessage);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_general);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &FollowUpsPanel::addFollowUp);
    connect(m_note, &QLineEdit::returnPressed, this, &FollowUpsPanel::addFollowUp);
    connect(m_delete, &QPushButton::clicked, this, &FollowUpsPanel::deleteFollowUp);
    connect(m_model, &EventRowsModel::editRefused, this, [this](const QString& message) {
        m_errors->show(Error{message, {}});
    });
    connect(m_model, &EventRowsModel::editSaved, m_errors, &FieldErrors::clear);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { m_delete->setEnabled(current.isValid()); });
    retranslate();
    setEvent(QString());
}

void FollowUpsPanel::retranslate()
{
    m_dateLabel->setText(tr("&On:"));
    m_note->setPlaceholderText(
        tr("What was done after the event, for example: a second session at the school"));
    m_add->setText(tr("&Add"));
    m_delete->setText(tr("Delete the follow-&up"));
    m_model->retranslate();
}

void FollowUpsPanel::setEvent(const QString& eventUuid)
{
    m_event = eventUuid;
    m_errors->clear();
    m_model->setEvent(eventUuid);
    m_delete->setEnabled(false);
    setEnabled(!eventUuid.isEmpty());
}

QString FollowUpsPanel::eventCode() const
{
    auto found = EventRepository(m_session.db()).event(m_event);
    return found ? found->code : QString();
}

void FollowUpsPanel::addFollowUp()
{
    if (m_event.isEmpty() || !m_date->readTyped())
        return;
    FollowUp f;
    f.eventUuid = m_event;
    f.date = m_date->optionalDate();
    f.note = m_note->text();
    m_errors->clear();
    auto made = events::add(m_session, tr("add a follow-up to %1").arg(eventCode()), f);
    if (!made) {
        m_errors->show(made.error());
        return;
    }
    m_note->clear();
    m_note->setFocus(Qt::OtherFocusReason);
}

void FollowUpsPanel::deleteFollowUp()
{
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid() || current.row() >= m_model->records().size())
        return;
    const FollowUp f = m_model->records().at(current.row());
    if (auto done =
            events::remove<FollowUp>(m_session, tr("delete a follow-up of %1").arg(eventCode()), f.meta.uuid);
        !done)
        m_errors->show(done.error());
}

} // namespace hamkori
