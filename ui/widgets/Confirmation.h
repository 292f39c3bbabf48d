#pragma once
// "Really delete …?" before a page deletes something. A page holds one Confirmation; by default it asks the
// user in a message box (Yes / No, No the default, so that Enter does not delete), and tests give it an
// answer instead (setAnswer) so that no modal box blocks them.
#include <QString>
#include <functional>

class QWidget;

namespace hamkori {

class Confirmation
{
public:
    /// Answers a question for the user (tests): true for yes.
    using Answer = std::function<bool(const QString& question)>;

    /// `parent` is the window the message box belongs to.
    explicit Confirmation(QWidget* parent) : m_parent(parent) {}

    /// Asks `question` under the window title `title`; `yesText` renames the Yes button (e.g. "&Delete").
    bool ask(const QString& title, const QString& question, const QString& yesText = {}) const;

    /// Replaces the message box with `answer`; an empty answer brings the message box back.
    void setAnswer(Answer answer) { m_answer = std::move(answer); }

private:
    QWidget* m_parent;
    Answer m_answer;
};

} // namespace hamkori
