#pragma once
// "Erase from history…" for one record (issue 16, finding 9): the fields whose earlier values this laptop
// holds, each with how many, to tick; the values shown now stay. Erasing cannot be undone (that is its
// point) and travels to the other laptops with the next bundle, so the dialog says both before anything goes.
#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace hamkori {

class Session;

class EraseHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    EraseHistoryDialog(Session& session, const QString& kind, const QString& record,
                       QWidget* parent = nullptr);

    /// The fields listed (catalogue columns), in order; those with no earlier value are not listed.
    QStringList listedFields() const;
    /// Ticks a field (tests and keyboard users alike).
    void tick(const QString& field, bool ticked = true);
    /// Erases the ticked fields; the message says what was erased or why not.
    void erase();
    QString message() const;

private:
    void reload();

    Session& m_session;
    QString m_kind;
    QString m_record;
    QLabel* m_explanation;
    QListWidget* m_fields;
    QLabel* m_message;
    QPushButton* m_erase;
};

} // namespace hamkori
