#pragma once
// A page of the main window: one step of the CPPT cycle (or the overview, or settings). A page is a class of
// its own; the main window only arranges pages. Pages read and write through core (edits through ui/undo),
// follow the session's current team, and retranslate themselves when the language changes.
#include <QWidget>

namespace hamkori {

class Session;

class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(Session& session, QWidget* parent = nullptr);

    /// The name in the navigation bar, in the current language. Every page class also has a static
    /// pageTitle() and kIcon, so that the main window can list it before building it (pages are built when
    /// first shown, which keeps the start quick on a big data file).
    virtual QString title() const = 0;
    /// Shows a record of this page's kind ("concern", "meeting"…); false when the page does not show that
    /// kind.
    virtual bool openRecord(const QString& kind, const QString& uuid)
    {
        Q_UNUSED(kind);
        Q_UNUSED(uuid);
        return false;
    }

protected:
    /// Sets every visible text again from tr(); called once by the page itself after building its widgets,
    /// and on every language change.
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;

    Session& m_session;
};

} // namespace hamkori
