#include "ActivityDirectoryPanel.h"
#include "ActivityTableModel.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/RecordEdits.h"
#include "ui/Session.h"
#include "ui/pages/directory/CheckList.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

namespace hamkori::plans {

ActivityDirectoryPanel::ActivityDirectoryPanel(Session& session, ActivityTableModel* activities,
                                               QWidget* parent)
    : QWidget(parent), m_session(session), m_activities(activities), m_leadCaption(new QLabel(this)),
      m_lead(new QComboBox(this)), m_partnersCaption(new QLabel(this)), m_partners(new CheckList(true, this)),
      m_hint(new QLabel(this)), m_error(FieldErrors::makeMessageLabel(this))
{
    m_lead->setObjectName(QStringLiteral("activityLeadOrganisation"));
    m_partners->setObjectName(QStringLiteral("activityDirectoryPartners"));
    m_error->setObjectName(QStringLiteral("activityDirectoryError"));
    m_lead->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lead->setMinimumContentsLength(24);
    m_leadCaption->setBuddy(m_lead);
    m_partnersCaption->setBuddy(m_partners->list());
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // greyed: a hint

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_leadCaption, 0, 0);
    layout->addWidget(m_lead, 1, 0);
    layout->addWidget(m_hint, 2, 0);
    layout->setRowStretch(3, 1);
    layout->addWidget(m_partnersCaption, 0, 1);
    layout->addWidget(m_partners, 1, 1, 3, 1);
    layout->addWidget(m_error, 4, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    connect(m_lead, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            chooseLead();
    });
    connect(m_partners, &CheckList::edited, this, &ActivityDirectoryPanel::setPartners);
    connect(m_activities, &QAbstractItemModel::modelReset, this, [this] { reload(); });
    connect(m_activities, &QAbstractItemModel::dataChanged, this, [this] { reload(); });
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("organisation")) ||
            kinds.contains(QStringLiteral("activity_partner")))
            reload();
    });
    retranslate();
    setRow(-1);
}

QString ActivityDirectoryPanel::activityUuid() const
{
    return m_row >= 0 && m_row < m_activities->rowCount() ? m_activities->activityAt(m_row).meta.uuid
                                                          : QString();
}

void ActivityDirectoryPanel::setRow(int row)
{
    m_row = row;
    m_error->hide();
    reload();
}

void ActivityDirectoryPanel::reload()
{
    const QString activity = activityUuid();
    setEnabled(!activity.isEmpty());
    m_loading = true;
    DirectoryRepository directory(m_session.db());
    auto organisations = directory.organisations();
    m_lead->clear();
    m_lead->addItem(tr("(none chosen)"), QString());
    m_partners->clear();
    if (organisations)
        for (const OrganisationSummary& summary : *organisations) {
            const Organisation& o = summary.organisation;
            const QString text =
                o.shortName.isEmpty() ? o.name : QStringLiteral("%1 (%2)").arg(o.name, o.shortName);
            m_lead->addItem(text, o.meta.uuid);
            m_partners->addEntry(o.meta.uuid, text, o.shortName);
        }
    if (!activity.isEmpty()) {
        const Activity& shown = m_activities->activityAt(m_row);
        m_lead->setCurrentIndex(std::max(0, m_lead->findData(shown.leadOrganisationUuid)));
        if (auto partners = directory.activityPartners(activity))
            m_partners->setChecked(*partners);
    }
    m_loading = false;
}

void ActivityDirectoryPanel::chooseLead()
{
    if (activityUuid().isEmpty())
        return;
    const Activity before = m_activities->activityAt(m_row);
    Activity after = before;
    after.leadOrganisationUuid = m_lead->currentData().toString();
    const FieldPatch patch = RecordEdits::patch(before, after);
    if (patch.isEmpty())
        return;
    m_error->hide();
    auto done = undo::edit(m_session,
                           tr("change the lead organisation of activity %1 of %2")
                               .arg(QString::number(m_row + 1), m_activities->planCode()),
                           patch);
    if (!done)
        showError(done.errorMessage());
}

void ActivityDirectoryPanel::setPartners(const QStringList& partners)
{
    const QString activity = activityUuid();
    if (m_loading || activity.isEmpty())
        return;
    Database& db = m_session.db();
    auto before = DirectoryRepository(db).activityPartners(activity);
    if (!before) {
        showError(before.errorMessage());
        return;
    }
    // The edit is the partners it ticked and unticked: redo and undo apply just those to the partners the
    // activity has then, so a partner another laptop added since stays.
    QStringList added, removed;
    for (const QString& uuid : partners)
        if (!before->contains(uuid))
            added << uuid;
    for (const QString& uuid : *before)
        if (!partners.contains(uuid))
            removed << uuid;
    const auto change = [&db, activity](const QStringList& add, const QStringList& drop) -> Result<void> {
        auto current = DirectoryRepository(db).activityPartners(activity);
        if (!current)
            return current.error();
        QStringList next = *current;
        for (const QString& uuid : drop)
            next.removeAll(uuid);
        for (const QString& uuid : add)
            if (!next.contains(uuid))
                next << uuid;
        return DirectoryRepository(db).setActivityPartners(activity, next);
    };
    m_error->hide();
    auto done = undo::perform(
        m_session,
        tr("change the partners of activity %1 of %2")
            .arg(QString::number(m_row + 1), m_activities->planCode()),
        [change, added, removed] { return change(added, removed); },
        [change, added, removed] { return change(removed, added); });
    if (!done) {
        showError(done.errorMessage());
        reload();
    }
}

void ActivityDirectoryPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ActivityDirectoryPanel::retranslate()
{
    m_leadCaption->setText(tr("&Lead organisation (directory):"));
    m_partnersCaption->setText(tr("Partners from the &directory:"));
    m_partners->filter()->setPlaceholderText(tr("Type to find an organisation"));
    m_hint->setText(tr("Organisations are added on the Directory page. The lead body and the partners "
                       "written in the table stay as they are."));
    if (m_lead->count() > 0)
        m_lead->setItemText(0, tr("(none chosen)"));
}

} // namespace hamkori::plans
