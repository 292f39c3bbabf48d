#include "SurveyExportDialog.h"
#include "core/csv/ConcernExport.h"
#include "core/csv/SurveyExport.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace hamkori::csv {

SurveyExportDialog::SurveyExportDialog(Session& session, const QString& teamUuid, const QString& surveyUuid,
                                       QWidget* parent)
    : QDialog(parent), m_session(session), m_team(teamUuid), m_survey(surveyUuid),
      m_file(new QLineEdit(this)), m_language(new QComboBox(this)), m_separator(new QComboBox(this)),
      m_allTeams(new QCheckBox(this)), m_sheets(new QCheckBox(this)), m_warning(new QLabel(this)),
      m_message(FieldErrors::makeMessageLabel(this)), m_done(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("surveyExportDialog"));
    m_file->setObjectName(QStringLiteral("surveyCsvFile"));
    m_language->setObjectName(QStringLiteral("surveyCsvLanguage"));
    m_separator->setObjectName(QStringLiteral("surveyCsvSeparator"));
    m_allTeams->setObjectName(QStringLiteral("surveyCsvAllTeams"));
    m_sheets->setObjectName(QStringLiteral("surveyCsvIncludeSheets"));
    setWindowTitle(tr("Export perception surveys to CSV"));

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_language->addItem(QStringLiteral("Тоҷикӣ"), QStringLiteral("tg"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::current())));
    m_separator->addItem(tr("Semicolon (;) — Excel in Tajik or Russian"), QStringLiteral(";"));
    m_separator->addItem(tr("Comma (,) — Excel in English"), QStringLiteral(","));
    m_allTeams->setText(tr("Indicators of &all teams"));
    m_allTeams->setToolTip(tr("For a coordinator: each row names its team and round."));
    m_allTeams->setChecked(teamUuid.isEmpty());
    m_allTeams->setEnabled(!teamUuid.isEmpty());
    // Off unless the user ticks it, every time the dialog opens: the sheets must be asked for.
    m_sheets->setText(tr("Also write the &sheets of the chosen round (sensitive)"));
    m_sheets->setChecked(false);
    m_sheets->setEnabled(!surveyUuid.isEmpty());
    m_warning->setObjectName(QStringLiteral("surveyCsvSheetsWarning"));
    m_warning->setWordWrap(true);
    m_warning->setText(
        tr("The sheets hold every answer of every respondent, without names. In a small mahalla a "
           "rare answer can still point at a person: leave this off unless the file stays with "
           "you."));
    m_sheets->setToolTip(m_warning->text());

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Language of the columns:"), m_language);
    form->addRow(tr("&Separator:"), m_separator);
    form->addRow(QString(), m_allTeams);
    form->addRow(QString(), m_sheets);
    form->addRow(QString(), m_warning);
    auto* exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("surveyCsvExport"));
    exportButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_done);
    m_done->setObjectName(QStringLiteral("surveyCsvDone"));
    m_done->setWordWrap(true);
    m_done->hide();
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &SurveyExportDialog::browse);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SurveyExportDialog::languageChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { (void)exportNow(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    languageChanged();
    setMinimumWidth(520);
}

void SurveyExportDialog::setFileName(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

QString SurveyExportDialog::fileName() const
{
    QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    return path;
}

QString SurveyExportDialog::sheetsFileName() const
{
    const QFileInfo indicators(fileName());
    //: The end of the file name of a survey round's sheets, after the name chosen for the indicators.
    return indicators.dir().filePath(indicators.completeBaseName() + QLatin1Char('-') + tr("sheets") +
                                     QStringLiteral(".csv"));
}

QString SurveyExportDialog::message() const
{
    return m_done->isVisibleTo(this) ? m_done->text() : m_message->text();
}

void SurveyExportDialog::languageChanged()
{
    const QChar separator = ConcernExport::separatorFor(m_language->currentData().toString());
    m_separator->setCurrentIndex(m_separator->findData(QString(separator)));
}

void SurveyExportDialog::browse()
{
    QString start = fileName();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                tr("surveys") + QStringLiteral(".csv");
    const QString chosen =
        QFileDialog::getSaveFileName(this, windowTitle(), start, tr("CSV files (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        setFileName(chosen);
}

Result<int> SurveyExportDialog::exportNow()
{
    m_done->hide();
    const QString path = fileName();
    if (path.isEmpty()) {
        m_message->setText(tr("Choose the file to write."));
        m_message->show();
        m_file->setFocus();
        return Error{m_message->text(), QStringLiteral("file")};
    }
    SurveyExportOptions options;
    if (!m_allTeams->isChecked() && !m_team.isEmpty())
        options.teamUuids = {m_team};
    options.language = m_language->currentData().toString();
    options.separator = m_separator->currentData().toString().at(0);
    // Unticked (or no round chosen): the indicators only, whatever else was asked.
    options.includeSheets = m_sheets->isChecked() && m_sheets->isEnabled() && !m_survey.isEmpty();
    SurveyExport exporter(m_session.db());
    const Result<int> written = exporter.writeIndicators(options, path);
    if (!written) {
        m_message->setText(written.errorMessage());
        m_message->show();
        return written;
    }
    QStringList done{
        tr("Wrote %n row(s) of indicators to %1.", "", *written).arg(QDir::toNativeSeparators(path))};
    if (options.includeSheets) {
        const QString sheetsPath = sheetsFileName();
        const Result<int> sheets = exporter.writeSheets(m_survey, options, sheetsPath);
        if (!sheets) {
            m_message->setText(sheets.errorMessage());
            m_message->show();
            return sheets.error();
        }
        done << tr("Wrote %n survey sheet(s) to %1.", "", *sheets).arg(QDir::toNativeSeparators(sheetsPath));
    }
    // Say where the files went, and stay open until closed: the facilitator must know it worked.
    m_message->hide();
    m_done->setText(done.join(QLatin1Char('\n')));
    m_done->show();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    return written;
}

} // namespace hamkori::csv
