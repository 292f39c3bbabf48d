#include "CampaignReachPanel.h"
#include "CampaignEdit.h"
#include "core/model/Limits.h"
#include "core/storage/CampaignRepository.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/SexAgeCountsGrid.h"
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hamkori {

namespace {

QLabel* makeHeading(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setWordWrap(true);
    return label;
}

} // namespace

CampaignReachPanel::CampaignReachPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_directHeading(makeHeading(this)),
      m_grid(new SexAgeCountsGrid({[](Sex sex, AgeBand band) -> QString {
                                       const int cell = int(sex) * SexAgeCounts::kBands + int(band);
                                       return QStringLiteral("campaignReached_") +
                                              QLatin1String(SexAgeCounts::cellCodes()[std::size_t(cell)]);
                                   },
                                   QStringLiteral("campaignReached")},
                                  limits::kReachedPerCell, this)),
      m_indirectHeading(makeHeading(this)), m_indirectLabel(new QLabel(this)), m_indirect(new QSpinBox(this)),
      m_methodLabel(new QLabel(this)), m_method(new QLineEdit(this)), m_hint(new QLabel(this)),
      m_general(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_general, this))
{
    m_grid->setObjectName(QStringLiteral("campaignReached"));
    m_indirect->setObjectName(QStringLiteral("campaignIndirect"));
    m_method->setObjectName(QStringLiteral("campaignIndirectMethod"));
    m_indirect->setRange(0, limits::kReachedIndirectly);
    m_indirect->setGroupSeparatorShown(true);
    m_indirect->setKeyboardTracking(false);
    m_indirect->setAlignment(Qt::AlignRight);
    m_indirectLabel->setBuddy(m_indirect);
    m_methodLabel->setBuddy(m_method);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);

    auto* indirectMessage = FieldErrors::makeMessageLabel(this);
    indirectMessage->setObjectName(QStringLiteral("campaignError_reached_indirect"));
    m_errors->bind(QStringLiteral("reached_indirect"), m_indirect, indirectMessage);
    auto* methodMessage = FieldErrors::makeMessageLabel(this);
    methodMessage->setObjectName(QStringLiteral("campaignError_indirect_method"));
    m_errors->bind(QStringLiteral("indirect_method"), m_method, methodMessage);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_indirectLabel, FieldErrors::withMessage(m_indirect, indirectMessage, this));
    form->addRow(m_methodLabel, FieldErrors::withMessage(m_method, methodMessage, this));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_directHeading);
    layout->addWidget(m_grid);
    layout->addSpacing(12);
    layout->addWidget(m_indirectHeading);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_general);
    layout->addStretch();

    connect(m_grid, &SexAgeCountsGrid::countsEdited, this, [this](const SexAgeCounts& counts) {
        if (m_uuid.isEmpty())
            return;
        m_errors->clear();
        auto done = editCampaign(
            m_session, m_uuid, [counts](Campaign& c) { c.reached = counts; },
            tr("change the people %1 reached"));
        if (!done)
            m_errors->show(done.error());
    });
    connect(m_indirect, &QSpinBox::editingFinished, this,
            [this] { saveIndirect(QT_TR_NOOP("change the people %1 reached indirectly")); });
    connect(m_method, &QLineEdit::editingFinished, this,
            [this] { saveIndirect(QT_TR_NOOP("change how the indirect reach of %1 was estimated")); });
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("campaign")))
            reload();
    });
    retranslate();
}

void CampaignReachPanel::retranslate()
{
    m_directHeading->setText(tr("People reached directly"));
    m_grid->setCaptions(tr("Women and girls"), tr("Men and boys"), tr("Total"));
    m_indirectHeading->setText(tr("People reached indirectly"));
    m_indirectLabel->setText(tr("&Estimated number:"));
    m_methodLabel->setText(tr("&How it was estimated:"));
    m_method->setPlaceholderText(tr("For example: the radio station's listeners in the district"));
    m_hint->setText(tr("Count here the people the campaign met or spoke to; an estimate of those it reached "
                       "through radio, television or social media goes under \"indirectly\", with the way "
                       "it was made."));
}

void CampaignReachPanel::setCampaign(const QString& uuid)
{
    m_uuid = uuid;
    m_errors->clear();
    setEnabled(!uuid.isEmpty());
    reload();
}

void CampaignReachPanel::reload()
{
    Campaign c;
    if (!m_uuid.isEmpty())
        if (auto found = CampaignRepository(m_session.db()).campaign(m_uuid))
            c = *found;
    m_grid->setCounts(c.reached);
    {
        const QSignalBlocker blocker(m_indirect);
        m_indirect->setValue(c.reachedIndirectly);
    }
    if (m_method->text() != c.indirectMethod) {
        const QSignalBlocker blocker(m_method);
        m_method->setText(c.indirectMethod);
        m_method->setCursorPosition(0);
    }
}

void CampaignReachPanel::saveIndirect(const char* text)
{
    if (m_uuid.isEmpty())
        return;
    // Both as they stand: a number refused for want of a method is saved with the method typed next.
    const int indirect = m_indirect->value();
    const QString method = m_method->text();
    m_errors->clear();
    auto done = editCampaign(
        m_session, m_uuid,
        [indirect, method](Campaign& c) {
            c.reachedIndirectly = indirect;
            c.indirectMethod = method;
        },
        tr(text));
    if (!done)
        m_errors->show(done.error());
}

} // namespace hamkori
