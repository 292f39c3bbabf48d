#pragma once
#include "../model/Team.h"
#include "Repository.h"

namespace hamkori {

/// A team with what a list of teams shows.
struct TeamSummary
{
    Team team;
    QString districtNameEn;
    QString districtNameTg;
    QString districtNameRu;
    int members = 0; // active members
    int meetings = 0;
    int concerns = 0;
    int plans = 0;
};

class TeamRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(TeamRepository)
public:
    using Repository::Repository;

    Result<Team> createTeam(Team team);
    Result<void> updateTeam(const Team& team);
    /// Deletes the team with its members, meetings, concerns, rounds and plans.
    Result<QList<RecordRef>> deleteTeam(const QString& uuid);
    Result<Team> team(const QString& uuid);
    Result<Team> teamByCode(const QString& code);
    /// The team a person names by its code, its name or its id (the console's --team). Refuses a code or a
    /// name two teams share (two laptops made them), listing the teams and saying how to choose.
    Result<Team> findTeam(const QString& codeNameOrId);
    /// The other live teams with this team's code.
    Result<QList<TeamLabel>> sharingCodeWith(const QString& teamUuid);
    /// Every set of live teams that share a code, by code (each set by name).
    Result<QList<QList<TeamLabel>>> sharedCodes();
    Result<QList<Team>> teams();
    Result<QList<TeamSummary>> summaries();

    Result<Member> createMember(Member member);
    Result<void> updateMember(const Member& member);
    Result<QList<RecordRef>> deleteMember(const QString& uuid);
    Result<Member> member(const QString& uuid);
    Result<QList<Member>> members(const QString& teamUuid);

    // The fields as the journal and a FieldPatch see them, and a record read back from them (RecordEdits).
    static Fields fieldsOf(const Team& record);
    static Team teamFromRow(const QSqlRecord& row);
    static Fields fieldsOf(const Member& record);
    static Member memberFromRow(const QSqlRecord& row);

private:
    Result<void> validate(const Team& team);
    Result<void> validate(const Member& member);
};

} // namespace hamkori
