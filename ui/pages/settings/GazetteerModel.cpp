#include "GazetteerModel.h"
#include "core/storage/RecordEdits.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"

namespace hamkori::settings {

GazetteerModel::GazetteerModel(Session& session, QObject* parent) : RowReplacer(parent), m_session(session)
{
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("gazetteer")))
            reload();
    });
    reload();
}

void GazetteerModel::reload()
{
    auto places = ReferenceRepository(m_session.db()).gazetteer();
    m_lastError = places.errorMessage();
    replaceRows(m_entries, places ? *places : QList<GazetteerEntry>());
}

void GazetteerModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GazetteerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int GazetteerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList GazetteerModel::kinds()
{
    return {QStringLiteral("region"), QStringLiteral("district"), QStringLiteral("city"),
            QStringLiteral("city-district")};
}

QString GazetteerModel::kindName(const QString& kind)
{
    if (kind == u"region")
        return tr("Region");
    if (kind == u"district")
        return tr("District");
    if (kind == u"city")
        return tr("City");
    if (kind == u"city-district")
        return tr("City district");
    return kind;
}

QList<GazetteerEntry> GazetteerModel::regions() const
{
    QList<GazetteerEntry> found;
    for (const GazetteerEntry& entry : m_entries)
        if (entry.kind == u"region")
            found << entry;
    return found;
}

QString GazetteerModel::regionName(const QString& regionCode) const
{
    for (const GazetteerEntry& entry : m_entries)
        if (entry.kind == u"region" && entry.regionCode == regionCode)
            return entry.name(Translations::current());
    return regionCode;
}

QVariant GazetteerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GazetteerEntry& entry = m_entries[index.row()];
    if (role == Qt::ToolTipRole) // the full text of a cell the column cuts short
        return index.column() == Region
                   ? QStringLiteral("%1 (%2)").arg(regionName(entry.regionCode), entry.regionCode)
                   : data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Region:
        return role == Qt::EditRole ? entry.regionCode : regionName(entry.regionCode);
    case Kind:
        return role == Qt::EditRole ? entry.kind : kindName(entry.kind);
    case English:
        return entry.nameEn;
    case Tajik:
        return entry.nameTg;
    case Russian:
        return entry.nameRu;
    case FormerNames:
        return entry.formerNames;
    default:
        return {};
    }
}

QVariant GazetteerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowReplacer::headerData(section, orientation, role);
    switch (section) {
    case Region:
        return tr("Region");
    case Kind:
        return tr("Kind");
    case English:
        return tr("Name in English");
    case Tajik:
        return tr("Name in Tajik");
    case Russian:
        return tr("Name in Russian");
    case FormerNames:
        return tr("Former names");
    default:
        return {};
    }
}

Qt::ItemFlags GazetteerModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    // A region's code and kind hold the gazetteer together: only places below a region move or change kind.
    const bool isRegion = m_entries[index.row()].kind == u"region";
    if (!isRegion || index.column() >= English)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool GazetteerModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const GazetteerEntry before = m_entries[index.row()];
    GazetteerEntry after = before;
    const QString text = value.toString().simplified();
    const QString name = before.name(Translations::current());
    QString undoText = tr("rename %1").arg(name);
    switch (index.column()) {
    case Region:
        after.regionCode = text;
        undoText = tr("move %1 to another region").arg(name);
        break;
    case Kind:
        after.kind = text;
        undoText = tr("change kind of %1").arg(name);
        break;
    case English:
        after.nameEn = text;
        break;
    case Tajik:
        after.nameTg = text;
        break;
    case Russian:
        after.nameRu = text;
        break;
    case FormerNames:
        after.formerNames = text;
        undoText = tr("change former names of %1").arg(name);
        break;
    default:
        return false;
    }
    const FieldPatch patch = RecordEdits::patch(before, after);
    if (patch.isEmpty())
        return true;
    auto done = undo::edit(m_session, undoText, patch);
    if (!done) {
        Q_EMIT editRefused(done.error());
        return false;
    }
    return true;
}

int GazetteerModel::rowOf(const QString& uuid) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].meta.uuid == uuid)
            return row;
    return -1;
}

} // namespace hamkori::settings
