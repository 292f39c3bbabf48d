#pragma once
// Print, preview or export one action plan or one meeting's minutes, in the language chosen here.
#include <QDialog>

namespace hamkori {
class Session;
}

namespace hamkori::documents {

class DocumentPanel;

enum class DocumentKind
{
    ActionPlan,
    Minutes
};

class DocumentDialog : public QDialog
{
    Q_OBJECT
public:
    DocumentDialog(Session& session, DocumentKind kind, const QString& uuid, QWidget* parent = nullptr);

    DocumentPanel* panel() const { return m_panel; }

private:
    DocumentPanel* m_panel;
};

} // namespace hamkori::documents
