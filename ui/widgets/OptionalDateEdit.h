#pragma once
// The date editor of the whole program: dd.MM.yyyy with a calendar popup, optionally able to say "no date".
// A QDateEdit cannot hold a null date, so an optional editor's lowest date stands for "no date" and shows the
// empty text instead (a blank until the page sets its own words, e.g. "not known").
//
// Pages save every edit at once, so the editor says when the user is done with a date: committed() fires on
// Enter or leaving the field, on a day picked in the calendar, and on a date set from outside while the field
// has no focus. Typing alone (digit by digit) does not commit, and what the page loads never does.
#include <QDateEdit>

namespace hamkori {

class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    /// An optional editor starts empty; a required one starts at today.
    explicit OptionalDateEdit(QWidget* parent = nullptr, bool optional = true);

    bool isOptional() const { return m_optional; }
    /// The words shown for "no date" (call again from retranslate()); ignored by a required editor.
    void setEmptyText(const QString& text);

    /// Shows `date` without committing; an invalid date shows "no date" (today on a required editor). Leaves
    /// alone a date the user is typing in the field.
    void setOptionalDate(QDate date);
    /// The date shown, or an invalid date when an optional editor shows "no date".
    QDate optionalDate() const;

Q_SIGNALS:
    /// The user finished an edit; read optionalDate().
    void committed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void commit();

    bool m_optional;
    bool m_loading = false;
    bool m_typing = false; // changed in the field since the last load or commit
};

} // namespace hamkori
