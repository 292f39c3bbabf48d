#pragma once
// The entries of one editable list (categories, drivers, lead bodies, funding sources, criteria) as a table:
// the name in Tajik, Russian and English, and a criterion's default weight. Edits in place go through the
// undo layer; a built-in entry without a name of the user's in a language shows its translation, greyed, as
// a placeholder.
#include "core/Result.h"
#include "core/model/Reference.h"
#include "RowReplacer.h"

namespace hamkori {
class Session;
}

namespace hamkori::settings {

class ReferenceListModel : public RowReplacer
{
    Q_OBJECT
public:
    enum Column
    {
        Tajik,
        Russian,
        English,
        Weight, // criteria only
    };

    ReferenceListModel(Session& session, QObject* parent = nullptr);

    /// Shows another list (the weight column comes and goes with the criteria).
    void setList(ReferenceList list);
    ReferenceList list() const { return m_list; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Saves the edit through the undo layer; a refused edit saves nothing and emits editRefused.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    ReferenceItem item(int row) const { return m_items.value(row); }
    int rowOf(const QString& uuid) const;
    /// Reads the list again (the model also follows the database's change signal by itself).
    void reload();
    /// Names of headers and placeholders depend on the language: call on a language change.
    void retranslate();
    QString lastError() const { return m_lastError; }

    /// The language of a name column ("tg", "ru", "en").
    static QString languageOf(int column);

Q_SIGNALS:
    void editRefused(const hamkori::Error& error);

private:
    QString storedName(const ReferenceItem& item, int column) const;
    /// The name shown when the user has typed none: the translation of a built-in entry's name.
    QString placeholder(const ReferenceItem& item, int column) const;

    Session& m_session;
    ReferenceList m_list = ReferenceList::Category;
    QList<ReferenceItem> m_items;
    QString m_lastError;
};

} // namespace hamkori::settings
