#pragma once
// The first question of a first start: in which language should Hamkori speak? Asked while no language has
// been chosen yet (no QSettings value), with the language the program started in preselected: at a first
// start that is the one Translations::suggestedLanguage() took from the system. Each language is named in
// itself and the title is written in all three, so that anyone finds theirs whatever the window speaks now. A
// choice applies at once (every page retranslates itself) and is remembered for the next start.
#include <QGroupBox>

class QButtonGroup;

namespace hamkori {

class LanguageChoice : public QGroupBox
{
    Q_OBJECT
public:
    explicit LanguageChoice(QWidget* parent = nullptr);

    /// True while no language has been chosen: the question still has to be asked.
    static bool needed();
    /// Remembers the language the window speaks now: the user went on with the one preselected.
    static void rememberCurrent();
    /// Asks in a small modal window of its own, for a data file that already has teams and so skips the
    /// first-start screen; remembers the answer, also when the window is closed without one.
    static void askInDialog(QWidget* parent = nullptr);

Q_SIGNALS:
    void chosen(const QString& language);

private:
    void choose(const QString& language);

    QButtonGroup* m_group;
};

} // namespace hamkori
