#include "ActivityDetailForm.h"
#include "ActivityTableModel.h"
#include "ui/widgets/CommitOnLeaveTextEdit.h"
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace hamkori::plans {

ActivityDetailForm::ActivityDetailForm(ActivityTableModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_resources(new CommitOnLeaveTextEdit(this)),
      m_outcome(new QLineEdit(this)), m_baseline(new QLineEdit(this)), m_target(new QLineEdit(this)),
      m_verification(new QLineEdit(this)), m_risks(new CommitOnLeaveTextEdit(this)),
      m_notes(new CommitOnLeaveTextEdit(this))
{
    using M = ActivityTableModel;
    m_resources->setObjectName(QStringLiteral("activityResources"));
    m_outcome->setObjectName(QStringLiteral("activityOutcome"));
    m_baseline->setObjectName(QStringLiteral("activityBaseline"));
    m_target->setObjectName(QStringLiteral("activityTarget"));
    m_verification->setObjectName(QStringLiteral("activityVerification"));
    m_risks->setObjectName(QStringLiteral("activityRisks"));
    m_notes->setObjectName(QStringLiteral("activityNotes"));
    for (QLineEdit* number : {m_baseline, m_target}) {
        auto* validator = new QDoubleValidator(number);
        validator->setNotation(QDoubleValidator::StandardNotation);
        number->setValidator(validator);
        number->setMaximumWidth(120);
    }
    for (CommitOnLeaveTextEdit* text : {m_resources, m_risks, m_notes}) {
        text->setMinimumHeight(44);
        text->setMaximumHeight(text->fontMetrics().lineSpacing() * 4 + 12);
    }

    auto label = [this](int column, QWidget* buddy) {
        auto* l = new QLabel(this);
        l->setBuddy(buddy);
        l->setWordWrap(true);
        m_labels.append({column, l});
        return l;
    };
    auto* numbers = new QWidget(this);
    auto* numbersLayout = new QHBoxLayout(numbers);
    numbersLayout->setContentsMargins(0, 0, 0, 0);
    auto* baselineLabel = label(M::Baseline, m_baseline);
    auto* targetLabel = label(M::Target, m_target);
    numbersLayout->addWidget(baselineLabel);
    numbersLayout->addWidget(m_baseline);
    numbersLayout->addWidget(targetLabel);
    numbersLayout->addWidget(m_target);
    numbersLayout->addStretch();

    auto* left = new QFormLayout;
    left->setRowWrapPolicy(QFormLayout::WrapLongRows);
    left->addRow(label(M::Resources, m_resources), m_resources);
    left->addRow(label(M::OutcomeIndicator, m_outcome), m_outcome);
    left->addRow(QString(), numbers);
    left->addRow(label(M::Verification, m_verification), m_verification);
    auto* right = new QFormLayout;
    right->setRowWrapPolicy(QFormLayout::WrapLongRows);
    right->addRow(label(M::Risks, m_risks), m_risks);
    right->addRow(label(M::GenderConflictNotes, m_notes), m_notes);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    connect(m_resources, &CommitOnLeaveTextEdit::committed, this,
            [this] { commit(M::Resources, m_resources->toPlainText()); });
    connect(m_risks, &CommitOnLeaveTextEdit::committed, this,
            [this] { commit(M::Risks, m_risks->toPlainText()); });
    connect(m_notes, &CommitOnLeaveTextEdit::committed, this,
            [this] { commit(M::GenderConflictNotes, m_notes->toPlainText()); });
    for (int column : {int(M::OutcomeIndicator), int(M::Baseline), int(M::Target), int(M::Verification)}) {
        QLineEdit* edit = lineFor(column);
        connect(edit, &QLineEdit::editingFinished, this,
                [this, edit, column] { commit(column, edit->text()); });
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { reload(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { reload(); });
    retranslate();
    setRow(-1);
}

QLineEdit* ActivityDetailForm::lineFor(int column)
{
    switch (column) {
    case ActivityTableModel::OutcomeIndicator:
        return m_outcome;
    case ActivityTableModel::Baseline:
        return m_baseline;
    case ActivityTableModel::Target:
        return m_target;
    default:
        return m_verification;
    }
}

void ActivityDetailForm::setRow(int row)
{
    m_row = row >= 0 ? QPersistentModelIndex(m_model->index(row, 0)) : QPersistentModelIndex();
    reload();
}

void ActivityDetailForm::reload()
{
    setEnabled(m_row.isValid());
    auto value = [this](int column) {
        return m_row.isValid() ? m_model->index(m_row.row(), column).data(Qt::DisplayRole).toString()
                               : QString();
    };
    m_resources->load(value(ActivityTableModel::Resources));
    m_risks->load(value(ActivityTableModel::Risks));
    m_notes->load(value(ActivityTableModel::GenderConflictNotes));
    for (int column : {int(ActivityTableModel::OutcomeIndicator), int(ActivityTableModel::Baseline),
                       int(ActivityTableModel::Target), int(ActivityTableModel::Verification)}) {
        QLineEdit* edit = lineFor(column);
        const QString text = value(column);
        if (edit->text() != text)
            edit->setText(text);
    }
}

void ActivityDetailForm::commit(int column, const QVariant& value)
{
    if (!m_row.isValid())
        return;
    m_model->setData(m_model->index(m_row.row(), column), value, Qt::EditRole);
}

void ActivityDetailForm::retranslate()
{
    for (const auto& [column, label] : m_labels)
        label->setText(ActivityTableModel::columnName(column) + QLatin1Char(':'));
}

} // namespace hamkori::plans
