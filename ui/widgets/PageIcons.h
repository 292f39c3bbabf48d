#pragma once
// The pictures of the navigation bar, one per page, drawn with QPainter (see PaintedIcon.h): each says what
// its page is for (a bar chart for the overview, people for the team, a calendar for meetings…), where the
// style's standard icons only offered file and folder pictures.
#include <QIcon>

namespace hamkori {

enum class PageIcon
{
    Overview,
    Team,
    Meetings,
    Concerns,
    Prioritisation,
    Plans,
    Reports,
    Exchange,
    Settings,
    Directory, // after Settings: the guide's links name pages by number
    Centres,
    Commitments,
    Campaigns,
    Events,
    Surveys,
};

QIcon pageIcon(PageIcon which);

} // namespace hamkori
