#pragma once
// The indicator readings of the selected activity (date, value, note) with a line to add one; shows the
// outcome indicator with its baseline and target for comparison.
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hamkori {

class OptionalDateEdit;
class FieldErrors;
class Session;
} // namespace hamkori

namespace hamkori::plans {

class ActivityTableModel;
class IndicatorReadingModel;

class ActivityReadingsPanel : public QWidget
{
    Q_OBJECT
public:
    ActivityReadingsPanel(Session& session, ActivityTableModel* activities, QWidget* parent = nullptr);

    void setRow(int row);
    void retranslate();
    IndicatorReadingModel* model() const { return m_model; }

private:
    void updateIndicator();
    void addReading();

    Session& m_session;
    ActivityTableModel* m_activities;
    int m_row = -1;
    QLabel* m_indicator;
    QTableView* m_view;
    IndicatorReadingModel* m_model;
    QLabel* m_dateLabel;
    OptionalDateEdit* m_date;
    QLabel* m_valueLabel;
    QDoubleSpinBox* m_value;
    QLabel* m_noteLabel;
    QLineEdit* m_note;
    QPushButton* m_add;
    QLabel* m_message;
    FieldErrors* m_errors;
};

} // namespace hamkori::plans
