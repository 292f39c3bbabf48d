// A plan's signatories driven offscreen (issue 17): the approver and the agreer chosen among the team's
// members (the name as a signature prints it, and the post, in one undoable edit of those two fields), the
// paper's numbers typed in Tajik, and a new plan taking its signatories from the team's latest plan.
#include "core/storage/PlanRepository.h"
#include "core/storage/RecordEdits.h"
#include "core/storage/TeamRepository.h"
#include "support/PageFixture.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "ui/Session.h"
#include "ui/pages/PlansPage.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace hamkori;
using namespace Qt::StringLiterals;
using hamkori::test::child;

namespace {

Member addMember(Database& db, const QString& team, const QString& name, const QString& post, QDate left = {})
{
    Member member;
    member.teamUuid = team;
    member.name = name;
    member.post = post;
    member.category = MemberCategory::Police;
    member.joined = QDate(2018, 1, 10);
    member.left = left;
    auto created = TeamRepository(db).createMember(member);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return *created;
}

ActionPlan storedPlan(Database& db, const QString& uuid)
{
    auto plan = PlanRepository(db).plan(uuid);
    INFO(plan.errorMessage().toStdString());
    REQUIRE(plan.ok());
    return *plan;
}

/// The columns an edit changed between two versions of a plan.
QStringList changedColumns(const ActionPlan& before, const ActionPlan& after)
{
    QStringList columns;
    for (const FieldChange& change : RecordEdits::patch(before, after).changes)
        columns << change.column;
    columns.sort();
    return columns;
}

/// Types into a line edit as a person would: select what is there, type, confirm with Enter.
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    test::typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QStringList actionTexts(QMenu* menu)
{
    QStringList texts;
    for (QAction* action : menu->actions())
        texts << action->text();
    return texts;
}

QAction* actionNamed(QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions())
        if (action->text() == text)
            return action;
    INFO("menu entry " << text.toStdString());
    FAIL("no such entry");
    return nullptr;
}

struct PlansFixture : test::PageFixture<PlansPage>
{
    PlansFixture()
    {
        deputy = addMember(*db, team, u"Раҳимзода Ҷамшед Абдуллоевич"_s, u"Муовини раиси шаҳри Исфара"_s);
        chief = addMember(*db, team, u"Қурбонзода Илҳом Назарович"_s, u"Сардори ШВКД дар шаҳри Исфара"_s);
        gone = addMember(*db, team, u"Олим Саидов"_s, u"Нозири минтақавӣ"_s, QDate(2019, 6, 30));
    }
    ActionPlan makePlan(const QString& title)
    {
        ActionPlan plan;
        plan.teamUuid = team;
        plan.title = title;
        plan.periodStart = QDate(2026, 4, 1);
        plan.periodEnd = QDate(2026, 12, 31);
        plan.objective = u"Кам кардани зӯроварӣ"_s;
        plan.approverName = u"Саидов Н."_s;
        plan.approverPost = u"Муовини раиси ноҳия"_s;
        auto created = PlanRepository(*db).createPlan(plan);
        INFO(created.errorMessage().toStdString());
        REQUIRE(created.ok());
        return *created;
    }
    Member deputy, chief, gone;
};

} // namespace

TEST_CASE("a member chosen as approver fills name and post in one edit, and one undo restores both and "
          "nothing else",
          "[ui][plans][signatories]")
{
    PlansFixture f;
    const ActionPlan plan = f.makePlan(u"Нақшаи чорабиниҳо"_s);
    PlansPage& page = f.open();
    REQUIRE(page.openRecord(u"plan"_s, plan.meta.uuid));
    QUndoStack* stack = f.session.undoStack();
    const int steps = stack->count();

    // The list offers the team's current members as "Name — post"; one who left is not among them.
    auto* choose = child<QToolButton>(page, "planApproverChoose");
    QMenu* members = choose->menu();
    REQUIRE(members != nullptr);
    const QStringList offered = actionTexts(members);
    CHECK(offered.contains(u"Раҳимзода Ҷамшед Абдуллоевич — Муовини раиси шаҳри Исфара"_s));
    CHECK(offered.contains(u"Қурбонзода Илҳом Назарович — Сардори ШВКД дар шаҳри Исфара"_s));
    CHECK_FALSE(offered.join(u'\n').contains(u"Олим Саидов"_s));

    actionNamed(members, u"Раҳимзода Ҷамшед Абдуллоевич — Муовини раиси шаҳри Исфара"_s)->trigger();
    const ActionPlan chosen = storedPlan(*f.db, plan.meta.uuid);
    CHECK(chosen.approverName == u"Ҷ. А. Раҳимзода"_s);
    CHECK(chosen.approverPost == u"Муовини раиси шаҳри Исфара"_s);
    CHECK(changedColumns(plan, chosen) == QStringList{u"approver_name"_s, u"approver_post"_s});
    CHECK(stack->count() == steps + 1);
    CHECK(stack->undoText() == u"change the approver of %1"_s.arg(plan.code));
    CHECK(child<QLineEdit>(page, "planApproverName")->text() == u"Ҷ. А. Раҳимзода"_s);
    CHECK(child<QLineEdit>(page, "planApproverPost")->text() == u"Муовини раиси шаҳри Исфара"_s);

    // Meanwhile another field changes outside this edit (an import, another page): undo leaves it alone.
    ActionPlan imported = chosen;
    imported.outgoingNumber = u"01-12/118"_s;
    REQUIRE(PlanRepository(*f.db).updatePlan(imported).ok());
    stack->undo();
    const ActionPlan undone = storedPlan(*f.db, plan.meta.uuid);
    CHECK(undone.approverName == u"Саидов Н."_s);
    CHECK(undone.approverPost == u"Муовини раиси ноҳия"_s);
    CHECK(changedColumns(plan, undone) == QStringList{u"outgoing_number"_s});
    CHECK(child<QLineEdit>(page, "planApproverName")->text() == u"Саидов Н."_s);
    stack->redo();
    CHECK(changedColumns(imported, storedPlan(*f.db, plan.meta.uuid)).isEmpty());

    // The agreer the same way, from its own list.
    QMenu* agreers = child<QToolButton>(page, "planAgreerChoose")->menu();
    actionNamed(agreers, u"Қурбонзода Илҳом Назарович — Сардори ШВКД дар шаҳри Исфара"_s)->trigger();
    const ActionPlan agreed = storedPlan(*f.db, plan.meta.uuid);
    CHECK(agreed.agreerName == u"И. Н. Қурбонзода"_s);
    CHECK(agreed.agreerPost == u"Сардори ШВКД дар шаҳри Исфара"_s);
    CHECK(changedColumns(imported, agreed) == QStringList{u"agreer_name"_s, u"agreer_post"_s});
    CHECK(stack->undoText() == u"change who agrees %1"_s.arg(plan.code));
    stack->undo();
    CHECK(storedPlan(*f.db, plan.meta.uuid).agreerName.isEmpty());
    CHECK(storedPlan(*f.db, plan.meta.uuid).approverName == u"Ҷ. А. Раҳимзода"_s);
}

TEST_CASE("the agreer, outgoing number and ordinance typed in Tajik are saved one field per undo step",
          "[ui][plans][signatories]")
{
    PlansFixture f;
    const ActionPlan plan = f.makePlan(u"Нақшаи чорабиниҳо"_s);
    PlansPage& page = f.open();
    REQUIRE(page.openRecord(u"plan"_s, plan.meta.uuid));
    QUndoStack* stack = f.session.undoStack();
    const int steps = stack->count();

    retype(child<QLineEdit>(page, "planAgreerName"), u"Ҳ. Ғ. Қӯчаров"_s);
    retype(child<QLineEdit>(page, "planAgreerPost"), u"Сардори ШКД дар ноҳияи Ҷ. Расулов"_s);
    retype(child<QLineEdit>(page, "planOutgoingNumber"), u"№ 12/ҚҲ-04"_s);
    retype(child<QLineEdit>(page, "planOrdinanceNumber"), u"145-ф"_s);
    auto* date = child<OptionalDateEdit>(page, "planOrdinanceDate");
    date->setFocus();
    date->setDate(QDate(2026, 3, 27));
    QTest::keyClick(date, Qt::Key_Return);

    const ActionPlan typed = storedPlan(*f.db, plan.meta.uuid);
    CHECK(typed.agreerName == u"Ҳ. Ғ. Қӯчаров"_s);
    CHECK(typed.agreerPost == u"Сардори ШКД дар ноҳияи Ҷ. Расулов"_s);
    CHECK(typed.outgoingNumber == u"№ 12/ҚҲ-04"_s);
    CHECK(typed.ordinanceNumber == u"145-ф"_s);
    CHECK(typed.ordinanceDate == QDate(2026, 3, 27));
    CHECK(typed.approverName == plan.approverName);
    REQUIRE(stack->count() == steps + 5);
    CHECK(stack->undoText() == u"change the ordinance of %1"_s.arg(plan.code));

    // Each undo takes back one field, the latest first.
    stack->undo();
    CHECK_FALSE(storedPlan(*f.db, plan.meta.uuid).ordinanceDate.isValid());
    CHECK(storedPlan(*f.db, plan.meta.uuid).ordinanceNumber == u"145-ф"_s);
    stack->undo();
    CHECK(changedColumns(plan, storedPlan(*f.db, plan.meta.uuid)) ==
          QStringList{u"agreer_name"_s, u"agreer_post"_s, u"outgoing_number"_s});
    CHECK(child<QLineEdit>(page, "planOrdinanceNumber")->text().isEmpty());
    CHECK(child<QLineEdit>(page, "planOutgoingNumber")->text() == u"№ 12/ҚҲ-04"_s);
}

TEST_CASE("a new plan takes its four signatory fields from the team's most recently created plan",
          "[ui][plans][signatories]")
{
    PlansFixture f;
    // The older plan covers a later period; the latest made is the one that counts.
    ActionPlan older = f.makePlan(u"2027"_s);
    older.periodStart = QDate(2027, 1, 1);
    older.periodEnd = QDate(2027, 12, 31);
    older.agreerName = u"С. Раҳимов"_s;
    REQUIRE(PlanRepository(*f.db).updatePlan(older).ok());
    ActionPlan latest = f.makePlan(u"2026"_s);
    latest.approverName = u"Ҷ. А. Раҳимзода"_s;
    latest.approverPost = u"Муовини раиси шаҳри Исфара"_s;
    latest.agreerName = u"И. Н. Қурбонзода"_s;
    latest.agreerPost = u"Сардори ШВКД дар шаҳри Исфара"_s;
    latest.outgoingNumber = u"01-12/118"_s;
    latest.ordinanceNumber = u"45"_s;
    latest.ordinanceDate = QDate(2026, 3, 30);
    REQUIRE(PlanRepository(*f.db).updatePlan(latest).ok());
    PlansPage& page = f.open();

    QTest::mouseClick(child<QPushButton>(page, "newPlan"), Qt::LeftButton);
    const ActionPlan made = storedPlan(*f.db, page.currentPlan());
    REQUIRE(made.meta.uuid != latest.meta.uuid);
    CHECK(made.approverName == u"Ҷ. А. Раҳимзода"_s);
    CHECK(made.approverPost == u"Муовини раиси шаҳри Исфара"_s);
    CHECK(made.agreerName == u"И. Н. Қурбонзода"_s);
    CHECK(made.agreerPost == u"Сардори ШВКД дар шаҳри Исфара"_s);
    // The paper's own numbers belong to that paper.
    CHECK(made.outgoingNumber.isEmpty());
    CHECK(made.ordinanceNumber.isEmpty());
    CHECK_FALSE(made.ordinanceDate.isValid());
    CHECK(child<QLineEdit>(page, "planAgreerName")->text() == u"И. Н. Қурбонзода"_s);
}
