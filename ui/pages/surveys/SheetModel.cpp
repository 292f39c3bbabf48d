#include "SheetModel.h"
#include "SurveyEdits.h"
#include "core/model/Questionnaire.h"
#include "core/storage/ReferenceRepository.h"
#include "translations/Translations.h"
#include <QColor>
#include <QRegularExpression>

namespace hamkori {

namespace {

quint64 cellKey(int row, int column)
{
    return (quint64(quint32(row)) << 32) | quint32(column);
}

/// The value of an enum typed as its 1-based number.
template <typename E> std::optional<E> readNumbered(const QString& text)
{
    bool ok = false;
    const int number = text.trimmed().toInt(&ok);
    const auto& entries = EnumTraits<E>::entries();
    if (!ok || number < 1 || number > int(entries.size()))
        return std::nullopt;
    return entries[std::size_t(number - 1)].value;
}

template <typename E> int numberOf(E value)
{
    const auto& entries = EnumTraits<E>::entries();
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i].value == value)
            return int(i) + 1;
    return 0;
}

} // namespace

SheetModel::SheetModel(Session& session, QObject* parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(&session.db(), &Database::recordsChanged, this, [this](const QStringList& kinds) {
        if (m_survey.isEmpty())
            return;
        if (kinds.contains(QStringLiteral("survey_question")) || kinds.contains(QStringLiteral("survey")) ||
            kinds.contains(QStringLiteral("reference_item"))) {
            setSurvey(m_survey);
            return;
        }
        if (kinds.contains(QStringLiteral("survey_response"))) {
            if (m_saving.isEmpty())
                refresh();
            else
                refreshOne(m_saving);
        }
    });
}

void SheetModel::setSurvey(const QString& surveyUuid)
{
    beginResetModel();
    m_survey = surveyUuid;
    m_pending.clear();
    reloadQuestions();
    m_rows = load();
    endResetModel();
}

void SheetModel::retranslate()
{
    setSurvey(m_survey);
}

void SheetModel::reloadQuestions()
{
    m_questions.clear();
    m_categories.clear();
    m_code.clear();
    if (m_survey.isEmpty())
        return;
    SurveyRepository surveys(m_session.db());
    if (auto found = surveys.survey(m_survey))
        m_code = found->code;
    if (auto all = surveys.questions(m_survey))
        m_questions = *all;
    if (auto items = ReferenceRepository(m_session.db()).items(ReferenceList::Category))
        for (const ReferenceItem& item : *items)
            m_categories.insert(item.meta.uuid, item.name(Translations::current()));
}

QString SheetModel::categoryName(const QString& uuid) const
{
    return m_categories.value(uuid, tr("(deleted)"));
}

QStringList SheetModel::optionsOf(const SurveyQuestion& question) const
{
    return questionnaire::options(question, questionnaire::windowLanguage(),
                                  [this](const QString& uuid) { return categoryName(uuid); });
}

const SurveyQuestion* SheetModel::questionAt(int column) const
{
    const int i = column - FirstQuestion;
    return i >= 0 && i < m_questions.size() ? &m_questions[i] : nullptr;
}

SurveyResponse SheetModel::blank() const
{
    SurveyResponse r;
    r.surveyUuid = m_survey;
    if (!m_survey.isEmpty())
        if (auto next = SurveyRepository(m_session.db()).nextSheet(m_survey))
            r.sheet = *next;
    return r;
}

QList<SurveyResponse> SheetModel::load()
{
    m_blankShown = blank();
    if (m_survey.isEmpty())
        return {};
    auto rows = SurveyRepository(m_session.db()).responses(m_survey);
    return rows ? *rows : QList<SurveyResponse>{};
}

void SheetModel::refresh()
{
    QList<SurveyResponse> rows = load();
    const qsizetype old = m_rows.size();
    bool prefix = rows.size() >= old;
    for (qsizetype i = 0; prefix && i < old; ++i)
        prefix = rows[i].meta.uuid == m_rows[i].meta.uuid;
    if (!prefix) {
        beginResetModel();
        m_pending.clear();
        m_rows = rows;
        endResetModel();
        return;
    }
    const int added = int(rows.size() - old);
    const int columns = columnCount();
    if (added > 0) {
        // The new row typed into becomes the first sheet added, and a fresh new row comes under it: the
        // cursor and the editing stay on the row typed into.
        m_newRowHidden = true;
        m_rows = rows.mid(0, old + 1);
        Q_EMIT dataChanged(index(int(old), 0), index(int(old), columns - 1));
        beginInsertRows({}, int(old) + 1, int(old) + added);
        m_rows = rows;
        m_newRowHidden = false;
        endInsertRows();
    } else {
        m_rows = rows;
    }
    const int last = int(old) - 1 + (added == 0 ? 1 : 0);
    if (last >= 0)
        Q_EMIT dataChanged(index(0, 0), index(last, columns - 1));
}

void SheetModel::refreshOne(const QString& uuid)
{
    auto found = SurveyRepository(m_session.db()).response(uuid);
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].meta.uuid == uuid) {
            if (!found) {
                refresh();
                return;
            }
            m_rows[row] = *found;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
    refresh();
}

int SheetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + (hasNewRow() ? 1 : 0);
}

int SheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_survey.isEmpty() ? 0 : FirstQuestion + int(m_questions.size());
}

QString SheetModel::cellText(const SurveyResponse& r, int column) const
{
    switch (column) {
    case SheetColumn:
        return QString::number(r.sheet);
    case SexColumn:
        return QString::number(numberOf(r.sex));
    case AgeColumn:
        return QString::number(numberOf(r.ageBand));
    case GroupColumn:
        return QString::number(numberOf(r.group));
    default:
        if (const SurveyQuestion* q = questionAt(column))
            return SurveyRepository::answerText(r.answer(q->number));
        return {};
    }
}

QVariant SheetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const bool fresh = isNewRow(index.row());
    const SurveyResponse& r = fresh ? m_blankShown : m_rows[index.row()];
    const auto pending = m_pending.constFind(cellKey(index.row(), index.column()));
    switch (role) {
    case Qt::DisplayRole:
        if (pending != m_pending.cend())
            return *pending;
        // The new row shows only its sheet number.
        if (fresh && index.column() != SheetColumn)
            return {};
        return cellText(r, index.column());
    case Qt::EditRole:
        if (pending != m_pending.cend())
            return *pending;
        return fresh ? QString() : cellText(r, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == SheetColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        return fresh ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::BackgroundRole:
        // What core refused stays in its cell, marked, until it is corrected.
        return pending != m_pending.cend() ? QVariant(QColor(255, 205, 205)) : QVariant();
    case Qt::ToolTipRole: {
        if (fresh)
            return tr("Type here to add the next sheet.");
        switch (index.column()) {
        case SexColumn:
            return displayName(r.sex);
        case AgeColumn:
            return displayName(r.ageBand);
        case GroupColumn:
            return displayName(r.group);
        default:
            break;
        }
        if (const SurveyQuestion* q = questionAt(index.column())) {
            const QStringList options = optionsOf(*q);
            QStringList chosen;
            for (int option : r.answer(q->number))
                chosen << QStringLiteral("%1 %2").arg(option).arg(options.value(option - 1));
            return chosen.join(QStringLiteral("; "));
        }
        return {};
    }
    default:
        return {};
    }
}

Qt::ItemFlags SheetModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != SheetColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant SheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case SheetColumn:
        return tip ? tr("The number of the paper sheet") : tr("Sheet");
    case SexColumn:
        return tip ? tr("Sex: 1 woman, 2 man") : tr("Sex");
    case AgeColumn:
        return tip ? tr("Age band, 1 to 4") : tr("Age");
    case GroupColumn:
        return tip ? tr("Respondent group, 1 to 6") : tr("Group");
    default:
        if (const SurveyQuestion* q = questionAt(section))
            return tip ? QStringLiteral("%1. %2").arg(q->number).arg(questionnaire::text(*q))
                       : QString::number(q->number);
        return {};
    }
}

bool SheetModel::readAnswer(const QString& text, int optionCount, QList<int>& options)
{
    options.clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList parts = trimmed.split(separators, Qt::SkipEmptyParts);
    QList<int> read;
    for (const QString& part : parts) {
        for (const QChar ch : part)
            if (!ch.isDigit())
                return false;
        // "16" is options 1 and 6 when no option has two digits, as people type ticks quickly.
        if (parts.size() == 1 && part.size() > 1 && optionCount <= 9) {
            for (const QChar ch : part)
                read << ch.digitValue();
        } else {
            read << part.toInt();
        }
    }
    options = read;
    return true;
}

QString SheetModel::refuse(const QModelIndex& index, const QString& typed, const QString& message)
{
    m_pending.insert(cellKey(index.row(), index.column()), typed);
    Q_EMIT editRefused(message);
    Q_EMIT dataChanged(index, index);
    return message;
}

bool SheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount() ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString typed = value.toString().trimmed();
    const quint64 key = cellKey(index.row(), index.column());
    const bool fresh = isNewRow(index.row());
    const SurveyResponse before = fresh ? m_blankShown : m_rows[index.row()];
    SurveyResponse after = before;
    switch (index.column()) {
    case SexColumn:
    case AgeColumn:
    case GroupColumn: {
        if (typed.isEmpty()) {
            // Nothing typed: the sheet keeps what it had (a new sheet is not made by passing through).
            if (m_pending.remove(key) > 0)
                Q_EMIT dataChanged(index, index);
            return true;
        }
        bool ok = true;
        if (index.column() == SexColumn) {
            const auto sex = readNumbered<Sex>(typed);
            ok = bool(sex);
            if (sex)
                after.sex = *sex;
            if (!ok)
                refuse(index, typed, tr("Sex: type 1 for a woman or 2 for a man."));
        } else if (index.column() == AgeColumn) {
            const auto band = readNumbered<AgeBand>(typed);
            ok = bool(band);
            if (band)
                after.ageBand = *band;
            if (!ok)
                refuse(index, typed,
                       tr("Age: type 1 for under 18, 2 for 18–29, 3 for 30–49 or 4 for 50 and over."));
        } else {
            const auto group = readNumbered<RespondentGroup>(typed);
            ok = bool(group);
            if (group)
                after.group = *group;
            if (!ok)
                refuse(index, typed,
                       tr("Respondent group: type a number from 1 to %1.")
                           .arg(EnumTraits<RespondentGroup>::entries().size()));
        }
        if (!ok)
            return false;
        break;
    }
    default: {
        const SurveyQuestion* q = questionAt(index.column());
        if (!q)
            return false;
        QList<int> options;
        if (!readAnswer(typed, int(optionsOf(*q).size()), options)) {
            refuse(index, typed, tr("Type the numbers of the options chosen: 2, or 1 6 for several."));
            return false;
        }
        if (fresh && options.isEmpty()) {
            if (m_pending.remove(key) > 0)
                Q_EMIT dataChanged(index, index);
            return true;
        }
        after.setAnswer(q->number, options);
        break;
    }
    }
    if (!fresh && SurveyRepository::fieldsOf(before) == SurveyRepository::fieldsOf(after)) {
        if (m_pending.remove(key) > 0)
            Q_EMIT dataChanged(index, index);
        return true; // nothing changed: passed through with Tab
    }
    Result<void> done;
    if (fresh) {
        auto made =
            surveys::add(m_session, tr("enter survey sheet %1 of %2").arg(after.sheet).arg(m_code), after);
        done = made ? Result<void>() : Result<void>(made.error());
    } else {
        m_saving = before.meta.uuid;
        done = surveys::change(m_session, tr("change survey sheet %1 of %2").arg(before.sheet).arg(m_code),
                               before, after);
        m_saving.clear();
    }
    if (!done) {
        refuse(index, typed, done.errorMessage());
        return false;
    }
    if (m_pending.remove(key) > 0)
        Q_EMIT dataChanged(index, index);
    Q_EMIT editSaved();
    return true;
}

} // namespace hamkori
