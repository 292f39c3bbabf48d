#include "DeletedRowsPanel.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hamkori::csv {

DeletedRowsPanel::DeletedRowsPanel(QWidget* parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_table(new QTableWidget(this)),
      m_restoreAll(new QPushButton(this)), m_skipAll(new QPushButton(this))
{
    setObjectName(QStringLiteral("csvDeletedRows"));
    m_table->setObjectName(QStringLiteral("csvDeletedTable"));
    m_restoreAll->setObjectName(QStringLiteral("csvRestoreAll"));
    m_skipAll->setObjectName(QStringLiteral("csvSkipAll"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("These rows carry the code of a concern that was deleted, here or on another laptop. "
                        "Importing them would not make a second concern with that code: choose for each "
                        "whether to restore the deleted concern with the row's values, or to skip the row."));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Code"), tr("Deleted concern"), tr("What to do")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Row, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Code, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Choice, QHeaderView::ResizeToContents);
    m_restoreAll->setText(tr("&Restore them all"));
    m_skipAll->setText(tr("S&kip them all"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restoreAll);
    buttons->addWidget(m_skipAll);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_restoreAll, &QPushButton::clicked, this, [this] { Q_EMIT restoreAllChosen(true); });
    connect(m_skipAll, &QPushButton::clicked, this, [this] { Q_EMIT restoreAllChosen(false); });
}

void DeletedRowsPanel::list(const ImportPreview& preview)
{
    m_table->setRowCount(0);
    for (int index = 0; index < preview.rows.size(); ++index) {
        const RowPlan& plan = preview.rows[index];
        if (plan.action != RowAction::MatchesDeleted)
            continue;
        const int listed = m_table->rowCount();
        m_table->insertRow(listed);
        m_table->setItem(listed, Row, new QTableWidgetItem(QString::number(plan.row)));
        m_table->setItem(listed, Code, new QTableWidgetItem(plan.concern.code));
        auto* what = new QTableWidgetItem(plan.deletedNote);
        what->setToolTip(plan.deletedNote);
        m_table->setItem(listed, What, what);
        auto* choice = new QComboBox(m_table);
        choice->addItem(tr("Skip the row"), false);
        choice->addItem(tr("Restore it with this row's values"), true);
        choice->setCurrentIndex(plan.restore ? 1 : 0);
        connect(choice, &QComboBox::currentIndexChanged, this,
                [this, index, choice] { Q_EMIT restoreChosen(index, choice->currentData().toBool()); });
        m_table->setCellWidget(listed, Choice, choice);
    }
    m_table->resizeRowsToContents();
    const bool any = m_table->rowCount() > 0;
    m_restoreAll->setEnabled(any);
    m_skipAll->setEnabled(any);
}

void DeletedRowsPanel::setChoicesEnabled(bool enabled)
{
    for (int listed = 0; listed < m_table->rowCount(); ++listed)
        if (QComboBox* box = choice(listed))
            box->setEnabled(enabled);
    const bool any = enabled && m_table->rowCount() > 0;
    m_restoreAll->setEnabled(any);
    m_skipAll->setEnabled(any);
}

QComboBox* DeletedRowsPanel::choice(int listed) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(listed, Choice));
}

} // namespace hamkori::csv
