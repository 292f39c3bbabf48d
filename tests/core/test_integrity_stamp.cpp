// Opening checks the whole file unless this laptop verified it and closed it, unchanged since, within a week:
// so that a coordinator's large file opens fast every day, while a file from a stick is always checked.
#include "core/storage/Database.h"
#include "core/storage/IntegrityStamp.h"
#include "support/TestSupport.h"
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

using namespace hamkori;

namespace {

struct Files
{
    QTemporaryDir dir;
    QString data() const { return dir.filePath(QStringLiteral("hamkori.sqlite")); }
    QString store() const { return dir.filePath(QStringLiteral("stamps.json")); }
};

std::unique_ptr<Database> openWith(const Files& files, Database::IntegrityCheck check)
{
    Database::Options options;
    options.integrityCheck = check;
    options.integrityStampStore = files.store();
    auto opened = Database::open(files.data(), options);
    INFO(opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

} // namespace

TEST_CASE("A file this laptop verified and closed is not read whole again, a changed one is",
          "[database][integrity]")
{
    Files files;
    openWith(files, Database::IntegrityCheck::WhenChanged)
        .reset(); // new: sound by construction, stamped at close
    CHECK(IntegrityStamp(files.store()).isCurrent(files.data()));
    CHECK_FALSE(openWith(files, Database::IntegrityCheck::WhenChanged)->integrityCheckedOnOpen());
    // `check` always reads the whole file.
    CHECK(openWith(files, Database::IntegrityCheck::Always)->integrityCheckedOnOpen());

    // Changed behind Hamkori's back (a copy from a stick, another program): checked again.
    QThread::msleep(20);
    QFile file(files.data());
    REQUIRE(file.open(QIODevice::ReadWrite));
    const QByteArray page = file.read(4096);
    file.seek(0);
    file.write(page); // same bytes, new modification time
    file.close();
    CHECK_FALSE(IntegrityStamp(files.store()).isCurrent(files.data()));
    CHECK(openWith(files, Database::IntegrityCheck::WhenChanged)->integrityCheckedOnOpen());
}

TEST_CASE("A verification older than a week does not count", "[database][integrity]")
{
    Files files;
    openWith(files, Database::IntegrityCheck::WhenChanged).reset();
    IntegrityStamp(files.store()).record(files.data(), QDateTime::currentDateTime().addDays(-8));
    CHECK_FALSE(IntegrityStamp(files.store()).isCurrent(files.data()));
    auto db = openWith(files, Database::IntegrityCheck::WhenChanged);
    CHECK(db->integrityCheckedOnOpen());
    db.reset();
    // The check just made is what the new stamp remembers.
    CHECK(IntegrityStamp(files.store()).checkedAt(files.data()).daysTo(QDateTime::currentDateTime()) == 0);
}

TEST_CASE("A stamped file damaged afterwards is checked and refused", "[database][integrity]")
{
    Files files;
    openWith(files, Database::IntegrityCheck::WhenChanged).reset();
    QThread::msleep(20);
    QFile file(files.data());
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    file.seek(size / 2);
    file.write(QByteArray(4096, '\xA5'));
    file.close();
    Database::Options options;
    options.integrityStampStore = files.store();
    auto opened = Database::open(files.data(), options);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorMessage().contains(QStringLiteral("damaged")));
    CHECK_FALSE(IntegrityStamp(files.store()).isCurrent(files.data()));
}
