#include "DirectoryMatrixDialog.h"
#include "core/report/DirectoryMatrixDocument.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/documents/DocumentPanel.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSet>
#include <QVBoxLayout>
#include <algorithm>

namespace hamkori::csv {

DirectoryMatrixDialog::DirectoryMatrixDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_district(new QComboBox(this)), m_expertise(new QComboBox(this)),
      m_contacts(new QCheckBox(this)), m_panel(new documents::DocumentPanel({false, false}, this))
{
    setObjectName(QStringLiteral("directoryMatrixDialog"));
    m_district->setObjectName(QStringLiteral("matrixDistrict"));
    m_expertise->setObjectName(QStringLiteral("matrixExpertise"));
    m_contacts->setObjectName(QStringLiteral("matrixContacts"));
    setWindowTitle(tr("Mapping matrix of organisations: print or export"));
    m_contacts->setText(tr("Include &contact details (person, phone, e-mail)"));
    m_contacts->setToolTip(tr("Contact details are personal data. Leave this off for a copy that is shared "
                              "or pinned up."));
    fillChoices();

    Database& db = session.db();
    m_panel->setBuilder([this, &db](const report::DocumentOptions& options) {
        report::DirectoryMatrixOptions matrix;
        matrix.language = options.language;
        matrix.formal = options.formal;
        matrix.districtUuid = m_district->currentData().toString();
        matrix.expertiseUuid = m_expertise->currentData().toString();
        matrix.includeContacts = m_contacts->isChecked();
        return report::DirectoryMatrixDocument::content(db, matrix);
    });
    m_panel->setSuggestedName(tr("mapping-matrix"));

    auto* form = new QFormLayout;
    form->addRow(tr("&District:"), m_district);
    form->addRow(tr("&Field of expertise:"), m_expertise);
    form->addRow(QString(), m_contacts);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, 380);
}

void DirectoryMatrixDialog::fillChoices()
{
    // Only the districts and fields the directory uses: a choice that gives an empty matrix helps nobody.
    QSet<QString> districts, fields;
    if (auto organisations = DirectoryRepository(m_session.db()).organisations())
        for (const OrganisationSummary& summary : *organisations) {
            for (const QString& uuid : summary.organisation.districtUuids)
                districts.insert(uuid);
            for (const QString& uuid : summary.organisation.expertiseUuids)
                fields.insert(uuid);
        }
    const QString language = Translations::current();
    ReferenceRepository references(m_session.db());
    m_district->addItem(tr("Every district"), QString());
    if (auto places = references.gazetteer()) {
        QList<std::pair<QString, QString>> named;
        for (const GazetteerEntry& place : *places)
            if (districts.contains(place.meta.uuid))
                named << std::pair{place.name(language), place.meta.uuid};
        std::sort(named.begin(), named.end());
        for (const auto& [name, uuid] : named)
            m_district->addItem(name, uuid);
    }
    m_expertise->addItem(tr("Every field of expertise"), QString());
    if (auto items = references.items(ReferenceList::Expertise))
        for (const ReferenceItem& item : *items)
            if (fields.contains(item.meta.uuid))
                m_expertise->addItem(item.name(language), item.meta.uuid);
}

} // namespace hamkori::csv
