#include "ConflictInbox.h"
#include "ConflictListModel.h"
#include "ConflictResolver.h"
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori::exchange {

ConflictInbox::ConflictInbox(Database& db, QWidget* parent)
    : QWidget(parent), m_model(new ConflictListModel(db, this)), m_state(new QLabel(this)),
      m_view(new QTableView(this)), m_resolver(new ConflictResolver(db, this))
{
    m_view->setObjectName(QStringLiteral("conflictList"));
    m_state->setObjectName(QStringLiteral("conflictState"));
    m_state->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_resolver);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictInbox::showChosen);
    connect(m_resolver, &ConflictResolver::resolved, this, &ConflictInbox::reload);
    retranslate();
    reload();
}

int ConflictInbox::count() const
{
    return m_model->rowCount();
}

void ConflictInbox::reload()
{
    const QString error = m_model->reload();
    m_resolver->clearConflict();
    if (!error.isEmpty())
        m_state->setText(error);
    else
        retranslate();
    for (int column = 0; column < m_model->columnCount() - 1; ++column)
        m_view->setColumnWidth(column, 220);
    Q_EMIT countChanged(count());
}

void ConflictInbox::showChosen()
{
    const int row = m_view->selectionModel()->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        m_resolver->clearConflict();
    else
        m_resolver->setConflict(m_model->conflict(row), m_model->deviceNames());
}

void ConflictInbox::retranslate()
{
    m_state->setText(
        count() == 0 ? tr("No conflicts: nothing waits for your choice.")
                     : tr("Two laptops changed the same thing since they last exchanged. Both values are "
                          "kept; choose the right one for each conflict below. Your choice travels to the "
                          "other laptops with the next exchange."));
}

void ConflictInbox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hamkori::exchange
