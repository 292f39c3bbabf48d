#include "CommitmentRepository.h"
#include "../model/Formats.h"
#include "Codes.h"
#include "Rows.h"

namespace hamkori {

namespace {

QString noCommitment()
{
    return CommitmentRepository::tr("This request or recommendation no longer exists; it may have been "
                                    "deleted.");
}

Fields commitmentFields(const Commitment& c)
{
    return {{QStringLiteral("team"), c.teamUuid},
            {QStringLiteral("code"), c.code.trimmed()},
            {QStringLiteral("kind"), codeOf(c.kind)},
            {QStringLiteral("text"), c.text.trimmed()},
            {QStringLiteral("meeting"), rows::reference(c.meetingUuid)},
            {QStringLiteral("plan"), rows::reference(c.planUuid)},
            {QStringLiteral("organisation"), rows::reference(c.organisationUuid)},
            {QStringLiteral("addressed_to"), c.addressedTo.trimmed()},
            {QStringLiteral("made"), c.made},
            {QStringLiteral("due"), c.due},
            {QStringLiteral("answer"), c.answer.trimmed()},
            {QStringLiteral("answered"), c.answered},
            {QStringLiteral("status"), codeOf(c.status)},
            {QStringLiteral("pledged"), c.pledged},
            {QStringLiteral("delivered"), c.delivered}};
}

Commitment readCommitment(const QSqlRecord& row)
{
    Commitment c;
    c.meta = rows::meta(row);
    c.teamUuid = rows::text(row, "team");
    c.code = rows::text(row, "code");
    c.kind = rows::enumValue(row, "kind", CommitmentKind::Request);
    c.text = rows::text(row, "text");
    c.meetingUuid = rows::text(row, "meeting");
    c.planUuid = rows::text(row, "plan");
    c.organisationUuid = rows::text(row, "organisation");
    c.addressedTo = rows::text(row, "addressed_to");
    c.made = rows::date(row, "made");
    c.due = rows::date(row, "due");
    c.answer = rows::text(row, "answer");
    c.answered = rows::date(row, "answered");
    c.status = rows::enumValue(row, "status", CommitmentStatus::Waiting);
    c.pledged = row.value(QStringLiteral("pledged")).toDouble();
    c.delivered = row.value(QStringLiteral("delivered")).toDouble();
    return c;
}

CommitmentSummary readSummary(const QSqlRecord& row)
{
    CommitmentSummary summary{readCommitment(row), rows::text(row, "team_name"),
                              rows::text(row, "organisation_name")};
    if (summary.addressee.isEmpty())
        summary.addressee = summary.commitment.addressedTo;
    return summary;
}

const QString kSummaryColumns = QStringLiteral(
    "SELECT c.*, t.name AS team_name, o.name AS organisation_name FROM commitments c JOIN teams t ON t.uuid "
    "= "
    "c.team LEFT JOIN organisations o ON o.uuid = c.organisation AND o.deleted = 0 WHERE c.deleted = 0 AND "
    "t.deleted = 0 ");

} // namespace

Result<void> CommitmentRepository::validate(const Commitment& commitment)
{
    if (!exists("team", commitment.teamUuid))
        return fieldError(QStringLiteral("team"), tr("Choose the team that made the request."));
    if (commitment.text.trimmed().isEmpty())
        return fieldError(QStringLiteral("text"), tr("Write what was asked or recommended."));
    if (commitment.organisationUuid.isEmpty() && commitment.addressedTo.trimmed().isEmpty())
        return fieldError(QStringLiteral("organisation"),
                          tr("Choose the body it was addressed to from the directory, or type its name."));
    if (!commitment.organisationUuid.isEmpty() && !exists("organisation", commitment.organisationUuid))
        return fieldError(QStringLiteral("organisation"),
                          tr("The organisation chosen is no longer in the directory. Choose another one."));
    if (!commitment.made.isValid())
        return fieldError(QStringLiteral("made"), tr("Enter the date it was made as dd.MM.yyyy."));
    if (commitment.due.isValid() && commitment.due < commitment.made)
        return fieldError(QStringLiteral("due"),
                          tr("The due date (%1) is before the date it was made (%2).")
                              .arg(Formats::date(commitment.due), Formats::date(commitment.made)));
    if (commitment.answered.isValid() && commitment.answered < commitment.made)
        return fieldError(QStringLiteral("answered"),
                          tr("The answer (%1) is dated before the request was made (%2).")
                              .arg(Formats::date(commitment.answered), Formats::date(commitment.made)));
    if (!commitment.meetingUuid.isEmpty() && !isMeetingOfTeam(commitment.meetingUuid, commitment.teamUuid))
        return fieldError(
            QStringLiteral("meeting"),
            tr("The meeting chosen is not one of this team's. Choose one of its meetings, or none."));
    if (!commitment.planUuid.isEmpty() && !isOfTeam("plan", commitment.planUuid, commitment.teamUuid))
        return fieldError(
            QStringLiteral("plan"),
            tr("The action plan chosen is not one of this team's. Choose one of its plans, or none."));
    if (commitment.pledged < 0 || commitment.delivered < 0)
        return fieldError(QStringLiteral("pledged"), tr("An amount in somoni cannot be negative."));
    return checkCodeFree("commitments", commitment.code, commitment.teamUuid, commitment.meta.uuid);
}

Result<Commitment> CommitmentRepository::createCommitment(Commitment commitment)
{
    if (auto valid = validate(commitment); !valid)
        return valid.error();
    commitment.meta.uuid = newUuid();
    auto done = inTransaction([&]() -> Result<void> {
        if (commitment.code.trimmed().isEmpty()) {
            auto team = store().fetch(QStringLiteral("team"), commitment.teamUuid);
            if (!team)
                return team.error();
            auto code =
                codes::next(m_db.connection(), QStringLiteral("commitments"), commitment.teamUuid,
                            codes::commitmentPrefix(rows::text(*team, "code"), commitment.made.year()), 2);
            if (!code)
                return code.error();
            commitment.code = *code;
        }
        return store().insert(QStringLiteral("commitment"), commitment.meta.uuid,
                              commitmentFields(commitment));
    });
    if (!done)
        return done.error();
    return this->commitment(commitment.meta.uuid);
}

Result<void> CommitmentRepository::updateCommitment(const Commitment& commitment)
{
    if (auto valid = validate(commitment); !valid)
        return valid;
    return updateRecord("commitment", commitment.meta.uuid, commitmentFields(commitment), noCommitment());
}

Result<QList<RecordRef>> CommitmentRepository::deleteCommitment(const QString& uuid)
{
    return deleteRecord("commitment", uuid, noCommitment());
}

Result<Commitment> CommitmentRepository::commitment(const QString& uuid)
{
    return readOne<Commitment>("commitment", uuid, readCommitment, noCommitment());
}

Result<QList<CommitmentSummary>> CommitmentRepository::commitments(const QStringList& teamUuids)
{
    QVariantList values;
    QString statement = kSummaryColumns;
    if (!teamUuids.isEmpty())
        statement += QStringLiteral("AND c.team IN %1 ").arg(sql::inList(teamUuids, values));
    statement += QStringLiteral("ORDER BY c.made DESC, c.code DESC");
    return readList<CommitmentSummary>(statement, values, readSummary);
}

Result<QList<CommitmentSummary>> CommitmentRepository::overdue(const QStringList& teamUuids, QDate day)
{
    QVariantList values{day.toString(Qt::ISODate)};
    QString statement =
        kSummaryColumns + QStringLiteral("AND c.status IN ('waiting', 'accepted', 'partly') AND c.due < ? ");
    if (!teamUuids.isEmpty())
        statement += QStringLiteral("AND c.team IN %1 ").arg(sql::inList(teamUuids, values));
    statement += QStringLiteral("ORDER BY c.due, c.code");
    return readList<CommitmentSummary>(statement, values, readSummary);
}

Result<CommitmentCounts> CommitmentRepository::counts(const QStringList& teamUuids, QDate from, QDate to,
                                                      QDate today)
{
    QVariantList values{today.toString(Qt::ISODate), from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    QString statement = QStringLiteral(
        "SELECT SUM(kind = 'request'), SUM(kind = 'recommendation'), "
        "SUM(kind = 'recommendation' AND status IN ('accepted', 'partly', 'done')), SUM(status <> "
        "'waiting'), "
        "SUM(status = 'done'), SUM(status IN ('waiting', 'accepted', 'partly') AND due < ?), "
        "TOTAL(pledged), TOTAL(delivered) FROM commitments c WHERE deleted = 0 AND made BETWEEN ? AND ? "
        "AND team IN (SELECT uuid FROM teams WHERE deleted = 0) ");
    if (!teamUuids.isEmpty())
        statement += QStringLiteral("AND team IN %1").arg(sql::inList(teamUuids, values));
    auto query = sql::run(m_db.connection(), statement, values);
    if (!query)
        return query.error();
    CommitmentCounts counts;
    if (query->next()) {
        counts.requests = query->value(0).toInt();
        counts.recommendations = query->value(1).toInt();
        counts.recommendationsAdopted = query->value(2).toInt();
        counts.answered = query->value(3).toInt();
        counts.done = query->value(4).toInt();
        counts.overdue = query->value(5).toInt();
        counts.pledged = query->value(6).toDouble();
        counts.delivered = query->value(7).toDouble();
    }
    return counts;
}

Fields CommitmentRepository::fieldsOf(const Commitment& record)
{
    return commitmentFields(record);
}
Commitment CommitmentRepository::commitmentFromRow(const QSqlRecord& row)
{
    return readCommitment(row);
}

} // namespace hamkori
