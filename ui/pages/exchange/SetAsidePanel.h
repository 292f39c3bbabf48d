#pragma once
// "Set aside": every change an import could not apply, with the reason, and "Try again" (for example once the
// bundle with the records they belong to has been imported). What a retry applied is said below the list.
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hamkori {
class Session;
}

namespace hamkori::exchange {

class SetAsideModel;

class SetAsidePanel : public QWidget
{
    Q_OBJECT
public:
    SetAsidePanel(Session& session, QWidget* parent = nullptr);

    SetAsideModel* model() const { return m_model; }
    int count() const;
    void reload();
    /// Applies again every change set aside (what the button does).
    void retry();

Q_SIGNALS:
    void countChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();

    Session& m_session;
    SetAsideModel* m_model;
    QLabel* m_summary;
    QTableView* m_view;
    QPushButton* m_retry;
    QLabel* m_result;
};

} // namespace hamkori::exchange
