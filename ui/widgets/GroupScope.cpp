#include "GroupScope.h"
#include <QComboBox>
#include <QSignalBlocker>

namespace hamkori::groupscope {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(GroupScope)
public:
    static QString all() { return tr("All teams"); }
    static QString allOf(GroupKind kind)
    {
        switch (kind) {
        case GroupKind::PartnershipTeam:
            return tr("All partnership teams");
        case GroupKind::PublicCouncil:
            return tr("All public councils");
        case GroupKind::InteragencyGroup:
            return tr("All inter-agency working groups");
        case GroupKind::WomenInitiative:
            return tr("All women's initiative groups");
        case GroupKind::YouthInitiative:
            return tr("All youth initiative groups");
        case GroupKind::CsoNetwork:
            return tr("All networks of civil society organisations");
        }
        return all();
    }
};

} // namespace

QString allOfKind(GroupKind kind)
{
    return Texts::allOf(kind);
}

void fill(QComboBox* combo)
{
    const QSignalBlocker quiet(combo);
    const QVariant chosen = combo->currentData();
    // Items before the first scope (a "this team" entry the caller added) stay.
    for (int i = combo->count() - 1; i >= 0; --i)
        if (combo->itemData(i).toString() == kAll || enumFromCode<GroupKind>(combo->itemData(i).toString()))
            combo->removeItem(i);
    combo->addItem(Texts::all(), kAll);
    for (const auto& entry : EnumTraits<GroupKind>::entries())
        combo->addItem(Texts::allOf(entry.value), QString::fromLatin1(entry.code));
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

std::optional<GroupKind> kindOf(const QString& scope)
{
    return enumFromCode<GroupKind>(scope);
}

} // namespace hamkori::groupscope
