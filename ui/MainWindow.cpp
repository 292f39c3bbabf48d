#include "MainWindow.h"
#include "AboutDialog.h"
#include "AutoBackup.h"
#include "Session.h"
#include "core/storage/Database.h"
#include "core/storage/TeamRepository.h"
#include "help/GuideDialog.h"
#include "pages/CampaignsPage.h"
#include "pages/CentresPage.h"
#include "pages/CommitmentsPage.h"
#include "pages/ConcernsPage.h"
#include "pages/DirectoryPage.h"
#include "pages/EventsPage.h"
#include "pages/ExchangePage.h"
#include "pages/MeetingsPage.h"
#include "pages/OverviewPage.h"
#include "pages/PlansPage.h"
#include "pages/PrioritisationPage.h"
#include "pages/ReportsPage.h"
#include "pages/SettingsPage.h"
#include "pages/SurveysPage.h"
#include "pages/TeamPage.h"
#include "pages/WelcomePage.h"
#include "ui/widgets/DialogTitleFit.h"
#include "widgets/AppIcon.h"
#include "widgets/TeamSelector.h"
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QToolBar>
#include <QUndoStack>

namespace hamkori {

namespace {
const char* const kGeometryKey = "window/geometry";
const char* const kPageKey = "window/page"; // before issue 19: the page's place in the order below
const char* const kPageNameKey = "window/pageName";

/// The pages in the order of the releases before issue 19, for a place remembered by them.
const char* const kFormerOrder[] = {"OverviewPage", "TeamPage",           "MeetingsPage",
                                    "ConcernsPage", "PrioritisationPage", "PlansPage",
                                    "ReportsPage",  "ExchangePage",       "SettingsPage"};

/// Ctrl+1 … Ctrl+9 and Ctrl+0 for the first ten pages; the others are reached from the list or the menu.
QKeySequence pageShortcut(int index)
{
    if (index < 9)
        return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
    if (index == 9)
        return QKeySequence(Qt::CTRL | Qt::Key_0);
    return {};
}
const char* const kTeamKey = "window/team";

QString pageFileName(int index, const Page* page)
{
    return QStringLiteral("%1-%2.png")
        .arg(index + 1, 2, 10, QLatin1Char('0'))
        .arg(
            QString::fromLatin1(page->metaObject()->className()).section(QStringLiteral("::"), -1).toLower());
}
} // namespace

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_session(new Session(db, this)), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_teamSelector(nullptr), m_teamLabel(new QLabel(this)),
      m_welcome(nullptr)
{
    // The team selector follows the session, so the last team is chosen before it is built.
    m_session->setCurrentTeam(QSettings().value(QLatin1String(kTeamKey)).toString());
    m_teamSelector = new TeamSelector(*m_session, this);
    m_welcome = new WelcomePage(*m_session, this);

    setWindowIcon(applicationIcon());
    m_navigation->setFixedWidth(210); // widened in retranslate() to the longest page name
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    // The chosen page looks chosen whether or not the window has the focus: the inactive highlight of some
    // styles (Windows: pale grey) would hide the page icon, which is drawn in the active highlighted-text
    // colour.
    QPalette navigation = m_navigation->palette();
    for (const QPalette::ColorRole role : {QPalette::Highlight, QPalette::HighlightedText})
        navigation.setColor(QPalette::Inactive, role, navigation.color(QPalette::Active, role));
    m_navigation->setPalette(navigation);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    addPage<OverviewPage>();
    addPage<TeamPage>();
    addPage<DirectoryPage>();
    addPage<MeetingsPage>();
    addPage<CentresPage>();
    addPage<EventsPage>();
    addPage<CampaignsPage>();
    addPage<SurveysPage>();
    addPage<ConcernsPage>();
    addPage<PrioritisationPage>();
    addPage<PlansPage>();
    addPage<CommitmentsPage>();
    addPage<ReportsPage>();
    addPage<ExchangePage>();
    addPage<SettingsPage>();
    m_stack->addWidget(m_welcome);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("teamToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->addWidget(m_teamLabel);
    m_toolBar->addWidget(m_teamSelector);
    buildMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < pageCount() && m_stack->currentWidget() != m_welcome)
            m_stack->setCurrentWidget(page(row));
    });
    connect(m_welcome, &WelcomePage::createTeamRequested, this, [this] {
        m_stack->setCurrentWidget(page(1));
        m_navigation->setCurrentRow(1);
        page(1)->openRecord(QStringLiteral("team"), QString()); // a new team
    });
    connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("team")))
            updateWelcome();
    });
    // A copied or restored data file takes a new identity at its first write: say so once, without
    // stopping the edit that caused it (the box does not block).
    connect(&db, &Database::identityRenewed, this, [this](const IdentityRenewal& renewal) {
        auto* box =
            new QMessageBox(QMessageBox::Information, tr("This data file has a new identity"),
                            renewal.explanation(m_db.identity().fingerprint()), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("identityRenewedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    m_autoBackup = new AutoBackup(db, this);
    connect(m_session, &Session::restoreRequested, this, [this](const QString& backup) {
        m_pendingRestore = backup;
        Q_EMIT restoreRequested();
    });
    connect(m_session, &Session::openRequested, this, &MainWindow::openRecord);
    connect(m_session, &Session::errorOccurred, this, &MainWindow::showError);
    connect(m_session, &Session::currentTeamChanged, this,
            [](const QString& team) { QSettings().setValue(QLatin1String(kTeamKey), team); });

    // Every dialog the program opens is made as wide as its title.
    qApp->installEventFilter(new DialogTitleFit(this));

    QSettings settings;
    m_firstStart = !restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    if (m_firstStart)
        resize(1366, 768);
    showPage(rememberedPage(settings));
    retranslate();
    updateWelcome();
}

int MainWindow::rememberedPage(const QSettings& settings) const
{
    QString name = settings.value(QLatin1String(kPageNameKey)).toString();
    if (name.isEmpty()) {
        // Left by a release that remembered the place in its own order of nine pages.
        const int former = settings.value(QLatin1String(kPageKey), 0).toInt();
        if (former >= 0 && former < int(std::size(kFormerOrder)))
            name = QString::fromLatin1(kFormerOrder[former]);
    }
    for (int i = 0; i < pageCount(); ++i)
        if (m_pages[i].name == name)
            return i;
    return 0;
}

MainWindow::~MainWindow()
{
    // The undo stack outlives this class's part of the object and signals while it is torn down.
    m_session->undoStack()->disconnect(this);
}

template <class P> void MainWindow::addPage()
{
    PageSlot slot{&P::pageTitle, P::kIcon,
                  QString::fromLatin1(P::staticMetaObject.className()).section(QStringLiteral("::"), -1),
                  [this] { return new P(*m_session, this); }};
    slot.placeholder = new QWidget(this);
    m_stack->addWidget(slot.placeholder);
    auto* item = new QListWidgetItem(pageIcon(slot.icon), slot.title(), m_navigation);
    item->setSizeHint(QSize(0, 34));
    m_pages.append(std::move(slot));
}

Page* MainWindow::page(int index)
{
    PageSlot& slot = m_pages[index];
    if (!slot.page) {
        // Built on first use: a page reads its data as it is built, and on a national data file reading every
        // page's data would hold up the window by seconds.
        slot.page = slot.build();
        const int at = m_stack->indexOf(slot.placeholder);
        const bool wasCurrent = m_stack->currentWidget() == slot.placeholder;
        m_stack->insertWidget(at, slot.page);
        if (wasCurrent)
            m_stack->setCurrentWidget(slot.page);
        m_stack->removeWidget(slot.placeholder);
        delete std::exchange(slot.placeholder, nullptr);
    }
    return slot.page;
}

QList<Page*> MainWindow::pages()
{
    QList<Page*> all;
    for (int i = 0; i < pageCount(); ++i)
        all << page(i);
    return all;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(QString());
    // Our own actions rather than QUndoStack's, so that they read "Undo: change status of ISF-2026-014" in
    // every language.
    QUndoStack* stack = m_session->undoStack();
    m_undo = new QAction(this);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    m_redo = new QAction(this);
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < pageCount(); ++i) {
        QAction* action = m_viewMenu->addAction(m_pages[i].title());
        action->setShortcut(pageShortcut(i));
        connect(action, &QAction::triggered, this, [this, i] { showPage(i); });
        m_pageActions << action;
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, [this] { showGuide(); });
    m_guideAction->setObjectName(QStringLiteral("guideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents); // F1
    m_helpMenu->addSeparator();
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        auto* about = new AboutDialog(m_db.path(), this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
}

GuideDialog* MainWindow::showGuide()
{
    if (!m_guide) {
        m_guide = new GuideDialog(this);
        connect(m_guide, &GuideDialog::pageRequested, this, [this](PageIcon which) {
            for (int i = 0; i < pageCount(); ++i)
                if (m_pages[i].icon == which)
                    showPage(i);
            activateWindow(); // the page, not the guide, has the keyboard now
        });
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

void MainWindow::showPage(int index)
{
    index = std::clamp(index, 0, pageCount() - 1);
    m_navigation->setCurrentRow(index);
    if (m_stack->currentWidget() != m_welcome)
        m_stack->setCurrentWidget(page(index));
}

int MainWindow::currentPage() const
{
    return m_navigation->currentRow();
}

void MainWindow::updateWelcome()
{
    const bool empty = m_teamSelector->count() == 0;
    const bool showingWelcome = m_stack->currentWidget() == m_welcome;
    if (empty && !showingWelcome) {
        // Creating the first team happens on the Team page; stay there if the user is on it.
        if (m_pages[1].page == nullptr || m_stack->currentWidget() != m_pages[1].page)
            m_stack->setCurrentWidget(m_welcome);
    } else if (!empty && showingWelcome) {
        m_stack->setCurrentWidget(page(std::max(0, currentPage())));
    }
}

void MainWindow::openRecord(const QString& kind, const QString& uuid)
{
    for (int i = 0; i < pageCount(); ++i)
        if (page(i)->openRecord(kind, uuid)) {
            showPage(i);
            return;
        }
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 15000);
    QMessageBox::warning(this, tr("Hamkori"), message);
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
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&Guide to the cycle"));
    m_about->setText(tr("&About Hamkori"));
    updateUndoTexts();
    // Tajik and Russian page names are longer than English ones: the bar fits the longest, never elides it.
    int widest = 0;
    for (int i = 0; i < pageCount(); ++i) {
        const QString title = m_pages[i].title();
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(title));
        m_navigation->item(i)->setText(title);
        if (i < m_pageActions.size())
            m_pageActions[i]->setText(title);
    }
    m_navigation->setFixedWidth(std::clamp(widest + m_navigation->iconSize().width() + 40, 180, 280));
    m_teamLabel->setText(tr("Team:") + QLatin1Char(' '));
    m_toolBar->setWindowTitle(tr("Team"));
    statusBar()->showMessage(QDir::toNativeSeparators(m_db.path()));
}

void MainWindow::updateUndoTexts()
{
    const QUndoStack* stack = m_session->undoStack();
    m_undo->setText(stack->canUndo() ? tr("&Undo: %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo: %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A restore keeps the current file as a backup itself.
    if (m_pendingRestore.isEmpty())
        m_autoBackup->backUpBeforeClose();
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    const int current = currentPage();
    if (current >= 0 && current < pageCount())
        settings.setValue(QLatin1String(kPageNameKey), m_pages[current].name);
    event->accept();
}

void MainWindow::showForFirstTime()
{
    // A window of 1366×768 on a laptop screen of that size hides its bottom under the task bar: the first
    // start on a small screen fills it. Later starts open as the window was left.
    const QScreen* shown = screen();
    const QSize available = shown ? shown->availableGeometry().size() : QSize();
    if (m_firstStart && available.isValid() && (available.width() < 1600 || available.height() < 900))
        showMaximized();
    else
        show();
}

bool MainWindow::saveScreenshots(const QString& folder)
{
    QDir().mkpath(folder);
    bool allSaved = true;
    auto save = [&](const QString& name) {
        // A page settles over several turns of the event loop (the Overview reads its figures after its
        // first paint, then the layout request that posts is handled): give it a moment, or the picture
        // shows names shortened for a layout that is about to change.
        QElapsedTimer settling;
        settling.start();
        while (settling.elapsed() < 300) {
            QApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(10);
        }
        allSaved = grab().save(QDir(folder).filePath(name)) && allSaved;
    };
    if (m_stack->currentWidget() == m_welcome) {
        save(QStringLiteral("00-welcome.png"));
        return allSaved;
    }
    for (int i = 0; i < pageCount(); ++i) {
        showPage(i);
        save(pageFileName(i, page(i)));
    }
    return allSaved;
}

} // namespace hamkori
