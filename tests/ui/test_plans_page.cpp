// The action plans page driven offscreen: a plan made and edited through its widgets, refused edits, the
// concerns it addresses, activities edited through the table's model as the delegates do, overdue marks,
// progress updates with reach, indicator readings, deletion, and undo/redo checked against the database.
#include "core/model/Formats.h"
#include "core/model/Limits.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/StatisticsRepository.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/Session.h"
#include "ui/pages/PlansPage.h"
#include "ui/pages/plans/ActivitiesPanel.h"
#include "ui/pages/plans/ActivityProgressPanel.h"
#include "ui/pages/plans/ActivityReadingsPanel.h"
#include "ui/pages/plans/ActivityTableModel.h"
#include "ui/pages/plans/IndicatorReadingModel.h"
#include "ui/pages/plans/PlanConcernsModel.h"
#include "ui/pages/plans/PlanHeaderForm.h"
#include "ui/pages/plans/PlanListModel.h"
#include "ui/pages/plans/ProgressUpdateDialog.h"
#include "ui/pages/plans/ProgressUpdateModel.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace hamkori;
using namespace hamkori::plans;
using Tester = QAbstractItemModelTester;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

ActionPlan onlyPlan(Database& db, const QString& team)
{
    auto plans = PlanRepository(db).plans(team);
    REQUIRE(plans.ok());
    REQUIRE(plans->size() == 1);
    return plans->first();
}

QList<Activity> activitiesOf(Database& db, const QString& plan)
{
    auto activities = PlanRepository(db).activities(plan);
    REQUIRE(activities.ok());
    return *activities;
}

using hamkori::test::child;

/// Shows a tab of a tab widget, as a person clicking on it would.
void showTab(QWidget& parent, const char* tabs, int index)
{
    child<QTabWidget>(parent, tabs)->setCurrentIndex(index);
}

void click(QWidget& parent, const char* button)
{
    auto* widget = child<QPushButton>(parent, button);
    REQUIRE(widget->isEnabled());
    QTest::mouseClick(widget, Qt::LeftButton);
}

/// Types a date as digits alone over what the field shows, and finishes with Enter.
void enterDate(OptionalDateEdit* edit, QDate date)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, date.toString(QStringLiteral("ddMMyyyy")));
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE(
    "a plan is made on the page, its header edited, a bad period refused, concerns ticked, undo and redo",
    "[ui][plans]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString first = test::makeConcern(*db, team, QStringLiteral("Зӯроварии оилавӣ дар Чоркӯҳ"));
    const QString second = test::makeConcern(*db, team, QStringLiteral("Нашъамандии ҷавонон"));
    Meeting meeting;
    meeting.teamUuid = team;
    meeting.date = QDate(2026, 3, 10);
    auto adopted = MeetingRepository(*db).createMeeting(meeting);
    REQUIRE(adopted.ok());

    Session session(*db);
    session.setCurrentTeam(team);
    PlansPage page(session);
    page.resize(1130, 650);
    page.show();
    Tester listTester(page.planModel(), kFatal);
    Tester concernsTester(page.headerForm()->concernsModel(), kFatal);
    QUndoStack* stack = session.undoStack();

    CHECK(page.planModel()->rowCount() == 0);
    click(page, "newPlan");
    ActionPlan plan = onlyPlan(*db, team);
    CHECK(plan.code.startsWith(QStringLiteral("ISF-AP-")));
    CHECK(plan.title == QStringLiteral("New action plan"));
    // Its period starts today and runs a year.
    CHECK(plan.periodStart == QDate::currentDate());
    CHECK(plan.periodEnd == QDate::currentDate().addYears(1).addDays(-1));
    CHECK(page.currentPlan() == plan.meta.uuid);
    REQUIRE(page.planModel()->rowCount() == 1);
    CHECK(page.planModel()->index(0, PlanListModel::Code).data().toString() == plan.code);
    CHECK(page.planModel()->index(0, PlanListModel::Activities).data().toString() ==
          QStringLiteral("0 of 0 done"));

    // Title in Tajik, typed and confirmed with Enter.
    auto* title = child<QLineEdit>(page, "planTitle");
    title->clear();
    const QString tajikTitle = QStringLiteral("Нақшаи чорабиниҳо оид ба пешгирии зӯроварӣ");
    test::typeText(title, tajikTitle);
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(onlyPlan(*db, team).title == tajikTitle);
    CHECK(stack->undoText() == QStringLiteral("change the title of %1").arg(plan.code));
    CHECK(page.planModel()->index(0, PlanListModel::Title).data().toString() == tajikTitle);

    // The period: a start, then an end before it (refused, shown at the field, nothing saved), then a good
    // end.
    auto* start = child<OptionalDateEdit>(page, "planStart");
    auto* end = child<OptionalDateEdit>(page, "planEnd");
    enterDate(start, QDate(2026, 3, 1));
    CHECK(onlyPlan(*db, team).periodStart == QDate(2026, 3, 1));
    const QDate endBefore = onlyPlan(*db, team).periodEnd;
    const QString dumpBefore = test::dumpDatabase(*db);
    const int stepsBefore = stack->count();
    enterDate(end, QDate(2026, 2, 1));
    const QString message = page.headerForm()->errors()->messageFor(QStringLiteral("period_end"));
    CHECK(message.contains(QStringLiteral("01.02.2026")));
    CHECK(message.contains(QStringLiteral("01.03.2026")));
    CHECK(onlyPlan(*db, team).periodEnd == endBefore);
    CHECK(test::dumpDatabase(*db) == dumpBefore);
    CHECK(stack->count() == stepsBefore);
    CHECK(end->date() == QDate(2026, 2, 1)); // what was typed stays
    enterDate(end, QDate(2026, 12, 15));
    CHECK(onlyPlan(*db, team).periodEnd == QDate(2026, 12, 15));
    CHECK(page.headerForm()->errors()->messageFor(QStringLiteral("period_end")).isEmpty());

    // The meeting that adopted it, chosen from the combo box.
    auto* meetings = child<QComboBox>(page, "planMeeting");
    const int meetingRow = meetings->findData(adopted->meta.uuid);
    REQUIRE(meetingRow > 0);
    meetings->setCurrentIndex(meetingRow);
    Q_EMIT meetings->activated(meetingRow);
    CHECK(onlyPlan(*db, team).adoptedMeetingUuid == adopted->meta.uuid);

    // Two concerns ticked, as the list view's check boxes do.
    PlanConcernsModel* concerns = page.headerForm()->concernsModel();
    REQUIRE(concerns->rowCount() == 2);
    REQUIRE(concerns->setData(concerns->index(concerns->rowOf(first)), int(Qt::Checked), Qt::CheckStateRole));
    REQUIRE(
        concerns->setData(concerns->index(concerns->rowOf(second)), int(Qt::Checked), Qt::CheckStateRole));
    CHECK(onlyPlan(*db, team).concernUuids == QStringList{first, second});
    CHECK(concerns->index(concerns->rowOf(second)).data(Qt::CheckStateRole).toInt() == int(Qt::Checked));

    // Undo step by step, checking the data file each time; then redo all.
    stack->undo();
    CHECK(onlyPlan(*db, team).concernUuids == QStringList{first});
    CHECK(concerns->index(concerns->rowOf(second)).data(Qt::CheckStateRole).toInt() == int(Qt::Unchecked));
    stack->undo();
    CHECK(onlyPlan(*db, team).concernUuids.isEmpty());
    stack->undo();
    CHECK(onlyPlan(*db, team).adoptedMeetingUuid.isEmpty());
    stack->undo();
    CHECK(onlyPlan(*db, team).periodEnd == endBefore);
    CHECK(end->date() == endBefore);
    stack->undo();
    CHECK(onlyPlan(*db, team).periodStart != QDate(2026, 3, 1));
    stack->undo();
    CHECK(onlyPlan(*db, team).title == QStringLiteral("New action plan"));
    CHECK(title->text() == QStringLiteral("New action plan"));
    stack->undo();
    CHECK(PlanRepository(*db).plans(team)->isEmpty());
    CHECK(page.planModel()->rowCount() == 0);
    for (int i = 0; i < 7; ++i)
        stack->redo();
    plan = onlyPlan(*db, team);
    CHECK(plan.title == tajikTitle);
    CHECK(plan.periodStart == QDate(2026, 3, 1));
    CHECK(plan.periodEnd == QDate(2026, 12, 15));
    CHECK(plan.adoptedMeetingUuid == adopted->meta.uuid);
    CHECK(plan.concernUuids == QStringList{first, second});
    CHECK(title->text() == tajikTitle);
}

TEST_CASE("activities are added, edited through the table model, refused, marked overdue, moved and deleted",
          "[ui][plans]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    Session session(*db);
    session.setCurrentTeam(team);
    PlansPage page(session);
    page.resize(1130, 650);
    page.show();
    QString asked;
    page.setConfirm([&](const QString& text) {
        asked = text;
        return true;
    });
    QUndoStack* stack = session.undoStack();

    click(page, "newPlan");
    const ActionPlan plan = onlyPlan(*db, team);
    ActivityTableModel* model = page.activitiesPanel()->model();
    Tester activityTester(model, kFatal);
    showTab(page, "planTabs", 1);

    click(page, "addActivity");
    click(page, "addActivity");
    QList<Activity> stored = activitiesOf(*db, plan.meta.uuid);
    REQUIRE(stored.size() == 2);
    REQUIRE(model->rowCount() == 2);
    CHECK(stack->undoText() == QStringLiteral("add an activity to %1").arg(plan.code));

    // Edits as the delegates hand them over: measure (Tajik), lead body from the list, start, deadline,
    // amount.
    const QString measure = QStringLiteral("Семинар барои занон оид ба ҳуқуқҳояшон");
    const QString police = test::referenceUuid(*db, QStringLiteral("lead_body"), QStringLiteral("police"));
    REQUIRE(model->setData(model->index(0, ActivityTableModel::Measure), measure));
    REQUIRE(model->setData(model->index(0, ActivityTableModel::LeadBody), police));
    REQUIRE(model->setData(model->index(0, ActivityTableModel::Start), QDate(2026, 5, 1)));
    REQUIRE(model->setData(model->index(0, ActivityTableModel::Deadline), QDate(2026, 9, 30)));
    CHECK(stack->undoText() == QStringLiteral("change the deadline of activity 1 of %1").arg(plan.code));
    REQUIRE(model->setData(model->index(0, ActivityTableModel::Amount), 12500.5));
    stored = activitiesOf(*db, plan.meta.uuid);
    CHECK(stored[0].measure == measure);
    CHECK(stored[0].leadBodyUuid == police);
    CHECK(stored[0].start == QDate(2026, 5, 1));
    CHECK(stored[0].deadline == QDate(2026, 9, 30));
    CHECK(stored[0].amountSomoni == 12500.5);
    CHECK(model->index(0, ActivityTableModel::Deadline).data().toString() == QStringLiteral("30.09.2026"));
    CHECK(model->index(0, ActivityTableModel::Amount).data().toString() ==
          QStringLiteral("12,500.50 somoni"));
    CHECK(model->index(0, ActivityTableModel::LeadBody).data().toString() ==
          QStringLiteral("District police (ShKD)"));
    CHECK(model->index(0, ActivityTableModel::Measure).data().toString() == measure);

    // A deadline before the start is refused: message under the table naming the field, nothing saved.
    const QString dumpBefore = test::dumpDatabase(*db);
    CHECK_FALSE(model->setData(model->index(0, ActivityTableModel::Deadline), QDate(2026, 4, 1)));
    const QString message = page.activitiesPanel()->message();
    CHECK(message.startsWith(QStringLiteral("Deadline: ")));
    CHECK(message.contains(QStringLiteral("01.04.2026")));
    CHECK(test::dumpDatabase(*db) == dumpBefore);
    CHECK(model->index(0, ActivityTableModel::Deadline).data(Qt::EditRole).toDate() == QDate(2026, 9, 30));

    // Overdue: the second activity's deadline has passed and it is not done.
    model->setToday(QDate(2026, 6, 1));
    REQUIRE(model->setData(model->index(1, ActivityTableModel::Start), QDate(2026, 1, 10)));
    REQUIRE(model->setData(model->index(1, ActivityTableModel::Deadline), QDate(2026, 2, 28)));
    CHECK(page.activitiesPanel()->message().isEmpty());
    const QModelIndex late = model->index(1, ActivityTableModel::Deadline);
    CHECK(late.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xb0, 0x00, 0x20));
    CHECK(late.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Overdue")));
    CHECK(late.data(Qt::ToolTipRole).toString().contains(QStringLiteral("28.02.2026")));
    CHECK_FALSE(model->index(0, ActivityTableModel::Deadline).data(Qt::ForegroundRole).isValid());
    // Done is never overdue.
    REQUIRE(model->setData(model->index(1, ActivityTableModel::Status), QStringLiteral("done")));
    CHECK(activitiesOf(*db, plan.meta.uuid)[1].status == ActivityStatus::Done);
    CHECK_FALSE(model->index(1, ActivityTableModel::Deadline).data(Qt::ForegroundRole).isValid());
    stack->undo();
    CHECK(activitiesOf(*db, plan.meta.uuid)[1].status == ActivityStatus::Planned);
    CHECK(model->index(1, ActivityTableModel::Deadline).data(ActivityTableModel::OverdueRole).toBool());

    // The detail form writes through the same model.
    auto* outcome = child<QLineEdit>(page, "activityOutcome");
    REQUIRE(page.activitiesPanel()->selectActivity(stored[0].meta.uuid));
    outcome->setFocus();
    test::typeText(outcome, QStringLiteral("Шумораи муроҷиатҳо"));
    QTest::keyClick(outcome, Qt::Key_Return);
    CHECK(activitiesOf(*db, plan.meta.uuid)[0].outcomeIndicator == QStringLiteral("Шумораи муроҷиатҳо"));

    // Move the first activity down, then undo.
    click(page, "moveActivityDown");
    stored = activitiesOf(*db, plan.meta.uuid);
    CHECK(stored[1].measure == measure);
    CHECK(model->index(1, ActivityTableModel::Measure).data().toString() == measure);
    CHECK(page.activitiesPanel()->selectedActivity() == stored[1].meta.uuid);
    stack->undo();
    CHECK(activitiesOf(*db, plan.meta.uuid)[0].measure == measure);

    // Delete the selected activity after the confirmation, then undo and redo.
    REQUIRE(page.activitiesPanel()->selectActivity(activitiesOf(*db, plan.meta.uuid)[0].meta.uuid));
    click(page, "deleteActivity");
    CHECK(asked.contains(measure));
    CHECK(asked.contains(QStringLiteral("0 progress update")));
    REQUIRE(activitiesOf(*db, plan.meta.uuid).size() == 1);
    CHECK(model->rowCount() == 1);
    stack->undo();
    CHECK(activitiesOf(*db, plan.meta.uuid).size() == 2);
    CHECK(activitiesOf(*db, plan.meta.uuid)[0].deadline == QDate(2026, 9, 30));
    stack->redo();
    CHECK(activitiesOf(*db, plan.meta.uuid).size() == 1);

    // Undo the deadline edit: back to no deadline.
    stack->undo(); // the deletion
    while (stack->canUndo() &&
           stack->undoText() != QStringLiteral("change the deadline of activity 1 of %1").arg(plan.code))
        stack->undo();
    REQUIRE(stack->canUndo());
    stack->undo();
    CHECK_FALSE(activitiesOf(*db, plan.meta.uuid)[0].deadline.isValid());
    stack->redo();
    CHECK(activitiesOf(*db, plan.meta.uuid)[0].deadline == QDate(2026, 9, 30));
}

TEST_CASE("progress updates with reach, indicator readings, opening records and deleting a plan",
          "[ui][plans]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString otherTeam = test::makeTeam(*db, QStringLiteral("KUL"));
    PlanRepository plans(*db);
    Activity work;
    work.measure = QStringLiteral("Мусобиқаи футбол барои ҷавонон");
    work.start = QDate(2026, 4, 1);
    work.deadline = QDate(2026, 8, 31);
    const test::PlannedActivity made = test::makePlannedActivity(*db, team, work);
    const ActionPlan* plan = &made.plan;
    const QString activityUuid = made.activity.meta.uuid;

    Session session(*db);
    session.setCurrentTeam(otherTeam);
    PlansPage page(session);
    page.resize(1130, 650);
    page.show();
    QUndoStack* stack = session.undoStack();
    CHECK(page.planModel()->rowCount() == 0);

    // Opening the activity switches to its team and selects it.
    REQUIRE(page.openRecord(QStringLiteral("activity"), activityUuid));
    CHECK(session.currentTeam() == team);
    CHECK(page.currentPlan() == plan->meta.uuid);
    CHECK(page.activitiesPanel()->selectedActivity() == activityUuid);
    CHECK_FALSE(page.openRecord(QStringLiteral("concern"), activityUuid));
    ProgressUpdateModel* progress = page.activitiesPanel()->progressPanel()->model();
    IndicatorReadingModel* readings = page.activitiesPanel()->readingsPanel()->model();
    Tester progressTester(progress, kFatal);
    Tester readingsTester(readings, kFatal);
    Tester listTester(page.planModel(), kFatal);

    // A progress update with reach by sex and age band; the activity's status follows it.
    showTab(page, "activityTabs", 1);
    click(page, "addProgress");
    auto* dialog = page.findChild<ProgressUpdateDialog*>();
    REQUIRE(dialog != nullptr);
    child<OptionalDateEdit>(*dialog, "progressDate")->setDate(QDate(2026, 6, 15));
    auto* status = child<QComboBox>(*dialog, "progressStatus");
    status->setCurrentIndex(status->findData(QStringLiteral("done")));
    test::typeText(child<QWidget>(*dialog, "progressNote"), QStringLiteral("Бозӣ гузашт"));
    child<QSpinBox>(*dialog, "reached_0_0")->setValue(5);  // girls under 18
    child<QSpinBox>(*dialog, "reached_0_1")->setValue(12); // women 18–29
    child<QSpinBox>(*dialog, "reached_1_1")->setValue(8);  // men 18–29
    CHECK(child<QLabel>(*dialog, "reachedTotal")->text() == QStringLiteral("25"));
    child<QSpinBox>(*dialog, "reachedIndirectly")->setValue(100);
    child<QDoubleSpinBox>(*dialog, "progressSpent")->setValue(350.5);
    click(*dialog, "progressAdd");

    auto updates = plans.progress(activityUuid);
    REQUIRE(updates.ok());
    REQUIRE(updates->size() == 1);
    CHECK(updates->first().reached.total() == 25);
    CHECK(updates->first().reached.at(Sex::Female, AgeBand::From18To29) == 12);
    CHECK(updates->first().reached.at(Sex::Male, AgeBand::From18To29) == 8);
    CHECK(updates->first().reachedIndirectly == 100);
    CHECK(updates->first().spentSomoni == 350.5);
    CHECK(updates->first().note == QStringLiteral("Бозӣ гузашт"));
    CHECK(plans.activity(activityUuid)->status == ActivityStatus::Done);
    REQUIRE(progress->rowCount() == 1);
    CHECK(progress->index(0, ProgressUpdateModel::Reached).data().toString() == QStringLiteral("25"));
    CHECK(progress->index(0, ProgressUpdateModel::Date).data().toString() == QStringLiteral("15.06.2026"));
    CHECK(child<QLabel>(page, "activityStatusNote")->text().contains(QStringLiteral("Done")));
    CHECK(page.activitiesPanel()->model()->index(0, ActivityTableModel::Status).data().toString() ==
          QStringLiteral("Done"));
    CHECK(page.planModel()->index(0, PlanListModel::Activities).data().toString() ==
          QStringLiteral("1 of 1 done"));
    CHECK(stack->undoText() == QStringLiteral("add a progress update to activity 1 of %1").arg(plan->code));

    // One undo takes the update away and gives the activity its status back; redo brings both.
    stack->undo();
    CHECK(plans.progress(activityUuid)->isEmpty());
    CHECK(plans.activity(activityUuid)->status == ActivityStatus::Planned);
    CHECK(progress->rowCount() == 0);
    stack->redo();
    CHECK(plans.progress(activityUuid)->size() == 1);
    CHECK(plans.activity(activityUuid)->status == ActivityStatus::Done);
    CHECK(progress->rowCount() == 1);

    // An indicator reading.
    showTab(page, "activityTabs", 2);
    child<OptionalDateEdit>(page, "readingDate")->setDate(QDate(2026, 7, 1));
    child<QDoubleSpinBox>(page, "readingValue")->setValue(7);
    test::typeText(child<QLineEdit>(page, "readingNote"), QStringLiteral("Аз рӯи протокол"));
    click(page, "addReading");
    auto stored = plans.readings(activityUuid);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().value == 7);
    CHECK(stored->first().date == QDate(2026, 7, 1));
    CHECK(stored->first().note == QStringLiteral("Аз рӯи протокол"));
    CHECK(readings->rowCount() == 1);
    stack->undo();
    CHECK(plans.readings(activityUuid)->isEmpty());
    CHECK(readings->rowCount() == 0);
    stack->redo();
    CHECK(plans.readings(activityUuid)->size() == 1);

    // Deleting the plan names what goes with it; undo brings all back.
    QString asked;
    page.setConfirm([&](const QString& text) {
        asked = text;
        return true;
    });
    click(page, "deletePlan");
    CHECK(asked.contains(plan->code));
    CHECK(asked.contains(QStringLiteral("1 activit")));
    CHECK(asked.contains(QStringLiteral("1 progress update")));
    CHECK(asked.contains(QStringLiteral("1 indicator reading")));
    CHECK(plans.plans(team)->isEmpty());
    CHECK(page.planModel()->rowCount() == 0);
    stack->undo();
    CHECK(plans.plans(team)->size() == 1);
    CHECK(plans.activities(plan->meta.uuid)->size() == 1);
    CHECK(plans.progress(activityUuid)->size() == 1);
    CHECK(plans.readings(activityUuid)->size() == 1);
    CHECK(page.planModel()->rowCount() == 1);

    // A refused deletion: the answer no keeps everything.
    page.setConfirm([](const QString&) { return false; });
    click(page, "deletePlan");
    CHECK(plans.plans(team)->size() == 1);
}

TEST_CASE("adopting a plan on the page moves its concerns into the plan, and undo moves them back",
          "[ui][plans]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    const QString prioritised = test::makeConcern(*db, team, QStringLiteral("Зӯроварии оилавӣ дар Чоркӯҳ"));
    const QString resolved = test::makeConcern(*db, team, QStringLiteral("Нашъамандии ҷавонон"));
    const QString later = test::makeConcern(*db, team, QStringLiteral("Ҷанҷол дар бозор"));
    ConcernRepository concerns(*db);
    REQUIRE(concerns.changeStatus(prioritised, ConcernStatus::Prioritised, QDate(2026, 3, 1), {}).ok());
    REQUIRE(concerns.changeStatus(resolved, ConcernStatus::Resolved, QDate(2026, 3, 1), {}).ok());
    ActionPlan draft;
    draft.teamUuid = team;
    draft.title = QStringLiteral("Нақшаи чорабиниҳо");
    draft.periodStart = QDate(2026, 4, 1);
    draft.periodEnd = QDate(2026, 12, 31);
    draft.concernUuids = {prioritised, resolved};
    auto plan = PlanRepository(*db).createPlan(draft);
    REQUIRE(plan.ok());
    auto statusOf = [&](const QString& uuid) { return concerns.concern(uuid)->status; };

    Session session(*db);
    PlansPage page(session);
    page.resize(1130, 650);
    page.show();
    REQUIRE(page.openRecord(QStringLiteral("plan"), plan->meta.uuid));
    QUndoStack* stack = session.undoStack();

    // Adopted through the status box: the prioritised concern moves into the plan, dated today and saying
    // why; the resolved one stays resolved.
    auto* status = child<QComboBox>(page, "planStatus");
    const int adoptedRow = status->findData(QStringLiteral("adopted"));
    REQUIRE(adoptedRow >= 0);
    status->setCurrentIndex(adoptedRow);
    Q_EMIT status->activated(adoptedRow);
    REQUIRE(onlyPlan(*db, team).status == PlanStatus::Adopted);
    CHECK(statusOf(prioritised) == ConcernStatus::InPlan);
    CHECK(statusOf(resolved) == ConcernStatus::Resolved);
    const QList<StatusChange> history = concerns.statusHistory(prioritised).value();
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.last().status == ConcernStatus::InPlan);
    CHECK(history.last().date == QDate::currentDate());
    CHECK(history.last().note.contains(plan->code));

    // A concern ticked in the adopted plan moves too.
    PlanConcernsModel* addressed = page.headerForm()->concernsModel();
    REQUIRE(
        addressed->setData(addressed->index(addressed->rowOf(later)), int(Qt::Checked), Qt::CheckStateRole));
    CHECK(statusOf(later) == ConcernStatus::InPlan);

    // Undo takes the concern out of the plan again, then the adoption; redo brings both back.
    stack->undo();
    CHECK(statusOf(later) == ConcernStatus::Raised);
    CHECK(statusOf(prioritised) == ConcernStatus::InPlan);
    stack->undo();
    CHECK(onlyPlan(*db, team).status == PlanStatus::Draft);
    CHECK(statusOf(prioritised) == ConcernStatus::Prioritised);
    CHECK(statusOf(resolved) == ConcernStatus::Resolved);
    stack->redo();
    stack->redo();
    CHECK(onlyPlan(*db, team).status == PlanStatus::Adopted);
    CHECK(statusOf(prioritised) == ConcernStatus::InPlan);
    CHECK(statusOf(later) == ConcernStatus::InPlan);

    // Editing the adopted plan later leaves a concern moved back by hand where the person put it.
    REQUIRE(concerns.changeStatus(prioritised, ConcernStatus::Prioritised, QDate::currentDate(), {}).ok());
    auto* title = child<QLineEdit>(page, "planTitle");
    title->clear();
    test::typeText(title, QStringLiteral("Нақшаи нав"));
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(onlyPlan(*db, team).title == QStringLiteral("Нақшаи нав"));
    CHECK(statusOf(prioritised) == ConcernStatus::Prioritised);
}

TEST_CASE("a progress update warns of a date before the activity and of more spent than budgeted, and saves",
          "[ui][plans][plausibility]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    PlanRepository plans(*db);
    Activity work;
    work.measure = QStringLiteral("Чароғҳо дар кӯча");
    work.start = QDate(2026, 4, 1);
    work.amountSomoni = 1000;
    const test::PlannedActivity made = test::makePlannedActivity(*db, team, work);
    const Activity* activity = &made.activity;
    ProgressUpdate earlier;
    earlier.activityUuid = activity->meta.uuid;
    earlier.date = QDate(2026, 4, 10);
    earlier.spentSomoni = 600;
    REQUIRE(plans.addProgress(earlier).ok());

    Session session(*db);
    PlansPage page(session);
    page.resize(1130, 650);
    page.show();
    REQUIRE(page.openRecord(QStringLiteral("activity"), activity->meta.uuid));
    showTab(page, "activityTabs", 1);
    click(page, "addProgress");
    auto* dialog = page.findChild<ProgressUpdateDialog*>();
    REQUIRE(dialog != nullptr);
    auto* dateWarning = child<QLabel>(*dialog, "progressDateWarning");
    auto* spentWarning = child<QLabel>(*dialog, "progressSpentWarning");

    child<OptionalDateEdit>(*dialog, "progressDate")->setDate(QDate(2026, 5, 1));
    child<QDoubleSpinBox>(*dialog, "progressSpent")->setValue(400); // 600 + 400: the budget exactly
    CHECK(dateWarning->isHidden());
    CHECK(spentWarning->isHidden());

    child<OptionalDateEdit>(*dialog, "progressDate")->setDate(QDate(2026, 3, 20));
    CHECK_FALSE(dateWarning->isHidden());
    CHECK(dateWarning->text().contains(QStringLiteral("01.04.2026")));
    child<QDoubleSpinBox>(*dialog, "progressSpent")->setValue(500); // 1,100 of 1,000
    CHECK_FALSE(spentWarning->isHidden());
    CHECK(spentWarning->text().contains(Formats::money(1100)));

    // Unusual, not impossible: saved as typed.
    click(*dialog, "progressAdd");
    auto updates = plans.progress(activity->meta.uuid);
    REQUIRE(updates.ok());
    REQUIRE(updates->size() == 2);
    CHECK(updates->first().spentSomoni == 500); // by date: the new one, dated 20.03, comes first

    // The editors stop where the data file's limits are.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the dialog closed on Add
    click(page, "addProgress");
    auto* next = page.findChildren<ProgressUpdateDialog*>().last();
    CHECK(child<QDoubleSpinBox>(*next, "progressSpent")->maximum() == limits::kMoney);
    CHECK(child<QSpinBox>(*next, "reachedIndirectly")->maximum() == limits::kReachedIndirectly);
    CHECK(child<QSpinBox>(*next, "reached_1_3")->maximum() == limits::kReachedPerCell);
}

TEST_CASE(
    "a progress update carried out by a campaign names it, adds no reach of its own, and is counted once",
    "[ui][plans][campaigns-page]")
{
    test::TempDatabase db;
    const QString team = test::makeTeam(*db);
    Activity work;
    work.measure = QStringLiteral("Маъракаи иттилоотӣ дар мактабҳо");
    work.start = QDate(2026, 3, 1);
    const test::PlannedActivity made = test::makePlannedActivity(*db, team, work);
    const QString activityUuid = made.activity.meta.uuid;
    // The campaign reached 40 women and 25 men directly, and an estimated 20 000 through the radio.
    Campaign campaign;
    campaign.teamUuid = team;
    campaign.title = QStringLiteral("Роҳи бехатар ба мактаб");
    campaign.start = QDate(2026, 3, 1);
    campaign.reached.set(Sex::Female, AgeBand::From18To29, 40);
    campaign.reached.set(Sex::Male, AgeBand::Under18, 25);
    campaign.reachedIndirectly = 20000;
    campaign.indirectMethod = QStringLiteral("Шунавандагони радиои ноҳия");
    auto stored = CampaignRepository(*db).createCampaign(campaign);
    REQUIRE(stored.ok());

    Session session(*db);
    PlansPage page(session);
    page.resize(1130, 650);
    page.show();
    REQUIRE(page.openRecord(QStringLiteral("activity"), activityUuid));
    showTab(page, "activityTabs", 1);
    click(page, "addProgress");
    auto* dialog = page.findChild<ProgressUpdateDialog*>();
    REQUIRE(dialog != nullptr);
    child<OptionalDateEdit>(*dialog, "progressDate")->setDate(QDate(2026, 3, 20));
    test::typeText(child<QWidget>(*dialog, "progressNote"), QStringLiteral("Дар се мактаб гузашт"));
    auto* women = child<QSpinBox>(*dialog, "reached_0_1");
    women->setValue(40); // typed again before the campaign is chosen
    auto* indirect = child<QSpinBox>(*dialog, "reachedIndirectly");
    indirect->setValue(20000);
    auto* note = child<QLabel>(*dialog, "progressCarriedNote");
    CHECK(note->isHidden());

    // Choosing the campaign clears and locks the reach, and says why.
    auto* carriedBy = child<QComboBox>(*dialog, "progressCarriedBy");
    const int index = carriedBy->findText(QStringLiteral("Campaign ISF-C-2026-01 · Роҳи бехатар ба мактаб"));
    REQUIRE(index > 0);
    carriedBy->setCurrentIndex(index);
    CHECK(women->value() == 0);
    CHECK_FALSE(women->isEnabled());
    CHECK(indirect->value() == 0);
    CHECK_FALSE(indirect->isEnabled());
    CHECK_FALSE(note->isHidden());
    CHECK(note->text().contains(QStringLiteral("counted once, in the campaign ISF-C-2026-01")));
    // None again: the fields are the user's to fill.
    carriedBy->setCurrentIndex(0);
    CHECK(women->isEnabled());
    CHECK(note->isHidden());
    carriedBy->setCurrentIndex(index);
    click(*dialog, "progressAdd");

    auto updates = PlanRepository(*db).progress(activityUuid);
    REQUIRE(updates.ok());
    REQUIRE(updates->size() == 1);
    CHECK(updates->first().campaignUuid == stored->meta.uuid);
    CHECK(updates->first().eventUuid.isEmpty());
    CHECK(updates->first().reached.total() == 0);
    CHECK(updates->first().reachedIndirectly == 0);
    ProgressUpdateModel* progress = page.activitiesPanel()->progressPanel()->model();
    REQUIRE(progress->rowCount() == 1);
    CHECK(progress->index(0, ProgressUpdateModel::Reached).data().toString() ==
          QStringLiteral("via ISF-C-2026-01"));

    // The period counts the campaign's people once.
    auto stats = StatisticsRepository(*db).period(team, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(stats.ok());
    CHECK(stats->reached.total(Sex::Female) == 40);
    CHECK(stats->reached.total(Sex::Male) == 25);
    CHECK(stats->reachedIndirectly == 20000);

    // Undone, the update goes; the campaign stays as it was.
    session.undoStack()->undo();
    CHECK(PlanRepository(*db).progress(activityUuid)->isEmpty());
    CHECK(CampaignRepository(*db).campaign(stored->meta.uuid)->reached.total() == 65);
}
