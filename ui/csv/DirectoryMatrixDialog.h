#pragma once
// Print, preview or export the directory's mapping matrix (core/report/DirectoryMatrixDocument): every
// district or one, every field of expertise or one, contact details only when ticked, in the language chosen
// here (the shared DocumentPanel: language, page style, PDF or ODT).
#include <QDialog>

class QCheckBox;
class QComboBox;

namespace hamkori {
class Session;
}
namespace hamkori::documents {
class DocumentPanel;
}

namespace hamkori::csv {

class DirectoryMatrixDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DirectoryMatrixDialog(Session& session, QWidget* parent = nullptr);

    documents::DocumentPanel* panel() const { return m_panel; }
    QComboBox* district() const { return m_district; }
    QComboBox* expertise() const { return m_expertise; }
    QCheckBox* contacts() const { return m_contacts; }

private:
    void fillChoices();

    Session& m_session;
    QComboBox* m_district;
    QComboBox* m_expertise;
    QCheckBox* m_contacts;
    documents::DocumentPanel* m_panel;
};

} // namespace hamkori::csv
