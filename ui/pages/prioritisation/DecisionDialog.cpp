#include "DecisionDialog.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/RestrictedMark.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hamkori {

namespace {
constexpr int kUuidRole = Qt::UserRole + 1;
}

DecisionDialog::DecisionDialog(const RoundInfo& info, const analysis::PrioritisationResult& result,
                               const QStringList& chosen, Submit submit, QWidget* parent)
    : QDialog(parent), m_submit(std::move(submit)), m_concerns(new QListWidget(this)),
      m_note(new QPlainTextEdit(this)), m_date(new OptionalDateEdit(this, false)),
      m_general(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_general, this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Record the decision"));
    m_concerns->setObjectName(QStringLiteral("decisionConcerns"));
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_date->setObjectName(QStringLiteral("decisionDate"));
    m_date->setOptionalDate(info.round.date.isValid() ? info.round.date : QDate::currentDate());
    m_note->setPlainText(info.round.decisionNote);
    m_note->setTabChangesFocus(true);

    // Concerns in the order of the results (overall rank first), the rank beside each.
    QStringList order;
    QHash<QString, int> ranks;
    for (const analysis::ConcernPriority& p : result.concerns) {
        order << p.concern;
        ranks.insert(p.concern, p.overallRank);
    }
    for (const QString& uuid : info.round.concernUuids)
        if (!order.contains(uuid))
            order << uuid;
    for (const QString& uuid : order) {
        const int rank = ranks.value(uuid);
        QString text = info.concernText(uuid);
        if (rank > 0)
            text = tr("%1 (rank %2)").arg(text).arg(rank);
        auto* item = new QListWidgetItem(text, m_concerns);
        item->setData(kUuidRole, uuid);
        if (info.isRestricted(uuid)) {
            item->setIcon(RestrictedMark::icon());
            item->setToolTip(RestrictedMark::toolTip());
        }
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(uuid) ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_concerns, &QListWidget::itemActivated, this, [](QListWidgetItem* item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record the decision"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("decisionOk"));
    auto* chosenError = FieldErrors::makeMessageLabel(this);
    auto* dateError = FieldErrors::makeMessageLabel(this);
    auto* intro = new QLabel(tr("Tick the concerns chosen as priorities. They move to the status \"%1\".")
                                 .arg(displayName(ConcernStatus::Prioritised)),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), dateError);
    form->addRow(tr("&Why these concerns:"), m_note);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_concerns, 2);
    layout->addWidget(chosenError);
    layout->addLayout(form, 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    m_errors->bind(QStringLiteral("chosen"), m_concerns, chosenError);
    m_errors->bind(QStringLiteral("date"), m_date, dateError);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    resize(640, 520);
}

Decision DecisionDialog::decision() const
{
    Decision d;
    for (int i = 0; i < m_concerns->count(); ++i)
        if (m_concerns->item(i)->checkState() == Qt::Checked)
            d.chosen << m_concerns->item(i)->data(kUuidRole).toString();
    d.note = m_note->toPlainText().trimmed();
    d.date = m_date->date();
    return d;
}

void DecisionDialog::accept()
{
    m_errors->clear();
    if (!m_date->readTyped())
        return;
    if (m_submit)
        if (auto done = m_submit(decision()); !done) {
            m_errors->show(done.error());
            return;
        }
    QDialog::accept();
}

} // namespace hamkori
