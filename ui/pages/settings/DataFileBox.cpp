#include "DataFileBox.h"
#include "core/model/Formats.h"
#include "core/settings/Preferences.h"
#include "core/storage/Database.h"
#include "ui/Session.h"
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace hamkori::settings {

namespace {

QString samePath(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

QLabel* valueLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

DataFileBox::DataFileBox(Session& session, QWidget* parent)
    : QGroupBox(parent), m_session(session), m_pathLabel(new QLabel(this)),
      m_path(valueLabel(this, "dataFilePath")), m_sizeLabel(new QLabel(this)),
      m_size(valueLabel(this, "dataFileSize")), m_versionLabel(new QLabel(this)),
      m_version(valueLabel(this, "dataVersion")), m_fingerprintLabel(new QLabel(this)),
      m_fingerprint(valueLabel(this, "deviceFingerprint")), m_fingerprintHint(new QLabel(this)),
      m_openFolderButton(new QPushButton(this)), m_useAnotherButton(new QPushButton(this)),
      m_nextStart(new QLabel(this)), m_keepButton(new QPushButton(this))
{
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_useAnotherButton->setObjectName(QStringLiteral("useAnotherButton"));
    m_keepButton->setObjectName(QStringLiteral("keepDataFileButton"));
    m_nextStart->setObjectName(QStringLiteral("nextStartNote"));
    m_nextStart->setWordWrap(true);
    m_nextStart->setTextFormat(Qt::PlainText);
    m_nextStart->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_fingerprintHint->setWordWrap(true);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_pathLabel, m_path);
    form->addRow(m_sizeLabel, m_size);
    form->addRow(m_versionLabel, m_version);
    auto* fingerprint = new QVBoxLayout;
    fingerprint->setContentsMargins(0, 0, 0, 0);
    fingerprint->addWidget(m_fingerprint);
    fingerprint->addWidget(m_fingerprintHint);
    form->addRow(m_fingerprintLabel, fingerprint);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolderButton);
    buttons->addWidget(m_useAnotherButton);
    buttons->addStretch();
    auto* next = new QHBoxLayout;
    next->addWidget(m_nextStart, 1);
    next->addWidget(m_keepButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addLayout(next);

    m_chooseFile = [this](const QString& startFolder) {
        return QFileDialog::getSaveFileName(this, tr("Use another data file"), startFolder,
                                            tr("Hamkori data files (*.sqlite)"), nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    };
    m_openFolder = [](const QString& folder) { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); };

    connect(m_openFolderButton, &QPushButton::clicked, this,
            [this] { m_openFolder(QFileInfo(m_session.db().path()).absolutePath()); });
    connect(m_useAnotherButton, &QPushButton::clicked, this, &DataFileBox::chooseAnother);
    connect(m_keepButton, &QPushButton::clicked, this, &DataFileBox::keepThisOne);
    // The file grows as records are written.
    connect(&session.db(), &Database::recordsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    retranslate();
}

void DataFileBox::chooseAnother()
{
    const QString chosen = m_chooseFile(QFileInfo(m_session.db().path()).absolutePath());
    if (chosen.isEmpty())
        return;
    QString path = samePath(chosen);
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    Preferences::chooseDataFile(path);
    refresh();
}

void DataFileBox::keepThisOne()
{
    // The open file itself for the next start, also when it was chosen rather than the usual one.
    Preferences::chooseDataFile(m_session.db().path());
    refresh();
}

void DataFileBox::refresh()
{
    const Database& db = m_session.db();
    const QString path = db.path();
    m_path->setText(QDir::toNativeSeparators(samePath(path)));
    m_size->setText(Formats::fileSize(QFileInfo(path).size()));
    m_version->setText(QLocale().toString(db.schemaVersion()));
    m_fingerprint->setText(db.identity().fingerprint());

    // Only a choice made in Settings is announced: a file given with --database says nothing of the next
    // start.
    const QString next = Preferences::chosenDataFile();
    const bool pending = !next.isEmpty() && samePath(next) != samePath(path);
    if (pending)
        m_nextStart->setText(
            QFileInfo::exists(next)
                ? tr("At the next start Hamkori will open the data file %1. Until you close it, Hamkori "
                     "keeps "
                     "working with the file above.")
                      .arg(QDir::toNativeSeparators(next))
                : tr("At the next start Hamkori will create a new, empty data file %1 and open it. Until you "
                     "close it, Hamkori keeps working with the file above.")
                      .arg(QDir::toNativeSeparators(next)));
    m_nextStart->setVisible(pending);
    m_keepButton->setVisible(pending);
}

void DataFileBox::retranslate()
{
    setTitle(tr("Data file"));
    m_pathLabel->setText(tr("Open data file:"));
    m_sizeLabel->setText(tr("Size:"));
    m_versionLabel->setText(tr("Data version:"));
    m_fingerprintLabel->setText(tr("Device fingerprint:"));
    m_fingerprintHint->setText(tr("Identifies this laptop when teams exchange data: compare it with what the "
                                  "other laptop shows."));
    m_openFolderButton->setText(tr("&Open its folder"));
    m_useAnotherButton->setText(tr("&Use another data file…"));
    m_keepButton->setText(tr("&Keep using this data file"));
    refresh();
}

void DataFileBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void DataFileBox::showEvent(QShowEvent* event)
{
    refresh();
    QGroupBox::showEvent(event);
}

} // namespace hamkori::settings
