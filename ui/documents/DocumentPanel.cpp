#include "DocumentPanel.h"
#include "core/report/DocumentWriter.h"
#include "translations/Translations.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
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
      m_preview(new QPushButton(this)), m_print(new QPushButton(this)), m_export(new QPushButton(this)),
      m_message(new QLabel(this))
{
    m_language->setObjectName(QStringLiteral("documentLanguage"));
    m_landscape->setObjectName(QStringLiteral("documentLandscape"));
    m_restricted->setObjectName(QStringLiteral("documentRestricted"));
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
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(languageRow);
    layout->addWidget(m_landscape);
    layout->addWidget(m_restricted);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_preview, &QPushButton::clicked, this, &DocumentPanel::preview);
    connect(m_print, &QPushButton::clicked, this, &DocumentPanel::print);
    connect(m_export, &QPushButton::clicked, this, [this] { exportPdf(); });
    retranslate();
}

report::DocumentOptions DocumentPanel::options() const
{
    report::DocumentOptions options;
    options.language = m_language->currentData().toString();
    options.landscape = m_features.landscape && m_landscape->isChecked();
    options.includeRestricted = m_features.restricted && m_restricted->isChecked();
    return options;
}

void DocumentPanel::setLanguage(const QString& language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index >= 0 ? index : m_language->findData(QStringLiteral("en")));
}

std::optional<report::Document> DocumentPanel::buildOrSay()
{
    if (!m_builder)
        return std::nullopt;
    auto document = m_builder(options());
    if (!document) {
        say(document.errorMessage(), true);
        return std::nullopt;
    }
    return std::move(document).value();
}

QString DocumentPanel::exportPdf()
{
    auto document = buildOrSay();
    if (!document)
        return {};
    QSettings settings;
    QString folder = settings.value(QLatin1String(kLastFolderKey)).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(m_suggestedName.isEmpty() ? QStringLiteral("document.pdf") : m_suggestedName);
    const QString path = m_chooseFile ? m_chooseFile(suggested)
                                      : QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested,
                                                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (auto written = report::DocumentWriter::writePdf(*document, path); !written) {
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
    m_restricted->setToolTip(tr("Show restricted concerns in this document. The footer of every page will "
                                "say that it holds restricted details."));
    m_preview->setText(tr("Pre&view…"));
    m_print->setText(tr("&Print…"));
    m_export->setText(tr("&Export PDF…"));
}

} // namespace hamkori::documents
