#include "FirstStep.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hamkori {

FirstStep::FirstStep(const QString& objectName, QWidget* parent, Placement placement)
    : QWidget(parent), m_sentence(new QLabel(this)), m_button(new QPushButton(this))
{
    setObjectName(objectName);
    m_sentence->setObjectName(objectName + QStringLiteral("Text"));
    m_button->setObjectName(objectName + QStringLiteral("Button"));
    m_sentence->setWordWrap(true);
    // The sentence wraps in the width it is given (a long Tajik sentence never widens the page), and its
    // lines stay short enough to read on a wide screen.
    m_sentence->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_sentence->setMaximumWidth(640);
    // The sentence's own row, so that its height is measured at the width it really has (not the page's).
    auto* line = new QHBoxLayout;
    auto* layout = new QVBoxLayout(this);
    if (placement == Placement::Inline) {
        line->addWidget(m_sentence, 100);
        line->addStretch(1);
        layout->setContentsMargins(0, 4, 0, 4);
        layout->addLayout(line);
        layout->addWidget(m_button, 0, Qt::AlignLeft);
    } else {
        m_sentence->setAlignment(Qt::AlignCenter);
        line->addStretch(1);
        line->addWidget(m_sentence, 100);
        line->addStretch(1);
        layout->setContentsMargins(24, 0, 24, 0);
        layout->addStretch(1);
        layout->addLayout(line);
        layout->addSpacing(8);
        layout->addWidget(m_button, 0, Qt::AlignHCenter);
        layout->addStretch(2);
    }
    connect(m_button, &QPushButton::clicked, this, &FirstStep::taken);
}

void FirstStep::setTexts(const QString& sentence, const QString& buttonText)
{
    m_sentence->setText(sentence);
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
}

QString FirstStep::sentence() const
{
    return m_sentence->text();
}

} // namespace hamkori
