#include "SurveyFileButtons.h"
#include "SurveyExportDialog.h"
#include "ui/documents/SurveySummaryDialog.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace hamkori::csv {

SurveyFileButtons::SurveyFileButtons(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_summary(new QPushButton(this)), m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("surveyFileButtons"));
    m_summary->setObjectName(QStringLiteral("writeSurveySummary"));
    m_export->setObjectName(QStringLiteral("exportSurveysCsv"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_export);
    connect(m_summary, &QPushButton::clicked, this, [this] { openSummary(); });
    connect(m_export, &QPushButton::clicked, this, [this] { openExport(); });
    retranslate();
    updateButtons();
}

void SurveyFileButtons::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
}

void SurveyFileButtons::setSurvey(const QString& surveyUuid)
{
    m_survey = surveyUuid;
    updateButtons();
}

void SurveyFileButtons::updateButtons()
{
    const bool chosen = !m_survey.isEmpty();
    m_summary->setEnabled(chosen);
    m_export->setEnabled(chosen);
}

documents::SurveySummaryDialog* SurveyFileButtons::openSummary()
{
    if (m_survey.isEmpty())
        return nullptr;
    auto* dialog = new documents::SurveySummaryDialog(m_session, m_survey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

SurveyExportDialog* SurveyFileButtons::openExport()
{
    auto* dialog = new SurveyExportDialog(m_session, m_team, m_survey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void SurveyFileButtons::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SurveyFileButtons::retranslate()
{
    m_summary->setText(tr("Survey &summary (PDF)…"));
    m_summary->setToolTip(tr("One page for a Hukumat or a donor: the key indicators for women and men, the "
                             "change since the baseline, the concerns named most"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("The indicators of the rounds; the anonymous sheets only when you ask for them"));
}

} // namespace hamkori::csv
