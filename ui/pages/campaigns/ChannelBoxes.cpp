#include "ChannelBoxes.h"
#include "core/model/Enums.h"
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QSignalBlocker>

namespace hamkori {

namespace {
// Two columns: Tajik and Russian channel names are long, and the form is half the window wide.
constexpr int kColumns = 2;
} // namespace

ChannelBoxes::ChannelBoxes(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    for (const QString& code : allCodes<CampaignChannel>()) {
        auto* box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("channel_") + code);
        box->setProperty("channel", code);
        const int at = int(m_boxes.size());
        grid->addWidget(box, at / kColumns, at % kColumns);
        connect(box, &QCheckBox::toggled, this, [this] { Q_EMIT edited(channels()); });
        m_boxes << box;
    }
    retranslate();
}

void ChannelBoxes::setChannels(const QStringList& codes)
{
    for (QCheckBox* box : m_boxes) {
        const QSignalBlocker blocker(box);
        box->setChecked(codes.contains(box->property("channel").toString()));
    }
}

QStringList ChannelBoxes::channels() const
{
    QStringList ticked;
    for (QCheckBox* box : m_boxes)
        if (box->isChecked())
            ticked << box->property("channel").toString();
    return ticked;
}

QCheckBox* ChannelBoxes::box(const QString& code) const
{
    for (QCheckBox* box : m_boxes)
        if (box->property("channel").toString() == code)
            return box;
    return nullptr;
}

void ChannelBoxes::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChannelBoxes::retranslate()
{
    for (QCheckBox* box : m_boxes)
        if (auto channel = enumFromCode<CampaignChannel>(box->property("channel").toString()))
            box->setText(displayName(*channel));
}

} // namespace hamkori
