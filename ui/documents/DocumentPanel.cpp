#include "DocumentPanel.h"
#include "core/report/DocumentWriter.h"
#include "core/report/PdfLayout.h"
#include "translations/Translations.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace hamkori::documents {

namespace {
const char* const kLastFolderKey = "documents/lastFolder";

/// A printer set up to take the document's pages as they are: its paper, its orientation, no margins of
/// its own (the pages keep theirs).
void preparePrinter(QPrinter& printer, const report::Document& document)
{
    printer.setFullPage(true);
    printer.setPageLayout(document.pageLayout);
    printer.setDocName(document.title);
}
} // namespace

DocumentPanel::DocumentPanel(Features features, QWidget* parent)
    : QWidget(parent), m_features(features), m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)), m_landscape(new QCheckBox(this)), m_restricted(new QCheckBox(this)),
      m_formal(new QCheckBox(this)), m_formatLabel(new QLabel(this)), m_format(new QComboBox(this)),
      m_languageNote(new QLabel(this)), m_preview(new QPushButton(this)), m_print(new QPushButton(this)),
      m_export(new QPushButton(this)), m_message(new QLabel(this))
{
    m_language->setObjectName(QStringLiteral("documentLanguage"));
    m_landscape->setObjectName(QStringLiteral("documentLandscape"));
    m_restricted->setObjectName(QStringLiteral("documentRestricted"));
    m_formal->setObjectName(QStringLiteral("documentFormal"));
    m_format->setObjectName(QStringLiteral("documentFormat"));
    m_format->addItem(QString(), QStringLiteral("pdf"));
    m_format->addItem(QString(), QStringLiteral("odt"));
    m_languageNote->setWordWrap(true);
    QFont note = m_languageNote->font();
    note.setPointSizeF(note.pointSizeF() * 0.9);
    m_languageNote->setFont(note);
    m_preview->setObjectName(QStringLiteral("documentPreview"));
    m_print->setObjectName(QStringLiteral("documentPrint"));
    m_export->setObjectName(QStringLiteral("documentExport"));
    m_message->setObjectName(QStringLiteral("documentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The language names are written in their own language, as in the settings.
    m_language->addItem(QStringLiteral("Тоҷикӣ"), QStringLiteral("tg"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    setLanguage(Translations::current());
    m_landscape->setVisible(features.landscape);
    m_restricted->setVisible(features.restricted);
    m_preview->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));

    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(m_formatLabel);
    formatRow->addWidget(m_format);
    formatRow->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(languageRow);
    layout->addWidget(m_languageNote);
    layout->addWidget(m_landscape);
    layout->addWidget(m_restricted);
    layout->addWidget(m_formal);
    layout->addLayout(formatRow);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_preview, &QPushButton::clicked, this, &DocumentPanel::preview);
    connect(m_print, &QPushButton::clicked, this, &DocumentPanel::print);
    connect(m_export, &QPushButton::clicked, this, [this] { exportDocument(); });
    connect(m_restricted, &QCheckBox::toggled, this, &DocumentPanel::restrictedChanged);
    // The formal style is a page style: an ODT is set by whoever edits it.
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] { m_formal->setEnabled(!odt()); });
    retranslate();
}

report::DocumentOptions DocumentPanel::options() const
{
    report::DocumentOptions options;
    options.language = m_language->currentData().toString();
    options.landscape = m_features.landscape && m_landscape->isChecked();
    options.includeRestricted = m_features.restricted && m_restricted->isChecked();
    options.formal = m_formal->isChecked();
    return options;
}

bool DocumentPanel::odt() const
{
    return m_format->currentData().toString() == u"odt";
}

void DocumentPanel::setLanguage(const QString& language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index >= 0 ? index : m_language->findData(QStringLiteral("en")));
}

std::optional<report::DocumentContent> DocumentPanel::contentOrSay()
{
    if (!m_builder)
        return std::nullopt;
    auto content = m_builder(options());
    if (!content) {
        say(content.errorMessage(), true);
        return std::nullopt;
    }
    const QList<report::Mention> mentions = report::findMentions(*content);
    if (mentions.isEmpty())
        return std::move(content).value();
    const MentionChoice choice = m_chooseMentions ? m_chooseMentions(mentions) : askAboutMentions(mentions);
    if (choice == MentionChoice::Cancel)
        return std::nullopt;
    if (choice == MentionChoice::LeaveOut) // on the content built: no second read of the data file
        report::leaveOutMentions(*content, report::DocumentLanguage(content->language));
    return std::move(content).value();
}

DocumentPanel::MentionChoice DocumentPanel::askAboutMentions(const QList<report::Mention>& mentions)
{
    constexpr int kShown = 8;
    QStringList lines;
    for (const report::Mention& mention : mentions.mid(0, kShown)) {
        QString text = mention.text.simplified();
        if (text.size() > 160)
            text = text.left(157) + QStringLiteral("…");
        lines << QStringLiteral("• %1: «%2»").arg(mention.concernCode, text);
    }
    if (mentions.size() > kShown)
        lines << tr("… and %n more.", nullptr, int(mentions.size() - kShown));
    QMessageBox box(
        QMessageBox::Warning, tr("Restricted concerns are mentioned"),
        tr("This document leaves restricted concerns out, but these passages still mention them:"),
        QMessageBox::NoButton, this);
    box.setInformativeText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                           tr("Leave these passages out of the document, or keep them as they are?"));
    QPushButton* leaveOut = box.addButton(tr("&Leave them out"), QMessageBox::AcceptRole);
    QPushButton* keep = box.addButton(tr("&Keep them"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(leaveOut);
    box.exec();
    if (box.clickedButton() == leaveOut)
        return MentionChoice::LeaveOut;
    if (box.clickedButton() == keep)
        return MentionChoice::Keep;
    return MentionChoice::Cancel;
}

std::optional<report::Document> DocumentPanel::buildOrSay()
{
    auto content = contentOrSay();
    if (!content)
        return std::nullopt;
    return report::PdfLayout::layout(*content, report::PageStyle{m_formal->isChecked()});
}

QString DocumentPanel::exportDocument()
{
    auto content = contentOrSay();
    if (!content)
        return {};
    const bool asOdt = odt();
    const QString extension = asOdt ? QStringLiteral(".odt") : QStringLiteral(".pdf");
    QSettings settings;
    QString folder = settings.value(QLatin1String(kLastFolderKey)).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        (m_suggestedName.isEmpty() ? QStringLiteral("document") : m_suggestedName) + extension);
    const QString path = m_chooseFile
                             ? m_chooseFile(suggested)
                             : QFileDialog::getSaveFileName(
                                   this, asOdt ? tr("Export ODT") : tr("Export PDF"), suggested,
                                   asOdt ? tr("OpenDocument text (*.odt)") : tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    const auto written =
        asOdt ? report::DocumentWriter::writeOdt(*content, path)
              : report::DocumentWriter::writePdf(
                    report::PdfLayout::layout(*content, report::PageStyle{m_formal->isChecked()}), path);
    if (!written) {
        say(written.errorMessage(), true);
        return {};
    }
    settings.setValue(QLatin1String(kLastFolderKey), QFileInfo(path).absolutePath());
    say(tr("Saved: %1").arg(QDir::toNativeSeparators(path)), false);
    Q_EMIT exported(path);
    return path;
}

void DocumentPanel::preview()
{
    auto document = buildOrSay();
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *document);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(document->title);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&document](QPrinter* target) {
        target->setFullPage(true);
        document->paint(*target);
    });
    dialog.exec();
}

void DocumentPanel::print()
{
    auto document = buildOrSay();
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *document);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!document->paint(printer))
        say(tr("The printer could not be used. Check that it is switched on and connected."), true);
}

QString DocumentPanel::message() const
{
    return m_message->text();
}

void DocumentPanel::say(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void DocumentPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DocumentPanel::retranslate()
{
    m_languageLabel->setText(tr("Document &language:"));
    m_languageLabel->setBuddy(m_language);
    m_language->setToolTip(
        tr("The language the document is written in; the program's language stays as it is."));
    m_landscape->setText(tr("&Landscape pages"));
    m_restricted->setText(tr("Include &restricted details"));
    m_restricted->setToolTip(tr("Show restricted concerns in this document. Every page will be marked "
                                "for official use only."));
    m_formal->setText(tr("&Formal page style (serif, 12 pt, wide margins)"));
    m_formal->setToolTip(tr("The style general departments use for official papers."));
    m_formatLabel->setText(tr("&File format:"));
    m_formatLabel->setBuddy(m_format);
    m_format->setItemText(0, tr("PDF, to print and sign"));
    m_format->setItemText(1, tr("ODT, to edit in a word processor"));
    m_languageNote->setText(tr("Headings and labels are written in this language; names and texts stay as "
                               "they were typed."));
    m_preview->setText(tr("Pre&view…"));
    m_print->setText(tr("&Print…"));
    m_export->setText(tr("&Export…"));
}

} // namespace hamkori::documents
