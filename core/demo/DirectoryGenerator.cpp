#include "DirectoryGenerator.h"
#include "../storage/CentreRepository.h"
#include "../storage/CommitmentRepository.h"
#include "../storage/DirectoryRepository.h"
#include "../storage/ReferenceRepository.h"

namespace hamkori::demo {

namespace {

// Words to build organisation names from; the demo's directory file has the real-sounding ones.
const char* const kOrganisationNames[] = {
    "Ташкилоти ҷамъиятии «Зан ва ҷомеа»",
    "Ташкилоти ҷамъиятии «Ҷавонони фаъол»",
    "Маркази ҳуқуқии «Адолат»",
    "Ташкилоти ҷамъиятии «Нур»",
    "Маркази дастгирии «Ҳамдилӣ»",
    "Ташкилоти ҷамъиятии «Сулҳ»",
    "Бюрои ҳуқуқи инсон",
    "Маркази «Ояндаи нек»",
};
const char* const kCommitmentTexts[] = {
    "Насб кардани чароғҳои кӯча дар роҳи мактаб",
    "Ташкили рӯзи қабули шаҳрвандон дар ҷамоат ҳар моҳ",
    "Ҷудо кардани маблағ барои таъмири маркази ҳамкорӣ",
    "Таъини нозири минтақавӣ барои маҳаллаи нав",
    "Баррасии ҷадвали навбати обёрӣ бо иштироки деҳқонон",
    "Рекомендация: включить вопросы безопасности школьников в план хукумата",
};
const char* const kBodies[] = {"Мақомоти иҷроияи ҳокимияти давлатӣ", "Шуъбаи корҳои дохилӣ", "Ҷамоати деҳот",
                               "Шуъбаи маориф"};
const char* const kEquipment[] = {"Компютер", "Принтер", "Мизу курсӣ", "Проектор", "Генератори барқ"};

template <std::size_t N> QStringList strings(const char* const (&texts)[N])
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromUtf8(text);
    return list;
}

} // namespace

DirectoryGenerator::DirectoryGenerator(Database& db, quint32 seed, DirectoryCounts& counts)
    : m_db(db), m_random(seed ^ 0x19u), m_counts(counts)
{
}

Result<QStringList> DirectoryGenerator::listEntries(ReferenceList list)
{
    auto items = ReferenceRepository(m_db).items(list);
    if (!items)
        return items.error();
    QStringList uuids;
    for (const ReferenceItem& item : *items)
        uuids << item.meta.uuid;
    return uuids;
}

Result<void> DirectoryGenerator::createDirectory(const QStringList& districts, int organisations, int centres)
{
    auto expertise = listEntries(ReferenceList::Expertise);
    auto services = listEntries(ReferenceList::Service);
    if (!expertise || !services)
        return (!expertise ? expertise : services).error();
    const QStringList names = strings(kOrganisationNames);
    DirectoryRepository directory(m_db);
    for (int i = 0; i < organisations; ++i) {
        Organisation organisation;
        organisation.name = QStringLiteral("%1 №%2").arg(pick(names)).arg(i + 1);
        organisation.kind = i % 4 == 0 ? pickEnum<OrganisationKind>() : OrganisationKind::Cso;
        organisation.address = QStringLiteral("кӯчаи Рӯдакӣ %1").arg(1 + m_random.bounded(200));
        organisation.contactPerson = QStringLiteral("Раҳимова М.");
        organisation.phone = QStringLiteral("+992 93 %1").arg(1000000 + m_random.bounded(8999999));
        if (m_random.bounded(3) != 0)
            organisation.memorandumSigned = QDate(2023, 3, 1).addDays(int(m_random.bounded(600)));
        for (int d = 0; d < 1 + int(m_random.bounded(3)); ++d)
            organisation.districtUuids << pick(districts);
        for (int e = 0; e < 1 + int(m_random.bounded(3)); ++e)
            organisation.expertiseUuids << pick(*expertise);
        auto created = directory.createOrganisation(organisation);
        if (!created)
            return created.error();
        m_organisations << created->meta.uuid;
        ++m_counts.organisations;
        for (int s = 0; s < int(m_random.bounded(3)); ++s) {
            Service service;
            service.organisationUuid = created->meta.uuid;
            service.kindUuid = pick(*services);
            auto made = directory.createService(service);
            if (!made)
                return made.error();
            m_services << made->meta.uuid;
            ++m_counts.services;
        }
    }
    CentreRepository centresRepository(m_db);
    const QStringList equipment = strings(kEquipment);
    for (int c = 0; c < centres; ++c) {
        Centre centre;
        centre.name = QStringLiteral("Маркази ҳамкории милитсия ва ҷомеа №%1").arg(c + 1);
        centre.districtUuid = districts[(c * 5) % districts.size()];
        centre.opened = QDate(2017, 1, 1).addDays(int(m_random.bounded(1500)));
        centre.hours = QStringLiteral("Душанбе–Ҷумъа 9:00–17:00");
        auto created = centresRepository.createCentre(centre);
        if (!created)
            return created.error();
        m_centres << *created;
        ++m_counts.centres;
        for (const QString& item : equipment) {
            Equipment entry{{},
                            created->meta.uuid,
                            item,
                            1 + int(m_random.bounded(6)),
                            EquipmentCondition(m_random.bounded(enumCount<EquipmentCondition>()))};
            if (auto made = centresRepository.createEquipment(entry); !made)
                return made.error();
        }
    }
    return {};
}

Result<QString> DirectoryGenerator::joinCentre(const QString& teamUuid, const QString& districtUuid,
                                               int teamIndex)
{
    if (m_centres.isEmpty() || teamIndex % 3 != 0)
        return QString();
    qsizetype chosen = (teamIndex / 3) % m_centres.size();
    for (qsizetype c = 0; c < m_centres.size(); ++c)
        if (m_centres[c].districtUuid == districtUuid)
            chosen = c;
    Centre& centre = m_centres[chosen];
    centre.teamUuids << teamUuid;
    if (auto updated = CentreRepository(m_db).updateCentre(centre); !updated)
        return updated.error();
    return centre.meta.uuid;
}

Result<void> DirectoryGenerator::generateYear(const QString& teamUuid, int year,
                                              const QList<Meeting>& meetings, const QStringList& concerns,
                                              int commitments, int referrals)
{
    if (meetings.isEmpty())
        return {};
    const QDate today = QDate::currentDate();
    const QStringList texts = strings(kCommitmentTexts);
    const QStringList bodies = strings(kBodies);
    CommitmentRepository commitmentRepository(m_db);
    for (int i = 0; i < commitments; ++i) {
        const Meeting& meeting = meetings[int(m_random.bounded(int(meetings.size())))];
        Commitment commitment;
        commitment.teamUuid = teamUuid;
        commitment.kind = m_random.bounded(3) == 0 ? CommitmentKind::Recommendation : CommitmentKind::Request;
        commitment.text = pick(texts);
        commitment.meetingUuid = meeting.meta.uuid;
        if (m_organisations.isEmpty() || m_random.bounded(2) == 0)
            commitment.addressedTo = pick(bodies);
        else
            commitment.organisationUuid = pick(m_organisations);
        commitment.made = meeting.date;
        commitment.due = meeting.date.addDays(30 + int(m_random.bounded(120)));
        commitment.status = pickEnum<CommitmentStatus>();
        if (commitment.status != CommitmentStatus::Waiting) {
            commitment.answered = std::min(commitment.made.addDays(10 + int(m_random.bounded(40))), today);
            commitment.answer = QStringLiteral("Ҷавоби расмӣ №%1").arg(100 + i);
        }
        commitment.pledged = double(m_random.bounded(20) * 1000);
        if (commitment.status == CommitmentStatus::Done || commitment.status == CommitmentStatus::Partly)
            commitment.delivered =
                commitment.pledged * (commitment.status == CommitmentStatus::Done ? 1 : 0.5);
        if (auto created = commitmentRepository.createCommitment(commitment); !created)
            return created.error();
        ++m_counts.commitments;
    }
    DirectoryRepository directory(m_db);
    for (int i = 0; i < referrals && !m_services.isEmpty(); ++i) {
        Referral referral;
        referral.teamUuid = teamUuid;
        if (!concerns.isEmpty())
            referral.concernUuid = pick(concerns);
        referral.serviceUuid = pick(m_services);
        referral.date = QDate(year, 1, 1).addDays(int(m_random.bounded(360)));
        referral.people.setCell(int(m_random.bounded(SexAgeCounts::kCells)), 1 + int(m_random.bounded(3)));
        referral.outcome = pickEnum<ReferralOutcome>();
        if (auto created = directory.createReferral(referral); !created)
            return created.error();
        ++m_counts.referrals;
    }
    CentreRepository centres(m_db);
    for (const Centre& centre : m_centres) {
        // One reception day a month at each centre, in the years its first group works.
        if (centre.teamUuids.isEmpty() || centre.teamUuids.first() != teamUuid)
            continue;
        for (int month = 1; month <= 12; ++month) {
            CentreVisit visit;
            visit.centreUuid = centre.meta.uuid;
            visit.date = QDate(year, month, 1 + int(m_random.bounded(27)));
            for (int cell = 0; cell < SexAgeCounts::kCells; ++cell)
                visit.visitors.setCell(cell, int(m_random.bounded(6)));
            if (auto created = centres.createVisit(visit); !created)
                return created.error();
            ++m_counts.visits;
        }
    }
    return {};
}

} // namespace hamkori::demo
