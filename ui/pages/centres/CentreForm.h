#pragma once
// The details of a community policing centre: name, district, jamoat, address, when it opened and was last
// renovated, opening hours, notes, and the groups that meet there (ticked in a list of every team). For a
// centre that exists every field is saved at once, undoably, when the user leaves it (a tick at once); a new
// centre is filled in and "Create centre" makes it. A refused edit shows next to its field.
#include "core/model/Centre.h"
#include <QWidget>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hamkori {

class DistrictCombo;
class FieldErrors;
class OptionalDateEdit;
class Session;

class CentreForm : public QWidget
{
    Q_OBJECT
public:
    explicit CentreForm(Session& session, QWidget* parent = nullptr);

    void showCentre(const QString& centreUuid);
    void startNew();
    bool isNew() const { return m_uuid.isEmpty(); }
    QString centreUuid() const { return m_uuid; }
    FieldErrors* errors() const { return m_errors; }
    void retranslate();

Q_SIGNALS:
    void centreCreated(const QString& centreUuid);
    void deleteRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill(const Centre& centre);
    void fillGroups(const QStringList& ticked);
    QStringList tickedGroups() const;
    void reloadShown();
    void createCentre();
    /// Saves the fields `change` sets on the centre shown, read again from core; pushes one undoable edit.
    void commit(const std::function<void(Centre&)>& change, const char* text);

    Session& m_session;
    QString m_uuid;
    bool m_loading = false;

    QLabel* m_heading;
    QFormLayout* m_form;
    QLineEdit* m_name;
    DistrictCombo* m_district;
    QLineEdit* m_jamoat;
    QLineEdit* m_address;
    OptionalDateEdit* m_opened;
    OptionalDateEdit* m_renovated;
    QLineEdit* m_hours;
    QPlainTextEdit* m_notes;
    QLabel* m_groupsLabel;
    QListWidget* m_groups;
    QPushButton* m_create;
    QPushButton* m_delete;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
