#pragma once
// The balance of the team's active members: women, youth, police and officials, civil society. A CPPT aims at
// an equal balance of women and men and at youth among its members; the panel warns when women are under 40%
// or no youth member is active.
#include "core/model/Team.h"
#include <QGroupBox>

class QLabel;

namespace hamkori {

struct TeamBalance
{
    int active = 0;
    int women = 0;
    int youth = 0;       // under 30 (age bands under 18 and 18–29) or in the youth category
    int officials = 0;   // police, Hukumat, Jamoat
    int civilSociety = 0; // everyone else

    static TeamBalance of(const QList<Member>& members, QDate day);
    bool womenTooFew() const { return active > 0 && women * 100 < active * 40; }
    bool noYouth() const { return youth == 0; }
};

class BalancePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit BalancePanel(QWidget* parent = nullptr);

    void setMembers(const QList<Member>& members);
    const TeamBalance& balance() const { return m_balance; }
    void retranslate();

private:
    QString share(int count) const;

    TeamBalance m_balance;
    QLabel* m_activeLabel;
    QLabel* m_womenCaption;
    QLabel* m_women;
    QLabel* m_youthCaption;
    QLabel* m_youth;
    QLabel* m_officialsCaption;
    QLabel* m_officials;
    QLabel* m_civilCaption;
    QLabel* m_civil;
    QLabel* m_warning;
};

} // namespace hamkori
