#include "DirectoryImportDialog.h"
#include "core/csv/CsvReader.h"
#include "core/model/Formats.h"
#include "core/storage/Backups.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hamkori::csv {

namespace {

QTableWidget* makeTable(QWidget* parent, const char* name)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(QLatin1String(name));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem* item(const QString& text)
{
    auto* cell = new QTableWidgetItem(QString(text).replace(QLatin1Char('\n'), QChar(0x21B5)));
    cell->setToolTip(text);
    return cell;
}

} // namespace

DirectoryImportDialog::DirectoryImportDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_file(new QLineEdit(this)), m_fileInfo(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_mappingTable(makeTable(this, "directoryMappingTable")),
      m_previewTable(makeTable(this, "directoryPreviewTable")),
      m_reportTable(makeTable(this, "directoryReportTable")), m_summary(new QLabel(this)),
      m_error(FieldErrors::makeMessageLabel(this)), m_addExpertise(new QCheckBox(this)),
      m_skip(new QCheckBox(this)), m_import(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("directoryImportDialog"));
    m_file->setObjectName(QStringLiteral("directoryImportFile"));
    m_summary->setObjectName(QStringLiteral("directoryImportSummary"));
    m_addExpertise->setObjectName(QStringLiteral("directoryAddExpertise"));
    m_skip->setObjectName(QStringLiteral("directorySkipBadRows"));
    m_import->setObjectName(QStringLiteral("directoryImportButton"));
    setWindowTitle(tr("Import organisations from CSV"));

    auto* intro =
        new QLabel(tr("Each row is an organisation of the directory. A row whose organisation is "
                      "already there (same name or short name) updates it; importing the same file "
                      "again creates no duplicates. Districts, fields of expertise and services are "
                      "names separated by \";\"."),
                   this);
    intro->setWordWrap(true);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("Choose a CSV file saved from Excel or LibreOffice"));
    auto* browse = new QPushButton(tr("&Choose file…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_fileInfo->setWordWrap(true);

    m_mappingTable->setColumnCount(3);
    m_mappingTable->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Field in Hamkori"), tr("Value in the first row")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_reportTable->setColumnCount(3);
    m_reportTable->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("What is wrong")});
    m_reportTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_reportTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_reportTable->horizontalHeader()->setStretchLastSection(true);
    m_reportTable->setWordWrap(true);
    m_tabs->addTab(m_mappingTable, tr("1. Columns"));
    m_tabs->addTab(m_previewTable, tr("2. Preview"));
    m_tabs->addTab(m_reportTable, tr("3. Check"));

    m_summary->setWordWrap(true);
    m_addExpertise->setText(tr("&Add unknown fields of expertise to the list"));
    m_skip->setText(tr("&Skip the bad rows and import the others"));
    m_import->setText(tr("&Import"));
    m_import->setDefault(true);
    m_close->setText(tr("&Close"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileInfo);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_addExpertise);
    layout->addWidget(m_skip);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &DirectoryImportDialog::browse);
    connect(m_addExpertise, &QCheckBox::toggled, this, &DirectoryImportDialog::recheck);
    connect(m_skip, &QCheckBox::toggled, this, &DirectoryImportDialog::updateState);
    connect(m_import, &QPushButton::clicked, this, [this] { (void)importNow(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    resize(900, 600);
    updateState();
}

void DirectoryImportDialog::browse()
{
    const QString start = m_file->text().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_file->text()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, windowTitle(), start,
                                                        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        loadFile(chosen);
}

bool DirectoryImportDialog::loadFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_imported = false;
    m_error->hide();
    auto table = CsvReader::readFile(path);
    m_loaded = table.ok();
    if (!table) {
        m_table = CsvTable();
        m_preview = DirectoryPreview();
        m_fileInfo->clear();
        m_error->setText(table.errorMessage());
        m_error->show();
        fillMapping();
        fillPreview();
        m_reportTable->setRowCount(0);
        updateState();
        return false;
    }
    m_table = *table;
    const QString separator = m_table.separator == u'\t' ? tr("tab") : QString(m_table.separator);
    m_fileInfo->setText(
        tr("%n row(s) under the header, %1, separator \"%2\".", "", int(m_table.records.size()))
            .arg(m_table.encoding, separator));
    m_mapping =
        DirectoryMapping::remembered(QSettings().value(QLatin1String(kSettingsKey)).toMap(), m_table.header);
    fillMapping();
    fillPreview();
    recheck();
    return true;
}

QComboBox* DirectoryImportDialog::fieldChooser(int column) const
{
    return qobject_cast<QComboBox*>(m_mappingTable->cellWidget(column, 1));
}

void DirectoryImportDialog::fillMapping()
{
    m_mappingTable->setRowCount(int(m_table.header.size()));
    for (int column = 0; column < m_table.header.size(); ++column) {
        m_mappingTable->setItem(column, 0, item(m_table.header[column]));
        const QString first =
            m_table.records.isEmpty() ? QString() : m_table.records.first().fields.value(column);
        m_mappingTable->setItem(column, 2, item(first));
        auto* chooser = new QComboBox(m_mappingTable);
        chooser->addItem(tr("— not imported —"), QString());
        for (DirectoryField field : DirectoryColumns::fields())
            chooser->addItem(DirectoryColumns::isRequired(field)
                                 ? tr("%1 (required)").arg(DirectoryColumns::name(field))
                                 : DirectoryColumns::name(field),
                             DirectoryColumns::key(field));
        const auto mappedField = m_mapping.fieldOf(column);
        chooser->setCurrentIndex(mappedField ? chooser->findData(DirectoryColumns::key(*mappedField)) : 0);
        connect(chooser, &QComboBox::currentIndexChanged, this, [this, column, chooser] {
            if (const auto before = m_mapping.fieldOf(column))
                m_mapping.set(*before, -1);
            if (const auto field = DirectoryColumns::fromKey(chooser->currentData().toString()))
                m_mapping.set(*field, column); // takes the field from any other column
            for (int other = 0; other < m_mappingTable->rowCount(); ++other) {
                QComboBox* box = fieldChooser(other);
                if (!box || other == column)
                    continue;
                const auto mapped = m_mapping.fieldOf(other);
                QSignalBlocker blocker(box);
                box->setCurrentIndex(mapped ? box->findData(DirectoryColumns::key(*mapped)) : 0);
            }
            fillPreview();
            recheck();
        });
        m_mappingTable->setCellWidget(column, 1, chooser);
    }
}

void DirectoryImportDialog::fillPreview()
{
    const int rows = int(std::min<qsizetype>(m_table.records.size(), kPreviewRows));
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(m_table.header.size()));
    m_previewTable->setRowCount(rows);
    QStringList labels;
    for (int column = 0; column < m_table.header.size(); ++column) {
        const auto field = m_mapping.fieldOf(column);
        labels << (field ? m_table.header[column] + QStringLiteral("\n→ ") + DirectoryColumns::name(*field)
                         : m_table.header[column] + QStringLiteral("\n") + tr("(not imported)"));
    }
    m_previewTable->setHorizontalHeaderLabels(labels);
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < m_table.header.size(); ++column)
            m_previewTable->setItem(row, column, item(m_table.records[row].fields.value(column)));
}

void DirectoryImportDialog::recheck()
{
    m_preview = m_loaded
                    ? DirectoryImport(m_session.db()).check(m_table, m_mapping, m_addExpertise->isChecked())
                    : DirectoryPreview();
    m_reportTable->setRowCount(int(m_preview.messages.size()));
    for (int i = 0; i < m_preview.messages.size(); ++i) {
        const ImportMessage& message = m_preview.messages[i];
        m_reportTable->setItem(i, 0, item(QString::number(message.row)));
        m_reportTable->setItem(i, 1, item(message.column));
        m_reportTable->setItem(i, 2, item(message.text));
    }
    QSet<int> bad;
    for (const ImportMessage& message : m_preview.messages)
        bad.insert(message.row);
    for (int row = 0; row < m_previewTable->rowCount(); ++row) {
        const QBrush background =
            bad.contains(m_table.records[row].row) ? QBrush(QColor(255, 225, 225)) : QBrush();
        for (int column = 0; column < m_previewTable->columnCount(); ++column)
            if (QTableWidgetItem* cell = m_previewTable->item(row, column))
                cell->setBackground(background);
    }
    m_tabs->setTabText(2, m_preview.messages.isEmpty()
                              ? tr("3. Check")
                              : tr("3. Check (%n problem(s))", "", int(m_preview.messages.size())));
    updateState();
}

void DirectoryImportDialog::updateState()
{
    const int bad = m_preview.count(RowAction::Invalid);
    if (!m_loaded) {
        m_summary->setText(m_file->text().isEmpty() ? tr("Choose the file to import.") : QString());
    } else if (m_imported) {
        // Left as importNow() wrote it.
    } else if (m_preview.fileError) {
        m_summary->setText(tr("The file cannot be imported as it is: see \"3. Check\"."));
    } else {
        QString text = tr("Ready: %1 new, %2 to update, %3 unchanged.")
                           .arg(m_preview.count(RowAction::Create))
                           .arg(m_preview.count(RowAction::Update))
                           .arg(m_preview.count(RowAction::Unchanged));
        if (m_addExpertise->isChecked() && !m_preview.unknownExpertise.isEmpty())
            text += QLatin1Char(' ') + tr("New fields of expertise for the list: %1.")
                                           .arg(m_preview.unknownExpertise.join(QStringLiteral(", ")));
        if (bad > 0)
            text +=
                QLatin1Char(' ') + tr("%n row(s) have errors: correct the file and choose it again, or skip "
                                      "the bad rows.",
                                      "", bad);
        m_summary->setText(text);
    }
    // Offered only when the file names fields of expertise the list lacks (or the tick is already on).
    m_addExpertise->setVisible(!m_preview.unknownExpertise.isEmpty() || m_addExpertise->isChecked());
    m_addExpertise->setEnabled(m_loaded && !m_imported);
    m_skip->setEnabled(m_loaded && !m_imported && bad > 0 && !m_preview.fileError);
    const bool somethingToDo = m_preview.count(RowAction::Create) + m_preview.count(RowAction::Update) > 0;
    m_import->setEnabled(m_loaded && !m_imported && somethingToDo && m_preview.canApply(m_skip->isChecked()));
}

void DirectoryImportDialog::rememberMapping()
{
    QSettings settings;
    QVariantMap remembered = settings.value(QLatin1String(kSettingsKey)).toMap();
    const QVariantMap current = m_mapping.byColumnName(m_table.header);
    for (auto it = current.begin(); it != current.end(); ++it)
        remembered.insert(it.key(), it.value());
    settings.setValue(QLatin1String(kSettingsKey), remembered);
}

Result<void> DirectoryImportDialog::importNow()
{
    if (!m_import->isEnabled())
        return Error{m_summary->text(), {}};
    // Shared by the command's apply and revert: the first apply imports, later ones redo what undo took.
    struct State
    {
        bool applied = false;
        DirectoryImportOutcome outcome;
        QList<RecordRef> taken;
    };
    auto state = std::make_shared<State>();
    Database& db = m_session.db();
    const DirectoryPreview preview = m_preview;
    const bool skip = m_skip->isChecked();
    const undo::Action apply = [&db, state, preview, skip]() -> Result<void> {
        if (state->applied)
            return DirectoryImport::reapply(db, state->outcome, state->taken);
        auto done = DirectoryImport(db).apply(preview, skip);
        if (!done)
            return done.error();
        state->outcome = *done;
        state->applied = true;
        return {};
    };
    const undo::Action revert = [&db, state]() -> Result<void> {
        auto taken = DirectoryImport::revert(db, state->outcome);
        if (!taken)
            return taken.error();
        state->taken = *taken;
        return {};
    };
    const QString name = QFileInfo(m_file->text()).fileName();
    if (auto backedUp = Backups(db.backupFolder()).make(db, BackupReason::BeforeCsvImport); !backedUp) {
        m_error->setText(backedUp.errorMessage());
        m_error->show();
    }
    auto done = undo::perform(m_session, tr("import organisations from %1").arg(name), apply, revert);
    if (!done) {
        m_error->setText(done.errorMessage());
        m_error->show();
        return done;
    }
    m_imported = true;
    rememberMapping();
    m_error->hide();
    QString summary =
        tr("Imported: %1 created, %2 updated, %3 unchanged, %4 skipped.")
            .arg(Formats::number(state->outcome.created.size()), Formats::number(state->outcome.updated()),
                 Formats::number(state->outcome.unchanged), Formats::number(state->outcome.skipped));
    if (!state->outcome.addedExpertise.isEmpty())
        summary += QLatin1Char(' ') + tr("Fields of expertise added to the list: %1.")
                                          .arg(Formats::number(state->outcome.addedExpertise.size()));
    m_summary->setText(summary + QLatin1Char(' ') + tr("Undo (Ctrl+Z) takes the whole import back."));
    updateState();
    return {};
}

QString DirectoryImportDialog::message() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : m_summary->text();
}

} // namespace hamkori::csv
