#pragma once
// What the user sees while a large data file is checked before it opens: PRAGMA integrity_check reads the
// whole file and reports no progress, and on a big national file it takes seconds in which nothing else was
// on the screen (issue 18: "a black window for seconds"). A small window says what is happening until the
// main window replaces it.
#include <QString>
#include <memory>

class QWidget;

namespace hamkori {

/// Files at least this large get the notice when they are to be checked (smaller ones open at once).
constexpr qint64 kOpeningNoticeBytes = 16 * 1024 * 1024;

/// Shows and paints the notice when opening `dataFile` will check it (it is large and this laptop has not
/// verified it as it is); nullptr otherwise. The notice closes when the pointer goes. `integrityStampStore`
/// empty: the default store, as Database::open uses.
std::unique_ptr<QWidget> showOpeningNotice(const QString& dataFile, const QString& integrityStampStore = {});

} // namespace hamkori
