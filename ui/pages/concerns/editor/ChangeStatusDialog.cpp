#include "ChangeStatusDialog.h"
#include "EditorFields.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hamkori {

ChangeStatusDialog::ChangeStatusDialog(QWidget* parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_statusLabel(new QLabel(this)),
      m_dateLabel(new QLabel(this)), m_noteLabel(new QLabel(this)), m_status(new QComboBox(this)),
      m_date(new OptionalDateEdit(this, false)), m_note(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_errors(nullptr)
{
    setObjectName(QStringLiteral("changeStatusDialog"));
    m_status->setObjectName(QStringLiteral("newStatus"));
    m_date->setObjectName(QStringLiteral("statusDate"));
    m_note->setObjectName(QStringLiteral("statusNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(70);
    m_intro->setWordWrap(true);

    auto* general = FieldErrors::makeMessageLabel(this);
    auto* dateError = FieldErrors::makeMessageLabel(this);
    auto* noteError = FieldErrors::makeMessageLabel(this);
    dateError->setObjectName(QStringLiteral("statusDateError"));
    noteError->setObjectName(QStringLiteral("statusNoteError"));
    m_errors = new FieldErrors(general, this);
    m_errors->bind(QStringLiteral("date"), m_date, dateError);
    m_errors->bind(QStringLiteral("note"), m_note, noteError);
    m_errors->bind(QStringLiteral("status"), m_status, general);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_statusLabel, m_status);
    form->addRow(m_dateLabel, m_date);
    form->addRow(nullptr, dateError);
    form->addRow(m_noteLabel, m_note);
    form->addRow(nullptr, noteError);
    m_statusLabel->setBuddy(m_status);
    m_dateLabel->setBuddy(m_date);
    m_noteLabel->setBuddy(m_note);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangeStatusDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    retranslate();
}

void ChangeStatusDialog::prepare(const QString& code, ConcernStatus current)
{
    m_code = code;
    m_current = current;
    fields::fillEnum(m_status, current);
    m_date->setDate(QDate::currentDate());
    m_note->clear();
    m_errors->clear();
    retranslate();
    m_status->setFocus();
}

void ChangeStatusDialog::showError(const Error& error)
{
    m_errors->show(error);
}

void ChangeStatusDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ChangeStatusDialog::retranslate()
{
    setWindowTitle(tr("Change status of %1").arg(m_code));
    m_intro->setText(tr("The status is now: %1. The change is added, dated, to the status history.")
                         .arg(displayName(m_current)));
    m_statusLabel->setText(tr("&New status:"));
    m_dateLabel->setText(tr("&Date:"));
    m_noteLabel->setText(tr("N&ote:"));
    m_note->setPlaceholderText(tr("Why the status changes (required when the concern is dropped)"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change status"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    const int index = m_status->currentIndex();
    fields::fillEnum(m_status, index >= 0 ? fields::enumOf<ConcernStatus>(m_status) : m_current);
}

void ChangeStatusDialog::submit()
{
    m_errors->clear();
    if (!m_date->readTyped())
        return;
    Q_EMIT submitted(fields::enumOf<ConcernStatus>(m_status), m_date->date(), m_note->toPlainText());
}

} // namespace hamkori
