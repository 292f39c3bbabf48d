#include "DocumentDialog.h"
#include "DocumentPanel.h"
#include "core/report/ActionPlanDocument.h"
#include "core/report/MinutesDocument.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PlanRepository.h"
#include "ui/Session.h"
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace hamkori::documents {

DocumentDialog::DocumentDialog(Session& session, DocumentKind kind, const QString& uuid, QWidget* parent)
    : QDialog(parent), m_panel(new DocumentPanel({kind == DocumentKind::ActionPlan, true}, this))
{
    setObjectName(QStringLiteral("documentDialog"));
    Database& db = session.db();
    QString code;
    if (kind == DocumentKind::ActionPlan) {
        if (auto plan = PlanRepository(db).plan(uuid))
            code = plan->code;
        setWindowTitle(tr("Action plan %1: print or export").arg(code));
        m_panel->setBuilder([&db, uuid](const report::DocumentOptions& options) {
            return report::ActionPlanDocument::content(db, uuid, options);
        });
    } else {
        if (auto meeting = MeetingRepository(db).meeting(uuid))
            code = meeting->code;
        setWindowTitle(tr("Minutes of %1: print or export").arg(code));
        m_panel->setBuilder([&db, uuid](const report::DocumentOptions& options) {
            return report::MinutesDocument::content(db, uuid, options);
        });
    }
    m_panel->setSuggestedName(code);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, 300);
}

} // namespace hamkori::documents
