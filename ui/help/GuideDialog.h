#pragma once
// Help → Guide to the cycle (F1): what each page is for, in the order a team works through them (team,
// meetings, concerns, prioritisation, plans, overview and reports, exchange, settings), short and written for
// a facilitator. A window beside the main one, not blocking it: a page's name opens that page. It is written
// again in the new language when the language changes while it is open.
#include "ui/widgets/PageIcons.h"
#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace hamkori {

class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);

    /// The guide as written (HTML), for tests.
    QString html() const { return m_html; }
    /// What a click on a page's name does (tests call it with the link's address).
    void followLink(const QUrl& link);

Q_SIGNALS:
    void pageRequested(hamkori::PageIcon page);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTextBrowser* m_text;
    QString m_html;
};

} // namespace hamkori
