#include "GuideDialog.h"
#include "ui/pages/CampaignsPage.h"
#include "ui/pages/CentresPage.h"
#include "ui/pages/CommitmentsPage.h"
#include "ui/pages/ConcernsPage.h"
#include "ui/pages/DirectoryPage.h"
#include "ui/pages/EventsPage.h"
#include "ui/pages/ExchangePage.h"
#include "ui/pages/MeetingsPage.h"
#include "ui/pages/OverviewPage.h"
#include "ui/pages/PlansPage.h"
#include "ui/pages/PrioritisationPage.h"
#include "ui/pages/ReportsPage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/pages/SurveysPage.h"
#include "ui/pages/TeamPage.h"
#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace hamkori {

namespace {

const QString kPageScheme = QStringLiteral("page");

/// A page's name as a link that opens it.
QString pageLink(PageIcon page, const QString& title)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>")
        .arg(kPageScheme)
        .arg(int(page))
        .arg(title.toHtmlEscaped());
}

} // namespace

GuideDialog::GuideDialog(QWidget* parent) : QDialog(parent), m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideDialog"));
    m_text->setObjectName(QStringLiteral("guideText"));
    // The links open pages of the main window, never a file or a web browser.
    m_text->setOpenLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_text, &QTextBrowser::anchorClicked, this, &GuideDialog::followLink);
    resize(560, 620);
    retranslate();
}

void GuideDialog::followLink(const QUrl& link)
{
    if (link.scheme() != kPageScheme)
        return;
    bool ok = false;
    const int page = link.path().toInt(&ok);
    if (ok && page >= 0 && page <= int(PageIcon::Surveys)) // the last page icon
        Q_EMIT pageRequested(PageIcon(page));
}

void GuideDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void GuideDialog::retranslate()
{
    setWindowTitle(tr("Guide to the cycle"));
    struct Section
    {
        QString heading; // links to the pages
        QString text;
    };
    // In the order a team works: set up, identify, analyse, prioritise, plan and act, monitor and report,
    // then what keeps the laptops and the program going.
    const QList<Section> sections{
        {pageLink(PageIcon::Team, TeamPage::pageTitle()),
         tr("Set up the team: its name, district and jamoat, then its members — police, Hukumat and Jamoat "
            "staff, civil society, elders, women and youth. The balance beside the members shows whether "
            "women and youth have their share.")},
        {pageLink(PageIcon::Directory, DirectoryPage::pageTitle()),
         tr("The directory of the organisations around the teams — civil society, state bodies, police "
            "units, "
            "international agencies — with the districts where they work, their fields of expertise and the "
            "services people can be referred to. A coordinator can import the matrix already kept in a "
            "spreadsheet and print it by district.")},
        {pageLink(PageIcon::Meetings, MeetingsPage::pageTitle()),
         tr("Log every meeting: its date, place and kind (a regular meeting, a community consultation, a "
            "women's or youth focus group), who was present, guests by sex and age, the agenda, minutes and "
            "decisions. Register the concerns people raised at it right there.")},
        {pageLink(PageIcon::Centres, CentresPage::pageTitle()),
         tr("The community policing centres where teams meet people: their equipment and its condition, the "
            "groups that meet there and the visitors of each reception day, counted by sex and age.")},
        {pageLink(PageIcon::Events, EventsPage::pageTitle()),
         tr("Trainings, round tables, exchange visits, conferences and police reporting days: who took part "
            "(members of any group by name, others counted by sex and age), the trainers, the test scores "
            "before and after a training and what the feedback sheets say, and what was done afterwards.")},
        {pageLink(PageIcon::Concerns, ConcernsPage::pageTitle()),
         tr("The register of the community's safety concerns. Analyse each one: causes and effects, the "
            "problem triangle, the drivers behind it, how it affects women, men, girls and boys, and whether "
            "working on it could inflame tensions. Mark sensitive concerns as restricted.")},
        {pageLink(PageIcon::Prioritisation, PrioritisationPage::pageTitle()),
         tr("At a meeting, score the concerns on agreed criteria, separately with women, men, youth and "
            "authorities, so that the concerns of each group stay visible. Then record the decision: the "
            "concerns the team chose as priorities.")},
        {pageLink(PageIcon::Plans, PlansPage::pageTitle()),
         tr("Make the action plan for the priorities: the measures, who leads them, deadlines, funding and "
            "indicators. Adopt it at a meeting, print it for the Hukumat to sign, then record the progress "
            "of "
            "each activity.")},
        {pageLink(PageIcon::Campaigns, CampaignsPage::pageTitle()),
         tr("Awareness campaigns on television, radio and social media, in schools and mosques, and door to "
            "door: their channels, the concerns they serve, the materials made, and the people reached — "
            "directly, counted by sex and age, and indirectly, estimated with the way it was estimated. A "
            "progress update carried out by a campaign counts its people once, in the campaign.")},
        {pageLink(PageIcon::Surveys, SurveysPage::pageTitle()),
         tr("Perception surveys at the start of a plan (baseline) and at its end (endline): the "
            "questionnaire "
            "of each round, the paper sheets typed in one row a sheet, or the counts per option when only "
            "tallies were kept. No sheet holds a name.")},
        {pageLink(PageIcon::Commitments, CommitmentsPage::pageTitle()),
         tr("What the team asked of the police, the Hukumat or another body, and what it recommended: to "
            "whom, by when, the answer and the money pledged and delivered. Overdue ones show on the "
            "overview until they are answered.")},
        {pageLink(PageIcon::Overview, OverviewPage::pageTitle()) + QStringLiteral(" · ") +
             pageLink(PageIcon::Reports, ReportsPage::pageTitle()),
         tr("The overview shows how things stand: open concerns, overdue activities, people reached. Reports "
            "makes the period report for the Hukumat, the police, the public council or donors: figures "
            "only, no concern named.")},
        {pageLink(PageIcon::Exchange, ExchangePage::pageTitle()),
         tr("Carry the records between laptops on a USB stick: export an encrypted bundle for the "
            "coordinator, import the bundles others bring, and settle conflicts when two laptops changed the "
            "same thing.")},
        {pageLink(PageIcon::Settings, SettingsPage::pageTitle()),
         tr("The language, the data file and its backups, the exchange passphrase, and the lists of places, "
            "categories and criteria.")},
    };
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("A team works in a cycle: it finds the community's safety concerns, analyses "
                               "them, chooses priorities, plans and acts, then follows the progress and "
                               "reports. The pages follow that order. Click a page's name to open it.")
                                .toHtmlEscaped());
    int number = 0;
    for (const Section& section : sections)
        html += QStringLiteral("<h3>%1. %2</h3><p>%3</p>")
                    .arg(++number)
                    .arg(section.heading, section.text.toHtmlEscaped());
    m_html = html;
    m_text->setHtml(html);
}

} // namespace hamkori
