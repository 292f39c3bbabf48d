#include "HeadlineTile.h"
#include <QLabel>
#include <QVBoxLayout>

namespace hamkori {

HeadlineTile::HeadlineTile(const QString& name, QWidget* parent)
    : QFrame(parent), m_value(new QLabel(this)), m_caption(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    // As tall as the tallest tile of its row (a caption on two lines): a row of tiles of one height, each
    // with its number at the top.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
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
    layout->addStretch();
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
