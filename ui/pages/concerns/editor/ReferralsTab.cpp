#include "ReferralsTab.h"
#include "ConcernEdits.h"
#include "RecordTableModel.h"
#include "ReferralDialog.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/RecordEdits.h"
#include "ui/Session.h"
#include "ui/pages/directory/DirectoryNames.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

namespace {

/// Every live service of the directory with the text a referral shows it by.
QList<std::pair<QString, QString>> serviceChoices(Database& db, const directory::Names& names)
{
    QList<std::pair<QString, QString>> choices;
    if (auto services = DirectoryRepository(db).allServices())
        for (const ServiceSummary& service : *services)
            choices.append({service.service.meta.uuid, directory::serviceLabel(service, names)});
    return choices;
}

} // namespace

ReferralsTab::ReferralsTab(ConcernEdits& edits, QWidget* parent)
    : QWidget(parent), m_edits(edits), m_hint(new QLabel(this)), m_model(new RecordTableModel(this)),
      m_view(new QTableView(this)), m_add(new QPushButton(this)), m_change(new QPushButton(this)),
      m_delete(new QPushButton(this)), m_error(FieldErrors::makeMessageLabel(this))
{
    m_view->setObjectName(QStringLiteral("concernReferrals"));
    m_add->setObjectName(QStringLiteral("addReferralButton"));
    m_change->setObjectName(QStringLiteral("changeReferralButton"));
    m_delete->setObjectName(QStringLiteral("deleteReferralButton"));
    m_error->setObjectName(QStringLiteral("referralsError"));
    m_hint->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(false); });
    connect(m_change, &QPushButton::clicked, this, [this] { openDialog(true); });
    connect(m_view, &QTableView::activated, this, [this] { openDialog(true); });
    connect(m_delete, &QPushButton::clicked, this, &ReferralsTab::deleteChosen);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_change->setEnabled(!chosen().isEmpty());
        m_delete->setEnabled(!chosen().isEmpty());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_change->setEnabled(!chosen().isEmpty());
        m_delete->setEnabled(!chosen().isEmpty());
    });
    m_change->setEnabled(false);
    m_delete->setEnabled(false);
}

QString ReferralsTab::chosen() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->row(current.row()).uuid : QString();
}

void ReferralsTab::load()
{
    const Concern& concern = m_edits.concern();
    QList<RecordTableModel::Row> rows;
    if (!concern.meta.uuid.isEmpty()) {
        Database& db = m_edits.session().db();
        const directory::Names names = directory::Names::read(db);
        DirectoryRepository directory(db);
        QHash<QString, QString> services;
        for (const auto& [uuid, text] : serviceChoices(db, names))
            services.insert(uuid, text);
        if (auto referrals = directory.referrals(concern.teamUuid, concern.meta.uuid))
            for (const Referral& r : *referrals) {
                QString service = services.value(r.serviceUuid);
                if (service.isEmpty())
                    service = tr("a service no longer in the directory");
                rows.append({r.meta.uuid,
                             {r.date.toString(QStringLiteral("dd.MM.yyyy")), service,
                              QLocale().toString(r.people.total()), displayName(r.outcome)},
                             tr("Women and girls: %1, men and boys: %2")
                                 .arg(QLocale().toString(r.people.total(Sex::Female)),
                                      QLocale().toString(r.people.total(Sex::Male))),
                             {}});
            }
    }
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_add->setEnabled(!concern.meta.uuid.isEmpty());
}

void ReferralsTab::retranslate()
{
    m_hint->setText(tr("People the team referred to a service of the directory because of this concern. "
                       "Only how many, by sex and age: never a name."));
    m_model->setHeaders({tr("Date"), tr("Service"), tr("People"), tr("Outcome")});
    m_add->setText(tr("Add a &referral…"));
    m_change->setText(tr("C&hange…"));
    m_delete->setText(tr("Delete referral"));
}

ReferralDialog* ReferralsTab::openDialog(bool change)
{
    const Concern& concern = m_edits.concern();
    if (concern.meta.uuid.isEmpty())
        return nullptr;
    Database& db = m_edits.session().db();
    Referral referral;
    referral.teamUuid = concern.teamUuid;
    referral.concernUuid = concern.meta.uuid;
    if (change) {
        auto stored = DirectoryRepository(db).referral(chosen());
        if (!stored) {
            m_error->setText(stored.errorMessage());
            m_error->show();
            return nullptr;
        }
        referral = *stored;
    }
    m_error->hide();
    auto* dialog = new ReferralDialog(referral, serviceChoices(db, directory::Names::read(db)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReferralDialog::submitted, this, [this, dialog, referral] { save(dialog, referral); });
    dialog->open();
    return dialog;
}

void ReferralsTab::save(ReferralDialog* dialog, const Referral& before)
{
    Session& session = m_edits.session();
    Database& db = session.db();
    const Referral after = dialog->referral();
    if (before.meta.uuid.isEmpty()) {
        auto created = undo::create(session, tr("add a referral to %1").arg(m_edits.code()),
                                    QStringLiteral("referral"), [&db, after]() -> Result<QString> {
                                        auto made = DirectoryRepository(db).createReferral(after);
                                        if (!made)
                                            return made.error();
                                        return made->meta.uuid;
                                    });
        if (!created) {
            dialog->showError(created.error());
            return;
        }
    } else {
        const FieldPatch patch = RecordEdits::patch(before, after);
        if (auto done = undo::edit(session, tr("change a referral of %1").arg(m_edits.code()), patch);
            !done) {
            dialog->showError(done.error());
            return;
        }
    }
    dialog->accept();
}

void ReferralsTab::deleteChosen()
{
    const QString uuid = chosen();
    if (uuid.isEmpty())
        return;
    auto done = undo::remove(m_edits.session(), tr("delete a referral of %1").arg(m_edits.code()),
                             QStringLiteral("referral"), uuid);
    if (!done) {
        m_error->setText(done.errorMessage());
        m_error->show();
    }
}

} // namespace hamkori
