#pragma once
// The conflict inbox: the list of conflicts and, for the chosen one, the resolution panel. Resolving one
// reloads the list (the resolved conflict leaves it, here and, once the change travels, on every laptop).
#include <QWidget>

class QLabel;
class QTableView;

namespace hamkori {
class Database;
}

namespace hamkori::exchange {

class ConflictListModel;
class ConflictResolver;

class ConflictInbox : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictInbox(Database& db, QWidget* parent = nullptr);

    void reload();
    int count() const;
    QTableView* view() const { return m_view; }
    ConflictListModel* model() const { return m_model; }
    ConflictResolver* resolver() const { return m_resolver; }

Q_SIGNALS:
    void countChanged(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showChosen();

    ConflictListModel* m_model;
    QLabel* m_state;
    QTableView* m_view;
    ConflictResolver* m_resolver;
};

} // namespace hamkori::exchange
