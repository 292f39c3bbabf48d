#include "CampaignForm.h"
#include "CampaignEdit.h"
#include "ChannelBoxes.h"
#include "core/model/Limits.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/pages/team/FormSupport.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <utility>

namespace hamkori {

namespace {

// More than any team registers; the list is for ticking, not for browsing the register.
constexpr int kMaxConcerns = 2000;

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
        edit->setCursorPosition(0);
    }
}

void setChoice(QComboBox* combo, const QString& uuid, const QString& deleted)
{
    const QSignalBlocker blocker(combo);
    const int index = combo->findData(uuid);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (!uuid.isEmpty()) {
        // Deleted since: shown, so that nothing is changed without the user choosing.
        combo->addItem(deleted, uuid);
        combo->setCurrentIndex(combo->count() - 1);
    } else {
        combo->setCurrentIndex(0);
    }
}

} // namespace

CampaignForm::CampaignForm(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_form(new QFormLayout),
      m_title(new QLineEdit(this)), m_start(new OptionalDateEdit(this, false)),
      m_end(new OptionalDateEdit(this)), m_plan(new QComboBox(this)), m_channels(new ChannelBoxes(this)),
      m_concerns(new QListWidget(this)), m_cost(new QDoubleSpinBox(this)), m_funding(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this)), m_create(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_general(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_general, this))
{
    m_title->setObjectName(QStringLiteral("campaignTitle"));
    m_start->setObjectName(QStringLiteral("campaignStart"));
    m_end->setObjectName(QStringLiteral("campaignEnd"));
    m_plan->setObjectName(QStringLiteral("campaignPlan"));
    m_channels->setObjectName(QStringLiteral("campaignChannels"));
    m_concerns->setObjectName(QStringLiteral("campaignConcerns"));
    m_cost->setObjectName(QStringLiteral("campaignCost"));
    m_funding->setObjectName(QStringLiteral("campaignFunding"));
    m_notes->setObjectName(QStringLiteral("campaignNotes"));
    m_create->setObjectName(QStringLiteral("createCampaignButton"));
    m_delete->setObjectName(QStringLiteral("deleteCampaignButton"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    // Long plan titles and funding source names must not widen the form past its pane.
    for (QComboBox* combo : {m_plan, m_funding}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_concerns->setMinimumHeight(70);
    m_concerns->setMaximumHeight(110);
    m_concerns->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_concerns->setTextElideMode(Qt::ElideRight);
    m_concerns->setUniformItemSizes(true);
    m_cost->setRange(0, limits::kMoney);
    m_cost->setDecimals(2);
    m_cost->setGroupSeparatorShown(true);
    m_cost->setKeyboardTracking(false);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(44);
    m_notes->setMaximumHeight(70);
    m_notes->installEventFilter(this);
    m_create->setDefault(true);

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto bound = [this](const QString& field, QWidget* editor) {
        auto* message = FieldErrors::makeMessageLabel(this);
        message->setObjectName(QStringLiteral("campaignError_") + field);
        m_errors->bind(field, editor, message);
        return FieldErrors::withMessage(editor, message, this);
    };
    // Labels get a stand-in text (an empty one makes none) and are named in retranslate().
    const auto row = [&](const QString& field, QWidget* editor) {
        m_form->addRow(QStringLiteral("-"), bound(field, editor));
    };
    // A pair of fields on one row ("Start: … End: …"), so that the form fits 1366×768.
    const auto pair = [&](const QString& field, QWidget* first, const QString& secondField, QWidget* second,
                          const QString& secondLabel) {
        auto* both = new QWidget(this);
        auto* layout = new QHBoxLayout(both);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(this);
        label->setObjectName(secondLabel);
        label->setBuddy(second);
        layout->addWidget(bound(field, first), 1);
        layout->addWidget(label);
        layout->addWidget(bound(secondField, second), 1);
        m_form->addRow(QStringLiteral("-"), both);
    };
    row(QStringLiteral("title"), m_title);
    pair(QStringLiteral("start_date"), m_start, QStringLiteral("end_date"), m_end,
         QStringLiteral("campaignEndLabel"));
    row(QStringLiteral("plan"), m_plan);
    row(QStringLiteral("channels"), m_channels);
    row(QStringLiteral("concerns"), m_concerns);
    pair(QStringLiteral("cost"), m_cost, QStringLiteral("funding_source"), m_funding,
         QStringLiteral("campaignFundingLabel"));
    row(QStringLiteral("notes"), m_notes);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        commit([this](Campaign& c) { c.title = m_title->text(); }, QT_TR_NOOP("change the title of %1"));
    });
    connect(m_title, &QLineEdit::returnPressed, this, [this] {
        if (isNew())
            createCampaign();
    });
    connect(m_start, &OptionalDateEdit::committed, this, [this] {
        commit([this](Campaign& c) { c.start = m_start->optionalDate(); },
               QT_TR_NOOP("change when %1 started"));
    });
    connect(m_end, &OptionalDateEdit::committed, this, [this] {
        commit([this](Campaign& c) { c.end = m_end->optionalDate(); }, QT_TR_NOOP("change when %1 ended"));
    });
    connect(m_plan, &QComboBox::activated, this, [this] {
        commit([this](Campaign& c) { c.planUuid = m_plan->currentData().toString(); },
               QT_TR_NOOP("change the action plan of %1"));
    });
    connect(m_channels, &ChannelBoxes::edited, this, [this](const QStringList& channels) {
        commit([channels](Campaign& c) { c.channels = channels; }, QT_TR_NOOP("change the channels of %1"));
    });
    connect(m_concerns, &QListWidget::itemChanged, this, [this] {
        if (m_loading)
            return;
        const QStringList ticked = tickedConcerns();
        commit([ticked](Campaign& c) { c.concernUuids = ticked; },
               QT_TR_NOOP("change the concerns %1 serves"));
    });
    connect(m_cost, &QDoubleSpinBox::editingFinished, this, [this] {
        commit([this](Campaign& c) { c.cost = m_cost->value(); }, QT_TR_NOOP("change the cost of %1"));
    });
    connect(m_funding, &QComboBox::activated, this, [this] {
        commit([this](Campaign& c) { c.fundingSourceUuid = m_funding->currentData().toString(); },
               QT_TR_NOOP("change who paid for %1"));
    });
    connect(m_create, &QPushButton::clicked, this, &CampaignForm::createCampaign);
    connect(m_delete, &QPushButton::clicked, this, &CampaignForm::deleteRequested);
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("plan")) || kinds.contains(QStringLiteral("reference_item")))
            fillChoices();
        if (kinds.contains(QStringLiteral("concern")) && isNew())
            fillConcerns(tickedConcerns());
        for (const char* kind : {"campaign", "campaign_channel", "campaign_concern", "concern"})
            if (kinds.contains(QLatin1String(kind))) {
                reloadShown();
                break;
            }
    });

    QList<QWidget*> chain{m_title, m_start, m_end, m_plan};
    for (QCheckBox* box : m_channels->boxes())
        chain << box;
    chain << QList<QWidget*>{m_concerns, m_cost, m_funding, m_notes, m_create, m_delete};
    team::setTabChain(chain);
    retranslate();
    startNew();
}

bool CampaignForm::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commit([this](Campaign& c) { c.notes = m_notes->toPlainText(); },
               QT_TR_NOOP("change the notes of %1"));
    return QWidget::eventFilter(watched, event);
}

void CampaignForm::retranslate()
{
    const auto label = [this](QWidget* field, const QString& text) {
        // The row holds the field with its message under it.
        for (int i = 0; i < m_form->rowCount(); ++i) {
            auto* item = m_form->itemAt(i, QFormLayout::FieldRole);
            if (item && item->widget() && item->widget()->isAncestorOf(field))
                if (auto* caption =
                        qobject_cast<QLabel*>(m_form->itemAt(i, QFormLayout::LabelRole)->widget())) {
                    caption->setText(text);
                    caption->setBuddy(field);
                    return;
                }
        }
    };
    label(m_title, tr("&Title:"));
    label(m_start, tr("&Start:"));
    label(m_plan, tr("For action &plan:"));
    label(m_channels, tr("C&hannels:"));
    label(m_concerns, tr("C&oncerns:"));
    label(m_cost, tr("Co&st, somoni:"));
    label(m_notes, tr("No&tes:"));
    if (auto* end = findChild<QLabel*>(QStringLiteral("campaignEndLabel")))
        end->setText(tr("&End:"));
    if (auto* funding = findChild<QLabel*>(QStringLiteral("campaignFundingLabel")))
        funding->setText(tr("Paid &by:"));
    m_title->setPlaceholderText(tr("For example: Safe roads to school"));
    m_end->setEmptyText(tr("still running"));
    m_create->setText(tr("C&reate campaign"));
    m_delete->setText(tr("&Delete campaign…"));
    fillChoices();
    if (isNew())
        m_heading->setText(tr("New campaign"));
}

void CampaignForm::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    fillChoices();
    if (isNew())
        fillConcerns({});
}

void CampaignForm::fillChoices()
{
    const bool wasLoading = std::exchange(m_loading, true);
    Database& db = m_session.db();
    const auto refill = [](QComboBox* combo, const QString& none,
                           const QList<std::pair<QString, QString>>& items) {
        const QString chosen = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(none, QString());
        for (const auto& [uuid, text] : items)
            combo->addItem(text, uuid);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    };
    QList<std::pair<QString, QString>> plans;
    if (!m_team.isEmpty())
        if (auto all = PlanRepository(db).plans(m_team))
            for (const ActionPlan& plan : *all)
                plans << std::pair{plan.meta.uuid, QStringLiteral("%1 · %2").arg(plan.code, plan.title)};
    refill(m_plan, tr("none"), plans);
    QList<std::pair<QString, QString>> sources;
    const QString language = Translations::current();
    if (auto all = ReferenceRepository(db).items(ReferenceList::FundingSource))
        for (const ReferenceItem& item : *all)
            sources << std::pair{item.meta.uuid, item.name(language)};
    refill(m_funding, tr("not said"), sources);
    m_loading = wasLoading;
}

void CampaignForm::fillConcerns(const QStringList& ticked)
{
    const bool wasLoading = std::exchange(m_loading, true);
    const QSignalBlocker blocker(m_concerns);
    m_concerns->clear();
    if (!m_team.isEmpty()) {
        ConcernFilter filter;
        filter.teamUuid = m_team;
        filter.sort = ConcernFilter::Sort::Code;
        filter.descending = false;
        if (auto concerns = ConcernRepository(m_session.db()).page(filter, 0, kMaxConcerns))
            for (const ConcernRow& concern : *concerns) {
                auto* item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(concern.code, concern.title),
                                                 m_concerns);
                item->setData(Qt::UserRole, concern.uuid);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                item->setCheckState(ticked.contains(concern.uuid) ? Qt::Checked : Qt::Unchecked);
                item->setToolTip(item->text());
            }
    }
    m_loading = wasLoading;
}

QStringList CampaignForm::tickedConcerns() const
{
    QStringList ticked;
    for (int i = 0; i < m_concerns->count(); ++i)
        if (m_concerns->item(i)->checkState() == Qt::Checked)
            ticked << m_concerns->item(i)->data(Qt::UserRole).toString();
    return ticked;
}

void CampaignForm::startNew()
{
    m_uuid.clear();
    m_errors->clear();
    Campaign blank;
    blank.start = QDate::currentDate();
    fill(blank);
    m_create->show();
    m_delete->hide();
    m_heading->setText(tr("New campaign"));
}

void CampaignForm::showCampaign(const QString& uuid)
{
    auto found = uuid.isEmpty() ? Result<Campaign>(Error{QString(), {}})
                                : CampaignRepository(m_session.db()).campaign(uuid);
    if (!found) {
        startNew();
        return;
    }
    m_errors->clear();
    m_uuid = uuid;
    fill(*found);
    m_create->hide();
    m_delete->show();
}

void CampaignForm::reloadShown()
{
    if (isNew())
        return;
    if (auto found = CampaignRepository(m_session.db()).campaign(m_uuid))
        fill(*found);
}

void CampaignForm::fill(const Campaign& c)
{
    m_loading = true;
    setText(m_title, c.title);
    m_start->setOptionalDate(c.start);
    m_end->setOptionalDate(c.end);
    setChoice(m_plan, c.planUuid, tr("(deleted)"));
    setChoice(m_funding, c.fundingSourceUuid, tr("(deleted)"));
    m_channels->setChannels(c.channels);
    fillConcerns(c.concernUuids);
    {
        const QSignalBlocker blocker(m_cost);
        m_cost->setValue(c.cost);
    }
    if (m_notes->toPlainText() != c.notes) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(c.notes);
    }
    if (!c.meta.uuid.isEmpty())
        m_heading->setText(QStringLiteral("%1 · %2").arg(c.code, c.title));
    m_loading = false;
}

void CampaignForm::commit(const std::function<void(Campaign&)>& change, const char* text)
{
    if (m_loading || isNew())
        return;
    m_errors->clear();
    auto done = editCampaign(m_session, m_uuid, change, tr(text));
    if (!done)
        m_errors->show(done.error());
}

void CampaignForm::createCampaign()
{
    if (!isNew())
        return;
    Campaign c;
    c.teamUuid = m_team;
    c.title = m_title->text();
    c.start = m_start->optionalDate();
    c.end = m_end->optionalDate();
    c.planUuid = m_plan->currentData().toString();
    c.channels = m_channels->channels();
    c.concernUuids = tickedConcerns();
    c.cost = m_cost->value();
    c.fundingSourceUuid = m_funding->currentData().toString();
    c.notes = m_notes->toPlainText();
    m_errors->clear();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("record campaign %1").arg(c.title.trimmed()),
                                QStringLiteral("campaign"), [&db, c]() -> Result<QString> {
                                    auto made = CampaignRepository(db).createCampaign(c);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    showCampaign(*created);
    Q_EMIT campaignCreated(*created);
}

} // namespace hamkori
