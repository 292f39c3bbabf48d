#pragma once
// Exporting concerns (what the register's filter shows) or activities (of the current plan, or of every
// plan of the team) or the directory of organisations, or a team's events or campaigns, to a CSV file: the
// file, the language of the header row and the names, the separator, for concerns the tick that lets
// restricted concerns into the file, and for the directory the tick that lets contact details (personal data)
// into it. Tests set the file name and call exportNow() instead of clicking through a file dialog.
#include "core/Result.h"
#include "core/storage/ConcernRepository.h"
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

class CsvExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Concerns,
        Activities,
        Directory,
        Events,
        Campaigns
    };

    CsvExportDialog(Session& session, Kind kind, QWidget* parent = nullptr);

    /// Concerns: the register's filter (team, status, search…).
    void setConcernFilter(const ConcernFilter& filter) { m_filter = filter; }
    /// Activities: the team and the plan shown (an empty plan: every plan of the team).
    void setPlan(const QString& teamUuid, const QString& planUuid);
    /// Events and campaigns: the team shown (every team when "all teams" is ticked, or when empty).
    void setTeam(const QString& teamUuid);

    void setFileName(const QString& path);
    QString fileName() const;
    /// Writes the file and says so in the dialog (which stays open); returns how many records were written.
    Result<int> exportNow();
    /// The message shown: the error, or where the file was written.
    QString message() const;

private:
    void browse();
    void languageChanged();

    Session& m_session;
    Kind m_kind;
    ConcernFilter m_filter;
    QString m_team;
    QString m_plan;
    QLineEdit* m_file;
    QComboBox* m_language;
    QComboBox* m_separator;
    QCheckBox* m_restricted;
    QCheckBox* m_allPlans;
    QCheckBox* m_allTeams;
    QCheckBox* m_contacts;
    QLabel* m_message; // what went wrong
    QLabel* m_done;    // where the file went
    QDialogButtonBox* m_buttons;
};

} // namespace hamkori::csv
