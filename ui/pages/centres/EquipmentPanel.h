#pragma once
// A centre's equipment: the table (edited in place: double-click or F2), a row to add an item (name,
// quantity, condition) and a button to delete the selected one. Every change is one undo step.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace hamkori {

class EquipmentModel;
class FieldErrors;
class Session;

class EquipmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EquipmentPanel(Session& session, QWidget* parent = nullptr);

    void setCentre(const QString& centreUuid);
    EquipmentModel* model() const { return m_model; }
    FieldErrors* errors() const { return m_errors; }
    void retranslate();

private:
    void addItem();
    void deleteItem();

    Session& m_session;
    QString m_centre;
    EquipmentModel* m_model;
    QTableView* m_table;
    QLabel* m_newLabel;
    QLineEdit* m_item;
    QSpinBox* m_quantity;
    QComboBox* m_condition;
    QPushButton* m_add;
    QPushButton* m_delete;
    QLabel* m_hint;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
