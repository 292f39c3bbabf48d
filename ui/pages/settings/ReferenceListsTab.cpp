#include "ReferenceListsTab.h"
#include "ReferenceListModel.h"
#include "core/storage/RecordLifecycle.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace hamkori::settings {

namespace {
constexpr ReferenceList kLists[] = {ReferenceList::Category, ReferenceList::Driver, ReferenceList::LeadBody,
                                    ReferenceList::FundingSource, ReferenceList::Criterion};
}

ReferenceListsTab::ReferenceListsTab(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new ReferenceListModel(session, this)),
      m_lists(new QListWidget(this)), m_hint(new QLabel(this)), m_table(new QTableView(this)),
      m_error(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_error, this)),
      m_deleteButton(new QPushButton(this)), m_addBox(new QGroupBox(this)), m_tajikLabel(new QLabel(this)),
      m_russianLabel(new QLabel(this)), m_englishLabel(new QLabel(this)), m_weightLabel(new QLabel(this)),
      m_tajik(new QLineEdit(this)), m_russian(new QLineEdit(this)), m_english(new QLineEdit(this)),
      m_weight(new QDoubleSpinBox(this)), m_nameError(FieldErrors::makeMessageLabel(this)),
      m_weightError(FieldErrors::makeMessageLabel(this)), m_addButton(new QPushButton(this))
{
    m_lists->setObjectName(QStringLiteral("listSelector"));
    m_table->setObjectName(QStringLiteral("referenceTable"));
    m_error->setObjectName(QStringLiteral("listError"));
    m_deleteButton->setObjectName(QStringLiteral("deleteEntryButton"));
    m_tajik->setObjectName(QStringLiteral("newNameTg"));
    m_russian->setObjectName(QStringLiteral("newNameRu"));
    m_english->setObjectName(QStringLiteral("newNameEn"));
    m_weight->setObjectName(QStringLiteral("newWeight"));
    m_nameError->setObjectName(QStringLiteral("newNameError"));
    m_addButton->setObjectName(QStringLiteral("addEntryButton"));

    for (ReferenceList list : kLists) {
        auto* item = new QListWidgetItem(m_lists);
        item->setData(Qt::UserRole, int(list));
    }
    m_lists->setWordWrap(true);
    m_lists->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lists->setSpacing(2);
    m_lists->setCurrentRow(0);

    m_hint->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_weight->setRange(0.1, 100);
    m_weight->setDecimals(1);
    m_weight->setSingleStep(0.5);
    m_weight->setValue(1);
    m_tajikLabel->setBuddy(m_tajik);
    m_russianLabel->setBuddy(m_russian);
    m_englishLabel->setBuddy(m_english);
    m_weightLabel->setBuddy(m_weight);
    m_errors->bind(QStringLiteral("name"), m_tajik, m_nameError);
    m_errors->bind(QStringLiteral("default_weight"), m_weight, m_weightError);

    auto* addGrid = new QGridLayout(m_addBox);
    addGrid->addWidget(m_tajikLabel, 0, 0);
    addGrid->addWidget(m_russianLabel, 0, 1);
    addGrid->addWidget(m_englishLabel, 0, 2);
    addGrid->addWidget(m_weightLabel, 0, 3);
    addGrid->addWidget(m_tajik, 1, 0);
    addGrid->addWidget(m_russian, 1, 1);
    addGrid->addWidget(m_english, 1, 2);
    addGrid->addWidget(m_weight, 1, 3);
    addGrid->addWidget(m_addButton, 1, 4);
    addGrid->addWidget(m_nameError, 2, 0, 1, 3);
    addGrid->addWidget(m_weightError, 2, 3, 1, 2);
    for (int column = 0; column < 3; ++column)
        addGrid->setColumnStretch(column, 1);

    auto* tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_deleteButton);
    tableButtons->addStretch();

    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_hint);
    right->addWidget(m_table, 1);
    right->addWidget(m_error);
    right->addLayout(tableButtons);
    right->addWidget(m_addBox);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_lists);
    layout->addLayout(right, 1);

    setTabOrder(m_lists, m_table);
    setTabOrder(m_table, m_deleteButton);
    setTabOrder(m_deleteButton, m_tajik);
    setTabOrder(m_tajik, m_russian);
    setTabOrder(m_russian, m_english);
    setTabOrder(m_english, m_weight);
    setTabOrder(m_weight, m_addButton);

    connect(m_lists, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < int(std::size(kLists)))
            showList(kLists[row]);
    });
    // A refused edit in the table is shown under the table, not at the new entry's field the error names.
    connect(m_model, &ReferenceListModel::editRefused, this, [this](const Error& error) {
        m_errors->show(Error{error.message, {}});
    });
    connect(m_model, &QAbstractItemModel::dataChanged, m_errors, [this] {
        // A successful edit (or its undo) clears an earlier refusal.
        if (!m_error->isHidden())
            m_error->hide();
    });
    connect(m_deleteButton, &QPushButton::clicked, this, &ReferenceListsTab::deleteCurrent);
    connect(m_addButton, &QPushButton::clicked, this, &ReferenceListsTab::addEntry);
    for (QLineEdit* edit : {m_tajik, m_russian, m_english})
        connect(edit, &QLineEdit::returnPressed, this, &ReferenceListsTab::addEntry);
    m_table->installEventFilter(this); // the Delete key
    auto updateDelete = [this] { m_deleteButton->setEnabled(m_table->currentIndex().isValid()); };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, updateDelete);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateDelete);

    updateForList();
    retranslate();
    updateDelete();
}

void ReferenceListsTab::showList(ReferenceList list)
{
    m_errors->clear();
    m_model->setList(list);
    const int row = int(std::find(std::begin(kLists), std::end(kLists), list) - std::begin(kLists));
    if (m_lists->currentRow() != row)
        m_lists->setCurrentRow(row);
    updateForList();
}

void ReferenceListsTab::updateForList()
{
    const bool criteria = m_model->list() == ReferenceList::Criterion;
    if (criteria) // the names get the width, the weight what its figures need
        m_table->horizontalHeader()->setSectionResizeMode(ReferenceListModel::Weight,
                                                          QHeaderView::ResizeToContents);
    m_weight->setVisible(criteria);
    m_weightLabel->setVisible(criteria);
    m_addBox->setTitle(tr("Add an entry to «%1»").arg(displayName(m_model->list())));
}

void ReferenceListsTab::addEntry()
{
    ReferenceItem item;
    item.list = m_model->list();
    item.nameTg = m_tajik->text().simplified();
    item.nameRu = m_russian->text().simplified();
    item.nameEn = m_english->text().simplified();
    if (item.list == ReferenceList::Criterion)
        item.defaultWeight = m_weight->value();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("add %1").arg(item.name(Translations::current())),
                                QStringLiteral("reference_item"), [&db, item]() -> Result<QString> {
                                    auto added = ReferenceRepository(db).addItem(item);
                                    if (!added)
                                        return added.error();
                                    return added->meta.uuid;
                                });
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    m_errors->clear();
    for (QLineEdit* edit : {m_tajik, m_russian, m_english})
        edit->clear();
    m_weight->setValue(1);
    const int row = m_model->rowOf(*created);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    }
    m_tajik->setFocus();
}

void ReferenceListsTab::deleteCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const ReferenceItem item = m_model->item(current.row());
    const QString name = item.name(Translations::current());
    if (!m_confirm.ask(
            tr("Delete a list entry"),
            tr("The entry «%1» will be deleted from the list «%2». Nothing else is deleted with it: an "
               "entry that records use cannot be deleted.")
                .arg(name, displayName(item.list))))
        return;
    // Not undo::remove: core's deleteItem refuses an entry in use, and that check must run on redo too.
    Database& db = m_session.db();
    auto taken = std::make_shared<QList<RecordRef>>();
    const QString uuid = item.meta.uuid;
    auto done = undo::perform(
        m_session, tr("delete %1").arg(name),
        [&db, taken, uuid]() -> Result<void> {
            auto removed = ReferenceRepository(db).deleteItem(uuid);
            if (!removed)
                return removed.error();
            *taken = *removed;
            return {};
        },
        [&db, taken]() -> Result<void> { return RecordLifecycle(db).restore(*taken); });
    if (!done) {
        // Shown under the table, not at the new entry's name field the error names.
        m_errors->show(Error{done.error().message, {}});
        return;
    }
    m_errors->clear();
}

void ReferenceListsTab::retranslate()
{
    for (int row = 0; row < m_lists->count(); ++row)
        m_lists->item(row)->setText(displayName(kLists[row]));
    // As wide as the longest list name in this language, within reason (longer names wrap).
    const int wanted = m_lists->sizeHintForColumn(0) + 2 * m_lists->frameWidth() + 12;
    m_lists->setFixedWidth(std::clamp(wanted, 170, 300));
    m_hint->setText(
        tr("Double-click a name to change it. Names in grey italics are the built-in translations; "
           "type a name to use your own."));
    m_deleteButton->setText(tr("&Delete entry…"));
    m_deleteButton->setToolTip(tr("Delete the chosen entry (Delete key)"));
    m_tajikLabel->setText(tr("Name in &Tajik"));
    m_russianLabel->setText(tr("Name in &Russian"));
    m_englishLabel->setText(tr("Name in &English"));
    m_weightLabel->setText(tr("Default &weight"));
    m_addButton->setText(tr("&Add"));
    updateForList();
    m_model->retranslate();
}

bool ReferenceListsTab::eventFilter(QObject* watched, QEvent* event)
{
    // The table's own key, not a window shortcut: an open cell editor has the focus and keeps Delete for its
    // text.
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        deleteCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReferenceListsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hamkori::settings
