#pragma once
// The editable lists: a selector of the five lists on the left; on the right the chosen list's entries,
// renamed in place, a form to add an entry and a button to delete one. Every change goes through the undo
// layer; core refuses to delete an entry that records use, and the message is shown under the table.
#include "core/model/Enums.h"
#include "ui/widgets/Confirmation.h"
#include <QWidget>
#include <functional>

class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace hamkori {
class FieldErrors;
class Session;
} // namespace hamkori

namespace hamkori::settings {

class ReferenceListModel;

class ReferenceListsTab : public QWidget
{
    Q_OBJECT
public:
    ReferenceListsTab(Session& session, QWidget* parent = nullptr);

    /// Asks whether to go on with a deletion (a message box); tests answer it.
    void setConfirm(Confirmation::Answer answer) { m_confirm.setAnswer(std::move(answer)); }

    ReferenceListModel* model() const { return m_model; }
    void showList(ReferenceList list);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void addEntry();
    void deleteCurrent();
    void updateForList();

    Session& m_session;
    ReferenceListModel* m_model;
    QListWidget* m_lists;
    QLabel* m_hint;
    QTableView* m_table;
    QLabel* m_error;
    FieldErrors* m_errors;
    QPushButton* m_deleteButton;
    QGroupBox* m_addBox;
    QLabel* m_tajikLabel;
    QLabel* m_russianLabel;
    QLabel* m_englishLabel;
    QLabel* m_weightLabel;
    QLineEdit* m_tajik;
    QLineEdit* m_russian;
    QLineEdit* m_english;
    QDoubleSpinBox* m_weight;
    QLabel* m_nameError;
    QLabel* m_weightError;
    QPushButton* m_addButton;
    Confirmation m_confirm{this};
};

} // namespace hamkori::settings
