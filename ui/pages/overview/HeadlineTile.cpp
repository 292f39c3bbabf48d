#include "HeadlineTile.h"
#include <QLabel>
#include <QVBoxLayout>

namespace hamkori {

HeadlineTile::HeadlineTile(const QString& name, QWidget* parent)
    : QFrame(parent), m_value(new QLabel(this)), m_caption(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_value->setObjectName(name);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->setSpacing(0);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
}

void HeadlineTile::setCaption(const QString& caption)
{
    m_caption->setText(caption);
    m_value->setAccessibleName(caption);
}

void HeadlineTile::setValue(const QString& value, bool alert)
{
    m_value->setText(value);
    QPalette colours = palette();
    if (alert)
        colours.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_value->setPalette(colours);
}

QString HeadlineTile::value() const
{
    return m_value->text();
}

} // namespace hamkori
