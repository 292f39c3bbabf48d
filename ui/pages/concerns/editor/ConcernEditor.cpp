#include "ConcernEditor.h"
#include "AnalysisTab.h"
#include "ConcernEdits.h"
#include "DescriptionTab.h"
#include "EditorFields.h"
#include "LinksTab.h"
#include "MeetingsPlansTab.h"
#include "ReferralsTab.h"
#include "core/storage/ConcernRepository.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/RestrictedMark.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hamkori {

namespace {

/// The kinds of records the editor shows something of.
bool concernsEditor(const QStringList& kinds)
{
    static const QStringList shown{
        QStringLiteral("concern"),       QStringLiteral("status_change"),   QStringLiteral("concern_driver"),
        QStringLiteral("concern_link"),  QStringLiteral("meeting"),         QStringLiteral("round"),
        QStringLiteral("round_concern"), QStringLiteral("round_criterion"), QStringLiteral("score"),
        QStringLiteral("plan"),          QStringLiteral("plan_concern"),    QStringLiteral("reference_item"),
        QStringLiteral("referral"),      QStringLiteral("service"),         QStringLiteral("organisation")};
    for (const QString& kind : kinds)
        if (shown.contains(kind))
            return true;
    return false;
}

} // namespace

ConcernEditor::ConcernEditor(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_errors(nullptr), m_edits(nullptr),
      m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(this)), m_code(new QLabel(this)),
      m_title(new QLineEdit(this)), m_restricted(new RestrictedBadge(this)), m_tabs(new QTabWidget(this)),
      m_description(nullptr), m_analysis(nullptr), m_links(nullptr), m_meetingsPlans(nullptr), m_referrals(nullptr)
{
    setObjectName(QStringLiteral("concernEditor"));
    auto* general = FieldErrors::makeMessageLabel(this);
    general->setObjectName(QStringLiteral("editorError"));
    auto* titleError = FieldErrors::makeMessageLabel(this);
    titleError->setObjectName(QStringLiteral("titleError"));
    m_errors = new FieldErrors(general, this);
    m_errors->bind(QStringLiteral("title"), m_title, titleError);
    m_edits = new ConcernEdits(session, m_errors, this);

    m_description = new DescriptionTab(*m_edits, m_tabs);
    connect(m_description, &DescriptionTab::analysed, this, &ConcernEditor::concernAnalysed);
    m_analysis = new AnalysisTab(*m_edits, m_tabs);
    m_links = new LinksTab(*m_edits, m_tabs);
    m_meetingsPlans = new MeetingsPlansTab(*m_edits, m_tabs);
    m_tabs->setObjectName(QStringLiteral("concernTabs"));
    m_tabs->addTab(m_description, QString());
    m_tabs->addTab(m_analysis, QString());
    m_tabs->addTab(m_links, QString());
    m_tabs->addTab(m_meetingsPlans, QString());
    m_referrals = new ReferralsTab(*m_edits, m_tabs);
    m_tabs->addTab(m_referrals, QString());

    m_code->setObjectName(QStringLiteral("code"));
    m_title->setObjectName(QStringLiteral("title"));
    m_restricted->setObjectName(QStringLiteral("restrictedMark"));
    m_placeholder->setObjectName(QStringLiteral("editorPlaceholder"));
    QFont heading = m_code->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_code->setFont(heading);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setFont(heading);
    m_restricted->hide();
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto* header = new QHBoxLayout;
    header->addWidget(m_code);
    header->addWidget(m_title, 1);
    header->addWidget(m_restricted);
    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(titleError);
    contentLayout->addWidget(general);
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_title, &QLineEdit::editingFinished, this, &ConcernEditor::saveTitle);
    connect(m_links, &LinksTab::openConcernRequested, this, &ConcernEditor::openConcernRequested);
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (m_uuid.isEmpty() || !concernsEditor(kinds))
            return;
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    retranslate();
    reload();
}

void ConcernEditor::showConcern(const QString& uuid)
{
    if (uuid != m_uuid)
        m_errors->clear();
    m_uuid = uuid;
    reload();
}

QString ConcernEditor::concernUuid() const
{
    return m_uuid;
}

void ConcernEditor::reload()
{
    m_stale = false;
    Concern concern;
    if (!m_uuid.isEmpty()) {
        auto found = ConcernRepository(m_session.db()).concern(m_uuid);
        if (found) {
            concern = *found;
        } else {
            m_placeholder->setText(found.errorMessage());
            m_uuid.clear();
        }
    } else {
        m_placeholder->setText(tr("Choose a concern in the register to see and edit it here."));
    }
    m_edits->setConcern(concern);
    m_stack->setCurrentIndex(m_uuid.isEmpty() ? 0 : 1);

    m_code->setText(concern.code);
    fields::load(m_title, concern.title);
    m_restricted->setVisible(concern.restricted);
    m_description->load();
    m_analysis->load();
    m_links->load();
    m_meetingsPlans->load();
    m_referrals->load();
}

void ConcernEditor::saveTitle()
{
    if (m_uuid.isEmpty())
        return;
    const QString title = m_title->text();
    m_title->setModified(false);
    if (!m_edits->save(tr("change the title of %1").arg(m_edits->code()),
                       [title](Concern& c) { c.title = title; }))
        m_title->setModified(true);
}

void ConcernEditor::retranslate()
{
    m_tabs->setTabText(0, tr("&Description"));
    m_tabs->setTabText(1, tr("&Analysis"));
    m_tabs->setTabText(2, tr("&Links"));
    m_tabs->setTabText(3, tr("Meetings and &plans"));
    m_tabs->setTabText(4, tr("R&eferrals"));
    m_title->setPlaceholderText(tr("A short title"));
    m_title->setToolTip(tr("The title of the concern"));
    m_restricted->setText(RestrictedMark::text());
    m_restricted->setToolTip(tr(
        "This concern is restricted: it is hidden from exports and printouts unless you choose otherwise."));
    m_description->retranslate();
    m_analysis->retranslate();
    m_links->retranslate();
    m_meetingsPlans->retranslate();
    m_referrals->retranslate();
}

void ConcernEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // combo boxes and lists show translated names
    }
    QWidget::changeEvent(event);
}

void ConcernEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

} // namespace hamkori
