#include "MemberPickerDialog.h"
#include "core/storage/TeamRepository.h"
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

namespace {
constexpr int kMemberRole = Qt::UserRole; // the member's place in m_members
}

MemberPickerDialog::MemberPickerDialog(Database& db, const QString& eventTitle, QWidget* parent)
    : QDialog(parent), m_db(db), m_eventTitle(eventTitle), m_intro(new QLabel(this)),
      m_search(new QLineEdit(this)), m_model(new QStandardItemModel(this)),
      m_filtered(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_add(new QPushButton(this)), m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("memberPicker"));
    m_search->setObjectName(QStringLiteral("memberPickerSearch"));
    m_table->setObjectName(QStringLiteral("memberPickerTable"));
    m_add->setObjectName(QStringLiteral("memberPickerAdd"));
    m_intro->setWordWrap(true);
    m_search->setClearButtonEnabled(true);
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterKeyColumn(-1); // name, group, category and organisation
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    setTabOrder(m_search, m_table);

    connect(m_search, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter in the search with one member found takes that one.
        if (m_filtered->rowCount() == 1) {
            m_table->selectRow(0);
            accept();
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MemberPickerDialog::updateButton);
    connect(m_filtered, &QAbstractItemModel::modelReset, this, &MemberPickerDialog::updateButton);
    connect(m_filtered, &QAbstractItemModel::layoutChanged, this, &MemberPickerDialog::updateButton);
    connect(m_table, &QAbstractItemView::activated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 480);
    retranslate();
    load();
    updateButton();
}

void MemberPickerDialog::load()
{
    m_members.clear();
    TeamRepository teams(m_db);
    QHash<QString, QString> teamNames;
    if (auto all = teams.teams())
        for (const Team& team : *all) {
            teamNames.insert(team.meta.uuid, team.name);
            if (auto members = teams.members(team.meta.uuid))
                m_members += *members;
        }
    std::sort(m_members.begin(), m_members.end(),
              [](const Member& a, const Member& b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_model->setRowCount(0);
    for (int i = 0; i < m_members.size(); ++i) {
        const Member& m = m_members[i];
        QList<QStandardItem*> row{new QStandardItem(m.name), new QStandardItem(teamNames.value(m.teamUuid)),
                                  new QStandardItem(displayName(m.category)),
                                  new QStandardItem(m.organisation)};
        for (QStandardItem* item : row)
            item->setToolTip(item->text());
        row.first()->setData(i, kMemberRole);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < 3; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 220));
}

void MemberPickerDialog::retranslate()
{
    setWindowTitle(tr("Add members as participants"));
    m_intro->setText(
        tr("Members of every group, for «%1». Type part of a name, a group or an organisation; choose "
           "one or several (Ctrl+click).")
            .arg(m_eventTitle));
    m_search->setPlaceholderText(tr("Type to find a member"));
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Group"), tr("Category"), tr("Organisation")});
    m_add->setText(tr("&Add"));
    m_cancel->setText(tr("Cancel"));
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (auto* category = m_model->item(row, 2))
            category->setText(
                displayName(m_members[m_model->item(row, 0)->data(kMemberRole).toInt()].category));
}

void MemberPickerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MemberPickerDialog::updateButton()
{
    m_add->setEnabled(m_table->selectionModel()->hasSelection());
}

QList<Member> MemberPickerDialog::chosen() const
{
    QList<Member> members;
    QModelIndexList rows = m_table->selectionModel()->selectedRows(0);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows) {
        const int i = index.data(kMemberRole).toInt();
        if (i >= 0 && i < m_members.size())
            members << m_members[i];
    }
    return members;
}

ParticipantRole MemberPickerDialog::roleOf(MemberCategory category)
{
    switch (category) {
    case MemberCategory::Police:
        return ParticipantRole::Police;
    case MemberCategory::Hukumat:
        return ParticipantRole::Hukumat;
    case MemberCategory::Jamoat:
        return ParticipantRole::Jamoat;
    case MemberCategory::Cso:
        return ParticipantRole::Cso;
    default:
        return ParticipantRole::Community;
    }
}

EventParticipant MemberPickerDialog::participantOf(const Member& member)
{
    EventParticipant p;
    p.memberUuid = member.meta.uuid;
    p.name = member.name;
    p.organisation = member.organisation;
    p.role = roleOf(member.category);
    p.sex = member.sex;
    p.ageBand = member.ageBand;
    return p;
}

} // namespace hamkori
