#pragma once
// What an empty page shows: one sentence saying what to do first, and a button that does it ("Log the team's
// first meeting" → a new meeting). A facilitator who opens a page with nothing on it should not have to guess
// where to start. The page sets both texts in its retranslate(), so they follow a change of language; an
// empty button text hides the button (when the first step is on another page that cannot be reached yet).
#include <QWidget>

class QLabel;
class QPushButton;

namespace hamkori {

class FirstStep : public QWidget
{
    Q_OBJECT
public:
    enum class Placement
    {
        Centred, // in place of a page's empty content
        Inline   // among a form's rows, aligned with them
    };
    /// The button is named `objectName` + "Button", so that tests find it.
    FirstStep(const QString& objectName, QWidget* parent = nullptr, Placement placement = Placement::Centred);

    void setTexts(const QString& sentence, const QString& buttonText);
    QString sentence() const;
    QPushButton* button() const { return m_button; }

Q_SIGNALS:
    /// The user pressed the button: the page takes the first step.
    void taken();

private:
    QLabel* m_sentence;
    QPushButton* m_button;
};

} // namespace hamkori
