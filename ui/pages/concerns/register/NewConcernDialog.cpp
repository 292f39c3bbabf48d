#include "NewConcernDialog.h"
#include "core/storage/ConcernRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hamkori {

NewConcernDialog::NewConcernDialog(Session& session, const QString& teamUuid, QWidget* parent)
    : QDialog(parent), m_session(session), m_team(teamUuid), m_title(new QLineEdit(this)),
      m_category(new QComboBox(this)), m_place(new QLineEdit(this)), m_raisedBy(new QComboBox(this)),
      m_firstRaised(new OptionalDateEdit(this, false)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_errors(nullptr)
{
    setObjectName(QStringLiteral("newConcernDialog"));
    setWindowTitle(tr("New concern"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_raisedBy->setObjectName(QStringLiteral("raisedByCombo"));
    m_firstRaised->setObjectName(QStringLiteral("firstRaisedEdit"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));

    m_title->setMinimumWidth(320);
    m_place->setPlaceholderText(tr("Village or mahalla"));
    m_category->addItem(tr("Choose a category…"));
    if (auto categories = ReferenceRepository(session.db()).items(ReferenceList::Category)) {
        const QString language = Translations::current();
        for (const ReferenceItem& item : *categories)
            m_category->addItem(item.name(language), item.meta.uuid);
    }
    for (int i = 0; i < enumCount<RaisedBy>(); ++i)
        m_raisedBy->addItem(displayName(RaisedBy(i)), codeOf(RaisedBy(i)));
    m_raisedBy->setCurrentIndex(m_raisedBy->findData(codeOf(RaisedBy::Mixed)));

    auto* general = FieldErrors::makeMessageLabel(this);
    m_errors = new FieldErrors(general, this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addField = [&](const QString& label, const QString& field, QWidget* editor) {
        form->addRow(label, editor);
        QLabel* message = FieldErrors::makeMessageLabel(this);
        message->setObjectName(field + QStringLiteral("Error"));
        form->addRow(message);
        m_errors->bind(field, editor, message);
    };
    addField(tr("&Title:"), QStringLiteral("title"), m_title);
    addField(tr("&Category:"), QStringLiteral("category"), m_category);
    addField(tr("&Place:"), QStringLiteral("place"), m_place);
    addField(tr("Raised &by:"), QStringLiteral("raised_by"), m_raisedBy);
    addField(tr("&First raised:"), QStringLiteral("first_raised"), m_firstRaised);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewConcernDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NewConcernDialog::accept()
{
    if (!m_firstRaised->readTyped())
        return;
    Concern concern;
    concern.teamUuid = m_team;
    concern.title = m_title->text().trimmed();
    concern.categoryUuid = m_category->currentData().toString();
    concern.place = m_place->text().trimmed();
    concern.raisedBy = enumFromCode<RaisedBy>(m_raisedBy->currentData().toString()).value_or(RaisedBy::Mixed);
    concern.firstRaised = m_firstRaised->date();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("register concern “%1”").arg(concern.title),
                                QStringLiteral("concern"), [&db, concern]() -> Result<QString> {
                                    auto made = ConcernRepository(db).createConcern(concern);
                                    if (!made)
                                        return made.error();
                                    return made->meta.uuid;
                                });
    if (!created) {
        m_errors->show(created.error()); // nothing was saved; what was typed stays
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace hamkori
