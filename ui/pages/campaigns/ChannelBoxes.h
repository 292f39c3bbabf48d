#pragma once
// The channels of a campaign (CampaignChannel) as a grid of check boxes, named "channel_<code>". Ticking one
// is the user's edit (edited()); showing what is stored (setChannels) is not.
#include <QStringList>
#include <QWidget>

class QCheckBox;

namespace hamkori {

class ChannelBoxes : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelBoxes(QWidget* parent = nullptr);

    /// Ticks exactly these channel codes, without emitting edited().
    void setChannels(const QStringList& codes);
    /// The ticked channel codes, in the vocabulary's order.
    QStringList channels() const;
    QCheckBox* box(const QString& code) const;
    QList<QCheckBox*> boxes() const { return m_boxes; }

Q_SIGNALS:
    void edited(const QStringList& codes);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QList<QCheckBox*> m_boxes;
};

} // namespace hamkori
