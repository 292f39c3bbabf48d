#pragma once
// The records of one kind that hang off an event (participants, counts, trainers, test and feedback sheets,
// follow-ups) as an editable table. Columns are described by the panel that shows them; setData() never
// writes itself: it hands the record before and after the edit to the panel's save function (one undo step)
// and the table shows what core stored when the database says that kind changed.
//
// A table may end with a row for a new record (a sheet not yet entered, a person not yet named): a value
// typed there makes the record, and the row stays as the new record while a fresh new row appears under it,
// so that keyboard entry goes on where it was. Rows are updated in place when only values changed or records
// were added, so that the cursor and the editing stay where they are.
#include "core/Result.h"
#include "core/storage/EventRepository.h"
#include <QAbstractTableModel>
#include <QColor>
#include <functional>

namespace hamkori {

class EventRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    static constexpr int UuidRole = Qt::UserRole;
    /// True on the row for a new record.
    static constexpr int NewRowRole = Qt::UserRole + 1;

    /// The last refusal of an edit (empty when the last edit was saved).
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// An edit was refused by core: its translated message. The cell shows the stored value again.
    void editRefused(const QString& message);
    /// An edit was saved.
    void editSaved();

protected:
    QString m_lastError;
};

template <class T> class EventChildModel : public EventRowsModel
{
public:
    struct Column
    {
        Column(std::function<QString()> header_, std::function<QVariant(const T&)> display_,
               std::function<QVariant(const T&)> edit_ = {},
               std::function<void(T&, const QVariant&)> set_ = {},
               Qt::Alignment alignment_ = Qt::AlignLeft | Qt::AlignVCenter,
               std::function<QString()> headerTip_ = {})
            : header(std::move(header_)), display(std::move(display_)), edit(std::move(edit_)),
              set(std::move(set_)), alignment(alignment_), headerTip(std::move(headerTip_))
        {
        }
        std::function<QString()> header; // in the current language
        std::function<QVariant(const T&)> display;
        std::function<QVariant(const T&)> edit; // null: read only
        std::function<void(T&, const QVariant&)> set;
        Qt::Alignment alignment;
        std::function<QString()> headerTip; // the header's tooltip (the whole text when it is cut)
    };
    /// Saves an edited record: `before` as stored, `after` with the one field changed.
    using Save = std::function<Result<void>(const T& before, const T& after)>;
    /// Makes the record typed into the new row; returns its UUID.
    using Create = std::function<Result<QString>(const T& record)>;
    /// A new record of the event shown, with what it starts with (the next sheet number).
    using Blank = std::function<T(const QString& eventUuid)>;

    EventChildModel(Database& db, const QString& kind, Save save, QObject* parent = nullptr)
        : EventRowsModel(parent), m_db(db), m_kind(kind), m_save(std::move(save))
    {
        connect(&db, &Database::recordsChanged, this, [this](const QStringList& kinds) {
            if (kinds.contains(m_kind) || kinds.contains(QStringLiteral("event")))
                refresh();
        });
    }

    /// Offers a row for a new record at the end of the table.
    void setNewRow(Blank blank, Create create)
    {
        m_blank = std::move(blank);
        m_create = std::move(create);
    }
    void setColumns(QList<Column> columns)
    {
        beginResetModel();
        m_columns = std::move(columns);
        endResetModel();
    }
    /// A column's header text was translated again.
    void retranslate() { Q_EMIT headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1)); }

    void setEvent(const QString& eventUuid)
    {
        beginResetModel();
        m_event = eventUuid;
        m_rows = load();
        endResetModel();
    }
    QString eventUuid() const { return m_event; }
    const QList<T>& records() const { return m_rows; }
    bool isNewRow(int row) const { return hasNewRow() && row == m_rows.size(); }
    int rowOf(const QString& uuid) const { return rowIn(m_rows, uuid); }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size()) + (hasNewRow() ? 1 : 0);
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.column() >= m_columns.size() || index.row() >= rowCount())
            return {};
        const bool fresh = isNewRow(index.row());
        const T record = fresh ? m_blankShown : m_rows[index.row()];
        const Column& column = m_columns[index.column()];
        switch (role) {
        case UuidRole:
            return fresh ? QString() : record.meta.uuid;
        case NewRowRole:
            return fresh;
        case Qt::TextAlignmentRole:
            return int(column.alignment);
        case Qt::ForegroundRole:
            return fresh ? QVariant(QColor(Qt::gray)) : QVariant();
        case Qt::DisplayRole:
            // The new row shows only what a record starts with that is not chosen (the sheet number).
            if (fresh && column.edit)
                return {};
            return column.display(record);
        case Qt::EditRole:
            return column.edit ? column.edit(record) : column.display(record);
        case Qt::ToolTipRole:
            if (fresh)
                return EventRowsModel::tr("Type here to add a new one.");
            return column.display(record);
        default:
            return {};
        }
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (index.column() < m_columns.size() && m_columns[index.column()].set)
            flags |= Qt::ItemIsEditable;
        return flags;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_columns[section].header();
        if (role == Qt::ToolTipRole)
            return m_columns[section].headerTip ? m_columns[section].headerTip()
                                                : m_columns[section].header();
        return {};
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role) override
    {
        if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount() ||
            !m_columns[index.column()].set)
            return false;
        const bool fresh = isNewRow(index.row());
        const T before = fresh ? m_blankShown : m_rows[index.row()];
        T after = before;
        m_columns[index.column()].set(after, value);
        if (EventRepository::fieldsOf(before) == EventRepository::fieldsOf(after))
            return true; // nothing changed: passed through with Tab
        Result<void> done;
        m_saving = true;
        if (fresh) {
            auto created = m_create(after);
            done = created ? Result<void>() : Result<void>(created.error());
        } else {
            done = m_save(before, after);
        }
        m_saving = false;
        m_lastError = done ? QString() : done.errorMessage();
        if (!done) {
            Q_EMIT editRefused(m_lastError);
            Q_EMIT dataChanged(index, index); // the stored value again
            return false;
        }
        Q_EMIT editSaved();
        return true;
    }

    /// Reads the records again: in place when only values changed or records were added, so that the cursor
    /// and the editing stay where they are.
    void refresh()
    {
        QList<T> rows = load();
        const qsizetype old = m_rows.size();
        if (m_saving) {
            // A record saved from the table keeps its row, one made there comes under the others: the table
            // takes the stored order again when it is next loaded.
            QList<T> kept;
            for (const T& shown : std::as_const(m_rows))
                for (const T& row : std::as_const(rows))
                    if (row.meta.uuid == shown.meta.uuid)
                        kept << row;
            for (const T& row : std::as_const(rows))
                if (rowIn(kept, row.meta.uuid) < 0)
                    kept << row;
            rows = kept;
        }
        bool prefix = rows.size() >= old;
        for (qsizetype i = 0; prefix && i < old; ++i)
            prefix = rows[i].meta.uuid == m_rows[i].meta.uuid;
        if (!prefix) {
            beginResetModel();
            m_rows = rows;
            m_blankShown = blank();
            endResetModel();
            return;
        }
        const int added = int(rows.size() - old);
        const int columns = int(m_columns.size());
        if (added > 0 && hasNewRow()) {
            // The new row typed into becomes the first record added, then the others and a fresh new row come
            // under it: the cursor and the editing stay on the row typed into.
            m_newRowHidden = true;
            m_rows = rows.mid(0, old + 1);
            if (columns > 0)
                Q_EMIT dataChanged(index(int(old), 0), index(int(old), columns - 1));
            beginInsertRows({}, int(old) + 1, int(old) + added);
            m_rows = rows;
            m_blankShown = blank();
            m_newRowHidden = false;
            endInsertRows();
        } else if (added > 0) {
            beginInsertRows({}, int(old), int(old) + added - 1);
            m_rows = rows;
            endInsertRows();
        } else {
            m_rows = rows;
            m_blankShown = blank();
        }
        // Values of the rows that were there may have changed too (the sheet number of a new row).
        const int last = int(old) - 1 + (hasNewRow() && added == 0 ? 1 : 0);
        if (last >= 0 && columns > 0)
            Q_EMIT dataChanged(index(0, 0), index(last, columns - 1));
    }

private:
    static int rowIn(const QList<T>& rows, const QString& uuid)
    {
        for (int i = 0; i < rows.size(); ++i)
            if (rows[i].meta.uuid == uuid)
                return i;
        return -1;
    }
    bool hasNewRow() const { return bool(m_create) && !m_event.isEmpty() && !m_newRowHidden; }
    T blank() const { return m_blank && !m_event.isEmpty() ? m_blank(m_event) : T{}; }
    QList<T> load()
    {
        m_blankShown = blank();
        if (m_event.isEmpty())
            return {};
        auto rows = EventRepository(m_db).of<T>(m_event);
        return rows ? *rows : QList<T>{};
    }

    Database& m_db;
    QString m_kind;
    Save m_save;
    Blank m_blank;
    Create m_create;
    QList<Column> m_columns;
    QString m_event;
    QList<T> m_rows;
    T m_blankShown{};
    bool m_saving = false;       // while an edit typed into the table is saved
    bool m_newRowHidden = false; // while the new row becomes a record
};

} // namespace hamkori
