#pragma once
// The next step of the cycle, offered in the page after an edit that usually leads to it: after creating a
// team "Add the members" / "Log the first meeting", after a decision "Make the action plan from these
// priorities". A bar in the page, not a dialog: the user may go on with anything else. A step goes away
// when it is taken or done some other way (the page asks with refresh()), the whole bar when every step went
// or the user dismissed it. Its texts are functions, read again on a change of language.
#include <QFrame>
#include <QList>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace hamkori {

class NextStepBar : public QFrame
{
    Q_OBJECT
public:
    using Text = std::function<QString()>;
    struct Step
    {
        QString objectName; // the button's, for tests
        Text label;
        std::function<void()> take;
        std::function<bool()> gone = {}; // done some other way, or no longer apt (undone): not offered
    };

    explicit NextStepBar(const QString& objectName, QWidget* parent = nullptr);

    /// Shows the bar with `sentence` and a button per step (replacing what was offered before).
    void offer(Text sentence, const QList<Step>& steps);
    /// Takes away the steps that are done meanwhile; hides the bar when none is left.
    void refresh();
    /// Hides the bar and forgets its steps.
    void withdraw();
    bool isOffered() const { return !m_steps.isEmpty(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Offered
    {
        Step step;
        QPushButton* button;
    };
    void retranslate();
    void remove(QPushButton* button);

    Text m_sentence;
    QList<Offered> m_steps;
    QLabel* m_text;
    QHBoxLayout* m_buttons;
    QToolButton* m_dismiss;
};

} // namespace hamkori
