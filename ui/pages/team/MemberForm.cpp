#include "MemberForm.h"
#include "FormSupport.h"
#include "core/storage/RecordEdits.h"
#include "core/storage/TeamRepository.h"
#include "ui/Session.h"
#include "ui/pages/directory/OrganisationPicker.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hamkori {

namespace {

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0); // long texts show their beginning
    }
}

} // namespace

MemberForm::MemberForm(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_form(new QFormLayout),
      m_name(new QLineEdit(this)), m_category(new QComboBox(this)), m_sex(new QComboBox(this)),
      m_ageBand(new QComboBox(this)), m_organisation(new OrganisationPicker(session.db(), this)),
      m_post(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_joined(new OptionalDateEdit(this)),
      m_hasLeft(new QCheckBox(this)), m_left(new OptionalDateEdit(this, false)),
      m_leftCaption(new QLabel(this)), m_add(new QPushButton(this)),
      m_general(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_general, this))
{
    m_name->setObjectName(QStringLiteral("memberName"));
    m_category->setObjectName(QStringLiteral("memberCategory"));
    m_sex->setObjectName(QStringLiteral("memberSex"));
    m_ageBand->setObjectName(QStringLiteral("memberAgeBand"));
    m_organisation->setObjectName(QStringLiteral("memberOrganisationChoice"));
    m_organisation->lineEdit()->setObjectName(QStringLiteral("memberOrganisation"));
    m_post->setObjectName(QStringLiteral("memberPost"));
    m_phone->setObjectName(QStringLiteral("memberPhone"));
    m_joined->setObjectName(QStringLiteral("memberJoined"));
    m_hasLeft->setObjectName(QStringLiteral("memberHasLeft"));
    m_left->setObjectName(QStringLiteral("memberLeft"));
    m_add->setObjectName(QStringLiteral("addMemberButton"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    enumcombo::fill<MemberCategory>(m_category);
    enumcombo::fill<Sex>(m_sex);
    enumcombo::fill<AgeBand>(m_ageBand);
    m_left->setEnabled(false);

    auto* nameError = FieldErrors::makeMessageLabel(this);
    auto* leftError = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("name"), m_name, nameError);
    m_errors->bind(QStringLiteral("left"), m_left, leftError);
    auto* joinedError = FieldErrors::makeMessageLabel(this);
    joinedError->setObjectName(QStringLiteral("memberJoinedError"));
    m_errors->bind(QStringLiteral("joined"), m_joined, joinedError);
    auto* organisationError = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("organisation_ref"), m_organisation, organisationError);

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels are made with a stand-in text (an empty one makes none) and named in retranslate().
    m_form->addRow(QStringLiteral("-"), m_name);
    m_form->addRow(nameError);
    m_form->addRow(QStringLiteral("-"), m_category);
    m_form->addRow(QStringLiteral("-"), m_sex);
    m_form->addRow(QStringLiteral("-"), m_ageBand);
    m_form->addRow(QStringLiteral("-"), m_organisation);
    m_form->addRow(organisationError);
    m_form->addRow(QStringLiteral("-"), m_post);
    m_form->addRow(QStringLiteral("-"), m_phone);
    m_form->addRow(QStringLiteral("-"), m_joined);
    m_form->addRow(joinedError);
    auto* leftRow = new QHBoxLayout;
    leftRow->addWidget(m_hasLeft);
    leftRow->addWidget(m_left, 1);
    m_form->addRow(m_leftCaption, leftRow);
    m_form->addRow(leftError);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addWidget(m_add, 0, Qt::AlignRight);
    layout->addStretch();

    // Each field is saved when the user leaves it (texts) or picks a value (lists, dates, the check box).
    const auto onText = [this](QLineEdit* edit, const char* text, QString Member::*field) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, text, field] {
            commit([edit, field](Member& m) { m.*field = edit->text(); }, tr(text));
        });
    };
    onText(m_name, QT_TR_NOOP("rename member %1"), &Member::name);
    // Choosing a directory entry points at it; text that names none is kept as typed and points at none.
    connect(m_organisation, &OrganisationPicker::edited, this, [this] {
        commit(
            [this](Member& m) {
                m.organisation = m_organisation->text();
                m.organisationUuid = m_organisation->organisationUuid();
            },
            tr("change the organisation of %1"));
    });
    onText(m_post, QT_TR_NOOP("change the post of %1"), &Member::post);
    onText(m_phone, QT_TR_NOOP("change the phone number of %1"), &Member::phone);
    // Enter in any line of a new member's form adds the member, as a form's default button would.
    for (QLineEdit* edit : {m_name, m_organisation->lineEdit(), m_post, m_phone})
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_uuid.isEmpty())
                addMember();
        });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        commit([this](Member& m) { m.category = enumcombo::value<MemberCategory>(m_category); },
               tr("change the category of %1"));
    });
    connect(m_sex, &QComboBox::currentIndexChanged, this, [this] {
        commit([this](Member& m) { m.sex = enumcombo::value<Sex>(m_sex); }, tr("change the sex of %1"));
    });
    connect(m_ageBand, &QComboBox::currentIndexChanged, this, [this] {
        commit([this](Member& m) { m.ageBand = enumcombo::value<AgeBand>(m_ageBand); },
               tr("change the age band of %1"));
    });
    connect(m_joined, &OptionalDateEdit::committed, this, [this] {
        commit([this](Member& m) { m.joined = m_joined->optionalDate(); }, tr("change the date %1 joined"));
    });
    connect(m_left, &OptionalDateEdit::committed, this, [this] {
        if (m_hasLeft->isChecked())
            commit([this](Member& m) { m.left = m_left->optionalDate(); }, tr("change the date %1 left"));
    });
    connect(m_hasLeft, &QCheckBox::toggled, this, [this](bool left) {
        m_left->setEnabled(left);
        if (left)
            commit([this](Member& m) { m.left = m_left->optionalDate(); }, tr("mark %1 as left"));
        else
            commit([](Member& m) { m.left = QDate(); }, tr("mark %1 as active again"));
    });
    connect(m_add, &QPushButton::clicked, this, &MemberForm::addMember);
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("organisation")))
            m_organisation->reload();
        if (kinds.contains(QStringLiteral("member")))
            reloadShown();
    });

    team::setTabChain({m_name, m_category, m_sex, m_ageBand, m_organisation, m_post, m_phone, m_joined,
                       m_hasLeft, m_left, m_add});
    retranslate();
    startNew();
}

void MemberForm::retranslate()
{
    const auto label = [this](QWidget* field, const QString& text) {
        team::setRowLabel(m_form, field, text);
    };
    label(m_name, tr("&Name:"));
    label(m_category, tr("Ca&tegory:"));
    label(m_sex, tr("&Sex:"));
    label(m_ageBand, tr("A&ge band:"));
    label(m_organisation, tr("&Organisation:"));
    label(m_post, tr("&Post:"));
    label(m_phone, tr("P&hone:"));
    label(m_joined, tr("&Joined:"));
    m_leftCaption->setText(tr("Left:"));
    m_hasLeft->setText(tr("Has &left the team on"));
    m_add->setText(tr("&Add member"));
    m_name->setPlaceholderText(tr("First name and surname"));
    m_organisation->lineEdit()->setPlaceholderText(
        tr("Choose from the directory, or type, for example the women's committee of the Jamoat"));
    const bool loading = m_loading;
    m_loading = true; // renaming the entries must not save anything
    enumcombo::fill<MemberCategory>(m_category);
    enumcombo::fill<Sex>(m_sex);
    enumcombo::fill<AgeBand>(m_ageBand);
    m_loading = loading;
    m_joined->setEmptyText(QCoreApplication::translate("hamkori::TeamPage", "not known"));
    if (m_uuid.isEmpty())
        m_heading->setText(tr("New member"));
    else
        m_heading->setText(tr("Member: %1").arg(m_name->text()));
}

void MemberForm::setTeam(const QString& teamUuid)
{
    m_team = teamUuid;
    startNew();
}

void MemberForm::startNew()
{
    m_uuid.clear();
    m_errors->clear();
    Member blank;
    blank.joined = QDate::currentDate();
    fill(blank);
    m_add->show();
    m_add->setEnabled(!m_team.isEmpty());
    m_heading->setText(tr("New member"));
}

bool MemberForm::showMember(const QString& memberUuid)
{
    auto member = TeamRepository(m_session.db()).member(memberUuid);
    if (!member)
        return false;
    m_errors->clear();
    m_uuid = memberUuid;
    fill(*member);
    m_add->hide();
    m_heading->setText(tr("Member: %1").arg(member->name));
    return true;
}

void MemberForm::reloadShown()
{
    if (m_uuid.isEmpty())
        return;
    auto member = TeamRepository(m_session.db()).member(m_uuid);
    if (!member) {
        startNew(); // deleted (or its creation undone)
        return;
    }
    fill(*member);
    m_heading->setText(tr("Member: %1").arg(member->name));
}

void MemberForm::fill(const Member& member)
{
    m_loading = true;
    setText(m_name, member.name);
    enumcombo::select(m_category, member.category);
    enumcombo::select(m_sex, member.sex);
    enumcombo::select(m_ageBand, member.ageBand);
    m_organisation->setOrganisation(member.organisation, member.organisationUuid);
    setText(m_post, member.post);
    setText(m_phone, member.phone);
    m_joined->setOptionalDate(member.joined);
    m_hasLeft->setChecked(member.left.isValid());
    m_left->setEnabled(member.left.isValid());
    m_left->setOptionalDate(member.left);
    m_loading = false;
}

Member MemberForm::fromFields(Member member) const
{
    member.name = m_name->text();
    member.category = enumcombo::value<MemberCategory>(m_category);
    member.sex = enumcombo::value<Sex>(m_sex);
    member.ageBand = enumcombo::value<AgeBand>(m_ageBand);
    member.organisation = m_organisation->text();
    member.organisationUuid = m_organisation->organisationUuid();
    member.post = m_post->text();
    member.phone = m_phone->text();
    member.joined = m_joined->optionalDate();
    member.left = m_hasLeft->isChecked() ? m_left->optionalDate() : QDate();
    return member;
}

void MemberForm::commit(const std::function<void(Member&)>& change, const QString& text)
{
    if (m_loading || m_uuid.isEmpty())
        return;
    Database& db = m_session.db();
    auto before = TeamRepository(db).member(m_uuid);
    if (!before) {
        m_errors->show(before.error());
        return;
    }
    Member after = *before;
    change(after);
    const FieldPatch patch = RecordEdits::patch(*before, after);
    if (patch.isEmpty())
        return;
    m_errors->clear();
    auto done = undo::edit(m_session, text.arg(before->name), patch);
    if (!done)
        m_errors->show(done.error());
}

void MemberForm::addMember()
{
    if (!m_uuid.isEmpty() || m_team.isEmpty())
        return;
    Member member;
    member.teamUuid = m_team;
    member = fromFields(member);
    m_errors->clear();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("add member %1").arg(member.name.trimmed()),
                                QStringLiteral("member"), [&db, member]() -> Result<QString> {
                                    auto made = TeamRepository(db).createMember(member);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    showMember(*created);
    Q_EMIT memberAdded(*created);
}

} // namespace hamkori
