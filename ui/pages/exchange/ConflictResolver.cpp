#include "ConflictResolver.h"
#include "ConflictText.h"
#include "MergedValueEditor.h"
#include "ui/widgets/FieldErrors.h"
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hamkori::exchange {

namespace {
constexpr int kMergedChoice = 1000000; // QButtonGroup uses -1 for "none checked"
}

ConflictResolver::ConflictResolver(Database& db, QWidget* parent)
    : QGroupBox(parent), m_db(db), m_intro(new QLabel(this)), m_choiceLayout(new QVBoxLayout),
      m_group(new QButtonGroup(this)), m_merged(new MergedValueEditor(this)), m_keepOnly(new QLabel(this)),
      m_save(new QPushButton(this)), m_message(FieldErrors::makeMessageLabel(this))
{
    setObjectName(QStringLiteral("conflictResolver"));
    m_keepOnly->setObjectName(QStringLiteral("keepOnlyNote"));
    m_save->setObjectName(QStringLiteral("resolveButton"));
    m_intro->setWordWrap(true);
    m_keepOnly->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_choiceLayout);
    layout->addWidget(m_merged);
    layout->addWidget(m_keepOnly);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_message);

    connect(m_save, &QPushButton::clicked, this, &ConflictResolver::save);
    connect(m_group, &QButtonGroup::idToggled, this, &ConflictResolver::updateSave);
    connect(m_merged, &MergedValueEditor::edited, this, [this] {
        if (auto* merged = m_group->button(kMergedChoice); merged && m_merged->hasValue())
            merged->setChecked(true);
        updateSave();
    });
    retranslate();
    clearConflict();
}

void ConflictResolver::setConflict(const sync::Conflict& conflict, const QHash<QString, QString>& deviceNames)
{
    m_conflict = conflict;
    m_deviceNames = deviceNames;
    rebuild();
}

void ConflictResolver::clearConflict()
{
    m_conflict.reset();
    rebuild();
}

void ConflictResolver::addChoiceRow(const QString& text, int id)
{
    // The text is a label beside the button: a radio button's own text never wraps, so one long value made
    // the whole window wider than the screen (issue 18). The button keeps the text for tests and readers.
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* button = new QRadioButton(row);
    button->setText(QString());
    button->setAccessibleName(text);
    button->setProperty("choiceText", text);
    auto* label = new QLabel(text, row);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(QStringLiteral("choiceText"));
    label->installEventFilter(this); // a click on the text chooses, as on a radio button's own text
    label->setProperty("choiceButton", QVariant::fromValue<QObject*>(button));
    layout->addWidget(button, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    m_group->addButton(button, id);
    m_choiceLayout->addWidget(row);
    m_choiceRows << row;
}

bool ConflictResolver::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease)
        if (auto* button = qobject_cast<QRadioButton*>(watched->property("choiceButton").value<QObject*>())) {
            button->setChecked(true);
            button->setFocus(Qt::MouseFocusReason);
            return true;
        }
    return QGroupBox::eventFilter(watched, event);
}

QList<QRadioButton*> ConflictResolver::choices() const
{
    QList<QRadioButton*> buttons;
    for (QAbstractButton* button : m_group->buttons())
        buttons << static_cast<QRadioButton*>(button);
    return buttons;
}

void ConflictResolver::rebuild()
{
    for (QAbstractButton* button : m_group->buttons())
        m_group->removeButton(button);
    qDeleteAll(m_choiceRows);
    m_choiceRows.clear();
    m_values.clear();
    m_message->hide();
    const bool deletion = m_conflict && m_conflict->field == QLatin1String("deleted");
    // The editor of the field's type, starting from the value shown now (a merge usually starts there).
    sync::FieldSpec spec; // a deletion, or no conflict: no editor
    spec.type = sync::FieldType::Deletion;
    if (m_conflict && !deletion)
        spec = sync::fieldSpec(m_conflict->kind, m_conflict->field);
    m_merged->setField(spec, m_conflict ? m_conflict->versions.value(0).value : QVariant());
    m_merged->setVisible(m_merged->canWrite());
    m_keepOnly->setVisible(m_conflict && !deletion && !m_merged->canWrite());
    setEnabled(m_conflict.has_value());
    if (!m_conflict) {
        m_intro->setText(tr("Choose a conflict in the list to resolve it."));
        updateSave();
        return;
    }
    const sync::Conflict& conflict = *m_conflict;
    auto addChoice = [this](const QString& text, const QVariant& value) {
        addChoiceRow(text, int(m_values.size()));
        m_values << value;
    };
    if (deletion) {
        QStringList versions;
        for (const sync::ConflictVersion& version : conflict.versions)
            versions << tr("%1 %2: %3")
                            .arg(ConflictText::origin(version, m_deviceNames),
                                 ConflictText::fieldName(conflict.kind, version.field),
                                 ConflictText::value(m_db, conflict.kind, version));
        m_intro->setText(tr("%1 was deleted on one laptop and changed on another:\n%2")
                             .arg(conflict.label, versions.join(QLatin1Char('\n'))));
        addChoice(tr("Keep it deleted"), true);
        addChoice(tr("Bring it back with the changes"), false);
    } else {
        m_intro->setText(tr("%1, %2: the laptops hold different values. Keep one, or write the right value.")
                             .arg(conflict.label, ConflictText::fieldName(conflict.kind, conflict.field)));
        for (const sync::ConflictVersion& version : conflict.versions)
            addChoice(tr("Keep «%1» (%2)")
                          .arg(ConflictText::value(m_db, conflict.kind, version),
                               ConflictText::origin(version, m_deviceNames)),
                      version.value);
        if (m_merged->canWrite()) {
            addChoiceRow(tr("Write the value:"), kMergedChoice);
        }
    }
    if (!m_group->buttons().isEmpty())
        m_group->buttons().first()->setChecked(true);
    updateSave();
}

void ConflictResolver::updateSave()
{
    m_save->setEnabled(m_conflict && m_group->checkedButton() != nullptr);
}

bool ConflictResolver::save()
{
    if (!m_conflict || m_group->checkedButton() == nullptr)
        return false;
    const int choice = m_group->checkedId();
    const QVariant value = choice == kMergedChoice ? m_merged->value() : m_values.value(choice);
    if (auto done = sync::resolveConflict(m_db, m_conflict->record, m_conflict->field, value); !done) {
        m_message->setText(done.errorMessage());
        m_message->show();
        return false;
    }
    Q_EMIT resolved();
    return true;
}

void ConflictResolver::retranslate()
{
    setTitle(tr("Resolve the conflict"));
    m_save->setText(tr("&Save the choice"));
    m_keepOnly->setText(tr("This field refers to another record: keep one of the values. To point it "
                           "elsewhere, change the record itself after resolving."));
    rebuild();
}

void ConflictResolver::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace hamkori::exchange
