#pragma once
// A headline number of the overview: a large value over a short caption ("12" / "Meetings this year").
#include <QFrame>

class QLabel;

namespace hamkori {

class HeadlineTile : public QFrame
{
    Q_OBJECT
public:
    /// `name` is the object name of the value label (for tests and accessibility).
    explicit HeadlineTile(const QString& name, QWidget* parent = nullptr);

    void setCaption(const QString& caption);
    void setValue(const QString& value, bool alert = false);
    QString value() const;

private:
    QLabel* m_value;
    QLabel* m_caption;
};

} // namespace hamkori
