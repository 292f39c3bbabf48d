#pragma once
// The Concerns page: the register (filters, search, the lazy table) on the left and the editor of the
// selected concern on the right.
#include "Page.h"
#include "ui/widgets/PageIcons.h"

class QSplitter;

namespace hamkori {

class ConcernEditor;
class ConcernRegister;

class ConcernsPage : public Page
{
    Q_OBJECT
public:
    explicit ConcernsPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Concerns"); }
    static constexpr PageIcon kIcon = PageIcon::Concerns;
    QString title() const override { return pageTitle(); }
    /// "concern": switches to its team, clears the filters that would hide it and selects it.
    bool openRecord(const QString& kind, const QString& uuid) override;

    ConcernRegister* concernRegister() const { return m_register; }
    ConcernEditor* editor() const { return m_editor; }

protected:
    void retranslate() override;

private:
    QSplitter* m_splitter;
    ConcernRegister* m_register;
    ConcernEditor* m_editor;
};

} // namespace hamkori
