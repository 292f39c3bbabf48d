#pragma once
// The main window only arranges what it shows. For now: the list of teams, so that one can see the data is
// real.
#include <QMainWindow>

class QLabel;
class QTableView;

namespace hamkori {

class Database;
class TeamListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateStatus();

    Database& m_db;
    TeamListModel* m_teams;
    QLabel* m_heading;
    QLabel* m_emptyHint;
    QTableView* m_table;
    QAction* m_quit;
    QMenu* m_fileMenu;
};

} // namespace hamkori
