#pragma once
// The controls every printable document shares: the document's language (Tajik, Russian or English,
// independent of the window's), the landscape and "include restricted details" ticks where they apply, and
// Preview, Print and Export PDF. The document itself comes from a builder in core/report, so the preview,
// the printer and the PDF show the very same pages.
#include "core/Result.h"
#include "core/report/Document.h"
#include "core/report/DocumentParts.h"
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
    using Builder = std::function<Result<report::Document>(const report::DocumentOptions&)>;
    /// Asks for the PDF's file name, given the suggested path; empty: the user cancelled.
    using FileChooser = std::function<QString(const QString& suggested)>;

    struct Features
    {
        bool landscape = false;  // plans can be printed landscape
        bool restricted = false; // plans and minutes can include restricted concerns
    };

    DocumentPanel(Features features, QWidget* parent = nullptr);

    void setBuilder(Builder builder) { m_builder = std::move(builder); }
    /// The file name the PDF gets by default (without the folder), e.g. "ISF-AP-2026-01.pdf".
    void setSuggestedName(const QString& name) { m_suggestedName = name; }
    /// Replaces the file dialog (tests).
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    report::DocumentOptions options() const;
    void setLanguage(const QString& language);

    /// Exports the PDF: asks for the file name, writes it, says where (or what went wrong) in the panel.
    /// Returns the path written, empty when nothing was written.
    QString exportPdf();
    void preview();
    void print();
    /// The last message shown under the buttons (the saved file or the error).
    QString message() const;

Q_SIGNALS:
    void exported(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    std::optional<report::Document> buildOrSay();
    void say(const QString& text, bool error);

    Features m_features;
    Builder m_builder;
    FileChooser m_chooseFile;
    QString m_suggestedName;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QCheckBox* m_landscape;
    QCheckBox* m_restricted;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_export;
    QLabel* m_message;
};

} // namespace hamkori::documents
