#pragma once
// Writing a survey round's one-page summary (issue 21) for a Hukumat or a donor: the file, the language of
// the document (independent of the program's) and the format (PDF, or an editable ODT). The dialog stays open
// and says where the file went. Tests set the file and call writeNow().
#include "core/Result.h"
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hamkori {
class Session;
}

namespace hamkori::documents {

class SurveySummaryDialog : public QDialog
{
    Q_OBJECT
public:
    SurveySummaryDialog(Session& session, const QString& surveyUuid, QWidget* parent = nullptr);

    void setFileName(const QString& path);
    QString fileName() const;
    /// "tg", "ru" or "en".
    void setLanguage(const QString& language);
    void setEditable(bool odt);
    Result<void> writeNow();
    /// The message shown: the error, or where the file was written.
    QString message() const;

private:
    void browse();
    QString extension() const;

    Session& m_session;
    QString m_survey;
    QLineEdit* m_file;
    QComboBox* m_language;
    QComboBox* m_format;
    QLabel* m_message;
    QLabel* m_done;
    QDialogButtonBox* m_buttons;
};

} // namespace hamkori::documents
