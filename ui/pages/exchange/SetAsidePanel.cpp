#include "SetAsidePanel.h"
#include "SetAsideModel.h"
#include "core/sync/Merge.h"
#include "ui/Session.h"
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori::exchange {

SetAsidePanel::SetAsidePanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new SetAsideModel(session.db(), this)),
      m_summary(new QLabel(this)), m_view(new QTableView(this)), m_retry(new QPushButton(this)),
      m_result(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("setAsideList"));
    m_retry->setObjectName(QStringLiteral("retrySetAside"));
    m_result->setObjectName(QStringLiteral("retryResult"));
    m_summary->setWordWrap(true);
    m_result->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    connect(m_retry, &QPushButton::clicked, this, &SetAsidePanel::retry);
    retranslate();
}

int SetAsidePanel::count() const
{
    return m_model->rowCount();
}

void SetAsidePanel::reload()
{
    const int before = count();
    m_model->reload();
    updateState();
    if (count() != before)
        Q_EMIT countChanged();
}

void SetAsidePanel::retry()
{
    auto report = sync::retryQuarantined(m_session.db());
    if (!report)
        m_result->setText(report.errorMessage());
    else if (report->totals().quarantined == 0)
        m_result->setText(tr("Every change applied: nothing is set aside any more."));
    else
        m_result->setText(tr("%n change(s) applied now.", nullptr, report->applied) + QLatin1Char(' ') +
                          tr("%n change(s) still cannot be applied.", nullptr, report->totals().quarantined));
    m_result->show();
    reload();
}

void SetAsidePanel::updateState()
{
    m_retry->setEnabled(count() > 0);
    m_summary->setText(count() == 0
                           ? tr("No change is set aside: every change received was applied.")
                           : tr("%n change(s) received could not be applied and are kept here. Import "
                                "the bundles of the other laptops, then try them again.",
                                nullptr, count()));
}

void SetAsidePanel::retranslate()
{
    m_retry->setText(tr("&Try again"));
    m_result->hide();
    updateState();
}

void SetAsidePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hamkori::exchange
