#pragma once
// The resolution of one conflict: keep one of the values (each shown with the laptop and time of its change),
// or write a merged value in an editor of the field's type (MergedValueEditor; a reference to another record
// can only be kept, not written); for an edit against a deletion, keep the record deleted or bring it back
// with the edits. Saving calls sync::resolveConflict, a change like any other that travels to the other
// laptops.
//
// Not on the undo stack on purpose: a resolution names every value it replaces, so undoing it could only
// write one value back as a new edit; the other values would leave the inbox for good.
#include "core/sync/MergeConflicts.h"
#include <QGroupBox>
#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace hamkori::exchange {

class MergedValueEditor;

class ConflictResolver : public QGroupBox
{
    Q_OBJECT
public:
    ConflictResolver(Database& db, QWidget* parent = nullptr);

    /// Shows the choices for this conflict; `deviceNames` names the laptops.
    void setConflict(const sync::Conflict& conflict, const QHash<QString, QString>& deviceNames);
    void clearConflict();
    /// The choice buttons in order: the values, then the merged value (not for a deletion or a reference).
    QList<QRadioButton*> choices() const;
    MergedValueEditor* mergedEditor() const { return m_merged; }

    /// Saves the chosen value; false (with the message shown) when it could not be saved.
    bool save();

Q_SIGNALS:
    void resolved();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void addChoiceRow(const QString& text, int id);
    void updateSave();

    Database& m_db;
    std::optional<sync::Conflict> m_conflict;
    QHash<QString, QString> m_deviceNames;
    QList<QVariant> m_values; // what each choice button saves (the merged value is read from the editor)
    QLabel* m_intro;
    QVBoxLayout* m_choiceLayout;
    QList<QWidget*> m_choiceRows; // a button and its text, which wraps (a long value widened the window)
    QButtonGroup* m_group;
    MergedValueEditor* m_merged;
    QLabel* m_keepOnly; // why a reference offers no merged value
    QPushButton* m_save;
    QLabel* m_message;
};

} // namespace hamkori::exchange
