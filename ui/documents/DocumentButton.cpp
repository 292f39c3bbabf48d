#include "DocumentButton.h"
#include <QEvent>
#include <QStyle>

namespace hamkori::documents {

DocumentButton::DocumentButton(Session& session, DocumentKind kind, std::function<QString()> selected,
                               QWidget* parent)
    : QPushButton(parent), m_session(session), m_kind(kind), m_selected(std::move(selected))
{
    setObjectName(kind == DocumentKind::ActionPlan ? QStringLiteral("planDocuments")
                                                   : QStringLiteral("meetingDocuments"));
    setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    connect(this, &QPushButton::clicked, this, &DocumentButton::openDialog);
    retranslate();
}

void DocumentButton::openDialog()
{
    const QString uuid = m_selected();
    if (uuid.isEmpty())
        return;
    delete m_dialog;
    m_dialog = new DocumentDialog(m_session, m_kind, uuid, window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    m_dialog->open(); // window-modal without blocking: the rest of the program waits, tests do not
}

void DocumentButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QPushButton::changeEvent(event);
}

void DocumentButton::retranslate()
{
    setText(m_kind == DocumentKind::ActionPlan ? tr("Print or e&xport…") : tr("Print or e&xport minutes…"));
    setToolTip(m_kind == DocumentKind::ActionPlan
                   ? tr("Preview, print or export the selected plan as a PDF for the Hukumat to sign.")
                   : tr("Preview, print or export the selected meeting's minutes as a PDF."));
}

} // namespace hamkori::documents
