#pragma once
// The "Requests and recommendations" page: what the current team asked of or recommended to bodies (the
// police, the Hukumat, schools…), each followed to its answer and what was done; overdue ones are marked and
// can be listed alone. Beside the list, the chosen one's form.
#include "Page.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/PageIcons.h"
#include <QDate>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hamkori {

class CommitmentForm;
class CommitmentListModel;

class CommitmentsPage : public Page
{
    Q_OBJECT
public:
    explicit CommitmentsPage(Session& session, QWidget* parent = nullptr);
    static QString pageTitle() { return tr("Requests and recommendations"); }
    static constexpr PageIcon kIcon = PageIcon::Commitments;
    QString title() const override { return pageTitle(); }
    /// "commitment" shows it (switching to its team when needed); with an empty UUID, a form for a new one.
    bool openRecord(const QString& kind, const QString& uuid) override;

    QString currentCommitment() const;
    /// The day "overdue" counts from (tests fix it; default: the clock).
    void setToday(QDate today);
    void setConfirm(Confirmation::Answer answer) { m_confirm.setAnswer(std::move(answer)); }

protected:
    void retranslate() override;

private:
    void showCommitment(const QString& uuid);
    void newCommitment();
    void deleteCommitment();
    void updateCount();
    void teamChanged(const QString& teamUuid);

    Confirmation m_confirm{this};
    CommitmentListModel* m_model;
    QTableView* m_list;
    QLabel* m_filterLabel;
    QComboBox* m_filter;
    QLabel* m_count;
    QPushButton* m_new;
    CommitmentForm* m_form;
};

} // namespace hamkori
