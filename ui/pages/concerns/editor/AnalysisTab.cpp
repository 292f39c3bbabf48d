#include "AnalysisTab.h"
#include "ConcernEdits.h"
#include "DriverListModel.h"
#include "EditorFields.h"
#include "TextListEditor.h"
#include "TextListModel.h"
#include "ui/widgets/CommitOnLeaveTextEdit.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hamkori {

namespace {

QString& sideOf(ProblemTriangle& t, int side)
{
    QString* sides[] = {&t.offender, &t.victim, &t.place, &t.handler, &t.guardian, &t.manager};
    return *sides[side];
}

const QString& sideOf(const ProblemTriangle& t, int side)
{
    return sideOf(const_cast<ProblemTriangle&>(t), side);
}

QLabel* hintLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

AnalysisTab::AnalysisTab(ConcernEdits& edits, QWidget* parent)
    : QWidget(parent), m_edits(edits), m_causesBox(new QGroupBox(this)), m_effectsBox(new QGroupBox(this)),
      m_causes(new TextListEditor(QStringLiteral("causes"), m_causesBox)),
      m_effects(new TextListEditor(QStringLiteral("effects"), m_effectsBox)),
      m_driversBox(new QGroupBox(this)), m_drivers(new QListView(m_driversBox)),
      m_driverModel(new DriverListModel(edits, this)), m_triangleBox(new QGroupBox(this)),
      m_triangleIntro(hintLabel(m_triangleBox)), m_genderBox(new QGroupBox(this)),
      m_gender(new CommitOnLeaveTextEdit(m_genderBox)), m_conflictBox(new QGroupBox(this)),
      m_risk(new QComboBox(m_conflictBox)), m_mitigation(new CommitOnLeaveTextEdit(m_conflictBox)),
      m_baselineBox(new QGroupBox(this)), m_baselineValue(new QLineEdit(m_baselineBox)),
      m_baselineDescription(new QLineEdit(m_baselineBox)), m_baselineDate(new OptionalDateEdit(m_baselineBox))
{
    // Causes above effects, like the roots and branches of a problem tree: side by side, their buttons with
    // Tajik and Russian names made the tab wider than the editor at 1366×768.
    auto* causesLayout = new QVBoxLayout(m_causesBox);
    causesLayout->addWidget(m_causes);
    auto* effectsLayout = new QVBoxLayout(m_effectsBox);
    effectsLayout->addWidget(m_effects);
    auto* tree = new QVBoxLayout;
    tree->addWidget(m_causesBox);
    tree->addWidget(m_effectsBox);
    // The undo text is translated when the edit is made (the language may change in between).
    const auto commitList = [this](const char* text, QStringList Concern::*member) {
        return [this, text, member](const QStringList& items) {
            return save(tr(text), [items, member](Concern& c) { c.*member = items; });
        };
    };
    m_causes->model()->setCommit(commitList(QT_TR_NOOP("change the causes of %1"), &Concern::causes));
    m_effects->model()->setCommit(commitList(QT_TR_NOOP("change the effects of %1"), &Concern::effects));

    m_drivers->setObjectName(QStringLiteral("drivers"));
    m_drivers->setModel(m_driverModel);
    m_drivers->setFlow(QListView::LeftToRight);
    m_drivers->setWrapping(true);
    m_drivers->setResizeMode(QListView::Adjust);
    m_drivers->setUniformItemSizes(false);
    m_drivers->setSpacing(2);
    m_drivers->setMinimumHeight(64);
    m_drivers->setMinimumWidth(120);
    m_drivers->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_drivers->setMaximumHeight(110);
    auto* driversLayout = new QVBoxLayout(m_driversBox);
    driversLayout->addWidget(m_drivers);

    // The triangle as a 2×3 grid: the three sides on top, under each the one who can act on it.
    static const char* const kSideNames[] = {"offender", "victim",   "trianglePlace",
                                             "handler",  "guardian", "manager"};
    auto* grid = new QGridLayout;
    for (int side = 0; side < SideCount; ++side) {
        m_sideLabel[side] = new QLabel(m_triangleBox);
        m_sideLabel[side]->setWordWrap(true); // the long names of the sides must not widen the tab
        m_sideHint[side] = hintLabel(m_triangleBox);
        m_side[side] = new QLineEdit(m_triangleBox);
        m_side[side]->setObjectName(QString::fromLatin1(kSideNames[side]));
        m_sideLabel[side]->setBuddy(m_side[side]);
        const int row = side < 3 ? 0 : 3;
        const int column = side % 3;
        grid->addWidget(m_sideLabel[side], row, column);
        grid->addWidget(m_side[side], row + 1, column);
        grid->addWidget(m_sideHint[side], row + 2, column, Qt::AlignTop);
        connect(m_side[side], &QLineEdit::editingFinished, this, [this, side] { saveTriangle(side); });
    }
    grid->setRowMinimumHeight(3, 8);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    auto* triangleLayout = new QVBoxLayout(m_triangleBox);
    triangleLayout->addWidget(m_triangleIntro);
    triangleLayout->addLayout(grid);

    m_gender->setObjectName(QStringLiteral("genderNotes"));
    m_gender->setMinimumHeight(60);
    m_gender->setMaximumHeight(100);
    auto* genderLayout = new QVBoxLayout(m_genderBox);
    genderLayout->addWidget(m_gender);
    connect(m_gender, &CommitOnLeaveTextEdit::committed, this, [this] {
        const QString text = m_gender->toPlainText();
        save(tr("change the gender notes of %1"), [text](Concern& c) { c.genderNotes = text; });
    });

    m_risk->setObjectName(QStringLiteral("conflictRisk"));
    m_mitigation->setObjectName(QStringLiteral("mitigation"));
    m_mitigation->setMinimumHeight(60);
    m_mitigation->setMaximumHeight(100);
    auto* conflictForm = new QFormLayout(m_conflictBox);
    conflictForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addRow(m_risk, m_conflictBox);
    addRow(m_mitigation, m_conflictBox);
    connect(m_risk, &QComboBox::currentIndexChanged, this, [this] {
        const auto risk = fields::enumOf<ConflictRisk>(m_risk);
        save(tr("change the conflict risk of %1"), [risk](Concern& c) { c.conflictRisk = risk; });
    });
    connect(m_mitigation, &CommitOnLeaveTextEdit::committed, this, [this] {
        const QString text = m_mitigation->toPlainText();
        save(tr("change the conflict mitigation of %1"), [text](Concern& c) { c.conflictMitigation = text; });
    });

    m_baselineValue->setObjectName(QStringLiteral("baselineValue"));
    m_baselineDescription->setObjectName(QStringLiteral("baselineDescription"));
    m_baselineDate->setObjectName(QStringLiteral("baselineDate"));
    auto* validator = new QDoubleValidator(m_baselineValue);
    validator->setNotation(QDoubleValidator::StandardNotation);
    m_baselineValue->setValidator(validator);
    auto* baselineForm = new QFormLayout(m_baselineBox);
    baselineForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addRow(m_baselineValue, m_baselineBox);
    addRow(m_baselineDescription, m_baselineBox);
    addRow(m_baselineDate, m_baselineBox);
    auto* baselineError = FieldErrors::makeMessageLabel(m_baselineBox);
    baselineError->setObjectName(QStringLiteral("baselineError"));
    baselineForm->addRow(nullptr, baselineError);
    m_edits.errors()->bind(QStringLiteral("baseline_date"), m_baselineDate, baselineError);
    m_edits.errors()->bind(QStringLiteral("baseline_value"), m_baselineValue, baselineError);
    connect(m_baselineValue, &QLineEdit::editingFinished, this, &AnalysisTab::saveBaseline);
    connect(m_baselineDescription, &QLineEdit::editingFinished, this, &AnalysisTab::saveBaseline);
    connect(m_baselineDate, &OptionalDateEdit::committed, this, &AnalysisTab::saveBaseline);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(tree);
    contentLayout->addWidget(m_driversBox);
    contentLayout->addWidget(m_triangleBox);
    contentLayout->addWidget(m_genderBox);
    contentLayout->addWidget(m_conflictBox);
    contentLayout->addWidget(m_baselineBox);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // A pane narrower than the form (the editor beside the register at 1280 px) scrolls instead of cutting
    // the fields off on the right (issue 18).
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    for (TextListEditor* list : {m_causes, m_effects})
        list->view()->setMaximumHeight(140);
}

void AnalysisTab::addRow(QWidget* field, QWidget* container)
{
    auto* form = static_cast<QFormLayout*>(container->layout());
    auto* label = new QLabel(container);
    label->setBuddy(field);
    m_labels.insert(field, label);
    form->addRow(label, field);
}

bool AnalysisTab::save(const QString& text, const std::function<void(Concern&)>& change)
{
    return !m_edits.uuid().isEmpty() && m_edits.save(text.arg(m_edits.code()), change);
}

void AnalysisTab::saveTriangle(int side)
{
    const QString text = m_side[side]->text();
    m_side[side]->setModified(false);
    if (!save(tr("change the problem triangle of %1"),
              [side, text](Concern& c) { sideOf(c.triangle, side) = text; }))
        m_side[side]->setModified(true);
}

// The three baseline fields are saved together: a figure needs its date, so a figure refused for want of a
// date is saved with the date as soon as the date is entered.
void AnalysisTab::saveBaseline()
{
    std::optional<double> value;
    const QString typed = m_baselineValue->text().trimmed();
    if (!typed.isEmpty()) {
        bool ok = false;
        const double number = QLocale().toDouble(typed, &ok);
        if (!ok) {
            m_edits.showError(fieldError(
                QStringLiteral("baseline_value"),
                tr("Enter the baseline figure as a number, e.g. %1.").arg(QLocale().toString(12.5))));
            return;
        }
        value = number;
    }
    const QString description = m_baselineDescription->text();
    const QDate date = m_baselineDate->optionalDate();
    m_baselineValue->setModified(false);
    m_baselineDescription->setModified(false);
    if (!save(tr("change the baseline of %1"), [value, description, date](Concern& c) {
            c.baselineValue = value;
            c.baselineDescription = description;
            c.baselineDate = date;
        })) {
        m_baselineValue->setModified(true);
        m_baselineDescription->setModified(true);
    }
}

void AnalysisTab::load()
{
    const Concern& c = m_edits.concern();
    m_causes->model()->setItems(c.causes);
    m_effects->model()->setItems(c.effects);
    m_driverModel->reload();
    for (int side = 0; side < SideCount; ++side)
        fields::load(m_side[side], sideOf(c.triangle, side));
    m_gender->load(c.genderNotes);
    fields::fillEnum(m_risk, c.conflictRisk);
    m_mitigation->load(c.conflictMitigation);
    fields::load(m_baselineValue,
                 c.baselineValue ? QLocale().toString(*c.baselineValue, 'g', QLocale::FloatingPointShortest)
                                 : QString());
    fields::load(m_baselineDescription, c.baselineDescription);
    m_baselineDate->setOptionalDate(c.baselineDate);
}

void AnalysisTab::retranslate()
{
    m_causesBox->setTitle(tr("Causes"));
    m_effectsBox->setTitle(tr("Effects"));
    m_causes->setPlaceholder(tr("Add a cause, then press Enter"));
    m_effects->setPlaceholder(tr("Add an effect, then press Enter"));
    m_causes->retranslate();
    m_effects->retranslate();
    m_driversBox->setTitle(tr("Drivers"));
    m_drivers->setToolTip(tr("Tick what drives the concern"));
    m_triangleBox->setTitle(tr("Problem triangle"));
    m_triangleIntro->setText(
        tr("Describe groups and places, never names of people. Under each side: who can act "
           "on it."));
    const QString labels[] = {tr("O&ffender:"), tr("&Victim:"),   tr("Pla&ce:"),
                              tr("&Handler:"),  tr("&Guardian:"), tr("&Manager:")};
    const QString hints[] = {tr("Who causes the harm"),
                             tr("Who is harmed"),
                             tr("Where and when it happens"),
                             tr("Who has influence over the offender (family, elders, employer)"),
                             tr("Who can protect the victim (neighbours, teachers, police)"),
                             tr("Who is responsible for the place (Jamoat, owner, school)")};
    for (int side = 0; side < SideCount; ++side) {
        m_sideLabel[side]->setText(labels[side]);
        m_sideHint[side]->setText(hints[side]);
        m_side[side]->setToolTip(hints[side]);
    }
    m_genderBox->setTitle(tr("Gender notes"));
    m_gender->setPlaceholderText(tr("How the concern affects women, men, girls and boys differently"));
    m_conflictBox->setTitle(tr("Conflict sensitivity"));
    m_labels.value(m_risk)->setText(tr("Conflict &risk:"));
    m_labels.value(m_mitigation)->setText(tr("Mi&tigation:"));
    m_risk->setToolTip(tr("Could working on this concern inflame tensions?"));
    m_mitigation->setPlaceholderText(tr("What the team does so that working on it does no harm"));
    m_baselineBox->setTitle(tr("Baseline"));
    m_labels.value(m_baselineValue)->setText(tr("&Figure:"));
    m_labels.value(m_baselineDescription)->setText(tr("What it &counts:"));
    m_labels.value(m_baselineDate)->setText(tr("&Date of the figure:"));
    m_baselineValue->setPlaceholderText(tr("Optional, e.g. 12"));
    m_baselineDescription->setPlaceholderText(tr("e.g. reported cases a month"));
    m_baselineDate->setEmptyText(tr("no date"));
}

} // namespace hamkori
