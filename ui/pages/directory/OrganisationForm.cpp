#include "OrganisationForm.h"
#include "CheckList.h"
#include "ServicesPanel.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/RecordEdits.h"
#include "ui/Session.h"
#include "ui/pages/team/FormSupport.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/CommitOnLeaveTextEdit.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hamkori {

namespace {

void setText(QLineEdit* edit, const QString& text)
{
    // What the user is typing stays: it is saved when they leave the field.
    if (edit->hasFocus() && edit->isModified())
        return;
    if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0);
    }
    edit->setModified(false);
}

} // namespace

OrganisationForm::OrganisationForm(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_form(new QFormLayout), m_name(new QLineEdit(this)), m_shortName(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_address(new QLineEdit(this)), m_contact(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_experience(new CommitOnLeaveTextEdit(this)), m_memorandum(new OptionalDateEdit(this)),
      m_memorandumHint(new QLabel(this)), m_notes(new CommitOnLeaveTextEdit(this)),
      m_districtsCaption(new QLabel(this)), m_districts(new CheckList(true, this)),
      m_expertiseCaption(new QLabel(this)), m_expertise(new CheckList(false, this)),
      m_services(new ServicesPanel(session, this)), m_create(new QPushButton(this)),
      m_general(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_general, this))
{
    m_tabs->setObjectName(QStringLiteral("organisationTabs"));
    m_name->setObjectName(QStringLiteral("organisationName"));
    m_shortName->setObjectName(QStringLiteral("organisationShortName"));
    m_kind->setObjectName(QStringLiteral("organisationKind"));
    m_address->setObjectName(QStringLiteral("organisationAddress"));
    m_contact->setObjectName(QStringLiteral("organisationContact"));
    m_phone->setObjectName(QStringLiteral("organisationPhone"));
    m_email->setObjectName(QStringLiteral("organisationEmail"));
    m_experience->setObjectName(QStringLiteral("organisationExperience"));
    m_memorandum->setObjectName(QStringLiteral("organisationMemorandum"));
    m_notes->setObjectName(QStringLiteral("organisationNotes"));
    m_districts->setObjectName(QStringLiteral("organisationDistricts"));
    m_expertise->setObjectName(QStringLiteral("organisationExpertise"));
    m_create->setObjectName(QStringLiteral("createOrganisationButton"));
    m_general->setObjectName(QStringLiteral("organisationError"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_memorandumHint->setWordWrap(true);
    m_memorandumHint->setEnabled(false); // greyed: a hint
    for (CommitOnLeaveTextEdit* text : {m_experience, m_notes}) {
        text->setMinimumHeight(text->fontMetrics().lineSpacing() * 3 + 12);
        text->setMaximumHeight(text->fontMetrics().lineSpacing() * 5 + 12);
    }
    enumcombo::fill<OrganisationKind>(m_kind);
    m_create->setDefault(true);

    const auto error = [this](const char* field, QWidget* editor) {
        auto* label = FieldErrors::makeMessageLabel(this);
        label->setObjectName(QStringLiteral("organisationError_%1").arg(QLatin1String(field)));
        m_errors->bind(QLatin1String(field), editor, label);
        return label;
    };
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels are made with a stand-in text (an empty one makes none) and named in retranslate().
    m_form->addRow(QStringLiteral("-"), m_name);
    m_form->addRow(error("name", m_name));
    m_form->addRow(QStringLiteral("-"), m_shortName);
    m_form->addRow(QStringLiteral("-"), m_kind);
    m_form->addRow(QStringLiteral("-"), m_address);
    m_form->addRow(QStringLiteral("-"), m_contact);
    m_form->addRow(QStringLiteral("-"), m_phone);
    m_form->addRow(QStringLiteral("-"), m_email);
    m_form->addRow(error("email", m_email));
    m_form->addRow(QStringLiteral("-"), m_experience);
    m_form->addRow(QStringLiteral("-"), m_memorandum);
    m_form->addRow(m_memorandumHint);
    m_form->addRow(error("memorandum_signed", m_memorandum));
    m_form->addRow(QStringLiteral("-"), m_notes);
    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addLayout(m_form);
    detailsLayout->addStretch();

    auto* where = new QWidget(this);
    auto* whereLayout = new QHBoxLayout(where);
    auto* districtColumn = new QVBoxLayout;
    m_districtsCaption->setBuddy(m_districts->list());
    m_districtsCaption->setWordWrap(true);
    m_expertiseCaption->setWordWrap(true);
    districtColumn->addWidget(m_districtsCaption);
    districtColumn->addWidget(m_districts, 1);
    districtColumn->addWidget(error("districts", m_districts->list()));
    auto* expertiseColumn = new QVBoxLayout;
    m_expertiseCaption->setBuddy(m_expertise->list());
    expertiseColumn->addWidget(m_expertiseCaption);
    expertiseColumn->addWidget(m_expertise, 1);
    expertiseColumn->addWidget(error("expertise", m_expertise->list()));
    whereLayout->addLayout(districtColumn, 2);
    whereLayout->addLayout(expertiseColumn, 3);

    m_tabs->addTab(details, QString());
    m_tabs->addTab(where, QString());
    m_tabs->addTab(m_services, QString());

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_create);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_general);
    layout->addLayout(buttons);

    const auto onText = [this](QLineEdit* edit, const char* text, QString Organisation::*field) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, text, field] {
            edit->setModified(false); // what is stored is shown again from now on (an undo, say)
            commit([edit, field](Organisation& o) { o.*field = edit->text(); }, text);
        });
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (isNew())
                create();
        });
    };
    onText(m_name, QT_TR_NOOP("rename the organisation %1"), &Organisation::name);
    onText(m_shortName, QT_TR_NOOP("change the short name of %1"), &Organisation::shortName);
    onText(m_address, QT_TR_NOOP("change the address of %1"), &Organisation::address);
    onText(m_contact, QT_TR_NOOP("change the contact person of %1"), &Organisation::contactPerson);
    onText(m_phone, QT_TR_NOOP("change the phone number of %1"), &Organisation::phone);
    onText(m_email, QT_TR_NOOP("change the e-mail address of %1"), &Organisation::email);
    connect(m_experience, &CommitOnLeaveTextEdit::committed, this, [this] {
        commit([this](Organisation& o) { o.internationalExperience = m_experience->toPlainText(); },
               QT_TR_NOOP("change the international experience of %1"));
    });
    connect(m_notes, &CommitOnLeaveTextEdit::committed, this, [this] {
        commit([this](Organisation& o) { o.notes = m_notes->toPlainText(); },
               QT_TR_NOOP("change the notes on %1"));
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        commit([this](Organisation& o) { o.kind = enumcombo::value<OrganisationKind>(m_kind); },
               QT_TR_NOOP("change the kind of %1"));
    });
    connect(m_memorandum, &OptionalDateEdit::committed, this, [this] {
        commit([this](Organisation& o) { o.memorandumSigned = m_memorandum->optionalDate(); },
               QT_TR_NOOP("change the date %1 signed the network's memorandum"));
    });
    connect(m_districts, &CheckList::edited, this, [this](const QStringList& ticked) {
        commit([ticked](Organisation& o) { o.districtUuids = ticked; },
               QT_TR_NOOP("change the districts of %1"));
    });
    connect(m_expertise, &CheckList::edited, this, [this](const QStringList& ticked) {
        commit([ticked](Organisation& o) { o.expertiseUuids = ticked; },
               QT_TR_NOOP("change the fields of expertise of %1"));
    });
    connect(m_create, &QPushButton::clicked, this, &OrganisationForm::create);

    team::setTabChain({m_name, m_shortName, m_kind, m_address, m_contact, m_phone, m_email, m_experience,
                       m_memorandum, m_notes, m_create});
    retranslate();
    startNew();
}

void OrganisationForm::retranslate()
{
    const auto label = [this](QWidget* field, const QString& text) {
        team::setRowLabel(m_form, field, text);
    };
    label(m_name, tr("&Name:"));
    label(m_shortName, tr("S&hort name:"));
    label(m_kind, tr("&Kind:"));
    label(m_address, tr("&Address:"));
    label(m_contact, tr("&Contact person:"));
    label(m_phone, tr("&Phone:"));
    label(m_email, tr("&E-mail:"));
    label(m_experience, tr("&International experience:"));
    m_experience->setToolTip(tr("Experience with international agencies: projects, partners and years"));
    label(m_memorandum, tr("Network &memorandum signed on:"));
    label(m_notes, tr("N&otes:"));
    m_tabs->setTabText(0, tr("&Details"));
    m_tabs->setTabText(1, tr("&Where it works and what it knows"));
    m_tabs->setTabText(2, tr("&Services"));
    m_districtsCaption->setText(tr("Dis&tricts and cities where it is active:"));
    m_expertiseCaption->setText(tr("&Fields of expertise:"));
    m_districts->filter()->setPlaceholderText(tr("Type to find a district or city"));
    m_name->setPlaceholderText(tr("The full name, as registered"));
    m_shortName->setPlaceholderText(tr("For example: ОҶ «Нур»"));
    m_email->setPlaceholderText(tr("name@example.tj"));
    m_experience->setPlaceholderText(tr("Projects with UN agencies, OSCE, embassies… and the years"));
    m_memorandum->setEmptyText(tr("not a member"));
    m_memorandumHint->setText(
        tr("Leave empty when the organisation has not signed the network's memorandum."));
    m_create->setText(tr("Add to the &directory"));
    const bool loading = m_loading;
    m_loading = true; // renaming the entries must not save anything
    enumcombo::fill<OrganisationKind>(m_kind);
    m_loading = loading;
    m_heading->setText(isNew() ? tr("New organisation") : m_name->text());
    m_services->retranslate();
}

void OrganisationForm::setNames(const directory::Names& names)
{
    m_loading = true;
    directory::fillPlaces(m_districts, names);
    directory::fillItems(m_expertise, names.expertise);
    m_loading = false;
    m_names = names;
    m_services->setOrganisation(m_uuid, m_name->text(), m_names);
}

void OrganisationForm::startNew()
{
    m_uuid.clear();
    m_errors->clear();
    fill(Organisation{});
    m_create->show();
    m_heading->setText(tr("New organisation"));
    m_tabs->setTabEnabled(2, false); // services are added once it is in the directory
}

void OrganisationForm::showOrganisation(const QString& uuid)
{
    auto organisation = uuid.isEmpty() ? Result<Organisation>(Error{})
                                       : DirectoryRepository(m_session.db()).organisation(uuid);
    if (!organisation) {
        startNew();
        return;
    }
    if (uuid != m_uuid)
        m_errors->clear();
    m_uuid = uuid;
    fill(*organisation);
    m_create->hide();
    m_tabs->setTabEnabled(2, true);
}

void OrganisationForm::reloadShown()
{
    if (isNew())
        return;
    auto organisation = DirectoryRepository(m_session.db()).organisation(m_uuid);
    if (!organisation) {
        startNew(); // deleted, or its creation undone
        return;
    }
    fill(*organisation);
}

void OrganisationForm::fill(const Organisation& organisation)
{
    m_loading = true;
    setText(m_name, organisation.name);
    setText(m_shortName, organisation.shortName);
    enumcombo::select(m_kind, organisation.kind);
    setText(m_address, organisation.address);
    setText(m_contact, organisation.contactPerson);
    setText(m_phone, organisation.phone);
    setText(m_email, organisation.email);
    m_experience->load(organisation.internationalExperience);
    m_memorandum->setOptionalDate(organisation.memorandumSigned);
    m_notes->load(organisation.notes);
    m_districts->setChecked(organisation.districtUuids);
    m_expertise->setChecked(organisation.expertiseUuids);
    if (!organisation.meta.uuid.isEmpty())
        m_heading->setText(organisation.name);
    m_loading = false;
    m_services->setOrganisation(organisation.meta.uuid, organisation.name, m_names);
}

Organisation OrganisationForm::fromFields(Organisation organisation) const
{
    organisation.name = m_name->text();
    organisation.shortName = m_shortName->text();
    organisation.kind = enumcombo::value<OrganisationKind>(m_kind);
    organisation.address = m_address->text();
    organisation.contactPerson = m_contact->text();
    organisation.phone = m_phone->text();
    organisation.email = m_email->text();
    organisation.internationalExperience = m_experience->toPlainText();
    organisation.memorandumSigned = m_memorandum->optionalDate();
    organisation.notes = m_notes->toPlainText();
    organisation.districtUuids = m_districts->checked();
    organisation.expertiseUuids = m_expertise->checked();
    return organisation;
}

void OrganisationForm::commit(const std::function<void(Organisation&)>& change, const char* text)
{
    if (m_loading || isNew())
        return;
    auto before = DirectoryRepository(m_session.db()).organisation(m_uuid);
    if (!before) {
        m_errors->show(before.error());
        return;
    }
    Organisation after = *before;
    change(after);
    const FieldPatch patch = RecordEdits::patch(*before, after);
    m_errors->clear();
    if (patch.isEmpty())
        return;
    auto done = undo::edit(m_session, tr(text).arg(before->name), patch);
    if (!done)
        m_errors->show(done.error());
}

void OrganisationForm::create()
{
    if (!isNew())
        return;
    if (!m_memorandum->readTyped())
        return; // the field says why what was typed is not a date
    const Organisation organisation = fromFields(Organisation{});
    m_errors->clear();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("add %1 to the directory").arg(organisation.name.trimmed()),
                                QStringLiteral("organisation"), [&db, organisation]() -> Result<QString> {
                                    auto made = DirectoryRepository(db).createOrganisation(organisation);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
    if (!created) {
        const Error& refused = created.error();
        if (refused.field == u"districts" || refused.field == u"expertise")
            m_tabs->setCurrentIndex(1);
        else
            m_tabs->setCurrentIndex(0);
        m_errors->show(refused);
        return;
    }
    showOrganisation(*created);
    Q_EMIT organisationCreated(*created);
}

} // namespace hamkori
