#pragma once
// The Sheets tab of a survey round, made for typing a stack of paper sheets quickly: one row per sheet, the
// respondent's sex, age band and group and then an answer per question, typed as digits with Tab between
// them; Enter at the end of a row starts the next sheet. A line above the table shows the question of the
// column the cursor is in with its numbered options; a refused digit shows core's message under the table
// and stays in its cell to be corrected. Under the table: how many sheets, how many women and men.
#include <QWidget>

class QLabel;
class QPushButton;

namespace hamkori {

class EntryGrid;
class Session;
class SheetModel;

class SurveySheetsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SurveySheetsPanel(Session& session, QWidget* parent = nullptr);

    void setSurvey(const QString& surveyUuid);
    void retranslate();
    SheetModel* model() const { return m_model; }
    EntryGrid* grid() const { return m_grid; }

private:
    void showColumn(const QModelIndex& current);
    void updateTally();
    void deleteSheet();
    void fitColumns();

    Session& m_session;
    SheetModel* m_model;
    QLabel* m_caption;
    QLabel* m_column;
    EntryGrid* m_grid;
    QLabel* m_error;
    QLabel* m_tally;
    QPushButton* m_delete;
};

} // namespace hamkori
