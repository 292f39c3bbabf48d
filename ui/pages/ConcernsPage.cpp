#include "ConcernsPage.h"
#include "concerns/editor/ConcernEditor.h"
#include "concerns/register/ConcernRegister.h"
#include "ui/csv/CsvButtons.h"
#include <QSplitter>
#include <QVBoxLayout>

namespace hamkori {

ConcernsPage::ConcernsPage(Session& session, QWidget* parent)
    : Page(session, parent), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_register(new ConcernRegister(session, m_splitter)), m_editor(new ConcernEditor(session, m_splitter))
{
    m_splitter->setObjectName(QStringLiteral("concernsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_register);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({650, 480});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_register->addButton(new csv::ConcernCsvButton(session, *m_register, m_register));
    connect(m_register, &ConcernRegister::currentConcernChanged, m_editor, &ConcernEditor::showConcern);
    connect(m_editor, &ConcernEditor::openConcernRequested, this,
            [this](const QString& uuid) { openRecord(QStringLiteral("concern"), uuid); });
    retranslate();
}

bool ConcernsPage::openRecord(const QString& kind, const QString& uuid)
{
    if (kind != QLatin1String("concern"))
        return false;
    return m_register->showConcern(uuid);
}

void ConcernsPage::retranslate()
{
    m_register->retranslate();
}

} // namespace hamkori
