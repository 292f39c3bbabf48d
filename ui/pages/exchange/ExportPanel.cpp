#include "ExportPanel.h"
#include "BackgroundTask.h"
#include "PassphraseBar.h"
#include "core/settings/Preferences.h"
#include "core/storage/TeamRepository.h"
#include "core/sync/BundleWriter.h"
#include "core/sync/Merge.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>

namespace hamkori::exchange {

ExportPanel::ExportPanel(Session& session, PassphraseBar& passphrase, QWidget* parent)
    : QWidget(parent), m_session(session), m_passphrase(passphrase), m_teamsLabel(new QLabel(this)),
      m_teams(new QListWidget(this)), m_folderLabel(new QLabel(this)), m_folder(new QLineEdit(this)),
      m_browse(new QPushButton(this)), m_export(new QPushButton(this)), m_progress(new QProgressBar(this)),
      m_result(new QLabel(this))
{
    m_teams->setObjectName(QStringLiteral("exportTeams"));
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_teamsLabel->setBuddy(m_teams);
    m_folderLabel->setBuddy(m_folder);
    m_folder->setText(Preferences::exchangeFolder());
    m_progress->setRange(0, 0); // indeterminate: Argon2id and the stream cipher say nothing of their progress
    m_progress->hide();
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_teamsLabel, 0, 0, 1, 3);
    layout->addWidget(m_teams, 1, 0, 1, 3);
    layout->addWidget(m_folderLabel, 2, 0);
    layout->addWidget(m_folder, 2, 1);
    layout->addWidget(m_browse, 2, 2);
    layout->addWidget(m_export, 3, 0, Qt::AlignLeft);
    layout->addWidget(m_progress, 3, 1, 1, 2);
    layout->addWidget(m_result, 4, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(1, 1);

    connect(m_browse, &QPushButton::clicked, this, &ExportPanel::chooseFolder);
    connect(m_export, &QPushButton::clicked, this, &ExportPanel::start);
    retranslate(); // fills the team list too
}

void ExportPanel::reloadTeams()
{
    QSet<QString> unchosen;
    for (int i = 0; i < m_teams->count(); ++i)
        if (m_teams->item(i)->checkState() != Qt::Checked)
            unchosen.insert(m_teams->item(i)->data(Qt::UserRole).toString());
    m_teams->clear();
    auto teams = TeamRepository(m_session.db()).teams();
    if (!teams)
        return;
    for (const Team& team : *teams) {
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(team.name, team.code), m_teams);
        item->setData(Qt::UserRole, team.meta.uuid);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(unchosen.contains(team.meta.uuid) ? Qt::Unchecked : Qt::Checked);
    }
}

QStringList ExportPanel::chosenTeams() const
{
    QStringList chosen;
    for (int i = 0; i < m_teams->count(); ++i)
        if (m_teams->item(i)->checkState() == Qt::Checked)
            chosen << m_teams->item(i)->data(Qt::UserRole).toString();
    return chosen.size() == m_teams->count() ? QStringList() : chosen;
}

void ExportPanel::chooseFolder()
{
    const QString start = m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text();
    const QString folder =
        m_chooseFolder ? m_chooseFolder(start)
                       : QFileDialog::getExistingDirectory(this, tr("Folder of the USB stick"), start);
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ExportPanel::start()
{
    if (m_busy)
        return;
    m_result->clear();
    m_written.clear();
    const auto fail = [this](const QString& message) {
        m_result->setText(message);
        Q_EMIT finished(false);
    };
    if (m_teams->count() > 0 && chosenTeams().isEmpty() && m_teams->item(0)->checkState() != Qt::Checked)
        return fail(tr("Choose at least one team to export."));
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return fail(tr("Choose the folder of the USB stick first."));
    if (const QString problem = m_passphrase.problem(true); !problem.isEmpty())
        return fail(problem);

    // What the receiver lacks is unknown (any laptop may read the stick): everything in scope travels, and
    // the merge on the other side skips what it already holds.
    auto bundle = sync::collectForExchange(m_session.db(), chosenTeams(), {});
    if (!bundle)
        return fail(bundle.errorMessage());
    bundle->header.deviceName = QSysInfo::machineHostName();
    Preferences::setExchangeFolder(folder);

    // The device's secret key never leaves the data file, whose connection belongs to this thread: the
    // writer's background thread asks this thread for each signature.
    Database& db = m_session.db();
    const sync::SigningKey deviceKey = sync::SigningKey::ofDevice(db);
    sync::SigningKey key{deviceKey.publicKey,
                         [sign = deviceKey.sign, guard = QPointer<Database>(&db)](const QByteArray& message) {
                             return onMainThread<QByteArray>(
                                 [&] { return guard ? sign(message) : QByteArray(); });
                         }};
    setBusy(true);
    runInBackground<Result<QString>>(
        this,
        [folder, bundle = *bundle, passphrase = m_passphrase.passphrase(), key] {
            return sync::writeBundleFile(folder, bundle, passphrase, key);
        },
        [this](Result<QString> written) { done(written ? *written : QString(), written.errorMessage()); });
}

void ExportPanel::done(const QString& path, const QString& error)
{
    setBusy(false);
    if (!error.isEmpty()) {
        m_result->setText(error);
        Q_EMIT finished(false);
        return;
    }
    m_written = path;
    m_result->setText(
        tr("Written and checked: %1. It is safe to remove the stick.").arg(QDir::toNativeSeparators(path)));
    Q_EMIT finished(true);
}

void ExportPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_export->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    if (busy)
        m_result->setText(tr("Writing the bundle…"));
}

void ExportPanel::retranslate()
{
    m_teamsLabel->setText(tr("&Teams to send:"));
    m_folderLabel->setText(tr("&Folder:"));
    m_folder->setPlaceholderText(tr("The USB stick, for example E:\\"));
    m_browse->setText(tr("C&hoose…"));
    m_export->setText(tr("&Export for exchange"));
    reloadTeams();
}

void ExportPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hamkori::exchange
