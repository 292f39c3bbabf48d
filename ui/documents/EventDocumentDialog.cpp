#include "EventDocumentDialog.h"
#include "core/report/AttendanceSheetDocument.h"
#include "core/report/CertificateDocument.h"
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
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace hamkori::documents {

EventDocumentDialog::EventDocumentDialog(Session& session, Kind kind, const QString& eventUuid,
                                         QWidget* parent)
    : QDialog(parent), m_session(session), m_kind(kind), m_event(eventUuid), m_file(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_blankRows(new QSpinBox(this)), m_signatoryName(new QLineEdit(this)),
      m_signatoryPost(new QLineEdit(this)), m_message(FieldErrors::makeMessageLabel(this)),
      m_done(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("eventDocumentDialog"));
    m_file->setObjectName(QStringLiteral("eventDocumentFile"));
    m_language->setObjectName(QStringLiteral("eventDocumentLanguage"));
    m_blankRows->setObjectName(QStringLiteral("attendanceBlankRows"));
    m_signatoryName->setObjectName(QStringLiteral("certificateSignatory"));
    m_signatoryPost->setObjectName(QStringLiteral("certificateSignatoryPost"));
    setWindowTitle(kind == Kind::AttendanceSheet ? tr("Print the attendance sheet")
                                                 : tr("Print the certificates of the training"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    // The document's language can differ from the program's: a Russian certificate from a Tajik window.
    m_language->addItem(QStringLiteral("Тоҷикӣ"), QStringLiteral("tg"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::current())));
    m_blankRows->setRange(0, report::AttendanceSheetDocument::kMaxBlankRows);
    m_blankRows->setValue(10);
    m_blankRows->setToolTip(
        tr("Numbered empty rows after the names, for people who come without being listed"));

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Language of the document:"), m_language);
    if (kind == Kind::AttendanceSheet)
        form->addRow(tr("&Empty rows:"), m_blankRows);
    else {
        form->addRow(tr("&Signed also by:"), m_signatoryName);
        form->addRow(tr("&Post:"), m_signatoryPost);
        m_signatoryName->setPlaceholderText(tr("optional: an official beside the trainers"));
    }
    m_blankRows->setVisible(kind == Kind::AttendanceSheet);
    m_signatoryName->setVisible(kind == Kind::Certificates);
    m_signatoryPost->setVisible(kind == Kind::Certificates);

    auto* write = m_buttons->addButton(tr("&Write PDF"), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("eventDocumentWrite"));
    write->setDefault(true);
    m_done->setObjectName(QStringLiteral("eventDocumentDone"));
    m_done->setWordWrap(true);
    m_done->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_done);
    layout->addWidget(m_buttons);
    connect(browse, &QPushButton::clicked, this, &EventDocumentDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { (void)writeNow(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

void EventDocumentDialog::setFileName(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

QString EventDocumentDialog::fileName() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void EventDocumentDialog::setBlankRows(int rows)
{
    m_blankRows->setValue(rows);
}

void EventDocumentDialog::setSignatory(const QString& name, const QString& post)
{
    m_signatoryName->setText(name);
    m_signatoryPost->setText(post);
}

QString EventDocumentDialog::message() const
{
    return m_done->isVisibleTo(this) ? m_done->text() : m_message->text();
}

void EventDocumentDialog::browse()
{
    QString start = fileName();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                (m_kind == Kind::AttendanceSheet ? tr("attendance-sheet") : tr("certificates")) +
                QStringLiteral(".pdf");
    const QString chosen =
        QFileDialog::getSaveFileName(this, windowTitle(), start, tr("PDF files (*.pdf);;All files (*)"));
    if (!chosen.isEmpty())
        setFileName(chosen);
}

Result<void> EventDocumentDialog::writeNow()
{
    m_done->hide();
    QString path = fileName();
    if (path.isEmpty()) {
        m_message->setText(tr("Choose the file to write."));
        m_message->show();
        m_file->setFocus();
        return Error{m_message->text(), QStringLiteral("file")};
    }
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const QString language = m_language->currentData().toString();
    Result<void> written;
    if (m_kind == Kind::AttendanceSheet) {
        report::AttendanceSheetOptions options;
        options.language = language;
        options.blankRows = m_blankRows->value();
        written = report::writeAttendanceSheet(m_session.db(), m_event, options, path);
    } else {
        report::CertificateOptions options;
        options.language = language;
        options.signatoryName = m_signatoryName->text().trimmed();
        options.signatoryPost = m_signatoryPost->text().trimmed();
        written = report::writeCertificates(m_session.db(), m_event, options, path);
    }
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
