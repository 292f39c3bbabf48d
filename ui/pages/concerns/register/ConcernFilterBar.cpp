#include "ConcernFilterBar.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/widgets/GroupScope.h"
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace hamkori {

namespace {

enum RestrictedChoice
{
    AnyRestricted,
    OnlyRestricted,
    HideRestricted
};

QComboBox* makeCombo(QWidget* parent, const char* name)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    // Long Tajik and Russian names must not widen the register beyond its half of the page.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return combo;
}

/// Keeps the chosen entry (by its data) while a combo box is filled again.
template <typename Fill> void refill(QComboBox* combo, Fill fill)
{
    const QVariant chosen = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    fill();
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

ConcernFilterBar::ConcernFilterBar(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_search(new QLineEdit(this)), m_scope(makeCombo(this, "scopeFilter")),
      m_status(makeCombo(this, "statusFilter")), m_category(makeCombo(this, "categoryFilter")),
      m_place(new QLineEdit(this)), m_raisedBy(makeCombo(this, "raisedByFilter")),
      m_restricted(makeCombo(this, "restrictedFilter")), m_prioritised(new QCheckBox(this)),
      m_clear(new QPushButton(this)), m_statusLabel(new QLabel(this)), m_categoryLabel(new QLabel(this)),
      m_placeLabel(new QLabel(this)), m_raisedByLabel(new QLabel(this)), m_restrictedLabel(new QLabel(this)),
      m_scopeLabel(new QLabel(this)), m_typing(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_place->setObjectName(QStringLiteral("placeFilter"));
    m_place->setClearButtonEnabled(true);
    m_prioritised->setObjectName(QStringLiteral("prioritisedFilter"));
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));

    m_statusLabel->setBuddy(m_status);
    m_categoryLabel->setBuddy(m_category);
    m_placeLabel->setBuddy(m_place);
    m_raisedByLabel->setBuddy(m_raisedBy);
    m_restrictedLabel->setBuddy(m_restricted);
    m_scopeLabel->setBuddy(m_scope);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_search, 0, 0, 1, 4);
    grid->addWidget(m_statusLabel, 1, 0);
    grid->addWidget(m_status, 1, 1);
    grid->addWidget(m_categoryLabel, 1, 2);
    grid->addWidget(m_category, 1, 3);
    grid->addWidget(m_raisedByLabel, 2, 0);
    grid->addWidget(m_raisedBy, 2, 1);
    grid->addWidget(m_placeLabel, 2, 2);
    grid->addWidget(m_place, 2, 3);
    grid->addWidget(m_restrictedLabel, 3, 0);
    grid->addWidget(m_restricted, 3, 1);
    grid->addWidget(m_scopeLabel, 3, 2);
    grid->addWidget(m_scope, 3, 3);
    auto* lastRow = new QHBoxLayout;
    lastRow->addWidget(m_prioritised);
    lastRow->addStretch();
    lastRow->addWidget(m_clear);
    grid->addLayout(lastRow, 4, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_category);
    setTabOrder(m_category, m_raisedBy);
    setTabOrder(m_raisedBy, m_place);
    setTabOrder(m_place, m_restricted);
    setTabOrder(m_restricted, m_scope);
    setTabOrder(m_scope, m_prioritised);
    setTabOrder(m_prioritised, m_clear);

    // Typing waits for a pause so that each key does not run a query; lists apply at once.
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &ConcernFilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_place, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_scope, m_status, m_category, m_raisedBy, m_restricted})
        connect(combo, &QComboBox::currentIndexChanged, this, &ConcernFilterBar::emitChanged);
    connect(m_prioritised, &QCheckBox::toggled, this, &ConcernFilterBar::emitChanged);
    connect(m_clear, &QPushButton::clicked, this, &ConcernFilterBar::clear);

    fillStatic();
    reloadCategories();
    retranslate();
}

void ConcernFilterBar::emitChanged()
{
    m_typing->stop();
    if (!m_silent)
        Q_EMIT filterChanged();
}

void ConcernFilterBar::fillStatic()
{
    refill(m_status, [this] {
        m_status->addItem(tr("Any status"));
        for (int i = 0; i < enumCount<ConcernStatus>(); ++i)
            m_status->addItem(displayName(ConcernStatus(i)), codeOf(ConcernStatus(i)));
    });
    refill(m_raisedBy, [this] {
        m_raisedBy->addItem(tr("Any group"));
        for (int i = 0; i < enumCount<RaisedBy>(); ++i)
            m_raisedBy->addItem(displayName(RaisedBy(i)), codeOf(RaisedBy(i)));
    });
    refill(m_restricted, [this] {
        m_restricted->addItem(tr("Show all"), int(AnyRestricted));
        m_restricted->addItem(tr("Only restricted"), int(OnlyRestricted));
        m_restricted->addItem(tr("Hide restricted"), int(HideRestricted));
    });
    refill(m_scope, [this] {
        m_scope->addItem(tr("This team"), QString());
        groupscope::fill(m_scope);
    });
}

void ConcernFilterBar::reloadCategories()
{
    refill(m_category, [this] {
        m_category->addItem(tr("Any category"));
        auto categories = ReferenceRepository(m_db).items(ReferenceList::Category);
        if (!categories)
            return;
        const QString language = Translations::current();
        for (const ReferenceItem& item : *categories)
            m_category->addItem(item.name(language), item.meta.uuid);
    });
}

void ConcernFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search concerns: code, title, place, causes… (Tajik or Russian)"));
    m_search->setToolTip(tr("Every word typed must begin a word of the concern"));
    m_place->setPlaceholderText(tr("Any place"));
    m_statusLabel->setText(tr("&Status:"));
    m_categoryLabel->setText(tr("Ca&tegory:"));
    m_raisedByLabel->setText(tr("Raised &by:"));
    m_placeLabel->setText(tr("Pla&ce:"));
    m_restrictedLabel->setText(tr("Rest&ricted:"));
    m_scopeLabel->setText(tr("Tea&ms:"));
    m_prioritised->setText(tr("Only &priorities"));
    m_prioritised->setToolTip(tr("Only concerns chosen in a prioritisation round"));
    m_clear->setText(tr("Clear &filters"));
    fillStatic();
}

ConcernFilter ConcernFilterBar::filter() const
{
    ConcernFilter f;
    f.search = m_search->text().trimmed();
    if (auto status = enumFromCode<ConcernStatus>(m_status->currentData().toString()))
        f.status = status;
    f.categoryUuid = m_category->currentData().toString();
    f.place = m_place->text().trimmed();
    if (auto raisedBy = enumFromCode<RaisedBy>(m_raisedBy->currentData().toString()))
        f.raisedBy = raisedBy;
    switch (m_restricted->currentData().toInt()) {
    case OnlyRestricted:
        f.restricted = true;
        break;
    case HideRestricted:
        f.restricted = false;
        break;
    default:
        break;
    }
    f.prioritisedOnly = m_prioritised->isChecked();
    if (const auto kind = groupscope::kindOf(m_scope->currentData().toString()))
        f.groupKind = codeOf(*kind);
    return f;
}

bool ConcernFilterBar::allTeams() const
{
    return !m_scope->currentData().toString().isEmpty();
}

void ConcernFilterBar::setAllTeams(bool all)
{
    m_scope->setCurrentIndex(all ? 1 : 0);
}

bool ConcernFilterBar::isFiltering() const
{
    const ConcernFilter f = filter();
    return !f.search.isEmpty() || f.status || !f.categoryUuid.isEmpty() || !f.place.isEmpty() || f.raisedBy ||
           f.restricted || f.prioritisedOnly;
}

void ConcernFilterBar::resetAll()
{
    m_search->clear();
    m_place->clear();
    for (QComboBox* combo : {m_status, m_category, m_raisedBy, m_restricted})
        combo->setCurrentIndex(0);
    m_prioritised->setChecked(false);
}

void ConcernFilterBar::clear()
{
    m_silent = true;
    resetAll();
    m_silent = false;
    emitChanged();
}

void ConcernFilterBar::searchFor(const QString& text)
{
    m_silent = true;
    resetAll();
    m_search->setText(text);
    m_silent = false;
    emitChanged();
}

bool ConcernFilterBar::clearFiltersHiding(const Concern& concern)
{
    const ConcernFilter f = filter();
    bool changed = false;
    m_silent = true;
    if (f.status && *f.status != concern.status) {
        m_status->setCurrentIndex(0);
        changed = true;
    }
    if (!f.categoryUuid.isEmpty() && f.categoryUuid != concern.categoryUuid) {
        m_category->setCurrentIndex(0);
        changed = true;
    }
    if (!f.place.isEmpty() && !concern.place.contains(f.place, Qt::CaseInsensitive)) {
        m_place->clear();
        changed = true;
    }
    if (f.raisedBy && *f.raisedBy != concern.raisedBy) {
        m_raisedBy->setCurrentIndex(0);
        changed = true;
    }
    if (f.restricted && *f.restricted != concern.restricted) {
        m_restricted->setCurrentIndex(0);
        changed = true;
    }
    // Whether the search or the priority matches needs the index: the caller checks the list afterwards
    // and clears those when the concern is still not shown.
    m_silent = false;
    if (changed)
        emitChanged();
    return changed;
}

} // namespace hamkori
