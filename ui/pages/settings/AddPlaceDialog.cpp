#include "AddPlaceDialog.h"
#include "GazetteerModel.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/FieldErrors.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hamkori::settings {

AddPlaceDialog::AddPlaceDialog(Session& session, const GazetteerModel& gazetteer, QWidget* parent)
    : QDialog(parent), m_session(session), m_region(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_english(new QLineEdit(this)), m_tajik(new QLineEdit(this)), m_russian(new QLineEdit(this)),
      m_former(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_errors(nullptr)
{
    setObjectName(QStringLiteral("addPlaceDialog"));
    setWindowTitle(tr("Add a place to the gazetteer"));
    m_region->setObjectName(QStringLiteral("placeRegion"));
    m_kind->setObjectName(QStringLiteral("placeKind"));
    m_english->setObjectName(QStringLiteral("placeNameEn"));
    m_tajik->setObjectName(QStringLiteral("placeNameTg"));
    m_russian->setObjectName(QStringLiteral("placeNameRu"));
    m_former->setObjectName(QStringLiteral("placeFormerNames"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));

    for (const GazetteerEntry& region : gazetteer.regions())
        m_region->addItem(region.name(Translations::current()), region.regionCode);
    for (const QString& kind : GazetteerModel::kinds())
        if (kind != u"region")
            m_kind->addItem(GazetteerModel::kindName(kind), kind);
    // Examples, each in its own language: not translated.
    m_english->setPlaceholderText(QStringLiteral("Isfara"));
    m_tajik->setPlaceholderText(QStringLiteral("Шаҳри Исфара"));
    m_russian->setPlaceholderText(QStringLiteral("г. Исфара"));
    m_former->setPlaceholderText(tr("Separate several names with a slash: Leninabad / Ленинабад"));

    auto* general = FieldErrors::makeMessageLabel(this);
    m_errors = new FieldErrors(general, this);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto addRow = [&](const QString& label, QWidget* editor, const QString& field) {
        auto* message = FieldErrors::makeMessageLabel(this);
        auto* column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(editor);
        column->addWidget(message);
        // A row label beside a layout gets no buddy from QFormLayout and would show its "&".
        auto* rowLabel = new QLabel(label, this);
        rowLabel->setBuddy(editor);
        form->addRow(rowLabel, column);
        if (!field.isEmpty())
            m_errors->bind(field, editor, message);
        return message;
    };
    addRow(tr("&Region:"), m_region, QStringLiteral("region"));
    addRow(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    addRow(tr("Name in &English:"), m_english, QString());
    addRow(tr("Name in &Tajik:"), m_tajik, QString());
    QLabel* nameMessage = addRow(tr("Name in R&ussian:"), m_russian, QString());
    // The three names are refused together: the message goes under the last of them.
    m_errors->bind(QStringLiteral("name"), m_english, nameMessage);
    addRow(tr("&Former names:"), m_former, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddPlaceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddPlaceDialog::reject);
}

void AddPlaceDialog::accept()
{
    GazetteerEntry entry;
    entry.regionCode = m_region->currentData().toString();
    entry.kind = m_kind->currentData().toString();
    entry.nameEn = m_english->text().simplified();
    entry.nameTg = m_tajik->text().simplified();
    entry.nameRu = m_russian->text().simplified();
    entry.formerNames = m_former->text().simplified();
    Database& db = m_session.db();
    auto created = undo::create(m_session, tr("add %1").arg(entry.name(Translations::current())),
                                QStringLiteral("gazetteer"), [&db, entry]() -> Result<QString> {
                                    auto added = ReferenceRepository(db).addPlace(entry);
                                    if (!added)
                                        return added.error();
                                    return added->meta.uuid;
                                });
    if (!created) {
        m_errors->show(created.error());
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace hamkori::settings
