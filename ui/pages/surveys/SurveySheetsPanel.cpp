#include "SurveySheetsPanel.h"
#include "SheetModel.h"
#include "SurveyEdits.h"
#include "core/model/Questionnaire.h"
#include "ui/pages/events/EntryGrid.h"
#include "ui/widgets/FieldErrors.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace hamkori {

namespace {

/// Digits, spaces and commas only: a cell holds option numbers.
class DigitsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* edit = new QLineEdit(parent);
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[0-9 ,;]{0,40}$")), edit));
        edit->setAlignment(Qt::AlignCenter);
        return edit;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* edit = qobject_cast<QLineEdit*>(editor))
            edit->setText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* edit = qobject_cast<QLineEdit*>(editor))
            model->setData(index, edit->text(), Qt::EditRole);
    }
};

/// An entry grid that stays on a cell whose digits were refused, with its editor open again on what was
/// typed, so that the digit is corrected before going on.
class SheetGrid : public EntryGrid
{
public:
    using EntryGrid::EntryGrid;
    void refused() { m_refused = true; }

protected:
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override
    {
        if (!m_refused) {
            EntryGrid::closeEditor(editor, hint);
            return;
        }
        m_refused = false;
        const QModelIndex at = currentIndex();
        EntryGrid::closeEditor(editor, QAbstractItemDelegate::NoHint);
        if (at.isValid())
            edit(at);
    }

private:
    bool m_refused = false;
};

template <typename E> QString numbered()
{
    QStringList parts;
    int number = 0;
    for (const auto& entry : EnumTraits<E>::entries())
        parts << QStringLiteral("%1 %2").arg(++number).arg(displayName(entry.value));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

SurveySheetsPanel::SurveySheetsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new SheetModel(session, this)),
      m_caption(new QLabel(this)), m_column(new QLabel(this)), m_grid(new SheetGrid(this)),
      m_error(FieldErrors::makeMessageLabel(this)), m_tally(new QLabel(this)), m_delete(new QPushButton(this))
{
    m_grid->setObjectName(QStringLiteral("sheetGrid"));
    m_column->setObjectName(QStringLiteral("sheetColumnHelp"));
    m_error->setObjectName(QStringLiteral("sheetError"));
    m_tally->setObjectName(QStringLiteral("sheetTally"));
    m_delete->setObjectName(QStringLiteral("deleteSheetButton"));
    m_caption->setWordWrap(true);
    m_column->setWordWrap(true);
    m_column->setTextFormat(Qt::PlainText);
    m_column->setFrameShape(QFrame::StyledPanel);
    m_column->setMargin(4);
    // Room for a question and its options on two or three lines, so that the table does not jump.
    m_column->setMinimumHeight(3 * m_column->fontMetrics().lineSpacing() + 10);
    m_column->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_error->setWordWrap(true);
    m_caption->setBuddy(m_grid);
    m_grid->setModel(m_model);
    m_grid->setItemDelegate(new DigitsDelegate(m_grid));
    m_grid->horizontalHeader()->setMinimumSectionSize(24);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_tally, 1);
    bottom->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_column);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_error);
    layout->addLayout(bottom);

    connect(m_model, &SheetModel::editRefused, this, [this](const QString& message) {
        static_cast<SheetGrid*>(m_grid)->refused();
        m_error->setText(message);
        m_error->show();
    });
    connect(m_model, &SheetModel::editSaved, m_error, &QWidget::hide);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateTally();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SurveySheetsPanel::updateTally);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SurveySheetsPanel::updateTally);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SurveySheetsPanel::showColumn);
    connect(m_delete, &QPushButton::clicked, this, &SurveySheetsPanel::deleteSheet);
    retranslate();
    setSurvey(QString());
}

void SurveySheetsPanel::retranslate()
{
    m_caption->setText(tr("&Sheets: one row a sheet, digits for the options, Tab to the next answer, Enter "
                          "at the end of a row for the next sheet. Several answers: 1 6 or 1,6."));
    m_delete->setText(tr("&Delete the sheet"));
    m_model->retranslate();
    showColumn(m_grid->currentIndex());
}

void SurveySheetsPanel::setSurvey(const QString& surveyUuid)
{
    m_error->hide();
    m_model->setSurvey(surveyUuid);
    setEnabled(!surveyUuid.isEmpty());
    showColumn(QModelIndex());
}

void SurveySheetsPanel::fitColumns()
{
    QHeaderView* header = m_grid->horizontalHeader();
    const int digit = m_grid->fontMetrics().horizontalAdvance(QStringLiteral("0,0,0")) + 12;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        const int title = header->fontMetrics().horizontalAdvance(
                              m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) +
                          14;
        header->resizeSection(column, std::max(digit, title));
    }
}

void SurveySheetsPanel::showColumn(const QModelIndex& current)
{
    m_delete->setEnabled(current.isValid() && !m_model->isNewRow(current.row()));
    if (!current.isValid()) {
        m_column->setText(tr("Click a cell, or type into the last row, to enter a sheet; the question of the "
                             "column shows here with its options."));
        return;
    }
    switch (current.column()) {
    case SheetModel::SheetColumn:
        m_column->setText(tr("The sheet's number is given in order; it is written on the paper sheet."));
        return;
    case SheetModel::SexColumn:
        m_column->setText(tr("Sex: %1").arg(numbered<Sex>()));
        return;
    case SheetModel::AgeColumn:
        m_column->setText(tr("Age: %1").arg(numbered<AgeBand>()));
        return;
    case SheetModel::GroupColumn:
        m_column->setText(tr("Respondent group: %1").arg(numbered<RespondentGroup>()));
        return;
    default:
        break;
    }
    const SurveyQuestion* q = m_model->questionAt(current.column());
    if (!q)
        return;
    QStringList options;
    const QStringList names = m_model->optionsOf(*q);
    for (int i = 0; i < names.size(); ++i)
        options << QStringLiteral("%1 %2").arg(i + 1).arg(names[i]);
    QString how;
    if (q->answerKind == AnswerKind::OneOption)
        how = tr("one answer");
    else if (q->maxChoices > 0)
        how = tr("up to %1 answers").arg(q->maxChoices);
    else
        how = tr("several answers");
    m_column->setText(QStringLiteral("%1. %2 (%3)\n%4")
                          .arg(q->number)
                          .arg(questionnaire::text(*q), how, options.join(QStringLiteral(" · "))));
}

void SurveySheetsPanel::updateTally()
{
    const QList<SurveyResponse>& sheets = m_model->records();
    int women = 0;
    for (const SurveyResponse& r : sheets)
        women += r.sex == Sex::Female ? 1 : 0;
    m_tally->setText(
        tr("%n sheet(s): %1 women, %2 men.", "", int(sheets.size())).arg(women).arg(sheets.size() - women));
}

void SurveySheetsPanel::deleteSheet()
{
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid() || m_model->isNewRow(current.row()))
        return;
    const SurveyResponse r = m_model->records().at(current.row());
    QString code;
    if (auto found = SurveyRepository(m_session.db()).survey(r.surveyUuid))
        code = found->code;
    if (auto done = surveys::remove<SurveyResponse>(
            m_session, tr("delete survey sheet %1 of %2").arg(r.sheet).arg(code), r.meta.uuid);
        !done) {
        m_error->setText(done.errorMessage());
        m_error->show();
    }
}

} // namespace hamkori
