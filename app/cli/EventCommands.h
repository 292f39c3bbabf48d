#pragma once
// Events and campaigns (issue 20) from a console: lists, CSV exports, the attendance sheet and certificates.
#include <QStringList>

namespace hamkori::cli {

int runEvents(const QStringList& arguments);
int runCampaigns(const QStringList& arguments);
int runAttendanceSheet(const QStringList& arguments);
int runCertificates(const QStringList& arguments);

} // namespace hamkori::cli
