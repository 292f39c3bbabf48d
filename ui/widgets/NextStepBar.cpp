#include "NextStepBar.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <utility>

namespace hamkori {

NextStepBar::NextStepBar(const QString& objectName, QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_buttons(new QHBoxLayout), m_dismiss(new QToolButton(this))
{
    setObjectName(objectName);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_dismiss->setObjectName(objectName + QStringLiteral("Dismiss"));
    setFrameShape(QFrame::StyledPanel);
    // The colours of a tool tip: a note beside the work, readable in light and dark styles alike.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_dismiss->setAutoRaise(true);
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_dismiss, &QToolButton::clicked, this, &NextStepBar::withdraw);
    hide();
    retranslate();
}

void NextStepBar::offer(Text sentence, const QList<Step>& steps)
{
    withdraw();
    m_sentence = std::move(sentence);
    for (const Step& step : steps) {
        auto* button = new QPushButton(this);
        button->setObjectName(step.objectName);
        m_buttons->addWidget(button);
        m_steps << Offered{step, button};
        connect(button, &QPushButton::clicked, this, [this, button] {
            // Taken: the button goes first, since taking the step may offer the next one in this bar.
            std::function<void()> take;
            for (const Offered& offered : std::as_const(m_steps))
                if (offered.button == button)
                    take = offered.step.take;
            remove(button);
            if (take)
                take();
        });
    }
    retranslate();
    refresh();
    if (isOffered())
        show();
}

void NextStepBar::refresh()
{
    QList<QPushButton*> done;
    for (const Offered& offered : std::as_const(m_steps))
        if (offered.step.gone && offered.step.gone())
            done << offered.button;
    for (QPushButton* button : done)
        remove(button);
}

void NextStepBar::remove(QPushButton* button)
{
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps[i].button == button) {
            m_steps.removeAt(i);
            // Gone at once for anyone looking for it (an offer made again names its new button the same),
            // deleted later: it may be the button whose click is being handled.
            button->hide();
            button->setObjectName(QString());
            button->deleteLater();
            break;
        }
    if (m_steps.isEmpty())
        hide();
}

void NextStepBar::withdraw()
{
    while (!m_steps.isEmpty())
        remove(m_steps.first().button);
    hide();
}

void NextStepBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void NextStepBar::retranslate()
{
    m_text->setText(m_sentence ? m_sentence() : QString());
    for (const Offered& offered : std::as_const(m_steps))
        offered.button->setText(offered.step.label());
    m_dismiss->setToolTip(tr("Not now"));
    m_dismiss->setAccessibleName(tr("Not now"));
}

} // namespace hamkori
