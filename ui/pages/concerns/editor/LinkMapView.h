#pragma once
// The link map: the concern being edited in the centre, the concerns linked to it around it in a circle,
// the concerns linked to those (second degree) on an outer circle near them; links as labelled arrows.
// Clicking another concern's box asks to open it.
#include "core/storage/ConcernQueries.h"
#include <QGraphicsView>
#include <QHash>

class QGraphicsScene;

namespace hamkori {

class ConcernBoxItem;

class LinkMapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit LinkMapView(QWidget* parent = nullptr);

    /// Draws the network around `centreUuid` (nothing when the network is empty).
    void setNetwork(const ConcernNetwork& network, const QString& centreUuid);
    /// Draws it again (another language: the link labels).
    void redraw() { setNetwork(m_network, m_centre); }

    int boxCount() const;
    int arrowCount() const;
    ConcernBoxItem* box(const QString& uuid) const { return m_boxes.value(uuid); }

Q_SIGNALS:
    void concernClicked(const QString& uuid);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void layoutBoxes();
    void drawLinks();
    void fit();

    QGraphicsScene* m_scene;
    ConcernNetwork m_network;
    QString m_centre;
    QHash<QString, ConcernBoxItem*> m_boxes;
};

} // namespace hamkori
