#pragma once
// The usual start of a page's test: a data file of its own with one team, a session on that team, and the
// page made for that session at the size it has in a 1366×768 window, shown. Every item model handed to
// checkModel() is watched by QAbstractItemModelTester for as long as the fixture lives.
#include "TestSupport.h"
#include "ui/Session.h"
#include <QAbstractItemModelTester>
#include <QSize>
#include <memory>
#include <vector>

namespace hamkori::test {

template <typename Page> struct PageFixture
{
    TempDatabase db;
    QString team = makeTeam(*db);
    Session session{*db};
    std::unique_ptr<Page> page;

    /// Makes and shows the page on the team, once the test has added what the page should find.
    Page& open(QSize size = QSize(1130, 650))
    {
        session.setCurrentTeam(team);
        page = std::make_unique<Page>(session);
        page->resize(size);
        page->show();
        return *page;
    }
    /// A model the page shows: every change to it is checked against QAbstractItemModel's rules.
    void checkModel(QAbstractItemModel* model)
    {
        REQUIRE(model != nullptr);
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }

private:
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers; // destroyed before the page
};

} // namespace hamkori::test
