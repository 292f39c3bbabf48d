#include "DocumentContent.h"
#include "Visitor.h"

namespace hamkori::report {

QStringList DocumentContent::texts() const
{
    QStringList all;
    if (!mark.isEmpty())
        all << mark;
    for (const Block& block : blocks)
        std::visit(Visitor{
                       [&](const Paragraph& p) { all << p.text; },
                       [&](const FieldList& f) {
                           for (const auto& [label, value] : f.fields)
                               all << label << value;
                       },
                       [&](const Table& t) {
                           for (const TableColumn& column : t.columns)
                               all << column.header;
                           for (const QStringList& row : t.rows)
                               all << row;
                       },
                       [&](const ChartBlock& c) { all << c.chart.title << c.chart.categories; },
                       [&](const ApprovalBlock& a) {
                           all << a.leftNotes << a.rightNotes;
                           for (const auto& side : {a.left, a.right})
                               if (side)
                                   all << side->heading << side->post << side->name << side->seal
                                       << side->dateLine;
                       },
                       [&](const SignatureBlock& s) { all << s.roles << s.names; },
                       [](const Spacer&) {},
                   },
                   block);
    all << footer.note << footer.left;
    all.removeAll(QString());
    return all;
}

} // namespace hamkori::report
