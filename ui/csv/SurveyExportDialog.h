#pragma once
// Exporting perception surveys to CSV (issue 21): the indicators of the team's rounds (or every team's), and,
// only when the unticked box is ticked, the anonymous sheets of the chosen round in a second file beside it.
// Sheets are sensitive: a rare answer in a small mahalla can point at a person. Tests set the file name and
// call exportNow() instead of clicking through a file dialog.
#include "core/Result.h"
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hamkori {
class Session;
}

namespace hamkori::csv {

class SurveyExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `teamUuid` empty: every team; `surveyUuid` empty: no round chosen, so no sheets can be asked for.
    SurveyExportDialog(Session& session, const QString& teamUuid, const QString& surveyUuid,
                       QWidget* parent = nullptr);

    void setFileName(const QString& path);
    QString fileName() const;
    /// Where the sheets go when asked for: beside the indicators' file.
    QString sheetsFileName() const;
    QCheckBox* sheetsBox() const { return m_sheets; }
    /// Writes the file(s) and says so in the dialog (which stays open); returns how many rows of indicators
    /// were written.
    Result<int> exportNow();
    /// The message shown: the error, or where the files were written.
    QString message() const;

private:
    void browse();
    void languageChanged();

    Session& m_session;
    QString m_team;
    QString m_survey;
    QLineEdit* m_file;
    QComboBox* m_language;
    QComboBox* m_separator;
    QCheckBox* m_allTeams;
    QCheckBox* m_sheets;
    QLabel* m_warning;
    QLabel* m_message;
    QLabel* m_done;
    QDialogButtonBox* m_buttons;
};

} // namespace hamkori::csv
