#pragma once
// A list of things to tick (the districts an organisation works in, its fields of expertise): each entry
// holds a UUID; headings (a region above its districts) are shown bold and cannot be ticked. A filter line
// above the list keeps a long list (every district of the country) quick to go through. Ticking an entry is
// the user's edit (edited()); showing what is stored (setChecked) is not.
#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace hamkori {

class CheckList : public QWidget
{
    Q_OBJECT
public:
    explicit CheckList(bool withFilter, QWidget* parent = nullptr);

    void clear();
    void addHeading(const QString& text);
    void addEntry(const QString& uuid, const QString& text, const QString& searchText = {});
    /// Ticks exactly these entries, without emitting edited().
    void setChecked(const QStringList& uuids);
    /// The ticked entries, in list order.
    QStringList checked() const;
    /// Ticks or unticks one entry as the user would (emits edited() when it changes); for tests too.
    void setEntryChecked(const QString& uuid, bool checked);
    QLineEdit* filter() const { return m_filter; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    /// The user ticked or unticked an entry: the ticked entries now.
    void edited(const QStringList& checked);

private:
    void applyFilter();
    QListWidgetItem* itemOf(const QString& uuid) const;

    QLineEdit* m_filter;
    QListWidget* m_list;
    bool m_loading = false;
};

} // namespace hamkori
