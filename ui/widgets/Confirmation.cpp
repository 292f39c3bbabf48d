#include "Confirmation.h"
#include <QMessageBox>
#include <QPushButton>

namespace hamkori {

bool Confirmation::ask(const QString& title, const QString& question, const QString& yesText) const
{
    if (m_answer)
        return m_answer(question);
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, m_parent);
    if (!yesText.isEmpty())
        box.button(QMessageBox::Yes)->setText(yesText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

} // namespace hamkori
