#include "ReferenceListModel.h"
#include "BuiltInNames.h"
#include "core/storage/RecordEdits.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace hamkori::settings {

ReferenceListModel::ReferenceListModel(Session& session, QObject* parent)
    : RowReplacer(parent), m_session(session)
{
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("reference_item")))
            reload();
    });
    reload();
}

void ReferenceListModel::setList(ReferenceList list)
{
    if (list == m_list)
        return;
    beginResetModel();
    m_list = list;
    auto items = ReferenceRepository(m_session.db()).items(m_list);
    m_lastError = items.errorMessage();
    m_items = items ? *items : QList<ReferenceItem>();
    endResetModel();
}

void ReferenceListModel::reload()
{
    auto items = ReferenceRepository(m_session.db()).items(m_list);
    m_lastError = items.errorMessage();
    replaceRows(m_items, items ? *items : QList<ReferenceItem>());
}

void ReferenceListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int ReferenceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReferenceListModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_list == ReferenceList::Criterion ? Weight + 1 : English + 1;
}

QString ReferenceListModel::languageOf(int column)
{
    return column == Tajik     ? QStringLiteral("tg")
           : column == Russian ? QStringLiteral("ru")
                               : QStringLiteral("en");
}

QString ReferenceListModel::storedName(const ReferenceItem& item, int column) const
{
    return column == Tajik ? item.nameTg : column == Russian ? item.nameRu : item.nameEn;
}

QString ReferenceListModel::placeholder(const ReferenceItem& item, int column) const
{
    if (item.code.isEmpty() || column == English || !storedName(item, column).isEmpty())
        return {};
    return builtInName(item.nameEn, languageOf(column));
}

QVariant ReferenceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReferenceItem& item = m_items[index.row()];
    const int column = index.column();
    if (column == Weight) {
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(item.defaultWeight, 'g', 4);
        case Qt::EditRole:
            return item.defaultWeight;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return tr("The weight this criterion gets when a prioritisation round starts; a round can change "
                      "it.");
        default:
            return {};
        }
    }
    const QString stored = storedName(item, column);
    const QString shown = placeholder(item, column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return stored.isEmpty() ? shown : stored;
    case Qt::ForegroundRole:
        if (!shown.isEmpty())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (!shown.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: // the full name (a narrow column cuts it short) and what a grey name means
        if (!shown.isEmpty())
            return QString(shown + QLatin1Char('\n') +
                           tr("The built-in name, translated. Type a name to use your own instead."));
        if (!item.code.isEmpty() && column == English)
            return QString(stored + QLatin1Char('\n') +
                           tr("A built-in entry: it is translated into every language where you have not "
                              "typed a name of your own."));
        return stored.isEmpty() ? QVariant() : QVariant(stored);
    default:
        return {};
    }
}

QVariant ReferenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowReplacer::headerData(section, orientation, role);
    switch (section) {
    case Tajik:
        return tr("Name in Tajik");
    case Russian:
        return tr("Name in Russian");
    case English:
        return tr("Name in English");
    case Weight:
        return tr("Default weight");
    default:
        return {};
    }
}

Qt::ItemFlags ReferenceListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool ReferenceListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ReferenceItem before = m_items[index.row()];
    ReferenceItem after = before;
    const int column = index.column();
    QString undoText;
    const QString name = before.name(Translations::current());
    if (column == Weight) {
        bool ok = false;
        after.defaultWeight = value.toDouble(&ok);
        if (!ok) {
            after.defaultWeight = QLocale().toDouble(value.toString(), &ok);
            if (!ok)
                after.defaultWeight = 0; // refused by core with its message
        }
        if (qFuzzyCompare(after.defaultWeight, before.defaultWeight))
            return true;
        undoText = tr("change weight of %1").arg(name);
    } else {
        const QString typed = value.toString().simplified();
        const QString stored = storedName(before, column);
        // Accepting the greyed translation unchanged keeps the entry translated.
        if (typed == stored || (stored.isEmpty() && typed == placeholder(before, column)))
            return true;
        if (column == Tajik)
            after.nameTg = typed;
        else if (column == Russian)
            after.nameRu = typed;
        else {
            after.nameEn = typed;
            // A built-in entry's English name is the source text of its translations: renaming it would
            // lose them, so the translations become the entry's own names where it has none.
            if (!before.code.isEmpty()) {
                if (after.nameTg.isEmpty())
                    after.nameTg = placeholder(before, Tajik);
                if (after.nameRu.isEmpty())
                    after.nameRu = placeholder(before, Russian);
            }
        }
        undoText = tr("rename %1").arg(name);
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

int ReferenceListModel::rowOf(const QString& uuid) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items[row].meta.uuid == uuid)
            return row;
    return -1;
}

} // namespace hamkori::settings
