#include "TeamDetailsForm.h"
#include "DistrictCombo.h"
#include "FormSupport.h"
#include "core/storage/RecordEdits.h"
#include "core/storage/TeamRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
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

TeamDetailsForm::TeamDetailsForm(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_form(new QFormLayout),
      m_name(new QLineEdit(this)), m_code(new QLineEdit(this)),
      m_district(new DistrictCombo(session.db(), this)), m_jamoat(new QLineEdit(this)),
      m_address(new QLineEdit(this)), m_established(new OptionalDateEdit(this)), m_kind(new QComboBox(this)),
      m_codeHint(new QLabel(this)), m_codeShared(new QWidget(this)),
      m_codeSharedText(new QLabel(m_codeShared)), m_changeCode(new QPushButton(m_codeShared)),
      m_create(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_general(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_general, this))
{
    m_name->setObjectName(QStringLiteral("teamName"));
    m_code->setObjectName(QStringLiteral("teamCode"));
    m_district->setObjectName(QStringLiteral("teamDistrict"));
    m_jamoat->setObjectName(QStringLiteral("teamJamoat"));
    m_address->setObjectName(QStringLiteral("teamAddress"));
    m_established->setObjectName(QStringLiteral("teamEstablished"));
    m_kind->setObjectName(QStringLiteral("teamKind"));
    enumcombo::fill<GroupKind>(m_kind);
    m_create->setObjectName(QStringLiteral("createTeamButton"));
    m_delete->setObjectName(QStringLiteral("deleteTeamButton"));
    m_codeShared->setObjectName(QStringLiteral("teamCodeShared"));
    m_codeSharedText->setObjectName(QStringLiteral("teamCodeSharedText"));
    m_changeCode->setObjectName(QStringLiteral("changeTeamCodeButton"));
    m_codeSharedText->setWordWrap(true);
    m_codeSharedText->setStyleSheet(QStringLiteral("color: #8a4b00;")); // a warning, not an error
    auto* sharedLayout = new QVBoxLayout(m_codeShared);
    sharedLayout->setContentsMargins(0, 0, 0, 0);
    sharedLayout->addWidget(m_codeSharedText);
    sharedLayout->addWidget(m_changeCode, 0, Qt::AlignLeft);
    m_codeShared->hide();
    m_codeHint->setWordWrap(true);
    m_codeHint->setEnabled(false); // greyed: a hint, not a value
    m_code->setMaxLength(6);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_create->setDefault(true);

    auto* nameError = FieldErrors::makeMessageLabel(this);
    auto* codeError = FieldErrors::makeMessageLabel(this);
    auto* districtError = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("name"), m_name, nameError);
    m_errors->bind(QStringLiteral("code"), m_code, codeError);
    m_errors->bind(QStringLiteral("district"), m_district, districtError);
    codeError->setObjectName(QStringLiteral("teamCodeError"));
    auto* establishedError = FieldErrors::makeMessageLabel(this);
    establishedError->setObjectName(QStringLiteral("teamEstablishedError"));
    m_errors->bind(QStringLiteral("established"), m_established, establishedError);

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels are made with a stand-in text (an empty one makes none) and named in retranslate().
    m_form->addRow(QStringLiteral("-"), m_kind);
    m_form->addRow(QStringLiteral("-"), m_name);
    m_form->addRow(nameError);
    m_form->addRow(QStringLiteral("-"), m_code);
    m_form->addRow(m_codeHint);
    m_form->addRow(codeError);
    m_form->addRow(m_codeShared);
    m_form->addRow(QStringLiteral("-"), m_district);
    m_form->addRow(districtError);
    m_form->addRow(QStringLiteral("-"), m_jamoat);
    m_form->addRow(QStringLiteral("-"), m_address);
    m_form->addRow(QStringLiteral("-"), m_established);
    m_form->addRow(establishedError);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addStretch();
    buttons->addWidget(m_delete);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch();

    const auto onText = [this](QLineEdit* edit, const char* text, QString Team::*field) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, text, field] {
            commit([edit, field](Team& t) { t.*field = edit->text(); }, text);
        });
    };
    onText(m_name, QT_TR_NOOP("change the name of team %1"), &Team::name);
    onText(m_code, QT_TR_NOOP("change the code of team %1"), &Team::code);
    onText(m_jamoat, QT_TR_NOOP("change the jamoat or town of team %1"), &Team::jamoat);
    onText(m_address, QT_TR_NOOP("change the centre address of team %1"), &Team::address);
    connect(m_district, &DistrictCombo::districtChosen, this, [this](const QString& uuid) {
        commit([uuid](Team& t) { t.districtUuid = uuid; }, QT_TR_NOOP("change the district of team %1"));
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        commit([this](Team& t) { t.kind = enumcombo::value<GroupKind>(m_kind); },
               QT_TR_NOOP("change the kind of group of team %1"));
    });
    connect(m_established, &OptionalDateEdit::committed, this, [this] {
        commit([this](Team& t) { t.established = m_established->optionalDate(); },
               QT_TR_NOOP("change the date team %1 was established"));
    });
    for (QLineEdit* edit : {m_name, m_code, m_jamoat, m_address})
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (isNew())
                createTeam();
        });
    connect(m_changeCode, &QPushButton::clicked, this, [this] {
        m_code->setFocus(Qt::OtherFocusReason);
        m_code->selectAll();
    });
    connect(m_create, &QPushButton::clicked, this, &TeamDetailsForm::createTeam);
    connect(m_delete, &QPushButton::clicked, this, &TeamDetailsForm::deleteRequested);
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("gazetteer")))
            m_district->reload();
        if (kinds.contains(QStringLiteral("team")))
            reloadShown();
    });

    team::setTabChain({m_kind, m_name, m_code, m_changeCode, m_district, m_jamoat, m_address, m_established,
                       m_create, m_delete});
    retranslate();
    startNew();
}

void TeamDetailsForm::retranslate()
{
    const auto label = [this](QWidget* field, const QString& text) {
        team::setRowLabel(m_form, field, text);
    };
    label(m_kind, tr("&Kind of group:"));
    enumcombo::fill<GroupKind>(m_kind);
    label(m_name, tr("&Name:"));
    label(m_code, tr("&Code:"));
    label(m_district, tr("&District or city:"));
    label(m_jamoat, tr("&Jamoat or town:"));
    label(m_address, tr("Centre &address:"));
    label(m_established, tr("&Established:"));
    m_codeHint->setText(tr("2 to 6 capital Latin letters; concern codes start with it (ISF-2026-014)."));
    m_name->setPlaceholderText(tr("For example: CPPT of Isfara"));
    m_district->lineEdit()->setPlaceholderText(tr("Type to search, or open the list"));
    m_address->setPlaceholderText(tr("Address of the community policing centre"));
    m_create->setText(tr("C&reate team"));
    m_delete->setText(tr("&Delete team…"));
    m_established->setEmptyText(QCoreApplication::translate("hamkori::TeamPage", "not known"));
    m_district->reload();
    m_heading->setText(isNew() ? tr("New team") : m_name->text());
    m_changeCode->setText(tr("C&hange this team's code"));
    updateCodeWarning();
}

void TeamDetailsForm::updateCodeWarning()
{
    auto others = isNew() ? Result<QList<TeamLabel>>(QList<TeamLabel>())
                          : TeamRepository(m_session.db()).sharingCodeWith(m_uuid);
    if (!others || others->isEmpty()) {
        m_codeShared->hide();
        return;
    }
    QStringList names;
    for (const TeamLabel& other : *others)
        names << other.describe();
    m_codeSharedText->setText(
        tr("%n other team(s) in this data file also have the code %1: %2. Two laptops each made a team "
           "with it. Concern codes and the console program cannot tell these teams apart: give one of them "
           "another code (type it in the Code field and press Enter).",
           nullptr, int(others->size()))
            .arg(others->first().code, names.join(QStringLiteral(", "))));
    m_codeShared->show();
}

void TeamDetailsForm::startNew()
{
    m_uuid.clear();
    m_errors->clear();
    Team blank;
    fill(blank);
    m_create->show();
    m_delete->hide();
    m_heading->setText(tr("New team"));
    updateCodeWarning();
}

void TeamDetailsForm::showTeam(const QString& teamUuid)
{
    if (teamUuid.isEmpty()) {
        startNew();
        return;
    }
    auto team = TeamRepository(m_session.db()).team(teamUuid);
    if (!team) {
        startNew();
        return;
    }
    m_errors->clear();
    m_uuid = teamUuid;
    fill(*team);
    m_create->hide();
    m_delete->show();
}

void TeamDetailsForm::reloadShown()
{
    if (isNew())
        return;
    auto team = TeamRepository(m_session.db()).team(m_uuid);
    if (team)
        fill(*team);
}

void TeamDetailsForm::fill(const Team& team)
{
    m_loading = true;
    setText(m_name, team.name);
    setText(m_code, team.code);
    m_district->setCurrentDistrict(team.districtUuid);
    setText(m_jamoat, team.jamoat);
    setText(m_address, team.address);
    m_established->setOptionalDate(team.established);
    enumcombo::select(m_kind, team.kind);
    m_heading->setText(team.meta.uuid.isEmpty() ? tr("New team") : team.name);
    m_loading = false;
    updateCodeWarning();
}

void TeamDetailsForm::commit(const std::function<void(Team&)>& change, const char* text)
{
    if (m_loading || isNew())
        return;
    Database& db = m_session.db();
    auto before = TeamRepository(db).team(m_uuid);
    if (!before) {
        m_errors->show(before.error());
        return;
    }
    Team after = *before;
    change(after);
    const FieldPatch patch = RecordEdits::patch(*before, after);
    m_errors->clear(); // e.g. a refused code typed back to what it was
    if (patch.isEmpty())
        return;
    auto done = undo::edit(m_session, tr(text).arg(before->code), patch);
    if (!done)
        m_errors->show(done.error());
}

void TeamDetailsForm::createTeam()
{
    if (!isNew())
        return;
    Team team;
    team.name = m_name->text();
    team.code = m_code->text();
    team.districtUuid = m_district->currentDistrict();
    team.jamoat = m_jamoat->text();
    team.address = m_address->text();
    team.established = m_established->optionalDate();
    team.kind = enumcombo::value<GroupKind>(m_kind);
    m_errors->clear();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("create team %1").arg(team.code.trimmed()),
                                QStringLiteral("team"), [&db, team]() -> Result<QString> {
                                    auto made = TeamRepository(db).createTeam(team);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    showTeam(*created);
    Q_EMIT teamCreated(*created);
}

} // namespace hamkori
