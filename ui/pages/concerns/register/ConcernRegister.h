#pragma once
// The left half of the Concerns page: filters, the count, the lazy concern table, and the buttons to register
// and delete concerns. Follows the session's team and the data file (refreshes, keeping the selection, when
// concerns change anywhere, undo included).
#include "ui/widgets/Confirmation.h"
#include <QWidget>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace hamkori {

class ConcernFilterBar;
class ConcernListModel;
class Session;

class ConcernRegister : public QWidget
{
    Q_OBJECT
public:
    explicit ConcernRegister(Session& session, QWidget* parent = nullptr);

    ConcernListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ConcernFilterBar* filterBar() const { return m_filters; }
    /// The concern selected in the list; empty when none.
    QString currentConcern() const { return m_current; }
    QString currentUuid() const;

    /// Shows the concern in the list and selects it: switches team, clears filters that hide it, loads the
    /// rows down to it or, in a long list, searches for its code. False when there is no such concern.
    bool showConcern(const QString& uuid);
    /// Replaces the question asked before deleting (tests answer it without a modal box).
    void setConfirm(Confirmation::Answer answer) { m_confirm.setAnswer(std::move(answer)); }

    /// Puts a button of another feature (CSV) in the row of the register's buttons, after Delete.
    void addButton(QWidget* button);

    void newConcern();
    void deleteCurrent();
    void retranslate();

Q_SIGNALS:
    /// The selected concern changed; empty when none is selected.
    void currentConcernChanged(const QString& uuid);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Widens columns whose translated header would be cut (Tajik headers are longer than English).
    void fitHeaders();
    void saveColumns();
    void applyFilter();
    void refresh();
    void select(const QString& uuid);
    void updateCount();
    void updateButtons();
    void ensureLoaded();

    Session& m_session;
    ConcernFilterBar* m_filters;
    ConcernListModel* m_model;
    QTableView* m_view;
    QLabel* m_count;
    QLabel* m_error;
    QPushButton* m_new;
    QPushButton* m_delete;
    QHBoxLayout* m_buttons = nullptr;
    Confirmation m_confirm{this};
    QString m_current;
    bool m_fitting = false; // fitHeaders() is resizing
    bool m_loaded = false;  // the first query waits until the register is shown
    bool m_stale = false;   // the data file changed while hidden
};

} // namespace hamkori
