#include "RegisterConcernDialog.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/widgets/FieldErrors.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hamkori {

RegisterConcernDialog::RegisterConcernDialog(Database& db, const QString& meetingCode, RaisedBy suggested,
                                             Submit submit, QWidget* parent)
    : QDialog(parent), m_submit(std::move(submit)), m_title(new QLineEdit(this)),
      m_category(new QComboBox(this)), m_raisedBy(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_errors(nullptr)
{
    setObjectName(QStringLiteral("registerConcernDialog"));
    setWindowTitle(tr("Register a concern raised at %1").arg(meetingCode));
    m_title->setObjectName(QStringLiteral("concernTitle"));
    m_category->setObjectName(QStringLiteral("concernCategory"));
    m_raisedBy->setObjectName(QStringLiteral("concernRaisedBy"));
    m_title->setPlaceholderText(tr("A short title, e.g. Dark street near the school"));

    const QString language = Translations::current();
    if (auto items = ReferenceRepository(db).items(ReferenceList::Category))
        for (const ReferenceItem& item : *items)
            m_category->addItem(item.name(language), item.meta.uuid);
    m_category->setPlaceholderText(tr("Choose a category"));
    m_category->setCurrentIndex(-1);
    for (const QString& code : allCodes<RaisedBy>()) {
        const RaisedBy value = *enumFromCode<RaisedBy>(code);
        m_raisedBy->addItem(displayName(value), code);
    }
    m_raisedBy->setCurrentIndex(m_raisedBy->findData(codeOf(suggested)));

    auto* general = FieldErrors::makeMessageLabel(this);
    m_errors = new FieldErrors(general, this);
    auto* titleMessage = FieldErrors::makeMessageLabel(this);
    auto* categoryMessage = FieldErrors::makeMessageLabel(this);
    m_errors->bind(QStringLiteral("title"), m_title, titleMessage);
    m_errors->bind(QStringLiteral("category"), m_category, categoryMessage);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Title:"), FieldErrors::withMessage(m_title, titleMessage, this));
    form->addRow(tr("&Category:"), FieldErrors::withMessage(m_category, categoryMessage, this));
    form->addRow(tr("&Raised by:"), m_raisedBy);
    auto* hint =
        new QLabel(tr("Name a group, never a person. You can describe and analyse the concern on the "
                      "Concerns page."),
                   this);
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegisterConcernDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

QString RegisterConcernDialog::title() const
{
    return m_title->text().trimmed();
}

QString RegisterConcernDialog::categoryUuid() const
{
    return m_category->currentData().toString();
}

RaisedBy RegisterConcernDialog::raisedBy() const
{
    return enumFromCode<RaisedBy>(m_raisedBy->currentData().toString()).value_or(RaisedBy::Mixed);
}

void RegisterConcernDialog::accept()
{
    m_errors->clear();
    if (m_submit) {
        if (auto done = m_submit(*this); !done) {
            m_errors->show(done.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace hamkori
