#include "CentresPage.h"
#include "centres/CentreForm.h"
#include "centres/CentreListModel.h"
#include "centres/EquipmentPanel.h"
#include "centres/ReceptionDaysPanel.h"
#include "core/storage/CentreRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

CentresPage::CentresPage(Session& session, QWidget* parent)
    : Page(session, parent), m_centres(new CentreListModel(session.db(), this)), m_list(new QTableView(this)),
      m_listHint(new QLabel(this)), m_new(new QPushButton(this)), m_tabs(new QTabWidget(this)),
      m_form(new CentreForm(session, this)), m_equipment(new EquipmentPanel(session, this)),
      m_days(new ReceptionDaysPanel(session, this))
{
    m_list->setObjectName(QStringLiteral("centreList"));
    m_new->setObjectName(QStringLiteral("newCentreButton"));
    m_tabs->setObjectName(QStringLiteral("centreTabs"));
    m_list->setModel(m_centres);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    // Centre names begin alike («Маркази ҳамкории милитсия ва ҷомеаи …»): a cut name keeps its end, the
    // place that tells them apart.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setHighlightSections(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(CentreListModel::Name, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(CentreListModel::Groups, QHeaderView::Stretch);
    m_listHint->setWordWrap(true);
    m_listHint->setEnabled(false);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch();
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_listHint);

    auto* formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_form);
    m_tabs->addTab(formScroll, QString());
    m_tabs->addTab(m_equipment, QString());
    m_tabs->addTab(m_days, QString());

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({600, 520});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &CentresPage::newCentre);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showCentre(m_centres->uuidAt(current.row()));
            });
    connect(m_centres, &QAbstractItemModel::modelReset, this, [this] {
        // The centre shown stays chosen; when it is gone (deleted, a creation undone) nothing is shown.
        const QString shown = m_form->centreUuid();
        const int row = m_centres->rowOf(shown);
        if (row >= 0) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->setCurrentIndex(m_centres->index(row, 0));
        } else if (!shown.isEmpty()) {
            showCentre(QString());
        }
    });
    connect(m_form, &CentreForm::centreCreated, this, [this](const QString& uuid) {
        showCentre(uuid);
        const int row = m_centres->rowOf(uuid);
        if (row >= 0) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->setCurrentIndex(m_centres->index(row, 0));
        }
    });
    connect(m_form, &CentreForm::deleteRequested, this, &CentresPage::deleteCentre);
    retranslate();
    showCentre(m_centres->rowCount() > 0 ? m_centres->uuidAt(0) : QString());
    if (m_centres->rowCount() > 0)
        m_list->setCurrentIndex(m_centres->index(0, 0));
}

void CentresPage::retranslate()
{
    m_new->setText(tr("&New centre"));
    m_listHint->setText(tr("Community policing centres are shared by every group of this data file: tick the "
                           "groups that meet at a centre on its Details tab."));
    m_tabs->setTabText(0, tr("&Details"));
    m_tabs->setTabText(1, tr("&Equipment"));
    m_tabs->setTabText(2, tr("&Reception days"));
    m_form->retranslate();
    m_equipment->retranslate();
    m_days->retranslate();
}

bool CentresPage::openRecord(const QString& kind, const QString& uuid)
{
    if (kind != u"centre")
        return false;
    if (uuid.isEmpty()) {
        newCentre();
        return true;
    }
    const int row = m_centres->rowOf(uuid);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_centres->index(row, 0));
    showCentre(uuid);
    m_tabs->setCurrentIndex(0);
    return true;
}

QString CentresPage::currentCentre() const
{
    return m_form->centreUuid();
}

void CentresPage::showCentre(const QString& uuid)
{
    if (uuid.isEmpty())
        m_form->startNew();
    else
        m_form->showCentre(uuid);
    const QString shown = m_form->centreUuid();
    m_equipment->setCentre(shown);
    m_days->setCentre(shown);
    m_tabs->setTabEnabled(1, !shown.isEmpty());
    m_tabs->setTabEnabled(2, !shown.isEmpty());
}

void CentresPage::newCentre()
{
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->clearSelection();
        m_list->setCurrentIndex(QModelIndex());
    }
    showCentre(QString());
    m_tabs->setCurrentIndex(0);
    if (auto* name = m_form->findChild<QWidget*>(QStringLiteral("centreName")))
        name->setFocus(Qt::OtherFocusReason);
}

void CentresPage::deleteCentre()
{
    const QString uuid = m_form->centreUuid();
    if (uuid.isEmpty())
        return;
    auto centre = CentreRepository(m_session.db()).centre(uuid);
    if (!centre) {
        m_form->errors()->show(centre.error());
        return;
    }
    if (!m_confirm.ask(
            tr("Delete"),
            tr("The centre %1 will be deleted with its equipment and reception days. Meetings held "
               "there keep their other details.")
                .arg(centre->name)))
        return;
    auto done =
        undo::remove(m_session, tr("delete centre %1").arg(centre->name), QStringLiteral("centre"), uuid);
    if (!done)
        m_form->errors()->show(done.error());
}

} // namespace hamkori
