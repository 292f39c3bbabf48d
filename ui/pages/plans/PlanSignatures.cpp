#include "PlanSignatures.h"
#include "core/model/PersonName.h"
#include "core/model/Team.h"
#include "core/storage/TeamRepository.h"
#include "ui/Session.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace hamkori::plans {

namespace {

/// A row of several widgets, without margins of its own.
QWidget* row(QWidget* parent, std::initializer_list<QWidget*> widgets, bool stretch)
{
    auto* container = new QWidget(parent);
    auto* layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : widgets)
        layout->addWidget(widget);
    if (stretch)
        layout->addStretch();
    return container;
}

void setTextIfChanged(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0);
    }
}

} // namespace

PlanSignatures::PlanSignatures(Session& session, QFormLayout* form, QWidget* parent, Commit commit)
    : QObject(parent), m_session(session), m_commit(std::move(commit)),
      m_approver(makeSignatory(form, parent, Role::Approver)),
      m_agreer(makeSignatory(form, parent, Role::Agreer)), m_outgoingLabel(new QLabel(parent)),
      m_outgoing(new QLineEdit(parent)), m_ordinanceLabel(new QLabel(parent)),
      m_ordinanceNumber(new QLineEdit(parent)), m_ordinanceOf(new QLabel(parent)),
      m_ordinanceDate(new OptionalDateEdit(parent))
{
    m_outgoing->setObjectName(QStringLiteral("planOutgoingNumber"));
    m_ordinanceNumber->setObjectName(QStringLiteral("planOrdinanceNumber"));
    m_ordinanceDate->setObjectName(QStringLiteral("planOrdinanceDate"));
    m_ordinanceNumber->setMaximumWidth(m_ordinanceNumber->fontMetrics().averageCharWidth() * 14);
    form->addRow(m_outgoingLabel, m_outgoing);
    form->addRow(m_ordinanceLabel, row(parent, {m_ordinanceNumber, m_ordinanceOf, m_ordinanceDate}, true));
    auto* dateMessage = FieldErrors::makeMessageLabel(parent);
    dateMessage->setObjectName(QStringLiteral("planOrdinanceDateError"));
    form->addRow(nullptr, dateMessage);
    m_ordinanceDate->showMessagesIn(dateMessage);
    m_outgoingLabel->setBuddy(m_outgoing);
    m_ordinanceLabel->setBuddy(m_ordinanceNumber);

    connect(m_outgoing, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_outgoing->text().trimmed();
        m_commit([text](ActionPlan& p) { p.outgoingNumber = text; }, tr("change the outgoing number of %1"));
    });
    connect(m_ordinanceNumber, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_ordinanceNumber->text().trimmed();
        m_commit([text](ActionPlan& p) { p.ordinanceNumber = text; }, tr("change the ordinance of %1"));
    });
    connect(m_ordinanceDate, &OptionalDateEdit::committed, this, [this] {
        const QDate date = m_ordinanceDate->optionalDate();
        m_commit([date](ActionPlan& p) { p.ordinanceDate = date; }, tr("change the ordinance of %1"));
    });
}

PlanSignatures::Signatory PlanSignatures::makeSignatory(QFormLayout* form, QWidget* parent, Role role)
{
    const bool approver = role == Role::Approver;
    Signatory s{new QLabel(parent), new QLineEdit(parent), new QToolButton(parent),
                new QMenu(parent),  new QLabel(parent),    new QLineEdit(parent)};
    s.name->setObjectName(approver ? QStringLiteral("planApproverName") : QStringLiteral("planAgreerName"));
    s.post->setObjectName(approver ? QStringLiteral("planApproverPost") : QStringLiteral("planAgreerPost"));
    s.choose->setObjectName(approver ? QStringLiteral("planApproverChoose")
                                     : QStringLiteral("planAgreerChoose"));
    s.choose->setMenu(s.members);
    s.choose->setPopupMode(QToolButton::InstantPopup);
    s.choose->setFocusPolicy(Qt::TabFocus); // reachable by keyboard: Tab, then Space opens the list
    // The list is read when it opens, so it shows members added or renamed since.
    connect(s.members, &QMenu::aboutToShow, this, [this, role] { fillMembers(role); });
    form->addRow(s.nameLabel, row(parent, {s.name, s.choose}, false));
    form->addRow(s.postLabel, s.post);
    s.nameLabel->setBuddy(s.name);
    s.postLabel->setBuddy(s.post);

    connect(s.name, &QLineEdit::editingFinished, this, [this, role, edit = s.name] {
        const QString text = edit->text().trimmed();
        m_commit([role, text](ActionPlan& p) { set(p, role, &text, nullptr); }, undoText(role));
    });
    connect(s.post, &QLineEdit::editingFinished, this, [this, role, edit = s.post] {
        const QString text = edit->text().trimmed();
        m_commit([role, text](ActionPlan& p) { set(p, role, nullptr, &text); }, undoText(role));
    });
    return s;
}

void PlanSignatures::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    fillMembers(Role::Approver);
    fillMembers(Role::Agreer);
}

void PlanSignatures::fillMembers(Role role)
{
    QMenu* menu = signatory(role).members;
    menu->clear();
    auto members = m_team.isEmpty() ? Result<QList<Member>>(QList<Member>{})
                                    : TeamRepository(m_session.db()).members(m_team);
    const QDate today = QDate::currentDate();
    if (members)
        for (const Member& member : *members) {
            if (member.left.isValid() && member.left < today)
                continue; // no longer on the team: not the one who signs
            QString text =
                member.post.isEmpty() ? member.name : QStringLiteral("%1 — %2").arg(member.name, member.post);
            QAction* action = menu->addAction(text.replace(QLatin1Char('&'), QStringLiteral("&&")));
            const QString name = initialsAndSurname(member.name);
            const QString post = member.post.trimmed();
            connect(action, &QAction::triggered, this, [this, role, name, post] {
                m_commit([role, name, post](ActionPlan& p) { set(p, role, &name, &post); }, undoText(role));
            });
        }
    if (menu->isEmpty())
        menu->addAction(tr("The team has no members yet"))->setEnabled(false);
}

void PlanSignatures::set(ActionPlan& plan, Role role, const QString* name, const QString* post)
{
    QString& toName = role == Role::Approver ? plan.approverName : plan.agreerName;
    QString& toPost = role == Role::Approver ? plan.approverPost : plan.agreerPost;
    if (name)
        toName = *name;
    if (post)
        toPost = *post;
}

QString PlanSignatures::undoText(Role role)
{
    return role == Role::Approver ? tr("change the approver of %1") : tr("change who agrees %1");
}

void PlanSignatures::load(const ActionPlan& plan)
{
    setTextIfChanged(m_approver.name, plan.approverName);
    setTextIfChanged(m_approver.post, plan.approverPost);
    setTextIfChanged(m_agreer.name, plan.agreerName);
    setTextIfChanged(m_agreer.post, plan.agreerPost);
    setTextIfChanged(m_outgoing, plan.outgoingNumber);
    setTextIfChanged(m_ordinanceNumber, plan.ordinanceNumber);
    m_ordinanceDate->setOptionalDate(plan.ordinanceDate);
}

void PlanSignatures::retranslate()
{
    m_approver.nameLabel->setText(tr("&Approved by (name):"));
    m_approver.postLabel->setText(tr("Approver's p&ost:"));
    m_agreer.nameLabel->setText(tr("A&greed by (name):"));
    m_agreer.postLabel->setText(tr("Ag&reer's post:"));
    m_outgoingLabel->setText(tr("Outgoing &number:"));
    m_ordinanceLabel->setText(tr("Annex to or&dinance No.:"));
    m_ordinanceOf->setText(tr("of", "annex to the ordinance No. … of (a date)"));
    m_approver.choose->setText(tr("Member…"));
    m_agreer.choose->setText(tr("Member…"));
    m_approver.choose->setToolTip(tr("Choose a member of the team as the approver: name and post"));
    m_agreer.choose->setToolTip(
        tr("Choose a member of the team as the one who agrees the plan: name and post"));
    fillMembers(Role::Approver); // the menus' "no members" text is in the language too
    fillMembers(Role::Agreer);
}

} // namespace hamkori::plans
