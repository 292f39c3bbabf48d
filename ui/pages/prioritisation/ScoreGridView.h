#pragma once
// The score grid's view: typing 1–5 in a cell sets the score at once and moves to the next cell (along the
// row, then down); Delete or Backspace clears the cell; other characters are refused with a message.
#include <QTableView>

namespace hamkori {

class ScoreGridView : public QTableView
{
    Q_OBJECT
public:
    explicit ScoreGridView(QWidget* parent = nullptr);

Q_SIGNALS:
    void inputRefused(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void moveToNextCell();
};

} // namespace hamkori
