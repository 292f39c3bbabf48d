#pragma once
// The services an organisation offers, to which a team can refer people: a small table (kind of service,
// description; the description is edited in place) and a row to add one. Every change is an undo step.
#include "DirectoryNames.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace hamkori {

class FieldErrors;
class Session;

class ServicesPanel : public QWidget
{
    Q_OBJECT
public:
    ServicesPanel(Session& session, QWidget* parent = nullptr);

    /// Shows the services of this organisation (empty: a new one, which has none yet).
    void setOrganisation(const QString& uuid, const QString& name, const directory::Names& names);
    void reload();
    void retranslate();
    FieldErrors* errors() const { return m_errors; }

private:
    void addService();
    void deleteService();
    void descriptionEdited(QTableWidgetItem* item);

    Session& m_session;
    QString m_organisation;
    QString m_name;
    directory::Names m_names;
    bool m_loading = false;
    QLabel* m_hint;
    QTableWidget* m_table;
    QComboBox* m_kind;
    QLineEdit* m_description;
    QPushButton* m_add;
    QPushButton* m_delete;
    QLabel* m_message;
    FieldErrors* m_errors;
};

} // namespace hamkori
