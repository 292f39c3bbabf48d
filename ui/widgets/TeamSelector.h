#pragma once
// The team the pages work on, chosen in the tool bar. Follows the data file: teams added, renamed or deleted
// (by any page, by undo) appear at once.
#include <QComboBox>

namespace hamkori {

class Session;

class TeamSelector : public QComboBox
{
    Q_OBJECT
public:
    explicit TeamSelector(Session& session, QWidget* parent = nullptr);
    void reload();

private:
    Session& m_session;
    bool m_reloading = false;
};

} // namespace hamkori
