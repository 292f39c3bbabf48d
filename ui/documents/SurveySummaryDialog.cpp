#include "SurveySummaryDialog.h"
#include "core/report/SurveySummaryDocument.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace hamkori::documents {

SurveySummaryDialog::SurveySummaryDialog(Session& session, const QString& surveyUuid, QWidget* parent)
    : QDialog(parent), m_session(session), m_survey(surveyUuid), m_file(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_format(new QComboBox(this)),
      m_message(FieldErrors::makeMessageLabel(this)), m_done(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("surveySummaryDialog"));
    m_file->setObjectName(QStringLiteral("surveySummaryFile"));
    m_language->setObjectName(QStringLiteral("surveySummaryLanguage"));
    m_format->setObjectName(QStringLiteral("surveySummaryFormat"));
    setWindowTitle(tr("Write the survey summary"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    // The document's language can differ from the program's: a Russian summary for a donor from a Tajik
    // window.
    m_language->addItem(QStringLiteral("Тоҷикӣ"), QStringLiteral("tg"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::current())));
    m_format->addItem(tr("PDF, to print or send"), QStringLiteral("pdf"));
    m_format->addItem(tr("ODT, to edit in a word processor"), QStringLiteral("odt"));

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Language of the document:"), m_language);
    form->addRow(tr("F&ormat:"), m_format);
    auto* note =
        new QLabel(tr("One page: the key indicators for women and men with their 95 % intervals, the "
                      "change since the baseline, the concerns named most. No one is named, not even "
                      "the interviewers."),
                   this);
    note->setWordWrap(true);

    auto* write = m_buttons->addButton(tr("&Write"), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("surveySummaryWrite"));
    write->setDefault(true);
    m_done->setObjectName(QStringLiteral("surveySummaryDone"));
    m_done->setWordWrap(true);
    m_done->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(m_done);
    layout->addWidget(m_buttons);
    connect(browse, &QPushButton::clicked, this, &SurveySummaryDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { (void)writeNow(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

void SurveySummaryDialog::setFileName(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

QString SurveySummaryDialog::fileName() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void SurveySummaryDialog::setLanguage(const QString& language)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
}

void SurveySummaryDialog::setEditable(bool odt)
{
    m_format->setCurrentIndex(odt ? 1 : 0);
}

QString SurveySummaryDialog::message() const
{
    return m_done->isVisibleTo(this) ? m_done->text() : m_message->text();
}

QString SurveySummaryDialog::extension() const
{
    return QLatin1Char('.') + m_format->currentData().toString();
}

void SurveySummaryDialog::browse()
{
    QString start = fileName();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                tr("survey-summary") + extension();
    const QString filter = m_format->currentData().toString() == u"odt"
                               ? tr("ODT documents (*.odt);;All files (*)")
                               : tr("PDF files (*.pdf);;All files (*)");
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), start, filter);
    if (!chosen.isEmpty())
        setFileName(chosen);
}

Result<void> SurveySummaryDialog::writeNow()
{
    m_done->hide();
    QString path = fileName();
    if (path.isEmpty()) {
        m_message->setText(tr("Choose the file to write."));
        m_message->show();
        m_file->setFocus();
        return Error{m_message->text(), QStringLiteral("file")};
    }
    if (!path.endsWith(extension(), Qt::CaseInsensitive))
        path += extension();
    report::SurveySummaryOptions options;
    options.language = m_language->currentData().toString();
    options.format = m_format->currentData().toString() == u"odt" ? report::SummaryFormat::Odt
                                                                  : report::SummaryFormat::Pdf;
    const Result<void> written = report::writeSurveySummary(m_session.db(), m_survey, options, path);
    if (!written) {
        m_message->setText(written.errorMessage());
        m_message->show();
        return written;
    }
    m_message->hide();
    m_done->setText(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    m_done->show();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    return {};
}

} // namespace hamkori::documents
