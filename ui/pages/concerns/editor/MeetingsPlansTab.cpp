#include "MeetingsPlansTab.h"
#include "ConcernEdits.h"
#include "RecordTableModel.h"
#include "core/storage/ConcernQueries.h"
#include "core/storage/PrioritisationRepository.h"
#include "ui/Session.h"
#include <QGroupBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace hamkori {

namespace {

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

} // namespace

MeetingsPlansTab::MeetingsPlansTab(ConcernEdits& edits, QWidget* parent)
    : QWidget(parent), m_edits(edits), m_meetingsBox(new QGroupBox(this)), m_roundsBox(new QGroupBox(this)),
      m_plansBox(new QGroupBox(this)), m_meetings(new RecordTableModel(this)), m_rounds(new RecordTableModel(this)),
      m_plans(new RecordTableModel(this)),
      m_meetingsView(makeView(QStringLiteral("concernMeetings"), m_meetings, QStringLiteral("meeting"))),
      m_roundsView(makeView(QStringLiteral("concernRounds"), m_rounds, QStringLiteral("round"))),
      m_plansView(makeView(QStringLiteral("concernPlans"), m_plans, QStringLiteral("plan")))
{
    const auto boxed = [](QGroupBox* box, QTableView* view) {
        view->setParent(box);
        auto* layout = new QVBoxLayout(box);
        layout->addWidget(view);
    };
    boxed(m_meetingsBox, m_meetingsView);
    boxed(m_roundsBox, m_roundsView);
    boxed(m_plansBox, m_plansView);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_meetingsBox);
    layout->addWidget(m_roundsBox);
    layout->addWidget(m_plansBox);
}

QTableView* MeetingsPlansTab::makeView(const QString& name, RecordTableModel* model, const QString& kind)
{
    auto* view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setMinimumHeight(80);
    connect(view, &QTableView::activated, this, [this, model, kind](const QModelIndex& index) {
        m_edits.session().requestOpen(kind, model->row(index.row()).uuid);
    });
    return view;
}

void MeetingsPlansTab::load()
{
    const QString uuid = m_edits.uuid();
    Database& db = m_edits.session().db();
    ConcernQueries queries(db);

    QList<RecordTableModel::Row> meetingRows;
    if (!uuid.isEmpty())
        if (auto meetings = queries.meetingsOf(uuid))
            for (const ConcernMeetingRow& m : *meetings) {
                QString role;
                switch (m.role) {
                case ConcernMeetingRow::Role::FirstRaised:
                    role = tr("first raised");
                    break;
                case ConcernMeetingRow::Role::Scored:
                    role = m.about.isEmpty() ? tr("scored") : tr("scored (%1)").arg(m.about);
                    break;
                case ConcernMeetingRow::Role::PlanAdopted:
                    role = tr("plan %1 adopted").arg(m.about);
                    break;
                }
                meetingRows.append({m.meetingUuid, {dateText(m.date), m.code, displayName(m.kind), role}, {}, {}});
            }
    m_meetings->setRows(meetingRows);

    QList<RecordTableModel::Row> roundRows;
    if (!uuid.isEmpty())
        if (auto rounds = queries.roundsOf(uuid)) {
            PrioritisationRepository prioritisation(db);
            for (const ConcernRoundRow& r : *rounds) {
                QString rank = tr("not scored");
                if (auto totals = prioritisation.totals(r.roundUuid)) {
                    for (const analysis::ConcernPriority& p : totals->concerns)
                        if (p.concern == uuid && p.overallRank > 0)
                            rank = tr("%1 of %2").arg(p.overallRank).arg(totals->concerns.size());
                }
                const QString decision = !r.decided ? tr("not decided yet") : r.chosen ? tr("chosen") : tr("not chosen");
                roundRows.append({r.roundUuid,
                                  {r.title.isEmpty() ? tr("Round of %1").arg(dateText(r.date)) : r.title,
                                   dateText(r.date), rank, decision},
                                  {},
                                  {}});
            }
        }
    m_rounds->setRows(roundRows);

    QList<RecordTableModel::Row> planRows;
    if (!uuid.isEmpty())
        if (auto plans = queries.plansOf(uuid))
            for (const ConcernPlanRow& p : *plans)
                planRows.append({p.planUuid, {p.code, p.title, displayName(p.status)}, {}, {}});
    m_plans->setRows(planRows);

    for (QTableView* view : {m_meetingsView, m_roundsView, m_plansView}) {
        view->resizeColumnsToContents();
        view->horizontalHeader()->setStretchLastSection(true);
    }
}

void MeetingsPlansTab::retranslate()
{
    m_meetingsBox->setTitle(tr("Meetings where it was discussed"));
    m_roundsBox->setTitle(tr("Prioritisation rounds"));
    m_plansBox->setTitle(tr("Action plans that address it"));
    m_meetings->setHeaders({tr("Date"), tr("Code"), tr("Kind"), tr("What happened")});
    m_rounds->setHeaders({tr("Round"), tr("Date"), tr("Overall rank"), tr("Decision")});
    m_plans->setHeaders({tr("Code"), tr("Title"), tr("Status")});
    const QString hint = tr("Press Enter or double-click to open");
    for (QTableView* view : {m_meetingsView, m_roundsView, m_plansView})
        view->setToolTip(hint);
}

} // namespace hamkori
