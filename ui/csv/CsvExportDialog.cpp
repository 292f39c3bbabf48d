#include "CsvExportDialog.h"
#include "core/csv/ActivityExport.h"
#include "core/csv/ConcernExport.h"
#include "core/csv/DirectoryExport.h"
#include "core/csv/EventExport.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include <QCheckBox>
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

namespace hamkori::csv {

CsvExportDialog::CsvExportDialog(Session& session, Kind kind, QWidget* parent)
    : QDialog(parent), m_session(session), m_kind(kind), m_file(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_separator(new QComboBox(this)), m_restricted(new QCheckBox(this)),
      m_allPlans(new QCheckBox(this)), m_allTeams(new QCheckBox(this)), m_contacts(new QCheckBox(this)),
      m_message(FieldErrors::makeMessageLabel(this)), m_done(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("csvExportDialog"));
    m_file->setObjectName(QStringLiteral("csvFile"));
    m_language->setObjectName(QStringLiteral("csvLanguage"));
    m_separator->setObjectName(QStringLiteral("csvSeparator"));
    m_restricted->setObjectName(QStringLiteral("csvIncludeRestricted"));
    m_allPlans->setObjectName(QStringLiteral("csvAllPlans"));
    m_allTeams->setObjectName(QStringLiteral("csvAllTeams"));
    m_contacts->setObjectName(QStringLiteral("csvIncludeContacts"));
    setWindowTitle(kind == Kind::Concerns     ? tr("Export concerns to CSV")
                   : kind == Kind::Activities ? tr("Export activities to CSV")
                   : kind == Kind::Events     ? tr("Export events to CSV")
                   : kind == Kind::Campaigns  ? tr("Export campaigns to CSV")
                                              : tr("Export the directory of organisations to CSV"));

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
    m_restricted->setText(tr("Include &restricted concerns"));
    m_restricted->setToolTip(tr("Restricted concerns can endanger people if the file is lost. Leave this off "
                                "unless the file stays with you."));
    m_allPlans->setText(tr("Activities of &every plan of the team"));
    const bool eventsOrCampaigns = kind == Kind::Events || kind == Kind::Campaigns;
    m_allTeams->setText(kind == Kind::Events      ? tr("Events of &all teams")
                        : kind == Kind::Campaigns ? tr("Campaigns of &all teams")
                                                  : tr("Activities of every plan of &all teams"));
    m_allTeams->setToolTip(
        eventsOrCampaigns
            ? tr("For a coordinator: each row names its team. No participant's name is written.")
            : tr("For a coordinator: the team and its district come first in each row."));
    m_contacts->setText(tr("Include &contact details (person, phone, e-mail)"));
    m_contacts->setToolTip(tr("Contact details are personal data. Leave this off unless the file stays with "
                              "people who may have them."));
    connect(m_allTeams, &QCheckBox::toggled, m_allPlans,
            [this](bool all) { m_allPlans->setEnabled(!all && !m_plan.isEmpty()); });

    auto* form = new QFormLayout;
    // A row label with a layout beside it gets no buddy from QFormLayout and would show its "&".
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Language of the columns:"), m_language);
    form->addRow(tr("&Separator:"), m_separator);
    if (kind == Kind::Concerns)
        form->addRow(QString(), m_restricted);
    else if (kind == Kind::Activities) {
        form->addRow(QString(), m_allPlans);
        form->addRow(QString(), m_allTeams);
    } else if (eventsOrCampaigns)
        form->addRow(QString(), m_allTeams);
    else
        form->addRow(QString(), m_contacts);
    m_restricted->setVisible(kind == Kind::Concerns);
    m_allPlans->setVisible(kind == Kind::Activities);
    m_allTeams->setVisible(kind == Kind::Activities || eventsOrCampaigns);
    m_contacts->setVisible(kind == Kind::Directory);
    auto* exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("csvExportButton"));
    exportButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_done);
    m_done->setObjectName(QStringLiteral("csvExportDone"));
    m_done->setWordWrap(true);
    m_done->hide();
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &CsvExportDialog::browse);
    connect(m_language, &QComboBox::currentIndexChanged, this, &CsvExportDialog::languageChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { (void)exportNow(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    languageChanged();
    setMinimumWidth(520);
}

void CsvExportDialog::setPlan(const QString& teamUuid, const QString& planUuid)
{
    m_team = teamUuid;
    m_plan = planUuid;
    m_allPlans->setChecked(planUuid.isEmpty());
    m_allPlans->setEnabled(!planUuid.isEmpty());
}

void CsvExportDialog::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    m_allTeams->setChecked(teamUuid.isEmpty());
    m_allTeams->setEnabled(!teamUuid.isEmpty());
}

void CsvExportDialog::setFileName(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

QString CsvExportDialog::fileName() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

QString CsvExportDialog::message() const
{
    return m_done->isVisibleTo(this) ? m_done->text() : m_message->text();
}

void CsvExportDialog::languageChanged()
{
    const QChar separator = ConcernExport::separatorFor(m_language->currentData().toString());
    m_separator->setCurrentIndex(m_separator->findData(QString(separator)));
}

void CsvExportDialog::browse()
{
    QString start = fileName();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                (m_kind == Kind::Concerns     ? tr("concerns")
                 : m_kind == Kind::Activities ? tr("activities")
                 : m_kind == Kind::Events     ? tr("events")
                 : m_kind == Kind::Campaigns  ? tr("campaigns")
                                              : tr("organisations")) +
                QStringLiteral(".csv");
    const QString chosen =
        QFileDialog::getSaveFileName(this, windowTitle(), start, tr("CSV files (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        setFileName(chosen);
}

Result<int> CsvExportDialog::exportNow()
{
    m_done->hide();
    QString path = fileName();
    if (path.isEmpty()) {
        m_message->setText(tr("Choose the file to write."));
        m_message->show();
        m_file->setFocus();
        return Error{m_message->text(), QStringLiteral("file")};
    }
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    const QString language = m_language->currentData().toString();
    const QChar separator = m_separator->currentData().toString().at(0);
    Result<int> written = 0;
    if (m_kind == Kind::Concerns) {
        ConcernExportOptions options;
        options.filter = m_filter;
        options.includeRestricted = m_restricted->isChecked();
        options.language = language;
        options.separator = separator;
        written = ConcernExport(m_session.db()).write(options, path);
    } else if (m_kind == Kind::Directory) {
        DirectoryExportOptions options;
        options.includeContacts = m_contacts->isChecked();
        options.language = language;
        options.separator = separator;
        written = DirectoryExport(m_session.db()).write(options, path);
    } else if (m_kind == Kind::Events || m_kind == Kind::Campaigns) {
        EventExportOptions options;
        if (!m_allTeams->isChecked() && !m_team.isEmpty())
            options.teamUuids = {m_team};
        options.language = language;
        options.separator = separator;
        EventExport exporter(m_session.db());
        written = m_kind == Kind::Events ? exporter.writeEvents(options, path)
                                         : exporter.writeCampaigns(options, path);
    } else {
        ActivityExportOptions options;
        options.teamUuid = m_team;
        options.planUuid = m_allPlans->isChecked() ? QString() : m_plan;
        options.allTeams = m_allTeams->isChecked();
        options.language = language;
        options.separator = separator;
        written = ActivityExport(m_session.db()).write(options, path);
    }
    if (!written) {
        m_message->setText(written.errorMessage());
        m_message->show();
        return written;
    }
    // Say where the file went, and stay open until closed: the facilitator must know it worked.
    m_message->hide();
    const QString where = QDir::toNativeSeparators(path);
    m_done->setText(
        m_kind == Kind::Concerns     ? tr("Wrote %n concern(s) to %1.", "", *written).arg(where)
        : m_kind == Kind::Activities ? tr("Wrote %n activity(ies) to %1.", "", *written).arg(where)
        : m_kind == Kind::Events     ? tr("Wrote %n event(s) to %1.", "", *written).arg(where)
        : m_kind == Kind::Campaigns  ? tr("Wrote %n campaign(s) to %1.", "", *written).arg(where)
                                     : tr("Wrote %n organisation(s) to %1.", "", *written).arg(where));
    m_done->show();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    return written;
}

} // namespace hamkori::csv
