#pragma once
// Listing the community policing centres and the requests and recommendations (issue 19) from a console.
#include <QStringList>

namespace hamkori::cli {

int runCentres(const QStringList& arguments);
int runCommitments(const QStringList& arguments);

} // namespace hamkori::cli
