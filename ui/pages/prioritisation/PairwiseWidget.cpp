#include "PairwiseWidget.h"
#include "StandingsModel.h"
#include "core/storage/PrioritisationRepository.h"
#include "ui/Session.h"
#include "ui/undo/Undo.h"
#include "ui/widgets/RestrictedMark.h"
#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace hamkori {

namespace {
QString pairKey(QString a, QString b)
{
    if (b < a)
        std::swap(a, b);
    return a + QLatin1Char('|') + b;
}
} // namespace

PairwiseWidget::PairwiseWidget(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_intro(new QLabel(this)), m_progress(new QLabel(this)),
      m_first(new QPushButton(this)), m_second(new QPushButton(this)), m_previous(new QPushButton(this)),
      m_next(new QPushButton(this)), m_standingsLabel(new QLabel(this)),
      m_standingsView(new QTableView(this)), m_standings(new StandingsModel(this))
{
    m_intro->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("pairProgress"));
    m_first->setObjectName(QStringLiteral("pairFirst"));
    m_second->setObjectName(QStringLiteral("pairSecond"));
    m_previous->setObjectName(QStringLiteral("pairPrevious"));
    m_next->setObjectName(QStringLiteral("pairNext"));
    for (QPushButton* button : {m_first, m_second}) {
        button->setCheckable(true);
        button->setMinimumHeight(90);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        button->setFont(font);
    }
    m_standingsView->setObjectName(QStringLiteral("standings"));
    m_standingsView->setModel(m_standings);
    m_standingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_standingsView->verticalHeader()->hide();
    m_standingsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_standingsView->horizontalHeader()->setSectionResizeMode(StandingsModel::ConcernColumn,
                                                              QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_progress);
    auto* pair = new QHBoxLayout;
    pair->addWidget(m_first, 1);
    pair->addWidget(m_second, 1);
    layout->addLayout(pair, 2);
    auto* navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addStretch();
    navigation->addWidget(m_next);
    layout->addLayout(navigation);
    layout->addWidget(m_standingsLabel);
    layout->addWidget(m_standingsView, 3);

    connect(m_first, &QPushButton::clicked, this, [this] { choose(true); });
    connect(m_second, &QPushButton::clicked, this, [this] { choose(false); });
    connect(m_previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { step(1); });
    retranslate();
}

void PairwiseWidget::retranslate()
{
    m_intro->setText(tr("For each pair, click the concern that matters more to the participants."));
    m_previous->setText(tr("&Previous pair"));
    m_next->setText(tr("&Next pair"));
    m_standingsLabel->setText(tr("Standings"));
    showPair(m_index);
}

void PairwiseWidget::setRound(const RoundInfo& info)
{
    const bool sameRound = info.round.meta.uuid == m_info.round.meta.uuid &&
                           info.round.concernUuids == m_info.round.concernUuids;
    m_info = info;
    m_pairs = info.isValid() ? analysis::allPairs(info.round.concernUuids) : QList<QPair<QString, QString>>();
    reload();
    if (!sameRound || m_index >= m_pairs.size())
        m_index = m_pairs.isEmpty() ? -1 : std::max(0, nextUnanswered(0));
    showPair(m_index);
}

void PairwiseWidget::reload()
{
    m_winners.clear();
    if (!m_info.isValid()) {
        m_standings->setResult({}, {});
        return;
    }
    PrioritisationRepository repo(m_session.db());
    if (auto outcomes = repo.pairwise(m_info.round.meta.uuid))
        for (const PairwiseComparison& p : *outcomes)
            m_winners.insert(pairKey(p.firstUuid, p.secondUuid), p.winnerUuid);
    if (auto standings = repo.pairwiseStandings(m_info.round.meta.uuid))
        m_standings->setResult(m_info, *standings);
}

QString PairwiseWidget::winnerOf(int index) const
{
    if (index < 0 || index >= m_pairs.size())
        return {};
    return m_winners.value(pairKey(m_pairs[index].first, m_pairs[index].second));
}

int PairwiseWidget::nextUnanswered(int from) const
{
    for (int i = 0; i < m_pairs.size(); ++i) {
        const int candidate = int((from + i) % m_pairs.size());
        if (winnerOf(candidate).isEmpty())
            return candidate;
    }
    return -1;
}

void PairwiseWidget::showPair(int index)
{
    const int total = int(m_pairs.size());
    const int done = int(std::count_if(m_pairs.cbegin(), m_pairs.cend(), [this](const auto& p) {
        return m_winners.contains(pairKey(p.first, p.second));
    }));
    const bool valid = index >= 0 && index < total;
    if (total == 0)
        m_progress->setText(tr("Put at least two concerns in the round to compare them in pairs."));
    else if (done == total)
        m_progress->setText(
            tr("All %1 pairs compared. Click a pair's concern again to change the choice.").arg(total));
    else
        m_progress->setText(tr("%1 of %2 pairs compared").arg(done).arg(total));
    m_first->setEnabled(valid);
    m_second->setEnabled(valid);
    m_previous->setEnabled(total > 1);
    m_next->setEnabled(total > 1);
    if (!valid) {
        m_first->setText({});
        m_second->setText({});
        m_first->setChecked(false);
        m_second->setChecked(false);
        return;
    }
    const auto& pair = m_pairs[index];
    const QString winner = winnerOf(index);
    auto label = [this](const QString& uuid) -> QString {
        // Buttons do not wrap text: break the title into short lines (at most three).
        QStringList lines;
        QString line;
        const QString title = m_info.concern(uuid) ? m_info.concern(uuid)->title : QString();
        for (const QString& word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > 36) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        if (!line.isEmpty())
            lines << line;
        if (lines.size() > 3) {
            lines = lines.mid(0, 3);
            lines.last() += QStringLiteral("…");
        }
        return m_info.concernCode(uuid) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    };
    auto show = [this, &label](QAbstractButton* button, const QString& uuid) {
        button->setText(label(uuid));
        const bool restricted = m_info.isRestricted(uuid);
        button->setIcon(restricted ? RestrictedMark::icon() : QIcon());
        button->setToolTip(restricted
                               ? m_info.concernText(uuid) + QLatin1Char('\n') + RestrictedMark::toolTip()
                               : m_info.concernText(uuid));
    };
    show(m_first, pair.first);
    show(m_second, pair.second);
    m_first->setChecked(winner == pair.first);
    m_second->setChecked(winner == pair.second);
}

void PairwiseWidget::step(int delta)
{
    if (m_pairs.isEmpty())
        return;
    const int total = int(m_pairs.size());
    m_index = ((m_index < 0 ? 0 : m_index) + delta + total) % total;
    showPair(m_index);
}

void PairwiseWidget::choose(bool first)
{
    if (m_index < 0 || m_index >= m_pairs.size()) {
        showPair(m_index);
        return;
    }
    const QString roundUuid = m_info.round.meta.uuid;
    const auto pair = m_pairs[m_index];
    const QString winner = first ? pair.first : pair.second;
    const QString loser = first ? pair.second : pair.first;
    const QString previous = winnerOf(m_index);
    if (previous == winner) {
        showPair(m_index);
        return;
    }
    Database& db = m_session.db();
    const QString text = tr("choose %1 over %2").arg(m_info.concernCode(winner), m_info.concernCode(loser));
    auto record = [&db, roundUuid, pair](const QString& w) {
        return PrioritisationRepository(db).recordPairwise(roundUuid, pair.first, pair.second, w);
    };
    Result<void> done;
    if (previous.isEmpty()) {
        auto created = undo::create(m_session, text, QStringLiteral("pairwise"), [&]() -> Result<QString> {
            if (auto recorded = record(winner); !recorded)
                return recorded.error();
            auto outcomes = PrioritisationRepository(db).pairwise(roundUuid);
            if (!outcomes)
                return outcomes.error();
            for (const PairwiseComparison& p : *outcomes)
                if (pairKey(p.firstUuid, p.secondUuid) == pairKey(pair.first, pair.second))
                    return p.meta.uuid;
            return Error{tr("The choice could not be read back."), {}};
        });
        if (!created)
            done = created.error();
    } else {
        done = undo::perform(
            m_session, text, [record, winner] { return record(winner); },
            [record, previous] { return record(previous); });
    }
    if (!done) {
        Q_EMIT editRefused(done.errorMessage());
        showPair(m_index);
        return;
    }
    reload();
    const int next = nextUnanswered(m_index);
    if (next >= 0)
        m_index = next;
    showPair(m_index);
}

} // namespace hamkori
