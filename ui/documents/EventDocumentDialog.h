#pragma once
// Printing an event's papers (issue 20): the attendance sheet to pass round before it starts (the named
// participants, then empty numbered rows), or the certificates of a training (one page per named
// participant, with an official who signs beside the trainers). The file, the language, and for each what it
// needs; the dialog stays open and says where the PDF went. Tests set the file and call writeNow().
#include "core/Result.h"
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hamkori {
class Session;
}

namespace hamkori::documents {

class EventDocumentDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        AttendanceSheet,
        Certificates
    };

    EventDocumentDialog(Session& session, Kind kind, const QString& eventUuid, QWidget* parent = nullptr);

    void setFileName(const QString& path);
    QString fileName() const;
    void setBlankRows(int rows);
    void setSignatory(const QString& name, const QString& post);
    Result<void> writeNow();
    /// The message shown: the error, or where the file was written.
    QString message() const;

private:
    void browse();

    Session& m_session;
    Kind m_kind;
    QString m_event;
    QLineEdit* m_file;
    QComboBox* m_language;
    QSpinBox* m_blankRows;
    QLineEdit* m_signatoryName;
    QLineEdit* m_signatoryPost;
    QLabel* m_message;
    QLabel* m_done;
    QDialogButtonBox* m_buttons;
};

} // namespace hamkori::documents
