#include "BackupsTab.h"
#include "BackupListModel.h"
#include "core/model/Formats.h"
#include "core/settings/Preferences.h"
#include "core/storage/Database.h"
#include "core/sync/EncryptedCopy.h"
#include "core/sync/Passphrase.h"
#include "ui/AutoBackup.h"
#include "ui/Session.h"
#include "ui/pages/exchange/BackgroundTask.h"
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori::settings {

namespace {

QString contents(int teams, int concerns, int plans, qint64 changes)
{
    return QCoreApplication::translate("hamkori::settings::BackupsTab",
                                       "teams %1, concerns %2, action plans %3, %4 changes in the history")
        .arg(Formats::number(teams), Formats::number(concerns), Formats::number(plans),
             Formats::number(changes));
}

} // namespace

BackupsTab::BackupsTab(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new BackupListModel(session.db().backupFolder(), this)),
      m_about(new QLabel(this)), m_keepLabel(new QLabel(this)), m_days(new QSpinBox(this)),
      m_daysLabel(new QLabel(this)), m_weeks(new QSpinBox(this)), m_weeksLabel(new QLabel(this)),
      m_view(new QTableView(this)), m_backUp(new QPushButton(this)), m_copy(new QPushButton(this)),
      m_restore(new QPushButton(this)), m_restoreFile(new QPushButton(this)), m_message(new QLabel(this)),
      m_confirm(this)
{
    m_view->setObjectName(QStringLiteral("backupList"));
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_copy->setObjectName(QStringLiteral("saveCopy"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restoreFile->setObjectName(QStringLiteral("restoreFromFile"));
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_days->setObjectName(QStringLiteral("backupDays"));
    m_weeks->setObjectName(QStringLiteral("backupWeeks"));
    m_about->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_days->setRange(1, 60);
    m_weeks->setRange(0, 52);
    m_days->setValue(Preferences::backupDays());
    m_weeks->setValue(Preferences::backupWeeks());
    m_daysLabel->setBuddy(m_days);
    m_weeksLabel->setBuddy(m_weeks);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BackupListModel::Reason, QHeaderView::Stretch);

    auto* keep = new QHBoxLayout;
    keep->addWidget(m_keepLabel);
    keep->addWidget(m_days);
    keep->addWidget(m_daysLabel);
    keep->addWidget(m_weeks);
    keep->addWidget(m_weeksLabel);
    keep->addStretch();
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_backUp, m_copy, m_restore, m_restoreFile})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_about);
    layout->addLayout(keep);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    const auto keepChosen = [this] {
        Preferences::setBackupsKept(m_days->value(), m_weeks->value());
        retranslate(); // the labels say "day" or "days"
    };
    connect(m_days, &QSpinBox::valueChanged, this, keepChosen);
    connect(m_weeks, &QSpinBox::valueChanged, this, keepChosen);
    connect(m_backUp, &QPushButton::clicked, this, &BackupsTab::backUpNow);
    connect(m_copy, &QPushButton::clicked, this, &BackupsTab::saveCopy);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            restoreRow(rows.first().row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_restore->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_restoreFile, &QPushButton::clicked, this, &BackupsTab::restoreFromFile);
    m_restore->setEnabled(false);
    m_message->hide();
    retranslate();
}

QString BackupsTab::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void BackupsTab::show(const QString& message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a40000;") : QString());
    m_message->setVisible(!message.isEmpty());
}

void BackupsTab::refresh()
{
    if (const QString error = m_model->reload(); !error.isEmpty())
        show(error, true);
    m_restore->setEnabled(m_view->selectionModel()->hasSelection());
}

void BackupsTab::backUpNow()
{
    // On a connection of its own: a national file takes seconds to copy and check, and the window paints on.
    m_backUp->setEnabled(false);
    show(tr("Making the backup and checking it…"), false);
    backUpInBackground(this, m_session.db(), BackupReason::Manual, [this](Result<BackupInfo> made) {
        m_backUp->setEnabled(true);
        refresh();
        if (!made)
            return show(made.errorMessage(), true);
        show(tr("Backup made and checked: %1.")
                 .arg(contents(made->teams, made->concerns, made->plans, made->changes)),
             false);
    });
}

QString BackupsTab::passphrase()
{
    if (m_askPassphrase)
        return m_askPassphrase();
    return QInputDialog::getText(this, tr("Exchange passphrase"),
                                 tr("The copy is locked with the exchange passphrase. Type it:"),
                                 QLineEdit::Password);
}

void BackupsTab::saveCopy()
{
    const QString folder =
        m_chooseFolder ? m_chooseFolder(Preferences::exchangeFolder())
                       : QFileDialog::getExistingDirectory(this, tr("Where to save the copy (a stick)"),
                                                           Preferences::exchangeFolder());
    if (folder.isEmpty())
        return;
    const QString typed = passphrase();
    if (typed.isEmpty())
        return;
    if (const QString verifier = Preferences::passphraseVerifier();
        !verifier.isEmpty() && !sync::Passphrase::verify(verifier, typed))
        return show(tr("This is not the exchange passphrase set on this laptop. Type it again; the copy was "
                       "not written."),
                    true);
    m_copy->setEnabled(false);
    show(tr("Writing the encrypted copy and reading it back…"), false);
    const Database& main = m_session.db();
    exchange::runInBackground<Result<QString>>(
        this,
        [&main, folder, typed] {
            auto own = Database::openAnother(main);
            if (!own)
                return Result<QString>(own.error());
            return sync::EncryptedCopy::write(**own, folder, typed);
        },
        [this](Result<QString> written) {
            m_copy->setEnabled(true);
            if (!written)
                return show(written.errorMessage(), true);
            show(tr("Written and checked: %1. The copy is locked with the exchange passphrase; it is safe to "
                    "remove the stick.")
                     .arg(QDir::toNativeSeparators(*written)),
                 false);
        });
}

void BackupsTab::restoreRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const BackupInfo& backup = m_model->backup(row);
    confirmRestore(backup.file, backup.made.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
}

void BackupsTab::restoreFromFile()
{
    const QString start =
        Preferences::exchangeFolder().isEmpty() ? QDir::homePath() : Preferences::exchangeFolder();
    const QString file =
        m_chooseFile ? m_chooseFile(start)
                     : QFileDialog::getOpenFileName(this, tr("Backup or copy to restore"), start,
                                                    tr("Hamkori backups and copies (*.sqlite *.hkcopy)"));
    if (file.isEmpty())
        return;
    QString plain = file;
    if (sync::EncryptedCopy::isEncryptedCopy(file)) {
        const QString typed = passphrase();
        if (typed.isEmpty())
            return;
        // Opened into the backups folder: it is a backup from now on, listed and rotated like the others.
        QDir().mkpath(m_session.db().backupFolder());
        plain = QDir(m_session.db().backupFolder())
                    .filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".sqlite"));
        if (auto opened = sync::EncryptedCopy::decrypt(file, typed, plain); !opened)
            return show(opened.errorMessage(), true);
    }
    confirmRestore(plain, QDir::toNativeSeparators(file));
}

void BackupsTab::confirmRestore(const QString& plainBackup, const QString& shownName)
{
    auto backup = Backups::inspect(plainBackup);
    if (!backup)
        return show(backup.errorMessage(), true);
    auto current = Backups::inspect(m_session.db().path());
    const QString now = current
                            ? contents(current->teams, current->concerns, current->plans, current->changes)
                            : current.errorMessage();
    const QString question =
        tr("Restore the backup %1?\n\nThe data file now: %2.\nThe backup: %3.\n\nHamkori keeps the data file "
           "as "
           "it is now as a backup first, then puts the backup in its place and opens it. What was made since "
           "the backup is not lost: after the restore, import the latest bundles from the other laptops to "
           "get "
           "back what they received, and the rest is in the backup of the current file.")
            .arg(shownName, now, contents(backup->teams, backup->concerns, backup->plans, backup->changes));
    if (!m_confirm.ask(tr("Restore a backup"), question, tr("&Restore")))
        return;
    m_session.requestRestore(plainBackup);
}

void BackupsTab::retranslate()
{
    m_about->setText(
        tr("Hamkori backs up the data file by itself: when it closes after changes, once a day while "
           "it is open, and before every import and restore. Each backup is checked before it is "
           "kept. They are kept in %1.")
            .arg(QDir::toNativeSeparators(m_session.db().backupFolder())));
    m_keepLabel->setText(tr("Backups kept, besides those of the last day:"));
    m_daysLabel->setText(tr("the newest of each of the last %n &day(s),", nullptr, m_days->value()));
    m_weeksLabel->setText(tr("and of each of the last %n &week(s).", nullptr, m_weeks->value()));
    m_backUp->setText(tr("Back &up now"));
    m_copy->setText(tr("Save a &copy to…"));
    m_restore->setText(tr("&Restore…"));
    m_restoreFile->setText(tr("Restore from a fi&le…"));
}

void BackupsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BackupsTab::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace hamkori::settings
