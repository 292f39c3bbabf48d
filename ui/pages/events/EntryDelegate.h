#pragma once
// The editors of the event's tables, chosen per column: a line of text, a score (a number, with a decimal
// point or comma), an answer (one digit 0–5), a choice from a list, an organisation of the directory or any
// name typed, a date as people type it. Each editor hands the model what was typed; the model decides.
#include <QStyledItemDelegate>
#include <functional>

namespace hamkori {

class Database;

class EntryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Editor
    {
        Text,
        Score,
        Answer,
        Count,
        Choice,
        Organisation, // edit role: {uuid, text}
        Date,         // edit role: the date as text; the model reads it
    };
    /// The entries of a choice: text and item data, in the current language.
    using Choices = std::function<QList<std::pair<QString, QVariant>>()>;

    EntryDelegate(Database& db, QObject* parent);

    void setEditor(int column, Editor editor, Choices choices = {});

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    struct Column
    {
        Editor editor = Editor::Text;
        Choices choices;
    };
    Column columnOf(const QModelIndex& index) const { return m_columns.value(index.column()); }

    Database& m_db;
    QHash<int, Column> m_columns;
};

/// A score typed as "55", "55.5" or "55,5"; empty text is "no score". False for any other text.
bool readScore(const QString& text, std::optional<double>& score);
/// A score as the tables show it: whole points without decimals.
QString scoreText(std::optional<double> score);

} // namespace hamkori
