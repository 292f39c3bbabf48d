#include "TalliesPanel.h"
#include "SurveyEdits.h"
#include "core/model/Questionnaire.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include "ui/pages/events/EntryDelegate.h"
#include "ui/pages/events/EntryGrid.h"
#include "ui/widgets/FieldErrors.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace hamkori {

TallyModel::TallyModel(Session& session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (!m_survey.isEmpty() && (kinds.contains(QStringLiteral("survey_tally")) ||
                                    kinds.contains(QStringLiteral("survey_question"))))
            reload();
    });
}

void TallyModel::setQuestion(const QString& surveyUuid, int number)
{
    m_survey = surveyUuid;
    m_number = number;
    reload();
}

void TallyModel::reload()
{
    QStringList options;
    QList<SurveyTally> tallies;
    SurveyRepository surveys(m_session.db());
    if (!m_survey.isEmpty()) {
        if (auto found = surveys.survey(m_survey))
            m_code = found->code;
        QHash<QString, QString> categories;
        if (auto items = ReferenceRepository(m_session.db()).items(ReferenceList::Category))
            for (const ReferenceItem& item : *items)
                categories.insert(item.meta.uuid, item.name(Translations::current()));
        if (auto all = surveys.questions(m_survey))
            for (const SurveyQuestion& q : *all)
                if (q.number == m_number)
                    options = questionnaire::options(
                        q, questionnaire::windowLanguage(),
                        [&categories](const QString& uuid) { return categories.value(uuid); });
        tallies.resize(options.size());
        for (int i = 0; i < tallies.size(); ++i) {
            tallies[i].surveyUuid = m_survey;
            tallies[i].question = m_number;
            tallies[i].option = i + 1;
        }
        if (auto stored = surveys.tallies(m_survey))
            for (const SurveyTally& t : *stored)
                if (t.question == m_number && t.option >= 1 && t.option <= tallies.size())
                    tallies[t.option - 1] = t;
    }
    if (options.size() == m_options.size()) {
        // Only counts changed: in place, so that the cursor stays where it is.
        m_options = options;
        m_tallies = tallies;
        if (!m_options.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        }
        return;
    }
    beginResetModel();
    m_options = options;
    m_tallies = tallies;
    endResetModel();
}

int TallyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_options.size());
}

int TallyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kTotalColumn + 1;
}

int TallyModel::countOf(const SurveyTally& tally, int column) const
{
    if (column < SexAgeCounts::kCells)
        return tally.people.cell(column);
    if (column == kUnsplitColumn)
        return tally.unsplit;
    return tally.total();
}

QVariant TallyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tallies.size())
        return {};
    const SurveyTally& t = m_tallies[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const int count = countOf(t, index.column());
        // An empty cell reads more easily than a page of zeros, and is typed into without erasing a 0.
        if (count == 0 && index.column() != kTotalColumn)
            return role == Qt::EditRole ? QVariant(QString()) : QVariant();
        return count;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == kTotalColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags TallyModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != kTotalColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TallyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && section >= 0 &&
            section < m_options.size())
            return QStringLiteral("%1. %2").arg(section + 1).arg(m_options[section]);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section < SexAgeCounts::kCells) {
        const Sex sex = section < SexAgeCounts::kBands ? Sex::Female : Sex::Male;
        const AgeBand band = AgeBand(section % SexAgeCounts::kBands);
        // Bands as numbers in the header, so that ten columns fit in any language; the tip names them.
        static const char* const kShortBands[] = {"<18", "18–29", "30–49", "50+"};
        if (role == Qt::ToolTipRole)
            return (sex == Sex::Female ? tr("Women, %1") : tr("Men, %1")).arg(displayName(band));
        return (sex == Sex::Female ? tr("Women\n%1") : tr("Men\n%1"))
            .arg(QString::fromUtf8(kShortBands[int(band)]));
    }
    if (section == kUnsplitColumn)
        return role == Qt::ToolTipRole ? tr("People whose sex and age were not noted") : tr("Not\nnoted");
    return tr("Total");
}

bool TallyModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_tallies.size() ||
        index.column() == kTotalColumn)
        return false;
    const QString typed = value.toString().trimmed();
    bool ok = typed.isEmpty();
    const int count = typed.isEmpty() ? 0 : typed.toInt(&ok);
    if (!ok) {
        Q_EMIT editRefused(tr("Type a count: a whole number."));
        return false;
    }
    const SurveyTally before = m_tallies[index.row()];
    SurveyTally after = before;
    if (index.column() < SexAgeCounts::kCells)
        after.people.setCell(index.column(), count);
    else
        after.unsplit = count;
    if (after.people == before.people && after.unsplit == before.unsplit)
        return true;
    Result<void> done;
    if (before.meta.uuid.isEmpty()) {
        auto made = surveys::add(
            m_session, tr("tally option %1 of question %2 of %3").arg(after.option).arg(m_number).arg(m_code),
            after);
        done = made ? Result<void>() : Result<void>(made.error());
    } else {
        done = surveys::change(m_session,
                               tr("change the tally of option %1 of question %2 of %3")
                                   .arg(after.option)
                                   .arg(m_number)
                                   .arg(m_code),
                               before, after);
    }
    if (!done) {
        Q_EMIT editRefused(done.errorMessage());
        Q_EMIT dataChanged(index, index);
        return false;
    }
    Q_EMIT editSaved();
    return true;
}

TalliesPanel::TalliesPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new TallyModel(session, this)),
      m_caption(new QLabel(this)), m_questionLabel(new QLabel(this)), m_question(new QComboBox(this)),
      m_grid(new EntryGrid(this)), m_error(FieldErrors::makeMessageLabel(this))
{
    m_question->setObjectName(QStringLiteral("tallyQuestion"));
    m_grid->setObjectName(QStringLiteral("tallyGrid"));
    m_error->setObjectName(QStringLiteral("tallyError"));
    m_caption->setWordWrap(true);
    m_error->setWordWrap(true);
    m_question->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_question->setMinimumContentsLength(20);
    m_questionLabel->setBuddy(m_question);
    m_grid->setModel(m_model);
    auto* delegate = new EntryDelegate(session.db(), m_grid);
    for (int column = 0; column < TallyModel::kTotalColumn; ++column)
        delegate->setEditor(column, EntryDelegate::Editor::Count);
    m_grid->setItemDelegate(delegate);
    m_grid->verticalHeader()->show();
    m_grid->verticalHeader()->setMaximumWidth(260);
    m_grid->verticalHeader()->setTextElideMode(Qt::ElideRight);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* chooser = new QHBoxLayout;
    chooser->addWidget(m_questionLabel);
    chooser->addWidget(m_question, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addLayout(chooser);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_error);

    connect(m_question, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setQuestion(m_survey, m_question->currentData().toInt()); });
    connect(m_model, &TallyModel::editRefused, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_model, &TallyModel::editSaved, m_error, &QWidget::hide);
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (!m_survey.isEmpty() && kinds.contains(QStringLiteral("survey_question")))
            fillQuestions();
    });
    retranslate();
    setSurvey(QString());
}

void TalliesPanel::retranslate()
{
    m_caption->setText(tr("When the sheets were only counted, type how many people chose each option, by sex "
                          "and age band. Count the people themselves on the Details tab."));
    m_questionLabel->setText(tr("&Question:"));
    fillQuestions();
}

void TalliesPanel::setSurvey(const QString& surveyUuid)
{
    m_survey = surveyUuid;
    m_error->hide();
    setEnabled(!surveyUuid.isEmpty());
    fillQuestions();
}

void TalliesPanel::fillQuestions()
{
    const int chosen = m_question->currentData().toInt();
    {
        const QSignalBlocker blocker(m_question);
        m_question->clear();
        if (!m_survey.isEmpty())
            if (auto all = SurveyRepository(m_session.db()).questions(m_survey))
                for (const SurveyQuestion& q : *all)
                    m_question->addItem(QStringLiteral("%1. %2").arg(q.number).arg(questionnaire::text(q)),
                                        q.number);
        m_question->setCurrentIndex(std::max(0, m_question->findData(chosen)));
    }
    m_model->setQuestion(m_survey, m_question->currentData().toInt());
}

} // namespace hamkori
