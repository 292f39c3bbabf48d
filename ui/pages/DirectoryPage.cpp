#include "DirectoryPage.h"
#include "core/storage/Database.h"
#include "core/storage/DirectoryRepository.h"
#include "directory/OrganisationForm.h"
#include "directory/OrganisationListModel.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/csv/DirectoryFileButtons.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

namespace {

/// The kinds of records the page shows something of.
bool shownHere(const QStringList& kinds)
{
    static const QStringList shown{QStringLiteral("organisation"),
                                   QStringLiteral("organisation_district"),
                                   QStringLiteral("organisation_expertise"),
                                   QStringLiteral("service"),
                                   QStringLiteral("gazetteer"),
                                   QStringLiteral("reference_item")};
    for (const QString& kind : kinds)
        if (shown.contains(kind))
            return true;
    return false;
}

/// Refills a filter's combo: "any" first, then the choices (headings, with an empty UUID, cannot be chosen);
/// the choice made stays when it is still there.
void fillFilter(QComboBox* combo, const QString& any, const QList<std::pair<QString, QString>>& choices)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(any, QString());
    for (const auto& [uuid, text] : choices) {
        combo->addItem(uuid.isEmpty() ? text : QStringLiteral("   ") + text, uuid);
        if (uuid.isEmpty())
            if (auto* items = qobject_cast<QStandardItemModel*>(combo->model())) {
                QStandardItem* heading = items->item(combo->count() - 1);
                heading->setFlags(Qt::ItemIsEnabled);
                QFont bold = combo->font();
                bold.setBold(true);
                heading->setFont(bold);
            }
    }
    combo->setCurrentIndex(std::max(0, chosen.isEmpty() ? 0 : combo->findData(chosen)));
}

} // namespace

DirectoryPage::DirectoryPage(Session& session, QWidget* parent)
    : Page(session, parent), m_model(new OrganisationListModel(session.db(), this)),
      m_search(new QLineEdit(this)), m_new(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_fileButtons(new QHBoxLayout), m_filterCaption(new QLabel(this)), m_kindFilter(new QComboBox(this)),
      m_districtFilter(new QComboBox(this)), m_expertiseFilter(new QComboBox(this)),
      m_serviceFilter(new QComboBox(this)), m_membersOnly(new QCheckBox(this)), m_count(new QLabel(this)),
      m_table(new QTableView(this)), m_form(new OrganisationForm(session, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_search->setObjectName(QStringLiteral("directorySearch"));
    m_new->setObjectName(QStringLiteral("newOrganisationButton"));
    m_delete->setObjectName(QStringLiteral("deleteOrganisationButton"));
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_districtFilter->setObjectName(QStringLiteral("districtFilter"));
    m_expertiseFilter->setObjectName(QStringLiteral("expertiseFilter"));
    m_serviceFilter->setObjectName(QStringLiteral("serviceFilter"));
    m_membersOnly->setObjectName(QStringLiteral("networkMembersOnly"));
    m_count->setObjectName(QStringLiteral("organisationCount"));
    m_table->setObjectName(QStringLiteral("organisationTable"));
    m_splitter->setObjectName(QStringLiteral("directorySplitter"));
    m_search->setClearButtonEnabled(true);
    m_delete->setEnabled(false); // until an organisation is chosen
    for (QComboBox* filter : {m_kindFilter, m_districtFilter, m_expertiseFilter, m_serviceFilter}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(12);
        filter->setMaxVisibleItems(20);
    }

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Names begin alike («Ташкилоти ҷамъиятии …», «Общественная организация …»): a cut name keeps its end.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OrganisationListModel::Name, QHeaderView::Stretch);
    // The name is what people look for: the other columns are kept narrow (their tooltips hold the whole
    // text) so that it keeps about a third of the list at 1366×768.
    const std::pair<int, int> widths[] = {
        {OrganisationListModel::ShortName, 75}, {OrganisationListModel::Kind, 95},
        {OrganisationListModel::Districts, 95}, {OrganisationListModel::Expertise, 105},
        {OrganisationListModel::Services, 62},  {OrganisationListModel::MemberSince, 90}};
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);

    // The top bar: search and the buttons, then the filters.
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    top->addWidget(m_delete);
    // The coordinator's spreadsheet in and out (CSV) and the mapping matrix (PDF).
    m_fileButtons->addWidget(new csv::DirectoryFileButtons(session, this));
    top->addLayout(m_fileButtons);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filterCaption);
    filters->addWidget(m_kindFilter, 1);
    filters->addWidget(m_districtFilter, 1);
    filters->addWidget(m_expertiseFilter, 1);
    filters->addWidget(m_serviceFilter, 1);
    filters->addWidget(m_membersOnly);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);
    m_form->setMinimumWidth(380);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_form);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({720, 420});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    auto* deleteKey = new QAction(m_table);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, this, &DirectoryPage::deleteOrganisation);
    connect(m_search, &QLineEdit::textChanged, this, &DirectoryPage::applyFilter);
    for (QComboBox* filter : {m_kindFilter, m_districtFilter, m_expertiseFilter, m_serviceFilter})
        connect(filter, &QComboBox::currentIndexChanged, this, &DirectoryPage::applyFilter);
    connect(m_membersOnly, &QCheckBox::toggled, this, &DirectoryPage::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &DirectoryPage::newOrganisation);
    connect(m_delete, &QPushButton::clicked, this, &DirectoryPage::deleteOrganisation);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_delete->setEnabled(current.isValid());
                if (current.isValid())
                    m_form->showOrganisation(m_model->uuidAt(current.row()));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The organisation in the editor stays chosen across reloads (when the filter still shows it).
        const int row = m_model->rowOf(m_form->organisationUuid());
        const QSignalBlocker blocker(m_table->selectionModel());
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, OrganisationListModel::Name));
        m_delete->setEnabled(!m_form->isNew());
        updateCount();
    });
    connect(m_form, &OrganisationForm::organisationCreated, this, &DirectoryPage::select);
    connect(&session.db(), &Database::recordsChanged, this, &DirectoryPage::recordsChanged);

    retranslate();
    updateCount();
}

void DirectoryPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name, short name, contact, address or notes"));
    m_new->setText(tr("&New organisation"));
    m_delete->setText(tr("De&lete organisation…"));
    m_delete->setToolTip(tr("Deletes the chosen organisation with its services (Delete key)"));
    m_filterCaption->setText(tr("Show:"));
    m_membersOnly->setText(tr("Net&work members only"));
    m_membersOnly->setToolTip(tr("Only organisations that signed the network's memorandum"));
    const bool blocked = m_kindFilter->blockSignals(true);
    const QString kind = m_kindFilter->currentData().toString();
    m_kindFilter->clear();
    m_kindFilter->addItem(tr("Any kind"), QString());
    for (const auto& entry : EnumTraits<OrganisationKind>::entries())
        m_kindFilter->addItem(displayName(entry.value), QString::number(int(entry.value)));
    m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(kind)));
    m_kindFilter->blockSignals(blocked);
    m_form->retranslate();
    reloadNames(); // place and list names are in the language too
}

void DirectoryPage::reloadNames()
{
    m_model->reload();
    const directory::Names& names = m_model->names();
    QList<std::pair<QString, QString>> places;
    for (const directory::Region& region : names.regions) {
        places.append({QString(), region.name});
        for (const GazetteerEntry& place : region.places)
            places.append({place.meta.uuid, names.of(place.meta.uuid)});
    }
    fillFilter(m_districtFilter, tr("Any district"), places);
    const auto items = [&names](const QList<ReferenceItem>& list) {
        QList<std::pair<QString, QString>> choices;
        for (const ReferenceItem& item : list)
            choices.append({item.meta.uuid, names.of(item.meta.uuid)});
        return choices;
    };
    fillFilter(m_expertiseFilter, tr("Any field of expertise"), items(names.expertise));
    fillFilter(m_serviceFilter, tr("Any kind of service"), items(names.serviceKinds));
    m_form->setNames(names);
    m_form->reloadShown();
}

void DirectoryPage::recordsChanged(const QStringList& kinds)
{
    if (!shownHere(kinds))
        return;
    if (kinds.contains(QStringLiteral("gazetteer")) || kinds.contains(QStringLiteral("reference_item"))) {
        reloadNames();
        return;
    }
    m_model->reload();
    m_form->reloadShown(); // its services too
}

void DirectoryPage::applyFilter()
{
    DirectoryFilter filter;
    filter.text = m_search->text();
    if (const QString kind = m_kindFilter->currentData().toString(); !kind.isEmpty())
        filter.kind = OrganisationKind(kind.toInt());
    filter.districtUuid = m_districtFilter->currentData().toString();
    filter.expertiseUuid = m_expertiseFilter->currentData().toString();
    filter.serviceKindUuid = m_serviceFilter->currentData().toString();
    filter.networkMembersOnly = m_membersOnly->isChecked();
    m_model->setFilter(filter);
}

void DirectoryPage::updateCount()
{
    const int shown = m_model->rowCount();
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
    else
        m_count->setText(tr("%Ln organisation(s) shown", "", shown));
}

bool DirectoryPage::openRecord(const QString& kind, const QString& uuid)
{
    if (kind != u"organisation")
        return false;
    if (uuid.isEmpty())
        newOrganisation();
    else
        select(uuid);
    return true;
}

void DirectoryPage::select(const QString& uuid)
{
    if (m_model->rowOf(uuid) < 0) { // hidden by the search or a filter: show everything
        const QSignalBlocker search(m_search);
        m_search->clear();
        for (QComboBox* filter : {m_kindFilter, m_districtFilter, m_expertiseFilter, m_serviceFilter}) {
            const QSignalBlocker blocker(filter);
            filter->setCurrentIndex(0);
        }
        const QSignalBlocker members(m_membersOnly);
        m_membersOnly->setChecked(false);
        applyFilter();
    }
    m_form->showOrganisation(uuid);
    const int row = m_model->rowOf(uuid);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, OrganisationListModel::Name));
    m_delete->setEnabled(!m_form->isNew());
}

void DirectoryPage::newOrganisation()
{
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    m_delete->setEnabled(false);
    m_form->startNew();
    if (auto* name = m_form->findChild<QWidget*>(QStringLiteral("organisationName")))
        name->setFocus(Qt::OtherFocusReason);
}

void DirectoryPage::deleteOrganisation()
{
    const QString uuid = m_form->organisationUuid();
    if (uuid.isEmpty())
        return;
    DirectoryRepository directory(m_session.db());
    auto organisation = directory.organisation(uuid);
    auto services = directory.services(uuid);
    if (!organisation || !services) {
        m_form->errors()->show(!organisation ? organisation.error() : services.error());
        return;
    }
    const QString question =
        tr("%1 will be deleted from the directory with %Ln service(s). Team members and activities that "
           "name it keep the name as typed; referrals made to its services stay counted.",
           "", int(services->size()))
            .arg(organisation->name);
    if (!m_confirm.ask(tr("Delete"), question))
        return;
    auto done = undo::remove(m_session, tr("delete the organisation %1").arg(organisation->name),
                             QStringLiteral("organisation"), uuid);
    if (!done)
        m_form->errors()->show(done.error());
    else
        newOrganisation();
}

} // namespace hamkori
