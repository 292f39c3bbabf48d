#pragma once
// The main window only arranges pages: a navigation bar on the left, the pages in a stack, the menus, the
// team selector. It remembers its size and the last page.
#include "widgets/PageIcons.h"
#include <QList>
#include <QMainWindow>
#include <functional>

class QListWidget;
class QSettings;
class QStackedWidget;
class QLabel;

namespace hamkori {

class Database;
class GuideDialog;
class Page;
class Session;
class TeamSelector;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    Session& session() { return *m_session; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    /// Every page, built now if it was not yet (pages are built when first shown).
    QList<Page*> pages();
    /// Shows the page (index into pages()); the first-start screen stays while there is no team.
    void showPage(int index);
    int currentPage() const;
    /// Help → Guide to the cycle (F1): shows the guide beside the window, made when first asked for.
    GuideDialog* showGuide();
    QAction* guideAction() const { return m_guideAction; }
    /// Saves a picture of every page into `folder` (01-overview.png …); false when a file could not be
    /// written.
    bool saveScreenshots(const QString& folder);
    /// Shows the window: maximised the first time on a small screen (no size saved yet), else as it was left.
    void showForFirstTime();
    bool isFirstStart() const { return m_firstStart; }
    /// The backup the user chose to restore (Settings → Backups); empty when none. The program closes the
    /// data file, restores and opens the window again (app/main.cpp).
    QString pendingRestore() const { return m_pendingRestore; }

Q_SIGNALS:
    /// The user confirmed a restore: the data file must be closed now (pendingRestore()).
    void restoreRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    /// A page the window lists: its name and icon before it exists, and how to build it.
    struct PageSlot
    {
        QString (*title)();
        PageIcon icon;
        QString name; // the page's class ("ConcernsPage"): what the settings remember, whatever the order
        std::function<Page*()> build;
        Page* page = nullptr;
        QWidget* placeholder = nullptr; // holds the page's place in the stack until it is built
    };
    template <class P> void addPage();
    Page* page(int index);
    int pageCount() const { return int(m_pages.size()); }
    /// The page left open last time (by its class), else the Overview.
    int rememberedPage(const QSettings& settings) const;
    void buildMenus();
    void retranslate();
    void updateWelcome();
    void openRecord(const QString& kind, const QString& uuid);
    void showError(const QString& message);
    void updateUndoTexts();

    Database& m_db;
    Session* m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    TeamSelector* m_teamSelector;
    QLabel* m_teamLabel;
    WelcomePage* m_welcome;
    QList<PageSlot> m_pages;
    QList<QAction*> m_pageActions;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_guideAction = nullptr;
    GuideDialog* m_guide = nullptr;
    QAction* m_about = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QToolBar* m_toolBar = nullptr;
    class AutoBackup* m_autoBackup = nullptr;
    QString m_pendingRestore;
    bool m_firstStart = false; // no window size saved yet
};

} // namespace hamkori
