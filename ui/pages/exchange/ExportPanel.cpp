#include "ExportPanel.h"
#include "BackgroundTask.h"
#include "PassphraseBar.h"
#include "core/settings/Preferences.h"
#include "core/storage/SyncRepository.h"
#include "core/storage/TeamRepository.h"
#include "core/sync/Export.h"
#include "core/sync/KeyLock.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>

namespace hamkori::exchange {

ExportPanel::ExportPanel(Session& session, PassphraseBar& passphrase, QWidget* parent)
    : QWidget(parent), m_session(session), m_passphrase(passphrase), m_teamsLabel(new QLabel(this)),
      m_teams(new QListWidget(this)), m_receiverLabel(new QLabel(this)), m_receiver(new QComboBox(this)),
      m_folderLabel(new QLabel(this)), m_folder(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_export(new QPushButton(this)), m_progress(new QProgressBar(this)), m_result(new QLabel(this)),
      m_all(new QPushButton(this)), m_none(new QPushButton(this))
{
    m_all->setObjectName(QStringLiteral("exportAllTeams"));
    m_none->setObjectName(QStringLiteral("exportNoTeams"));
    m_teams->setObjectName(QStringLiteral("exportTeams"));
    m_receiver->setObjectName(QStringLiteral("exportReceiver"));
    m_receiverLabel->setBuddy(m_receiver);
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

    auto* choose = new QHBoxLayout;
    choose->addWidget(m_teamsLabel, 1);
    choose->addWidget(m_all);
    choose->addWidget(m_none);
    auto* layout = new QGridLayout(this);
    layout->addLayout(choose, 0, 0, 1, 3);
    layout->addWidget(m_teams, 1, 0, 1, 3);
    layout->addWidget(m_receiverLabel, 2, 0);
    layout->addWidget(m_receiver, 2, 1, 1, 2);
    layout->addWidget(m_folderLabel, 3, 0);
    layout->addWidget(m_folder, 3, 1);
    layout->addWidget(m_browse, 3, 2);
    layout->addWidget(m_export, 4, 0, Qt::AlignLeft);
    layout->addWidget(m_progress, 4, 1, 1, 2);
    layout->addWidget(m_result, 5, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(1, 1);

    // Fifty teams are not ticked one by one: all, or none and then the few.
    const auto tickAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_teams->count(); ++i)
            m_teams->item(i)->setCheckState(state);
    };
    connect(m_all, &QPushButton::clicked, this, [tickAll] { tickAll(Qt::Checked); });
    connect(m_none, &QPushButton::clicked, this, [tickAll] { tickAll(Qt::Unchecked); });
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

void ExportPanel::reloadReceivers()
{
    const QString chosen = m_receiver->currentData().toString();
    m_receiver->clear();
    m_receiver->addItem(tr("Any laptop: everything of these teams"), QString());
    auto devices = SyncRepository(m_session.db()).knownDevices();
    if (devices)
        for (const KnownDevice& device : *devices)
            m_receiver->addItem(tr("%1 (%2): only what it lacks")
                                    .arg(device.name.isEmpty() ? tr("A laptop without a name") : device.name,
                                         device.fingerprint()),
                                device.id);
    m_receiver->setCurrentIndex(std::max(0, m_receiver->findData(chosen)));
}

QString ExportPanel::chosenReceiver() const
{
    return m_receiver->currentData().toString();
}

void ExportPanel::chooseReceiver(const QString& device)
{
    m_receiver->setCurrentIndex(std::max(0, m_receiver->findData(device)));
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

    Preferences::setExchangeFolder(folder);
    sync::ExportRequest request;
    request.folder = folder;
    request.teamUuids = chosenTeams();
    // For any laptop, what the receiver lacks is unknown: everything in scope travels and the merge on the
    // other side skips what it holds. For a laptop that sent bundles here, only what it lacked then.
    request.receiver = chosenReceiver();
    request.passphrase = m_passphrase.passphrase();
    request.deviceName = QSysInfo::machineHostName();
    if (m_lockCost)
        request.lockCost = *m_lockCost;
    setBusy(true);
    // Opening the keys (Argon2id), signing, collecting and encrypting run on a connection of the worker's
    // own; the window's connection sees the signatures as another connection's commit.
    runInBackground<Result<sync::ExportDone>>(
        this,
        [&db = m_session.db(), request] {
            auto own = Database::openAnother(db);
            if (!own)
                return Result<sync::ExportDone>(own.error());
            return sync::Export::run(**own, request);
        },
        [this](Result<sync::ExportDone> written) {
            done(written ? written->path : QString(), written.errorMessage());
        });
}

bool ExportPanel::relockWithEarlierPassphrase()
{
    const QString earlier =
        m_askEarlier
            ? m_askEarlier()
            : QInputDialog::getText(this, tr("Earlier exchange passphrase"),
                                    tr("This data file's signing key was locked with the exchange "
                                       "passphrase in use when it last exported. Type that earlier "
                                       "passphrase once; the key is then locked with the current one."),
                                    QLineEdit::Password);
    if (earlier.isEmpty())
        return false;
    auto relocked = sync::relockKeys(m_session.db(), earlier, m_passphrase.passphrase());
    if (!relocked)
        m_result->setText(relocked.errorMessage());
    return relocked.ok();
}

void ExportPanel::done(const QString& path, const QString& error)
{
    setBusy(false);
    if (error == sync::KeyLock::lockedWithAnotherPassphrase()) {
        if (relockWithEarlierPassphrase())
            return start(); // the same export again, now that the key opens
        Q_EMIT finished(false);
        return;
    }
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
    m_all->setText(tr("Tick &all"));
    m_none->setText(tr("Tick &none"));
    m_receiverLabel->setText(tr("F&or:"));
    m_receiver->setToolTip(tr("Choose the laptop the stick is for to send only what it lacks (a smaller "
                              "bundle that tells less if the stick is lost). Choose any laptop when the "
                              "stick goes round."));
    reloadReceivers();
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
