#include "ImportPanel.h"
#include "BackgroundTask.h"
#include "BundleApplier.h"
#include "ExportPanel.h"
#include "MergeReportModel.h"
#include "PassphraseBar.h"
#include "core/settings/Preferences.h"
#include "core/storage/Backups.h"
#include "core/storage/Fingerprint.h"
#include "core/storage/SyncRepository.h"
#include "core/sync/BundleReader.h"
#include "core/sync/Crypto.h"
#include "core/sync/Merge.h"
#include "core/sync/SenderTrust.h"
#include "ui/Session.h"
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>

namespace hamkori::exchange {

namespace {

/// Keeps the merge's dialog open until the merge is done: neither Esc nor the window's close button may
/// give the window back while the worker holds the file's write lock.
class StayOpen final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Close) {
            event->ignore();
            return true;
        }
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape)
            return true;
        return QObject::eventFilter(watched, event);
    }
};

/// Where the file dialogs start: the folder the last bundle was written to (the stick), else home.
QString startFolder()
{
    const QString folder = Preferences::exchangeFolder();
    return folder.isEmpty() ? QDir::homePath() : folder;
}

} // namespace

ImportPanel::ImportPanel(Session& session, PassphraseBar& passphrase, QWidget* parent)
    : QWidget(parent), m_session(session), m_passphrase(passphrase), m_file(new QPushButton(this)),
      m_folder(new QPushButton(this)), m_progress(new QProgressBar(this)), m_reportLabel(new QLabel(this)),
      m_table(new QTableView(this)), m_model(new MergeReportModel(this)), m_messagesLabel(new QLabel(this)),
      m_messages(new QListWidget(this)), m_trust(this)
{
    m_file->setObjectName(QStringLiteral("importFile"));
    m_folder->setObjectName(QStringLiteral("importFolder"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_table->setObjectName(QStringLiteral("importReport"));
    m_messages->setObjectName(QStringLiteral("importMessages"));
    m_progress->hide();
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MergeReportModel::Kind, QHeaderView::Stretch);
    m_reportLabel->setBuddy(m_table);
    m_messagesLabel->setBuddy(m_messages);
    m_messages->setWordWrap(true);

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_file, 0, 0);
    layout->addWidget(m_folder, 0, 1);
    layout->addWidget(m_progress, 0, 2);
    layout->addWidget(m_reportLabel, 1, 0, 1, 3);
    layout->addWidget(m_table, 2, 0, 1, 3);
    layout->addWidget(m_messagesLabel, 3, 0, 1, 3);
    layout->addWidget(m_messages, 4, 0, 1, 3);
    layout->setColumnStretch(2, 1);
    layout->setRowStretch(2, 3);
    layout->setRowStretch(4, 2);

    connect(m_file, &QPushButton::clicked, this, &ImportPanel::chooseFile);
    connect(m_folder, &QPushButton::clicked, this, &ImportPanel::chooseFolder);
    retranslate();
}

QStringList ImportPanel::messages() const
{
    QStringList lines;
    for (int i = 0; i < m_messages->count(); ++i)
        lines << m_messages->item(i)->text();
    return lines;
}

void ImportPanel::chooseFile()
{
    const QString start = startFolder();
    const QString file = m_chooseFile ? m_chooseFile(start)
                                      : QFileDialog::getOpenFileName(this, tr("Bundle to import"), start,
                                                                     tr("Hamkori bundles (*.hkx)"));
    if (!file.isEmpty())
        importFiles({file});
}

void ImportPanel::chooseFolder()
{
    const QString start = startFolder();
    const QString folder = m_chooseFolder
                               ? m_chooseFolder(start)
                               : QFileDialog::getExistingDirectory(this, tr("Folder with bundles"), start);
    if (folder.isEmpty())
        return;
    QStringList files;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.hkx")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    if (files.isEmpty()) {
        m_model->clear();
        m_messages->clear();
        note(folder, tr("There is no bundle (*.hkx file) in this folder."));
        return;
    }
    importFiles(files);
}

void ImportPanel::importFiles(const QStringList& paths)
{
    if (isBusy() || paths.isEmpty())
        return;
    m_model->clear();
    m_messages->clear();
    if (const QString problem = m_passphrase.problem(false); !problem.isEmpty()) {
        note(QString(), problem);
        Q_EMIT finished();
        return;
    }
    // One backup before the bundles apply; each applies in one transaction, so a backup that fails is said
    // and the import goes on.
    Database& db = m_session.db();
    if (auto backedUp = Backups(db.backupFolder()).make(db, BackupReason::BeforeBundleImport); !backedUp)
        note(QString(), backedUp.errorMessage());
    m_queue = paths;
    m_total = int(paths.size());
    m_progress->setRange(0, m_total);
    m_progress->setValue(0);
    next();
}

void ImportPanel::next()
{
    m_progress->setValue(m_total - int(m_queue.size()));
    if (m_queue.isEmpty()) {
        setBusy(false);
        Q_EMIT finished();
        return;
    }
    setBusy(true);
    const QString path = m_queue.takeFirst();
    // Read and check the start of the file here (quick), decrypt in the background (Argon2id is slow).
    auto file = sync::readBundleFile(path);
    if (!file) {
        note(path, file.errorMessage());
        return next();
    }
    if (auto header = sync::peekHeader(*file); !header) {
        note(path, header.errorMessage());
        return next();
    }
    runInBackground<Result<sync::Bundle>>(
        this,
        [bytes = *file, passphrase = m_passphrase.passphrase()] {
            return sync::decodeBundle(bytes, passphrase);
        },
        [this, path](Result<sync::Bundle> bundle) {
            if (!bundle) {
                note(path, bundle.errorMessage());
                return next();
            }
            decoded(path, std::move(*bundle));
        });
}

void ImportPanel::decoded(const QString& path, sync::Bundle bundle)
{
    Database& db = m_session.db();
    const sync::BundleHeader& header = bundle.header;
    bool trusted = false;
    // A known id with another key is refused by the merge with its own message; a laptop that one trusted
    // here introduced (a copied or restored file) needs nobody's word; ask only about the others.
    auto trust = sync::senderTrust(db, header);
    if (trust && trust->state == sync::SenderTrust::State::Unknown) {
        {
            const QString name =
                header.deviceName.isEmpty() ? tr("A laptop without a name") : header.deviceName;
            const QString question =
                tr("This bundle comes from a laptop that has not sent bundles here "
                   "before:\n\n%1\nFingerprint: "
                   "%2\n\nAsk its owner to read you the fingerprint shown under Settings on that laptop. "
                   "Trust this laptop and apply its changes?")
                    .arg(name, fingerprintOf(header.publicKey));
            if (!m_trust.ask(tr("A new laptop"), question, tr("&Trust and import"))) {
                note(path, tr("The laptop was not trusted: nothing of this bundle was applied."));
                return next();
            }
            trusted = true;
        }
    }
    const auto shared = std::make_shared<const sync::Bundle>(std::move(bundle));
    sync::ApplyOptions options{.dryRun = false, .trustNewSender = trusted};
    setApplying(path, true);
    // The merge tells how far it is from its own thread; the dialog hears it on the main one, if still open.
    options.progress = [dialog = QPointer<QProgressDialog>(m_applying)](int done, int total) {
        QMetaObject::invokeMethod(
            qApp,
            [dialog, done, total] {
                if (!dialog)
                    return;
                dialog->setRange(0, std::max(total, 1));
                dialog->setValue(done);
            },
            Qt::QueuedConnection);
    };
    runInBackground<AppliedBundle>(
        this, [&db, shared, options] { return applyOnOwnConnection(db, *shared, options); },
        [this, path, shared](AppliedBundle applied) {
            setApplying(path, false);
            catchUp(m_session.db(), *shared, applied);
            if (!applied.report) {
                note(path, applied.report.errorMessage());
                return next();
            }
            const sync::MergeReport& report = *applied.report;
            m_model->add(report);
            const QStringList lines = report.describe();
            note(path, report.changedNothing()
                           ? lines.value(0)
                           : tr("Imported: %n change(s) new to this laptop.", nullptr, report.applied));
            if (!report.introduction.isEmpty())
                note(path, report.introduction);
            // A code given on two laptops: the later record's new code, which people quote from now on.
            for (const sync::CodeChange& change : report.renumbered)
                note(path, sync::MergeReport::describe(change));
            // Two teams with one code: people choose team codes, so the page only tells (the Team page
            // warns).
            for (const sync::SharedTeamCode& teamCode : report.sharedTeamCodes)
                note(path, sync::MergeReport::describe(teamCode));
            // By reason with a few examples; every entry is listed under "Set aside" below.
            for (const sync::SetAside& group : report.setAside)
                note(path, tr("Not applied: %n change(s). %1", nullptr, group.count).arg(group.reason));
            if (!report.setAside.isEmpty())
                Q_EMIT setAsideChanged();
            next();
        });
}

void ImportPanel::setApplying(const QString& path, bool applying)
{
    if (!applying) {
        delete m_applying;
        m_applying = nullptr;
        m_progress->setRange(0, m_total);
        return;
    }
    m_progress->setRange(0, 0); // busy while the merge runs: the dialog shows how far it is
    // Window-modal: the window keeps painting, but no page can start an edit until the merge is done.
    m_applying = new QProgressDialog(window());
    m_applying->setObjectName(QStringLiteral("importApplying"));
    m_applying->setWindowTitle(tr("Import"));
    m_applying->setLabelText(tr("Applying the changes of %1…\nThe other pages wait until it is done.")
                                 .arg(QFileInfo(path).fileName()));
    m_applying->setCancelButton(nullptr);
    m_applying->setRange(0, 0); // busy until the merge first says how far it is
    m_applying->setMinimumDuration(0);
    m_applying->setWindowModality(Qt::WindowModal);
    m_applying->setAutoClose(false);
    m_applying->setAutoReset(false);
    m_applying->installEventFilter(new StayOpen(m_applying));
    m_applying->show();
}

void ImportPanel::note(const QString& path, const QString& message)
{
    const QString name = QFileInfo(path).fileName();
    m_messages->addItem(name.isEmpty() ? message : tr("%1: %2").arg(name, message));
}

void ImportPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_file->setEnabled(!busy);
    m_folder->setEnabled(!busy);
}

void ImportPanel::retranslate()
{
    m_file->setText(tr("Import a &file…"));
    m_folder->setText(tr("Import every bundle in a f&older…"));
    m_reportLabel->setText(tr("What the import changed:"));
    m_messagesLabel->setText(tr("Bundles:"));
}

void ImportPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hamkori::exchange
