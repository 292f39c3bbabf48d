#include "MainWindow.h"
#include "TeamListModel.h"
#include "core/storage/Database.h"
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_teams(new TeamListModel(db, this)), m_heading(new QLabel(this)),
      m_emptyHint(new QLabel(this)), m_table(new QTableView(this)), m_quit(new QAction(this)),
      m_fileMenu(menuBar()->addMenu(QString()))
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_emptyHint->setWordWrap(true);
    m_table->setModel(m_teams);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TeamListModel::Name, QHeaderView::Stretch);
    layout->addWidget(m_heading);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_fileMenu->addAction(m_quit);
    connect(m_teams, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    retranslate();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Hamkori — community police partnership teams"));
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_heading->setText(tr("Teams"));
    m_emptyHint->setText(tr("There are no teams in this data file yet. To try Hamkori with example data, run "
                            "\"hamkori-cli demo\"."));
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_emptyHint->setVisible(m_teams->rowCount() == 0);
    QString status = tr("%n team(s)", nullptr, m_teams->rowCount()) + QStringLiteral(" · ") +
                     QDir::toNativeSeparators(m_db.path());
    if (!m_teams->lastError().isEmpty())
        status = m_teams->lastError();
    statusBar()->showMessage(status);
}

} // namespace hamkori
