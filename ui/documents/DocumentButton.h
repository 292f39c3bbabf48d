#pragma once
// "Print or export…" on a page: opens the document dialog for the page's selected plan or meeting. The page
// passes how to find the selection, so adding the button to a page is one line.
#include "DocumentDialog.h"
#include <QPushButton>
#include <functional>

namespace hamkori::documents {

class DocumentButton : public QPushButton
{
    Q_OBJECT
public:
    DocumentButton(Session& session, DocumentKind kind, std::function<QString()> selected, QWidget* parent);

    /// The dialog last opened (tests drive it), nullptr before the first click.
    DocumentDialog* dialog() const { return m_dialog; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void openDialog();

    Session& m_session;
    DocumentKind m_kind;
    std::function<QString()> m_selected;
    DocumentDialog* m_dialog = nullptr;
};

} // namespace hamkori::documents
