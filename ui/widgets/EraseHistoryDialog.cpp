#include "EraseHistoryDialog.h"
#include "core/model/RecordCatalogue.h"
#include "core/sync/Erasure.h"
#include "ui/Session.h"
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hamkori {

EraseHistoryDialog::EraseHistoryDialog(Session& session, const QString& kind, const QString& record,
                                       QWidget* parent)
    : QDialog(parent), m_session(session), m_kind(kind), m_record(record), m_explanation(new QLabel(this)),
      m_fields(new QListWidget(this)), m_message(new QLabel(this)), m_erase(new QPushButton(this))
{
    setObjectName(QStringLiteral("eraseHistoryDialog"));
    setWindowTitle(tr("Erase from history"));
    m_fields->setObjectName(QStringLiteral("eraseFields"));
    m_message->setObjectName(QStringLiteral("eraseMessage"));
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_explanation->setWordWrap(true);
    m_message->setWordWrap(true);
    m_explanation->setText(
        tr("A name or other text typed by mistake stays in the record's history after it is removed, and "
           "travels to other laptops with it. Tick the fields whose earlier values must go: they are erased "
           "from this laptop now, and from every other laptop when it receives the next bundle. The values "
           "shown now stay. Erasing cannot be undone."));
    m_erase->setText(tr("&Erase earlier values"));
    m_erase->setAutoDefault(false); // Enter must not erase what cannot be brought back
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_erase, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_erase, &QPushButton::clicked, this, &EraseHistoryDialog::erase);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_fields, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 420);
    reload();
}

void EraseHistoryDialog::reload()
{
    m_fields->clear();
    for (const QString& field : sync::Erasure::erasableFields(m_kind)) {
        auto count = sync::Erasure::earlierValues(m_session.db(), m_record, field);
        if (!count || *count == 0)
            continue;
        auto* item = new QListWidgetItem(
            tr("%1: %n earlier value(s)", nullptr, *count).arg(catalogue::fieldLabel(m_kind, field)),
            m_fields);
        item->setData(Qt::UserRole, field);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_fields->count() == 0)
        m_message->setText(tr("No field of this record holds an earlier value: there is nothing to erase."));
    m_erase->setEnabled(m_fields->count() > 0);
}

QStringList EraseHistoryDialog::listedFields() const
{
    QStringList fields;
    for (int i = 0; i < m_fields->count(); ++i)
        fields << m_fields->item(i)->data(Qt::UserRole).toString();
    return fields;
}

void EraseHistoryDialog::tick(const QString& field, bool ticked)
{
    for (int i = 0; i < m_fields->count(); ++i)
        if (m_fields->item(i)->data(Qt::UserRole).toString() == field)
            m_fields->item(i)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

void EraseHistoryDialog::erase()
{
    QStringList done;
    QStringList failed;
    for (int i = 0; i < m_fields->count(); ++i) {
        const QListWidgetItem* item = m_fields->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString field = item->data(Qt::UserRole).toString();
        auto erased = sync::Erasure::eraseFromHistory(m_session.db(), m_kind, m_record, field);
        if (erased)
            done << tr("%1: %n value(s) erased", nullptr, *erased).arg(catalogue::fieldLabel(m_kind, field));
        else
            failed << erased.errorMessage();
    }
    if (done.isEmpty() && failed.isEmpty()) {
        m_message->setText(tr("Tick the fields whose earlier values must be erased."));
        return;
    }
    reload();
    QString text = done.isEmpty() ? QString()
                                  : tr("Erased here: %1. The other laptops erase them when they receive the "
                                       "next bundle.")
                                        .arg(done.join(QStringLiteral("; ")));
    if (!failed.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + failed.join(QLatin1Char(' '));
    m_message->setText(text);
}

QString EraseHistoryDialog::message() const
{
    return m_message->text();
}

} // namespace hamkori
