#pragma once
// The people a campaign reached: directly, by sex and age band (a grid with totals), and indirectly, an
// estimate with the way it was made. Each count is saved when the user confirms it, as one undo step of that
// cell alone. The estimate and its method are saved together as they stand in the form: core refuses an
// estimate without a method, and the refused number stays on screen, with the message, until the method is
// typed.
#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace hamkori {

class FieldErrors;
class Session;
class SexAgeCountsGrid;

class CampaignReachPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignReachPanel(Session& session, QWidget* parent = nullptr);

    void setCampaign(const QString& uuid);
    FieldErrors* errors() const { return m_errors; }
    SexAgeCountsGrid* grid() const { return m_grid; }
    void retranslate();

private:
    void reload();
    void saveIndirect(const char* text);

    Session& m_session;
    QString m_uuid;
    QLabel* m_directHeading;
    SexAgeCountsGrid* m_grid;
    QLabel* m_indirectHeading;
    QLabel* m_indirectLabel;
    QSpinBox* m_indirect;
    QLabel* m_methodLabel;
    QLineEdit* m_method;
    QLabel* m_hint;
    QLabel* m_general;
    FieldErrors* m_errors;
};

} // namespace hamkori
