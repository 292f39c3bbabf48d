#pragma once
// The Concerns page: the register (filters, search, the lazy table) on the left and the editor of the
// selected concern on the right; while the team has no concern, what to do first instead of the editor.
#include "Page.h"
#include "ui/widgets/PageIcons.h"

class QSplitter;
class QStackedWidget;

namespace hamkori {

class ConcernEditor;
class ConcernRegister;
class FirstStep;
class NextStepBar;

class ConcernsPage : public Page
{
    Q_OBJECT
public:
    explicit ConcernsPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Concerns"); }
    static constexpr PageIcon kIcon = PageIcon::Concerns;
    QString title() const override { return pageTitle(); }
    /// "concern": switches to its team, clears the filters that would hide it and selects it; with an empty
    /// UUID, asks for a new concern of the current team.
    bool openRecord(const QString& kind, const QString& uuid) override;

    ConcernRegister* concernRegister() const { return m_register; }
    ConcernEditor* editor() const { return m_editor; }

protected:
    void retranslate() override;

private:
    void updateFirstStep();
    void offerPrioritisation();

    NextStepBar* m_nextStep;
    QSplitter* m_splitter;
    ConcernRegister* m_register;
    QStackedWidget* m_editorStack;
    ConcernEditor* m_editor;
    FirstStep* m_firstStep;
};

} // namespace hamkori
