#pragma once
// The controls every printable document shares: the document's language (Tajik, Russian or English,
// independent of the window's), the landscape and "include restricted details" ticks where they apply, the
// formal page style, the file format (PDF, or ODT to edit), and Preview, Print and Export. The document's
// content comes from a builder in core/report, so the preview, the printer, the PDF and the ODT say the very
// same. When restricted concerns are left out but free texts still mention them, the panel lists those
// texts and asks whether to leave them out too.
#include "core/Result.h"
#include "core/report/Document.h"
#include "core/report/DocumentContent.h"
#include "core/report/DocumentParts.h"
#include "core/report/RestrictedMentions.h"
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace hamkori::documents {

class DocumentPanel : public QWidget
{
    Q_OBJECT
public:
    using Builder = std::function<Result<report::DocumentContent>(const report::DocumentOptions&)>;
    /// Asks for the file's name, given the suggested path; empty: the user cancelled.
    using FileChooser = std::function<QString(const QString& suggested)>;
    enum class MentionChoice
    {
        LeaveOut,
        Keep,
        Cancel,
    };
    /// Asks what to do with free texts that mention a left-out restricted concern.
    using MentionChooser = std::function<MentionChoice(const QList<report::Mention>&)>;

    struct Features
    {
        bool landscape = false;  // plans can be printed landscape
        bool restricted = false; // plans and minutes can include restricted concerns
    };

    DocumentPanel(Features features, QWidget* parent = nullptr);

    void setBuilder(Builder builder) { m_builder = std::move(builder); }
    /// The file name the document gets by default, without the folder and the extension: "ISF-AP-2026-01".
    void setSuggestedName(const QString& name) { m_suggestedName = name; }
    /// Replaces the file dialog (tests).
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    /// Replaces the question about mentions of restricted concerns (tests).
    void setMentionChooser(MentionChooser chooser) { m_chooseMentions = std::move(chooser); }

    report::DocumentOptions options() const;
    void setLanguage(const QString& language);

    /// Exports the document in the chosen format (PDF or ODT): asks for the file name, writes it, says
    /// where (or what went wrong) in the panel. Returns the path written, empty when nothing was written.
    QString exportDocument();
    QString exportPdf() { return exportDocument(); } // the PDF format unless ODT was chosen
    void preview();
    void print();
    /// The last message shown under the buttons (the saved file or the error).
    QString message() const;

Q_SIGNALS:
    void exported(const QString& path);
    /// The "include restricted details" tick changed (the Reports page's figures follow it).
    void restrictedChanged(bool included);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    /// The content with the user's options, after asking about mentions of restricted concerns; nothing
    /// when it could not be built (said) or the user cancelled.
    std::optional<report::DocumentContent> contentOrSay();
    std::optional<report::Document> buildOrSay();
    MentionChoice askAboutMentions(const QList<report::Mention>& mentions);
    bool odt() const;
    void say(const QString& text, bool error);

    Features m_features;
    Builder m_builder;
    FileChooser m_chooseFile;
    MentionChooser m_chooseMentions;
    QString m_suggestedName;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QCheckBox* m_landscape;
    QCheckBox* m_restricted;
    QCheckBox* m_formal;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QLabel* m_languageNote;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_export;
    QLabel* m_message;
};

} // namespace hamkori::documents
