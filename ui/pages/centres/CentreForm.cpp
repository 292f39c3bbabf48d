#include "CentreForm.h"
#include "core/storage/CentreRepository.h"
#include "core/storage/RecordEdits.h"
#include "core/storage/TeamRepository.h"
#include "ui/Session.h"
#include "ui/pages/team/DistrictCombo.h"
#include "ui/pages/team/FormSupport.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <utility>

namespace hamkori {

namespace {

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0);
    }
}

} // namespace

CentreForm::CentreForm(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_form(new QFormLayout),
      m_name(new QLineEdit(this)), m_district(new DistrictCombo(session.db(), this)),
      m_jamoat(new QLineEdit(this)), m_address(new QLineEdit(this)), m_opened(new OptionalDateEdit(this)),
      m_renovated(new OptionalDateEdit(this)), m_hours(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)), m_groupsLabel(new QLabel(this)), m_groups(new QListWidget(this)),
      m_create(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_general(FieldErrors::makeMessageLabel(this)), m_errors(new FieldErrors(m_general, this))
{
    m_name->setObjectName(QStringLiteral("centreName"));
    m_district->setObjectName(QStringLiteral("centreDistrict"));
    m_jamoat->setObjectName(QStringLiteral("centreJamoat"));
    m_address->setObjectName(QStringLiteral("centreAddress"));
    m_opened->setObjectName(QStringLiteral("centreOpened"));
    m_renovated->setObjectName(QStringLiteral("centreRenovated"));
    m_hours->setObjectName(QStringLiteral("centreHours"));
    m_notes->setObjectName(QStringLiteral("centreNotes"));
    m_groups->setObjectName(QStringLiteral("centreGroups"));
    m_create->setObjectName(QStringLiteral("createCentreButton"));
    m_delete->setObjectName(QStringLiteral("deleteCentreButton"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    m_notes->installEventFilter(this);
    // Every team of the file is listed: the list takes the height left, and long names end in "…" rather
    // than scroll sideways.
    m_groups->setMinimumHeight(120);
    m_groups->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_groups->setTextElideMode(Qt::ElideRight);
    m_groups->setUniformItemSizes(true);
    m_groupsLabel->setBuddy(m_groups);
    m_create->setDefault(true);

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [this](const QString& field, QWidget* editor) {
        auto* message = FieldErrors::makeMessageLabel(this);
        message->setObjectName(QStringLiteral("centreError_") + field);
        m_errors->bind(field, editor, message);
        // Labels get a stand-in text (an empty one makes none) and are named in retranslate().
        m_form->addRow(QStringLiteral("-"), FieldErrors::withMessage(editor, message, this));
    };
    row(QStringLiteral("name"), m_name);
    row(QStringLiteral("district"), m_district);
    row(QStringLiteral("jamoat"), m_jamoat);
    row(QStringLiteral("address"), m_address);
    row(QStringLiteral("opened"), m_opened);
    row(QStringLiteral("renovated"), m_renovated);
    row(QStringLiteral("hours"), m_hours);
    row(QStringLiteral("notes"), m_notes);
    auto* groupsMessage = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("groups"), m_groups, groupsMessage);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addStretch();
    buttons->addWidget(m_delete);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    layout->addWidget(m_groupsLabel);
    layout->addWidget(m_groups, 1);
    layout->addWidget(groupsMessage);
    layout->addWidget(m_general);
    layout->addLayout(buttons);

    const auto onText = [this](QLineEdit* edit, const char* text, QString Centre::*field) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, text, field] {
            commit([edit, field](Centre& c) { c.*field = edit->text(); }, text);
        });
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (isNew())
                createCentre();
        });
    };
    onText(m_name, QT_TR_NOOP("change the name of centre %1"), &Centre::name);
    onText(m_jamoat, QT_TR_NOOP("change the jamoat of centre %1"), &Centre::jamoat);
    onText(m_address, QT_TR_NOOP("change the address of centre %1"), &Centre::address);
    onText(m_hours, QT_TR_NOOP("change the opening hours of centre %1"), &Centre::hours);
    connect(m_district, &DistrictCombo::districtChosen, this, [this](const QString& uuid) {
        commit([uuid](Centre& c) { c.districtUuid = uuid; }, QT_TR_NOOP("change the district of centre %1"));
    });
    connect(m_opened, &OptionalDateEdit::committed, this, [this] {
        commit([this](Centre& c) { c.opened = m_opened->optionalDate(); },
               QT_TR_NOOP("change when centre %1 opened"));
    });
    connect(m_renovated, &OptionalDateEdit::committed, this, [this] {
        commit([this](Centre& c) { c.renovated = m_renovated->optionalDate(); },
               QT_TR_NOOP("change when centre %1 was renovated"));
    });
    connect(m_groups, &QListWidget::itemChanged, this, [this] {
        if (m_loading)
            return;
        const QStringList ticked = tickedGroups();
        commit([ticked](Centre& c) { c.teamUuids = ticked; },
               QT_TR_NOOP("change the groups that meet at centre %1"));
    });
    connect(m_create, &QPushButton::clicked, this, &CentreForm::createCentre);
    connect(m_delete, &QPushButton::clicked, this, &CentreForm::deleteRequested);
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (kinds.contains(QStringLiteral("gazetteer")))
            m_district->reload();
        if (kinds.contains(QStringLiteral("team")) && isNew())
            fillGroups(tickedGroups());
        if (kinds.contains(QStringLiteral("centre")) || kinds.contains(QStringLiteral("centre_group")) ||
            kinds.contains(QStringLiteral("team")))
            reloadShown();
    });

    team::setTabChain({m_name, m_district, m_jamoat, m_address, m_opened, m_renovated, m_hours, m_notes,
                       m_groups, m_create, m_delete});
    retranslate();
    startNew();
}

bool CentreForm::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commit([this](Centre& c) { c.notes = m_notes->toPlainText(); },
               QT_TR_NOOP("change the notes of centre %1"));
    return QWidget::eventFilter(watched, event);
}

void CentreForm::retranslate()
{
    const auto label = [this](QWidget* field, const QString& text) {
        // The row holds the field with its message under it.
        for (int i = 0; i < m_form->rowCount(); ++i) {
            auto* item = m_form->itemAt(i, QFormLayout::FieldRole);
            if (item && item->widget() && item->widget()->isAncestorOf(field))
                if (auto* caption =
                        qobject_cast<QLabel*>(m_form->itemAt(i, QFormLayout::LabelRole)->widget())) {
                    caption->setText(text);
                    caption->setBuddy(field);
                }
        }
    };
    label(m_name, tr("&Name:"));
    label(m_district, tr("&District or city:"));
    label(m_jamoat, tr("&Jamoat or town:"));
    label(m_address, tr("&Address:"));
    label(m_opened, tr("&Opened on:"));
    label(m_renovated, tr("&Renovated on:"));
    label(m_hours, tr("Opening &hours:"));
    label(m_notes, tr("No&tes:"));
    m_groupsLabel->setText(tr("&Groups that meet here:"));
    m_name->setPlaceholderText(tr("For example: Centre of the jamoat Navobod"));
    m_hours->setPlaceholderText(tr("For example: Mon–Fri 9–17, reception on Thursdays"));
    m_district->lineEdit()->setPlaceholderText(tr("Type to search, or open the list"));
    m_opened->setEmptyText(tr("not known"));
    m_renovated->setEmptyText(tr("not known"));
    m_create->setText(tr("C&reate centre"));
    m_delete->setText(tr("&Delete centre…"));
    m_district->reload();
    m_heading->setText(isNew() ? tr("New community policing centre") : m_name->text());
}

void CentreForm::startNew()
{
    m_uuid.clear();
    m_errors->clear();
    Centre blank;
    // A new centre is usually where the current team meets.
    if (!m_session.currentTeam().isEmpty())
        blank.teamUuids << m_session.currentTeam();
    fill(blank);
    m_create->show();
    m_delete->hide();
}

void CentreForm::showCentre(const QString& centreUuid)
{
    auto centre = centreUuid.isEmpty() ? Result<Centre>(Error{QString(), {}})
                                       : CentreRepository(m_session.db()).centre(centreUuid);
    if (!centre) {
        startNew();
        return;
    }
    m_errors->clear();
    m_uuid = centreUuid;
    fill(*centre);
    m_create->hide();
    m_delete->show();
}

void CentreForm::reloadShown()
{
    if (isNew())
        return;
    auto centre = CentreRepository(m_session.db()).centre(m_uuid);
    if (centre)
        fill(*centre);
}

void CentreForm::fill(const Centre& centre)
{
    m_loading = true;
    setText(m_name, centre.name);
    m_district->setCurrentDistrict(centre.districtUuid);
    setText(m_jamoat, centre.jamoat);
    setText(m_address, centre.address);
    m_opened->setOptionalDate(centre.opened);
    m_renovated->setOptionalDate(centre.renovated);
    setText(m_hours, centre.hours);
    if (m_notes->toPlainText() != centre.notes)
        m_notes->setPlainText(centre.notes);
    fillGroups(centre.teamUuids);
    m_heading->setText(centre.meta.uuid.isEmpty() ? tr("New community policing centre") : centre.name);
    m_loading = false;
}

void CentreForm::fillGroups(const QStringList& ticked)
{
    const bool wasLoading = std::exchange(m_loading, true);
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    if (auto teams = TeamRepository(m_session.db()).teams())
        for (const Team& team : *teams) {
            auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(team.name, team.code), m_groups);
            item->setData(Qt::UserRole, team.meta.uuid);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(ticked.contains(team.meta.uuid) ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(item->text());
        }
    m_loading = wasLoading;
}

QStringList CentreForm::tickedGroups() const
{
    QStringList ticked;
    for (int i = 0; i < m_groups->count(); ++i)
        if (m_groups->item(i)->checkState() == Qt::Checked)
            ticked << m_groups->item(i)->data(Qt::UserRole).toString();
    return ticked;
}

void CentreForm::commit(const std::function<void(Centre&)>& change, const char* text)
{
    if (m_loading || isNew())
        return;
    auto before = CentreRepository(m_session.db()).centre(m_uuid);
    if (!before) {
        m_errors->show(before.error());
        return;
    }
    Centre after = *before;
    change(after);
    const FieldPatch patch = RecordEdits::patch(*before, after);
    m_errors->clear();
    if (patch.isEmpty())
        return;
    auto done = undo::edit(m_session, tr(text).arg(before->name), patch);
    if (!done)
        m_errors->show(done.error());
}

void CentreForm::createCentre()
{
    if (!isNew())
        return;
    Centre centre;
    centre.name = m_name->text();
    centre.districtUuid = m_district->currentDistrict();
    centre.jamoat = m_jamoat->text();
    centre.address = m_address->text();
    centre.opened = m_opened->optionalDate();
    centre.renovated = m_renovated->optionalDate();
    centre.hours = m_hours->text();
    centre.notes = m_notes->toPlainText();
    centre.teamUuids = tickedGroups();
    m_errors->clear();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("create centre %1").arg(centre.name.trimmed()),
                                QStringLiteral("centre"), [&db, centre]() -> Result<QString> {
                                    auto made = CentreRepository(db).createCentre(centre);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    showCentre(*created);
    Q_EMIT centreCreated(*created);
}

} // namespace hamkori
