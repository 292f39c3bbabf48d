#pragma once
// Choosing the language of the window. Each language is named in itself, so that anyone finds theirs
// whatever the window speaks now. The change applies at once (every page retranslates itself on the
// LanguageChange event) and is remembered for the next start.
#include <QGroupBox>

class QComboBox;
class QLabel;

namespace hamkori::settings {

class LanguageBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit LanguageBox(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void choose(int index);

    QComboBox* m_combo;
    QLabel* m_label;
    QLabel* m_hint;
    QLabel* m_error;
};

} // namespace hamkori::settings
