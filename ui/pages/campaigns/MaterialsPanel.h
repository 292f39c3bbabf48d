#pragma once
// The materials a campaign made (leaflets, posters, videos…): the table, edited in place (double-click or
// F2), a row to add one (what it is, how many) and a button to delete the selected one. Every change is one
// undo step.
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace hamkori {

class FieldErrors;
class MaterialModel;
class Session;

class MaterialsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MaterialsPanel(Session& session, QWidget* parent = nullptr);

    void setCampaign(const QString& campaignUuid);
    MaterialModel* model() const { return m_model; }
    FieldErrors* errors() const { return m_errors; }
    void retranslate();

private:
    void addItem();
    void deleteItem();

    Session& m_session;
    QString m_campaign;
    MaterialModel* m_model;
    QTableView* m_table;
    QLabel* m_newLabel;
    QLineEdit* m_item;
    QSpinBox* m_quantity;
    QPushButton* m_add;
    QPushButton* m_delete;
    QLabel* m_hint;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
