#pragma once
// A list of short texts that can be edited in place (double-click or F2), added to (type, then Enter or
// Add; typing on the list goes to the new entry, never over the one selected), removed (Delete or Remove)
// and reordered. Used for a concern's causes and effects.
#include <QWidget>

class QLineEdit;
class QListView;
class QToolButton;

namespace hamkori {

class TextListModel;

class TextListEditor : public QWidget
{
    Q_OBJECT
public:
    /// `name` prefixes the object names of the parts ("causes" → "causes", "causesNew", "causesAdd"…).
    TextListEditor(const QString& name, QWidget* parent = nullptr);

    TextListModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    /// The hint shown in the empty entry field ("Add a cause").
    void setPlaceholder(const QString& text);
    void retranslate();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addTyped();
    void removeCurrent();
    void moveCurrent(int delta);
    void updateButtons();

    TextListModel* m_model;
    QListView* m_view;
    QLineEdit* m_entry;
    QToolButton* m_add;
    QToolButton* m_remove;
    QToolButton* m_up;
    QToolButton* m_down;
};

} // namespace hamkori
